//! Signals, received on a thread of the supervisor's (never in a worker) and passed on as
//! messages.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use crossbeam_channel::{Receiver, Sender};
use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1};
use signal_hook::iterator::{Handle, Signals};

/// What a signal asks the supervisor to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Signal {
    /// SIGTERM or SIGINT: drain and exit (a second one: exit now).
    Terminate,
    /// SIGQUIT: exit now.
    Quit,
    /// SIGHUP: reload the configuration.
    Reload,
    /// SIGUSR1: log the counters and reopen the log file.
    Report,
}

/// Receives the signals until dropped.
pub(crate) struct SignalThread {
    pub(crate) rx: Receiver<Signal>,
    /// For requests that come from the program rather than a signal ([`crate::Stopper`]).
    pub(crate) tx: Sender<Signal>,
    /// Set, besides the message, by every request to stop (SIGTERM, SIGINT, SIGQUIT, a
    /// [`crate::Stopper`]): a generation's start, which reads no message while it waits for
    /// its apps' set-up, looks at it and gives up.
    pub(crate) stop: Arc<AtomicBool>,
    handle: Handle,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl SignalThread {
    pub(crate) fn start() -> std::io::Result<SignalThread> {
        let mut signals = Signals::new([SIGTERM, SIGINT, SIGQUIT, SIGHUP, SIGUSR1])?;
        let handle = signals.handle();
        let (tx, rx) = crossbeam_channel::unbounded();
        let own = tx.clone();
        let stop = Arc::new(AtomicBool::new(false));
        let asked = stop.clone();
        let thread = std::thread::Builder::new()
            .name("percore-signals".into())
            .spawn(move || {
                for sig in signals.forever() {
                    let s = match sig {
                        SIGTERM | SIGINT => Signal::Terminate,
                        SIGQUIT => Signal::Quit,
                        SIGHUP => Signal::Reload,
                        SIGUSR1 => Signal::Report,
                        _ => continue,
                    };
                    if matches!(s, Signal::Terminate | Signal::Quit) {
                        asked.store(true, Ordering::Release);
                    }
                    if tx.send(s).is_err() {
                        return;
                    }
                }
            })?;
        Ok(SignalThread {
            rx,
            tx: own,
            stop,
            handle,
            thread: Some(thread),
        })
    }
}

/// Stops the server from within the program, as SIGTERM would: the workers drain and the
/// process's `run` returns. `Send`, `Sync` and cheap to clone: keep one where the decision to
/// stop is made (a test, an embedding program, a handler).
#[derive(Debug, Clone)]
pub struct Stopper {
    tx: Sender<Signal>,
    stop: Arc<AtomicBool>,
}

impl Stopper {
    pub(crate) fn new(signals: &SignalThread) -> Stopper {
        Stopper {
            tx: signals.tx.clone(),
            stop: signals.stop.clone(),
        }
    }

    /// Asks for a graceful stop (a second call stops at once, as a second SIGTERM does).
    /// Does nothing once the server has stopped.
    pub fn stop(&self) {
        self.stop.store(true, Ordering::Release);
        let _ = self.tx.send(Signal::Terminate);
    }
}

impl Drop for SignalThread {
    fn drop(&mut self) {
        self.handle.close();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}
