//! percore-echo as its users run it: a real process, real sockets, real signals.

use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use percore_testkit::{ADMIN, Server, check_limit_of_two, config, echo_once, fd_count, rss_kib};

fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_percore-echo"))
}

fn start(name: &str, extra: &str) -> Server {
    Server::start(&binary(), name, &config(extra), &[])
}

fn client(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(20))).unwrap();
    s
}

fn pattern(seed: usize, i: usize) -> u8 {
    (i.wrapping_mul(131).wrapping_add(seed) ^ (i >> 9)) as u8
}

/// Sends `msg` and reads its echo.
fn round_trip(s: &mut TcpStream, msg: &[u8]) -> Vec<u8> {
    s.write_all(msg).unwrap();
    let mut got = vec![0u8; msg.len()];
    s.read_exact(&mut got).unwrap();
    got
}

/// Sends `len` bytes on one connection while reading the echo; true when every byte came back.
fn stream_through(addr: SocketAddr, seed: usize, len: usize) -> std::io::Result<bool> {
    stream_counted(addr, seed, len).map_err(|(_, e)| e)
}

/// As [`stream_through`]; an error comes with how many bytes had come back before it.
fn stream_counted(
    addr: SocketAddr,
    seed: usize,
    len: usize,
) -> Result<bool, (usize, std::io::Error)> {
    let mut s = TcpStream::connect(addr).map_err(|e| (0, e))?;
    s.set_read_timeout(Some(Duration::from_secs(20)))
        .map_err(|e| (0, e))?;
    let mut w = s.try_clone().map_err(|e| (0, e))?;
    let writer = std::thread::spawn(move || -> std::io::Result<()> {
        let data: Vec<u8> = (0..len).map(|i| pattern(seed, i)).collect();
        for part in data.chunks(32 * 1024) {
            w.write_all(part)?;
        }
        w.shutdown(Shutdown::Write)
    });
    let mut buf = vec![0u8; 64 * 1024];
    let mut at = 0;
    loop {
        let n = s.read(&mut buf).map_err(|e| (at, e))?;
        if n == 0 {
            break;
        }
        if buf[..n]
            .iter()
            .enumerate()
            .any(|(i, &b)| b != pattern(seed, at + i))
        {
            return Ok(false);
        }
        at += n;
    }
    writer.join().expect("writer").map_err(|e| (at, e))?;
    Ok(at == len)
}

#[test]
fn payloads_of_1_byte_to_4_mib_come_back_byte_for_byte() {
    let server = start("payloads", "");
    for (seed, len) in [1, 7, 64, 1500, 4096, 4097, 65_536, 1 << 20, 4 << 20]
        .into_iter()
        .enumerate()
    {
        assert!(
            stream_through(server.addr, seed, len).unwrap(),
            "{len} bytes"
        );
    }
}

#[test]
fn messages_that_outgrow_the_receive_buffers_move_to_the_large_ring_and_back_byte_for_byte() {
    // A second ring of one 64 KiB buffer: the connection that moves to it finds it empty at
    // every second buffer of a burst (the receive then waits for the buffer to come back),
    // which the ring-exhausted counter shows; the 4,096 small buffers never run out for one
    // connection. With 1 MiB in flight allowed the connection never pauses; with the default
    // 64 KiB the 200,000-byte messages pause it too, so that the move's cancel and the pause's
    // meet on the same receive.
    let message =
        |seed: usize, len: usize| -> Vec<u8> { (0..len).map(|i| pattern(seed, i)).collect() };
    for in_flight in ["1MiB", "64KiB"] {
        let server = start(
            "large-ring",
            &format!("[echo]\nmax_in_flight = \"{in_flight}\"\nlarge_buffer_count = 1\n{ADMIN}"),
        );
        let mut s = client(server.addr);
        // Large messages (the move up), small ones (the move back), then large ones again,
        // each sent whole and read back whole.
        let plan = [
            (65_536, 20),
            (100, 30),
            (1, 10),
            (200_000, 5),
            (16_384, 20),
            (48_000, 10),
        ];
        for (seed, &(len, count)) in plan.iter().enumerate() {
            for n in 0..count {
                let msg = message(seed * 100 + n, len);
                assert!(
                    round_trip(&mut s, &msg) == msg,
                    "{len}-byte message {n}, {in_flight} in flight"
                );
            }
        }
        let exhausted = server.metric_sum("percore_buf_ring_exhausted_total");
        assert!(
            exhausted >= 1.0,
            "the large ring was never used ({exhausted}, {in_flight} in flight)"
        );
    }
    // Off, or no larger than the small buffers: no second ring, and the same bytes back.
    for extra in ["large_buffer_size = 0", "large_buffer_size = \"16KiB\""] {
        let plain = start("large-ring-off", &format!("[echo]\n{extra}\n"));
        let mut s = client(plain.addr);
        let msg = message(7, 65_536);
        assert!(round_trip(&mut s, &msg) == msg, "{extra}");
    }
    let bad = run(&["--check-config", "--set", "echo.large_buffer_count=3"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&bad.stderr)
            .contains("echo.large_buffer_count: must be a power of two from 1 to 32768, not 3")
    );
    // A ring too large to map is refused before the workers start.
    let huge = run(&[
        "--check-config",
        "--set",
        "echo.large_buffer_size=\"1GiB\"",
        "--set",
        "echo.large_buffer_count=32768",
    ]);
    assert_eq!(huge.status.code(), Some(1));
    let err = String::from_utf8_lossy(&huge.stderr);
    assert!(
        err.contains("more than 16GiB of receive buffers per core"),
        "{err}"
    );
}

#[test]
fn a_thousand_concurrent_connections_over_two_workers() {
    let server = start("thousand", ADMIN);
    let addr = server.addr;
    let threads: Vec<_> = (0..10)
        .map(|t| {
            std::thread::spawn(move || {
                // 100 connections open at once per thread: 1,000 at once in all.
                let mut conns: Vec<_> = (0..100).map(|_| client(addr)).collect();
                for (i, c) in conns.iter_mut().enumerate() {
                    let msg = format!("thread {t} connection {i}");
                    c.write_all(msg.as_bytes()).unwrap();
                }
                for (i, c) in conns.iter_mut().enumerate() {
                    let msg = format!("thread {t} connection {i}");
                    let mut got = vec![0u8; msg.len()];
                    c.read_exact(&mut got).unwrap();
                    assert_eq!(got, msg.as_bytes());
                }
                conns
            })
        })
        .collect();
    let conns: Vec<_> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    assert_eq!(conns.len(), 1000);
    std::thread::sleep(Duration::from_millis(100));
    let (_, metrics) = server.admin_get("/metrics");
    let open: Vec<f64> = metrics
        .lines()
        .filter(|l| l.starts_with("percore_connections_open{"))
        .map(|l| l.rsplit(' ').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(open.len(), 2);
    assert_eq!(open.iter().sum::<f64>(), 1000.0);
    assert!(
        open.iter().all(|&n| n > 0.0),
        "both workers hold connections: {open:?}"
    );
}

#[test]
fn half_close_echoes_everything_then_closes() {
    let server = start("halfclose", "");
    let mut s = client(server.addr);
    let data: Vec<u8> = (0..300_000).map(|i| pattern(3, i)).collect();
    s.write_all(&data).unwrap();
    s.shutdown(Shutdown::Write).unwrap();
    let mut got = Vec::new();
    s.read_to_end(&mut got).unwrap();
    assert!(got == data, "{} of {} bytes", got.len(), data.len());
}

#[test]
fn a_reset_mid_stream_is_cleaned_up_with_nothing_leaked() {
    let server = start("reset", ADMIN);
    let pid = server.pid();
    // Warm up so that lazily created descriptors exist before the count.
    assert!(stream_through(server.addr, 1, 10_000).unwrap());
    std::thread::sleep(Duration::from_millis(100));
    let fds = fd_count(pid);
    for round in 0..20 {
        let s = client(server.addr);
        let mut w = s.try_clone().unwrap();
        w.write_all(&vec![round as u8; 200_000]).unwrap();
        // SO_LINGER 0: close sends a RST with data still in flight.
        let sock = socket_linger_zero(s);
        drop(sock);
        drop(w);
    }
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        server.metric("percore_connections_open{worker=\"0\""),
        Some(0.0)
    );
    assert_eq!(
        server.metric("percore_connections_open{worker=\"1\""),
        Some(0.0)
    );
    assert_eq!(fd_count(pid), fds, "descriptors leaked");
    assert!(
        stream_through(server.addr, 2, 100_000).unwrap(),
        "still serving"
    );
}

fn socket_linger_zero(s: TcpStream) -> TcpStream {
    // Closing with a zero linger time sends a reset instead of a FIN.
    socket2::SockRef::from(&s)
        .set_linger(Some(Duration::ZERO))
        .expect("SO_LINGER");
    s
}

#[test]
fn a_client_that_never_reads_cannot_make_the_server_buffer_without_bound() {
    // One worker, so that the hog and the other client share its core; 1,024 buffers of
    // 4 KiB and 16 large ones of 64 KiB: the receive memory the server can ever touch.
    let config = "workers = 1\npin = \"best-effort\"\nlisten = [\"127.0.0.1:0\"]\n\
                  [buffers]\ncount = 1024\nsize = \"4KiB\"\n[echo]\nmax_in_flight = \"256KiB\"\n\
                  large_buffer_count = 16\n";
    let server = Server::start(&binary(), "backpressure", config, &[]);
    let pid = server.pid();
    // Let the worker touch every buffer of its ring once (8 MiB cycles through the 4 MiB
    // ring twice), so the bound below covers what the hog adds.
    assert!(stream_through(server.addr, 9, 8 << 20).unwrap());
    let rss_before = rss_kib(pid);
    let written = Arc::new(AtomicU64::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let hog = {
        let (written, stop, addr) = (written.clone(), stop.clone(), server.addr);
        std::thread::spawn(move || {
            let mut s = TcpStream::connect(addr).unwrap();
            s.set_write_timeout(Some(Duration::from_millis(200)))
                .unwrap();
            let chunk = vec![0x5au8; 64 * 1024];
            while written.load(Ordering::Relaxed) < 64 << 20 && !stop.load(Ordering::Relaxed) {
                match s.write(&chunk) {
                    Ok(n) => {
                        written.fetch_add(n as u64, Ordering::Relaxed);
                    }
                    Err(e)
                        if e.kind() == ErrorKind::WouldBlock || e.kind() == ErrorKind::TimedOut => {
                    }
                    Err(e) => panic!("{e}"),
                }
            }
            s
        })
    };
    // Meanwhile another client of the same server is answered promptly.
    let mut other = client(server.addr);
    let mut worst = Duration::ZERO;
    let until = Instant::now() + Duration::from_secs(2);
    while Instant::now() < until {
        let start = Instant::now();
        other.write_all(b"ping").unwrap();
        let mut got = [0u8; 4];
        other.read_exact(&mut got).unwrap();
        worst = worst.max(start.elapsed());
        std::thread::sleep(Duration::from_millis(5));
    }
    stop.store(true, Ordering::Relaxed);
    let hog_conn = hog.join().unwrap();
    let total = written.load(Ordering::Relaxed);
    let growth = rss_kib(pid).saturating_sub(rss_before);
    println!(
        "the hog wrote {} KiB before being held back; RSS grew {growth} KiB; worst ping {worst:?}",
        total / 1024
    );
    assert!(
        total < 64 << 20,
        "the server kept receiving {total} bytes it could not send"
    );
    assert!(
        worst < Duration::from_millis(100),
        "another client waited {worst:?}"
    );
    // Bound: the bytes in flight (256 KiB) are buffer-ring leases, all within the small
    // buffers already touched or the large ring's 1 MiB (which the hog may be the first to
    // touch all of); what grows besides is bookkeeping (the connection's queue of leases), for
    // which 1 MiB is ample. Without backpressure it would grow by the hog's 64 MiB.
    assert!(growth < 2048, "RSS grew {growth} KiB");
    drop(hog_conn);
}

#[test]
fn clients_that_hold_every_buffer_stall_the_core_only_until_the_write_timeout() {
    // A ring of 64 buffers of 4 KiB, no second ring of large ones, and 64 KiB in flight per
    // connection: four clients that send without reading hold every buffer of the core.
    let config = format!(
        "workers = 1\npin = \"best-effort\"\nlisten = [\"127.0.0.1:0\"]\n\
         [buffers]\ncount = 64\nsize = \"4KiB\"\n[timeouts]\nwrite = \"1s\"\n\
         [echo]\nmax_in_flight = \"64KiB\"\nlarge_buffer_size = 0\n{ADMIN}"
    );
    let server = Server::start(&binary(), "exhaust", &config, &[]);
    let hogs: Vec<_> = (0..6)
        .map(|_| {
            let addr = server.addr;
            std::thread::spawn(move || {
                let mut s = TcpStream::connect(addr).unwrap();
                s.set_write_timeout(Some(Duration::from_millis(100)))
                    .unwrap();
                let chunk = vec![0xa5u8; 64 * 1024];
                let until = Instant::now() + Duration::from_secs(10);
                // Writes until the server closes the connection.
                while Instant::now() < until {
                    match s.write(&chunk) {
                        Ok(_) => {}
                        Err(e)
                            if e.kind() == ErrorKind::WouldBlock
                                || e.kind() == ErrorKind::TimedOut => {}
                        Err(_) => return true,
                    }
                }
                false
            })
        })
        .collect();
    // Wait until the hogs have the ring dry...
    let until = Instant::now() + Duration::from_secs(10);
    while server
        .metric("percore_buf_ring_exhausted_total")
        .unwrap_or(0.0)
        < 1.0
    {
        assert!(Instant::now() < until, "the hogs never emptied the ring");
        std::thread::sleep(Duration::from_millis(20));
    }
    // ...then another client is answered once the write timeout has closed them.
    let start = Instant::now();
    assert_eq!(
        echo_once(server.addr, b"still here").unwrap(),
        b"still here"
    );
    println!("answered after {:?}", start.elapsed());
    for hog in hogs {
        assert!(
            hog.join().unwrap(),
            "a client that never reads was never closed"
        );
    }
    assert!(server.metric("percore_timeouts_total").unwrap_or(0.0) >= 4.0);
}

#[test]
fn an_idle_connection_times_out_and_is_counted() {
    let server = start("idle", &format!("[timeouts]\nidle = \"300ms\"\n{ADMIN}"));
    let mut s = client(server.addr);
    assert_eq!(echo_once(server.addr, b"active").unwrap(), b"active");
    let start = Instant::now();
    let mut buf = [0u8; 1];
    assert_eq!(s.read(&mut buf).unwrap(), 0, "closed by the server");
    let waited = start.elapsed();
    assert!(
        waited >= Duration::from_millis(250) && waited < Duration::from_secs(3),
        "{waited:?}"
    );
    std::thread::sleep(Duration::from_millis(50));
    let timeouts: f64 = ["0", "1"]
        .iter()
        .filter_map(|w| server.metric(&format!("percore_timeouts_total{{worker=\"{w}\"")))
        .sum();
    assert!(timeouts >= 1.0);
}

#[test]
fn the_connection_limit_holds_newcomers_until_a_slot_frees() {
    let server = Server::start(
        &binary(),
        "limit",
        &format!(
            "workers = 1\npin = \"best-effort\"\nlisten = [\"127.0.0.1:0\"]\nmax_connections = 2\n{ADMIN}"
        ),
        &[],
    );
    check_limit_of_two(server.addr);
    assert!(
        server
            .metric("percore_connection_limit_hits_total")
            .unwrap_or(0.0)
            >= 1.0
    );
}

#[test]
fn sighup_and_sigterm_under_load_lose_no_byte_when_connections_are_waited_for() {
    let mut server = start("signals", "[echo]\ndrain = \"wait\"");
    let addr = server.addr;
    let stop = Arc::new(AtomicBool::new(false));
    let stopping = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = (0..4)
        .map(|t| {
            let (stop, stopping) = (stop.clone(), stopping.clone());
            std::thread::spawn(move || {
                let (mut done, mut broken) = (0, Vec::new());
                while !stop.load(Ordering::Relaxed) {
                    match stream_counted(addr, t * 1000 + done, 256 * 1024) {
                        Ok(true) => done += 1,
                        Ok(false) => broken.push(format!("stream {done} came back wrong")),
                        // Refused: the listeners closed after SIGTERM.
                        Err((_, e)) if e.kind() == ErrorKind::ConnectionRefused => break,
                        // Reset before any byte came back, once the server was told to stop:
                        // the kernel had queued the connection on a listener that closed
                        // after the worker's last accept, and resets it as it closes; the
                        // end, as a refusal is. A connection that was served is waited for
                        // and must come back whole; across the reloads the sockets stay
                        // open and nothing may be reset.
                        // (The writer may meet the reset first: a broken pipe.)
                        Err((0, e))
                            if matches!(
                                e.kind(),
                                ErrorKind::ConnectionReset | ErrorKind::BrokenPipe
                            ) && stopping.load(Ordering::SeqCst) =>
                        {
                            break;
                        }
                        Err((at, e)) => broken.push(format!(
                            "stream {done}: {e} ({:?}) after {at} bytes back{}",
                            e.kind(),
                            if stopping.load(Ordering::SeqCst) {
                                ", after SIGTERM"
                            } else {
                                ""
                            }
                        )),
                    }
                }
                (done, broken)
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    for _ in 0..3 {
        server.signal("HUP");
        std::thread::sleep(Duration::from_millis(300));
    }
    stopping.store(true, Ordering::SeqCst);
    server.signal("TERM");
    let status = server.wait(Duration::from_secs(30));
    stop.store(true, Ordering::Relaxed);
    for c in clients {
        let (done, broken) = c.join().unwrap();
        assert!(broken.is_empty(), "{broken:?}");
        assert!(done > 0, "every client had streams through");
    }
    assert_eq!(status.code(), Some(0));
}

/// Streams `len` bytes through one connection of a server that drains with
/// `echo.drain = "finish"`: the echo may end early, but only cleanly and with a byte-exact
/// prefix. Returns how many bytes came back, and whether that was all of them.
fn stream_until_drained(
    addr: SocketAddr,
    seed: usize,
    len: usize,
) -> Result<(usize, bool), String> {
    let mut s = TcpStream::connect(addr).map_err(|e| format!("connect: {e}"))?;
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    let mut w = s.try_clone().unwrap();
    // Cut short by the drain, the writer may find the connection gone: not a loss, so long
    // as the echo itself is whole up to where it stops.
    let writer = std::thread::spawn(move || {
        let data: Vec<u8> = (0..len).map(|i| pattern(seed, i)).collect();
        for part in data.chunks(32 * 1024) {
            if w.write_all(part).is_err() {
                return;
            }
        }
        let _ = w.shutdown(Shutdown::Write);
    });
    let mut buf = vec![0u8; 64 * 1024];
    let mut at = 0;
    loop {
        let n = s
            .read(&mut buf)
            .map_err(|e| format!("read after {at} bytes: {e}"))?;
        if n == 0 {
            break;
        }
        if (0..n).any(|i| buf[i] != pattern(seed, at + i)) {
            return Err(format!("wrong bytes after {at}"));
        }
        at += n;
    }
    writer.join().unwrap();
    Ok((at, at == len))
}

#[test]
fn reloads_under_load_with_drain_finish_cut_streams_only_cleanly() {
    let mut server = start("signals-finish", "");
    let addr = server.addr;
    let stop = Arc::new(AtomicBool::new(false));
    let stopping = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = (0..4)
        .map(|t| {
            let (stop, stopping) = (stop.clone(), stopping.clone());
            std::thread::spawn(move || {
                let (mut whole, mut cut, mut broken) = (0, 0, Vec::new());
                while !stop.load(Ordering::Relaxed) {
                    match stream_until_drained(addr, t * 1000 + whole + cut, 256 * 1024) {
                        Ok((_, true)) => whole += 1,
                        Ok((_, false)) => cut += 1,
                        Err(e) if e.contains("Connection refused") => break,
                        // Once the server is told to stop, a connection its closing listener
                        // had queued but not accepted is reset by the kernel (at the connect,
                        // or at the first read, before any byte came back): the end, as a
                        // refusal is. Across the reloads the sockets stay open and this
                        // must not happen.
                        Err(e)
                            if stopping.load(Ordering::SeqCst)
                                && (e.starts_with("connect:")
                                    || e.starts_with("read after 0 bytes")
                                        && e.contains("reset")) =>
                        {
                            break;
                        }
                        Err(e) => broken.push(format!(
                            "{e}{}",
                            if stopping.load(Ordering::SeqCst) {
                                " (after SIGTERM)"
                            } else {
                                ""
                            }
                        )),
                    }
                }
                (whole, cut, broken)
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    for _ in 0..3 {
        server.signal("HUP");
        std::thread::sleep(Duration::from_millis(300));
    }
    stopping.store(true, Ordering::SeqCst);
    server.signal("TERM");
    let status = server.wait(Duration::from_secs(30));
    stop.store(true, Ordering::Relaxed);
    let (mut whole, mut cut) = (0, 0);
    for c in clients {
        let (w, k, broken) = c.join().unwrap();
        assert!(broken.is_empty(), "{broken:?}");
        whole += w;
        cut += k;
    }
    println!("{whole} streams whole, {cut} cut short cleanly by a drain");
    assert!(whole > 0);
    assert_eq!(status.code(), Some(0));
}

/// A client whose receive buffer is small, so that what it sends and does not read yet stays
/// in the server's hands: received, not yet sent back.
fn slow_reader(addr: SocketAddr) -> TcpStream {
    let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    socket.set_recv_buffer_size(4096).unwrap();
    socket.connect(&addr.into()).unwrap();
    let s: TcpStream = socket.into();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s
}

/// Reads until end of stream; an error (a reset) is returned as such.
fn read_to_eof(s: &mut TcpStream) -> std::io::Result<Vec<u8>> {
    let mut got = Vec::new();
    s.read_to_end(&mut got)?;
    Ok(got)
}

#[test]
fn drain_finish_sends_back_what_was_received_then_closes() {
    let mut server = start("drain-finish", ADMIN);
    // A client that sends 16 MiB and reads nothing until the signal: the server's send
    // buffer fills, then it holds `max_in_flight` received and not sent back, and stops
    // receiving. Those bytes are in flight when the signal lands.
    let mut c = slow_reader(server.addr);
    let mut writer = c.try_clone().unwrap();
    let sender = std::thread::spawn(move || {
        let chunk: Vec<u8> = (0..64 * 1024).map(|i| pattern(9, i)).collect();
        let mut sent = 0usize;
        while sent < 16 << 20 && writer.write_all(&chunk).is_ok() {
            sent += chunk.len();
        }
        sent
    });
    let received = server.metric_settled(
        "percore_bytes_in_total",
        "the server never stopped receiving",
    ) as usize;
    let sent_back = server.metric_sum("percore_bytes_out_total") as usize;
    assert!(sent_back < received, "bytes are in flight at the signal");
    let signalled = Instant::now();
    server.signal("TERM");
    // Everything the server received comes back, then a clean end of stream (not a reset).
    let got = read_to_eof(&mut c).expect("a clean close, not a reset");
    assert_eq!(got.len(), received, "every received byte came back");
    assert!(
        got.iter()
            .enumerate()
            .all(|(i, &b)| b == pattern(9, i % (64 * 1024))),
        "byte for byte, in order"
    );
    let status = server.wait(Duration::from_secs(10));
    assert_eq!(status.code(), Some(0));
    println!(
        "{received} bytes received, {sent_back} sent back at the signal; all back and exited \
         {:?} after it",
        signalled.elapsed()
    );
    drop(c);
    sender.join().unwrap();
}

#[test]
fn drain_wait_serves_open_connections_until_the_clients_close() {
    let mut server = start("drain-wait", "[echo]\ndrain = \"wait\"");
    let mut c = client(server.addr);
    assert_eq!(round_trip(&mut c, b"before"), b"before");
    server.signal("TERM");
    std::thread::sleep(Duration::from_millis(300));
    // Still served after the signal, and still running.
    assert_eq!(round_trip(&mut c, b"after"), b"after");
    assert!(
        server.child.try_wait().unwrap().is_none(),
        "the process waits for its client"
    );
    drop(c);
    let status = server.wait(Duration::from_secs(10));
    assert_eq!(status.code(), Some(0));
}

#[test]
fn on_drain_a_fresh_connection_gets_drain_idle_for_its_first_bytes() {
    let mut server = start("drain-fresh", "[timeouts]\ndrain_idle = \"2s\"");
    // Connected long before the signal and silent: past drain_idle, closed at once.
    let mut silent = client(server.addr);
    std::thread::sleep(Duration::from_millis(2500));
    // Connected just before the signal: its first bytes, sent after it, still come back.
    let mut fresh = client(server.addr);
    std::thread::sleep(Duration::from_millis(100));
    server.signal("TERM");
    let signalled = Instant::now();
    assert!(read_to_eof(&mut silent).unwrap().is_empty());
    let silent_closed = signalled.elapsed();
    std::thread::sleep(Duration::from_millis(200));
    fresh.write_all(b"late but served").unwrap();
    assert_eq!(read_to_eof(&mut fresh).unwrap(), b"late but served");
    assert_eq!(server.wait(Duration::from_secs(10)).code(), Some(0));
    assert!(
        silent_closed < Duration::from_millis(1000),
        "the silent connection was closed at once, not after {silent_closed:?}"
    );
}

#[test]
fn a_reload_drains_the_old_generation_and_new_connections_go_on() {
    let mut server = start("drain-reload", "");
    let mut old = client(server.addr);
    assert_eq!(round_trip(&mut old, b"old"), b"old");
    server.signal("HUP");
    // The old generation's connection ends cleanly once it has sent back what it had.
    old.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let rest = read_to_eof(&mut old).expect("a clean close, not a reset");
    assert!(rest.is_empty());
    for i in 0..20u8 {
        assert_eq!(echo_once(server.addr, &[i; 16]).unwrap(), [i; 16]);
    }
    server.signal("TERM");
    assert_eq!(server.wait(Duration::from_secs(10)).code(), Some(0));
}

/// Runs the binary with `args` to completion.
fn run(args: &[&str]) -> std::process::Output {
    std::process::Command::new(binary())
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn command_line() {
    let v = run(&["--version"]);
    assert!(String::from_utf8_lossy(&v.stdout).starts_with("percore-echo "));
    let h = run(&["--help"]);
    let help = String::from_utf8_lossy(&h.stdout);
    assert!(
        help.contains("echo server") && help.contains("--check-config") && help.contains("--set")
    );
    let ok = run(&["--check-config"]);
    assert!(ok.status.success());
    assert!(String::from_utf8_lossy(&ok.stdout).contains("is valid"));
    let bad = run(&["--check-config", "--set", "echo.max_in_flight=0"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains("echo.max_in_flight: must be from 1 byte")
    );
    let printed = run(&["--print-config", "--set", "echo.max_in_flight=\"1MiB\""]);
    let text = String::from_utf8_lossy(&printed.stdout);
    let echo = text.split("[echo]\n").nth(1).expect("an [echo] section");
    assert!(echo.contains("max_in_flight = \"1MiB\""), "{text}");
    assert!(echo.contains("drain = \"finish\""), "{text}");
    let bad = run(&["--check-config", "--set", "echo.drain=\"linger\""]);
    assert_eq!(bad.status.code(), Some(1));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.contains("echo.drain") && err.contains("finish") && err.contains("wait"),
        "{err}"
    );
}

#[test]
fn the_example_config_shows_every_key_with_its_default() {
    percore_testkit::check_example_config(&binary(), "echo.toml");
}

#[test]
fn the_container_image_configuration_passes_check_config() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../deploy/container/echo.toml");
    let out = std::process::Command::new(binary())
        .args(["--check-config", "-c"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
