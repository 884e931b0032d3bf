//! An HTTP service as a whole program: the supervisor (configuration, signals, reloads,
//! drain), one worker per CPU, each building its own handler and serving it.

use std::future::Future;
use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;
use std::rc::Rc;
use std::sync::Arc;
use std::time::Duration;

use percore_config::ConfigArgs;
use percore_offload::{OffloadError, PoolHandle};
use percore_supervisor::{Ready, Supervisor};
use percore_worker::{Accepted, LocalStats};

use crate::access_log::Logger;
use crate::handler::Handler;
use crate::settings::{HttpSection, WebSection};
use crate::site::{Shared, Site, Timeouts};

/// What a worker's handler is built from: the app's section of the configuration, the
/// offload pool, and which generation of workers this is.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Setup<S> {
    /// The app's section of the configuration.
    pub app: Arc<S>,
    /// The blocking-offload pool (see [`Offload`]).
    pub offload: Offload,
    /// The generation of workers (1 at start, one more per reload).
    pub generation: u64,
    /// The worker's counters (basic auth counts its refusals there).
    pub stats: Rc<LocalStats>,
    /// The addresses this worker serves TLS on (`tls.listen`, as bound: a port 0 resolved),
    /// for redirects to HTTPS.
    pub tls_addrs: Vec<SocketAddr>,
}

/// Runs blocking work (a file system walk, a synchronous database driver, hashing a
/// password) on the offload pool's threads, resuming the waiting handler on its own core.
/// Cheap to clone into handlers.
#[derive(Debug, Clone)]
pub struct Offload {
    pool: Option<PoolHandle>,
}

impl Offload {
    /// Runs `work` on a pool thread and waits for its result. With `offload.threads = 0` (no
    /// pool) it runs on the worker's own thread, blocking every connection of the core
    /// meanwhile, and a panic in it is the handler's own (its request is answered 500, and
    /// the connection closes).
    ///
    /// # Errors
    ///
    /// [`OffloadError::Panicked`] when `work` panicked on a pool thread,
    /// [`OffloadError::ShutDown`] when the pool stopped first.
    pub async fn run<T, F>(&self, work: F) -> Result<T, OffloadError>
    where
        T: Send + 'static,
        F: FnOnce() -> T + Send + 'static,
    {
        match &self.pool {
            Some(pool) => pool.run(work).await,
            None => Ok(work()),
        }
    }

    /// No pool: work runs on the calling thread (for what is built only to be checked).
    pub(crate) fn inline() -> Offload {
        Offload { pool: None }
    }

    /// The pool, when there is one.
    pub fn pool(&self) -> Option<&PoolHandle> {
        self.pool.as_ref()
    }
}

type OnReady = Box<dyn FnOnce(&Ready<'_>)>;

/// An HTTP service: configuration from `S` (a [`WebSection`]), one worker per CPU, each
/// serving the handler it builds.
///
/// By default it prints `listening on ADDR` and `serving at http://ADDR/` once every worker
/// accepts.
#[must_use = "call run() to start"]
pub struct App<S: WebSection> {
    args: ConfigArgs,
    on_ready: Option<OnReady>,
    _section: std::marker::PhantomData<fn() -> S>,
}

impl<S: WebSection> std::fmt::Debug for App<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("App").field("args", &self.args).finish()
    }
}

/// How often a worker's access log lines are handed to the pool, at least.
const LOG_FLUSH: Duration = Duration::from_secs(1);

impl<S: WebSection> App<S> {
    /// A service configured by `args` (the command line's `-c`, `--set`, ...).
    pub fn new(args: ConfigArgs) -> App<S> {
        App {
            args,
            on_ready: None,
            _section: std::marker::PhantomData,
        }
    }

    /// Called once every worker of the first generation accepts, instead of the default
    /// announcement.
    pub fn on_ready(mut self, f: impl FnOnce(&Ready<'_>) + 'static) -> App<S> {
        self.on_ready = Some(Box::new(f));
        self
    }

    /// Reads the configuration (carrying out `--check-config` and `--print-config`), starts
    /// the workers, each serving what `build` returns, and runs until SIGTERM or SIGINT (then
    /// drains). Returns the process's exit status.
    ///
    /// `build` runs on every worker thread (and again for each generation after a reload);
    /// the handler it builds stays on that thread, so it may hold `Rc` and `RefCell` state.
    pub fn run<B, Fut, H>(self, build: B) -> ExitCode
    where
        B: Fn(Setup<S>) -> Fut + Send + Sync + Clone + 'static,
        Fut: Future<Output = H> + 'static,
        H: Handler,
    {
        let on_ready = self.on_ready.unwrap_or_else(|| Box::new(announce));
        Supervisor::<S>::new(self.args)
            .serves_tls(&["http/1.1", "http/1.0"])
            .on_ready(on_ready)
            .run(move |w| {
                let build = build.clone();
                async move {
                    let http = checked(w.app.http());
                    let setup = Setup {
                        app: w.app.clone(),
                        offload: Offload {
                            pool: w.offload.clone(),
                        },
                        generation: w.generation,
                        stats: w.ctx.stats(),
                        tls_addrs: w
                            .ctx
                            .listeners()
                            .iter()
                            .filter(|l| l.tls.is_some())
                            .filter_map(|l| l.socket.local_addr().ok())
                            .collect(),
                    };
                    let handler = build(setup).await;
                    let ring = w.ctx.receive_ring().unwrap_or_else(|e| panic!("{e}"));
                    let log = Logger::new(
                        http.access_log,
                        http.access_log_file.clone(),
                        w.offload.clone(),
                    );
                    let shared = Shared::new(
                        http,
                        ring,
                        w.ctx.stats(),
                        Timeouts::from_settings(&w.ctx.settings().timeouts),
                        log,
                        w.ctx.drain(),
                    );
                    let site = Rc::new(Site { shared, handler });
                    let flusher = site.shared.log.as_ref().map(|_| {
                        let site = site.clone();
                        percore_proactor::spawn(async move {
                            loop {
                                percore_proactor::time::sleep(LOG_FLUSH).await;
                                if let Some(log) = &site.shared.log {
                                    log.flush();
                                }
                            }
                        })
                    });
                    let serving = site.clone();
                    w.ctx
                        .serve_accepted(move |a: Accepted| {
                            crate::conn::serve_accepted(a, serving.clone())
                        })
                        .await;
                    if let Some(f) = flusher {
                        f.abort();
                    }
                    if let Some(log) = &site.shared.log {
                        log.finish().await;
                    }
                }
            })
    }
}

/// The default announcement: `listening on ADDR` lines, then `serving at http://ADDR/` (and
/// `https://ADDR/` for the first TLS address).
fn announce(ready: &Ready<'_>) {
    ready.announce();
    // Not println!: with standard output closed it would panic, and a server must outlive
    // the terminal or pipe that started it.
    let mut out = std::io::stdout().lock();
    if let Some(addr) = ready.addrs.first() {
        let _ = writeln!(out, "serving at http://{addr}/");
    }
    if let Some(addr) = ready.tls_addrs.first() {
        let _ = writeln!(out, "serving at https://{addr}/");
    }
    let _ = out.flush();
}

/// `http`'s values, checked again on the worker: an app whose `AppSection::validate` does not
/// call [`HttpSection::validate`] must not be served with what it would have refused (a
/// `server` value with a line break would split every response; a `max_head` of gigabytes
/// would be reserved per connection). Its start, or its reload, fails instead, naming the
/// value (its key as it stands in the settings: where they sit in the app's section is the
/// app's to say). The access log's file is not looked at here (the check at load does, for
/// an app that validates its settings): one the workers cannot write to is reported as
/// each flush fails, not by stopping them.
///
/// # Panics
///
/// On the first value [`HttpSection::validate`] refuses.
fn checked(http: HttpSection) -> HttpSection {
    let mut errors = Vec::new();
    HttpSection {
        access_log: crate::settings::AccessLog::Off,
        ..http.clone()
    }
    .validate("", &mut errors);
    if let Some(e) = errors.first() {
        panic!("the app's HTTP settings were not checked by its validate: {e}");
    }
    http
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "server: must not contain control characters")]
    fn http_settings_an_app_did_not_check_stop_its_start() {
        let http = HttpSection {
            server: "x\r\nSet-Cookie: a=b".into(),
            ..HttpSection::default()
        };
        checked(http);
    }

    #[test]
    fn checked_http_settings_pass() {
        assert_eq!(checked(HttpSection::default()).server, "percore");
        // An access log whose directory went away after the load does not stop a worker.
        let http = HttpSection {
            access_log: crate::settings::AccessLog::Common,
            access_log_file: "/nonexistent-percore-dir/access.log".into(),
            ..HttpSection::default()
        };
        assert_eq!(checked(http).access_log, crate::settings::AccessLog::Common);
    }
}
