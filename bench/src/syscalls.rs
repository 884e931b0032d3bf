//! A server's syscall count over a window: from `perf stat` counting the
//! `raw_syscalls:sys_enter` tracepoint, which leaves the server at full speed, so that the
//! count is of the load the timed runs see (a server that batches more under load, as
//! io_uring does, is counted batching); from `strace -c -f` where perf is missing or refused,
//! which slows the server down a hundredfold and so counts a different load (less batched).
//! Either way a count, not a speed: nothing timed is taken from the window.

use std::io;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::strace::Strace;

/// Counts a server's syscalls from [`Counter::attach`] to [`Counter::finish`].
#[derive(Debug)]
pub enum Counter {
    /// `perf stat -e raw_syscalls:sys_enter`.
    Perf(PerfStat),
    /// `strace -c -f`.
    Strace(Strace),
}

impl Counter {
    /// Starts counting the syscalls of `pid` (and of its descendants: an nginx master's
    /// workers): with perf when it can count them, else with strace.
    ///
    /// # Errors
    ///
    /// Neither tool can count them (strace's error, which says how to install it).
    pub fn attach(pid: u32) -> io::Result<Counter> {
        match PerfStat::attach(pid) {
            Ok(perf) => Ok(Counter::Perf(perf)),
            Err(_) => Strace::attach(pid).map(Counter::Strace),
        }
    }

    /// What counts: `perf stat` or `strace`.
    pub fn tool(&self) -> &'static str {
        match self {
            Counter::Perf(_) => "perf stat",
            Counter::Strace(_) => "strace",
        }
    }

    /// Stops counting and returns the count.
    ///
    /// # Errors
    ///
    /// The tool could not be stopped, or said no count.
    pub fn finish(self) -> io::Result<u64> {
        match self {
            Counter::Perf(perf) => perf.finish(),
            Counter::Strace(strace) => strace.finish(),
        }
    }
}

/// `perf stat -e raw_syscalls:sys_enter` attached to a process tree.
#[derive(Debug)]
pub struct PerfStat {
    child: Child,
    output: PathBuf,
}

/// The tracepoint counted: one event per syscall entered.
const EVENT: &str = "raw_syscalls:sys_enter";

impl PerfStat {
    /// Attaches to every process of `pid`'s tree (all their threads).
    ///
    /// # Errors
    ///
    /// perf missing, or exited at once (no permission, no tracepoint).
    pub fn attach(pid: u32) -> io::Result<PerfStat> {
        let output = std::env::temp_dir().join(format!(
            "percore-bench-perf-{}-{pid}.txt",
            std::process::id()
        ));
        let pids: Vec<String> = crate::cpu::process_tree(pid)
            .iter()
            .map(u32::to_string)
            .collect();
        let child = Command::new("perf")
            // The C locale: a decimal comma would shift the CSV's fields.
            .env("LC_ALL", "C")
            .args(["stat", "-e", EVENT, "-x", ",", "-o"])
            .arg(&output)
            .args(["-p", &pids.join(",")])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()?;
        let mut perf = PerfStat { child, output };
        // perf opens its counters in a moment, or exits (no permission, no tracepoint, a
        // wrapper finding no perf for this kernel): give it that moment, then check.
        let settled = Instant::now() + Duration::from_millis(300);
        while Instant::now() < settled {
            if let Some(status) = perf.child.try_wait()? {
                return Err(io::Error::other(format!(
                    "perf stat exited at once ({status})"
                )));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(perf)
    }

    /// Stops perf (SIGINT, upon which it writes its counts) and returns the count.
    ///
    /// # Errors
    ///
    /// The signal cannot be sent, or perf's output holds no count for the event.
    pub fn finish(mut self) -> io::Result<u64> {
        let what = format!("count of {EVENT} (perf stat)");
        interrupt_and_count(&mut self.child, &self.output, event_count, &what)
    }
}

impl Drop for PerfStat {
    fn drop(&mut self) {
        stop(&mut self.child, &self.output);
    }
}

/// Interrupts a counting tool (see [`interrupt_and_read`]) and reads its count from what it
/// wrote with `parse`.
///
/// # Errors
///
/// As [`interrupt_and_read`], or `parse` finds no count: the error names `what` was missing
/// and quotes the output.
pub(crate) fn interrupt_and_count(
    child: &mut Child,
    output: &Path,
    parse: fn(&str) -> Option<u64>,
    what: &str,
) -> io::Result<u64> {
    let text = interrupt_and_read(child, output)?;
    parse(&text).ok_or_else(|| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("no {what} in the counter's output:\n{text}"),
        )
    })
}

/// Interrupts a counting tool (SIGINT, upon which perf and strace write their counts), waits
/// for it, and returns what it wrote to `output` (removed then).
///
/// # Errors
///
/// The signal cannot be sent, or the output cannot be read.
fn interrupt_and_read(child: &mut Child, output: &Path) -> io::Result<String> {
    // std has no way to send SIGINT and this crate forbids unsafe code: ask kill(1).
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()?;
    if !status.success() {
        return Err(io::Error::other("cannot signal the syscall counter"));
    }
    child.wait()?;
    let text = std::fs::read_to_string(output)?;
    let _ = std::fs::remove_file(output);
    Ok(text)
}

/// A counting tool not finished (an error on the way): killed, so that it does not go on
/// watching the server, and its output removed.
pub(crate) fn stop(child: &mut Child, output: &Path) {
    if child.try_wait().ok().flatten().is_none() {
        let _ = child.kill();
        let _ = child.wait();
    }
    let _ = std::fs::remove_file(output);
}

/// The count of `perf stat -x ,`'s line for the `raw_syscalls:sys_enter` event: its first
/// field, rounded (a count perf scaled has decimals); `<not counted>` or `<not supported>` is
/// none.
pub fn event_count(output: &str) -> Option<u64> {
    output
        .lines()
        .find(|l| l.split(',').nth(2) == Some(EVENT))?
        .split(',')
        .next()?
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|n| n.is_finite() && *n >= 0.0)
        .map(|n| n.round() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_count_is_read_from_perf_s_csv_lines() {
        let out = "# started on Sun Dec  6 15:00:00 2026\n\n\
                   41492,,raw_syscalls:sys_enter,2000312345,100.00,,\n";
        assert_eq!(event_count(out), Some(41492));
        let refused = "<not supported>,,raw_syscalls:sys_enter,0,100.00,,\n";
        assert_eq!(event_count(refused), None);
        assert_eq!(
            event_count("<not counted>,,raw_syscalls:sys_enter,0,0.00,,\n"),
            None
        );
        assert_eq!(event_count(""), None);
        assert_eq!(
            event_count("1234.56,,raw_syscalls:sys_enter,100,99.50,,\n"),
            Some(1235)
        );
    }
}
