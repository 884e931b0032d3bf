//! `IORING_OP_OPENAT2` (5.6): open relative to a directory fd, with `RESOLVE_*` rules the
//! kernel enforces during path walk.

use std::ffi::CString;
use std::io;

use io_uring::types::{Fd, OpenHow};
use io_uring::{opcode, squeue};

use super::table::{Completion, Orphan};
use super::{Attempt, CloseFds, Operation, attempt_now};
use crate::fd::SharedFd;
use crate::fs::File;
use crate::sys;

/// Opens a file. Created by `OpenOptions::open` and friends.
#[derive(Debug)]
pub struct OpenAt2 {
    /// The directory the path is relative to; `None` for the current directory.
    dir: Option<SharedFd>,
    /// The path, NUL-terminated on the heap.
    path: CString,
    /// The `open_how`, boxed so it never moves.
    how: Box<OpenHow>,
}

impl OpenAt2 {
    pub(crate) fn new(
        dir: Option<SharedFd>,
        path: CString,
        flags: i32,
        mode: u32,
        resolve: u64,
    ) -> Self {
        // openat2 refuses a mode unless the open may create the file.
        // (O_TMPFILE includes O_DIRECTORY's bit, so it is matched whole.)
        let creates = flags & libc::O_CREAT != 0 || flags & libc::O_TMPFILE == libc::O_TMPFILE;
        let mode = if creates { u64::from(mode) } else { 0 };
        let how = OpenHow::new()
            .flags((flags | libc::O_CLOEXEC) as u64)
            .mode(mode)
            .resolve(resolve);
        OpenAt2 {
            dir,
            path,
            how: Box::new(how),
        }
    }
}

// SAFETY: the entry points at the CString's heap bytes and the boxed `open_how`, both owned by
// `self` and never moving.
unsafe impl Operation for OpenAt2 {
    type Output = io::Result<File>;

    fn entry(&mut self) -> squeue::Entry {
        let dirfd = self.dir.as_ref().map_or(libc::AT_FDCWD, SharedFd::raw);
        opcode::OpenAt2::new(Fd(dirfd), self.path.as_ptr(), &raw const *self.how).build()
    }

    fn attempt(&mut self) -> Attempt {
        let dirfd = self.dir.as_ref().map_or(libc::AT_FDCWD, SharedFd::raw);
        // SAFETY: openat2 reads the NUL-terminated path and one `open_how` (`OpenHow` is a
        // transparent wrapper of the kernel's struct), both owned by `self`.
        let ret = unsafe {
            libc::syscall(
                libc::SYS_openat2,
                dirfd,
                self.path.as_ptr(),
                &raw const *self.how,
                size_of::<OpenHow>(),
            )
        };
        attempt_now(ret as isize)
    }

    fn complete(self, c: Completion) -> Self::Output {
        let fd = c.res;
        c.result()?;
        // SAFETY: a successful open returned a new descriptor that only we know of.
        Ok(File::from_shared(SharedFd::new(unsafe {
            sys::adopt_fd(fd)
        })))
    }

    fn into_orphan(self) -> Box<dyn Orphan> {
        Box::new(CloseFds(self))
    }
}
