//! A tokio echo server on the current-thread runtime: read into the connection's buffer,
//! write it all back.

#![forbid(unsafe_code)]

use clap::Parser;
use percore_bench_peers::{PeerArgs, announce};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpSocket, TcpStream};

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
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .build()?;
    rt.block_on(async move {
        let socket = if cli.args.listen.is_ipv4() {
            TcpSocket::new_v4()?
        } else {
            TcpSocket::new_v6()?
        };
        socket.set_reuseaddr(true)?;
        socket.bind(cli.args.listen)?;
        let listener = socket.listen(cli.args.backlog as u32)?;
        announce(listener.local_addr()?);
        loop {
            let (stream, _) = match listener.accept().await {
                Ok(accepted) => accepted,
                // Out of fds and the like: keep serving those already accepted.
                Err(_) => {
                    tokio::task::yield_now().await;
                    continue;
                }
            };
            stream.set_nodelay(true)?;
            let size = cli.args.buf;
            tokio::spawn(async move {
                let _ = echo(stream, size).await;
            });
        }
    })
}
