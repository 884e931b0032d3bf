//! `IORING_OP_POLL_ADD` (5.1): wait for readiness of any fd.

use std::io;
use std::os::fd::RawFd;

use io_uring::types::Fd;
use io_uring::{opcode, squeue};

use super::table::Completion;
use super::{Attempt, Interest, Operation, attempt_io};
use crate::fd::SharedFd;

/// Waits until an fd is ready for the requested events. Created by `TcpStream::readable`,
/// `TcpStream::writable` and `File::poll`.
#[derive(Debug)]
pub struct PollAdd {
    fd: SharedFd,
    events: u32,
}

impl PollAdd {
    pub(crate) fn new(fd: SharedFd, events: u32) -> Self {
        PollAdd { fd, events }
    }

    /// epoll: the readiness this poll waits for.
    fn interest(&self) -> Interest {
        if self.events & libc::POLLOUT as u32 != 0 {
            Interest::Write
        } else {
            Interest::Read
        }
    }
}

// SAFETY: a poll points at no memory of ours.
unsafe impl Operation for PollAdd {
    type Output = io::Result<u32>;

    fn entry(&mut self) -> squeue::Entry {
        opcode::PollAdd::new(Fd(self.fd.raw()), self.events).build()
    }

    fn waits_on(&self) -> Option<(RawFd, Interest)> {
        // Registered with epoll and not reported ready since a syscall found it empty (or
        // full): `poll` could only say so again; park until epoll's word instead.
        Some((self.fd.raw(), self.interest()))
    }

    fn ready_on_event(&self) -> Option<Completion> {
        let ready = match self.interest() {
            Interest::Read => libc::POLLIN,
            Interest::Write => libc::POLLOUT,
        };
        Some(Completion {
            res: i32::from(ready),
            flags: 0,
        })
    }

    fn attempt(&mut self) -> Attempt {
        let fd = self.fd.raw();
        let mut pfd = libc::pollfd {
            fd,
            events: self.events as i16,
            revents: 0,
        };
        // SAFETY: poll reads and writes one pollfd, a live local; a zero timeout never blocks.
        let ret = unsafe { libc::poll(&raw mut pfd, 1, 0) };
        let interest = self.interest();
        match ret {
            0 => Attempt::Wait(fd, interest),
            n if n > 0 => Attempt::Done(Completion {
                res: i32::from(pfd.revents as u16 as i16).max(0),
                flags: 0,
            }),
            _ => attempt_io(-1, fd, interest),
        }
    }

    fn complete(self, c: Completion) -> io::Result<u32> {
        c.result()
    }
}
