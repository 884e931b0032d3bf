//! Workers left behind, stuck in a blocking call: those of a start which failed or was given
//! up (stuck in their app's set-up), holding duplicates of the start's listening sockets, the
//! running generation's among them (a reload shares those); and those of a generation that
//! did not stop when told to.

use std::sync::Arc;
use std::thread::JoinHandle;

use crate::listener::Listeners;

/// The workers left behind by the starts of one owner (a supervisor), with the sockets they
/// hold: kept to tell, at the end, whether any is still running, and to stop those sockets
/// from listening once the owner no longer listens on them (each descriptor a stuck thread
/// holds would otherwise keep its socket taking connections nobody accepts).
#[derive(Debug, Default)]
pub struct LeftBehind {
    starts: Vec<Stranded>,
}

#[derive(Debug)]
struct Stranded {
    listeners: Arc<Listeners>,
    threads: Vec<JoinHandle<()>>,
}

impl LeftBehind {
    /// None yet.
    pub fn new() -> LeftBehind {
        LeftBehind::default()
    }

    /// Keeps `threads`, left behind holding `listeners` (none, for workers of a generation
    /// that let its sockets go before it was stopped).
    pub(crate) fn keep(&mut self, listeners: Arc<Listeners>, threads: Vec<JoinHandle<()>>) {
        if !threads.is_empty() {
            self.starts.push(Stranded { listeners, threads });
        }
    }

    /// How many of the threads left behind are still running. A start whose threads have
    /// all ended is forgotten (its descriptors went with them).
    pub fn running(&mut self) -> usize {
        self.starts
            .retain(|s| s.threads.iter().any(|t| !t.is_finished()));
        self.starts
            .iter()
            .map(|s| s.threads.iter().filter(|t| !t.is_finished()).count())
            .sum()
    }

    /// Whether every thread left behind has ended by `deadline` (waited for until then).
    pub fn ended_by(&mut self, deadline: std::time::Instant) -> bool {
        let ended = crate::pool::wait_until(deadline, || {
            self.starts
                .iter()
                .all(|s| s.threads.iter().all(JoinHandle::is_finished))
        });
        self.running();
        ended
    }

    /// Stops listening, for every descriptor of them, the sockets that workers left behind
    /// hold and `current` (the owner's running sockets, if it still listens) does not:
    /// call it when a reload has applied and the older generations accept no more, and when
    /// a stop's drain has ended the accepting. Sockets a service manager passed are left
    /// alone. Costs nothing when no worker was left behind.
    pub fn release(&mut self, current: Option<&Listeners>) {
        if self.running() == 0 {
            return;
        }
        let keep = match current.map(Listeners::socket_ids) {
            Some(Some(ids)) => ids,
            // An identity of the running sockets could not be read: nothing is released
            // (the next call tries again), rather than perhaps one of them.
            Some(None) => return,
            None => Vec::new(),
        };
        for start in &self.starts {
            start.listeners.stop_listening_except(&keep);
        }
    }
}
