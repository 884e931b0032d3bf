//! A tokio echo server on the current-thread runtime (one per server CPU): read into the
//! connection's buffer, write it all back.

#![forbid(unsafe_code)]

use clap::Parser;
use percore_bench_peers::{PeerArgs, per_cpu, tokio_accept_loop, tokio_local};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// A tokio echo server (current-thread runtime), for percore's benchmarks.
#[derive(Parser, Debug)]
#[command(name = "tokio-echo", version, about)]
struct Cli {
    #[command(flatten)]
    args: PeerArgs,
}

async fn echo(mut stream: TcpStream, size: usize) -> std::io::Result<()> {
    let mut buf = vec![0u8; size];
    loop {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            return Ok(());
        }
        stream.write_all(&buf[..n]).await?;
    }
}

fn main() -> std::io::Result<()> {
    let cli = Cli::parse();
    let size = cli.args.buf;
    per_cpu(cli.args.bind(), move |listener| {
        tokio_local(tokio_accept_loop(listener, move |stream| async move {
            let _ = echo(stream, size).await;
        }))
    })
}
