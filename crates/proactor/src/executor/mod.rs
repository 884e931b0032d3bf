//! The single-threaded executor and its run loop.
//!
//! One tick:
//!
//! 1. poll the `block_on` future if it was woken;
//! 2. poll ready tasks, at most `budget` of them (the rest wait for the next tick, so a task
//!    that keeps waking itself cannot starve completions);
//! 3. fire due timers;
//! 4. enter the kernel once: submit every SQE queued in 1-3 and wait, if nothing is ready,
//!    until the next completion or the nearest timer;
//! 5. hand completions to their operations and wake their tasks.

pub(crate) mod task;
pub(crate) mod waker;
pub(crate) mod wakes;

use std::future::Future;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::pin::{Pin, pin};
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::Instant;

use crate::backend::Wait;
use crate::runtime::{self, ExecCounters, Runtime};
use task::{BoxFuture, JoinError, JoinHandle, JoinState, panic_message};
use waker::{ROOT_INDEX, TaskId, task_waker};

/// Spawns a task on the current proactor. It starts at the next tick and runs until it
/// finishes, is aborted, or the proactor is dropped.
///
/// # Panics
///
/// Panics when called outside [`crate::Proactor::block_on`].
pub fn spawn<F>(future: F) -> JoinHandle<F::Output>
where
    F: Future + 'static,
    F::Output: 'static,
{
    runtime::current().spawn(future)
}

/// Spawns a task that nobody will join, as `spawn(future).detach()` does, without the state
/// a [`JoinHandle`] reads its output from: one allocation less per task, and its memory, for
/// the many tasks of a server that are never joined (one per connection). Its output is
/// dropped; a panic is logged, as a detached task's is. It runs until it finishes or the
/// proactor is dropped.
///
/// # Panics
///
/// Panics when called outside [`crate::Proactor::block_on`].
pub fn spawn_detached<F>(future: F)
where
    F: Future + 'static,
{
    runtime::current().spawn_detached(future);
}

/// Schedules every task of the current proactor for one poll.
///
/// For a signal that every task should see (a worker's drain, say) without each one keeping a
/// waker registered with it: a task waiting for such a signal checks it whenever it is
/// polled, and this makes sure it is polled. Tasks tolerate the spurious poll, as every future
/// must. Costs one poll per task, once.
///
/// Does nothing outside a proactor.
pub fn wake_every_task() {
    let Some(rt) = runtime::try_current() else {
        return;
    };
    rt.root_woken.set(true);
    match rt.tasks.try_borrow_mut() {
        Ok(mut tasks) => tasks.schedule_all(),
        // Called from inside the task set's own bookkeeping (a drop there): done as the next
        // round of tasks starts.
        Err(_) => rt.wake_every_task.set(true),
    }
}

/// Whether `waker` wakes a task of the current proactor (or its `block_on` future): such a
/// task is polled by [`wake_every_task`], and need not register for a broadcast.
pub fn is_task_waker(waker: &Waker) -> bool {
    let Some(id) = waker::task_id(waker) else {
        return false;
    };
    runtime::with_current(|rt| id.runtime == rt.id).unwrap_or(false)
}

/// Yields to the executor once: other ready tasks and completions run before this task
/// continues.
pub async fn yield_now() {
    let mut yielded = false;
    std::future::poll_fn(|cx| {
        if yielded {
            Poll::Ready(())
        } else {
            yielded = true;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    })
    .await;
}

/// A spawned future and where its output goes (nowhere for a detached spawn: it is dropped).
/// Polling the future in place stores it once: an `async` block awaiting it would hold it
/// twice (as a captured variable and as the awaited future), doubling every task's allocation.
struct Spawned<F: Future> {
    future: F,
    output: Option<Rc<JoinState<F::Output>>>,
}

impl<F: Future> Future for Spawned<F> {
    type Output = ();

    fn poll(self: std::pin::Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        // SAFETY: `future` is structurally pinned: `Spawned` never moves it out, has no `Drop`
        // impl, and is `Unpin` only when `F` is; `output` is never pinned.
        let this = unsafe { self.get_unchecked_mut() };
        // SAFETY: as above; `this` is only used to reach the two fields.
        let future = unsafe { std::pin::Pin::new_unchecked(&mut this.future) };
        match future.poll(cx) {
            Poll::Ready(value) => {
                if let Some(output) = &this.output {
                    output.finish(Ok(value));
                }
                Poll::Ready(())
            }
            Poll::Pending => Poll::Pending,
        }
    }
}

/// A future that holds `guard` until it finishes or is dropped: made by [`guarded`].
#[derive(Debug)]
#[must_use = "futures do nothing unless polled"]
pub struct Guarded<F, G> {
    future: F,
    guard: Option<G>,
}

/// Runs `future` holding `guard`, and drops `guard` as soon as `future` finishes (or when the
/// whole is dropped unfinished). Unlike `async move { let _g = guard; future.await }`, which
/// stores `future` twice, this stores it once: the difference per spawned connection task.
pub fn guarded<F: Future, G>(future: F, guard: G) -> Guarded<F, G> {
    Guarded {
        future,
        guard: Some(guard),
    }
}

impl<F: Future, G> Future for Guarded<F, G> {
    type Output = F::Output;

    fn poll(self: std::pin::Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<F::Output> {
        // SAFETY: `future` is structurally pinned: `Guarded` never moves it out, has no `Drop`
        // impl, and is `Unpin` only when `F` and `G` are; `guard` is never pinned.
        let this = unsafe { self.get_unchecked_mut() };
        // SAFETY: as above.
        let future = unsafe { std::pin::Pin::new_unchecked(&mut this.future) };
        let out = future.poll(cx);
        if out.is_ready() {
            this.guard = None;
        }
        out
    }
}

fn drop_quietly(future: BoxFuture) {
    if catch_unwind(AssertUnwindSafe(move || drop(future))).is_err() {
        tracing::error!("a task's future panicked while being dropped");
    }
}

impl Runtime {
    pub(crate) fn spawn<F>(self: &Rc<Self>, future: F) -> JoinHandle<F::Output>
    where
        F: Future + 'static,
        F::Output: 'static,
    {
        let state = Rc::new(JoinState::new());
        let (index, generation) = self.insert_task(future, Some(state.clone()));
        let id = TaskId {
            runtime: self.id,
            index,
            generation,
        };
        JoinHandle::new(self.clone(), id, state)
    }

    pub(crate) fn spawn_detached<F>(&self, future: F)
    where
        F: Future + 'static,
    {
        self.insert_task(future, None);
    }

    /// Boxes `future` with where its output goes and schedules it; `(index, generation)`.
    fn insert_task<F>(&self, future: F, output: Option<Rc<JoinState<F::Output>>>) -> (u32, u32)
    where
        F: Future + 'static,
    {
        let join = output
            .clone()
            .map(|state| state as Rc<dyn task::JoinNotify>);
        let task: BoxFuture = Box::pin(Spawned { future, output });
        self.tasks.borrow_mut().insert(task, join)
    }

    /// Polls up to `budget` ready tasks. Returns how many were polled.
    fn run_tasks(&self) -> usize {
        if self.wake_every_task.replace(false) {
            self.tasks.borrow_mut().schedule_all();
        }
        let mut polled = 0;
        while polled < self.budget {
            let Some(task) = self.tasks.borrow_mut().pop() else {
                break;
            };
            polled += 1;
            if task.aborted {
                let entry = self.tasks.borrow_mut().remove(task.index);
                if let Some(entry) = entry {
                    drop_quietly(entry.future.into_box());
                    if let Some(join) = entry.join {
                        join.fail(JoinError::cancelled());
                    }
                }
                // What the drop woke (a buffer it leased going back to a waiting receive)
                // is scheduled now, as after a poll, not left for a wait that may block.
                self.flush_wakes();
                continue;
            }
            // A task waker holds nothing: not dropping it skips a call through its vtable.
            let waker = std::mem::ManuallyDrop::new(task_waker(TaskId {
                runtime: self.id,
                index: task.index,
                generation: task.generation,
            }));
            let mut cx = Context::from_waker(&waker);
            // SAFETY: the future stays in the task set, pinned, until `TaskSet::remove` or
            // `TaskSet::drain` takes it out (nothing else drops or moves it), and neither runs
            // during this poll: `remove` is called only by this loop, after the poll, and
            // `drain` only by the proactor's drop, which cannot run meanwhile: `block_on`
            // borrows the proactor, one per runtime (debug builds check it: `polling`). Nothing
            // else reaches the future meanwhile: the set hands it out only to this loop, which
            // is not reentrant (a nested `block_on` panics).
            let future = unsafe { Pin::new_unchecked(&mut *task.future.as_ptr()) };
            self.coop.set(crate::runtime::COOP_BUDGET);
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                self.set_polling(true);
                let poll = future.poll(&mut cx);
                self.set_polling(false);
                poll
            }));
            match outcome {
                Ok(Poll::Pending) => {}
                Ok(Poll::Ready(())) => {
                    let entry = self.tasks.borrow_mut().remove(task.index);
                    if let Some(entry) = entry {
                        drop(entry.join);
                        drop_quietly(entry.future.into_box());
                    }
                }
                Err(payload) => {
                    self.set_polling(false);
                    let entry = self.tasks.borrow_mut().remove(task.index);
                    if let Some(entry) = entry {
                        drop_quietly(entry.future.into_box());
                        let join = entry.join;
                        // Nobody joins it (spawned detached, or its handle dropped): logged.
                        if join.as_ref().is_none_or(|join| join.is_detached()) {
                            tracing::error!(
                                message =
                                    panic_message(payload.as_ref()).unwrap_or("(not a string)"),
                                "a detached task panicked"
                            );
                        }
                        if let Some(join) = join {
                            join.fail(JoinError::panicked(payload));
                        }
                    }
                }
            }
            self.flush_wakes();
            if self.coop.get() == 0 {
                // epoll: the task completed a budget's worth of operations without waiting
                // (and was put back in the queue): the tick ends, so that timers and other
                // sockets' readiness are looked at before it runs again. Polled again in this
                // tick, up to `budget` times, it would complete up to `budget` times as many.
                break;
            }
        }
        let polls = &self.counters.polls;
        polls.set(polls.get() + polled as u64);
        polled
    }

    /// Debug builds mark the poll under way, for the proactor's drop to check (the API makes
    /// that drop impossible meanwhile; release builds do not pay the two stores per poll).
    #[inline(always)]
    fn set_polling(&self, on: bool) {
        if cfg!(debug_assertions) {
            self.polling.set(on);
        }
    }

    fn fire_timers(&self, now: Instant) {
        if self.timers.borrow().is_idle() {
            return;
        }
        {
            let mut wakes = self.wake_list.borrow_mut();
            self.timers.borrow_mut().fire(now, &mut wakes);
        }
        self.flush_wakes();
    }

    /// Takes the wakes from other threads: schedules their tasks, and puts the listeners of
    /// wake channels on the wake list (woken when it is flushed; user code).
    fn take_remote(&self) {
        let mut ids = Vec::new();
        self.remote.take(&mut ids);
        for word in ids {
            let id = TaskId::unpack(word);
            if !self.schedule_local(id) {
                // Busy (cannot happen between ticks); keep the wake rather than lose it.
                crate::remote::wake_foreign(id);
            }
        }
        let mut wakes = self.wake_list.borrow_mut();
        self.channels.borrow_mut().fire(&mut wakes);
    }

    /// Fires due timers and returns the tick's wait: none if anything is ready, else until
    /// the nearest timer. The clock is read only when a timer is queued.
    fn timers_and_wait(&self) -> Wait {
        if self.timers.borrow().is_idle() {
            return if self.root_woken.get() || self.tasks.borrow().has_runnable() {
                Wait::Poll
            } else {
                Wait::Forever
            };
        }
        let now = Instant::now();
        self.now.set(Some(now));
        self.fire_timers(now);
        if self.root_woken.get() || self.tasks.borrow().has_runnable() {
            return Wait::Poll;
        }
        match self.timers.borrow_mut().next_deadline() {
            Some(deadline) => Wait::Until(deadline.saturating_duration_since(now)),
            None => Wait::Forever,
        }
    }

    /// Enters the kernel once and dispatches the completions.
    fn turn(&self, wait: Wait) {
        // Taken out of its cell so that completion handlers may defer wakes meanwhile.
        let mut wakes = std::mem::take(&mut *self.wake_list.borrow_mut());
        let result = self.driver.borrow_mut().turn(wait, &mut wakes);
        if let Err(e) = result {
            panic!("the proactor's kernel wait failed: {e}");
        }
        // What the kernel said is taken in before any user code runs (a waker, a deferred
        // hand-over, and last the drop of finished orphans' data), so that a panic there
        // loses none of it: the wakes from other threads too (the eventfd's flag cleared,
        // their tasks scheduled).
        // Whether the pass released data is read under the same borrow: data released later
        // in the tick (a full queue reaped inside a submission) waits for the next turn, or
        // for `block_on`'s return.
        let (remote, released) = {
            let mut driver = self.driver.borrow_mut();
            (driver.take_remote_fired(), driver.has_released())
        };
        if remote {
            self.take_remote();
        }
        // This runtime's own tasks are scheduled directly, under one borrow of the task set
        // for the whole batch; any other waker is woken after it is released.
        self.wake_all(&mut wakes);
        {
            let mut list = self.wake_list.borrow_mut();
            if list.is_empty() {
                *list = wakes;
            }
        }
        // Owners dropped while the driver was borrowed hand their operations over now.
        self.run_deferred();
        self.flush_wakes();
        if released {
            self.drop_released();
        }
    }

    /// Runs `future` to completion on this thread, running spawned tasks meanwhile.
    pub(crate) fn block_on<F: Future>(self: &Rc<Self>, future: F) -> F::Output {
        let _guard = runtime::enter(self.clone());
        // Dropped after the future (declared before it), also on unwind: what the future's
        // drop closed or cancelled reaches the kernel now, not at the next `block_on` (a
        // listener's port is free once this returns).
        let _submit = SubmitQueued(self);
        let mut future = pin!(future);
        let waker = task_waker(TaskId {
            runtime: self.id,
            index: ROOT_INDEX,
            generation: 0,
        });
        let mut cx = Context::from_waker(&waker);
        self.root_woken.set(true);
        loop {
            ExecCounters::bump(&self.counters.ticks);
            self.now.set(None);
            if self.root_woken.replace(false) {
                self.coop.set(crate::runtime::COOP_BUDGET);
                if let Poll::Ready(v) = future.as_mut().poll(&mut cx) {
                    return v;
                }
                self.flush_wakes();
            }
            self.run_tasks();
            // Hand-overs deferred while tasks ran (a full queue reaped inside a submission)
            // go out with this tick's entry, not after a wait that may block.
            self.run_deferred();
            let mut wait = self.timers_and_wait();
            // Before the kernel entry, which may block: what this tick did is published
            // before the thread sleeps.
            if let Some(hook) = &self.on_tick
                && let Ok(mut hook) = hook.try_borrow_mut()
            {
                hook();
                // A task the hook spawned or woke runs after this entry, not after a wait.
                if !matches!(wait, Wait::Poll)
                    && (self.root_woken.get() || self.tasks.borrow().has_runnable())
                {
                    wait = Wait::Poll;
                }
            }
            self.turn(wait);
        }
    }
}

/// Submits what is queued on the ring when `block_on` returns or unwinds (see there).
struct SubmitQueued<'a>(&'a Runtime);

impl Drop for SubmitQueued<'_> {
    fn drop(&mut self) {
        // Data an orphan released in the last poll (a full queue reaped inside a submission)
        // is dropped now too, with what it closes: not while unwinding, where a second panic
        // would abort (the next turn, or the teardown, drops it then).
        if !std::thread::panicking() {
            self.0.drop_released();
        }
        // Not borrowed unless a panic left from inside the driver: then nothing is submitted.
        if let Ok(mut driver) = self.0.driver.try_borrow_mut() {
            driver.submit_queued();
        }
    }
}
