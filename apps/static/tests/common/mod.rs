//! Helpers shared by percore-static's integration tests: a site on disk, a server on it, and
//! a small HTTP/1.1 client.

#![allow(dead_code, unreachable_pub, unused_imports)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::os::unix::fs::symlink;
use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use percore_testkit::tls::{PemFiles, Pki};

pub use percore_testkit::http::{Response, SlowReader, connect, exchange, get, raw, read_response};
pub use percore_testkit::{ADMIN, Server};

pub fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_percore-static"))
}

/// Marker bytes of the file outside the root: no response may ever contain them.
pub const SECRET: &str = "TOP-SECRET-OUTSIDE-THE-ROOT";

/// A site on disk: `root/` with the test files, and `outside/secret.txt` next to it.
pub struct Site {
    pub dir: PathBuf,
}

impl Site {
    pub fn new(name: &str) -> Site {
        let dir =
            std::env::temp_dir().join(format!("percore-static-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let root = dir.join("root");
        for d in [
            "root/dir",
            "root/empty",
            "root/.git",
            "root/.well-known",
            "outside",
        ] {
            std::fs::create_dir_all(dir.join(d)).unwrap();
        }
        std::fs::write(dir.join("outside/secret.txt"), SECRET).unwrap();
        std::fs::write(root.join("index.html"), "<h1>home</h1>\n").unwrap();
        std::fs::write(root.join("1k.txt"), "x".repeat(1024)).unwrap();
        std::fs::write(root.join("dir/index.html"), "dir index\n").unwrap();
        std::fs::write(root.join("dir/a b.txt"), "spaced\n").unwrap();
        std::fs::write(root.join(".git/config"), "secret git config\n").unwrap();
        std::fs::write(root.join(".well-known/token"), "acme\n").unwrap();
        std::fs::write(root.join("style.css"), "body { color: red }\n").unwrap();
        std::fs::write(root.join("style.css.gz"), "GZIP-BYTES").unwrap();
        std::fs::write(root.join("style.css.br"), "BROTLI-BYTES").unwrap();
        symlink("../outside/secret.txt", root.join("link-out")).unwrap();
        symlink("../outside", root.join("dir-out")).unwrap();
        symlink("1k.txt", root.join("link-in")).unwrap();
        symlink("/etc/passwd", root.join("link-abs")).unwrap();
        Site { dir }
    }

    pub fn root(&self) -> PathBuf {
        self.dir.join("root")
    }

    /// A server on this site: `top` adds framework settings and tables, `statics` lines of
    /// the `[static]` section.
    pub fn serve(&self, name: &str, top: &str, statics: &str) -> Server {
        self.serve_with_grace(name, "5s", top, statics)
    }

    /// [`Site::serve`] with the given `shutdown_timeout`.
    pub fn serve_with_grace(&self, name: &str, grace: &str, top: &str, statics: &str) -> Server {
        let config = format!(
            "workers = 2\npin = \"best-effort\"\nlisten = [\"127.0.0.1:0\"]\nshutdown_timeout = \"{grace}\"\n{top}\n[static]\nroot = {:?}\n{statics}\n",
            self.root().display().to_string()
        );
        Server::start(&binary(), name, &config, &[])
    }
}

impl Drop for Site {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Runs curl against the TLS address as `localhost` (the test certificate's name), trusting
/// the test CA; returns (exit code, standard output).
pub fn curl(pki: &Pki, addr: SocketAddr, args: &[&str]) -> (Option<i32>, Vec<u8>) {
    let resolve = format!("localhost:{}:127.0.0.1", addr.port());
    let out = Command::new("curl")
        .args(["-sS", "--cacert"])
        .arg(pki.ca_file())
        .args(["--resolve", &resolve])
        .args(args)
        .output()
        .expect("curl is needed (apt-get install curl)");
    if !out.status.success() {
        eprintln!("curl: {}", String::from_utf8_lossy(&out.stderr));
    }
    (out.status.code(), out.stdout)
}

pub fn url(addr: SocketAddr, path: &str) -> String {
    format!("https://localhost:{}{path}", addr.port())
}

/// The `[tls]` table for `files`, on a free port.
pub fn tls_table(files: &PemFiles) -> String {
    format!(
        "[tls]\nlisten = [\"127.0.0.1:0\"]\ncert = {:?}\nkey = {:?}\n",
        files.cert, files.key
    )
}

/// The status curl gets for `args` (with the test CA), as text.
pub fn curl_status(pki: &Pki, addr: SocketAddr, args: &[&str]) -> String {
    let mut all = vec!["-o", "/dev/null", "-w", "%{http_code}"];
    all.extend_from_slice(args);
    let (code, out) = curl(pki, addr, &all);
    assert_eq!(code, Some(0), "curl failed");
    String::from_utf8_lossy(&out).into_owned()
}

/// Stops `server` gracefully (it must exit 0 within 10 s) and asserts that its log says
/// `line` exactly `times` times: how the send-buffer tests count downloads past the budget.
pub fn stop_and_expect_lines(server: &mut Server, line: &str, times: usize) {
    server.signal("TERM");
    assert!(server.wait(Duration::from_secs(10)).success());
    let log = server.log();
    assert_eq!(log.matches(line).count(), times, "{line:?} in\n{log}");
}
