//! When to restart a worker that ended: exponential backoff, reset after a stable period.

use std::time::{Duration, Instant};

/// First delay after a failure.
pub(crate) const BASE: Duration = Duration::from_millis(100);
/// Longest delay.
pub(crate) const MAX: Duration = Duration::from_secs(30);
/// A worker that ran this long without failing starts its backoff over.
pub(crate) const STABLE: Duration = Duration::from_secs(60);

/// The restart schedule of one worker slot.
#[derive(Debug, Clone)]
pub(crate) struct Backoff {
    failures: u32,
    started: Instant,
}

impl Backoff {
    pub(crate) fn new(now: Instant) -> Backoff {
        Backoff {
            failures: 0,
            started: now,
        }
    }

    /// The worker ended at `now`: the delay before it may start again.
    pub(crate) fn on_exit(&mut self, now: Instant) -> Duration {
        if now.saturating_duration_since(self.started) >= STABLE {
            self.failures = 0;
        }
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

    /// The worker started again at `now`.
    pub(crate) fn on_start(&mut self, now: Instant) {
        self.started = now;
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
        b.on_start(t0);
        assert_eq!(b.on_exit(t0 + STABLE), BASE, "reset after a stable period");
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
