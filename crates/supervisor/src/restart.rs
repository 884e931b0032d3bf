//! When to restart a worker that ended: exponential backoff, reset after a stable period.

use std::time::{Duration, Instant};

/// First delay after a failure.
pub(crate) const BASE: Duration = Duration::from_millis(100);
/// Longest delay.
pub(crate) const MAX: Duration = Duration::from_secs(30);
/// A worker that served this long (set up) without failing starts its backoff over.
pub(crate) const STABLE: Duration = Duration::from_secs(60);

/// The restart schedule of one worker slot.
#[derive(Debug, Clone)]
pub(crate) struct Backoff {
    failures: u32,
    /// Since when the worker serves (its app set up); `None` while a restart sets up.
    serving_since: Option<Instant>,
}

impl Backoff {
    /// The schedule of a worker serving since `now`.
    pub(crate) fn new(now: Instant) -> Backoff {
        Backoff {
            failures: 0,
            serving_since: Some(now),
        }
    }

    /// The worker ended at `now`: the delay before it may start again.
    pub(crate) fn on_exit(&mut self, now: Instant) -> Duration {
        if self
            .serving_since
            .is_some_and(|since| now.saturating_duration_since(since) >= STABLE)
        {
            self.failures = 0;
        }
        self.serving_since = None;
        self.next_delay()
    }

    /// A restart failed: the delay before the next try. The worker did not run, so the time
    /// since its last start is no stable period: the delay keeps growing.
    pub(crate) fn on_failed_start(&mut self) -> Duration {
        self.next_delay()
    }

    fn next_delay(&mut self) -> Duration {
        let delay = BASE
            .checked_mul(1u32 << self.failures.min(16))
            .unwrap_or(MAX)
            .min(MAX);
        self.failures = self.failures.saturating_add(1);
        delay
    }

    /// The restarted worker's app is set up, at `now`: it serves from then on. A restart
    /// that never sets up (failing, or stalling until stopped) is no stable period, however
    /// long it took.
    pub(crate) fn on_set_up(&mut self, now: Instant) {
        self.serving_since = Some(now);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doubles_up_to_the_cap_and_resets_after_a_stable_run() {
        let t0 = Instant::now();
        let mut b = Backoff::new(t0);
        let delays: Vec<_> = (0..12).map(|_| b.on_exit(t0)).collect();
        assert_eq!(delays[0], Duration::from_millis(100));
        assert_eq!(delays[1], Duration::from_millis(200));
        assert_eq!(delays[4], Duration::from_millis(1600));
        assert_eq!(*delays.last().unwrap(), MAX);
        b.on_set_up(t0);
        assert_eq!(b.on_exit(t0 + STABLE), BASE, "reset after a stable period");
    }

    #[test]
    fn a_restart_that_sets_up_for_long_and_fails_is_no_stable_period() {
        let t0 = Instant::now();
        let mut b = Backoff::new(t0);
        assert_eq!(b.on_exit(t0), BASE);
        // Restarted, its set-up stalls for two stable periods and is stopped: not set up.
        assert_eq!(b.on_exit(t0 + 2 * STABLE), 2 * BASE);
        b.on_set_up(t0 + 2 * STABLE);
        assert_eq!(b.on_exit(t0 + 3 * STABLE), BASE, "served a stable period");
    }

    #[test]
    fn failed_restarts_keep_backing_off_long_after_the_last_start() {
        let t0 = Instant::now();
        let mut b = Backoff::new(t0);
        // The worker ran for an hour, ended, and every restart since fails.
        let later = t0 + 60 * STABLE;
        assert_eq!(b.on_exit(later), BASE);
        let delays: Vec<_> = (0..4).map(|_| b.on_failed_start()).collect();
        assert_eq!(
            delays,
            [200, 400, 800, 1600].map(Duration::from_millis),
            "a failed start is no stable period"
        );
    }
}
