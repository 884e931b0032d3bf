//! `IORING_OP_SENDMSG` (5.3): a vectored send of several buffers in one operation.

use io_uring::types::Fd;
use io_uring::{opcode, squeue};

use super::table::Completion;
use std::os::fd::RawFd;

use super::{Attempt, BufResult, Interest, Operation, attempt_io, to_usize};
use crate::buf::IoBuf;
use crate::fd::SharedFd;

/// Sends several buffers as one, in order. Created by `TcpStream::send_vectored`.
#[derive(Debug)]
pub struct SendMsg<B> {
    fd: SharedFd,
    bufs: Vec<B>,
    /// One iovec per buffer; its heap allocation does not move.
    iovecs: Vec<libc::iovec>,
    /// The header pointing at `iovecs`; boxed so it never moves.
    msg: Box<libc::msghdr>,
    flags: i32,
}

impl<B: IoBuf> SendMsg<B> {
    pub(crate) fn new(fd: SharedFd, bufs: Vec<B>, flags: i32) -> Self {
        let iovecs: Vec<libc::iovec> = bufs
            .iter()
            .map(|b| libc::iovec {
                iov_base: b.stable_ptr().cast_mut().cast(),
                iov_len: b.bytes_init(),
            })
            .collect();
        // SAFETY: msghdr is a plain C struct for which all-zero is a valid empty value.
        let mut msg: Box<libc::msghdr> = Box::new(unsafe { std::mem::zeroed() });
        msg.msg_iov = iovecs.as_ptr().cast_mut();
        msg.msg_iovlen = iovecs.len();
        SendMsg {
            fd,
            bufs,
            iovecs,
            msg,
            flags,
        }
    }
}

// SAFETY: the entry points at the boxed msghdr, which points at the iovec Vec's heap
// allocation, which points into each buffer's stable memory: all owned by `self`, none of it
// moving when `self` moves.
unsafe impl<B: IoBuf> Operation for SendMsg<B> {
    type Output = BufResult<usize, Vec<B>>;

    fn entry(&mut self) -> squeue::Entry {
        debug_assert_eq!(self.msg.msg_iov, self.iovecs.as_mut_ptr());
        // `MSG_DONTWAIT`: never blocking in io_uring's worker threads (see `ops::send`).
        opcode::SendMsg::new(Fd(self.fd.raw()), &raw const *self.msg)
            .flags((self.flags | libc::MSG_DONTWAIT) as u32)
            .build()
    }

    fn attempt(&mut self) -> Attempt {
        let fd = self.fd.raw();
        // SAFETY: sendmsg reads the boxed msghdr, its iovecs and the buffers they point at,
        // all owned by `self`.
        let ret = unsafe { crate::sys::sendmsg(fd, &raw const *self.msg, self.flags) };
        attempt_io(ret, fd, Interest::Write)
    }

    fn waits_on(&self) -> Option<(RawFd, Interest)> {
        Some((self.fd.raw(), Interest::Write))
    }

    fn drains(&self, c: Completion) -> Option<(RawFd, Interest)> {
        let total: usize = self.bufs.iter().map(IoBuf::bytes_init).sum();
        (c.res >= 0 && (c.res as usize) < total).then_some((self.fd.raw(), Interest::Write))
    }

    fn complete(self, c: Completion) -> Self::Output {
        (to_usize(c), self.bufs)
    }
}
