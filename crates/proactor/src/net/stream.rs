//! A TCP connection: every method is one kernel operation over owned buffers.

use std::cell::Cell;
use std::fmt;
use std::future::poll_fn;
use std::io;
use std::net::{Shutdown as How, SocketAddr};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::rc::Rc;
use std::task::{Context, Poll};
use std::time::Duration;

use socket2::{Domain, SockRef, Socket, Type};

use crate::buf::ring::BufRingInner;
use crate::buf::{BufRing, IoBuf, IoBufMut, RingBuf};
use crate::fd::SharedFd;
use crate::ops::{
    Attempt, BufResult, CancelFd, Connect, Interest, Multishot, Op, PollAdd, Recv, RecvRing, Send,
    SendMsg, SendZc, Shutdown, attempt_recv_ring, recv_multi_entry,
};
use crate::time;
use crate::{runtime, sys};

const NOSIGNAL: i32 = libc::MSG_NOSIGNAL;

/// On io_uring, [`TcpStream::send_all`] sends a buffer at least this large first with a
/// `send(2)` made at once on the worker, and through the ring only what the socket has no
/// room for. Through the ring, the copy into the socket waits for the next submission, when
/// every task of the tick has run: with many connections sending large buffers, the first
/// ones are out of the CPU's caches by then, and a buffer is free for reuse only once its
/// send has completed, so each step lands in memory no cache holds. A 1 MiB file over HTTPS
/// (256 KiB of records a send), wrk over 100 connections, Intel Xeon: 1,000 against 780 µs
/// of server CPU per request with this, medians of 3 interleaved runs. The syscall costs
/// about a microsecond against several for copying 64 KiB; smaller sends keep the ring's
/// batching (one `io_uring_enter` for many).
pub const SEND_NOW_MIN: usize = 64 * 1024;

/// A TCP connection.
///
/// Operations take `&self`, so one task can have a receive and a send in flight at once (with
/// `join`-style code), or share the stream in an `Rc` between tasks.
pub struct TcpStream {
    pub(crate) fd: SharedFd,
}

impl fmt::Debug for TcpStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TcpStream")
            .field("fd", &self.fd.raw())
            .field("peer", &self.peer_addr().ok())
            .finish()
    }
}

impl TcpStream {
    pub(crate) fn from_owned(fd: OwnedFd) -> TcpStream {
        TcpStream {
            fd: SharedFd::new(fd),
        }
    }

    /// Another handle to the same socket, for a second task or structure to send or receive on
    /// it: no new descriptor (no `dup`), an `Rc` clone. The socket closes when the last handle
    /// and the last operation on it let go.
    pub fn share(&self) -> TcpStream {
        TcpStream {
            fd: self.fd.clone(),
        }
    }

    /// Whether another handle holds the socket too: one made by [`TcpStream::share`] (or this
    /// one's source), or an operation still in flight on it. When none does, dropping this
    /// handle closes the socket; when one does, the socket stays open until it lets go, and
    /// a [`TcpStream::shutdown`] is what ends the connection now.
    pub fn is_shared(&self) -> bool {
        self.fd.is_shared()
    }

    /// Connects to `addr` (`IORING_OP_CONNECT`, kernel 5.5).
    ///
    /// # Errors
    ///
    /// The kernel's connect error (`ConnectionRefused`, ...).
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub async fn connect(addr: SocketAddr) -> io::Result<TcpStream> {
        let socket = Socket::new(Domain::for_address(addr), Type::STREAM, None)?;
        // Blocking on io_uring, non-blocking on epoll: see `listener::accept_flags`.
        socket.set_nonblocking(crate::runtime::current().is_epoll)?;
        socket.set_cloexec(true)?;
        let fd = SharedFd::new(OwnedFd::from(socket));
        Op::new(Connect::new(fd.clone(), addr.into())).await?;
        Ok(TcpStream { fd })
    }

    /// Adopts a standard library stream, made blocking for io_uring or non-blocking for epoll
    /// (whichever the current proactor runs; non-blocking outside one).
    ///
    /// # Errors
    ///
    /// The error of `fcntl` when the flag cannot be set.
    pub fn from_std(stream: std::net::TcpStream) -> io::Result<TcpStream> {
        stream.set_nonblocking(crate::runtime::try_current().is_none_or(|rt| rt.is_epoll))?;
        Ok(TcpStream::from_owned(OwnedFd::from(stream)))
    }

    /// Receives into `buf` from its start, up to its capacity (`IORING_OP_RECV`, kernel 5.6).
    /// `Ok(0)` means the peer closed its side.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn recv<B: IoBufMut>(&self, buf: B) -> Op<Recv<B>> {
        Op::new(Recv::new(self.fd.clone(), buf))
    }

    /// Receives into a buffer the kernel takes from `ring` when data arrives (kernel 5.19), so
    /// no buffer is tied up while the connection is idle. `Ok(None)` means the peer closed its
    /// side. When the ring is empty the receive waits for a buffer to come back and tries
    /// again (counted in `BufRing::exhausted` and the proactor's stats): no data is lost.
    ///
    /// # Errors
    ///
    /// The kernel's receive error (`ConnectionReset`, ...).
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`], or with a ring made on
    /// another proactor.
    pub async fn recv_ring(&self, ring: &BufRing) -> io::Result<Option<RingBuf>> {
        loop {
            let since = ring.inner.supplied();
            let op = Op::new(RecvRing::new(self.fd.clone(), ring.inner.clone()));
            ring.inner.assert_runtime(op.runtime());
            match op.await {
                // Every buffer was taken: go again once one has been supplied.
                Err(e) if e.raw_os_error() == Some(libc::ENOBUFS) => {
                    if !ring.inner.note_exhausted() {
                        ring.inner.wait_supplied(since).await;
                    }
                }
                other => return other,
            }
        }
    }

    /// A stream of received buffers from one multishot receive on `ring` (kernel 6.0): one
    /// submission serves every receive until end of stream, an error, or cancellation.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`], or with a ring made on
    /// another proactor.
    pub fn recv_multi(&self, ring: &BufRing) -> RecvStream {
        let inner = Multishot::new(self.fd.clone());
        ring.inner.assert_runtime(&inner.rt);
        RecvStream {
            inner,
            ring: ring.inner.clone(),
            armed_at: 0,
            eof: false,
            starved: false,
        }
    }

    /// Sends the initialised bytes of `buf` (`IORING_OP_SEND`, kernel 5.6); may send fewer.
    /// A send on a reset connection fails with `BrokenPipe`, never raises SIGPIPE.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn send<B: IoBuf>(&self, buf: B) -> Op<Send<B>> {
        Op::new(Send::new(self.fd.clone(), buf, NOSIGNAL))
    }

    /// Sends all of `buf`, in as many sends as it takes.
    ///
    /// # Errors
    ///
    /// The first send error; `WriteZero` if the kernel accepts nothing.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub async fn send_all<B: IoBuf>(&self, buf: B) -> BufResult<(), B> {
        self.send_all_counting(buf, &Cell::new(0)).await
    }

    /// [`TcpStream::send_all`] that adds the bytes of each send to `sent` as it completes, so
    /// that a caller can give up on a stalled transfer rather than on a slow one.
    ///
    /// # Errors
    ///
    /// The first send error; `WriteZero` if the kernel accepts nothing.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub async fn send_all_counting<B: IoBuf>(&self, buf: B, sent: &Cell<u64>) -> BufResult<(), B> {
        self.send_all_flagged(buf, sent, NOSIGNAL).await
    }

    /// [`TcpStream::send_all_counting`] with `MSG_MORE`: more follows at once (a body after
    /// its head), so the kernel holds a partial segment back for it rather than sending it
    /// alone. The next send without it (or a `sendfile`) pushes everything out.
    ///
    /// # Errors
    ///
    /// As [`TcpStream::send_all`].
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub async fn send_all_counting_more<B: IoBuf>(
        &self,
        buf: B,
        sent: &Cell<u64>,
    ) -> BufResult<(), B> {
        self.send_all_flagged(buf, sent, NOSIGNAL | libc::MSG_MORE)
            .await
    }

    async fn send_all_flagged<B: IoBuf>(
        &self,
        buf: B,
        sent: &Cell<u64>,
        flags: i32,
    ) -> BufResult<(), B> {
        let total = buf.bytes_init();
        let mut done = 0;
        let mut buf = buf;
        while done < total {
            // By value, not borrowed: a borrowed local keeps its own room in the future
            // beside the operation's, and this future is part of every connection's task.
            let (mut now, full);
            (now, full, buf) = self.send_now(buf, done, flags);
            if full {
                // No room: wait for it with one poll on the ring, then send from here again
                // (the ring's send would find the socket full, and wait the same way after a
                // completion of its own). Full again right after: the ring's send, which
                // knows what to do with a socket that says it has room and has none.
                if let Err(e) = self.writable().await {
                    return (Err(e), buf);
                }
                (now, _, buf) = self.send_now(buf, done, flags);
            }
            if now > 0 {
                done += now;
                sent.set(sent.get() + now as u64);
                continue;
            }
            let (res, slice) =
                Op::new(Send::new(self.fd.clone(), buf.slice(done..total), flags)).await;
            buf = slice.into_inner();
            match res {
                Ok(0) => return (Err(io::ErrorKind::WriteZero.into()), buf),
                Ok(n) => {
                    done += n;
                    sent.set(sent.get() + n as u64);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return (Err(e), buf),
            }
        }
        (Ok(()), buf)
    }

    /// io_uring, at least [`SEND_NOW_MIN`] bytes: sends what the socket has room for of
    /// `buf`'s initialised bytes from `from`, now, on this thread (`MSG_DONTWAIT`). 0 when it
    /// has no room (`true` then), or for a smaller send or on epoll, or on an error: the
    /// ring's send then takes the bytes (and reports the error, which the socket still has
    /// to say).
    #[inline(never)]
    fn send_now<B: IoBuf>(&self, buf: B, from: usize, flags: i32) -> (usize, bool, B) {
        let len = buf.bytes_init() - from;
        if len < SEND_NOW_MIN || runtime::current().is_epoll {
            return (0, false, buf);
        }
        match self.sendmsg_now(&[io::IoSlice::new(&buf.init_bytes()[from..])], flags) {
            Ok(sent) => (sent, false, buf),
            Err(e) => (0, e.kind() == io::ErrorKind::WouldBlock, buf),
        }
    }

    /// Receives into `buf` what the socket holds, now, on this thread (`recv` with
    /// `MSG_DONTWAIT`, on either backend): `WouldBlock` when it holds nothing; `Ok(0)` when
    /// the peer has closed its side. For a layer that processes what it receives at once (a
    /// TLS library decrypting it), where a receive into the ring's buffers would hand it over
    /// later, in a batch, with the bytes out of the CPU's caches. Wait for
    /// [`TcpStream::readable`] after `WouldBlock`, or after a receive shorter than `buf`: that
    /// too counts as emptying the socket, so the wait after it waits for new data. An empty
    /// `buf` receives nothing and gives `Ok(0)`, as the end does: pass room.
    ///
    /// # Errors
    ///
    /// `WouldBlock` as above; the socket's error.
    pub fn recv_now(&self, buf: &mut [u8]) -> io::Result<usize> {
        // SAFETY: `buf` is writable for its length for the call, and the kernel writes at most
        // that many bytes into it.
        let ret = unsafe {
            sys::recv(
                self.fd.raw(),
                buf.as_mut_ptr().cast(),
                buf.len(),
                libc::MSG_DONTWAIT,
            )
        };
        let res = if ret < 0 {
            Err(io::Error::last_os_error())
        } else {
            Ok(ret as usize)
        };
        let emptied = match &res {
            Ok(n) => (*n > 0 && *n < buf.len()).then_some(false),
            Err(e) => (e.kind() == io::ErrorKind::WouldBlock).then_some(true),
        };
        if let Some(empty) = emptied {
            // epoll: the socket is empty (or as good as: less came than asked for), so the
            // next `readable` parks until epoll's word rather than asking `poll` first.
            clear_ready(self.fd.raw(), Interest::Read, empty);
        }
        res
    }

    /// Sends what the socket has room for of `bufs`, in order, now, on this thread (`sendmsg`
    /// with `MSG_DONTWAIT`, on either backend): `WouldBlock` when it has none. For a layer that
    /// holds its bytes in buffers of its own (a TLS library's records) and would otherwise copy
    /// them into one buffer for the ring, and only while no other send on this socket is in
    /// flight, or the bytes would go out of order. A peer that has gone is `BrokenPipe` (no
    /// SIGPIPE).
    ///
    /// # Errors
    ///
    /// `WouldBlock` as above; the socket's error.
    pub fn send_vectored_now(&self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        self.sendmsg_now(bufs, NOSIGNAL)
    }

    /// `sendmsg` of `bufs` with `flags` and `MSG_DONTWAIT`, on this thread.
    fn sendmsg_now(&self, bufs: &[io::IoSlice<'_>], flags: i32) -> io::Result<usize> {
        // SAFETY: `msghdr` is a plain C struct of integers and pointers: all zeroes is valid
        // (no address, no control data).
        let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
        // `IoSlice` is ABI-compatible with `iovec`; sendmsg only reads through the pointer.
        msg.msg_iov = bufs.as_ptr() as *mut libc::iovec;
        msg.msg_iovlen = bufs.len().min(libc::UIO_MAXIOV as usize) as _;
        // SAFETY: `msg` points at `msg_iovlen` iovecs borrowed from `bufs` for the call, each
        // readable for its length; nothing else is read or written.
        let ret =
            unsafe { sys::sendmsg(self.fd.raw(), &raw const msg, flags | libc::MSG_DONTWAIT) };
        if ret < 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(ret as usize)
    }

    /// Sends `buf` without copying it into the kernel (`IORING_OP_SEND_ZC`, kernel 6.0). The
    /// future resolves once the kernel has released the buffer. Worth it for large buffers
    /// (tens of KiB and up); small sends are cheaper with [`TcpStream::send`].
    ///
    /// Unlike [`TcpStream::send`], it goes to the kernel without `MSG_DONTWAIT` (the kernel
    /// reports a zero-copy send's `EAGAIN` before its notification, where the operation
    /// cannot take it back): a full socket is waited for inside the kernel, and in the rare
    /// case that the socket says it has room and has none (past the `tcp_mem` limit), in one
    /// of io_uring's worker threads.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn send_zc<B: IoBuf>(&self, buf: B) -> Op<SendZc<B>> {
        Op::new(SendZc::new(self.fd.clone(), buf))
    }

    /// Sends several buffers in order as one operation (`IORING_OP_SENDMSG`, kernel 5.3); may
    /// send fewer bytes than their total.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn send_vectored<B: IoBuf>(&self, bufs: Vec<B>) -> Op<SendMsg<B>> {
        Op::new(SendMsg::new(self.fd.clone(), bufs, NOSIGNAL))
    }

    /// Shuts down one or both directions (`IORING_OP_SHUTDOWN`, kernel 5.11).
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn shutdown(&self, how: How) -> Op<Shutdown> {
        Op::new(Shutdown::new(self.fd.clone(), how))
    }

    /// Closes gracefully, as far as TCP allows: shuts the write side (the peer reads what was
    /// sent, then end of stream), then receives and discards what the peer still sends until
    /// the peer closes its side too, or everything sent (the FIN included) has been
    /// acknowledged, or `limit` passes.
    ///
    /// Closing a socket with unread bytes in it makes the kernel answer with a reset, which
    /// discards whatever of ours the peer has not acknowledged yet: a response or an echo cut
    /// short. Once this returns, dropping the stream can no longer lose a byte the peer was
    /// sent (but for `limit` passing first). The discarded bytes come through `ring`, one
    /// buffer at a time; the send queue is looked at (`SIOCOUTQ`, one syscall) every 10 ms.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub async fn shutdown_and_linger(&self, ring: &BufRing, limit: Duration) {
        const CHECK: Duration = Duration::from_millis(10);
        if self.shutdown(How::Write).await.is_err() {
            return;
        }
        let until = crate::time::deadline_after(limit);
        let mut incoming = self.recv_multi(ring);
        loop {
            // All acknowledged, FIN included: the peer has every byte; or the socket failed.
            if !matches!(self.unacked_bytes(), Ok(n) if n > 0) {
                return;
            }
            let now = time::Instant::now();
            if now >= until {
                return;
            }
            match time::timeout_at((now + CHECK).min(until), incoming.next()).await {
                // Discarded: nobody will read it.
                Ok(Some(Ok(_))) | Err(_) => {}
                // The peer closed its side, or the connection failed: nothing more to wait for.
                Ok(Some(Err(_)) | None) => return,
            }
        }
    }

    /// Waits until the socket is readable (`IORING_OP_POLL_ADD`, kernel 5.1); yields the
    /// `poll` events that were ready (on epoll, `POLLIN` once epoll has said so). Readiness
    /// is a hint: a receive after it may still find nothing (another reader took it), and
    /// then waits again.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn readable(&self) -> Op<PollAdd> {
        Op::new(PollAdd::new(
            self.fd.clone(),
            (libc::POLLIN | libc::POLLRDHUP) as u32,
        ))
    }

    /// Waits until the socket is writable (`IORING_OP_POLL_ADD`, kernel 5.1).
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn writable(&self) -> Op<PollAdd> {
        Op::new(PollAdd::new(self.fd.clone(), libc::POLLOUT as u32))
    }

    /// Cancels every operation in flight on this socket (`IORING_OP_ASYNC_CANCEL` by fd,
    /// kernel 5.19); yields how many were cancelled. A send that backs off (it found no
    /// room right after the socket said it had some: past the kernel's `tcp_mem` limit)
    /// waits on a timer, which names no fd, and names the fd only for the microseconds of
    /// each try between: this cancel does not reach it. Drop such a send, or give it a
    /// deadline ([`Op::timeout`]).
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn cancel_all(&self) -> Op<CancelFd> {
        Op::new(CancelFd::new(self.fd.clone()))
    }

    /// Closes the connection through the ring and reports the result (`IORING_OP_CLOSE`,
    /// kernel 5.6). Dropping the stream also closes it, without a result. If operations on it
    /// are still in flight the close happens when the last one completes.
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

    /// Sets `TCP_NODELAY`.
    ///
    /// # Errors
    ///
    /// The error of `setsockopt`.
    pub fn set_nodelay(&self, on: bool) -> io::Result<()> {
        SockRef::from(&self.fd).set_tcp_nodelay(on)
    }

    /// Ends the connection at once with a reset (`connect(AF_UNSPEC)`): what the socket
    /// still holds to send, and what it received unread, is dropped, and every handle of it
    /// (shared ones included) finds it disconnected, without waiting for the last to close.
    /// For a peer that is not to be served further (one that stopped reading): a close would
    /// keep its queued bytes for it.
    ///
    /// After it, a receive says `ENOTCONN` rather than the end of the stream, and
    /// [`TcpStream::unacked_bytes`] and [`TcpStream::bytes_received`] mean nothing. A socket
    /// already closed sends nothing more. Not for a socket with the kernel's TLS (kTLS)
    /// installed, which refuses it (`EOPNOTSUPP`).
    ///
    /// # Errors
    ///
    /// The error of `connect`.
    pub fn abort(&self) -> io::Result<()> {
        crate::sys::abort_connection(self.fd.raw())
    }

    /// Bytes sent into the socket that the peer has not acknowledged yet (`SIOCOUTQ`): one
    /// syscall. Watching it change tells a slow reader from one that reads nothing.
    ///
    /// # Errors
    ///
    /// The error of the `ioctl`.
    pub fn unacked_bytes(&self) -> io::Result<usize> {
        crate::sys::unacked_bytes(self.fd.raw())
    }

    /// Bytes received and not read yet (`SIOCINQ`): one syscall. A receive cancelled (say, to
    /// close the connection) leaves what arrived after its last completion in the socket;
    /// this tells whether there is any.
    ///
    /// # Errors
    ///
    /// The error of the `ioctl`.
    pub fn unread_bytes(&self) -> io::Result<usize> {
        crate::sys::unread_bytes(self.fd.raw())
    }

    /// Bytes received since the connection was made, read or not (`TCP_INFO`): one syscall.
    /// Tells a client that has sent something from one that has sent nothing yet.
    ///
    /// # Errors
    ///
    /// The error of `getsockopt`; `Unsupported` from a kernel older than 4.1.
    pub fn bytes_received(&self) -> io::Result<u64> {
        crate::sys::bytes_received(self.fd.raw())
    }

    /// The peer's address.
    ///
    /// # Errors
    ///
    /// The error of `getpeername` (`NotConnected` after a reset).
    pub fn peer_addr(&self) -> io::Result<SocketAddr> {
        ip_addr(SockRef::from(&self.fd).peer_addr()?)
    }

    /// The local address.
    ///
    /// # Errors
    ///
    /// The error of `getsockname`.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        ip_addr(SockRef::from(&self.fd).local_addr()?)
    }

    /// The socket as `socket2` sees it, for options this type does not wrap.
    ///
    /// After a `sendfile` or splice on io_uring the socket is non-blocking (see
    /// [`TcpStream::sendfile_counting`]): blocking calls made through this see `WouldBlock`.
    pub fn as_socket(&self) -> SockRef<'_> {
        // The caller may change the mode through it: the next transfer asks again.
        self.fd.forget_mode();
        SockRef::from(&self.fd)
    }
}

/// An IP socket address from what the kernel reported.
pub(crate) fn ip_addr(addr: socket2::SockAddr) -> io::Result<SocketAddr> {
    addr.as_socket()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "not an IP socket"))
}

/// epoll: notes that `fd` has nothing to read (or no room to write, for `interest`) until
/// epoll says otherwise: `empty` when the call would block, else it fell short (see
/// `EpollDriver::clear_ready`). Skipped while the driver is borrowed (a call made from
/// inside its bookkeeping): the next readiness wait then asks `poll` first, one syscall
/// more, nothing missed.
pub(crate) fn clear_ready(fd: RawFd, interest: Interest, empty: bool) {
    if let Some(rt) = runtime::try_current()
        && rt.is_epoll
        && let Ok(mut driver) = rt.driver.try_borrow_mut()
    {
        let epoll = driver.epoll();
        if empty {
            epoll.found_empty(fd, interest);
        } else {
            epoll.clear_ready(fd, interest);
        }
    }
}

impl AsRawFd for TcpStream {
    fn as_raw_fd(&self) -> RawFd {
        // The caller may change the mode through it: the next transfer asks again.
        self.fd.forget_mode();
        self.fd.raw()
    }
}

/// Buffers from a multishot receive. Made by [`TcpStream::recv_multi`].
///
/// Yields each received buffer in order; `None` at end of stream. When the ring runs dry the
/// kernel ends the multishot receive with `ENOBUFS`: the stream counts it, waits for a buffer
/// to come back and arms a new one, so no data is lost. Dropping the stream cancels the
/// receive and returns any buffer received meanwhile to the ring.
pub struct RecvStream {
    inner: Multishot,
    ring: Rc<BufRingInner>,
    /// io_uring: the ring's count of buffers supplied when the receive was last armed.
    armed_at: u32,
    eof: bool,
    /// io_uring: the receive ended with every buffer taken, none supplied since it was
    /// armed: the next one is armed once one is.
    starved: bool,
}

impl fmt::Debug for RecvStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RecvStream")
            .field("fd", &self.inner.raw_fd())
            .field("group", &self.ring.group())
            .field("armed", &self.inner.is_armed())
            .field("eof", &self.eof)
            .field("starved", &self.starved)
            .finish()
    }
}

impl RecvStream {
    /// The next received buffer; `None` at end of stream or once cancelled.
    pub async fn next(&mut self) -> Option<io::Result<RingBuf>> {
        poll_fn(|cx| self.poll_next(cx)).await
    }

    /// Polls for the next received buffer.
    pub fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Option<io::Result<RingBuf>>> {
        if self.inner.rt.is_epoll {
            return self.poll_next_epoll(cx);
        }
        loop {
            if self.eof {
                return Poll::Ready(None);
            }
            let arming = !self.inner.is_armed() && !self.inner.is_cancelled();
            if arming {
                if self.starved {
                    if self.ring.poll_supplied(self.armed_at, cx).is_pending() {
                        return Poll::Pending;
                    }
                    self.starved = false;
                }
                if self.ring.poll_available(cx).is_pending() {
                    return Poll::Pending;
                }
                self.armed_at = self.ring.supplied();
            }
            let (fd, group) = (&self.inner.fd, self.ring.group());
            let entry = arming.then(|| recv_multi_entry(fd, group));
            // SAFETY: the entry points at no memory of ours: the kernel picks buffers from the
            // group, whose mapping `self.ring` keeps alive; buffers named by late completions
            // are recycled by the orphan the stream leaves on drop. The socket it names is held
            // by the stream, then by that orphan, until the final completion.
            let next = unsafe {
                self.inner
                    .poll_uring(cx, || entry.expect("built when arming"))
            };
            let c = match next {
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Ready(Some(c)) => c,
            };
            match crate::ops::recv_lease(&self.ring, c) {
                Ok(Some(buf)) => return Poll::Ready(Some(Ok(buf))),
                Ok(None) => {
                    self.eof = true;
                    let ring = self.ring.clone();
                    self.inner
                        .disarm(|fd| Box::new(crate::ops::RecycleBuffers(ring, fd)));
                }
                // The ring ran dry and the kernel ended the receive: re-armed at once when it
                // was refilled, else once a buffer has been supplied since it was armed (see
                // `BufRingInner::poll_supplied`).
                Err(e) if e.raw_os_error() == Some(libc::ENOBUFS) => {
                    self.starved = !self.ring.note_exhausted();
                }
                // Run in io_uring's worker pool on a non-blocking socket, the receive ended
                // with EAGAIN rather than waiting: nothing was lost; re-arm.
                Err(e) if e.raw_os_error() == Some(libc::EAGAIN) => {}
                Err(e) => return Poll::Ready(Some(Err(e))),
            }
        }
    }

    /// epoll: receive while the socket is ready, park on it otherwise.
    fn poll_next_epoll(&mut self, cx: &mut Context<'_>) -> Poll<Option<io::Result<RingBuf>>> {
        loop {
            if self.eof || self.inner.is_cancelled() {
                return Poll::Ready(None);
            }
            if let Err(e) = self.inner.epoll_resume() {
                return Poll::Ready(Some(Err(e)));
            }
            // A sender that keeps the socket full must not hold the task's thread: each
            // buffer yielded spends the task's budget, as an operation's completion does.
            if !self.inner.runtime().coop_allows(cx) {
                return Poll::Pending;
            }
            let attempt = if self.inner.epoll_is_ready(Interest::Read) {
                attempt_recv_ring(self.inner.raw_fd(), &self.ring)
            } else {
                Attempt::Wait(self.inner.raw_fd(), Interest::Read)
            };
            match attempt {
                Attempt::Done(c) if c.res == -libc::ENOBUFS => {
                    self.ring.note_exhausted();
                    if self.ring.poll_available(cx).is_pending() {
                        return Poll::Pending;
                    }
                }
                Attempt::Done(c) => {
                    if c.res >= 0 && (c.res as u32) < self.ring.buf_size() {
                        // A short read emptied the socket: wait for epoll's next word.
                        self.inner.epoll_clear_ready(Interest::Read);
                    }
                    self.inner.runtime().coop_spend();
                    match crate::ops::recv_lease(&self.ring, c) {
                        Ok(Some(buf)) => return Poll::Ready(Some(Ok(buf))),
                        Ok(None) => self.eof = true,
                        Err(e) => return Poll::Ready(Some(Err(e))),
                    }
                }
                Attempt::Wait(_, interest) => {
                    return match self.inner.epoll_park(interest, cx) {
                        Ok(()) => Poll::Pending,
                        Err(e) => Poll::Ready(Some(Err(e))),
                    };
                }
                Attempt::Yield | Attempt::CancelAll(_) => {
                    cx.waker().wake_by_ref();
                    return Poll::Pending;
                }
            }
        }
    }

    /// Bounds the buffers that may wait in this stream while nobody takes them: once more
    /// than `buffers` wait, the multishot receive is cancelled (on io_uring; kernel 6.0), and
    /// the next [`RecvStream::next`] arms a new one after yielding them. A connection that is
    /// not being read then holds about `buffers` of the ring's buffers, plus what the kernel
    /// received before the cancel reached it (the cancel goes in with the next kernel entry;
    /// since 6.8 the kernel receives into at most 32 buffers per receive between entries,
    /// older kernels as many as the socket holds), and TCP holds the rest back in the client,
    /// instead of one connection taking every buffer of the ring while the others wait for
    /// one. 0 (the default) sets no bound: for an owner that takes every buffer as it comes
    /// and bounds what it keeps itself. Nothing is lost either way; a cancel of the whole fd
    /// ([`TcpStream::cancel_all`]) that lands while a pause is on its way reads as the pause.
    /// On epoll a buffer is received only when the stream is polled, so nothing waits.
    pub fn hold_at_most(&mut self, buffers: u16) {
        self.inner.hold_at_most(buffers);
    }

    /// Stops receiving: buffers received before the cancel took effect are still yielded, then
    /// the stream ends.
    pub fn cancel(&mut self) {
        self.inner.cancel();
    }
}

impl Drop for RecvStream {
    fn drop(&mut self) {
        let ring = self.ring.clone();
        self.inner
            .disarm(|fd| Box::new(crate::ops::RecycleBuffers(ring, fd)));
    }
}
