//! The record layer of one TLS connection, without I/O: ciphertext in, plaintext out, and
//! the reverse. Every encrypted byte of percore passes through here, whichever socket API
//! carries it ([`crate::TlsStream`], or a protocol driver of its own such as percore-web's),
//! so that an offload of the record layer (kernel TLS, where the kernel has it) has one place
//! to go.

use std::fmt;
use std::io::{self, BufRead, Read, Write};
use std::sync::Arc;

use rustls::{CipherSuite, ProtocolVersion, ServerConfig, ServerConnection};

/// Plaintext per record (rustls' default maximum fragment, which percore keeps).
const RECORD_PLAINTEXT: usize = 16 * 1024;
/// What a record adds to its plaintext, at most, for the suites percore allows: a 5-byte
/// header and a 16-byte tag, plus TLS 1.2 GCM's 8-byte explicit nonce (TLS 1.3 adds one byte
/// of inner content type instead).
const RECORD_OVERHEAD: usize = 5 + 8 + 16;

/// Records kept in hand below a TLS 1.2 suite's confidentiality limit (for the handshake's
/// `Finished` and alerts, which the count of [`Session::encrypt_sending`] leaves out).
const RECORD_LIMIT_MARGIN: u64 = 1024;

/// The most ciphertext `plain` bytes of application data become as records.
pub const fn sealed_len(plain: usize) -> usize {
    plain + plain.div_ceil(RECORD_PLAINTEXT) * RECORD_OVERHEAD
}

/// A socket that never has room: [`Session::encrypt`] is [`Session::encrypt_sending`] to it,
/// every record going to the buffer.
struct NoRoom;

impl Write for NoRoom {
    fn write(&mut self, _: &[u8]) -> io::Result<usize> {
        Err(io::ErrorKind::WouldBlock.into())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// One server-side TLS connection's state: the handshake, then the records.
///
/// Nothing here waits or touches a socket: the caller receives ciphertext and hands it to
/// [`Session::decrypt`], and sends what [`Session::encrypt`] and [`Session::take_output`]
/// append to its buffer.
pub struct Session {
    conn: ServerConnection,
    /// Where the ciphertext received so far stands in TLS's record framing.
    framing: Framing,
    /// Our `close_notify` is made: nothing more is encrypted (rustls' buffered API would
    /// still seal data behind it).
    closed: bool,
    /// The client's `close_notify` has been received.
    peer_closed: bool,
    /// What the client sent could not be read (a broken record, a protocol error): rustls has
    /// queued its fatal alert, after which nothing more may be sent (RFC 8446 §6.2; rustls
    /// would still seal data behind it). Also set once the connection may seal no more
    /// records ([`Session::encrypt_sending`]): its end must not look like a clean one.
    failed: bool,
    /// Application records this connection may still seal: for a TLS 1.2 AES-GCM suite, its
    /// confidentiality limit (2^24 records) less [`RECORD_LIMIT_MARGIN`] less those sealed;
    /// otherwise unbounded (TLS 1.3 updates its keys before the limit; ChaCha20 has none).
    /// At the limit rustls would send a `close_notify` of its own and drop every later write
    /// while saying it took it: a truncation that looks like a clean end.
    records_left: u64,
    /// `records_left` has been set from the suite agreed on.
    budget_known: bool,
}

/// Where a stream of TLS records stands: how much of the current record's 5-byte header, or
/// of its body, is still to come. Tracked beside rustls (which does not say) so that a
/// connection can tell "waiting for a record" from "in the middle of one".
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Framing {
    /// Header bytes seen of the current record (0 to 4; 5 is a complete header).
    header: [u8; 5],
    have: u8,
    /// Body bytes of the current record still to come.
    body_left: usize,
}

impl Framing {
    /// Walks `data` through the record framing.
    fn advance(&mut self, mut data: &[u8]) {
        while !data.is_empty() {
            if self.body_left > 0 {
                let n = self.body_left.min(data.len());
                self.body_left -= n;
                data = &data[n..];
                continue;
            }
            self.header[usize::from(self.have)] = data[0];
            self.have += 1;
            data = &data[1..];
            if self.have == 5 {
                self.have = 0;
                self.body_left = usize::from(u16::from_be_bytes([self.header[3], self.header[4]]));
            }
        }
    }

    fn mid_record(&self) -> bool {
        self.have > 0 || self.body_left > 0
    }
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("handshaking", &self.conn.is_handshaking())
            .field("protocol", &self.conn.protocol_version())
            .field("alpn", &self.alpn())
            .field("sni", &self.conn.server_name())
            .finish_non_exhaustive()
    }
}

/// What [`Session::decrypt`] found besides plaintext.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub struct Decrypted {
    /// The client sent `close_notify`: no plaintext follows; what came after it was ignored.
    pub closed: bool,
}

/// The application records a connection may seal under its suite (see
/// `Session::records_left`).
fn record_budget(conn: &ServerConnection) -> u64 {
    match conn.negotiated_cipher_suite() {
        Some(rustls::SupportedCipherSuite::Tls12(suite)) => suite
            .common
            .confidentiality_limit
            .saturating_sub(RECORD_LIMIT_MARGIN),
        _ => u64::MAX,
    }
}

pub(crate) fn tls_error(e: rustls::Error) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, e)
}

impl Session {
    /// A session for a new connection, to be handshaken with `config`.
    ///
    /// # Errors
    ///
    /// `InvalidData` when rustls refuses the configuration.
    pub fn new(config: Arc<ServerConfig>) -> io::Result<Session> {
        Ok(Session {
            conn: ServerConnection::new(config).map_err(tls_error)?,
            framing: Framing::default(),
            closed: false,
            peer_closed: false,
            failed: false,
            records_left: u64::MAX,
            budget_known: false,
        })
    }

    /// Whether the handshake is still under way.
    pub fn is_handshaking(&self) -> bool {
        self.conn.is_handshaking()
    }

    /// Hands all of `data` (ciphertext, as received) to rustls and appends the plaintext it
    /// yields to `plaintext`. Handshake messages are processed; what rustls answers waits for
    /// [`Session::take_output`].
    ///
    /// rustls' own plaintext buffer is emptied after every record batch, so it never pushes
    /// back: all of `data` is taken, whatever its size.
    ///
    /// # Errors
    ///
    /// `InvalidData` (wrapping the `rustls::Error`) for a record that fails to parse or
    /// decrypt, or a handshake this configuration refuses. rustls' alert for it is then in
    /// [`Session::take_output`]: send it before closing.
    pub fn decrypt(&mut self, data: &[u8], plaintext: &mut Vec<u8>) -> io::Result<Decrypted> {
        let decrypted = self.decrypt_all(data, plaintext);
        self.failed |= decrypted.is_err();
        decrypted
    }

    fn decrypt_all(&mut self, mut data: &[u8], plaintext: &mut Vec<u8>) -> io::Result<Decrypted> {
        self.framing.advance(data);
        while !data.is_empty() {
            if self.conn.read_tls(&mut data)? == 0 {
                // close_notify was received before: nothing after it is read.
                self.peer_closed = true;
                return Ok(Decrypted { closed: true });
            }
            let state = self.conn.process_new_packets().map_err(tls_error)?;
            if state.plaintext_bytes_to_read() > 0 {
                self.read_plaintext(plaintext)?;
            }
            if state.peer_has_closed() {
                self.peer_closed = true;
                return Ok(Decrypted { closed: true });
            }
        }
        self.shrink_receive_buffer();
        Ok(Decrypted::default())
    }

    /// rustls grows its receive buffer to hold a whole record (to 32 KiB of capacity) and
    /// shrinks it back to 4 KiB at its next read once it holds nothing: a read that finds no
    /// data does that now, so that a connection which goes idle after large records does not
    /// keep the large buffer. (rustls would shrink and grow it again at the next record all
    /// the same: no extra work in a stream of records.)
    fn shrink_receive_buffer(&mut self) {
        struct Nothing;
        impl Read for Nothing {
            fn read(&mut self, _: &mut [u8]) -> io::Result<usize> {
                Err(io::ErrorKind::WouldBlock.into())
            }
        }
        if !self.conn.is_handshaking() {
            // WouldBlock is the answer expected; it does not mark the end of the stream.
            let _ = self.conn.read_tls(&mut Nothing);
        }
    }

    /// Whether the client's `close_notify` has been received (it may come with the
    /// handshake's last flight, behind the client's first data).
    pub fn peer_closed(&self) -> bool {
        self.peer_closed
    }

    /// Whether the ciphertext received so far ends part way through a record (or its header):
    /// the client is sending something, though no plaintext has come of it yet.
    pub fn mid_record(&self) -> bool {
        self.framing.mid_record()
    }

    /// Tells rustls that the client closed TCP: `Ok` when it had sent `close_notify`.
    ///
    /// # Errors
    ///
    /// `UnexpectedEof` for a close without `close_notify` (a truncation, or a client that does
    /// not bother; a protocol with its own framing, as HTTP, may take it as an end where a
    /// message ended).
    pub fn eof(&mut self) -> io::Result<()> {
        self.conn.read_tls(&mut &[][..])?;
        let mut rest = Vec::new();
        self.read_plaintext(&mut rest)
    }

    /// Whether what the client sent could not be read, or the connection may seal no more
    /// records: it must end, with the alert [`Session::take_output`] gives, if any, and
    /// nothing else ([`Session::encrypt`] refuses, [`Session::close`] adds no `close_notify`).
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// Appends the plaintext rustls holds to `plaintext`. Chunk by chunk from rustls' own
    /// buffer (`BufRead`), not `read_to_end`, which zeroes the room it reads into first: 2% of
    /// the server's cycles at 64 KiB TLS echoes.
    fn read_plaintext(&mut self, plaintext: &mut Vec<u8>) -> io::Result<()> {
        let mut reader = self.conn.reader();
        loop {
            let chunk = match reader.fill_buf() {
                Ok(chunk) => chunk,
                // Nothing more for now.
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(()),
                Err(e) => return Err(e),
            };
            if chunk.is_empty() {
                // The client's close_notify: all there is.
                return Ok(());
            }
            plaintext.extend_from_slice(chunk);
            let n = chunk.len();
            reader.consume(n);
        }
    }

    /// Encrypts all of `data` as application records appended to `out` (with anything else
    /// rustls had to send before them). Memory: rustls holds at most 64 KiB of records at a
    /// time; they are moved to `out` as they are made.
    ///
    /// # Errors
    ///
    /// `WriteZero` when rustls takes nothing (the connection is closing, or its handshake is
    /// not done); `BrokenPipe` after [`Session::close`], or once [`Session::failed`]; `Other`
    /// when the rest of `data` would reach the cipher suite's record limit (TLS 1.2 AES-GCM:
    /// 2^24 records on one connection, less a margin): nothing more of it is sealed (what a
    /// first part of a long `data` made may have been), and the session has failed, so that
    /// the connection ends without a `close_notify` and the client does not take what it got
    /// for all there was.
    pub fn encrypt(&mut self, data: &[u8], out: &mut Vec<u8>) -> io::Result<()> {
        self.encrypt_sending(data, out, &mut NoRoom)
    }

    /// [`Session::encrypt`], handing the records to `now` (a writer that sends what the
    /// socket has room for at once, `WouldBlock` when it has none) while `out` is empty, so that
    /// they go from rustls' buffers to the socket without a copy into `out`; what `now` does
    /// not take is appended to `out` as `encrypt` does, and so is everything after it, in
    /// order.
    ///
    /// # Errors
    ///
    /// As [`Session::encrypt`]; `now`'s error other than `WouldBlock`.
    pub fn encrypt_sending(
        &mut self,
        mut data: &[u8],
        out: &mut Vec<u8>,
        now: &mut dyn Write,
    ) -> io::Result<()> {
        if (self.closed || self.failed) && !data.is_empty() {
            let why = if self.failed {
                "the connection failed: only its alert may follow"
            } else {
                "the connection's close_notify has been sent"
            };
            return Err(io::Error::new(io::ErrorKind::BrokenPipe, why));
        }
        if !self.budget_known && !self.conn.is_handshaking() {
            self.records_left = record_budget(&self.conn);
            self.budget_known = true;
        }
        let mut reserved = false;
        while !data.is_empty() {
            // Each write is sealed as records of up to `RECORD_PLAINTEXT` (rustls' default
            // fragment, which percore keeps): all of what is left must fit the budget.
            if data.len().div_ceil(RECORD_PLAINTEXT) as u64 > self.records_left {
                self.failed = true;
                return Err(io::Error::other(
                    "the cipher suite's record limit is reached (TLS 1.2 AES-GCM: 2^24 records \
                     on one connection): it must end",
                ));
            }
            let n = self.conn.writer().write(data)?;
            self.records_left -= n.div_ceil(RECORD_PLAINTEXT) as u64;
            if n == 0 && !self.conn.wants_write() {
                return Err(io::ErrorKind::WriteZero.into());
            }
            data = &data[n..];
            while out.is_empty() && self.conn.wants_write() {
                match self.conn.write_tls(now) {
                    Ok(0) => break,
                    Ok(_) => {}
                    // No room (or a signal): the rest goes to `out`, in order.
                    Err(e)
                        if matches!(
                            e.kind(),
                            io::ErrorKind::WouldBlock | io::ErrorKind::Interrupted
                        ) =>
                    {
                        break;
                    }
                    Err(e) => return Err(e),
                }
            }
            if self.conn.wants_write() {
                if !reserved {
                    // Room for all the records still to come at once: grown record by record,
                    // `out` would be copied on every doubling (and a pooled buffer outgrown by
                    // the last few bytes of overhead).
                    out.reserve_exact(sealed_len(n + data.len()));
                    reserved = true;
                }
                self.take_output(out);
            }
        }
        Ok(())
    }

    /// Whether rustls has bytes to send (a handshake flight, an alert, a ticket).
    pub fn wants_write(&self) -> bool {
        self.conn.wants_write()
    }

    /// Appends everything rustls has to send to `out`.
    pub fn take_output(&mut self, out: &mut Vec<u8>) {
        while self.conn.wants_write() {
            // Writing to a Vec cannot fail.
            let _ = self.conn.write_tls(out);
        }
    }

    /// Appends a `close_notify` alert (and anything before it) to `out`; once
    /// [`Session::failed`], the fatal alert alone (none at the record limit).
    pub fn close(&mut self, out: &mut Vec<u8>) {
        self.closed = true;
        if !self.failed {
            self.conn.send_close_notify();
        }
        self.take_output(out);
    }

    /// The ALPN protocol agreed on, if any.
    pub fn alpn(&self) -> Option<&[u8]> {
        self.conn.alpn_protocol()
    }

    /// The host name the client asked for (SNI), if any.
    pub fn server_name(&self) -> Option<&str> {
        self.conn.server_name()
    }

    /// The protocol version agreed on.
    pub fn protocol_version(&self) -> Option<ProtocolVersion> {
        self.conn.protocol_version()
    }

    /// The cipher suite agreed on.
    pub fn cipher_suite(&self) -> Option<CipherSuite> {
        self.conn.negotiated_cipher_suite().map(|s| s.suite())
    }
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use rustls::ClientConnection;

    use super::{Framing, RECORD_LIMIT_MARGIN, RECORD_PLAINTEXT, Session};
    use crate::{CertFiles, TlsFiles};

    /// A session and a client of `versions` that have handshaken in memory (`name` names the
    /// test's certificate files: one per test, which run at once).
    fn handshaken(
        name: &str,
        versions: &[&'static rustls::SupportedProtocolVersion],
    ) -> (Session, ClientConnection) {
        let pki = percore_testkit::tls::Pki::new(name);
        let leaf = pki.leaf("a", &["a.test"], false);
        let files = TlsFiles {
            default: CertFiles {
                cert: leaf.cert,
                key: leaf.key,
            },
            sni: Vec::new(),
            alpn: Vec::new(),
            resumption: true,
        };
        let mut session = Session::new(crate::load(&files).unwrap()).unwrap();
        let name = rustls::pki_types::ServerName::try_from("a.test").unwrap();
        let mut client = ClientConnection::new(pki.client(versions), name).unwrap();
        for _ in 0..10 {
            let mut wire = Vec::new();
            while client.wants_write() {
                client.write_tls(&mut wire).unwrap();
            }
            session.decrypt(&wire, &mut Vec::new()).unwrap();
            let mut back = Vec::new();
            session.take_output(&mut back);
            deliver(&mut client, &back);
            if !client.is_handshaking() && !session.is_handshaking() {
                return (session, client);
            }
        }
        panic!("no handshake");
    }

    /// Hands `records` to `client`; the plaintext they carry.
    fn deliver(client: &mut ClientConnection, mut records: &[u8]) -> Vec<u8> {
        let mut plaintext = Vec::new();
        while !records.is_empty() {
            client.read_tls(&mut records).unwrap();
            let state = client.process_new_packets().unwrap();
            let mut got = vec![0; state.plaintext_bytes_to_read()];
            client.reader().read_exact(&mut got).unwrap();
            plaintext.extend_from_slice(&got);
        }
        plaintext
    }

    #[test]
    fn at_a_tls12_suite_s_record_limit_nothing_more_is_sealed_and_no_close_notify_follows() {
        let (mut session, mut client) = handshaken("tls-limit", &[&rustls::version::TLS12]);
        let mut out = Vec::new();
        session.encrypt(b"one", &mut out).unwrap();
        // AES-GCM, the suite the server prefers: 2^24 records, the margin and the one sealed.
        assert_eq!(session.records_left, (1 << 24) - RECORD_LIMIT_MARGIN - 1);
        session
            .encrypt(&[2; 3 * RECORD_PLAINTEXT], &mut out)
            .unwrap();
        assert_eq!(session.records_left, (1 << 24) - RECORD_LIMIT_MARGIN - 4);
        assert_eq!(deliver(&mut client, &out).len(), 3 + 3 * RECORD_PLAINTEXT);
        // Two records left: a write of three is refused whole, and the session has failed.
        session.records_left = 2;
        out.clear();
        let refused = session.encrypt(&[3; 2 * RECORD_PLAINTEXT + 1], &mut out);
        assert_eq!(refused.unwrap_err().kind(), std::io::ErrorKind::Other);
        assert!(out.is_empty(), "{} bytes sealed", out.len());
        assert!(session.failed());
        assert!(session.encrypt(b"x", &mut out).is_err());
        // Its close adds no close_notify: the client sees the end as a truncation.
        session.close(&mut out);
        assert!(out.is_empty(), "{} bytes after the refusal", out.len());
        // Two records fit: taken.
        let (mut session, _) = handshaken("tls-limit-fits", &[&rustls::version::TLS12]);
        session.encrypt(b"", &mut out).unwrap();
        session.records_left = 2;
        session
            .encrypt(&[4; 2 * RECORD_PLAINTEXT], &mut out)
            .unwrap();
        assert_eq!(session.records_left, 0);
    }

    #[test]
    fn tls13_has_no_record_budget() {
        let (mut session, mut client) = handshaken("tls13-budget", &[&rustls::version::TLS13]);
        let mut out = Vec::new();
        session.encrypt(b"one", &mut out).unwrap();
        assert!(session.records_left > 1 << 62, "{}", session.records_left);
        assert_eq!(deliver(&mut client, &out), b"one");
    }

    #[test]
    fn framing_follows_records_across_any_split() {
        // Two records: 3 body bytes, then 2.
        let stream = [23, 3, 3, 0, 3, 1, 2, 3, 23, 3, 3, 0, 2, 9, 9];
        for split in 0..=stream.len() {
            let mut f = Framing::default();
            f.advance(&stream[..split]);
            let ends_a_record = matches!(split, 0 | 8 | 15);
            assert_eq!(f.mid_record(), !ends_a_record, "split at {split}");
            f.advance(&stream[split..]);
            assert!(!f.mid_record());
        }
        // Byte by byte.
        let mut f = Framing::default();
        for (i, b) in stream.iter().enumerate() {
            f.advance(&[*b]);
            assert_eq!(f.mid_record(), !matches!(i + 1, 8 | 15), "after {}", i + 1);
        }
    }
}
