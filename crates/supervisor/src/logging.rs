//! Logging: text or JSON lines to standard error or a file, a level that follows reloads, and
//! a file that reopens on SIGUSR1 (for logrotate).

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

use percore_config::{ConfigError, LogFormat, LogLevel, LogSettings};
use tracing_subscriber::fmt::MakeWriter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::{EnvFilter, Layer, Registry, reload};

enum Sink {
    Stderr,
    File(File),
}

/// Where log lines go; swapped under a lock when the file is reopened. Logging is not on the
/// request path (nothing per request is logged at `info`), so the lock costs nothing there.
#[derive(Clone)]
struct SharedSink(Arc<Mutex<Sink>>);

struct SinkWriter(Arc<Mutex<Sink>>);

impl Write for SinkWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut *self.0.lock().unwrap_or_else(PoisonError::into_inner) {
            Sink::Stderr => io::stderr().write(buf),
            Sink::File(f) => f.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut *self.0.lock().unwrap_or_else(PoisonError::into_inner) {
            Sink::Stderr => io::stderr().flush(),
            Sink::File(f) => f.flush(),
        }
    }
}

impl<'a> MakeWriter<'a> for SharedSink {
    type Writer = SinkWriter;

    fn make_writer(&'a self) -> SinkWriter {
        SinkWriter(self.0.clone())
    }
}

/// The process's logging, set up once.
pub(crate) struct Logging {
    file: Option<PathBuf>,
    sink: SharedSink,
    level: Option<reload::Handle<EnvFilter, Registry>>,
}

/// Opens the log file for appending, creating it; an error names the file.
fn open(path: &PathBuf) -> io::Result<File> {
    OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

/// A check for `percore_config::load_checked`: the log file, when one is set and exists,
/// opens for appending, so that one the process may not write (a directory, no permission, a
/// read-only file system) is reported under its key by `--check-config`, not first found at
/// start. A missing one is not created here (`sudo --check-config` would leave a file the
/// service's user cannot open); its directory must exist and take new files from this user
/// (`percore_proactor::fs::may_create_in`).
pub(crate) fn check_file(settings: &LogSettings, errors: &mut Vec<ConfigError>) {
    if let Some(path) = &settings.file {
        percore_config::check_append_file_with(
            "log.file",
            path,
            &percore_proactor::fs::may_create_in,
            errors,
        );
    }
}

/// The panic hook of a JSON or file log: the panic as one `ERROR` line (target `panic`) with
/// its thread, place and message, and the backtrace when `RUST_BACKTRACE` (or
/// `RUST_LIB_BACKTRACE`) asks for one, where the default hook would print text to stderr. The
/// code that catches the panic (a worker, a request) logs what it does about it beside this
/// line. It replaces the hook in place when the log is set up (Rust's default, or one the
/// program installed before `run`: a program that wants its own installs it after).
fn log_panic(info: &std::panic::PanicHookInfo<'_>) {
    let thread = std::thread::current();
    let thread = thread.name().unwrap_or("unnamed");
    let place = info
        .location()
        .map_or_else(String::new, |l| format!(" at {l}"));
    let message = info.payload_as_str().unwrap_or("a panic");
    let backtrace = std::backtrace::Backtrace::capture();
    if backtrace.status() == std::backtrace::BacktraceStatus::Captured {
        tracing::error!(target: "panic", "thread {thread:?} panicked{place}: {message:?}\n{backtrace}");
    } else {
        tracing::error!(target: "panic", "thread {thread:?} panicked{place}: {message:?}");
    }
}

fn filter(level: LogLevel) -> EnvFilter {
    // RUST_LOG, when set, wins: it can say more than one level.
    EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(level.to_string()))
}

impl Logging {
    /// Installs the global subscriber. When one is installed already (tests), lines go to it.
    pub(crate) fn init(settings: &LogSettings) -> io::Result<Logging> {
        let sink = match &settings.file {
            Some(path) => Sink::File(open(path)?),
            None => Sink::Stderr,
        };
        let sink = SharedSink(Arc::new(Mutex::new(sink)));
        let (filter, handle) = reload::Layer::new(filter(settings.level));
        let fmt = tracing_subscriber::fmt::layer()
            .with_writer(sink.clone())
            .with_ansi(false);
        let fmt = match settings.format {
            LogFormat::Text => fmt.boxed(),
            LogFormat::Json => fmt.json().boxed(),
        };
        let installed = tracing_subscriber::registry()
            .with(filter)
            .with(fmt)
            .try_init()
            .is_ok();
        if installed && (settings.format == LogFormat::Json || settings.file.is_some()) {
            // Panics reach the log as its other lines do: a JSON line in a JSON log, a line
            // of the log file rather than text on a stderr nobody reads.
            std::panic::set_hook(Box::new(log_panic));
        }
        Ok(Logging {
            file: settings.file.clone(),
            sink,
            level: installed.then_some(handle),
        })
    }

    /// Reopens the log file (after logrotate moved it); nothing when logging to stderr.
    pub(crate) fn reopen(&self) -> io::Result<()> {
        if let Some(path) = &self.file {
            let file = open(path)?;
            *self.sink.0.lock().unwrap_or_else(PoisonError::into_inner) = Sink::File(file);
        }
        Ok(())
    }

    /// Applies a reloaded level.
    pub(crate) fn set_level(&self, level: LogLevel) {
        if let Some(handle) = &self.level {
            let _ = handle.modify(|f| *f = filter(level));
        }
    }
}
