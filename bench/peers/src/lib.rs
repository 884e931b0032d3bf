//! The servers percore's benchmarks measure it against, kept as plain as their own examples
//! (one thread, one buffer per connection, no logging per connection) and configured as their
//! users configure them: a 16 KiB read buffer per connection (what tokio and monoio users
//! typically pick; tokio's own `BufReader` takes 8 KiB), `TCP_NODELAY` on, a backlog of 1,024.
//! `--buf-size` changes the buffer. Built only for the benchmark scripts.

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

/// Announces the bound address the way percore's apps do, so that scripts find it alike.
pub fn announce(addr: SocketAddr) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "listening on {addr}");
    let _ = out.flush();
}
