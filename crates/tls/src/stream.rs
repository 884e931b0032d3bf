//! A TLS connection over a ring's sockets: rustls fed from receive buffers, its output sent
//! through the ring.

use std::fmt;
use std::io::{self, Read, Write};
use std::net::Shutdown;
use std::sync::Arc;
use std::time::{Duration, Instant};

use percore_proactor::net::TcpStream;
use percore_proactor::{BufRing, RingBuf, time};
use rustls::{ServerConfig, ServerConnection};

/// A server-side TLS connection whose handshake is done.
///
/// Memory: rustls' connection state, the send buffer ([`TlsStream::write_all`] keeps its
/// capacity: the records of one write of rustls' send limit, 64 KiB of plaintext, at most),
/// and no receive buffer of its own: ciphertext stays in the ring's buffer it arrived in only
/// until rustls has taken it.
pub struct TlsStream {
    tcp: TcpStream,
    conn: ServerConnection,
    /// Ciphertext rustls produced, on its way to the socket; kept for reuse.
    out: Vec<u8>,
    /// The rest of a receive buffer rustls has not taken yet.
    pending: Option<(RingBuf, usize)>,
}

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
        pending: None,
    };
    let deadline = Instant::now() + limit;
    while tls.conn.is_handshaking() {
        tls.flush().await?;
        let got = time::timeout_at(deadline, tls.tcp.recv_ring(ring))
            .await
            .map_err(|_| io::Error::new(io::ErrorKind::TimedOut, "TLS handshake timed out"))??;
        let Some(buf) = got else {
            return Err(io::Error::new(
                io::ErrorKind::UnexpectedEof,
                "closed during the TLS handshake",
            ));
        };
        tls.pending = Some((buf, 0));
        tls.take_pending().await?;
    }
    // The handshake's last flight (and TLS 1.3 session tickets).
    tls.flush().await?;
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

    /// Hands rustls the pending ciphertext, as much as it takes, processing each record;
    /// sends whatever it answers (alerts included, before an error returns).
    async fn take_pending(&mut self) -> io::Result<()> {
        while let Some((buf, at)) = self.pending.take() {
            let mut rest = &buf[at..];
            let taken = self.conn.read_tls(&mut rest)?;
            let at = at + taken;
            if at < buf.len() {
                self.pending = Some((buf, at));
            }
            let state = match self.conn.process_new_packets() {
                Ok(state) => state,
                Err(e) => {
                    let _ = self.flush().await;
                    return Err(tls_error(e));
                }
            };
            if self.conn.wants_write() {
                self.flush().await?;
            }
            // Plaintext waiting: the caller reads it before rustls is given more (its buffer of
            // received plaintext is bounded).
            if taken == 0 || state.plaintext_bytes_to_read() > 0 {
                break;
            }
        }
        Ok(())
    }

    /// Sends everything rustls has to send.
    async fn flush(&mut self) -> io::Result<()> {
        while self.conn.wants_write() {
            self.out.clear();
            self.conn.write_tls(&mut self.out)?;
            let out = std::mem::take(&mut self.out);
            let (res, out) = self.tcp.send_all(out).await;
            self.out = out;
            res?;
        }
        Ok(())
    }

    /// Appends received plaintext to `buf`, waiting for some: the count appended, 0 at the end
    /// of the stream (the client's `close_notify`, or its TCP close without one, which a
    /// request/response protocol with lengths of its own can tolerate).
    ///
    /// # Errors
    ///
    /// The socket's error, or `InvalidData` for a record that fails to decrypt or parse.
    pub async fn read(&mut self, ring: &BufRing, buf: &mut Vec<u8>) -> io::Result<usize> {
        loop {
            let start = buf.len();
            match self.conn.reader().read_to_end(buf) {
                Ok(_) => return Ok(buf.len() - start),
                Err(e) if e.kind() == io::ErrorKind::WouldBlock && buf.len() > start => {
                    return Ok(buf.len() - start);
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(0),
                Err(e) => return Err(e),
            }
            if self.pending.is_none() {
                match self.tcp.recv_ring(ring).await? {
                    Some(got) => self.pending = Some((got, 0)),
                    None => {
                        tracing::debug!("TLS peer closed without close_notify");
                        return Ok(0);
                    }
                }
            }
            self.take_pending().await?;
        }
    }

    /// Encrypts and sends all of `data`.
    ///
    /// # Errors
    ///
    /// The socket's error.
    pub async fn write_all(&mut self, mut data: &[u8]) -> io::Result<()> {
        while !data.is_empty() {
            let n = self.conn.writer().write(data)?;
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
