//! A generation of workers: one pool started from one configuration, with the restart
//! schedule of each worker slot.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Instant;

use percore_config::{AppSection, Config};
use percore_offload::PoolHandle;
use percore_worker::{LeftBehind, Listeners, StartError, WorkerContext, WorkerEnd, WorkerPool};

use crate::Worker;
use crate::metrics::{GenerationView, MetricsSource, WorkerSettings};
use crate::restart::Backoff;

pub(crate) struct Generation<A: AppSection> {
    pub(crate) id: u64,
    pub(crate) config: Config<A>,
    pub(crate) pool: WorkerPool,
    backoff: Vec<Backoff>,
    restart_at: Vec<Option<Instant>>,
    /// Set when the generation is told to drain: when it must have finished.
    pub(crate) deadline: Option<Instant>,
    /// When its workers were told to stop, its drain time up (once).
    pub(crate) stopped_at: Option<Instant>,
}

/// How a worker of a draining generation ended, when that is worth telling (a panic).
pub(crate) fn log_draining_end(generation: u64, end: WorkerEnd) {
    if let WorkerEnd::Panicked(panic) = end {
        tracing::error!("{panic} (generation {generation} drains: not restarted)");
    }
}

impl<A: AppSection> Generation<A> {
    /// Starts the workers of `config` on `cpus` with `listeners`; returns once all accept.
    /// Given up when `stop` is set; workers a failed start leaves behind go to `left`.
    pub(crate) fn start<E, Fut>(
        id: u64,
        config: Config<A>,
        cpus: &[usize],
        listeners: Listeners,
        entry: E,
        offload: Option<PoolHandle>,
        (stop, left): (&AtomicBool, &mut LeftBehind),
    ) -> Result<Generation<A>, StartError>
    where
        E: Fn(Worker<A>) -> Fut + Send + Sync + Clone + 'static,
        Fut: Future<Output = ()> + 'static,
    {
        let app = Arc::new(config.app.clone());
        let settings = Arc::new(config.settings.clone());
        let pool = WorkerPool::start_leaving(
            settings,
            cpus,
            Arc::new(listeners),
            move |ctx: WorkerContext| {
                entry(Worker {
                    ctx,
                    app: app.clone(),
                    offload: offload.clone(),
                    generation: id,
                })
            },
            stop,
            left,
        )?;
        let now = Instant::now();
        let n = cpus.len();
        Ok(Generation {
            id,
            config,
            pool,
            backoff: vec![Backoff::new(now); n],
            restart_at: vec![None; n],
            deadline: None,
            stopped_at: None,
        })
    }

    /// What the admin endpoint shows of this generation.
    pub(crate) fn view(&self) -> GenerationView {
        GenerationView {
            generation: self.id,
            workers: self
                .pool
                .ids()
                .into_iter()
                .zip(self.pool.published())
                .collect(),
            settings: self
                .pool
                .ids()
                .into_iter()
                .map(|id| {
                    // As the pool starts each worker (`WorkerPool::start`).
                    let core = self.config.settings.for_core(Some(id.cpu));
                    WorkerSettings {
                        id,
                        max_connections: core.max_connections,
                        ring_entries: core.ring.entries,
                    }
                })
                .collect(),
        }
    }

    /// Stops accepting, lets go of the sockets, and must finish by `deadline`.
    pub(crate) fn drain(&mut self, deadline: Instant) {
        self.pool.drain();
        self.pool.release_listeners();
        self.deadline = Some(deadline);
        self.restart_at.iter_mut().for_each(|r| *r = None);
    }

    /// Whether a worker of this generation serves: runs, with its app set up (not all of
    /// them restarting, and failing or stalling in their set-up, say).
    pub(crate) fn serving(&self) -> bool {
        (0..self.restart_at.len()).any(|index| self.pool.serving(index))
    }

    /// Restarts workers that ended (with backoff); returns true when the set of workers
    /// changed (the metrics view must be refreshed).
    pub(crate) fn supervise(&mut self, now: Instant, metrics: &MetricsSource) -> bool {
        let mut changed = false;
        // A restarted worker serves once set up; one still setting up past `start_timeout` is
        // stopped, and restarted below once it has ended.
        for index in self.pool.check_set_up(now) {
            self.backoff[index].on_set_up(now);
        }
        for (id, end) in self.pool.reap() {
            if self.deadline.is_some() {
                // Draining: nothing restarts, but a panic is still told.
                log_draining_end(self.id, end);
                continue;
            }
            let delay = self.backoff[id.index].on_exit(now);
            match end {
                WorkerEnd::Panicked(panic) => {
                    tracing::error!("{panic}; restarting it in {delay:?}");
                }
                WorkerEnd::Returned => {
                    tracing::warn!("{id} ended on its own; restarting it in {delay:?}");
                }
                WorkerEnd::NotSetUp => {
                    tracing::warn!("{id}, stopped in its set-up, is restarted in {delay:?}");
                }
            }
            self.restart_at[id.index] = Some(now + delay);
        }
        for index in 0..self.restart_at.len() {
            let Some(at) = self.restart_at[index] else {
                continue;
            };
            if at > now {
                continue;
            }
            self.restart_at[index] = None;
            match self.pool.respawn(index) {
                Ok(()) => {
                    MetricsSource::bump(&metrics.restarts);
                    tracing::info!("worker {index} restarted (generation {})", self.id);
                    changed = true;
                }
                Err(e) => {
                    let delay = self.backoff[index].on_failed_start();
                    tracing::error!("restart failed: {e}; trying again in {delay:?}");
                    self.restart_at[index] = Some(now + delay);
                }
            }
        }
        changed
    }
}
