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
//!
//! # Start
//!
//! A pool starts every worker at once; each builds its proactor, then runs the app's entry,
//! which sets itself up (rings, files, handlers) and calls `serve`, `serve_accepted` or
//! `take_listeners` (or [`WorkerContext::ready`]) once it has. [`WorkerPool::start`] returns
//! when every worker's app is set up, within `start_timeout` (30 s by default), and only then
//! do they accept: a start that fails (an app that panics in its setup, or one not set up in
//! time) stops workers that hold no connection, and the sockets they share with a running
//! pool are left as they were.
//!
//! # Drain
//!
//! A drain (a graceful stop, or the old generation after a reload) stops the accept loops at
//! once, and reaches every connection task through [`Drain`], which [`WorkerContext::drain`]
//! hands out: [`Drain::is_draining`] to poll and [`Drain::wait`] to select on, each costing an
//! `Rc` clone, no syscall and no allocation per connection. A connection task ends as its
//! protocol allows; the worker ends when the last one has (or when the supervisor's
//! `shutdown_timeout` stops it).
//!
//! ```no_run
//! use percore_proactor::{Either, select};
//! use percore_worker::WorkerContext;
//!
//! async fn entry(ctx: WorkerContext) {
//!     let drain = ctx.drain();
//!     ctx.serve(move |stream| {
//!         let drain = drain.clone();
//!         async move {
//!             // Wait for the client's first bytes, or for the drain, whichever comes first.
//!             match select(drain.wait(), stream.recv(Vec::with_capacity(4096))).await {
//!                 Either::Left(()) => {} // draining: close without waiting
//!                 Either::Right((Ok(n), buf)) if n > 0 => {
//!                     let _ = stream.send_all(buf).await;
//!                 }
//!                 Either::Right(_) => {}
//!             }
//!         }
//!     })
//!     .await;
//! }
//! ```
//!
//! # TLS
//!
//! The addresses of `tls.listen` are listeners too; [`WorkerContext::serve_accepted`] hands
//! each connection over with its address's TLS configuration ([`Accepted::tls`]), and
//! [`tls_handshake`] runs the handshake within its limit, counting it in the worker's metrics
//! (an app on the supervisor says it serves TLS with `Supervisor::serves_tls`):
//!
//! ```no_run
//! use std::rc::Rc;
//! use std::time::Duration;
//!
//! use percore_tls::TlsStream;
//! use percore_worker::{Accepted, WorkerContext, tls_handshake};
//!
//! async fn entry(ctx: WorkerContext) {
//!     let (ring, stats) = (Rc::new(ctx.receive_ring().unwrap()), ctx.stats());
//!     ctx.serve_accepted(move |a: Accepted| {
//!         let (ring, stats) = (ring.clone(), stats.clone());
//!         async move {
//!             let Some(config) = a.tls else {
//!                 return; // plaintext: serve `a.stream` as it is
//!             };
//!             let limit = Duration::from_secs(10);
//!             let Some(done) = tls_handshake(&a.stream, config, &ring, limit, &stats, None).await
//!             else {
//!                 return; // counted and logged at debug level
//!             };
//!             let mut tls = TlsStream::from_parts(a.stream, done.session, done.early);
//!             let mut buf = Vec::new();
//!             while let Ok(n) = tls.read(&mut buf).await {
//!                 if n == 0 || tls.write_all(&buf).await.is_err() {
//!                     break;
//!                 }
//!                 buf.clear();
//!             }
//!             let _ = tls.close().await;
//!         }
//!     })
//!     .await;
//! }
//! ```

#![forbid(unsafe_code)]

mod context;
mod drain;
mod error;
mod left_behind;
mod listener;
mod mailbox;
mod pool;
mod signal;
mod stats;
mod thread;
mod tls;

pub use context::{Accepted, Listener, WorkerContext};
pub use drain::{Drain, Draining};
pub use error::{StartError, WorkerId, WorkerPanic};
pub use left_behind::LeftBehind;
pub use listener::Listeners;
pub use mailbox::{Adoption, Control};
pub use pool::{WorkerEnd, WorkerExit, WorkerPool};
pub use stats::{LocalStats, PublishedStats, WorkerStats};
pub use thread::thread_id;
pub use tls::{Handshaken, handshake_limit, tls_handshake};
