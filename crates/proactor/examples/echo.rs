//! A single-core echo server on percore-proactor alone.
//!
//! ```text
//! cargo run --release -p percore-proactor --example echo -- 7000
//! ```
//!
//! Listens on 127.0.0.1:PORT (0 picks a free port) and prints `listening on ADDR`. One
//! multishot accept takes every connection; each connection receives through one multishot
//! receive from a shared buffer ring (an idle connection holds no buffer) and sends each
//! received buffer back as it is. `PERCORE_ECHO_ADDR` overrides the listen address.

use std::io::Write;
use std::process::ExitCode;

use percore_proactor::net::{TcpListener, TcpStream};
use percore_proactor::{BufRing, Proactor, spawn_detached};

async fn serve(stream: TcpStream, ring: BufRing) {
    let mut incoming = stream.recv_multi(&ring);
    while let Some(Ok(buf)) = incoming.next().await {
        if stream.send_all(buf).await.0.is_err() {
            return;
        }
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("echo: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let port: u16 = match std::env::args().nth(1) {
        Some(p) => p.parse().map_err(|e| format!("bad port {p:?}: {e}"))?,
        None => 7000,
    };
    let addr = std::env::var("PERCORE_ECHO_ADDR").unwrap_or_else(|_| format!("127.0.0.1:{port}"));
    let proactor = Proactor::builder().build()?;
    proactor.block_on(async {
        let ring = BufRing::builder().entries(4096).buf_size(4096).build()?;
        let listener = TcpListener::bind(addr.as_str())?;
        println!("listening on {}", listener.local_addr()?);
        std::io::stdout().flush()?;
        let mut incoming = listener.accept_multi();
        while let Some(conn) = incoming.next().await {
            match conn {
                Ok(stream) => {
                    let _ = stream.set_nodelay(true);
                    spawn_detached(serve(stream, ring.clone()));
                }
                Err(e) => {
                    eprintln!("accept failed: {e}");
                    percore_proactor::time::sleep(std::time::Duration::from_millis(10)).await;
                }
            }
        }
        Ok::<(), std::io::Error>(())
    })?;
    Ok(())
}
