//! A TLS echo connection: the handshake on the worker's ring, then each piece of plaintext
//! received is encrypted and sent back.
//!
//! Unlike the plaintext path, whose received buffers go back as they are, every byte here is
//! decrypted and encrypted again (rustls over owned buffers: `percore_tls::TlsStream`), so a
//! connection reads, then writes, then reads again. Plaintext goes through a buffer of the
//! worker's, given back after each echo: a waiting connection holds no buffer, no ring
//! buffer either.

use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use percore_proactor::net::TcpStream;
use percore_proactor::{Either, select, time};
use percore_tls::{ServerConfig, TlsStream};
use percore_worker::{LocalStats, tls_handshake};

use crate::conn::Shared;

/// Runs `future` within `limit`, if there is one.
async fn within<T>(limit: Option<Duration>, future: impl Future<Output = T>) -> Option<T> {
    match limit {
        Some(d) => time::timeout(d, future).await.ok(),
        None => Some(future.await),
    }
}

/// What a timed read or write gave; `None` when it ended the connection (an error, logged
/// at debug level, or a timeout, counted).
fn ended<T>(outcome: Option<std::io::Result<T>>, stats: &LocalStats) -> Option<T> {
    match outcome {
        Some(Ok(v)) => Some(v),
        Some(Err(e)) => {
            tracing::debug!("TLS echo connection ended: {e}");
            None
        }
        None => {
            stats.timeout();
            None
        }
    }
}

/// Serves one TLS echo connection until the client closes, a timeout, or the drain.
pub(crate) async fn serve(stream: TcpStream, config: Arc<ServerConfig>, shared: Rc<Shared>) {
    let stats = &shared.stats;
    let Some(done) = tls_handshake(&stream, config, &shared.ring, shared.read, stats).await else {
        return;
    };
    let mut tls = TlsStream::from_parts(stream, done.session, done.early);
    let mut buf = Vec::new();
    loop {
        let read = within(shared.idle, tls.read(&shared.ring, &mut buf));
        let got = match &shared.drain {
            Some(drain) if drain.is_draining() => break,
            Some(drain) => match select(read, drain.wait()).await {
                Either::Left(got) => got,
                // The read is dropped part way: nothing more can be read, what was received
                // has been sent back; the close below tells the client.
                Either::Right(()) => break,
            },
            None => read.await,
        };
        match ended(got, stats) {
            Some(0) => break,
            Some(n) => {
                stats.bytes_in(n as u64);
                stats.requests(1);
            }
            None => return,
        }
        let wrote = within(shared.write, tls.write_all(&buf)).await;
        if ended(wrote, stats).is_none() {
            return;
        }
        stats.bytes_out(buf.len() as u64);
        percore_tls::recycle(std::mem::take(&mut buf));
    }
    // close_notify, then our side of TCP, lingering until the client has it all.
    let close = tls.close_and_linger(&shared.ring, crate::conn::LINGER);
    let _ = within(shared.write, close).await;
}
