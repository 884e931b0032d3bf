//! `IORING_OP_RECV` (5.6); from a buffer ring since 5.19, multishot since 6.0.

use std::io;
use std::rc::Rc;

use io_uring::types::Fd;
use io_uring::{opcode, squeue};

use std::os::fd::RawFd;

use super::table::{CQE_F_BUFFER, Completion, Orphan};
use super::{Attempt, BufResult, Interest, Operation, attempt_io, sqe_len, to_usize};
use crate::buf::ring::BufRingInner;
use crate::buf::{IoBufMut, RingBuf};
use crate::fd::SharedFd;

/// Receives into a caller's buffer. Created by `TcpStream::recv`.
#[derive(Debug)]
pub struct Recv<B> {
    fd: SharedFd,
    buf: B,
}

impl<B: IoBufMut> Recv<B> {
    pub(crate) fn new(fd: SharedFd, buf: B) -> Self {
        Recv { fd, buf }
    }
}

// SAFETY: the entry points into `buf`'s stable memory (`IoBufMut`), owned by `self`.
unsafe impl<B: IoBufMut> Operation for Recv<B> {
    type Output = BufResult<usize, B>;

    fn entry(&mut self) -> squeue::Entry {
        let len = sqe_len(self.buf.bytes_total());
        opcode::Recv::new(Fd(self.fd.raw()), self.buf.stable_mut_ptr(), len).build()
    }

    fn attempt(&mut self) -> Attempt {
        let fd = self.fd.raw();
        let len = self.buf.bytes_total();
        // SAFETY: recv writes at most `len` bytes into the buffer's stable memory (`IoBufMut`).
        let ret = unsafe { crate::sys::recv(fd, self.buf.stable_mut_ptr().cast(), len, 0) };
        attempt_io(ret, fd, Interest::Read)
    }

    fn waits_on(&self) -> Option<(RawFd, Interest)> {
        Some((self.fd.raw(), Interest::Read))
    }

    fn drains(&self, c: Completion) -> Option<(RawFd, Interest)> {
        (c.res >= 0 && (c.res as usize) < self.buf.bytes_total())
            .then_some((self.fd.raw(), Interest::Read))
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

/// Receives into a buffer the kernel picks from a ring. Created by `TcpStream::recv_ring`.
pub struct RecvRing {
    fd: SharedFd,
    ring: Rc<BufRingInner>,
}

impl std::fmt::Debug for RecvRing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RecvRing")
            .field("fd", &self.fd.raw())
            .field("group", &self.ring.group())
            .finish()
    }
}

impl RecvRing {
    pub(crate) fn new(fd: SharedFd, ring: Rc<BufRingInner>) -> Self {
        RecvRing { fd, ring }
    }
}

/// Returns to the ring every buffer a completion names after the owner is gone, and keeps the
/// descriptor the receive names until its final completion (see `Operation`).
pub(crate) struct RecycleBuffers(
    pub(crate) Rc<BufRingInner>,
    #[allow(dead_code, reason = "kept alive, never read")] pub(crate) SharedFd,
);

impl Orphan for RecycleBuffers {
    fn on_completion(&mut self, c: Completion) {
        give_back(&self.0, c);
    }
}

/// Returns to the ring the buffer `c` names, if any.
fn give_back(ring: &Rc<BufRingInner>, c: Completion) {
    if let Some(bid) = c.buffer_id() {
        drop(ring.take(bid, 0));
    }
}

/// Turns a buffer-select completion into a lease (`Ok(None)` at end of stream).
pub(crate) fn lease(ring: &Rc<BufRingInner>, c: Completion) -> io::Result<Option<RingBuf>> {
    // A buffer the completion names is ours whatever the result: lease it so that it goes
    // back to the ring even when it carries nothing.
    let buf = c
        .buffer_id()
        .map(|bid| ring.take(bid, c.res.max(0) as usize));
    let n = to_usize(c)?;
    match buf {
        _ if n == 0 => Ok(None),
        Some(buf) => Ok(Some(buf)),
        None => Err(io::Error::other(
            "a receive completed without naming its buffer",
        )),
    }
}

// SAFETY: the entry points at no memory of ours: the kernel picks a buffer from the group,
// whose mapping the `Rc` in `self` keeps alive.
unsafe impl Operation for RecvRing {
    type Output = io::Result<Option<RingBuf>>;

    fn entry(&mut self) -> squeue::Entry {
        opcode::Recv::new(Fd(self.fd.raw()), std::ptr::null_mut(), 0)
            .buf_group(self.ring.group())
            .build()
            .flags(squeue::Flags::BUFFER_SELECT)
    }

    fn attempt(&mut self) -> Attempt {
        attempt_recv_ring(self.fd.raw(), &self.ring)
    }

    fn waits_on(&self) -> Option<(RawFd, Interest)> {
        Some((self.fd.raw(), Interest::Read))
    }

    fn drains(&self, c: Completion) -> Option<(RawFd, Interest)> {
        (c.res >= 0 && (c.res as u32) < self.ring.buf_size())
            .then_some((self.fd.raw(), Interest::Read))
    }

    fn discard(&mut self, c: Completion) {
        // A receive that io_uring's worker threads ran commits its buffer when it picks it,
        // and names it in an EAGAIN that carries nothing (kernels that send a receive there
        // after a second EAGAIN on a poll wake-up): back to the ring before the next try.
        give_back(&self.ring, c);
    }

    fn complete(self, c: Completion) -> Self::Output {
        lease(&self.ring, c)
    }

    fn into_orphan(self) -> Box<dyn Orphan> {
        // The descriptor too: the entry names it until the final completion.
        Box::new(RecycleBuffers(self.ring, self.fd))
    }
}

/// epoll: receives into a buffer taken from the ring's free list; `ENOBUFS` when it is empty.
pub(crate) fn attempt_recv_ring(fd: RawFd, ring: &BufRingInner) -> Attempt {
    let Some(bid) = ring.pop_free() else {
        return Attempt::Done(Completion {
            res: -libc::ENOBUFS,
            flags: 0,
        });
    };
    // SAFETY: buffer `bid` came off the free list, so nothing else reads or writes it until it
    // goes back; recv writes at most the buffer's size into it.
    let ret =
        unsafe { crate::sys::recv(fd, ring.buf_ptr(bid).cast(), ring.buf_size() as usize, 0) };
    if ret > 0 {
        return Attempt::Done(Completion {
            res: ret as i32,
            flags: CQE_F_BUFFER | (u32::from(bid) << 16),
        });
    }
    let attempt = attempt_io(ret, fd, Interest::Read);
    ring.recycle(bid);
    attempt
}

/// The SQE of a multishot receive from a buffer ring (6.0).
pub(crate) fn recv_multi_entry(fd: &SharedFd, group: u16) -> squeue::Entry {
    opcode::RecvMulti::new(Fd(fd.raw()), group).build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::buf::BufRing;
    use crate::ops::Op;
    use std::os::fd::OwnedFd;

    /// A ring receive sent to io_uring's worker threads with `MSG_DONTWAIT`: on an empty
    /// socket the worker picks (and commits) a buffer, finds nothing, and completes with an
    /// `EAGAIN` that names it, the completion `discard` exists for.
    struct WorkerThreadRecv(RecvRing, Rc<std::cell::Cell<u32>>);

    // SAFETY: as `RecvRing`'s: the entry points at no memory of ours.
    unsafe impl Operation for WorkerThreadRecv {
        type Output = io::Result<Option<RingBuf>>;
        fn entry(&mut self) -> squeue::Entry {
            opcode::Recv::new(Fd(self.0.fd.raw()), std::ptr::null_mut(), 0)
                .buf_group(self.0.ring.group())
                .flags(libc::MSG_DONTWAIT)
                .build()
                .flags(squeue::Flags::BUFFER_SELECT | squeue::Flags::ASYNC)
        }
        fn attempt(&mut self) -> Attempt {
            self.0.attempt()
        }
        fn waits_on(&self) -> Option<(RawFd, Interest)> {
            self.0.waits_on()
        }
        fn discard(&mut self, c: Completion) {
            self.1
                .set(self.1.get() + u32::from(c.buffer_id().is_some()));
            self.0.discard(c)
        }
        fn complete(self, c: Completion) -> Self::Output {
            self.0.complete(c)
        }
        fn into_orphan(self) -> Box<dyn Orphan> {
            self.0.into_orphan()
        }
    }

    #[test]
    fn a_worker_threads_eagain_gives_its_buffer_back() {
        let proactor = crate::Proactor::builder().build().unwrap();
        proactor.block_on(async {
            let rt = crate::runtime::current();
            if rt.is_epoll {
                return;
            }
            let ring = BufRing::builder().entries(1).buf_size(64).build().unwrap();
            let (ours, mut peer) = std::os::unix::net::UnixStream::pair().unwrap();
            ours.set_nonblocking(true).unwrap();
            let fd = SharedFd::new(OwnedFd::from(ours));
            let named = Rc::new(std::cell::Cell::new(0));
            let op = Op::new(WorkerThreadRecv(
                RecvRing::new(fd, ring.inner.clone()),
                named.clone(),
            ));
            let task = crate::spawn(op);
            // Meanwhile the receive comes back with EAGAIN, naming the ring's one buffer, and
            // waits for data before it goes in again: unless the buffer went back, the ring
            // is dry then and the receive ends with ENOBUFS, closing our end.
            crate::time::sleep(std::time::Duration::from_millis(20)).await;
            std::io::Write::write_all(&mut peer, b"hello")
                .expect("the receive still waits, its end of the pair open");
            let got = task.await.unwrap().unwrap().expect("data");
            assert_eq!(&got[..], b"hello");
            drop(got);
            assert_eq!(ring.available(), 1, "the buffer back in the ring");
            assert!(named.get() >= 1, "EAGAINs naming a buffer: {}", named.get());
        });
    }
}
