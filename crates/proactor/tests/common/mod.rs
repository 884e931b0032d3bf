//! Helpers shared by the integration tests: a proactor per test, an echo server on its own
//! thread, fd counting, bounded waits.

#![allow(dead_code, unreachable_pub)]

use std::cell::Cell;
use std::future::Future;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream as StdStream};
use std::pin::Pin;
use std::rc::Rc;
use std::sync::mpsc;
use std::task::{Context, Poll};
use std::thread;
use std::time::Duration;

use percore_proactor::net::{TcpListener, TcpStream};
use percore_proactor::{
    BufRing, IoBuf, IoBufMut, Proactor, RemoteWaker, RingStats, remote_waker, spawn, time,
};

/// Every test's proactor work is bounded by this.
pub const TEST_LIMIT: Duration = Duration::from_secs(60);

/// Runs `future` on a fresh proactor, failing the test if it takes longer than [`TEST_LIMIT`].
pub fn run<F: Future>(future: F) -> F::Output {
    let proactor = Proactor::builder().build().expect("proactor set-up");
    proactor.block_on(async {
        time::timeout(TEST_LIMIT, future)
            .await
            .expect("test exceeded its time limit")
    })
}

/// Number of open descriptors of this process.
pub fn fd_count() -> usize {
    std::fs::read_dir("/proc/self/fd")
        .expect("read /proc/self/fd")
        .count()
}

/// Whether the running kernel is `major.minor` or later.
pub fn kernel_at_least(major: u32, minor: u32) -> bool {
    let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap();
    let mut parts = release
        .split(|c: char| !c.is_ascii_digit())
        .map(|p| p.parse::<u32>().unwrap_or(0));
    (parts.next().unwrap_or(0), parts.next().unwrap_or(0)) >= (major, minor)
}

/// Whether this run must not skip kernel features (CI sets `CI=true`).
pub fn strict() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// How the echo server receives.
#[derive(Clone, Copy, Debug)]
pub enum RecvMode {
    /// One multishot receive per connection.
    Multi,
    /// A single-shot receive from the ring per message.
    Single,
}

/// An echo server on its own thread and proactor.
pub struct EchoServer {
    pub addr: SocketAddr,
    stop: RemoteWaker,
    thread: Option<thread::JoinHandle<RingStats>>,
}

/// With `hold_first`, a connection keeps its first lease until the ring has run dry (or 10 s
/// pass), so exhaustion happens by construction rather than by the scheduler's timing.
async fn echo_conn(stream: TcpStream, ring: BufRing, mode: RecvMode, hold_first: bool) {
    let mut hold = hold_first;
    let mut held = |ring: &BufRing| {
        let first = std::mem::take(&mut hold);
        let ring = ring.clone();
        async move {
            let deadline = std::time::Instant::now() + Duration::from_secs(10);
            while first && ring.exhausted() == 0 && std::time::Instant::now() < deadline {
                time::sleep(Duration::from_millis(1)).await;
            }
        }
    };
    match mode {
        RecvMode::Multi => {
            let mut incoming = stream.recv_multi(&ring);
            while let Some(Ok(buf)) = incoming.next().await {
                held(&ring).await;
                if stream.send_all(buf).await.0.is_err() {
                    return;
                }
            }
        }
        RecvMode::Single => {
            while let Ok(Some(buf)) = stream.recv_ring(&ring).await {
                held(&ring).await;
                if stream.send_all(buf).await.0.is_err() {
                    return;
                }
            }
        }
    }
}

impl EchoServer {
    /// Starts an echo server with a buffer ring of `entries` x `buf_size`.
    pub fn start(entries: u32, buf_size: u32, mode: RecvMode) -> EchoServer {
        Self::start_inner(entries, buf_size, mode, false)
    }

    /// Like [`EchoServer::start`], but every connection holds its first lease until the ring
    /// has run dry once: a test of exhaustion that does not depend on timing.
    pub fn start_exhausting(entries: u32, buf_size: u32, mode: RecvMode) -> EchoServer {
        Self::start_inner(entries, buf_size, mode, true)
    }

    fn start_inner(entries: u32, buf_size: u32, mode: RecvMode, hold_first: bool) -> EchoServer {
        let (tx, rx) = mpsc::channel();
        let thread = thread::spawn(move || {
            let proactor = Proactor::builder().build().expect("server proactor");
            proactor.block_on(async move {
                let ring = BufRing::builder()
                    .entries(entries)
                    .buf_size(buf_size)
                    .build()
                    .expect("buffer ring");
                let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
                let (waker, stop) = remote_waker();
                tx.send((listener.local_addr().unwrap(), waker)).unwrap();
                let accept = spawn(async move {
                    let mut incoming = listener.accept_multi();
                    while let Some(conn) = incoming.next().await {
                        let stream = conn.expect("accept");
                        spawn(echo_conn(stream, ring.clone(), mode, hold_first));
                    }
                });
                stop.notified().await;
                accept.abort();
            });
            proactor.stats()
        });
        let (addr, stop) = rx.recv().expect("server started");
        EchoServer {
            addr,
            stop,
            thread: Some(thread),
        }
    }

    /// Stops the server and returns its proactor's counters.
    pub fn stop(mut self) -> RingStats {
        self.stop.wake();
        self.thread
            .take()
            .unwrap()
            .join()
            .expect("server thread panicked")
    }
}

impl Drop for EchoServer {
    fn drop(&mut self) {
        if let Some(t) = self.thread.take() {
            self.stop.wake();
            let _ = t.join();
        }
    }
}

/// A blocking client connection with generous timeouts (so a hung test fails, not hangs).
pub fn client(addr: SocketAddr) -> StdStream {
    let s = StdStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(20))).unwrap();
    s.set_nodelay(true).unwrap();
    s
}

/// Threads of this process (io_uring's worker threads among them).
pub fn threads() -> usize {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("Threads:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("Threads: line")
}

/// Fails unless `clients` stalled transfers took fewer threads than one per two of them
/// since `before` ([`threads`]): none of them waits in one of io_uring's worker threads.
pub fn assert_no_thread_each(before: usize, clients: usize, what: &str) {
    let during = threads();
    assert!(
        during < before + clients / 2,
        "{clients} {what}: {before} threads before, {during} during"
    );
}

/// A deterministic payload of `len` bytes, different per `seed`.
pub fn payload(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

/// Sends `data` from one thread while reading the echo on this one; returns what came back.
pub fn echo_blocking(addr: SocketAddr, data: &[u8]) -> Vec<u8> {
    let mut s = client(addr);
    let mut writer = s.try_clone().unwrap();
    let owned = data.to_vec();
    let t = thread::spawn(move || writer.write_all(&owned).expect("write"));
    let mut got = vec![0u8; data.len()];
    s.read_exact(&mut got).expect("read echo");
    t.join().unwrap();
    got
}

/// A connected pair on loopback: `(client, server)`.
pub async fn connected_pair() -> (TcpStream, TcpStream) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let client = TcpStream::connect(listener.local_addr().unwrap())
        .await
        .expect("connect");
    let (server, _) = listener.accept().await.expect("accept");
    (client, server)
}

/// A directory under the system's temporary directory, removed on drop.
pub struct TempDir(pub std::path::PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("percore-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Panics when dropped: the part of a buffer whose drop misbehaves.
pub struct PanicsOnDrop;

impl Drop for PanicsOnDrop {
    fn drop(&mut self) {
        panic!("a buffer whose drop panics");
    }
}

/// A receive buffer that carries `T` alongside its bytes and drops it with itself.
pub struct WithData<T> {
    data: Vec<u8>,
    extra: T,
}

impl<T> WithData<T> {
    /// 64 bytes of room, carrying `extra`.
    pub fn carrying(extra: T) -> WithData<T> {
        WithData {
            data: Vec::with_capacity(64),
            extra,
        }
    }
}

// SAFETY: delegates to the inner Vec, whose heap memory does not move with the struct.
unsafe impl<T: 'static> IoBuf for WithData<T> {
    fn stable_ptr(&self) -> *const u8 {
        self.data.stable_ptr()
    }
    fn bytes_init(&self) -> usize {
        self.data.bytes_init()
    }
    fn bytes_total(&self) -> usize {
        self.data.bytes_total()
    }
}

// SAFETY: delegates to the inner Vec.
unsafe impl<T: 'static> IoBufMut for WithData<T> {
    fn stable_mut_ptr(&mut self) -> *mut u8 {
        self.data.stable_mut_ptr()
    }
    unsafe fn set_init(&mut self, len: usize) {
        // SAFETY: forwarded from the caller.
        unsafe { self.data.set_init(len) }
    }
}

/// Adds one to a counter when dropped.
pub struct DropCount(Rc<Cell<u32>>);

impl Drop for DropCount {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

/// A buffer that counts its drops.
pub type Tracked = WithData<DropCount>;

impl Tracked {
    pub fn new(drops: &Rc<Cell<u32>>) -> Tracked {
        WithData {
            data: Vec::with_capacity(4096),
            extra: DropCount(drops.clone()),
        }
    }
}

/// Drops `T`, then records that it did.
pub struct Held<T>(Option<T>, Rc<Cell<bool>>);

impl<T> Drop for Held<T> {
    fn drop(&mut self) {
        drop(self.0.take());
        self.1.set(true);
    }
}

/// A receive buffer that carries `T` and drops it with itself. Given to an operation that is
/// then dropped in flight, it is freed once that operation's final completion arrives: released
/// by the driver's completion handling, dropped at the end of that tick.
pub type Holder<T> = WithData<Held<T>>;

impl<T> Holder<T> {
    pub fn new(held: T, dropped: &Rc<Cell<bool>>) -> Holder<T> {
        WithData {
            data: Vec::with_capacity(64),
            extra: Held(Some(held), dropped.clone()),
        }
    }
}

/// Polls `fut` once, so that its operation is submitted (or parked), and hands it back.
///
/// # Panics
///
/// Panics when `fut` is ready at once: the test meant it to wait.
pub async fn start<F: Future + Unpin>(mut fut: F) -> F {
    std::future::poll_fn(|cx: &mut Context<'_>| {
        assert!(
            Pin::new(&mut fut).poll(cx).is_pending(),
            "the operation was meant to wait"
        );
        Poll::Ready(())
    })
    .await;
    fut
}

#[cfg(target_arch = "x86_64")]
const AUDIT_ARCH: u32 = 0xC000_003E;
#[cfg(target_arch = "aarch64")]
const AUDIT_ARCH: u32 = 0xC000_00B7;

/// A seccomp program that answers the system call `nr` with `errno` and allows everything
/// else: how a container runtime's profile refuses a call it does not know.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
pub fn deny_syscall_filter(nr: libc::c_long, errno: i32) -> Vec<libc::sock_filter> {
    deny_call_filter(nr, None, errno)
}

/// As [`deny_syscall_filter`], for the calls of `nr` whose argument `index` (its low 32 bits)
/// is `value` when `arg` is `Some((index, value))`: one operation of a multiplexed call.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
pub fn deny_call_filter(
    nr: libc::c_long,
    arg: Option<(u32, u32)>,
    errno: i32,
) -> Vec<libc::sock_filter> {
    let stmt = |code: u32, k: u32| libc::sock_filter {
        code: code as u16,
        jt: 0,
        jf: 0,
        k,
    };
    let jump = |k: u32, jt: u8, jf: u8| libc::sock_filter {
        code: (libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K) as u16,
        jt,
        jf,
        k,
    };
    let load = libc::BPF_LD | libc::BPF_W | libc::BPF_ABS;
    let ret = libc::BPF_RET | libc::BPF_K;
    let mut prog = vec![
        stmt(load, 4), // seccomp_data.arch
        jump(AUDIT_ARCH, 1, 0),
        stmt(ret, libc::SECCOMP_RET_ALLOW),
        stmt(load, 0), // seccomp_data.nr
    ];
    match arg {
        None => prog.push(jump(nr as u32, 0, 1)),
        Some((index, value)) => {
            prog.push(jump(nr as u32, 0, 3));
            // seccomp_data.args[index], its low half (both architectures are little-endian).
            prog.push(stmt(load, 16 + 8 * index));
            prog.push(jump(value, 0, 1));
        }
    }
    prog.push(stmt(ret, libc::SECCOMP_RET_ERRNO | errno as u32));
    prog.push(stmt(ret, libc::SECCOMP_RET_ALLOW));
    prog
}

/// Puts the calling thread, and every thread it starts from now on, under
/// [`deny_syscall_filter`]: for a test that re-runs itself in a child process.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
pub fn deny_syscall_here(nr: libc::c_long, errno: i32) {
    deny_call_here(nr, None, errno);
}

/// Puts the calling thread, and every thread it starts from now on, under
/// [`deny_call_filter`].
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
pub fn deny_call_here(nr: libc::c_long, arg: Option<(u32, u32)>, errno: i32) {
    let filter = deny_call_filter(nr, arg, errno);
    let prog = libc::sock_fprog {
        len: filter.len() as u16,
        filter: filter.as_ptr().cast_mut(),
    };
    // SAFETY: prctl and seccomp read only `prog` and the `filter` it points to, both alive for
    // the duration of the calls; the filter only turns one system call into an error.
    let res = unsafe {
        if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 {
            -1
        } else {
            libc::syscall(
                libc::SYS_seccomp,
                libc::SECCOMP_SET_MODE_FILTER,
                0,
                &raw const prog,
            )
        }
    };
    assert_eq!(res, 0, "seccomp: {}", std::io::Error::last_os_error());
}

/// For a test that runs under a refused `io_uring_register` operation: in the test process,
/// runs the test `name` again in a child process (see [`rerun_in_child`]) and returns false;
/// in that child (`env` set), refuses the operation `opcode` with `errno` for the rest of its
/// life and returns true, for the test to go on under the refusal.
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
pub fn with_register_refused(name: &str, env: &str, opcode: u32, errno: i32) -> bool {
    if std::env::var_os(env).is_none() {
        rerun_in_child(name, env);
        return false;
    }
    deny_call_here(libc::SYS_io_uring_register, Some((1, opcode)), errno);
    true
}

/// Runs the test `name` of this test binary again in a child process with `env` set to "1"
/// (the test, seeing it, does its part under whatever it installs), and returns the child's
/// stderr, panicking if the child failed. The child chooses its backend itself:
/// `PERCORE_BACKEND` is not passed on.
pub fn rerun_in_child(name: &str, env: &str) -> String {
    let out = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["--exact", name, "--nocapture", "--test-threads=1"])
        .env(env, "1")
        .env_remove("PERCORE_BACKEND")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "child {name} failed:\n{err}\n{stdout}"
    );
    // A misspelt name would filter every test out and "pass".
    assert!(
        stdout.contains("test result: ok. 1 passed"),
        "child {name} ran no test:\n{stdout}"
    );
    err
}
