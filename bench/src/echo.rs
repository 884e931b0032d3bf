//! The echo load generator: many connections, each sending messages and verifying every echoed
//! byte, with latency recorded per round trip.
//!
//! A message is a window into a per-connection random template, at an offset that depends on
//! its sequence number: an echo that is wrong, reordered, duplicated or shifted fails the
//! comparison, and checking costs a `memcmp`, not a byte loop.

use std::cell::{Cell, RefCell};
use std::io;
use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use percore_proactor::net::TcpStream;
use percore_proactor::{Proactor, spawn, time};
use serde::Serialize;

use crate::cpu::CpuClock;
use crate::tls_client::TlsClient;

/// Distinct offsets into the template (a prime, so consecutive messages never share one).
const OFFSETS: usize = 251;

/// What to run.
#[derive(Debug, Clone)]
pub struct EchoConfig {
    /// Server address.
    pub addr: SocketAddr,
    /// Connections in total (spread over `threads`).
    pub connections: usize,
    /// Messages in flight per connection (pipelining depth).
    pub depth: usize,
    /// Message size in bytes.
    pub size: usize,
    /// Measured window.
    pub duration: Duration,
    /// Unmeasured run before the window.
    pub warmup: Duration,
    /// Client threads, one proactor each.
    pub threads: usize,
    /// Print a progress line each second.
    pub progress: bool,
    /// A server process whose CPU time to measure over the window.
    pub server_pid: Option<u32>,
    /// Count the server's syscalls over the whole run (needs `server_pid`): with `perf stat`,
    /// or `strace -c -f` where perf is missing. The run's speed then means nothing; its count
    /// per round trip does.
    pub strace: bool,
    /// Speak TLS 1.3 (rustls, any certificate accepted).
    pub tls: bool,
}

/// Figures of one run.
#[derive(Debug, Clone, Serialize)]
pub struct EchoReport {
    /// Connections that took part.
    pub connections: usize,
    /// Pipelining depth.
    pub depth: usize,
    /// Message size in bytes.
    pub size: usize,
    /// Client threads.
    pub threads: usize,
    /// Length of the measured window in seconds.
    pub seconds: f64,
    /// Round trips completed in the window.
    pub round_trips: u64,
    /// Round trips per second.
    pub round_trips_per_sec: f64,
    /// Echoed bytes received per second.
    pub bytes_per_sec: f64,
    /// Latency percentiles in microseconds.
    pub p50_us: f64,
    /// 99th percentile, microseconds.
    pub p99_us: f64,
    /// 99.9th percentile, microseconds.
    pub p999_us: f64,
    /// Largest latency, microseconds.
    pub max_us: f64,
    /// Echoed messages whose bytes differed from what was sent.
    pub mismatches: u64,
    /// Connections that failed (connect, reset, early end of stream).
    pub errors: u64,
    /// Connections that did not fail and yet completed no round trip in the window: never
    /// connected, or waiting for an echo that did not come (a server that loses bytes).
    pub stalled: u64,
    /// The load generator's own CPU use over the window, in percent of one core.
    pub client_cpu_percent: f64,
    /// The server's CPU time per round trip over the window, in microseconds (with
    /// `server_pid`).
    pub server_cpu_us_per_rt: Option<f64>,
    /// The server's CPU use over the window, in percent of one core (with `server_pid`).
    pub server_cpu_percent: Option<f64>,
    /// Round trips of the whole run, warm-up included.
    pub round_trips_all: u64,
    /// Syscalls of the server over the whole run (when counted).
    pub syscalls: Option<u64>,
    /// Server syscalls per round trip over the whole run (when counted): set-up and
    /// teardown included, so a slight overcount.
    pub syscalls_per_rt: Option<f64>,
    /// What counted them: `perf stat`, or `strace` where perf is missing.
    pub syscall_tool: Option<&'static str>,
}

struct Shared {
    measuring: Cell<bool>,
    stop: Cell<bool>,
    round_trips: Cell<u64>,
    round_trips_all: Cell<u64>,
    bytes: Cell<u64>,
    mismatches: Cell<u64>,
    errors: Cell<u64>,
    connected: Cell<usize>,
    /// Connections that completed a round trip in the window.
    active: Cell<usize>,
    /// Connections that failed before they completed one.
    errors_inactive: Cell<u64>,
    hist: RefCell<Histogram<u64>>,
}

fn add(cell: &Cell<u64>, n: u64) {
    cell.set(cell.get() + n);
}

/// A connection's template: `size + OFFSETS` pseudo-random bytes.
fn template(conn: u64, size: usize) -> Vec<u8> {
    let mut x = conn.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..size + OFFSETS)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

fn message(template: &[u8], seq: u64, size: usize) -> &[u8] {
    let off = (seq % OFFSETS as u64) as usize;
    &template[off..off + size]
}

/// Sends `out` as it is, or encrypted; gives it back.
async fn send(
    stream: &TcpStream,
    tls: &mut Option<TlsClient>,
    out: Vec<u8>,
) -> io::Result<Vec<u8>> {
    match tls {
        None => {
            let (res, out) = stream.send_all(out).await;
            res.map(|()| out)
        }
        Some(tls) => tls.send(stream, &out).await.map(|()| out),
    }
}

/// Receives into `inbuf` (replacing its bytes): what arrived, or what it decrypted to
/// (possibly nothing). `Ok(false)` at the end of the stream.
async fn recv(
    stream: &TcpStream,
    tls: &mut Option<TlsClient>,
    inbuf: &mut Vec<u8>,
) -> io::Result<bool> {
    match tls {
        None => {
            let (res, buf) = stream.recv(std::mem::take(inbuf)).await;
            *inbuf = buf;
            Ok(res? > 0)
        }
        Some(tls) => {
            inbuf.clear();
            match tls.recv_into(stream, inbuf).await {
                Ok(()) => Ok(true),
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => Ok(false),
                Err(e) => Err(e),
            }
        }
    }
}

async fn connection(
    id: u64,
    cfg: Rc<EchoConfig>,
    shared: Rc<Shared>,
    tls_config: Option<Arc<rustls::ClientConfig>>,
    active: &Cell<bool>,
) -> io::Result<()> {
    let (depth, size) = (cfg.depth, cfg.size);
    let stream = TcpStream::connect(cfg.addr).await?;
    stream.set_nodelay(true)?;
    let mut tls = match tls_config {
        Some(config) => Some(TlsClient::connect(&stream, cfg.addr, config).await?),
        None => None,
    };
    shared.connected.set(shared.connected.get() + 1);
    let template = template(id, size);
    let mut sent_at = vec![Instant::now(); depth];
    let (mut send_seq, mut recv_seq, mut recv_off) = (0u64, 0u64, 0usize);
    let mut message_ok = true;

    let mut out = Vec::with_capacity(depth * size);
    for _ in 0..depth {
        out.extend_from_slice(message(&template, send_seq, size));
        sent_at[(send_seq % depth as u64) as usize] = Instant::now();
        send_seq += 1;
    }
    let mut out = send(&stream, &mut tls, out).await?;
    let mut inbuf = Vec::with_capacity((depth * size).clamp(4096, 256 * 1024));
    while !shared.stop.get() {
        if !recv(&stream, &mut tls, &mut inbuf).await? {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        if shared.stop.get() {
            break;
        }
        let now = Instant::now();
        let mut completed = 0;
        let mut rest = &inbuf[..];
        while !rest.is_empty() {
            let take = rest.len().min(size - recv_off);
            let expect = &message(&template, recv_seq, size)[recv_off..recv_off + take];
            message_ok &= rest[..take] == *expect;
            rest = &rest[take..];
            recv_off += take;
            if recv_off == size {
                if !message_ok {
                    add(&shared.mismatches, 1);
                    if shared.mismatches.get() <= 5 {
                        eprintln!("mismatch: connection {id}, message {recv_seq}");
                    }
                }
                if shared.measuring.get() {
                    // Counted in `shared.active` once it completes a round trip in the window.
                    if !active.replace(true) {
                        shared.active.set(shared.active.get() + 1);
                    }
                    let rtt = now - sent_at[(recv_seq % depth as u64) as usize];
                    let _ = shared.hist.borrow_mut().record(rtt.as_nanos() as u64);
                    add(&shared.round_trips, 1);
                    add(&shared.bytes, size as u64);
                }
                add(&shared.round_trips_all, 1);
                recv_seq += 1;
                recv_off = 0;
                message_ok = true;
                completed += 1;
            }
        }
        if completed > 0 {
            out.clear();
            for _ in 0..completed {
                out.extend_from_slice(message(&template, send_seq, size));
                sent_at[(send_seq % depth as u64) as usize] = now;
                send_seq += 1;
            }
            out = send(&stream, &mut tls, out).await?;
        }
    }
    Ok(())
}

struct ThreadResult {
    server_cpu: Option<(std::time::Duration, f64)>,
    round_trips: u64,
    round_trips_all: u64,
    bytes: u64,
    mismatches: u64,
    errors: u64,
    stalled: u64,
    hist: Histogram<u64>,
    seconds: f64,
    cpu_percent: f64,
}

/// Where the client threads meet, so that they measure one window: each counts itself in and
/// waits (serving its connections meanwhile) until all have, or a minute has passed (a thread
/// that failed to start never comes).
#[derive(Debug, Default)]
struct Meet {
    ready: AtomicUsize,
    finished: AtomicUsize,
    /// A thread failed before it came: nobody waits for it.
    abandoned: AtomicBool,
}

impl Meet {
    async fn all(&self, count: &AtomicUsize, threads: usize) {
        count.fetch_add(1, Ordering::SeqCst);
        let deadline = Instant::now() + Duration::from_secs(60);
        while count.load(Ordering::SeqCst) < threads
            && !self.abandoned.load(Ordering::SeqCst)
            && Instant::now() < deadline
        {
            time::sleep(Duration::from_millis(1)).await;
        }
    }
}

fn run_thread(
    cfg: EchoConfig,
    first_id: u64,
    connections: usize,
    lead: bool,
    meet: Arc<Meet>,
) -> io::Result<ThreadResult> {
    let threads = cfg.threads.clamp(1, cfg.connections.max(1));
    let proactor = match Proactor::builder().build() {
        Ok(proactor) => proactor,
        Err(e) => {
            meet.abandoned.store(true, Ordering::SeqCst);
            return Err(e.into());
        }
    };
    let cfg = Rc::new(cfg);
    proactor.block_on(async move {
        let shared = Rc::new(Shared {
            measuring: Cell::new(false),
            stop: Cell::new(false),
            round_trips: Cell::new(0),
            round_trips_all: Cell::new(0),
            bytes: Cell::new(0),
            mismatches: Cell::new(0),
            errors: Cell::new(0),
            connected: Cell::new(0),
            active: Cell::new(0),
            errors_inactive: Cell::new(0),
            hist: RefCell::new(Histogram::new_with_bounds(1, 60_000_000_000, 3).expect("bounds")),
        });
        let tls_config = cfg.tls.then(crate::tls_client::client_config);
        let tasks: Vec<_> = (0..connections)
            .map(|i| {
                let (cfg, shared, tls) = (cfg.clone(), shared.clone(), tls_config.clone());
                spawn(async move {
                    let active = Cell::new(false);
                    let id = first_id + i as u64;
                    if let Err(e) = connection(id, cfg, shared.clone(), tls, &active).await
                        && !shared.stop.get()
                    {
                        add(&shared.errors, 1);
                        if !active.get() {
                            add(&shared.errors_inactive, 1);
                        }
                        if shared.errors.get() <= 5 {
                            eprintln!("connection {id}: {e}");
                        }
                    }
                })
            })
            .collect();
        // Wait for the connections (bounded), then warm up, then measure.
        let connect_deadline = Instant::now() + Duration::from_secs(30);
        while shared.connected.get() + (shared.errors.get() as usize) < connections
            && Instant::now() < connect_deadline
        {
            time::sleep(Duration::from_millis(10)).await;
        }
        time::sleep(cfg.warmup).await;
        // Every thread's window starts (and the server's CPU clock with the lead's) together.
        meet.all(&meet.ready, threads).await;
        let cpu = CpuClock::start();
        let server = cfg
            .server_pid
            .filter(|_| lead)
            .map(|p| CpuClock::start_for(Some(p)));
        let start = Instant::now();
        shared.measuring.set(true);
        let end = start + cfg.duration;
        let mut last = (start, 0u64);
        while Instant::now() < end {
            let tick = (Instant::now() + Duration::from_secs(1)).min(end);
            time::sleep_until(tick).await;
            if lead && cfg.progress {
                let now = Instant::now();
                let n = shared.round_trips.get();
                let rate = (n - last.1) as f64 / (now - last.0).as_secs_f64();
                eprintln!(
                    "[{:>5.1}s] {:>12} round trips/s (this thread)",
                    (now - start).as_secs_f64(),
                    crate::thousands(rate)
                );
                last = (now, n);
            }
        }
        shared.measuring.set(false);
        // A connection that failed is an error, counted once: as stalled only if it neither
        // failed nor completed a round trip.
        let stalled = connections
            .saturating_sub(shared.active.get())
            .saturating_sub(shared.errors_inactive.get() as usize) as u64;
        if stalled > 0 {
            eprintln!(
                "{stalled} of {connections} connections completed no round trip in the window"
            );
        }
        let seconds = start.elapsed().as_secs_f64();
        let cpu_percent = cpu.elapsed_cpu().map(|t| cpu.percent_of_one_core(t));
        let server_cpu = server
            .map(|s| s.elapsed_cpu().map(|t| (t, s.percent_of_one_core(t))))
            .transpose();
        // Nobody's connections stop while another thread still measures; a CPU figure that
        // cannot be had fails the run after that meeting, not before (the others would wait
        // for this thread).
        meet.all(&meet.finished, threads).await;
        let (cpu_percent, server_cpu) = (cpu_percent?, server_cpu?);
        shared.stop.set(true);
        for t in tasks {
            t.abort();
            let _ = t.await;
        }
        let hist = shared.hist.borrow().clone();
        Ok(ThreadResult {
            server_cpu,
            round_trips: shared.round_trips.get(),
            round_trips_all: shared.round_trips_all.get(),
            bytes: shared.bytes.get(),
            mismatches: shared.mismatches.get(),
            stalled,
            errors: shared.errors.get(),
            hist,
            seconds,
            cpu_percent,
        })
    })
}

/// Runs the load and merges the threads' figures.
///
/// # Errors
///
/// A client proactor that cannot be set up; connection failures are counted, not returned.
pub fn run(cfg: &EchoConfig) -> io::Result<EchoReport> {
    let strace = match (cfg.strace, cfg.server_pid) {
        (false, _) => None,
        (true, Some(pid)) => Some(crate::syscalls::Counter::attach(pid)?),
        (true, None) => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "counting syscalls needs the server's pid",
            ));
        }
    };
    let threads = cfg.threads.clamp(1, cfg.connections.max(1));
    let per = cfg.connections / threads;
    let extra = cfg.connections % threads;
    let mut handles = Vec::new();
    let mut first = 0u64;
    let meet = Arc::new(Meet::default());
    for t in 0..threads {
        let n = per + usize::from(t < extra);
        let (c, meet) = (cfg.clone(), meet.clone());
        handles.push(std::thread::spawn(move || {
            run_thread(c, first, n, t == 0, meet)
        }));
        first += n as u64;
    }
    let mut hist = Histogram::<u64>::new_with_bounds(1, 60_000_000_000, 3).expect("bounds");
    let (mut round_trips, mut round_trips_all, mut bytes) = (0, 0, 0);
    let (mut mismatches, mut errors, mut stalled) = (0, 0, 0);
    let (mut seconds, mut cpu) = (0f64, 0f64);
    let mut server_cpu = None;
    for (t, h) in handles.into_iter().enumerate() {
        let r = h
            .join()
            .map_err(|_| io::Error::other("a client thread panicked"))??;
        round_trips += r.round_trips;
        round_trips_all += r.round_trips_all;
        bytes += r.bytes;
        mismatches += r.mismatches;
        errors += r.errors;
        stalled += r.stalled;
        seconds = seconds.max(r.seconds);
        // Each thread reads the whole process's CPU time over the same window: the lead's
        // reading is the client's (a sum would count it once per thread).
        if t == 0 {
            cpu = r.cpu_percent;
        }
        server_cpu = server_cpu.or(r.server_cpu);
        hist.add(&r.hist)
            .map_err(|e| io::Error::other(e.to_string()))?;
    }
    let syscall_tool = strace.as_ref().map(crate::syscalls::Counter::tool);
    let syscalls = strace.map(crate::syscalls::Counter::finish).transpose()?;
    let us = |q: f64| hist.value_at_quantile(q) as f64 / 1000.0;
    Ok(EchoReport {
        connections: cfg.connections,
        depth: cfg.depth,
        size: cfg.size,
        threads,
        seconds,
        round_trips,
        round_trips_per_sec: round_trips as f64 / seconds,
        bytes_per_sec: bytes as f64 / seconds,
        p50_us: us(0.5),
        p99_us: us(0.99),
        p999_us: us(0.999),
        max_us: hist.max() as f64 / 1000.0,
        mismatches,
        errors,
        stalled,
        client_cpu_percent: cpu,
        server_cpu_us_per_rt: server_cpu
            .map(|(t, _)| t.as_secs_f64() * 1e6 / round_trips.max(1) as f64),
        server_cpu_percent: server_cpu.map(|(_, p)| p),
        round_trips_all,
        syscalls,
        syscalls_per_rt: syscalls.map(|n| n as f64 / round_trips_all.max(1) as f64),
        syscall_tool,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn consecutive_messages_differ() {
        let t = template(3, 64);
        for seq in 0..1000u64 {
            assert_ne!(message(&t, seq, 64), message(&t, seq + 1, 64));
        }
        assert_ne!(template(1, 64), template(2, 64));
    }
}
