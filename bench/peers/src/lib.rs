//! The servers percore's benchmarks measure it against, kept as plain as their own examples
//! and configured as their users configure them. Built only for the benchmark scripts.
//!
//! - Echo (tokio, monoio): one thread per server CPU, each with its own single-threaded runtime
//!   and `SO_REUSEPORT` listener (as percore runs a worker per CPU), no logging per connection:
//!   a 16 KiB read buffer per connection (what tokio and monoio users typically pick; tokio's
//!   own `BufReader` takes 8 KiB), `TCP_NODELAY` on, a backlog of 1,024. `--buf-size` changes
//!   the buffer.
//! - HTTP (hyper, actix-web): percore-hello's routes, one worker per server CPU, answering
//!   with the fields percore-hello sends (`Server` with their own name, `Date`, the same
//!   `Content-Type`, `Content-Length`), so that responses are within two bytes of the same
//!   size.

#![forbid(unsafe_code)]

use std::net::SocketAddr;

use clap::Parser;

/// What every peer server accepts on its command line.
#[derive(Parser, Debug, Clone)]
pub struct PeerArgs {
    /// Address to listen on (port 0 picks a free one; the line `listening on ADDR` says which).
    #[arg(long, default_value = "127.0.0.1:7000")]
    pub listen: SocketAddr,
    /// Threads, each with its own runtime and listener; by default one per CPU this process
    /// may run on (its affinity mask, as taskset sets it).
    #[arg(long)]
    pub workers: Option<usize>,
    /// Bytes of the buffer each connection reads into.
    #[arg(long = "buf-size", alias = "buf", default_value_t = 16 * 1024)]
    pub buf: usize,
    /// Accept queue length.
    #[arg(long, default_value_t = 1024)]
    pub backlog: i32,
}

/// The body of TechEmpower's JSON test, `{"message":"Hello, World!"}`, as every HTTP peer
/// serializes it per request.
#[derive(serde::Serialize, Debug, Clone, Copy)]
pub struct Message {
    /// Always `Hello, World!`.
    pub message: &'static str,
}

/// The JSON test's message.
pub const HELLO: Message = Message {
    message: "Hello, World!",
};

/// Announces the bound address the way percore's apps do (`listening on ADDR`, or
/// `listening with TLS on ADDR`), so that scripts find it alike.
pub fn announce(addr: SocketAddr, tls: bool) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let with = if tls { " with TLS" } else { "" };
    let _ = writeln!(out, "listening{with} on {addr}");
    let _ = out.flush();
}

/// Where and how a peer listens: what [`per_cpu`] binds.
#[derive(Debug, Clone, Copy)]
pub struct Bind {
    /// The address.
    pub listen: SocketAddr,
    /// Accept queue length.
    pub backlog: i32,
    /// Threads (one per CPU of the affinity mask when `None`).
    pub workers: Option<usize>,
    /// Announced as a TLS address (`listening with TLS on ADDR`), as percore's apps say it.
    pub tls: bool,
}

impl Bind {
    /// Plaintext, at `listen`.
    pub fn plain(listen: SocketAddr, backlog: i32, workers: Option<usize>) -> Bind {
        Bind {
            listen,
            backlog,
            workers,
            tls: false,
        }
    }
}

impl PeerArgs {
    /// Where to listen, plaintext.
    pub fn bind(&self) -> Bind {
        Bind::plain(self.listen, self.backlog, self.workers)
    }
}

impl WebArgs {
    /// Where to listen.
    pub fn bind(&self) -> Bind {
        Bind::plain(self.listen, self.backlog, self.workers)
    }
}

/// Runs `serve` on one thread per CPU this process may run on (its affinity mask, as taskset
/// sets it; `at.workers` of them when given), each pinned to its CPU with a listener of its
/// own on `at.listen` (`SO_REUSEPORT`: the kernel spreads connections over them, as over
/// percore's workers). One CPU: one thread, as a single-threaded server of the peer's kind
/// runs. Announces the bound address once every listener is bound, then waits for the threads.
///
/// # Errors
///
/// The bind or listen error, or the first thread's.
pub fn per_cpu<F>(at: Bind, serve: F) -> std::io::Result<()>
where
    F: Fn(std::net::TcpListener) -> std::io::Result<()> + Send + Clone + 'static,
{
    let cpus = web_cpus(at.workers);
    let first = reuseport_listener(at.listen, at.backlog)?;
    let addr = first.local_addr()?;
    let mut listeners = vec![first];
    for _ in 1..cpus.len() {
        listeners.push(reuseport_listener(addr, at.backlog)?);
    }
    announce(addr, at.tls);
    let threads: Vec<_> = listeners
        .into_iter()
        .zip(cpus)
        .map(|(listener, cpu)| {
            let serve = serve.clone();
            std::thread::spawn(move || {
                if let Some(cpu) = cpu {
                    core_affinity::set_for_current(cpu);
                }
                serve(listener)
            })
        })
        .collect();
    for t in threads {
        t.join().expect("a worker panicked")?;
    }
    Ok(())
}

/// The accept loop of the tokio echo peers on `listener`, on the current task's runtime:
/// spawns `handle` for each connection (`TCP_NODELAY` on). Accept errors (out of fds and the
/// like) are waited out, serving those already accepted.
///
/// # Errors
///
/// The error of registering the listener with the runtime.
pub async fn tokio_accept_loop<F, Fut>(
    listener: std::net::TcpListener,
    handle: F,
) -> std::io::Result<()>
where
    F: Fn(tokio::net::TcpStream) -> Fut,
    Fut: std::future::Future<Output = ()> + 'static,
{
    let listener = tokio::net::TcpListener::from_std(listener)?;
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(_) => {
                tokio::task::yield_now().await;
                continue;
            }
        };
        stream.set_nodelay(true)?;
        tokio::task::spawn_local(handle(stream));
    }
}

/// A current-thread tokio runtime, as each thread of the tokio peers runs one, with a local
/// set for its connections' tasks (which need not be `Send`).
///
/// # Errors
///
/// The runtime's.
pub fn tokio_local(
    run: impl std::future::Future<Output = std::io::Result<()>>,
) -> std::io::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()?;
    tokio::task::LocalSet::new().block_on(&rt, run)
}

/// What the HTTP peers accept on their command line.
#[derive(Parser, Debug, Clone)]
pub struct WebArgs {
    /// Address to listen on (port 0 picks a free one; the line `listening on ADDR` says which).
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Workers; by default one per CPU this process may run on (its affinity mask, as taskset
    /// sets it).
    #[arg(long)]
    pub workers: Option<usize>,
    /// Accept queue length.
    #[arg(long, default_value_t = 1024)]
    pub backlog: i32,
}

/// The CPUs to run one worker on each: `workers` of those this process may run on (all of
/// them by default); `None` for a worker beyond them, which runs unpinned.
pub fn web_cpus(workers: Option<usize>) -> Vec<Option<core_affinity::CoreId>> {
    let allowed = core_affinity::get_core_ids().unwrap_or_default();
    let n = workers.unwrap_or(allowed.len()).max(1);
    (0..n).map(|i| allowed.get(i).copied()).collect()
}

/// A listener on `addr` with `SO_REUSEADDR` and `SO_REUSEPORT` (several bind the same port,
/// the kernel spreads connections over them), non-blocking. (Its connections do not inherit
/// `TCP_NODELAY` from it: each server sets it on each connection.)
pub fn reuseport_listener(
    addr: SocketAddr,
    backlog: i32,
) -> std::io::Result<std::net::TcpListener> {
    let socket = socket2::Socket::new(
        socket2::Domain::for_address(addr),
        socket2::Type::STREAM,
        None,
    )?;
    socket.set_reuse_address(true)?;
    socket.set_reuse_port(true)?;
    socket.set_nonblocking(true)?;
    socket.bind(&addr.into())?;
    socket.listen(backlog)?;
    Ok(socket.into())
}
