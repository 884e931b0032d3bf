//! Task wakers that carry an id, not a pointer.
//!
//! A waker's data word packs `runtime id (16 bits) | task index (24) | generation (24)`. Cloning
//! and dropping touch nothing (no reference count, no atomic), and waking on the runtime's own
//! thread is a push onto its run queue. Waking from any other thread, or after the runtime is
//! gone, goes through [`crate::remote`]: a registry lookup and the runtime's eventfd. A stale
//! generation (the task finished and its slot was reused) can at worst cause a spurious poll,
//! which every future tolerates, never a use-after-free: there is no pointer to free.

use std::task::{RawWaker, RawWakerVTable, Waker};

#[cfg(not(target_pointer_width = "64"))]
compile_error!("percore-proactor packs task ids into a 64-bit waker data word");

/// Bits of the task index; the largest index is the root future's.
pub(crate) const INDEX_BITS: u32 = 24;
/// Bits of the task generation.
pub(crate) const GEN_BITS: u32 = 24;
/// The task index reserved for the future given to `block_on`.
pub(crate) const ROOT_INDEX: u32 = (1 << INDEX_BITS) - 1;
/// Mask of a generation.
pub(crate) const GEN_MASK: u32 = (1 << GEN_BITS) - 1;

/// A task's identity as a waker carries it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TaskId {
    pub(crate) runtime: u16,
    pub(crate) index: u32,
    pub(crate) generation: u32,
}

impl TaskId {
    pub(crate) fn pack(self) -> u64 {
        debug_assert!(self.index <= ROOT_INDEX && self.generation <= GEN_MASK);
        (u64::from(self.runtime) << 48)
            | (u64::from(self.index) << GEN_BITS)
            | u64::from(self.generation)
    }

    pub(crate) fn unpack(word: u64) -> TaskId {
        TaskId {
            runtime: (word >> 48) as u16,
            index: ((word >> GEN_BITS) as u32) & ROOT_INDEX,
            generation: (word as u32) & GEN_MASK,
        }
    }
}

static VTABLE: RawWakerVTable = RawWakerVTable::new(clone, wake, wake, drop_waker);

fn raw(word: u64) -> RawWaker {
    // The data word is an integer, never dereferenced: a pointer without provenance.
    RawWaker::new(std::ptr::without_provenance(word as usize), &VTABLE)
}

fn clone(data: *const ()) -> RawWaker {
    raw(data.addr() as u64)
}

fn wake(data: *const ()) {
    crate::runtime::wake_task(TaskId::unpack(data.addr() as u64));
}

fn drop_waker(_data: *const ()) {}

/// The task a waker wakes, when it is one of this executor's wakers.
pub(crate) fn task_id(waker: &Waker) -> Option<TaskId> {
    std::ptr::eq(waker.vtable(), &VTABLE).then(|| TaskId::unpack(waker.data().addr() as u64))
}

/// The waker for a task.
pub(crate) fn task_waker(id: TaskId) -> Waker {
    // SAFETY: the vtable's functions only read the data word as an integer: they never
    // dereference it, so any value is valid, the waker may be cloned, woken and dropped on any
    // thread (cross-thread wakes go through `runtime::wake_task`'s registry path, which is
    // `Sync`), and dropping it releases nothing.
    unsafe { Waker::from_raw(raw(id.pack())) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack_round_trips() {
        for id in [
            TaskId {
                runtime: 0,
                index: 0,
                generation: 0,
            },
            TaskId {
                runtime: u16::MAX,
                index: ROOT_INDEX,
                generation: GEN_MASK,
            },
            TaskId {
                runtime: 7,
                index: 123_456,
                generation: 9_999_999,
            },
        ] {
            assert_eq!(TaskId::unpack(id.pack()), id);
        }
    }

    #[test]
    fn wakers_compare_by_id() {
        let id = TaskId {
            runtime: 3,
            index: 5,
            generation: 8,
        };
        let a = task_waker(id);
        let b = a.clone();
        assert!(a.will_wake(&b));
        let other = task_waker(TaskId { index: 6, ..id });
        assert!(!a.will_wake(&other));
    }
}
