//! percore's supervisor: it runs an app's workers and keeps them running.
//!
//! [`Supervisor::run`] reads the configuration, starts one generation of workers (one pinned
//! thread per CPU, each with its ring and listeners) and then, on its own thread:
//!
//! - **SIGTERM / SIGINT**: stops accepting (the listening sockets close, so new connections are
//!   refused rather than queued), lets open connections finish for up to `shutdown_timeout`,
//!   then closes what is left and exits with status 0. A second signal stops at once.
//! - **SIGQUIT**: stops at once.
//! - **SIGHUP**: reloads (below), certificates included.
//! - **SIGUSR1**: logs every worker's counters and reopens the log file.
//! - A worker that panics is logged with its CPU and message and restarted on the same CPU,
//!   with exponential backoff (100 ms doubling to 30 s, reset after a minute of stable running).
//!   The others never notice (nothing is shared between workers), but for one: until the
//!   restarted worker serves, a sibling that serves also accepts from its sockets (see
//!   `WorkerPool::reap`), so that new connections do not wait for the backoff (while every
//!   worker is down, or with one worker, they wait for the first one back).
//! - `NOTIFY_SOCKET` (systemd `Type=notify`): `READY=1` once every worker accepts,
//!   `RELOADING=1` with `MONOTONIC_USEC` and `READY=1` around a reload (once it is done: below),
//!   `STOPPING=1` on shutdown, `STATUS=` lines.
//! - `LISTEN_FDS` (systemd socket activation): the passed sockets are used instead of binding;
//!   an address passed once is shared by every worker, one passed once per worker gives each its
//!   own.
//! - `[admin] enabled = true`: `/metrics` (Prometheus/OpenMetrics text, one label set per worker),
//!   `/healthz`, `/ready` (503 while starting, draining, or with no worker serving), on a small
//!   ring of their own.
//!
//! # Reload without a refused connection
//!
//! A reload never closes an accept queue that still receives connections:
//!
//! 1. The new configuration is read and validated, and the certificates it names (`tls.*`)
//!    are loaded. If it is invalid, or a certificate or key cannot be loaded, the running
//!    generation keeps serving (with its certificates) and the errors (key, file, line, the
//!    certificate file) are logged.
//! 2. The new generation's listeners are made: for every worker slot whose address is
//!    unchanged, the new worker gets a duplicate of the *same* socket, so the accept queue the
//!    kernel fills is one and the same before, during and after the reload. A new address (or
//!    a new slot) is bound before anything of the old generation is closed.
//! 3. The new workers start; only when every one of them has set its app up and accepts
//!    does the old generation drain (a new worker whose app fails to set up fails the
//!    reload, and the running generation keeps serving): it stops accepting, lets go of its
//!    sockets, and finishes its open connections
//!    (until `shutdown_timeout`). Connections keep arriving in the shared queues and the new
//!    workers take them.
//! 4. A socket no new worker took over (an address removed, fewer workers) closes when the
//!    old generation lets go of it. Connections the kernel queued on it in that last instant
//!    are reset unless `net.ipv4.tcp_migrate_req = 1`, which migrates them to another socket of
//!    the same `SO_REUSEPORT` group; a removed address refuses new connections from then on.
//!
//! New TLS handshakes use the new generation's certificates; connections already open keep
//! theirs while their generation drains.
//!
//! The reload is said done (`percore_reloads_total` counts it, `reloaded:` is logged, and
//! `READY=1` goes to the service manager) once no worker of an older generation can take a
//! new connection: each has cancelled its accepts and started what the kernel had queued to
//! it. From then on every new connection gets the new configuration (and certificates), so a
//! deployment script may wait for the count and test at once. A worker held up in a
//! blocking call delays it, up to the old generation's `shutdown_timeout`; past it the
//! reload is counted all the same (what the stuck worker's ring still accepts is reset when
//! it is stopped). An app that accepts on its own, without `WorkerContext::serve_accepted`,
//! is not waited for. Every reload sends `RELOADING=1` (SIGHUPs queued behind a running
//! reload make one more reload, not one each); one refused or
//! failed sends `READY=1` with its status, unless an earlier reload still waits (its
//! `READY=1` ends the reloading, with the last such status after its own). A stop signal
//! (SIGTERM, SIGINT, SIGQUIT) that comes first counts the waiting reload at once and sends
//! `STOPPING=1`, never `READY=1` after it.
//!
//! The offload pool, the admin endpoint, and the log's format and file are set at start; a
//! reload does not change them, and logs a warning naming each that its configuration
//! changes (the log level it does change).

#![forbid(unsafe_code)]

mod admin;
mod generation;
mod logging;
mod metrics;
mod notify;
mod restart;
mod run;
mod signals;
mod tls;

use std::sync::Arc;

pub use run::{Ready, Supervisor};
pub use signals::Stopper;

/// What an app's entry point gets on each worker thread.
#[derive(Debug)]
#[non_exhaustive]
pub struct Worker<A> {
    /// The worker: its listeners, settings, counters, drain signal, and `serve`.
    pub ctx: percore_worker::WorkerContext,
    /// The app's section of the configuration of this generation.
    pub app: Arc<A>,
    /// The blocking-offload pool, when `offload.threads` is not 0.
    pub offload: Option<percore_offload::PoolHandle>,
    /// The generation this worker belongs to (1 at start, one more per reload).
    pub generation: u64,
}
