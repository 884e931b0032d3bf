//! The servers percore's benchmarks measure it against, kept as plain as their own examples
//! and configured as their users configure them. Built only for the benchmark scripts.
//!
//! - Echo (tokio, monoio): one thread, one buffer per connection, no logging per connection:
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

/// Announces the bound address the way percore's apps do, so that scripts find it alike.
pub fn announce(addr: SocketAddr) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "listening on {addr}");
    let _ = out.flush();
}

/// The accept loop of the tokio echo peers, on the current task's runtime: binds `args.listen`
/// (with `SO_REUSEADDR` and `args.backlog`), tells `announce` the bound address, and spawns
/// `handle` for each connection (`TCP_NODELAY` on). Accept errors (out of fds and the like)
/// are waited out, serving those already accepted.
///
/// # Errors
///
/// The bind, listen or announce error.
pub async fn tokio_accept_loop<F, Fut>(
    args: &PeerArgs,
    announce: impl FnOnce(SocketAddr) -> std::io::Result<()>,
    handle: F,
) -> std::io::Result<()>
where
    F: Fn(tokio::net::TcpStream) -> Fut,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let socket = if args.listen.is_ipv4() {
        tokio::net::TcpSocket::new_v4()?
    } else {
        tokio::net::TcpSocket::new_v6()?
    };
    socket.set_reuseaddr(true)?;
    socket.bind(args.listen)?;
    let listener = socket.listen(args.backlog as u32)?;
    announce(listener.local_addr()?)?;
    loop {
        let (stream, _) = match listener.accept().await {
            Ok(accepted) => accepted,
            Err(_) => {
                tokio::task::yield_now().await;
                continue;
            }
        };
        stream.set_nodelay(true)?;
        tokio::spawn(handle(stream));
    }
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

/// A listener on `addr` with `SO_REUSEPORT` (several bind the same port, the kernel spreads
/// connections over them) and `TCP_NODELAY` inherited by its connections.
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
