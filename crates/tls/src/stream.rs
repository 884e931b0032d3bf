//! A TLS connection over a ring's sockets: the handshake, then plaintext in and out, with the
//! records made and opened by a [`Session`].

use std::fmt;
use std::io::{self, Write};
use std::net::Shutdown;
use std::sync::Arc;
use std::time::Duration;

use std::future::poll_fn;
use std::task::{Context, Poll};

use percore_proactor::net::{RecvStream, TcpStream};
use percore_proactor::{BufRing, time};
use rustls::ServerConfig;

use crate::pool::{recycle, take_buf, with_scratch};
use crate::session::Session;

/// Plaintext encrypted per send by [`TlsStream::write_all`], at most. Its records fit a
/// buffer the thread keeps (see [`recycle`]), and a step of [`SEND_NOW_MIN`] or more goes to
/// the socket at once, on the worker, when it has room. Record by record (16 KiB a send, the
/// former step), a 64 KiB echo took four sends through the ring, one after the other.
const WRITE_STEP: usize = 256 * 1024;

/// Writes of at least this much (one full record) hand rustls' records to the socket at once
/// while it has room ([`SendNow`]), rather than copying them into a buffer for the ring;
/// smaller ones keep the ring's batching (one `io_uring_enter` for many sends), which costs
/// less than a syscall each while the copy is small.
///
/// Lower than the proactor's own threshold for plaintext ([`percore_proactor::net::SEND_NOW_MIN`],
/// 64 KiB), since here the ring's path copies every byte once more (rustls' buffers into one
/// the ring can own) and the records are still in the CPU's caches right after their
/// encryption. 16 KiB TLS echoes, 50 connections, AMD EPYC, medians of 5 interleaved runs:
/// 14.26 against 15.43 µs of server CPU per round trip with 16 KiB rather than 64 KiB here
/// (tokio-rustls 16.47). 64 KiB TLS echoes, 50 connections, Intel Xeon, medians of 3
/// interleaved runs against the release before it came in at 64 KiB: 70.4 -> 67.3 µs, with
/// the 256 KiB write step and plaintext taken without zeroing, together (tokio-rustls 52.6).
/// For percore-web's 256 KiB HTTPS steps it measured level with one send from a buffer (675
/// against 651 µs per 1 MiB file, within the spread), so percore-web keeps the buffer.
pub const SEND_NOW_MIN: usize = 16 * 1024;

/// Ciphertext one [`TlsStream::read`] takes from the socket, at most (give or take one
/// receive), before it returns what it decrypted: a client that keeps sending cannot keep the
/// worker in one read, and the plaintext stays within a buffer the thread keeps.
const READ_MAX: usize = 192 * 1024;

/// A writer that sends what the socket has room for at once, from the caller's buffers
/// ([`TcpStream::send_vectored_now`]): `WouldBlock` when it has none. For
/// [`Session::encrypt_sending`], while no other send on the socket is in flight.
#[derive(Debug)]
pub struct SendNow<'a>(pub &'a TcpStream);

impl Write for SendNow<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.send_vectored_now(&[io::IoSlice::new(buf)])
    }

    fn write_vectored(&mut self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        self.0.send_vectored_now(bufs)
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// A server-side TLS connection whose handshake is done.
///
/// Receiving, by default: a read waits until the socket is readable (on the ring, or epoll),
/// then receives what it holds into a buffer of the thread's, still in the CPU's caches, and
/// decrypts it at once, so that nothing is received while the connection is not reading: a
/// client that sends without reading what comes back is held back by TCP, in its own socket.
/// Through the ring's receive buffers instead, the bytes of every connection were received
/// in one batch before any was decrypted, and had left the caches by then: 64 KiB TLS echoes
/// over 50 connections, Intel Xeon, medians of 3 interleaved runs, cost 59.8 µs of server
/// CPU per round trip with a multishot receive kept armed, 56.6 this way (tokio-rustls 55.4).
/// A receive per ring buffer (before either) cost 86.1 at 64 KiB, a ring submission per
/// 16 KiB.
///
/// For small messages the readiness wait and the receive syscall of every read cost more
/// than that: [`TlsStream::with_ring`] takes them from one multishot receive kept armed,
/// and moves a connection to the path above while its messages are large.
///
/// Memory: rustls' connection state (its receive buffer grows to one record, 16 KiB and
/// change), and the plaintext that came with the handshake's last flight until it is read.
/// Records on their way out are made in a buffer of the thread's ([`take_buf`]), given back
/// once sent; received ciphertext is decrypted straight into the reader's buffer. An idle
/// connection holds no buffer of its own, and no receive buffer of the ring.
///
/// Not cancel-safe: a read or write dropped part way (by a timeout around it) may leave a
/// record half sent. Once a send was dropped that way, everything that would write after
/// it (a write, a close's `close_notify`, a read's answer to the client) fails with
/// `BrokenPipe` rather than put records out of order. Drop the connection after one.
pub struct TlsStream {
    tcp: TcpStream,
    session: Session,
    /// Plaintext decrypted before [`TlsStream::read`] was first called (it came with the
    /// handshake's end).
    early: Vec<u8>,
    /// The last receive took all the socket had: wait for it to be readable before the next.
    drained: bool,
    /// The client closed TCP (its end is reported once what came before it has been read).
    hung_up: bool,
    /// The last receive stopped at [`READ_MAX`] with the socket still holding more.
    cut: bool,
    /// The client's `close_notify` has been received.
    closed: bool,
    /// Set by [`TlsStream::with_ring`]: ciphertext comes through a multishot receive on a
    /// ring while the connection's messages are small.
    intake: Option<RingIntake>,
    /// A send through the ring is under way: still set when the next read, write or close
    /// begins, its future was dropped part way (by a timeout, or a drain around a read).
    /// What went out of it is unknown, and a record sent at once could overtake it, so the
    /// stream refuses to write from then on ([`torn`]).
    sending: bool,
}

/// The error of every write after a send was dropped part way.
fn torn() -> io::Error {
    io::Error::new(
        io::ErrorKind::BrokenPipe,
        "a TLS send was dropped part way: the stream is torn, nothing more can be written",
    )
}

/// Receives in a row that filled their ring buffer before a connection leaves its ring for
/// the readiness path: a message larger than two buffers, sent at once. A 16 KiB message over
/// 16 KiB buffers (one full buffer, and the records' overhead in a second) stays.
const UP_AFTER: u8 = 2;
/// Reads in a row on the readiness path that one ring buffer would have held before the
/// connection goes back to its ring: more than going up, so that a connection whose messages
/// vary moves seldom.
const DOWN_AFTER: u8 = 8;

/// The ring a [`TlsStream`] receives through, and where it stands with it.
struct RingIntake {
    ring: BufRing,
    /// Buffers the receive may hold while the connection is not read, about (see
    /// [`RecvStream::hold_at_most`]).
    hold: u16,
    /// The multishot receive: `Some` while the connection takes its ciphertext from the ring.
    rx: Option<RecvStream>,
    /// The receive was cancelled to move to the readiness path: what it took before that is
    /// read first, then its end is not the client's.
    leaving: bool,
    /// Receives in a row that filled their buffer.
    full: u8,
    /// Reads in a row on the readiness path that one buffer would have held.
    small: u8,
}

impl RingIntake {
    /// Takes the connection's ciphertext from the ring from the next read on (a multishot
    /// receive, armed by that read, bounded by `hold`).
    fn arm(&mut self, tcp: &TcpStream) {
        let mut rx = tcp.recv_multi(&self.ring);
        rx.hold_at_most(self.hold);
        self.rx = Some(rx);
    }
}

impl fmt::Debug for TlsStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsStream")
            .field("session", &self.session)
            .finish_non_exhaustive()
    }
}

/// Runs the server side of a TLS handshake on `tcp`, reading through `ring`, within `limit`
/// (a client that sends nothing, or stops part way, is cut off when it passes).
///
/// # Errors
///
/// As [`handshake`].
///
/// # Panics
///
/// Panics when called outside `Proactor::block_on`.
pub async fn accept(
    tcp: TcpStream,
    config: Arc<ServerConfig>,
    ring: &BufRing,
    limit: Duration,
) -> io::Result<TlsStream> {
    let mut session = Session::new(config)?;
    let mut early = Vec::new();
    handshake(&tcp, &mut session, ring, Some(limit), &mut early).await?;
    Ok(TlsStream::from_parts(tcp, session, early))
}

/// Runs `session`'s handshake on `tcp` within `limit` (`None`: no limit), the sends of the
/// server's flights included (a client that stops reading is cut off as one that stops
/// sending). Application data that arrived with the handshake's end is appended to `early`.
///
/// # Errors
///
/// `TimedOut` past the limit; `UnexpectedEof` when the client closes mid-handshake;
/// `InvalidData` (wrapping the `rustls::Error`) for anything that is not a TLS handshake the
/// configuration accepts: garbage, a plaintext HTTP request, an unsupported version, no
/// common cipher suite. rustls' alert, when it has one, is sent before the error returns.
/// [`failure_reason`] sorts them.
pub async fn handshake(
    tcp: &TcpStream,
    session: &mut Session,
    ring: &BufRing,
    limit: Option<Duration>,
    early: &mut Vec<u8>,
) -> io::Result<()> {
    let run = async {
        let mut out = Vec::new();
        while session.is_handshaking() {
            let Some(buf) = tcp.recv_ring(ring).await? else {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "closed during the TLS handshake",
                ));
            };
            let got = session.decrypt(&buf, early);
            drop(buf);
            session.take_output(&mut out);
            if !out.is_empty() {
                let (res, o) = tcp.send_all(std::mem::take(&mut out)).await;
                out = o;
                out.clear();
                // A refusal's alert is sent first; its error is the one to report.
                if got.is_ok() {
                    res?;
                }
            }
            // A close behind the handshake's last flight (and whatever data came before it)
            // ends the connection after that data, as one in a later read does: the caller
            // finds it in `Session::peer_closed`.
            if got?.closed && session.is_handshaking() {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "close_notify during the TLS handshake",
                ));
            }
        }
        Ok(())
    };
    let Some(limit) = limit else {
        return run.await;
    };
    time::timeout_at(time::now() + limit, run)
        .await
        .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "TLS handshake timed out"))?
}

/// The reasons [`failure_reason`] gives, in a fixed order (metrics count by index here).
pub const FAILURE_REASONS: [&str; 7] = [
    "timeout",
    "closed",
    "incompatible",
    "malformed",
    "refused",
    "io",
    "drained",
];

/// The index in [`FAILURE_REASONS`] of a handshake that the worker's drain cut short (no
/// error of the connection's: [`failure_index`] never gives it).
pub const FAILURE_DRAINED: usize = 6;

/// Why a handshake failed, as a short label for logs and metrics (one of
/// [`FAILURE_REASONS`]): `timeout`, `closed` (the client closed or reset the connection),
/// `incompatible` (no protocol version, cipher suite or ALPN protocol in common), `malformed`
/// (not TLS, or broken records: garbage, a plaintext request, a truncated record), `refused`
/// (any other alert or refusal) or `io`.
pub fn failure_reason(e: &io::Error) -> &'static str {
    FAILURE_REASONS[failure_index(e)]
}

/// [`failure_reason`] as an index into [`FAILURE_REASONS`].
pub fn failure_index(e: &io::Error) -> usize {
    match e.kind() {
        io::ErrorKind::TimedOut => 0,
        io::ErrorKind::UnexpectedEof
        | io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::BrokenPipe => 1,
        io::ErrorKind::InvalidData => match e.get_ref().and_then(|e| e.downcast_ref()) {
            Some(rustls::Error::PeerIncompatible(_) | rustls::Error::NoApplicationProtocol) => 2,
            Some(
                rustls::Error::InvalidMessage(_)
                | rustls::Error::DecryptError
                | rustls::Error::InappropriateMessage { .. }
                | rustls::Error::InappropriateHandshakeMessage { .. },
            ) => 3,
            Some(_) => 4,
            // rustls' own io::Errors of read_tls ("message buffer full"): not TLS as it
            // should be framed.
            None => 3,
        },
        _ => 5,
    }
}

/// The cipher suites percore offers (ring's, TLS 1.3 first), in a fixed order: metrics count
/// handshakes by index here.
pub fn suites() -> &'static [rustls::SupportedCipherSuite] {
    rustls::crypto::ring::DEFAULT_CIPHER_SUITES
}

/// The protocol version (`TLSv1.3`, `TLSv1.2`) and IANA name of each suite of [`suites`], in
/// its order: labels for metrics.
pub fn suite_labels() -> impl Iterator<Item = (&'static str, &'static str)> {
    suites().iter().map(|s| {
        let version = match s.version().version {
            rustls::ProtocolVersion::TLSv1_3 => "TLSv1.3",
            _ => "TLSv1.2",
        };
        (version, s.suite().as_str().unwrap_or("unknown"))
    })
}

/// How many suites [`suites`] lists.
pub const SUITE_COUNT: usize = 9;

/// The index of `session`'s cipher suite in [`suites`].
pub fn suite_index(session: &Session) -> Option<usize> {
    let agreed = session.cipher_suite()?;
    suites().iter().position(|s| s.suite() == agreed)
}

impl TlsStream {
    /// The stream of a connection whose handshake [`handshake`] ran, with the plaintext that
    /// came with its end.
    ///
    /// # Panics
    ///
    /// When the session is still handshaking.
    pub fn from_parts(tcp: TcpStream, session: Session, early: Vec<u8>) -> TlsStream {
        assert!(!session.is_handshaking(), "the handshake is not done");
        TlsStream {
            closed: session.peer_closed(),
            tcp,
            session,
            early,
            drained: false,
            hung_up: false,
            cut: false,
            intake: None,
            sending: false,
        }
    }

    /// Takes ciphertext through one multishot receive on `ring`, kept armed between reads,
    /// while the connection's messages are small: on io_uring no readiness wait and no
    /// receive syscall per read, where the default path makes both. On epoll it changes
    /// nothing: a read there waits for readiness and receives either way, and into the
    /// thread's buffer it cost less than into the ring's (6.59 against 7.08 µs of server CPU
    /// per 64 B TLS echo, medians of 5 interleaved runs, AMD EPYC; tokio-rustls 6.89). A
    /// connection whose receives keep filling the ring's buffers (two in a row: messages
    /// larger than two of them, sent at once) moves to the default path, which decrypts each
    /// receive while it is still in the CPU's caches, and comes back after eight reads in a
    /// row that one buffer would have held.
    ///
    /// `hold` bounds the buffers the receive may hold while the connection is not read (a
    /// client that sends without reading what comes back): past it the receive pauses until
    /// the next read (see [`RecvStream::hold_at_most`]: what the kernel received before the
    /// pause took effect comes on top), and TCP holds the client back. 0 sets no bound. An
    /// idle connection still holds no buffer.
    ///
    /// TLS echoes against tokio-rustls, one server core against one client core, AMD EPYC,
    /// `scripts/bench-tls-echo.sh`, medians of 3 interleaved runs, server CPU per round trip:
    /// 64 B over 100 connections 5.67 µs (tokio-rustls 6.38; 6.23 against 6.38 on the default
    /// path in interleaved runs before), 1 KiB 6.45 (7.22), 16 KiB over 50 connections 14.69
    /// (16.69). Through the ring at 64 KiB a round trip cost 68.5 µs against 55.1 on the
    /// default path, which is why large messages leave it (48.2 with this, tokio-rustls 74.0).
    pub fn with_ring(mut self, ring: &BufRing, hold: u16) -> TlsStream {
        if percore_proactor::backend() == percore_proactor::Backend::Epoll {
            return self;
        }
        let mut intake = RingIntake {
            ring: ring.clone(),
            hold,
            rx: None,
            leaving: false,
            full: 0,
            small: 0,
        };
        intake.arm(&self.tcp);
        self.intake = Some(intake);
        self
    }

    /// Whether the next read takes its ciphertext from the ring given to
    /// [`TlsStream::with_ring`] (`false` on the readiness path, where large messages go).
    pub fn receives_through_ring(&self) -> bool {
        self.intake.as_ref().is_some_and(|i| i.rx.is_some())
    }

    /// The session: protocol version, cipher suite, ALPN and SNI agreed on.
    pub fn session(&self) -> &Session {
        &self.session
    }

    /// The ALPN protocol agreed on, if any.
    pub fn alpn(&self) -> Option<&[u8]> {
        self.session.alpn()
    }

    /// The host name the client asked for (SNI), if any.
    pub fn server_name(&self) -> Option<&str> {
        self.session.server_name()
    }

    /// The protocol version agreed on.
    pub fn protocol_version(&self) -> Option<rustls::ProtocolVersion> {
        self.session.protocol_version()
    }

    /// The TCP connection underneath.
    pub fn tcp(&self) -> &TcpStream {
        &self.tcp
    }

    /// Sends `out` with whatever else rustls has to send; gives the buffer back.
    async fn send_out(&mut self, mut out: Vec<u8>) -> io::Result<()> {
        self.writable()?;
        self.session.take_output(&mut out);
        if out.is_empty() {
            recycle(out);
            return Ok(());
        }
        self.sending = true;
        let (res, out) = self.tcp.send_all(out).await;
        self.sending = false;
        recycle(out);
        res
    }

    /// `Err` ([`torn`]) once a send was dropped part way: nothing more may be written.
    fn writable(&self) -> io::Result<()> {
        if self.sending { Err(torn()) } else { Ok(()) }
    }

    /// Appends received plaintext to `buf`, waiting for some: the count appended, 0 at the end
    /// of the stream (the client's `close_notify`). Everything the socket holds comes along
    /// (up to 192 KiB of ciphertext), not only one buffer's worth. A read after one that
    /// stopped there lets the worker's other tasks run first: a client that keeps the socket
    /// full cannot hold the worker.
    ///
    /// # Errors
    ///
    /// `UnexpectedEof` when the client closed TCP without a `close_notify` (a truncation
    /// attack, or a client that does not bother: a protocol with lengths of its own, such as
    /// HTTP, may treat it as an end where a message ended); the socket's error; `InvalidData`
    /// for a record that fails to decrypt or parse (its alert is sent first); `BrokenPipe`
    /// when rustls has an answer to send and an earlier send was dropped part way. An error
    /// ends the connection: plaintext decrypted before it in the same read is not returned.
    ///
    /// A `buf` with no capacity is replaced by a buffer of the thread's ([`take_buf`]) once
    /// data has come: a caller that gives it back ([`recycle`]) after use holds no buffer
    /// while it waits.
    pub async fn read(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        if !self.early.is_empty() {
            let n = self.early.len();
            buf.append(&mut self.early);
            self.early = Vec::new();
            return Ok(n);
        }
        let start = buf.len();
        while buf.len() == start && !self.closed {
            if self.hung_up {
                self.session.eof()?;
                self.closed = true;
                break;
            }
            if std::mem::take(&mut self.cut) {
                percore_proactor::yield_now().await;
            }
            let got = if self.receives_through_ring() {
                let got = poll_fn(|cx| self.poll_receive_ring(cx, buf)).await;
                if got.is_ok() && !self.receives_through_ring() && !self.cut {
                    // Left the ring in this read: what the socket holds comes along.
                    self.receive(buf)
                } else {
                    got
                }
            } else {
                if self.drained {
                    self.tcp.readable().await?;
                    self.drained = false;
                }
                self.receive(buf)
            };
            // What rustls answers (an alert, a key update) goes out before anything else.
            if self.session.wants_write() {
                self.send_out(take_buf()).await?;
            }
            // An error ends the connection: plaintext decrypted before it in this read is
            // not returned (a fatal alert is already on its way ahead of any answer to it).
            got?;
        }
        Ok(buf.len() - start)
    }

    /// Appends the plaintext of what has already come, without waiting: the handshake's
    /// early data, the ring's received buffers, then (on the readiness path, or once the
    /// ring is left) what the socket holds, up to 192 KiB of ciphertext. For a drain
    /// that sends back what was received before it closes. 0 when nothing has come (or the
    /// stream has ended); a record that has come in part stays with rustls.
    ///
    /// # Errors
    ///
    /// As [`TlsStream::read`], but an alert rustls has for the error is not sent here: it
    /// goes out ahead of whatever is written next.
    pub fn read_ready(&mut self, buf: &mut Vec<u8>) -> io::Result<usize> {
        let start = buf.len();
        if !self.early.is_empty() {
            buf.append(&mut self.early);
            self.early = Vec::new();
        }
        if self.closed || self.hung_up {
            return Ok(buf.len() - start);
        }
        // Whether this pass has taken a read's worth (an earlier read's mark is kept for
        // the next read).
        let earlier_cut = std::mem::take(&mut self.cut);
        if self.receives_through_ring() {
            // What the ring has received is queued on the receive: taken until it says it
            // would wait (no wake is needed: nothing waits on it afterwards).
            let mut cx = Context::from_waker(std::task::Waker::noop());
            if let Poll::Ready(got) = self.poll_receive_ring(&mut cx, buf) {
                got?;
            }
        }
        if !self.receives_through_ring() && !self.closed && !self.hung_up && !self.cut {
            self.receive_now(buf, &mut 0)?;
        }
        self.cut |= earlier_cut;
        Ok(buf.len() - start)
    }

    /// Receives what the socket holds, up to [`READ_MAX`], and decrypts it into `buf`.
    fn receive(&mut self, buf: &mut Vec<u8>) -> io::Result<()> {
        let mut received = 0;
        let got = self.receive_now(buf, &mut received);
        if let Some(intake) = &mut self.intake {
            intake.small = if received <= intake.ring.buf_size() as usize {
                intake.small.saturating_add(1)
            } else {
                0
            };
            if intake.small >= DOWN_AFTER && !self.hung_up && !self.closed {
                intake.small = 0;
                intake.arm(&self.tcp);
            }
        }
        got
    }

    /// [`TlsStream::receive`]'s receives; `received` counts the ciphertext.
    fn receive_now(&mut self, buf: &mut Vec<u8>, received: &mut usize) -> io::Result<()> {
        with_scratch(|scratch| {
            let mut taken = 0;
            while taken < READ_MAX && !self.closed {
                let n = match self.tcp.recv_now(scratch) {
                    Ok(0) => {
                        self.hung_up = true;
                        return Ok(());
                    }
                    Ok(n) => n,
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                        self.drained = true;
                        return Ok(());
                    }
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(e),
                };
                taken += n;
                *received = taken;
                if buf.capacity() == 0 {
                    *buf = take_buf();
                }
                self.closed = self.session.decrypt(&scratch[..n], buf)?.closed;
                if n < scratch.len() {
                    // Less than asked for: the socket is empty (as good as certain; if more
                    // came meanwhile, the readiness wait finds it).
                    self.drained = true;
                    return Ok(());
                }
            }
            self.cut = taken >= READ_MAX;
            Ok(())
        })
    }

    /// Ring intake: waits for a received buffer, then decrypts it and every other that is
    /// already there (up to [`READ_MAX`]) into `buf`, each going back to the ring at once.
    fn poll_receive_ring(
        &mut self,
        cx: &mut Context<'_>,
        buf: &mut Vec<u8>,
    ) -> Poll<io::Result<()>> {
        let intake = self.intake.as_mut().expect("called in ring intake");
        let rx = intake.rx.as_mut().expect("called in ring intake");
        let mut taken = 0;
        let mut any = false;
        loop {
            let lease = match rx.poll_next(cx) {
                Poll::Pending if any => return Poll::Ready(Ok(())),
                Poll::Pending => return Poll::Pending,
                Poll::Ready(None) => {
                    if std::mem::take(&mut intake.leaving) {
                        // Everything the receive took has been read: the readiness path
                        // takes the socket from here.
                        intake.rx = None;
                        intake.full = 0;
                        self.drained = false;
                    } else {
                        self.hung_up = true;
                    }
                    return Poll::Ready(Ok(()));
                }
                Poll::Ready(Some(lease)) => lease?,
            };
            any = true;
            taken += lease.len();
            intake.full = if lease.len() == intake.ring.buf_size() as usize {
                intake.full.saturating_add(1)
            } else {
                0
            };
            if buf.capacity() == 0 {
                *buf = take_buf();
            }
            self.closed = self.session.decrypt(&lease, buf)?.closed;
            drop(lease);
            if self.closed {
                return Poll::Ready(Ok(()));
            }
            if intake.full >= UP_AFTER && !intake.leaving {
                // Large messages: cancelled, its last buffers still to come, then the
                // readiness path.
                intake.leaving = true;
                rx.cancel();
            }
            if taken >= READ_MAX {
                self.cut = true;
                return Poll::Ready(Ok(()));
            }
        }
    }

    /// Encrypts and sends all of `data`.
    ///
    /// # Errors
    ///
    /// The socket's error; `WriteZero` if rustls takes nothing (the connection is closing);
    /// `BrokenPipe` once an earlier send was dropped part way (see [`TlsStream`]); `Other`
    /// when the cipher suite's record limit is reached (see [`Session::encrypt`]): the
    /// connection must end, and its close sends no `close_notify`.
    pub async fn write_all(&mut self, data: &[u8]) -> io::Result<()> {
        // A step at a time, each sent before the next is made: the send buffer stays one step
        // long however much is written.
        for chunk in data.chunks(WRITE_STEP) {
            // Before anything goes to the socket at once, ahead of a dropped send's bytes.
            self.writable()?;
            let mut out = take_buf();
            if chunk.len() >= SEND_NOW_MIN {
                self.session
                    .encrypt_sending(chunk, &mut out, &mut SendNow(&self.tcp))?;
            } else {
                self.session.encrypt(chunk, &mut out)?;
            }
            self.send_out(out).await?;
        }
        Ok(())
    }

    /// Stops the ring intake: nothing more is read (what it held goes back to the ring).
    fn stop_ring(&mut self) {
        self.intake = None;
    }

    /// Sends a `close_notify` alert and shuts the write side. Once the session has failed
    /// (a record it could not read, or its cipher suite's record limit: see
    /// [`Session::encrypt`]), its fatal alert alone, if it has one: no `close_notify`.
    ///
    /// # Errors
    ///
    /// The socket's error; `BrokenPipe` once an earlier send was dropped part way.
    pub async fn close(&mut self) -> io::Result<()> {
        self.stop_ring();
        let mut out = take_buf();
        self.session.close(&mut out);
        self.send_out(out).await?;
        self.tcp.shutdown(Shutdown::Write).await
    }

    /// Sends a `close_notify` alert (as [`TlsStream::close`]: none once the session has
    /// failed), shuts the write side, and discards what the client still sends until it has
    /// acknowledged everything, up to `limit` (see
    /// `TcpStream::shutdown_and_linger`): unread bytes never turn the close into a reset that
    /// would destroy the last records in flight.
    ///
    /// # Errors
    ///
    /// The socket's error on sending the alert; `BrokenPipe` once an earlier send was dropped
    /// part way (the alert is not sent then).
    pub async fn close_and_linger(&mut self, ring: &BufRing, limit: Duration) -> io::Result<()> {
        self.stop_ring();
        let mut out = take_buf();
        self.session.close(&mut out);
        self.send_out(out).await?;
        self.tcp.shutdown_and_linger(ring, limit).await;
        Ok(())
    }
}
