//! What every connection of a worker shares: the settings, the receive ring, the counters,
//! the drain signal, the access log, the field lines every response carries, and a pool of
//! response buffers; and the handler.

use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use percore_http::{DateCache, Limits, Status};
use percore_proactor::BufRing;
use percore_proactor::time::{self, Instant};
use percore_worker::{Drain, LocalStats};

use crate::access_log::Logger;
use crate::settings::HttpSection;

/// Response buffers kept for reuse per core, and the largest capacity kept: a step of a file
/// read through a buffer, or a step of a body encrypted (its records' overhead included).
const POOL_BUFFERS: usize = 256;
const POOL_BUFFER_MAX: usize = percore_tls::sealed_len(crate::tls::TLS_STEP);

/// The timeouts of a connection, from `[timeouts]`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timeouts {
    /// A request head must arrive within this, from its first byte (then 408); so must each
    /// piece of a body being read.
    pub(crate) read: Option<Duration>,
    /// A kept-alive connection may wait this long for its next request.
    pub(crate) idle: Option<Duration>,
    /// A response from which nothing goes out for this long ends the connection.
    pub(crate) write: Option<Duration>,
    /// Once the worker drains, a connection waiting for a request is closed after waiting
    /// this long.
    pub(crate) drain_idle: Duration,
}

impl Timeouts {
    /// The timeouts of `[timeouts]`.
    pub(crate) fn from_settings(t: &percore_config::Timeouts) -> Timeouts {
        Timeouts {
            read: t.read.as_timeout(),
            idle: t.idle.as_timeout(),
            write: t.write.as_timeout(),
            drain_idle: t.drain_idle.0,
        }
    }
}

/// One worker's HTTP state, whatever its handler.
#[derive(Debug)]
pub(crate) struct Shared {
    pub(crate) http: HttpSection,
    pub(crate) limits: Limits,
    pub(crate) ring: BufRing,
    pub(crate) stats: Rc<LocalStats>,
    pub(crate) timeouts: Timeouts,
    pub(crate) log: Option<Logger>,
    /// The worker's drain signal.
    pub(crate) drain: Drain,
    date: RefCell<DateCache>,
    /// `Server: ...\r\n`, or empty.
    server: Vec<u8>,
    /// The `Server` and `Date` lines, rebuilt when the second changes.
    common: RefCell<Vec<u8>>,
    /// When the `Date` line is next rebuilt, on the tick's clock: the wall clock is read once
    /// a second, not once per response.
    refresh_at: Cell<Instant>,
    bufs: BufPool,
}

/// A worker's HTTP state and its handler: one `Rc` per connection reaches both.
#[derive(Debug)]
pub(crate) struct Site<H> {
    pub(crate) shared: Shared,
    pub(crate) handler: H,
}

impl Shared {
    pub(crate) fn new(
        http: HttpSection,
        ring: BufRing,
        stats: Rc<LocalStats>,
        timeouts: Timeouts,
        log: Option<Logger>,
        drain: Drain,
    ) -> Shared {
        let server = if http.server.is_empty() {
            Vec::new()
        } else {
            format!("Server: {}\r\n", http.server).into_bytes()
        };
        Shared {
            limits: http.limits(),
            http,
            ring,
            stats,
            timeouts,
            log,
            drain,
            date: RefCell::new(DateCache::default()),
            server,
            common: RefCell::new(Vec::new()),
            refresh_at: Cell::new(time::now()),
            bufs: BufPool::default(),
        }
    }

    /// When a connection waiting for a request since `since` is closed: at the idle timeout
    /// (if any), and once the worker drains, no later than `drain_idle` after `since` (at once
    /// if that has passed). `None`: never.
    pub(crate) fn idle_deadline(&self, since: Instant) -> Option<Instant> {
        let idle = self.timeouts.idle.map(|d| since + d);
        if !self.drain.is_draining() {
            return idle;
        }
        let drained = since + self.timeouts.drain_idle;
        Some(idle.map_or(drained, |i| i.min(drained)))
    }

    /// The `Server` and `Date` lines every response carries.
    pub(crate) fn common(&self) -> Ref<'_, [u8]> {
        let now = time::now();
        if now >= self.refresh_at.get() {
            let wall = SystemTime::now();
            let mut common = self.common.borrow_mut();
            common.clear();
            common.extend_from_slice(&self.server);
            common.extend_from_slice(self.date.borrow_mut().line(wall));
            let into_second = wall
                .duration_since(UNIX_EPOCH)
                .unwrap_or_default()
                .subsec_nanos();
            self.refresh_at
                .set(now + Duration::from_nanos(u64::from(1_000_000_000 - into_second)));
        }
        Ref::map(self.common.borrow(), Vec::as_slice)
    }

    /// Counts a response sent, by its status's class.
    pub(crate) fn count(&self, status: Status) {
        self.stats.response(status.code());
    }

    /// Bytes a connection takes into its stash while it sends or waits, at most, before its
    /// receive pauses: `STASH_MAX`, or two heads when `max_head` is larger.
    pub(crate) fn stash_max(&self) -> usize {
        crate::conn::STASH_MAX.max(2 * self.limits.max_head)
    }

    /// A response buffer from the pool (or a new one).
    pub(crate) fn take_buf(&self) -> Vec<u8> {
        self.bufs.take()
    }

    /// A buffer for about `len` bytes (see [`BufPool::take_for`]).
    pub(crate) fn take_buf_for(&self, len: usize) -> Vec<u8> {
        self.bufs.take_for(len)
    }

    /// Returns a response buffer to the pool.
    pub(crate) fn put_buf(&self, buf: Vec<u8>) {
        self.bufs.put(buf);
    }
}

/// A worker's response buffers, kept for reuse: at most [`POOL_BUFFERS`] of them, none larger
/// than [`POOL_BUFFER_MAX`].
#[derive(Debug, Default)]
struct BufPool(RefCell<Vec<Vec<u8>>>);

impl BufPool {
    /// A response buffer from the pool (or a new one).
    fn take(&self) -> Vec<u8> {
        self.0.borrow_mut().pop().unwrap_or_default()
    }

    /// A buffer for about `len` bytes: the pool's most recent one not much larger (a transfer
    /// a slow client holds keeps no more room than its step needs), found from the top, so
    /// that a large body's buffer on top does not cost the small responses after it an
    /// allocation each. When every pooled buffer is larger, the top one is cut down to size
    /// (the pool does not stay full of large ones, scanned in vain by every small step); a new
    /// one only when the pool is empty.
    fn take_for(&self, len: usize) -> Vec<u8> {
        let bound = (4 * len).max(64 * 1024);
        let mut bufs = self.0.borrow_mut();
        if let Some(i) = bufs.iter().rposition(|b| b.capacity() <= bound) {
            return bufs.swap_remove(i);
        }
        match bufs.pop() {
            Some(mut buf) => {
                buf.shrink_to(bound);
                buf
            }
            None => Vec::with_capacity(len),
        }
    }

    /// Returns a response buffer to the pool.
    fn put(&self, mut buf: Vec<u8>) {
        if buf.capacity() > POOL_BUFFER_MAX || buf.capacity() == 0 {
            return;
        }
        buf.clear();
        let mut bufs = self.0.borrow_mut();
        if bufs.len() < POOL_BUFFERS {
            bufs.push(buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pool_of_large_buffers_serves_a_small_step_from_its_top_cut_to_size() {
        let pool = BufPool::default();
        for _ in 0..3 {
            pool.put(Vec::with_capacity(POOL_BUFFER_MAX));
        }
        pool.put(Vec::with_capacity(8 << 10));
        // The most recent that fits.
        assert_eq!(pool.take_for(16 << 10).capacity(), 8 << 10);
        // None fits: the top one, cut down to the step's bound, not a new allocation.
        let cut = pool.take_for(16 << 10);
        assert!(
            cut.capacity() >= 16 << 10 && cut.capacity() <= 64 << 10,
            "{}",
            cut.capacity()
        );
        assert_eq!(pool.0.borrow().len(), 2);
        // Given back, it fits the next small step at once.
        pool.put(cut);
        assert!(pool.take_for(16 << 10).capacity() <= 64 << 10);
        // An empty pool makes one of the size asked.
        let empty = BufPool::default();
        assert!(empty.take_for(100).capacity() >= 100);
    }
}
