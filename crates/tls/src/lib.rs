//! TLS on percore's rings: [rustls] driven over owned buffers, in the worker's own thread.
//!
//! Ciphertext arrives through the ring's receive buffers (the handshake, percore-web), or is
//! received when the socket is readable and decrypted at once ([`TlsStream`]); what rustls
//! writes (handshake messages, records, alerts) leaves through the ring's send path. No blocking
//! socket, no extra thread, no other runtime: a TLS connection is an ordinary task of its
//! worker.
//!
//! - [`load`] reads certificates and keys from PEM files ([`TlsFiles`]): a default certificate
//!   and any number chosen by SNI, each checked (the key matches the certificate, the file
//!   names in every error), into a rustls `ServerConfig` with TLS 1.3 and 1.2, ring's cipher
//!   suites (AEAD only: AES-GCM and ChaCha20-Poly1305, ECDHE key exchange), session
//!   resumption unless [`TlsFiles::resumption`] is off, and the ALPN protocols given.
//!   rustls has no renegotiation and no compression.
//! - [`Session`] is the record layer without I/O: ciphertext in, plaintext out and back, for
//!   a protocol driver that does its own receives and sends (every encrypted byte passes
//!   through it, so an offload to kernel TLS has one place to go).
//! - [`accept`] runs the handshake on a [`TcpStream`](percore_proactor::net::TcpStream) within
//!   a time limit and gives a [`TlsStream`]: plaintext in with [`TlsStream::read`], out with
//!   [`TlsStream::write_all`], [`TlsStream::close`] with a `close_notify`.
//!
//! ```no_run
//! use std::time::Duration;
//! use percore_proactor::net::TcpListener;
//! use percore_proactor::{BufRing, Proactor, spawn_detached};
//! use percore_tls::{TlsFiles, accept, load};
//!
//! let config = load(&TlsFiles::new("cert.pem", "key.pem")).expect("certificates");
//! Proactor::builder().build().unwrap().block_on(async move {
//!     let ring = std::rc::Rc::new(BufRing::builder().entries(64).buf_size(16384).build().unwrap());
//!     let listener = TcpListener::bind("127.0.0.1:8443").unwrap();
//!     loop {
//!         let (tcp, _) = listener.accept().await.unwrap();
//!         let (config, ring) = (config.clone(), ring.clone());
//!         spawn_detached(async move {
//!             let Ok(mut tls) = accept(tcp, config, &ring, Duration::from_secs(10)).await else {
//!                 return;
//!             };
//!             let mut buf = Vec::new();
//!             while let Ok(n) = tls.read(&mut buf).await {
//!                 if n == 0 || tls.write_all(&buf).await.is_err() {
//!                     break;
//!                 }
//!                 buf.clear();
//!             }
//!             let _ = tls.close().await;
//!         });
//!     }
//! });
//! ```

#![forbid(unsafe_code)]

mod config;
mod der;
mod kernel;
mod pool;
mod session;
mod stream;

pub use config::{
    CertFiles, TlsConfigError, TlsFiles, expiry, for_worker, load, load_with_warnings,
};
pub use kernel::{KernelTls, kernel_tls};
pub use pool::{recycle, take_buf};
pub use rustls::ServerConfig;
pub use session::{Decrypted, Session, sealed_len};
pub use stream::{
    FAILURE_DRAINED, FAILURE_REASONS, SEND_NOW_MIN, SUITE_COUNT, SendNow, TlsStream, accept,
    failure_index, failure_reason, handshake, suite_index, suite_labels, suites,
};
