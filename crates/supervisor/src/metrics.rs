//! `/metrics`: per-worker counters in the Prometheus text format, read from what workers
//! publish once per tick. Encoding happens at scrape time on the admin thread; the workers
//! never take a lock for it.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use percore_offload::Pool;
use percore_worker::{PublishedStats, WorkerId, WorkerStats};
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, NoLabelSet};
use prometheus_client::metrics::MetricType;
use prometheus_client::registry::Registry;

/// One generation of workers as the admin side sees it.
#[derive(Debug, Clone)]
pub(crate) struct GenerationView {
    pub(crate) generation: u64,
    pub(crate) workers: Vec<(WorkerId, Arc<PublishedStats>)>,
    /// What each worker runs with (its core's `[[core]]` overrides applied).
    pub(crate) settings: Vec<WorkerSettings>,
}

/// The settings of one worker that `percore_setting` shows.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WorkerSettings {
    pub(crate) id: WorkerId,
    pub(crate) max_connections: u32,
    pub(crate) ring_entries: u32,
}

/// What the admin endpoint reports; updated by the supervisor, read at scrape time.
#[derive(Debug, Default)]
pub(crate) struct MetricsSource {
    pub(crate) generations: Mutex<Vec<GenerationView>>,
    pub(crate) reloads: AtomicU64,
    pub(crate) failed_reloads: AtomicU64,
    pub(crate) restarts: AtomicU64,
    pub(crate) draining: AtomicBool,
    pub(crate) ready: AtomicBool,
    pub(crate) offload: Mutex<Option<Arc<Pool>>>,
}

impl MetricsSource {
    pub(crate) fn set_generations(&self, views: Vec<GenerationView>) {
        *self
            .generations
            .lock()
            .unwrap_or_else(PoisonError::into_inner) = views;
    }

    pub(crate) fn bump(counter: &AtomicU64) {
        counter.fetch_add(1, Ordering::Relaxed);
    }

    /// Every worker's counters, newest generation first.
    pub(crate) fn snapshot(&self) -> Vec<(u64, WorkerStats)> {
        let gens = self
            .generations
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        gens.iter()
            .flat_map(|g| g.workers.iter().map(move |(_, p)| (g.generation, p.load())))
            .collect()
    }
}

#[derive(Debug)]
struct SourceCollector(Arc<MetricsSource>);

type Labels = [(&'static str, String); 3];

/// The labels of a worker's samples: `worker`, `cpu`, `generation`.
fn worker_labels(id: &WorkerId, generation: u64) -> Labels {
    [
        ("worker", id.index.to_string()),
        ("cpu", id.cpu.to_string()),
        ("generation", generation.to_string()),
    ]
}

/// A per-worker counter: its name, help, and how to read it.
type WorkerMetric = (
    &'static str,
    &'static str,
    MetricType,
    fn(&WorkerStats) -> u64,
);

const WORKER_METRICS: [WorkerMetric; 25] = [
    (
        "percore_connections_open",
        "Connections open now",
        MetricType::Gauge,
        |s| s.connections_open,
    ),
    (
        "percore_connections_accepted",
        "Connections accepted",
        MetricType::Counter,
        |s| s.connections_accepted,
    ),
    (
        "percore_requests",
        "Requests served",
        MetricType::Counter,
        |s| s.requests,
    ),
    (
        "percore_bytes_in",
        "Bytes received",
        MetricType::Counter,
        |s| s.bytes_in,
    ),
    (
        "percore_bytes_out",
        "Bytes sent",
        MetricType::Counter,
        |s| s.bytes_out,
    ),
    (
        "percore_connection_limit_hits",
        "Times accepting paused at the connection limit",
        MetricType::Counter,
        |s| s.connection_limit_hits,
    ),
    (
        "percore_accept_errors",
        "Accept errors",
        MetricType::Counter,
        |s| s.accept_errors,
    ),
    (
        "percore_timeouts",
        "Connections closed by a timeout",
        MetricType::Counter,
        |s| s.timeouts,
    ),
    (
        "percore_http_auth_failures",
        "HTTP requests refused for bad basic-auth credentials",
        MetricType::Counter,
        |s| s.auth_failures,
    ),
    (
        "percore_responses_1xx",
        "HTTP responses with a 1xx status",
        MetricType::Counter,
        |s| s.responses_1xx,
    ),
    (
        "percore_responses_2xx",
        "HTTP responses with a 2xx status",
        MetricType::Counter,
        |s| s.responses_2xx,
    ),
    (
        "percore_responses_3xx",
        "HTTP responses with a 3xx status",
        MetricType::Counter,
        |s| s.responses_3xx,
    ),
    (
        "percore_responses_4xx",
        "HTTP responses with a 4xx status",
        MetricType::Counter,
        |s| s.responses_4xx,
    ),
    (
        "percore_responses_5xx",
        "HTTP responses with a 5xx status",
        MetricType::Counter,
        |s| s.responses_5xx,
    ),
    (
        "percore_ops_submitted",
        "Ring operations submitted",
        MetricType::Counter,
        |s| s.ops_submitted,
    ),
    (
        "percore_ops_completed",
        "Ring operations completed",
        MetricType::Counter,
        |s| s.ops_completed,
    ),
    (
        "percore_kernel_entries",
        "Kernel entries (io_uring_enter or epoll_wait)",
        MetricType::Counter,
        |s| s.kernel_entries,
    ),
    (
        "percore_ticks",
        "Event loop iterations",
        MetricType::Counter,
        |s| s.ticks,
    ),
    (
        "percore_buf_ring_exhausted",
        "Receives that found the buffer ring empty",
        MetricType::Counter,
        |s| s.buf_ring_exhausted,
    ),
    (
        "percore_cq_overflows",
        "Completion queue overflows",
        MetricType::Counter,
        |s| s.cq_overflows,
    ),
    (
        "percore_sq_full_submits",
        "Times the submission queue filled within a tick and was submitted early",
        MetricType::Counter,
        |s| s.sq_full_submits,
    ),
    (
        "percore_readiness_waits",
        "Sends that found their socket full and waited for room with a poll on the ring",
        MetricType::Counter,
        |s| s.readiness_waits,
    ),
    (
        "percore_send_back_offs",
        "Sends that found no room right after a poll said there was (past the kernel's tcp_mem limit) and waited 100 ms on average",
        MetricType::Counter,
        |s| s.send_back_offs,
    ),
    (
        "percore_worker_cpu",
        "The CPU a worker runs on",
        MetricType::Gauge,
        |s| s.cpu as u64,
    ),
    (
        "percore_worker_io_uring",
        "1 when the worker runs on io_uring, 0 on epoll",
        MetricType::Gauge,
        |s| u64::from(s.io_uring),
    ),
];

/// CPU time a thread of this process has used, in seconds: the kernel's run time in
/// nanoseconds from `/proc/self/task/TID/schedstat` (when it is kept), else user plus system time in clock ticks
/// (`USER_HZ`, 100 on every Linux ABI) from its `stat`. `None` once the thread has exited.
/// Read at scrape time: workers pay nothing for it.
fn thread_cpu_seconds(tid: u32) -> Option<f64> {
    let dir = format!("/proc/self/task/{tid}");
    // Kernels before 5.14 without schedstats or delay accounting report 0 there.
    if let Ok(s) = std::fs::read_to_string(format!("{dir}/schedstat"))
        && let Some(ns) = s
            .split_whitespace()
            .next()
            .and_then(|v| v.parse::<u64>().ok())
        && ns > 0
    {
        return Some(ns as f64 / 1e9);
    }
    stat_cpu_seconds(&std::fs::read_to_string(format!("{dir}/stat")).ok()?)
}

/// User plus system time from a `/proc/.../stat` line, in seconds.
fn stat_cpu_seconds(stat: &str) -> Option<f64> {
    // The fields after the command name (which may hold spaces and parentheses) and its
    // closing parenthesis: state is field 3, utime 14 and stime 15.
    let rest = stat.get(stat.rfind(')')? + 1..)?;
    let mut fields = rest.split_whitespace().skip(11);
    let utime: u64 = fields.next()?.parse().ok()?;
    let stime: u64 = fields.next()?.parse().ok()?;
    Some((utime + stime) as f64 / 100.0)
}

/// A plain metric: name, help, type and value.
type Plain<'a> = (&'a str, &'a str, MetricType, u64);

fn encode_plain(
    encoder: &mut DescriptorEncoder,
    metrics: &[Plain<'_>],
) -> Result<(), std::fmt::Error> {
    for &(name, help, kind, value) in metrics {
        let mut metric = encoder.encode_descriptor(name, help, None, kind)?;
        match kind {
            MetricType::Counter => metric.encode_counter::<NoLabelSet, _, u64>(&value, None)?,
            _ => metric.encode_gauge(&(value as i64))?,
        }
    }
    Ok(())
}

fn encode_value<L: EncodeLabelSet>(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    kind: MetricType,
    samples: &[(L, u64)],
) -> Result<(), std::fmt::Error> {
    let mut metric = encoder.encode_descriptor(name, help, None, kind)?;
    for (labels, value) in samples {
        let mut family = metric.encode_family(labels)?;
        match kind {
            MetricType::Counter => family.encode_counter::<NoLabelSet, _, u64>(value, None)?,
            _ => family.encode_gauge(&(*value as i64))?,
        }
    }
    Ok(())
}

/// TLS handshakes per worker: completed by version and cipher suite, failed by reason
/// (series that have counted something).
fn encode_tls(
    encoder: &mut DescriptorEncoder,
    stats: &[(Labels, WorkerStats)],
) -> Result<(), std::fmt::Error> {
    let mut done = encoder.encode_descriptor(
        "percore_tls_handshakes",
        "TLS handshakes completed, by protocol version and cipher suite",
        None,
        MetricType::Counter,
    )?;
    for (labels, s) in stats {
        for ((version, cipher), &n) in percore_tls::suite_labels().zip(&s.tls_handshakes) {
            if n == 0 {
                continue;
            }
            let [a, b, c] = labels.clone();
            let labels = [
                a,
                b,
                c,
                ("version", version.to_string()),
                ("cipher", cipher.to_string()),
            ];
            done.encode_family(&labels)?
                .encode_counter::<NoLabelSet, _, u64>(&n, None)?;
        }
    }
    let mut failed = encoder.encode_descriptor(
        "percore_tls_handshake_failures",
        "TLS handshakes failed, by reason: timeout, closed, incompatible, malformed, refused, io, drained",
        None,
        MetricType::Counter,
    )?;
    for (labels, s) in stats {
        for (reason, &n) in percore_tls::FAILURE_REASONS.iter().zip(&s.tls_failures) {
            if n == 0 {
                continue;
            }
            let [a, b, c] = labels.clone();
            let labels = [a, b, c, ("reason", (*reason).to_string())];
            failed
                .encode_family(&labels)?
                .encode_counter::<NoLabelSet, _, u64>(&n, None)?;
        }
    }
    Ok(())
}

impl Collector for SourceCollector {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let source = &self.0;
        let gens = source
            .generations
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let stats: Vec<(Labels, WorkerStats)> = gens
            .iter()
            .flat_map(|g| {
                g.workers
                    .iter()
                    .map(move |(id, p)| (worker_labels(id, g.generation), p.load()))
            })
            .collect();
        for (name, help, kind, read) in WORKER_METRICS {
            let samples: Vec<(Labels, u64)> =
                stats.iter().map(|(l, s)| (l.clone(), read(s))).collect();
            encode_value(&mut encoder, name, help, kind, &samples)?;
        }
        encode_tls(&mut encoder, &stats)?;
        let mut cpu_time = encoder.encode_descriptor(
            "percore_worker_cpu_seconds",
            "CPU time the worker's thread has used (user and system)",
            None,
            MetricType::Counter,
        )?;
        for (labels, s) in &stats {
            if let Some(seconds) = (s.thread_id != 0)
                .then(|| thread_cpu_seconds(s.thread_id))
                .flatten()
            {
                cpu_time
                    .encode_family(labels)?
                    .encode_counter::<NoLabelSet, _, u64>(&seconds, None)?;
            }
        }
        // Per worker: a `[[core]]` table may give one core other values than the rest.
        let config: Vec<([(&str, String); 5], u64)> = gens
            .iter()
            .flat_map(|g| {
                g.settings.iter().flat_map(move |w| {
                    let labels = |setting: &str, unit: &str| {
                        let [worker, cpu, generation] = worker_labels(&w.id, g.generation);
                        [
                            worker,
                            cpu,
                            generation,
                            ("setting", setting.to_string()),
                            ("unit", unit.to_string()),
                        ]
                    };
                    [
                        (
                            labels("max_connections", "connections"),
                            u64::from(w.max_connections),
                        ),
                        (labels("ring_entries", "entries"), u64::from(w.ring_entries)),
                    ]
                })
            })
            .collect();
        encode_value(
            &mut encoder,
            "percore_setting",
            "Settings each worker runs with (its core's overrides applied)",
            MetricType::Gauge,
            &config,
        )?;
        let current = gens.first().map_or(0, |g| g.generation);
        let plain: [Plain<'_>; 5] = [
            (
                "percore_generation",
                "Generation of the workers now accepting",
                MetricType::Gauge,
                current,
            ),
            (
                "percore_reloads",
                "Configuration reloads done: counted once no old worker accepts, or at the old generation's drain deadline, or at a stop",
                MetricType::Counter,
                source.reloads.load(Ordering::Relaxed),
            ),
            (
                "percore_failed_reloads",
                "Reloads refused (invalid configuration, start failure)",
                MetricType::Counter,
                source.failed_reloads.load(Ordering::Relaxed),
            ),
            (
                "percore_restarts",
                "Workers restarted after they ended",
                MetricType::Counter,
                source.restarts.load(Ordering::Relaxed),
            ),
            (
                "percore_draining",
                "1 while shutting down",
                MetricType::Gauge,
                u64::from(source.draining.load(Ordering::Relaxed)),
            ),
        ];
        encode_plain(&mut encoder, &plain)?;
        if let Some(pool) = source
            .offload
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
        {
            let s = pool.stats();
            encode_plain(
                &mut encoder,
                &[
                    (
                        "percore_offload_queued",
                        "Offload jobs waiting",
                        MetricType::Gauge,
                        s.queued,
                    ),
                    (
                        "percore_offload_running",
                        "Offload jobs running",
                        MetricType::Gauge,
                        s.running,
                    ),
                    (
                        "percore_offload_completed",
                        "Offload jobs completed",
                        MetricType::Counter,
                        s.completed,
                    ),
                    (
                        "percore_offload_panicked",
                        "Offload jobs that panicked",
                        MetricType::Counter,
                        s.panicked,
                    ),
                    (
                        "percore_offload_rejected",
                        "Offload submissions refused (queue full)",
                        MetricType::Counter,
                        s.rejected,
                    ),
                    (
                        "percore_offload_cancelled",
                        "Offload jobs cancelled",
                        MetricType::Counter,
                        s.cancelled,
                    ),
                ],
            )?;
        }
        Ok(())
    }
}

/// The registry the admin endpoint encodes.
pub(crate) fn registry(source: Arc<MetricsSource>) -> Registry {
    let mut registry = Registry::default();
    registry.register_collector(Box::new(SourceCollector(source)));
    registry
}

/// The exposition text.
pub(crate) fn render(registry: &Registry) -> String {
    let mut out = String::new();
    if prometheus_client::encoding::text::encode(&mut out, registry).is_err() {
        out.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_time_from_a_stat_line() {
        let line = "4242 (percore (w) 1) S 1 4242 4242 0 -1 4194368 97 0 0 0 250 31 0 0 20 0 3 0";
        assert_eq!(stat_cpu_seconds(line), Some(2.81));
        assert_eq!(stat_cpu_seconds("4242 (cut short) S 1"), None);
        assert_eq!(stat_cpu_seconds("no parenthesis"), None);
    }

    #[test]
    fn a_thread_cpu_time_is_read_and_a_gone_thread_has_none() {
        let tid = percore_worker::thread_id();
        // Busy until the kernel's account moves (its stat fallback counts 10 ms ticks), or
        // ten seconds: a busy machine only makes this take longer.
        let start = std::time::Instant::now();
        let mut used = 0.0;
        while used == 0.0 && start.elapsed() < std::time::Duration::from_secs(10) {
            for i in 0..100_000u64 {
                std::hint::black_box(i);
            }
            used = thread_cpu_seconds(tid).expect("this thread's CPU time");
        }
        assert!(used > 0.0 && used < 3600.0, "{used}");
        // A thread that has ended has no CPU time to read.
        let gone = std::thread::spawn(percore_worker::thread_id)
            .join()
            .unwrap();
        assert_ne!(gone, 0);
        // join() returns once the thread has cleared its id; the kernel removes its entry
        // under /proc a moment later.
        let start = std::time::Instant::now();
        while thread_cpu_seconds(gone).is_some() {
            assert!(
                start.elapsed() < std::time::Duration::from_secs(5),
                "a thread gone 5 s ago still has CPU time"
            );
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }

    #[test]
    fn renders_per_worker_labels_and_settings() {
        let source = Arc::new(MetricsSource::default());
        let p = Arc::new(PublishedStats::default());
        source.set_generations(vec![GenerationView {
            generation: 3,
            workers: vec![(WorkerId { index: 1, cpu: 5 }, p)],
            settings: vec![
                WorkerSettings {
                    id: WorkerId { index: 0, cpu: 4 },
                    max_connections: 100,
                    ring_entries: 256,
                },
                WorkerSettings {
                    id: WorkerId { index: 1, cpu: 5 },
                    max_connections: 777,
                    ring_entries: 512,
                },
            ],
        }]);
        MetricsSource::bump(&source.restarts);
        let text = render(&registry(source));
        assert!(
            text.contains(
                "percore_connections_accepted_total{worker=\"1\",cpu=\"5\",generation=\"3\"} 0"
            ),
            "{text}"
        );
        for line in [
            "percore_setting{worker=\"0\",cpu=\"4\",generation=\"3\",setting=\"max_connections\",unit=\"connections\"} 100",
            "percore_setting{worker=\"1\",cpu=\"5\",generation=\"3\",setting=\"max_connections\",unit=\"connections\"} 777",
            "percore_setting{worker=\"1\",cpu=\"5\",generation=\"3\",setting=\"ring_entries\",unit=\"entries\"} 512",
        ] {
            assert!(text.contains(line), "{line} in:\n{text}");
        }
        assert!(text.contains("percore_restarts_total 1"), "{text}");
        assert!(
            text.contains("percore_worker_io_uring{worker=\"1\",cpu=\"5\",generation=\"3\"} 0"),
            "{text}"
        );
        assert!(text.contains("percore_generation 3"), "{text}");
        assert!(text.trim_end().ends_with("# EOF"), "{text}");
    }
}
