//! percore's blocking-offload pool: run what must block (a slow filesystem, DNS, compression,
//! a library with a blocking API) on plain threads, without stalling a core.
//!
//! `handle.run(|| work()).await` queues the job; a pool thread runs it, stores the result and
//! wakes the awaiting task, which resumes on its own core: the wake travels through that core's
//! ring (its eventfd), so there is no polling loop, no sleeping wait and no thread per job.
//!
//! # Example
//!
//! ```no_run
//! use percore_offload::Pool;
//! use percore_proactor::Proactor;
//!
//! let pool = Pool::builder().threads(4).queue_depth(256).build()?;
//! let handle = pool.handle();
//! let n = Proactor::new()?.block_on(async move {
//!     handle.run(|| std::fs::read_dir("/").map(|d| d.count())).await
//! })??;
//! println!("{n} entries");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

#![forbid(unsafe_code)]

mod error;
mod job;
mod pool;

pub use error::OffloadError;
pub use pool::{OffloadStats, Offloaded, Pool, PoolBuilder, PoolHandle, ShutdownReport, WhenFull};
