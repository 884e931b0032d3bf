//! Sleeps, timeouts and deadlines, kept on the executor: a timer costs a heap entry, never an
//! SQE, and the tick's single kernel wait is bounded by the nearest deadline.
//!
//! Moving a deadline later is lazy twice over. [`Sleep::reset`], as idle timeouts do on every
//! request, only marks the sleep: the executor's timer keeps the earlier deadline, wakes the
//! task once then, and the sleep's poll arms it again for the rest. Moved in the timer table
//! itself (that re-arming, or a reset earlier than the sleep's deadline but later than the
//! timer's), a deadline only rewrites its slot, and the old heap entry re-queues itself when
//! it comes up. Entries of dropped timers are skipped when they surface, and the heap is
//! rebuilt from the live slots once stale entries outnumber them.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::fmt;
use std::future::{Future, IntoFuture};
use std::pin::{Pin, pin};
use std::rc::Rc;
use std::task::{Context, Poll, Waker};
use std::time::Duration;

pub use std::time::Instant;

use crate::executor::wakes::Wakes;
use crate::runtime::{self, Runtime};
use crate::slots::{Key, Slots};

/// Names a timer in its runtime's [`Timers`].
pub(crate) type TimerKey = Key;

/// A time as the timers keep it: nanoseconds since their `base`. Half an `Instant`: every
/// timer (one per idle connection, say) holds two in its slot and one in its heap entry, 24
/// bytes less per timer, 0.02 KiB of percore-static's 0.52 KiB per idle connection (10,000
/// idle connections, AMD EPYC). The price is a subtraction of `Instant`s where a deadline comes
/// in, about 40 instructions, paid once for the deadlines of one tick that are the same
/// instant (the tick's clock reading plus one timeout: an echo connection that alternates its
/// read and write timeouts moves its timer sooner on every round trip, to the deadline of every
/// other connection served in that tick).
type Tick = u64;

#[derive(Debug)]
struct TimerState {
    deadline: Tick,
    /// The time of this timer's entry in the heap (at most `deadline`).
    queued_at: Tick,
    waker: Option<Waker>,
    fired: bool,
}

// A timer's slot stays within 48 bytes, its heap entry within 16.
const _: () = assert!(std::mem::size_of::<TimerState>() <= 40);
const _: () = assert!(std::mem::size_of::<Reverse<(Tick, Key)>>() == 16);

/// The timers of one runtime.
#[derive(Debug)]
pub(crate) struct Timers {
    /// What ticks count from: when the timers were made. An earlier deadline is tick 0 (it
    /// has passed already, and fires as soon as a later one would).
    base: Instant,
    /// The last time converted, and its tick.
    last: (Instant, Tick),
    slots: Slots<TimerState>,
    /// `(deadline, key)`: stale once the key is, or once the timer's `queued_at` moved.
    heap: BinaryHeap<Reverse<(Tick, Key)>>,
    /// Tests only: heap entries looked at by compactions so far (counted as the compaction
    /// looks at them).
    #[cfg(test)]
    compacted: usize,
}

/// The timer in `slots` of the heap entry `(at, key)`, if that entry is its live entry and
/// unfired (a free function, for a caller that holds the heap borrowed).
fn current(slots: &mut Slots<TimerState>, at: Tick, key: Key) -> Option<&mut TimerState> {
    slots
        .get_mut(key)
        .filter(|state| !state.fired && state.queued_at == at)
}

impl Default for Timers {
    fn default() -> Self {
        let base = Instant::now();
        Timers {
            base,
            last: (base, 0),
            slots: Slots::default(),
            heap: BinaryHeap::new(),
            #[cfg(test)]
            compacted: 0,
        }
    }
}

const COMPACT_MIN: usize = 1024;

impl Timers {
    /// Number of registered timers.
    pub(crate) fn live(&self) -> usize {
        self.slots.live()
    }

    /// Whether nothing is queued, so a tick need not read the clock.
    pub(crate) fn is_idle(&self) -> bool {
        self.heap.is_empty()
    }

    /// `at` in ticks: nanoseconds since `base` (0 before it; a deadline some 584 years away
    /// saturates, and is never reached either way).
    fn tick(&mut self, at: Instant) -> Tick {
        // Deadlines set in one tick mostly share it: its clock reading plus a connection's
        // timeout, the same for every connection. One conversion serves them all.
        if at == self.last.0 {
            return self.last.1;
        }
        let since = at.saturating_duration_since(self.base);
        // In 64 bits: `as_nanos` would multiply in 128.
        let tick = since
            .as_secs()
            .saturating_mul(1_000_000_000)
            .saturating_add(u64::from(since.subsec_nanos()));
        self.last = (at, tick);
        tick
    }

    pub(crate) fn insert(&mut self, deadline: Instant, waker: Waker) -> TimerKey {
        let deadline = self.tick(deadline);
        let key = self.slots.insert(TimerState {
            deadline,
            queued_at: deadline,
            waker: Some(waker),
            fired: false,
        });
        self.heap.push(Reverse((deadline, key)));
        key
    }

    /// Moves a timer's deadline and re-arms it if it had fired.
    pub(crate) fn reset(&mut self, key: TimerKey, deadline: Instant) {
        let deadline = self.tick(deadline);
        let Some(state) = self.slots.get_mut(key) else {
            return;
        };
        state.deadline = deadline;
        let refire = state.fired;
        state.fired = false;
        if deadline < state.queued_at || refire {
            state.queued_at = deadline;
            self.heap.push(Reverse((deadline, key)));
        }
    }

    /// Whether the timer fired; otherwise remembers `waker`.
    pub(crate) fn poll(&mut self, key: TimerKey, waker: &Waker) -> bool {
        let Some(state) = self.slots.get_mut(key) else {
            return true;
        };
        if state.fired {
            return true;
        }
        match &mut state.waker {
            Some(w) if w.will_wake(waker) => {}
            w => *w = Some(waker.clone()),
        }
        false
    }

    pub(crate) fn remove(&mut self, key: TimerKey) {
        if self.slots.remove(key).is_some()
            && self.heap.len() > COMPACT_MIN
            && self.heap.len() > 2 * self.slots.live()
        {
            self.compact();
        }
    }

    /// Drops the heap's stale entries, keeping each live, unfired timer's current one: in the
    /// time of the heap, not of every slot the timers have ever used (after a burst of a
    /// million, a few thousand live timers would pay for the million at every compaction).
    fn compact(&mut self) {
        let slots = &mut self.slots;
        // What the compaction looks at, counted for the tests (one add per entry, on a path
        // amortised over the removals that made the heap twice the live timers).
        let mut looked = 0usize;
        self.heap.retain(|&Reverse((at, key))| {
            looked += 1;
            current(slots, at, key).is_some()
        });
        #[cfg(test)]
        {
            self.compacted += looked;
        }
        #[cfg(not(test))]
        let _ = looked;
    }

    /// The timer of the heap entry `(at, key)`, if that entry is its live entry and unfired.
    fn current(&mut self, at: Tick, key: Key) -> Option<&mut TimerState> {
        current(&mut self.slots, at, key)
    }

    /// The nearest deadline, dropping stale entries on the way.
    pub(crate) fn next_deadline(&mut self) -> Option<Instant> {
        while let Some(&Reverse((at, key))) = self.heap.peek() {
            if self.current(at, key).is_some() {
                // In range: `base + at` is no later than the later of the deadline the tick
                // came from and `base` (the deadline itself, unless it was before `base` or
                // saturated some 584 years on).
                return Some(self.base + Duration::from_nanos(at));
            }
            self.heap.pop();
        }
        None
    }

    /// Fires every timer due at `now`, moving their wakers into `wake`.
    pub(crate) fn fire(&mut self, now: Instant, wake: &mut Wakes) {
        let now = self.tick(now);
        while let Some(&Reverse((at, key))) = self.heap.peek() {
            if at > now {
                return;
            }
            self.heap.pop();
            let Some(state) = self.current(at, key) else {
                continue;
            };
            if state.deadline > now {
                // Moved later since it was queued: queue it again at its new time.
                state.queued_at = state.deadline;
                let deadline = state.deadline;
                self.heap.push(Reverse((deadline, key)));
                continue;
            }
            state.fired = true;
            if let Some(w) = state.waker.take() {
                wake.push(w);
            }
        }
    }
}

/// A future that completes at a deadline. Created by [`sleep`] and [`sleep_until`].
///
/// It registers with the executor's timers when first polled and unregisters when dropped.
#[must_use = "futures do nothing unless awaited"]
pub struct Sleep {
    rt: Rc<Runtime>,
    deadline: Instant,
    key: Option<TimerKey>,
    /// The deadline moved later than the executor's timer holds (with `key`): kept here only
    /// until the timer fires and `poll` re-arms it, so that an idle timeout pushed back on
    /// every request costs a comparison, not a timer update. A flag rather than the timer's
    /// deadline: it fits in the padding, and an idle connection's task stays as small.
    moved_later: bool,
}

impl fmt::Debug for Sleep {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Sleep")
            .field("deadline", &self.deadline)
            .finish()
    }
}

/// Sleeps for `duration`.
///
/// # Panics
///
/// Panics when called outside [`crate::Proactor::block_on`].
pub fn sleep(duration: Duration) -> Sleep {
    sleep_until(deadline_after(duration))
}

/// Sleeps until `deadline`.
///
/// # Panics
///
/// Panics when called outside [`crate::Proactor::block_on`].
pub fn sleep_until(deadline: Instant) -> Sleep {
    Sleep {
        rt: runtime::current(),
        deadline,
        key: None,
        moved_later: false,
    }
}

/// The longest wait the proactor arms: about 30 years, "practically never". Longer durations
/// (up to `Duration::MAX`) are cut to it, so that they are representable as an `Instant` and
/// as the kernel's timespec (whose seconds are signed: 2^63 s and more would be refused).
pub(crate) const FAR: Duration = Duration::from_secs(30 * 365 * 86_400);

/// The instant `duration` from now, the duration cut to [`FAR`].
pub(crate) fn deadline_after(duration: Duration) -> Instant {
    Instant::now() + duration.min(FAR)
}

impl Sleep {
    /// A sleep of `duration` on `rt` (for operations that carry their runtime).
    pub(crate) fn in_runtime(rt: Rc<Runtime>, duration: Duration) -> Sleep {
        Sleep {
            rt,
            deadline: deadline_after(duration),
            key: None,
            moved_later: false,
        }
    }

    /// The deadline this sleep completes at.
    pub fn deadline(&self) -> Instant {
        self.deadline
    }

    /// Whether the deadline has passed.
    pub fn is_elapsed(&self) -> bool {
        Instant::now() >= self.deadline
    }

    /// Moves the deadline (earlier or later), re-arming a sleep that already completed. Cheap
    /// enough to call on every request for an idle timeout: moved later, only the sleep
    /// itself changes (the executor's timer, still at the earlier deadline, wakes the task
    /// once then, and the poll re-arms it for the rest).
    pub fn reset(&mut self, deadline: Instant) {
        // The same deadline counts as later: resets within one tick read the tick's one clock
        // reading, and the second of them must not cost a timer update either.
        let later = deadline >= self.deadline;
        self.deadline = deadline;
        let Some(key) = self.key else { return };
        if later {
            self.moved_later = true;
        } else {
            self.rt.timers.borrow_mut().reset(key, deadline);
            self.moved_later = false;
        }
    }

    /// Moves the deadline to `duration` from now.
    pub fn reset_after(&mut self, duration: Duration) {
        self.reset(deadline_after(duration));
    }
}

impl Future for Sleep {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let this = &mut *self;
        match this.key {
            None => {
                if Instant::now() >= this.deadline {
                    return Poll::Ready(());
                }
                let key = this
                    .rt
                    .timers
                    .borrow_mut()
                    .insert(this.deadline, cx.waker().clone());
                this.key = Some(key);
                this.moved_later = false;
                Poll::Pending
            }
            Some(key) => {
                let mut timers = this.rt.timers.borrow_mut();
                if !timers.poll(key, cx.waker()) {
                    return Poll::Pending;
                }
                // Fired at the timer's deadline, but this sleep moved later since. The timer
                // is armed again at the new deadline, and even if that passed meanwhile it is
                // the executor's timers that complete it (on their next firing, as they would
                // a reset made before the fire), never this poll's own reading of the clock.
                if std::mem::take(&mut this.moved_later) {
                    timers.reset(key, this.deadline);
                    let fired = timers.poll(key, cx.waker());
                    debug_assert!(!fired, "a timer just re-armed has not fired");
                    return Poll::Pending;
                }
                Poll::Ready(())
            }
        }
    }
}

impl Drop for Sleep {
    fn drop(&mut self) {
        if let Some(key) = self.key.take()
            && let Ok(mut timers) = self.rt.timers.try_borrow_mut()
        {
            timers.remove(key);
        }
    }
}

/// The time as the current tick first read it: one clock read per tick however many callers
/// ask, at most a tick old (a tick polls up to `task_budget` tasks, then enters the kernel).
/// For deadlines computed on every request (an idle timeout pushed back), not for measuring;
/// outside a proactor, the clock now.
pub fn now() -> Instant {
    runtime::with_current(Runtime::tick_now).unwrap_or_else(Instant::now)
}

/// `CLOCK_MONOTONIC` now, in microseconds: the clock `Instant` reads, as a number (systemd's
/// `MONOTONIC_USEC` is one).
pub fn monotonic_micros() -> u64 {
    crate::sys::monotonic_micros()
}

/// The error of [`timeout`]: the deadline passed before the future completed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Elapsed(());

impl fmt::Display for Elapsed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("deadline has elapsed")
    }
}

impl std::error::Error for Elapsed {}

impl From<Elapsed> for std::io::Error {
    fn from(_: Elapsed) -> Self {
        std::io::Error::new(std::io::ErrorKind::TimedOut, "deadline has elapsed")
    }
}

/// Runs `future` for at most `duration`; a future that does not finish in time is dropped
/// (which cancels its in-flight operations) and [`Elapsed`] is returned.
///
/// # Examples
///
/// ```no_run
/// use std::time::Duration;
/// use percore_proactor::{Proactor, time};
///
/// Proactor::builder().build()?.block_on(async {
///     let slow = time::sleep(Duration::from_secs(10));
///     assert!(time::timeout(Duration::from_millis(10), slow).await.is_err());
/// });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Panics
///
/// Panics when called outside [`crate::Proactor::block_on`].
pub async fn timeout<F: IntoFuture>(duration: Duration, future: F) -> Result<F::Output, Elapsed> {
    timeout_at(deadline_after(duration), future).await
}

/// Runs `future` until `deadline` at most; see [`timeout`].
///
/// # Panics
///
/// Panics when called outside [`crate::Proactor::block_on`].
pub async fn timeout_at<F: IntoFuture>(deadline: Instant, future: F) -> Result<F::Output, Elapsed> {
    let mut sleep = sleep_until(deadline);
    timeout_on(&mut sleep, Some(deadline), future).await
}

/// Runs `future` until `deadline` at most, timed by `timer` (moved to the deadline): a
/// connection that waits many times keeps one timer rather than registering one per wait.
/// With no deadline, `future` runs to its end and `timer` is left alone.
///
/// # Panics
///
/// Panics when called outside [`crate::Proactor::block_on`].
pub async fn timeout_on<F: IntoFuture>(
    timer: &mut Sleep,
    deadline: Option<Instant>,
    future: F,
) -> Result<F::Output, Elapsed> {
    let Some(deadline) = deadline else {
        return Ok(future.await);
    };
    timer.reset(deadline);
    let mut future = pin!(future.into_future());
    std::future::poll_fn(|cx| {
        if let Poll::Ready(v) = future.as_mut().poll(cx) {
            return Poll::Ready(Ok(v));
        }
        match Pin::new(&mut *timer).poll(cx) {
            Poll::Ready(()) => Poll::Ready(Err(Elapsed(()))),
            Poll::Pending => Poll::Pending,
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn waker() -> Waker {
        percore_testkit::counting_waker().1
    }

    #[test]
    fn fires_in_deadline_order() {
        let mut t = Timers::default();
        let base = Instant::now();
        let ms = Duration::from_millis;
        let c = t.insert(base + ms(30), waker());
        let a = t.insert(base + ms(10), waker());
        let b = t.insert(base + ms(20), waker());
        assert_eq!(t.next_deadline(), Some(base + ms(10)));
        let mut wake = Wakes::default();
        t.fire(base + ms(15), &mut wake);
        assert_eq!((wake.tasks.len() + wake.others.len()), 1);
        assert!(t.poll(a, &waker()));
        assert!(!t.poll(b, &waker()));
        assert!(!t.poll(c, &waker()));
        t.fire(base + ms(30), &mut wake);
        assert!(t.poll(b, &waker()) && t.poll(c, &waker()));
        assert_eq!(t.next_deadline(), None);
    }

    #[test]
    fn deadlines_before_the_timers_or_far_ahead_are_kept_in_ticks() {
        let before = Instant::now();
        std::thread::sleep(Duration::from_millis(2));
        let mut t = Timers::default();
        // Before the timers' base: due at once, reported no earlier than the base.
        let past = t.insert(before, waker());
        let next = t.next_deadline().expect("queued");
        assert!(next >= before && next <= Instant::now());
        let mut wake = Wakes::default();
        t.fire(Instant::now(), &mut wake);
        assert!(t.poll(past, &waker()));
        assert_eq!(next, t.base);
        // A deadline ages away stays queued, never due, and converts back exactly.
        let far = Instant::now() + Duration::from_secs(200 * 365 * 86_400);
        let k = t.insert(far, waker());
        assert_eq!(t.next_deadline(), Some(far));
        t.fire(Instant::now() + Duration::from_secs(86_400), &mut wake);
        assert!(!t.poll(k, &waker()));
        // Past what a tick holds (584 years): saturated, reported at the furthest tick (no
        // later than the deadline), without overflow, and never due.
        let mut t = Timers::default();
        let beyond = Instant::now() + Duration::from_secs(600 * 365 * 86_400);
        let k = t.insert(beyond, waker());
        let furthest = t.base + Duration::from_nanos(u64::MAX);
        assert_eq!(t.next_deadline(), Some(furthest));
        assert!(furthest <= beyond);
        t.fire(Instant::now() + Duration::from_secs(86_400), &mut wake);
        assert!(!t.poll(k, &waker()));
        // A nanosecond apart is apart.
        let a = Instant::now() + Duration::from_secs(1);
        let b = a + Duration::from_nanos(1);
        let mut t = Timers::default();
        let kb = t.insert(b, waker());
        let ka = t.insert(a, waker());
        assert_eq!(t.next_deadline(), Some(a));
        t.fire(a, &mut wake);
        assert!(t.poll(ka, &waker()));
        assert!(!t.poll(kb, &waker()));
    }

    #[test]
    fn reset_later_and_earlier() {
        let mut t = Timers::default();
        let base = Instant::now();
        let ms = Duration::from_millis;
        let k = t.insert(base + ms(10), waker());
        t.reset(k, base + ms(50));
        let mut wake = Wakes::default();
        t.fire(base + ms(20), &mut wake);
        assert!(
            wake.is_empty(),
            "moved later: must not fire at the old time"
        );
        assert_eq!(t.next_deadline(), Some(base + ms(50)));
        t.reset(k, base + ms(5));
        assert_eq!(t.next_deadline(), Some(base + ms(5)));
        t.fire(base + ms(6), &mut wake);
        assert_eq!((wake.tasks.len() + wake.others.len()), 1);
        // Re-arming a fired timer makes it pending again.
        t.reset(k, base + ms(100));
        assert!(!t.poll(k, &waker()));
        t.fire(base + ms(100), &mut wake);
        assert!(t.poll(k, &waker()));
    }

    #[test]
    fn removed_timers_never_fire_and_heap_compacts() {
        let mut t = Timers::default();
        let base = Instant::now();
        let keys: Vec<_> = (0..5000)
            .map(|i| t.insert(base + Duration::from_millis(i), waker()))
            .collect();
        for k in &keys[..4990] {
            t.remove(*k);
        }
        assert_eq!(t.live(), 10);
        assert!(t.heap.len() < 2 * COMPACT_MIN, "heap compacted");
        let mut wake = Wakes::default();
        t.fire(base + Duration::from_secs(10), &mut wake);
        assert_eq!((wake.tasks.len() + wake.others.len()), 10);
    }

    #[test]
    fn compaction_after_a_burst_costs_what_the_heap_holds_not_the_burst() {
        let mut t = Timers::default();
        let base = Instant::now();
        let at = |i: u64| base + Duration::from_secs(60) + Duration::from_millis(i);
        // A burst of 100,000 timers, gone again but for 10.
        let burst: Vec<_> = (0..100_000).map(|i| t.insert(at(i), waker())).collect();
        for k in &burst[10..] {
            t.remove(*k);
        }
        // Then timers come and go at a low count: 20,000 of them, 1,500 live at a time.
        t.compacted = 0;
        let mut live = std::collections::VecDeque::new();
        for i in 0..20_000 {
            live.push_back(t.insert(at(i), waker()));
            if live.len() > 1500 {
                t.remove(live.pop_front().unwrap());
            }
        }
        assert!(t.heap.len() <= 2 * t.live() + 1 || t.heap.len() <= COMPACT_MIN + 1);
        // Each compaction looks at the heap (a few thousand entries), not at the 100,000
        // slots of the burst.
        assert!(
            t.compacted < 200_000,
            "compactions looked at {} entries",
            t.compacted
        );
    }
}
