//! The process's limit on open descriptors (`RLIMIT_NOFILE`): every connection is one, so a
//! server sized for tens of thousands of connections needs more than the 1,024 a login shell
//! usually starts with.

use std::io;

use crate::sys::syscall;

/// The limit on open descriptors: what applies now (`soft`) and how far the process may raise
/// it itself (`hard`). `u64::MAX` stands for no limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenFiles {
    /// The limit in force.
    pub soft: u64,
    /// The most `soft` may be raised to without privilege.
    pub hard: u64,
}

/// The process's limit on open descriptors.
///
/// # Errors
///
/// The `getrlimit` error (none is expected).
pub fn open_files() -> io::Result<OpenFiles> {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY (the `syscall!` contract): `limit` is a valid, writable `rlimit` that outlives
    // the call, the only memory `getrlimit` writes.
    syscall!(getrlimit(libc::RLIMIT_NOFILE, &mut limit))?;
    Ok(OpenFiles {
        soft: limit.rlim_cur,
        hard: limit.rlim_max,
    })
}

/// Raises the limit in force to `wanted`, or as near as the hard limit allows (it is never
/// lowered); returns the limit then in force. As Go's runtime does at start, and for the same
/// reason: the soft limit exists for programs that use `select(2)`, which percore does not.
///
/// # Errors
///
/// The `getrlimit` or `setrlimit` error.
pub fn raise_open_files(wanted: u64) -> io::Result<OpenFiles> {
    let now = open_files()?;
    let target = wanted.min(now.hard);
    if target <= now.soft {
        return Ok(now);
    }
    let limit = libc::rlimit {
        rlim_cur: target,
        rlim_max: now.hard,
    };
    // SAFETY (the `syscall!` contract): `limit` is a valid `rlimit`, only read, during the
    // call; the hard limit is passed back unchanged.
    syscall!(setrlimit(libc::RLIMIT_NOFILE, &limit))?;
    Ok(OpenFiles {
        soft: target,
        hard: now.hard,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_is_raised_within_the_hard_limit_and_never_lowered() {
        let before = open_files().unwrap();
        assert!(before.soft <= before.hard);
        // Never lowered.
        assert_eq!(raise_open_files(0).unwrap(), before);
        // Up to the hard limit at most.
        let after = raise_open_files(u64::MAX).unwrap();
        assert_eq!(after.soft, before.hard);
        assert_eq!(open_files().unwrap(), after);
    }
}
