//! One HTTP connection: requests received from the worker's buffer ring, handed to the
//! handler one at a time, answered in order (pipelined ones too), kept alive between
//! requests, and closed on a timeout, an error, a drain or the client's wish.
//!
//! A received buffer is parsed where it lies; a request's head is copied out of it (into the
//! request, which the handler owns) and a buffer used up goes back to the ring at once. What
//! must wait is copied into the connection's stash, and its buffer goes back too: a request
//! split across receives (a head sent slowly), and bytes pipelined behind a request whose
//! handler waits or whose response is a stream. A kept-alive connection waiting for its next
//! request holds no buffer at all, and no send of the connection waits while bytes pending
//! behind its answers are in a receive buffer (they are copied out first; a body lent to the
//! handler is the handler's to read).

mod send;

pub(crate) use send::{READ_STEP, STASH_MAX};

use std::cell::RefCell;
use std::future::{Future, poll_fn};
use std::io;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::pin;
use std::rc::Rc;
use std::sync::Arc;
use std::task::Poll;
use std::time::{Duration, Instant as WallInstant, SystemTime};

use percore_http::{BodyDecoder, Framing, HeadScan, HeadWriter, Method, Parsed, Status, Version};
use percore_proactor::net::{RecvStream, TcpStream};
use percore_proactor::time::{self, Instant, Sleep};
use percore_proactor::{BufRing, Either, RingBuf, select};
use percore_tls::ServerConfig;

use crate::access_log::Line;
use crate::body::{Body, Home};
use crate::handler::Handler;
use crate::inbound::{BodyState, DiscardError, Inbound, Pending, RecvError, next_lease};
use crate::request::{Parts, Request, Span, Transport, span};
use crate::response::{Payload, Response};
use crate::site::{Shared, Site};
use crate::tls::{Tls, TlsState, Wire};

/// Responses to pipelined requests are gathered up to this size, then sent. It bounds what a
/// client that pipelines requests without reading their answers makes its connection hold
/// (this, plus one response of at most [`INLINE_MAX`], until the write timeout; at 256 KiB,
/// 2,000 such clients made percore-static hold 726 MiB, with 16 KiB files). Sixteen
/// pipelined plaintext answers take about 2 KiB: only large pipelined answers meet it. The
/// buffer keeps its capacity between requests (no allocation per response) and goes with the
/// rest of a connection's request state once it waits idle (see [`PARK_AFTER`]).
const FLUSH_AT: usize = 64 * 1024;
/// Bodies of bytes up to this size are copied behind their head (one send for both, and for
/// the responses pipelined with them); larger ones are sent from where they are, after their
/// head (`MSG_MORE`). At 64 KiB this was the limit, and `perf` put 16% of the server's cycles
/// in that copy (a cached 64 KiB file to wrk over 100 connections, AMD EPYC, 2 vCPUs):
/// sending such a body from the cache costs one more send but no copy, 33.1 against 39.0 µs
/// of server CPU per request (medians of 7 interleaved runs; nginx 33.2 in three of them).
const INLINE_MAX: usize = 16 * 1024;
/// A kept-alive connection that has waited this long for its next request gives up the state
/// of requests (see [`serve`]); busy connections, whose requests come sooner, keep it.
const PARK_AFTER: Duration = Duration::from_secs(1);
/// After a response that closes the connection, how long what the client still sends is read
/// and discarded, so that closing does not reset the connection under the response.
const LINGER: Duration = Duration::from_secs(2);

/// Why a connection ended early.
#[derive(Debug)]
pub(crate) enum End {
    Io(io::Error),
    TimedOut,
    /// A response stopped going out for the write timeout, or went out slower than
    /// `min_send_rate`, or a `100 Continue` was cut short for a timeout or its reader
    /// dropped: the connection is reset, so that what its socket still holds for the client
    /// (megabytes, for a client with a small window) is dropped at once rather than kept for
    /// it, and the response is cut short either way.
    Stalled,
    /// A body that the connection's end delimits (a stream to an HTTP/1.0 client) failed
    /// part way: the connection is reset, as after a stall, since a close would end the body
    /// as if it were whole.
    Cut(io::Error),
    /// Idle for [`PARK_AFTER`]: the connection goes on without its requests' state.
    Park,
    /// Closed by the drain while it waited for a request, and shut down already.
    Drained,
}

impl End {
    /// This end, for a body the connection's end delimits: an I/O error cuts it short
    /// ([`End::Cut`]); the others end the connection as they would any.
    fn cut(self) -> End {
        match self {
            End::Io(e) => End::Cut(e),
            other => other,
        }
    }
}

impl From<io::Error> for End {
    fn from(e: io::Error) -> Self {
        End::Io(e)
    }
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

/// A connection with requests under way.
struct Conn<H> {
    site: Rc<Site<H>>,
    stream: TcpStream,
    /// HTTPS: its session (the receive side has it too).
    tls: Option<Tls>,
    /// The receive side; `None` while a request's body has it.
    inbound: Option<Box<Inbound>>,
    /// Where a request's body gives the receive side back.
    home: Option<Home>,
    /// The head of the request being answered, reused for the next one unless a handler
    /// kept it.
    parts: Option<Rc<Parts>>,
    /// Responses not yet sent.
    out: Vec<u8>,
    /// Where the header fields of the head being parsed are.
    fields: Vec<(Span, Span)>,
    /// What is known of a head that parsed as incomplete: it is parsed again only when that
    /// may change (a head sent a byte at a time is not parsed once per byte).
    head_scan: HeadScan,
    /// Requests answered on this connection.
    served: u32,
    /// The last request answered asked to close the connection (`Connection: close`, or
    /// HTTP/1.0 without keep-alive): the client sends nothing more, and the close need not
    /// linger (see [`Conn::linger`]).
    client_closes: bool,
    /// The timer of sends (see `send::Stall`).
    timer: Sleep,
    /// When the request being received started: its first byte, or for one behind a
    /// pipelined request, the first wait for its rest.
    started: Option<Instant>,
    /// Since when the connection has been waiting for its next request.
    idle_since: Instant,
}

/// When a request started, for the access log: taken only when there is one (two clock
/// reads per request otherwise spent for nothing).
type Stamp = Option<(SystemTime, WallInstant)>;

fn stamp(shared: &Shared) -> Stamp {
    shared
        .log
        .is_some()
        .then(|| (SystemTime::now(), WallInstant::now()))
}

/// The first bytes of a connection's requests.
enum First {
    /// A received buffer (ciphertext for HTTPS).
    Lease(RingBuf),
    /// Plaintext that came with the TLS handshake's end.
    Plain(Vec<u8>),
}

pin_project_lite::pin_project! {
    /// A connection's task: the plaintext connection's future in place, an HTTPS one's boxed
    /// (its session and handshake are larger, and a plaintext connection's task stays its
    /// size).
    #[project = ConnTaskProj]
    pub(crate) enum ConnTask<P, T> {
        Plain { #[pin] fut: P },
        Tls { fut: std::pin::Pin<Box<T>> },
    }
}

impl<P: Future<Output = ()>, T: Future<Output = ()>> Future for ConnTask<P, T> {
    type Output = ();

    fn poll(self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<()> {
        match self.project() {
            ConnTaskProj::Plain { fut } => fut.poll(cx),
            ConnTaskProj::Tls { fut } => fut.as_mut().poll(cx),
        }
    }
}

/// The task of an accepted connection, plaintext or HTTPS, until it closes. Made at once
/// rather than by an `async` block, which would keep the accepted connection and the site
/// beside the future it moves them into: 32 bytes more in every connection's task.
pub(crate) fn serve_accepted<H: Handler>(
    accepted: percore_worker::Accepted,
    site: Rc<Site<H>>,
) -> impl Future<Output = ()> {
    match accepted.tls {
        None => ConnTask::Plain {
            fut: serve(accepted.stream, (), site),
        },
        Some(config) => ConnTask::Tls {
            fut: Box::pin(serve_tls(accepted.stream, config, site)),
        },
    }
}

/// Serves one HTTPS connection until it closes: the TLS handshake (within the read
/// timeout, counted in the worker's metrics), then requests as on plaintext. The idle
/// connection holds its TLS session besides.
pub(crate) async fn serve_tls<H: Handler>(
    stream: TcpStream,
    config: Arc<ServerConfig>,
    site: Rc<Site<H>>,
) {
    let shared = &site.shared;
    // Boxed: the handshake's state is let go of once it is done.
    let limit = percore_worker::handshake_limit(shared.timeouts.read, shared.timeouts.idle);
    let drain = Some((&shared.drain, shared.timeouts.drain_idle));
    let handshake = Box::pin(percore_worker::tls_handshake(
        &stream,
        config,
        &shared.ring,
        limit,
        &shared.stats,
        drain,
    ));
    let Some(done) = handshake.await else {
        return;
    };
    let tls = Rc::new(RefCell::new(TlsState {
        session: done.session,
        early: done.early,
    }));
    // The client closed with its last handshake flight and asked nothing: our close_notify
    // answers its own, and there is nothing to wait for.
    let asked_nothing = tls.borrow().early.is_empty();
    if tls.borrow().session.peer_closed() && asked_nothing {
        crate::tls::close_notify(&stream, &tls).await;
        return;
    }
    serve(stream, tls, site).await;
}

/// Serves one connection until it closes: plaintext (`wire` is `()`) or HTTPS (its session).
///
/// While it waits for a request, a connection holds only its socket, its armed receive and
/// its idle timer (a few hundred bytes, where nginx holds its connection structure alone);
/// the state of requests is allocated when bytes arrive, and given up again once the
/// connection has waited [`PARK_AFTER`] for its next request.
pub(crate) async fn serve<H: Handler, W: Wire>(stream: TcpStream, wire: W, site: Rc<Site<H>>) {
    let mut parked = Parked {
        stream,
        rx: None,
        rx_paused: false,
        served: 0,
        idle_since: time::now(),
    };
    if let Some(early) = wire.take_early() {
        // HTTPS: the first request came with the handshake's end.
        let conn = Box::new(Conn::new(parked, wire.tls(), site.clone()));
        match Box::pin(serve_requests(conn, First::Plain(early))).await {
            Some(again) => parked = again,
            None => return,
        }
    }
    let notify = loop {
        let shared = &site.shared;
        let first = {
            let p = &mut parked;
            let idle_since = p.idle_since;
            let next = next_lease(&mut p.rx, &mut p.rx_paused, &p.stream, &shared.ring);
            match select(next, IdleOver::new(shared, idle_since)).await {
                Either::Left(first) => Some(first),
                Either::Right(()) => None,
            }
        };
        let lease = match first {
            Some(Ok(Some(lease))) => lease,
            // The client's end: its FIN (`Ok(None)`) or an error.
            Some(ended) => {
                if let Err(e) = ended {
                    tracing::debug!("connection ended: {e}");
                }
                parked.rx = None;
                if parked.stream.is_shared() {
                    Box::pin(ended_by_client(&parked.stream)).await;
                }
                return;
            }
            // The client has not yet received all of the last response: it cannot have sent
            // its next request yet, so the wait starts again from now.
            None if shared.drain.is_draining() && unreceived(&parked.stream) => {
                parked.idle_since = drain_wait_again(shared);
                continue;
            }
            // Closed by the drain; a request that raced the close is still served.
            None if shared.drain.is_draining() => {
                let p = &mut parked;
                // Boxed: a rare path, kept out of the waiting connection's future.
                let last = Box::pin(last_lease(
                    &p.stream,
                    &shared.ring,
                    &mut p.rx,
                    &mut p.rx_paused,
                ));
                match last.await {
                    Some(lease) => lease,
                    // Closed by the drain: over HTTPS with our close_notify.
                    None => break true,
                }
            }
            None => {
                shared.stats.timeout();
                // No close_notify on a timeout (as nginx).
                break false;
            }
        };
        let conn = Box::new(Conn::new(parked, wire.tls(), site.clone()));
        match Box::pin(serve_requests(conn, First::Lease(lease))).await {
            Some(again) => parked = again,
            None => return,
        }
    };
    let tls = if notify { wire.tls() } else { None };
    Box::pin(end_waiting(&parked.stream, tls.as_ref())).await;
}

/// Ends a connection that waits for a request: closed by the drain (over HTTPS, `tls` given,
/// with our close_notify first), or idle past its timeout. Shut down, not only dropped: a
/// task of a handler's may still hold an earlier request, and through it the socket, which
/// would stay open until it lets go; a request the client sends meanwhile would be
/// acknowledged and never answered.
async fn end_waiting(stream: &TcpStream, tls: Option<&crate::tls::Tls>) {
    if let Some(tls) = tls {
        crate::tls::close_notify(stream, tls).await;
    }
    let _ = stream.shutdown(std::net::Shutdown::Both).await;
}

/// Ends a connection that the client ended (its FIN, or an error) while it waited for a
/// request, when our handles going would not close the socket (`stream.is_shared()`: a task of
/// a handler's still holds an earlier request, and through it the socket): our FIN would wait
/// for that task, and the client with it. The write side is shut down (the read side may
/// still be read by a body lent to that task). Called only then: the common end, nothing else
/// holding the socket, costs no operation and no allocation.
async fn ended_by_client(stream: &TcpStream) {
    let _ = stream.shutdown(std::net::Shutdown::Write).await;
}

/// The end of a connection's wait for its next request: its idle timeout, moved sooner when
/// the worker starts to drain (see [`Shared::idle_deadline`]). Written out rather than as an
/// `async` block, which kept more across its waits than this needs (every connection waiting
/// for a request holds one: 16 bytes less each).
struct IdleOver<'a> {
    shared: &'a Shared,
    since: Instant,
    /// The timer of the current deadline; `None` until it is known (or while there is none).
    sleep: Option<Sleep>,
    /// The wait for the drain to start; `None` once it has (or if it had at the start).
    drain: Option<percore_worker::Draining>,
}

impl<'a> IdleOver<'a> {
    fn new(shared: &'a Shared, since: Instant) -> IdleOver<'a> {
        IdleOver {
            shared,
            since,
            sleep: None,
            drain: (!shared.drain.is_draining()).then(|| shared.drain.wait()),
        }
    }
}

impl Future for IdleOver<'_> {
    type Output = ();

    fn poll(mut self: std::pin::Pin<&mut Self>, cx: &mut std::task::Context<'_>) -> Poll<()> {
        let this = &mut *self;
        if let Some(drain) = this.drain.as_mut()
            && std::pin::Pin::new(drain).poll(cx).is_ready()
        {
            // The drain moves the deadline sooner: a new timer for it.
            this.drain = None;
            this.sleep = None;
        }
        if this.sleep.is_none() {
            match this.shared.idle_deadline(this.since) {
                Some(at) => this.sleep = Some(time::sleep_until(at)),
                None if this.drain.is_some() => return Poll::Pending,
                None => unreachable!("draining sets a deadline"),
            }
        }
        let sleep = this.sleep.as_mut().expect("set above");
        std::pin::Pin::new(sleep).poll(cx)
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
fn drain_wait_again(shared: &Shared) -> Instant {
    time::now() + DRAIN_RECHECK.saturating_sub(shared.timeouts.drain_idle)
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
            // The start of a request: the rest of it is received as any request's is (the
            // cancelled receive's end reads as a pause, and a new one is armed).
            *paused = true;
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
async fn serve_requests<H: Handler>(mut conn: Box<Conn<H>>, first: First) -> Option<Parked> {
    let failed = match conn.run(first).await {
        Ok(()) | Err(End::Drained) => false,
        Err(End::Park) => {
            let io = *conn
                .inbound
                .take()
                .expect("a parking connection holds its receive");
            return Some(Parked {
                stream: conn.stream.share(),
                rx: io.rx,
                rx_paused: io.paused,
                served: conn.served,
                idle_since: conn.idle_since,
            });
        }
        Err(End::TimedOut) => {
            conn.site.shared.stats.timeout();
            true
        }
        Err(End::Stalled) => {
            conn.site.shared.stats.timeout();
            reset(&conn.stream)
        }
        Err(End::Cut(e)) => {
            tracing::debug!("connection reset: {e}");
            // Not shut down even when the reset is refused: a FIN would end the body as if
            // whole, where the close with no linger resets it (when the last holder of the
            // socket lets go of it: a task of the handler's may keep the client waiting).
            let _ = reset(&conn.stream);
            false
        }
        Err(End::Io(e)) => {
            tracing::debug!("connection ended: {e}");
            true
        }
    };
    if failed {
        // Boxed: a rare path, kept out of the connection's future.
        Box::pin(conn.shut_down()).await;
    }
    None
}

/// Resets a connection at once, whoever else holds the socket (a handler's task, a stream's
/// producer), so that the client sees it end abnormally; whether it must still be shut down.
/// Refused (a security module, a socket the kernel will not disconnect), the reset comes at
/// the last close instead.
fn reset(stream: &TcpStream) -> bool {
    match stream.abort() {
        Ok(()) => false,
        Err(e) => {
            tracing::debug!("a connection could not be aborted: {e}");
            let _ = stream.as_socket().set_linger(Some(Duration::ZERO));
            true
        }
    }
}

/// Whether the connection goes on after a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum After {
    KeepOpen,
    Close,
}

/// How a response's body is delimited on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delimit {
    /// No body and no length (1xx, 204, 304).
    Nothing,
    /// `Content-Length`.
    Length(u64),
    /// `Transfer-Encoding: chunked`.
    Chunked,
    /// The body ends with the connection (a stream to an HTTP/1.0 client), or there is no
    /// body and no length is known (HEAD of a stream).
    Unknown,
}

impl<H: Handler> Conn<H> {
    /// The state of requests for a connection that was waiting for one.
    fn new(parked: Parked, tls: Option<Tls>, site: Rc<Site<H>>) -> Conn<H> {
        let shared = &site.shared;
        let inbound = Box::new(Inbound {
            stream: parked.stream.share(),
            tls: tls.clone(),
            // The client's close_notify may have come with the handshake's end.
            closed: tls
                .as_ref()
                .is_some_and(|t| t.borrow().session.peer_closed()),
            failure: None,
            answered_close: false,
            ring: shared.ring.clone(),
            stats: shared.stats.clone(),
            read_timeout: shared.timeouts.read,
            max_body: shared.http.max_body.0,
            min_body_rate: shared.http.min_body_rate.0,
            rx: parked.rx,
            paused: parked.rx_paused,
            pending: Pending::Empty,
            body: BodyState::default(),
            timer: time::sleep_until(time::now()),
        });
        Conn {
            stream: parked.stream,
            tls,
            inbound: Some(inbound),
            home: None,
            parts: None,
            out: Vec::new(),
            fields: Vec::new(),
            head_scan: HeadScan::default(),
            served: parked.served,
            client_closes: false,
            timer: time::sleep_until(time::now()),
            started: None,
            idle_since: parked.idle_since,
            site,
        }
    }

    fn io(&mut self) -> &mut Inbound {
        self.inbound
            .as_mut()
            .expect("the connection holds its receive between requests")
    }

    async fn run(&mut self, first: First) -> Result<(), End> {
        match first {
            First::Lease(lease) => self.io().take_in(lease),
            First::Plain(bytes) => self.io().pending.extend(&bytes),
        }
        self.started = Some(time::now());
        self.out = self.site.shared.take_buf();
        loop {
            let served = self.served;
            if self.answer_pending().await? == After::Close {
                // Boxed: once per connection, kept out of its future.
                return Box::pin(self.close()).await;
            }
            // Nothing complete is pending: what has been answered goes out before the wait.
            // While it goes out, the receive's buffers are taken into the stash: when that
            // brought bytes, they may complete the next head, and are looked at first (the
            // client may have sent all it will).
            // (No length kept across the send: the scan has read all that was pending.)
            // An empty line or two and nothing else (some clients send CRLF after a body)
            // start no request (RFC 9112 §2.2): dropped, before the flush, which would copy
            // them out of their ring buffer, and the wait is an idle one. With nothing of a
            // head pending, the next starts afresh, also when part of a TLS record is under
            // way. (The flush only adds bytes, which the pass they bring looks at first.)
            self.io().pending.drop_empty_lines();
            if self.io().pending.is_empty() {
                self.head_scan.reset();
            }
            self.flush().await?;
            // The idle time runs from the last response: bytes that bring no request (those
            // lines, a record that decrypts to nothing) do not put the idle timeout off.
            // Noted before a pass that only looks at bytes taken in, which sees no answer.
            if self.served != served {
                self.idle_since = time::now();
            }
            let pending = &self
                .inbound
                .as_ref()
                .expect("held between requests")
                .pending;
            if self.head_scan.has_unread(pending.bytes()) {
                continue;
            }
            // (HTTPS: part of a record received is a request under way, as its first bytes
            // are on plaintext: the read timeout applies, not the idle one.)
            let idle = self.io().pending.is_empty() && !self.io().mid_record();
            // No request under way: the read timeout of the next one runs from its first
            // byte, not from bytes that brought none (those lines, a record that decrypted
            // to nothing).
            if idle {
                self.started = None;
            } else {
                // The start of a head, waiting for its end: copied out of its ring buffer, so
                // that clients that send heads slowly (slowloris) hold no buffer of the core's
                // ring meanwhile, only the bytes they sent.
                self.release_lease();
            }
            if !self.receive(idle).await? {
                // The client ended the connection. What it holds of the socket goes first,
                // so that only a handler's task can be left holding it.
                self.inbound = None;
                self.parts = None;
                if self.stream.is_shared() {
                    Box::pin(ended_by_client(&self.stream)).await;
                }
                return Ok(());
            }
        }
    }

    /// Answers every complete request pending, in order.
    async fn answer_pending(&mut self) -> Result<After, End> {
        loop {
            let site = self.site.clone();
            let shared = &site.shared;
            let (io, fields) = (
                self.inbound.as_mut().expect("held between requests"),
                &mut self.fields,
            );
            if io.failure.is_some() {
                // A broken record came in behind what is pending: its alert goes out and the
                // connection ends, nothing after it answered. (Boxed: a rare path, kept out of
                // the connection's future.)
                let e = Box::pin(io.end_failed()).await.expect("a failure is there");
                return Err(End::Io(e));
            }
            if io.pending.is_empty() {
                return Ok(After::KeepOpen);
            }
            let bytes = io.pending.bytes();
            if !self.head_scan.worth_parsing(bytes, &shared.limits) {
                return Ok(After::KeepOpen);
            }
            fields.clear();
            // The head is borrowed where the parser left it (not copied out), and the
            // parse's result ends with this statement (not kept across the exchange's waits).
            let (framing, expect) =
                match percore_http::parse_head_fields(bytes, &shared.limits, |n, v| {
                    fields.push((span(bytes, n.as_bytes()), span(bytes, v)))
                }) {
                    Ok(Parsed::Incomplete) => {
                        self.head_scan.incomplete(bytes);
                        return Ok(After::KeepOpen);
                    }
                    Err(e) => {
                        tracing::debug!("bad request: {e}");
                        // A head refused after its request line: a HEAD still gets no page.
                        let head_only = is_head(bytes);
                        self.fail(e.status, stamp(shared), head_only);
                        return Ok(After::Close);
                    }
                    Ok(Parsed::Complete(ref head, len)) => {
                        let parts = match self.parts.as_mut().and_then(Rc::get_mut) {
                            Some(p) => p,
                            None => {
                                let transport = match &self.tls {
                                    None => Transport::Plain,
                                    Some(tls) => Transport::Tls(
                                        tls.borrow().session.server_name().map(Box::from),
                                    ),
                                };
                                self.parts =
                                    Some(Rc::new(Parts::new(self.stream.share(), transport)));
                                Rc::get_mut(self.parts.as_mut().expect("just set"))
                                    .expect("a new Rc is unique")
                            }
                        };
                        parts.fill(&bytes[..len], head, fields);
                        self.head_scan.reset();
                        let framing = head.framing;
                        let expect = head.expect_continue;
                        io.pending.consume(len);
                        (framing, expect)
                    }
                };
            // The next request's read timeout runs from the first wait for the rest of it
            // (set by `receive`): a pipelined request that is here whole costs no clock read,
            // and one that is not is timed from at most the time it took to answer this one.
            self.started = None;
            if self.exchange(framing, expect).await? == After::Close {
                return Ok(After::Close);
            }
            if self.out.len() >= FLUSH_AT {
                // Many pipelined requests with large responses: send as they add up.
                self.flush().await?;
            }
        }
    }

    /// Answers the request whose head is in `self.parts`: runs the handler, settles the
    /// body, writes the response.
    async fn exchange(&mut self, framing: Framing, expect: bool) -> Result<After, End> {
        let site = self.site.clone();
        let shared = &site.shared;
        let parts = self.parts.clone().expect("filled by the caller");
        let started = stamp(shared);
        self.served += 1;
        shared.stats.requests(1);
        let body = match BodyDecoder::new(framing, u64::MAX) {
            Ok(d) if d.is_done() && framing == Framing::None => Body::empty(),
            Ok(d) if d.is_done() => Body::ended(),
            Ok(decoder) => {
                // Responses to earlier requests go out before the handler waits for the body
                // (and before a `100 Continue`).
                self.flush().await?;
                let mut io = self.inbound.take().expect("held between requests");
                io.body = BodyState {
                    decoder: Some(decoder),
                    continue_due: expect,
                    ..BodyState::default()
                };
                let home = self.home.get_or_insert_with(Home::default).clone();
                home.answered.set(false);
                Body::lent(io, home, framing)
            }
            Err(e) => {
                self.fail(e.status, started, parts.method() == Method::Head);
                return Ok(After::Close);
            }
        };
        let mut resp = match self.call(Request::new(parts.clone(), body)).await {
            Ok(Ok(resp)) => resp,
            Ok(Err(panic)) => panicked(&panic, &parts),
            Err(e) => return Err(gone(shared, &parts, started, e)),
        };
        if parts.is_extension_method()
            && parts.method() == Method::Other("CONNECT")
            && resp.status.code() / 100 == 2
        {
            // A 2xx to CONNECT turns the connection into a tunnel (RFC 9110 §9.3.6), which
            // the driver does not make: the client would take what follows for the far end's
            // bytes. (A `Router` answers CONNECT's authority form with 400 before this.)
            tracing::error!(
                "a handler answered CONNECT with {}: 500 instead",
                resp.status
            );
            resp = Response::error(Status::INTERNAL_SERVER_ERROR).close();
        }
        self.reclaim();
        if let Some(end) = self.continue_was_cut() {
            // A `100 Continue` of its body's reader was cut short: nothing can follow what of
            // it may be on the wire, so the answer cannot go, nor the rest of the body be
            // read for the next request.
            return Err(gone(shared, &parts, started, end));
        }
        if let Some(lost) = self.inbound.as_mut().and_then(|io| io.body.lost.take()) {
            // The client reset the connection while the handler read its body: whatever the
            // handler answered (a 400 for the body cut short, as a rule) cannot reach it.
            return Err(gone(shared, &parts, started, End::Io(lost)));
        }
        let reset_content = resp.status == Status::RESET_CONTENT;
        if matches!(resp.payload, Payload::Stream(_))
            && (parts.method() == Method::Head || resp.status.is_bodiless() || reset_content)
        {
            // Never sent: its producer goes now, and with it the request's body if it held
            // that, so that the connection may go on (the body read to its end first).
            resp.payload = Payload::Unsent;
            self.reclaim();
        }
        if reset_content {
            // A 205 carries no content (RFC 9110 §15.3.6): whatever the handler gave (a
            // stream's producer went above, with the body it may have held) is dropped, and
            // its length is 0.
            resp.payload = Payload::Empty;
        }
        self.client_closes = !parts.keep_alive();
        let mut keep = parts.keep_alive()
            && self.served < shared.http.max_requests
            && !resp.close
            && !shared.drain.is_draining();
        match self.inbound.as_mut() {
            // The body is still out, and not with the response's own stream (which may read
            // it to its end while it is sent: then the connection goes on): with a task of the
            // handler's, which may read it at any time. Nothing after it can be read, and the
            // head says so.
            None if !matches!(resp.payload, Payload::Stream(_)) => keep = false,
            None => {}
            Some(io) if io.body.failed || io.body.continue_due && io.body.decoder.is_some() => {
                // A broken body, or one the client still holds back: nothing after it can be
                // read.
                keep = false;
            }
            Some(io) if io.body.decoder.is_some() && keep => {
                // The handler left (some of) the body, and the connection is to go on: read
                // and drop the rest before answering, so that a body that turns out malformed
                // gets a 400 alone.
                match Box::pin(io.discard_body(shared.http.max_body.0)).await {
                    Ok(true) => {}
                    Ok(false) => keep = false,
                    Err(DiscardError::Malformed(e)) => {
                        resp = Response::error(e.status);
                        keep = false;
                    }
                    // The rest did not come within the read timeout: the handler's answer
                    // goes out all the same, and the close discards what still comes.
                    Err(DiscardError::Recv(RecvError::TimedOut)) => keep = false,
                    // The client ended its side part way through a body the handler did not
                    // want: it may still read, and gets the answer, then the close (as from
                    // hyper or nginx).
                    Err(DiscardError::Recv(RecvError::Closed)) => keep = false,
                    Err(DiscardError::Recv(RecvError::Io(e))) => {
                        return Err(gone(shared, &parts, started, End::Io(e)));
                    }
                }
            }
            Some(_) => {}
        }
        let head_only = parts.method() == Method::Head;
        let http10 = parts.version() == Version::Http10;
        if !head_only
            && !resp.status.is_bodiless()
            && matches!(resp.payload, Payload::Announced(n) if n > 0)
        {
            // A length announced with no body to send (meant for HEAD) would have the client
            // read the next response as this body.
            tracing::error!(
                "a handler announced a length without a body for {}: 500 instead",
                parts.method().as_str()
            );
            resp = Response::error(Status::INTERNAL_SERVER_ERROR);
        }
        let status = resp.status;
        let delimit = if status.is_bodiless() {
            Delimit::Nothing
        } else if let Some(n) = resp.known_length() {
            Delimit::Length(n)
        } else if head_only || http10 {
            Delimit::Unknown
        } else {
            Delimit::Chunked
        };
        if delimit == Delimit::Unknown && !head_only {
            // The body ends with the connection.
            keep = false;
        }
        if let Some(home) = &self.home {
            home.answered.set(true);
        }
        write_head(&mut self.out, shared, &resp, delimit, keep, http10);
        let payload = if head_only || status.is_bodiless() {
            Payload::Empty
        } else {
            std::mem::take(&mut resp.payload)
        };
        let sent = match payload {
            Payload::Empty | Payload::Announced(_) | Payload::Unsent => Ok(0),
            Payload::Page => {
                percore_http::write_error_page(&mut self.out, status);
                Ok(percore_http::error_page_len(status) as u64)
            }
            Payload::Bytes(b) if b.len() <= INLINE_MAX => {
                self.out.extend_from_slice(b.as_slice());
                Ok(b.len() as u64)
            }
            Payload::Bytes(b) => Box::pin(self.send_bytes(b)).await,
            Payload::File(f) => Box::pin(self.send_file(*f)).await,
            Payload::Stream(s) => Box::pin(self.send_stream(*s, http10)).await,
        };
        shared.count(status);
        let bytes = match &sent {
            Ok(n) => *n,
            Err((n, _)) => *n,
        };
        self.log(&parts, status, bytes, started);
        if let Err((_, e)) = sent {
            if let (End::Io(io), Delimit::Length(len)) = (&e, delimit) {
                body_failed(&parts, io, bytes, len);
            }
            return Err(e);
        }
        if keep {
            // A body still out with a stream's producer, or left unread by it: nothing after
            // it can be read.
            self.reclaim();
            keep = self
                .inbound
                .as_ref()
                .is_some_and(|io| io.body.decoder.is_none() && !io.body.failed);
        }
        Ok(if keep { After::KeepOpen } else { After::Close })
    }

    /// Runs the handler on `req`. A panic in it is a 500 that closes the connection; the
    /// worker goes on. While the handler waits (on a database, the offload pool), the
    /// responses to earlier pipelined requests go out.
    async fn call(&mut self, req: Request) -> Result<Result<Response, Panicked>, End> {
        let site = self.site.clone();
        let fut = match catch_unwind(AssertUnwindSafe(|| site.handler.call(req))) {
            Ok(fut) => fut,
            Err(panic) => return Ok(Err(Panicked::from(&*panic))),
        };
        let mut fut = pin!(fut);
        let mut poll =
            |cx: &mut std::task::Context<'_>| match catch_unwind(AssertUnwindSafe(|| {
                fut.as_mut().poll(cx)
            })) {
                Ok(Poll::Ready(r)) => Poll::Ready(Some(Ok(final_response(r)))),
                Ok(Poll::Pending) => Poll::Pending,
                Err(panic) => Poll::Ready(Some(Err(Panicked::from(&*panic)))),
            };
        let first = poll_fn(|cx| match poll(cx) {
            Poll::Pending => Poll::Ready(None),
            ready => ready,
        })
        .await;
        if let Some(answer) = first {
            return Ok(answer);
        }
        self.flush().await?;
        // The handler waits (a long poll, say): bytes pipelined behind its request do not
        // hold a ring buffer meanwhile.
        self.release_lease();
        // Nor is it waited for once its client has reset the connection (not after a FIN: it
        // may still read; nor while the handler has the body, which sees the end itself):
        // the handler is dropped. The price: what the client sends meanwhile (pipelined
        // requests) is copied into the stash, as during a send, where it would have waited
        // in the ring.
        // (Dropped then outside `catch_unwind`: a panic in the handler's drop ends this
        // connection's task, which the executor contains, as any of its panics.)
        let (inbound, home) = (&mut self.inbound, self.home.as_ref());
        poll_fn(|cx| match poll(cx) {
            Poll::Ready(answer) => Poll::Ready(Ok(answer.expect("polled to its end"))),
            Poll::Pending => {
                send::watch_waiting(inbound, home, &site.shared, cx).map(|e| Err(End::Io(e)))
            }
        })
        .await
    }

    /// Takes the receive side back from a body that has ended or been dropped.
    fn reclaim(&mut self) {
        let _ = reclaim_from(&mut self.inbound, self.home.as_ref());
    }

    /// Answers with an error of the driver's own (a malformed or oversized request) and marks
    /// the connection for closing (`head_only`: the request was a HEAD, which gets the page's
    /// head without the page).
    fn fail(&mut self, status: Status, started: Stamp, head_only: bool) {
        self.client_closes = false;
        let shared = &self.site.shared;
        let common = shared.common();
        let len = percore_http::write_error(&mut self.out, status, &common, false, head_only, b"");
        shared.count(status);
        if let (Some(log), Some((wall, clock))) = (&shared.log, started) {
            log.log(&Line {
                peer: self.stream.peer_addr().ok(),
                head: None,
                status: status.code(),
                bytes: len,
                started: wall,
                took: clock.elapsed(),
            });
        }
    }

    fn log(&self, parts: &Parts, status: Status, bytes: u64, started: Stamp) {
        log_to(&self.site.shared, parts, status, bytes, started);
    }

    /// Waits for more bytes: a kept-alive connection (`idle`) up to the idle timeout from
    /// `idle_since` (which the caller sets), then
    /// closes quietly (and once the worker drains, up to `drain_idle`, then closes serving
    /// what raced the close); a request under way up to the read timeout from its start,
    /// then 408. `false` at the end of the stream (a partial request is dropped);
    /// [`End::Drained`] once the drain has closed it.
    async fn receive(&mut self, idle: bool) -> Result<bool, End> {
        let site = self.site.clone();
        let shared = &site.shared;
        loop {
            let mut parks = false;
            let deadline = if idle {
                let park = self.idle_since + PARK_AFTER;
                match shared.idle_deadline(self.idle_since) {
                    Some(until) if until <= park => Some(until),
                    _ => {
                        parks = true;
                        Some(park)
                    }
                }
            } else {
                // A head must arrive within the read timeout from its first byte.
                let since = *self.started.get_or_insert_with(time::now);
                shared.timeouts.read.map(|d| since + d)
            };
            // Waiting for a request, the start of a drain moves the deadline: wake for it.
            let drain = (idle && !shared.drain.is_draining()).then(|| shared.drain.wait());
            let io = self.inbound.as_mut().expect("held between requests");
            let waited = match drain {
                Some(drain) => match select(drain, io.fill(deadline)).await {
                    Either::Left(()) => continue,
                    Either::Right(waited) => waited,
                },
                None => io.fill(deadline).await,
            };
            return match waited {
                Ok(_) => Ok(true),
                Err(RecvError::Closed) => {
                    // Everything answered has gone out: over HTTPS, a `close_notify` of the
                    // client's is answered now. (Boxed: not for a plaintext FIN.)
                    let io = self.inbound.as_mut().expect("held between requests");
                    if io.closed {
                        Box::pin(io.answer_close()).await;
                    }
                    Ok(false)
                }
                Err(RecvError::Io(e)) => Err(End::Io(e)),
                Err(RecvError::TimedOut) if parks => Err(End::Park),
                // The client is still receiving the last response: its next request cannot
                // be on the way yet, so the wait starts again from now.
                Err(RecvError::TimedOut)
                    if idle && shared.drain.is_draining() && unreceived(&self.stream) =>
                {
                    self.idle_since = drain_wait_again(shared);
                    continue;
                }
                // Closed by the drain; a request that raced the close is still served.
                Err(RecvError::TimedOut) if idle && shared.drain.is_draining() => {
                    let io = self.inbound.as_mut().expect("held between requests");
                    match last_lease(&self.stream, &shared.ring, &mut io.rx, &mut io.paused).await {
                        Some(lease) => {
                            io.take_in(lease);
                            Ok(true)
                        }
                        None => {
                            Box::pin(end_waiting(&self.stream, self.tls.as_ref())).await;
                            Err(End::Drained)
                        }
                    }
                }
                Err(RecvError::TimedOut) if idle => Err(End::TimedOut),
                Err(RecvError::TimedOut) => {
                    let head_only = self
                        .inbound
                        .as_ref()
                        .is_some_and(|io| is_head(io.pending.bytes()));
                    self.fail(Status::REQUEST_TIMEOUT, stamp(shared), head_only);
                    match self.flush().await {
                        // The 408 itself could not go out: reset, as any stalled response.
                        Err(End::Stalled) => Err(End::Stalled),
                        _ => Err(End::TimedOut),
                    }
                }
            };
        }
    }

    /// Sends the last responses (over HTTPS with the `close_notify` behind them), then closes
    /// (see [`Conn::linger`]).
    async fn close(&mut self) -> Result<(), End> {
        self.flush_last().await?;
        self.linger().await;
        Ok(())
    }

    /// Closes gracefully, once the last responses (and over HTTPS the `close_notify`) have
    /// gone out: our side first, then what the client still sends is discarded until
    /// it has acknowledged the whole response (see `TcpStream::shutdown_and_linger`), so that
    /// its unread bytes do not turn the close into a reset under the response.
    ///
    /// Unless the client asked for the close and has left nothing unread: it sends nothing
    /// more, so the connection is shut down and closed at once, as nginx's `lingering_close
    /// on` does. Its
    /// bytes would have found a waiting receive, woken the worker and been thrown away; over
    /// HTTPS every client that ends with a `close_notify` of its own (wrk, curl, browsers)
    /// did so. A client that sends more all the same after asking to close meets a reset once
    /// it has the response (the race nginx accepts too).
    async fn linger(&mut self) {
        self.reclaim();
        if self.inbound.is_none() {
            // The body is still out with a task of the handler's, whose receive reads the
            // socket: a receive of the linger's beside it would take the body's bytes from
            // it. The FIN goes now, behind the response; the socket closes when that task
            // lets go of it. (If it lets go of the body unread while the client still sends,
            // that close is a reset, which can cut off what the client has not yet received
            // of the response: the task's to avoid, by reading the body to its end.)
            let _ = self.stream.shutdown(std::net::Shutdown::Write).await;
            return;
        }
        let at_once = self.client_closes && self.nothing_unread().await;
        // Whatever the multishot receive still holds is discarded with it.
        self.inbound = None;
        if at_once {
            // The FIN now, behind what is queued: the socket itself closes only when its last
            // holder lets go, and a handler's task may still hold the request (and through it
            // the socket); an HTTP/1.0 client reading to the end would wait for it.
            let _ = self.stream.shutdown(std::net::Shutdown::Write).await;
            return;
        }
        self.stream
            .shutdown_and_linger(&self.site.shared.ring, LINGER)
            .await;
    }

    /// Shuts the connection down after an error or a timeout (a clean close does it in
    /// [`Conn::linger`]): a task of the handler's may still hold the request, and through it
    /// the socket, which would stay open until it lets go, and a client promised more bytes,
    /// or reading to the end, would wait for it. Over HTTPS, rustls' alert for a record that
    /// broke meanwhile goes out first.
    async fn shut_down(&mut self) {
        let mut alert = self.tls.as_ref().filter(|t| t.borrow().session.failed());
        if let Some(io) = self.inbound.as_mut()
            && io.failure.is_some()
        {
            // Sends the alert itself.
            let _ = Box::pin(io.end_failed()).await;
            alert = None;
        }
        // Once failed, the session's close is its fatal alert alone (and there is no
        // close_notify on a timeout's close).
        end_waiting(&self.stream, alert).await;
    }

    /// Whether nothing the client sent is left to read: no bytes pending or received and
    /// waiting, no body under way, nothing in the socket (`SIOCINQ`, one syscall). The end of
    /// the stream counts as nothing.
    async fn nothing_unread(&mut self) -> bool {
        // (A body still out with its reader: unknown, so no.)
        let Some(io) = self.inbound.as_mut() else {
            return false;
        };
        if !io.pending.is_empty()
            || io.body.decoder.is_some()
            || io.failure.is_some()
            || io.mid_record()
        {
            return false;
        }
        if let Some(rx) = io.rx.as_mut() {
            match poll_fn(|cx| Poll::Ready(rx.poll_next(cx))).await {
                Poll::Ready(None) => return true,
                Poll::Ready(Some(_)) => return false,
                Poll::Pending => {}
            }
        }
        matches!(io.stream.unread_bytes(), Ok(0))
    }
}

impl<H> Drop for Conn<H> {
    fn drop(&mut self) {
        let out = std::mem::take(&mut self.out);
        self.site.shared.put_buf(out);
    }
}

/// Writes a response's head: the status line, `Server` and `Date`, the handler's fields, the
/// body's length or coding, and the connection's fate.
fn write_head(
    out: &mut Vec<u8>,
    shared: &Shared,
    resp: &Response,
    delimit: Delimit,
    keep: bool,
    http10: bool,
) {
    let mut w = HeadWriter::new(out, resp.status);
    w.line(&shared.common());
    if let Some(ct) = &resp.content_type {
        w.content_type(ct.as_bytes());
    }
    if !resp.fields.is_empty() {
        w.line(&resp.fields);
    }
    match delimit {
        Delimit::Length(n) => {
            w.content_length(n);
        }
        Delimit::Chunked => {
            w.line(b"Transfer-Encoding: chunked\r\n");
        }
        Delimit::Nothing | Delimit::Unknown => {}
    }
    w.connection(keep, http10);
    w.finish();
}

/// A handler's response, unless its status cannot end an exchange: an interim one (1xx),
/// after which the client would wait for the final response and take the next request's for
/// it (RFC 9110 §15.2), or one past 599, which is not HTTP (§15). Such a response is logged
/// and answered 500 instead.
fn final_response(resp: Response) -> Response {
    let code = resp.status.code();
    if (200..600).contains(&code) {
        return resp;
    }
    tracing::error!("a handler answered {code}, which cannot end a request: 500 instead");
    Response::error(Status::INTERNAL_SERVER_ERROR)
}

/// Writes a request's access-log line, when the site keeps a log.
fn log_to(shared: &Shared, parts: &Parts, status: Status, bytes: u64, started: Stamp) {
    if let (Some(log), Some((wall, clock))) = (&shared.log, started) {
        log.log(&Line {
            peer: parts.peer(),
            head: Some(&parts.head()),
            status: status.code(),
            bytes,
            started: wall,
            took: clock.elapsed(),
        });
    }
}

/// A request whose client went away before it could be answered (its connection failed
/// while the handler ran, or while the rest of its body was read): counted and logged as
/// nginx does, 499 with no bytes sent. Gives `end` back.
fn gone(shared: &Shared, parts: &Parts, started: Stamp, end: End) -> End {
    shared.count(CLIENT_GONE);
    log_to(shared, parts, CLIENT_GONE, 0, started);
    end
}

/// Takes the receive side back from a body that has ended or been dropped (`home` holds it
/// then), when the connection does not hold it: whether it did now.
fn reclaim_from(inbound: &mut Option<Box<Inbound>>, home: Option<&Home>) -> bool {
    if inbound.is_none()
        && let Some(home) = home
    {
        *inbound = home.io.take();
        return inbound.is_some();
    }
    false
}

/// Whether the request whose head starts `bytes` (after the empty lines a client may send
/// before it) is a HEAD: for an error answered before its head is parsed.
fn is_head(bytes: &[u8]) -> bool {
    let start = bytes
        .iter()
        .position(|&b| b != b'\r' && b != b'\n')
        .unwrap_or(bytes.len());
    bytes[start..].starts_with(b"HEAD ")
}

/// The status logged and counted for a request whose client went away before its answer
/// (nginx's 499, "client closed request").
const CLIENT_GONE: Status = match Status::from_code(499) {
    Some(s) => s,
    None => panic!("499 is a status code"),
};

/// Says in the log why a body stopped short of the length its head promised (`len`), when
/// the cause is the server's side: a file that holds fewer bytes than the response sends (an
/// offset or length past its end, or a file that shrank under the response), or one that
/// cannot be read as a file (a directory). The client then sees the connection close part way
/// through the body; a client that leaves is not a fault to report.
#[cold]
fn body_failed(parts: &Parts, e: &io::Error, sent: u64, len: u64) {
    let short = e.kind() == io::ErrorKind::UnexpectedEof;
    if short || matches!(e.raw_os_error(), Some(libc::EISDIR | libc::EINVAL)) {
        tracing::warn!(
            "{} {:?}: the body stopped after {sent} of the {len} bytes announced ({}): \
             connection closed",
            parts.method().as_str(),
            parts.target(),
            match short {
                true => "the file holds fewer: an offset or length past its end, or it shrank"
                    .to_string(),
                false => format!("the file cannot be sent: {e}"),
            }
        );
    }
}

/// A handler's panic, caught: its message.
struct Panicked(String);

impl From<&(dyn std::any::Any + Send)> for Panicked {
    fn from(panic: &(dyn std::any::Any + Send)) -> Panicked {
        let what = panic
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| panic.downcast_ref::<String>().map(String::as_str))
            .unwrap_or("a panic");
        Panicked(what.to_string())
    }
}

/// A handler's panic (`what`) on the request of `parts`, logged: its answer.
fn panicked(Panicked(what): &Panicked, parts: &Parts) -> Response {
    // Quoted and escaped: a message with line breaks in it (a request's text, say) stays on
    // the one line, and so does the request's target.
    tracing::error!(
        "a handler panicked on {} {:?}: {what:?}",
        parts.method().as_str(),
        parts.target()
    );
    Response::error(Status::INTERNAL_SERVER_ERROR).close()
}

#[cfg(test)]
mod tests {
    use super::*;
    use percore_testkit::returned_size;

    /// A request that raced the drain's close of its waiting connection: its first bytes
    /// were received (the receive's completion is in) but not yet taken when the close
    /// cancelled the receive. They come back from `last_lease`, and the rest of the request
    /// comes from a receive armed anew: the cancelled receive's end is not the client's.
    #[test]
    fn the_start_of_a_request_that_raced_the_drains_close_is_kept_and_the_rest_received() {
        use std::io::Write;
        let proactor = percore_proactor::Proactor::builder().build().unwrap();
        proactor.block_on(async {
            let ring = BufRing::builder()
                .entries(8)
                .buf_size(4096)
                .build()
                .unwrap();
            let listener = percore_proactor::net::TcpListener::bind("127.0.0.1:0").unwrap();
            let addr = listener.local_addr().unwrap();
            let mut client = std::net::TcpStream::connect(addr).unwrap();
            let (stream, _) = listener.accept().await.unwrap();
            let mut rx = Some(stream.recv_multi(&ring));
            let mut paused = false;
            // Armed by a first poll; then the client's first bytes arrive, and the loop goes
            // round without the connection taking them until, on io_uring, the receive has
            // completed: the kernel moved them out of the socket into a ring buffer. (The
            // epoll backend receives only when asked: there they stay in the socket, the
            // other case `last_lease` handles.)
            std::future::poll_fn(|cx| {
                let armed = rx.as_mut().expect("made above").poll_next(cx);
                assert!(armed.is_pending(), "nothing was sent yet");
                Poll::Ready(())
            })
            .await;
            percore_proactor::yield_now().await;
            client.write_all(b"GET / HTTP/1.1\r\nHo").unwrap();
            let uring =
                percore_proactor::features().backend() == percore_proactor::Backend::IoUring;
            let mut turns = 0;
            while turns < 3 || uring && stream.unread_bytes().unwrap() > 0 {
                assert!(turns < 1000, "the receive never completed");
                percore_proactor::yield_now().await;
                turns += 1;
            }
            let first = last_lease(&stream, &ring, &mut rx, &mut paused)
                .await
                .expect("the bytes that raced the close");
            assert_eq!(&first[..], b"GET / HTTP/1.1\r\nHo");
            drop(first);
            client.write_all(b"st: a\r\n\r\n").unwrap();
            let rest = crate::inbound::next_lease(&mut rx, &mut paused, &stream, &ring)
                .await
                .unwrap()
                .expect("the rest of the request, not the end of the stream");
            assert_eq!(&rest[..], b"st: a\r\n\r\n");
        });
    }

    async fn hello(_: Request) -> &'static str {
        "hello"
    }

    type Hello = fn(Request) -> std::future::Ready<&'static str>;

    /// A connection waiting for a request holds its task's future alone; one with requests
    /// also holds their state, whose slow paths are boxed so that it stays small.
    #[test]
    fn a_connection_task_stays_small() {
        let _ = hello;
        fn sizes<H: Handler>() -> (usize, usize) {
            let waiting = returned_size(serve_accepted::<H>);
            let serving = returned_size(serve_requests::<H>) + std::mem::size_of::<Conn<H>>();
            (waiting, serving)
        }
        for (name, (waiting, serving)) in [
            ("a closure", sizes::<Hello>()),
            ("StaticFiles", sizes::<crate::StaticFiles>()),
            ("a Router", sizes::<crate::Router>()),
            (
                "percore-static's sites",
                sizes::<crate::Hosts<crate::Ruled<crate::StaticFiles>>>(),
            ),
        ] {
            println!("{name}: {waiting} bytes waiting for a request, {serving} serving one");
            assert!(waiting <= 280, "{name}: {waiting} bytes");
            // Rules and virtual hosts add what a request needs of them (the header rules
            // it matched, whether its origin is allowed), not a second copy of the request:
            // 56 bytes. What is known of a head that came in pieces (`HeadScan`): 16. The
            // files a changed file's fresh look-up opened, handed to its response: 16. The
            // wait of a response's first bytes for a `100 Continue` being sent: 8.
            assert!(serving <= 2392, "{name}: {serving} bytes");
        }
    }
}
