//! percore-static's lifecycle under real signals: a graceful stop or a reload closes idle
//! kept-alive connections at once, finishes the responses under way, and loses no request.

mod common;

use std::io::{BufReader, ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use common::{Site, connect, read_response};

/// Size of the file the slow downloads fetch, and how fast they read it.
const BIG: usize = 16 << 20;
const RATE: usize = 4 << 20;

fn byte(i: usize) -> u8 {
    (i.wrapping_mul(7) ^ (i >> 11)) as u8
}

fn write_big(site: &Site) {
    let data: Vec<u8> = (0..BIG).map(byte).collect();
    std::fs::write(site.root().join("big.bin"), data).unwrap();
}

/// `n` connections that made one request each and now wait, kept alive.
fn idle_clients(addr: SocketAddr, n: usize) -> Vec<TcpStream> {
    (0..n)
        .map(|_| {
            let mut s = connect(addr);
            s.write_all(b"GET /1k.txt HTTP/1.1\r\nHost: t\r\n\r\n")
                .unwrap();
            let mut r = BufReader::new(s.try_clone().unwrap());
            let resp = read_response(&mut r, false).unwrap();
            assert_eq!(resp.status, 200);
            assert_ne!(resp.header("connection"), Some("close"));
            s
        })
        .collect()
}

/// Waits until every one of `clients` sees the server's end of stream; returns the latest
/// time one did. A reset (rather than a FIN) or a byte fails the test.
fn wait_for_eof(clients: &[TcpStream], limit: Duration) -> Instant {
    for c in clients {
        c.set_nonblocking(true).unwrap();
    }
    let mut open: Vec<&TcpStream> = clients.iter().collect();
    let mut last = Instant::now();
    let until = Instant::now() + limit;
    let mut buf = [0u8; 64];
    while !open.is_empty() {
        assert!(
            Instant::now() < until,
            "{} idle connections still open after {limit:?}",
            open.len()
        );
        open.retain(|&c| match (&mut { c }).read(&mut buf) {
            Ok(0) => {
                last = Instant::now();
                false
            }
            Ok(n) => panic!("an idle connection got {n} bytes"),
            Err(e) if e.kind() == ErrorKind::WouldBlock => true,
            Err(e) => panic!("an idle connection ended with {e}, not a clean close"),
        });
        std::thread::sleep(Duration::from_millis(1));
    }
    last
}

/// How a slow download ended.
#[derive(Debug)]
struct Download {
    /// When the last byte of the body arrived.
    done: Instant,
    /// The response's `Connection` field.
    connection: Option<String>,
}

/// Fetches `/big.bin` reading at about [`RATE`], checks every byte, then waits for the
/// server's close (a kept-alive response) and returns how it ended.
fn slow_download(addr: SocketAddr) -> JoinHandle<Download> {
    download_at(addr, RATE)
}

/// A download of `/big.bin` reading at `rate` bytes per second.
fn download_at(addr: SocketAddr, rate: usize) -> JoinHandle<Download> {
    std::thread::spawn(move || {
        let mut s = connect(addr);
        s.write_all(b"GET /big.bin HTTP/1.1\r\nHost: t\r\n\r\n")
            .unwrap();
        let mut r = BufReader::with_capacity(64 * 1024, s);
        let head = read_response(&mut r, true).unwrap();
        assert_eq!(head.status, 200);
        assert_eq!(
            head.header("content-length"),
            Some(BIG.to_string().as_str())
        );
        let start = Instant::now();
        let mut buf = vec![0u8; 64 * 1024];
        let mut at = 0;
        while at < BIG {
            let want = buf.len().min(BIG - at);
            let n = r.read(&mut buf[..want]).unwrap();
            assert!(n > 0, "the download ended at {at} of {BIG}");
            assert!(
                (0..n).all(|i| buf[i] == byte(at + i)),
                "wrong bytes after {at}"
            );
            at += n;
            let due = start + Duration::from_secs_f64(at as f64 / rate as f64);
            if let Some(wait) = due.checked_duration_since(Instant::now()) {
                std::thread::sleep(wait);
            }
        }
        let done = Instant::now();
        // Nothing follows the body: the server closes the connection, cleanly.
        r.get_ref()
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut rest = Vec::new();
        r.read_to_end(&mut rest)
            .expect("a clean close after the body, not a reset");
        assert!(rest.is_empty());
        Download {
            done,
            connection: head.header("connection").map(str::to_string),
        }
    })
}

#[test]
fn sigterm_closes_idle_connections_at_once_and_finishes_downloads() {
    let site = Site::new("drain-term");
    write_big(&site);
    std::fs::write(site.root().join("1k.txt"), "x".repeat(1024)).unwrap();
    let mut server = site.serve_with_grace("drain-term", "30s", "", "");
    let idle = idle_clients(server.addr, 500);
    let downloads: Vec<_> = (0..4).map(|_| slow_download(server.addr)).collect();
    // The downloads are under way; the idle clients have waited past drain_idle.
    std::thread::sleep(Duration::from_millis(500));
    let signalled = Instant::now();
    server.signal("TERM");
    let last_eof = wait_for_eof(&idle, Duration::from_secs(5));
    // The process's exit, seen while the downloads go on.
    let until = Instant::now() + Duration::from_secs(30);
    let (status, exited) = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break (status, Instant::now());
        }
        assert!(Instant::now() < until, "no exit within 30 s");
        std::thread::sleep(Duration::from_millis(1));
    };
    let done: Vec<Download> = downloads.into_iter().map(|d| d.join().unwrap()).collect();
    assert_eq!(status.code(), Some(0));
    let idle_closed = last_eof - signalled;
    let last_download = done.iter().map(|d| d.done).max().unwrap();
    // The process ends once its last send is in the kernel's socket buffer: the client may
    // still be reading when it does.
    let after = |a: Instant, b: Instant| {
        if a >= b {
            format!("{:?} after", a - b)
        } else {
            format!("{:?} before", b - a)
        }
    };
    println!(
        "500 idle connections closed {idle_closed:?} after SIGTERM; 4 downloads of 16 MiB \
         read to their end {:?} after it; exit {} the last byte was read ({:?})",
        last_download - signalled,
        after(exited, last_download),
        done.iter()
            .map(|d| d.connection.clone())
            .collect::<Vec<_>>()
    );
    assert!(
        idle_closed < Duration::from_millis(200),
        "idle connections closed after {idle_closed:?}"
    );
    assert!(
        last_download > signalled + Duration::from_secs(1),
        "the downloads were under way at the signal"
    );
    assert!(
        exited < last_download + Duration::from_secs(1),
        "exit {} the last download's end",
        after(exited, last_download)
    );
}

/// A client that sends requests one after another on a kept-alive connection and counts
/// failures: a response that says `Connection: close` is followed by a new connection, as
/// any HTTP client does; an error or a close without one is a failed request.
fn busy_client(addr: SocketAddr, stop: Arc<AtomicBool>) -> JoinHandle<(u64, Vec<String>)> {
    std::thread::spawn(move || {
        let (mut ok, mut failed) = (0u64, Vec::new());
        let mut conn: Option<BufReader<TcpStream>> = None;
        while !stop.load(Ordering::Relaxed) {
            let r = conn.get_or_insert_with(|| BufReader::new(connect(addr)));
            let sent = r
                .get_mut()
                .write_all(b"GET /1k.txt HTTP/1.1\r\nHost: t\r\n\r\n");
            match sent.and_then(|()| read_response(r, false)) {
                Ok(resp) if resp.status == 200 && resp.body.len() == 1024 => {
                    ok += 1;
                    if resp.header("connection") == Some("close") {
                        conn = None;
                    }
                }
                Ok(resp) => failed.push(format!("status {}", resp.status)),
                Err(e) => {
                    failed.push(format!("request {ok}: {e}"));
                    conn = None;
                }
            }
        }
        (ok, failed)
    })
}

#[test]
fn sighup_closes_the_old_generations_idle_connections_and_loses_no_request() {
    let site = Site::new("drain-hup");
    write_big(&site);
    std::fs::write(site.root().join("1k.txt"), "x".repeat(1024)).unwrap();
    let mut server = site.serve_with_grace("drain-hup", "30s", common::ADMIN, "");
    let addr = server.addr;
    let idle = idle_clients(addr, 100);
    let downloads: Vec<_> = (0..2).map(|_| slow_download(addr)).collect();
    let stop = Arc::new(AtomicBool::new(false));
    let busy: Vec<_> = (0..3).map(|_| busy_client(addr, stop.clone())).collect();
    std::thread::sleep(Duration::from_millis(500));
    let signalled = Instant::now();
    server.signal("HUP");
    let last_eof = wait_for_eof(&idle, Duration::from_secs(5));
    std::thread::sleep(Duration::from_millis(1000));
    // New connections are served (by the new generation).
    for _ in 0..20 {
        assert_eq!(common::get(addr, "/1k.txt", "").status, 200);
    }
    stop.store(true, Ordering::Relaxed);
    let mut requests = 0;
    for b in busy {
        let (ok, failed) = b.join().unwrap();
        assert!(failed.is_empty(), "failed requests: {failed:?}");
        requests += ok;
    }
    for d in downloads {
        d.join().unwrap();
    }
    let served_by_new = server.metric_sum_where("percore_requests_total", "generation=\"2\"");
    println!(
        "idle connections of generation 1 closed {:?} after SIGHUP; {requests} requests by \
         3 busy clients, none failed; generation 2 served {served_by_new}",
        last_eof - signalled
    );
    assert!(last_eof - signalled < Duration::from_secs(1));
    assert!(served_by_new >= 20.0, "generation 2 served {served_by_new}");
    server.signal("TERM");
    assert_eq!(server.wait(Duration::from_secs(30)).code(), Some(0));
}

#[test]
fn reloads_under_wrk_load_fail_no_request() {
    if Command::new("wrk").arg("--version").output().is_err() {
        panic!("wrk is needed (apt-get install wrk)");
    }
    let site = Site::new("reload");
    let mut server = site.serve("reload", common::ADMIN, "");
    let url = format!("http://{}/1k.txt", server.addr);
    let wrk = std::thread::spawn(move || {
        Command::new("wrk")
            .args(["-t1", "-c100", "-d5s", &url])
            .output()
            .unwrap()
    });
    std::thread::sleep(Duration::from_millis(300));
    for _ in 0..10 {
        server.signal("HUP");
        std::thread::sleep(Duration::from_millis(400));
    }
    let out = wrk.join().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    println!("{text}");
    assert!(out.status.success());
    assert!(
        !text.contains("Socket errors") && !text.contains("Non-2xx"),
        "{text}"
    );
    let newest = server.metric_sum_where("percore_requests_total", "generation=\"11\"");
    assert!(
        newest > 0.0,
        "the newest generation served requests: {text}"
    );
    server.signal("TERM");
    assert!(server.wait(Duration::from_secs(20)).success());
    let log = server.log();
    assert!(
        log.contains("generation 11"),
        "ten reloads took effect: {log}"
    );
}

#[test]
fn a_request_under_way_at_the_signal_is_answered_with_close_and_nothing_after_it() {
    let site = Site::new("drain-midway");
    std::fs::write(site.root().join("1k.txt"), "x".repeat(1024)).unwrap();
    let mut server = site.serve("drain-midway", "", "");
    let mut s = connect(server.addr);
    // Half a head before the signal; the rest, and a pipelined request, after it.
    s.write_all(b"GET /1k.txt HTTP/1.1\r\nHost: t\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    server.signal("TERM");
    std::thread::sleep(Duration::from_millis(200));
    s.write_all(b"\r\nGET /index.html HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    let mut r = BufReader::new(s);
    let resp = read_response(&mut r, false).unwrap();
    assert_eq!((resp.status, resp.body.len()), (200, 1024));
    assert_eq!(resp.header("connection"), Some("close"));
    let mut rest = Vec::new();
    r.read_to_end(&mut rest)
        .expect("a clean close after the response");
    assert!(
        rest.is_empty(),
        "the pipelined request was not begun: {:?}",
        String::from_utf8_lossy(&rest)
    );
    assert_eq!(server.wait(Duration::from_secs(10)).code(), Some(0));
}

/// CPU time (user and system) the process `pid` has used, in clock ticks.
fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let fields: Vec<&str> = stat
        .rsplit(')')
        .next()
        .unwrap()
        .split_whitespace()
        .collect();
    // utime and stime: fields 14 and 15 of stat, 12 and 13 after the command's parenthesis.
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[test]
fn a_slow_reader_under_drain_idle_0s_is_waited_for_without_spinning() {
    let site = Site::new("drain-zero");
    write_big(&site);
    let mut server =
        site.serve_with_grace("drain-zero", "30s", "[timeouts]\ndrain_idle = \"0s\"", "");
    // A download whose client reads slowly (8 s for 16 MiB): once the server has handed the
    // kernel the whole body (the socket buffers hold the last megabytes), the connection waits
    // for a request while its client is still receiving.
    let download = download_at(server.addr, RATE / 2);
    std::thread::sleep(Duration::from_millis(300));
    server.signal("TERM");
    std::thread::sleep(Duration::from_millis(6200));
    // Meanwhile the worker looks at that connection now and then; it does not spin on it.
    let before = cpu_ticks(server.pid());
    std::thread::sleep(Duration::from_millis(1000));
    let used = cpu_ticks(server.pid()) - before;
    assert!(
        used < 30,
        "{used} clock ticks of CPU in a second of waiting for a slow reader: a busy loop"
    );
    let done = download.join().unwrap();
    assert_eq!(server.wait(Duration::from_secs(10)).code(), Some(0));
    drop(done);
}
