//! Test support for percore's apps: runs a server binary in a child process with a
//! configuration file, and talks to it (echo round trips, signals, the admin endpoint).

#![forbid(unsafe_code)]

pub mod http;
pub mod tls;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, ChildStderr, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

/// An example binary of the crate under test, built by `cargo test` next to the test binaries.
pub fn example(name: &str) -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let dir = exe.parent().and_then(|d| d.parent()).unwrap();
    dir.join("examples").join(name)
}

/// A running server process.
#[derive(Debug)]
pub struct Server {
    /// The process.
    pub child: Child,
    /// The first address it listens on.
    pub addr: SocketAddr,
    /// The admin endpoint, when enabled.
    pub admin: Option<SocketAddr>,
    /// The first TLS address (`listening with TLS on ADDR`), when the config has `[tls]`.
    pub tls_addr: Option<SocketAddr>,
    /// Its configuration file.
    pub config: PathBuf,
    stderr: Option<ChildStderr>,
}

/// A temporary path for a test's configuration file.
pub fn config_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("percore-sup-{}-{name}.toml", std::process::id()))
}

impl Server {
    /// Starts `binary` with `config` (TOML) and extra environment, and waits until it prints
    /// `listening on ADDR` (and `admin on ADDR` when the config enables the admin endpoint).
    pub fn start(
        binary: &std::path::Path,
        name: &str,
        config: &str,
        env: &[(&str, &str)],
    ) -> Server {
        let path = config_path(name);
        std::fs::write(&path, config).unwrap();
        let mut cmd = Command::new(binary);
        cmd.arg("-c")
            .arg(&path)
            .env("RUST_LOG", "info")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("start the example app");
        let stdout = BufReader::new(child.stdout.take().unwrap());
        let (mut addr, mut admin, mut tls_addr) = (None, None, None);
        let wants_admin = config.contains("[admin]");
        let wants_tls = config.contains("[tls]");
        for line in stdout.lines() {
            let line = line.unwrap();
            if let Some(a) = line.strip_prefix("listening on ") {
                addr = addr.or(Some(a.parse().unwrap()));
            }
            if let Some(a) = line.strip_prefix("listening with TLS on ") {
                tls_addr = tls_addr.or(Some(a.parse().unwrap()));
            }
            if let Some(a) = line.strip_prefix("admin on ") {
                admin = Some(a.parse().unwrap());
            }
            if addr.is_some()
                && (admin.is_some() || !wants_admin)
                && (tls_addr.is_some() || !wants_tls)
            {
                break;
            }
        }
        Server {
            stderr: child.stderr.take(),
            addr: addr.expect("the app printed its address"),
            admin,
            tls_addr,
            child,
            config: path,
        }
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Sends a signal by name (`TERM`, `HUP`, ...).
    pub fn signal(&self, name: &str) {
        signal_pid(self.pid(), name);
    }

    /// Rewrites the configuration file.
    pub fn rewrite(&self, config: &str) {
        std::fs::write(&self.config, config).unwrap();
    }

    /// Waits for the process to exit, up to `limit`.
    pub fn wait(&mut self, limit: Duration) -> ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            if start.elapsed() > limit {
                let _ = self.child.kill();
                panic!("the app did not exit within {limit:?}\n{}", self.log());
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Closes the reading end of the app's standard error, as a log reader that died would
    /// (`percore ... 2>&1 | tee` with `tee` gone): its writes then fail with `EPIPE`.
    pub fn close_stderr(&mut self) {
        self.stderr = None;
    }

    /// Everything the app logged (once it has exited).
    pub fn log(&mut self) -> String {
        let mut s = String::new();
        if let Some(mut e) = self.stderr.take() {
            let _ = e.read_to_string(&mut s);
        }
        s
    }

    /// `GET path` on the admin endpoint: (status line, body).
    pub fn admin_get(&self, path: &str) -> (String, String) {
        let mut s = TcpStream::connect(self.admin.expect("admin enabled")).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        let mut reply = String::new();
        s.read_to_string(&mut reply).unwrap();
        let (head, body) = reply.split_once("\r\n\r\n").unwrap();
        (head.lines().next().unwrap().to_string(), body.to_string())
    }

    /// The sum of `name` once it is above 0 and has not moved for 300 ms (the server stopped
    /// taking what a client sends, say).
    ///
    /// # Panics
    ///
    /// When it is still moving, or still 0, after 20 s (`what` says what never happened).
    pub fn metric_settled(&self, name: &str, what: &str) -> f64 {
        let until = std::time::Instant::now() + std::time::Duration::from_secs(20);
        let mut last = (-1.0, std::time::Instant::now());
        loop {
            let now = self.metric_sum(name);
            if now != last.0 {
                last = (now, std::time::Instant::now());
            } else if now > 0.0 && last.1.elapsed() > std::time::Duration::from_millis(300) {
                return now;
            }
            assert!(std::time::Instant::now() < until, "{what}");
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }

    /// The sum of every line of a metric over its labels (every worker of every generation),
    /// e.g. `percore_bytes_in_total`.
    pub fn metric_sum(&self, name: &str) -> f64 {
        self.metric_sum_where(name, "")
    }

    /// [`Server::metric_sum`] over the lines whose labels contain `label` (for example
    /// `generation="2"`).
    pub fn metric_sum_where(&self, name: &str, label: &str) -> f64 {
        let (_, body) = self.admin_get("/metrics");
        body.lines()
            .filter(|l| {
                l.strip_prefix(name)
                    .is_some_and(|rest| rest.starts_with('{') || rest.starts_with(' '))
                    && l.contains(label)
            })
            .filter_map(|l| l.rsplit(' ').next()?.parse::<f64>().ok())
            .sum()
    }

    /// The value of one metric line, e.g. `percore_restarts_total`.
    pub fn metric(&self, prefix: &str) -> Option<f64> {
        let (_, body) = self.admin_get("/metrics");
        body.lines()
            .find(|l| l.starts_with(prefix))
            .and_then(|l| l.rsplit(' ').next()?.parse().ok())
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let status = self.child.wait();
        let _ = std::fs::remove_file(&self.config);
        // A failing test shows what the server said, and how it ended.
        if std::thread::panicking() {
            let log = self.log();
            let tail: Vec<&str> = log.lines().rev().take(40).collect();
            eprintln!(
                "--- server {} ({status:?}), last lines of its log:",
                self.child.id()
            );
            for line in tail.iter().rev() {
                eprintln!("{line}");
            }
        }
    }
}

/// One echo round trip on a fresh connection; an error says which step failed.
pub fn echo_once(addr: SocketAddr, msg: &[u8]) -> std::io::Result<Vec<u8>> {
    let step = |what: &'static str| {
        move |e: std::io::Error| std::io::Error::new(e.kind(), format!("{what}: {e}"))
    };
    let mut s =
        TcpStream::connect_timeout(&addr, Duration::from_secs(5)).map_err(step("connect"))?;
    s.set_read_timeout(Some(Duration::from_secs(5)))?;
    s.write_all(msg).map_err(step("send"))?;
    let mut got = vec![0u8; msg.len()];
    s.read_exact(&mut got).map_err(step("reply"))?;
    Ok(got)
}

/// A configuration for 2 workers on loopback with a 10 s shutdown timeout, with extra lines.
pub fn config(extra: &str) -> String {
    config_with_grace("10s", extra)
}

/// As [`config`], with the shutdown timeout given.
pub fn config_with_grace(grace: &str, extra: &str) -> String {
    format!(
        "workers = 2\npin = \"best-effort\"\nlisten = [\"127.0.0.1:0\"]\nshutdown_timeout = \"{grace}\"\n{extra}\n"
    )
}

/// Lines that enable the admin endpoint on a free loopback port.
pub const ADMIN: &str = "[admin]\nenabled = true\nlisten = \"127.0.0.1:0\"\n";

/// The resident memory of process `pid`, in KiB.
pub fn rss_kib(pid: u32) -> u64 {
    status_kib(pid, "VmRSS:")
}

/// The address space of process `pid` (what it reserved, touched or not), in KiB.
pub fn vm_size_kib(pid: u32) -> u64 {
    status_kib(pid, "VmSize:")
}

/// A figure of `/proc/PID/status` given in kB (`field` with its colon); 0 when unreadable.
fn status_kib(pid: u32, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix(field))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// Sends process `pid` a signal by name (`TERM`, `HUP`, ...) with kill(1).
pub fn signal_pid(pid: u32, name: &str) {
    let ok = Command::new("kill")
        .arg(format!("-{name}"))
        .arg(pid.to_string())
        .status()
        .unwrap()
        .success();
    assert!(ok, "kill -{name} {pid} failed");
}

/// The soft and hard open-file limits of process `pid`, from `/proc/PID/limits`.
pub fn open_files(pid: u32) -> (u64, u64) {
    let limits = std::fs::read_to_string(format!("/proc/{pid}/limits")).unwrap();
    let line = limits
        .lines()
        .find(|l| l.starts_with("Max open files"))
        .expect("/proc/PID/limits names the open-file limit");
    let numbers: Vec<u64> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

/// Number of open descriptors of process `pid`.
pub fn fd_count(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map_or(0, |d| d.count())
}

/// Checks a connection limit of 2 at an echo server on `addr`: two connections are served, a
/// third completes in the kernel's backlog but is not served, and is served once one of the
/// two closes.
pub fn check_limit_of_two(addr: SocketAddr) {
    let connect = || {
        let s = TcpStream::connect(addr).expect("connect");
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        s
    };
    let (mut a, mut b) = (connect(), connect());
    for (s, msg) in [(&mut a, b"a"), (&mut b, b"b")] {
        s.write_all(msg).unwrap();
        let mut got = [0u8; 1];
        s.read_exact(&mut got).unwrap();
        assert_eq!(&got, msg);
    }
    let mut c = connect();
    c.set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    c.write_all(b"c").unwrap();
    let mut got = [0u8; 1];
    assert!(c.read_exact(&mut got).is_err(), "served beyond the limit");
    drop(a);
    c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    c.read_exact(&mut got).unwrap();
    assert_eq!(&got, b"c");
}

/// Checks `config/NAME` against `binary`: it passes `--check-config`, shows every key of the
/// defaults (`--print-config`), each with its default value, and the optional keys commented
/// out.
pub fn check_example_config(binary: &std::path::Path, name: &str) {
    let run = |args: &[&str]| Command::new(binary).args(args).output().unwrap();
    let example = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../config")
        .join(name);
    let text = std::fs::read_to_string(&example).unwrap();
    let checked = run(&["--check-config", "-c", example.to_str().unwrap()]);
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
    let defaults = String::from_utf8(run(&["--print-config"]).stdout).unwrap();
    let shown: toml::Table = toml::from_str(&text).unwrap();
    let all: toml::Table = toml::from_str(&defaults).unwrap();
    for (section, value) in &all {
        match value {
            toml::Value::Table(keys) => {
                let in_file = shown.get(section).and_then(|v| v.as_table());
                for key in keys.keys() {
                    assert!(
                        in_file.is_some_and(|t| t.contains_key(key)),
                        "config/{name} does not show `{section}.{key}`"
                    );
                }
            }
            _ => assert!(
                shown.contains_key(section),
                "config/{name} does not show `{section}`"
            ),
        }
    }
    // Each with its default value, compared as the binary reads it ("4KiB" equals 4096).
    let from_file = run(&["--print-config", "-c", example.to_str().unwrap()]);
    assert_eq!(String::from_utf8(from_file.stdout).unwrap(), defaults);
    for optional in ["# cpus =", "# file =", "# [[core]]"] {
        assert!(text.contains(optional), "config/{name} lacks {optional}");
    }
}

/// Counts the wakes of the wakers made from it: for unit tests of futures and wake lists.
#[derive(Debug, Default)]
pub struct WakeCount(std::sync::atomic::AtomicUsize);

impl WakeCount {
    /// Wakes so far.
    pub fn get(&self) -> usize {
        self.0.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl std::task::Wake for WakeCount {
    fn wake(self: std::sync::Arc<Self>) {
        self.0.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// A waker that counts its wakes, and the count.
pub fn counting_waker() -> (std::sync::Arc<WakeCount>, std::task::Waker) {
    let count = std::sync::Arc::new(WakeCount::default());
    (count.clone(), std::task::Waker::from(count))
}

/// The size of the future (or any value) a two-argument function returns, without calling it:
/// for tests that keep a connection's task small.
pub fn returned_size<A, B, R, F: Fn(A, B) -> R>(_: F) -> usize {
    std::mem::size_of::<R>()
}
