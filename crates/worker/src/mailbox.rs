//! A worker's mailbox: control messages over a crossbeam channel, with a wake the worker's
//! ring sees (its `RemoteWaker`), so a message never waits for the next connection.

use std::rc::Rc;

use crossbeam_channel::{Receiver, Sender};
use percore_proactor::{RemoteWaker, WakeListener, stats};

use crate::context::WorkerState;
use crate::error::WorkerId;
use crate::listener::WorkerSocket;
use crate::stats::{LocalStats, WorkerStats};

/// A message to a worker.
#[derive(Debug)]
#[non_exhaustive]
pub enum Control {
    /// Start accepting: every worker of the pool has set its app up (until then a worker
    /// that set up accepts nothing, so that a start that fails stops workers that hold no connection).
    Accept,
    /// Stop accepting; let open connections finish.
    Drain,
    /// Stop now: open connections are closed.
    Stop,
    /// Reply with a fresh snapshot of the worker's counters.
    Stats(Sender<WorkerStats>),
    /// Take connections from a sibling's sockets too, while that sibling is down (see
    /// `WorkerPool::reap`), until [`Control::Release`].
    Adopt(Adoption),
    /// Stop taking connections from the sockets adopted from the worker of this index: it
    /// serves again.
    Release(usize),
}

/// The sockets of a worker that is down, for a sibling to accept from meanwhile.
#[derive(Debug)]
pub struct Adoption {
    /// The index of the worker they are adopted from.
    pub(crate) from: usize,
    /// Duplicates of its sockets (those it holds alone: not one every worker shares).
    pub(crate) sockets: Vec<WorkerSocket>,
}

/// The sending side, held by the pool.
#[derive(Debug, Clone)]
pub(crate) struct MailboxTx {
    tx: Sender<Control>,
    waker: RemoteWaker,
}

impl MailboxTx {
    pub(crate) fn new(tx: Sender<Control>, waker: RemoteWaker) -> Self {
        MailboxTx { tx, waker }
    }

    /// Sends `control` and wakes the worker; false when the worker is gone.
    pub(crate) fn send(&self, control: Control) -> bool {
        let sent = self.tx.send(control).is_ok();
        if sent {
            self.waker.wake();
        }
        sent
    }
}

/// Serves the mailbox on the worker: runs until the pool side is gone or a stop arrives.
pub(crate) async fn serve(
    rx: Receiver<Control>,
    wake: WakeListener,
    state: Rc<WorkerState>,
    local: Rc<LocalStats>,
    id: WorkerId,
) {
    loop {
        wake.notified().await;
        loop {
            match rx.try_recv() {
                Ok(Control::Accept) => state.accepting.set(),
                Ok(Control::Drain) => {
                    state.draining.set();
                    state.adoptions.end_all();
                }
                Ok(Control::Stop) => {
                    state.draining.set();
                    state.adoptions.end_all();
                    state.stopping.set();
                    return;
                }
                Ok(Control::Stats(reply)) => {
                    let _ = reply.send(local.snapshot(id.index, id.cpu, &stats()));
                }
                // Not once draining: its duplicates would keep the sockets listening.
                Ok(Control::Adopt(adoption)) if !state.draining.is_set() => {
                    state.adoptions.adopt(adoption);
                }
                Ok(Control::Adopt(_)) => {}
                Ok(Control::Release(from)) => state.adoptions.release(from),
                Err(crossbeam_channel::TryRecvError::Empty) => break,
                Err(crossbeam_channel::TryRecvError::Disconnected) => {
                    // The pool is gone: nobody can drain or stop this worker any more.
                    state.draining.set();
                    state.adoptions.end_all();
                    state.stopping.set();
                    return;
                }
            }
        }
    }
}
