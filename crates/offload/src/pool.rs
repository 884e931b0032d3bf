//! The pool: N plain threads fed by a bounded channel; handles that submit jobs and await
//! their results; shutdown that finishes what it can by a deadline and cancels the rest.

use std::collections::BTreeMap;
use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::task::{Context, Poll, Waker};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Sender, TrySendError, select};

use crate::error::OffloadError;
use crate::job::{Job, Outcome, Slot};

/// What a submission does when the queue is full.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WhenFull {
    /// Wait, without blocking the core: the task resumes when a pool thread takes a job.
    #[default]
    Wait,
    /// Fail at once with [`OffloadError::Busy`].
    Error,
}

/// Configures a [`Pool`].
#[derive(Debug, Clone)]
#[must_use = "call build() to start the pool"]
pub struct PoolBuilder {
    threads: usize,
    queue_depth: usize,
    name: String,
    spin: Duration,
}

impl PoolBuilder {
    /// Pool threads (at least 1). Default 2.
    pub fn threads(mut self, threads: usize) -> Self {
        self.threads = threads.max(1);
        self
    }

    /// Jobs that may wait in the queue (at least 1). Default 1,024.
    pub fn queue_depth(mut self, depth: usize) -> Self {
        self.queue_depth = depth.max(1);
        self
    }

    /// How long an idle pool thread looks for the next job before it sleeps. Default 50 us.
    /// A sleeping thread costs a wake-up to the next job (tens of microseconds on a virtual
    /// machine: about 60 us against 16 us for an empty job's round trip on a 2-vCPU VM);
    /// looking costs up to this much CPU per idle gap. Zero sleeps at once.
    pub fn spin(mut self, spin: Duration) -> Self {
        self.spin = spin;
        self
    }

    /// Thread name prefix. Default `percore-offload`.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    /// Starts the threads.
    ///
    /// # Errors
    ///
    /// The error of spawning a thread (the ones already started are stopped).
    pub fn build(self) -> io::Result<Pool> {
        let (jobs_tx, jobs_rx) = crossbeam_channel::bounded(self.queue_depth);
        let (exit_tx, exit_rx) = crossbeam_channel::unbounded();
        let shared = Arc::new(Shared {
            jobs: jobs_tx,
            closed: RwLock::new(false),
            room: Mutex::new(Room::default()),
            next_waiter: AtomicU64::new(0),
            counters: Counters::default(),
        });
        let mut pool = Pool {
            shared,
            jobs_rx: jobs_rx.clone(),
            exit: exit_tx,
            threads: Vec::with_capacity(self.threads),
        };
        for i in 0..self.threads {
            let (shared, jobs, exit) = (pool.shared.clone(), jobs_rx.clone(), exit_rx.clone());
            let spin = self.spin;
            let t = std::thread::Builder::new()
                .name(format!("{}-{i}", self.name))
                .spawn(move || worker(&shared, &jobs, &exit, spin))?;
            pool.threads.push(t);
        }
        Ok(pool)
    }
}

#[derive(Debug, Default)]
struct Counters {
    running: AtomicU64,
    completed: AtomicU64,
    panicked: AtomicU64,
    rejected: AtomicU64,
    cancelled: AtomicU64,
    waited_ns: AtomicU64,
    waited_max_ns: AtomicU64,
    started: AtomicU64,
}

/// The state the pool and its handles share.
#[derive(Debug)]
struct Shared {
    jobs: Sender<Job>,
    /// Set by shutdown: new submissions fail with `ShutDown`. A submission holds it read
    /// from its look to its send (shutdown's write waits for it), so that no job enters the
    /// queue after shutdown emptied it: one lock per submission, beside the channel's own.
    closed: RwLock<bool>,
    /// Submissions waiting for room in the queue.
    room: Mutex<Room>,
    /// Numbers the submissions that wait for room.
    next_waiter: AtomicU64,
    counters: Counters,
}

/// The submissions waiting for room in the queue, by number (the order they began to wait
/// in): one entry each, however often it is polled, gone when it is sent, dropped or woken.
#[derive(Debug, Default)]
struct Room {
    waiters: BTreeMap<u64, Waker>,
}

impl Room {
    /// Registers waiter `id` with `waker`, in place of its earlier waker if it has one. A
    /// waiter woken that finds the queue full again (a submission that did not wait took
    /// the place) comes back to its old turn.
    fn wait(&mut self, id: u64, waker: &Waker) {
        match self.waiters.get_mut(&id) {
            Some(old) => old.clone_from(waker),
            None => {
                self.waiters.insert(id, waker.clone());
            }
        }
    }

    /// Takes waiter `id` out (it was sent, or dropped); whether it was still waiting (not
    /// woken).
    fn leave(&mut self, id: u64) -> bool {
        self.waiters.remove(&id).is_some()
    }
}

impl Shared {
    /// Wakes the submission that has waited longest, for the one place a pool thread just
    /// freed by taking a job: not every waiting submission, which would all look and all
    /// but one go back to wait, under the lock, on the pool thread, for every job.
    fn wake_one(&self) {
        let first = self.room().waiters.pop_first();
        if let Some((_, waker)) = first {
            waker.wake();
        }
    }

    /// Wakes every waiting submission (the pool is closing: each fails with `ShutDown`).
    fn wake_all(&self) {
        let waiters = std::mem::take(&mut self.room().waiters);
        waiters.into_values().for_each(Waker::wake);
    }

    /// Takes waiter `id` out of the room (it was sent, or dropped); whether it was still
    /// waiting there.
    fn leave_room(&self, id: u64) -> bool {
        self.room().leave(id)
    }

    fn room(&self) -> std::sync::MutexGuard<'_, Room> {
        self.room.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Default of [`PoolBuilder::spin`].
const SPIN: Duration = Duration::from_micros(50);

/// The next job, looking for one for `spin` before sleeping; `None` when told to exit.
fn next_job(jobs: &Receiver<Job>, exit: &Receiver<()>, spin: Duration) -> Option<Job> {
    let start = Instant::now();
    while start.elapsed() < spin {
        if let Ok(job) = jobs.try_recv() {
            return Some(job);
        }
        if !exit.is_empty() {
            return None;
        }
        std::hint::spin_loop();
    }
    select! {
        recv(jobs) -> job => job.ok(),
        recv(exit) -> _ => None,
    }
}

/// A pool thread: takes jobs until told to exit.
fn worker(shared: &Shared, jobs: &Receiver<Job>, exit: &Receiver<()>, spin: Duration) {
    while let Some(job) = next_job(jobs, exit, spin) {
        shared.wake_one();
        let c = &shared.counters;
        let waited = job.enqueued.elapsed().as_nanos().min(u128::from(u64::MAX)) as u64;
        c.waited_max_ns.fetch_max(waited, Ordering::Relaxed);
        c.running.fetch_add(1, Ordering::Relaxed);
        job.run(&|outcome| {
            let counter = match outcome {
                Outcome::Completed => &c.completed,
                Outcome::Panicked => &c.panicked,
                Outcome::Skipped => &c.cancelled,
            };
            counter.fetch_add(1, Ordering::Relaxed);
            if !matches!(outcome, Outcome::Skipped) {
                // The mean is of started jobs: a skipped one's wait is not in the sum either.
                c.waited_ns.fetch_add(waited, Ordering::Relaxed);
                c.started.fetch_add(1, Ordering::Relaxed);
            }
            c.running.fetch_sub(1, Ordering::Relaxed);
        });
    }
}

/// A pool of threads for blocking work. `Send + Sync`; hand out [`PoolHandle`]s to workers.
///
/// Dropping the pool shuts it down with no grace period: queued jobs fail with `ShutDown`,
/// running ones finish.
#[derive(Debug)]
pub struct Pool {
    shared: Arc<Shared>,
    jobs_rx: Receiver<Job>,
    exit: Sender<()>,
    threads: Vec<JoinHandle<()>>,
}

/// Counters of a pool.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
#[non_exhaustive]
pub struct OffloadStats {
    /// Jobs waiting in the queue now.
    pub queued: u64,
    /// Jobs running now.
    pub running: u64,
    /// Jobs that returned a value.
    pub completed: u64,
    /// Jobs that panicked.
    pub panicked: u64,
    /// Submissions refused with `Busy`.
    pub rejected: u64,
    /// Jobs not run: their caller went away, or the pool shut down.
    pub cancelled: u64,
    /// Mean time a started job waited in the queue.
    pub mean_queue_wait: Duration,
    /// Longest time a job waited in the queue.
    pub max_queue_wait: Duration,
}

/// What shutdown did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ShutdownReport {
    /// Jobs still queued at the deadline, failed with `ShutDown`.
    pub cancelled: usize,
    /// Pool threads still busy with a job at the end, left to finish detached.
    pub still_running: usize,
}

impl Pool {
    /// A builder with the defaults: 2 threads, a queue of 1,024.
    pub fn builder() -> PoolBuilder {
        PoolBuilder {
            threads: 2,
            queue_depth: 1024,
            name: "percore-offload".into(),
            spin: SPIN,
        }
    }

    /// A handle for submitting jobs (`Send + Clone`; one per worker).
    pub fn handle(&self) -> PoolHandle {
        PoolHandle {
            shared: self.shared.clone(),
        }
    }

    /// The pool's counters.
    pub fn stats(&self) -> OffloadStats {
        let c = &self.shared.counters;
        let started = c.started.load(Ordering::Relaxed);
        let waited = c.waited_ns.load(Ordering::Relaxed);
        OffloadStats {
            queued: self.jobs_rx.len() as u64,
            running: c.running.load(Ordering::Relaxed),
            completed: c.completed.load(Ordering::Relaxed),
            panicked: c.panicked.load(Ordering::Relaxed),
            rejected: c.rejected.load(Ordering::Relaxed),
            cancelled: c.cancelled.load(Ordering::Relaxed),
            mean_queue_wait: Duration::from_nanos(waited.checked_div(started).unwrap_or(0)),
            max_queue_wait: Duration::from_nanos(c.waited_max_ns.load(Ordering::Relaxed)),
        }
    }

    /// Stops taking new jobs, lets the threads finish queued jobs until `deadline` has
    /// passed, then fails the jobs still queued with [`OffloadError::ShutDown`] and lets the
    /// threads go. A job already running cannot be interrupted: the threads still busy after
    /// a further `deadline` are detached, and counted in the report.
    pub fn shutdown(mut self, deadline: Duration) -> ShutdownReport {
        self.close(deadline)
    }

    fn close(&mut self, deadline: Duration) -> ShutdownReport {
        // Waits for a submission between its look and its send: what it sent is in the queue
        // before it is emptied below.
        *self
            .shared
            .closed
            .write()
            .unwrap_or_else(PoisonError::into_inner) = true;
        let until = Instant::now() + deadline;
        while !self.jobs_rx.is_empty() && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(1));
        }
        let mut report = ShutdownReport::default();
        while let Ok(job) = self.jobs_rx.try_recv() {
            job.cancel();
            report.cancelled += 1;
        }
        self.shared
            .counters
            .cancelled
            .fetch_add(report.cancelled as u64, Ordering::Relaxed);
        // Waiting submitters see the pool closed and fail with ShutDown.
        self.shared.wake_all();
        for _ in &self.threads {
            let _ = self.exit.send(());
        }
        // Idle threads take the exit message at once; only a thread busy with a job may take
        // longer, and only those are given up on after the deadline.
        let until = Instant::now() + deadline.max(Duration::from_millis(100));
        for t in self.threads.drain(..) {
            while !t.is_finished() && Instant::now() < until {
                std::thread::sleep(Duration::from_millis(1));
            }
            if t.is_finished() {
                let _ = t.join();
            } else {
                report.still_running += 1;
            }
        }
        report
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        if !self.threads.is_empty() {
            let report = self.close(Duration::ZERO);
            if report.cancelled + report.still_running > 0 {
                tracing::warn!(
                    cancelled = report.cancelled,
                    still_running = report.still_running,
                    "offload pool dropped with work left"
                );
            }
        }
    }
}

/// Submits jobs to a [`Pool`]. `Send + Sync + Clone`: each worker keeps one.
#[derive(Debug, Clone)]
pub struct PoolHandle {
    shared: Arc<Shared>,
}

impl PoolHandle {
    /// Runs `work` on a pool thread; waits for room if the queue is full. The awaiting task
    /// resumes on its own core when the result is in.
    ///
    /// Dropping the future before the job starts cancels it; dropping it while the job runs
    /// discards the result.
    ///
    /// # Errors
    ///
    /// `Panicked` when the job panicked, `ShutDown` when the pool stopped first.
    pub fn run<T, F>(&self, work: F) -> Offloaded<T>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        self.run_with(WhenFull::Wait, work)
    }

    /// [`PoolHandle::run`] with the choice of what a full queue does.
    ///
    /// # Errors
    ///
    /// As [`PoolHandle::run`], and `Busy` with `WhenFull::Error` when the queue is full.
    pub fn run_with<T, F>(&self, when_full: WhenFull, work: F) -> Offloaded<T>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let slot = Slot::new();
        Offloaded {
            shared: self.shared.clone(),
            job: Some(Job::new(work, slot.clone())),
            slot,
            when_full,
            submitted: false,
            waiter: None,
        }
    }

    /// Whether the queue is full now (a submission would wait or fail with `Busy`).
    pub fn is_full(&self) -> bool {
        self.shared.jobs.is_full()
    }
}

/// An offloaded job's result, as a future. Made by [`PoolHandle::run`].
#[must_use = "futures do nothing unless awaited"]
pub struct Offloaded<T> {
    shared: Arc<Shared>,
    job: Option<Job>,
    slot: Arc<Slot<T>>,
    when_full: WhenFull,
    submitted: bool,
    /// Its number in the pool's [`Room`], once it has waited there.
    waiter: Option<u64>,
}

impl<T> std::fmt::Debug for Offloaded<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Offloaded")
            .field("submitted", &self.submitted)
            .finish()
    }
}

impl<T> Offloaded<T> {
    /// Whether the job has left this future for the pool's queue (or was refused, with the
    /// error this future then gives). Before, while it waits for room in a full queue, the
    /// job is in this future and goes with it when it is dropped; after, dropping the future
    /// skips the job if no thread has started it yet, and drops its result if one has.
    pub fn is_submitted(&self) -> bool {
        self.submitted
    }

    /// Puts the job in the queue; `Pending` while waiting for room.
    fn poll_submit(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), OffloadError>> {
        loop {
            let closed = self
                .shared
                .closed
                .read()
                .unwrap_or_else(PoisonError::into_inner);
            if *closed {
                return Poll::Ready(Err(OffloadError::ShutDown));
            }
            #[cfg(test)]
            tests::between_look_and_send();
            let job = self.job.take().expect("a job is submitted once");
            let sent = self.shared.jobs.try_send(job);
            drop(closed);
            match sent {
                Ok(()) => {
                    self.submitted = true;
                    if let Some(id) = self.waiter.take() {
                        self.shared.leave_room(id);
                    }
                    return Poll::Ready(Ok(()));
                }
                Err(TrySendError::Full(job)) => {
                    self.job = Some(job);
                    if self.when_full == WhenFull::Error {
                        self.shared
                            .counters
                            .rejected
                            .fetch_add(1, Ordering::Relaxed);
                        return Poll::Ready(Err(OffloadError::Busy));
                    }
                    let id = *self.waiter.get_or_insert_with(|| {
                        self.shared.next_waiter.fetch_add(1, Ordering::Relaxed)
                    });
                    self.shared.room().wait(id, cx.waker());
                    // A thread may have taken a job between the try and the registration.
                    if !self.shared.jobs.is_full() {
                        continue;
                    }
                    return Poll::Pending;
                }
                Err(TrySendError::Disconnected(job)) => {
                    self.job = Some(job);
                    return Poll::Ready(Err(OffloadError::ShutDown));
                }
            }
        }
    }
}

impl<T> Future for Offloaded<T> {
    type Output = Result<T, OffloadError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if !self.submitted {
            match self.poll_submit(cx) {
                Poll::Ready(Ok(())) => {}
                Poll::Ready(Err(e)) => {
                    self.submitted = true;
                    self.job = None;
                    return Poll::Ready(Err(e));
                }
                Poll::Pending => return Poll::Pending,
            }
        }
        match self.slot.poll(cx.waker()) {
            Some(result) => Poll::Ready(result),
            None => Poll::Pending,
        }
    }
}

impl<T> Drop for Offloaded<T> {
    fn drop(&mut self) {
        if let Some(id) = self.waiter
            && !self.shared.leave_room(id)
            && !self.submitted
        {
            // Woken for a place in the queue, and dropped before it took it: the next
            // waiter is woken in its stead, or that place would go unused while it waits.
            self.shared.wake_one();
        }
        if self.submitted {
            // A job not yet started is skipped by the pool thread (and counted cancelled);
            // a running one's result is dropped unseen.
            self.slot.abandon();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    thread_local! {
        /// Runs in a submission between its look at `closed` and its send, on this thread.
        static BETWEEN: RefCell<Option<Box<dyn Fn()>>> = const { RefCell::new(None) };
    }

    pub(super) fn between_look_and_send() {
        BETWEEN.with(|b| {
            if let Some(f) = b.borrow().as_ref() {
                f();
            }
        });
    }

    fn poll_once<T>(f: &mut Offloaded<T>) -> Poll<Result<T, OffloadError>> {
        Pin::new(f).poll(&mut Context::from_waker(Waker::noop()))
    }

    /// Polls `f` until it is ready, for up to `limit`.
    fn ready_within<T>(f: &mut Offloaded<T>, limit: Duration) -> Option<Result<T, OffloadError>> {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Poll::Ready(r) = poll_once(f) {
                return Some(r);
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        None
    }

    /// A pool of one thread, busy with a job until `release` is sent to, and a queue of
    /// `depth`.
    fn busy_pool(
        depth: usize,
    ) -> (
        Pool,
        PoolHandle,
        Offloaded<()>,
        crossbeam_channel::Sender<()>,
    ) {
        let pool = Pool::builder()
            .threads(1)
            .queue_depth(depth)
            .build()
            .unwrap();
        let handle = pool.handle();
        let (started_tx, started) = crossbeam_channel::bounded(1);
        let (release, released) = crossbeam_channel::bounded::<()>(1);
        let mut busy = handle.run(move || {
            started_tx.send(()).unwrap();
            released.recv().unwrap();
        });
        assert!(poll_once(&mut busy).is_pending());
        started.recv().unwrap();
        (pool, handle, busy, release)
    }

    fn waiting(pool: &Pool) -> usize {
        pool.shared.room().waiters.len()
    }

    #[test]
    fn a_submission_waiting_for_room_is_one_entry_however_often_polled_and_none_once_dropped() {
        let (pool, handle, mut busy, release) = busy_pool(1);
        let mut queued = handle.run(|| ());
        assert!(poll_once(&mut queued).is_pending());
        let mut third = handle.run(|| 3);
        for _ in 0..1000 {
            assert!(poll_once(&mut third).is_pending());
        }
        assert_eq!(waiting(&pool), 1);
        drop(third);
        assert_eq!(waiting(&pool), 0, "a dropped submission stayed in the room");
        // One that waited and then got in leaves no entry either.
        let mut fourth = handle.run(|| 4);
        assert!(poll_once(&mut fourth).is_pending());
        release.send(()).unwrap();
        assert!(matches!(
            ready_within(&mut fourth, Duration::from_secs(5)),
            Some(Ok(4))
        ));
        assert_eq!(waiting(&pool), 0);
        assert!(ready_within(&mut busy, Duration::from_secs(5)).is_some());
        assert!(ready_within(&mut queued, Duration::from_secs(5)).is_some());
    }

    #[test]
    fn a_job_is_submitted_once_in_the_queue_not_while_it_waits_for_room() {
        let (_pool, handle, mut busy, release) = busy_pool(1);
        let mut queued = handle.run(|| ());
        assert!(!queued.is_submitted(), "not before its first poll");
        assert!(poll_once(&mut queued).is_pending());
        assert!(queued.is_submitted());
        let mut waiting = handle.run(|| ());
        assert!(poll_once(&mut waiting).is_pending());
        assert!(!waiting.is_submitted(), "the queue is full");
        release.send(()).unwrap();
        assert!(ready_within(&mut waiting, Duration::from_secs(5)).is_some());
        assert!(waiting.is_submitted());
        assert!(ready_within(&mut busy, Duration::from_secs(5)).is_some());
        assert!(ready_within(&mut queued, Duration::from_secs(5)).is_some());
    }

    #[test]
    fn a_place_freed_in_the_queue_wakes_one_waiter_in_turn_and_a_dropped_one_passes_it_on() {
        let (pool, handle, mut busy, release) = busy_pool(1);
        let mut queued = handle.run(|| ());
        assert!(poll_once(&mut queued).is_pending());
        // 1,000 submissions wait for room, each with a waker of its own.
        let wakers: Vec<_> = (0..1000)
            .map(|_| percore_testkit::counting_waker())
            .collect();
        let mut waiting_jobs: Vec<Offloaded<usize>> = (0..1000)
            .map(|i| {
                let mut f = handle.run(move || i);
                let waker = &wakers[i].1;
                assert!(
                    Pin::new(&mut f)
                        .poll(&mut Context::from_waker(waker))
                        .is_pending()
                );
                f
            })
            .collect();
        assert_eq!(waiting(&pool), 1000);
        let wakes = || wakers.iter().map(|(c, _)| c.get()).sum::<usize>();
        // The thread takes the queued job: one place, one wake, for the first to wait (before:
        // every one of them, for every job).
        release.send(()).unwrap();
        assert!(ready_within(&mut queued, Duration::from_secs(5)).is_some());
        let start = Instant::now();
        while wakes() == 0 && start.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(1));
        }
        std::thread::sleep(Duration::from_millis(50));
        assert_eq!(wakes(), 1);
        assert_eq!(wakers[0].0.get(), 1);
        assert_eq!(waiting(&pool), 999);
        // The one woken goes away without taking the place: the next in turn is woken.
        drop(waiting_jobs.remove(0));
        assert_eq!(wakers[1].0.get(), 1);
        assert_eq!((wakes(), waiting(&pool)), (2, 998));
        // It takes the place, and its job runs.
        assert!(matches!(
            ready_within(&mut waiting_jobs[0], Duration::from_secs(5)),
            Some(Ok(1))
        ));
        drop(waiting_jobs);
        assert_eq!(waiting(&pool), 0);
        assert!(ready_within(&mut busy, Duration::from_secs(5)).is_some());
    }

    #[test]
    fn the_mean_queue_wait_is_of_started_jobs_alone() {
        let (pool, handle, mut busy, release) = busy_pool(16);
        // Ten jobs queue; nine of their callers go away.
        let mut jobs: Vec<Offloaded<u32>> = (0..10).map(|i| handle.run(move || i)).collect();
        for j in &mut jobs {
            assert!(poll_once(j).is_pending());
        }
        let mut kept = jobs.pop().unwrap();
        drop(jobs);
        std::thread::sleep(Duration::from_millis(100));
        release.send(()).unwrap();
        assert!(matches!(
            ready_within(&mut kept, Duration::from_secs(5)),
            Some(Ok(9))
        ));
        assert!(ready_within(&mut busy, Duration::from_secs(5)).is_some());
        let s = pool.stats();
        assert_eq!((s.completed, s.cancelled), (2, 9));
        // Two started: the busy one (no wait) and the kept one (about 100 ms). Counting the
        // skipped ones' waits over the started jobs made the mean about five times the max.
        assert!(
            s.mean_queue_wait <= s.max_queue_wait && s.mean_queue_wait >= Duration::from_millis(40),
            "mean {:?}, max {:?}",
            s.mean_queue_wait,
            s.max_queue_wait
        );
    }

    #[test]
    fn a_submission_racing_shutdown_is_answered() {
        let pool = Pool::builder().threads(1).build().unwrap();
        let handle = pool.handle();
        let (looked_tx, looked) = crossbeam_channel::bounded(1);
        // The shutdown runs while the submission is between its look and its send.
        BETWEEN.with(|b| {
            *b.borrow_mut() = Some(Box::new(move || {
                looked_tx.send(()).unwrap();
                std::thread::sleep(Duration::from_millis(200));
            }));
        });
        // The pool outlives its close (as while `Drop` waits for its threads), so that what
        // is sent after it stays queued rather than failing.
        let closer = std::thread::spawn(move || {
            let mut pool = pool;
            looked.recv().unwrap();
            pool.close(Duration::ZERO);
            pool
        });
        let mut job = handle.run(|| 1);
        let first = poll_once(&mut job);
        BETWEEN.with(|b| b.borrow_mut().take());
        let _pool = closer.join().unwrap();
        let answer = match first {
            Poll::Ready(r) => Some(r),
            Poll::Pending => ready_within(&mut job, Duration::from_secs(2)),
        };
        assert!(
            matches!(answer, Some(Ok(1) | Err(OffloadError::ShutDown))),
            "a job sent as the pool shut down was never answered: {answer:?}"
        );
    }
}
