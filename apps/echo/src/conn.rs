//! One echo connection: a multishot receive from the worker's buffer ring, each received lease
//! sent back as it is, and a bound on the bytes between the two.
//!
//! The state machine is written by hand so that the hot path allocates nothing: the receive
//! stream and the send operation own the connection's fd (they borrow nothing), so they live
//! in this struct without boxing.

use std::collections::VecDeque;
use std::future::poll_fn;
use std::io;
use std::net::Shutdown;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

use percore_proactor::net::{RecvStream, TcpStream};
use percore_proactor::ops::{Op, Send, SendMsg};
use percore_proactor::time::{self, Instant, Sleep, sleep_until};
use percore_proactor::{BufRing, IoBuf, RingBuf, Slice};
use percore_worker::{Drain, Draining, LocalStats};

/// How long a finished connection waits, at most, for the client to have everything before
/// it closes (see [`TcpStream::shutdown_and_linger`]).
pub(crate) const LINGER: Duration = Duration::from_secs(2);

/// What every connection of a worker shares.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) ring: BufRing,
    /// The core's ring of larger buffers (`echo.large_buffer_size`), for connections whose
    /// receives keep filling `ring`'s: a 64 KiB message then comes as one completion rather
    /// than four. `None` when it is off.
    pub(crate) large: Option<BufRing>,
    pub(crate) stats: Rc<LocalStats>,
    /// Receive buffers held (received and not yet wholly sent back), in bytes of buffer, at
    /// most, before receiving pauses: each received buffer counts whole, however few bytes it
    /// holds, so that a client sending tiny messages without reading cannot pin more of the
    /// core's buffers than one sending large ones.
    pub(crate) max_in_flight: usize,
    /// No traffic for this long closes the connection (`None`: never).
    pub(crate) idle: Option<Duration>,
    /// A send the client does not take within this long closes the connection.
    pub(crate) write: Option<Duration>,
    /// A TLS handshake must be done within this long (the read timeout).
    pub(crate) read: Option<Duration>,
    /// `echo.drain = "finish"`: the worker's drain signal, which ends each connection once it
    /// has sent back what it received. `None` for `"wait"`.
    pub(crate) drain: Option<Drain>,
    /// On a drain, how long a connection that has received nothing yet (a client that has
    /// just connected) may take to send its first bytes, counted from its accept.
    pub(crate) drain_idle: Duration,
}

/// Leases one vectored send carries at most.
const MAX_BATCH: usize = 16;

/// Receives in a row that followed, in the same burst, one that filled its small buffer
/// before a connection moves to the large ring. A message of one small buffer or less never
/// moves it: its one receive is followed by nothing until the answer has gone back.
const UP_AFTER: u8 = 2;
/// Receives in a row that a small buffer would have held before a connection moves back: more
/// than going up, so that a connection whose messages vary moves seldom.
const DOWN_AFTER: u8 = 8;

/// The send in progress.
enum Sending {
    /// One lease (or what is left of it): a plain send.
    One(Op<Send<Slice<RingBuf>>>),
    /// Several leases in one `sendmsg`: one TCP segment and one wake-up of the client for
    /// what would otherwise be several.
    Many(Op<SendMsg<Slice<RingBuf>>>),
}

/// Why a connection ended early.
#[derive(Debug)]
enum End {
    Io(io::Error),
    TimedOut,
}

struct Conn {
    stream: TcpStream,
    shared: Rc<Shared>,
    /// The multishot receive; `None` while paused by backpressure or after end of stream.
    rx: Option<RecvStream>,
    /// The receive was cancelled for backpressure: its end is not the peer's end.
    pausing: bool,
    /// Which ring the receive takes its buffers from.
    choice: RingChoice,
    /// The receive was cancelled to move to the other ring: its end is not the peer's end.
    switching: bool,
    /// Nothing more is received: the peer closed its side, or the worker drains.
    eof: bool,
    /// Until the worker drains (`echo.drain = "finish"` only).
    draining: Option<Draining>,
    /// The worker drained: what was received goes back, then the connection ends.
    finishing: bool,
    /// The worker drained before anything was received: the first bytes (if they come
    /// within `drain_idle` of the accept, on `timer`) are sent back, then the connection ends.
    awaiting_first: bool,
    /// When the connection was accepted (for `drain_idle`).
    accepted: Instant,
    /// Whether anything was received yet.
    received: bool,
    /// Received, waiting to be sent, in order (a lease partly sent is sliced to its rest).
    queue: VecDeque<Slice<RingBuf>>,
    sending: Option<Sending>,
    /// The vector of the last vectored send, kept so the next one reuses its capacity.
    batch: Vec<Slice<RingBuf>>,
    in_flight: usize,
    timer: Option<Sleep>,
}

impl Conn {
    /// A multishot receive on the ring this connection uses now.
    fn arm(&self) -> RecvStream {
        let ring = match &self.shared.large {
            Some(large) if self.choice.large => large,
            _ => &self.shared.ring,
        };
        self.stream.recv_multi(ring)
    }

    fn deadline(&self) -> Option<Instant> {
        // Bytes waiting to go out: it is the client's turn to read.
        let limit = if self.sending.is_some() || !self.queue.is_empty() {
            self.shared.write.or(self.shared.idle)
        } else {
            self.shared.idle
        }?;
        // The tick's clock: one read per tick, not two per round trip.
        time::now().checked_add(limit)
    }

    /// Something moved: push the timeout back.
    fn progressed(&mut self) {
        let Some(deadline) = self.deadline() else {
            self.timer = None;
            return;
        };
        match &mut self.timer {
            Some(t) => t.reset(deadline),
            None => self.timer = Some(sleep_until(deadline)),
        }
    }

    /// Starts sending what is queued: one lease with a plain send, several with one
    /// vectored send.
    fn start_send(&mut self) -> bool {
        self.sending = match self.queue.len() {
            0 => return false,
            1 => Some(Sending::One(
                self.stream
                    .send(self.queue.pop_front().expect("one queued")),
            )),
            n => {
                let mut batch = std::mem::take(&mut self.batch);
                batch.extend(self.queue.drain(..n.min(MAX_BATCH)));
                // The operation allocates its iovec array and header: two small allocations
                // per vectored send, against a send syscall's worth of kernel work saved for
                // each lease beyond the first.
                Some(Sending::Many(self.stream.send_vectored(batch)))
            }
        };
        true
    }

    /// Drives the send in progress; `Ready(Err)` when the connection must end.
    fn poll_send(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), End>> {
        loop {
            if self.sending.is_none() && !self.start_send() {
                return Poll::Ready(Ok(()));
            }
            // Bytes sent, and the buffer bytes of the leases wholly sent (they go back to their
            // ring).
            let (sent, released) = match self.sending.as_mut().expect("started above") {
                Sending::One(op) => match Pin::new(op).poll(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready((res, slice)) => {
                        let n = res.map_err(End::Io)?;
                        if n < slice.len() {
                            // A short send: the rest of the same lease goes first.
                            self.queue.push_front(rest_of(slice, n));
                            (n, 0)
                        } else {
                            (n, slice.get_ref().bytes_total())
                        }
                    }
                },
                Sending::Many(op) => match Pin::new(op).poll(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready((res, mut bufs)) => {
                        let n = res.map_err(End::Io)?;
                        // Fully sent leases drop here and go back to the ring; what was not
                        // sent goes back to the front of the queue, in order.
                        let mut left = n;
                        let mut first_unsent = bufs.len();
                        for (i, b) in bufs.iter().enumerate() {
                            if left < b.len() {
                                first_unsent = i;
                                break;
                            }
                            left -= b.len();
                        }
                        while bufs.len() > first_unsent {
                            let b = bufs.pop().expect("longer than first_unsent");
                            let skip = if bufs.len() == first_unsent { left } else { 0 };
                            self.queue.push_front(rest_of(b, skip));
                        }
                        let released = bufs.iter().map(|b| b.get_ref().bytes_total()).sum();
                        bufs.clear();
                        self.batch = bufs;
                        (n, released)
                    }
                },
            };
            self.sending = None;
            if sent == 0 {
                return Poll::Ready(Err(End::Io(io::ErrorKind::WriteZero.into())));
            }
            self.shared.stats.bytes_out(sent as u64);
            self.in_flight -= released;
            self.progressed();
        }
    }

    /// Receives while under the in-flight bound; pauses and resumes the receive around it.
    fn poll_recv(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), End>> {
        let max = self.shared.max_in_flight;
        if self.finishing && self.rx.is_none() {
            self.eof = true;
        }
        if !self.eof && self.rx.is_none() && !self.pausing && self.in_flight <= max / 2 {
            self.rx = Some(self.arm());
        }
        // Whether the last receive of this poll filled its buffer.
        let mut last_full = false;
        while let Some(rx) = &mut self.rx {
            match rx.poll_next(cx) {
                Poll::Ready(Some(Ok(buf))) => {
                    if self.in_flight >= max && !self.pausing {
                        // Backpressure: more arrived while the bound was reached, so stop
                        // receiving until sends catch up. What the kernel received before the
                        // cancel still comes out here. Cancelled only now, not as soon as the
                        // bound is reached: a client that waits for its answer (a message of
                        // exactly the bound, say) sends nothing more, and the receive stays
                        // armed rather than being cancelled and armed again every message.
                        rx.cancel();
                        self.pausing = true;
                    }
                    self.received = true;
                    // Counted whole: a lease holds its buffer, however few bytes came in it.
                    self.in_flight += buf.bytes_total();
                    let after_full =
                        std::mem::replace(&mut last_full, buf.len() == buf.bytes_total());
                    if self.shared.large.is_some()
                        && !self.pausing
                        && !self.switching
                        && !self.finishing
                        && self.choice.observe(
                            buf.len(),
                            after_full,
                            self.shared.ring.buf_size() as usize,
                        )
                    {
                        // To the other ring: this receive ends (what the kernel received
                        // before the cancel still comes out here) and the next is armed there.
                        if let Some(rx) = &mut self.rx {
                            rx.cancel();
                        }
                        self.switching = true;
                    }
                    if std::mem::take(&mut self.awaiting_first) {
                        // The first bytes after a drain: they and whatever came with them go
                        // back, then the connection ends.
                        self.finish();
                    }
                    let n = buf.len();
                    self.shared.stats.bytes_in(n as u64);
                    self.shared.stats.requests(1);
                    let len = buf.len();
                    self.queue.push_back(buf.slice(..len));
                    self.progressed();
                }
                Poll::Ready(None) => {
                    self.rx = None;
                    let switched = std::mem::take(&mut self.switching);
                    if switched {
                        self.choice.large = !self.choice.large;
                    }
                    if (std::mem::take(&mut self.pausing) || switched) && !self.finishing {
                        // Paused or moved, not finished: (re)armed once the bytes in flight
                        // fall.
                        if self.in_flight <= max / 2 {
                            self.rx = Some(self.arm());
                        }
                    } else {
                        self.eof = true;
                    }
                }
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Err(End::Io(e))),
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(Ok(()))
    }

    /// The worker drains: a connection that received something stops receiving (what the
    /// kernel already delivered still comes out and is sent back), then ends as at the peer's
    /// end of stream. One that has received nothing yet waits for its first bytes, until
    /// `drain_idle` after its accept.
    fn poll_drain(&mut self, cx: &mut Context<'_>) {
        if let Some(draining) = &mut self.draining {
            if Pin::new(draining).poll(cx).is_pending() {
                return;
            }
            self.draining = None;
            if self.received {
                self.finish();
            } else {
                // The connection's one timer waits for the first bytes now.
                self.awaiting_first = true;
                let until = self.accepted + self.shared.drain_idle;
                match &mut self.timer {
                    Some(t) if t.deadline() <= until => {}
                    Some(t) => t.reset(until),
                    None => self.timer = Some(sleep_until(until)),
                }
            }
        }
    }

    /// Stops receiving for good; the connection ends once what was received is sent back.
    fn finish(&mut self) {
        self.finishing = true;
        match &mut self.rx {
            Some(rx) => rx.cancel(),
            None => self.eof = true,
        }
    }

    fn poll(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), End>> {
        self.poll_drain(cx);
        loop {
            let _ = self.poll_recv(cx)?;
            let send = self.poll_send(cx)?;
            // The send freed room: the receive may resume (next round).
            if !self.eof
                && !self.finishing
                && self.rx.is_none()
                && self.in_flight <= self.shared.max_in_flight / 2
            {
                continue;
            }
            if self.eof && send.is_ready() && self.queue.is_empty() && self.sending.is_none() {
                return Poll::Ready(Ok(()));
            }
            if let Some(timer) = &mut self.timer
                && Pin::new(timer).poll(cx).is_ready()
            {
                if std::mem::take(&mut self.awaiting_first) {
                    // Drained, and no first bytes came in time: end as at end of stream.
                    self.timer = None;
                    self.finish();
                    continue;
                }
                return Poll::Ready(Err(End::TimedOut));
            }
            return Poll::Pending;
        }
    }
}

/// Which of the core's two receive rings a connection takes its buffers from, and the evidence
/// for moving to the other.
#[derive(Debug, Default, Clone, Copy)]
struct RingChoice {
    /// The large ring's.
    large: bool,
    /// Receives in a row that say the other ring would serve better.
    streak: u8,
}

impl RingChoice {
    /// Takes in a receive of `len` bytes (`after_full`: it came in the same burst straight
    /// after one that filled its buffer) with small buffers of `small` bytes; `true` when the
    /// connection should move to the other ring. On the small ring the evidence is a receive
    /// after a full one (what was waiting did not fit), `UP_AFTER` times in a row; on the
    /// large ring, a receive that a small buffer would have held, `DOWN_AFTER` times.
    fn observe(&mut self, len: usize, after_full: bool, small: usize) -> bool {
        let (other_is_better, after) = if self.large {
            (len <= small, DOWN_AFTER)
        } else {
            (after_full, UP_AFTER)
        };
        self.streak = if other_is_better { self.streak + 1 } else { 0 };
        if self.streak < after {
            return false;
        }
        self.streak = 0;
        true
    }
}

/// What is left of `buf` after its first `sent` bytes.
fn rest_of(buf: Slice<RingBuf>, sent: usize) -> Slice<RingBuf> {
    if sent == 0 {
        return buf;
    }
    let (begin, end) = (buf.begin(), buf.end());
    buf.into_inner().slice(begin + sent..end)
}

/// Serves one connection until the peer closes (everything it sent is echoed first), the
/// worker drains (`echo.drain = "finish"`: everything received so far is echoed first), an
/// error, or a timeout.
pub(crate) async fn serve(stream: TcpStream, shared: Rc<Shared>) {
    let draining = shared.drain.as_ref().map(Drain::wait);
    let mut conn = Conn {
        stream,
        shared,
        rx: None,
        pausing: false,
        choice: RingChoice::default(),
        switching: false,
        eof: false,
        draining,
        finishing: false,
        awaiting_first: false,
        accepted: time::now(),
        received: false,
        queue: VecDeque::new(),
        sending: None,
        batch: Vec::new(),
        in_flight: 0,
        timer: None,
    };
    conn.progressed();
    match poll_fn(|cx| conn.poll(cx)).await {
        Ok(()) if conn.finishing => {
            // Drained: the peer may still be sending. Our side ends, and the close waits until
            // the peer has every byte sent back (a close with its bytes unread would reset the
            // connection under them).
            conn.rx = None;
            // Boxed: a rare path, kept out of every connection's future.
            Box::pin(conn.stream.shutdown_and_linger(&conn.shared.ring, LINGER)).await;
        }
        Ok(()) => {
            // Half-close: the peer finished sending and has everything back; finish our side.
            let _ = conn.stream.shutdown(Shutdown::Write).await;
        }
        Err(End::TimedOut) => conn.shared.stats.timeout(),
        Err(End::Io(e)) => tracing::debug!("connection ended: {e}"),
    }
    // Dropping the connection cancels what is in flight and returns its buffers to the ring.
}

#[cfg(test)]
mod tests {
    use super::*;
    use percore_testkit::returned_size;

    /// Moves up only on bursts that overflow a small buffer, down only after a run of receives a
    /// small buffer would have held, and any receive against the move starts the count again.
    #[test]
    fn a_connection_moves_rings_on_runs_of_evidence_only() {
        let small = 16 << 10;
        let mut c = RingChoice::default();
        // Messages of exactly one small buffer: each fills it, but nothing follows it in its
        // burst.
        for _ in 0..100 {
            assert!(!c.observe(small, false, small));
        }
        // A 64 KiB message: four full receives in one burst; the third is the second one
        // after a full one.
        assert!(!c.observe(small, false, small));
        assert!(!c.observe(small, true, small));
        assert!(c.observe(small, true, small));
        c.large = true;
        // Large receives keep it there; small ones move it back after DOWN_AFTER in a row,
        // and a large one in between starts the count again.
        for _ in 0..DOWN_AFTER - 1 {
            assert!(!c.observe(64, false, small));
        }
        assert!(!c.observe(64 << 10, false, small));
        for _ in 0..DOWN_AFTER - 1 {
            assert!(!c.observe(64, false, small));
        }
        assert!(c.observe(small, false, small));
        c.large = false;
        // Back on the small ring the count starts from nothing.
        assert!(!c.observe(small, true, small));
        assert!(!c.observe(100, false, small));
        assert!(!c.observe(small, true, small));
    }

    /// An idle connection holds its task's future and little else: its size is most of what
    /// an idle connection costs.
    #[test]
    fn a_connection_task_stays_small() {
        let size = returned_size(serve);
        println!(
            "an echo connection's future: {size} bytes (Conn {})",
            std::mem::size_of::<Conn>()
        );
        assert!(size <= 512, "{size} bytes");
    }
}
