//! One HTTP connection: requests received from the worker's buffer ring, answered in order
//! (pipelined ones too), kept alive between requests, and closed on a timeout, an error or
//! the client's wish.
//!
//! A received buffer is parsed where it lies when it holds whole requests; only a request
//! split across receives is copied into the connection's stash. A kept-alive connection
//! waiting for its next request holds no buffer at all: responses are written into buffers
//! borrowed from the worker's pool for the time of their send, and a file's body is sent
//! only after the request's buffer has gone back to the ring, so that slow downloads hold
//! none of it.

use std::cell::Cell;
use std::future::{Future, poll_fn};
use std::io;
use std::pin::{Pin, pin};
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant as WallInstant, SystemTime};

use percore_http::{BodyDiscard, Framing, Head, Method, Parsed, Status, parse_head};
use percore_proactor::fs::File;
use percore_proactor::net::{RecvStream, TcpStream};
use percore_proactor::time::{self, Instant, Sleep};
use percore_proactor::{BufRing, Either, RingBuf, select};

use crate::access_log::Line;
use crate::respond::{Reply, error, respond};
use crate::site::Site;

/// Bytes read and sent per step when a file goes through a buffer.
const READ_STEP: u64 = 256 * 1024;
/// Bytes received while responses are sent that a connection keeps, at least, before its
/// receive pauses (twice the head limit when that is larger).
const STASH_MAX: usize = 64 * 1024;
/// Responses to pipelined requests are gathered up to this size, then sent.
const FLUSH_AT: usize = 256 * 1024;
/// A kept-alive connection that has waited this long for its next request gives up the state
/// of requests (see [`serve`]); busy connections, whose requests come sooner, keep it.
const PARK_AFTER: Duration = Duration::from_secs(1);
/// After a response that closes the connection, how long what the client still sends is read
/// and discarded, so that closing does not reset the connection under the response.
const LINGER: Duration = Duration::from_secs(2);

/// Why a connection ended early.
#[derive(Debug)]
enum End {
    Io(io::Error),
    TimedOut,
    /// Idle for [`PARK_AFTER`]: the connection goes on without its requests' state.
    Park,
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
    /// The multishot receive: armed once, it serves every request of the connection.
    rx: Option<RecvStream>,
    /// The receive was cancelled on purpose (a long response is being sent): its end is not
    /// the client's.
    rx_paused: bool,
    /// The stash holds bytes that arrived while responses were sent, not yet parsed.
    unparsed: bool,
    /// A file to send once the request's receive buffer is given back.
    file: Option<Box<FileSend>>,
    /// Since when the connection has been waiting for its next request.
    idle_since: Instant,
}

/// A connection between requests, holding only what it needs to wait for the next one.
struct Parked {
    stream: TcpStream,
    rx: Option<RecvStream>,
    rx_paused: bool,
    /// Requests answered so far (for `max_requests`).
    served: u32,
    /// Since when it has been waiting (its accept, or its last response).
    idle_since: Instant,
}

/// The body of a file response, sent after its head once nothing of the request is borrowed
/// any more: however long the client makes the transfer, it holds no receive buffer of the
/// core's ring.
struct FileSend {
    file: File,
    offset: u64,
    len: u64,
    status: Status,
    started: Stamp,
    /// The request's head, for the access log (empty when the log is off).
    head: Vec<u8>,
}

/// The next received buffer; `None` at the end of the stream. The receive is re-armed after a
/// pause.
async fn next_lease(
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

/// The write timeout as nginx's `send_timeout` has it: a transfer fails when nothing of it
/// has gone out for `limit`, however long the whole takes. The connection's timer fires
/// once per `limit` to look at the count of bytes sent; nothing is done per send.
///
/// A splice moves up to a pipe's worth (1 MiB) per operation, too coarse a count for a slow
/// reader: there the socket's unacknowledged bytes are looked at too (one syscall per
/// `limit`), which change whenever the client reads.
struct Stall {
    limit: Duration,
    /// Whether the socket's queue is watched as well as the count.
    queue: bool,
    seen: (u64, Option<usize>),
}

impl Stall {
    /// Starts watching `sent` (arming `timer`); `None` when the write timeout is off.
    fn watch(
        limit: Option<Duration>,
        timer: &mut Sleep,
        stream: &TcpStream,
        sent: &Cell<u64>,
        queue: bool,
    ) -> Option<Stall> {
        let limit = limit?;
        timer.reset(time::now() + limit);
        let mut stall = Stall {
            limit,
            queue,
            seen: (0, None),
        };
        stall.seen = stall.mark(stream, sent);
        Some(stall)
    }

    fn mark(&self, stream: &TcpStream, sent: &Cell<u64>) -> (u64, Option<usize>) {
        let queued = self.queue.then(|| stream.unacked_bytes().ok()).flatten();
        (sent.get(), queued)
    }

    /// Whether the transfer has stalled: the timer fired with nothing sent since it was set.
    /// Otherwise the timer is moved on and will wake the task.
    fn stalled(
        &mut self,
        timer: &mut Sleep,
        stream: &TcpStream,
        sent: &Cell<u64>,
        cx: &mut Context<'_>,
    ) -> bool {
        while Pin::new(&mut *timer).poll(cx).is_ready() {
            let now = self.mark(stream, sent);
            if now == self.seen {
                return true;
            }
            self.seen = now;
            timer.reset(time::now() + self.limit);
        }
        false
    }
}

/// Whether a request's body is read and discarded (then the request answered), rather than
/// left unread with the connection closing after the answer.
fn discards_body(head: &Head<'_>) -> bool {
    head.framing != Framing::None
        && !head.expect_continue
        && matches!(head.method, Method::Get | Method::Head | Method::Options)
}

/// Serves one connection until it closes.
///
/// While it waits for a request, a connection holds only its socket, its armed receive and
/// its idle timer (a few hundred bytes, where nginx holds its connection structure alone);
/// the state of requests (about 1.5 KiB) is allocated when bytes arrive, and given up again
/// once the connection has waited [`PARK_AFTER`] for its next request.
pub(crate) async fn serve(stream: TcpStream, site: Rc<Site>) {
    let mut parked = Parked {
        stream,
        rx: None,
        rx_paused: false,
        served: 0,
        idle_since: time::now(),
    };
    loop {
        let first = {
            let p = &mut parked;
            let mut idle = site.idle_deadline(p.idle_since).map(time::sleep_until);
            let mut drain = (!site.drain.is_draining()).then(|| site.drain.wait());
            let mut next = pin!(next_lease(
                &mut p.rx,
                &mut p.rx_paused,
                &p.stream,
                &site.ring
            ));
            // One await for the request, the idle timeout and the drain (rather than a
            // timeout around the receive): the task stays small.
            poll_fn(|cx| {
                if let Poll::Ready(first) = next.as_mut().poll(cx) {
                    return Poll::Ready(Some(first));
                }
                if let Some(d) = &mut drain
                    && Pin::new(d).poll(cx).is_ready()
                {
                    drain = None;
                    // Draining: the wait ends sooner.
                    let at = site
                        .idle_deadline(p.idle_since)
                        .expect("draining sets a deadline");
                    match &mut idle {
                        Some(sleep) => sleep.reset(at),
                        None => idle = Some(time::sleep_until(at)),
                    }
                }
                if let Some(sleep) = &mut idle
                    && Pin::new(sleep).poll(cx).is_ready()
                {
                    return Poll::Ready(None);
                }
                Poll::Pending
            })
            .await
        };
        let lease = match first {
            Some(Ok(Some(lease))) => lease,
            Some(Ok(None)) => return,
            Some(Err(e)) => {
                tracing::debug!("connection ended: {e}");
                return;
            }
            // The client has not yet received all of the last response: it cannot have sent
            // its next request yet, so the wait starts again from now.
            None if site.drain.is_draining() && unreceived(&parked.stream) => {
                parked.idle_since = drain_wait_again(&site);
                continue;
            }
            // Closed by the drain; a request that raced the close is still served.
            None if site.drain.is_draining() => {
                let p = &mut parked;
                // Boxed: a rare path, kept out of the waiting connection's future.
                let last = Box::pin(last_lease(
                    &p.stream,
                    &site.ring,
                    &mut p.rx,
                    &mut p.rx_paused,
                ));
                match last.await {
                    Some(lease) => lease,
                    None => return,
                }
            }
            None => {
                site.stats.timeout();
                return;
            }
        };
        let conn = Box::new(Conn::new(parked, site.clone()));
        match Box::pin(serve_requests(conn, lease)).await {
            Some(again) => parked = again,
            None => return,
        }
    }
}

/// Whether bytes sent on `stream` have not been acknowledged yet (a slow reader is still
/// receiving a response): one `SIOCOUTQ`, asked only when a drain is about to close a
/// connection that waits for a request.
fn unreceived(stream: &TcpStream) -> bool {
    stream.unacked_bytes().is_ok_and(|n| n > 0)
}

/// How often, at least, a draining connection whose client is still receiving its last
/// response looks again (so that `drain_idle = "0s"` cannot spin).
const DRAIN_RECHECK: Duration = Duration::from_millis(10);

/// The wait of a draining connection whose client is still receiving its last response
/// starts again now: it cannot have sent its next request yet. Set so that the next look is
/// `drain_idle` from now, and never sooner than [`DRAIN_RECHECK`]. (This moves the idle
/// timeout later too; a client that never reads the rest is cut off by `shutdown_timeout`,
/// the bound of every drain.)
fn drain_wait_again(site: &Site) -> Instant {
    time::now() + DRAIN_RECHECK.saturating_sub(site.timeouts.drain_idle)
}

/// Cancels the receive of a connection the drain closes while it waits for a request. A
/// buffer the receive still yields holds the start of a request that raced the close, and so
/// do bytes that arrived after the receive's last completion (still in the socket): either is
/// returned, to be answered (with `Connection: close`) rather than lost.
async fn last_lease(
    stream: &TcpStream,
    ring: &BufRing,
    rx: &mut Option<RecvStream>,
    paused: &mut bool,
) -> Option<RingBuf> {
    if let Some(rx) = rx.as_mut() {
        rx.cancel();
        *paused = false;
        if let Some(Ok(lease)) = rx.next().await {
            return Some(lease);
        }
    }
    *rx = None;
    if !stream.unread_bytes().is_ok_and(|n| n > 0) {
        return None;
    }
    stream.recv_ring(ring).await.ok().flatten()
}

/// Serves the requests of a connection whose next bytes are `first`, until it closes (`None`)
/// or parks.
///
/// The connection's fields come boxed, apart from the future that runs them: an argument is
/// kept in the future beside what it is moved into, and boxing keeps that copy to a pointer.
async fn serve_requests(mut conn: Box<Conn>, first: RingBuf) -> Option<Parked> {
    match conn.run(first).await {
        Ok(()) => {}
        Err(End::Park) => {
            let conn = *conn;
            return Some(Parked {
                stream: conn.stream,
                rx: conn.rx,
                rx_paused: conn.rx_paused,
                served: conn.served,
                idle_since: conn.idle_since,
            });
        }
        Err(End::TimedOut) => conn.site.stats.timeout(),
        Err(End::Io(e)) => tracing::debug!("connection ended: {e}"),
    }
    None
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
    /// The state of requests for a connection that was waiting for one.
    fn new(parked: Parked, site: Rc<Site>) -> Conn {
        Conn {
            stream: parked.stream,
            site,
            stash: Vec::new(),
            started: None,
            body: None,
            held: Vec::new(),
            held_started: None,
            body_since: time::now(),
            served: parked.served,
            timer: time::sleep_until(time::now()),
            rx: parked.rx,
            rx_paused: parked.rx_paused,
            unparsed: false,
            file: None,
            idle_since: parked.idle_since,
        }
    }

    async fn run(&mut self, first: RingBuf) -> Result<(), End> {
        let mut first = Some(first);
        loop {
            let input = if std::mem::take(&mut self.unparsed) {
                // Bytes arrived while responses were sent: they are parsed before waiting.
                Input::Stash(std::mem::take(&mut self.stash))
            } else {
                let idle = self.stash.is_empty() && self.body.is_none();
                let lease = match first.take() {
                    Some(lease) => lease,
                    None => match self.receive(idle).await? {
                        Some(lease) => lease,
                        None => return Ok(()),
                    },
                };
                if idle {
                    self.started = Some(time::now());
                }
                self.site.stats.bytes_in(lease.len() as u64);
                if self.stash.is_empty() {
                    Input::Lease(lease)
                } else {
                    let mut stash = std::mem::take(&mut self.stash);
                    stash.extend_from_slice(&lease);
                    Input::Stash(stash)
                }
            };
            let (used, keep) = self.answer(input.bytes()).await?;
            // What is left is the start of the next request (or whole pipelined ones, when a
            // file response stopped the answering).
            let rest = match input {
                _ if !keep => Vec::new(),
                Input::Stash(mut v) => {
                    v.drain(..used);
                    v
                }
                Input::Lease(b) => b[used..].to_vec(),
            };
            let file_sent = match self.file.take() {
                Some(file) => {
                    Box::pin(self.send_file(*file)).await?;
                    true
                }
                None => false,
            };
            if !keep {
                Box::pin(self.linger()).await;
                return Ok(());
            }
            // Then whatever arrived meanwhile.
            let arrived = std::mem::take(&mut self.stash);
            self.unparsed = !arrived.is_empty() || (file_sent && !rest.is_empty());
            let mut rest = rest;
            rest.extend_from_slice(&arrived);
            self.stash = if rest.is_empty() { Vec::new() } else { rest };
            if self.stash.is_empty() && self.body.is_none() {
                self.started = None;
            } else if used > 0 {
                self.started = Some(time::now());
            }
        }
    }

    /// Waits for the next received buffer: a kept-alive connection (`idle`) up to the idle
    /// timeout, then closes quietly (and once the worker drains, up to `drain_idle`, then
    /// closes serving what raced the close); a request under way up to the read timeout from
    /// its start, then 408. `None` at the end of the stream (a partial request is dropped).
    async fn receive(&mut self, idle: bool) -> Result<Option<RingBuf>, End> {
        if idle {
            self.idle_since = time::now();
        }
        loop {
            let mut parks = false;
            let deadline = if idle {
                let park = self.idle_since + PARK_AFTER;
                match self.site.idle_deadline(self.idle_since) {
                    Some(until) if until <= park => Some(until),
                    _ => {
                        parks = true;
                        Some(park)
                    }
                }
            } else {
                // A head, or the body of a request, must arrive within the read timeout.
                let since = if self.body.is_some() {
                    self.body_since
                } else {
                    *self.started.get_or_insert_with(time::now)
                };
                self.site.timeouts.read.map(|d| since + d)
            };
            // Waiting for a request, the start of a drain moves the deadline: wake for it.
            let drain = (idle && !self.site.drain.is_draining()).then(|| self.site.drain.wait());
            let next = next_lease(
                &mut self.rx,
                &mut self.rx_paused,
                &self.stream,
                &self.site.ring,
            );
            let waited = match drain {
                Some(drain) => match select(drain, within(&mut self.timer, deadline, next)).await {
                    Either::Left(()) => continue,
                    Either::Right(waited) => waited,
                },
                None => within(&mut self.timer, deadline, next).await,
            };
            return match waited {
                Ok(Ok(lease)) => Ok(lease),
                Ok(Err(e)) => Err(End::Io(e)),
                Err(_) if parks => Err(End::Park),
                // The client is still receiving the last response: its next request cannot
                // be on the way yet, so the wait starts again from now.
                Err(_) if idle && self.site.drain.is_draining() && unreceived(&self.stream) => {
                    self.idle_since = drain_wait_again(&self.site);
                    continue;
                }
                // Closed by the drain; a request that raced the close is still served.
                Err(_) if idle && self.site.drain.is_draining() => Ok(last_lease(
                    &self.stream,
                    &self.site.ring,
                    &mut self.rx,
                    &mut self.rx_paused,
                )
                .await),
                Err(_) if idle => Err(End::TimedOut),
                Err(_) => {
                    let mut out = self.site.take_buf();
                    let reply = error(&self.site, &mut out, Status::RequestTimeout, false, false);
                    self.log(None, &reply, stamp(&self.site));
                    let _ = self.send(out).await;
                    Err(End::TimedOut)
                }
            };
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
                        let keep = self
                            .reply(&site, &head, &held, &mut out, self.held_started)
                            .await;
                        if !keep || self.file.is_some() {
                            break keep;
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
            let head_at = at;
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
            let raw = &bytes[head_at..head_at + len];
            let keep = self.reply(&site, &head, raw, &mut out, started).await;
            if !keep || self.file.is_some() {
                // A file's body goes out once the request's bytes are no longer borrowed.
                break keep;
            }
            if out.len() >= FLUSH_AT {
                // Many pipelined requests for large cached files: send as they add up.
                out = self.send(out).await?;
            }
        };
        if !out.is_empty() {
            out = self.send(out).await?;
        }
        site.put_buf(out);
        Ok((at, keep))
    }

    /// Answers one request (whose head is `raw`) into `out`; returns whether the connection
    /// stays open. A file's body is left in `self.file`, to send after the head.
    async fn reply(
        &mut self,
        site: &Site,
        head: &Head<'_>,
        raw: &[u8],
        out: &mut Vec<u8>,
        started: Stamp,
    ) -> bool {
        self.served += 1;
        site.stats.requests(1);
        // A body that is not read (another method, or a client waiting for 100 Continue)
        // leaves the connection unusable after the answer.
        let unread_body = head.framing != Framing::None && !discards_body(head);
        // Draining: this response is the connection's last, and says so; requests pipelined
        // behind it are not begun.
        let keep = head.keep_alive
            && self.served < site.cfg.max_requests
            && !unread_body
            && !site.drain.is_draining();
        match respond(site, head, keep, out).await {
            Reply::File {
                status,
                file,
                offset,
                len,
            } => {
                self.file = Some(Box::new(FileSend {
                    file,
                    offset,
                    len,
                    status,
                    started,
                    head: if started.is_some() {
                        raw.to_vec()
                    } else {
                        Vec::new()
                    },
                }));
            }
            reply @ Reply::Written { .. } => self.log(Some(head), &reply, started),
        }
        keep
    }

    /// Sends the body of a file response whose head has gone out, then logs it.
    async fn send_file(&mut self, f: FileSend) -> Result<(), End> {
        // While a long response goes out, nothing more is received: a client that keeps
        // sending cannot make the receive take buffers from the core's ring meanwhile. What
        // arrived before is still read after.
        if let Some(rx) = &mut self.rx {
            rx.cancel();
            self.rx_paused = true;
        }
        let mut sent = 0;
        // Through a buffer below `splice_min`, while the core's `send_buffers` has room.
        let budget = (f.len < self.site.cfg.splice_min.0)
            .then(|| self.site.send_budget(f.len.min(READ_STEP)))
            .flatten();
        if budget.is_none() && f.len < self.site.cfg.splice_min.0 {
            tracing::debug!("send_buffers is used up: {} bytes go by splice", f.len);
        }
        let res = match budget {
            Some(_) => self.read_send(&f, &mut sent).await,
            None => self.splice(&f, &mut sent).await,
        };
        drop(budget);
        if f.started.is_some() {
            let limits = &self.site.limits;
            let head = match parse_head(&f.head, limits) {
                Ok(Parsed::Complete(head, _)) => Some(head),
                _ => None,
            };
            let reply = Reply::Written {
                status: f.status,
                body: sent,
            };
            self.log(head.as_ref(), &reply, f.started);
        }
        res
    }

    /// Sends all of `out` within the write timeout; gives the buffer back, empty.
    ///
    /// Meanwhile whatever the client sends is moved from the core's ring into the stash (its
    /// buffers go straight back), and past `STASH_MAX` the receive pauses: a client that sends
    /// without reading holds no ring buffer and only a bounded stash.
    async fn send(&mut self, out: Vec<u8>) -> Result<Vec<u8>, End> {
        let len = out.len() as u64;
        let sent = Cell::new(0);
        let limit = self.site.timeouts.write;
        let mut stall = Stall::watch(limit, &mut self.timer, &self.stream, &sent, false);
        let stash_max = STASH_MAX.max(2 * self.site.limits.max_head);
        let (rx, paused, stash, timer) = (
            &mut self.rx,
            &mut self.rx_paused,
            &mut self.stash,
            &mut self.timer,
        );
        let (stats, stream) = (&self.site.stats, &self.stream);
        let mut sending = pin!(stream.send_all_counting(out, &sent));
        let (res, mut out) = poll_fn(|cx| {
            if let Poll::Ready(done) = sending.as_mut().poll(cx) {
                return Poll::Ready(Ok(done));
            }
            if let Some(r) = rx.as_mut() {
                while stash.len() < stash_max {
                    match r.poll_next(cx) {
                        Poll::Ready(Some(Ok(buf))) => {
                            stats.bytes_in(buf.len() as u64);
                            stash.extend_from_slice(&buf);
                        }
                        // The end of the stream, or an error, is found again by `receive`.
                        Poll::Ready(_) | Poll::Pending => break,
                    }
                }
                if stash.len() >= stash_max && !*paused {
                    r.cancel();
                    *paused = true;
                }
            }
            if let Some(stall) = &mut stall
                && stall.stalled(timer, stream, &sent, cx)
            {
                return Poll::Ready(Err(End::TimedOut));
            }
            Poll::Pending
        })
        .await?;
        res?;
        self.site.stats.bytes_out(len);
        out.clear();
        Ok(out)
    }

    /// Sends the file's bytes by splice (no copy through user space) for as long as they keep
    /// going out (see [`Stall`]); counts them in `done`.
    async fn splice(&mut self, f: &FileSend, done: &mut u64) -> Result<(), End> {
        let sent = Cell::new(0);
        let limit = self.site.timeouts.write;
        let mut stall = Stall::watch(limit, &mut self.timer, &self.stream, &sent, true);
        let (timer, stream) = (&mut self.timer, &self.stream);
        let mut moving = pin!(stream.splice_from_counting(&f.file, f.offset, f.len, &sent));
        let res = poll_fn(|cx| {
            if let Poll::Ready(res) = moving.as_mut().poll(cx) {
                return Poll::Ready(Ok(res));
            }
            if let Some(stall) = &mut stall
                && stall.stalled(timer, stream, &sent, cx)
            {
                return Poll::Ready(Err(End::TimedOut));
            }
            Poll::Pending
        })
        .await;
        *done = sent.get();
        self.site.stats.bytes_out(sent.get());
        if res?? < f.len {
            // The file shrank under the response: the promised length cannot be kept.
            return Err(End::Io(io::ErrorKind::UnexpectedEof.into()));
        }
        Ok(())
    }

    /// Sends the file's bytes through a buffer: read (from the page cache, through the ring),
    /// then send, a step at a time; counts them in `done`.
    async fn read_send(&mut self, f: &FileSend, done: &mut u64) -> Result<(), End> {
        let (file, offset, len) = (&f.file, f.offset, f.len);
        let mut buf = self.site.take_buf();
        while *done < len {
            let step = (len - *done).min(READ_STEP) as usize;
            buf.clear();
            buf.reserve(step);
            let (res, b) = file.read_at(buf, offset + *done).await;
            buf = b;
            let n = res?;
            if n == 0 {
                return Err(End::Io(io::ErrorKind::UnexpectedEof.into()));
            }
            buf.truncate(n.min(step));
            buf = self.send(buf).await?;
            *done += n.min(step) as u64;
        }
        self.site.put_buf(buf);
        Ok(())
    }

    /// Closes gracefully: our side first, then what the client still sends is discarded until
    /// it has acknowledged the whole response (see `TcpStream::shutdown_and_linger`), so that
    /// its unread bytes do not turn the close into a reset under the response.
    async fn linger(&mut self) {
        // Whatever the multishot receive still holds is discarded with it.
        self.rx = None;
        self.stream
            .shutdown_and_linger(&self.site.ring, LINGER)
            .await;
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
    use percore_testkit::returned_size;

    /// A connection waiting for a request holds its task's future alone; one with requests
    /// also holds their state, whose slow paths (cache misses, large files, listings,
    /// closing) are boxed so that it stays small.
    #[test]
    fn a_connection_task_stays_small() {
        let waiting = returned_size(serve);
        println!("a connection's future while it waits for a request: {waiting} bytes");
        assert!(waiting <= 384, "{waiting} bytes");
        let serving = returned_size(serve_requests) + std::mem::size_of::<Conn>();
        println!("its requests' state: {serving} bytes");
        assert!(serving <= 1700, "{serving} bytes");
    }
}
