//! `depeches serve`: the search engine as a page on the analyst's own
//! machine, and the same answers as data for programs.
//!
//! A request walks down the floors like a command line does: the URL's
//! parameters ([`params`]) become a [`SearchRequest`](crate::search::SearchRequest),
//! the search layer answers, and the output layer renders — the hit cards
//! of the page are those of `search --format html`
//! ([`crate::output::html::card`]), and `/api/search?format=csv` runs the
//! very exporter of `search --all --format csv`. This module holds only
//! what is web: the route table ([`routes`]), the page templates
//! ([`pages`]), the security guard ([`security`]) and the embedded assets.
//!
//! Serving: axum on tokio, bound to 127.0.0.1 unless `--listen` says
//! otherwise. Searches are CPU work on tantivy's mmap'd files, so they run
//! on tokio's blocking threads, at most [`ServeConfig::workers`] at a time
//! (a semaphore): a burst of requests queues instead of starving the
//! runtime or the machine. The searcher follows the index's commits
//! ([`Searcher::live`]), so a `depeches index` run beside the server shows
//! up within a second or two.

pub mod cache;
pub mod load;
pub mod long_target;
pub mod pages;
pub mod params;
pub mod routes;
pub mod security;

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;

use crate::engine::SharedEngine;
use crate::index::DepechesIndex;
use crate::search::Searcher;

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeConfig {
    /// Address and port to bind (port 0: any free port).
    pub listen: SocketAddr,
    /// Searches running at once.
    pub workers: usize,
    /// Open the page in the default browser once listening.
    pub open: bool,
}

impl Default for ServeConfig {
    fn default() -> ServeConfig {
        ServeConfig {
            listen: SocketAddr::from(([127, 0, 0, 1], 8040)),
            workers: std::thread::available_parallelism().map_or(2, |n| n.get()).max(2),
            open: false,
        }
    }
}

/// What the handlers share.
#[derive(Clone)]
pub struct AppState {
    /// The engine: the local index following its commits, or a cluster
    /// (`serve --engine`).
    pub searcher: SharedEngine,
    /// Permits to run a search.
    pub permits: Arc<tokio::sync::Semaphore>,
    /// Where the index is (or the cluster's URL), for the page footer.
    pub index_path: Arc<str>,
    /// The search page's facets and histogram, per index generation.
    pub cache: Arc<cache::Cache>,
    /// The claims page's events and facets, per index generation.
    pub claims_cache: Arc<cache::Cache<cache::ClaimsAnswer>>,
}

/// A running server.
pub struct Server {
    /// The bound address (with the real port when 0 was asked).
    pub addr: SocketAddr,
    runtime: tokio::runtime::Runtime,
    listener: tokio::net::TcpListener,
    app: axum::Router,
}

impl Server {
    /// Binds `config.listen` and prepares the routes on `index`.
    pub fn bind(index: &DepechesIndex, config: &ServeConfig) -> anyhow::Result<Server> {
        Server::bind_engine(Arc::new(Searcher::live(index)?), &index.path.display().to_string(), config)
    }

    /// Binds `config.listen` and prepares the routes on `engine` (the
    /// local index or a cluster: the handlers do not tell them apart);
    /// `label` names it in the page footer.
    pub fn bind_engine(engine: SharedEngine, label: &str, config: &ServeConfig) -> anyhow::Result<Server> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .max_blocking_threads(config.workers.max(1) + 2)
            .thread_name("depeches-serve")
            .build()
            .context("starting the server's runtime")?;
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind(config.listen))
            .with_context(|| format!("cannot listen on {}", config.listen))?;
        let addr = listener.local_addr()?;
        let state = AppState {
            searcher: engine,
            permits: Arc::new(tokio::sync::Semaphore::new(config.workers.max(1))),
            index_path: label.into(),
            cache: Arc::new(cache::Cache::default()),
            claims_cache: Arc::new(cache::Cache::default()),
        };
        let (searcher, cache) = (state.searcher.clone(), state.cache.clone());
        std::thread::Builder::new()
            .name("depeches-warm".into())
            .spawn(move || pages::warm(&*searcher, &cache))
            .context("starting the server")?;
        let app = routes::router(state, security::AllowedHosts::for_addr(addr));
        Ok(Server { addr, runtime, listener, app })
    }

    /// The page's URL.
    pub fn url(&self) -> String {
        match self.addr.ip() {
            ip if ip.is_unspecified() => format!("http://127.0.0.1:{}/", self.addr.port()),
            std::net::IpAddr::V6(ip) => format!("http://[{ip}]:{}/", self.addr.port()),
            ip => format!("http://{ip}:{}/", self.addr.port()),
        }
    }

    /// Serves until Ctrl-C (or SIGTERM), then finishes the requests under
    /// way and returns.
    pub fn run(self) -> anyhow::Result<()> {
        let Server { runtime, listener, app, .. } = self;
        runtime.block_on(async move {
            axum::serve(long_target::GuardedListener(listener), app)
                .with_graceful_shutdown(shutdown_signal())
                .await
        })?;
        Ok(())
    }

    /// Serves until `stop` resolves (tests and benchmarks).
    pub fn run_until(
        self,
        stop: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> anyhow::Result<()> {
        let Server { runtime, listener, app, .. } = self;
        runtime.block_on(async move {
            axum::serve(long_target::GuardedListener(listener), app).with_graceful_shutdown(stop).await
        })?;
        Ok(())
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    eprintln!("depeches: stopping");
}

/// Opens `url` in the default browser, quietly if there is none.
pub fn open_browser(url: &str) {
    let program = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    let spawned = std::process::Command::new(program)
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if spawned.is_err() {
        eprintln!("depeches: could not open a browser ({program}): open {url} yourself");
    }
}
