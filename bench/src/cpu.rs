//! CPU time of a process, from `/proc`: what a server or the load generator spent.

use std::time::{Duration, Instant};

/// CPU time (user + system) of `pid` (this process for `None`), all threads. Read from
/// `/proc/PID/schedstat` (nanoseconds) when the kernel has it, else from `/proc/PID/stat`
/// (clock ticks of 10 ms).
pub fn cpu_time(pid: Option<u32>) -> Option<Duration> {
    let dir = pid.map_or_else(|| "self".to_string(), |p| p.to_string());
    if let Ok(s) = std::fs::read_to_string(format!("/proc/{dir}/schedstat")) {
        let ns: u64 = s.split_whitespace().next()?.parse().ok()?;
        // schedstat of the process is that of its main thread: add the other threads.
        let mut total = 0u64;
        let mut threads = 0;
        if let Ok(tasks) = std::fs::read_dir(format!("/proc/{dir}/task")) {
            for t in tasks.flatten() {
                let path = t.path().join("schedstat");
                if let Some(v) = std::fs::read_to_string(path)
                    .ok()
                    .and_then(|s| s.split_whitespace().next()?.parse::<u64>().ok())
                {
                    total += v;
                    threads += 1;
                }
            }
        }
        return Some(Duration::from_nanos(if threads > 0 { total } else { ns }));
    }
    let stat = std::fs::read_to_string(format!("/proc/{dir}/stat")).ok()?;
    // Fields after the parenthesised command name; utime and stime are the 14th and 15th.
    let after = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = after.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(Duration::from_millis((utime + stime) * 10))
}

/// Measures a process's CPU use over a window.
#[derive(Debug)]
pub struct CpuClock {
    pid: Option<u32>,
    cpu: Option<Duration>,
    wall: Instant,
}

impl CpuClock {
    /// Starts measuring this process.
    pub fn start() -> CpuClock {
        Self::start_for(None)
    }

    /// Starts measuring process `pid` (`None`: this process).
    pub fn start_for(pid: Option<u32>) -> CpuClock {
        CpuClock {
            pid,
            cpu: cpu_time(pid),
            wall: Instant::now(),
        }
    }

    /// CPU time spent since the start.
    pub fn elapsed_cpu(&self) -> Duration {
        match (self.cpu, cpu_time(self.pid)) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => Duration::ZERO,
        }
    }

    /// CPU time since the start, as a percentage of one core over the wall time.
    pub fn percent_of_one_core(&self) -> f64 {
        100.0 * self.elapsed_cpu().as_secs_f64() / self.wall.elapsed().as_secs_f64()
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
        assert!(clock.elapsed_cpu() >= Duration::from_millis(10));
        assert!(cpu_time(Some(std::process::id())).is_some());
    }
}
