//! What every connection of a worker shares: the root's descriptor, the cache, the settings,
//! the field lines every response carries, and a pool of response buffers.

use std::cell::{Cell, Ref, RefCell};
use std::rc::Rc;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use percore_http::{DateCache, Limits, PathPolicy};
use percore_offload::PoolHandle;
use percore_proactor::BufRing;
use percore_proactor::fs::File;
use percore_proactor::time::{self, Instant};
use percore_worker::{Drain, LocalStats};

use crate::access_log::Logger;
use crate::cache::{Cache, CachePolicy};
use crate::settings::{StaticSection, Symlinks};

/// Response buffers kept for reuse per core, and the largest capacity kept.
const POOL_BUFFERS: usize = 256;
const POOL_BUFFER_MAX: usize = 256 * 1024;

/// The timeouts of a connection, from `[timeouts]`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timeouts {
    /// A request head must arrive within this, from its first byte (then 408).
    pub(crate) read: Option<Duration>,
    /// A kept-alive connection may wait this long for its next request.
    pub(crate) idle: Option<Duration>,
    /// A response from which nothing goes out for this long ends the connection.
    pub(crate) write: Option<Duration>,
    /// Once the worker drains, a connection waiting for a request is closed after waiting
    /// this long.
    pub(crate) drain_idle: Duration,
}

/// One worker's site.
#[derive(Debug)]
pub(crate) struct Site {
    pub(crate) root: File,
    pub(crate) cfg: Arc<StaticSection>,
    pub(crate) limits: Limits,
    pub(crate) paths: PathPolicy,
    pub(crate) policy: CachePolicy,
    pub(crate) cache: RefCell<Cache>,
    pub(crate) ring: BufRing,
    pub(crate) stats: Rc<LocalStats>,
    pub(crate) timeouts: Timeouts,
    pub(crate) log: Option<Logger>,
    pub(crate) offload: Option<PoolHandle>,
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
    bufs: RefCell<Vec<Vec<u8>>>,
    /// Bytes of buffers that file transfers hold now, at most `send_buffers`.
    sending: Cell<u64>,
}

/// Room taken from the core's `send_buffers` for one transfer through a buffer, given back
/// when dropped (the transfer ended, failed, or its connection was closed).
#[derive(Debug)]
pub(crate) struct SendBudget {
    site: Rc<Site>,
    bytes: u64,
}

impl Drop for SendBudget {
    fn drop(&mut self) {
        let sending = &self.site.sending;
        sending.set(sending.get() - self.bytes);
    }
}

impl Site {
    pub(crate) fn new(
        root: File,
        cfg: Arc<StaticSection>,
        ring: BufRing,
        stats: Rc<LocalStats>,
        timeouts: Timeouts,
        offload: Option<PoolHandle>,
        drain: Drain,
    ) -> Site {
        let policy = CachePolicy {
            no_symlinks: cfg.symlinks == Symlinks::Off,
            precompressed: cfg.precompressed,
            max_file: cfg.cache_max_file.0,
            max_bytes: cfg.cache_size.0 as usize,
            revalidate: cfg.cache_revalidate.0,
        };
        let server = if cfg.server.is_empty() {
            Vec::new()
        } else {
            format!("Server: {}\r\n", cfg.server).into_bytes()
        };
        Site {
            root,
            limits: cfg.limits(),
            paths: PathPolicy {
                dotfiles: cfg.dotfiles,
            },
            cache: RefCell::new(Cache::new(policy.clone())),
            policy,
            ring,
            stats,
            timeouts,
            log: Logger::new(cfg.access_log, cfg.access_log_file.clone(), offload.clone()),
            offload,
            drain,
            date: RefCell::new(DateCache::default()),
            server,
            common: RefCell::new(Vec::new()),
            refresh_at: Cell::new(time::now()),
            bufs: RefCell::new(Vec::new()),
            sending: Cell::new(0),
            cfg,
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

    /// Takes `bytes` of the core's `send_buffers` for a transfer through a buffer; `None` when
    /// there is not that much left (the transfer is then spliced).
    pub(crate) fn send_budget(self: &Rc<Self>, bytes: u64) -> Option<SendBudget> {
        let taken = self.sending.get() + bytes;
        if taken > self.cfg.send_buffers.0 {
            return None;
        }
        self.sending.set(taken);
        Some(SendBudget {
            site: self.clone(),
            bytes,
        })
    }

    /// A response buffer from the pool (or a new one).
    pub(crate) fn take_buf(&self) -> Vec<u8> {
        self.bufs.borrow_mut().pop().unwrap_or_default()
    }

    /// Returns a response buffer to the pool.
    pub(crate) fn put_buf(&self, mut buf: Vec<u8>) {
        if buf.capacity() > POOL_BUFFER_MAX {
            return;
        }
        buf.clear();
        let mut bufs = self.bufs.borrow_mut();
        if bufs.len() < POOL_BUFFERS {
            bufs.push(buf);
        }
    }
}
