//! What a worker's entry point gets: its identity and settings, its listeners, its counters,
//! drain and stop signals, and `serve`, the accept loop with the connection limit.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::io;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use percore_config::{CoreSettings, Settings};
use percore_proactor::net::{TcpListener, TcpStream};
use percore_proactor::{BufRing, Either, select, spawn, spawn_detached, time};
use percore_tls::ServerConfig;

use crate::drain::Drain;
use crate::error::WorkerId;
use crate::mailbox::Adoption;
use crate::signal::{Event, Latch};
use crate::stats::LocalStats;

/// Signals the mailbox task raises for the worker's tasks.
#[derive(Debug, Default)]
pub(crate) struct WorkerState {
    /// Every worker of the pool has set its app up: `serve_accepted` accepts from then on.
    pub(crate) accepting: Latch,
    /// In an `Rc` of its own: every connection's [`Drain`] holds it.
    pub(crate) draining: Rc<Latch>,
    pub(crate) stopping: Latch,
    /// A connection closed (a slot under the limit came free).
    pub(crate) slot_freed: Event,
    /// Sockets adopted from siblings that are down.
    pub(crate) adoptions: Adoptions,
}

/// The sockets a worker accepts from for siblings that are down (see
/// [`Control::Adopt`](crate::Control::Adopt)):
/// the ones its accept loops have still to take up, and a flag per adoption taken up, set
/// when it is released.
#[derive(Debug, Default)]
pub(crate) struct Adoptions {
    queued: RefCell<Vec<Adoption>>,
    taken: RefCell<Vec<(usize, Rc<Cell<bool>>)>>,
    /// Fired when one is queued or released.
    changed: Event,
}

impl Adoptions {
    /// Queues `adoption` for the worker's accept loops.
    pub(crate) fn adopt(&self, adoption: Adoption) {
        self.queued.borrow_mut().push(adoption);
        self.changed.fire();
    }

    /// Ends the adoption of worker `from`'s sockets: not taken up, or its loops told to end.
    pub(crate) fn release(&self, from: usize) {
        if self.end_where(|of| of == from) {
            tracing::info!("worker {from} serves again: its connections are its own again");
        }
    }

    /// Ends every adoption (the worker drains or stops): the duplicates not taken up close
    /// now, not when the worker's thread ends.
    pub(crate) fn end_all(&self) {
        let _ = self.end_where(|_| true);
    }

    /// Ends the adoptions `ends` picks by the index they come from; whether there were any.
    fn end_where(&self, ends: impl Fn(usize) -> bool) -> bool {
        let mut ended = false;
        self.queued.borrow_mut().retain(|a| {
            ended |= ends(a.from);
            !ends(a.from)
        });
        self.taken.borrow_mut().retain(|(of, released)| {
            if ends(*of) {
                released.set(true);
                ended = true;
            }
            !ends(*of)
        });
        self.changed.fire();
        ended
    }

    /// Takes the queued adoptions up: each with the flag its release will set.
    fn take_up(&self) -> Vec<(Adoption, Rc<Cell<bool>>)> {
        let queued = std::mem::take(&mut *self.queued.borrow_mut());
        queued
            .into_iter()
            .map(|a| {
                let released = Rc::new(Cell::new(false));
                self.taken.borrow_mut().push((a.from, released.clone()));
                (a, released)
            })
            .collect()
    }
}

/// How many of a worker's accept loops ([`WorkerContext::serve_accepted`]) run, and whether
/// its pool has closed it to new ones (its drain), in one word shared with the pool, so that a
/// loop that starts and a drain are ordered: either the loop counts before the drain, and
/// the pool waits for it to end, or it sees the drain and does not start. A drained worker
/// whose count is zero takes no new connection (each loop ended has cancelled its accepts and
/// started what the kernel had queued to it); a reload counts as done once no worker of an
/// older generation has a loop running.
#[derive(Debug, Default)]
pub(crate) struct AcceptLoops(AtomicUsize);

/// The bit of [`AcceptLoops`] its pool sets when it drains the worker.
const CLOSED: usize = 1 << (usize::BITS - 1);

impl AcceptLoops {
    /// Whether an accept loop runs.
    pub(crate) fn running(&self) -> bool {
        self.0.load(Ordering::Acquire) & !CLOSED > 0
    }

    /// No accept loop starts from now on (the worker drains).
    pub(crate) fn close(&self) {
        self.0.fetch_or(CLOSED, Ordering::AcqRel);
    }

    /// Counts one more loop running until the guard drops (when the loop's task ends, or is
    /// dropped with its proactor); `None` once closed.
    fn enter(self: &Arc<Self>) -> Option<AcceptLoopGuard> {
        let mut word = self.0.load(Ordering::Acquire);
        loop {
            if word & CLOSED != 0 {
                return None;
            }
            match self
                .0
                .compare_exchange_weak(word, word + 1, Ordering::AcqRel, Ordering::Acquire)
            {
                Ok(_) => return Some(AcceptLoopGuard(self.clone())),
                Err(now) => word = now,
            }
        }
    }
}

/// One accept loop counted in [`AcceptLoops`], until dropped.
struct AcceptLoopGuard(Arc<AcceptLoops>);

impl Drop for AcceptLoopGuard {
    fn drop(&mut self) {
        (self.0).0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// A worker's view of itself, handed to the app's entry point on the worker's thread.
#[derive(Debug)]
pub struct WorkerContext {
    pub(crate) id: WorkerId,
    pub(crate) settings: Arc<Settings>,
    pub(crate) core: CoreSettings,
    /// Taken by `serve`, so that the sockets close when it stops accepting.
    pub(crate) listeners: RefCell<Vec<Listener>>,
    pub(crate) stats: Rc<LocalStats>,
    pub(crate) state: Rc<WorkerState>,
    /// Told once the app is set up (see [`WorkerContext::ready`]): the pool counts the worker
    /// as started then, not before (a reload whose app fails to set up is refused, and the
    /// running generation keeps serving). `None` after.
    pub(crate) set_up: RefCell<Option<crossbeam_channel::Sender<()>>>,
    /// Whether `serve_accepted`'s accept loops run, as the pool reads it.
    pub(crate) accept_loops: Arc<AcceptLoops>,
}

/// One of a worker's listening sockets, and what its connections speak.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Listener {
    /// The socket (this worker's duplicate).
    pub socket: Rc<TcpListener>,
    /// For an address of `tls.listen`: the certificates and protocols to handshake with.
    pub tls: Option<Arc<ServerConfig>>,
}

/// A connection a worker accepted, handed to [`WorkerContext::serve_accepted`]'s handler.
#[derive(Debug)]
#[non_exhaustive]
pub struct Accepted {
    /// The connection.
    pub stream: TcpStream,
    /// Accepted on a TLS address: the configuration to handshake with (see
    /// `percore_tls::accept`, or `percore_tls::Session` for a driver of its own). `None` for
    /// plaintext.
    pub tls: Option<Arc<ServerConfig>>,
}

/// Decrements the open-connection count when a connection's task ends, however it ends.
struct ConnSlot {
    stats: Rc<LocalStats>,
    state: Rc<WorkerState>,
}

impl Drop for ConnSlot {
    fn drop(&mut self) {
        let open = &self.stats.connections_open;
        open.set(open.get() - 1);
        self.state.slot_freed.fire();
    }
}

impl WorkerContext {
    /// The worker's index and CPU.
    pub fn id(&self) -> WorkerId {
        self.id
    }

    /// The global settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// This core's settings (with its `[[core]]` overrides).
    pub fn core(&self) -> &CoreSettings {
        &self.core
    }

    /// This worker's listeners, one per configured address, in configuration order: those
    /// of `listen`, then those of `tls.listen` (empty once [`WorkerContext::serve`] or
    /// [`WorkerContext::take_listeners`] has them).
    pub fn listeners(&self) -> Vec<Listener> {
        self.listeners.borrow().clone()
    }

    /// Waits until every worker of the pool has set its app up and the pool's sockets are
    /// ready (`true`: accept from now on), or a drain comes first (`false`: accept nothing).
    /// `serve_accepted` waits for it; an app that accepts on its own awaits it after
    /// [`WorkerContext::take_listeners`].
    pub async fn accepting(&self) -> bool {
        // Waited for in steps of 50 ms, the thread yielding its CPU between them: a thread
        // blocked in the ring's wait until the pool has started would hold still a tool that
        // runs one thread at a time (valgrind does, and counts io_uring_enter as a call that
        // does not block), and with it the pool's thread that sends the word.
        loop {
            std::thread::yield_now();
            let word = select(self.state.accepting.wait(), self.drain_requested());
            match time::timeout(Duration::from_millis(50), word).await {
                Ok(Either::Left(())) => return true,
                Ok(Either::Right(())) => return false,
                Err(_) => {}
            }
        }
    }

    /// Tells the pool this worker's app is set up: the worker counts as started, and serving,
    /// from then on (its pool's start, or a reload, waits for every worker's, up to
    /// `start_timeout`; a restarted worker not set up within it is stopped).
    /// `serve`, `serve_accepted` and `take_listeners` call it; an app that accepts otherwise
    /// calls it once its setup is done. A worker whose entry ends, or panics, before calling it has
    /// failed to start. Calls after the first do nothing. (A worker restarted into a running
    /// pool accepts as soon as it calls it.)
    pub fn ready(&self) {
        if let Some(tx) = self.set_up.borrow_mut().take() {
            // A pool that gave up waiting has dropped its end, and sent a stop.
            let _ = tx.send(());
        }
    }

    /// Takes the listeners, for an app that accepts on its own, and counts the app as set up
    /// ([`WorkerContext::ready`]). The caller must await [`WorkerContext::accepting`] before it
    /// accepts: a new worker's socket at an address a running pool listens on listens only
    /// from then on. Dropping them closes this worker's duplicates of the sockets.
    pub fn take_listeners(&self) -> Vec<Listener> {
        self.ready();
        std::mem::take(&mut *self.listeners.borrow_mut())
    }

    /// Whether this worker has TLS listeners (`tls.listen`).
    pub fn has_tls(&self) -> bool {
        self.listeners.borrow().iter().any(|l| l.tls.is_some())
    }

    /// A buffer ring of this core's `[buffers]` (count and size) for receives, with an error
    /// naming the worker when the kernel refuses it.
    ///
    /// # Errors
    ///
    /// The error of [`BufRing`]'s set-up (a bad size, no memory, an old kernel), with this
    /// worker's id in front.
    pub fn receive_ring(&self) -> io::Result<BufRing> {
        let buffers = &self.core.buffers;
        let size = u32::try_from(buffers.size.0).unwrap_or(u32::MAX);
        BufRing::builder()
            .entries(buffers.count)
            .buf_size(size)
            .build()
            .map_err(|e| {
                io::Error::new(
                    e.kind(),
                    format!("{}: cannot set up the receive buffers: {e}", self.id),
                )
            })
    }

    /// The worker's counters (cells: count freely on the hot path).
    pub fn stats(&self) -> Rc<LocalStats> {
        self.stats.clone()
    }

    /// Whether a drain was requested.
    pub fn is_draining(&self) -> bool {
        self.state.draining.is_set()
    }

    /// Resolves when a drain is requested (stop accepting, let connections finish).
    pub async fn drain_requested(&self) {
        self.state.draining.wait().await;
    }

    /// The drain signal, to hand to every connection task (see [`Drain`]): a flag to poll and
    /// a future to select on, at the cost of an `Rc` clone.
    pub fn drain(&self) -> Drain {
        Drain::new(self.state.draining.clone())
    }

    /// Accepts connections on the plaintext listeners (`listen`) and runs `handler` for each
    /// in its own task, as [`WorkerContext::serve_accepted`] does. An app that serves TLS
    /// too calls that instead: with `tls.listen` configured, this logs an error and serves
    /// the plaintext addresses alone.
    pub async fn serve<H, F>(&self, handler: H)
    where
        H: Fn(TcpStream) -> F + Clone + 'static,
        F: Future<Output = ()> + 'static,
    {
        if self.has_tls() {
            tracing::error!(
                "{}: tls.listen is configured, but this app serves plaintext only: its TLS addresses accept nothing",
                self.id
            );
            self.listeners.borrow_mut().retain(|l| l.tls.is_none());
        }
        self.serve_accepted(move |a: Accepted| handler(a.stream))
            .await;
    }

    /// Accepts connections on every listener and runs `handler` for each in its own task,
    /// from when every worker of the pool has set its app up (see
    /// [`WorkerContext::ready`]: a start that fails has accepted nothing) until a drain is
    /// requested; then lets go of the listeners (this worker's duplicates
    /// close; the socket itself closes when no worker of any generation holds it) and waits for
    /// the open connections to finish. At `max_connections` open connections the worker
    /// stops accepting (the kernel's backlog holds newcomers) until one closes; each such
    /// pause is counted.
    ///
    /// Each connection comes with the TLS configuration of the address it was accepted on
    /// (`None` for plaintext): the handler runs the handshake, within the time limit it
    /// chooses, so that a slow client holds up its own task alone.
    pub async fn serve_accepted<H, F>(&self, handler: H)
    where
        H: Fn(Accepted) -> F + Clone + 'static,
        F: Future<Output = ()> + 'static,
    {
        let listeners = self.take_listeners();
        // The worker's own TLS configuration, for adopted TLS sockets too; none if this app
        // serves no TLS address (a plaintext `serve` left them out), whose adopted TLS
        // sockets are then left out as well.
        let tls = listeners.iter().find_map(|l| l.tls.clone());
        // Set up: nothing is accepted until every worker of the pool is (a start that fails
        // then stops workers that hold no connection). A drain first: nothing at all.
        if !self.accepting().await {
            return;
        }
        let mut loops = Vec::new();
        for l in listeners {
            // Counted until the loop has ended (see `AcceptLoops`); none starts once the
            // pool has begun the drain, whose word is then on its way.
            let Some(counted) = self.accept_loops.enter() else {
                break;
            };
            let acceptor = Acceptor {
                listener: l.socket,
                tls: l.tls,
                stats: self.stats.clone(),
                state: self.state.clone(),
                max: u64::from(self.core.max_connections.max(1)),
                released: None,
                _counted: counted,
            };
            loops.push(spawn(acceptor.run(handler.clone())));
        }
        // The sockets of siblings that are down, while they are (see `Control::Adopt`):
        // counted as a loop, since it may take connections.
        if let Some(counted) = self.accept_loops.enter() {
            let adopter = Adopter {
                stats: self.stats.clone(),
                state: self.state.clone(),
                accept_loops: self.accept_loops.clone(),
                max: u64::from(self.core.max_connections.max(1)),
                tls,
                _counted: counted,
            };
            loops.push(spawn(adopter.run(handler.clone())));
        }
        for l in loops {
            let _ = l.await;
        }
        while self.stats.connections_open.get() > 0 {
            self.state.slot_freed.wait().await;
        }
    }
}

/// Takes up the sockets adopted from siblings that are down, each with an accept loop of its
/// own that ends when the adoption is released, until the worker drains.
struct Adopter {
    stats: Rc<LocalStats>,
    state: Rc<WorkerState>,
    accept_loops: Arc<AcceptLoops>,
    max: u64,
    /// The worker's own TLS configuration; `None`: adopted TLS sockets are left out.
    tls: Option<Arc<ServerConfig>>,
    /// Counts the adopter as an accept loop (for the pool) until it ends.
    _counted: AcceptLoopGuard,
}

impl Adopter {
    async fn run<H, F>(self, handler: H)
    where
        H: Fn(Accepted) -> F + Clone + 'static,
        F: Future<Output = ()> + 'static,
    {
        let adoptions = &self.state.adoptions;
        let mut loops = Vec::new();
        while !self.state.draining.is_set() {
            for (adoption, released) in adoptions.take_up() {
                let mut taken = 0;
                for s in adoption.sockets {
                    let tls = match (&s.tls, &self.tls) {
                        (None, _) => None,
                        (Some(_), Some(own)) => Some(own.clone()),
                        (Some(_), None) => continue,
                    };
                    // Counted as this worker's own loops are: a reload waits for it too.
                    let Some(counted) = self.accept_loops.enter() else {
                        break;
                    };
                    let listener = match TcpListener::from_socket(s.socket) {
                        Ok(l) => l,
                        Err(e) => {
                            tracing::warn!(
                                "a socket of worker {} could not be adopted: {e}",
                                adoption.from
                            );
                            continue;
                        }
                    };
                    let acceptor = Acceptor {
                        listener: Rc::new(listener),
                        tls,
                        stats: self.stats.clone(),
                        state: self.state.clone(),
                        max: self.max,
                        released: Some(released.clone()),
                        _counted: counted,
                    };
                    loops.push(spawn(acceptor.run(handler.clone())));
                    taken += 1;
                }
                if taken > 0 {
                    tracing::info!(
                        "takes the connections of worker {} while it is down",
                        adoption.from
                    );
                }
            }
            loops.retain(|l: &percore_proactor::JoinHandle<()>| !l.is_finished());
            select(self.state.draining.wait(), adoptions.changed.wait()).await;
        }
        for l in loops {
            let _ = l.await;
        }
    }
}

/// The accept loop of one listener.
struct Acceptor {
    listener: Rc<TcpListener>,
    tls: Option<Arc<ServerConfig>>,
    stats: Rc<LocalStats>,
    state: Rc<WorkerState>,
    max: u64,
    /// Set when the listener was adopted from a sibling that is down, and that sibling serves
    /// again: the loop ends (connections it accepted go on).
    released: Option<Rc<Cell<bool>>>,
    /// Counts the loop running (for the pool) until it ends.
    _counted: AcceptLoopGuard,
}

impl Acceptor {
    fn at_limit(&self) -> bool {
        self.stats.connections_open.get() >= self.max
    }

    /// Whether the loop is to end: the worker drains, or its adoption was released.
    fn ending(&self) -> bool {
        self.state.draining.is_set() || self.released.as_ref().is_some_and(|r| r.get())
    }

    /// Resolves once the loop is to end (see [`Acceptor::ending`]).
    async fn end(&self) {
        let Some(released) = &self.released else {
            return self.state.draining.wait().await;
        };
        while !released.get() {
            let changed = self.state.adoptions.changed.wait();
            if let Either::Left(()) = select(self.state.draining.wait(), changed).await {
                return;
            }
        }
    }

    fn start<H, F>(&self, stream: TcpStream, handler: &H)
    where
        H: Fn(Accepted) -> F,
        F: Future<Output = ()> + 'static,
    {
        let open = &self.stats.connections_open;
        open.set(open.get() + 1);
        LocalStats::bump(&self.stats.connections_accepted);
        let slot = ConnSlot {
            stats: self.stats.clone(),
            state: self.state.clone(),
        };
        // `guarded`, not an async block: the connection's future is stored once.
        let accepted = Accepted {
            stream,
            tls: self.tls.clone(),
        };
        // Never joined: spawned without a join state (an allocation less per connection).
        spawn_detached(percore_proactor::guarded(handler(accepted), slot));
    }

    async fn run<H, F>(self, handler: H)
    where
        H: Fn(Accepted) -> F,
        F: Future<Output = ()> + 'static,
    {
        let mut last_warning: Option<time::Instant> = None;
        // Connections the kernel accepted past the limit: a multishot accept takes everything
        // queued at once (a whole backlog, after a stall or once a slot frees), and the
        // cancel that follows the limit comes after. They wait here, as they waited in the
        // backlog, with no task and no buffer, and start as slots free, oldest first: served,
        // never dropped, and no more than `max` at a time (but for what waits when the loop
        // ends: a drain, or an adopted socket given back, starts it all).
        let mut waiting: std::collections::VecDeque<TcpStream> = std::collections::VecDeque::new();
        while !self.ending() {
            while !self.at_limit()
                && let Some(stream) = waiting.pop_front()
            {
                self.start(stream, &handler);
            }
            if self.at_limit() {
                LocalStats::bump(&self.stats.connection_limit_hits);
                while self.at_limit() && !self.ending() {
                    select(self.end(), self.state.slot_freed.wait()).await;
                }
                continue;
            }
            let mut incoming = self.listener.accept_multi();
            // Built once for the loop: one wait held across its accepts.
            let mut end = std::pin::pin!(self.end());
            loop {
                match select(end.as_mut(), incoming.next()).await {
                    Either::Left(()) | Either::Right(None) => break,
                    Either::Right(Some(Ok(stream))) => {
                        // Another listener's loop may have taken the slot meanwhile.
                        if self.at_limit() {
                            waiting.push_back(stream);
                            break;
                        }
                        self.start(stream, &handler);
                        if self.at_limit() {
                            break;
                        }
                    }
                    Either::Right(Some(Err(e))) => {
                        LocalStats::bump(&self.stats.accept_errors);
                        let now = time::Instant::now();
                        if last_warning.is_none_or(|t| now - t > Duration::from_secs(1)) {
                            tracing::warn!("accept failed: {e}");
                            last_warning = Some(now);
                        }
                        if is_resource_shortage(&e) {
                            // Out of descriptors or memory: give closing connections a moment.
                            time::sleep(Duration::from_millis(50)).await;
                        }
                        break;
                    }
                }
            }
            // Stop the multishot accept; what the kernel accepted before the cancel is still
            // served (a connection already accepted is never dropped).
            incoming.cancel();
            while let Some(conn) = incoming.next().await {
                if let Ok(stream) = conn {
                    if self.at_limit() {
                        waiting.push_back(stream);
                    } else {
                        self.start(stream, &handler);
                    }
                }
            }
        }
        // Ending: what waits was accepted, and is served first (a drain answers it and closes).
        for stream in waiting {
            self.start(stream, &handler);
        }
        // The kernel wakes one accept waiter per connection: if it woke ours just as we
        // withdrew, the connection is still queued and no other worker (a new generation
        // sharing this socket, or the worker an adopted one is given back to) was woken for
        // it. Take what is queued, whether the loop ended accepting or waiting at the limit
        // (draining, whatever the limit; given back, only within it: the worker it goes back
        // to takes the rest).
        while self.state.draining.is_set() || !self.at_limit() {
            let Ok(Some(stream)) = self.listener.try_accept() else {
                break;
            };
            self.start(stream, &handler);
        }
    }
}

fn is_resource_shortage(e: &io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(libc::EMFILE | libc::ENFILE | libc::ENOBUFS | libc::ENOMEM)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_loops_count_until_they_end_and_none_starts_after_the_drain() {
        let loops = Arc::new(AcceptLoops::default());
        assert!(!loops.running());
        let first = loops.enter().expect("not closed yet");
        let second = loops.enter().expect("not closed yet");
        assert!(loops.running());
        loops.close();
        // Those that started run on until they end; no other starts.
        assert!(loops.enter().is_none());
        drop(first);
        assert!(loops.running());
        drop(second);
        assert!(!loops.running());
        assert!(loops.enter().is_none());
    }
}
