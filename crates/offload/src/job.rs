//! A job and the slot its result goes to: the state shared by the awaiting task and the pool
//! thread, under a lock each takes briefly.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::Waker;
use std::time::Instant;

use crate::error::OffloadError;

/// Where a job stands.
enum State<T> {
    /// Waiting in the queue; the task to wake when done.
    Queued(Option<Waker>),
    /// A pool thread is running it.
    Running(Option<Waker>),
    /// Finished (or failed, or cancelled by shutdown); not yet taken.
    Done(Result<T, OffloadError>),
    /// The task took the result.
    Taken,
    /// The task went away: do not run the job, or drop its result unseen.
    Abandoned,
}

/// The result slot of one job.
pub(crate) struct Slot<T> {
    state: Mutex<State<T>>,
}

impl<T> Slot<T> {
    pub(crate) fn new() -> Arc<Slot<T>> {
        Arc::new(Slot {
            state: Mutex::new(State::Queued(None)),
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State<T>> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The result, or `None` with `waker` stored to be woken when it arrives.
    pub(crate) fn poll(&self, waker: &Waker) -> Option<Result<T, OffloadError>> {
        let mut state = self.lock();
        match &mut *state {
            State::Done(_) => match std::mem::replace(&mut *state, State::Taken) {
                State::Done(r) => Some(r),
                _ => unreachable!("matched Done above"),
            },
            State::Queued(w) | State::Running(w) => {
                if !w.as_ref().is_some_and(|w| w.will_wake(waker)) {
                    *w = Some(waker.clone());
                }
                None
            }
            State::Taken | State::Abandoned => {
                panic!("an offload result was polled after it was taken")
            }
        }
    }

    /// The awaiting task is gone. Returns true when the job had not started (it is skipped).
    pub(crate) fn abandon(&self) -> bool {
        let mut state = self.lock();
        let queued = matches!(*state, State::Queued(_));
        if matches!(
            *state,
            State::Queued(_) | State::Running(_) | State::Done(_)
        ) {
            // Dropping a finished result here, on the task's thread, is fine: it was never
            // seen. The waker goes too: nothing will wake a dead task.
            *state = State::Abandoned;
        }
        queued
    }

    /// The pool thread takes the job: false when it was abandoned meanwhile.
    fn start(&self) -> bool {
        let mut state = self.lock();
        match &mut *state {
            State::Queued(w) => {
                let w = w.take();
                *state = State::Running(w);
                true
            }
            _ => false,
        }
    }

    /// Stores the result and wakes the task (on its own core, through its ring); a result
    /// nobody waits for any more is dropped.
    pub(crate) fn finish(&self, result: Result<T, OffloadError>) {
        let waker = {
            let mut state = self.lock();
            match &mut *state {
                State::Queued(w) | State::Running(w) => {
                    let w = w.take();
                    *state = State::Done(result);
                    w
                }
                _ => None,
            }
        };
        if let Some(w) = waker {
            w.wake();
        }
    }
}

/// What happened to a job, for the pool's counters.
pub(crate) enum Outcome {
    Completed,
    Panicked,
    Skipped,
}

/// Runs a job's work, reporting its outcome before handing over the result.
type RunFn = Box<dyn FnOnce(&dyn Fn(&Outcome)) + Send>;

/// A queued job: a type-erased closure that runs the work and fills its slot.
pub(crate) struct Job {
    pub(crate) enqueued: Instant,
    /// Runs the work, reports its outcome, then fills the slot (which wakes the task): the
    /// outcome is counted before anyone can see the result.
    run: RunFn,
    cancel: Box<dyn FnOnce() + Send>,
}

impl Job {
    pub(crate) fn new<T, F>(work: F, slot: Arc<Slot<T>>) -> Job
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        let cancel_slot = slot.clone();
        Job {
            enqueued: Instant::now(),
            run: Box::new(move |report: &dyn Fn(&Outcome)| {
                if !slot.start() {
                    report(&Outcome::Skipped);
                    return;
                }
                match catch_unwind(AssertUnwindSafe(work)) {
                    Ok(value) => {
                        report(&Outcome::Completed);
                        slot.finish(Ok(value));
                    }
                    Err(payload) => {
                        let message = payload
                            .downcast_ref::<&str>()
                            .map(|s| s.to_string())
                            .or_else(|| payload.downcast_ref::<String>().cloned())
                            .unwrap_or_else(|| "(a panic payload that is not a string)".into());
                        // The payload itself is not Send across to the task: the message is.
                        drop(payload);
                        report(&Outcome::Panicked);
                        slot.finish(Err(OffloadError::Panicked(message)));
                    }
                }
            }),
            cancel: Box::new(move || cancel_slot.finish(Err(OffloadError::ShutDown))),
        }
    }

    /// Runs the job on the calling (pool) thread; `report` sees the outcome before the
    /// result is handed over.
    pub(crate) fn run(self, report: &dyn Fn(&Outcome)) {
        (self.run)(report);
    }

    /// Fails the job with `ShutDown` without running it.
    pub(crate) fn cancel(self) {
        (self.cancel)();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use percore_testkit::counting_waker;

    #[test]
    fn finish_wakes_once_and_the_result_is_taken_once() {
        let (count, waker) = counting_waker();
        let slot = Slot::<u32>::new();
        assert!(slot.poll(&waker).is_none());
        assert!(slot.start());
        slot.finish(Ok(7));
        assert_eq!(count.get(), 1);
        assert_eq!(slot.poll(&waker), Some(Ok(7)));
    }

    #[test]
    fn an_abandoned_queued_job_does_not_start_and_wakes_nobody() {
        let (count, waker) = counting_waker();
        let slot = Slot::<u32>::new();
        assert!(slot.poll(&waker).is_none());
        assert!(slot.abandon(), "it had not started");
        assert!(!slot.start());
        slot.finish(Ok(1));
        assert_eq!(count.get(), 0);
    }

    #[test]
    fn a_job_runs_and_a_panic_becomes_an_error() {
        let seen = std::cell::Cell::new(None);
        let report = |o: &Outcome| seen.set(Some(matches!(o, Outcome::Completed)));
        let slot = Slot::<u32>::new();
        Job::new(|| 3, slot.clone()).run(&report);
        assert_eq!(seen.get(), Some(true));
        let w = Waker::noop();
        assert_eq!(slot.poll(w), Some(Ok(3)));
        let slot = Slot::<u32>::new();
        Job::new(|| panic!("no"), slot.clone()).run(&report);
        assert_eq!(seen.get(), Some(false));
        assert_eq!(slot.poll(w), Some(Err(OffloadError::Panicked("no".into()))));
        let slot = Slot::<u32>::new();
        Job::new(|| 1, slot.clone()).cancel();
        assert_eq!(slot.poll(w), Some(Err(OffloadError::ShutDown)));
    }
}
