//! The pool: one worker per configured CPU, started all-or-nothing, controlled through
//! mailboxes, joined with any panic reported by worker and CPU.

use std::future::Future;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender};
use percore_config::{CpuSet, Dur, Settings, worker_cpus};

use crate::context::{AcceptLoops, WorkerContext};
use crate::error::{StartError, WorkerId, WorkerPanic, panic_text};
use crate::left_behind::LeftBehind;
use crate::listener::Listeners;
use crate::mailbox::{Adoption, Control, MailboxTx};
use crate::stats::{PublishedStats, WorkerStats};
use crate::thread::{self, Spec};

/// How long stopped workers of a start that failed have to end before they are left behind.
const STOP_LIMIT: Duration = Duration::from_secs(5);

/// [`STOP_LIMIT`] for a start given up for a stop: a worker that is not stuck ends within
/// milliseconds of being told.
const STOPPED_LIMIT: Duration = Duration::from_millis(200);

/// How often a start waiting for its apps' set-up looks whether it is to stop (see
/// [`WorkerPool::start_on_unless`]).
const STOP_LOOK: Duration = Duration::from_millis(20);

/// A worker thread's end, as [`WorkerPool::exits`] reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WorkerExit {
    /// The worker.
    pub worker: WorkerId,
    /// Which start of that worker slot ended (a restarted worker has a new one).
    pub spawn: u64,
}

struct Worker {
    id: WorkerId,
    /// This start's number, unique in the pool.
    spawn: u64,
    tid: u32,
    thread: Option<JoinHandle<()>>,
    mailbox: MailboxTx,
    published: Arc<PublishedStats>,
    /// Whether the worker's accept loops run (see [`WorkerPool::accepting`]).
    accept_loops: Arc<AcceptLoops>,
    set_up: SetUp,
    /// A previous start of this slot, stopped in its set-up and left behind stuck in a
    /// blocking call: the slot starts again only once it has ended (one such thread per slot
    /// at most).
    stuck: Option<JoinHandle<()>>,
    /// While this worker is down: the sibling accepting from its sockets meanwhile.
    adopted_by: Option<usize>,
    /// While this worker is down: its sockets could not be lent (told once).
    lend_failed: bool,
}

/// Where a worker's app stands in its set-up (see `WorkerContext::ready`).
enum SetUp {
    /// Not heard yet: the worker says it on the receiver, and must by the instant.
    Pending(Receiver<()>, Instant),
    /// Set up: the worker serves.
    Done,
    /// Its worker ended before setting up, or the start that waited for it failed.
    Failed,
    /// Not set up by its deadline: told to stop at the instant.
    Stopped(Instant),
}

/// How a worker thread ended, as [`WorkerPool::reap`] reports it.
#[derive(Debug)]
pub enum WorkerEnd {
    /// Its entry returned: after a drain or a stop, or on its own.
    Returned,
    /// It panicked.
    Panicked(WorkerPanic),
    /// A restart whose app was not set up within `start_timeout`, told to stop (see
    /// [`WorkerPool::check_set_up`]): it ended, or, stuck in a blocking call, did not within
    /// a few seconds and was left behind (its slot is free to start again).
    NotSetUp,
}

/// Checks `done` every 10 ms until it holds or `deadline` passes; whether it held.
pub(crate) fn wait_until(deadline: Instant, done: impl Fn() -> bool) -> bool {
    while !done() {
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    true
}

impl Worker {
    /// Joins the worker's thread (and an earlier start's, stuck in its set-up, if any) by
    /// `deadline`; the threads still running then are given back, left behind (logged).
    fn join_by(&mut self, deadline: Instant) -> Result<Option<WorkerPanic>, Vec<JoinHandle<()>>> {
        let mut left = Vec::new();
        if let Some(stuck) = self.stuck.take()
            && !wait_until(deadline, || stuck.is_finished())
        {
            tracing::error!(
                "{}'s earlier start, stuck in its set-up, is left behind",
                self.id
            );
            left.push(stuck);
        }
        let Some(t) = self.thread.take() else {
            return if left.is_empty() { Ok(None) } else { Err(left) };
        };
        if !wait_until(deadline, || t.is_finished()) {
            tracing::error!("{} did not stop: left behind", self.id);
            left.push(t);
            return Err(left);
        }
        let panic = t.join().err().map(|payload| WorkerPanic {
            worker: self.id,
            message: panic_text(payload.as_ref()),
        });
        if left.is_empty() {
            Ok(panic)
        } else {
            Err(left)
        }
    }

    /// Waits, up to `deadline` (`limit` after the start began), for the worker to say its
    /// app is set up.
    /// Given up when `stop` is set.
    fn await_set_up(
        &mut self,
        deadline: Instant,
        limit: Duration,
        stop: &AtomicBool,
    ) -> Result<(), StartError> {
        let SetUp::Pending(rx, _) = std::mem::replace(&mut self.set_up, SetUp::Done) else {
            return Ok(());
        };
        let heard = loop {
            if stop.load(Ordering::Acquire) {
                self.set_up = SetUp::Failed;
                return Err(StartError::Stopped { left_behind: false });
            }
            let look = deadline.min(Instant::now() + STOP_LOOK);
            match rx.recv_deadline(look) {
                Err(crossbeam_channel::RecvTimeoutError::Timeout) if look < deadline => {}
                heard => break heard,
            }
        };
        heard.map_err(|e| {
            self.set_up = SetUp::Failed;
            StartError::Thread {
                worker: self.id,
                source: std::io::Error::other(match e {
                    crossbeam_channel::RecvTimeoutError::Disconnected => {
                        "the worker ended before its app was set up (see its panic, if any)".into()
                    }
                    crossbeam_channel::RecvTimeoutError::Timeout => format!(
                        "the worker's app was not set up within start_timeout ({})",
                        Dur(limit)
                    ),
                }),
            }
        })
    }

    /// Hears, without waiting, whether a worker still setting up (a restarted one) has set its
    /// app up; one past its deadline is told to stop (with a last look, so that one set up
    /// just now is not).
    fn check_set_up(&mut self, now: Instant) -> Heard {
        let SetUp::Pending(rx, deadline) = &self.set_up else {
            return Heard::Nothing;
        };
        let late = now >= *deadline;
        match rx.try_recv() {
            Ok(()) => {
                self.set_up = SetUp::Done;
                Heard::SetUp
            }
            // It ended (its app failed): reaped and restarted as any worker that ends.
            Err(crossbeam_channel::TryRecvError::Disconnected) => {
                self.set_up = SetUp::Failed;
                Heard::Nothing
            }
            Err(crossbeam_channel::TryRecvError::Empty) if late => {
                self.set_up = SetUp::Stopped(now);
                self.mailbox.send(Control::Stop);
                Heard::Stalled
            }
            Err(crossbeam_channel::TryRecvError::Empty) => Heard::Nothing,
        }
    }

    /// Whether the worker's thread runs and its app is set up.
    fn serving(&self) -> bool {
        matches!(self.set_up, SetUp::Done) && self.thread.as_ref().is_some_and(|t| !t.is_finished())
    }

    /// Takes the thread's end: when it has ended, or when it was stopped for a stalled set-up
    /// [`STOP_LIMIT`] before `now` and still runs (stuck in a blocking call: kept aside as
    /// `stuck`, logged). `None` while it runs otherwise, or once taken.
    fn take_end(&mut self, now: Instant) -> Option<WorkerEnd> {
        let t = self.thread.as_ref()?;
        let stopped = match self.set_up {
            SetUp::Stopped(at) => Some(at),
            _ => None,
        };
        if !t.is_finished() {
            if stopped.is_none_or(|at| now < at + STOP_LIMIT) {
                return None;
            }
            tracing::error!(
                "{} did not stop: left behind until it does (the slot starts again then)",
                self.id
            );
            self.stuck = self.thread.take();
            return Some(WorkerEnd::NotSetUp);
        }
        let t = self.thread.take().expect("checked above");
        Some(match t.join() {
            Err(payload) => WorkerEnd::Panicked(WorkerPanic {
                worker: self.id,
                message: panic_text(payload.as_ref()),
            }),
            Ok(()) if stopped.is_some() => WorkerEnd::NotSetUp,
            Ok(()) => WorkerEnd::Returned,
        })
    }
}

/// What a look at a worker's set-up found.
#[derive(PartialEq)]
enum Heard {
    Nothing,
    SetUp,
    Stalled,
}

/// A worker's entry point, boxed for restarts.
pub(crate) type Entry =
    Arc<dyn Fn(WorkerContext) -> Pin<Box<dyn Future<Output = ()>>> + Send + Sync>;

/// Running workers, one thread each.
///
/// Dropping the pool stops and joins every worker.
pub struct WorkerPool {
    workers: Vec<Worker>,
    addrs: Vec<SocketAddr>,
    /// The bound sockets, kept for the pool's life (workers hold duplicates): a restarted
    /// worker takes over the same sockets, queued connections included.
    listeners: Arc<Listeners>,
    settings: Arc<Settings>,
    entry: Entry,
    /// Each worker thread sends its end here (however it ends).
    exits: (Sender<WorkerExit>, Receiver<WorkerExit>),
    /// Starts so far: numbers each start.
    spawns: std::sync::atomic::AtomicU64,
    /// [`WorkerPool::drain`] was called: a worker started after it (a respawn) accepts
    /// nothing either.
    drained: std::sync::atomic::AtomicBool,
}

impl std::fmt::Debug for WorkerPool {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WorkerPool")
            .field("workers", &self.ids())
            .field("addrs", &self.addrs)
            .finish()
    }
}

impl WorkerPool {
    /// Places workers per `settings` on the CPUs this process may use, binds their listeners
    /// and starts them, each running `entry` on its own thread with its own proactor.
    /// Returns once every worker is accepting.
    ///
    /// # Errors
    ///
    /// The first failure (placement, bind, pin, proactor set-up), naming the worker and CPU;
    /// the workers already started are stopped and joined first.
    pub fn start<E, Fut>(settings: &Settings, entry: E) -> Result<WorkerPool, StartError>
    where
        E: Fn(WorkerContext) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + 'static,
    {
        let cpus = worker_cpus(settings, &CpuSet::of_process()).map_err(StartError::Placement)?;
        let listeners = Arc::new(Listeners::bind(settings, &cpus)?);
        Self::start_on(Arc::new(settings.clone()), &cpus, listeners, entry)
    }

    /// Starts workers on `cpus` with duplicates of `listeners`' sockets (the caller keeps the
    /// sockets, for instance across a reload).
    ///
    /// # Errors
    ///
    /// As [`WorkerPool::start`].
    pub fn start_on<E, Fut>(
        settings: Arc<Settings>,
        cpus: &[usize],
        listeners: Arc<Listeners>,
        entry: E,
    ) -> Result<WorkerPool, StartError>
    where
        E: Fn(WorkerContext) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + 'static,
    {
        Self::start_on_unless(settings, cpus, listeners, entry, &AtomicBool::new(false))
    }

    /// [`WorkerPool::start_on`], given up as soon as `stop` is set (a stop signal that came
    /// while the apps set up): the workers started are stopped, and [`StartError::Stopped`]
    /// returned (saying whether one stuck in its set-up was left behind). It is looked at
    /// every 20 ms while the start waits for the apps' set-up.
    ///
    /// # Errors
    ///
    /// As [`WorkerPool::start`], and [`StartError::Stopped`].
    pub fn start_on_unless<E, Fut>(
        settings: Arc<Settings>,
        cpus: &[usize],
        listeners: Arc<Listeners>,
        entry: E,
        stop: &AtomicBool,
    ) -> Result<WorkerPool, StartError>
    where
        E: Fn(WorkerContext) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + 'static,
    {
        let mut left = LeftBehind::new();
        Self::start_leaving(settings, cpus, listeners, entry, stop, &mut left)
    }

    /// [`WorkerPool::start_on_unless`], keeping in `left` the workers a start that fails
    /// leaves behind (stuck in their set-up) with the sockets they hold: see [`LeftBehind`].
    ///
    /// # Errors
    ///
    /// As [`WorkerPool::start_on_unless`].
    pub fn start_leaving<E, Fut>(
        settings: Arc<Settings>,
        cpus: &[usize],
        listeners: Arc<Listeners>,
        entry: E,
        stop: &AtomicBool,
        left: &mut LeftBehind,
    ) -> Result<WorkerPool, StartError>
    where
        E: Fn(WorkerContext) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = ()> + 'static,
    {
        let entry: Entry = Arc::new(move |ctx| Box::pin(entry(ctx)));
        let mut pool = WorkerPool {
            workers: Vec::with_capacity(cpus.len()),
            addrs: listeners.addrs().to_vec(),
            listeners,
            settings,
            entry,
            exits: crossbeam_channel::unbounded(),
            spawns: std::sync::atomic::AtomicU64::new(0),
            drained: std::sync::atomic::AtomicBool::new(false),
        };
        // Every worker sets its app up at once; the start waits for them all, up to one
        // limit, then the sockets take their options and every worker accepts. All or nothing:
        // a failure stops the ones started (set up or not, none has accepted anything).
        let started = (|| {
            // One limit for the whole start: the rings, then every app's set-up.
            let limit = pool.settings.start_timeout.0;
            let deadline = Instant::now() + limit;
            for (index, &cpu) in cpus.iter().enumerate() {
                let worker = pool.spawn_one(WorkerId { index, cpu }, false, deadline)?;
                pool.workers.push(worker);
            }
            for w in &mut pool.workers {
                w.await_set_up(deadline, limit, stop)?;
            }
            pool.listeners.commit(&pool.settings, cpus)
        })();
        if let Err(e) = started {
            pool.listeners.abandon_new();
            pool.stop();
            // Given up for a stop: what a worker's set-up does matters no more, and the
            // caller has a generation to drain (a stop during a reload), so the ones stuck
            // in a blocking call are not waited for long.
            let limit = match e {
                StartError::Stopped { .. } => STOPPED_LIMIT,
                _ => STOP_LIMIT,
            };
            let (stuck, _) = pool.join_keeping(Instant::now() + limit);
            let all_ended = stuck.is_empty();
            left.keep(pool.listeners.clone(), stuck);
            return Err(match e {
                StartError::Stopped { .. } => StartError::Stopped {
                    left_behind: !all_ended,
                },
                e => e,
            });
        }
        pool.send_all(|| Control::Accept);
        Ok(pool)
    }

    /// Joins the workers that end by `deadline` (after `stop`, say) and leaves behind, logged,
    /// those still running then (stuck in a blocking call): the pool no longer holds them, and
    /// its drop does not wait for them. Returns whether every worker ended, and the panics of
    /// those that did.
    pub fn join_by(&mut self, deadline: Instant) -> (bool, Vec<WorkerPanic>) {
        let (left, panics) = self.join_keeping(deadline);
        (left.is_empty(), panics)
    }

    /// [`WorkerPool::join_by`], keeping the threads left behind in `left` (counted there
    /// until they end).
    pub fn join_by_leaving(
        &mut self,
        deadline: Instant,
        left: &mut LeftBehind,
    ) -> Vec<WorkerPanic> {
        let (stuck, panics) = self.join_keeping(deadline);
        left.keep(self.listeners.clone(), stuck);
        panics
    }

    /// [`WorkerPool::join_by`], giving back the threads left behind.
    fn join_keeping(&mut self, deadline: Instant) -> (Vec<JoinHandle<()>>, Vec<WorkerPanic>) {
        let (mut left, mut panics) = (Vec::new(), Vec::new());
        for w in &mut self.workers {
            match w.join_by(deadline) {
                Ok(panic) => panics.extend(panic),
                Err(threads) => left.extend(threads),
            }
        }
        (left, panics)
    }

    /// Starts worker `id`'s thread and waits for its ring, until `deadline`; `accepting`: it
    /// accepts as soon as its app is set up, without waiting for `Control::Accept`.
    fn spawn_one(
        &self,
        id: WorkerId,
        accepting: bool,
        deadline: Instant,
    ) -> Result<Worker, StartError> {
        let (settings, entry) = (&self.settings, self.entry.clone());
        let spawn = self
            .spawns
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let sockets = self
            .listeners
            .dup_for(id.index)
            .map_err(|source| StartError::Thread { worker: id, source })?;
        let (tx, rx) = crossbeam_channel::unbounded();
        let published = Arc::new(PublishedStats::for_worker(id.index, id.cpu));
        let accept_loops = Arc::new(AcceptLoops::default());
        if self.drained.load(std::sync::atomic::Ordering::Relaxed) {
            accept_loops.close();
        }
        let spec = Spec {
            id,
            pin: settings.pin,
            settings: settings.clone(),
            core: settings.for_core(Some(id.cpu)),
            sockets,
            published: published.clone(),
            accept_loops: accept_loops.clone(),
            rx,
            exited: self.exits.0.clone(),
            spawn,
            accepting,
        };
        let (ready_tx, ready_rx) = crossbeam_channel::bounded(1);
        let (set_up_tx, set_up_rx) = crossbeam_channel::bounded(1);
        let thread = std::thread::Builder::new()
            .name(format!("percore-w{}", id.index))
            .spawn(move || thread::run(spec, entry, ready_tx, set_up_tx))
            .map_err(|source| StartError::Thread { worker: id, source })?;
        // Its ring and proactor: no app code runs before this, but a kernel short of memory
        // for the ring may take a while; the start's limit bounds it too.
        let ready = match ready_rx.recv_deadline(deadline) {
            Ok(ready) => ready,
            Err(_) => {
                let ended = thread.is_finished();
                Self::stop_late(id, thread, &ready_rx, tx);
                let reason = if ended {
                    "the worker thread ended during start".to_string()
                } else {
                    format!(
                        "the worker's ring was not set up within start_timeout ({})",
                        settings.start_timeout
                    )
                };
                return Err(StartError::Thread {
                    worker: id,
                    source: std::io::Error::other(reason),
                });
            }
        };
        match ready {
            Ok((waker, tid)) => Ok(Worker {
                id,
                spawn,
                tid,
                thread: Some(thread),
                mailbox: MailboxTx::new(tx, waker),
                published,
                accept_loops,
                set_up: SetUp::Pending(set_up_rx, deadline),
                stuck: None,
                adopted_by: None,
                lend_failed: false,
            }),
            Err(e) => {
                let _ = thread.join();
                Err(e)
            }
        }
    }

    /// A worker whose ring was not ready by the start's deadline: its ring may still come up
    /// (it then goes on, and would set its app up and serve outside the pool), so it is given
    /// [`STOP_LIMIT`] more to say so and then told to stop, and joined; one still starting
    /// after that is left behind, logged, rather than joined without end.
    fn stop_late(
        id: WorkerId,
        thread: JoinHandle<()>,
        ready_rx: &Receiver<thread::Ready>,
        tx: Sender<Control>,
    ) {
        let deadline = Instant::now() + STOP_LIMIT;
        match ready_rx.recv_deadline(deadline) {
            Ok(Ok((waker, _))) => {
                MailboxTx::new(tx, waker).send(Control::Stop);
            }
            // It failed, or its thread ended: nothing runs any more.
            Ok(Err(_)) | Err(crossbeam_channel::RecvTimeoutError::Disconnected) => {}
            Err(crossbeam_channel::RecvTimeoutError::Timeout) => {
                tracing::error!("{id} did not start, nor stop: left behind");
                return;
            }
        }
        if wait_until(deadline, || thread.is_finished()) {
            let _ = thread.join();
        } else {
            tracing::error!("{id} did not stop: left behind");
        }
    }

    /// A channel that receives a worker thread's end, however it ends (its entry returned
    /// after a drain, a stop, or a panic): for a supervisor to wait on, rather than poll
    /// [`WorkerPool::is_finished`].
    pub fn exits(&self) -> Receiver<WorkerExit> {
        self.exits.1.clone()
    }

    /// Waits, up to `limit`, for the thread whose end came through [`WorkerPool::exits`] (sent
    /// in the thread's last steps) to have ended: afterwards [`WorkerPool::reap`] and
    /// [`WorkerPool::is_finished`] see it. Returns at once when that start of the worker is no
    /// longer the pool's (already reaped and restarted). Returns whether it ended.
    pub fn await_exit(&self, exit: WorkerExit, limit: Duration) -> bool {
        let Some(w) = self
            .workers
            .iter()
            .find(|w| w.id == exit.worker && w.spawn == exit.spawn)
        else {
            return true;
        };
        let until = std::time::Instant::now() + limit;
        loop {
            if w.thread.as_ref().is_none_or(JoinHandle::is_finished) {
                return true;
            }
            if std::time::Instant::now() >= until {
                return false;
            }
            std::thread::sleep(Duration::from_micros(100));
        }
    }

    /// The bound addresses (port 0 resolved).
    pub fn addrs(&self) -> &[SocketAddr] {
        &self.addrs
    }

    /// The workers, in order.
    pub fn ids(&self) -> Vec<WorkerId> {
        self.workers.iter().map(|w| w.id).collect()
    }

    /// Each worker thread's kernel thread id, in order.
    pub fn thread_ids(&self) -> Vec<u32> {
        self.workers.iter().map(|w| w.tid).collect()
    }

    /// Sends `Drain` to every worker: they stop accepting and end once their connections
    /// have finished.
    pub fn drain(&self) {
        // First, and here: from now on no accept loop starts (a restart still setting up
        // included, and one started later), whenever the worker reads its mailbox.
        self.drained
            .store(true, std::sync::atomic::Ordering::Relaxed);
        for w in &self.workers {
            w.accept_loops.close();
        }
        self.send_all(|| Control::Drain);
    }

    /// Sends `Stop` to every worker: they end now, closing open connections.
    pub fn stop(&self) {
        self.send_all(|| Control::Stop);
    }

    fn send_all(&self, control: impl Fn() -> Control) {
        for w in &self.workers {
            w.mailbox.send(control());
        }
    }

    /// Every worker's counters as last published (at most one tick old); read without
    /// stopping or messaging the workers.
    pub fn stats(&self) -> Vec<WorkerStats> {
        self.workers.iter().map(|w| w.published.load()).collect()
    }

    /// Asks every worker for a fresh snapshot through its mailbox; `None` for a worker that
    /// did not answer within `limit`.
    pub fn request_stats(&self, limit: Duration) -> Vec<Option<WorkerStats>> {
        let pending: Vec<_> = self
            .workers
            .iter()
            .map(|w| {
                let (tx, rx) = crossbeam_channel::bounded(1);
                w.mailbox.send(Control::Stats(tx)).then_some(rx)
            })
            .collect();
        pending
            .into_iter()
            .map(|rx| rx.and_then(|rx| rx.recv_timeout(limit).ok()))
            .collect()
    }

    /// Joins the workers whose threads have ended since the last call, with how each ended.
    /// Until a worker serves again, the next worker that serves also accepts from the sockets
    /// it held alone (see [`Control::Adopt`]); this call and
    /// [`WorkerPool::check_set_up`] make and end those adoptions.
    /// A restart stopped for a stalled set-up that has not ended five seconds after its stop
    /// (stuck in a blocking call) is left behind, logged, and reported here too (its slot
    /// starts again only once it has ended: see [`WorkerPool::respawn`]). Their
    /// slots stay empty until [`WorkerPool::respawn`].
    pub fn reap(&mut self) -> Vec<(WorkerId, WorkerEnd)> {
        let now = Instant::now();
        let ended: Vec<_> = self
            .workers
            .iter_mut()
            .filter_map(|w| Some((w.id, w.take_end(now)?)))
            .collect();
        self.rehome();
        ended
    }

    /// Has the sockets of each worker that is down accepted from by a sibling that serves,
    /// and ends each such adoption once its worker serves again: while a worker restarts
    /// (after its backoff, and through its set-up), the connections the kernel hands its
    /// sockets are taken rather than left waiting. Only sockets a worker holds alone need it
    /// (every worker accepts from a socket they share). Nothing after the drain.
    fn rehome(&mut self) {
        if self.drained.load(std::sync::atomic::Ordering::Relaxed) || self.listeners.workers() == 0
        {
            return;
        }
        let serving: Vec<bool> = self.workers.iter().map(Worker::serving).collect();
        // Who may adopt: a worker that serves with its accept loops running (an app that
        // accepts on its own, without `serve_accepted`, would never take an adoption up).
        let adopters: Vec<bool> = self
            .workers
            .iter()
            .zip(&serving)
            .map(|(w, &serving)| serving && w.accept_loops.running())
            .collect();
        for (index, &serves) in serving.iter().enumerate() {
            let adopter = self.workers[index].adopted_by;
            if serves {
                self.workers[index].lend_failed = false;
                if let Some(by) = adopter {
                    self.workers[by].mailbox.send(Control::Release(index));
                    self.workers[index].adopted_by = None;
                }
                continue;
            }
            // Its adopter still runs: the adoption stands (it ends only with that thread).
            if adopter.is_some_and(|by| serving[by]) {
                continue;
            }
            // Down, and not adopted (or by a sibling that is down too): the next sibling
            // that serves takes its sockets.
            self.workers[index].adopted_by = None;
            let n = self.workers.len();
            let Some(by) = (1..n).map(|k| (index + k) % n).find(|&k| adopters[k]) else {
                continue;
            };
            let sockets = match self.listeners.dup_own_for(index) {
                // Every socket of it is shared with the others, which accept from it anyway.
                Ok(s) if s.is_empty() => continue,
                Ok(s) => s,
                Err(e) => {
                    if !std::mem::replace(&mut self.workers[index].lend_failed, true) {
                        tracing::warn!(
                            "the sockets of worker {index} could not be lent to a sibling: {e}"
                        );
                    }
                    continue;
                }
            };
            let adoption = Adoption {
                from: index,
                sockets,
            };
            if self.workers[by].mailbox.send(Control::Adopt(adoption)) {
                self.workers[index].adopted_by = Some(by);
            }
        }
    }

    /// Starts a new worker in slot `index` (whose thread has ended and been reaped) on the
    /// same CPU, with the same sockets: connections queued meanwhile are taken over.
    ///
    /// # Errors
    ///
    /// As at start: pin or proactor set-up failures; and while the slot's earlier start,
    /// stopped in its set-up, is still stuck in a blocking call (see [`WorkerPool::reap`]).
    ///
    /// # Panics
    ///
    /// Panics if `index` is out of range or its worker is still running.
    pub fn respawn(&mut self, index: usize) -> Result<(), StartError> {
        let id = self.workers[index].id;
        assert!(
            self.workers[index].thread.is_none(),
            "{id} is still running: reap it first"
        );
        // One thread stuck in its set-up per slot at most: not another beside it.
        if self.workers[index]
            .stuck
            .as_ref()
            .is_some_and(|t| !t.is_finished())
        {
            return Err(StartError::Thread {
                worker: id,
                source: std::io::Error::other(
                    "its earlier start is still stuck in its set-up (a blocking call)",
                ),
            });
        }
        if let Some(ended) = self.workers[index].stuck.take() {
            let _ = ended.join();
        }
        // Not waited for: it accepts once its app is set up, and an app that fails to set up
        // ends the thread, reaped and restarted as any worker's end (the caller's thread, a
        // supervisor's, is not held while it sets up).
        let deadline = Instant::now() + self.settings.start_timeout.0;
        let mut restarted = self.spawn_one(id, true, deadline)?;
        // Whoever accepts from its sockets meanwhile goes on until it serves.
        restarted.adopted_by = self.workers[index].adopted_by;
        restarted.lend_failed = self.workers[index].lend_failed;
        self.workers[index] = restarted;
        Ok(())
    }

    /// Hears which restarted workers have set their app up (see [`WorkerPool::serving`]),
    /// and tells one that has not within `start_timeout` of its restart to stop, logged: it
    /// ends (or is left behind, see [`WorkerPool::reap`]), and [`WorkerPool::reap`] reports
    /// it as [`WorkerEnd::NotSetUp`]. A supervisor calls this periodically, before `reap`.
    /// Returns the workers heard set up by this call: from then on they serve.
    pub fn check_set_up(&mut self, now: Instant) -> Vec<usize> {
        let limit = self.settings.start_timeout.0;
        let mut set_up = Vec::new();
        for (index, w) in self.workers.iter_mut().enumerate() {
            match w.check_set_up(now) {
                Heard::SetUp => set_up.push(index),
                Heard::Stalled => {
                    tracing::error!(
                        "{}: its app was not set up within start_timeout ({}) of its restart; \
                         stopping it",
                        w.id,
                        Dur(limit)
                    );
                }
                Heard::Nothing => {}
            }
        }
        if !set_up.is_empty() {
            self.rehome();
        }
        set_up
    }

    /// Whether worker `index` serves: its thread runs and its app is set up. A restarted
    /// worker does not serve until [`WorkerPool::check_set_up`] has heard it set up.
    ///
    /// # Panics
    ///
    /// Panics if `index` is out of range.
    pub fn serving(&self, index: usize) -> bool {
        self.workers[index].serving()
    }

    /// The sockets this pool's workers listen on.
    pub fn listeners(&self) -> &Arc<Listeners> {
        &self.listeners
    }

    /// Whether a worker of this pool may still take a new connection: its thread runs and
    /// an accept loop of its [`WorkerContext::serve_accepted`] has not ended. After
    /// [`WorkerPool::drain`] (from which no loop starts), false once every worker's loops
    /// have cancelled their accepts and started what was queued to them: from then on the
    /// kernel hands new connections to the sockets' other holders (the next generation)
    /// alone. An app that accepts on its own, without `serve_accepted`, is never counted as
    /// accepting.
    pub fn accepting(&self) -> bool {
        self.workers.iter().any(|w| {
            w.accept_loops.running() && w.thread.as_ref().is_some_and(|t| !t.is_finished())
        })
    }

    /// Lets go of the pool's own references to its sockets (after `drain`): once the workers
    /// have let go of theirs, a socket no other generation holds closes, and new connections
    /// to it are refused instead of queued. A worker cannot be respawned after this.
    pub fn release_listeners(&mut self) {
        self.listeners = Arc::new(Listeners::empty());
    }

    /// The settings the workers run with.
    pub fn settings(&self) -> &Arc<Settings> {
        &self.settings
    }

    /// Each worker's published counters, to read from elsewhere (an admin endpoint).
    pub fn published(&self) -> Vec<Arc<PublishedStats>> {
        self.workers.iter().map(|w| w.published.clone()).collect()
    }

    /// Whether every worker thread has ended.
    pub fn is_finished(&self) -> bool {
        self.workers.iter().all(|w| {
            w.thread.as_ref().is_none_or(JoinHandle::is_finished)
                && w.stuck.as_ref().is_none_or(JoinHandle::is_finished)
        })
    }

    fn join_all(&mut self) -> Vec<WorkerPanic> {
        let mut panics = Vec::new();
        for w in &mut self.workers {
            if let Some(t) = w.thread.take()
                && let Err(payload) = t.join()
            {
                panics.push(WorkerPanic {
                    worker: w.id,
                    message: panic_text(payload.as_ref()),
                });
            }
        }
        panics
    }

    /// Waits for every worker to end (after `drain` or `stop`, or on their own).
    ///
    /// # Errors
    ///
    /// The workers that panicked, each named with its CPU and message.
    pub fn join(mut self) -> Result<(), Vec<WorkerPanic>> {
        let panics = self.join_all();
        if panics.is_empty() {
            Ok(())
        } else {
            Err(panics)
        }
    }
}

impl Drop for WorkerPool {
    fn drop(&mut self) {
        self.stop();
        for panic in self.join_all() {
            tracing::error!("{panic}");
        }
    }
}
