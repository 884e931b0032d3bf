//! Certificates for TLS tests: a CA of the test's own, leaf certificates it signs written as
//! PEM files, and rustls clients that trust it.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, IsCa, Issuer, KeyPair};
use rustls::pki_types::{CertificateDer, ServerName};
use rustls::{ClientConfig, ClientConnection, RootCertStore, StreamOwned};

/// A certificate and key written as PEM files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PemFiles {
    /// The certificate.
    pub cert: PathBuf,
    /// Its private key.
    pub key: PathBuf,
}

/// A CA, and certificates it signed, written as PEM files in a directory of the test's own.
pub struct Pki {
    /// Where the files are.
    pub dir: PathBuf,
    ca: CertificateDer<'static>,
    issuer: Issuer<'static, KeyPair>,
}

impl std::fmt::Debug for Pki {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pki").field("dir", &self.dir).finish()
    }
}

/// A TLS client connection over a blocking socket.
pub type TlsClient = StreamOwned<ClientConnection, TcpStream>;

impl Pki {
    /// A new CA, its files under a directory named after `name` and this process.
    pub fn new(name: &str) -> Pki {
        let dir = std::env::temp_dir().join(format!("percore-pki-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
        params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
        let key = KeyPair::generate().unwrap();
        let ca = params.self_signed(&key).unwrap().der().clone();
        std::fs::write(dir.join("ca.crt"), pem("CERTIFICATE", &ca)).unwrap();
        Pki {
            dir,
            ca,
            issuer: Issuer::new(params, key),
        }
    }

    /// The CA certificate's PEM file (for curl's `--cacert`, Python's `cafile`).
    pub fn ca_file(&self) -> PathBuf {
        self.dir.join("ca.crt")
    }

    /// A certificate (ECDSA P-256) for `names`, as `<file>.crt` and `<file>.key`; valid now,
    /// or `expired` in 2020.
    pub fn leaf(&self, file: &str, names: &[&str], expired: bool) -> PemFiles {
        let mut params =
            CertificateParams::new(names.iter().map(|n| n.to_string()).collect::<Vec<_>>())
                .unwrap();
        params
            .distinguished_name
            .push(rcgen::DnType::CommonName, file);
        if expired {
            params.not_before = rcgen::date_time_ymd(2019, 1, 1);
            params.not_after = rcgen::date_time_ymd(2020, 1, 1);
        }
        let key = KeyPair::generate().unwrap();
        let cert = params.signed_by(&key, &self.issuer).unwrap();
        let files = PemFiles {
            cert: self.dir.join(format!("{file}.crt")),
            key: self.dir.join(format!("{file}.key")),
        };
        std::fs::write(&files.cert, cert.pem()).unwrap();
        std::fs::write(&files.key, key.serialize_pem()).unwrap();
        files
    }

    /// A client trusting this CA, speaking `versions`, offering ALPN `http/1.1`.
    pub fn client(
        &self,
        versions: &[&'static rustls::SupportedProtocolVersion],
    ) -> Arc<ClientConfig> {
        let mut roots = RootCertStore::empty();
        roots.add(self.ca.clone()).unwrap();
        let mut config =
            ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
                .with_protocol_versions(versions)
                .unwrap()
                .with_root_certificates(roots)
                .with_no_client_auth();
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Arc::new(config)
    }

    /// A TLS 1.3 and 1.2 client trusting this CA.
    pub fn any_client(&self) -> Arc<ClientConfig> {
        self.client(&[&rustls::version::TLS13, &rustls::version::TLS12])
    }
}

/// Connects to `addr` with `client`, asking for `name` (SNI and the name checked); reads and
/// writes time out after 20 s. The handshake happens with the first read or write.
pub fn connect(addr: SocketAddr, client: Arc<ClientConfig>, name: &str) -> TlsClient {
    let tcp = TcpStream::connect(addr).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    tcp.set_write_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let conn =
        ClientConnection::new(client, ServerName::try_from(name.to_string()).unwrap()).unwrap();
    StreamOwned::new(conn, tcp)
}

/// Runs a TLS 1.3 handshake with `addr` up to the client's Finished, which is left unsent:
/// what the client writes next goes out with it, in the same flight.
pub fn up_to_last_flight(addr: SocketAddr, client: Arc<ClientConfig>, name: &str) -> TlsClient {
    let mut s = connect(addr, client, name);
    while s.conn.is_handshaking() {
        while s.conn.wants_write() {
            s.conn.write_tls(&mut s.sock).unwrap();
        }
        if s.conn.is_handshaking() {
            s.conn.read_tls(&mut s.sock).unwrap();
            s.conn.process_new_packets().unwrap();
        }
    }
    s
}

/// Runs a TLS 1.3 handshake with `addr` up to the client's Finished, then sends the Finished,
/// `data` and a `close_notify` in one write (a client that says all it has with the handshake's
/// last flight); the rustls stream, to read what the server answers.
pub fn last_flight_then_close(
    addr: SocketAddr,
    client: Arc<ClientConfig>,
    name: &str,
    data: &[u8],
) -> TlsClient {
    let TlsClient {
        conn: mut client,
        sock: mut tcp,
    } = up_to_last_flight(addr, client, name);
    client.writer().write_all(data).unwrap();
    client.send_close_notify();
    let mut flight = Vec::new();
    while client.wants_write() {
        client.write_tls(&mut flight).unwrap();
    }
    tcp.write_all(&flight).unwrap();
    StreamOwned::new(client, tcp)
}

/// Sends `len` bytes (a pattern that depends on `seed`) through an echo server, 16 KiB at a
/// time, reading each slice's echo back before the next, and checks every byte.
pub fn echo_through(s: &mut (impl Read + Write), seed: usize, len: usize) {
    let data: Vec<u8> = (0..len).map(|i| (i * 7 + i / 251 + seed) as u8).collect();
    let mut got = vec![0u8; len];
    let mut read = 0;
    for (i, chunk) in data.chunks(16 * 1024).enumerate() {
        s.write_all(chunk).unwrap();
        s.flush().unwrap();
        let until = i * 16 * 1024 + chunk.len();
        while read < until {
            let n = s.read(&mut got[read..until]).unwrap();
            assert!(n > 0, "the server closed after {read} of {len} bytes");
            read += n;
        }
    }
    assert!(got == data, "echoed bytes differ");
}

/// The common name of the certificate the server presented (the `file` of [`Pki::leaf`]).
pub fn peer_common_name(s: &TlsClient) -> String {
    let certs = s.conn.peer_certificates().expect("handshake done");
    let der = certs[0].as_ref();
    // The CN is the UTF8String after the commonName OID (2.5.4.3) in the subject; the leaf's
    // subject holds that one attribute.
    let oid = [0x06, 0x03, 0x55, 0x04, 0x03];
    let at = der
        .windows(oid.len())
        .rposition(|w| w == oid)
        .expect("a common name");
    let len = der[at + oid.len() + 1] as usize;
    let start = at + oid.len() + 2;
    String::from_utf8_lossy(&der[start..start + len]).into_owned()
}

fn pem(label: &str, der: &[u8]) -> String {
    const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut text = String::new();
    for chunk in der.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                text.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                text.push('=');
            }
        }
    }
    let lines: Vec<&str> = text
        .as_bytes()
        .chunks(64)
        .map(|l| std::str::from_utf8(l).unwrap())
        .collect();
    format!(
        "-----BEGIN {label}-----\n{}\n-----END {label}-----\n",
        lines.join("\n")
    )
}
