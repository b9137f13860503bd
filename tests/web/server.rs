//! A `depeches serve` process for one test: started on port 0, its URL
//! read from what it prints, killed when dropped.

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

pub use depeches::web::load::{Client, Response};

use crate::util::TestEnv;

pub struct Served {
    child: Child,
    pub addr: SocketAddr,
    pub url: String,
}

impl Served {
    /// Serves the index of `env` (built from its `corpus/` first if absent).
    pub fn start(env: &TestEnv) -> Served {
        let mut child = Command::new(env!("CARGO_BIN_EXE_depeches"))
            .args(["serve", "--port", "0"])
            .current_dir(env.dir.path())
            .env_remove("DEPECHES_INDEX")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start depeches serve");
        // Wait on the condition (the URL printed), not on a clock; the
        // deadline only turns a hang into a failure.
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(url) = line.split_whitespace().find(|w| w.starts_with("http://")) {
                    let _ = tx.send(url.to_owned());
                }
            }
        });
        let url = match rx.recv_timeout(Duration::from_secs(120)) {
            Ok(url) => url,
            Err(_) => {
                let _ = child.kill();
                panic!("depeches serve printed no URL");
            }
        };
        let addr: SocketAddr =
            url.trim_start_matches("http://").trim_end_matches('/').parse().expect("host:port");
        Served { child, addr, url }
    }

    pub fn get(&self, target: &str) -> Response {
        Client::connect(self.addr).expect("connect").get(target).expect("answer")
    }

    pub fn get_as(&self, target: &str, host: &str) -> Response {
        Client::connect(self.addr).expect("connect").request("GET", target, host).expect("answer")
    }

    pub fn request(&self, method: &str, target: &str) -> Response {
        let host = self.addr.to_string();
        Client::connect(self.addr).expect("connect").request(method, target, &host).expect("answer")
    }
}

impl Served {
    /// Sends Ctrl-C (SIGINT) and waits for the exit status.
    #[cfg(unix)]
    pub fn interrupt(&mut self) -> std::process::ExitStatus {
        let pid = self.child.id().to_string();
        let sent = Command::new("kill").args(["-INT", &pid]).status().expect("run kill");
        assert!(sent.success());
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(std::time::Instant::now() < deadline, "serve did not stop on Ctrl-C");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
