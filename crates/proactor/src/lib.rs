//! percore's per-core runtime: one io_uring, operations as futures over owned buffers, a
//! single-threaded executor and timers, all owned by one thread.
//!
//! The model is the proactor (completion) model: an operation hands the kernel its memory and
//! completes later. [`Proactor`] owns the ring and runs tasks; operations are methods of
//! [`net::TcpStream`], [`net::TcpListener`] and [`fs::File`], each returning an [`ops::Op`]
//! future (or an `async fn` around one) and handing buffers back with its result.
//!
//! Each tick polls ready tasks, fires due timers, then enters the kernel once to submit
//! everything queued and wait for completions, no longer than the nearest timer.
//!
//! # Example: a single-core echo server
//!
//! ```no_run
//! use percore_proactor::{BufRing, Proactor, net::TcpListener, spawn_detached};
//!
//! fn main() -> Result<(), Box<dyn std::error::Error>> {
//!     let proactor = Proactor::builder().build()?;
//!     proactor.block_on(async {
//!         let ring = BufRing::builder().entries(1024).buf_size(4096).build()?;
//!         let listener = TcpListener::bind("127.0.0.1:7000")?;
//!         let mut incoming = listener.accept_multi();
//!         while let Some(stream) = incoming.next().await {
//!             let (stream, ring) = (stream?, ring.clone());
//!             spawn_detached(async move {
//!                 while let Ok(Some(buf)) = stream.recv_ring(&ring).await {
//!                     if stream.send_all(buf).await.0.is_err() {
//!                         break;
//!                     }
//!                 }
//!             });
//!         }
//!         Ok::<(), std::io::Error>(())
//!     })?;
//!     Ok(())
//! }
//! ```
//!
//! # Kernel
//!
//! The io_uring backend needs Linux 6.0 (multishot receive, buffer rings, `SEND_ZC`); each
//! operation's documentation names the kernel that introduced its opcode. Set-up probes what
//! the kernel offers and reports it as [`Features`].

mod backend;
mod buf;
mod builder;
mod error;
mod executor;
mod fd;
mod features;
pub mod fs;
pub mod limits;
pub mod net;
pub mod ops;
mod proactor;
mod remote;
mod runtime;
mod select;
mod slots;
mod stats;
mod sys;
pub mod time;

pub use backend::{BACKEND_ENV, BackendChoice};
pub use buf::{BufRing, BufRingBuilder, IoBuf, IoBufMut, RingBuf, Slice};
pub use builder::{MAX_ENTRIES, ProactorBuilder};
pub use error::{SetupError, SetupStep};
pub use executor::task::{JoinError, JoinHandle};
pub use executor::{
    Guarded, guarded, is_task_waker, spawn, spawn_detached, wake_every_task, yield_now,
};
pub use features::{Backend, Features, OpKind, SetupFlags};
pub use ops::{BufResult, nop};
pub use proactor::{Proactor, backend, features};
pub use remote::{Notified, RemoteWaker, WakeListener, remote_waker};
pub use select::{Either, Select, select};
pub use stats::{RingStats, stats};
