//! The format readers on the fixtures of `tests/fixtures/formats`
//! (written by its `make_fixtures.py`), field by field, and on hostile
//! inputs.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::{Dispatch, Problem, read_file};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/formats").join(name)
}

fn read(path: &Path) -> (Vec<Dispatch>, Vec<Problem>) {
    let (mut ds, mut ps) = (Vec::new(), Vec::new());
    read_file(path, &Cell::new(0), &mut |d| ds.push(d), &mut |p| ps.push(p));
    (ds, ps)
}

fn one(name: &str) -> Dispatch {
    let (mut ds, ps) = read(&fixture(name));
    assert!(ps.is_empty(), "{name}: {ps:?}");
    assert_eq!(ds.len(), 1, "{name}");
    ds.remove(0)
}

fn s(v: &Option<String>) -> Option<&str> {
    v.as_deref()
}

const TITLE: &str = "Attaque contre un camp militaire près de Léré";

#[test]
fn the_same_dispatch_in_every_format_gives_the_same_passages() {
    let txt = one("same.txt");
    assert_eq!(txt.passages.len(), 3);
    assert!(txt.passages[0].starts_with("Des hommes armés"), "dateline lifted: {}", txt.passages[0]);
    assert_eq!(s(&txt.meta.dateline), Some("BAMAKO, 22 oct 2023 (AFP)"));
    assert_eq!(s(&txt.meta.signature), Some("cab/sba/mm"));
    let (gigaword, _) = read(&fixture("afp_fre_202310.sgml"));
    for other in [one("same.newsml.xml"), one("same.g2.xml"), one("same.nitf.xml"), gigaword[0].clone()] {
        assert_eq!(other.passages, txt.passages, "{}", other.origin);
        assert_eq!(s(&other.title), Some(TITLE), "{}", other.origin);
        assert_eq!(other.date.map(|d| d.to_string()).as_deref(), Some("2023-10-22"));
        assert_eq!(s(&other.source), Some("AFP"));
        assert_eq!(s(&other.meta.language), Some("fr"));
        assert_eq!(s(&other.meta.place), Some("Bamako"), "{}", other.origin);
    }
}

#[test]
fn newsml_maps_every_field() {
    let d = one("same.newsml.xml");
    assert_eq!(d.id, "AFP-LERE-1");
    assert_eq!(s(&d.meta.time), Some("10:15:00+00:00"));
    assert_eq!(d.meta.revision, Some(1));
    assert_eq!(s(&d.meta.kind), Some("news"));
    assert_eq!(s(&d.meta.country), Some("MLI"));
    assert_eq!(d.meta.subjects, ["16000000", "16009000"]);
    assert_eq!(d.meta.keywords, ["Mali", "conflit"]);
    assert_eq!(s(&d.meta.signature), Some("cab/sba/mm"));
    let alert = one("alert.xml");
    assert_eq!(
        (alert.id.as_str(), s(&alert.meta.kind), alert.title.as_ref()),
        ("TX-PAR-ALR01", Some("alert"), None)
    );
    assert_eq!(alert.passages, ["Mali : attaque contre un camp militaire près de Léré (sources locales)"]);
    let (r1, r2) = (one("rev1.xml"), one("rev2.xml"));
    assert_eq!(
        (r1.id.as_str(), r1.meta.revision, r2.id.as_str(), r2.meta.revision),
        ("TX-PAR-REV01", Some(1), "TX-PAR-REV01", Some(2))
    );
    assert!(r2.passages[0].starts_with("Nouveau bilan"));
    let en = one("english.xml");
    assert_eq!(
        (s(&en.meta.language), en.passages[0].as_str()),
        (Some("en"), "Armed men attacked a military camp near Lere.")
    );
}

#[test]
fn declared_latin1_and_gzip_are_read() {
    let latin = one("latin1.xml");
    assert_eq!(latin.passages, ["Les élèves de Léré n'ont pas regagné l'école, a indiqué un enseignant."]);
    assert_eq!(s(&latin.title), Some(TITLE));
    let gz = one("gzipped.xml.gz");
    assert_eq!(
        (gz.id.as_str(), gz.passages[0].as_str()),
        ("TX-PAR-GZ01", "Un convoi a été pris à partie près de Gao.")
    );
}

#[test]
fn g2_and_nitf_fields() {
    let g2 = one("same.g2.xml");
    assert_eq!(
        (g2.id.as_str(), g2.meta.revision, s(&g2.meta.time)),
        ("AFP-LERE-1", Some(1), Some("10:15:00+00:00"))
    );
    assert_eq!(
        (g2.meta.subjects.as_slice(), g2.meta.keywords.as_slice()),
        (&["medtop:16000000".to_owned()][..], &["Mali".to_owned()][..])
    );
    let nitf = one("same.nitf.xml");
    assert_eq!(
        (nitf.id.as_str(), s(&nitf.meta.country), nitf.meta.keywords.as_slice()),
        ("AFP-LERE-1", Some("Mali"), &["Mali".to_owned()][..])
    );
}

#[test]
fn g2_with_an_nitf_body_and_a_provider_uri() {
    let xml = r#"<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:newsml:exemple.org:20231105:NIAMEY" version="3" standard="NewsML-G2" xml:lang="fr-FR">
  <itemMeta><itemClass qcode="ninat:text"/><provider uri="http://www.exemple.org/agence/"/><versionCreated>2023-11-05T18:00:00+01:00</versionCreated></itemMeta>
  <contentMeta><contentCreated>2023-11-05T17:10:00+01:00</contentCreated><located qcode="geo:niamey"><name>Niamey</name></located>
    <subject qcode="medtop:11000000"><name>politique</name></subject><headline>Niamey : couvre-feu levé</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>
    <body.head><hedline><hl1>Niamey : couvre-feu levé</hl1></hedline></body.head>
    <body.content><p>Le couvre-feu a été levé
      dimanche à Niamey.</p><p>Les commerces ont rouvert.</p></body.content></body></nitf></inlineXML></contentSet>
</newsItem>"#;
    let (ds, ps) = read_bytes("g2.xml", xml.as_bytes());
    assert!(ps.is_empty(), "{ps:?}");
    let d = &ds[0];
    assert_eq!(
        (d.id.as_str(), d.meta.revision, s(&d.source)),
        ("urn:newsml:exemple.org:20231105:NIAMEY", Some(3), Some("exemple.org"))
    );
    assert_eq!(
        (d.date.unwrap().to_string(), s(&d.meta.time), s(&d.meta.language)),
        ("2023-11-05".into(), Some("17:10:00+01:00"), Some("fr"))
    );
    assert_eq!((s(&d.title), s(&d.meta.place)), (Some("Niamey : couvre-feu levé"), Some("Niamey")));
    assert_eq!(d.meta.subjects, ["medtop:11000000"]);
    assert_eq!(d.passages, ["Le couvre-feu a été levé dimanche à Niamey.", "Les commerces ont rouvert."]);
}

#[test]
fn gigaword_many_docs_types_and_an_empty_doc() {
    for name in ["afp_fre_202310.sgml", "afp_fre_202310.gz"] {
        let (ds, ps) = read(&fixture(name));
        let ids: Vec<(&str, Option<&str>)> = ds.iter().map(|d| (d.id.as_str(), s(&d.meta.kind))).collect();
        assert_eq!(
            ids,
            [
                ("AFP_FRE_20231022.0001", Some("story")),
                ("AFP_FRE_20231022.0002", Some("advis")),
                ("AFP_FRE_20231022.0003", Some("multi"))
            ]
        );
        assert_eq!(ds[1].passages, ["Le bureau de Bamako diffusera un bilan dans la soirée & des photos."]);
        assert_eq!(
            ds[2].passages,
            ["Mali : un camp attaqué près de Léré.", "Niger : la frontière reste fermée."]
        );
        assert_eq!(ds[0].origin.line, Some(1));
        // The empty <DOC> is named, with its line, and skipped.
        assert_eq!(ps.len(), 1, "{ps:?}");
        assert!(ps[0].skipped);
        assert!(
            ps[0].to_string().ends_with(":40: dispatch AFP_FRE_20231022.0004 has no text: skipped"),
            "{}",
            ps[0]
        );
    }
}

#[test]
fn rss_with_html_entities_and_atom_with_xhtml() {
    let (ds, ps) = read(&fixture("feed.rss"));
    assert!(ps.is_empty(), "{ps:?}");
    assert_eq!(ds.len(), 2);
    assert_eq!(
        (ds[0].id.as_str(), s(&ds[0].title), s(&ds[0].source)),
        ("sahel-info-1001", Some("Kidal : l'armée annonce la reprise du camp"), Some("Sahel Info"))
    );
    assert_eq!(
        ds[0].passages,
        ["L’armée malienne a annoncé avoir repris le camp de Kidal.", "Les « rebelles » n’ont pas réagi."]
    );
    assert_eq!(
        (ds[0].date.unwrap().to_string(), s(&ds[0].meta.time)),
        ("2023-11-14".into(), Some("09:30:00+00:00"))
    );
    assert_eq!(
        (s(&ds[0].meta.language), ds[0].meta.keywords.as_slice()),
        (Some("fr"), &["Mali".to_owned()][..])
    );
    assert_eq!(ds[1].id, "https://example.org/gao-marche");
    assert_eq!(ds[1].passages, ["Le grand marché de Gao a rouvert mercredi écrit notre correspondant."]);
    let atom = one("feed.atom");
    assert_eq!(
        (atom.id.as_str(), s(&atom.title), s(&atom.source)),
        ("urn:uuid:veille-sahel-17", Some("Tombouctou sous blocus"), Some("Veille Sahel"))
    );
    assert_eq!(
        atom.passages,
        [
            "La ville de Tombouctou reste sous blocus, selon des habitants.",
            "Les camions de vivres attendent à Goundam."
        ]
    );
    assert_eq!(
        (atom.date.unwrap().to_string(), s(&atom.meta.time)),
        ("2023-11-20".into(), Some("11:45:00+01:00"))
    );
}

#[test]
fn html_page_article_paragraphs() {
    let d = one("page.html");
    assert_eq!(
        (d.id.as_str(), s(&d.title), s(&d.source)),
        (
            "https://example.org/menaka-deplaces",
            Some("Ménaka : des déplacés affluent"),
            Some("Journal du Sahel")
        )
    );
    assert_eq!(
        d.passages,
        [
            "Des centaines de familles sont arrivées à Ménaka depuis une semaine.",
            "Elles fuient les violences dans les villages voisins."
        ]
    );
    assert_eq!((d.date.unwrap().to_string(), s(&d.meta.language)), ("2023-11-02".into(), Some("fr")));
}

/// Writes `bytes` to a temp file named `name`, reads it.
fn read_bytes(name: &str, bytes: &[u8]) -> (Vec<Dispatch>, Vec<Problem>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    read(&path)
}

#[test]
fn hostile_billion_laughs_is_refused_by_name_at_once() {
    let mut dtd = String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE NewsML [\n<!ENTITY lol \"lol\">\n");
    dtd.push_str("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
    for i in 2..10 {
        let prev = format!("&lol{};", i - 1).repeat(10);
        dtd.push_str(&format!("<!ENTITY lol{i} \"{prev}\">\n"));
    }
    dtd.push_str("]>\n<NewsML><NewsItem><NewsItemId>x</NewsItemId><nitf><body><body.content><p>&lol9;</p></body.content></body></nitf></NewsItem></NewsML>\n");
    let started = Instant::now();
    let (ds, ps) = read_bytes("bomb.xml", dtd.as_bytes());
    assert!(started.elapsed() < Duration::from_millis(500), "{:?}", started.elapsed());
    assert!(ds.is_empty());
    assert_eq!(ps.len(), 1, "{ps:?}");
    assert!(ps[0].skipped);
    let message = ps[0].to_string();
    assert!(message.contains("bomb.xml:2:1:") && message.contains("billion laughs"), "{message}");
}

#[test]
fn hostile_external_entity_is_never_read() {
    let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE nitf [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<nitf><body><body.content><p>Avant &x; après.</p></body.content></body></nitf>\n";
    let (ds, ps) = read_bytes("xxe.xml", xml.as_bytes());
    assert_eq!(ds.len(), 1);
    assert_eq!(ds[0].passages, ["Avant après."]);
    assert!(!ds[0].passages[0].contains("root:"));
    assert_eq!(ps.len(), 1);
    assert!(
        !ps[0].skipped && ps[0].message.contains("external entity &x; (file:///etc/passwd) not read"),
        "{ps:?}"
    );
}

#[test]
fn hostile_truncated_xml_keeps_what_came_before() {
    let full = std::fs::read_to_string(fixture("feed.rss")).unwrap();
    let cut = &full[..full.find("<title>Gao").unwrap() + 12];
    let (ds, ps) = read_bytes("cut.rss", cut.as_bytes());
    assert_eq!(ds.len(), 1, "the first item is indexed");
    assert_eq!(ps.len(), 1);
    let message = ps[0].to_string();
    let last_line = cut.lines().count();
    assert!(
        ps[0].skipped && message.contains(&format!("cut.rss:{last_line}:")) && message.contains("truncated"),
        "{message}"
    );
    let (ds, ps) =
        read_bytes("bad.xml", b"<nitf>\n<body><body.content><p>Un.</b></body.content></body></nitf>");
    assert!(ds.is_empty());
    assert!(ps[0].to_string().contains("bad.xml:2:"), "{}", ps[0]);
}

#[test]
fn hostile_wrong_declared_encoding_is_decoded_with_a_warning() {
    // Declared UTF-8, written in Latin-1.
    let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<nitf><body><body.content><p>L'élu de Léré.</p></body.content></body></nitf>";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(xml);
    let (ds, ps) = read_bytes("wrong.xml", &bytes);
    assert_eq!(ds[0].passages, ["L'élu de Léré."]);
    assert_eq!(ps.len(), 1);
    assert!(!ps[0].skipped && ps[0].message.contains("decoded as Windows-1252"), "{ps:?}");
}

#[test]
fn hostile_feed_of_ten_thousand_items_streams() {
    let mut rss = String::from("<rss version=\"2.0\"><channel><title>Flux</title>");
    for i in 0..10_000 {
        rss.push_str(&format!("<item><guid>g{i}</guid><title>T{i}</title><description>&lt;p&gt;Texte {i} de Gao.&lt;/p&gt;</description></item>"));
    }
    rss.push_str("</channel></rss>");
    let (ds, ps) = read_bytes("big.rss", rss.as_bytes());
    assert!(ps.is_empty());
    assert_eq!(ds.len(), 10_000);
    assert_eq!(ds[9_999].passages, ["Texte 9999 de Gao."]);
}

#[test]
fn hostile_html_without_paragraphs() {
    let (ds, ps) = read_bytes(
        "empty.html",
        b"<html><head><title>Rien</title><script>x=1</script></head><body><nav>menu</nav></body></html>",
    );
    assert!(ds.is_empty());
    assert_eq!(ps.len(), 1);
    assert!(ps[0].skipped && ps[0].message.contains("has no text"), "{ps:?}");
}

#[test]
fn content_beats_extension() {
    let nitf = std::fs::read(fixture("same.nitf.xml")).unwrap();
    let (ds, ps) = read_bytes("depeche.txt", &nitf);
    assert!(ps.is_empty());
    assert_eq!((ds[0].id.as_str(), ds[0].passages.len()), ("AFP-LERE-1", 3));
    let (_, ps) = read_bytes("other.xml", b"<?xml version=\"1.0\"?><svg/>");
    assert!(ps[0].message.contains("root element <svg>"), "{ps:?}");
    // JSON lines in a `.gz` named otherwise are JSON lines.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), Default::default());
    std::io::Write::write_all(
        &mut gz,
        b"{\"id\":\"j1\",\"text\":\"Kidal.\"}\n{\"id\":\"j2\",\"text\":\"Gao.\"}\n",
    )
    .unwrap();
    let (ds, ps) = read_bytes("archive.gz", &gz.finish().unwrap());
    assert!(ps.is_empty(), "{ps:?}");
    assert_eq!(ds.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(), ["j1", "j2"]);
    // A text dispatch that happens to start with markup stays text.
    let (ds, ps) = read_bytes("note.txt", b"<b>Kidal</b> : la ville est calme.\n");
    assert!(ps.is_empty(), "{ps:?}");
    assert_eq!(ds[0].passages, ["<b>Kidal</b> : la ville est calme."]);
}

/// Peak resident memory of this process (Linux), in bytes.
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse::<u64>().ok().map(|kb| kb * 1024)
}

/// A 500 MB Gigaword file streams in bounded memory. Not in CI (it writes
/// and reads 500 MB): `cargo test --release --lib big_gigaword -- --ignored
/// --nocapture`; `DEPECHES_BIG_GIGAWORD_MB` sets the size.
#[test]
#[ignore]
fn big_gigaword_streams_in_bounded_memory() {
    use std::io::Write;
    let mb: u64 = std::env::var("DEPECHES_BIG_GIGAWORD_MB").ok().and_then(|v| v.parse().ok()).unwrap_or(500);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("afp_fre_209901.sgml");
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let mut written = 0u64;
    let mut docs = 0u64;
    let paragraph = "Des hommes armés ont attaqué un poste de l'armée près de Léré, selon un élu local joint par téléphone.\n";
    while written < mb << 20 {
        let doc = format!(
            "<DOC id=\"AFP_FRE_20990101.{docs:07}\" type=\"story\" >\n<HEADLINE>\nTitre {docs}\n</HEADLINE>\n<TEXT>\n{}</TEXT>\n</DOC>\n",
            format!("<P>\n{paragraph}</P>\n").repeat(8)
        );
        out.write_all(doc.as_bytes()).unwrap();
        written += doc.len() as u64;
        docs += 1;
    }
    out.flush().unwrap();
    drop(out);
    let before = peak_rss().unwrap_or(0);
    let started = Instant::now();
    let (mut read, mut passages, mut problems) = (0u64, 0u64, 0u64);
    read_file(
        &path,
        &Cell::new(0),
        &mut |d| {
            read += 1;
            passages += d.passages.len() as u64;
        },
        &mut |_| problems += 1,
    );
    let grew = peak_rss().unwrap_or(0).saturating_sub(before);
    eprintln!(
        "{mb} MB Gigaword: {read} dispatches, {passages} passages in {:.1} s; peak RSS grew by {:.1} MB",
        started.elapsed().as_secs_f64(),
        grew as f64 / 1e6
    );
    assert_eq!((read, problems), (docs, 0));
    assert!(grew < 64 << 20, "memory grew by {grew} bytes");
}
