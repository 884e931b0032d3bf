//! `IORING_OP_FSYNC` (5.1).

use std::io;

use io_uring::types::{Fd, FsyncFlags};
use io_uring::{opcode, squeue};

use super::table::Completion;
use super::{Attempt, Operation, attempt_now};
use crate::fd::SharedFd;

/// Flushes a file to its device. Created by `File::sync_all` and `File::sync_data`.
#[derive(Debug)]
pub struct Fsync {
    fd: SharedFd,
    data_only: bool,
}

impl Fsync {
    pub(crate) fn new(fd: SharedFd, data_only: bool) -> Self {
        Fsync { fd, data_only }
    }
}

// SAFETY: an fsync points at no memory.
unsafe impl Operation for Fsync {
    type Output = io::Result<()>;

    fn entry(&mut self) -> squeue::Entry {
        let mut op = opcode::Fsync::new(Fd(self.fd.raw()));
        if self.data_only {
            op = op.flags(FsyncFlags::DATASYNC);
        }
        op.build()
    }

    fn attempt(&mut self) -> Attempt {
        let fd = self.fd.raw();
        // SAFETY: fsync and fdatasync take an fd and touch no memory of ours.
        let ret = unsafe {
            if self.data_only {
                libc::fdatasync(fd)
            } else {
                libc::fsync(fd)
            }
        };
        attempt_now(ret as isize)
    }

    fn complete(self, c: Completion) -> io::Result<()> {
        c.result().map(drop)
    }
}
