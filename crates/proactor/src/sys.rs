//! Thin wrappers over the system calls percore makes outside the ring: eventfd, pipes, raw fd
//! adoption and closing, anonymous mappings, the two io_uring calls the `io-uring` crate does
//! not let us make with a registered ring fd, and `sendfile`/`cachestat` for file bodies.
//!
//! Every function here turns `-1` into `io::Error::last_os_error()` through [`syscall!`].

use std::io;
use std::os::fd::{FromRawFd, OwnedFd, RawFd};
use std::ptr::NonNull;

/// Calls a libc function and turns a `-1` return into the thread's last OS error.
macro_rules! syscall {
    ($fn:ident ( $($arg:expr),* $(,)? )) => {{
        // SAFETY: every caller passes arguments that satisfy the named libc function's contract,
        // stated at the call site; the macro itself only inspects the return value.
        let res = unsafe { libc::$fn($($arg),*) };
        if res == -1 {
            Err(std::io::Error::last_os_error())
        } else {
            Ok(res)
        }
    }};
}
pub(crate) use syscall;

/// Adopts a file descriptor the kernel just handed us (from a CQE or a syscall).
///
/// # Safety
///
/// `fd` must be open and owned by nobody else: the returned `OwnedFd` closes it on drop.
pub(crate) unsafe fn adopt_fd(fd: RawFd) -> OwnedFd {
    debug_assert!(fd >= 0);
    // SAFETY: the caller guarantees `fd` is open and exclusively ours.
    unsafe { OwnedFd::from_raw_fd(fd) }
}

/// Closes a descriptor the caller owns alone.
///
/// # Safety
///
/// `fd` must be open and owned by the caller alone: no `OwnedFd` or other owner will use or
/// close it, and no operation in flight names it.
pub(crate) unsafe fn close_raw(fd: RawFd) {
    // SAFETY: forwarded from this function's contract.
    drop(unsafe { adopt_fd(fd) });
}

/// Creates a non-blocking, close-on-exec eventfd with a zero counter.
pub(crate) fn eventfd() -> io::Result<OwnedFd> {
    // eventfd(2) with these flags has no memory arguments.
    let fd = syscall!(eventfd(0, libc::EFD_CLOEXEC | libc::EFD_NONBLOCK))?;
    // SAFETY: eventfd returned a new descriptor that nothing else owns.
    Ok(unsafe { adopt_fd(fd) })
}

/// Adds one to an eventfd's counter, waking whoever waits on it.
///
/// `EAGAIN` (the counter is at its maximum) means a wake is already pending, so it counts as
/// success.
pub(crate) fn eventfd_write(fd: RawFd) -> io::Result<()> {
    let one: u64 = 1;
    let ptr = (&raw const one).cast::<libc::c_void>();
    // write(2) reads 8 bytes from `ptr`, which points at a live u64 on this stack frame.
    match syscall!(write(fd, ptr, 8)) {
        Ok(_) => Ok(()),
        Err(e) if e.raw_os_error() == Some(libc::EAGAIN) => Ok(()),
        Err(e) => Err(e),
    }
}

/// `CLOCK_MONOTONIC` in microseconds (what systemd's `MONOTONIC_USEC` wants).
pub(crate) fn monotonic_micros() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec into a live local; CLOCK_MONOTONIC always
    // exists on Linux.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &raw mut ts) };
    (ts.tv_sec as u64) * 1_000_000 + (ts.tv_nsec as u64) / 1000
}

/// Creates a close-on-exec pipe, returning `(read end, write end)`.
pub(crate) fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0 as libc::c_int; 2];
    // pipe2(2) writes two descriptors into `fds`, a live array of two c_ints.
    syscall!(pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC))?;
    // SAFETY: pipe2 succeeded, so both descriptors are new and owned by nobody else.
    Ok(unsafe { (adopt_fd(fds[0]), adopt_fd(fds[1])) })
}

/// A private anonymous mapping, page aligned and zero filled, unmapped on drop.
///
/// Buffer rings need page-aligned memory the kernel reads and writes; a mapping gives that and
/// costs no RSS until a page is touched.
#[derive(Debug)]
pub(crate) struct AnonMap {
    ptr: NonNull<u8>,
    len: usize,
}

impl AnonMap {
    /// Maps `len` bytes of zeroed, readable and writable memory.
    pub(crate) fn new(len: usize) -> io::Result<AnonMap> {
        if len == 0 {
            return Err(io::Error::new(io::ErrorKind::InvalidInput, "empty mapping"));
        }
        // SAFETY: a private anonymous mapping with a null hint touches no existing memory;
        // the result is checked against MAP_FAILED before use.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if ptr == libc::MAP_FAILED {
            return Err(io::Error::last_os_error());
        }
        let ptr = NonNull::new(ptr.cast::<u8>()).expect("mmap never returns null on success");
        Ok(AnonMap { ptr, len })
    }

    /// Start of the mapping.
    pub(crate) fn as_ptr(&self) -> *mut u8 {
        self.ptr.as_ptr()
    }
}

impl Drop for AnonMap {
    fn drop(&mut self) {
        // SAFETY: `ptr`/`len` describe exactly the mapping made in `new`, unmapped only here.
        // Owners that lend this memory to the kernel either keep the `AnonMap` alive (or leak
        // it) until the kernel can no longer touch it, or unmap it once nothing can make the
        // kernel touch it: a buffer ring's buffers go with the ring's last reference, while
        // its group may still be registered, when no operation can select from the group any
        // more and its id is never handed out again (`Runtime::unregister_buf_ring`).
        unsafe {
            libc::munmap(self.ptr.as_ptr().cast(), self.len);
        }
    }
}

/// `struct io_uring_getevents_arg` of `<linux/io_uring.h>` (kernel 5.11+), for
/// `IORING_ENTER_EXT_ARG` waits with a timeout.
#[repr(C)]
#[derive(Debug, Default)]
pub(crate) struct GeteventsArg {
    pub(crate) sigmask: u64,
    pub(crate) sigmask_sz: u32,
    pub(crate) min_wait_usec: u32,
    pub(crate) ts: u64,
}

/// Calls `io_uring_enter(2)`.
///
/// `fd` is the ring's fd, or its registered index when `flags` has
/// `IORING_ENTER_REGISTERED_RING`.
///
/// # Safety
///
/// Every SQE published before this call must point only at memory that stays valid until its
/// completion, and `arg`/`argsz` must describe a live `GeteventsArg` (with a live timespec) when
/// `flags` has `IORING_ENTER_EXT_ARG`, or be null/0.
pub(crate) unsafe fn io_uring_enter(
    fd: i32,
    to_submit: u32,
    min_complete: u32,
    flags: u32,
    arg: *const libc::c_void,
    argsz: usize,
) -> io::Result<u32> {
    // SAFETY: the caller upholds the SQE and argument contract above; the syscall itself only
    // reads `arg` for `argsz` bytes.
    let res = unsafe {
        libc::syscall(
            libc::SYS_io_uring_enter,
            fd,
            to_submit,
            min_complete,
            flags,
            arg,
            argsz,
        )
    };
    if res < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(u32::try_from(res).unwrap_or(u32::MAX))
    }
}

// The epoll backend's per-operation syscalls, made with `syscall(2)` rather than through
// glibc's wrappers. Those are POSIX cancellation points: in a process with more than one
// thread (every percore server: workers, the offload pool, the supervisor) each call also
// switches asynchronous cancellation on and off around the syscall, which perf put at 1.5% of
// an epoll worker's CPU echoing 64-byte messages (a single-threaded tokio server does not pay
// it). percore never cancels threads, so the plain syscall does the same work. Each returns
// what the wrapper would: the result, or -1 with `errno` set.

/// An `int` argument of `syscall(3)`, widened with its sign: the variadic function reads every
/// argument as a `long`, and an `int` passed as it is leaves the upper half of the register
/// undefined (a timeout of -1 must reach the kernel as -1).
fn long(v: i32) -> libc::c_long {
    libc::c_long::from(v)
}

/// `recv(2)`: `recvfrom` with no address.
///
/// # Safety
///
/// `buf` must be valid for writes of `len` bytes.
#[inline]
pub(crate) unsafe fn recv(fd: RawFd, buf: *mut libc::c_void, len: usize, flags: i32) -> isize {
    let null = std::ptr::null_mut::<libc::c_void>();
    // SAFETY: the caller keeps `buf` writable for `len` bytes; no address is asked for.
    unsafe {
        libc::syscall(
            libc::SYS_recvfrom,
            long(fd),
            buf,
            len,
            long(flags),
            null,
            null,
        ) as isize
    }
}

/// `send(2)`: `sendto` with no address.
///
/// # Safety
///
/// `buf` must be valid for reads of `len` bytes.
#[inline]
pub(crate) unsafe fn send(fd: RawFd, buf: *const libc::c_void, len: usize, flags: i32) -> isize {
    let null = std::ptr::null::<libc::c_void>();
    // SAFETY: the caller keeps `buf` readable for `len` bytes; no address is given.
    unsafe {
        libc::syscall(
            libc::SYS_sendto,
            long(fd),
            buf,
            len,
            long(flags),
            null,
            0usize,
        ) as isize
    }
}

/// `sendmsg(2)`.
///
/// # Safety
///
/// `msg` must point at a valid `msghdr` whose iovecs (and control data, if any) are readable.
#[inline]
pub(crate) unsafe fn sendmsg(fd: RawFd, msg: *const libc::msghdr, flags: i32) -> isize {
    // SAFETY: forwarded from this function's contract.
    unsafe { libc::syscall(libc::SYS_sendmsg, long(fd), msg, long(flags)) as isize }
}

/// `epoll_wait(2)`, as `epoll_pwait` with no signal mask (the form every architecture has).
///
/// # Safety
///
/// `events` must be valid for writes of `max` events.
#[inline]
pub(crate) unsafe fn epoll_wait(
    epfd: RawFd,
    events: *mut libc::epoll_event,
    max: i32,
    timeout: i32,
) -> io::Result<usize> {
    let no_mask = std::ptr::null::<libc::sigset_t>();
    // SAFETY: the caller keeps `events` writable for `max` events; no signal mask is passed.
    let res = unsafe {
        libc::syscall(
            libc::SYS_epoll_pwait,
            long(epfd),
            events,
            long(max),
            long(timeout),
            no_mask,
            0usize,
        )
    };
    if res < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(res as usize)
    }
}

/// `struct io_uring_rsrc_update`, as the ring-fd registration calls read and write it.
#[repr(C)]
struct RsrcUpdate {
    offset: u32,
    resv: u32,
    data: u64,
}

/// `io_uring_register(ring_fd, opcode, &up, 1)`: one ring-fd registration update; `up` as
/// the kernel left it.
fn ring_fd_update(
    ring_fd: RawFd,
    opcode: libc::c_uint,
    mut up: RsrcUpdate,
) -> io::Result<RsrcUpdate> {
    // SAFETY: io_uring_register reads and writes exactly one RsrcUpdate (nr_args = 1) at a
    // pointer to a live local with the kernel's layout.
    let res = unsafe {
        libc::syscall(
            libc::SYS_io_uring_register,
            ring_fd,
            opcode,
            (&raw mut up).cast::<libc::c_void>(),
            1 as libc::c_uint,
        )
    };
    if res < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(up)
}

/// `IORING_REGISTER_RING_FDS`: registers the ring's own fd for this thread and returns its
/// index, to be passed to [`io_uring_enter`] with `IORING_ENTER_REGISTERED_RING` (5.18+).
pub(crate) fn register_ring_fd(ring_fd: RawFd) -> io::Result<u32> {
    const IORING_REGISTER_RING_FDS: libc::c_uint = 20;
    let up = RsrcUpdate {
        offset: u32::MAX, // let the kernel pick a free slot
        resv: 0,
        data: ring_fd as u64,
    };
    Ok(ring_fd_update(ring_fd, IORING_REGISTER_RING_FDS, up)?.offset)
}

/// `IORING_UNREGISTER_RING_FDS`: gives back this thread's registration `index` of a ring fd
/// (made by [`register_ring_fd`], on this thread). The registration holds the ring: until it
/// is given back, closing the ring's fd does not release it.
pub(crate) fn unregister_ring_fd(ring_fd: RawFd, index: u32) -> io::Result<()> {
    const IORING_UNREGISTER_RING_FDS: libc::c_uint = 21;
    let up = RsrcUpdate {
        offset: index,
        resv: 0,
        data: 0,
    };
    ring_fd_update(ring_fd, IORING_UNREGISTER_RING_FDS, up).map(drop)
}

/// Sets the size of a pipe's buffer (`F_SETPIPE_SZ`); returns the size the kernel chose.
pub(crate) fn set_pipe_size(fd: RawFd, size: usize) -> io::Result<usize> {
    let size = libc::c_int::try_from(size).unwrap_or(libc::c_int::MAX);
    // fcntl(F_SETPIPE_SZ) takes an int and touches no memory of ours.
    let got = syscall!(fcntl(fd, libc::F_SETPIPE_SZ, size))?;
    Ok(usize::try_from(got).unwrap_or(0))
}

/// Bytes received on a TCP socket and not read yet (`SIOCINQ`).
pub(crate) fn unread_bytes(fd: RawFd) -> io::Result<usize> {
    let mut queued: libc::c_int = 0;
    // SIOCINQ (the same request as FIONREAD) writes one int through the pointer, which points
    // at `queued`, alive for the call.
    syscall!(ioctl(fd, libc::FIONREAD, &mut queued as *mut libc::c_int))?;
    Ok(usize::try_from(queued).unwrap_or(0))
}

/// Bytes in a TCP socket's send queue that the peer has not acknowledged (`SIOCOUTQ`).
pub(crate) fn unacked_bytes(fd: RawFd) -> io::Result<usize> {
    let mut queued: libc::c_int = 0;
    // SIOCOUTQ (the same request as TIOCOUTQ) writes one int through the pointer, which
    // points at `queued`, alive for the call.
    syscall!(ioctl(fd, libc::TIOCOUTQ, &mut queued as *mut libc::c_int))?;
    Ok(usize::try_from(queued).unwrap_or(0))
}

/// Ends a TCP connection with a reset, at once, whoever else holds the descriptor:
/// `connect` to an `AF_UNSPEC` address disconnects the socket (`tcp_disconnect`: a reset to
/// the peer, the send and receive queues dropped, the connection's counters reset), where a
/// close with `SO_LINGER` 0 would reset only at the last close of the descriptor. The
/// descriptor stays open, no longer connected.
pub(crate) fn abort_connection(fd: RawFd) -> io::Result<()> {
    // SAFETY: `sockaddr` is a C struct of integers, for which all zeroes is a valid value;
    // `sa_family` 0 is `AF_UNSPEC`.
    let unspec: libc::sockaddr = unsafe { std::mem::zeroed() };
    // `connect` reads `len` bytes of the address, which points at `unspec`, alive for the
    // call.
    syscall!(connect(
        fd,
        &raw const unspec,
        std::mem::size_of::<libc::sockaddr>() as libc::socklen_t
    ))?;
    Ok(())
}

/// Bytes a TCP socket has received since it was connected (`TCP_INFO`'s
/// `tcpi_bytes_received`, Linux 4.1); `Unsupported` from a kernel whose `tcp_info` is shorter.
pub(crate) fn bytes_received(fd: RawFd) -> io::Result<u64> {
    // SAFETY: `tcp_info` is a C struct of integers, for which all zeroes is a valid value.
    let mut info: libc::tcp_info = unsafe { std::mem::zeroed() };
    let mut len = std::mem::size_of::<libc::tcp_info>() as libc::socklen_t;
    // TCP_INFO writes at most `len` bytes through the pointer, which points at `info`, alive
    // for the call, and stores the length written in `len`.
    syscall!(getsockopt(
        fd,
        libc::IPPROTO_TCP,
        libc::TCP_INFO,
        (&raw mut info).cast::<libc::c_void>(),
        &raw mut len
    ))?;
    let wanted = std::mem::offset_of!(libc::tcp_info, tcpi_bytes_received) + 8;
    if (len as usize) < wanted {
        return Err(io::Error::from(io::ErrorKind::Unsupported));
    }
    Ok(info.tcpi_bytes_received)
}

/// Whether `O_NONBLOCK` is set on `fd`.
pub(crate) fn is_nonblocking(fd: RawFd) -> io::Result<bool> {
    // F_GETFL reads the descriptor's status flags and touches no memory of ours.
    let flags = syscall!(fcntl(fd, libc::F_GETFL))?;
    Ok(flags & libc::O_NONBLOCK != 0)
}

/// Sets or clears `O_NONBLOCK` on `fd` with one `ioctl(FIONBIO)` (an `fcntl` pair would take
/// two calls each way; a file body sent by `sendfile` on io_uring switches twice).
pub(crate) fn set_nonblocking(fd: RawFd, on: bool) -> io::Result<()> {
    let mut value = libc::c_int::from(on);
    // FIONBIO reads one int through the pointer, which points at `value`, alive for the call.
    syscall!(ioctl(fd, libc::FIONBIO, &mut value as *mut libc::c_int))?;
    Ok(())
}

/// `cachestat(2)`'s number (Linux 6.5). New system calls share one number on the
/// architectures with the generic table (x86-64 and aarch64 among them); the `libc` crate
/// does not name this one for glibc targets yet.
#[cfg(any(
    target_arch = "x86_64",
    target_arch = "aarch64",
    target_arch = "riscv64"
))]
const SYS_CACHESTAT: Option<libc::c_long> = Some(451);
#[cfg(not(any(
    target_arch = "x86_64",
    target_arch = "aarch64",
    target_arch = "riscv64"
)))]
const SYS_CACHESTAT: Option<libc::c_long> = None;

/// Set once `cachestat` has been found missing or refused, so that a process under a seccomp
/// filter does not pay a failing syscall per file response.
static CACHESTAT_MISSING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// `struct cachestat_range` of `<linux/mman.h>`.
#[repr(C)]
struct CachestatRange {
    off: u64,
    len: u64,
}

/// `struct cachestat` of `<linux/mman.h>`.
#[repr(C)]
#[derive(Default)]
struct Cachestat {
    nr_cache: u64,
    nr_dirty: u64,
    nr_writeback: u64,
    nr_evicted: u64,
    nr_recently_evicted: u64,
}

/// The size of a page of memory, asked once.
fn page_size() -> u64 {
    static PAGE: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *PAGE.get_or_init(|| {
        // SAFETY: sysconf reads a constant of the system and touches no memory of ours.
        match unsafe { libc::sysconf(libc::_SC_PAGESIZE) } {
            n if n > 0 => n as u64,
            _ => 4096,
        }
    })
}

/// How many of the pages holding `len` bytes of `fd` from `offset` are in the page cache,
/// and how many pages that range spans (`cachestat(2)`, Linux 6.5). `len` must not be 0
/// (the kernel reads 0 as "to the end of the file").
///
/// # Errors
///
/// `Unsupported` where the call is missing (before Linux 6.5, another architecture) or refused
/// (a seccomp filter's `EPERM`), and from then on without asking again, or not offered by
/// this file's file system (`EOPNOTSUPP`); `InvalidInput` for a range past `u64::MAX`; the kernel's
/// error otherwise.
pub(crate) fn cached_pages(fd: RawFd, offset: u64, len: u64) -> io::Result<(u64, u64)> {
    use std::sync::atomic::Ordering::Relaxed;
    let invalid = || io::Error::from(io::ErrorKind::InvalidInput);
    let Some(number) = SYS_CACHESTAT.filter(|_| !CACHESTAT_MISSING.load(Relaxed)) else {
        return Err(io::ErrorKind::Unsupported.into());
    };
    let end = offset.checked_add(len).ok_or_else(invalid)?;
    let page = page_size();
    let span = end.div_ceil(page) - offset / page;
    let range = CachestatRange { off: offset, len };
    let mut stat = Cachestat::default();
    let fd = libc::c_uint::try_from(fd).map_err(|_| invalid())?;
    // SAFETY: cachestat reads one `cachestat_range` (two u64s) and writes one `cachestat`
    // (five u64s) through the pointers, which point at `range` and `stat`, alive and laid out
    // as the kernel's structs (`repr(C)`) for the call; flags must be 0.
    let res = unsafe {
        libc::syscall(
            number,
            fd,
            &raw const range,
            &raw mut stat,
            0 as libc::c_uint,
        )
    };
    if res == -1 {
        let e = io::Error::last_os_error();
        return Err(match e.raw_os_error() {
            // Missing or refused for the whole process: not asked again.
            Some(libc::ENOSYS | libc::EPERM) => {
                CACHESTAT_MISSING.store(true, Relaxed);
                io::ErrorKind::Unsupported.into()
            }
            // Refused by this file's file system only.
            Some(libc::EOPNOTSUPP) => io::ErrorKind::Unsupported.into(),
            _ => e,
        });
    }
    Ok((stat.nr_cache, span))
}

#[cfg(test)]
thread_local! {
    /// Calls of [`sendfile`] on this thread that fail with `EAGAIN` before any is made, as on
    /// a socket past the kernel's `tcp_mem` limit.
    pub(crate) static SENDFILE_EAGAINS: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Sends up to `count` bytes of the file `in_fd` from `offset` to the socket `out_fd`
/// (`sendfile(2)`): the page cache's pages go to the socket without a copy through user space.
/// Returns the bytes sent; on a non-blocking socket `WouldBlock` when it has no room;
/// `InvalidInput` for an offset past `off_t`'s range. To a peer that has reset, the call
/// raises SIGPIPE (it takes no `MSG_NOSIGNAL`): the process must ignore it, as Rust programs
/// do by default.
pub(crate) fn sendfile(
    out_fd: RawFd,
    in_fd: RawFd,
    offset: u64,
    count: usize,
) -> io::Result<usize> {
    #[cfg(test)]
    if SENDFILE_EAGAINS.with(|n| n.get().checked_sub(1).map(|left| n.set(left)).is_some()) {
        return Err(io::Error::from_raw_os_error(libc::EAGAIN));
    }
    let mut off =
        libc::off_t::try_from(offset).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    // sendfile reads and advances the one `off_t` the pointer points at (`off`, alive for the
    // call) and otherwise touches only the two descriptors.
    let n = syscall!(sendfile(out_fd, in_fd, &mut off as *mut libc::off_t, count))?;
    Ok(n as usize)
}

/// Reads up to `len` bytes from `offset` into the memory at `buf`, as far as the page cache
/// holds them (`preadv2` with `RWF_NOWAIT`, Linux 4.14): never waits for a disk. `EAGAIN`
/// when not even the first page is there (a short count when only the first ones are).
///
/// # Errors
///
/// `InvalidInput` for an offset past `off_t`'s range; `WouldBlock` as above; `Unsupported`
/// from a file system without it (`EOPNOTSUPP`); the kernel's error otherwise.
///
/// # Safety
///
/// `buf` is valid for writes of `len` bytes for the call.
pub(crate) unsafe fn read_cached(
    fd: RawFd,
    buf: *mut u8,
    len: usize,
    offset: u64,
) -> io::Result<usize> {
    let off =
        libc::off_t::try_from(offset).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
    let iov = libc::iovec {
        iov_base: buf.cast(),
        iov_len: len,
    };
    // preadv2 writes at most `iov_len` bytes through the one iovec, at `buf`, which the
    // caller guarantees writable for `len` bytes; it reads `iov` itself, alive for the call.
    match syscall!(preadv2(fd, &raw const iov, 1, off, libc::RWF_NOWAIT)) {
        Ok(n) => Ok(n as usize),
        // The file system (or a kernel without the flag) cannot read without waiting; the
        // standard library files EOPNOTSUPP under no particular kind.
        Err(e) if e.raw_os_error() == Some(libc::EOPNOTSUPP) => {
            Err(io::ErrorKind::Unsupported.into())
        }
        Err(e) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::fd::AsRawFd;

    #[test]
    fn cachestat_sees_pages_come_and_go() {
        let path = std::env::temp_dir().join(format!("percore-cachestat-{}", std::process::id()));
        std::fs::write(&path, vec![7u8; 64 * 1024]).unwrap();
        let file = std::fs::File::open(&path).unwrap();
        let fd = file.as_raw_fd();
        let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
        let mut parts = release
            .trim()
            .split(['.', '-'])
            .map(|p| p.parse::<u32>().unwrap_or(0));
        let filtered = std::fs::read_to_string("/proc/thread-self/status").is_ok_and(|s| {
            s.lines()
                .any(|l| l.starts_with("Seccomp:") && l.ends_with('2'))
        });
        // Missing before Linux 6.5, and possibly refused by a seccomp filter (a container's).
        let has_it = (parts.next().unwrap_or(0), parts.next().unwrap_or(0)) >= (6, 5) && !filtered;
        assert!(
            cached_pages(fd, u64::MAX, 2).is_err(),
            "a range past u64::MAX"
        );
        match cached_pages(fd, 0, 64 * 1024) {
            Err(e) if e.kind() == io::ErrorKind::Unsupported && !has_it => {
                eprintln!("cachestat(2) is missing ({release}) or refused here: skipped");
            }
            got => {
                // Just written: every page is cached. The span counts partial pages.
                let (cached, span) = got.unwrap();
                assert!(span >= 1 && cached == span, "{cached} of {span}");
                assert_eq!(cached_pages(fd, 1, 1).unwrap().1, 1);
                // Written back and dropped from the cache: not all there any more (unless the
                // file lives in memory, on tmpfs, where the cache is the storage).
                // SAFETY: `statfs` is a plain C struct of integers: all zeroes is a valid value.
                let mut fs: libc::statfs = unsafe { std::mem::zeroed() };
                // SAFETY: fstatfs writes one `statfs` into `fs`, alive for the call.
                assert_eq!(unsafe { libc::fstatfs(fd, &raw mut fs) }, 0);
                if fs.f_type == libc::TMPFS_MAGIC {
                    std::fs::remove_file(&path).unwrap();
                    return;
                }
                file.sync_all().unwrap();
                // SAFETY: fadvise only advises the kernel about our own open file.
                let advised = unsafe { libc::posix_fadvise(fd, 0, 0, libc::POSIX_FADV_DONTNEED) };
                assert_eq!(advised, 0);
                let (cached, span) = cached_pages(fd, 0, 64 * 1024).unwrap();
                assert!(cached < span, "{cached} of {span} after DONTNEED");
            }
        }
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn nonblocking_is_set_and_cleared() {
        let (r, _w) = pipe().unwrap();
        let flags = |fd: RawFd| {
            // SAFETY: F_GETFL reads the descriptor's flags and touches no memory of ours.
            unsafe { libc::fcntl(fd, libc::F_GETFL) }
        };
        set_nonblocking(r.as_raw_fd(), true).unwrap();
        assert_ne!(flags(r.as_raw_fd()) & libc::O_NONBLOCK, 0);
        set_nonblocking(r.as_raw_fd(), false).unwrap();
        assert_eq!(flags(r.as_raw_fd()) & libc::O_NONBLOCK, 0);
        assert!(set_nonblocking(-1, true).is_err());
    }

    #[test]
    fn eventfd_counts_wakes() {
        let fd = eventfd().unwrap();
        eventfd_write(fd.as_raw_fd()).unwrap();
        eventfd_write(fd.as_raw_fd()).unwrap();
        let mut value = 0u64;
        // SAFETY: reads 8 bytes into a live u64 from our eventfd.
        let n = unsafe { libc::read(fd.as_raw_fd(), (&raw mut value).cast(), 8) };
        assert_eq!((n, value), (8, 2));
    }

    #[test]
    fn anon_map_is_zeroed_and_writable() {
        let map = AnonMap::new(8192).unwrap();
        assert_eq!(map.len, 8192);
        // SAFETY: the mapping is 8192 bytes long and owned by this test.
        let bytes = unsafe { std::slice::from_raw_parts_mut(map.as_ptr(), map.len) };
        assert!(bytes.iter().all(|&b| b == 0));
        bytes[8191] = 7;
        assert_eq!(bytes[8191], 7);
    }

    #[test]
    fn pipe_round_trip() {
        let (r, w) = pipe().unwrap();
        let got = set_pipe_size(w.as_raw_fd(), 1 << 16).unwrap();
        assert!(got >= 1 << 16);
        let msg = b"hi";
        // SAFETY: writes 2 bytes from a live array into our pipe.
        let n = unsafe { libc::write(w.as_raw_fd(), msg.as_ptr().cast(), 2) };
        assert_eq!(n, 2);
        let mut buf = [0u8; 2];
        // SAFETY: reads at most 2 bytes into a live array from our pipe.
        let n = unsafe { libc::read(r.as_raw_fd(), buf.as_mut_ptr().cast(), 2) };
        assert_eq!(n, 2);
        assert_eq!(&buf, msg);
    }
}
