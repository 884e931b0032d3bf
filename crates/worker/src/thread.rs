//! One worker thread: pin, build the proactor with the core's settings, adopt its listeners,
//! serve the mailbox, and run the app's entry point until it ends or a stop arrives.

use std::rc::Rc;
use std::sync::Arc;

use crate::context::{AcceptLoops, Listener, WorkerContext, WorkerState};
use crate::error::{StartError, WorkerId};
use crate::listener::WorkerSocket;
use crate::mailbox::{self, Control};
use crate::pool::WorkerExit;
use crate::stats::{LocalStats, PublishedStats};
use crossbeam_channel::{Receiver, Sender};
use percore_config::{Backend, CoreSettings, Pin, Settings};
use percore_proactor::net::TcpListener;
use percore_proactor::{
    Backend as ProactorBackend, BackendChoice, Proactor, RemoteWaker, remote_waker, select,
    spawn_detached, stats,
};

/// Everything a worker thread starts from.
pub(crate) struct Spec {
    pub(crate) id: WorkerId,
    pub(crate) pin: Pin,
    pub(crate) settings: Arc<Settings>,
    pub(crate) core: CoreSettings,
    pub(crate) sockets: Vec<WorkerSocket>,
    pub(crate) published: Arc<PublishedStats>,
    /// Whether the app's accept loops run, as the pool reads it.
    pub(crate) accept_loops: Arc<AcceptLoops>,
    pub(crate) rx: Receiver<Control>,
    /// Told when the thread ends.
    pub(crate) exited: Sender<WorkerExit>,
    /// Which start of this worker slot this is.
    pub(crate) spawn: u64,
    /// Accepts as soon as its app is set up: a restart into a running pool, which has nothing
    /// to wait for (a pool's first start sends `Control::Accept` once every worker is set up).
    pub(crate) accepting: bool,
}

/// Sends the worker's end when dropped: at the end of the thread, whether it returns or
/// unwinds from a panic.
struct ExitNotice(Sender<WorkerExit>, WorkerExit);

impl Drop for ExitNotice {
    fn drop(&mut self) {
        let _ = self.0.send(self.1);
    }
}

/// What a worker reports once its proactor runs (or why it could not start): what its
/// mailbox needs.
pub(crate) type Ready = Result<(RemoteWaker, u32), StartError>;

/// The calling thread's kernel id (its `gettid`), read from `/proc/thread-self`; 0 where
/// `/proc` is not mounted.
pub fn thread_id() -> u32 {
    std::fs::read_link("/proc/thread-self")
        .ok()
        .and_then(|p| p.file_name()?.to_str()?.parse().ok())
        .unwrap_or(0)
}

fn backend(b: Backend) -> BackendChoice {
    match b {
        Backend::Auto => BackendChoice::Auto,
        Backend::IoUring => BackendChoice::IoUring,
        Backend::Epoll => BackendChoice::Epoll,
    }
}

fn proactor(spec: &Spec, local: &Rc<LocalStats>) -> Result<Proactor, StartError> {
    let ring = &spec.core.ring;
    let mut builder = Proactor::builder()
        .log_ready(false)
        .entries(ring.entries)
        .task_budget(ring.task_budget as usize)
        .backend(backend(spec.core.backend));
    if ring.cq_entries != 0 {
        builder = builder.cq_entries(ring.cq_entries);
    }
    if ring.sqpoll {
        builder = builder.sqpoll(ring.sqpoll_idle.0);
    }
    let (local, published, id) = (local.clone(), spec.published.clone(), spec.id);
    builder = builder.on_tick(move || published.store(&local.snapshot(id.index, id.cpu, &stats())));
    builder.build().map_err(|source| StartError::Proactor {
        worker: spec.id,
        source,
    })
}

/// Tells the worker's published counters that its thread has ended, when dropped.
struct Ended(Arc<PublishedStats>);

impl Drop for Ended {
    fn drop(&mut self) {
        self.0.thread_ended();
    }
}

/// The worker thread's body.
pub(crate) fn run(spec: Spec, entry: crate::pool::Entry, ready: Sender<Ready>, set_up: Sender<()>) {
    let id = spec.id;
    // Dropped last (declared first): after the proactor, so the thread is all but done.
    let _exit = ExitNotice(
        spec.exited.clone(),
        WorkerExit {
            worker: id,
            spawn: spec.spawn,
        },
    );
    // Dropped next to last: after the proactor, whose drop (or a panic's unwinding) ended
    // every connection.
    let _ended = Ended(spec.published.clone());
    if spec.pin != Pin::Off && !core_affinity::set_for_current(core_affinity::CoreId { id: id.cpu })
    {
        if spec.pin == Pin::Strict {
            let _ = ready.send(Err(StartError::Pin { worker: id }));
            return;
        }
        tracing::warn!("{id}: could not pin to CPU {}; running unpinned", id.cpu);
    }
    let local = Rc::new(LocalStats::default());
    let proactor = match proactor(&spec, &local) {
        Ok(p) => p,
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    tracing::info!(
        worker = id.index,
        cpu = id.cpu,
        "worker ready: {}",
        proactor.features()
    );
    let tid = thread_id();
    spec.published.set_identity(
        tid,
        proactor.features().backend() == ProactorBackend::IoUring,
    );
    let spec_accepting = spec.accepting;
    let Spec {
        settings,
        core,
        sockets,
        published,
        accept_loops,
        rx,
        ..
    } = spec;
    proactor.block_on(async move {
        // The worker's own copy of the TLS configuration, one for all its TLS listeners.
        let tls = sockets
            .iter()
            .find_map(|s| s.tls.as_ref())
            .map(percore_tls::for_worker);
        let listeners: Result<Vec<_>, _> = sockets
            .into_iter()
            .map(|s| {
                TcpListener::from_socket(s.socket).map(|l| Listener {
                    socket: Rc::new(l),
                    tls: s.tls.and(tls.clone()),
                })
            })
            .collect();
        let listeners = match listeners {
            Ok(l) => l,
            Err(source) => {
                let _ = ready.send(Err(StartError::Thread { worker: id, source }));
                return;
            }
        };
        let (waker, wake) = remote_waker();
        if ready.send(Ok((waker, tid))).is_err() {
            return;
        }
        let state = Rc::new(WorkerState::default());
        if spec_accepting {
            state.accepting.set();
        }
        spawn_detached(mailbox::serve(rx, wake, state.clone(), local.clone(), id));
        let ctx = WorkerContext {
            id,
            settings,
            core,
            listeners: std::cell::RefCell::new(listeners),
            stats: local.clone(),
            state: state.clone(),
            // Sent by the app once it is set up (`WorkerContext::ready`); dropped unsent when
            // its entry ends or panics first, which the pool reads as a failed start.
            set_up: std::cell::RefCell::new(Some(set_up)),
            accept_loops,
        };
        select(state.stopping.wait(), entry(ctx)).await;
        published.store(&local.snapshot(id.index, id.cpu, &stats()));
    });
    // Dropping the proactor cancels what is left (connections of a stopped worker).
    drop(proactor);
}
