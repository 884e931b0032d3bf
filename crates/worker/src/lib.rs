//! percore's workers: one pinned thread per configured CPU, each with its own proactor, its
//! own listening socket in a `SO_REUSEPORT` group per address, a mailbox, and counters the
//! supervisor reads without stopping it. Nothing on the hot path is shared between workers.
//!
//! # Example
//!
//! ```no_run
//! use percore_config::{ConfigArgs, NoApp, load};
//! use percore_worker::WorkerPool;
//!
//! let cfg = load::<NoApp>(&ConfigArgs::default())?;
//! let pool = WorkerPool::start(&cfg.settings, |ctx| async move {
//!     ctx.serve(|stream| async move {
//!         let (res, buf) = stream.recv(Vec::with_capacity(4096)).await;
//!         if res.is_ok() {
//!             let _ = stream.send_all(buf).await;
//!         }
//!     })
//!     .await;
//! })?;
//! println!("listening on {:?}", pool.addrs());
//! pool.join().ok();
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![forbid(unsafe_code)]

mod context;
mod drain;
mod error;
mod listener;
mod mailbox;
mod pool;
mod signal;
mod stats;
mod thread;

pub use context::WorkerContext;
pub use drain::{Drain, Draining};
pub use error::{StartError, WorkerId, WorkerPanic};
pub use listener::Listeners;
pub use mailbox::Control;
pub use pool::WorkerPool;
pub use stats::{LocalStats, PublishedStats, WorkerStats};
