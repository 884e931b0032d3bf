//! Syscall counts of a server over a window, from `strace -c -f`: a count, never a speed
//! (tracing slows the traced process down, so nothing timed is taken from a traced run).

use std::io;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// `strace -c -f` attached to every thread of a process.
#[derive(Debug)]
pub struct Strace {
    child: Child,
    summary: PathBuf,
}

impl Strace {
    /// Attaches to every thread of `pid` and of its descendants (an nginx master's workers),
    /// and returns once all are traced.
    ///
    /// # Errors
    ///
    /// `strace` missing (the message says how to install it), refused (ptrace restrictions),
    /// or not attached to every thread within 10 seconds.
    pub fn attach(pid: u32) -> io::Result<Strace> {
        let summary = std::env::temp_dir().join(format!(
            "percore-bench-strace-{}-{pid}.txt",
            std::process::id()
        ));
        let child = Command::new("strace")
            .args(["-c", "-f", "-q", "-o"])
            .arg(&summary)
            .args(
                crate::cpu::process_tree(pid)
                    .iter()
                    .flat_map(|p| ["-p".to_string(), p.to_string()]),
            )
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| {
                if e.kind() == io::ErrorKind::NotFound {
                    io::Error::new(
                        e.kind(),
                        "strace not found: install it (apt-get install strace)",
                    )
                } else {
                    io::Error::new(e.kind(), format!("cannot run strace: {e}"))
                }
            })?;
        let mut trace = Strace { child, summary };
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = trace.child.try_wait()? {
                return Err(io::Error::other(format!(
                    "strace exited ({status}) before attaching to process {pid}: is ptrace allowed?"
                )));
            }
            if crate::cpu::process_tree(pid)
                .iter()
                .all(|p| all_traced_by(*p, trace.child.id()))
            {
                return Ok(trace);
            }
            if Instant::now() > deadline {
                return Err(io::Error::new(
                    io::ErrorKind::TimedOut,
                    format!("strace did not attach to every thread of process {pid} in 10 s"),
                ));
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Detaches (SIGINT, upon which strace writes its summary) and returns the total number
    /// of syscalls it counted.
    ///
    /// # Errors
    ///
    /// The signal cannot be sent, or the summary is missing or has no total line.
    pub fn finish(mut self) -> io::Result<u64> {
        let what = "total line (strace's summary)";
        crate::syscalls::interrupt_and_count(&mut self.child, &self.summary, total_calls, what)
    }
}

impl Drop for Strace {
    fn drop(&mut self) {
        // Not finished (an error on the way): do not leave the server traced.
        crate::syscalls::stop(&mut self.child, &self.summary);
    }
}

/// True when every thread of `pid` has `tracer` as its tracer.
fn all_traced_by(pid: u32, tracer: u32) -> bool {
    let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
        return false;
    };
    let mut any = false;
    for task in tasks.flatten() {
        let status = std::fs::read_to_string(task.path().join("status")).unwrap_or_default();
        let traced = status
            .lines()
            .find_map(|l| l.strip_prefix("TracerPid:"))
            .and_then(|v| v.trim().parse::<u32>().ok());
        if traced != Some(tracer) {
            return false;
        }
        any = true;
    }
    any
}

/// The `calls` column of the `total` line of an `strace -c` summary.
pub fn total_calls(summary: &str) -> Option<u64> {
    let line = summary
        .lines()
        .find(|l| l.split_whitespace().last() == Some("total"))?;
    // % time, seconds, usecs/call, calls, [errors], "total".
    line.split_whitespace().nth(3)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_total_line_is_read_with_or_without_errors() {
        let with_errors = "\
% time     seconds  usecs/call     calls    errors syscall
------ ----------- ----------- --------- --------- ----------------
 99.12    0.123456           2     51234        17 io_uring_enter
  0.88    0.001000           5       200           accept4
------ ----------- ----------- --------- --------- ----------------
100.00    0.124456           2     51434        17 total
";
        assert_eq!(total_calls(with_errors), Some(51434));
        let without = "100.00    0.000010           1        12           total\n";
        assert_eq!(total_calls(without), Some(12));
        assert_eq!(
            total_calls("strace: attach: ptrace(PTRACE_SEIZE, 1): Operation not permitted\n"),
            None
        );
    }
}
