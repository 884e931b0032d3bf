//! `IORING_OP_STATX` (5.6): file metadata without a blocking call on the worker.

use std::ffi::{CStr, CString};
use std::io;
use std::mem::MaybeUninit;
use std::os::fd::RawFd;
use std::time::{Duration, SystemTime};

use io_uring::types::Fd;
use io_uring::{opcode, squeue};

use super::table::Completion;
use super::{Attempt, Operation, attempt_now};
use crate::fd::SharedFd;

/// Looks up metadata. Created by `File::metadata` and `File::metadata_at`.
#[derive(Debug)]
pub struct Statx {
    dir: Option<SharedFd>,
    path: CString,
    flags: i32,
    /// Where the kernel writes the result; boxed so it never moves.
    buf: Box<MaybeUninit<libc::statx>>,
}

impl Statx {
    pub(crate) fn new(dir: Option<SharedFd>, path: CString, flags: i32) -> Self {
        Statx {
            dir,
            path,
            flags,
            buf: Box::new(MaybeUninit::uninit()),
        }
    }
}

const MASK: u32 = libc::STATX_TYPE
    | libc::STATX_MODE
    | libc::STATX_SIZE
    | libc::STATX_MTIME
    | libc::STATX_CTIME
    | libc::STATX_INO
    | libc::STATX_NLINK;

// SAFETY: the entry points at the CString's heap bytes and the boxed statx buffer, owned by
// `self` and never moving.
unsafe impl Operation for Statx {
    type Output = io::Result<Metadata>;

    fn entry(&mut self) -> squeue::Entry {
        let dirfd = self.dir.as_ref().map_or(libc::AT_FDCWD, SharedFd::raw);
        opcode::Statx::new(Fd(dirfd), self.path.as_ptr(), self.buf.as_mut_ptr().cast())
            .flags(self.flags | libc::AT_STATX_SYNC_AS_STAT)
            .mask(MASK)
            .build()
    }

    fn attempt(&mut self) -> Attempt {
        let dirfd = self.dir.as_ref().map_or(libc::AT_FDCWD, SharedFd::raw);
        let ret = statx_into(
            dirfd,
            &self.path,
            self.flags | libc::AT_STATX_SYNC_AS_STAT,
            &mut self.buf,
        );
        attempt_now(ret as isize)
    }

    fn complete(self, c: Completion) -> Self::Output {
        c.result()?;
        // SAFETY: a successful statx filled the buffer.
        Ok(Metadata::from_statx(unsafe { self.buf.assume_init_ref() }))
    }
}

/// The metadata of the open file `fd`, looked up now on this thread (`statx(2)` with
/// `AT_EMPTY_PATH`): no round trip through the ring, where `IORING_OP_STATX` always runs in
/// the kernel's worker threads (a thread switch each). `AT_STATX_DONT_SYNC` keeps it from
/// waiting: an open file's attributes are in memory on a local file system, and a network
/// one (NFS, SMB, FUSE) answers from its attribute cache rather than asking its server.
pub(crate) fn statx_now(fd: RawFd) -> io::Result<Metadata> {
    let mut buf = MaybeUninit::<libc::statx>::uninit();
    let flags = libc::AT_EMPTY_PATH | libc::AT_STATX_DONT_SYNC;
    if statx_into(fd, c"", flags, &mut buf) == -1 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: a successful statx filled the buffer.
    Ok(Metadata::from_statx(unsafe { buf.assume_init_ref() }))
}

/// `statx(2)` of `path` relative to `dirfd`, with the fields percore reads, into `buf`: the
/// syscall's return value (-1 with `errno` set on failure).
fn statx_into(dirfd: RawFd, path: &CStr, flags: i32, buf: &mut MaybeUninit<libc::statx>) -> i32 {
    // SAFETY: statx reads the NUL-terminated `path` and writes one `struct statx` into `buf`;
    // both are borrowed for the call.
    unsafe { libc::statx(dirfd, path.as_ptr(), flags, MASK, buf.as_mut_ptr()) }
}

/// File metadata, as `statx(2)` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Metadata {
    mode: u32,
    size: u64,
    ino: u64,
    dev: u64,
    nlink: u32,
    mtime: SystemTime,
    ctime: SystemTime,
}

impl Metadata {
    pub(crate) fn from_statx(st: &libc::statx) -> Metadata {
        Metadata {
            mode: u32::from(st.stx_mode),
            size: st.stx_size,
            ino: st.stx_ino,
            dev: (u64::from(st.stx_dev_major) << 32) | u64::from(st.stx_dev_minor),
            nlink: st.stx_nlink,
            mtime: system_time(&st.stx_mtime),
            ctime: system_time(&st.stx_ctime),
        }
    }

    /// Size in bytes.
    pub fn len(&self) -> u64 {
        self.size
    }

    /// Whether the size is zero.
    pub fn is_empty(&self) -> bool {
        self.size == 0
    }

    /// Whether this is a regular file.
    pub fn is_file(&self) -> bool {
        self.mode & libc::S_IFMT == libc::S_IFREG
    }

    /// Whether this is a directory.
    pub fn is_dir(&self) -> bool {
        self.mode & libc::S_IFMT == libc::S_IFDIR
    }

    /// Whether this is a symbolic link (only when looked up without following links).
    pub fn is_symlink(&self) -> bool {
        self.mode & libc::S_IFMT == libc::S_IFLNK
    }

    /// File type and permission bits (`st_mode`).
    pub fn mode(&self) -> u32 {
        self.mode
    }

    /// Inode number.
    pub fn ino(&self) -> u64 {
        self.ino
    }

    /// Device: major in the high 32 bits, minor in the low.
    pub fn dev(&self) -> u64 {
        self.dev
    }

    /// Number of hard links.
    pub fn nlink(&self) -> u32 {
        self.nlink
    }

    /// Last modification time.
    pub fn modified(&self) -> SystemTime {
        self.mtime
    }

    /// Last status change (`st_ctime`): set by the kernel on every write, `chmod`, `chown`,
    /// link or rename, and unlike the modification time never set back by a user (`touch`,
    /// `cp -p`, `rsync -t`).
    pub fn changed(&self) -> SystemTime {
        self.ctime
    }
}

/// A statx time as a `SystemTime`. A time before 1970 is seconds below the epoch plus
/// nanoseconds above that second (how the kernel writes it), kept as such: files given such
/// times stay apart.
fn system_time(t: &libc::statx_timestamp) -> SystemTime {
    let secs = Duration::from_secs(t.tv_sec.unsigned_abs());
    let nanos = Duration::from_nanos(u64::from(t.tv_nsec));
    if t.tv_sec >= 0 {
        SystemTime::UNIX_EPOCH + secs + nanos
    } else {
        SystemTime::UNIX_EPOCH - secs + nanos
    }
}
