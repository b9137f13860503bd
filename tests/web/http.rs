//! Issue 13 over HTTP: the page and its data twins say what the command
//! line says, the server refuses what it must, and keeps serving.

use crate::server::Served;
use crate::util::*;

/// `(dispatch, passage)` of the cards of a page, in order.
fn card_ids(page: &str) -> Vec<(String, u64)> {
    page.split("<article class=\"card\"")
        .skip(1)
        .map(|card| {
            let attr = |name: &str| {
                let start = card.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
                card[start..].split('"').next().unwrap().to_owned()
            };
            (attr("data-dispatch"), attr("data-passage").parse().unwrap())
        })
        .collect()
}

const SECURITY_HEADERS: [(&str, &str); 3] = [
    (
        "content-security-policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; \
         form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
];

#[test]
fn armee_malienne_page_and_api_give_the_cli_passages_marked() {
    let env = TestEnv::with_bundled_corpus();
    let cli = env.search_json("armee malienne");
    let expected = hit_ids(&cli);
    assert_eq!(expected.len(), 4, "the bundled corpus: {expected:?}");
    let server = Served::start(&env);

    let page = server.get("/?q=armee+malienne");
    assert_eq!(page.status, 200);
    assert_eq!(page.header("content-type"), Some("text/html; charset=utf-8"));
    let html = page.text();
    assert_eq!(card_ids(&html), expected);
    assert!(html.contains("aria-live=\"polite\">4 passages match"), "status line");
    for card in html.split("<article class=\"card\"").skip(1) {
        let card = card.split("</article>").next().unwrap();
        if card.to_lowercase().contains("armée</mark> <mark>malienne") {
            continue;
        }
        panic!("a card without armée and malienne marked: {card}");
    }

    let api = server.get("/api/search?q=armee+malienne&format=json");
    assert_eq!(api.status, 200);
    let doc: serde_json::Value = serde_json::from_slice(&api.body).unwrap();
    assert_eq!(hit_ids(&doc), expected);
    for hit in doc["hits"].as_array().unwrap() {
        let marked = marked_words(hit);
        assert!(marked.iter().any(|w| w == "armée") && marked.iter().any(|w| w == "malienne"), "{marked:?}");
    }
}

#[test]
fn data_twins_equal_the_cli_exports_byte_for_byte() {
    let env = TestEnv::with_bundled_corpus();
    let server = Served::start(&env);
    let cases: [(&str, &[&str]); 3] = [
        ("q=armee+malienne", &["armee malienne"]),
        ("q=CMA&place=Mali", &["CMA", "--place", "Mali"]),
        ("q=l%C3%A9r%C3%A9&from=2023-09&sort=-date", &["léré", "--from", "2023-09", "--sort", "-date"]),
    ];
    for (params, args) in cases {
        for format in ["csv", "json", "jsonl", "tsv", "markdown", "html"] {
            let mut cli_args = vec!["search"];
            cli_args.extend_from_slice(args);
            cli_args.extend_from_slice(&["--all", "--format", format]);
            let cli = env.run(&cli_args);
            assert!(cli.code <= 1, "{}", cli.stderr);
            let api = server.get(&format!("/api/search?{params}&format={format}"));
            assert_eq!(api.status, 200, "{params} {format}: {}", api.text());
            assert!(
                api.body == cli.stdout.as_bytes(),
                "{params} as {format}:\nAPI:\n{}\nCLI:\n{}",
                api.text(),
                cli.stdout
            );
        }
    }
    let csv = server.get("/api/search?q=armee+malienne&format=csv");
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    assert!(csv.header("content-disposition").unwrap().starts_with("attachment"));
}

#[test]
fn facet_counts_equal_depeches_facets() {
    let env = TestEnv::with_bundled_corpus();
    let server = Served::start(&env);
    for (facet, params, args) in [
        ("actor", "q=armee+malienne", vec!["armee malienne"]),
        ("kind", "q=armee+malienne", vec!["armee malienne"]),
        ("place", "", vec![]),
        ("actor", "actor=FAMa", vec!["--actor", "FAMa"]),
    ] {
        let mut cli_args = vec!["facets", facet];
        cli_args.extend(args);
        cli_args.extend(["--format", "json"]);
        let cli = env.run(&cli_args);
        let api = server.get(&format!("/api/facets?facet={facet}&{params}"));
        assert_eq!(api.status, 200, "{}", api.text());
        assert_eq!(api.text(), cli.stdout, "facets {facet} {params}");
        // The page's sidebar shows the same counts.
        let page = server.get(&format!("/?{params}")).text();
        let param = facet;
        for row in cli.json()["values"].as_array().unwrap().iter().take(15) {
            let value = match facet {
                "place" => row["path"].as_str().unwrap().trim_start_matches("/place").to_owned(),
                _ => row["value"].as_str().unwrap().to_owned(),
            };
            let needle = format!(
                "data-facet=\"{param}\" data-value=\"{value}\"><span>{}</span> <span class=\"n\" aria-label=\"{n} passages\">{n}</span>",
                row["value"].as_str().unwrap(),
                n = row["passages"]
            );
            assert!(page.contains(&needle), "sidebar lacks {needle}");
        }
    }
}

#[test]
fn other_hosts_are_refused_and_every_answer_carries_the_headers() {
    let env = TestEnv::with_bundled_corpus();
    let server = Served::start(&env);
    let port = server.addr.port();
    for host in [
        "evil.example".to_owned(),
        format!("evil.example:{port}"),
        "127.0.0.1".to_owned(),
        format!("localhost:{}", port + 1),
    ] {
        let r = server.get_as("/?q=CMA", &host);
        assert!(r.status == 403 || r.status == 421, "Host {host}: {}", r.status);
        assert!(!r.text().contains("card"), "no content for {host}");
    }
    for host in [format!("localhost:{port}"), format!("127.0.0.1:{port}"), format!("[::1]:{port}")] {
        assert_eq!(server.get_as("/?q=CMA", &host).status, 200, "Host {host}");
    }
    for target in ["/", "/?q=CMA", "/api/search?q=CMA", "/static/depeches.css", "/nope", "/?from=never"] {
        let r = server.get(target);
        for (name, value) in SECURITY_HEADERS {
            assert_eq!(r.header(name), Some(value), "{name} on {target}");
        }
        assert!(r.headers.iter().all(|(n, _)| !n.starts_with("access-control-")), "no CORS on {target}");
    }
    // Nothing inline, so the policy needs no 'unsafe-inline'.
    for target in ["/?q=armee+malienne", "/dispatch/000_059ab664ff4507f1?q=CMA", "/?from=never"] {
        let html = server.get(target).text();
        assert!(
            !html.contains("<script>") && !html.contains("style=") && !html.contains("<style"),
            "{target}"
        );
        assert!(!html.contains("onclick=") && !html.contains("oninput="), "no inline handlers on {target}");
    }
    let refused = server.get_as("/", "evil.example");
    assert_eq!(refused.header("content-security-policy"), Some(SECURITY_HEADERS[0].1));
    for method in ["POST", "PUT", "DELETE"] {
        assert_eq!(server.request(method, "/api/search?q=CMA").status, 405, "{method}");
    }
}

#[test]
fn static_files_come_only_from_the_embedded_set() {
    let env = TestEnv::with_bundled_corpus();
    std::fs::write(env.path("Cargo.toml"), "[package]\nsecret = 1\n").unwrap();
    let server = Served::start(&env);
    for target in [
        "/static/../Cargo.toml",
        "/static/%2e%2e/Cargo.toml",
        "/static/..%2fCargo.toml",
        "/static/%2e%2e%2fCargo.toml",
        "/static//etc/passwd",
        "/static/",
        "/static/depeches.css/..",
    ] {
        let r = server.get(target);
        assert_eq!(r.status, 404, "{target}");
        assert!(!r.text().contains("[package]") && !r.text().contains("root:"), "{target}");
    }
    let css = server.get("/static/depeches.css");
    assert_eq!((css.status, css.header("content-type")), (200, Some("text/css; charset=utf-8")));
    let js = server.get("/static/depeches.js");
    assert_eq!((js.status, js.header("content-type")), (200, Some("text/javascript; charset=utf-8")));
}

#[test]
fn bad_parameters_get_a_400_naming_them_and_the_server_keeps_serving() {
    let env = TestEnv::with_bundled_corpus();
    let server = Served::start(&env);
    let long = "a".repeat(10_000);
    let cases: Vec<(String, &str)> = vec![
        ("from=2023-13".into(), "from"),
        ("to=yesterday".into(), "to"),
        ("from=2024&to=2023".into(), "from"),
        (format!("q={long}"), "q"),
        ("q=%zz".into(), "q"),
        ("q=%C3%28".into(), "q"),
        ("actor=Nobody-At-All".into(), "actor"),
        ("place=Atlantis".into(), "place"),
        ("kind=pirate".into(), "kind"),
        ("q=(armee".into(), "q"),
        ("sort=sideways".into(), "sort"),
        ("n=-3".into(), "n"),
        ("n=99999999999999999999999".into(), "n"),
        ("colour=red".into(), "colour"),
    ];
    for (params, name) in &cases {
        let page = server.get(&format!("/?{params}"));
        assert_eq!(page.status, 400, "page {name}");
        assert_eq!(page.header("content-type"), Some("text/html; charset=utf-8"));
        assert!(page.text().contains(&format!("parameter `{name}`")), "page names {name}: {}", page.text());
        let api = server.get(&format!("/api/search?{params}"));
        assert_eq!(api.status, 400, "api {name}");
        let doc: serde_json::Value = serde_json::from_slice(&api.body).expect("a JSON error");
        assert_eq!(doc["parameter"], *name, "{doc}");
        assert!(doc["error"].as_str().unwrap().contains(name));
        // And the next request works.
        assert_eq!(server.get("/api/search?q=CMA&n=1").status, 200);
    }
    // Past hyper's 64 KiB request line: still a 400 naming the parameter,
    // on the page and in JSON, and the same connection goes on serving.
    let mut client = crate::server::Client::connect(server.addr).unwrap();
    for (path, name) in [("/", "q"), ("/api/search", "q"), ("/claims", "claimant"), ("/api/claims", "q")] {
        let huge = format!("{path}?n=3&{name}={}&sort=-date", "a%C3%A9".repeat(100_000 / 7));
        let answer = client.get(&huge).unwrap();
        assert_eq!(answer.status, 400, "{path}: {}", answer.text());
        assert!(answer.text().contains(&format!("parameter `{name}`: too long")), "{}", answer.text());
        if path.starts_with("/api") {
            let doc: serde_json::Value = serde_json::from_slice(&answer.body).unwrap();
            assert_eq!(doc["parameter"], name);
        }
        assert_eq!(client.get("/?q=CMA").unwrap().status, 200, "the next request works");
    }
    let page = client.get(&format!("/?q={}", "a".repeat(100_000))).unwrap();
    assert_eq!(page.status, 400);
    assert!(page.text().contains("parameter `q`: too long (100000 bytes"), "{}", page.text());
    assert_eq!(server.get("/?q=CMA").status, 200);
    assert_eq!(server.get("/api/search?q=CMA&format=xml").status, 400);
    assert_eq!(server.get("/api/facets?facet=colour").status, 400);
    assert_eq!(server.get("/api/timeline?by=decade").status, 400);
    assert_eq!(server.get("/dispatch/%ff").status, 400);
    assert_eq!(server.get("/dispatch/no-such-dispatch").status, 404);
    assert_eq!(server.get("/api/dispatch/no-such-dispatch").status, 404);
}

#[test]
fn the_dispatch_page_shows_every_passage_and_the_hit_in_view() {
    let env = TestEnv::with_bundled_corpus();
    let server = Served::start(&env);
    let page = server.get("/?q=armee+malienne").text();
    let (id, passage) = card_ids(&page)[0].clone();
    // The card's headline opens the dispatch at the passage.
    assert!(page.contains(&format!("href=\"/dispatch/{id}?q=armee+malienne#p{passage}\"")), "card link");
    let r = server.get(&format!("/dispatch/{id}?q=armee+malienne"));
    assert_eq!(r.status, 200);
    let html = r.text();
    let show = env.run(&["show", &id, "--format", "json"]).json();
    let passages = show["passages"].as_array().unwrap();
    for p in passages {
        assert!(html.contains(&format!("id=\"p{}\"", p["passage_no"])), "passage {}", p["passage_no"]);
    }
    let hit_section =
        html.split(&format!("id=\"p{passage}\"")).nth(1).unwrap().split("</section>").next().unwrap();
    assert!(hit_section.contains("<mark>armée</mark>"), "{hit_section}");
    assert!(html.contains(&format!("class=\"para hit\" id=\"p{passage}\"")), "the hit passage stands out");
    let api = server.get(&format!("/api/dispatch/{id}"));
    assert_eq!(api.text(), env.run(&["show", &id, "--format", "json"]).stdout);
}

#[test]
fn timeline_twin_equals_depeches_timeline() {
    let env = TestEnv::with_bundled_corpus();
    let server = Served::start(&env);
    for format in ["json", "csv"] {
        let cli = env.run(&["timeline", "CMA", "--format", format]);
        let api = server.get(&format!("/api/timeline?q=CMA&format={format}"));
        assert_eq!(api.text(), cli.stdout, "{format}");
    }
}

#[test]
fn many_clients_while_depeches_index_adds_dispatches() {
    let env = TestEnv::with_bundled_corpus();
    let server = Served::start(&env);
    let targets = [
        "/?q=armee+malienne",
        "/api/search?q=CMA&format=csv",
        "/api/search?q=Kidal&n=5",
        "/api/facets?facet=place&q=Mali",
        "/?q=gouvernement&actor=FAMa",
        "/api/timeline?q=jihadistes",
        "/?q=zorglubienne",
    ];
    // New dispatches, with a word no bundled dispatch has.
    for i in 0..40 {
        env.write(
            &format!("corpus/new-{i:02}.txt"),
            format!(
                "title: Attaque près de Ménaka numéro {i}\ndate: 2023-10-{:02}\nsource: AFP\n\nLa zorglubienne patrouille {i} de l'armée malienne a été visée près de Ménaka.\n\nUn second paragraphe sur Gao.\n",
                i % 28 + 1
            ),
        );
    }
    let addr = server.addr;
    let indexing = std::thread::spawn({
        let dir = env.dir.path().to_owned();
        move || {
            std::process::Command::new(env!("CARGO_BIN_EXE_depeches"))
                .args(["index", "--commit-every", "10"])
                .current_dir(dir)
                .env_remove("DEPECHES_INDEX")
                .output()
                .expect("run depeches index")
        }
    });
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..32)
            .map(|c| {
                scope.spawn(move || {
                    let mut failed = Vec::new();
                    let mut client = depeches::web::load::Client::connect(addr).unwrap();
                    for i in 0..16 {
                        let target = targets[(c + i) % targets.len()];
                        match client.get(target) {
                            Ok(r) if r.status == 200 => {}
                            Ok(r) => failed.push(format!("{target}: {} {}", r.status, r.text())),
                            Err(e) => failed.push(format!("{target}: {e}")),
                        }
                    }
                    failed
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().unwrap()).collect()
    });
    assert!(
        failures.is_empty(),
        "{} of 512 failed: {:?}",
        failures.len(),
        &failures[..failures.len().min(5)]
    );
    let out = indexing.join().unwrap();
    assert!(out.status.success(), "index: {}", String::from_utf8_lossy(&out.stderr));
    // The new dispatches show up without a restart.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    let started = std::time::Instant::now();
    loop {
        let doc: serde_json::Value =
            serde_json::from_slice(&server.get("/api/search?q=zorglubienne").body).unwrap();
        if doc["total"] == 40 {
            eprintln!("new dispatches visible {:?} after the index run", started.elapsed());
            break;
        }
        assert!(std::time::Instant::now() < deadline, "new dispatches never showed up: {doc}");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let page = server.get("/?q=zorglubienne").text();
    assert!(page.contains("40 passages match"), "the page sees them too");
}

#[cfg(unix)]
#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let env = TestEnv::with_bundled_corpus();
    let mut server = Served::start(&env);
    assert_eq!(server.get("/?q=CMA").status, 200);
    let status = server.interrupt();
    assert_eq!(status.code(), Some(0), "{status:?}");
    assert!(std::net::TcpStream::connect(server.addr).is_err(), "the port is closed");
}

#[test]
fn a_large_export_streams_in_chunks_and_equals_the_cli() {
    let env = TestEnv::with_bundled_corpus();
    for i in 0..300 {
        env.write(
            &format!("corpus/long-{i:03}.txt"),
            format!(
                "title: Patrouille {i}\ndate: 2023-11-{:02}\n\nUne patrouille de l'armée malienne est tombée dans une embuscade \
                 près de Gao, selon une source sécuritaire qui a requis l'anonymat, le {i}e jour d'une opération \
                 menée avec des supplétifs dans la région.\n\nLe bilan n'était pas connu dans l'immédiat.\n",
                i % 28 + 1
            ),
        );
    }
    assert_eq!(env.run(&["index"]).code, 0);
    let server = Served::start(&env);
    let cli = env.run(&["search", "armee malienne", "--all", "--format", "csv"]);
    let api = server.get("/api/search?q=armee+malienne&format=csv");
    assert!(cli.stdout.len() > 3 * 64 * 1024, "several chunks: {} bytes", cli.stdout.len());
    assert_eq!(api.header("transfer-encoding"), Some("chunked"), "streamed, not held whole");
    assert!(api.body == cli.stdout.as_bytes(), "the streamed CSV is the CLI's");
}

#[test]
fn claims_page_and_twins_equal_depeches_claims() {
    let env = TestEnv::with_bundled_corpus();
    let server = Served::start(&env);
    // The twins: byte for byte what `depeches claims … --all` prints.
    let cases: [(&str, &[&str]); 4] = [
        ("", &[]),
        ("claim=killed", &["--claim", "killed"]),
        ("q=L%C3%A9r%C3%A9&claimant=FAMa", &["Léré", "--claimant", "FAMa"]),
        (
            "claim=tu%C3%A9s&claim=wounded&claimant=CSP-PSD",
            &["--claim", "tués", "--claim", "wounded", "--claimant", "CSP-PSD"],
        ),
    ];
    for (params, args) in cases {
        for by in ["claim", "event"] {
            for format in ["csv", "json", "jsonl", "tsv", "markdown", "html"] {
                let mut cli_args = vec!["claims"];
                cli_args.extend_from_slice(args);
                cli_args.extend_from_slice(&["--by", by, "--all", "--format", format]);
                let cli = env.run(&cli_args);
                assert!(cli.code <= 1, "{}", cli.stderr);
                let api = server.get(&format!("/api/claims?{params}&by={by}&format={format}"));
                assert_eq!(api.status, 200, "{params} {by} {format}: {}", api.text());
                assert!(
                    api.body == cli.stdout.as_bytes(),
                    "{params} by {by} as {format}:\nAPI:\n{}\nCLI:\n{}",
                    api.text(),
                    cli.stdout
                );
            }
        }
    }
    // The page: the Léré event, disputed, FAMa 5 against CSP-PSD 35, each
    // figure a link to its sentence on the dispatch page.
    let page = server.get("/claims");
    assert_eq!(page.status, 200);
    let html = page.text();
    let lere =
        html.split("<section class=\"event").skip(1).find(|e| e.contains("Léré")).expect("the Léré event");
    assert!(lere.starts_with(" disputed\""), "{lere}");
    let row = lere
        .split("<tr")
        .find(|r| r.contains("killed <span class=\"badge\">disputed"))
        .expect("disputed row");
    assert!(row.contains(">5</a>") && row.contains(">35</a>"), "{row}");
    let href = row.split("href=\"").nth(1).unwrap().split('"').next().unwrap().replace("&amp;", "&");
    let (path, anchor) = href.split_once('#').unwrap();
    let dispatch = server.get(path);
    assert_eq!(dispatch.status, 200);
    let target = dispatch.text();
    // The claim, under its sentence with the figure marked.
    let (sentence, claim) =
        target.split_once(&format!("<li id=\"{anchor}\">")).expect("the claim on the dispatch page");
    let sentence = sentence.rsplit("<li class=\"claim-sentence\">").next().unwrap();
    assert!(sentence.contains("<mark>5</mark> soldats"), "figure marked: {sentence}");
    assert!(claim.split("</li>").next().unwrap().contains("killed 5"), "{claim}");
    // A claim filter narrows the events; a bad one is a 400 naming it.
    let killed = server.get("/claims?claim=control").text();
    assert!(!killed.contains(">35</a>") && killed.contains("control"));
    let bad = server.get("/api/claims?claimant=Nobody-At-All");
    assert_eq!(bad.status, 400);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&bad.body).unwrap()["parameter"], "claimant");
    assert_eq!(server.get("/claims?claim=sunk").status, 400);
    assert_eq!(server.get("/api/claims?by=weather").status, 400);
}

#[test]
fn claim_facets_filters_and_chips_on_the_search_page() {
    let env = TestEnv::with_bundled_corpus();
    let server = Served::start(&env);
    for (facet, params, args) in [
        ("claim", "", vec![]),
        ("claimant", "q=soldats", vec!["soldats"]),
        ("claim", "claimant=FAMa", vec!["--claimant", "FAMa"]),
    ] {
        let mut cli_args = vec!["facets", facet];
        cli_args.extend(args.iter().copied());
        cli_args.extend(["--format", "json"]);
        let cli = env.run(&cli_args);
        let page = server.get(&format!("/?{params}")).text();
        let rows = cli.json()["values"].as_array().unwrap().clone();
        assert!(!rows.is_empty(), "facets {facet} {params}");
        for row in rows.iter().take(15) {
            let value = row["value"].as_str().unwrap();
            let needle = format!(
                "data-facet=\"{facet}\" data-value=\"{value}\"><span>{value}</span> <span class=\"n\" aria-label=\"{n} passages\">{n}</span>",
                n = row["passages"]
            );
            assert!(page.contains(&needle), "sidebar lacks {needle}");
        }
    }
    // claim= and claimant= filter as --claim and --claimant do.
    for (params, args) in [
        ("claim=killed", vec!["--claim", "killed"]),
        ("claimant=CSP-PSD&q=soldats", vec!["soldats", "--claimant", "CSP-PSD"]),
    ] {
        let mut cli_args = vec!["search"];
        cli_args.extend(args.iter().copied());
        cli_args.extend(["--all", "--format", "csv"]);
        let cli = env.run(&cli_args);
        let api = server.get(&format!("/api/search?{params}&format=csv"));
        assert_eq!(api.text(), cli.stdout, "{params}");
    }
    // Cards carry their claims as chips that filter on the claim type.
    let page = server.get("/?q=trente-cinq+soldats").text();
    assert!(page.contains("<a class=\"chip claim\" href=\"/?q=trente-cinq+soldats&amp;claim=killed\">killed 35 · CSP-PSD</a>"), "{page}");
    let filtered = server.get("/?claim=killed&claimant=FAMa").text();
    assert!(filtered.contains("Claim: killed") && filtered.contains("Claimant: FAMa"), "active chips");
}

#[test]
fn similar_mode_equals_depeches_similar() {
    let env = TestEnv::with_bundled_corpus();
    let server = Served::start(&env);
    let page = server.get("/dispatch/003_aa44441a36803ad2").text();
    assert!(
        page.contains("href=\"/?like=003_aa44441a36803ad2\""),
        "dispatch page links to its similar passages"
    );
    assert!(page.contains("href=\"/?like=003_aa44441a36803ad2%3A1\""));
    for (like, target) in [
        ("003_aa44441a36803ad2", "003_aa44441a36803ad2"),
        ("003_aa44441a36803ad2%3A1", "003_aa44441a36803ad2:1"),
    ] {
        for format in ["csv", "json"] {
            let cli = env.run(&["similar", target, "--all", "--format", format]);
            let api = server.get(&format!("/api/search?like={like}&format={format}"));
            assert_eq!(api.status, 200);
            assert!(
                api.body == cli.stdout.as_bytes(),
                "like {target} {format}:\n{}\n{}",
                api.text(),
                cli.stdout
            );
        }
    }
    let similar = server.get("/?like=003_aa44441a36803ad2%3A1");
    assert_eq!(similar.status, 200);
    let html = similar.text();
    assert!(
        html.contains("Passages like 003_aa44441a36803ad2:1") && html.contains("<article class=\"card\"")
    );
    let unknown = server.get("/api/search?like=nope");
    assert_eq!(unknown.status, 400);
    assert_eq!(serde_json::from_slice::<serde_json::Value>(&unknown.body).unwrap()["parameter"], "like");
}
