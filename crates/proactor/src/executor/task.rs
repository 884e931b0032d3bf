//! Tasks: the set of spawned futures, their run queue, and the handles that join them.

use std::any::Any;
use std::cell::Cell;
use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::ptr::NonNull;
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

/// A spawned future on the heap, held by pointer rather than as a `Box`, so that the executor
/// can poll it where it lies while the poll's wakes borrow and change the task set around it
/// (a `Box` asserts unique access to its contents for as long as it lives; a pointer does
/// not). Dropping it drops the future.
pub(crate) struct TaskFuture(NonNull<dyn Future<Output = ()>>);

impl TaskFuture {
    fn new(future: BoxFuture) -> Self {
        // SAFETY: the future is never moved out of its allocation: it is polled through
        // `as_ptr` in place and dropped there by `into_box` or `drop`, so its pin holds.
        let boxed = unsafe { Pin::into_inner_unchecked(future) };
        TaskFuture(NonNull::from(Box::leak(boxed)))
    }

    /// The future, to be polled in place. Valid until this `TaskFuture` is dropped or turned
    /// into a box; pinned (never moved).
    pub(crate) fn as_ptr(&self) -> NonNull<dyn Future<Output = ()>> {
        self.0
    }

    /// The future as the pinned box it was spawned as (to be dropped under `catch_unwind`).
    pub(crate) fn into_box(self) -> BoxFuture {
        let ptr = std::mem::ManuallyDrop::new(self).0;
        // SAFETY: the pointer came from `Box::leak` in `new` and is given back once: this
        // consumes the `TaskFuture` without running its `Drop`. The future was pinned by
        // the box it came from and has not moved since.
        unsafe { Pin::new_unchecked(Box::from_raw(ptr.as_ptr())) }
    }
}

impl Drop for TaskFuture {
    fn drop(&mut self) {
        // SAFETY: as in `into_box`: the allocation `new` leaked, given back once.
        drop(unsafe { Box::from_raw(self.0.as_ptr()) });
    }
}

/// One spawned task, as it leaves the set.
pub(crate) struct TaskEntry {
    pub(crate) future: TaskFuture,
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
/// dropped, never across a wake. A task's future stays in the set while it is polled (by
/// pointer, see [`TaskFuture`]): only [`TaskSet::remove`] and [`TaskSet::drain`] drop it,
/// which the executor calls after a poll, never during one.
#[derive(Default)]
pub(crate) struct TaskSet {
    /// Keys fit a waker's word: the generation wraps after [`GEN_MASK`].
    tasks: Slots<Task, GEN_MASK>,
    /// Notified tasks; an entry whose task has ended since is skipped (its key is stale).
    queue: RunQueue,
}

/// A first-in, first-out queue of keys as a vector read from a moving head: a push and a pop
/// are each a store or a load and a bump, with none of a ring buffer's wrap-around arithmetic
/// (`VecDeque`). The executor empties it every tick, which resets it; a queue that is never
/// emptied (a budget cut every tick) is compacted once its read part outgrows the unread.
#[derive(Debug, Default)]
struct RunQueue {
    keys: Vec<Key>,
    head: usize,
}

impl RunQueue {
    /// Past this many read entries, and more read than unread, the read ones are dropped.
    const COMPACT_AT: usize = 1024;

    #[inline]
    fn push(&mut self, key: Key) {
        if self.head >= Self::COMPACT_AT && self.head * 2 >= self.keys.len() {
            self.compact();
        }
        self.keys.push(key);
    }

    #[inline]
    fn pop(&mut self) -> Option<Key> {
        match self.keys.get(self.head) {
            Some(&key) => {
                self.head += 1;
                Some(key)
            }
            None => {
                self.clear();
                None
            }
        }
    }

    #[cold]
    fn compact(&mut self) {
        self.keys.drain(..self.head);
        self.head = 0;
    }

    fn is_empty(&self) -> bool {
        self.head == self.keys.len()
    }

    fn clear(&mut self) {
        self.keys.clear();
        self.head = 0;
    }
}

/// A task to poll, or to drop when aborted: its future stays in the set.
pub(crate) struct Runnable {
    pub(crate) index: u32,
    pub(crate) generation: u32,
    pub(crate) aborted: bool,
    /// Valid, and pinned, until the task leaves the set ([`TaskSet::remove`]).
    pub(crate) future: NonNull<dyn Future<Output = ()>>,
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
                future: TaskFuture::new(future),
                join,
            },
        });
        self.queue.push(key);
        (key.index, key.generation)
    }

    /// Puts a task on the run queue unless it is already there.
    pub(crate) fn schedule(&mut self, index: u32, generation: u32) {
        let key = Key { index, generation };
        if let Some(task) = self.tasks.get_mut(key)
            && !task.notified
        {
            task.notified = true;
            self.queue.push(key);
        }
    }

    /// Schedules every live task (those already scheduled stay where they are in the queue).
    pub(crate) fn schedule_all(&mut self) {
        for (key, task) in self.tasks.iter_mut() {
            if !task.notified {
                task.notified = true;
                self.queue.push(key);
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

    /// The next scheduled task, to be polled in place.
    pub(crate) fn pop(&mut self) -> Option<Runnable> {
        while let Some(key) = self.queue.pop() {
            let Some(task) = self.tasks.get_mut(key) else {
                continue;
            };
            task.notified = false;
            return Some(Runnable {
                index: key.index,
                generation: key.generation,
                aborted: task.aborted,
                future: task.entry.future.as_ptr(),
            });
        }
        None
    }

    /// Takes a finished (or aborted) task out and frees its slot: its future, to be dropped
    /// by the caller, and its join state (none when it was spawned detached), to report a
    /// panic or an abort.
    pub(crate) fn remove(&mut self, index: u32) -> Option<TaskEntry> {
        let (key, _) = self.tasks.at_mut(index)?;
        self.tasks.remove(key).map(|task| task.entry)
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
        assert_eq!(set.pop().unwrap().index, a);
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
        set.pop().unwrap();
        set.schedule(a, ga);
        // The task ends with its entry still queued; a new task takes the slot.
        assert!(set.remove(a).is_some());
        let (c, gc) = set.insert(task(), Some(Rc::new(Nothing)));
        assert_eq!(c, a);
        assert_ne!(gc, ga);
        // One poll for the new task (its own entry), none for the stale one.
        let r = set.pop().unwrap();
        assert_eq!((r.index, r.generation), (c, gc));
        assert!(set.pop().is_none());
    }

    #[test]
    fn a_task_without_a_join_state_runs_and_leaves_its_slot() {
        let mut set = TaskSet::default();
        let (a, ga) = set.insert(task(), None);
        let r = set.pop().unwrap();
        assert_eq!((r.index, r.generation), (a, ga));
        set.schedule(a, ga);
        assert!(set.pop().is_some());
        let entry = set.remove(a).expect("the task's slot");
        assert!(entry.join.is_none(), "no join state to report to");
        assert_eq!(set.live(), 0);
        // The slot is free for the next task, under a new generation.
        let (b, gb) = set.insert(task(), None);
        assert_eq!(b, a);
        assert_ne!(gb, ga);
    }

    #[test]
    fn a_future_is_dropped_once_when_its_task_leaves_the_set() {
        struct CountDrop(Rc<Cell<u32>>);
        impl Drop for CountDrop {
            fn drop(&mut self) {
                self.0.set(self.0.get() + 1);
            }
        }
        let drops = Rc::new(Cell::new(0));
        let future = |drops: &Rc<Cell<u32>>| -> BoxFuture {
            let guard = CountDrop(drops.clone());
            Box::pin(async move {
                let _guard = guard;
            })
        };
        let mut set = TaskSet::default();
        let (a, _) = set.insert(future(&drops), None);
        set.insert(future(&drops), None);
        set.insert(future(&drops), None);
        // Polled in place: popping drops nothing.
        let r = set.pop().unwrap();
        assert_eq!(r.index, a);
        assert_eq!(drops.get(), 0);
        // Removed: dropped by the caller, through the box it was spawned as.
        drop(set.remove(a).unwrap().future.into_box());
        assert_eq!(drops.get(), 1);
        assert!(set.remove(a).is_none(), "a freed slot gives nothing twice");
        // Drained at teardown, and the set dropped: every other future once.
        let rest = set.drain();
        assert_eq!(rest.len(), 2);
        drop(rest);
        drop(set);
        assert_eq!(drops.get(), 3);
    }

    #[test]
    fn abort_marks_and_schedules() {
        let mut set = TaskSet::default();
        let (a, ga) = set.insert(task(), Some(Rc::new(Nothing)));
        set.pop().unwrap();
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
