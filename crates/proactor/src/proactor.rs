//! The proactor: one ring, one executor, one thread.

use std::future::Future;
use std::rc::Rc;
use std::time::{Duration, Instant};

use crate::backend::Wait;

use crate::builder::ProactorBuilder;
use crate::error::SetupError;
use crate::executor::task::{JoinError, JoinHandle};
use crate::features::{Backend, Features};
use crate::remote;
use crate::runtime::{self, Runtime};
use crate::stats::RingStats;

/// How long dropping a proactor waits for the kernel to complete cancelled operations.
const SHUTDOWN_LIMIT: Duration = Duration::from_secs(1);

/// One io_uring, one single-threaded executor and its timers, owned by one thread.
///
/// `!Send`: a proactor, its tasks and its operations stay on the thread that built it.
///
/// # Examples
///
/// ```no_run
/// use percore_proactor::{Proactor, net::TcpListener};
///
/// let proactor = Proactor::builder().build()?;
/// proactor.block_on(async {
///     let listener = TcpListener::bind("127.0.0.1:7000")?;
///     loop {
///         let (stream, _) = listener.accept().await?;
///         percore_proactor::spawn(async move {
///             let mut buf = Vec::with_capacity(4096);
///             loop {
///                 let (res, b) = stream.recv(buf).await;
///                 if !matches!(res, Ok(n) if n > 0) {
///                     return;
///                 }
///                 let (res, b) = stream.send_all(b).await;
///                 if res.is_err() {
///                     return;
///                 }
///                 buf = b;
///             }
///         });
///     }
///     #[allow(unreachable_code)]
///     Ok::<(), std::io::Error>(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug)]
pub struct Proactor {
    rt: Rc<Runtime>,
}

impl Proactor {
    pub(crate) fn from_runtime(rt: Rc<Runtime>) -> Proactor {
        Proactor { rt }
    }

    /// A builder with the defaults.
    pub fn builder() -> ProactorBuilder {
        ProactorBuilder::default()
    }

    /// A proactor with the defaults.
    ///
    /// # Errors
    ///
    /// As [`ProactorBuilder::build`].
    pub fn new() -> Result<Proactor, SetupError> {
        Self::builder().build()
    }

    /// Runs `future` to completion on this thread, running spawned tasks meanwhile. Tasks
    /// still pending when it returns stay, and run again at the next `block_on`.
    ///
    /// # Panics
    ///
    /// Panics when called from inside another `block_on` on this thread, when `future`
    /// panics, or when the kernel wait fails for good (`io_uring_enter` with a broken ring).
    pub fn block_on<F: Future>(&self, future: F) -> F::Output {
        self.rt.block_on(future)
    }

    /// Spawns a task; it starts at the next `block_on` tick.
    pub fn spawn<F>(&self, future: F) -> JoinHandle<F::Output>
    where
        F: Future + 'static,
        F::Output: 'static,
    {
        self.rt.spawn(future)
    }

    /// Spawns a task nobody will join, as [`crate::spawn_detached`]; it starts at the next
    /// `block_on` tick.
    pub fn spawn_detached<F>(&self, future: F)
    where
        F: Future + 'static,
    {
        self.rt.spawn_detached(future);
    }

    /// What the backend obtained at set-up.
    pub fn features(&self) -> &Features {
        &self.rt.features
    }

    /// A snapshot of this proactor's counters.
    pub fn stats(&self) -> RingStats {
        self.rt.stats()
    }
}

/// What the current proactor obtained at set-up.
///
/// # Panics
///
/// Panics when called outside [`Proactor::block_on`].
pub fn features() -> Features {
    runtime::current().features.clone()
}

/// The backend the current proactor runs on: [`features`]`().backend()` without the copy.
///
/// # Panics
///
/// Panics when called outside [`Proactor::block_on`].
pub fn backend() -> Backend {
    if runtime::current().is_epoll {
        Backend::Epoll
    } else {
        Backend::IoUring
    }
}

impl Drop for Proactor {
    /// Drops every task (which cancels their operations), cancels whatever is still in
    /// flight, and waits up to a second for the kernel to confirm. Memory of an operation that
    /// never completed is leaked, never freed, and the descriptors it names stay open (a
    /// listening socket stays bound): an orphan's now, and that of an operation kept
    /// outside the tasks when it is dropped (on io_uring, polling such an operation then
    /// panics; one whose completion came before still gives it). An operation first polled
    /// after the drop fails with `ECANCELED` on both backends. A waker or a buffer's drop that
    /// panics meanwhile is logged, and the teardown goes on.
    fn drop(&mut self) {
        let rt = &self.rt;
        // Its tasks' futures are polled where they lie in the task set: never drained from
        // under one of them.
        debug_assert!(
            !rt.polling.get(),
            "a proactor was dropped while one of its tasks was being polled"
        );
        let _guard = runtime::enter_for_teardown(rt.clone());
        // Declared after the runtime guard, so dropped before it: the ring is torn down with
        // the runtime still current, and also if anything below unwinds.
        let _ring = RingTeardown(rt);
        let tasks = rt.tasks.borrow_mut().drain();
        for task in tasks {
            let future = task.future.into_box();
            if std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || drop(future))).is_err()
            {
                tracing::error!("a task's future panicked while its proactor was dropped");
            }
            if let Some(join) = task.join {
                // Wakes whoever awaits the handle: user code, which may panic.
                quietly(move || join.fail(JoinError::cancelled()));
            }
        }
    }
}

/// The second half of a proactor's drop, run however the first half ends: cancels whatever is
/// still in flight, waits up to [`SHUTDOWN_LIMIT`] for the kernel to confirm, leaks what it
/// never did, and retires the runtime's id.
struct RingTeardown<'a>(&'a Runtime);

impl Drop for RingTeardown<'_> {
    fn drop(&mut self) {
        let rt = self.0;
        rt.pipes.borrow_mut().clear();
        quietly(|| rt.run_deferred());
        // Under `quietly`, as all below: a refused cancel is logged, and a log that panics
        // (a subscriber's bug) must not cut the teardown short.
        quietly(|| rt.driver.borrow_mut().begin_shutdown());
        let deadline = Instant::now() + SHUTDOWN_LIMIT;
        let mut wakes = crate::executor::wakes::Wakes::default();
        loop {
            // Wakes go where they point: this runtime's tasks are gone (their wakes find no
            // task), but an operation or buffer of this ring may be awaited by a task of
            // another proactor on this thread, or by any other waker.
            wakes.append(&mut rt.wake_list.borrow_mut());
            quietly(|| rt.wake_all(&mut wakes));
            drop_all_released(rt);
            if rt.driver.borrow().is_idle() && !rt.has_deferred() {
                break;
            }
            let now = Instant::now();
            if now >= deadline {
                break;
            }
            let step = (deadline - now).min(Duration::from_millis(50));
            // A turn runs no user code (completed orphans' data is released to be dropped
            // above, under `quietly`); should it panic all the same, that ends the waiting, as
            // an error does, and the rest of the teardown still runs.
            let turned = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                rt.driver.borrow_mut().turn(Wait::Until(step), &mut wakes)
            }));
            if !matches!(turned, Ok(Ok(()))) {
                if turned.is_err() {
                    tracing::error!("the ring's last turn panicked while a proactor was dropped");
                }
                break;
            }
            // Orphans freed by those completions may have dropped operations of their own.
            quietly(|| rt.run_deferred());
        }
        drop_all_released(rt);
        // What the drops before the teardown queued (a close) reaches the kernel before the
        // ring is given up (closes made during the teardown were made at once).
        quietly(|| rt.driver.borrow_mut().submit_queued());
        let reusable = rt.driver.borrow_mut().finish_shutdown(&mut wakes);
        // Whatever is still deferred belongs to operations whose completion never came: their
        // memory is leaked with them, never freed.
        std::mem::forget(std::mem::take(&mut *rt.deferred.borrow_mut()));
        wakes.append(&mut rt.wake_list.borrow_mut());
        quietly(|| rt.wake_all(&mut wakes));
        remote::unregister(rt.id, reusable);
    }
}

/// Drops the data of finished orphans, every one, however many of their drops panic.
fn drop_all_released(rt: &Runtime) {
    while rt.driver.borrow().has_released() {
        quietly(|| rt.drop_released());
    }
}

/// Runs user code of the teardown (a waker, the drop of an operation's buffer): a panic there
/// is logged, and the teardown goes on.
fn quietly(f: impl FnOnce()) {
    if std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).is_err() {
        tracing::error!("a waker or a buffer's drop panicked while a proactor was dropped");
    }
}
