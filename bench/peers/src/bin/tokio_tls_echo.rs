//! A tokio-rustls echo server on the current-thread runtime (one per server CPU): the handshake, then read into the
//! connection's buffer and write it all back, as tokio-rustls' own server example does.

#![forbid(unsafe_code)]

use std::path::PathBuf;
use std::sync::Arc;

use clap::Parser;
use percore_bench_peers::{Bind, PeerArgs, per_cpu, tokio_accept_loop, tokio_local};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::TlsAcceptor;

/// A tokio-rustls echo server (current-thread runtime), for percore's benchmarks.
#[derive(Parser, Debug)]
#[command(name = "tokio-tls-echo", version, about)]
struct Cli {
    #[command(flatten)]
    args: PeerArgs,
    /// The certificate chain, PEM.
    #[arg(long)]
    tls_cert: PathBuf,
    /// Its private key, PEM.
    #[arg(long)]
    tls_key: PathBuf,
}

async fn echo(stream: TcpStream, acceptor: TlsAcceptor, size: usize) -> std::io::Result<()> {
    let mut stream = acceptor.accept(stream).await?;
    let mut buf = vec![0u8; size];
    loop {
        let n = stream.read(&mut buf).await?;
        if n == 0 {
            return Ok(());
        }
        stream.write_all(&buf[..n]).await?;
        // tokio-rustls may hold records back until flushed.
        stream.flush().await?;
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let cli = Cli::parse();
    let certs = CertificateDer::pem_file_iter(&cli.tls_cert)?.collect::<Result<Vec<_>, _>>()?;
    let key = PrivateKeyDer::from_pem_file(&cli.tls_key)?;
    // rustls' defaults, as tokio-rustls users take them (ring as the provider, as percore).
    let config = rustls::ServerConfig::builder_with_provider(Arc::new(
        rustls::crypto::ring::default_provider(),
    ))
    .with_safe_default_protocol_versions()?
    .with_no_client_auth()
    .with_single_cert(certs, key)?;
    let acceptor = TlsAcceptor::from(Arc::new(config));
    let size = cli.args.buf;
    per_cpu(
        Bind {
            tls: true,
            ..cli.args.bind()
        },
        move |listener| {
            let acceptor = acceptor.clone();
            tokio_local(tokio_accept_loop(listener, move |stream| {
                let acceptor = acceptor.clone();
                async move {
                    let _ = echo(stream, acceptor, size).await;
                }
            }))
        },
    )?;
    Ok(())
}
