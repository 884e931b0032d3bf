//! Request bodies, read as the handler asks: chunk by chunk straight from the ring's receive
//! buffers, or collected up to a limit. `Expect: 100-continue` is answered when the handler
//! first reads.

use std::cell::Cell;
use std::fmt;
use std::rc::Rc;
use std::task::{Poll, Waker};

use percore_http::{Framing, Status};

use crate::inbound::{Inbound, RecvError, send_direct};
use crate::response::{IntoResponse, Response};

/// The most [`Body::collect_limited`] reserves ahead of the bytes (1 MiB); past it the
/// buffer grows as they arrive.
const RESERVE_MAX: u64 = 1 << 20;

/// Where a lent receive side goes back to: the connection takes it from here after the
/// handler's response.
pub(crate) type Home = Rc<HomeState>;

/// What a connection and the body it lent its receive side to share.
#[derive(Default)]
pub(crate) struct HomeState {
    /// The receive side, once the body gives it back.
    pub(crate) io: Cell<Option<Box<Inbound>>>,
    /// The final response's head has gone out: a `100 Continue` would come after it (and,
    /// over HTTPS, from a second sender at once), so none is sent any more.
    pub(crate) answered: Cell<bool>,
    /// A `100 Continue` is being sent by the body's reader: the final response waits for it
    /// (two sends at once on one socket may go out in either order, and over HTTPS their
    /// records must leave in the order they were sealed).
    continuing: Cell<bool>,
    /// The connection, waiting for that `100 Continue` to be out.
    continued: Cell<Option<Waker>>,
    /// A `100 Continue` was given up part way (its send timed out, failed, or its reader
    /// was dropped): some of it may be on the wire, and over HTTPS its record was sealed.
    /// Nothing more can follow it.
    continue_cut: Cell<bool>,
    /// It was given up for a send error (else for a timeout, or a reader dropped).
    continue_failed: Cell<bool>,
}

impl HomeState {
    /// Waits for a `100 Continue` being sent by the body's reader, if any, to be out (or
    /// given up). Call it after setting `answered`, so that no other starts.
    pub(crate) fn continue_sent(&self) -> ContinueSent<'_> {
        ContinueSent(self)
    }

    /// Whether a `100 Continue` is being sent.
    pub(crate) fn is_continuing(&self) -> bool {
        self.continuing.get()
    }

    /// Whether a `100 Continue` was given up part way: the connection can send nothing more.
    pub(crate) fn continue_cut(&self) -> bool {
        self.continue_cut.get()
    }

    /// Whether that was for a send error (the connection is broken), rather than a timeout
    /// or a reader dropped (the client takes nothing: the connection is reset, as after a
    /// stalled send).
    pub(crate) fn continue_failed(&self) -> bool {
        self.continue_failed.get()
    }
}

/// The future of [`HomeState::continue_sent`].
pub(crate) struct ContinueSent<'a>(&'a HomeState);

impl Future for ContinueSent<'_> {
    type Output = ();

    fn poll(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<()> {
        match self.0.continuing.get() {
            true => {
                self.0.continued.set(Some(cx.waker().clone()));
                Poll::Pending
            }
            false => Poll::Ready(()),
        }
    }
}

/// Marks a `100 Continue` as being sent for as long as it lives (a reader dropped part way
/// through the send ends it too, as cut short), and wakes the connection if it waits on it.
struct Continuing<'a> {
    home: &'a HomeState,
    /// All of it went out.
    sent: bool,
}

impl<'a> Continuing<'a> {
    fn start(home: &'a HomeState) -> Continuing<'a> {
        home.continuing.set(true);
        Continuing { home, sent: false }
    }
}

impl Drop for Continuing<'_> {
    fn drop(&mut self) {
        self.home.continuing.set(false);
        if !self.sent {
            self.home.continue_cut.set(true);
        }
        if let Some(waker) = self.home.continued.take() {
            waker.wake();
        }
    }
}

impl std::fmt::Debug for HomeState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("HomeState")
            .field("answered", &self.answered.get())
            .finish_non_exhaustive()
    }
}

/// Why a body could not be read. As a response: 413, 400 or 408; the connection closes after
/// it.
#[derive(Debug)]
#[non_exhaustive]
pub enum BodyError {
    /// Longer than the limit.
    TooLarge,
    /// Malformed framing (a chunked body that does not parse).
    Malformed(&'static str),
    /// The client stopped sending before the end (closed its side, or reset).
    Incomplete,
    /// A piece of the body did not arrive within the read timeout, or the body came slower
    /// than `min_body_rate` allows.
    TimedOut,
    /// An earlier read of the body failed: nothing more can be read.
    Failed,
}

impl fmt::Display for BodyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BodyError::TooLarge => f.write_str("request body over the limit"),
            BodyError::Malformed(why) => write!(f, "malformed request body: {why}"),
            BodyError::Incomplete => f.write_str("request body cut short"),
            BodyError::TimedOut => f.write_str("request body timed out"),
            BodyError::Failed => f.write_str("request body unreadable after an earlier error"),
        }
    }
}

impl std::error::Error for BodyError {}

impl IntoResponse for BodyError {
    fn into_response(self) -> Response {
        let status = match self {
            BodyError::TooLarge => Status::CONTENT_TOO_LARGE,
            BodyError::TimedOut => Status::REQUEST_TIMEOUT,
            BodyError::Malformed(_) | BodyError::Incomplete => Status::BAD_REQUEST,
            BodyError::Failed => Status::BAD_REQUEST,
        };
        Response::error(status).close()
    }
}

/// Whether a receive's error says the client's end of the connection is gone.
fn means_client_left(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::{
        BrokenPipe, ConnectionAborted, ConnectionReset, HostUnreachable, NetworkUnreachable,
        NotConnected,
    };
    matches!(
        e.kind(),
        ConnectionReset
            | ConnectionAborted
            | BrokenPipe
            | NotConnected
            | HostUnreachable
            | NetworkUnreachable
    )
}

/// The body of a request.
///
/// Read it with [`Body::chunk`] (each piece as it arrives, borrowed from the receive buffer)
/// or [`Body::collect`]. A body the handler does not read to its end is read and discarded
/// after the handler returns, up to `max_body` bytes; a longer one closes the connection
/// after the response.
pub struct Body {
    /// The connection's receive side, lent while the body is being read.
    io: Option<Box<Inbound>>,
    home: Option<Home>,
    length: Option<u64>,
    exists: bool,
    /// Bytes of pending input the last chunk handed out: used up at the next call.
    held: usize,
    /// Content handed out so far.
    read: u64,
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Body")
            .field("exists", &self.exists)
            .field("length", &self.length)
            .field("read", &self.read)
            .finish()
    }
}

impl Body {
    /// No body.
    pub fn empty() -> Body {
        Body {
            io: None,
            home: None,
            length: None,
            exists: false,
            held: 0,
            read: 0,
        }
    }

    /// A body that has already ended (`Content-Length: 0`).
    pub(crate) fn ended() -> Body {
        Body {
            io: None,
            home: None,
            length: Some(0),
            exists: true,
            held: 0,
            read: 0,
        }
    }

    /// A body framed as `framing`, read from `io` (which goes back to `home` once the body
    /// has ended or the `Body` is dropped).
    pub(crate) fn lent(io: Box<Inbound>, home: Home, framing: Framing) -> Body {
        Body {
            io: Some(io),
            home: Some(home),
            length: match framing {
                Framing::Length(n) => Some(n),
                _ => None,
            },
            exists: true,
            held: 0,
            read: 0,
        }
    }

    /// Whether the request has a body (it may still be zero bytes long).
    pub fn exists(&self) -> bool {
        self.exists
    }

    /// The length the client announced (`Content-Length`); `None` for a chunked body.
    pub fn content_length(&self) -> Option<u64> {
        self.length
    }

    /// Content bytes read so far.
    pub fn bytes_read(&self) -> u64 {
        self.read
    }

    /// The next piece of the body, as it arrived (borrowed from the receive buffer until the
    /// next call); `None` at its end.
    ///
    /// # Errors
    ///
    /// See [`BodyError`]; after an error, nothing more is read.
    pub async fn chunk(&mut self) -> Result<Option<&[u8]>, BodyError> {
        self.next_piece(u64::MAX).await
    }

    /// [`Body::chunk`] for a reader that takes at most `limit` bytes of content: a body that
    /// announces more (a chunk's size line) is [`BodyError::TooLarge`] as the announcement
    /// arrives, its bytes not waited for (a client can announce 2^64 - 1 of them).
    async fn next_piece(&mut self, limit: u64) -> Result<Option<&[u8]>, BodyError> {
        let range = loop {
            // Read to its end (or none at all).
            let Some(io) = self.io.as_mut() else {
                return Ok(None);
            };
            if self.held > 0 {
                io.pending.consume(std::mem::take(&mut self.held));
            }
            if io.body.failed {
                return Err(BodyError::Failed);
            }
            let Some(decoder) = io.body.decoder.as_mut() else {
                self.give_back();
                return Ok(None);
            };
            if !io.pending.is_empty() {
                match decoder.decode(io.pending.bytes()) {
                    Ok(d) => {
                        if d.data.is_empty() {
                            // Framing only: used up now.
                            io.pending.consume(d.consumed);
                        } else {
                            // Held until the next call: the piece is lent from it.
                            self.held = d.consumed;
                            self.read += d.data.len() as u64;
                        }
                        if d.done {
                            io.body.decoder = None;
                        } else if self.read.saturating_add(decoder.promised()) > limit {
                            io.body.failed = true;
                            return Err(BodyError::TooLarge);
                        }
                        if d.data.is_empty() {
                            // More of the pending bytes may decode: look again.
                            continue;
                        }
                        break d.data;
                    }
                    Err(e) => {
                        io.body.failed = true;
                        return Err(match e.status {
                            Status::CONTENT_TOO_LARGE => BodyError::TooLarge,
                            _ => BodyError::Malformed(e.reason),
                        });
                    }
                }
            }
            let home = self.home.as_deref();
            let answered = home.is_some_and(|h| h.answered.get());
            if std::mem::take(&mut io.body.continue_due) && !answered {
                let mut sending = home.map(Continuing::start);
                let continued = b"HTTP/1.1 100 Continue\r\n\r\n";
                // Within the read timeout, on the connection's own timer: a client that reads
                // nothing (its earlier responses filling the socket) cannot hold the handler.
                let deadline = io.body_deadline();
                let send = send_direct(&io.stream, io.tls.as_ref(), continued);
                match percore_proactor::time::timeout_on(&mut io.timer, deadline, send).await {
                    Ok(Ok(())) => {
                        if let Some(sending) = &mut sending {
                            sending.sent = true;
                        }
                    }
                    Ok(Err(_)) => {
                        if let Some(home) = home {
                            home.continue_failed.set(true);
                        }
                        io.body.failed = true;
                        return Err(BodyError::Incomplete);
                    }
                    Err(_) => {
                        io.body.failed = true;
                        return Err(BodyError::TimedOut);
                    }
                }
            }
            let deadline = io.body_deadline();
            if let Err(e) = io.fill_body(deadline).await {
                io.body.failed = true;
                return Err(match e {
                    RecvError::TimedOut => BodyError::TimedOut,
                    RecvError::Closed => BodyError::Incomplete,
                    RecvError::Io(e) => {
                        // The client left (a record that failed to decrypt is not leaving:
                        // the handler's answer is logged, though it cannot go either).
                        if means_client_left(&e) {
                            io.body.lost = Some(e);
                        }
                        BodyError::Incomplete
                    }
                });
            }
        };
        let io = self.io.as_ref().expect("lent above");
        Ok(Some(&io.pending.bytes()[range]))
    }

    /// The whole body, up to the `max_body` setting: what is left of it, once pieces were
    /// taken with [`Body::chunk`] (nothing once it has ended).
    ///
    /// # Errors
    ///
    /// [`BodyError::TooLarge`] past the limit (at once, without reading, when the announced
    /// length is over it), or any error of [`Body::chunk`].
    pub async fn collect(&mut self) -> Result<Vec<u8>, BodyError> {
        let limit = self.io.as_ref().map_or(0, |io| io.max_body);
        self.collect_limited(limit).await
    }

    /// The whole body, up to `limit` bytes: what is left of it, as [`Body::collect`].
    ///
    /// # Errors
    ///
    /// As [`Body::collect`].
    pub async fn collect_limited(&mut self, limit: u64) -> Result<Vec<u8>, BodyError> {
        // Read to its end (its decoder gone, or the receive side given back), or there is
        // none: what is left of it is nothing, whatever length was announced.
        let ended = self
            .io
            .as_ref()
            .is_none_or(|io| io.body.decoder.is_none() && !io.body.failed);
        if ended {
            // The receive side goes back to the connection now, as the read that met the
            // end would have given it.
            self.give_back();
            return Ok(Vec::new());
        }
        if self.length.is_some_and(|n| n > limit) {
            return Err(BodyError::TooLarge);
        }
        // Room for what is announced, up to `RESERVE_MAX`: a client that announces a large
        // body and sends none of it does not make the server reserve it all.
        let announced = self.length.unwrap_or(0).min(RESERVE_MAX);
        let mut out = Vec::with_capacity(announced as usize);
        while let Some(piece) = self.next_piece(limit).await? {
            if (out.len() + piece.len()) as u64 > limit {
                return Err(BodyError::TooLarge);
            }
            out.extend_from_slice(piece);
        }
        Ok(out)
    }

    /// Gives the receive side back to the connection.
    fn give_back(&mut self) {
        if let (Some(mut io), Some(home)) = (self.io.take(), self.home.take()) {
            if self.held > 0 {
                io.pending.consume(std::mem::take(&mut self.held));
            }
            home.io.set(Some(io));
        }
    }
}

impl Drop for Body {
    fn drop(&mut self) {
        self.give_back();
    }
}

#[cfg(test)]
mod tests {
    use std::pin::pin;
    use std::task::Context;

    use percore_testkit::counting_waker;

    use super::*;

    #[test]
    fn the_response_waits_for_a_continue_being_sent_and_learns_whether_it_went_out() {
        let home = HomeState::default();
        let (count, waker) = counting_waker();
        let mut cx = Context::from_waker(&waker);
        // None being sent: no wait.
        assert!(pin!(home.continue_sent()).poll(&mut cx).is_ready());
        let sending = Continuing::start(&home);
        let mut wait = pin!(home.continue_sent());
        assert!(wait.as_mut().poll(&mut cx).is_pending());
        assert!(wait.as_mut().poll(&mut cx).is_pending());
        assert_eq!(count.get(), 0);
        // Out: the connection is woken and goes on.
        let mut sending = sending;
        sending.sent = true;
        drop(sending);
        assert_eq!(count.get(), 1);
        assert!(wait.as_mut().poll(&mut cx).is_ready());
        assert!(!home.continue_cut());
        // Given up part way (a timeout, or its reader dropped): the connection is woken, and
        // told that nothing more can be sent.
        let sending = Continuing::start(&home);
        let mut wait = pin!(home.continue_sent());
        assert!(wait.as_mut().poll(&mut cx).is_pending());
        drop(sending);
        assert_eq!(count.get(), 2);
        assert!(wait.as_mut().poll(&mut cx).is_ready());
        assert!(home.continue_cut());
    }
}
