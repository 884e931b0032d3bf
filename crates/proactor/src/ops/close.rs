//! `IORING_OP_CLOSE` (5.6).

use std::io;
use std::os::fd::{IntoRawFd, OwnedFd};

use io_uring::types::Fd;
use io_uring::{opcode, squeue};

use super::table::{Completion, Orphan};
use super::{Attempt, Operation, keep};

/// Closes a descriptor and reports the result. Created by `TcpStream::close` and
/// `File::close`. When the ring refuses the submission (its proactor is being dropped), the
/// descriptor is closed at once all the same, and the refusal is reported (`ECANCELED`).
#[derive(Debug)]
pub struct Close {
    /// Ours until submitted; the kernel closes it, so it is never dropped as an `OwnedFd`.
    fd: Option<OwnedFd>,
    raw: i32,
}

impl Close {
    pub(crate) fn new(fd: OwnedFd) -> Close {
        let raw = std::os::fd::AsRawFd::as_raw_fd(&fd);
        Close { fd: Some(fd), raw }
    }
}

// SAFETY: a close points at no memory.
unsafe impl Operation for Close {
    type Output = io::Result<()>;

    fn entry(&mut self) -> squeue::Entry {
        // From here on the kernel owns the descriptor: hand it over without closing it.
        if let Some(fd) = self.fd.take() {
            let _ = fd.into_raw_fd();
        }
        opcode::Close::new(Fd(self.raw)).build()
    }

    fn refused(&mut self) {
        // `entry` let go of the descriptor for the kernel, which never got it: closed here,
        // or it would stay open for good.
        if self.fd.is_none() {
            // SAFETY: `entry` took the descriptor out of its `OwnedFd` for the kernel, which
            // never got it: it is this operation's alone, and nothing else names it.
            unsafe { crate::sys::close_raw(self.raw) };
        }
    }

    fn attempt(&mut self) -> Attempt {
        // Closed already (an attempt is never made twice, but if it were): the number may
        // name another descriptor by now, opened since.
        let Some(fd) = self.fd.take() else {
            return Attempt::Done(Completion { res: 0, flags: 0 });
        };
        let _ = fd.into_raw_fd();
        // SAFETY: the descriptor was owned by this operation (taken out of its `OwnedFd`
        // above, which happens once) and is closed exactly once, here.
        let ret = unsafe { libc::close(self.raw) };
        // Whatever close says, the descriptor is gone: Linux releases it before it can fail
        // with EINTR (or EIO), so the call is never repeated, and EINTR is a success.
        let res = match ret {
            0 => 0,
            _ => match io::Error::last_os_error().raw_os_error() {
                Some(libc::EINTR) => 0,
                code => -code.unwrap_or(libc::EIO),
            },
        };
        Attempt::Done(Completion { res, flags: 0 })
    }

    fn complete(self, c: Completion) -> io::Result<()> {
        c.result().map(drop)
    }

    fn into_orphan(self) -> Box<dyn Orphan> {
        // Only reached once submitted, when the fd is already the kernel's.
        keep(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::fd::FromRawFd;

    #[test]
    fn a_close_is_made_once_however_often_it_is_attempted() {
        let file = std::fs::File::open("/dev/null").unwrap();
        // SAFETY: `file` gives its descriptor up to the operation, which owns it alone.
        let mut close = Close::new(unsafe { OwnedFd::from_raw_fd(file.into_raw_fd()) });
        assert!(matches!(
            close.attempt(),
            Attempt::Done(Completion { res: 0, .. })
        ));
        // Attempted again (as an EINTR that was retried would be): no second close, which
        // would say EBADF here, or close whatever descriptor took the number since.
        assert!(matches!(
            close.attempt(),
            Attempt::Done(Completion { res: 0, .. })
        ));
    }

    #[test]
    fn a_close_the_ring_refuses_still_closes_its_descriptor() {
        let proactor = crate::Proactor::builder().build().unwrap();
        proactor.block_on(async {
            let rt = crate::runtime::current();
            if rt.is_epoll {
                return;
            }
            let (ours, mut peer) = std::os::unix::net::UnixStream::pair().unwrap();
            let close = crate::fd::close_op(OwnedFd::from(ours));
            // A ring that is being torn down refuses every operation.
            rt.driver.borrow_mut().uring().begin_shutdown();
            let e = close.await.expect_err("refused");
            assert_eq!(e.raw_os_error(), Some(libc::ECANCELED));
            // The peer sees the end: the descriptor entry() let go of was closed (a number
            // checked with fcntl could be another test's by now).
            peer.set_read_timeout(Some(std::time::Duration::from_secs(2)))
                .unwrap();
            let mut byte = [0u8; 1];
            let read = std::io::Read::read(&mut peer, &mut byte);
            assert_eq!(read.ok(), Some(0), "closed, not left open");
        });
    }
}
