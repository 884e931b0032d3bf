//! The supervisor's loop: start the first generation, then act on signals and watch the
//! workers until the process is told to go.

use std::marker::PhantomData;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use crossbeam_channel::{Receiver, Select};
use percore_config::{
    Action, AppSection, Config, ConfigArgs, CpuSet, Settings, handle_checked, load_pinned,
    placement_warnings, worker_cpus,
};
use percore_offload::Pool;
use percore_worker::{LeftBehind, Listeners, StartError, WorkerExit, WorkerPool};

use crate::Worker;
use crate::admin::{self, Admin};
use crate::generation::Generation;
use crate::logging::{self, Logging};
use crate::metrics::MetricsSource;
use crate::notify::Notifier;
use crate::signals::{Signal, SignalThread};
use crate::tls::{self, LoadedTls};

/// How often the loop looks at the workers between signals.
const TICK: Duration = Duration::from_millis(50);

/// The callback told when the first generation accepts.
type OnReady = Box<dyn FnOnce(&Ready<'_>)>;

/// Runs an app: reads its configuration, starts its workers and supervises them.
///
/// # Examples
///
/// ```no_run
/// use clap::Parser;
/// use percore_config::{ConfigArgs, NoApp};
/// use percore_supervisor::Supervisor;
///
/// #[derive(Parser)]
/// struct Cli {
///     #[command(flatten)]
///     config: ConfigArgs,
/// }
///
/// fn main() -> std::process::ExitCode {
///     let cli = Cli::parse();
///     Supervisor::<NoApp>::new(cli.config)
///         .on_ready(|ready| ready.announce())
///         .run(|w| async move {
///             w.ctx
///                 .serve(|stream| async move {
///                     let (res, buf) = stream.recv(Vec::with_capacity(4096)).await;
///                     if res.is_ok() {
///                         let _ = stream.send_all(buf).await;
///                     }
///                 })
///                 .await;
///         })
/// }
/// ```
#[must_use = "call run() to start"]
pub struct Supervisor<A: AppSection> {
    args: ConfigArgs,
    on_ready: Option<OnReady>,
    /// Set when the app serves TLS: its ALPN protocols.
    alpn: Option<Vec<Vec<u8>>>,
    _app: PhantomData<fn() -> A>,
}

/// What [`Supervisor::on_ready`] is told once the first generation accepts.
#[derive(Debug)]
#[non_exhaustive]
pub struct Ready<'a> {
    /// The plaintext addresses the workers listen on (port 0 resolved).
    pub addrs: &'a [SocketAddr],
    /// The addresses that speak TLS (`tls.listen`, port 0 resolved).
    pub tls_addrs: &'a [SocketAddr],
    /// The admin endpoint's address, when enabled.
    pub admin: Option<SocketAddr>,
    stopper: crate::Stopper,
}

impl Ready<'_> {
    /// A handle that stops the server gracefully, as SIGTERM does.
    pub fn stopper(&self) -> crate::Stopper {
        self.stopper.clone()
    }

    /// Prints `listening on ADDR` for each plaintext address, `listening with TLS on ADDR`
    /// for each TLS one, and `admin on ADDR` for the admin endpoint to standard output, one
    /// line each, and flushes: the lines scripts, tests and people read to find a server
    /// started on port 0.
    pub fn announce(&self) {
        use std::io::Write;
        let mut out = std::io::stdout().lock();
        for addr in self.addrs {
            let _ = writeln!(out, "listening on {addr}");
        }
        for addr in self.tls_addrs {
            let _ = writeln!(out, "listening with TLS on {addr}");
        }
        if let Some(admin) = self.admin {
            let _ = writeln!(out, "admin on {admin}");
        }
        let _ = out.flush();
    }
}

impl<A: AppSection> std::fmt::Debug for Supervisor<A> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Supervisor")
            .field("args", &self.args)
            .finish_non_exhaustive()
    }
}

struct State<A: AppSection, E> {
    args: ConfigArgs,
    /// The app's ALPN protocols, for the certificates of every generation (`None`: the app
    /// serves no TLS).
    alpn: Option<Vec<Vec<u8>>>,
    entry: E,
    current: Generation<A>,
    old: Vec<Generation<A>>,
    next_id: u64,
    metrics: Arc<MetricsSource>,
    notifier: Notifier,
    logging: Logging,
    offload: Option<Arc<Pool>>,
    /// Socket activation: the addresses systemd gave us stay ours across reloads.
    activated: Option<Vec<SocketAddr>>,
    /// Set on the first SIGTERM/SIGINT: when draining must end.
    shutdown: Option<Instant>,
    signals: SignalThread,
    /// Signals taken from the channel while merging reloads, handled next, in order.
    queued: std::collections::VecDeque<Signal>,
    admin: Option<Admin>,
    /// The settings the process started with: those a reload cannot change stay as these.
    at_start: Settings,
    /// Reloads whose new generation runs while a worker of an older one may still accept.
    completing: Option<Completing>,
    /// Workers that failed or given-up reloads left behind, stuck in their set-up, with the
    /// sockets they hold.
    left_behind: LeftBehind,
    /// The stop has stopped the sockets those workers hold from listening.
    stranded_released: bool,
}

/// Reloads applied but not yet reported done: until no worker of an older generation may
/// take a new connection (its drain has cancelled its accepts and started what was queued to
/// it), a client could still be served with the old configuration (for TLS, the old
/// certificate). Counted, logged and told to the service manager (`READY=1`) once none can.
struct Completing {
    /// How many reloads (one more for each that came meanwhile).
    reloads: u64,
    /// The newest one's status line.
    status: String,
    /// The status of the last reload that came to nothing after this one, told with its
    /// `READY=1` so that it is not lost from the service manager's status (a reload applied
    /// after it supersedes it).
    since: Option<String>,
}

impl<A: AppSection> Supervisor<A> {
    /// A supervisor for the app section `A`, configured by `args`.
    pub fn new(args: ConfigArgs) -> Self {
        Supervisor {
            args,
            on_ready: None,
            alpn: None,
            _app: PhantomData,
        }
    }

    /// The app serves TLS on `tls.listen` (it accepts with
    /// `WorkerContext::serve_accepted` and handshakes the connections of TLS addresses),
    /// speaking the ALPN protocols `alpn` in order of preference (`["http/1.1"]` for HTTP;
    /// none for a stream of its own). Without this, `tls.listen` is a configuration error.
    pub fn serves_tls(mut self, alpn: &[&str]) -> Self {
        self.alpn = Some(alpn.iter().map(|p| p.as_bytes().to_vec()).collect());
        self
    }

    /// Called once, with the bound addresses, when every worker of the first generation
    /// accepts (apps print their address here).
    pub fn on_ready(mut self, f: impl FnOnce(&Ready<'_>) + 'static) -> Self {
        self.on_ready = Some(Box::new(f));
        self
    }

    /// Reads the configuration (carrying out `--check-config` and `--print-config`), starts a
    /// generation of workers each running `entry`, and supervises them until SIGTERM, SIGINT
    /// or SIGQUIT. Returns the process's exit status: 0 after a clean stop, 1 when the
    /// configuration is invalid, the workers cannot start, or workers stuck in a blocking
    /// call did not end within 5 s of the stop (left behind).
    ///
    /// Once it has returned, the signals it took (SIGTERM, SIGINT, SIGQUIT, SIGHUP, SIGUSR1)
    /// are ignored, not given back their default actions (which signal-hook cannot restore):
    /// a program that goes on after `run` handles them itself.
    pub fn run<E, Fut>(self, entry: E) -> ExitCode
    where
        E: Fn(Worker<A>) -> Fut + Send + Sync + Clone + 'static,
        Fut: Future<Output = ()> + 'static,
    {
        // Taken first when the server is to run: a SIGHUP or SIGUSR1 (a logrotate) while the
        // configuration and the certificates load would otherwise end the process (their
        // default action); a signal that comes meanwhile waits in the queue, and is acted on
        // once the workers serve (a stop's, at once: the start gives up). A check or a print
        // of the configuration keeps the default actions (Ctrl-C ends it).
        let signals = match self.args.check_config || self.args.print_config {
            true => None,
            false => match SignalThread::start() {
                Ok(s) => Some(s),
                Err(e) => {
                    eprintln!("cannot take the signals: {e}");
                    return ExitCode::FAILURE;
                }
            },
        };
        let mut loaded = None;
        let mut tls_check = tls::checker(self.alpn.as_deref(), &mut loaded);
        // The log file is opened at start (checked here, for `--check-config` and
        // `--print-config` too); a reload keeps the file the process started with, and checks
        // a changed one only as the next start would.
        let mut placement = Vec::new();
        let action = handle_checked::<A>(&self.args, &mut |cfg, errors| {
            tls_check(cfg, errors);
            logging::check_file(&cfg.settings.log, errors);
            placement = placement_warnings(&cfg.settings, &CpuSet::of_process());
        });
        drop(tls_check);
        let cfg = match action {
            Action::Exit(code) => {
                for w in loaded.iter().flat_map(|l| &l.warnings).chain(&placement) {
                    eprintln!("warning: {w}");
                }
                return code;
            }
            Action::Run(cfg) => *cfg,
        };
        let Some(signals) = signals else {
            // Only a check or a print leaves them untaken, and neither runs the server.
            unreachable!("a check of the configuration runs no server");
        };
        let logging = match Logging::init(&cfg.settings.log) {
            Ok(l) => l,
            Err(e) => {
                eprintln!("cannot open the log file: {e}");
                return ExitCode::FAILURE;
            }
        };
        let loaded = loaded.unwrap_or_default();
        for w in loaded
            .warnings
            .iter()
            .chain(placement_at_start(&cfg.settings, &placement))
        {
            tracing::warn!("{w}");
        }
        if !cfg.settings.tls.listen.is_empty() {
            tracing::info!("{}", percore_tls::kernel_tls().describe());
        }
        let logs_to_a_file = cfg.settings.log.file.is_some();
        match start(self.args, self.alpn, cfg, loaded, entry, logging, signals) {
            Ok(mut state) => {
                if let Some(f) = self.on_ready {
                    let listeners = state.current.pool.listeners().clone();
                    f(&Ready {
                        addrs: listeners.plain_addrs(),
                        tls_addrs: listeners.tls_addrs(),
                        admin: state.admin.as_ref().map(|a| a.addr),
                        stopper: crate::Stopper::new(&state.signals),
                    });
                }
                // Failure: workers stuck past their stop were left behind.
                match state.serve() {
                    true => ExitCode::SUCCESS,
                    false => ExitCode::FAILURE,
                }
            }
            // Asked to stop before it served: nothing to drain, and a stop, not a failure
            // (unless a worker stuck in its set-up has not ended within the stop's limit, as
            // after any stop).
            Err(e)
                if matches!(
                    e.downcast_ref(),
                    Some(StartError::Stopped { left_behind: false })
                ) =>
            {
                tracing::info!("stopped during start: the workers had not yet set up");
                ExitCode::SUCCESS
            }
            Err(e) => {
                tracing::error!("{e}");
                // Told on standard error too where the log does not show it there: a file,
                // or a filter (`RUST_LOG`) that leaves this line out.
                if logs_to_a_file || !tracing::enabled!(tracing::Level::ERROR) {
                    eprintln!("{e}");
                }
                ExitCode::FAILURE
            }
        }
    }
}

/// The placement warnings a start (or reload) logs: with `pin = "best-effort"` none, as each
/// worker that cannot be pinned says so itself (`--check-config`, which starts none, prints
/// them all).
fn placement_at_start<'a>(settings: &Settings, warnings: &'a [String]) -> &'a [String] {
    match settings.pin {
        percore_config::Pin::BestEffort => &[],
        _ => warnings,
    }
}

/// The listeners of a generation: the old generation's sockets where they fit, new ones
/// bound for the rest. Under socket activation the addresses stay systemd's.
fn listeners_for<A: AppSection>(
    cfg: &mut Config<A>,
    cpus: &[usize],
    old: Option<&Listeners>,
    activated: &Option<Vec<SocketAddr>>,
    tls: Option<Arc<percore_tls::ServerConfig>>,
) -> Result<Listeners, StartError> {
    if let Some(addrs) = activated {
        // The sockets came from systemd: a reload keeps them, whatever the file says. (The
        // TLS addresses are percore's own: systemd's sockets are plaintext.)
        cfg.settings.listen = addrs.clone();
    }
    let mut listeners = Listeners::rebind(old, &cfg.settings, cpus)?;
    if let Some(tls) = tls {
        listeners.set_tls(tls);
    }
    Ok(listeners)
}

fn start<A, E, Fut>(
    args: ConfigArgs,
    alpn: Option<Vec<Vec<u8>>>,
    mut cfg: Config<A>,
    tls: LoadedTls,
    entry: E,
    logging: Logging,
    signals: SignalThread,
) -> Result<State<A, E>, Box<dyn std::error::Error>>
where
    A: AppSection,
    E: Fn(Worker<A>) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = ()> + 'static,
{
    let notifier = Notifier::from_env();
    let metrics = Arc::new(MetricsSource::default());
    let admin = if cfg.settings.admin.enabled {
        let admin = admin::start(
            cfg.settings.admin.listen,
            cfg.settings.backend,
            metrics.clone(),
        )?;
        tracing::info!("admin endpoint on http://{}/metrics", admin.addr);
        Some(admin)
    } else {
        None
    };
    let offload = match cfg.settings.offload.threads {
        0 => None,
        n => Some(Arc::new(
            Pool::builder()
                .threads(n as usize)
                .queue_depth(cfg.settings.offload.queue_depth as usize)
                .build()
                .map_err(|e| {
                    std::io::Error::new(e.kind(), format!("offload pool ({n} threads): {e}"))
                })?,
        )),
    };
    *metrics
        .offload
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner) = offload.clone();
    let cpus = worker_cpus(&cfg.settings, &CpuSet::of_process()).map_err(StartError::Placement)?;
    fit_open_files(&cfg.settings, &cpus, 0);
    let inherited = percore_proactor::net::systemd_listeners()
        .map_err(|e| format!("socket activation: {e}"))?;
    let (listeners, activated) = match inherited {
        Some(sockets) => {
            let inherited = Listeners::from_inherited(sockets, cpus.len())
                .map_err(|e| format!("socket activation: {e}"))?;
            tracing::info!(
                "using {} socket(s) from the service manager",
                inherited.addrs().len()
            );
            let addrs = Some(inherited.addrs().to_vec());
            // The inherited sockets are kept as a reload keeps its predecessor's; the TLS
            // addresses are bound beside them.
            let listeners = listeners_for(&mut cfg, &cpus, Some(&inherited), &addrs, tls.config)?;
            (listeners, addrs)
        }
        None => (
            listeners_for(&mut cfg, &cpus, None, &None, tls.config)?,
            None,
        ),
    };
    let handle = offload.as_ref().map(|p| p.handle());
    let mut left_behind = LeftBehind::new();
    let current = Generation::start(
        1,
        cfg,
        &cpus,
        listeners,
        entry.clone(),
        handle,
        (&signals.stop, &mut left_behind),
    )
    .map_err(|e| match e {
        // Those that end within the stop's limit were only slow: the process ends with
        // them, and its exit says a stop, not a failure.
        StartError::Stopped { .. } => StartError::Stopped {
            left_behind: !left_behind.ended_by(Instant::now() + STOP_LIMIT),
        },
        e => e,
    })?;
    metrics.set_generations(vec![current.view()]);
    metrics.ready.store(true, Ordering::Relaxed);
    let status = format!(
        "{} on {}",
        workers_text(current.pool.ids().len()),
        addrs_text(current.pool.listeners())
    );
    tracing::info!("ready: {status} (generation 1)");
    notifier.ready(&status);
    Ok(State {
        at_start: current.config.settings.clone(),
        args,
        alpn,
        entry,
        current,
        old: Vec::new(),
        next_id: 2,
        metrics,
        notifier,
        logging,
        offload,
        activated,
        shutdown: None,
        signals,
        queued: std::collections::VecDeque::new(),
        admin,
        completing: None,
        left_behind,
        stranded_released: false,
    })
}

impl<A, E, Fut> State<A, E>
where
    A: AppSection,
    E: Fn(Worker<A>) -> Fut + Send + Sync + Clone + 'static,
    Fut: Future<Output = ()> + 'static,
{
    /// The loop: signals and a periodic look at the workers, until every worker is done.
    /// Runs until the stop; false when it left stuck workers behind.
    fn serve(&mut self) -> bool {
        let tick = crossbeam_channel::tick(TICK);
        loop {
            let signal = self.next_event(&tick);
            let now = Instant::now();
            match signal {
                Some(Signal::Terminate) if self.shutdown.is_some() => {
                    tracing::warn!("second stop signal: stopping now");
                    self.stop_now();
                    break;
                }
                Some(Signal::Terminate) => self.begin_shutdown(now),
                Some(Signal::Quit) => {
                    tracing::warn!("SIGQUIT: stopping now");
                    self.count_reloads();
                    self.notifier.stopping("stopping now");
                    self.stop_now();
                    break;
                }
                Some(Signal::Reload) if self.shutdown.is_none() => {
                    self.coalesce_reloads();
                    self.reload();
                }
                Some(Signal::Reload) => tracing::info!("reload ignored: shutting down"),
                Some(Signal::Report) => self.report(),
                None => {}
            }
            if self.supervise(now) {
                break;
            }
        }
        self.finish()
    }

    /// Takes the reloads queued behind the one about to run: one reload reads the file as
    /// they all would, and each would otherwise cost a whole start (up to `start_timeout`
    /// when the app stalls). Other signals queued among them keep their order, after it.
    fn coalesce_reloads(&mut self) {
        let mut merged = 0;
        while let Ok(signal) = self.signals.rx.try_recv() {
            match signal {
                Signal::Reload => merged += 1,
                other => self.queued.push_back(other),
            }
        }
        if merged > 0 {
            tracing::info!("{merged} more reload signal(s) queued: one reload for all");
        }
    }

    /// Waits for a signal, a worker thread's end (so that a drained generation is seen to
    /// finish at once, not at the next tick), or the tick. Returns the signal, if that was it.
    fn next_event(&mut self, tick: &Receiver<Instant>) -> Option<Signal> {
        if let Some(signal) = self.queued.pop_front() {
            return Some(signal);
        }
        let pools: Vec<&WorkerPool> = std::iter::once(&self.current.pool)
            .chain(self.old.iter().map(|g| &g.pool))
            .collect();
        let exits: Vec<Receiver<WorkerExit>> = pools.iter().map(|p| p.exits()).collect();
        let mut sel = Select::new();
        let signals = sel.recv(&self.signals.rx);
        let ticked = sel.recv(tick);
        for rx in &exits {
            sel.recv(rx);
        }
        let op = sel.select();
        match op.index() {
            i if i == signals => op.recv(&self.signals.rx).ok(),
            i if i == ticked => {
                let _ = op.recv(tick);
                None
            }
            i => {
                let which = i - 2;
                if let Ok(exit) = op.recv(&exits[which]) {
                    // Sent in the thread's last steps: let it finish them, so that this
                    // round's look at the workers sees it ended.
                    pools[which].await_exit(exit, TICK);
                }
                None
            }
        }
    }

    fn views(&self) {
        let mut views = vec![self.current.view()];
        views.extend(self.old.iter().map(Generation::view));
        self.metrics.set_generations(views);
    }

    /// SIGTERM/SIGINT: stop accepting (the sockets close, new connections are refused), let
    /// connections finish until `shutdown_timeout`.
    fn begin_shutdown(&mut self, now: Instant) {
        let timeout = self.current.config.settings.shutdown_timeout;
        tracing::info!("stop signal: draining, for up to {timeout}");
        let grace = timeout.0;
        // A reload still waiting for its old workers to stop accepting: every generation
        // stops now. Counted, but not told as ready after the stop.
        self.count_reloads();
        self.notifier.stopping("draining");
        self.metrics.draining.store(true, Ordering::Relaxed);
        self.current.drain(now + grace);
        for g in &mut self.old {
            g.deadline = Some(g.deadline.map_or(now + grace, |d| d.min(now + grace)));
        }
        self.shutdown = Some(now + grace);
    }

    fn stop_now(&mut self) {
        self.current.pool.stop();
        for g in &self.old {
            g.pool.stop();
        }
    }

    /// SIGHUP: a new generation with the new configuration, then the old one drains. An
    /// invalid configuration, or one whose workers cannot start, leaves the running
    /// generation as it is.
    fn reload(&mut self) {
        // Every reload is told, however it ends (`READY=1` closes it, or the one before it).
        self.notifier.reloading();
        let mut loaded = None;
        // What is set at start (the offload pool, the admin endpoint, the log's file and
        // format) stays as it runs: the new configuration is checked as read (what the next
        // start would refuse is refused now), then its workers run with the running values,
        // and a change to them is said before they start.
        let mut fixed = Vec::new();
        let checked = load_pinned::<A>(
            &self.args,
            &CpuSet::of_process(),
            &mut tls::checker(self.alpn.as_deref(), &mut loaded),
            &mut |settings, errors| {
                fixed = set_at_start(&self.at_start, settings);
                // Not opened by this process before its next start, but refused now as
                // `--check-config` and that start would refuse it.
                if fixed.contains(&"log.file") {
                    logging::check_file(&settings.log, errors);
                }
                keep_set_at_start(&self.at_start, settings);
            },
        );
        for key in fixed {
            tracing::warn!(
                "{key} changed, but is set at start: the running value stays until the next start"
            );
        }
        let mut cfg = match checked {
            Ok(cfg) => cfg,
            Err(errors) => {
                // One line, as every other log line: each error names its key, file and line.
                let errors: Vec<String> = errors.0.iter().map(ToString::to_string).collect();
                tracing::error!(
                    "reload refused, the running configuration stays: {}",
                    errors.join("; ")
                );
                MetricsSource::bump(&self.metrics.failed_reloads);
                self.reload_came_to_nothing("reload refused: invalid configuration");
                return;
            }
        };
        let loaded = loaded.unwrap_or_default();
        let placement = placement_warnings(&cfg.settings, &CpuSet::of_process());
        for w in loaded
            .warnings
            .iter()
            .chain(placement_at_start(&cfg.settings, &placement))
        {
            tracing::warn!("{w}");
        }
        // The generations running now keep their connections while the new one starts and
        // they drain: the limit must take them all at once.
        let running: u64 = std::iter::once(&self.current)
            .chain(&self.old)
            .map(|g| {
                let cpus: Vec<usize> = g.pool.ids().iter().map(|w| w.cpu).collect();
                descriptors_for(&g.config.settings, &cpus)
            })
            .sum();
        let started = worker_cpus(&cfg.settings, &CpuSet::of_process())
            .map_err(StartError::Placement)
            .and_then(|cpus| {
                fit_open_files(&cfg.settings, &cpus, running);
                let listeners = listeners_for(
                    &mut cfg,
                    &cpus,
                    Some(self.current.pool.listeners()),
                    &self.activated,
                    loaded.config,
                )?;
                let handle = self.offload.as_ref().map(|p| p.handle());
                Generation::start(
                    self.next_id,
                    cfg,
                    &cpus,
                    listeners,
                    self.entry.clone(),
                    handle,
                    (&self.signals.stop, &mut self.left_behind),
                )
            });
        match started {
            Ok(next) => {
                // The start may have taken a while (every new app's set-up): the old
                // generation's drain time runs from now, not from the signal.
                let now = Instant::now();
                let grace = self.current.config.settings.shutdown_timeout.0;
                let mut old = std::mem::replace(&mut self.current, next);
                old.drain(now + grace);
                self.old.push(old);
                self.next_id += 1;
                self.logging
                    .set_level(self.current.config.settings.log.level);
                self.views();
                let status = format!(
                    "{} on {} (generation {})",
                    workers_text(self.current.pool.ids().len()),
                    addrs_text(self.current.pool.listeners()),
                    self.current.id
                );
                let reloads = self.completing.as_ref().map_or(0, |c| c.reloads) + 1;
                self.completing = Some(Completing {
                    reloads,
                    status,
                    since: None,
                });
                // Said as soon as the old workers have stopped accepting (see `supervise`).
                self.complete_reloads(now);
            }
            // The stop's own message, still queued, drains the running generation next, and
            // its STOPPING=1 ends the reloading for the service manager.
            Err(e @ StartError::Stopped { .. }) => {
                tracing::info!("reload given up: {e}");
            }
            Err(e) => {
                tracing::error!("reload failed, the running generation stays: {e}");
                MetricsSource::bump(&self.metrics.failed_reloads);
                self.reload_came_to_nothing("reload failed; the running generation stays");
            }
        }
    }

    /// Counts, logs and tells the reloads applied since the last call, once no worker of an
    /// older generation accepts any more, or at the latest when their drain time is up (a
    /// worker stuck in a blocking call never says it stopped accepting).
    fn complete_reloads(&mut self, now: Instant) {
        if self.completing.is_none() {
            return;
        }
        let accepting = |g: &Generation<A>| {
            g.pool.accepting() && g.deadline.is_none_or(|deadline| now < deadline)
        };
        if self.old.iter().any(accepting) {
            return;
        }
        if let Some(done) = self.count_reloads() {
            // An address the reload dropped is nobody's now, also for a worker left behind
            // by an earlier failed one.
            self.left_behind
                .release(Some(self.current.pool.listeners()));
            match done.since {
                Some(since) => self
                    .notifier
                    .ready(&format!("{} (a later reload: {since})", done.status)),
                None => self.notifier.ready(&done.status),
            }
        }
    }

    /// Tells the service manager that a reload changed nothing: `READY=1`, unless an earlier
    /// reload is still waiting to be said done (its `READY=1` ends the reloading then).
    fn reload_came_to_nothing(&mut self, status: &str) {
        match self.completing.as_mut() {
            Some(waiting) => {
                self.notifier.status(status);
                waiting.since = Some(status.to_string());
            }
            None => self.notifier.ready(status),
        }
    }

    /// Counts and logs the reloads waiting to be said done, if any.
    fn count_reloads(&mut self) -> Option<Completing> {
        let done = self.completing.take()?;
        self.metrics
            .reloads
            .fetch_add(done.reloads, Ordering::Relaxed);
        tracing::info!("reloaded: {}", done.status);
        Some(done)
    }

    /// SIGUSR1: every worker's counters in the log, and the log file reopened.
    fn report(&self) {
        if let Err(e) = self.logging.reopen() {
            // Said in the file still open (the one logrotate moved): its owner may look there.
            tracing::error!("cannot reopen the log file {e}; lines go on to the file open before");
        }
        for (generation, s) in self.metrics.snapshot() {
            tracing::info!(
                generation,
                worker = s.index,
                cpu = s.cpu,
                connections_open = s.connections_open,
                connections_accepted = s.connections_accepted,
                requests = s.requests,
                bytes_in = s.bytes_in,
                bytes_out = s.bytes_out,
                connection_limit_hits = s.connection_limit_hits,
                timeouts = s.timeouts,
                kernel_entries = s.kernel_entries,
                ticks = s.ticks,
                buf_ring_exhausted = s.buf_ring_exhausted,
                cq_overflows = s.cq_overflows,
                sq_full_submits = s.sq_full_submits,
                readiness_waits = s.readiness_waits,
                send_back_offs = s.send_back_offs,
                "stats"
            );
        }
    }

    /// Restarts, retires drained generations, and tells when shutdown is complete.
    fn supervise(&mut self, now: Instant) -> bool {
        let mut changed = self.current.supervise(now, &self.metrics);
        // Ready while a worker of the running generation serves: a probe sees a generation
        // whose every worker is down (restarting, and failing to) as not ready.
        self.metrics
            .ready
            .store(self.current.serving(), Ordering::Relaxed);
        let before = self.old.len();
        let left_behind = &mut self.left_behind;
        self.old.retain_mut(|g| {
            // A restart still setting up when the reload came is stopped past its deadline
            // too (nothing restarts it: the generation drains).
            g.pool.check_set_up(now);
            for (_, end) in g.pool.reap() {
                crate::generation::log_draining_end(g.id, end);
            }
            if g.pool.is_finished() {
                tracing::info!("generation {} finished draining", g.id);
                return false;
            }
            match (g.deadline, g.stopped_at) {
                (Some(d), None) if now >= d => {
                    tracing::warn!(
                        "generation {}: drain time is up, closing its connections",
                        g.id
                    );
                    g.pool.stop();
                    g.stopped_at = Some(now);
                }
                // Told to stop, and still not ended: a worker stuck in a blocking call. Left
                // behind, once (told again at every tick, it was logged 20 times a second).
                (_, Some(at)) if now >= at + STOP_LIMIT => {
                    // Kept, to count at the end: the exit says a worker was left behind.
                    let panics = g.pool.join_by_leaving(now, left_behind);
                    panics.iter().for_each(|p| tracing::error!("{p}"));
                    tracing::error!(
                        "generation {}: retired without its workers that did not stop within {STOP_LIMIT:?} of being told to (a blocking call in a handler?)",
                        g.id
                    );
                    return false;
                }
                _ => {}
            }
            true
        });
        changed |= self.old.len() != before;
        if changed {
            self.views();
        }
        self.complete_reloads(now);
        let Some(deadline) = self.shutdown else {
            return false;
        };
        if !self.stranded_released
            && !self.current.pool.accepting()
            && !self.old.iter().any(|g| g.pool.accepting())
        {
            // Every generation has stopped accepting: none of the sockets that a worker left
            // behind by a failed reload still holds may take a connection. (An app that
            // accepts on its own, without `serve_accepted`, never counts as accepting: for
            // it this comes at once, and resets what such a socket still queued.)
            self.left_behind.release(None);
            self.stranded_released = true;
        }
        if self.current.pool.is_finished() && self.old.is_empty() {
            return true;
        }
        if now >= deadline {
            tracing::warn!("shutdown time is up: closing the remaining connections");
            self.stop_now();
            return true;
        }
        false
    }

    /// Joins everything, in order. False when stopped workers did not end in time: they are
    /// left behind (logged), and the rest is shut down around them.
    fn finish(&mut self) -> bool {
        self.notifier.stopping("stopped");
        self.current.pool.stop();
        for g in &self.old {
            g.pool.stop();
        }
        // A worker stuck in a blocking call would hold the process forever, deaf to signals:
        // past the limit it is left behind.
        let deadline = Instant::now() + STOP_LIMIT;
        let mut all = true;
        let pools =
            std::iter::once(&mut self.current.pool).chain(self.old.iter_mut().map(|g| &mut g.pool));
        for pool in pools {
            let (ended, panics) = pool.join_by(deadline);
            panics.iter().for_each(|p| tracing::error!("{p}"));
            all &= ended;
        }
        if !all {
            tracing::error!(
                "workers did not stop within {STOP_LIMIT:?} of being told to (a blocking call in a handler?): ending without them"
            );
        }
        // Those left behind earlier (by a failed or given-up reload, stuck in its set-up, or
        // by an old generation) count too, as long as they have not ended by now.
        if all && !self.left_behind.ended_by(deadline) {
            tracing::error!(
                "{} worker thread(s) that did not stop earlier (a reload's set-up, or an old generation's worker) still stuck in a blocking call: ending without them",
                self.left_behind.running()
            );
            all = false;
        }
        self.old.clear();
        self.admin.take();
        if let Some(pool) = self.offload.take() {
            self.metrics
                .offload
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .take();
            if let Ok(pool) = Arc::try_unwrap(pool) {
                pool.shutdown(Duration::from_secs(1));
            }
        }
        tracing::info!("stopped");
        all
    }
}

/// How long stopped workers have to end before the supervisor ends without them.
const STOP_LIMIT: Duration = Duration::from_secs(5);

/// Descriptors a worker may hold beside its connections and those accepted past its limit (a
/// backlog's worth per address: see the accept loop): its listeners, ring and event
/// descriptors, a static server's kept files (256 by default), with room to spare.
const FDS_PER_WORKER: u64 = 512;

/// The descriptors the workers on `cpus` may hold with `settings`: every connection
/// `max_connections` allows, the accept queues' and [`FDS_PER_WORKER`] each.
fn descriptors_for(settings: &percore_config::Settings, cpus: &[usize]) -> u64 {
    let connections: u64 = cpus
        .iter()
        .map(|&cpu| u64::from(settings.for_core(Some(cpu)).max_connections))
        .sum();
    let addresses = (settings.listen.len() + settings.tls.listen.len()).max(1) as u64;
    let per_worker = FDS_PER_WORKER + u64::from(settings.backlog) * addresses;
    connections + per_worker * cpus.len() as u64
}

/// Raises the open-file limit, within the hard limit, to what the workers on `cpus` may hold
/// with `settings`, beside the `running` descriptors of the generations a reload keeps while
/// they drain (every connection is a descriptor; a login shell's 1,024 would refuse the
/// 1,025th with `EMFILE`). Says in the log when the hard limit is lower than the new workers
/// alone need, as nginx warns of `worker_connections` past it (draining generations only
/// lose connections: their share is asked for, not warned of).
fn fit_open_files(settings: &percore_config::Settings, cpus: &[usize], running: u64) {
    let alone = descriptors_for(settings, cpus) + 64;
    let wanted = alone + running;
    // Said once per shortfall, not again at every reload that changes nothing.
    static SAID: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    match percore_proactor::limits::raise_open_files(wanted) {
        Ok(limit)
            if limit.soft < alone
                && SAID.swap(alone, std::sync::atomic::Ordering::Relaxed) != alone =>
        {
            tracing::warn!(
                "the open-file limit ({}, hard limit {}) is below the {alone} descriptors that \
             max_connections on {} may take: connections past it are refused (EMFILE) until \
             others close; raise the hard limit (ulimit -Hn, systemd's LimitNOFILE=) or lower \
             max_connections",
                limit.soft,
                limit.hard,
                workers_text(cpus.len())
            );
        }
        Ok(limit) => {
            if limit.soft >= alone {
                // Fits now: a shortfall that comes back is said again.
                SAID.store(0, std::sync::atomic::Ordering::Relaxed);
            }
            tracing::debug!(
                "open-file limit: {} (asked for {wanted}, {alone} of them the new workers')",
                limit.soft
            );
        }
        Err(e) => tracing::warn!("the open-file limit could not be raised: {e}"),
    }
}

/// The workers for the log: `1 worker`, `2 workers`.
fn workers_text(n: usize) -> String {
    match n {
        1 => "1 worker".to_string(),
        n => format!("{n} workers"),
    }
}

/// The addresses for the log: `127.0.0.1:8080, 127.0.0.1:8443 (TLS)`.
fn addrs_text(listeners: &Listeners) -> String {
    listeners
        .plain_addrs()
        .iter()
        .map(SocketAddr::to_string)
        .chain(listeners.tls_addrs().iter().map(|a| format!("{a} (TLS)")))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The settings a reload does not apply (they are set at start) that differ between those
/// the process started with and `new`, by key: said in the log rather than ignored in
/// silence (at every reload while they differ).
fn set_at_start(old: &Settings, new: &Settings) -> Vec<&'static str> {
    let mut changed = Vec::new();
    if old.offload != new.offload {
        changed.push("offload");
    }
    if old.admin != new.admin {
        changed.push("admin");
    }
    if old.log.format != new.log.format {
        changed.push("log.format");
    }
    if old.log.file != new.log.file {
        changed.push("log.file");
    }
    changed
}

/// Sets in `new` what `running` was started with and a reload cannot change (see
/// [`set_at_start`]).
fn keep_set_at_start(running: &Settings, new: &mut Settings) {
    new.offload = running.offload.clone();
    new.admin = running.admin.clone();
    new.log.format = running.log.format;
    new.log.file = running.log.file.clone();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reload_names_the_settings_it_cannot_apply() {
        let old = Settings::default();
        let mut new = old.clone();
        assert!(set_at_start(&old, &new).is_empty());
        new.offload.threads += 1;
        new.log.file = Some("/var/log/percore.log".into());
        // Applied by a reload: not named.
        new.max_connections += 1;
        new.log.level = percore_config::LogLevel::Debug;
        assert_eq!(set_at_start(&old, &new), ["offload", "log.file"]);
        // Kept as they run; the rest as the reload says.
        keep_set_at_start(&old, &mut new);
        assert!(set_at_start(&old, &new).is_empty());
        assert_eq!(new.max_connections, old.max_connections + 1);
        assert_eq!(new.log.level, percore_config::LogLevel::Debug);
    }
}
