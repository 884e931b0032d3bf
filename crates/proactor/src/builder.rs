//! Building a [`Proactor`].

use std::cell::{Cell, RefCell};
use std::io;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::backend::uring::setup::{self, RingOptions};
use crate::backend::{BACKEND_ENV, BackendChoice, Driver, EpollDriver, UringDriver};
use crate::error::{SetupError, SetupStep};
use crate::executor::task::TaskSet;
use crate::proactor::Proactor;
use crate::remote::{self, LocalChannels};
use crate::runtime::{BufGroups, Deferred, ExecCounters, Runtime};
use crate::time::Timers;

/// Largest submission queue the kernel accepts.
pub const MAX_ENTRIES: u32 = 32_768;

/// Configures and builds a [`Proactor`].
///
/// # Examples
///
/// ```no_run
/// let proactor = percore_proactor::Proactor::builder()
///     .entries(4096)
///     .task_budget(128)
///     .build()?;
/// println!("{}", proactor.features());
/// # Ok::<(), percore_proactor::SetupError>(())
/// ```
#[derive(Clone)]
#[must_use = "call build() to create the proactor"]
pub struct ProactorBuilder {
    entries: u32,
    cq_entries: Option<u32>,
    sqpoll_idle: Option<Duration>,
    sqpoll_cpu: Option<u32>,
    task_budget: usize,
    backend: BackendChoice,
    on_tick: Option<TickHook>,
    log_ready: bool,
}

impl std::fmt::Debug for ProactorBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ProactorBuilder")
            .field("entries", &self.entries)
            .field("cq_entries", &self.cq_entries)
            .field("sqpoll_idle", &self.sqpoll_idle)
            .field("sqpoll_cpu", &self.sqpoll_cpu)
            .field("task_budget", &self.task_budget)
            .field("backend", &self.backend)
            .field("on_tick", &self.on_tick.is_some())
            .finish()
    }
}

/// A callback run once per tick.
type TickHook = std::rc::Rc<std::cell::RefCell<dyn FnMut()>>;

impl Default for ProactorBuilder {
    fn default() -> Self {
        ProactorBuilder {
            backend: BackendChoice::Auto,
            on_tick: None,
            log_ready: true,
            entries: 1024,
            cq_entries: None,
            sqpoll_idle: None,
            sqpoll_cpu: None,
            task_budget: 256,
        }
    }
}

impl ProactorBuilder {
    /// Submission queue size: a power of two from 2 to 32,768. Default 1,024. A tick that
    /// queues more SQEs than this enters the kernel early (counted in `sq_full_submits`).
    pub fn entries(mut self, entries: u32) -> Self {
        self.entries = entries;
        self
    }

    /// Completion queue size; default 4 x `entries`. Multishot operations post many
    /// completions per submission; an overflow is handled (the kernel holds completions back)
    /// but costs extra entries.
    pub fn cq_entries(mut self, entries: u32) -> Self {
        self.cq_entries = Some(entries);
        self
    }

    /// Runs a kernel thread that polls the submission queue, sleeping after `idle` without
    /// work. Trades a busy core for fewer `io_uring_enter` calls. When the kernel refuses
    /// SQPOLL the proactor runs without it and says so in its [`crate::Features`].
    pub fn sqpoll(mut self, idle: Duration) -> Self {
        self.sqpoll_idle = Some(idle);
        self
    }

    /// Pins the SQPOLL thread to `cpu`.
    pub fn sqpoll_cpu(mut self, cpu: u32) -> Self {
        self.sqpoll_cpu = Some(cpu);
        self
    }

    /// The backend: `Auto` (the default) uses io_uring when it works and epoll otherwise;
    /// `IoUring` fails rather than fall back; `Epoll` never uses io_uring. The environment
    /// variable `PERCORE_BACKEND` (`auto`, `io_uring`, `epoll`) overrides this.
    pub fn backend(mut self, choice: BackendChoice) -> Self {
        self.backend = choice;
        self
    }

    /// Runs `hook` once per tick, after the tick's tasks ran and just before the kernel entry
    /// (which may block), inside the proactor's context (it may call [`crate::stats`]). For
    /// publishing counters cheaply: keep it short.
    pub fn on_tick(mut self, hook: impl FnMut() + 'static) -> Self {
        self.on_tick = Some(std::rc::Rc::new(std::cell::RefCell::new(hook)));
        self
    }

    /// Whether `build` logs what it obtained (one `info` line). Default true; turn it off when
    /// the caller logs its own line with more context (a worker adds its index and CPU).
    pub fn log_ready(mut self, on: bool) -> Self {
        self.log_ready = on;
        self
    }

    /// Tasks polled per tick before the loop enters the kernel again. Default 256.
    pub fn task_budget(mut self, budget: usize) -> Self {
        self.task_budget = budget.max(1);
        self
    }

    fn ring_options(&self) -> Result<RingOptions, SetupError> {
        let invalid = |msg: String| {
            SetupError::new(
                SetupStep::RingSetup,
                io::Error::new(io::ErrorKind::InvalidInput, msg),
            )
        };
        // At least 2: an operation with a deadline and its linked timeout go in together.
        if self.entries < 2 || self.entries > MAX_ENTRIES || !self.entries.is_power_of_two() {
            return Err(invalid(format!(
                "ring entries must be a power of two from 2 to {MAX_ENTRIES}, not {}",
                self.entries
            )));
        }
        let cq_entries = self.cq_entries.unwrap_or(self.entries.saturating_mul(4));
        if cq_entries < self.entries {
            return Err(invalid(format!(
                "completion queue entries ({cq_entries}) must be at least the ring entries ({})",
                self.entries
            )));
        }
        Ok(RingOptions {
            entries: self.entries,
            cq_entries,
            sqpoll_idle_ms: self
                .sqpoll_idle
                .map(|d| u32::try_from(d.as_millis()).unwrap_or(u32::MAX).max(1)),
            sqpoll_cpu: self.sqpoll_cpu,
        })
    }

    /// Sets up the ring (logging what it obtained, once, at info level) and the executor.
    ///
    /// # Errors
    ///
    /// A [`SetupError`] naming the step and errno: io_uring refused (`EPERM` by seccomp or
    /// `kernel.io_uring_disabled`, `ENOSYS`), locked memory too low, an opcode missing.
    pub fn build(self) -> Result<Proactor, SetupError> {
        let opts = self.ring_options()?;
        let choice = match std::env::var(BACKEND_ENV) {
            Ok(v) if !v.trim().is_empty() => v.parse::<BackendChoice>().map_err(|msg| {
                SetupError::new(
                    SetupStep::Backend(BACKEND_ENV),
                    io::Error::new(io::ErrorKind::InvalidInput, msg),
                )
            })?,
            _ => self.backend,
        };
        let (id, remote) =
            remote::register().map_err(|e| SetupError::new(SetupStep::Eventfd, e))?;
        let wake_fd = remote.eventfd();
        let uring = |obtained| {
            let (d, f) = UringDriver::new(obtained, wake_fd);
            (Driver::Uring(d), f)
        };
        let epoll = |reason| EpollDriver::new(wake_fd, reason).map(|(d, f)| (Driver::Epoll(d), f));
        let built = match choice {
            BackendChoice::IoUring => setup::setup(&opts).map(uring),
            BackendChoice::Epoll => epoll(None),
            BackendChoice::Auto => match setup::setup(&opts) {
                Ok(obtained) => Ok(uring(obtained)),
                Err(e) => {
                    // One warning per process: every worker meets the same refusal; each still
                    // names it in its own ready line (`Features`'s fallback reason).
                    static WARNED: AtomicBool = AtomicBool::new(false);
                    if !WARNED.swap(true, Ordering::Relaxed) {
                        tracing::warn!(
                            target: "percore_proactor",
                            "io_uring unavailable, falling back to epoll: {e}"
                        );
                    } else {
                        tracing::debug!(
                            target: "percore_proactor",
                            "io_uring unavailable, falling back to epoll: {e}"
                        );
                    }
                    epoll(Some(e.to_string()))
                }
            },
        };
        let (driver, features) = match built {
            Ok(built) => built,
            Err(e) => {
                // No ring was built, so nothing reads the id's eventfd: it can serve again.
                remote::unregister(id, true);
                return Err(e);
            }
        };
        let rt = Rc::new(Runtime {
            id,
            is_epoll: matches!(driver, Driver::Epoll(_)),
            driver: RefCell::new(driver),
            tasks: RefCell::new(TaskSet::default()),
            polling: Cell::new(false),
            root_woken: Cell::new(false),
            wake_every_task: Cell::new(false),
            timers: RefCell::new(Timers::default()),
            remote,
            channels: RefCell::new(LocalChannels::default()),
            counters: ExecCounters::default(),
            budget: self.task_budget,
            coop: Cell::new(crate::runtime::COOP_BUDGET),
            now: Cell::new(None),
            features,
            wake_list: RefCell::new(Default::default()),
            pipes: RefCell::new(Vec::new()),
            buf_groups: RefCell::new(BufGroups::default()),
            deferred: RefCell::new(Deferred::default()),
            on_tick: self.on_tick.clone(),
        });
        // Logged once the proactor owns the ring: should the log panic (a subscriber's
        // bug), the proactor's drop tears the ring down as always.
        let proactor = Proactor::from_runtime(rt);
        if self.log_ready {
            let features = proactor.features();
            tracing::info!(target: "percore_proactor", "proactor ready: {features}");
        }
        Ok(proactor)
    }
}
