//! The drain signal, as every connection task sees it.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use crate::signal::{Latch, LatchWait};

/// A worker's drain signal, for connection tasks: whether the worker is draining (a graceful
/// stop, or the old generation after a reload), and a future that resolves when it starts.
///
/// Made by [`crate::WorkerContext::drain`]. A clone is an `Rc` clone: no allocation, no
/// syscall, no atomic. Checking [`Drain::is_draining`] reads a `Cell`. A [`Draining`] future
/// holds one slot in the worker's list of waiters from its first poll until it is dropped,
/// however often it is polled; once that list has grown to the most waiters at once, waiting
/// allocates nothing.
///
/// What a connection does on drain is the protocol's business: an HTTP server finishes the
/// response under way with `Connection: close` and closes kept-alive connections that wait
/// for a request; an echo server sends back what it received and closes. The worker ends once
/// every connection has (or at `shutdown_timeout`, when the supervisor stops it).
///
/// # Examples
///
/// ```no_run
/// use percore_proactor::{Either, select};
/// use percore_worker::WorkerContext;
///
/// async fn worker(ctx: WorkerContext) {
///     let drain = ctx.drain();
///     ctx.serve(move |stream| {
///         let drain = drain.clone();
///         async move {
///             let mut buf = Vec::with_capacity(4096);
///             // Echo until the client closes or the worker drains.
///             while !drain.is_draining() {
///                 match select(drain.wait(), stream.recv(buf)).await {
///                     Either::Left(()) => break,
///                     Either::Right((Ok(n), b)) if n > 0 => {
///                         let (res, b) = stream.send_all(b).await;
///                         if res.is_err() {
///                             break;
///                         }
///                         buf = b;
///                         buf.clear();
///                     }
///                     Either::Right(_) => break,
///                 }
///             }
///         }
///     })
///     .await;
/// }
/// ```
#[derive(Clone)]
pub struct Drain {
    latch: Rc<Latch>,
}

impl Drain {
    pub(crate) fn new(latch: Rc<Latch>) -> Drain {
        Drain { latch }
    }

    /// Whether the worker is draining.
    pub fn is_draining(&self) -> bool {
        self.latch.is_set()
    }

    /// A future that resolves once the worker drains (at once if it already does).
    pub fn wait(&self) -> Draining {
        Draining(LatchWait::new(self.latch.clone()))
    }
}

impl fmt::Debug for Drain {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Drain")
            .field("draining", &self.is_draining())
            .finish()
    }
}

/// Resolves once the worker drains. Made by [`Drain::wait`]; it owns its way to the signal,
/// so it can be stored in a connection's state and polled from a hand-written future.
#[must_use = "futures do nothing unless awaited"]
pub struct Draining(LatchWait<Rc<Latch>>);

impl Future for Draining {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        Pin::new(&mut self.0).poll(cx)
    }
}

impl fmt::Debug for Draining {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Draining")
            .field("draining", &self.0.latch().is_set())
            .finish()
    }
}
