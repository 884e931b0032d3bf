//! The TLS handshake of a connection accepted on a TLS address, counted and logged as every
//! app needs it.

use std::sync::Arc;
use std::time::Duration;

use percore_proactor::BufRing;
use percore_proactor::net::TcpStream;
use percore_tls::{ServerConfig, Session};

use crate::stats::LocalStats;

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

/// Runs the TLS handshake of `stream` with `config`, receiving through `ring`, within
/// `limit` (the read timeout: a client that sends nothing, or stops part way, is cut off).
/// A completed handshake is counted in `stats` by cipher suite; a failed one by reason
/// (`percore_tls::failure_reason`) and logged at debug level with the peer, and `None` is
/// returned: the caller closes the connection.
pub async fn tls_handshake(
    stream: &TcpStream,
    config: Arc<ServerConfig>,
    ring: &BufRing,
    limit: Option<Duration>,
    stats: &LocalStats,
) -> Option<Handshaken> {
    let mut early = Vec::new();
    let result = match Session::new(config) {
        Ok(mut session) => percore_tls::handshake(stream, &mut session, ring, limit, &mut early)
            .await
            .map(|()| session),
        Err(e) => Err(e),
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
