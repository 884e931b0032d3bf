//! The pool: N plain threads fed by a bounded channel; handles that submit jobs and await
//! their results; shutdown that finishes what it can by a deadline and cancels the rest.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
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
            closed: AtomicBool::new(false),
            room: Mutex::new(Vec::new()),
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
    /// Set by shutdown: new submissions fail with `ShutDown`.
    closed: AtomicBool,
    /// Submissions waiting for room in the queue.
    room: Mutex<Vec<Waker>>,
    counters: Counters,
}

impl Shared {
    fn wake_room(&self) {
        let waiters =
            std::mem::take(&mut *self.room.lock().unwrap_or_else(PoisonError::into_inner));
        waiters.into_iter().for_each(Waker::wake);
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
        shared.wake_room();
        let c = &shared.counters;
        let waited = job.enqueued.elapsed().as_nanos().min(u128::from(u64::MAX)) as u64;
        c.waited_ns.fetch_add(waited, Ordering::Relaxed);
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
        self.shared.closed.store(true, Ordering::SeqCst);
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
        self.shared.wake_room();
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
}

impl<T> std::fmt::Debug for Offloaded<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Offloaded")
            .field("submitted", &self.submitted)
            .finish()
    }
}

impl<T> Offloaded<T> {
    /// Puts the job in the queue; `Pending` while waiting for room.
    fn poll_submit(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), OffloadError>> {
        loop {
            if self.shared.closed.load(Ordering::SeqCst) {
                return Poll::Ready(Err(OffloadError::ShutDown));
            }
            let job = self.job.take().expect("a job is submitted once");
            match self.shared.jobs.try_send(job) {
                Ok(()) => {
                    self.submitted = true;
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
                    self.shared
                        .room
                        .lock()
                        .unwrap_or_else(PoisonError::into_inner)
                        .push(cx.waker().clone());
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
        if self.submitted {
            // A job not yet started is skipped by the pool thread (and counted cancelled);
            // a running one's result is dropped unseen.
            self.slot.abandon();
        }
    }
}
