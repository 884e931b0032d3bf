//! `IORING_OP_READ` and `IORING_OP_WRITE` (5.6) at an explicit offset.

use io_uring::types::Fd;
use io_uring::{opcode, squeue};

use super::table::Completion;
use super::{Attempt, BufResult, Interest, Operation, attempt_io, sqe_len, to_usize};
use crate::buf::{IoBuf, IoBufMut};
use crate::fd::SharedFd;

/// `offset` as an entry carries it. io_uring reads `u64::MAX` (-1) as "at the file's
/// position, which moves", where `pread(2)` and `pwrite(2)` (the epoll path) refuse every
/// offset past `i64::MAX` with `EINVAL`: such an offset goes in as `i64::MIN`, which the
/// kernel refuses the same way for regular files, so that no offset reads or writes at the
/// file's position (a stream, a socket or a pipe, has no offset either way). (The few device files that take offsets past `i64::MAX`, such as
/// `/proc/PID/mem`, take it as 2^63 there, where `pread(2)` refuses it.)
fn sqe_offset(offset: u64) -> u64 {
    if offset > i64::MAX as u64 {
        i64::MIN as u64
    } else {
        offset
    }
}

/// Reads at an offset into a caller's buffer. Created by `File::read_at`.
#[derive(Debug)]
pub struct ReadAt<B> {
    fd: SharedFd,
    buf: B,
    offset: u64,
}

impl<B: IoBufMut> ReadAt<B> {
    pub(crate) fn new(fd: SharedFd, buf: B, offset: u64) -> Self {
        ReadAt { fd, buf, offset }
    }
}

// SAFETY: the entry points into `buf`'s stable memory (`IoBufMut`), owned by `self`.
unsafe impl<B: IoBufMut> Operation for ReadAt<B> {
    type Output = BufResult<usize, B>;

    fn entry(&mut self) -> squeue::Entry {
        let len = sqe_len(self.buf.bytes_total());
        opcode::Read::new(Fd(self.fd.raw()), self.buf.stable_mut_ptr(), len)
            .offset(sqe_offset(self.offset))
            .build()
    }

    fn attempt(&mut self) -> Attempt {
        let fd = self.fd.raw();
        let len = self.buf.bytes_total();
        // SAFETY: pread writes at most `len` bytes into the buffer's stable memory.
        let ret = unsafe {
            libc::pread(
                fd,
                self.buf.stable_mut_ptr().cast(),
                len,
                self.offset as libc::off_t,
            )
        };
        attempt_io(ret, fd, Interest::Read)
    }

    fn complete(mut self, c: Completion) -> Self::Output {
        let res = to_usize(c);
        if let Ok(n) = res {
            // SAFETY: the kernel initialised the first `n` bytes of the buffer.
            unsafe { self.buf.set_init(n) };
        }
        (res, self.buf)
    }
}

/// Writes a caller's buffer at an offset. Created by `File::write_at`.
#[derive(Debug)]
pub struct WriteAt<B> {
    fd: SharedFd,
    buf: B,
    offset: u64,
}

impl<B: IoBuf> WriteAt<B> {
    pub(crate) fn new(fd: SharedFd, buf: B, offset: u64) -> Self {
        WriteAt { fd, buf, offset }
    }
}

// SAFETY: the entry points into `buf`'s stable memory (`IoBuf`), owned by `self`.
unsafe impl<B: IoBuf> Operation for WriteAt<B> {
    type Output = BufResult<usize, B>;

    fn entry(&mut self) -> squeue::Entry {
        let len = sqe_len(self.buf.bytes_init());
        opcode::Write::new(Fd(self.fd.raw()), self.buf.stable_ptr(), len)
            .offset(sqe_offset(self.offset))
            .build()
    }

    fn attempt(&mut self) -> Attempt {
        let fd = self.fd.raw();
        let len = self.buf.bytes_init();
        // SAFETY: pwrite reads `len` initialised bytes from the buffer's stable memory.
        let ret = unsafe {
            libc::pwrite(
                fd,
                self.buf.stable_ptr().cast(),
                len,
                self.offset as libc::off_t,
            )
        };
        attempt_io(ret, fd, Interest::Write)
    }

    fn complete(self, c: Completion) -> Self::Output {
        (to_usize(c), self.buf)
    }
}
