//! How long a graceful stop takes: idle kept-alive HTTP connections and slow downloads held
//! open, then a signal to the server, and the time until each idle connection sees the
//! server's end of stream, each download has its last byte, and the process is gone.

use std::io::{self, BufRead, BufReader, ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::Command;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use serde::Serialize;

/// What to hold open and which signal to send.
#[derive(Debug, Clone)]
pub struct DrainConfig {
    /// The server's address.
    pub addr: SocketAddr,
    /// The server's process id.
    pub pid: u32,
    /// Signal name for `kill` (`TERM`, `INT`).
    pub signal: String,
    /// Idle kept-alive connections, each after one request for `idle_path`.
    pub idle: usize,
    /// The path the idle connections request first.
    pub idle_path: String,
    /// Downloads of `download_path` under way at the signal.
    pub downloads: usize,
    /// The file the downloads fetch.
    pub download_path: String,
    /// Bytes per second each download reads at.
    pub rate: u64,
    /// Time between the last connection's set-up (and the downloads' start) and the signal.
    pub settle: Duration,
}

/// The figures of one run, in milliseconds from the signal.
#[derive(Debug, Clone, Serialize)]
pub struct DrainReport {
    /// Idle connections held.
    pub idle: usize,
    /// Downloads under way at the signal.
    pub downloads: usize,
    /// The last idle connection saw the server's end of stream.
    pub idle_closed_ms: f64,
    /// Idle connections that ended with a reset or an error instead of a clean close.
    pub idle_resets: usize,
    /// The last download had its last byte (none: no downloads).
    pub downloads_done_ms: Option<f64>,
    /// Downloads that ended short or with wrong bytes.
    pub downloads_failed: usize,
    /// The process was gone.
    pub exit_ms: f64,
}

/// A kept-alive connection after one answered request.
fn idle_connection(addr: SocketAddr, path: &str) -> io::Result<TcpStream> {
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(s, "GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n")?;
    let mut r = BufReader::new(s.try_clone()?);
    let len = read_head(&mut r)?;
    let mut body = vec![0u8; len];
    r.read_exact(&mut body)?;
    if !r.buffer().is_empty() {
        return Err(io::Error::other("more than one response"));
    }
    Ok(s)
}

/// Reads a response head; returns its `Content-Length`.
fn read_head(r: &mut impl BufRead) -> io::Result<usize> {
    let mut line = String::new();
    r.read_line(&mut line)?;
    if !line.starts_with("HTTP/1.1 200") {
        return Err(io::Error::other(format!("unexpected status line {line:?}")));
    }
    let mut len = 0;
    loop {
        line.clear();
        r.read_line(&mut line)?;
        let l = line.trim_end();
        if l.is_empty() {
            return Ok(len);
        }
        if let Some((k, v)) = l.split_once(':')
            && k.eq_ignore_ascii_case("content-length")
        {
            len = v.trim().parse().map_err(io::Error::other)?;
        }
    }
}

/// A download that reads at `rate`; returns when its last byte came, or why it failed.
fn download(addr: SocketAddr, path: String, rate: u64) -> JoinHandle<Result<Instant, String>> {
    std::thread::spawn(move || {
        let fail = |e: io::Error| e.to_string();
        let mut s = TcpStream::connect(addr).map_err(fail)?;
        s.set_read_timeout(Some(Duration::from_secs(30)))
            .map_err(fail)?;
        write!(s, "GET {path} HTTP/1.1\r\nHost: bench\r\n\r\n").map_err(fail)?;
        let mut r = BufReader::with_capacity(64 * 1024, s);
        let len = read_head(&mut r).map_err(fail)?;
        let start = Instant::now();
        let mut buf = vec![0u8; 64 * 1024];
        let mut at = 0;
        while at < len {
            let want = buf.len().min(len - at);
            let n = r.read(&mut buf[..want]).map_err(fail)?;
            if n == 0 {
                return Err(format!("ended at {at} of {len} bytes"));
            }
            at += n;
            let due = start + Duration::from_secs_f64(at as f64 / rate as f64);
            if let Some(wait) = due.checked_duration_since(Instant::now()) {
                std::thread::sleep(wait);
            }
        }
        Ok(Instant::now())
    })
}

fn alive(pid: u32) -> bool {
    // A zombie (exited, not reaped by its parent yet) counts as gone.
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|s| {
        s.rsplit(')')
            .next()
            .is_some_and(|rest| !rest.trim_start().starts_with('Z'))
    })
}

/// Runs one drain: opens the connections, starts the downloads, waits `settle`, signals, and
/// measures.
///
/// # Errors
///
/// A connection that cannot be set up, `kill` failing, or the server still running after 60 s.
pub fn run(cfg: &DrainConfig) -> Result<DrainReport, Box<dyn std::error::Error>> {
    let idle = (0..cfg.idle)
        .map(|_| idle_connection(cfg.addr, &cfg.idle_path))
        .collect::<io::Result<Vec<_>>>()
        .map_err(|e| format!("setting up the idle connections: {e}"))?;
    let downloads: Vec<_> = (0..cfg.downloads)
        .map(|_| download(cfg.addr, cfg.download_path.clone(), cfg.rate))
        .collect();
    std::thread::sleep(cfg.settle);
    for s in &idle {
        s.set_nonblocking(true)?;
    }
    let signalled = Instant::now();
    let ok = Command::new("kill")
        .arg(format!("-{}", cfg.signal))
        .arg(cfg.pid.to_string())
        .status()?
        .success();
    if !ok {
        return Err(format!("kill -{} {} failed", cfg.signal, cfg.pid).into());
    }
    let mut open: Vec<&TcpStream> = idle.iter().collect();
    let (mut idle_closed, mut idle_resets, mut exited) = (signalled, 0, None);
    let mut buf = [0u8; 64];
    let limit = signalled + Duration::from_secs(60);
    while !open.is_empty() || exited.is_none() {
        let now = Instant::now();
        if now > limit {
            return Err(format!(
                "after 60 s: {} idle connections open, server {}",
                open.len(),
                if exited.is_some() { "gone" } else { "running" }
            )
            .into());
        }
        open.retain(|&c| match (&mut { c }).read(&mut buf) {
            Err(e) if e.kind() == ErrorKind::WouldBlock => true,
            Ok(0) => {
                idle_closed = now;
                false
            }
            _ => {
                idle_resets += 1;
                idle_closed = now;
                false
            }
        });
        if exited.is_none() && !alive(cfg.pid) {
            exited = Some(now);
        }
        std::thread::sleep(Duration::from_micros(200));
    }
    let mut done = None::<Instant>;
    let mut downloads_failed = 0;
    for d in downloads {
        match d.join() {
            Ok(Ok(at)) => done = Some(done.map_or(at, |d| d.max(at))),
            _ => downloads_failed += 1,
        }
    }
    let ms = |t: Instant| (t - signalled).as_secs_f64() * 1e3;
    Ok(DrainReport {
        idle: cfg.idle,
        downloads: cfg.downloads,
        idle_closed_ms: ms(idle_closed),
        idle_resets,
        downloads_done_ms: done.map(ms),
        downloads_failed,
        exit_ms: ms(exited.expect("the loop ends once the server is gone")),
    })
}
