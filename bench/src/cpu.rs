//! CPU time of a process, from `/proc`: what a server or the load generator spent.

use std::time::{Duration, Instant};

/// `pid` and every process descended from it (an nginx master and its workers), by the parent
/// each process of `/proc` names in its `stat` (which every kernel has, where
/// `/proc/PID/task/*/children` needs `CONFIG_PROC_CHILDREN`: without it, an nginx measured
/// by its master alone would look nearly free).
pub fn process_tree(pid: u32) -> Vec<u32> {
    let parents: Vec<(u32, u32)> = std::fs::read_dir("/proc")
        .map(|dir| {
            dir.flatten()
                .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
                .filter_map(|p| Some((p, parent_of(p)?)))
                .collect()
        })
        .unwrap_or_default();
    let mut all = vec![pid];
    let mut at = 0;
    while at < all.len() {
        let p = all[at];
        at += 1;
        all.extend(parents.iter().filter(|&&(_, pp)| pp == p).map(|&(c, _)| c));
    }
    all.sort_unstable();
    all.dedup();
    all
}

/// The parent of process `pid` (the 4th field of `/proc/PID/stat`), if it still runs.
fn parent_of(pid: u32) -> Option<u32> {
    stat_after_name(&pid.to_string(), |fields| fields.get(1)?.parse().ok())
}

/// `read` of the fields of `/proc/DIR/stat` after the parenthesised command name (which may
/// hold spaces and parentheses): the state first, then the parent, ...
fn stat_after_name<T>(dir: &str, read: impl FnOnce(&[&str]) -> Option<T>) -> Option<T> {
    let stat = std::fs::read_to_string(format!("/proc/{dir}/stat")).ok()?;
    let fields: Vec<&str> = stat[stat.rfind(')')? + 2..].split_whitespace().collect();
    read(&fields)
}

/// CPU time (user + system) of `pid` and its descendants (this process alone for `None`), all
/// threads, from `/proc/PID/stat` (10 ms ticks: over a window of seconds, well under 1%).
pub fn cpu_time(pid: Option<u32>) -> Option<Duration> {
    cpu_by_process(pid)
        .into_iter()
        .map(|(_, t)| t)
        .reduce(|a, b| a + b)
}

/// [`cpu_time`] of each process: `(pid, time)`, pid 0 for this process.
fn cpu_by_process(pid: Option<u32>) -> Vec<(u32, Duration)> {
    match pid {
        None => process_cpu("self").map(|t| (0, t)).into_iter().collect(),
        Some(p) => process_tree(p)
            .into_iter()
            .filter_map(|p| Some((p, process_cpu(&p.to_string())?)))
            .collect(),
    }
}

/// CPU time of one process: `utime + stime` of `/proc/PID/stat`, which counts every thread
/// the process has had, including threads that have exited (io_uring's worker threads come
/// and go), in clock ticks.
fn process_cpu(dir: &str) -> Option<Duration> {
    // utime and stime are the 14th and 15th fields of the line.
    let ticks = stat_after_name(dir, |fields| {
        let utime: u64 = fields.get(11)?.parse().ok()?;
        let stime: u64 = fields.get(12)?.parse().ok()?;
        Some(utime + stime)
    })?;
    Some(Duration::from_nanos(
        ticks * (1_000_000_000 / clock_ticks()),
    ))
}

/// Clock ticks per second of `/proc/PID/stat` (`USER_HZ`): 100 on every Linux architecture
/// percore runs on.
fn clock_ticks() -> u64 {
    100
}

/// Measures a process's CPU use over a window.
#[derive(Debug)]
pub struct CpuClock {
    pid: Option<u32>,
    /// Each process's CPU time at the start.
    start: Vec<(u32, Duration)>,
    wall: Instant,
}

impl CpuClock {
    /// Starts measuring this process.
    pub fn start() -> CpuClock {
        Self::start_for(None)
    }

    /// Starts measuring process `pid` (`None`: this process) and its descendants.
    pub fn start_for(pid: Option<u32>) -> CpuClock {
        CpuClock {
            pid,
            start: cpu_by_process(pid),
            wall: Instant::now(),
        }
    }

    /// CPU time spent since the start, by the processes there were then and those started
    /// since.
    ///
    /// # Errors
    ///
    /// When nothing could be read at the start, or a process of the start has ended (its
    /// CPU time went with it, or to a parent that has not reaped it yet): a figure without
    /// it would make the server look cheaper than it was.
    pub fn elapsed_cpu(&self) -> std::io::Result<Duration> {
        let gone = |what: String| {
            Err(std::io::Error::other(format!(
                "the CPU time of {} over the window cannot be read: {what}",
                self.pid
                    .map_or("this process".to_string(), |p| format!("process {p}"))
            )))
        };
        if self.start.is_empty() {
            return gone("it was not running at the start".into());
        }
        let now = cpu_by_process(self.pid);
        let mut spent = Duration::ZERO;
        for &(pid, before) in &self.start {
            match now.iter().find(|(p, _)| *p == pid) {
                Some(&(_, after)) => spent += after.saturating_sub(before),
                None => return gone(format!("process {pid} ended during it")),
            }
        }
        for &(pid, after) in &now {
            if !self.start.iter().any(|(p, _)| *p == pid) {
                spent += after;
            }
        }
        Ok(spent)
    }

    /// `cpu`, spent since the start, as a percentage of one core over the wall time.
    pub fn percent_of_one_core(&self, cpu: Duration) -> f64 {
        100.0 * cpu.as_secs_f64() / self.wall.elapsed().as_secs_f64()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_uses_cpu() {
        let clock = CpuClock::start();
        let mut x = 0u64;
        let until = Instant::now() + Duration::from_millis(50);
        while Instant::now() < until {
            x = x.wrapping_add(std::hint::black_box(1));
        }
        assert!(x > 0);
        assert!(clock.elapsed_cpu().unwrap() >= Duration::from_millis(10));
        assert!(cpu_time(Some(std::process::id())).is_some());
    }

    #[test]
    fn a_process_that_ends_during_the_window_voids_the_figure() {
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .unwrap();
        let clock = CpuClock::start_for(Some(child.id()));
        assert!(clock.elapsed_cpu().is_ok());
        child.kill().unwrap();
        child.wait().unwrap();
        let e = clock.elapsed_cpu().unwrap_err();
        assert!(e.to_string().contains("ended during it"), "{e}");
        // Nothing running at the start: no figure either.
        let e = CpuClock::start_for(Some(child.id()))
            .elapsed_cpu()
            .unwrap_err();
        assert!(e.to_string().contains("not running at the start"), "{e}");
    }

    #[test]
    fn a_process_tree_holds_children_and_grandchildren() {
        // A child that starts a grandchild, each waiting.
        let mut child = std::process::Command::new("sh")
            .args(["-c", "sleep 30 & echo $!; wait"])
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut line = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(child.stdout.as_mut().unwrap()),
            &mut line,
        )
        .unwrap();
        let grandchild: u32 = line.trim().parse().unwrap();
        let tree = process_tree(std::process::id());
        let _ = std::process::Command::new("kill")
            .arg(grandchild.to_string())
            .status();
        let _ = child.kill();
        let _ = child.wait();
        assert!(tree.contains(&std::process::id()), "{tree:?}");
        assert!(tree.contains(&child.id()), "{tree:?}");
        assert!(tree.contains(&grandchild), "{tree:?}");
        assert!(!tree.contains(&1), "{tree:?}");
    }
}
