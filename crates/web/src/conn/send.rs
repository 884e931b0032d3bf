//! Sending: response buffers, large bodies of bytes, files (spliced or through a buffer) and
//! streams, each under the write timeout.

use std::cell::Cell;
use std::future::{Future, poll_fn};
use std::io::{self, Write};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use percore_proactor::net::TcpStream;
use percore_proactor::time::{self, Sleep};
use percore_proactor::{Either, IoBuf, select};
use percore_worker::LocalStats;

use super::{Conn, End, INLINE_MAX};
use crate::handler::Handler;
use crate::inbound::Inbound;
use crate::response::{Bytes, FileBody, Repr, Transfer};
use crate::stream::{Next, StreamBody};
use crate::tls::TLS_STEP;

/// Bytes read and sent per step when a file goes through a buffer (the most such a transfer
/// holds).
pub(crate) const READ_STEP: u64 = 256 * 1024;
/// Bytes read and sent per step when a file goes over HTTPS past the core's `send_buffers`
/// ([`Transfer::Small`]): one TLS record's worth, so that a slow client holds the step and
/// its record (buffers of at most 64 KiB each) rather than twice `READ_STEP`.
const SMALL_STEP: u64 = 16 * 1024;
/// Bytes received while responses are sent that a connection keeps, at least, before its
/// receive pauses (twice the head limit when that is larger).
pub(crate) const STASH_MAX: usize = 64 * 1024;
/// Chunks of a stream gathered per send.
const STREAM_BATCH: usize = 64 * 1024;

/// The write timeout as nginx's `send_timeout` has it: a transfer fails when nothing of it
/// has gone out for `limit`, however long the whole takes. The connection's timer fires
/// once per `limit` to look; per send it is only moved on (no syscall).
///
/// What it looks at is the count of bytes the sends have completed and the socket's
/// unacknowledged bytes (one `SIOCOUTQ` per look), which change whenever the client reads.
/// The count alone is too coarse: a socket's send buffer grows to megabytes, and a send that
/// waits for room there (a third of it free) can wait longer than `limit` for a client that
/// reads steadily but slowly. The queue is read only from the first look on, so a client
/// that takes nothing at all is cut off between `limit` and twice `limit` after its last byte.
///
/// With `min_send_rate`, a look also fails the transfer when the client took fewer than
/// `min_send_rate` bytes a second of it since the look before (read them, so that its TCP
/// acknowledged them; counted from the second look on, the first being the first that knows
/// the queue): a client that reads a few bytes within each `limit` (a slow-read attack, as
/// slowhttptest's `-X`) would otherwise hold its response for as long as it likes.
struct Stall {
    limit: Duration,
    seen: (u64, Option<usize>),
}

impl Stall {
    /// Starts watching `sent` (arming `timer`); `None` when the write timeout is off.
    fn watch(limit: Option<Duration>, timer: &mut Sleep, sent: &Cell<u64>) -> Option<Stall> {
        let limit = limit?;
        timer.reset(time::now() + limit);
        Some(Stall {
            limit,
            seen: (sent.get(), None),
        })
    }

    /// Ready when the transfer `stall` watches has stalled; never for no write timeout.
    fn poll_expired(
        stall: &mut Option<Stall>,
        timer: &mut Sleep,
        (stream, min_rate): (&TcpStream, u64),
        sent: &Cell<u64>,
        cx: &mut Context<'_>,
    ) -> Poll<()> {
        if let Some(stall) = stall
            && stall.stalled(timer, (stream, min_rate), sent, cx)
        {
            return Poll::Ready(());
        }
        Poll::Pending
    }

    /// Whether the transfer has stalled: the timer fired with nothing sent or taken by the
    /// client since it was set, or (with `min_rate`, bytes a second) too little taken.
    /// Otherwise the timer is moved on and will wake the task.
    fn stalled(
        &mut self,
        timer: &mut Sleep,
        (stream, min_rate): (&TcpStream, u64),
        sent: &Cell<u64>,
        cx: &mut Context<'_>,
    ) -> bool {
        while Pin::new(&mut *timer).poll(cx).is_ready() {
            let now = (sent.get(), stream.unacked_bytes().ok());
            if now == self.seen || self.took_less(now, min_rate) {
                return true;
            }
            self.seen = now;
            timer.reset(time::now() + self.limit);
        }
        false
    }

    /// Whether the client took fewer than `min_rate` bytes a second (0: no minimum) of the
    /// transfer since the look before, when both looks know the queue: what the sends
    /// completed since, less what the queue grew by. A client that took all there was (the
    /// queue is empty) is never too slow: the server was (a file read from a slow disk).
    fn took_less(&self, (sent, unacked): (u64, Option<usize>), min_rate: u64) -> bool {
        let (Some(unacked), Some(unacked_then), true) = (unacked, self.seen.1, min_rate > 0) else {
            return false;
        };
        if unacked == 0 {
            return false;
        }
        let taken = i128::from(sent - self.seen.0) + unacked_then as i128 - unacked as i128;
        let owed = u128::from(min_rate).saturating_mul(self.limit.as_millis()) / 1000;
        taken < i128::try_from(owed).unwrap_or(i128::MAX)
    }
}

/// What the client sends while a response goes out: moved from the core's ring into the
/// stash (its buffers go straight back), and past `stash_max` the receive pauses, so that a
/// client that sends without reading holds no ring buffer and only a bounded stash. Nothing
/// happens while a request's body has the receive side. Never ready: it runs beside a send.
fn stash_receive(
    inbound: &mut Option<Box<Inbound>>,
    stash_max: usize,
    stats: &LocalStats,
    cx: &mut Context<'_>,
) {
    // The end of the stream, or an error, is found again by `receive`.
    let _ = stash_until_end(inbound, stash_max, stats, cx);
}

/// While the connection waits for its handler or a stream's producer: what the client sends
/// goes into the stash, as [`stash_receive`] has it, and an error of the receive (the
/// client's reset) is ready: the client has gone, and its answer need not be waited for. Its
/// FIN is not: a client that ends its side may still read, and is answered (`printf ... | nc
/// -N`, pipelined requests then a FIN). Never ready while a request's body has the receive
/// side, nor once nothing more is taken in (after a TLS client's `close_notify`).
pub(super) fn client_left(
    inbound: &mut Option<Box<Inbound>>,
    stash_max: usize,
    stats: &LocalStats,
    cx: &mut Context<'_>,
) -> Poll<io::Error> {
    match stash_until_end(inbound, stash_max, stats, cx) {
        Some(e) => Poll::Ready(e),
        None => Poll::Pending,
    }
}

/// While the connection waits (see [`client_left`]), once more: the receive side taken back
/// first from a body that has ended or been dropped.
pub(super) fn watch_waiting(
    inbound: &mut Option<Box<Inbound>>,
    home: Option<&crate::body::Home>,
    shared: &crate::site::Shared,
    cx: &mut Context<'_>,
) -> Poll<io::Error> {
    if super::reclaim_from(inbound, home)
        && let Some(io) = inbound
    {
        // A body read to its end gives back what came behind it (the next request,
        // pipelined) still in its ring buffer: copied out, as before any other wait.
        io.release_lease();
    }
    client_left(inbound, shared.stash_max(), &shared.stats, cx)
}

/// [`stash_receive`]'s work; the receive's error when one came (not when the receive was
/// paused on purpose: its end is not the client's).
fn stash_until_end(
    inbound: &mut Option<Box<Inbound>>,
    stash_max: usize,
    stats: &LocalStats,
    cx: &mut Context<'_>,
) -> Option<io::Error> {
    let io = inbound.as_mut()?;
    let mut ended = None;
    // (After a close_notify or a broken record, nothing more is taken in.)
    while io.pending.len() < stash_max && !io.closed && io.failure.is_none() {
        let Some(r) = io.rx.as_mut() else { break };
        match r.poll_next(cx) {
            Poll::Ready(Some(Ok(got))) => match io.tls {
                // Copied into the stash: the ring buffer goes back at once.
                None => {
                    stats.bytes_in(got.len() as u64);
                    io.pending.extend(&got);
                }
                // Decrypted into it.
                Some(_) => io.take_in(got),
            },
            Poll::Ready(Some(Err(e))) if !io.paused => {
                ended = Some(e);
                break;
            }
            // The end of the stream (found again by `receive`), or a pause's end.
            Poll::Ready(_) | Poll::Pending => break,
        }
    }
    if io.pending.len() >= stash_max
        && !io.paused
        && let Some(r) = io.rx.as_mut()
    {
        r.cancel();
        io.paused = true;
    }
    ended
}

/// The two ways a file goes out without a copy through user space.
#[derive(Debug, Clone, Copy)]
enum ZeroCopy {
    /// `sendfile` on the worker (pages in the page cache).
    Sendfile,
    /// splice through a pipe, in kernel worker threads.
    Splice,
}

/// A send's outcome: the bytes of the body that went out, and the error that ended it.
pub(super) type Sent = Result<u64, (u64, End)>;

impl<H: Handler> Conn<H> {
    /// Sends the responses gathered in `out`.
    pub(super) async fn flush(&mut self) -> Result<(), End> {
        self.flush_before(0).await
    }

    /// Sends the responses gathered in `out` ahead of `body` bytes that follow at once: with
    /// a body, the last segment of the head waits for it (`MSG_MORE`), so that a head and
    /// its body leave as one segment, as nginx's `tcp_nopush` has them.
    pub(super) async fn flush_before(&mut self, body: u64) -> Result<(), End> {
        if self.out.is_empty() {
            // HTTPS: what rustls made of bytes that brought no request (a TLS 1.2 client's
            // attempt to renegotiate is answered with a `no_renegotiation` alert) goes out now,
            // not after a request that may never come. (With responses to send, `encrypt`
            // sends it ahead of them.)
            if let Some(tls) = &self.tls
                && tls.borrow().session.wants_write()
            {
                let mut records = Vec::new();
                tls.borrow_mut().session.take_output(&mut records);
                self.send_raw(records, false).await?;
            }
            return Ok(());
        }
        // Not before: a handler reading its own body may be sending a `100 Continue` while
        // the connection flushes (nothing, as it flushed before lending the body) beside it.
        self.continue_sent().await?;
        let out = std::mem::take(&mut self.out);
        let mut out = self.send_flagged(out, body > 0).await?;
        out.clear();
        self.out = out;
        Ok(())
    }

    /// Waits for a `100 Continue` that a task of the handler's, reading the body, may be
    /// sending (see `Body::chunk`): the connection's bytes go after it, never beside it (two
    /// sends at once may leave in either order, and over HTTPS records must leave in the
    /// order they were sealed). Every response's first bytes go through here
    /// ([`Conn::flush_before`], [`Conn::flush_last`]).
    ///
    /// # Errors
    ///
    /// [`End::Stalled`] when it is not out within the write timeout (its own send may have
    /// none: with no read timeout, or held by a reader nobody polls), or was given up part
    /// way for a timeout or its reader dropped; [`End::Io`] when its send failed. Either way
    /// nothing follows what of it may be on the wire.
    async fn continue_sent(&mut self) -> Result<(), End> {
        match &self.home {
            Some(home) if home.is_continuing() || home.continue_cut() => {
                Box::pin(self.continue_sent_slowly()).await
            }
            _ => Ok(()),
        }
    }

    /// The end of a connection whose `100 Continue` was cut short, once its handler has
    /// answered (the answer cannot go out: see [`Conn::continue_sent`]); `None` otherwise.
    pub(super) fn continue_was_cut(&self) -> Option<End> {
        self.home
            .as_ref()
            .filter(|home| home.continue_cut())
            .map(|home| continue_cut_end(home))
    }

    /// [`Conn::continue_sent`] when a `100 Continue` is under way or was cut short.
    async fn continue_sent_slowly(&mut self) -> Result<(), End> {
        let home = self.home.clone().expect("looked at by the caller");
        let deadline = self.site.shared.timeouts.write.map(|d| time::now() + d);
        if time::timeout_on(&mut self.timer, deadline, home.continue_sent())
            .await
            .is_err()
        {
            return Err(End::Stalled);
        }
        match home.continue_cut() {
            true => Err(continue_cut_end(&home)),
            false => Ok(()),
        }
    }

    /// Sends all of `buf` within the write timeout; gives it back.
    ///
    /// Meanwhile whatever the client sends is moved from the core's ring into the stash (its
    /// buffers go straight back), and past `STASH_MAX` the receive pauses: a client that sends
    /// without reading holds no ring buffer and only a bounded stash.
    pub(super) async fn send<B: IoBuf>(&mut self, buf: B) -> Result<B, End> {
        self.send_flagged(buf, false).await
    }

    /// Sends the responses gathered in `out`, the connection's last: over HTTPS with the
    /// `close_notify` behind them, sealed into one buffer and sent at once (one send and one
    /// segment fewer for every connection that closes than sending the alert on its own).
    /// `out` is bounded: it is sent whenever it passes `FLUSH_AT`.
    pub(super) async fn flush_last(&mut self) -> Result<(), End> {
        let Some(tls) = self.tls.clone() else {
            return self.flush().await;
        };
        self.continue_sent().await?;
        let mut sealed = self.site.shared.take_buf();
        {
            let mut tls = tls.borrow_mut();
            for step in self.out.chunks(TLS_STEP) {
                tls.session.encrypt(step, &mut sealed)?;
            }
            tls.session.close(&mut sealed);
        }
        let plain = self.out.len() as u64;
        self.out.clear();
        let sealed = self.send_raw(sealed, false).await?;
        // Counted as plaintext, as the receive side counts it, once it has gone out.
        self.site.shared.stats.bytes_out(plain);
        self.site.shared.put_buf(sealed);
        Ok(())
    }

    /// [`Conn::send`], with `MSG_MORE` when `more` (see [`Conn::flush_before`]). For HTTPS,
    /// `buf` is encrypted a step at a time into a pooled buffer, which is what goes out.
    async fn send_flagged<B: IoBuf>(&mut self, buf: B, more: bool) -> Result<B, End> {
        let Some(tls) = self.tls.clone() else {
            let len = buf.bytes_init() as u64;
            let buf = self.send_raw(buf, more).await?;
            self.site.shared.stats.bytes_out(len);
            return Ok(buf);
        };
        let sealed = percore_tls::sealed_len(buf.bytes_init().min(TLS_STEP));
        let mut out = self.site.shared.take_buf_for(sealed);
        let steps = buf.init_bytes().chunks(TLS_STEP);
        let last = steps.len().saturating_sub(1);
        for (i, step) in buf.init_bytes().chunks(TLS_STEP).enumerate() {
            out.clear();
            tls.borrow_mut().session.encrypt(step, &mut out)?;
            out = self.send_raw(out, more && i == last).await?;
            // Counted as plaintext, as the receive side counts it.
            self.site.shared.stats.bytes_out(step.len() as u64);
        }
        self.site.shared.put_buf(out);
        Ok(buf)
    }

    /// Sends all of `buf` as it is (see [`Conn::send`]); the caller counts it.
    async fn send_raw<B: IoBuf>(&mut self, buf: B, more: bool) -> Result<B, End> {
        // Requests pending behind these answers (pipelined in one burst) leave their ring
        // buffer first: a client that then neither reads nor sends would otherwise hold it
        // for as long as the send waits, up to the write timeout, and a few thousand such
        // clients the whole ring. A copy only when a buffer still holds unanswered bytes (the
        // rest of a burst, a request's start): never once a burst's last request was answered,
        // nor over HTTPS (decrypted into the stash).
        self.release_lease();
        let sent = Cell::new(0);
        let shared = &self.site.shared;
        let limit = shared.timeouts.write;
        let mut stall = Stall::watch(limit, &mut self.timer, &sent);
        let stash_max = shared.stash_max();
        let (inbound, timer, stream) = (&mut self.inbound, &mut self.timer, &self.stream);
        let sending = async {
            if more {
                stream.send_all_counting_more(buf, &sent).await
            } else {
                stream.send_all_counting(buf, &sent).await
            }
        };
        // While the send waits: the receive side is moved into the stash, and the write
        // timeout is watched.
        let watch = poll_fn(|cx| {
            stash_receive(inbound, stash_max, &shared.stats, cx);
            let rate = shared.http.min_send_rate.0;
            Stall::poll_expired(&mut stall, timer, (stream, rate), &sent, cx)
        });
        let (res, buf) = match select(sending, watch).await {
            Either::Left(done) => done,
            Either::Right(()) => return Err(End::Stalled),
        };
        res?;
        Ok(buf)
    }

    /// Stops receiving while a long response goes out: a client that keeps sending cannot
    /// make the receive take buffers from the core's ring meanwhile, and what is pending is
    /// copied out of its ring buffer. What arrived before is still read after.
    fn pause_receive(&mut self) {
        if let Some(io) = self.inbound.as_mut()
            && let Some(rx) = &mut io.rx
        {
            rx.cancel();
            io.paused = true;
        }
        self.release_lease();
    }

    /// [`Inbound::release_lease`], when the connection holds its receive side.
    pub(super) fn release_lease(&mut self) {
        if let Some(io) = self.inbound.as_mut() {
            io.release_lease();
        }
    }

    /// Sends the gathered head, then a body of bytes too large to copy behind it.
    pub(super) async fn send_bytes(&mut self, body: Bytes) -> Sent {
        let len = body.len() as u64;
        self.flush_before(len).await.map_err(|e| (0, e))?;
        let res = match body.0 {
            Repr::Static(b) => self.send(b).await.map(drop),
            Repr::Owned(v) => self.send(v).await.map(drop),
            Repr::Shared(rc, range) => self
                .send(percore_proactor::IoBuf::slice(rc, range))
                .await
                .map(drop),
        };
        res.map(|()| len).map_err(|e| (0, e))
    }

    /// Sends the gathered head, then a file's bytes as its [`Transfer`] says.
    pub(super) async fn send_file(&mut self, f: FileBody) -> Sent {
        self.flush_before(f.len).await.map_err(|e| (0, e))?;
        self.release_lease();
        let mut sent = 0;
        let zero_copy = match &f.transfer {
            // The kernel cannot encrypt what it sends from the page cache (no kTLS here).
            _ if self.tls.is_some() => None,
            Transfer::Buffered(_) | Transfer::Small => None,
            Transfer::Sendfile => Some(ZeroCopy::Sendfile),
            Transfer::Splice => Some(ZeroCopy::Splice),
            Transfer::Auto => Some(
                match crate::files::in_page_cache(&f.file, f.offset, f.len) {
                    true => ZeroCopy::Sendfile,
                    false => ZeroCopy::Splice,
                },
            ),
        };
        let res = match zero_copy {
            None => {
                // Reads from the file come between the sends, and a receive left armed
                // meanwhile would take ring buffers for whatever the client sends.
                self.pause_receive();
                // Small steps past the core's `send_buffers` (a handler's own file, which
                // holds none, goes in large ones as before).
                let step = match f.transfer {
                    Transfer::Small => SMALL_STEP,
                    _ => READ_STEP,
                };
                self.read_send(&f, step, &mut sent).await
            }
            Some(by) => self.zero_copy(&f, by, &mut sent).await,
        };
        res.map(|()| sent).map_err(|e| (sent, e))
    }

    /// Sends the file's bytes without a copy through user space, for as long as they keep
    /// going out (see [`Stall`]); counts them in `done`.
    ///
    /// The receive stays armed, and what the client sends meanwhile goes to the stash as
    /// during any send (and past its bound the receive pauses): cancelling it up front and
    /// arming it again after would cost two of the three ring operations of a response.
    async fn zero_copy(&mut self, f: &FileBody, by: ZeroCopy, done: &mut u64) -> Result<(), End> {
        let sent = Cell::new(0);
        let shared = &self.site.shared;
        let mut stall = Stall::watch(shared.timeouts.write, &mut self.timer, &sent);
        let stash_max = shared.stash_max();
        let (inbound, timer, stream) = (&mut self.inbound, &mut self.timer, &self.stream);
        let moving = async {
            match by {
                ZeroCopy::Sendfile => {
                    stream
                        .sendfile_counting(&f.file, f.offset, f.len, &sent)
                        .await
                }
                ZeroCopy::Splice => {
                    stream
                        .splice_from_counting(&f.file, f.offset, f.len, &sent)
                        .await
                }
            }
        };
        let watch = poll_fn(|cx| {
            stash_receive(inbound, stash_max, &shared.stats, cx);
            let rate = shared.http.min_send_rate.0;
            Stall::poll_expired(&mut stall, timer, (stream, rate), &sent, cx)
        });
        let res = match select(moving, watch).await {
            Either::Left(res) => Ok(res),
            Either::Right(()) => Err(End::Stalled),
        };
        *done = sent.get();
        self.site.shared.stats.bytes_out(sent.get());
        if res?? < f.len {
            // The file shrank under the response: the promised length cannot be kept.
            return Err(End::Io(io::ErrorKind::UnexpectedEof.into()));
        }
        Ok(())
    }

    /// Sends the file's bytes through a buffer: read, then send, `step` bytes at a time;
    /// counts them in `done`.
    ///
    /// A step the page cache holds is read on the worker (`preadv2` with `RWF_NOWAIT`, which
    /// never waits for a disk), the rest through the ring: read through the ring, every
    /// connection's step came in the same tick, and the first ones were out of the CPU's
    /// caches by the time they were encrypted. With the send of a large step also made at once
    /// (see `percore_proactor`'s `send_all`), a 1 MiB file over HTTPS went from 1,058 to 670 µs
    /// of server CPU on io_uring (epoll 750 and 729, nginx 856): medians of 5 interleaved runs,
    /// wrk over 100 connections, Intel Xeon, 2 vCPUs. The read alone took about 6% of it.
    async fn read_send(&mut self, f: &FileBody, step: u64, done: &mut u64) -> Result<(), End> {
        let (file, offset, len) = (&f.file, f.offset, f.len);
        let mut buf = self.site.shared.take_buf_for(len.min(step) as usize);
        let mut nowait = true;
        while *done < len {
            let step = (len - *done).min(step) as usize;
            buf.clear();
            let at = offset + *done;
            let cached = match nowait {
                true => match file.read_cached_at(&mut buf, at, step) {
                    Ok(got) => got,
                    // The file system cannot say: the ring it is, for the rest.
                    Err(e) if e.kind() == io::ErrorKind::Unsupported => {
                        nowait = false;
                        None
                    }
                    Err(e) => return Err(End::Io(e)),
                },
                false => None,
            };
            let n = match cached {
                Some(n) => n,
                None => {
                    buf.reserve(step);
                    let (res, b) = file.read_at(buf, at).await;
                    buf = b;
                    res?
                }
            };
            if n == 0 {
                return Err(End::Io(io::ErrorKind::UnexpectedEof.into()));
            }
            buf.truncate(n.min(step));
            buf = self.send(buf).await?;
            *done += n.min(step) as u64;
        }
        self.site.shared.put_buf(buf);
        Ok(())
    }

    /// Sends the gathered head, then a stream's chunks as they come: chunked, or as they are
    /// for an HTTP/1.0 client (the connection's end ends the body).
    pub(super) async fn send_stream(&mut self, mut s: StreamBody, http10: bool) -> Sent {
        self.flush().await.map_err(|e| (0, e))?;
        s.start();
        // A stream may last: bytes pipelined behind its request do not hold a ring buffer
        // meanwhile.
        self.release_lease();
        let mut total = 0;
        // A body that fails part way: to an HTTP/1.0 client, whose body the connection's end
        // delimits, only a reset says it was cut short; chunked, the missing last chunk does.
        let cut = |e: End| if http10 { e.cut() } else { e };
        loop {
            // Between chunks, a client that has gone ends the stream (a producer that sends
            // rarely, server-sent events say, would otherwise be waited for until it sends).
            // What `out` holds (the line end of a large chunk) goes before a wait for the
            // producer: a client reads a chunk's line end before it hands the chunk on.
            let (inbound, home, waiting) = (&mut self.inbound, self.home.as_ref(), &self.out);
            let next = poll_fn(|cx| match s.poll_next(cx) {
                Poll::Ready(next) => Poll::Ready(Ok(Some(next))),
                Poll::Pending if !waiting.is_empty() => Poll::Ready(Ok(None)),
                Poll::Pending => watch_waiting(inbound, home, &self.site.shared, cx).map(Err),
            });
            let next = match next.await {
                Ok(Some(next)) => next,
                Ok(None) => {
                    self.flush().await.map_err(|e| (total, e))?;
                    continue;
                }
                Err(e) => return Err((total, End::Io(e))),
            };
            match next {
                Next::Chunks => {
                    if let Some(chunk) = s.take_large(INLINE_MAX) {
                        // Sent where it is, behind what `out` holds and its size line, as a
                        // body of bytes is: not copied into `out` (which would keep its size).
                        // The price, as for a body of bytes over 16 KiB: the size line goes in
                        // a send of its own (`MSG_MORE`; over HTTPS a record of its own), one
                        // more per chunk of at least 16 KiB, against a copy of the chunk.
                        // Counted once taken, as the chunks copied into `out` are.
                        if !http10 {
                            let _ = write!(self.out, "{:x}\r\n", chunk.len());
                        }
                        total += chunk.len() as u64;
                        self.send_bytes(chunk)
                            .await
                            .map_err(|(_, e)| (total, cut(e)))?;
                        if !http10 {
                            // Goes with the next chunks, the last chunk, or before a wait.
                            self.out.extend_from_slice(b"\r\n");
                        }
                        continue;
                    }
                    let mut out = std::mem::take(&mut self.out);
                    total += s.take_into(&mut out, STREAM_BATCH, INLINE_MAX, |out, chunk| {
                        if http10 {
                            out.extend_from_slice(chunk);
                        } else {
                            // Written in place: no allocation per chunk.
                            let _ = write!(out, "{:x}\r\n", chunk.len());
                            out.extend_from_slice(chunk);
                            out.extend_from_slice(b"\r\n");
                        }
                    });
                    self.out = out;
                    // A send that fails part way (over HTTPS: a session at its cipher suite's
                    // record limit too) cuts the body short.
                    self.flush().await.map_err(|e| (total, cut(e)))?;
                }
                Next::End => {
                    if !http10 {
                        self.out.extend_from_slice(b"0\r\n\r\n");
                        self.flush().await.map_err(|e| (total, e))?;
                    }
                    return Ok(total);
                }
                Next::Aborted => {
                    let e = io::Error::other("the response's producer aborted");
                    return Err((total, cut(End::Io(e))));
                }
            }
        }
    }
}

/// How a connection whose `100 Continue` was cut short ends: reset and counted as a timeout
/// when its client took nothing (as after a stalled send), closed when the send failed.
fn continue_cut_end(home: &crate::body::HomeState) -> End {
    match home.continue_failed() {
        true => End::Io(io::Error::other(
            "a 100 Continue failed part way: nothing can follow it",
        )),
        false => End::Stalled,
    }
}
