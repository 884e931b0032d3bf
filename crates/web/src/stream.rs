//! Streamed response bodies: a channel from whatever produces the chunks to the connection
//! that sends them, bounded so that a client that reads slowly holds the producer back
//! rather than making the server buffer.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::fmt;
use std::future::{Future, poll_fn};
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use crate::response::Bytes;

/// Bytes a channel holds before `send` waits (one chunk is always taken, whatever its size),
/// each chunk counting [`CHUNK_COST`] more than its length.
const CAPACITY: usize = 64 * 1024;

/// What a queued chunk costs beside its bytes: its place in the queue (a [`Bytes`], 32
/// bytes), an owned chunk's allocation, and its framing on the wire. Counted, so that a
/// producer of tiny chunks (server-sent events of a few bytes, one byte at a time) holds about
/// a thousand chunks for a slow client, well under 100 KiB in all, not 64 Ki of them (over
/// 4 MiB).
const CHUNK_COST: usize = 64;

/// What `chunk` counts toward [`CAPACITY`].
fn cost(chunk: &Bytes) -> usize {
    chunk.len() + CHUNK_COST
}

#[derive(Default)]
struct Channel {
    queue: RefCell<VecDeque<Bytes>>,
    queued: Cell<usize>,
    /// The sender is gone: the body ends once the queue is empty.
    ended: Cell<bool>,
    /// The sender gave up: the response is cut short.
    aborted: Cell<bool>,
    /// The connection no longer wants chunks.
    closed: Cell<bool>,
    /// A producer task ([`crate::Response::stream`]) returned: its sender's end is the body's
    /// end. Its sender dropped without it (the task panicked, or was aborted) cuts the
    /// response short.
    produced: Cell<bool>,
    sender: RefCell<Option<Waker>>,
    receiver: RefCell<Option<Waker>>,
}

impl Channel {
    fn wake(slot: &RefCell<Option<Waker>>) {
        if let Some(w) = slot.borrow_mut().take() {
            w.wake();
        }
    }
}

/// The sending end of a streamed body (see [`crate::Response::stream`]).
pub struct BodySender {
    chan: Rc<Channel>,
}

/// The receiving end of a streamed body: give it to [`crate::Response::body_stream`].
pub struct BodyStream {
    chan: Rc<Channel>,
}

impl fmt::Debug for BodySender {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BodySender")
            .field("queued", &self.chan.queued.get())
            .finish()
    }
}

impl fmt::Debug for BodyStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BodyStream")
            .field("queued", &self.chan.queued.get())
            .finish()
    }
}

/// A channel for a streamed body: send chunks into the sender (from a task of your own), and
/// give the stream to [`crate::Response::body_stream`]. Dropping the sender ends the body, as
/// complete: a task of yours that panics drops it too, and its client gets a body that looks
/// whole. Call [`BodySender::abort`] when the body cannot be finished, or produce it with
/// [`crate::Response::stream`], which runs the producer itself and cuts the response short if
/// it panics.
pub fn body_channel() -> (BodySender, BodyStream) {
    let chan = Rc::new(Channel::default());
    (BodySender { chan: chan.clone() }, BodyStream { chan })
}

/// The client is gone, or the response was never sent: no more chunks are wanted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Closed;

impl fmt::Display for Closed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the response body is no longer wanted")
    }
}

impl std::error::Error for Closed {}

impl BodySender {
    /// Sends a chunk, once the chunks waiting to go out are few enough (empty chunks are
    /// skipped).
    ///
    /// # Errors
    ///
    /// [`Closed`] when the connection no longer wants the body (the client went away).
    pub async fn send(&self, chunk: impl Into<Bytes>) -> Result<(), Closed> {
        let chunk = chunk.into();
        let chan = &self.chan;
        let mut yielded = false;
        poll_fn(|cx| {
            if chan.closed.get() {
                // Once through the executor first: a producer that ignores the error and
                // sends on in a loop lets the core's other tasks run.
                if !std::mem::replace(&mut yielded, true) {
                    cx.waker().wake_by_ref();
                    return Poll::Pending;
                }
                return Poll::Ready(Err(Closed));
            }
            if chan.queued.get() >= CAPACITY {
                *chan.sender.borrow_mut() = Some(cx.waker().clone());
                return Poll::Pending;
            }
            Poll::Ready(Ok(()))
        })
        .await?;
        if !chunk.is_empty() {
            chan.queued.set(chan.queued.get() + cost(&chunk));
            chan.queue.borrow_mut().push_back(chunk);
            Channel::wake(&chan.receiver);
        }
        Ok(())
    }

    /// Ends the body as failed: the connection closes without completing the response, so
    /// that the client sees it cut short rather than whole (chunked, without its last chunk;
    /// to an HTTP/1.0 client, whose body the connection's end delimits, with a reset).
    pub fn abort(self) {
        self.chan.aborted.set(true);
    }

    /// Whether the connection still wants chunks.
    pub fn is_closed(&self) -> bool {
        self.chan.closed.get()
    }
}

impl Drop for BodySender {
    fn drop(&mut self) {
        self.chan.ended.set(true);
        Channel::wake(&self.chan.receiver);
    }
}

impl Drop for BodyStream {
    fn drop(&mut self) {
        self.chan.closed.set(true);
        self.chan.queue.borrow_mut().clear();
        self.chan.queued.set(0);
        Channel::wake(&self.chan.sender);
    }
}

/// What the connection found in the channel.
#[derive(Debug)]
pub(crate) enum Next {
    /// Chunks to send.
    Chunks,
    /// The body is complete.
    End,
    /// The sender aborted.
    Aborted,
}

/// A streamed body as the connection holds it: the channel, and the producer, started as a
/// task once the head is out.
pub(crate) struct StreamBody {
    rx: BodyStream,
    produce: Option<Pin<Box<dyn Future<Output = ()>>>>,
    task: Option<percore_proactor::JoinHandle<()>>,
}

impl fmt::Debug for StreamBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StreamBody").field("rx", &self.rx).finish()
    }
}

impl StreamBody {
    pub(crate) fn new(rx: BodyStream, produce: Option<Pin<Box<dyn Future<Output = ()>>>>) -> Self {
        StreamBody {
            rx,
            produce,
            task: None,
        }
    }

    /// Starts the producer (once).
    pub(crate) fn start(&mut self) {
        if let Some(p) = self.produce.take() {
            let chan = self.rx.chan.clone();
            self.task = Some(percore_proactor::spawn(async move {
                p.await;
                chan.produced.set(true);
            }));
        }
    }

    /// Waits until there is something to send or the body has ended.
    pub(crate) fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Next> {
        let chan = &self.rx.chan;
        if chan.aborted.get() {
            return Poll::Ready(Next::Aborted);
        }
        if !chan.queue.borrow().is_empty() {
            return Poll::Ready(Next::Chunks);
        }
        if chan.ended.get() {
            if let Some(task) = self.task.as_mut()
                && !chan.produced.get()
            {
                // A producer's sender is gone before it returned: the body ends when it
                // returns. One that ended without returning (a panic, told to its handle)
                // cuts the response short: the client must not see the body complete.
                match Pin::new(task).poll(cx) {
                    Poll::Pending => return Poll::Pending,
                    Poll::Ready(Ok(())) => {}
                    Poll::Ready(Err(e)) => {
                        self.task = None;
                        tracing::error!("a streamed response's producer failed: {e}");
                        return Poll::Ready(Next::Aborted);
                    }
                }
            }
            return Poll::Ready(Next::End);
        }
        *chan.receiver.borrow_mut() = Some(cx.waker().clone());
        Poll::Pending
    }

    /// Moves waiting chunks into `out` through `frame`, up to about `max` bytes, and lets the
    /// sender go on. Stops before a chunk over `large` (which [`StreamBody::take_large`]
    /// takes whole), and takes none when the first waiting one is.
    pub(crate) fn take_into(
        &mut self,
        out: &mut Vec<u8>,
        max: usize,
        large: usize,
        mut frame: impl FnMut(&mut Vec<u8>, &[u8]),
    ) -> u64 {
        let chan = &self.rx.chan;
        let mut queue = chan.queue.borrow_mut();
        let mut taken = 0;
        while out.len() < max {
            if queue.front().is_none_or(|c| c.len() > large) {
                break;
            }
            let chunk = queue.pop_front().expect("looked at");
            chan.queued.set(chan.queued.get() - cost(&chunk));
            taken += chunk.len() as u64;
            frame(out, chunk.as_slice());
        }
        drop(queue);
        Channel::wake(&chan.sender);
        taken
    }

    /// The first waiting chunk, when it is over `large`: sent where it is rather than copied
    /// behind the others. Lets the sender go on.
    pub(crate) fn take_large(&mut self, large: usize) -> Option<Bytes> {
        let chan = &self.rx.chan;
        let chunk = {
            let mut queue = chan.queue.borrow_mut();
            if queue.front().is_none_or(|c| c.len() <= large) {
                return None;
            }
            queue.pop_front()?
        };
        chan.queued.set(chan.queued.get() - cost(&chunk));
        Channel::wake(&chan.sender);
        Some(chunk)
    }
}

impl Drop for StreamBody {
    fn drop(&mut self) {
        // The producer stops with the response, whether it ended or the connection failed.
        if let Some(t) = self.task.take() {
            t.abort();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use percore_testkit::counting_waker;

    #[test]
    fn send_waits_past_the_capacity_and_the_end_follows_the_chunks() {
        let (tx, rx) = body_channel();
        let mut body = StreamBody::new(rx, None);
        let (_, waker) = counting_waker();
        let mut cx = Context::from_waker(&waker);
        assert!(body.poll_next(&mut cx).is_pending());
        let big = vec![7u8; CAPACITY];
        let mut first = Box::pin(tx.send(big));
        assert!(
            first.as_mut().poll(&mut cx).is_ready(),
            "one chunk always fits"
        );
        let mut second = Box::pin(tx.send("x"));
        assert!(second.as_mut().poll(&mut cx).is_pending(), "full: waits");
        assert!(matches!(body.poll_next(&mut cx), Poll::Ready(Next::Chunks)));
        let mut out = Vec::new();
        assert_eq!(
            body.take_into(&mut out, usize::MAX, CAPACITY - 1, |_, _| ()),
            0
        );
        let taken = body.take_into(&mut out, usize::MAX, usize::MAX, |o, c| {
            o.extend_from_slice(c)
        });
        assert_eq!((taken, out.len()), (CAPACITY as u64, CAPACITY));
        assert!(second.as_mut().poll(&mut cx).is_ready(), "room again");
        drop(second);
        drop(first);
        drop(tx);
        assert!(matches!(body.poll_next(&mut cx), Poll::Ready(Next::Chunks)));
        out.clear();
        body.take_into(&mut out, usize::MAX, usize::MAX, |o, c| {
            o.extend_from_slice(c)
        });
        assert_eq!(out, b"x");
        assert!(matches!(body.poll_next(&mut cx), Poll::Ready(Next::End)));
    }

    #[test]
    fn tiny_chunks_count_what_each_costs_beside_its_bytes() {
        let (tx, rx) = body_channel();
        let mut body = StreamBody::new(rx, None);
        let (_, waker) = counting_waker();
        let mut cx = Context::from_waker(&waker);
        let mut sent = 0;
        loop {
            let mut send = Box::pin(tx.send("x"));
            if send.as_mut().poll(&mut cx).is_pending() {
                break;
            }
            sent += 1;
        }
        assert_eq!(sent, CAPACITY.div_ceil(1 + CHUNK_COST));
        assert!(matches!(body.poll_next(&mut cx), Poll::Ready(Next::Chunks)));
        let mut out = Vec::new();
        let taken = body.take_into(&mut out, usize::MAX, usize::MAX, |o, c| {
            o.extend_from_slice(c)
        });
        assert_eq!(taken, sent as u64);
        assert_eq!(
            body.rx.chan.queued.get(),
            0,
            "every chunk's cost given back"
        );
    }

    #[test]
    fn a_large_chunk_is_taken_whole_and_the_small_ones_around_it_in_order() {
        let (tx, rx) = body_channel();
        let mut body = StreamBody::new(rx, None);
        let (_, waker) = counting_waker();
        let mut cx = Context::from_waker(&waker);
        for chunk in [&b"a"[..], &[7; 100][..], b"b"] {
            let mut send = Box::pin(tx.send(chunk.to_vec()));
            assert!(send.as_mut().poll(&mut cx).is_ready());
        }
        assert!(matches!(body.poll_next(&mut cx), Poll::Ready(Next::Chunks)));
        let mut out = Vec::new();
        let frame = |o: &mut Vec<u8>, c: &[u8]| o.extend_from_slice(c);
        assert!(body.take_large(10).is_none(), "the first is small");
        assert_eq!(body.take_into(&mut out, usize::MAX, 10, frame), 1);
        assert_eq!(
            body.take_into(&mut out, usize::MAX, 10, frame),
            0,
            "a large one next"
        );
        assert_eq!(body.take_large(10).map(|c| c.len()), Some(100));
        assert_eq!(body.take_into(&mut out, usize::MAX, 10, frame), 1);
        assert_eq!(out, b"ab");
        assert_eq!(body.rx.chan.queued.get(), 0);
    }

    #[test]
    fn a_dropped_receiver_closes_the_sender() {
        let (tx, rx) = body_channel();
        drop(rx);
        let (woken, waker) = counting_waker();
        let mut cx = Context::from_waker(&waker);
        let mut send = Box::pin(tx.send("late"));
        // Through the executor once first (a producer sending on in a loop yields), woken
        // to come back at once.
        assert_eq!(send.as_mut().poll(&mut cx), Poll::Pending);
        assert_eq!(woken.get(), 1);
        assert_eq!(send.as_mut().poll(&mut cx), Poll::Ready(Err(Closed)));
        assert!(tx.is_closed());
    }
}
