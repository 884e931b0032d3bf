//! The echo load generator's TLS side: a rustls client driven over the client's own ring
//! (the handshake, then records in and out), trusting whatever certificate the server shows
//! (a benchmark measures the server's cost, not the client's checks).

use std::io::{self, Read, Write};
use std::net::SocketAddr;
use std::sync::Arc;

use percore_proactor::net::TcpStream;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{ClientConfig, ClientConnection, DigitallySignedStruct, SignatureScheme};

/// Accepts every certificate: the load generator checks the echoed bytes, not who echoes.
#[derive(Debug)]
struct AnyCertificate(Arc<rustls::crypto::CryptoProvider>);

impl ServerCertVerifier for AnyCertificate {
    fn verify_server_cert(
        &self,
        _: &CertificateDer<'_>,
        _: &[CertificateDer<'_>],
        _: &ServerName<'_>,
        _: &[u8],
        _: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.0.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// A client configuration for TLS 1.3 that trusts any certificate.
pub fn client_config() -> Arc<ClientConfig> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(&[&rustls::version::TLS13])
        .expect("TLS 1.3 is supported")
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(AnyCertificate(provider)))
        .with_no_client_auth();
    Arc::new(config)
}

fn tls_error(e: rustls::Error) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, e)
}

/// One TLS client connection over a ring's socket.
#[derive(Debug)]
pub struct TlsClient {
    conn: ClientConnection,
    /// Ciphertext received; kept for reuse.
    cipher: Vec<u8>,
    /// Ciphertext to send; kept for reuse.
    out: Vec<u8>,
}

impl TlsClient {
    /// Runs the handshake with the server at `addr` on `stream`.
    pub async fn connect(
        stream: &TcpStream,
        addr: SocketAddr,
        config: Arc<ClientConfig>,
    ) -> io::Result<TlsClient> {
        let name = ServerName::IpAddress(addr.ip().into());
        let conn = ClientConnection::new(config, name).map_err(tls_error)?;
        let mut tls = TlsClient {
            conn,
            cipher: Vec::with_capacity(32 * 1024),
            out: Vec::with_capacity(32 * 1024),
        };
        while tls.conn.is_handshaking() {
            tls.flush(stream).await?;
            if tls.conn.is_handshaking() {
                let mut discard = Vec::new();
                tls.recv_into(stream, &mut discard).await?;
            }
        }
        tls.flush(stream).await?;
        Ok(tls)
    }

    async fn flush(&mut self, stream: &TcpStream) -> io::Result<()> {
        self.out.clear();
        while self.conn.wants_write() {
            self.conn.write_tls(&mut self.out)?;
        }
        if !self.out.is_empty() {
            let (res, out) = stream.send_all(std::mem::take(&mut self.out)).await;
            self.out = out;
            res?;
        }
        Ok(())
    }

    /// Encrypts and sends all of `data`.
    pub async fn send(&mut self, stream: &TcpStream, mut data: &[u8]) -> io::Result<()> {
        // rustls takes at most its buffer limit (64 KiB) before the records go out.
        while !data.is_empty() {
            let n = self.conn.writer().write(data)?;
            if n == 0 && !self.conn.wants_write() {
                return Err(io::ErrorKind::WriteZero.into());
            }
            data = &data[n..];
            self.flush(stream).await?;
        }
        Ok(())
    }

    /// Receives once and appends the plaintext it carried to `plain` (possibly nothing: part
    /// of a record).
    pub async fn recv_into(&mut self, stream: &TcpStream, plain: &mut Vec<u8>) -> io::Result<()> {
        let (res, cipher) = stream.recv(std::mem::take(&mut self.cipher)).await;
        self.cipher = cipher;
        if res? == 0 {
            return Err(io::ErrorKind::UnexpectedEof.into());
        }
        let mut data = &self.cipher[..];
        while !data.is_empty() {
            self.conn.read_tls(&mut data)?;
            let state = self.conn.process_new_packets().map_err(tls_error)?;
            if state.plaintext_bytes_to_read() > 0 {
                match self.conn.reader().read_to_end(plain) {
                    Ok(_) => {}
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                    Err(e) => return Err(e),
                }
            }
        }
        if self.conn.wants_write() {
            self.flush(stream).await?;
        }
        Ok(())
    }
}
