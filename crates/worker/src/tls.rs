//! The TLS handshake of a connection accepted on a TLS address, bounded, counted and logged
//! as every app needs it.

use std::sync::Arc;
use std::time::Duration;

use percore_proactor::net::TcpStream;
use percore_proactor::{BufRing, Either, select, time};
use percore_tls::{ServerConfig, Session};

use crate::drain::Drain;
use crate::stats::LocalStats;

/// The handshake's limit when neither `timeouts.read` nor `timeouts.idle` is set (nginx's
/// `ssl_handshake_timeout`).
const HANDSHAKE_FALLBACK: Duration = Duration::from_secs(60);

/// How long a handshake may take: the read timeout, else the idle timeout, else 60 s (never
/// unbounded: a client that connects and says nothing must not hold a connection forever).
pub fn handshake_limit(read: Option<Duration>, idle: Option<Duration>) -> Duration {
    read.or(idle).unwrap_or(HANDSHAKE_FALLBACK)
}

/// A connection whose TLS handshake is done: its session, and the plaintext that came with
/// the handshake's end (the start of the first request, often).
#[derive(Debug)]
#[non_exhaustive]
pub struct Handshaken {
    /// The record layer, ready for application data.
    pub session: Session,
    /// Plaintext received with the handshake's last flight.
    pub early: Vec<u8>,
}

/// Runs the TLS handshake of `stream` with `config`, receiving through `ring`, within `limit`
/// (see [`handshake_limit`]: a client that sends nothing, or stops part way, is cut off).
/// With `drain` (the worker's drain signal and `timeouts.drain_idle`), a drain ends a
/// handshake whose client has sent nothing `drain_idle` after the drain began, as it ends a
/// plaintext connection that has not sent its first bytes; one whose client has sent
/// anything (its ClientHello, or part of it) goes on within `limit`, as a plaintext
/// connection part way through a request does, so that a reload does not cut off a client
/// on a slow path (the drain's deadline, `shutdown_timeout`, still bounds it).
///
/// A completed handshake is counted in `stats` by cipher suite; a failed one by reason
/// (`percore_tls::failure_reason`, or `drained` when the drain cut it short) and logged at
/// debug level with the peer, and `None` is returned: the caller closes the connection.
pub async fn tls_handshake(
    stream: &TcpStream,
    config: Arc<ServerConfig>,
    ring: &BufRing,
    limit: Duration,
    stats: &LocalStats,
    drain: Option<(&Drain, Duration)>,
) -> Option<Handshaken> {
    let mut early = Vec::new();
    let run = async {
        let mut session = Session::new(config)?;
        percore_tls::handshake(stream, &mut session, ring, Some(limit), &mut early).await?;
        Ok::<_, std::io::Error>(session)
    };
    let drained = async {
        match drain {
            Some((drain, grace)) => {
                drain.wait().await;
                time::sleep(grace).await;
                // One syscall, once per handshake the drain meets.
                if stream.bytes_received().is_ok_and(|n| n > 0) {
                    std::future::pending::<()>().await;
                }
            }
            None => std::future::pending().await,
        }
    };
    let result = match select(run, drained).await {
        Either::Left(result) => result,
        Either::Right(()) => {
            stats.tls_drained();
            tracing::debug!(
                peer = ?stream.peer_addr().ok(),
                "TLS handshake cut short by the drain"
            );
            return None;
        }
    };
    match result {
        Ok(session) => {
            stats.tls_handshake(&session);
            Some(Handshaken { session, early })
        }
        Err(e) => {
            let reason = stats.tls_failure(&e);
            tracing::debug!(
                peer = ?stream.peer_addr().ok(),
                "TLS handshake failed ({reason}): {e}"
            );
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Has no certificate: a handshake that got as far as a ClientHello would fail.
    #[derive(Debug)]
    struct NoCertificate;

    impl rustls::server::ResolvesServerCert for NoCertificate {
        fn resolve(
            &self,
            _: rustls::server::ClientHello<'_>,
        ) -> Option<Arc<rustls::sign::CertifiedKey>> {
            None
        }
    }

    #[test]
    fn a_handshake_the_drain_cuts_short_is_counted_as_drained() {
        let proactor = percore_proactor::Proactor::builder().build().unwrap();
        proactor.block_on(async {
            let listener = percore_proactor::net::TcpListener::bind(
                "127.0.0.1:0".parse::<std::net::SocketAddr>().unwrap(),
            )
            .unwrap();
            // A client that connects and says nothing.
            let _silent = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
            let (stream, _) = listener.accept().await.unwrap();
            let ring = BufRing::builder()
                .entries(8)
                .buf_size(4096)
                .build()
                .unwrap();
            let config = Arc::new(
                ServerConfig::builder_with_provider(Arc::new(
                    rustls::crypto::ring::default_provider(),
                ))
                .with_safe_default_protocol_versions()
                .unwrap()
                .with_no_client_auth()
                .with_cert_resolver(Arc::new(NoCertificate)),
            );
            let latch = std::rc::Rc::new(crate::signal::Latch::default());
            let drain = Drain::new(latch.clone());
            latch.set();
            let stats = LocalStats::default();
            let limit = Duration::from_secs(30);
            let cut = Some((&drain, Duration::from_millis(10)));
            let done = tls_handshake(&stream, config, &ring, limit, &stats, cut).await;
            assert!(done.is_none());
            let failures = stats.snapshot(0, 0, &Default::default()).tls_failures;
            let mut expected = [0; percore_tls::FAILURE_REASONS.len()];
            expected[percore_tls::FAILURE_DRAINED] = 1;
            assert_eq!(failures, expected);
            assert_eq!(
                percore_tls::FAILURE_REASONS[percore_tls::FAILURE_DRAINED],
                "drained"
            );
        });
    }

    #[test]
    fn the_handshake_is_never_unbounded() {
        let s = Duration::from_secs;
        assert_eq!(handshake_limit(Some(s(5)), Some(s(60))), s(5));
        assert_eq!(handshake_limit(None, Some(s(60))), s(60));
        assert_eq!(handshake_limit(None, None), HANDSHAKE_FALLBACK);
    }
}
