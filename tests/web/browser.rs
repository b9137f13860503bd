//! Issue 13 in a real browser: Debian's chromium, headless, driven through
//! chromedriver (WebDriver). Type a query and see the hits update, click an
//! actor chip, drag over the histogram, open a dispatch, download the CSV;
//! a screenshot of each step is saved under `target/web-screenshots/`.
//!
//! Skipped, with a notice, when chromium or chromedriver is not installed
//! (`.ci/run` installs them).

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, MOUSE_BUTTON_LEFT, MouseActions, PointerAction};
use fantoccini::{Client, ClientBuilder, Locator};

use crate::server::Served;

/// The page's address, as the steps need it.
struct Url {
    url: String,
}
use crate::util::TestEnv;

/// How long any one condition may take before the test fails.
const PATIENCE: Duration = Duration::from_secs(20);

fn installed(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH")?.to_str()?.split(':').map(|d| Path::new(d).join(program)).find(|p| p.is_file())
}

/// chromedriver on a free port, killed when dropped.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn start(program: &Path) -> Driver {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(program)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let driver = Driver { child, port };
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let deadline = Instant::now() + PATIENCE;
        while TcpStream::connect(addr).is_err() {
            assert!(Instant::now() < deadline, "chromedriver never listened");
            std::thread::sleep(Duration::from_millis(20));
        }
        driver
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn shots_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/web-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

async fn shot(client: &Client, name: &str) {
    let png = client.screenshot().await.expect("screenshot");
    std::fs::write(shots_dir().join(format!("{name}.png")), png).unwrap();
}

/// Waits until `check` holds (polled), or fails saying `what`.
async fn until<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + PATIENCE;
    while !check().await {
        assert!(Instant::now() < deadline, "timed out waiting for: {what}");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
}

async fn text_of(client: &Client, css: &str) -> String {
    match client.find(Locator::Css(css)).await {
        Ok(e) => e.text().await.unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// The number at the start of the result count.
async fn count(client: &Client) -> Option<usize> {
    text_of(client, "#status").await.split_whitespace().next()?.parse().ok()
}

#[test]
fn a_journalist_searches_filters_drags_reads_and_downloads() {
    let (Some(chromium), Some(chromedriver)) = (installed("chromium"), installed("chromedriver")) else {
        eprintln!(
            "NOTICE: skipping the browser test: chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"
        );
        return;
    };
    let env = TestEnv::with_bundled_corpus();
    // Dated fixtures over several months, for the histogram.
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/sahel");
    for f in ["a-0830.txt", "b-09.txt", "c-0920.txt", "d-1002.txt"] {
        std::fs::copy(fixtures.join(f), env.path("corpus").join(f)).unwrap();
    }
    let server = Served::start(&env);
    let driver = Driver::start(&chromedriver);
    let downloads = env.path("downloads");
    std::fs::create_dir_all(&downloads).unwrap();
    let profile = env.path("chromium-profile");
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let mut caps = serde_json::Map::new();
        caps.insert(
            "goog:chromeOptions".into(),
            serde_json::json!({
                "binary": chromium,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1280,1000",
                    format!("--user-data-dir={}", profile.display()),
                ],
                "prefs": {
                    "download.default_directory": downloads,
                    "download.prompt_for_download": false,
                },
            }),
        );
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
            .expect("a chromium session");
        // The steps run as a task so that a failing one still closes the
        // browser before the test reports it.
        let steps = tokio::spawn(steps(client.clone(), server.url.clone(), server.addr, downloads.clone()));
        let outcome = steps.await;
        let _ = client.close().await;
        if let Err(e) = outcome {
            std::panic::resume_unwind(e.into_panic());
        }
    });
}

async fn steps(client: Client, url: String, addr: SocketAddr, downloads: PathBuf) {
    let client = &client;
    let server = Url { url };
    client.goto(&server.url).await.unwrap();

    // 1. Type a query: the hits update as the words come, no Enter.
    let box_ = client.wait().at_most(PATIENCE).for_element(Locator::Id("q")).await.unwrap();
    box_.send_keys("armee malienne").await.unwrap();
    until("hits for armee malienne", || async {
        client.current_url().await.unwrap().as_str().contains("q=armee+malienne")
            && client.find_all(Locator::Css("#hits .card")).await.map(|c| !c.is_empty()).unwrap_or(false)
    })
    .await;
    let typed = count(client).await.expect("a count");
    let marks = client.find_all(Locator::Css("#hits .card mark")).await.unwrap();
    let mut marked = Vec::new();
    for m in &marks {
        marked.push(m.text().await.unwrap().to_lowercase());
    }
    assert!(marked.contains(&"armée".to_owned()) && marked.contains(&"malienne".to_owned()), "{marked:?}");
    // The stylesheet and the script load under the CSP.
    let rules = client.execute("return document.styleSheets[0].cssRules.length", vec![]).await.unwrap();
    assert!(rules.as_u64().unwrap_or(0) > 20, "the stylesheet applies: {rules}");
    shot(client, "1-typed-query").await;

    // 2. Keyboard: `/` focuses the box, `j` the first result.
    client.find(Locator::Css("body")).await.unwrap().send_keys("j").await.unwrap();
    until("j focuses a result", || async {
        client.execute("return document.activeElement.className", vec![]).await.unwrap() == "open"
    })
    .await;

    // 3. Click an actor chip: the filter applies, the counts change.
    let before_kinds = text_of(client, "#facets").await;
    let chip = client
        .find(Locator::XPath("//a[contains(@class,'chip actor') and normalize-space()='CMA']"))
        .await
        .unwrap();
    chip.click().await.unwrap();
    until("the CMA filter applied", || async {
        client.current_url().await.unwrap().as_str().contains("actor=CMA")
            && count(client).await.is_some_and(|n| n < typed)
    })
    .await;
    let active = text_of(client, ".active").await;
    assert!(active.contains("Actor: CMA"), "active filter chip: {active:?}");
    assert_ne!(text_of(client, "#facets").await, before_kinds, "facet counts follow the filter");
    shot(client, "2-actor-chip").await;

    // 4. Drag over the histogram (a broader query first, for several months).
    client.goto(&format!("{}?q=CMA+OR+armee", server.url)).await.unwrap();
    let svg = client.wait().at_most(PATIENCE).for_element(Locator::Css("#histogram svg")).await.unwrap();
    let months: String = svg.attr("data-months").await.unwrap().unwrap();
    assert!(months.split(',').count() >= 3, "several months: {months}");
    let (_, _, width, _) = svg.rectangle().await.unwrap();
    let bar: f64 = svg.attr("data-bar").await.unwrap().unwrap().parse().unwrap();
    let n = months.split(',').count() as f64;
    // From the middle of the first bar to the middle of the last, in
    // pixels from the svg's center.
    let scale = width / 720.0;
    let first_x = (bar * 0.5) * scale - width / 2.0;
    let last_x = (bar * (n - 0.5)) * scale - width / 2.0;
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement { element: svg.clone(), duration: None, x: first_x, y: 0.0 })
        .then(PointerAction::Down { button: MOUSE_BUTTON_LEFT })
        .then(PointerAction::MoveToElement {
            element: svg.clone(),
            duration: Some(Duration::from_millis(150)),
            x: last_x,
            y: 0.0,
        })
        .then(PointerAction::Up { button: MOUSE_BUTTON_LEFT });
    client.perform_actions(drag).await.unwrap();
    let (first, last) =
        (months.split(',').next().unwrap().to_owned(), months.rsplit(',').next().unwrap().to_owned());
    until("the dragged date range", || async {
        let url = client.current_url().await.unwrap();
        url.as_str().contains(&format!("from={first}")) && url.as_str().contains(&format!("to={last}"))
    })
    .await;
    assert!(text_of(client, ".active").await.contains(&format!("From: {first}")));
    shot(client, "3-histogram-drag").await;

    // 5. Open a dispatch: every passage, the hit one marked and in view.
    let open = client.find(Locator::Css("#hits .card a.open")).await.unwrap();
    open.click().await.unwrap();
    until("the dispatch page", || async {
        client.current_url().await.unwrap().path().starts_with("/dispatch/")
    })
    .await;
    let hit = client.wait().at_most(PATIENCE).for_element(Locator::Css(".para.hit")).await.unwrap();
    assert!(hit.is_displayed().await.unwrap());
    shot(client, "4-dispatch").await;

    // 6. Back, and download the CSV: the file is the API's CSV.
    client.back().await.unwrap();
    let link = client.wait().at_most(PATIENCE).for_element(Locator::LinkText("CSV")).await.unwrap();
    let href = link.attr("href").await.unwrap().unwrap();
    link.click().await.unwrap();
    let file = downloads.join("depeches.csv");
    until("the CSV download", || async {
        file.is_file() && std::fs::metadata(&file).map(|m| m.len() > 0).unwrap_or(false)
    })
    .await;
    let expected = depeches::web::load::get(addr, &href).unwrap().body;
    // The browser writes the file as it arrives: wait for all of it.
    until("the whole CSV", || async { std::fs::read(&file).map(|b| b == expected).unwrap_or(false) }).await;
    assert!(String::from_utf8_lossy(&expected).starts_with("rank,score,dispatch_id"));
    shot(client, "5-after-download").await;

    // 7. The claims of the same query: the Léré event, disputed.
    client.goto(&server.url).await.unwrap();
    let tab = client.wait().at_most(PATIENCE).for_element(Locator::LinkText("Claims")).await.unwrap();
    tab.click().await.unwrap();
    until("the claims page", || async { client.current_url().await.unwrap().path() == "/claims" }).await;
    let disputed =
        client.wait().at_most(PATIENCE).for_element(Locator::Css(".event.disputed")).await.unwrap();
    let heading = disputed.find(Locator::Css("h3")).await.unwrap().text().await.unwrap();
    assert!(heading.contains("Léré") && heading.contains("disputed"), "{heading}");
    let status_before = text_of(client, "#status").await;
    shot(client, "6-claims").await;

    // 8. A claim facet: only the control claims, the counts change.
    let facet =
        client.find(Locator::Css("#facets a[data-facet='claim'][data-value='control']")).await.unwrap();
    facet.click().await.unwrap();
    until("the control claims", || async {
        client.current_url().await.unwrap().as_str().contains("claim=control")
            && text_of(client, "#status").await != status_before
    })
    .await;
    let types = client.find_all(Locator::Css("table.claims tbody th")).await.unwrap();
    assert!(!types.is_empty());
    for t in &types {
        assert!(t.text().await.unwrap().starts_with("control"), "only control rows");
    }
    assert!(text_of(client, ".active").await.contains("Claim: control"));
    shot(client, "7-claim-facet").await;

    // 9. A figure: its sentence on the dispatch page, in view and marked.
    client.goto(&format!("{}claims", server.url)).await.unwrap();
    let figure =
        client.wait().at_most(PATIENCE).for_element(Locator::Css("tr.disputed a.figure")).await.unwrap();
    let href = figure.attr("href").await.unwrap().unwrap();
    let anchor = href.rsplit('#').next().unwrap().to_owned();
    figure.click().await.unwrap();
    until("the claim's sentence", || async {
        let url = client.current_url().await.unwrap();
        url.path().starts_with("/dispatch/") && url.fragment() == Some(anchor.as_str())
    })
    .await;
    let sentence = client.wait().at_most(PATIENCE).for_element(Locator::Id(&anchor)).await.unwrap();
    assert!(sentence.is_displayed().await.unwrap());
    shot(client, "8-claim-sentence").await;
    until("the sentence in view", || async {
        client
            .execute(
                "const r = document.getElementById(arguments[0]).getBoundingClientRect(); \
                 return r.bottom > 0 && r.top < window.innerHeight;",
                vec![serde_json::json!(anchor)],
            )
            .await
            .unwrap()
            == serde_json::json!(true)
    })
    .await;
    let marked = client
        .execute(
            "return document.getElementById(arguments[0]).closest('.claim-sentence').querySelectorAll('q mark').length;",
            vec![serde_json::json!(anchor)],
        )
        .await
        .unwrap();
    assert!(marked.as_u64().unwrap_or(0) > 0, "the figure is marked in its sentence");

    // 10. "Similar": passages like this dispatch, as cards.
    let similar = client.find(Locator::Css("a.similar-link")).await.unwrap();
    similar.click().await.unwrap();
    until("similar passages", || async {
        client.current_url().await.unwrap().as_str().contains("like=")
            && client.find_all(Locator::Css("#hits .card")).await.map(|c| !c.is_empty()).unwrap_or(false)
    })
    .await;
    assert!(text_of(client, "h1.mode").await.starts_with("Passages like"));
    shot(client, "9-similar").await;
}
