//! A TLS connection over a ring's sockets: rustls fed from receive buffers, its output sent
//! through the ring.

use std::fmt;
use std::io::{self, Read, Write};
use std::net::Shutdown;
use std::sync::Arc;
use std::time::Duration;

use percore_proactor::net::TcpStream;
use percore_proactor::{BufRing, time};
use rustls::{ServerConfig, ServerConnection};

/// A server-side TLS connection whose handshake is done.
///
/// Memory: rustls' connection state; the send buffer ([`TlsStream::write_all`] keeps up to
/// 17 KiB of its capacity between writes: one full record); and, only while the application has not read
/// the plaintext rustls already holds (16 KiB at most), the ciphertext rustls could not take
/// yet, copied out of the ring's buffer so that no receive buffer stays leased to an idle
/// connection.
///
/// Not cancel-safe: a read or write dropped part way (by a timeout around it) may leave a
/// record half sent; drop the connection after one.
pub struct TlsStream {
    tcp: TcpStream,
    conn: ServerConnection,
    /// Ciphertext rustls produced, on its way to the socket; kept for reuse.
    out: Vec<u8>,
    /// Ciphertext received but not yet taken by rustls (its plaintext buffer was full).
    spill: Vec<u8>,
}

/// The send buffer's capacity kept between writes: one full record and its overhead.
pub(crate) const OUT_KEEP: usize = 17 * 1024;

impl fmt::Debug for TlsStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsStream")
            .field("protocol", &self.conn.protocol_version())
            .field("alpn", &self.alpn())
            .field("sni", &self.conn.server_name())
            .finish_non_exhaustive()
    }
}

fn tls_error(e: rustls::Error) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, e)
}

/// Runs the server side of a TLS handshake on `tcp`, reading through `ring`, within `limit`
/// (a client that sends nothing, or stops part way, is cut off when it passes).
///
/// # Errors
///
/// `TimedOut` past the limit; `UnexpectedEof` when the client closes mid-handshake;
/// `InvalidData` (wrapping the `rustls::Error`) for anything that is not a TLS handshake the
/// configuration accepts: garbage, a plaintext HTTP request, an unsupported version, no
/// common cipher suite. rustls' alert, when it has one, is sent before the error returns.
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
    let conn = ServerConnection::new(config).map_err(tls_error)?;
    let mut tls = TlsStream {
        tcp,
        conn,
        out: Vec::new(),
        spill: Vec::new(),
    };
    // The whole handshake, sends included, is bounded: a client that stops reading our flight
    // is cut off as one that stops sending.
    time::timeout_at(time::now() + limit, tls.handshake(ring))
        .await
        .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "TLS handshake timed out"))??;
    Ok(tls)
}

impl TlsStream {
    /// The ALPN protocol agreed on, if any.
    pub fn alpn(&self) -> Option<&[u8]> {
        self.conn.alpn_protocol()
    }

    /// The host name the client asked for (SNI), if any.
    pub fn server_name(&self) -> Option<&str> {
        self.conn.server_name()
    }

    /// The protocol version agreed on.
    pub fn protocol_version(&self) -> Option<rustls::ProtocolVersion> {
        self.conn.protocol_version()
    }

    /// The TCP connection underneath.
    pub fn tcp(&self) -> &TcpStream {
        &self.tcp
    }

    async fn handshake(&mut self, ring: &BufRing) -> io::Result<()> {
        while self.conn.is_handshaking() {
            self.flush().await?;
            let Some(buf) = self.tcp.recv_ring(ring).await? else {
                return Err(io::Error::new(
                    io::ErrorKind::UnexpectedEof,
                    "closed during the TLS handshake",
                ));
            };
            self.feed(&buf).await?;
        }
        // The handshake's last flight (and TLS 1.3 session tickets).
        self.flush().await
    }

    /// Hands `data` (ciphertext) to rustls, processing each record and sending whatever it
    /// answers (alerts included, before an error returns). What rustls cannot take while the
    /// application has not read its plaintext is copied to `spill`: the caller's receive buffer
    /// can go back to the ring at once.
    async fn feed(&mut self, mut data: &[u8]) -> io::Result<()> {
        // Plaintext rustls holds for the application, as of the last record processed.
        let mut plaintext = 0;
        while !data.is_empty() {
            match self.conn.read_tls(&mut data) {
                // A close_notify was received: nothing after it is read.
                Ok(0) => return Ok(()),
                Ok(_) => {}
                // Backpressure: rustls holds all the plaintext it will (16 KiB).
                Err(e) if e.kind() == io::ErrorKind::Other && plaintext > 0 => break,
                Err(e) => return Err(e),
            }
            match self.conn.process_new_packets() {
                Ok(state) => plaintext = state.plaintext_bytes_to_read(),
                Err(e) => {
                    let _ = self.flush().await;
                    return Err(tls_error(e));
                }
            }
            if self.conn.wants_write() {
                self.flush().await?;
            }
        }
        self.spill.extend_from_slice(data);
        Ok(())
    }

    /// Sends everything rustls has to send.
    async fn flush(&mut self) -> io::Result<()> {
        while self.conn.wants_write() {
            self.out.clear();
            self.conn.write_tls(&mut self.out)?;
            let out = std::mem::take(&mut self.out);
            let (res, mut out) = self.tcp.send_all(out).await;
            if out.capacity() > OUT_KEEP {
                out = Vec::with_capacity(OUT_KEEP);
            }
            self.out = out;
            res?;
        }
        Ok(())
    }

    /// Appends received plaintext to `buf`, waiting for some: the count appended, 0 at the end
    /// of the stream (the client's `close_notify`).
    ///
    /// # Errors
    ///
    /// `UnexpectedEof` when the client closed TCP without a `close_notify` (a truncation
    /// attack, or a client that does not bother: a protocol with lengths of its own, such as
    /// HTTP, may treat it as an end where a message ended); the socket's error; `InvalidData`
    /// for a record that fails to decrypt or parse.
    pub async fn read(&mut self, ring: &BufRing, buf: &mut Vec<u8>) -> io::Result<usize> {
        loop {
            let start = buf.len();
            match self.conn.reader().read_to_end(buf) {
                Ok(_) => return Ok(buf.len() - start),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock && buf.len() > start => {
                    return Ok(buf.len() - start);
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => return Err(e),
            }
            if !self.spill.is_empty() {
                let spill = std::mem::take(&mut self.spill);
                self.feed(&spill).await?;
                continue;
            }
            match self.tcp.recv_ring(ring).await? {
                Some(got) => self.feed(&got).await?,
                // Tell rustls: its reader then reports a close without close_notify.
                None => {
                    self.conn.read_tls(&mut &[][..])?;
                }
            }
        }
    }

    /// Encrypts and sends all of `data`.
    ///
    /// # Errors
    ///
    /// The socket's error; `WriteZero` if rustls takes nothing (the connection is closing).
    pub async fn write_all(&mut self, mut data: &[u8]) -> io::Result<()> {
        while !data.is_empty() {
            let n = self.conn.writer().write(data)?;
            if n == 0 && !self.conn.wants_write() {
                return Err(io::ErrorKind::WriteZero.into());
            }
            data = &data[n..];
            self.flush().await?;
        }
        Ok(())
    }

    /// Sends a `close_notify` alert and shuts the write side.
    ///
    /// # Errors
    ///
    /// The socket's error.
    pub async fn close(&mut self) -> io::Result<()> {
        self.conn.send_close_notify();
        self.flush().await?;
        self.tcp.shutdown(Shutdown::Write).await
    }
}
