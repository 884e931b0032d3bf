//! The receive side of a connection: its multishot receive, the bytes received and not yet
//! used, and the state of the body being read. The connection holds it between requests and
//! lends it to a request's [`crate::Body`] while a handler runs.

use std::future::Future;
use std::io;
use std::rc::Rc;
use std::task::Poll;
use std::time::Duration;

use percore_http::BodyDecoder;
use percore_proactor::net::{RecvStream, TcpStream};
use percore_proactor::time::{self, Instant, Sleep};
use percore_proactor::{BufRing, RingBuf};
use percore_worker::LocalStats;

use crate::tls::Tls;

/// Received bytes not yet used: a buffer of the ring, parsed in place, or the stash they were
/// copied to when a request was split across receives (or arrived while a response went out,
/// or was decrypted: HTTPS requests are always in the stash).
#[derive(Debug, Default)]
pub(crate) enum Pending {
    #[default]
    Empty,
    /// Nothing pending; the stash's memory, kept for the next decrypted bytes (an HTTPS
    /// connection decrypts every request into it: no allocation per request), and let go
    /// when a ring buffer comes instead.
    Spare(Vec<u8>),
    /// A ring buffer and how far into it is used.
    Lease(RingBuf, usize),
    /// Copied bytes and how far into them is used.
    Stash(Vec<u8>, usize),
}

impl Pending {
    /// The bytes not yet used.
    #[inline]
    pub(crate) fn bytes(&self) -> &[u8] {
        match self {
            Pending::Empty | Pending::Spare(_) => &[],
            Pending::Lease(b, at) => &b[*at..],
            Pending::Stash(v, at) => &v[*at..],
        }
    }

    #[inline]
    pub(crate) fn len(&self) -> usize {
        self.bytes().len()
    }

    #[inline]
    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Marks `n` bytes used; a ring buffer used up goes back to the ring at once.
    pub(crate) fn consume(&mut self, n: usize) {
        debug_assert!(n <= self.len());
        match self {
            Pending::Empty | Pending::Spare(_) => {}
            Pending::Lease(b, at) => {
                *at += n;
                if *at >= b.len() {
                    *self = Pending::Empty;
                }
            }
            Pending::Stash(v, at) => {
                *at += n;
                if *at >= v.len() {
                    v.clear();
                    *self = Pending::Spare(std::mem::take(v));
                }
            }
        }
    }

    /// Drops what is pending when it is a few line ends and nothing else (up to four CR or
    /// LF bytes: two empty lines, or part of them).
    #[inline]
    pub(crate) fn drop_empty_lines(&mut self) {
        let bytes = self.bytes();
        if !bytes.is_empty() && bytes.len() <= 4 && bytes.iter().all(|&b| b == b'\r' || b == b'\n')
        {
            self.consume(bytes.len());
        }
    }

    /// Adds a received buffer: kept as it is when nothing else is pending, else copied.
    pub(crate) fn push(&mut self, lease: RingBuf) {
        match self {
            Pending::Empty | Pending::Spare(_) => *self = Pending::Lease(lease, 0),
            _ => self.extend(&lease),
        }
    }

    /// Adds bytes (copied into the stash).
    pub(crate) fn extend(&mut self, data: &[u8]) {
        self.stash().extend_from_slice(data);
    }

    /// The stash, to append to: what is pending moves there first (used bytes dropped once
    /// they are half of it).
    pub(crate) fn stash(&mut self) -> &mut Vec<u8> {
        match self {
            Pending::Stash(v, at) => {
                if *at > 0 && *at >= v.len() / 2 {
                    v.drain(..*at);
                    *at = 0;
                }
            }
            Pending::Spare(v) => *self = Pending::Stash(std::mem::take(v), 0),
            Pending::Empty | Pending::Lease(..) => {
                let v = self.bytes().to_vec();
                *self = Pending::Stash(v, 0);
            }
        }
        match self {
            Pending::Stash(v, _) => v,
            _ => unreachable!("made a stash above"),
        }
    }
}

/// The body of the request being answered, as far as it has been read.
#[derive(Debug, Default)]
pub(crate) struct BodyState {
    /// Decodes the body; `None` when there is none, or it has been read to its end.
    pub(crate) decoder: Option<BodyDecoder>,
    /// The client waits for `100 Continue` before sending the body: sent before the first
    /// receive for the body.
    pub(crate) continue_due: bool,
    /// The body turned out malformed, or the client stopped sending it: nothing more can be
    /// read on the connection.
    pub(crate) failed: bool,
    /// The client left (reset the connection) while the body was read: the answer has
    /// nowhere to go, and the request is logged as one whose client left.
    pub(crate) lost: Option<io::Error>,
    /// How long the server has waited for the body's bytes so far (for `min_body_rate`).
    pub(crate) waited: Duration,
    /// Bytes received while it waited, as received (framing included; ciphertext over
    /// HTTPS).
    pub(crate) received: u64,
    /// What of those came out as plaintext (the same bytes, but over HTTPS).
    pub(crate) decrypted: u64,
}

/// The most ciphertext a body is credited with ahead of its plaintext: one whole TLS record
/// (16 KiB of plaintext, with its header, tag and padding allowance).
const RECORD_CREDIT: u64 = 16 * 1024 + 256;

impl BodyState {
    /// The bytes the body is credited with for `min_body_rate`: as received, so that a piece
    /// of a record counts before the record decrypts (a slow client's first 16 KiB record
    /// would be all its allowance otherwise), but no more than one record ahead of the
    /// plaintext (padding, or records of nothing, earn no time beyond that).
    pub(crate) fn credited(&self) -> u64 {
        self.received
            .min(self.decrypted.saturating_add(RECORD_CREDIT))
    }
}

/// A connection's receive side.
#[derive(Debug)]
pub(crate) struct Inbound {
    pub(crate) stream: TcpStream,
    /// HTTPS: the session received records are decrypted with.
    pub(crate) tls: Option<Tls>,
    /// HTTPS: the client's `close_notify` came; nothing more is received.
    pub(crate) closed: bool,
    /// HTTPS: a record failed; reported by the next receive.
    pub(crate) failure: Option<io::Error>,
    /// HTTPS: our `close_notify` (or alert) has gone out in answer to the end.
    pub(crate) answered_close: bool,
    pub(crate) ring: BufRing,
    pub(crate) stats: Rc<LocalStats>,
    pub(crate) read_timeout: Option<Duration>,
    pub(crate) max_body: u64,
    /// `min_body_rate`, bytes a second (0: off).
    pub(crate) min_body_rate: u64,
    /// The multishot receive: armed once, it serves every request of the connection.
    pub(crate) rx: Option<RecvStream>,
    /// The receive was cancelled on purpose (a long response is being sent): its end is not
    /// the client's.
    pub(crate) paused: bool,
    pub(crate) pending: Pending,
    pub(crate) body: BodyState,
    /// For read deadlines: one timer, moved to each wait's deadline.
    pub(crate) timer: Sleep,
}

/// The next received buffer; `None` at the end of the stream. The receive is re-armed after a
/// pause.
pub(crate) fn next_lease<'a>(
    rx: &'a mut Option<RecvStream>,
    paused: &'a mut bool,
    stream: &'a TcpStream,
    ring: &'a BufRing,
) -> impl Future<Output = io::Result<Option<RingBuf>>> + 'a {
    // A poll function, not an `async fn`: it holds its four references and nothing else (an
    // `async fn` kept the stream's `next()` future beside them, 96 bytes against 32, in every
    // connection waiting for a request).
    std::future::poll_fn(move |cx| {
        loop {
            let stream_rx = rx.get_or_insert_with(|| {
                let mut rx = stream.recv_multi(ring);
                rx.hold_at_most(hold_for(ring));
                rx
            });
            return match std::task::ready!(stream_rx.poll_next(cx)) {
                Some(Ok(buf)) => Poll::Ready(Ok(Some(buf))),
                Some(Err(e)) => Poll::Ready(Err(e)),
                None if std::mem::take(paused) => {
                    *rx = None;
                    continue;
                }
                None => Poll::Ready(Ok(None)),
            };
        }
    })
}

/// What a connection's receive may hold of the core's ring while nobody takes its buffers (a
/// handler at work, a streamed response waiting for its next chunk): about as much as the
/// stash may hold while a response goes out, and at least one buffer. Past it the receive
/// pauses until the connection reads again, and TCP holds the client back, rather than one
/// client that keeps sending taking every buffer of the core's ring from the others.
fn hold_for(ring: &BufRing) -> u16 {
    let buffers = crate::conn::STASH_MAX / ring.buf_size().max(1) as usize;
    u16::try_from(buffers.max(1)).unwrap_or(u16::MAX)
}

/// Sends bytes of the driver's own ahead of any response (`100 Continue`): encrypted for
/// HTTPS.
pub(crate) async fn send_direct(
    stream: &TcpStream,
    tls: Option<&Tls>,
    bytes: &'static [u8],
) -> io::Result<()> {
    match tls {
        None => stream.send_all(bytes).await.0,
        Some(tls) => {
            let mut out = Vec::with_capacity(bytes.len() + 64);
            tls.borrow_mut().session.encrypt(bytes, &mut out)?;
            stream.send_all(out).await.0
        }
    }
}

/// Why a receive got nothing.
#[derive(Debug)]
pub(crate) enum RecvError {
    /// The client closed its side.
    Closed,
    /// The deadline passed.
    TimedOut,
    Io(io::Error),
}

impl Inbound {
    /// Copies what is pending out of its ring buffer, if it is in one, so that a wait (a long
    /// response, a handler at work) does not hold the buffer meanwhile.
    pub(crate) fn release_lease(&mut self) {
        if matches!(self.pending, Pending::Lease(..)) {
            // Moved into the stash; the buffer goes back to the ring as it is dropped.
            self.pending.stash();
        }
    }

    /// Takes a received buffer in: counted, and added to `pending` as it is, or for HTTPS
    /// decrypted into the stash (the buffer goes back to the ring at once).
    pub(crate) fn take_in(&mut self, lease: RingBuf) {
        match &self.tls {
            None => {
                self.stats.bytes_in(lease.len() as u64);
                self.pending.push(lease);
            }
            Some(tls) => {
                let stash = self.pending.stash();
                let before = stash.len();
                let decrypted = tls.borrow_mut().session.decrypt(&lease, stash);
                // Counted as plaintext, as the send side counts it.
                self.stats.bytes_in((stash.len() - before) as u64);
                match decrypted {
                    Ok(d) => self.closed |= d.closed,
                    Err(e) => self.failure = Some(e),
                }
            }
        }
    }

    /// HTTPS: the bytes received end part way through a record (the client is sending).
    pub(crate) fn mid_record(&self) -> bool {
        self.tls
            .as_ref()
            .is_some_and(|t| t.borrow().session.mid_record())
    }

    /// HTTPS, at the end of what can be read: rustls' alert for a broken record, or our
    /// `close_notify` answering the client's, sent within the read timeout (best effort: the
    /// connection ends either way).
    async fn answer_end(&mut self, close: bool) {
        let Some(tls) = &self.tls else {
            return;
        };
        let mut out = Vec::new();
        {
            let mut state = tls.borrow_mut();
            if close {
                state.session.close(&mut out);
            } else {
                state.session.take_output(&mut out);
            }
        }
        if out.is_empty() {
            return;
        }
        let limit = self.read_timeout.unwrap_or(Duration::from_secs(5));
        let _ = time::timeout(limit, self.stream.send_all(out)).await;
    }

    /// HTTPS, once the client's `close_notify` came and nothing is left to answer: ours in
    /// answer, once.
    pub(crate) async fn answer_close(&mut self) {
        if self.closed && !std::mem::replace(&mut self.answered_close, true) {
            self.answer_end(true).await;
        }
    }

    /// HTTPS, once what the client sent could not be read (a broken record): sends rustls'
    /// fatal alert, and gives the error, once; the connection then ends. Nothing received
    /// before the broken record is answered after the alert (RFC 8446 §6.2: both sides close
    /// at once; the session refuses to encrypt more).
    pub(crate) async fn end_failed(&mut self) -> Option<io::Error> {
        let e = self.failure.take()?;
        self.closed = true;
        self.answered_close = true;
        self.answer_end(false).await;
        Some(e)
    }

    /// Receives once more into `pending`, by `deadline` if there is one: the bytes received
    /// (as they came: ciphertext over HTTPS). With HTTPS, a receive may add nothing to
    /// `pending` (part of a record): the caller looks at `pending` and asks again.
    pub(crate) async fn fill(&mut self, deadline: Option<Instant>) -> Result<usize, RecvError> {
        if let Some(e) = self.end_failed().await {
            return Err(RecvError::Io(e));
        }
        if self.closed {
            // Not answered here: a response may still follow (TLS 1.3 closes each direction
            // on its own, RFC 8446 §6.1), to a request whose body the `close_notify` cut
            // short, say. Our own goes behind the last response (`Conn::flush_last`), or from
            // [`Inbound::answer_close`] when the connection had nothing left to answer.
            return Err(RecvError::Closed);
        }
        let next = next_lease(&mut self.rx, &mut self.paused, &self.stream, &self.ring);
        match time::timeout_on(&mut self.timer, deadline, next).await {
            Ok(Ok(Some(lease))) => {
                let received = lease.len();
                self.take_in(lease);
                Ok(received)
            }
            Ok(Ok(None)) => Err(RecvError::Closed),
            Ok(Err(e)) => Err(RecvError::Io(e)),
            Err(_) => Err(RecvError::TimedOut),
        }
    }

    /// The deadline for the next piece of a body: the read timeout from now, or sooner when
    /// the body's waits so far used up what `min_body_rate` allows it (one read timeout, and
    /// a second for each `min_body_rate` bytes that came).
    pub(crate) fn body_deadline(&self) -> Option<Instant> {
        let read = self.read_timeout?;
        let now = time::now();
        if self.min_body_rate == 0 {
            return Some(now + read);
        }
        let earned =
            u128::from(self.body.credited()) * 1_000_000_000 / u128::from(self.min_body_rate);
        let allowed = read.saturating_add(Duration::from_nanos(
            u64::try_from(earned).unwrap_or(u64::MAX),
        ));
        Some(now + read.min(allowed.saturating_sub(self.body.waited)))
    }

    /// Receives more of a body into `pending`, by `deadline`, counting the wait and what came
    /// for `min_body_rate`.
    ///
    /// Over HTTPS, a record that could not be read ends the body, and its alert is left to
    /// the connection: a body may be read while the connection sends a response (a stream's
    /// producer, a task of the handler's), and the alert sent from here could land inside
    /// the response's records, or before the rest of them.
    pub(crate) async fn fill_body(&mut self, deadline: Option<Instant>) -> Result<(), RecvError> {
        if self.failure.is_some() {
            return Err(RecvError::Io(io::Error::new(
                io::ErrorKind::InvalidData,
                "a TLS record of the body could not be read",
            )));
        }
        let (began, had) = (time::now(), self.pending.len());
        let filled = self.fill(deadline).await;
        self.body.waited += time::now().saturating_duration_since(began);
        self.body.received += filled.as_ref().map_or(0, |&n| n as u64);
        self.body.decrypted += self.pending.len().saturating_sub(had) as u64;
        filled.map(drop)
    }

    /// Reads and discards the rest of the body, up to `limit` more bytes and within one read
    /// timeout in all (a client trickling a body nobody reads cannot hold its answer back for
    /// longer). `Ok(true)` when it ended within the limit; `Ok(false)` when it is longer (the
    /// connection must close).
    pub(crate) async fn discard_body(&mut self, limit: u64) -> Result<bool, DiscardError> {
        let mut left = limit;
        let deadline = self.body_deadline();
        if self
            .body
            .decoder
            .as_ref()
            .and_then(BodyDecoder::remaining)
            .is_some_and(|n| n.saturating_sub(self.pending.len() as u64) > limit)
        {
            // Known to be longer: nothing is read for nothing.
            return Ok(false);
        }
        loop {
            let Some(decoder) = self.body.decoder.as_mut() else {
                return Ok(true);
            };
            if !self.pending.is_empty() {
                let fed = decoder.feed(self.pending.bytes()).map_err(|e| {
                    self.body.failed = true;
                    DiscardError::Malformed(e)
                })?;
                self.pending.consume(fed.consumed);
                if fed.done {
                    self.body.decoder = None;
                    return Ok(true);
                }
                match left.checked_sub(fed.consumed as u64) {
                    Some(l) => left = l,
                    None => return Ok(false),
                }
                // A chunk announced past what is left to discard: its bytes are not waited for.
                if decoder.promised() > left {
                    return Ok(false);
                }
                continue;
            }
            if left == 0 {
                return Ok(false);
            }
            if let Err(e) = self.fill(deadline).await.map(drop) {
                self.body.failed = true;
                return Err(DiscardError::Recv(e));
            }
        }
    }
}

/// Why a body could not be discarded.
#[derive(Debug)]
pub(crate) enum DiscardError {
    Malformed(percore_http::HeadError),
    Recv(RecvError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_is_credited_as_received_but_no_more_than_a_record_ahead_of_its_plaintext() {
        // Part of a record, nothing decrypted yet: as received.
        let mut body = BodyState {
            received: 10_000,
            ..BodyState::default()
        };
        assert_eq!(body.credited(), 10_000);
        // A megabyte that decrypts to nothing (padding): one record's worth.
        body.received = 1 << 20;
        assert_eq!(body.credited(), RECORD_CREDIT);
        // Plaintext, or records of body: all of it.
        body.decrypted = 1 << 20;
        assert_eq!(body.credited(), 1 << 20);
    }

    #[test]
    fn pending_bytes_are_used_in_order_across_receives() {
        let mut p = Pending::Empty;
        p.extend(b"GET / HT");
        p.extend(b"TP/1.1\r\n");
        assert_eq!(p.bytes(), b"GET / HTTP/1.1\r\n");
        p.consume(4);
        assert_eq!(p.bytes(), b"/ HTTP/1.1\r\n");
        p.extend(b"more");
        assert_eq!(p.bytes(), b"/ HTTP/1.1\r\nmore");
        p.consume(p.len());
        assert!(p.is_empty());
        // The stash's memory stays for the next bytes.
        let Pending::Spare(spare) = &p else {
            panic!("{p:?}")
        };
        let kept = spare.capacity();
        assert!(kept > 0);
        p.extend(b"GET /2");
        assert_eq!(p.bytes(), b"GET /2");
        assert!(matches!(&p, Pending::Stash(v, 0) if v.capacity() == kept));
    }
}
