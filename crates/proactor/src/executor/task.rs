//! Tasks: the set of spawned futures, their run queue, and the handles that join them.

use std::any::Any;
use std::cell::Cell;
use std::collections::VecDeque;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use super::waker::{GEN_MASK, ROOT_INDEX, TaskId};
use crate::runtime::Runtime;
use crate::slots::{Key, Slots};

/// A spawned future, boxed and erased to `()`: its output goes to its [`JoinState`], or is
/// dropped when it was spawned detached.
pub(crate) type BoxFuture = Pin<Box<dyn Future<Output = ()>>>;

/// The erased side of a [`JoinState`], as the executor sees it.
pub(crate) trait JoinNotify {
    /// The task ended without an output: it panicked or was aborted.
    fn fail(&self, error: JoinError);
    /// Nobody holds the [`JoinHandle`] any more.
    fn is_detached(&self) -> bool;
}

/// Where a task's output waits for its [`JoinHandle`].
pub(crate) struct JoinState<T> {
    result: Cell<Option<Result<T, JoinError>>>,
    done: Cell<bool>,
    waiter: Cell<Option<Waker>>,
    detached: Cell<bool>,
}

impl<T> JoinState<T> {
    pub(crate) fn new() -> Self {
        JoinState {
            result: Cell::new(None),
            done: Cell::new(false),
            waiter: Cell::new(None),
            detached: Cell::new(false),
        }
    }

    pub(crate) fn finish(&self, result: Result<T, JoinError>) {
        if self.done.replace(true) {
            return;
        }
        if !self.detached.get() {
            self.result.set(Some(result));
        }
        if let Some(w) = self.waiter.take() {
            w.wake();
        }
    }
}

impl<T> JoinNotify for JoinState<T> {
    fn fail(&self, error: JoinError) {
        self.finish(Err(error));
    }

    fn is_detached(&self) -> bool {
        self.detached.get()
    }
}

/// Why a task produced no output.
pub struct JoinError {
    repr: Repr,
}

enum Repr {
    Cancelled,
    Panicked(Box<dyn Any + Send + 'static>),
}

impl JoinError {
    pub(crate) fn cancelled() -> Self {
        JoinError {
            repr: Repr::Cancelled,
        }
    }

    pub(crate) fn panicked(payload: Box<dyn Any + Send + 'static>) -> Self {
        JoinError {
            repr: Repr::Panicked(payload),
        }
    }

    /// Whether the task was aborted (or its proactor dropped) before it finished.
    pub fn is_cancelled(&self) -> bool {
        matches!(self.repr, Repr::Cancelled)
    }

    /// Whether the task panicked.
    pub fn is_panic(&self) -> bool {
        matches!(self.repr, Repr::Panicked(_))
    }

    /// The panic's message when it was a string, as `panic!` with a literal or a format makes.
    pub fn panic_message(&self) -> Option<&str> {
        match &self.repr {
            Repr::Panicked(p) => panic_message(p.as_ref()),
            Repr::Cancelled => None,
        }
    }

    /// The panic payload, to resume the panic with `std::panic::resume_unwind`.
    ///
    /// # Errors
    ///
    /// Returns `self` back when the task was cancelled rather than panicked.
    pub fn try_into_panic(self) -> Result<Box<dyn Any + Send + 'static>, JoinError> {
        match self.repr {
            Repr::Panicked(p) => Ok(p),
            Repr::Cancelled => Err(self),
        }
    }
}

/// The text of a panic payload made by `panic!`, if it has one.
pub(crate) fn panic_message(payload: &(dyn Any + Send)) -> Option<&str> {
    payload
        .downcast_ref::<&'static str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
}

impl fmt::Debug for JoinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.repr {
            Repr::Cancelled => f.write_str("JoinError::Cancelled"),
            Repr::Panicked(_) => write!(f, "JoinError::Panicked({:?})", self.panic_message()),
        }
    }
}

impl fmt::Display for JoinError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.repr, self.panic_message()) {
            (Repr::Cancelled, _) => f.write_str("task was cancelled"),
            (Repr::Panicked(_), Some(m)) => write!(f, "task panicked: {m}"),
            (Repr::Panicked(_), None) => f.write_str("task panicked"),
        }
    }
}

impl std::error::Error for JoinError {}

/// An owned permission to await a spawned task's output, or to abort it.
///
/// Dropping the handle detaches the task: it runs to completion and its output is dropped (a
/// panic is then logged). Awaiting it yields `Ok(output)`, or a [`JoinError`] when the task
/// panicked or was aborted.
///
/// # Examples
///
/// ```no_run
/// let proactor = percore_proactor::Proactor::builder().build()?;
/// let answer = proactor.block_on(async {
///     let task = percore_proactor::spawn(async { 6 * 7 });
///     task.await.expect("the task does not panic")
/// });
/// assert_eq!(answer, 42);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct JoinHandle<T> {
    rt: Rc<Runtime>,
    id: TaskId,
    state: Rc<JoinState<T>>,
}

impl<T> JoinHandle<T> {
    pub(crate) fn new(rt: Rc<Runtime>, id: TaskId, state: Rc<JoinState<T>>) -> Self {
        JoinHandle { rt, id, state }
    }

    /// Asks the task to stop: its future is dropped at the next tick (which cancels its
    /// in-flight operations) and awaiting this handle yields a cancelled [`JoinError`]. A task
    /// that already finished keeps its output.
    pub fn abort(&self) {
        // A finished task's slot may hold another task by now, under a generation that has
        // wrapped round to this handle's: never reach it.
        if !self.state.done.get() {
            self.rt.abort_task(self.id);
        }
    }

    /// Whether the task has finished (with an output, a panic, or by abort).
    pub fn is_finished(&self) -> bool {
        self.state.done.get()
    }

    /// Lets the task run on without anyone awaiting it (the same as dropping the handle).
    pub fn detach(self) {}
}

impl<T> Drop for JoinHandle<T> {
    fn drop(&mut self) {
        self.state.detached.set(true);
        // An output nobody will read is dropped now.
        drop(self.state.result.take());
    }
}

impl<T> Future for JoinHandle<T> {
    type Output = Result<T, JoinError>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        if let Some(result) = self.state.result.take() {
            return Poll::Ready(result);
        }
        assert!(
            !self.state.done.get(),
            "JoinHandle polled after it returned its result"
        );
        self.state.waiter.set(Some(cx.waker().clone()));
        Poll::Pending
    }
}

impl<T> fmt::Debug for JoinHandle<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JoinHandle")
            .field("task", &self.id.index)
            .field("finished", &self.is_finished())
            .finish()
    }
}

/// One spawned task.
pub(crate) struct TaskEntry {
    /// `None` while the executor is polling it (taken out so no borrow is held).
    pub(crate) future: Option<BoxFuture>,
    /// `None` for a task spawned detached: nobody can join it.
    pub(crate) join: Option<Rc<dyn JoinNotify>>,
}

struct Task {
    notified: bool,
    aborted: bool,
    entry: TaskEntry,
}

/// The spawned tasks of one runtime and its run queue.
///
/// Borrowed only for short, non-reentrant bookkeeping: never while a future is polled or
/// dropped, never across a wake.
#[derive(Default)]
pub(crate) struct TaskSet {
    /// Keys fit a waker's word: the generation wraps after [`GEN_MASK`].
    tasks: Slots<Task, GEN_MASK>,
    /// Notified tasks; an entry whose task has ended since is skipped (its key is stale).
    queue: VecDeque<Key>,
}

/// A task taken out of the set to be polled, or to be dropped when aborted.
pub(crate) struct Runnable {
    pub(crate) index: u32,
    pub(crate) generation: u32,
    pub(crate) aborted: bool,
    pub(crate) future: BoxFuture,
}

impl TaskSet {
    /// Number of tasks that have not finished.
    pub(crate) fn live(&self) -> usize {
        self.tasks.live()
    }

    /// Whether a task is waiting to be polled.
    pub(crate) fn has_runnable(&self) -> bool {
        !self.queue.is_empty()
    }

    /// Adds a task and schedules it; returns `(index, generation)`.
    ///
    /// # Panics
    ///
    /// Panics past 16,777,214 live tasks on one runtime (the waker's index width).
    pub(crate) fn insert(
        &mut self,
        future: BoxFuture,
        join: Option<Rc<dyn JoinNotify>>,
    ) -> (u32, u32) {
        assert!(
            self.tasks.next_index() < ROOT_INDEX as usize,
            "too many live tasks on one proactor"
        );
        let key = self.tasks.insert(Task {
            notified: true,
            aborted: false,
            entry: TaskEntry {
                future: Some(future),
                join,
            },
        });
        self.queue.push_back(key);
        (key.index, key.generation)
    }

    /// Puts a task on the run queue unless it is already there.
    pub(crate) fn schedule(&mut self, index: u32, generation: u32) {
        let key = Key { index, generation };
        if let Some(task) = self.tasks.get_mut(key)
            && !task.notified
        {
            task.notified = true;
            self.queue.push_back(key);
        }
    }

    /// Schedules every live task (those already scheduled stay where they are in the queue).
    pub(crate) fn schedule_all(&mut self) {
        for (key, task) in self.tasks.iter_mut() {
            if !task.notified {
                task.notified = true;
                self.queue.push_back(key);
            }
        }
    }

    /// Marks a task aborted and schedules it, so the executor drops it on its next turn.
    pub(crate) fn abort(&mut self, index: u32, generation: u32) {
        if let Some(task) = self.tasks.get_mut(Key { index, generation }) {
            task.aborted = true;
            self.schedule(index, generation);
        }
    }

    /// Takes the next scheduled task out of the set to be polled.
    pub(crate) fn pop(&mut self) -> Option<Runnable> {
        while let Some(key) = self.queue.pop_front() {
            let Some(task) = self.tasks.get_mut(key) else {
                continue;
            };
            task.notified = false;
            let Some(future) = task.entry.future.take() else {
                continue;
            };
            return Some(Runnable {
                index: key.index,
                generation: key.generation,
                aborted: task.aborted,
                future,
            });
        }
        None
    }

    /// Returns a polled, still pending task to its slot.
    pub(crate) fn put_back(&mut self, index: u32, future: BoxFuture) {
        let (_, task) = self
            .tasks
            .at_mut(index)
            .expect("a task being polled keeps its slot");
        task.entry.future = Some(future);
    }

    /// Frees a finished task's slot; returns its join state (none when it was spawned
    /// detached), to report a panic or an abort.
    pub(crate) fn remove(&mut self, index: u32) -> Option<Rc<dyn JoinNotify>> {
        let (key, _) = self.tasks.at_mut(index)?;
        self.tasks.remove(key).and_then(|task| task.entry.join)
    }

    /// Takes every task out (at teardown), to be dropped outside the borrow.
    pub(crate) fn drain(&mut self) -> Vec<TaskEntry> {
        self.queue.clear();
        self.tasks
            .drain()
            .into_iter()
            .map(|task| task.entry)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Nothing;
    impl JoinNotify for Nothing {
        fn fail(&self, _: JoinError) {}
        fn is_detached(&self) -> bool {
            true
        }
    }

    fn task() -> BoxFuture {
        Box::pin(async {})
    }

    #[test]
    fn schedule_dedupes_and_pops_in_order() {
        let mut set = TaskSet::default();
        let (a, ga) = set.insert(task(), Some(Rc::new(Nothing)));
        let (b, _gb) = set.insert(task(), Some(Rc::new(Nothing)));
        set.schedule(a, ga); // already queued by insert
        let first = set.pop().unwrap();
        assert_eq!(first.index, a);
        set.put_back(a, first.future);
        set.schedule(a, ga);
        set.schedule(a, ga);
        assert_eq!(set.pop().unwrap().index, b);
        let again = set.pop().unwrap();
        assert_eq!(again.index, a);
        assert!(set.pop().is_none());
        assert!(set.remove(a).is_some());
        set.schedule(a, ga); // stale generation: ignored
        assert!(set.pop().is_none());
        assert_eq!(set.live(), 1);
    }

    #[test]
    fn a_queue_entry_of_an_ended_task_does_not_reach_its_slot_s_next_task() {
        let mut set = TaskSet::default();
        let (a, ga) = set.insert(task(), Some(Rc::new(Nothing)));
        let first = set.pop().unwrap();
        set.put_back(a, first.future);
        set.schedule(a, ga);
        // The task ends with its entry still queued; a new task takes the slot.
        assert!(set.remove(a).is_some());
        let (c, gc) = set.insert(task(), Some(Rc::new(Nothing)));
        assert_eq!(c, a);
        assert_ne!(gc, ga);
        // One poll for the new task (its own entry), none for the stale one.
        let r = set.pop().unwrap();
        assert_eq!((r.index, r.generation), (c, gc));
        set.put_back(c, r.future);
        assert!(set.pop().is_none());
    }

    #[test]
    fn a_task_without_a_join_state_runs_and_leaves_its_slot() {
        let mut set = TaskSet::default();
        let (a, ga) = set.insert(task(), None);
        let r = set.pop().unwrap();
        assert_eq!((r.index, r.generation), (a, ga));
        set.put_back(a, r.future);
        set.schedule(a, ga);
        assert!(set.pop().is_some());
        assert!(set.remove(a).is_none(), "no join state to report to");
        assert_eq!(set.live(), 0);
        // The slot is free for the next task, under a new generation.
        let (b, gb) = set.insert(task(), None);
        assert_eq!(b, a);
        assert_ne!(gb, ga);
    }

    #[test]
    fn abort_marks_and_schedules() {
        let mut set = TaskSet::default();
        let (a, ga) = set.insert(task(), Some(Rc::new(Nothing)));
        let r = set.pop().unwrap();
        set.put_back(a, r.future);
        set.abort(a, ga);
        assert!(set.pop().unwrap().aborted);
    }

    #[test]
    fn the_handle_of_a_finished_task_aborts_nothing_even_under_a_reused_key() {
        // After 2^24 reuses of one slot a new task there has the key a finished task's handle
        // still names. Staged directly: a finished task's handle whose id is a live task's.
        crate::Proactor::builder().build().unwrap().block_on(async {
            let live = crate::spawn(std::future::pending::<()>());
            let finished: Rc<JoinState<()>> = Rc::new(JoinState::new());
            finished.finish(Ok(()));
            let stale = JoinHandle::new(crate::runtime::current(), live.id, finished);
            stale.abort();
            crate::yield_now().await;
            assert!(
                !live.is_finished(),
                "the live task was aborted through a stale handle"
            );
            live.abort();
            assert!(live.await.unwrap_err().is_cancelled());
        });
    }

    #[test]
    fn join_error_reports_panic_text() {
        let e = JoinError::panicked(Box::new("boom"));
        assert!(e.is_panic());
        assert_eq!(e.to_string(), "task panicked: boom");
        let e = JoinError::panicked(Box::new(String::from("fmt 1")));
        assert_eq!(e.panic_message(), Some("fmt 1"));
        assert!(JoinError::cancelled().is_cancelled());
        assert_eq!(JoinError::cancelled().to_string(), "task was cancelled");
    }
}
