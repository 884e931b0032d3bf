//! HTTPS: a connection's TLS session, shared by its receive side (which decrypts what
//! arrives into the connection's stash) and its send side (which encrypts each response on
//! its way out). Everything else (parsing, pipelining, timeouts, drain) is the same code as
//! plaintext; files go through a buffer, since `sendfile` cannot encrypt (kernel TLS could:
//! `percore_tls::kernel_tls`).

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use percore_proactor::net::TcpStream;
use percore_proactor::time;
use percore_tls::Session;

/// A connection's TLS state. Borrowed only for the synchronous work of one record batch,
/// never across an await, so the receive and the send sides never meet in a borrow.
pub(crate) type Tls = Rc<RefCell<TlsState>>;

/// What an HTTPS connection holds besides its socket.
#[derive(Debug)]
pub(crate) struct TlsState {
    /// The record layer.
    pub(crate) session: Session,
    /// Plaintext that came with the handshake's end, until the connection takes it.
    pub(crate) early: Vec<u8>,
}

/// How long a `close_notify` that does not fit the socket at once may wait for room before
/// the connection closes without it.
const CLOSE_NOTIFY_WAIT: Duration = Duration::from_secs(1);

/// Sends our `close_notify`, for a close of our own that is not an error: the drain's close
/// of an idle connection, the answer to a client that closed with the handshake's end
/// (RFC 8446 §6.1; nginx does the same, and leaves it out only on a timeout). Once the
/// session failed, its fatal alert alone (see `Session::close`). Best effort: the connection
/// closes either way.
pub(crate) async fn close_notify(stream: &TcpStream, tls: &Tls) {
    let mut records = Vec::new();
    tls.borrow_mut().session.close(&mut records);
    let _ = time::timeout(CLOSE_NOTIFY_WAIT, stream.send_all(records)).await;
}

/// What a connection speaks: plaintext (`()`, which holds nothing, so that a plaintext
/// connection's task is no larger for HTTPS being there) or HTTPS ([`Tls`]).
pub(crate) trait Wire: 'static {
    /// The session, for HTTPS.
    fn tls(&self) -> Option<Tls>;
    /// Plaintext that came with the handshake, if any (once). Over HTTPS also an empty one
    /// when a record has begun to arrive behind the handshake: a request is under way, which
    /// the read timeout bounds (not the idle one), and a drain lets finish.
    fn take_early(&self) -> Option<Vec<u8>>;
}

impl Wire for () {
    fn tls(&self) -> Option<Tls> {
        None
    }

    fn take_early(&self) -> Option<Vec<u8>> {
        None
    }
}

impl Wire for Tls {
    fn tls(&self) -> Option<Tls> {
        Some(self.clone())
    }

    fn take_early(&self) -> Option<Vec<u8>> {
        let mut state = self.borrow_mut();
        let early = std::mem::take(&mut state.early);
        (!early.is_empty() || state.session.mid_record()).then_some(early)
    }
}

/// Plaintext encrypted per send, at most: the records of one step go out before the next
/// are made, so a large body never doubles in memory.
pub(crate) const TLS_STEP: usize = 256 * 1024;
