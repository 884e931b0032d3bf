//! Files through the ring: open (openat2 with `RESOLVE_*`), statx, read and write at an
//! offset, fsync, close. On io_uring none of them blocks the worker thread.
//!
//! On the epoll backend every file operation is a plain syscall made on the worker thread
//! (epoll cannot wait for files): for files in the page cache that costs about as much as the
//! io_uring operation, but a read from a slow disk, or opening a FIFO, blocks the whole core
//! meanwhile. Move such work to an offload pool there.

use std::ffi::CString;
use std::fmt;
use std::future::Future;
use std::io;
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::pin::Pin;
use std::task::{Context, Poll};

use crate::buf::{IoBuf, IoBufMut};
use crate::fd::SharedFd;
use crate::ops::{Fsync, Metadata, Op, OpenAt2, ReadAt, Statx, WriteAt};

/// The metadata of any open descriptor (a socket's inode, say), looked up now on this thread
/// (`statx(2)` with `AT_EMPTY_PATH`): no new descriptor, no `/proc`, no proactor needed.
///
/// # Errors
///
/// The kernel's error.
pub fn metadata_of(fd: std::os::fd::BorrowedFd<'_>) -> io::Result<Metadata> {
    crate::ops::statx_now(fd.as_raw_fd())
}

/// Whether this process (its effective user and group) may create files in the directory
/// `dir`: `faccessat(2)` for write and search with `AT_EACCESS`, which also says `EROFS` for a
/// read-only file system. Looked up now on this thread; nothing is created. (Before Linux 5.8,
/// a binary with file capabilities or setuid gets glibc's emulation of `AT_EACCESS`, which
/// reads mode bits alone: no ACLs, no `EROFS`.)
///
/// # Errors
///
/// Why not (`EACCES`, `EROFS`, `ENOENT`, ...), or a path holding a NUL byte.
pub fn may_create_in(dir: &Path) -> io::Result<()> {
    let c = c_path(dir)?;
    // SAFETY: `c` is a NUL-terminated path that outlives the call; `faccessat` reads it and
    // writes nothing.
    let rc = unsafe {
        libc::faccessat(
            libc::AT_FDCWD,
            c.as_ptr(),
            libc::W_OK | libc::X_OK,
            libc::AT_EACCESS,
        )
    };
    if rc == 0 {
        Ok(())
    } else {
        Err(io::Error::last_os_error())
    }
}

/// An open file (or directory).
pub struct File {
    pub(crate) fd: SharedFd,
}

impl fmt::Debug for File {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("File").field("fd", &self.fd.raw()).finish()
    }
}

fn c_path(path: &Path) -> io::Result<CString> {
    CString::new(path.as_os_str().as_bytes())
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "path contains a NUL byte"))
}

/// Options for opening a file, as `std::fs::OpenOptions`, plus the `RESOLVE_*` rules of
/// `openat2(2)` that the kernel enforces while it walks the path.
#[derive(Debug, Clone)]
#[must_use = "call open() or open_at() to open a file"]
pub struct OpenOptions {
    read: bool,
    write: bool,
    append: bool,
    truncate: bool,
    create: bool,
    create_new: bool,
    directory: bool,
    path_only: bool,
    custom_flags: i32,
    mode: u32,
    resolve: u64,
}

impl Default for OpenOptions {
    fn default() -> Self {
        Self::new()
    }
}

impl OpenOptions {
    /// Read-only, no resolve restriction, mode 0o666 for created files.
    pub fn new() -> Self {
        OpenOptions {
            read: true,
            write: false,
            append: false,
            truncate: false,
            create: false,
            create_new: false,
            directory: false,
            path_only: false,
            custom_flags: 0,
            mode: 0o666,
            resolve: 0,
        }
    }

    /// Open for reading.
    pub fn read(mut self, on: bool) -> Self {
        self.read = on;
        self
    }

    /// Open for writing.
    pub fn write(mut self, on: bool) -> Self {
        self.write = on;
        self
    }

    /// Append on every write.
    pub fn append(mut self, on: bool) -> Self {
        self.append = on;
        self
    }

    /// Truncate to zero length.
    pub fn truncate(mut self, on: bool) -> Self {
        self.truncate = on;
        self
    }

    /// Create the file if missing.
    pub fn create(mut self, on: bool) -> Self {
        self.create = on;
        self
    }

    /// Create the file, failing if it exists.
    pub fn create_new(mut self, on: bool) -> Self {
        self.create_new = on;
        self
    }

    /// Require a directory (`O_DIRECTORY`).
    pub fn directory(mut self, on: bool) -> Self {
        self.directory = on;
        self
    }

    /// Open a location only (`O_PATH`): no reading or writing, but its metadata, or as a
    /// directory to open beneath. Needs no read permission, and never waits (on a FIFO).
    pub fn path_only(mut self, on: bool) -> Self {
        self.path_only = on;
        self
    }

    /// Extra `O_*` flags.
    pub fn custom_flags(mut self, flags: i32) -> Self {
        self.custom_flags = flags;
        self
    }

    /// Permission bits of a created file.
    pub fn mode(mut self, mode: u32) -> Self {
        self.mode = mode;
        self
    }

    /// `RESOLVE_BENEATH`: the path may not leave the directory it is opened in (no `..` past
    /// it, no absolute path, no symlink pointing outside).
    pub fn resolve_beneath(self, on: bool) -> Self {
        self.resolve_flag(libc::RESOLVE_BENEATH, on)
    }

    /// `RESOLVE_NO_SYMLINKS`: fail with `ELOOP` on any symlink in the path.
    pub fn no_symlinks(self, on: bool) -> Self {
        self.resolve_flag(libc::RESOLVE_NO_SYMLINKS, on)
    }

    /// `RESOLVE_NO_MAGICLINKS`: refuse `/proc/self/fd/N`-style links.
    pub fn no_magiclinks(self, on: bool) -> Self {
        self.resolve_flag(libc::RESOLVE_NO_MAGICLINKS, on)
    }

    /// `RESOLVE_NO_XDEV`: the path may not cross a mount point.
    pub fn no_xdev(self, on: bool) -> Self {
        self.resolve_flag(libc::RESOLVE_NO_XDEV, on)
    }

    fn resolve_flag(mut self, flag: u64, on: bool) -> Self {
        if on {
            self.resolve |= flag;
        } else {
            self.resolve &= !flag;
        }
        self
    }

    fn flags(&self) -> i32 {
        let access = match (self.read, self.write || self.append) {
            (_, true) if self.read => libc::O_RDWR,
            (_, true) => libc::O_WRONLY,
            _ => libc::O_RDONLY,
        };
        let mut flags = access | self.custom_flags;
        for (on, flag) in [
            (self.append, libc::O_APPEND),
            (self.truncate, libc::O_TRUNC),
            (self.create, libc::O_CREAT),
            (self.create_new, libc::O_CREAT | libc::O_EXCL),
            (self.directory, libc::O_DIRECTORY),
            (self.path_only, libc::O_PATH),
        ] {
            if on {
                flags |= flag;
            }
        }
        flags
    }

    /// Opens `path` relative to the current directory (`IORING_OP_OPENAT2`, kernel 5.6).
    ///
    /// # Errors
    ///
    /// `InvalidInput` for a path with a NUL byte; otherwise the kernel's open error.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn open(&self, path: impl AsRef<Path>) -> Open {
        self.open_in(None, path.as_ref())
    }

    /// Opens `path` relative to the directory `dir` (`IORING_OP_OPENAT2`, kernel 5.6).
    ///
    /// # Errors
    ///
    /// `InvalidInput` for a path with a NUL byte; otherwise the kernel's open error (`EXDEV`
    /// when a `RESOLVE_BENEATH` path tries to leave `dir`, `ELOOP` on a refused symlink).
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn open_at(&self, dir: &File, path: impl AsRef<Path>) -> Open {
        self.open_in(Some(dir.fd.clone()), path.as_ref())
    }

    fn open_in(&self, dir: Option<SharedFd>, path: &Path) -> Open {
        let op = c_path(path)
            .map(|path| {
                Op::new(OpenAt2::new(
                    dir,
                    path,
                    self.flags(),
                    self.mode,
                    self.resolve,
                ))
            })
            .map_err(Some);
        Open { op }
    }
}

/// An open in progress, made by [`OpenOptions::open`] and friends. It borrows nothing: the
/// options and path are copied into it.
#[derive(Debug)]
#[must_use = "futures do nothing unless awaited"]
pub struct Open {
    /// The operation, or the error that stopped it before submission (a NUL in the path).
    op: Result<Op<OpenAt2>, Option<io::Error>>,
}

impl Future for Open {
    type Output = io::Result<File>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<File>> {
        match &mut self.op {
            Ok(op) => Pin::new(op).poll(cx),
            Err(e) => Poll::Ready(Err(e.take().expect("Open polled after it completed"))),
        }
    }
}

impl File {
    pub(crate) fn from_shared(fd: SharedFd) -> File {
        File { fd }
    }

    /// Whether every page holding `len` bytes from `offset` is in the page cache now
    /// (`cachestat(2)`, one syscall on this thread): reading them then cannot wait for a
    /// disk. Pages may still be evicted right after; the answer is a strong hint, not a lock.
    ///
    /// # Errors
    ///
    /// `Unsupported` where the kernel lacks it (before Linux 6.5), refuses it (a seccomp
    /// filter) or the file system does not offer it, and from then on without asking again;
    /// `InvalidInput` for a range past `u64::MAX`; the kernel's error otherwise.
    pub fn is_cached(&self, offset: u64, len: u64) -> io::Result<bool> {
        if len == 0 {
            // Nothing to read (and to the kernel a length of 0 means "to the end").
            return Ok(true);
        }
        let (cached, span) = crate::sys::cached_pages(self.fd.raw(), offset, len)?;
        Ok(cached >= span)
    }

    /// Reads up to `len` bytes from `offset`, appended to `buf`, now, on this thread, if the
    /// page cache holds them (`preadv2` with `RWF_NOWAIT`): never a wait for a disk, and no
    /// round trip through the ring, so the bytes are still in the CPU's caches for whatever
    /// comes next (encrypting them, say). Returns how many were read (fewer than `len` when
    /// only the first pages are in memory, 0 at the end of the file), or `None` when the first
    /// page is not in memory: read it through the ring then ([`File::read_at`]). (The kernel
    /// may start reading ahead for the call without waiting for it; on a fast disk that read
    /// may have finished when it looks again, and the bytes come back.)
    ///
    /// # Errors
    ///
    /// `InvalidInput` for an offset past `off_t`'s range; `Unsupported` where the file system
    /// does not offer it; the kernel's error otherwise.
    pub fn read_cached_at(
        &self,
        buf: &mut Vec<u8>,
        offset: u64,
        len: usize,
    ) -> io::Result<Option<usize>> {
        buf.reserve(len);
        let start = buf.len();
        // SAFETY: `reserve` made room for `len` more bytes after the `start` initialised ones,
        // so the pointer is inside (or one past the end of) the allocation and `len` bytes
        // from it are writable.
        let read = unsafe {
            crate::sys::read_cached(self.fd.raw(), buf.as_mut_ptr().add(start), len, offset)
        };
        match read {
            Ok(n) => {
                // SAFETY: the kernel wrote `n <= len` bytes from `start`, within the capacity.
                unsafe { buf.set_len(start + n) };
                Ok(Some(n))
            }
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// Another handle to the same open file, for a cache to keep while a transfer sends from
    /// it: no new descriptor (no `dup`), an `Rc` clone. Reads and sends name their offset, so
    /// handles never disturb each other. The file closes when the last handle and the last
    /// operation on it let go.
    pub fn share(&self) -> File {
        File {
            fd: self.fd.clone(),
        }
    }

    /// Adopts a standard library file.
    pub fn from_std(file: std::fs::File) -> File {
        File {
            fd: SharedFd::new(OwnedFd::from(file)),
        }
    }

    /// Opens a file read-only.
    ///
    /// # Errors
    ///
    /// As [`OpenOptions::open`].
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn open(path: impl AsRef<Path>) -> Open {
        OpenOptions::new().open(path)
    }

    /// Opens a directory as a root to open files beneath (`O_PATH | O_DIRECTORY`).
    ///
    /// # Errors
    ///
    /// As [`OpenOptions::open`]; `NotADirectory` when it is not one.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn open_dir(path: impl AsRef<Path>) -> Open {
        OpenOptions::new()
            .path_only(true)
            .directory(true)
            .open(path)
    }

    /// Opens `path` read-only beneath the directory `dir`: the kernel refuses any path that
    /// would leave it (`..`, absolute paths, symlinks pointing out) with `EXDEV`, and refuses
    /// magic links. The safe way to serve files from a root.
    ///
    /// # Errors
    ///
    /// As [`OpenOptions::open_at`].
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn open_beneath(dir: &File, path: impl AsRef<Path>) -> Open {
        OpenOptions::new()
            .resolve_beneath(true)
            .no_magiclinks(true)
            .open_at(dir, path)
    }

    /// Reads into `buf` from `offset`, up to its capacity (`IORING_OP_READ`, kernel 5.6).
    /// On a regular file, an offset past `i64::MAX` is refused (`EINVAL`), as `pread(2)`
    /// refuses it.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn read_at<B: IoBufMut>(&self, buf: B, offset: u64) -> Op<ReadAt<B>> {
        Op::new(ReadAt::new(self.fd.clone(), buf, offset))
    }

    /// Writes the initialised bytes of `buf` at `offset` (`IORING_OP_WRITE`, kernel 5.6).
    /// On a regular file, an offset past `i64::MAX` is refused (`EINVAL`), as `pwrite(2)`
    /// refuses it.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn write_at<B: IoBuf>(&self, buf: B, offset: u64) -> Op<WriteAt<B>> {
        Op::new(WriteAt::new(self.fd.clone(), buf, offset))
    }

    /// This file's metadata (`IORING_OP_STATX` with `AT_EMPTY_PATH`, kernel 5.6).
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn metadata(&self) -> Op<Statx> {
        Op::new(Statx::new(
            Some(self.fd.clone()),
            CString::default(),
            libc::AT_EMPTY_PATH,
        ))
    }

    /// Sets or clears `O_NONBLOCK` (`ioctl(FIONBIO)`, on this thread). A file that may be a
    /// FIFO or a device is opened with it (through [`OpenOptions::custom_flags`]), so that the
    /// open cannot wait for a writer; once it is known to be a regular file, it is cleared: on
    /// a regular file the flag makes io_uring's reads fail with `EAGAIN` where they would
    /// wait for the disk.
    ///
    /// # Errors
    ///
    /// The kernel's error.
    pub fn set_nonblocking(&self, on: bool) -> io::Result<()> {
        crate::sys::set_nonblocking(self.fd.raw(), on)?;
        self.fd.forget_mode();
        Ok(())
    }

    /// This file's metadata, looked up now on this thread (`statx(2)` on the descriptor,
    /// with `AT_STATX_DONT_SYNC`) rather than through the ring, where `IORING_OP_STATX`
    /// always runs in the kernel's worker threads. It never waits for a disk: an open file's
    /// attributes are in memory on a local file system, and a network file system answers
    /// from its attribute cache (which may lag its server by that cache's timeout) instead of
    /// asking the server.
    ///
    /// For a file a response is about to be sent from, checked on every request. Through the
    /// ring ([`File::metadata`]), `perf` put 4.9% of the server core's samples in that worker
    /// thread, serving a 64 KiB file to wrk over 100 kept-alive connections; made here, the
    /// server's CPU per request went from 23.4 to 20.6 µs (medians of five interleaved runs,
    /// AMD EPYC, 2 vCPUs, kernel 6.18).
    ///
    /// # Errors
    ///
    /// The kernel's error.
    pub fn metadata_now(&self) -> io::Result<Metadata> {
        crate::ops::statx_now(self.fd.raw())
    }

    /// Metadata of `path` relative to this directory (`IORING_OP_STATX`, kernel 5.6);
    /// symlinks are followed unless `follow_symlinks` is false.
    ///
    /// # Errors
    ///
    /// `InvalidInput` for a path with a NUL byte; otherwise the kernel's error.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub async fn metadata_at(
        &self,
        path: impl AsRef<Path>,
        follow_symlinks: bool,
    ) -> io::Result<Metadata> {
        let path = c_path(path.as_ref())?;
        let flags = if follow_symlinks {
            0
        } else {
            libc::AT_SYMLINK_NOFOLLOW
        };
        Op::new(Statx::new(Some(self.fd.clone()), path, flags)).await
    }

    /// Flushes data and metadata to the device (`IORING_OP_FSYNC`, kernel 5.1).
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn sync_all(&self) -> Op<Fsync> {
        Op::new(Fsync::new(self.fd.clone(), false))
    }

    /// Flushes data to the device (`fdatasync`).
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn sync_data(&self) -> Op<Fsync> {
        Op::new(Fsync::new(self.fd.clone(), true))
    }

    /// Closes the file through the ring and reports the result (`IORING_OP_CLOSE`, 5.6).
    ///
    /// # Errors
    ///
    /// The kernel's close error.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub async fn close(self) -> io::Result<()> {
        match self.fd.try_unwrap() {
            Ok(fd) => crate::fd::close_op(fd).await,
            Err(_shared) => Ok(()),
        }
    }
}

impl AsRawFd for File {
    fn as_raw_fd(&self) -> RawFd {
        self.fd.raw()
    }
}

/// The descriptor, borrowed: `as_fd().try_clone_to_owned()` gives a duplicate that blocking
/// code on another thread may use however long it needs (this file may close meanwhile).
impl std::os::fd::AsFd for File {
    fn as_fd(&self) -> std::os::fd::BorrowedFd<'_> {
        std::os::fd::AsFd::as_fd(&self.fd)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn may_create_in_says_why_not() {
        let tmp = std::env::temp_dir();
        may_create_in(&tmp).unwrap();
        let missing = tmp.join(format!("percore-missing-{}", std::process::id()));
        assert_eq!(
            may_create_in(&missing).unwrap_err().kind(),
            io::ErrorKind::NotFound
        );
        // A file with no execute bit cannot be searched, by root either.
        let file = tmp.join(format!("percore-not-a-dir-{}", std::process::id()));
        std::fs::write(&file, "").unwrap();
        let err = may_create_in(&file).unwrap_err();
        std::fs::remove_file(&file).unwrap();
        assert_eq!(err.kind(), io::ErrorKind::PermissionDenied);
        let err = may_create_in(Path::new("a\0b")).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidInput);
    }
}
