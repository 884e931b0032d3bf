//! Per-worker counters: plain cells on the hot path, published once per tick to atomics the
//! supervisor reads without stopping the worker.

use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

use percore_proactor::RingStats;
use percore_tls::{FAILURE_REASONS, SUITE_COUNT, Session};

/// How many reasons a handshake failure is counted by.
const FAILURES: usize = FAILURE_REASONS.len();

/// A worker's counters at one moment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct WorkerStats {
    /// Index in the pool.
    pub index: usize,
    /// The CPU it runs on.
    pub cpu: usize,
    /// Connections open now.
    pub connections_open: u64,
    /// Connections accepted since start.
    pub connections_accepted: u64,
    /// Requests served (as the app counts them: an echoed buffer, an HTTP request).
    pub requests: u64,
    /// Bytes received.
    pub bytes_in: u64,
    /// Bytes sent.
    pub bytes_out: u64,
    /// Times the worker stopped accepting at its connection limit.
    pub connection_limit_hits: u64,
    /// Accept errors (`EMFILE`, ...).
    pub accept_errors: u64,
    /// Connections closed for idleness or a timeout.
    pub timeouts: u64,
    /// HTTP requests refused for bad basic-auth credentials (a wrong user or password).
    pub auth_failures: u64,
    /// HTTP responses with a 1xx status (as the app counts them).
    pub responses_1xx: u64,
    /// HTTP responses with a 2xx status.
    pub responses_2xx: u64,
    /// HTTP responses with a 3xx status.
    pub responses_3xx: u64,
    /// HTTP responses with a 4xx status.
    pub responses_4xx: u64,
    /// HTTP responses with a 5xx status (or any other).
    pub responses_5xx: u64,
    /// Ring operations submitted.
    pub ops_submitted: u64,
    /// Ring operations completed.
    pub ops_completed: u64,
    /// Kernel entries (`io_uring_enter` or `epoll_wait`).
    pub kernel_entries: u64,
    /// Loop iterations.
    pub ticks: u64,
    /// Receives that found the buffer ring empty.
    pub buf_ring_exhausted: u64,
    /// Completion queue overflows.
    pub cq_overflows: u64,
    /// Times the submission queue filled within a tick and was submitted early.
    pub sq_full_submits: u64,
    /// Sends that found their socket full and waited for room with a poll on the ring.
    pub readiness_waits: u64,
    /// Sends that found no room right after a poll said there was (the kernel's `tcp_mem`
    /// limit passed) and waited 12.5 to 187.5 ms (100 ms on average) before going in again.
    pub send_back_offs: u64,
    /// TLS handshakes completed, by cipher suite (indexed as `percore_tls::suites()`).
    pub tls_handshakes: [u64; SUITE_COUNT],
    /// TLS handshakes failed, by reason (indexed as `percore_tls::FAILURE_REASONS`).
    pub tls_failures: [u64; FAILURES],
    /// The worker thread's kernel id (0 until it has started): where its CPU time is read.
    pub thread_id: u32,
    /// Whether the worker runs on io_uring (`false`: epoll, or not started).
    pub io_uring: bool,
}

/// The hot-path side of a worker's counters: cells, no atomics.
#[derive(Debug, Default)]
pub struct LocalStats {
    pub(crate) connections_open: Cell<u64>,
    pub(crate) connections_accepted: Cell<u64>,
    requests: Cell<u64>,
    bytes_in: Cell<u64>,
    bytes_out: Cell<u64>,
    pub(crate) connection_limit_hits: Cell<u64>,
    pub(crate) accept_errors: Cell<u64>,
    timeouts: Cell<u64>,
    auth_failures: Cell<u64>,
    /// Responses by status class, 1xx to 5xx.
    responses: [Cell<u64>; 5],
    tls_handshakes: [Cell<u64>; SUITE_COUNT],
    tls_failures: [Cell<u64>; FAILURES],
}

fn add(c: &Cell<u64>, n: u64) {
    c.set(c.get().wrapping_add(n));
}

impl LocalStats {
    /// Counts `n` requests served.
    pub fn requests(&self, n: u64) {
        add(&self.requests, n);
    }

    /// Counts bytes received.
    pub fn bytes_in(&self, n: u64) {
        add(&self.bytes_in, n);
    }

    /// Counts bytes sent.
    pub fn bytes_out(&self, n: u64) {
        add(&self.bytes_out, n);
    }

    /// Counts an HTTP response with status `code`, by its class (a code outside 100 to 599
    /// counts as 5xx).
    pub fn response(&self, code: u16) {
        let class = usize::from(code / 100).clamp(1, 5) - 1;
        add(&self.responses[class], 1);
    }

    /// Counts a connection closed by a timeout.
    pub fn timeout(&self) {
        add(&self.timeouts, 1);
    }

    /// Counts an HTTP request refused for bad basic-auth credentials.
    pub fn auth_failure(&self) {
        add(&self.auth_failures, 1);
    }

    /// Counts a TLS handshake completed, by its cipher suite (and so its version).
    pub fn tls_handshake(&self, session: &Session) {
        if let Some(i) = percore_tls::suite_index(session) {
            add(&self.tls_handshakes[i], 1);
        }
    }

    /// Counts a TLS handshake that failed with `e`, by its reason (which it returns, for the
    /// log).
    pub fn tls_failure(&self, e: &std::io::Error) -> &'static str {
        let i = percore_tls::failure_index(e);
        add(&self.tls_failures[i], 1);
        FAILURE_REASONS[i]
    }

    /// Counts a TLS handshake that the worker's drain cut short (as `drained`).
    pub fn tls_drained(&self) {
        add(&self.tls_failures[percore_tls::FAILURE_DRAINED], 1);
    }

    pub(crate) fn bump(c: &Cell<u64>) {
        add(c, 1);
    }

    /// This worker's counters with its ring's.
    pub(crate) fn snapshot(&self, index: usize, cpu: usize, ring: &RingStats) -> WorkerStats {
        WorkerStats {
            index,
            cpu,
            connections_open: self.connections_open.get(),
            connections_accepted: self.connections_accepted.get(),
            requests: self.requests.get(),
            bytes_in: self.bytes_in.get(),
            bytes_out: self.bytes_out.get(),
            connection_limit_hits: self.connection_limit_hits.get(),
            accept_errors: self.accept_errors.get(),
            timeouts: self.timeouts.get(),
            auth_failures: self.auth_failures.get(),
            responses_1xx: self.responses[0].get(),
            responses_2xx: self.responses[1].get(),
            responses_3xx: self.responses[2].get(),
            responses_4xx: self.responses[3].get(),
            responses_5xx: self.responses[4].get(),
            ops_submitted: ring.submitted,
            ops_completed: ring.completed,
            kernel_entries: ring.enters,
            ticks: ring.ticks,
            buf_ring_exhausted: ring.buf_ring_exhausted,
            cq_overflows: ring.cq_overflows,
            sq_full_submits: ring.sq_full_submits,
            readiness_waits: ring.readiness_waits,
            send_back_offs: ring.back_offs,
            tls_handshakes: self.tls_handshakes.each_ref().map(Cell::get),
            tls_failures: self.tls_failures.each_ref().map(Cell::get),
            // Set once at start (`PublishedStats::set_identity`), not by each tick.
            thread_id: 0,
            io_uring: false,
        }
    }
}

/// Declares the published copy of [`WorkerStats`]: one atomic per field.
macro_rules! published {
    ($($field:ident),+ $(,)?) => {
        /// A worker's counters as last published: written once per tick by the worker (relaxed
        /// stores into its own cache lines), read by anyone at any time.
        #[derive(Debug, Default)]
        pub struct PublishedStats {
            index: AtomicU64,
            cpu: AtomicU64,
            $($field: AtomicU64,)+
            tls_handshakes: [AtomicU64; SUITE_COUNT],
            tls_failures: [AtomicU64; FAILURES],
            /// The thread id, and io_uring (bit 32): set once, when the worker starts.
            identity: AtomicU64,
        }

        impl PublishedStats {
            /// The counters of worker `index` on CPU `cpu`, all zero: the worker is named
            /// from the start, before its first tick (a restart whose set-up never ends
            /// never ticks).
            pub(crate) fn for_worker(index: usize, cpu: usize) -> PublishedStats {
                let p = PublishedStats::default();
                p.index.store(index as u64, Ordering::Relaxed);
                p.cpu.store(cpu as u64, Ordering::Relaxed);
                p
            }

            /// Records that the worker's thread has ended, however it ended (a panic skips
            /// its last snapshot): its connections went with it.
            pub(crate) fn thread_ended(&self) {
                self.connections_open.store(0, Ordering::Relaxed);
            }

            /// Records, once the worker's thread has its proactor, which thread it is and
            /// whether it runs on io_uring.
            pub(crate) fn set_identity(&self, thread_id: u32, io_uring: bool) {
                let bits = u64::from(thread_id) | (u64::from(io_uring) << 32);
                self.identity.store(bits, Ordering::Relaxed);
            }

            /// Publishes a snapshot.
            pub(crate) fn store(&self, s: &WorkerStats) {
                self.index.store(s.index as u64, Ordering::Relaxed);
                self.cpu.store(s.cpu as u64, Ordering::Relaxed);
                $(self.$field.store(s.$field, Ordering::Relaxed);)+
                for (a, v) in self.tls_handshakes.iter().zip(s.tls_handshakes) {
                    a.store(v, Ordering::Relaxed);
                }
                for (a, v) in self.tls_failures.iter().zip(s.tls_failures) {
                    a.store(v, Ordering::Relaxed);
                }
            }

            /// The last published snapshot.
            pub fn load(&self) -> WorkerStats {
                let identity = self.identity.load(Ordering::Relaxed);
                WorkerStats {
                    index: self.index.load(Ordering::Relaxed) as usize,
                    cpu: self.cpu.load(Ordering::Relaxed) as usize,
                    $($field: self.$field.load(Ordering::Relaxed),)+
                    tls_handshakes: self.tls_handshakes.each_ref().map(|a| a.load(Ordering::Relaxed)),
                    tls_failures: self.tls_failures.each_ref().map(|a| a.load(Ordering::Relaxed)),
                    thread_id: identity as u32,
                    io_uring: identity >> 32 == 1,
                }
            }
        }
    };
}

published!(
    connections_open,
    connections_accepted,
    requests,
    bytes_in,
    bytes_out,
    connection_limit_hits,
    accept_errors,
    timeouts,
    auth_failures,
    responses_1xx,
    responses_2xx,
    responses_3xx,
    responses_4xx,
    responses_5xx,
    ops_submitted,
    ops_completed,
    kernel_entries,
    ticks,
    buf_ring_exhausted,
    cq_overflows,
    sq_full_submits,
    readiness_waits,
    send_back_offs,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_round_trip() {
        let local = LocalStats::default();
        local.requests(3);
        local.bytes_in(10);
        local.response(204);
        local.response(404);
        local.response(404);
        local.response(700);
        LocalStats::bump(&local.connections_accepted);
        let timeout = std::io::Error::new(std::io::ErrorKind::TimedOut, "slow");
        assert_eq!(local.tls_failure(&timeout), "timeout");
        let reset = std::io::Error::from(std::io::ErrorKind::ConnectionReset);
        assert_eq!(local.tls_failure(&reset), "closed");
        assert_eq!(local.tls_failure(&reset), "closed");
        // Each ring counter distinct, so that a field read into the wrong place shows.
        let mut ring = RingStats::default();
        ring.submitted = 11;
        ring.completed = 12;
        ring.enters = 13;
        ring.ticks = 14;
        ring.buf_ring_exhausted = 15;
        ring.cq_overflows = 16;
        ring.sq_full_submits = 17;
        ring.readiness_waits = 18;
        ring.back_offs = 19;
        let s = local.snapshot(1, 7, &ring);
        assert_eq!(
            (
                s.ops_submitted,
                s.ops_completed,
                s.kernel_entries,
                s.ticks,
                s.buf_ring_exhausted,
                s.cq_overflows,
                s.sq_full_submits,
                s.readiness_waits,
                s.send_back_offs
            ),
            (11, 12, 13, 14, 15, 16, 17, 18, 19)
        );
        assert_eq!(s.tls_failures, [1, 2, 0, 0, 0, 0, 0]);
        let p = PublishedStats::default();
        p.store(&s);
        assert_eq!(p.load(), s);
        p.set_identity(4_000_001, true);
        p.store(&s);
        let loaded = p.load();
        assert_eq!((loaded.thread_id, loaded.io_uring), (4_000_001, true));
        p.set_identity(12, false);
        assert_eq!((p.load().thread_id, p.load().io_uring), (12, false));
        assert_eq!(
            (
                s.index,
                s.cpu,
                s.requests,
                s.bytes_in,
                s.connections_accepted
            ),
            (1, 7, 3, 10, 1)
        );
        assert_eq!(
            (
                s.responses_2xx,
                s.responses_4xx,
                s.responses_5xx,
                s.responses_1xx
            ),
            (1, 2, 1, 0)
        );
    }

    #[test]
    fn a_worker_is_named_before_its_first_count_and_holds_no_connection_once_ended() {
        // A restart whose set-up never ends never publishes: it is still worker 3 on CPU 5,
        // not a second worker 0 on CPU 0.
        let p = PublishedStats::for_worker(3, 5);
        let s = p.load();
        assert_eq!((s.index, s.cpu, s.connections_open), (3, 5, 0));
        let local = LocalStats::default();
        local.connections_open.set(2);
        local.connections_accepted.set(2);
        p.store(&local.snapshot(3, 5, &Default::default()));
        assert_eq!(p.load().connections_open, 2);
        // Its thread ended (a panic skips the last count): its connections went with it, and
        // the rest of what it counted stays.
        p.thread_ended();
        let ended = p.load();
        assert_eq!((ended.connections_open, ended.connections_accepted), (0, 2));
    }
}
