//! `IORING_OP_SEND` (5.6) and `IORING_OP_SEND_ZC` (6.0).

use io_uring::types::Fd;
use io_uring::{opcode, squeue};

use std::os::fd::RawFd;

use super::table::{CQE_F_NOTIF, Completion};
use super::{Attempt, BufResult, Interest, Operation, attempt_io, sqe_len, to_usize};
use crate::buf::IoBuf;
use crate::fd::SharedFd;

/// Sends from a caller's buffer. Created by `TcpStream::send`.
#[derive(Debug)]
pub struct Send<B> {
    fd: SharedFd,
    buf: B,
    flags: i32,
}

impl<B: IoBuf> Send<B> {
    pub(crate) fn new(fd: SharedFd, buf: B, flags: i32) -> Self {
        Send { fd, buf, flags }
    }
}

// SAFETY: the entry points into `buf`'s stable memory (`IoBuf`), owned by `self`.
unsafe impl<B: IoBuf> Operation for Send<B> {
    type Output = BufResult<usize, B>;

    fn entry(&mut self) -> squeue::Entry {
        let len = sqe_len(self.buf.bytes_init());
        opcode::Send::new(Fd(self.fd.raw()), self.buf.stable_ptr(), len)
            .flags(self.flags)
            .build()
    }

    fn attempt(&mut self) -> Attempt {
        attempt_send(self.fd.raw(), &self.buf, self.flags)
    }

    fn waits_on(&self) -> Option<(RawFd, Interest)> {
        Some((self.fd.raw(), Interest::Write))
    }

    fn drains(&self, c: Completion) -> Option<(RawFd, Interest)> {
        short_write(&self.fd, &self.buf, c)
    }

    fn complete(self, c: Completion) -> Self::Output {
        (to_usize(c), self.buf)
    }
}

/// Sends without copying the payload into the kernel. Created by `TcpStream::send_zc`.
///
/// Two completions arrive: the result, then a notification once the kernel no longer reads the
/// buffer. The future resolves at the notification, so the buffer comes back only when it is
/// free again.
#[derive(Debug)]
pub struct SendZc<B> {
    fd: SharedFd,
    buf: B,
    result: Option<i32>,
}

impl<B: IoBuf> SendZc<B> {
    pub(crate) fn new(fd: SharedFd, buf: B) -> Self {
        SendZc {
            fd,
            buf,
            result: None,
        }
    }
}

// SAFETY: the entry points into `buf`'s stable memory (`IoBuf`), owned by `self` until the
// notification completion, which is the final one.
unsafe impl<B: IoBuf> Operation for SendZc<B> {
    type Output = BufResult<usize, B>;

    fn entry(&mut self) -> squeue::Entry {
        let len = sqe_len(self.buf.bytes_init());
        opcode::SendZc::new(Fd(self.fd.raw()), self.buf.stable_ptr(), len)
            .flags(libc::MSG_NOSIGNAL)
            .build()
    }

    fn intermediate(&mut self, c: Completion) {
        self.result = Some(c.res);
    }

    fn attempt(&mut self) -> Attempt {
        // epoll has no zero-copy send: a plain send, same result.
        attempt_send(self.fd.raw(), &self.buf, libc::MSG_NOSIGNAL)
    }

    fn waits_on(&self) -> Option<(RawFd, Interest)> {
        Some((self.fd.raw(), Interest::Write))
    }

    fn drains(&self, c: Completion) -> Option<(RawFd, Interest)> {
        short_write(&self.fd, &self.buf, c)
    }

    fn complete(self, c: Completion) -> Self::Output {
        // The final completion is either the notification (result came before it) or, when
        // the send failed outright, the only one.
        let res = match self.result {
            Some(res) if c.flags & CQE_F_NOTIF != 0 => res,
            _ => c.res,
        };
        (to_usize(Completion { res, flags: 0 }), self.buf)
    }
}

/// epoll: sends the initialised bytes of `buf`.
fn attempt_send<B: IoBuf>(fd: RawFd, buf: &B, flags: i32) -> Attempt {
    // SAFETY: send reads `bytes_init` initialised bytes from the buffer's stable memory.
    let ret = unsafe { crate::sys::send(fd, buf.stable_ptr().cast(), buf.bytes_init(), flags) };
    attempt_io(ret, fd, Interest::Write)
}

/// epoll: a send that took fewer bytes than offered filled the socket buffer.
pub(crate) fn short_write<B: IoBuf>(
    fd: &SharedFd,
    buf: &B,
    c: Completion,
) -> Option<(RawFd, Interest)> {
    (c.res >= 0 && (c.res as usize) < buf.bytes_init()).then_some((fd.raw(), Interest::Write))
}
