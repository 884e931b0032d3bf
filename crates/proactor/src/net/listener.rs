//! A listening TCP socket: accept one connection, or a stream of them from one multishot
//! accept.

use std::fmt;
use std::future::poll_fn;
use std::io;
use std::net::{SocketAddr, ToSocketAddrs};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::task::{Context, Poll};

use socket2::{Domain, SockRef, Socket, Type};

use super::TcpStream;
use crate::fd::SharedFd;
use crate::ops::{Accept, CloseFds, Interest, Multishot, Op, accept_multi_entry, accept_now};
use crate::sys;

/// Flags of sockets accepted on a backend: close-on-exec, and non-blocking for epoll only.
///
/// On io_uring a socket stays blocking: io_uring makes each attempt non-blocking itself and
/// waits for readiness, but an operation it hands to its worker pool (a send retried often
/// enough, or when arming the wait fails) runs as a plain syscall, which on an `O_NONBLOCK`
/// socket fails with `EAGAIN` instead of waiting.
pub(crate) fn accept_flags(is_epoll: bool) -> i32 {
    if is_epoll {
        libc::SOCK_CLOEXEC | libc::SOCK_NONBLOCK
    } else {
        libc::SOCK_CLOEXEC
    }
}

/// A TCP socket listening for connections.
///
/// # Examples
///
/// ```no_run
/// use percore_proactor::{Proactor, net::TcpListener};
///
/// Proactor::builder().build()?.block_on(async {
///     let listener = TcpListener::bind("127.0.0.1:0")?;
///     let mut incoming = listener.accept_multi();
///     while let Some(conn) = incoming.next().await {
///         let stream = conn?;
///         percore_proactor::spawn(async move { drop(stream) });
///     }
///     Ok::<(), std::io::Error>(())
/// })?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub struct TcpListener {
    fd: SharedFd,
}

impl fmt::Debug for TcpListener {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TcpListener")
            .field("fd", &self.fd.raw())
            .field("local_addr", &self.local_addr().ok())
            .finish()
    }
}

impl TcpListener {
    /// Binds to the first address that works, with `SO_REUSEADDR` and a backlog of 1,024; an
    /// IPv6 address listens to IPv6 only (`IPV6_V6ONLY`). For `SO_REUSEPORT` groups and other
    /// options, build a `socket2::Socket` and use [`TcpListener::from_socket`].
    ///
    /// # Errors
    ///
    /// The error of the last address tried (`AddrInUse`, `PermissionDenied`, ...).
    pub fn bind(addr: impl ToSocketAddrs) -> io::Result<TcpListener> {
        let mut last = None;
        for addr in addr.to_socket_addrs()? {
            match Self::bind_one(addr) {
                Ok(l) => return Ok(l),
                Err(e) => last = Some(e),
            }
        }
        Err(last.unwrap_or_else(|| {
            io::Error::new(io::ErrorKind::InvalidInput, "no address to bind to")
        }))
    }

    fn bind_one(addr: SocketAddr) -> io::Result<TcpListener> {
        let socket = Socket::new(Domain::for_address(addr), Type::STREAM, None)?;
        if addr.is_ipv6() {
            // IPv6 only, as percore's worker listeners are: `[::]:9090` does not also take
            // IPv4's port 9090 from another socket.
            socket.set_only_v6(true)?;
        }
        socket.set_reuse_address(true)?;
        socket.bind(&addr.into())?;
        socket.listen(1024)?;
        Self::from_socket(socket)
    }

    /// Adopts a bound, listening socket (made non-blocking and close-on-exec here).
    ///
    /// # Errors
    ///
    /// The error of `fcntl` when the flags cannot be set.
    pub fn from_socket(socket: Socket) -> io::Result<TcpListener> {
        socket.set_nonblocking(true)?;
        socket.set_cloexec(true)?;
        Ok(TcpListener {
            fd: SharedFd::new(OwnedFd::from(socket)),
        })
    }

    /// Adopts a standard library listener.
    ///
    /// # Errors
    ///
    /// As [`TcpListener::from_socket`].
    pub fn from_std(listener: std::net::TcpListener) -> io::Result<TcpListener> {
        Self::from_socket(Socket::from(listener))
    }

    /// The address this listener is bound to.
    ///
    /// # Errors
    ///
    /// The error of `getsockname`.
    pub fn local_addr(&self) -> io::Result<SocketAddr> {
        super::ip_addr(SockRef::from(&self.fd).local_addr()?)
    }

    /// Accepts one connection (`IORING_OP_ACCEPT`, kernel 5.5).
    ///
    /// # Errors
    ///
    /// The kernel's accept error (`EMFILE` when out of descriptors, ...).
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub async fn accept(&self) -> io::Result<(TcpStream, SocketAddr)> {
        let (fd, addr) = Op::new(Accept::new(
            self.fd.clone(),
            accept_flags(crate::runtime::current().is_epoll),
        ))
        .await?;
        Ok((TcpStream::from_owned(fd), addr))
    }

    /// Accepts a connection waiting in the queue, without waiting: `Ok(None)` when there is
    /// none. A plain non-blocking `accept4` on either backend. For taking over what is left in
    /// the queue when this listener stops accepting (io_uring arms accept polls exclusively:
    /// the kernel wakes one waiter per connection, so a waiter that withdraws can leave a
    /// connection behind that no other waiter was woken for).
    ///
    /// # Errors
    ///
    /// The accept error other than "nothing waiting".
    pub fn try_accept(&self) -> io::Result<Option<TcpStream>> {
        // Outside a proactor, the socket is made for either backend: non-blocking.
        let epoll = crate::runtime::try_current().is_none_or(|rt| rt.is_epoll);
        Ok(accept_now(self.fd.raw(), accept_flags(epoll))?.map(TcpStream::from_owned))
    }

    /// A stream of connections from one multishot accept (kernel 5.19): one submission serves
    /// every connection until it is cancelled or fails.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub fn accept_multi(&self) -> AcceptStream {
        AcceptStream {
            inner: Multishot::new(self.fd.clone()),
        }
    }
}

impl AsRawFd for TcpListener {
    fn as_raw_fd(&self) -> RawFd {
        self.fd.raw()
    }
}

/// Connections from a multishot accept. Made by [`TcpListener::accept_multi`].
///
/// An accept error is yielded as `Some(Err(_))`; the next call arms a new multishot accept
/// (back off first when the error is `EMFILE`/`ENFILE`, as for any accept loop). Dropping the
/// stream cancels the accept, and connections the kernel accepted meanwhile are closed. The
/// cancelled accept holds the listening socket until its final completion: a listener
/// dropped with its stream outside `block_on` stays bound until its proactor runs again (or
/// is dropped).
pub struct AcceptStream {
    inner: Multishot,
}

impl fmt::Debug for AcceptStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AcceptStream")
            .field("fd", &self.inner.raw_fd())
            .field("armed", &self.inner.is_armed())
            .field("cancelled", &self.inner.is_cancelled())
            .finish()
    }
}

impl AcceptStream {
    /// The next connection; `None` once [`AcceptStream::cancel`] has taken effect and every
    /// connection accepted before it has been yielded.
    pub async fn next(&mut self) -> Option<io::Result<TcpStream>> {
        poll_fn(|cx| self.poll_next(cx)).await
    }

    /// Polls for the next connection.
    pub fn poll_next(&mut self, cx: &mut Context<'_>) -> Poll<Option<io::Result<TcpStream>>> {
        if self.inner.rt.is_epoll {
            return self.poll_next_epoll(cx);
        }
        let fd = &self.inner.fd;
        let entry = (!self.inner.is_armed()).then(|| accept_multi_entry(fd, accept_flags(false)));
        // SAFETY: a multishot accept asks for no address and points at no memory; the
        // listener fd is held by the stream, then by the orphan it leaves on drop, until the
        // final completion.
        let next = unsafe {
            self.inner
                .poll_uring(cx, || entry.expect("built when not armed"))
        };
        match next {
            Poll::Pending => Poll::Pending,
            Poll::Ready(None) => Poll::Ready(None),
            Poll::Ready(Some(c)) if c.res >= 0 => {
                // SAFETY: a successful accept completion carries a new fd only we know of.
                let fd = unsafe { sys::adopt_fd(c.res) };
                Poll::Ready(Some(Ok(TcpStream::from_owned(fd))))
            }
            // Run in io_uring's worker pool on the non-blocking listener, the accept ended
            // with EAGAIN rather than waiting: nothing was lost; re-arm.
            Poll::Ready(Some(c)) if c.res == -libc::EAGAIN => {
                cx.waker().wake_by_ref();
                Poll::Pending
            }
            Poll::Ready(Some(c)) => Poll::Ready(Some(Err(io::Error::from_raw_os_error(-c.res)))),
        }
    }

    /// epoll: accept while the listener is ready, park on it otherwise.
    fn poll_next_epoll(&mut self, cx: &mut Context<'_>) -> Poll<Option<io::Result<TcpStream>>> {
        if self.inner.is_cancelled() {
            return Poll::Ready(None);
        }
        if let Err(e) = self.inner.epoll_resume() {
            return Poll::Ready(Some(Err(e)));
        }
        // A flood of connections, or an error that stays (EMFILE), must not hold the task's
        // thread: each one yielded spends the task's budget, as an operation's completion does.
        if !self.inner.runtime().coop_allows(cx) {
            return Poll::Pending;
        }
        if self.inner.epoll_is_ready(Interest::Read) {
            let accepted = match accept_now(self.inner.raw_fd(), accept_flags(true)) {
                Ok(Some(stream)) => Some(Ok(TcpStream::from_owned(stream))),
                Ok(None) => None,
                Err(e) => Some(Err(e)),
            };
            if accepted.is_some() {
                self.inner.runtime().coop_spend();
                return Poll::Ready(accepted);
            }
        }
        match self.inner.epoll_park(Interest::Read, cx) {
            Ok(()) => Poll::Pending,
            Err(e) => Poll::Ready(Some(Err(e))),
        }
    }

    /// Stops accepting. Connections the kernel accepted before the cancel took effect are
    /// still yielded; then the stream ends.
    pub fn cancel(&mut self) {
        self.inner.cancel();
    }
}

impl Drop for AcceptStream {
    fn drop(&mut self) {
        self.inner.disarm(|fd| Box::new(CloseFds(fd)));
    }
}
