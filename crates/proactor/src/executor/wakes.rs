//! Wakes collected while a borrow is held, to be woken once it is released.
//!
//! A percore task waker is only its task's id (see [`super::waker`]): kept as that id, it
//! costs no vtable call to clone, store or drop, and the executor schedules it straight onto
//! its run queue. Any other waker is kept as it is.

use std::task::Waker;

use super::waker;

/// Who is waiting for something: one of percore's tasks (by id), another waker, or nobody.
#[derive(Debug, Default)]
pub(crate) enum Waiter {
    /// Nobody waits.
    #[default]
    Nobody,
    /// A percore task, by its packed id.
    Task(u64),
    /// Any other waker.
    Other(Waker),
}

impl Waiter {
    /// The waiter `waker` stands for.
    pub(crate) fn of(waker: &Waker) -> Waiter {
        match waker::task_id(waker) {
            Some(id) => Waiter::Task(id.pack()),
            None => Waiter::Other(waker.clone()),
        }
    }

    /// Replaces the waiter with `waker`'s, unless it is that one already.
    pub(crate) fn set(&mut self, waker: &Waker) {
        match (&*self, waker::task_id(waker)) {
            (Waiter::Task(id), Some(new)) if *id == new.pack() => {}
            (Waiter::Other(w), None) if w.will_wake(waker) => {}
            _ => *self = Waiter::of(waker),
        }
    }

    /// Moves the waiter, if any, into `wakes`.
    pub(crate) fn wake_into(&mut self, wakes: &mut Wakes) {
        wakes.push_waiter(std::mem::take(self));
    }
}

/// Tasks and wakers to wake.
#[derive(Debug, Default)]
pub(crate) struct Wakes {
    /// Packed ids of percore tasks.
    pub(crate) tasks: Vec<u64>,
    /// Other wakers.
    pub(crate) others: Vec<Waker>,
}

impl Wakes {
    /// Adds `waker` (as an id when it is a percore task's).
    pub(crate) fn push(&mut self, waker: Waker) {
        match waker::task_id(&waker) {
            Some(id) => {
                self.tasks.push(id.pack());
                // A task waker holds nothing: forgetting it skips a vtable call.
                std::mem::forget(waker);
            }
            None => self.others.push(waker),
        }
    }

    /// Adds whoever `waiter` stands for.
    #[inline]
    pub(crate) fn push_waiter(&mut self, waiter: Waiter) {
        match waiter {
            Waiter::Nobody => {}
            Waiter::Task(id) => self.tasks.push(id),
            Waiter::Other(w) => self.others.push(w),
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        self.tasks.is_empty() && self.others.is_empty()
    }

    /// Moves everything of `other` in.
    pub(crate) fn append(&mut self, other: &mut Wakes) {
        self.tasks.append(&mut other.tasks);
        self.others.append(&mut other.others);
    }

    #[cfg(test)]
    pub(crate) fn clear(&mut self) {
        self.tasks.clear();
        self.others.clear();
    }
}

impl Extend<Waker> for Wakes {
    fn extend<I: IntoIterator<Item = Waker>>(&mut self, iter: I) {
        for w in iter {
            self.push(w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::executor::waker::TaskId;

    #[test]
    fn task_wakers_are_kept_as_ids_and_others_as_wakers() {
        let id = TaskId {
            runtime: 1,
            index: 2,
            generation: 3,
        };
        let mut wakes = Wakes::default();
        wakes.push(waker::task_waker(id));
        let (count, other) = percore_testkit::counting_waker();
        wakes.push(other.clone());
        assert_eq!(wakes.tasks, vec![id.pack()]);
        assert_eq!(wakes.others.len(), 1);
        let mut w = Waiter::of(&waker::task_waker(id));
        w.set(&waker::task_waker(id));
        assert!(matches!(w, Waiter::Task(p) if p == id.pack()));
        w.set(&other);
        assert!(matches!(w, Waiter::Other(_)));
        w.wake_into(&mut wakes);
        assert!(matches!(w, Waiter::Nobody));
        assert_eq!(wakes.tasks.len() + wakes.others.len(), 3);
        for o in wakes.others.drain(..) {
            o.wake();
        }
        assert_eq!(count.get(), 2);
    }
}
