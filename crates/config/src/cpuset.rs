//! The CPUs this process may use: its affinity mask (as `taskset`, systemd `CPUAffinity=` or a
//! container's cpuset set it), capped by a cgroup v2 CPU quota (`cpu.max`) when one is set.

use std::path::Path;

use crate::error::ConfigError;
use crate::schema::Settings;
use crate::types::{CpuList, Pin, Workers};

/// The CPUs available to this process.
#[derive(Debug, Clone, PartialEq)]
pub struct CpuSet {
    /// CPUs in the affinity mask, ascending.
    pub allowed: Vec<usize>,
    /// A cgroup v2 quota in CPUs (`quota / period`), when one is set.
    pub quota: Option<f64>,
}

impl CpuSet {
    /// Reads this process's set from `/proc/self/status` and its cgroup's `cpu.max`.
    pub fn of_process() -> CpuSet {
        let allowed = std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|s| {
                s.lines()
                    .find_map(|l| l.strip_prefix("Cpus_allowed_list:"))
                    .and_then(|v| v.trim().parse::<CpuList>().ok())
            })
            .map(|l| l.0)
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| {
                let n = std::thread::available_parallelism().map_or(1, |n| n.get());
                (0..n).collect()
            });
        CpuSet {
            allowed,
            quota: cgroup_quota(Path::new("/proc/self/cgroup"), Path::new("/sys/fs/cgroup")),
        }
    }

    /// How many workers `auto` starts: the allowed CPUs, capped by the quota rounded up.
    pub fn usable(&self) -> Vec<usize> {
        let cap = self
            .quota
            .map_or(usize::MAX, |q| (q.ceil() as usize).max(1));
        self.allowed.iter().copied().take(cap).collect()
    }
}

/// The smallest `cpu.max` quota on the path from this process's cgroup to the root.
fn cgroup_quota(proc_cgroup: &Path, root: &Path) -> Option<f64> {
    let text = std::fs::read_to_string(proc_cgroup).ok()?;
    let rel = text.lines().find_map(|l| l.strip_prefix("0::"))?.trim();
    let mut dir = root.join(rel.trim_start_matches('/'));
    let mut best: Option<f64> = None;
    loop {
        if let Ok(max) = std::fs::read_to_string(dir.join("cpu.max"))
            && let Some(q) = parse_cpu_max(&max)
        {
            best = Some(best.map_or(q, |b| b.min(q)));
        }
        if dir == root || !dir.pop() || !dir.starts_with(root) {
            return best;
        }
    }
}

/// `"max 100000"` is no limit; `"200000 100000"` is 2 CPUs.
fn parse_cpu_max(s: &str) -> Option<f64> {
    let mut it = s.split_whitespace();
    let quota = it.next()?;
    let period: f64 = it.next()?.parse().ok()?;
    if quota == "max" || period <= 0.0 {
        return None;
    }
    Some(quota.parse::<f64>().ok()? / period)
}

/// The most workers one process may have.
pub(crate) const MAX_WORKERS: usize = 4096;

/// The CPU of each worker, in worker order.
///
/// # Errors
///
/// With `pin = "strict"`: a listed CPU the process may not use, or more workers than usable
/// CPUs. A worker count of zero, or past 4,096, in any mode.
pub fn worker_cpus(settings: &Settings, set: &CpuSet) -> Result<Vec<usize>, ConfigError> {
    let usable = set.usable();
    let strict = settings.pin == Pin::Strict;
    let allowed_text = CpuList(set.allowed.clone()).to_string();
    if let Some(list) = &settings.cpus {
        if let Workers::Count(n) = settings.workers
            && n != list.0.len()
        {
            return Err(ConfigError::new(
                "workers",
                format!(
                    "workers = {n} but cpus = \"{list}\" names {} CPUs (set one, or make them agree)",
                    list.0.len()
                ),
            ));
        }
        if strict && let Some(bad) = list.0.iter().find(|c| !set.allowed.contains(c)) {
            return Err(ConfigError::new(
                "cpus",
                format!(
                    "CPU {bad} is not one this process may run on (allowed: {allowed_text}); with pin = \"strict\" a worker cannot start there"
                ),
            ));
        }
        return Ok(list.0.clone());
    }
    let count = match settings.workers {
        Workers::Auto => usable.len(),
        Workers::Count(0) => {
            return Err(ConfigError::new("workers", "at least one worker is needed"));
        }
        Workers::Count(n) if n > MAX_WORKERS => {
            // Before the list below is built: a count near `usize::MAX` would have it
            // reserve more than any memory.
            return Err(ConfigError::new(
                "workers",
                format!("must be at most {MAX_WORKERS}, not {n}"),
            ));
        }
        Workers::Count(n) => n,
    };
    if strict && count > set.allowed.len() {
        return Err(ConfigError::new(
            "workers",
            format!(
                "{count} workers but this process may run on {} CPUs ({allowed_text}); with pin = \"strict\" each worker needs a CPU of its own",
                set.allowed.len()
            ),
        ));
    }
    let pool = if usable.is_empty() {
        &set.allowed
    } else {
        &usable
    };
    let pool = if count > pool.len() {
        &set.allowed
    } else {
        pool
    };
    Ok((0..count).map(|i| pool[i % pool.len()]).collect())
}

/// What a start with these settings should be warned of: each CPU of `cpus` this process may
/// not run on, where `pin` is not `strict` (which refuses them, in [`worker_cpus`]). With
/// `best-effort`, the worker of such a CPU may not be pinned there (outside a cgroup's cpuset
/// the kernel may allow it: the mask is only what the process inherited), and then runs
/// unpinned, as it says itself when it starts; with `off`, where every worker is unpinned, it
/// is named for a CPU that may take no interrupts, so that `incoming_cpu` and
/// `steering = "cpu"` give it none.
pub fn placement_warnings(settings: &Settings, set: &CpuSet) -> Vec<String> {
    let Some(list) = settings
        .cpus
        .as_ref()
        .filter(|_| settings.pin != Pin::Strict)
    else {
        return Vec::new();
    };
    let allowed = CpuList(set.allowed.clone());
    let outcome = match settings.pin {
        Pin::Off => {
            "connections steered by CPU (incoming_cpu, steering = \"cpu\") may never reach its worker"
        }
        _ => "its worker may not be pinned there, and then runs unpinned",
    };
    list.0
        .iter()
        .filter(|cpu| !set.allowed.contains(cpu))
        .map(|cpu| {
            format!(
                "cpus: CPU {cpu} is not one this process may run on (allowed: {allowed}): {outcome}"
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(allowed: &[usize], quota: Option<f64>) -> CpuSet {
        CpuSet {
            allowed: allowed.to_vec(),
            quota,
        }
    }

    #[test]
    fn auto_uses_the_allowed_cpus_capped_by_quota() {
        let s = Settings::default();
        assert_eq!(worker_cpus(&s, &set(&[1], None)).unwrap(), vec![1]);
        assert_eq!(
            worker_cpus(&s, &set(&[0, 1, 2, 3], Some(1.5))).unwrap(),
            vec![0, 1]
        );
        assert_eq!(worker_cpus(&s, &set(&[0, 1], Some(0.2))).unwrap(), vec![0]);
    }

    #[test]
    fn strict_refuses_cpus_it_cannot_have() {
        let mut s = Settings {
            cpus: Some("0,5".parse().unwrap()),
            ..Settings::default()
        };
        let e = worker_cpus(&s, &set(&[0, 1], None)).unwrap_err();
        assert_eq!(e.key, "cpus");
        assert!(e.reason.contains("CPU 5"), "{}", e.reason);
        s.cpus = None;
        s.workers = Workers::Count(3);
        let e = worker_cpus(&s, &set(&[0, 1], None)).unwrap_err();
        assert!(e.reason.contains("3 workers"), "{}", e.reason);
        s.pin = Pin::BestEffort;
        assert_eq!(worker_cpus(&s, &set(&[0, 1], None)).unwrap(), vec![0, 1, 0]);
    }

    #[test]
    fn cpus_it_cannot_have_are_warned_of_where_not_refused() {
        let mut s = Settings {
            cpus: Some("0,5,7".parse().unwrap()),
            ..Settings::default()
        };
        let two = set(&[0, 1], None);
        // Refused with pin = "strict": no warning on top.
        assert!(placement_warnings(&s, &two).is_empty());
        for pin in [Pin::BestEffort, Pin::Off] {
            s.pin = pin;
            assert_eq!(worker_cpus(&s, &two).unwrap(), vec![0, 5, 7]);
            let warned = placement_warnings(&s, &two);
            assert_eq!(warned.len(), 2, "{warned:?}");
            assert!(
                warned[0]
                    .starts_with("cpus: CPU 5 is not one this process may run on (allowed: 0-1)"),
                "{}",
                warned[0]
            );
            assert!(warned[1].contains("CPU 7"), "{}", warned[1]);
            let outcome = match pin {
                Pin::Off => "may never reach its worker",
                _ => "runs unpinned",
            };
            assert!(warned[0].contains(outcome), "{}", warned[0]);
        }
        // CPUs it may have, or none listed: nothing to say.
        s.cpus = Some("1".parse().unwrap());
        assert!(placement_warnings(&s, &two).is_empty());
        s.cpus = None;
        s.workers = Workers::Count(5);
        assert!(placement_warnings(&s, &two).is_empty());
    }

    #[test]
    fn a_worker_count_past_the_limit_is_refused_in_every_pin_mode() {
        for pin in [Pin::Off, Pin::BestEffort, Pin::Strict] {
            for n in [MAX_WORKERS + 1, usize::MAX >> 1, usize::MAX] {
                let s = Settings {
                    workers: Workers::Count(n),
                    pin,
                    ..Settings::default()
                };
                let e = worker_cpus(&s, &set(&[0, 1], None)).unwrap_err();
                assert_eq!(e.key, "workers");
                assert!(e.reason.contains("at most 4096"), "{}", e.reason);
            }
        }
        let s = Settings {
            workers: Workers::Count(MAX_WORKERS),
            pin: Pin::Off,
            ..Settings::default()
        };
        assert_eq!(
            worker_cpus(&s, &set(&[0, 1], None)).unwrap().len(),
            MAX_WORKERS
        );
    }

    #[test]
    fn cpu_max_and_cgroup_walk() {
        assert_eq!(parse_cpu_max("max 100000\n"), None);
        assert_eq!(parse_cpu_max("250000 100000\n"), Some(2.5));
        let dir = std::env::temp_dir().join(format!("percore-cg-{}", std::process::id()));
        let leaf = dir.join("a/b");
        std::fs::create_dir_all(&leaf).unwrap();
        std::fs::write(dir.join("a/cpu.max"), "100000 100000").unwrap();
        std::fs::write(leaf.join("cpu.max"), "max 100000").unwrap();
        let proc = dir.join("cgroup");
        std::fs::write(&proc, "0::/a/b\n").unwrap();
        assert_eq!(cgroup_quota(&proc, &dir), Some(1.0));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
