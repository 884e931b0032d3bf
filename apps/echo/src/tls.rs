//! A TLS echo connection: the handshake on the worker's ring, then each piece of plaintext
//! received is encrypted and sent back.
//!
//! Unlike the plaintext path, whose received buffers go back as they are, every byte here is
//! decrypted and encrypted again (rustls over owned buffers: `percore_tls::TlsStream`), so a
//! connection reads, then writes, then reads again. Plaintext goes through a buffer of the
//! worker's, given back after each echo: a waiting connection holds no buffer, no ring
//! buffer either. Ciphertext comes through a multishot receive on the worker's buffer ring
//! kept armed while messages are small (`TlsStream::with_ring`), and while the connection is
//! not reading it holds no more of the ring's buffers than `echo.max_in_flight` lets a
//! plaintext connection hold; large messages go by the readiness path.

use std::pin::pin;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use percore_proactor::net::TcpStream;
use percore_proactor::time::{self, Sleep};
use percore_proactor::{Either, select};
use percore_tls::{ServerConfig, TlsStream};
use percore_worker::{Drain, LocalStats, handshake_limit, tls_handshake};

use crate::conn::Shared;

/// Runs `future` within `limit` from now (if there is one), timed by the connection's one
/// timer: no timer is registered per read or write.
async fn within<T>(
    timer: &mut Sleep,
    limit: Option<Duration>,
    future: impl Future<Output = T>,
) -> Option<T> {
    let deadline = limit.map(|d| time::now() + d);
    time::timeout_on(timer, deadline, future).await.ok()
}

/// A reply is written this much at a time, each piece within the write timeout from its
/// start: a client that reads its replies slowly but steadily (a piece in each write timeout)
/// is not cut off, as on the plaintext path, whose timeout starts again at each send. A
/// 64 KiB message still goes in one send.
const WRITE_PIECE: usize = 64 * 1024;

/// Encrypts and sends `data` a [`WRITE_PIECE`] at a time, each within `limit`; `None` when
/// one timed out.
async fn write_back(
    tls: &mut TlsStream,
    timer: &mut Sleep,
    limit: Option<Duration>,
    data: &[u8],
) -> Option<std::io::Result<()>> {
    for piece in data.chunks(WRITE_PIECE) {
        match within(timer, limit, pin!(tls.write_all(piece))).await {
            Some(Ok(())) => {}
            other => return other,
        }
    }
    Some(Ok(()))
}

/// At a drain (`echo.drain = "finish"`): what has come and not been sent back yet (`buf`,
/// then what else the connection has received, taken without waiting: the ring's received
/// buffers, or a read's worth from the socket) goes back before the close, as on the
/// plaintext path. `false` when the connection must end without its `close_notify`: a
/// record that did not decrypt (its fatal alert is sent here, after what came before it),
/// or a send that failed or timed out.
async fn send_back_what_came(
    tls: &mut TlsStream,
    buf: &mut Vec<u8>,
    timer: &mut Sleep,
    limit: Option<Duration>,
    stats: &LocalStats,
) -> bool {
    // First what a read dropped by the drain had taken: once a record behind it fails to
    // decrypt, nothing but the alert may be sent.
    if !buf.is_empty() && !send_back(tls, buf, timer, limit, stats).await {
        return false;
    }
    buf.clear();
    if let Err(e) = tls.read_ready(buf) {
        tracing::debug!("TLS echo connection ended: {e}");
        // After a record that did not decrypt the session has failed, and its close sends
        // the alert alone; after a socket error the close fails with it.
        let _ = within(timer, limit, tls.close()).await;
        return false;
    }
    buf.is_empty() || send_back(tls, buf, timer, limit, stats).await
}

/// Sends `data` back, counted as one message: `false` when the send failed or timed out.
async fn send_back(
    tls: &mut TlsStream,
    data: &[u8],
    timer: &mut Sleep,
    limit: Option<Duration>,
    stats: &LocalStats,
) -> bool {
    stats.bytes_in(data.len() as u64);
    stats.requests(1);
    match write_back(tls, timer, limit, data).await {
        Some(Ok(())) => {
            stats.bytes_out(data.len() as u64);
            true
        }
        wrote => {
            ended(wrote, stats);
            false
        }
    }
}

/// A read raced against the drain: `None` when the drain won (the read dropped part way),
/// else the timed read's outcome.
fn cut_short<T>(raced: Option<Either<T, ()>>) -> Option<Option<T>> {
    match raced {
        Some(Either::Left(got)) => Some(Some(got)),
        Some(Either::Right(())) => None,
        None => Some(None),
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
    // Without a write timeout, the idle timeout bounds a write, as on the plaintext path (a
    // client that never reads must not hold its connection and reply for ever).
    let write_limit = shared.write.or(shared.idle);
    let limit = handshake_limit(shared.read, shared.idle);
    let drain = shared.drain.as_ref().map(|d| (d, shared.drain_idle));
    let handshake = tls_handshake(&stream, config, &shared.ring, limit, stats, drain);
    let Some(done) = handshake.await else {
        return;
    };
    // The client was last heard from here (its handshake's last flight).
    let handshaken = time::now();
    // Through the core's ring while messages are small, holding no more of its buffers
    // while not read than a plaintext connection may (`echo.max_in_flight`).
    let hold = shared.max_in_flight / shared.ring.buf_size() as usize;
    let hold = u16::try_from(hold.max(1)).unwrap_or(u16::MAX);
    // Until the client's first message has come, a drain ends the wait for it only
    // `drain_idle` after the handshake ended, as it does a plaintext connection's
    // `drain_idle` after its accept: a handshake that ended during the drain, or just before
    // it, still has that message echoed, and a connection silent for longer than that since
    // is closed at once.
    let mut received_any = false;
    let mut tls =
        TlsStream::from_parts(stream, done.session, done.early).with_ring(&shared.ring, hold);
    let mut buf = Vec::new();
    let mut timer = time::sleep_until(time::now());
    // One wait on the drain for the connection's life (not one per read).
    let mut draining = shared.drain.as_ref().map(Drain::wait);
    loop {
        if received_any && shared.drain.as_ref().is_some_and(Drain::is_draining) {
            if !send_back_what_came(&mut tls, &mut buf, &mut timer, write_limit, stats).await {
                return;
            }
            break;
        }
        // Pinned where it is made: the wrappers below move a pointer to it rather than the
        // future itself (some 440 bytes; `perf` put 2% of the server's cycles in such copies
        // at 64 B echoes).
        let got = {
            let read = pin!(tls.read(&mut buf));
            match &mut draining {
                Some(draining) if !received_any => {
                    let cut = pin!(async {
                        draining.await;
                        time::sleep_until(handshaken + shared.drain_idle).await;
                    });
                    cut_short(within(&mut timer, shared.idle, select(read, cut)).await)
                }
                Some(draining) => {
                    cut_short(within(&mut timer, shared.idle, select(read, draining)).await)
                }
                None => Some(within(&mut timer, shared.idle, read).await),
            }
        };
        let Some(got) = got else {
            // Drained, the read dropped part way: the close below tells the client.
            // Plaintext the read had already taken (its reply to rustls was under way), and
            // what else has come, goes back before it, unless that reply's send was the part
            // cut off: the stream then refuses every write, and the connection just closes.
            if !send_back_what_came(&mut tls, &mut buf, &mut timer, write_limit, stats).await {
                return;
            }
            break;
        };
        match ended(got, stats) {
            Some(0) => break,
            Some(n) => {
                received_any = true;
                stats.bytes_in(n as u64);
                stats.requests(1);
            }
            None => return,
        }
        let wrote = write_back(&mut tls, &mut timer, write_limit, &buf).await;
        if ended(wrote, stats).is_none() {
            return;
        }
        stats.bytes_out(buf.len() as u64);
        percore_tls::recycle(std::mem::take(&mut buf));
    }
    // close_notify, then our side of TCP, lingering until the client has it all.
    let close = tls.close_and_linger(&shared.ring, crate::conn::LINGER);
    let _ = within(&mut timer, write_limit, close).await;
}
