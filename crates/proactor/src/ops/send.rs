//! `IORING_OP_SEND` (5.6) and `IORING_OP_SEND_ZC` (6.0).
//!
//! A send goes to the kernel with `MSG_DONTWAIT`, so that it never waits in one of io_uring's
//! worker threads. Without it, a send that finds the socket full is parked on a poll inside
//! the kernel, and when it finds the socket full again after that poll fired, io_uring hands
//! it to its worker threads, where the send blocks on the socket (the socket is a blocking
//! one: `net::TcpStream`). That happens whenever the socket says it has room and the send
//! finds none: under TCP memory pressure (the kernel's `tcp_mem`), with thousands of clients
//! that stopped reading, each such send held a thread of its own until its client read or
//! left (hundreds of `iou-wrk` threads for one worker). With `MSG_DONTWAIT` a full socket
//! completes the send with `EAGAIN` at once, and `Op` waits for room with a poll on the
//! ring, then sends again (`Op::wait_ready`). The cost is a completion and a poll on the
//! ring each time a send finds its socket full; a send that finds room is as before.

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
            .flags(self.flags | libc::MSG_DONTWAIT)
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::{Attempt, Interest, Op};
    use std::cell::Cell;
    use std::io::Read;
    use std::os::fd::OwnedFd;
    use std::rc::Rc;
    use std::time::Duration;

    /// A send that io_uring runs in its worker threads (`IOSQE_ASYNC`). The path the fix is
    /// for (a send that finds no room after its poll said there was, which TCP memory
    /// pressure brings about, and no test can without changing the whole machine's limits)
    /// blocks such a thread on the socket; this one is as close as a test gets: a send in a
    /// worker thread on a full socket, which without `MSG_DONTWAIT` the kernel parks on a
    /// poll of its own. With it, the full socket comes back to `Op` as `EAGAIN` (counted
    /// here), and `Op` waits on the ring.
    struct WorkerThreadSend(Send<Vec<u8>>, Rc<Cell<u32>>);

    // SAFETY: as `Send`'s: the entry points into the buffer it owns.
    unsafe impl Operation for WorkerThreadSend {
        type Output = BufResult<usize, Vec<u8>>;
        fn entry(&mut self) -> squeue::Entry {
            self.0.entry().flags(squeue::Flags::ASYNC)
        }
        fn attempt(&mut self) -> Attempt {
            self.0.attempt()
        }
        fn waits_on(&self) -> Option<(RawFd, Interest)> {
            self.0.waits_on()
        }
        fn discard(&mut self, c: Completion) {
            self.1.set(self.1.get() + u32::from(c.res == -libc::EAGAIN));
        }
        fn complete(self, c: Completion) -> Self::Output {
            self.0.complete(c)
        }
    }

    #[test]
    fn a_send_in_a_worker_thread_hands_a_full_socket_back_and_waits_for_room_on_the_ring() {
        let proactor = crate::Proactor::builder().build().unwrap();
        proactor.block_on(async {
            if crate::runtime::current().is_epoll {
                return;
            }
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            let mut client = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
            let (ours, _) = listener.accept().unwrap();
            // A blocking socket, as the ring's are, made full.
            let fd = SharedFd::new(OwnedFd::from(ours));
            let chunk = vec![0xAA; 64 << 10];
            let mut filled = 0;
            loop {
                // SAFETY: send reads `chunk`, a live local, for its length.
                let n = unsafe {
                    crate::sys::send(
                        fd.raw(),
                        chunk.as_ptr().cast(),
                        chunk.len(),
                        libc::MSG_DONTWAIT,
                    )
                };
                if n < 0 {
                    break;
                }
                filled += n as usize;
            }
            let eagains = Rc::new(Cell::new(0));
            let len = 256 << 10;
            let op = Op::new(WorkerThreadSend(
                Send::new(fd.clone(), vec![0xCC; len], libc::MSG_NOSIGNAL),
                eagains.clone(),
            ));
            let task = crate::spawn(op);
            crate::time::sleep(Duration::from_millis(200)).await;
            assert!(
                eagains.get() >= 1,
                "the full socket was reported, not waited on"
            );
            let reader = std::thread::spawn(move || {
                client
                    .set_read_timeout(Some(Duration::from_secs(10)))
                    .unwrap();
                let mut got = vec![0u8; filled];
                client.read_exact(&mut got).map(|_| (got, client))
            });
            let (res, _) = task.await.unwrap();
            // What had room once the client read: all of it or less (`MSG_DONTWAIT`).
            let n = res.unwrap();
            assert!(n > 0 && n <= len, "sent {n} of {len}");
            let (mut got, mut client) = reader.join().unwrap().unwrap();
            let mut tail = vec![0u8; n];
            client.read_exact(&mut tail).unwrap();
            got.extend_from_slice(&tail);
            let first_cc = got.iter().position(|&b| b == 0xCC);
            assert_eq!(
                first_cc,
                Some(filled),
                "the bytes sent before, then the send's"
            );
            assert!(got[filled..].iter().all(|&b| b == 0xCC), "the send's bytes");
        });
    }
}
