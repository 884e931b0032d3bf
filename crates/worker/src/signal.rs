//! Single-threaded signals between a worker's tasks: a latch (drain, stop) and an event (a
//! connection slot came free), and the slab of waiters behind both.
//!
//! A waiter owns one slot from its first pending poll until it is dropped: polled again, it
//! only refreshes its waker in place. So a task that selects on a signal at every step holds
//! one slot, not one per poll, and once the slab has grown to the largest number of waiters
//! at once, waiting costs no allocation.
//!
//! A latch does better for the tasks of its own worker: setting it polls every task of the
//! worker once (`percore_proactor::wake_every_task`), so a waiter polled by one of them keeps
//! no slot at all. A drain signal held by 100,000 connections costs them nothing but the
//! future's own few bytes.

use std::cell::{Cell, RefCell};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, Waker};

/// Wakers of the futures waiting on one signal, each in a slot it holds until it drops.
#[derive(Debug, Default)]
pub(crate) struct Waiters {
    slots: RefCell<Slots>,
}

#[derive(Debug, Default)]
struct Slots {
    /// A held slot's waker; `None` while its future has been woken and not polled since.
    wakers: Vec<Option<Waker>>,
    /// Slots no future holds.
    free: Vec<u32>,
    /// Held slots.
    held: usize,
}

impl Waiters {
    /// Stores `waker` in the slot `slot` holds, taking a slot first when it holds none.
    fn register(&self, slot: &mut Option<u32>, waker: &Waker) {
        let mut s = self.slots.borrow_mut();
        let index = match *slot {
            Some(i) => i,
            None => {
                let i = match s.free.pop() {
                    Some(i) => i,
                    None => {
                        s.wakers.push(None);
                        u32::try_from(s.wakers.len() - 1).expect("fewer than 2^32 waiters")
                    }
                };
                s.held += 1;
                *slot = Some(i);
                i
            }
        };
        let stored = &mut s.wakers[index as usize];
        if !stored.as_ref().is_some_and(|w| w.will_wake(waker)) {
            *stored = Some(waker.clone());
        }
    }

    /// Gives a slot back (its future is dropped).
    fn release(&self, slot: u32) {
        // A waiter dropped while the slab is being woken (it cannot be: wakes only schedule)
        // would find it borrowed; its slot is then simply not reused.
        if let Ok(mut s) = self.slots.try_borrow_mut() {
            s.wakers[slot as usize] = None;
            s.free.push(slot);
            s.held -= 1;
        }
    }

    /// Wakes every waiter, outside the borrow.
    fn wake_all(&self) {
        let woken: Vec<Waker> = {
            let mut s = self.slots.borrow_mut();
            if s.held == 0 {
                return;
            }
            s.wakers.iter_mut().filter_map(Option::take).collect()
        };
        woken.into_iter().for_each(Waker::wake);
    }

    /// Futures holding a slot now.
    #[cfg(test)]
    fn held(&self) -> usize {
        self.slots.borrow().held
    }

    /// Slots ever made (held or free).
    #[cfg(test)]
    fn capacity(&self) -> usize {
        self.slots.borrow().wakers.len()
    }
}

/// A flag that, once set, stays set and wakes everyone waiting for it.
#[derive(Debug, Default)]
pub(crate) struct Latch {
    set: Cell<bool>,
    waiters: Waiters,
}

impl Latch {
    pub(crate) fn set(&self) {
        if !self.set.replace(true) {
            self.waiters.wake_all();
            // Waiters polled by this worker's tasks registered nothing: poll them all.
            percore_proactor::wake_every_task();
        }
    }

    pub(crate) fn is_set(&self) -> bool {
        self.set.get()
    }

    /// Resolves once the latch is set.
    pub(crate) fn wait(&self) -> LatchWait<&Latch> {
        LatchWait {
            latch: self,
            slot: None,
        }
    }
}

/// Future of [`Latch::wait`], over anything that reaches the latch (a reference, or an `Rc`
/// for a future that must own its way to it).
#[derive(Debug)]
#[must_use = "futures do nothing unless awaited"]
pub(crate) struct LatchWait<L: std::ops::Deref<Target = Latch>> {
    latch: L,
    /// A slot of the latch's waiters, held only while polled by a waker that is not a task of
    /// this worker (those are all polled when the latch is set).
    slot: Option<u32>,
}

impl<L: std::ops::Deref<Target = Latch>> LatchWait<L> {
    pub(crate) fn new(latch: L) -> Self {
        LatchWait { latch, slot: None }
    }

    pub(crate) fn latch(&self) -> &Latch {
        &self.latch
    }
}

impl<L: std::ops::Deref<Target = Latch>> Unpin for LatchWait<L> {}

impl<L: std::ops::Deref<Target = Latch>> Future for LatchWait<L> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        if this.latch.is_set() {
            return Poll::Ready(());
        }
        if percore_proactor::is_task_waker(cx.waker()) {
            // Setting the latch polls every task of the worker: nothing to register (and a
            // slot an earlier, other waker took is given back).
            if let Some(slot) = this.slot.take() {
                this.latch.waiters.release(slot);
            }
            return Poll::Pending;
        }
        this.latch.waiters.register(&mut this.slot, cx.waker());
        Poll::Pending
    }
}

impl<L: std::ops::Deref<Target = Latch>> Drop for LatchWait<L> {
    fn drop(&mut self) {
        if let Some(slot) = self.slot.take() {
            self.latch.waiters.release(slot);
        }
    }
}

/// Wakes whoever waits at the moment it fires; keeps no state.
#[derive(Debug, Default)]
pub(crate) struct Event {
    generation: Cell<u64>,
    waiters: Waiters,
}

impl Event {
    pub(crate) fn fire(&self) {
        self.generation.set(self.generation.get() + 1);
        self.waiters.wake_all();
    }

    /// Waits for the next `fire`.
    pub(crate) fn wait(&self) -> EventWait<'_> {
        EventWait {
            event: self,
            start: self.generation.get(),
            slot: None,
        }
    }
}

/// Future of [`Event::wait`].
#[derive(Debug)]
#[must_use = "futures do nothing unless awaited"]
pub(crate) struct EventWait<'a> {
    event: &'a Event,
    start: u64,
    slot: Option<u32>,
}

impl Future for EventWait<'_> {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = self.get_mut();
        if this.event.generation.get() != this.start {
            return Poll::Ready(());
        }
        this.event.waiters.register(&mut this.slot, cx.waker());
        Poll::Pending
    }
}

impl Drop for EventWait<'_> {
    fn drop(&mut self) {
        if let Some(slot) = self.slot.take() {
            self.event.waiters.release(slot);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use percore_testkit::counting_waker as counting;

    fn poll<F: Future + Unpin>(f: &mut F, w: &Waker) -> Poll<F::Output> {
        Pin::new(f).poll(&mut Context::from_waker(w))
    }

    #[test]
    fn a_waiter_polled_many_times_holds_one_slot() {
        let latch = Latch::default();
        let (count, w) = counting();
        let mut wait = latch.wait();
        for _ in 0..1000 {
            assert!(poll(&mut wait, &w).is_pending());
        }
        assert_eq!(latch.waiters.held(), 1);
        assert_eq!(latch.waiters.capacity(), 1);
        latch.set();
        assert_eq!(count.get(), 1, "woken once");
        assert!(poll(&mut wait, &w).is_ready());
        drop(wait);
        assert_eq!(latch.waiters.held(), 0);
    }

    #[test]
    fn slots_are_reused_and_every_waiter_is_woken() {
        let latch = Latch::default();
        let (count, w) = counting();
        for _ in 0..3 {
            let mut waits: Vec<_> = (0..100).map(|_| latch.wait()).collect();
            for wait in &mut waits {
                assert!(poll(wait, &w).is_pending());
            }
        }
        assert_eq!(
            latch.waiters.capacity(),
            100,
            "dropped waiters' slots are reused"
        );
        let mut waits: Vec<_> = (0..50).map(|_| latch.wait()).collect();
        for wait in &mut waits {
            assert!(poll(wait, &w).is_pending());
        }
        latch.set();
        assert_eq!(count.get(), 50);
        assert!(waits.iter_mut().all(|wait| poll(wait, &w).is_ready()));
        // Waiting after the fact is ready at once and takes no slot.
        let mut late = latch.wait();
        assert!(poll(&mut late, &w).is_ready());
        drop(waits);
        assert_eq!(latch.waiters.held(), 0);
    }

    #[test]
    fn an_event_wakes_those_waiting_when_it_fires_only() {
        let event = Event::default();
        let (count, w) = counting();
        let mut before = event.wait();
        assert!(poll(&mut before, &w).is_pending());
        event.fire();
        let mut after = event.wait();
        assert!(poll(&mut before, &w).is_ready());
        assert!(poll(&mut after, &w).is_pending());
        assert_eq!(count.get(), 1);
        drop((before, after));
        assert_eq!(event.waiters.held(), 0);
    }
}

#[cfg(test)]
mod broadcast_tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn tasks_of_the_worker_wait_on_a_latch_with_no_slot_and_all_see_it_set() {
        let proactor = percore_proactor::Proactor::builder().build().unwrap();
        proactor.block_on(async {
            let latch = Rc::new(Latch::default());
            let tasks: Vec<_> = (0..1000)
                .map(|_| {
                    let latch = latch.clone();
                    percore_proactor::spawn(async move { LatchWait::new(latch).await })
                })
                .collect();
            // Let every task poll its wait once.
            percore_proactor::yield_now().await;
            percore_proactor::yield_now().await;
            assert_eq!(latch.waiters.held(), 0, "task wakers keep no slot");
            assert_eq!(latch.waiters.capacity(), 0);
            latch.set();
            for t in tasks {
                percore_proactor::time::timeout(std::time::Duration::from_secs(5), t)
                    .await
                    .expect("every task saw the latch set")
                    .unwrap();
            }
        });
    }
}
