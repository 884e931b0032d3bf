//! One HTTP connection: requests received from the worker's buffer ring, answered in order
//! (pipelined ones too), kept alive between requests, and closed on a timeout, an error or
//! the client's wish.
//!
//! A received buffer is parsed where it lies when it holds whole requests; only a request
//! split across receives is copied into the connection's stash. A kept-alive connection
//! waiting for its next request holds no buffer at all: responses are written into buffers
//! borrowed from the worker's pool for the time of their send.

use std::future::{Future, poll_fn};
use std::io;
use std::pin::{Pin, pin};
use std::rc::Rc;
use std::task::Poll;
use std::time::{Duration, Instant as WallInstant, SystemTime};

use percore_http::{BodyDiscard, Framing, Head, Method, Parsed, Status, parse_head};
use percore_proactor::fs::File;
use percore_proactor::net::TcpStream;
use percore_proactor::time::{self, Instant, Sleep};

use crate::access_log::Line;
use crate::respond::{Reply, error, respond};
use crate::site::Site;

/// Bytes spliced per step: each step must finish within the write timeout.
const SPLICE_STEP: u64 = 1 << 20;
/// Bytes read and sent per step when a file goes through a buffer.
const READ_STEP: u64 = 256 * 1024;
/// After a response that closes the connection, how long what the client still sends is read
/// and discarded, so that closing does not reset the connection under the response.
const LINGER: Duration = Duration::from_secs(2);

/// Why a connection ended early.
#[derive(Debug)]
enum End {
    Io(io::Error),
    TimedOut,
}

impl From<io::Error> for End {
    fn from(e: io::Error) -> Self {
        End::Io(e)
    }
}

struct Conn {
    stream: TcpStream,
    site: Rc<Site>,
    /// Received bytes not yet used: a partial request head, or pipelined requests.
    stash: Vec<u8>,
    /// When the request being received started (its first byte).
    started: Option<Instant>,
    /// A request body being read and discarded.
    body: Option<BodyDiscard>,
    /// The head of the request whose body is being discarded: answered once it has ended.
    held: Vec<u8>,
    held_started: Stamp,
    /// When that body started: the rest of it must arrive within the read timeout.
    body_since: Instant,
    /// Requests answered on this connection.
    served: u32,
    /// The connection's one timer, moved to each wait's deadline: no timer is registered or
    /// removed per operation.
    timer: Sleep,
}

/// When a request started, for the access log: taken only when there is one (two clock
/// reads per request otherwise spent for nothing).
type Stamp = Option<(SystemTime, WallInstant)>;

fn stamp(site: &Site) -> Stamp {
    site.log
        .is_some()
        .then(|| (SystemTime::now(), WallInstant::now()))
}

/// Runs `fut` until it completes, or until `deadline` (on `timer`) if there is one.
async fn within<F: Future>(
    timer: &mut Sleep,
    deadline: Option<Instant>,
    fut: F,
) -> Result<F::Output, Elapsed> {
    let Some(deadline) = deadline else {
        return Ok(fut.await);
    };
    timer.reset(deadline);
    let mut fut = pin!(fut);
    poll_fn(|cx| {
        if let Poll::Ready(v) = fut.as_mut().poll(cx) {
            return Poll::Ready(Ok(v));
        }
        if Pin::new(&mut *timer).poll(cx).is_ready() {
            return Poll::Ready(Err(Elapsed));
        }
        Poll::Pending
    })
    .await
}

/// A deadline passed.
#[derive(Debug)]
struct Elapsed;

/// Whether a request's body is read and discarded (then the request answered), rather than
/// left unread with the connection closing after the answer.
fn discards_body(head: &Head<'_>) -> bool {
    head.framing != Framing::None
        && !head.expect_continue
        && matches!(head.method, Method::Get | Method::Head | Method::Options)
}

/// Serves one connection until it closes.
pub(crate) async fn serve(stream: TcpStream, site: Rc<Site>) {
    let mut conn = Conn {
        stream,
        site,
        stash: Vec::new(),
        started: None,
        body: None,
        held: Vec::new(),
        held_started: None,
        body_since: time::now(),
        served: 0,
        timer: time::sleep_until(time::now()),
    };
    match conn.run().await {
        Ok(()) => {}
        Err(End::TimedOut) => conn.site.stats.timeout(),
        Err(End::Io(e)) => tracing::debug!("connection ended: {e}"),
    }
}

/// Where the bytes being parsed live.
enum Input {
    /// A buffer of the ring, parsed in place.
    Lease(percore_proactor::RingBuf),
    /// The stash, taken out of the connection meanwhile.
    Stash(Vec<u8>),
}

impl Input {
    fn bytes(&self) -> &[u8] {
        match self {
            Input::Lease(b) => b,
            Input::Stash(v) => v,
        }
    }
}

impl Conn {
    async fn run(&mut self) -> Result<(), End> {
        loop {
            let idle = self.stash.is_empty() && self.body.is_none();
            let deadline = if idle {
                self.site.timeouts.idle.map(|d| time::now() + d)
            } else {
                // A head, or the body of a request, must arrive within the read timeout.
                let since = if self.body.is_some() {
                    self.body_since
                } else {
                    *self.started.get_or_insert_with(time::now)
                };
                self.site.timeouts.read.map(|d| since + d)
            };
            let received = within(
                &mut self.timer,
                deadline,
                self.stream.recv_ring(&self.site.ring),
            )
            .await;
            let lease = match received {
                // A kept-alive connection that stays quiet is closed without a word.
                Err(_) if idle => return Err(End::TimedOut),
                // A request that does not arrive in time is answered 408.
                Err(_) => {
                    let mut out = self.site.take_buf();
                    let reply = error(&self.site, &mut out, Status::RequestTimeout, false, false);
                    self.log(None, &reply, stamp(&self.site));
                    let _ = self.send(out).await;
                    return Err(End::TimedOut);
                }
                Ok(Ok(Some(lease))) => lease,
                // End of stream (a partial request is dropped), or an error.
                Ok(Ok(None)) => return Ok(()),
                Ok(Err(e)) => return Err(End::Io(e)),
            };
            if idle {
                self.started = Some(time::now());
            }
            self.site.stats.bytes_in(lease.len() as u64);
            let input = if self.stash.is_empty() {
                Input::Lease(lease)
            } else {
                let mut stash = std::mem::take(&mut self.stash);
                stash.extend_from_slice(&lease);
                Input::Stash(stash)
            };
            let bytes = input.bytes();
            let (used, keep) = self.answer(bytes).await?;
            if !keep {
                Box::pin(self.linger()).await;
                return Ok(());
            }
            // What is left is the start of the next request.
            self.stash = match input {
                Input::Stash(mut v) => {
                    v.drain(..used);
                    if v.is_empty() { Vec::new() } else { v }
                }
                Input::Lease(b) => b[used..].to_vec(),
            };
            if self.stash.is_empty() && self.body.is_none() {
                self.started = None;
            } else if used > 0 {
                self.started = Some(time::now());
            }
        }
    }

    /// Answers every complete request at the start of `bytes`, in order. Returns the bytes
    /// used and whether the connection stays open.
    ///
    /// A request with a body is answered once its body has been read (and discarded): a body
    /// that turns out malformed gets a 400 alone, never an answer to the request before it.
    async fn answer(&mut self, bytes: &[u8]) -> Result<(usize, bool), End> {
        let site = self.site.clone();
        let mut out = site.take_buf();
        let mut at = 0;
        let keep = loop {
            if let Some(body) = &mut self.body {
                match body.feed(&bytes[at..]) {
                    Ok(fed) if !fed.done => {
                        at += fed.consumed;
                        break true;
                    }
                    Ok(fed) => {
                        at += fed.consumed;
                        self.body = None;
                        let held = std::mem::take(&mut self.held);
                        let Ok(Parsed::Complete(head, _)) = parse_head(&held, &site.limits) else {
                            unreachable!("the held head parsed before")
                        };
                        if !self
                            .reply(&site, &head, &mut out, self.held_started)
                            .await?
                        {
                            break false;
                        }
                        continue;
                    }
                    Err(e) => {
                        let reply = error(&site, &mut out, e.status, false, false);
                        self.log(None, &reply, stamp(&self.site));
                        break false;
                    }
                }
            }
            if at == bytes.len() {
                break true;
            }
            let (head, len) = match parse_head(&bytes[at..], &site.limits) {
                Ok(Parsed::Incomplete) => break true,
                Ok(Parsed::Complete(head, len)) => (head, len),
                Err(e) => {
                    tracing::debug!("bad request: {e}");
                    let reply = error(&site, &mut out, e.status, false, false);
                    self.log(None, &reply, stamp(&self.site));
                    break false;
                }
            };
            let started = stamp(&site);
            if discards_body(&head) {
                let mut body = match BodyDiscard::new(head.framing, site.cfg.max_body.0) {
                    Ok(d) => d,
                    Err(e) => {
                        let reply = error(&site, &mut out, e.status, false, false);
                        self.log(Some(&head), &reply, started);
                        break false;
                    }
                };
                match body.feed(&bytes[at + len..]) {
                    Ok(fed) if fed.done => at += len + fed.consumed,
                    Ok(fed) => {
                        // The rest of the body is still to come: the head waits for it.
                        self.held = bytes[at..at + len].to_vec();
                        self.held_started = started;
                        self.body_since = time::now();
                        self.body = Some(body);
                        at += len + fed.consumed;
                        break true;
                    }
                    Err(e) => {
                        let reply = error(&site, &mut out, e.status, false, false);
                        self.log(Some(&head), &reply, started);
                        break false;
                    }
                }
            } else {
                at += len;
            }
            if !self.reply(&site, &head, &mut out, started).await? {
                break false;
            }
        };
        if !out.is_empty() {
            out = self.send(out).await?;
        }
        site.put_buf(out);
        Ok((at, keep))
    }

    /// Answers one request into `out` (sending it first when a file follows); returns whether
    /// the connection stays open.
    async fn reply(
        &mut self,
        site: &Site,
        head: &Head<'_>,
        out: &mut Vec<u8>,
        started: Stamp,
    ) -> Result<bool, End> {
        self.served += 1;
        site.stats.requests(1);
        // A body that is not read (another method, or a client waiting for 100 Continue)
        // leaves the connection unusable after the answer.
        let unread_body = head.framing != Framing::None && !discards_body(head);
        let keep = head.keep_alive && self.served < site.cfg.max_requests && !unread_body;
        let reply = respond(site, head, keep, out).await;
        let status = reply.status();
        let sent = match reply {
            Reply::File {
                file, offset, len, ..
            } => {
                // The head goes first, then the file straight from the page cache.
                *out = self.send(std::mem::take(out)).await?;
                // Boxed: only large files pay for the splice's state (see `sizes` below).
                if len < site.cfg.splice_min.0 {
                    Box::pin(self.read_send(&file, offset, len)).await?;
                } else {
                    Box::pin(self.splice(&file, offset, len)).await?;
                }
                len
            }
            Reply::Written { body, .. } => body,
        };
        self.log(Some(head), &Reply::Written { status, body: sent }, started);
        Ok(keep)
    }

    /// Sends all of `out` within the write timeout; gives the buffer back, empty.
    async fn send(&mut self, out: Vec<u8>) -> Result<Vec<u8>, End> {
        let len = out.len() as u64;
        let deadline = self.site.timeouts.write.map(|d| time::now() + d);
        let (res, mut out) = within(&mut self.timer, deadline, self.stream.send_all(out))
            .await
            .map_err(|_| End::TimedOut)?;
        res?;
        self.site.stats.bytes_out(len);
        out.clear();
        Ok(out)
    }

    /// Sends `len` bytes of `file` from `offset`, a step at a time, each within the write
    /// timeout.
    async fn splice(&mut self, file: &File, offset: u64, len: u64) -> Result<(), End> {
        let mut done = 0;
        while done < len {
            let step = (len - done).min(SPLICE_STEP);
            let deadline = self.site.timeouts.write.map(|d| time::now() + d);
            let moving = self.stream.splice_from(file, offset + done, step);
            let n = within(&mut self.timer, deadline, moving)
                .await
                .map_err(|_| End::TimedOut)??;
            if n == 0 {
                // The file shrank under the response: the promised length cannot be kept.
                return Err(End::Io(io::ErrorKind::UnexpectedEof.into()));
            }
            done += n;
            self.site.stats.bytes_out(n);
        }
        Ok(())
    }

    /// Sends `len` bytes of `file` from `offset` through a buffer: read (from the page cache,
    /// through the ring), then send, a step at a time.
    async fn read_send(&mut self, file: &File, offset: u64, len: u64) -> Result<(), End> {
        let mut done = 0;
        let mut buf = self.site.take_buf();
        while done < len {
            let step = (len - done).min(READ_STEP) as usize;
            buf.clear();
            buf.reserve(step);
            let (res, b) = file.read_at(buf, offset + done).await;
            buf = b;
            let n = res?;
            if n == 0 {
                return Err(End::Io(io::ErrorKind::UnexpectedEof.into()));
            }
            buf.truncate(n.min(step));
            buf = self.send(buf).await?;
            done += n.min(step) as u64;
        }
        self.site.put_buf(buf);
        Ok(())
    }

    /// Closes gracefully: our side first, then what the client still sends is discarded for
    /// a moment, so that its unread bytes do not turn the close into a reset.
    async fn linger(&mut self) {
        let _ = self.stream.shutdown(std::net::Shutdown::Write).await;
        let until = time::now() + LINGER;
        let mut left = 64 * 1024usize;
        while left > 0 {
            match time::timeout_at(until, self.stream.recv_ring(&self.site.ring)).await {
                Ok(Ok(Some(b))) => left = left.saturating_sub(b.len()),
                _ => break,
            }
        }
    }

    fn log(&self, head: Option<&Head<'_>>, reply: &Reply, started: Stamp) {
        if let (Some(log), Some((wall, clock))) = (&self.site.log, started) {
            let body = match reply {
                Reply::Written { body, .. } => *body,
                Reply::File { len, .. } => *len,
            };
            log.log(&Line {
                peer: self.stream.peer_addr().ok(),
                head,
                status: reply.status().code(),
                bytes: body,
                started: wall,
                took: clock.elapsed(),
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn returned_size<A, B, R, F: Fn(A, B) -> R>(_: F) -> usize {
        std::mem::size_of::<R>()
    }

    /// Every open connection holds its task's future, idle or not: the slow paths (cache
    /// misses, large files, listings, closing) are boxed so that it stays small.
    #[test]
    fn a_connection_task_stays_small() {
        let size = returned_size(serve);
        println!("a connection's future: {size} bytes");
        assert!(size <= 1600, "{size} bytes");
    }
}
