//! The table of in-flight operations: a generational slab keyed by `user_data`.
//!
//! Pure bookkeeping, no syscalls (miri runs these tests). A slot goes through
//!
//! ```text
//! insert ─> Active { waker, completions } ──final CQE──> finished ──consumer takes it──> free
//!                 │
//!                 └──owner dropped──> Orphaned(data) ──final CQE──> free (data released)
//! ```
//!
//! `user_data` is `generation << 32 | index`, never a pointer. Generations run from 0 to
//! `u32::MAX - 1`; the all-ones generation is reserved for internal operations
//! ([`reserved`]), so a reserved value can never name a slot.

use std::collections::VecDeque;
use std::task::Waker;

use crate::executor::wakes::{Waiter, Wakes};

/// One completion as the kernel reported it (or as the epoll backend emulates it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Completion {
    /// Result: a non-negative value, or a negated errno.
    pub(crate) res: i32,
    /// CQE flags (`IORING_CQE_F_*`).
    pub(crate) flags: u32,
}

/// `IORING_CQE_F_BUFFER`: the upper 16 bits of `flags` name a provided buffer.
pub(crate) const CQE_F_BUFFER: u32 = 1 << 0;
/// `IORING_CQE_F_MORE`: more completions follow for this request.
pub(crate) const CQE_F_MORE: u32 = 1 << 1;
/// `IORING_CQE_F_NOTIF`: a zero-copy send's notification that the buffer is released.
pub(crate) const CQE_F_NOTIF: u32 = 1 << 3;

impl Completion {
    /// Whether this is the last completion of its request.
    pub(crate) fn is_final(self) -> bool {
        self.flags & CQE_F_MORE == 0
    }

    /// The provided buffer this completion consumed, if any.
    pub(crate) fn buffer_id(self) -> Option<u16> {
        (self.flags & CQE_F_BUFFER != 0).then_some((self.flags >> 16) as u16)
    }

    /// The result as an `io::Result`.
    pub(crate) fn result(self) -> std::io::Result<u32> {
        if self.res < 0 {
            Err(std::io::Error::from_raw_os_error(-self.res))
        } else {
            Ok(self.res as u32)
        }
    }
}

/// Reserved `user_data` values for internal operations whose completions name no slot.
pub(crate) mod reserved {
    /// The ring's eventfd read: a wake from another thread.
    pub(crate) const WAKE: u64 = u64::MAX;
    /// An async cancel request; its own completion carries nothing we need.
    pub(crate) const CANCEL: u64 = u64::MAX - 1;
    /// A linked timeout; the linked operation's completion carries the outcome.
    pub(crate) const LINK_TIMEOUT: u64 = u64::MAX - 2;
    /// A close submitted on drop of an fd owner.
    pub(crate) const CLOSE: u64 = u64::MAX - 3;
    /// Whether `user_data` is one of the reserved values.
    pub(crate) fn is_reserved(user_data: u64) -> bool {
        (user_data >> 32) as u32 == u32::MAX
    }
}

/// What an orphaned operation does with the completions that still arrive for it: return a
/// provided buffer, close a delivered fd. Its data (buffers, iovecs, paths) is dropped when the
/// final completion arrives, never before.
pub trait Orphan {
    /// Handles one completion that arrived after the owner was dropped.
    fn on_completion(&mut self, _completion: Completion) {}
}

/// Keeps any owned data alive until the final completion; does nothing with completions.
pub(crate) struct Keep<T>(pub(crate) T);

impl<T> Orphan for Keep<T> {}

// A slot is two to a cache line; `hold` must not make it larger.
const _: () = assert!(std::mem::size_of::<Slot>() == 32);

struct Slot {
    generation: u32,
    /// A multishot operation's bound on completions waiting for its owner (0: none); see
    /// [`OpTable::hold_at_most`]. In what would be the padding after `generation`: slots stay
    /// 32 bytes.
    hold: u16,
    state: State,
}

/// A slot's state. Single-shot operations go `Pending -> Ready -> Free` without allocating;
/// a multishot operation moves to a boxed queue at its first `F_MORE` completion.
enum State {
    Free,
    /// In flight, nothing arrived yet; who waits for it.
    Pending(Waiter),
    /// The final (and only) completion arrived and waits for the owner.
    Ready(Completion),
    /// A multishot operation: completions in arrival order.
    Multi(Box<Multi>),
    /// The owner was dropped; the orphan keeps its data until the final completion.
    Orphaned(Box<dyn Orphan>),
}

struct Multi {
    waker: Waiter,
    queue: VecDeque<Completion>,
    /// The final completion (no `F_MORE`) is in the queue or was taken.
    finished: bool,
    /// The slot's hold was reached and the driver asked the kernel to cancel the operation:
    /// its `ECANCELED` end is a pause, reported as `EAGAIN` (nothing lost; arm again).
    paused: bool,
}

/// What [`OpTable::orphan`] made of an operation whose owner was dropped.
pub(crate) enum Orphaning {
    /// The kernel still owes it a completion: the caller asks for a cancel.
    Cancel,
    /// The kernel is done with it (its final completion had come, and the slot is free; or
    /// there is no such operation): the data is the caller's to drop once its borrows are
    /// released (the drop is user code).
    Release(Box<dyn Orphan>),
    /// The ring was given up: the data is leaked, never freed.
    Leaked,
}

/// What [`OpTable::complete`] did with a completion.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Delivered {
    /// Stored for the owner (its waker, if any, moved to the wake list).
    ToOwner,
    /// Stored for the owner, and the owner's hold is reached: the caller cancels the
    /// operation, which pauses it (see [`OpTable::hold_at_most`]).
    ToOwnerPause,
    /// Handed to the orphan (and the slot freed if it was final).
    ToOrphan,
    /// The `user_data` named no live slot: counted as stale and dropped.
    Stale,
}

/// The generational slab of in-flight operations.
///
/// Specialised rather than built on [`crate::slots::Slots`] (which tasks and timers use): every
/// operation goes through it twice, and the generic table, with `Option` slots and a lookup for
/// the test and another for the removal, measured 7-10% fewer NOP round trips
/// (`cargo bench -p percore-bench --bench nop`, AMD EPYC, medians of 5 interleaved runs: depth
/// 64, one task per op, 7.76M/s against 8.63M/s; depth 1, 1.84M/s against 1.97M/s), where the
/// generic tasks and timers measured level with their specialised versions (7.39M/s against
/// 7.27M/s; 1.84M/s against 1.83M/s).
#[derive(Default)]
pub(crate) struct OpTable {
    slots: Vec<Slot>,
    free: Vec<u32>,
    live: usize,
    /// The proactor was dropped (see [`OpTable::give_up`]): no completion will be delivered
    /// any more.
    given_up: bool,
    /// The data of orphans whose final completion came: the kernel is done with it, and its
    /// drop (user code: a buffer's) is left to the loop, after the pass that freed it, so that
    /// a panic there cannot cut the pass short (see [`OpTable::pop_released`]).
    released: Vec<Box<dyn Orphan>>,
}

impl Multi {
    /// Whether this completion went past the slot's `hold` (see [`OpTable::hold_at_most`]):
    /// true once, when the queue first holds more than `hold` completions with more to come.
    fn reaches(&mut self, hold: usize) -> bool {
        if hold == 0 || self.paused || self.finished || self.queue.len() <= hold {
            return false;
        }
        self.paused = true;
        true
    }
}

impl std::fmt::Debug for OpTable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpTable")
            .field("capacity", &self.slots.len())
            .field("live", &self.live)
            .finish()
    }
}

const MAX_GENERATION: u32 = u32::MAX - 1;

fn key(index: u32, generation: u32) -> u64 {
    (u64::from(generation) << 32) | u64::from(index)
}

fn split(user_data: u64) -> (u32, u32) {
    (user_data as u32, (user_data >> 32) as u32)
}

impl OpTable {
    /// Number of live slots (in flight, orphaned, or finished but not yet taken).
    pub(crate) fn live(&self) -> usize {
        self.live
    }

    /// Allocates a slot for a new operation and returns its `user_data`.
    // Inlined: passed to a call, the two-word waiter is stored narrow and loaded wide, and
    // that load waits for the stores to retire (store forwarding fails).
    #[inline(always)]
    pub(crate) fn insert(&mut self, waker: Waiter) -> u64 {
        self.live += 1;
        if let Some(index) = self.free.pop() {
            let slot = &mut self.slots[index as usize];
            let old = std::mem::replace(&mut slot.state, State::Pending(waker));
            debug_assert!(matches!(old, State::Free));
            // A free slot holds nothing to drop: skip the drop glue on the hot path.
            std::mem::forget(old);
            return key(index, slot.generation);
        }
        let index = u32::try_from(self.slots.len()).expect("fewer than 2^32 operations in flight");
        self.slots.push(Slot {
            generation: 0,
            hold: 0,
            state: State::Pending(waker),
        });
        key(index, 0)
    }

    /// The slot `user_data` names, unless it was freed (or freed and reused) since.
    fn live_slot(&mut self, user_data: u64) -> Option<&mut Slot> {
        let (index, generation) = split(user_data);
        self.slots
            .get_mut(index as usize)
            .filter(|s| s.generation == generation && !matches!(s.state, State::Free))
    }

    fn state(&mut self, user_data: u64) -> Option<&mut State> {
        self.live_slot(user_data).map(|slot| &mut slot.state)
    }

    fn free_slot(&mut self, user_data: u64) -> State {
        let (index, _) = split(user_data);
        let slot = &mut self.slots[index as usize];
        // Only multishot slots set it, and they are freed here (never by `poll_take`).
        slot.hold = 0;
        let state = std::mem::replace(&mut slot.state, State::Free);
        slot.generation = if slot.generation == MAX_GENERATION {
            0
        } else {
            slot.generation + 1
        };
        self.free.push(index);
        self.live -= 1;
        state
    }

    /// Records a completion for `user_data`. The owner's waker, if any, is moved into `wake`
    /// so that the caller wakes it after releasing its borrows.
    pub(crate) fn complete(
        &mut self,
        user_data: u64,
        completion: Completion,
        wake: &mut Wakes,
    ) -> Delivered {
        let Some(slot) = self.live_slot(user_data) else {
            return Delivered::Stale;
        };
        // The common case first, as a plain test rather than through the match below: a
        // single-shot operation's only completion.
        if let State::Pending(waker) = &mut slot.state
            && completion.is_final()
        {
            waker.wake_into(wake);
            // The old state is `Pending(Nobody)` now: nothing to drop.
            std::mem::forget(std::mem::replace(&mut slot.state, State::Ready(completion)));
            return Delivered::ToOwner;
        }
        let hold = usize::from(slot.hold);
        let state = &mut slot.state;
        match state {
            State::Pending(waker) => {
                waker.wake_into(wake);
                let next = State::Multi(Box::new(Multi {
                    waker: Waiter::Nobody,
                    queue: VecDeque::from([completion]),
                    finished: false,
                    paused: false,
                }));
                // The old state is `Pending(Nobody)` now: nothing to drop. One completion
                // waiting is within any bound.
                std::mem::forget(std::mem::replace(state, next));
                Delivered::ToOwner
            }
            State::Multi(multi) if !multi.finished => {
                let completion = if completion.is_final()
                    && multi.paused
                    && completion.res == -libc::ECANCELED
                {
                    Completion {
                        res: -libc::EAGAIN,
                        ..completion
                    }
                } else {
                    completion
                };
                multi.queue.push_back(completion);
                multi.finished = completion.is_final();
                multi.waker.wake_into(wake);
                if multi.reaches(hold) {
                    Delivered::ToOwnerPause
                } else {
                    Delivered::ToOwner
                }
            }
            State::Orphaned(orphan) => {
                orphan.on_completion(completion);
                if completion.is_final()
                    && let State::Orphaned(orphan) = self.free_slot(user_data)
                {
                    // The kernel's last word on the data: released, dropped after this pass.
                    self.released.push(orphan);
                }
                Delivered::ToOrphan
            }
            // The kernel never reports after a final completion.
            State::Ready(_) | State::Multi(_) | State::Free => Delivered::Stale,
        }
    }

    /// Bounds the completions of the multishot operation `user_data` that may wait for its
    /// owner: once more than `hold` of them wait (0: no bound), [`OpTable::complete`] says
    /// [`Delivered::ToOwnerPause`] and the caller cancels the operation. Its final completion,
    /// `ECANCELED`, is then reported as `EAGAIN`: a pause, nothing lost, for the owner to arm
    /// the operation again when it wants more (a cancel of the whole fd that lands while the
    /// pause is on its way reads as the pause too). An owner that stops taking completions
    /// (a connection not being read) then holds about `hold` of them (and their buffers),
    /// plus what the kernel delivered before the cancel reached it, rather than all it can
    /// deliver.
    pub(crate) fn hold_at_most(&mut self, user_data: u64, hold: u16) {
        if let Some(slot) = self.live_slot(user_data) {
            slot.hold = hold;
        }
    }

    /// Takes the next completion for the owner, or stores `waker` to be woken by the next one.
    ///
    /// Returns `(completion, finished)`: `finished` is true when no further completion will
    /// arrive for this slot; the caller then calls [`OpTable::remove`].
    ///
    /// # Panics
    ///
    /// Panics if `user_data` names no live, owned slot (an operation polling a slot it does
    /// not own).
    pub(crate) fn poll(&mut self, user_data: u64, waker: &Waker) -> Option<(Completion, bool)> {
        let given_up = self.given_up;
        let state = self
            .state(user_data)
            .expect("an operation polls only its own live slot");
        let stored = match state {
            State::Ready(c) => return Some((*c, true)),
            State::Multi(multi) => {
                if let Some(c) = multi.queue.pop_front() {
                    return Some((c, multi.finished && multi.queue.is_empty()));
                }
                &mut multi.waker
            }
            State::Pending(w) => w,
            State::Orphaned(_) | State::Free => {
                panic!("an orphaned operation was polled")
            }
        };
        // Its completion will never be delivered, and its memory is the kernel's until then.
        assert!(
            !given_up,
            "an operation was polled after its proactor was dropped"
        );
        stored.set(waker);
        None
    }

    /// For a single-shot operation: its completion if it has arrived, the slot then freed at
    /// once (one lookup for what `poll` and `remove` do); otherwise `waker` is stored. A
    /// completion that is not the final one (a zero-copy send's result before its
    /// notification) is returned like `poll` does, the slot kept: `finished` says which.
    ///
    /// # Panics
    ///
    /// As [`OpTable::poll`].
    #[inline]
    pub(crate) fn poll_take(
        &mut self,
        user_data: u64,
        waker: &Waker,
    ) -> Option<(Completion, bool)> {
        let (index, generation) = split(user_data);
        let slot = self
            .slots
            .get_mut(index as usize)
            .filter(|s| s.generation == generation)
            .expect("an operation polls only its own live slot");
        if let State::Ready(c) = slot.state {
            // Never set on a single-shot slot (`free_slot` resets it for the multishot ones).
            debug_assert_eq!(slot.hold, 0);
            // A `Ready` state holds nothing to drop: skip the drop glue on the hot path.
            std::mem::forget(std::mem::replace(&mut slot.state, State::Free));
            slot.generation = if slot.generation == MAX_GENERATION {
                0
            } else {
                slot.generation + 1
            };
            self.free.push(index);
            self.live -= 1;
            return Some((c, true));
        }
        let polled = self.poll(user_data, waker);
        if let Some((_, true)) = polled {
            self.remove(user_data);
        }
        polled
    }

    /// Whether the final completion has arrived and every completion has been taken.
    #[cfg(test)]
    pub(crate) fn is_done(&mut self, user_data: u64) -> bool {
        match self.state(user_data) {
            Some(State::Multi(m)) => m.finished && m.queue.is_empty(),
            _ => false,
        }
    }

    /// Frees a slot whose owner has taken its final completion. A slot the kernel may still
    /// complete (in flight, a multishot not finished, an orphan's) is left as it is: freeing
    /// it would let its owner, or its orphan, drop what the kernel still uses. (A caller's
    /// mistake, caught in debug builds; a refused submission's slot goes by
    /// [`OpTable::remove_refused`].)
    pub(crate) fn remove(&mut self, user_data: u64) {
        let owed = match self.state(user_data) {
            None => return,
            Some(State::Pending(_) | State::Orphaned(_)) => true,
            Some(State::Multi(m)) => !m.finished,
            Some(State::Ready(_) | State::Free) => false,
        };
        if owed {
            debug_assert!(false, "a slot the kernel may still complete is not removed");
            return;
        }
        match self.free_slot(user_data) {
            // The common case: nothing to drop.
            State::Ready(_) => {}
            other => drop(other),
        }
    }

    /// Frees the slot of a submission the kernel refused, whatever its state.
    ///
    /// # Safety
    ///
    /// The kernel never received an entry naming `user_data` (its submission was refused).
    pub(crate) unsafe fn remove_refused(&mut self, user_data: u64) {
        if self.state(user_data).is_some() {
            drop(self.free_slot(user_data));
        }
    }

    /// The owner of `user_data` was dropped. Completions already queued go to `orphan` now;
    /// if the final one has arrived the slot is freed at once and the orphan handed back, for
    /// the caller to drop once its borrows are released. Otherwise the orphan keeps its data
    /// alive until the final completion, and the caller must ask the kernel to cancel the
    /// request.
    pub(crate) fn orphan(&mut self, user_data: u64, mut orphan: Box<dyn Orphan>) -> Orphaning {
        let given_up = self.given_up;
        let Some(state) = self.state(user_data) else {
            return Orphaning::Release(orphan);
        };
        let finished = match state {
            State::Pending(_) => false,
            State::Ready(c) => {
                orphan.on_completion(*c);
                true
            }
            State::Multi(multi) => {
                for c in multi.queue.drain(..) {
                    orphan.on_completion(c);
                }
                multi.finished
            }
            State::Free => return Orphaning::Release(orphan),
            State::Orphaned(_) => {
                // Cannot happen (an operation has one owner, orphaned once); were it to, the
                // kernel may still use what either orphan holds: leaked, never freed.
                debug_assert!(false, "operation {user_data:#x} orphaned twice");
                std::mem::forget(orphan);
                return Orphaning::Leaked;
            }
        };
        if finished {
            drop(self.free_slot(user_data));
            Orphaning::Release(orphan)
        } else if given_up {
            // The kernel may still write to the data, and nothing will say when it is done:
            // leaked, never freed.
            std::mem::forget(orphan);
            Orphaning::Leaked
        } else {
            *state = State::Orphaned(orphan);
            Orphaning::Cancel
        }
    }

    /// Whether released data waits to be dropped.
    #[inline]
    pub(crate) fn has_released(&self) -> bool {
        !self.released.is_empty()
    }

    /// Takes one piece of released data, for the caller to drop once its borrows are
    /// released.
    pub(crate) fn pop_released(&mut self) -> Option<Box<dyn Orphan>> {
        self.released.pop()
    }

    /// Slots the kernel still owes a completion: in flight, orphaned, or multishot and not
    /// finished (a completion that arrived and waits for its owner is owed nothing).
    pub(crate) fn owed(&self) -> usize {
        self.slots
            .iter()
            .filter(|slot| match &slot.state {
                State::Free | State::Ready(_) => false,
                State::Multi(multi) => !multi.finished,
                State::Pending(_) | State::Orphaned(_) => true,
            })
            .count()
    }

    /// At teardown, after the last wait: no completion will be delivered any more. Orphans
    /// still owed one are leaked on purpose, since the kernel may still write to their
    /// memory. A slot whose owner is alive stays: a completion already there is still taken,
    /// the owner of one still owed leaks its data when dropped ([`OpTable::orphan`]), and
    /// polling it panics. Returns how many were owed a completion.
    pub(crate) fn give_up(&mut self) -> usize {
        self.given_up = true;
        let owed = self.owed();
        for slot in &mut self.slots {
            if matches!(slot.state, State::Orphaned(_)) {
                std::mem::forget(std::mem::replace(&mut slot.state, State::Free));
                self.live -= 1;
            }
        }
        owed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use percore_testkit::counting_waker as waker;
    use std::cell::Cell;
    use std::rc::Rc;

    fn done(res: i32) -> Completion {
        Completion { res, flags: 0 }
    }

    fn more(res: i32) -> Completion {
        Completion {
            res,
            flags: CQE_F_MORE,
        }
    }

    #[test]
    fn single_shot_lifecycle() {
        let mut t = OpTable::default();
        let (flag, w) = waker();
        let ud = t.insert(Waiter::of(&w));
        assert_eq!(t.live(), 1);
        assert!(t.poll(ud, &w).is_none());
        let mut wake = Wakes::default();
        assert_eq!(t.complete(ud, done(5), &mut wake), Delivered::ToOwner);
        wake.others.drain(..).for_each(Waker::wake);
        assert_eq!(flag.get(), 1);
        assert_eq!(t.poll(ud, &w), Some((done(5), true)));
        t.remove(ud);
        assert_eq!(t.live(), 0);
        // The freed key is stale now, even once the index is reused.
        let ud2 = t.insert(Waiter::Nobody);
        assert_eq!(ud2 & 0xffff_ffff, ud & 0xffff_ffff);
        assert_ne!(ud2, ud);
        assert_eq!(t.complete(ud, done(1), &mut wake), Delivered::Stale);
    }

    #[test]
    fn a_slot_still_owed_a_completion_is_not_removed() {
        let mut t = OpTable::default();
        let (_f, w) = waker();
        let mut wake = Wakes::default();
        let pending = t.insert(Waiter::of(&w));
        let multi = t.insert(Waiter::Nobody);
        t.complete(multi, more(1), &mut wake);
        for ud in [pending, multi] {
            // A caller's bug: debug builds say so; either way the slot stays, for the kernel's
            // completion to find (freed, its index could name another operation meanwhile).
            let removed = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| t.remove(ud)));
            assert_eq!(removed.is_err(), cfg!(debug_assertions));
        }
        assert_eq!(t.live(), 2);
        assert_eq!(t.complete(pending, done(3), &mut wake), Delivered::ToOwner);
        assert_eq!(t.poll(pending, &w), Some((done(3), true)));
        t.complete(multi, done(0), &mut wake);
        assert_eq!(t.poll(multi, &w), Some((more(1), false)));
        assert_eq!(t.poll(multi, &w), Some((done(0), true)));
        t.remove(pending);
        t.remove(multi);
        assert_eq!(t.live(), 0);
    }

    #[test]
    fn a_refused_submission_frees_its_slot_and_a_stale_key_is_left_alone() {
        let mut t = OpTable::default();
        let (_f, w) = waker();
        let refused = t.insert(Waiter::of(&w));
        let other = t.insert(Waiter::of(&w));
        // SAFETY: no entry naming `refused` reached a kernel (there is none here).
        unsafe { t.remove_refused(refused) };
        assert_eq!(t.live(), 1);
        // Its index taken again: the old key names nothing, and freeing it again frees
        // nothing of the new operation's.
        let again = t.insert(Waiter::of(&w));
        assert_eq!(again & 0xffff_ffff, refused & 0xffff_ffff);
        // SAFETY: as above.
        unsafe { t.remove_refused(refused) };
        assert_eq!(t.live(), 2);
        let mut wake = Wakes::default();
        assert_eq!(t.complete(again, done(7), &mut wake), Delivered::ToOwner);
        assert_eq!(t.poll(again, &w), Some((done(7), true)));
        assert!(t.poll(other, &w).is_none());
    }

    #[test]
    fn multishot_queues_in_order() {
        let mut t = OpTable::default();
        let (_f, w) = waker();
        let ud = t.insert(Waiter::Nobody);
        let mut wake = Wakes::default();
        for i in 0..5 {
            t.complete(ud, more(i), &mut wake);
        }
        t.complete(ud, done(-125), &mut wake);
        for i in 0..5 {
            assert_eq!(t.poll(ud, &w), Some((more(i), false)));
        }
        assert_eq!(t.poll(ud, &w), Some((done(-125), true)));
        assert!(t.is_done(ud));
        t.remove(ud);
    }

    #[test]
    fn a_multishot_past_its_hold_pauses_once_and_ends_in_eagain() {
        let mut t = OpTable::default();
        let (_, w) = waker();
        let ud = t.insert(Waiter::of(&w));
        t.hold_at_most(ud, 1);
        let mut wake = Wakes::default();
        assert_eq!(t.complete(ud, more(1), &mut wake), Delivered::ToOwner);
        assert_eq!(t.complete(ud, more(2), &mut wake), Delivered::ToOwnerPause);
        // Once: the cancel is on its way; what lands before it still queues.
        assert_eq!(t.complete(ud, more(3), &mut wake), Delivered::ToOwner);
        assert_eq!(
            t.complete(ud, done(-libc::ECANCELED), &mut wake),
            Delivered::ToOwner
        );
        for res in [1, 2, 3] {
            assert_eq!(t.poll(ud, &w), Some((more(res), false)));
        }
        assert_eq!(t.poll(ud, &w), Some((done(-libc::EAGAIN), true)));
        t.remove(ud);
        // The slot's next operation starts without a bound.
        let next = t.insert(Waiter::of(&w));
        assert_eq!(next as u32, ud as u32, "the slot is reused");
        for res in 0..8 {
            assert_eq!(t.complete(next, more(res), &mut wake), Delivered::ToOwner);
        }
        // Without a pause, ECANCELED stays ECANCELED (a cancel of the owner's own).
        t.complete(next, done(-libc::ECANCELED), &mut wake);
        for res in 0..8 {
            assert_eq!(t.poll(next, &w), Some((more(res), false)));
        }
        assert_eq!(t.poll(next, &w), Some((done(-libc::ECANCELED), true)));
        t.remove(next);
        // Taken as they come, a receive with a bound of 1 never pauses.
        let taken = t.insert(Waiter::of(&w));
        t.hold_at_most(taken, 1);
        for res in 0..4 {
            assert_eq!(t.complete(taken, more(res), &mut wake), Delivered::ToOwner);
            assert_eq!(t.poll(taken, &w), Some((more(res), false)));
        }
    }

    struct Counting {
        seen: Rc<Cell<u32>>,
        dropped: Rc<Cell<bool>>,
    }
    impl Orphan for Counting {
        fn on_completion(&mut self, _c: Completion) {
            self.seen.set(self.seen.get() + 1);
        }
    }
    impl Drop for Counting {
        fn drop(&mut self) {
            self.dropped.set(true);
        }
    }

    #[test]
    fn orphan_keeps_data_until_final_completion() {
        let mut t = OpTable::default();
        let ud = t.insert(Waiter::Nobody);
        let mut wake = Wakes::default();
        t.complete(ud, more(3), &mut wake);
        let seen = Rc::new(Cell::new(0));
        let dropped = Rc::new(Cell::new(false));
        let orphaning = t.orphan(
            ud,
            Box::new(Counting {
                seen: seen.clone(),
                dropped: dropped.clone(),
            }),
        );
        assert!(matches!(orphaning, Orphaning::Cancel));
        assert_eq!(seen.get(), 1, "queued completion handed to the orphan");
        assert!(!dropped.get());
        assert_eq!(t.complete(ud, more(4), &mut wake), Delivered::ToOrphan);
        assert!(!dropped.get());
        assert_eq!(t.complete(ud, done(-125), &mut wake), Delivered::ToOrphan);
        assert!(!dropped.get(), "released, not dropped inside the pass");
        drop(t.pop_released().expect("released"));
        assert!(dropped.get(), "data dropped after the final completion");
        assert!(!t.has_released());
        assert_eq!(seen.get(), 3);
        assert_eq!(t.live(), 0);
        assert!(wake.is_empty());
    }

    #[test]
    fn orphan_after_final_frees_at_once() {
        let mut t = OpTable::default();
        let ud = t.insert(Waiter::Nobody);
        let mut wake = Wakes::default();
        t.complete(ud, done(7), &mut wake);
        let seen = Rc::new(Cell::new(0));
        let dropped = Rc::new(Cell::new(false));
        let orphaning = t.orphan(
            ud,
            Box::new(Counting {
                seen: seen.clone(),
                dropped: dropped.clone(),
            }),
        );
        assert!(matches!(orphaning, Orphaning::Release(_)));
        assert!(
            !dropped.get(),
            "handed back to be dropped outside the borrow"
        );
        drop(orphaning);
        assert!(dropped.get());
        assert_eq!(seen.get(), 1);
        assert_eq!(t.live(), 0);
    }

    fn counting() -> (Box<Counting>, Rc<Cell<bool>>) {
        let dropped = Rc::new(Cell::new(false));
        let orphan = Box::new(Counting {
            seen: Rc::new(Cell::new(0)),
            dropped: dropped.clone(),
        });
        (orphan, dropped)
    }

    #[test]
    fn after_teardown_an_owner_still_owed_a_completion_leaks_its_data() {
        let mut t = OpTable::default();
        let mut wake = Wakes::default();
        let owed_owner = t.insert(Waiter::Nobody);
        let answered_owner = t.insert(Waiter::Nobody);
        t.complete(answered_owner, done(5), &mut wake);
        let orphaned = t.insert(Waiter::Nobody);
        let (orphan, orphan_dropped) = counting();
        assert!(matches!(t.orphan(orphaned, orphan), Orphaning::Cancel));
        // Owed: the one in flight and the orphan; the answered one is owed nothing.
        assert_eq!(t.owed(), 2);
        assert_eq!(t.give_up(), 2);
        assert!(!orphan_dropped.get(), "an orphan still owed is leaked");
        // An owner dropped after the teardown: its data may still be the kernel's.
        let (data, dropped) = counting();
        assert!(
            matches!(t.orphan(owed_owner, data), Orphaning::Leaked),
            "no cancel on a ring given up"
        );
        assert!(!dropped.get(), "data the kernel may still write was freed");
        // One whose completion came is taken as before, and its data freed when dropped.
        let w = waker().1;
        assert_eq!(t.poll(answered_owner, &w), Some((done(5), true)));
        let again = t.insert(Waiter::Nobody);
        t.complete(again, done(1), &mut wake);
        let (data, dropped) = counting();
        assert!(matches!(t.orphan(again, data), Orphaning::Release(_)));
        assert!(dropped.get());
    }

    #[test]
    #[should_panic(expected = "polled after its proactor was dropped")]
    fn after_teardown_polling_an_operation_still_owed_panics() {
        let mut t = OpTable::default();
        let ud = t.insert(Waiter::Nobody);
        t.give_up();
        t.poll(ud, &waker().1);
    }

    #[test]
    fn reserved_values_never_name_a_slot() {
        let mut t = OpTable::default();
        for _ in 0..10 {
            let ud = t.insert(Waiter::Nobody);
            assert!(!reserved::is_reserved(ud));
        }
        for r in [
            reserved::WAKE,
            reserved::CANCEL,
            reserved::LINK_TIMEOUT,
            reserved::CLOSE,
        ] {
            assert!(reserved::is_reserved(r));
        }
    }

    #[test]
    fn generation_wraps_without_reaching_reserved() {
        let mut t = OpTable::default();
        let _ = t.insert(Waiter::Nobody);
        t.slots[0].generation = MAX_GENERATION;
        let ud_max = key(0, MAX_GENERATION);
        let mut wake = Wakes::default();
        t.complete(ud_max, done(0), &mut wake);
        t.remove(ud_max);
        let again = t.insert(Waiter::Nobody);
        assert_eq!(again, key(0, 0));
        assert!(!reserved::is_reserved(again));
    }

    #[test]
    fn buffer_id_and_result() {
        let c = Completion {
            res: 10,
            flags: CQE_F_BUFFER | (42 << 16),
        };
        assert_eq!(c.buffer_id(), Some(42));
        assert_eq!(c.result().unwrap(), 10);
        let e = Completion {
            res: -libc::ENOBUFS,
            flags: 0,
        };
        assert_eq!(e.buffer_id(), None);
        assert_eq!(e.result().unwrap_err().raw_os_error(), Some(libc::ENOBUFS));
    }
}
