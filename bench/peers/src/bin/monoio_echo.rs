//! A monoio echo server on its io_uring driver (one runtime per server CPU): read into the
//! connection's owned buffer, write it all back.

#![forbid(unsafe_code)]

use clap::Parser;
use monoio::io::{AsyncReadRent, AsyncWriteRentExt};
use monoio::net::{TcpListener, TcpStream};
use percore_bench_peers::{PeerArgs, per_cpu};

/// A monoio echo server (io_uring driver), for percore's benchmarks.
#[derive(Parser, Debug)]
#[command(name = "monoio-echo", version, about)]
struct Cli {
    #[command(flatten)]
    args: PeerArgs,
}

async fn echo(mut stream: TcpStream, size: usize) -> std::io::Result<()> {
    let mut buf: Vec<u8> = Vec::with_capacity(size);
    loop {
        let (res, b) = stream.read(buf).await;
        if res? == 0 {
            return Ok(());
        }
        let (res, mut b) = stream.write_all(b).await;
        res?;
        b.clear();
        buf = b;
    }
}

fn main() -> std::io::Result<()> {
    let cli = Cli::parse();
    let size = cli.args.buf;
    per_cpu(cli.args.bind(), move |listener| {
        let mut rt = monoio::RuntimeBuilder::<monoio::IoUringDriver>::new()
            .with_entries(1024)
            .build()?;
        rt.block_on(async move {
            let listener = TcpListener::from_std(listener)?;
            loop {
                let (stream, _) = match listener.accept().await {
                    Ok(accepted) => accepted,
                    Err(_) => continue,
                };
                stream.set_nodelay(true)?;
                monoio::spawn(async move {
                    let _ = echo(stream, size).await;
                });
            }
        })
    })
}
