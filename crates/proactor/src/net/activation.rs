//! Sockets handed over by a service manager (systemd socket activation).

use std::io;
use std::os::fd::{FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};

use socket2::Socket;

use crate::sys;

/// Whether `fd` is an open socket in the listening state, asked without owning it.
fn is_listening_socket(fd: i32) -> bool {
    let mut accepting: libc::c_int = 0;
    let mut len = size_of::<libc::c_int>() as libc::socklen_t;
    // getsockopt writes one int and its length into live locals; on a closed fd or one that
    // is not a socket it fails (EBADF, ENOTSOCK) and touches nothing.
    sys::syscall!(getsockopt(
        fd,
        libc::SOL_SOCKET,
        libc::SO_ACCEPTCONN,
        (&raw mut accepting).cast(),
        &raw mut len
    ))
    .is_ok_and(|_| accepting != 0)
}

/// First fd systemd passes (`SD_LISTEN_FDS_START`).
const LISTEN_FDS_START: i32 = 3;

/// Set once the passed fds have been adopted: they have one owner per process.
static TAKEN: AtomicBool = AtomicBool::new(false);

/// The listening sockets systemd passed to this process (`LISTEN_PID` naming this process and
/// `LISTEN_FDS` counting them, from fd 3), in the order the unit lists them; `Ok(None)` when
/// the process was not socket-activated. Each is made close-on-exec. The variables are left
/// in place: `LISTEN_PID` names only this process, so a child never adopts them.
///
/// The sockets are handed out once per process: each returned [`Socket`] owns (and closes)
/// its fd, so a second call cannot return them again.
///
/// # Errors
///
/// `InvalidInput` for malformed variables or an fd that is not a listening stream socket;
/// `AlreadyExists` when an earlier call already took the sockets.
pub fn systemd_listeners() -> io::Result<Option<Vec<Socket>>> {
    let Ok(pid) = std::env::var("LISTEN_PID") else {
        return Ok(None);
    };
    if pid.trim().parse::<u32>().ok() != Some(std::process::id()) {
        return Ok(None);
    }
    let count: i32 = std::env::var("LISTEN_FDS")
        .ok()
        .and_then(|n| n.trim().parse().ok())
        .filter(|&n| (0..=1024).contains(&n))
        .ok_or_else(|| {
            io::Error::new(
                io::ErrorKind::InvalidInput,
                "LISTEN_FDS is missing or malformed",
            )
        })?;
    let already = || {
        io::Error::new(
            io::ErrorKind::AlreadyExists,
            "the sockets passed by the service manager were already taken by an earlier call",
        )
    };
    // Asked first, so that a second call says so (its fds may be closed by now).
    if TAKEN.load(Ordering::Acquire) {
        return Err(already());
    }
    // Every fd is checked before any is adopted: a wrong LISTEN_FDS must not make us close a
    // descriptor that belongs to something else in the process.
    for fd in LISTEN_FDS_START..LISTEN_FDS_START + count {
        if !is_listening_socket(fd) {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("LISTEN_FDS names fd {fd}, which is not a listening socket"),
            ));
        }
    }
    // Two calls racing past the first check: one adopts, the other is told.
    if TAKEN.swap(true, Ordering::AcqRel) {
        return Err(already());
    }
    let mut sockets = Vec::with_capacity(count as usize);
    for fd in LISTEN_FDS_START..LISTEN_FDS_START + count {
        // SAFETY: systemd passed this fd to this process (LISTEN_PID names us), it is an open
        // listening socket (checked above), and nothing else in the process adopts it: `TAKEN`
        // lets one call per process get this far.
        let socket = Socket::from(unsafe { OwnedFd::from_raw_fd(fd) });
        socket.set_cloexec(true)?;
        sockets.push(socket);
    }
    Ok(Some(sockets))
}
