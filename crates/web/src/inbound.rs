//! The receive side of a connection: its multishot receive, the bytes received and not yet
//! used, and the state of the body being read. The connection holds it between requests and
//! lends it to a request's [`crate::Body`] while a handler runs.

use std::io;
use std::rc::Rc;
use std::time::Duration;

use percore_http::BodyDecoder;
use percore_proactor::net::{RecvStream, TcpStream};
use percore_proactor::time::{self, Instant, Sleep};
use percore_proactor::{BufRing, RingBuf};
use percore_worker::LocalStats;

/// Received bytes not yet used: a buffer of the ring, parsed in place, or the stash they were
/// copied to when a request was split across receives (or arrived while a response went out).
#[derive(Debug, Default)]
pub(crate) enum Pending {
    #[default]
    Empty,
    /// A ring buffer and how far into it is used.
    Lease(RingBuf, usize),
    /// Copied bytes and how far into them is used.
    Stash(Vec<u8>, usize),
}

impl Pending {
    /// The bytes not yet used.
    pub(crate) fn bytes(&self) -> &[u8] {
        match self {
            Pending::Empty => &[],
            Pending::Lease(b, at) => &b[*at..],
            Pending::Stash(v, at) => &v[*at..],
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.bytes().len()
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Marks `n` bytes used; a ring buffer used up goes back to the ring at once.
    pub(crate) fn consume(&mut self, n: usize) {
        debug_assert!(n <= self.len());
        let done = match self {
            Pending::Empty => return,
            Pending::Lease(b, at) => {
                *at += n;
                *at >= b.len()
            }
            Pending::Stash(v, at) => {
                *at += n;
                *at >= v.len()
            }
        };
        if done {
            *self = Pending::Empty;
        }
    }

    /// Adds a received buffer: kept as it is when nothing else is pending, else copied.
    pub(crate) fn push(&mut self, lease: RingBuf) {
        match self {
            Pending::Empty => *self = Pending::Lease(lease, 0),
            _ => self.extend(&lease),
        }
    }

    /// Adds bytes (copied into the stash).
    pub(crate) fn extend(&mut self, data: &[u8]) {
        match self {
            Pending::Stash(v, at) => {
                if *at > 0 && *at >= v.len() / 2 {
                    v.drain(..*at);
                    *at = 0;
                }
                v.extend_from_slice(data);
            }
            _ => {
                let mut v = Vec::with_capacity(self.len() + data.len());
                v.extend_from_slice(self.bytes());
                v.extend_from_slice(data);
                *self = Pending::Stash(v, 0);
            }
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
}

/// A connection's receive side.
#[derive(Debug)]
pub(crate) struct Inbound {
    pub(crate) stream: TcpStream,
    pub(crate) ring: BufRing,
    pub(crate) stats: Rc<LocalStats>,
    pub(crate) read_timeout: Option<Duration>,
    pub(crate) max_body: u64,
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
pub(crate) async fn next_lease(
    rx: &mut Option<RecvStream>,
    paused: &mut bool,
    stream: &TcpStream,
    ring: &BufRing,
) -> io::Result<Option<RingBuf>> {
    loop {
        let stream_rx = rx.get_or_insert_with(|| stream.recv_multi(ring));
        match stream_rx.next().await {
            Some(Ok(buf)) => return Ok(Some(buf)),
            Some(Err(e)) => return Err(e),
            None if std::mem::take(paused) => *rx = None,
            None => return Ok(None),
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
    /// Receives once more into `pending`, by `deadline` if there is one.
    pub(crate) async fn fill(&mut self, deadline: Option<Instant>) -> Result<(), RecvError> {
        let next = next_lease(&mut self.rx, &mut self.paused, &self.stream, &self.ring);
        match time::timeout_on(&mut self.timer, deadline, next).await {
            Ok(Ok(Some(lease))) => {
                self.stats.bytes_in(lease.len() as u64);
                self.pending.push(lease);
                Ok(())
            }
            Ok(Ok(None)) => Err(RecvError::Closed),
            Ok(Err(e)) => Err(RecvError::Io(e)),
            Err(_) => Err(RecvError::TimedOut),
        }
    }

    /// The deadline for the next piece of a body: the read timeout from now.
    pub(crate) fn body_deadline(&self) -> Option<Instant> {
        self.read_timeout.map(|d| time::now() + d)
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
                continue;
            }
            if left == 0 {
                return Ok(false);
            }
            if let Err(e) = self.fill(deadline).await {
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
        assert!(matches!(p, Pending::Empty));
        assert!(p.is_empty());
    }
}
