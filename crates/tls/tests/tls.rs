//! TLS over the ring against a real rustls client on 127.0.0.1: both protocol versions, SNI,
//! ALPN, resumption, and each kind of bad input closing its connection with a reason.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream as StdStream};
use std::rc::Rc;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

use percore_proactor::net::TcpListener;
use percore_proactor::{BufRing, Proactor, spawn};
use percore_tls::{
    CertFiles, TlsConfigError, TlsFiles, TlsStream, accept, expiry, failure_reason, load,
    load_with_warnings,
};

use percore_testkit::tls::{connect, echo_through};
use rustls::{ClientConfig, ClientConnection, StreamOwned};

/// The test CA, handing out certificates as percore-tls names their files.
struct Pki(percore_testkit::tls::Pki);

impl Pki {
    fn new(name: &str) -> Pki {
        Pki(percore_testkit::tls::Pki::new(&format!("tls-{name}")))
    }

    fn leaf(&self, file: &str, names: &[&str], expired: bool) -> CertFiles {
        let f = self.0.leaf(file, names, expired);
        CertFiles {
            cert: f.cert,
            key: f.key,
        }
    }

    fn client(&self, versions: &[&'static rustls::SupportedProtocolVersion]) -> Arc<ClientConfig> {
        self.0.client(versions)
    }
}

/// A TLS echo server on a proactor thread, receiving into 16 KiB ring buffers.
fn echo_server(
    config: Arc<rustls::ServerConfig>,
    limit: Duration,
) -> (SocketAddr, Receiver<Result<String, String>>) {
    echo_server_with(config, limit, 16 * 1024, None)
}

/// A TLS echo server on a proactor thread, receiving into ring buffers of `buf_size` (the
/// handshake, and every read when `hold` is given: [`TlsStream::with_ring`]): what each
/// connection ended with is reported (`Ok("protocol alpn sni clean|unclean")` after an
/// echo session that ended with the client's close_notify or without one, our close_notify
/// sent; or the handshake, read, write or close error).
fn echo_server_with(
    config: Arc<rustls::ServerConfig>,
    limit: Duration,
    buf_size: u32,
    hold: Option<u16>,
) -> (SocketAddr, Receiver<Result<String, String>>) {
    let (addr_tx, addr_rx) = channel();
    let (tx, rx) = channel();
    std::thread::spawn(move || {
        Proactor::builder().build().unwrap().block_on(async move {
            let ring = Rc::new(
                BufRing::builder()
                    .entries(64)
                    .buf_size(buf_size)
                    .build()
                    .unwrap(),
            );
            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            loop {
                let (tcp, _) = listener.accept().await.unwrap();
                let (config, ring, tx) = (config.clone(), ring.clone(), tx.clone());
                spawn(async move {
                    let mut tls = match accept(tcp, config, &ring, limit).await {
                        Ok(tls) => match hold {
                            Some(hold) => tls.with_ring(&ring, hold),
                            None => tls,
                        },
                        Err(e) => {
                            let reason = failure_reason(&e);
                            let _ = tx.send(Err(format!("{:?} [{reason}]: {e}", e.kind())));
                            return;
                        }
                    };
                    let summary = format!(
                        "{:?} {:?} {:?}",
                        tls.protocol_version(),
                        tls.alpn().map(|a| String::from_utf8_lossy(a).into_owned()),
                        tls.server_name()
                    );
                    let mut buf = Vec::new();
                    let end = loop {
                        match tls.read(&mut buf).await {
                            Ok(0) => break Ok(format!("{summary} clean")),
                            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => {
                                break Ok(format!("{summary} unclean"));
                            }
                            Ok(_) => {
                                if let Err(e) = tls.write_all(&buf).await {
                                    break Err(format!("write: {e}"));
                                }
                                buf.clear();
                            }
                            Err(e) => break Err(format!("read {:?}: {e}", e.kind())),
                        }
                    };
                    let end = match (end, tls.close().await) {
                        // After a clean end the client still listens for our close_notify;
                        // after an unclean one it may have gone.
                        (Ok(summary), Err(e)) if summary.ends_with(" clean") => {
                            Err(format!("close: {e} after {summary}"))
                        }
                        (end, _) => end,
                    };
                    let _ = tx.send(end);
                })
                .detach();
            }
        });
    });
    (addr_rx.recv().unwrap(), rx)
}

/// Runs `serve` on the first connection a proactor thread accepts, once its handshake is
/// done (ring buffers of 16 KiB); the address to connect to.
fn serve_one<F, Fut>(config: Arc<rustls::ServerConfig>, serve: F) -> SocketAddr
where
    F: FnOnce(TlsStream, BufRing) -> Fut + Send + 'static,
    Fut: Future<Output = ()>,
{
    serve_tcp(move |tcp, ring| async move {
        let tls = accept(tcp, config, &ring, Duration::from_secs(5))
            .await
            .unwrap();
        serve(tls, ring).await;
    })
}

/// [`serve_one`] with a certificate for `a.test` made for it (named `name`), the stream
/// reading through the ring (4 buffers held at most) when `through_ring` is set.
fn serve_one_through<F, Fut>(name: &str, through_ring: bool, serve: F) -> (Pki, SocketAddr)
where
    F: FnOnce(TlsStream) -> Fut + Send + 'static,
    Fut: Future<Output = ()>,
{
    let pki = Pki::new(name);
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let addr = serve_one(config, move |tls, ring| async move {
        let tls = if through_ring {
            tls.with_ring(&ring, 4)
        } else {
            tls
        };
        serve(tls).await;
    });
    (pki, addr)
}

/// Runs `serve` on the first TCP connection a proactor thread accepts, with a ring of 16 KiB
/// buffers; the address to connect to.
fn serve_tcp<F, Fut>(serve: F) -> SocketAddr
where
    F: FnOnce(percore_proactor::net::TcpStream, BufRing) -> Fut + Send + 'static,
    Fut: Future<Output = ()>,
{
    let (addr_tx, addr_rx) = channel();
    std::thread::spawn(move || {
        Proactor::builder().build().unwrap().block_on(async move {
            let ring = BufRing::builder()
                .entries(16)
                .buf_size(16 * 1024)
                .build()
                .unwrap();
            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            addr_tx.send(listener.local_addr().unwrap()).unwrap();
            let (tcp, _) = listener.accept().await.unwrap();
            serve(tcp, ring).await;
        });
    });
    addr_rx.recv().unwrap()
}

/// Echoes what each read brings until the client ends, then closes; `after` runs once each
/// echo has gone.
async fn echo_each(tls: &mut TlsStream, mut after: impl AsyncFnMut(&TlsStream)) {
    let mut buf = Vec::new();
    loop {
        match tls.read(&mut buf).await {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
        tls.write_all(&buf).await.unwrap();
        buf.clear();
        after(tls).await;
    }
    let _ = tls.close().await;
}

fn echo(stream: &mut StreamOwned<ClientConnection, StdStream>, len: usize) {
    echo_through(stream, 0, len);
}

/// An echo server with one certificate, for `a.test`.
fn one_cert_server(name: &str) -> (Pki, SocketAddr, Receiver<Result<String, String>>) {
    let pki = Pki::new(name);
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let (addr, done) = echo_server(config, Duration::from_secs(5));
    (pki, addr, done)
}

fn files(default: CertFiles) -> TlsFiles {
    TlsFiles {
        default,
        sni: Vec::new(),
        alpn: vec![b"http/1.1".to_vec()],
        resumption: true,
    }
}

#[test]
fn tls13_and_tls12_echo_with_alpn() {
    let pki = Pki::new("versions");
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let (addr, done) = echo_server(config, Duration::from_secs(5));
    for (versions, expect) in [
        (&[&rustls::version::TLS13][..], "TLSv1_3"),
        (&[&rustls::version::TLS12][..], "TLSv1_2"),
    ] {
        let mut s = connect(addr, pki.client(versions), "a.test");
        // Written before the handshake has begun: it leaves with (or right behind) the
        // client's Finished, and reaches the server in the buffer that ends the handshake.
        s.conn.writer().write_all(b"early").unwrap();
        let mut early = [0u8; 5];
        s.read_exact(&mut early).unwrap();
        assert_eq!(&early, b"early");
        echo(&mut s, 200_000);
        assert_eq!(s.conn.alpn_protocol(), Some(&b"http/1.1"[..]));
        s.conn.send_close_notify();
        s.flush().unwrap();
        // The server answers with its own close_notify: a clean end of stream here, where a
        // close without one is an error to a rustls client.
        let mut rest = Vec::new();
        s.read_to_end(&mut rest).unwrap();
        assert!(rest.is_empty());
        let summary = done.recv_timeout(Duration::from_secs(10)).unwrap().unwrap();
        assert!(summary.contains(expect), "{summary}");
        assert!(
            summary.contains("http/1.1") && summary.contains("a.test"),
            "{summary}"
        );
        assert!(summary.ends_with(" clean"), "{summary}");
    }
}

#[test]
fn a_burst_past_rustls_plaintext_buffer_is_echoed_whole() {
    // 64 KiB receive buffers hold four times what rustls takes before the application reads
    // (16 KiB of plaintext): the rest is kept by the stream, the buffer goes back to the ring.
    let pki = Pki::new("burst");
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let (addr, done) = echo_server_with(config, Duration::from_secs(5), 64 * 1024, None);
    let mut s = connect(addr, pki.client(&[&rustls::version::TLS13]), "a.test");
    let data: Vec<u8> = (0..256 * 1024).map(|i: usize| (i % 253) as u8).collect();
    s.write_all(&data).unwrap();
    s.flush().unwrap();
    let mut got = vec![0u8; data.len()];
    s.read_exact(&mut got).unwrap();
    assert!(got == data, "echoed bytes differ");
    drop(s);
    let summary = done.recv_timeout(Duration::from_secs(10)).unwrap().unwrap();
    assert!(
        summary.ends_with(" unclean"),
        "closed without close_notify: {summary}"
    );
}

#[test]
fn sni_picks_the_certificate_and_unknown_names_get_the_default() {
    let pki = Pki::new("sni");
    // The default certificate alone is valid for the names below that no entry matches (and
    // for the client that sends no SNI, connecting by address): a handshake to one of them
    // succeeds only if the default was chosen.
    let unmatched = ["default.test", "other.test", "wild.test", "a.b.wild.test"];
    let mut default_names = unmatched.to_vec();
    default_names.push("127.0.0.1");
    let mut tls = files(pki.leaf("default", &default_names, false));
    tls.sni = vec![
        ("B.Test".to_string(), pki.leaf("b", &["b.test"], false)),
        (
            "*.wild.test".to_string(),
            pki.leaf("wild", &["*.wild.test"], false),
        ),
    ];
    let (addr, done) = echo_server(load(&tls).unwrap(), Duration::from_secs(5));
    let client = pki.client(&[&rustls::version::TLS13]);
    // Each matched name verifies only against its own certificate.
    for name in ["b.test", "x.wild.test"].iter().chain(&unmatched) {
        let mut s = connect(addr, client.clone(), name);
        echo(&mut s, 1000);
        drop(s);
        let summary = done.recv_timeout(Duration::from_secs(10)).unwrap().unwrap();
        assert!(summary.contains(&format!("Some(\"{name}\")")), "{summary}");
    }
    // No SNI at all (a client connecting by IP address sends none): the default.
    let mut s = connect(addr, client, "127.0.0.1");
    echo(&mut s, 1000);
    drop(s);
    let summary = done.recv_timeout(Duration::from_secs(10)).unwrap().unwrap();
    assert!(summary.contains(" None "), "no SNI: {summary}");
}

/// The handshakes of three connections in a row, one client configuration (rustls keeps
/// what the server gives it to resume with, and offers it), TLS 1.3 then TLS 1.2.
fn three_handshakes(resumption: bool, name: &str) -> Vec<Option<rustls::HandshakeKind>> {
    let pki = Pki::new(name);
    let mut tls = files(pki.leaf("a", &["a.test"], false));
    tls.resumption = resumption;
    // As a worker has it.
    let config = percore_tls::for_worker(&load(&tls).unwrap());
    let (addr, done) = echo_server(config, Duration::from_secs(5));
    let mut kinds = Vec::new();
    for version in [&rustls::version::TLS13, &rustls::version::TLS12] {
        let client = pki.client(&[version]);
        for _ in 0..3 {
            let mut s = connect(addr, client.clone(), "a.test");
            echo(&mut s, 100);
            kinds.push(s.conn.handshake_kind());
            s.conn.send_close_notify();
            s.flush().unwrap();
            done.recv_timeout(Duration::from_secs(10)).unwrap().unwrap();
        }
    }
    kinds
}

#[test]
fn a_second_connection_resumes_with_a_ticket() {
    use rustls::HandshakeKind::{Full, Resumed};
    let kinds = three_handshakes(true, "resume");
    let want = [Full, Resumed, Resumed].map(Some);
    assert_eq!(kinds, [want, want].concat());
}

#[test]
fn with_resumption_off_every_connection_runs_a_full_handshake() {
    let kinds = three_handshakes(false, "no-resume");
    assert_eq!(kinds, vec![Some(rustls::HandshakeKind::Full); 6]);
}

/// Sends `bytes` raw, then reads until the server closes (or 10 s): what came back.
fn raw_exchange(addr: SocketAddr, bytes: &[u8], then_close: bool) -> Vec<u8> {
    let mut tcp = StdStream::connect(addr).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    tcp.write_all(bytes).unwrap();
    if then_close {
        tcp.shutdown(std::net::Shutdown::Write).unwrap();
    }
    let mut got = Vec::new();
    let _ = tcp.read_to_end(&mut got);
    got
}

#[test]
fn bad_input_closes_the_connection_with_a_reason() {
    let pki = Pki::new("bad");
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    // Refusals on a server with a long limit (so none of them can turn into a timeout on a
    // busy machine); the time limit on one with a short one.
    let (addr, done) = echo_server(config.clone(), Duration::from_secs(30));
    let reason = || {
        done.recv_timeout(Duration::from_secs(10))
            .unwrap()
            .unwrap_err()
    };
    let (short_addr, short_done) = echo_server(config, Duration::from_millis(300));
    let short_reason = || {
        short_done
            .recv_timeout(Duration::from_secs(10))
            .unwrap()
            .unwrap_err()
    };

    // A plaintext HTTP request on the TLS port: no HTTP answer, at most an alert, then close.
    let got = raw_exchange(addr, b"GET / HTTP/1.1\r\nHost: a.test\r\n\r\n", false);
    assert!(got.is_empty() || got[0] == 0x15, "{got:?}");
    assert!(reason().starts_with("InvalidData [malformed]"));

    // Garbage.
    let got = raw_exchange(addr, &[0xde; 300], false);
    assert!(got.is_empty() || got[0] == 0x15, "{got:?}");
    assert!(reason().starts_with("InvalidData [malformed]"));

    // A ClientHello record header promising more than is sent, then silence: cut off.
    let start = std::time::Instant::now();
    let got = raw_exchange(
        short_addr,
        &[0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00],
        false,
    );
    assert!(got.is_empty(), "{got:?}");
    assert!(short_reason().starts_with("TimedOut [timeout]"));
    assert!(start.elapsed() < Duration::from_secs(5));

    // A client that opens TCP and sends nothing: cut off too.
    let got = raw_exchange(short_addr, b"", false);
    assert!(got.is_empty());
    assert!(short_reason().starts_with("TimedOut"));

    // A client that stops mid-handshake and closes.
    let got = raw_exchange(addr, &[0x16, 0x03, 0x01, 0x02, 0x00, 0x01], true);
    assert!(got.is_empty() || got[0] == 0x15, "{got:?}");
    assert!(reason().starts_with("UnexpectedEof [closed]"));
}

#[test]
fn a_tls11_client_is_refused() {
    let (_pki, addr, done) = one_cert_server("old");
    // A TLS 1.1 ClientHello: legacy version 0x0302, no supported_versions extension.
    let mut hello = vec![0x03, 0x02];
    hello.extend_from_slice(&[0x11; 32]); // random
    hello.push(0); // session id
    hello.extend_from_slice(&[0x00, 0x02, 0x00, 0x2f]); // TLS_RSA_WITH_AES_128_CBC_SHA
    hello.extend_from_slice(&[0x01, 0x00]); // no compression
    let mut handshake = vec![0x01, 0x00, 0x00, hello.len() as u8];
    handshake.extend_from_slice(&hello);
    let mut record = vec![0x16, 0x03, 0x01, 0x00, handshake.len() as u8];
    record.extend_from_slice(&handshake);
    let got = raw_exchange(addr, &record, false);
    assert_eq!(got.first(), Some(&0x15), "an alert: {got:?}");
    let reason = done
        .recv_timeout(Duration::from_secs(10))
        .unwrap()
        .unwrap_err();
    assert!(reason.starts_with("InvalidData [incompatible]"), "{reason}");
}

#[test]
fn a_truncated_record_then_a_close_is_an_unclean_end() {
    let (pki, addr, done) = one_cert_server("trunc");
    let mut s = connect(addr, pki.client(&[&rustls::version::TLS13]), "a.test");
    echo(&mut s, 100);
    // Half of an application-data record, then TCP close.
    s.sock
        .write_all(&[0x17, 0x03, 0x03, 0x00, 0x40, 1, 2, 3])
        .unwrap();
    s.sock.shutdown(std::net::Shutdown::Write).unwrap();
    // rustls saw the half record, then the end of the stream without a close_notify.
    let end = done.recv_timeout(Duration::from_secs(10)).unwrap().unwrap();
    assert!(end.ends_with(" unclean"), "{end}");
}

/// A client and a [`percore_tls::Session`] handshaken in memory, with no socket between them.
fn in_memory(pki: &Pki) -> (ClientConnection, percore_tls::Session) {
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let mut session = percore_tls::Session::new(config).unwrap();
    let name = rustls::pki_types::ServerName::try_from("a.test").unwrap();
    let mut client = ClientConnection::new(pki.client(&[&rustls::version::TLS13]), name).unwrap();
    while client.is_handshaking() || session.is_handshaking() {
        let mut flight = Vec::new();
        while client.wants_write() {
            client.write_tls(&mut flight).unwrap();
        }
        session.decrypt(&flight, &mut Vec::new()).unwrap();
        let mut answer = Vec::new();
        session.take_output(&mut answer);
        client.read_tls(&mut &answer[..]).unwrap();
        client.process_new_packets().unwrap();
    }
    (client, session)
}

#[test]
fn after_a_broken_record_the_session_seals_nothing_but_its_alert() {
    let pki = Pki::new("broken");
    let (mut client, mut session) = in_memory(&pki);
    // Its tickets, taken.
    let mut tickets = Vec::new();
    session.take_output(&mut tickets);
    client.read_tls(&mut &tickets[..]).unwrap();
    client.process_new_packets().unwrap();
    let mut record = Vec::new();
    client.writer().write_all(b"hello").unwrap();
    client.write_tls(&mut record).unwrap();
    *record.last_mut().unwrap() ^= 1;
    let mut plaintext = Vec::new();
    let e = session.decrypt(&record, &mut plaintext).unwrap_err();
    assert_eq!(e.kind(), std::io::ErrorKind::InvalidData);
    assert!(session.failed() && plaintext.is_empty());
    // Nothing is sealed after the alert rustls queued; a close sends that alert alone.
    let mut out = Vec::new();
    let refused = session.encrypt(b"a response", &mut out).unwrap_err();
    assert_eq!(refused.kind(), std::io::ErrorKind::BrokenPipe);
    assert!(out.is_empty());
    session.close(&mut out);
    let len = usize::from(u16::from_be_bytes([out[3], out[4]]));
    assert_eq!(out.len(), 5 + len, "one record, no close_notify behind it");
    client.read_tls(&mut &out[..]).unwrap();
    let alert = client.process_new_packets().unwrap_err();
    assert_eq!(
        alert,
        rustls::Error::AlertReceived(rustls::AlertDescription::BadRecordMac)
    );
    assert!(!client.wants_write());
}

#[test]
fn configuration_errors_name_the_file() {
    let pki = Pki::new("errors");
    let good = pki.leaf("good", &["a.test"], false);
    let other = pki.leaf("other", &["a.test"], false);
    let message = |f: TlsFiles| load(&f).unwrap_err().to_string();

    let missing = pki.0.dir.join("missing.crt");
    let m = message(TlsFiles::new(&missing, &good.key));
    assert!(
        m.contains("missing.crt") && m.contains("No such file"),
        "{m}"
    );

    let m = message(TlsFiles::new(&good.key, &good.key));
    assert!(
        m.contains("good.key") && m.contains("no certificate"),
        "{m}"
    );

    let m = message(TlsFiles::new(&good.cert, &good.cert));
    assert!(
        m.contains("good.crt") && m.contains("no private key"),
        "{m}"
    );

    let m = message(TlsFiles::new(&good.cert, &other.key));
    assert!(
        m.contains("other.key") && m.contains("good.crt") && m.contains("not the key"),
        "{m}"
    );

    // A certificate whose PEM decodes but whose DER does not parse (its first byte, the
    // outer SEQUENCE's tag, made 0x34) is the certificate's fault, not the key's.
    let pem = std::fs::read_to_string(&good.cert).unwrap();
    let body = pem.find("MII").expect("a DER SEQUENCE of two length bytes");
    let broken = pki.0.dir.join("broken.crt");
    std::fs::write(&broken, format!("{}N{}", &pem[..body], &pem[body + 1..])).unwrap();
    let m = message(TlsFiles::new(&broken, &good.key));
    assert!(
        m.contains("broken.crt") && !m.contains("not the key"),
        "{m}"
    );

    let mut bad_name = files(good.clone());
    bad_name.sni = vec![("no spaces.test".into(), good.clone())];
    assert!(message(bad_name).contains("no spaces.test"));

    // The same name twice, however written, is an error rather than the last one winning.
    let mut twice = files(good.clone());
    twice.sni = vec![
        ("b.test".into(), good.clone()),
        ("B.test.".into(), other.clone()),
    ];
    let m = message(twice);
    assert!(m.contains("b.test") && m.contains("twice"), "{m}");
    let mut wildcards = files(good.clone());
    wildcards.sni = vec![
        ("*.b.test".into(), good.clone()),
        ("*.B.TEST".into(), good.clone()),
    ];
    assert!(message(wildcards).contains("twice"));

    let garbage = pki.0.dir.join("garbage.crt");
    std::fs::write(
        &garbage,
        "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    let m = message(TlsFiles::new(&garbage, &good.key));
    assert!(m.contains("garbage.crt"), "{m}");

    assert!(matches!(
        load(&TlsFiles::new(&missing, &good.key)),
        Err(TlsConfigError::Read { .. })
    ));
}

#[test]
fn an_expired_certificate_loads_and_its_expiry_is_known() {
    let pki = Pki::new("expired");
    let old = pki.leaf("old", &["a.test"], true);
    assert!(load(&files(old.clone())).is_ok());
    let (_, warnings) = load_with_warnings(&files(old.clone())).unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(
        warnings[0].contains("old.crt") && warnings[0].contains("expired"),
        "{warnings:?}"
    );
    let end = expiry(&old).unwrap().unwrap();
    assert_eq!(
        end.duration_since(std::time::UNIX_EPOCH).unwrap().as_secs(),
        1_577_836_800
    );
    let fresh = expiry(&pki.leaf("fresh", &["a.test"], false))
        .unwrap()
        .unwrap();
    assert!(fresh > std::time::SystemTime::now());
}

#[test]
fn a_large_write_to_a_client_that_reads_late_arrives_whole_and_in_order() {
    // A write of a full record (16 KiB) or more hands rustls' records to the socket at once
    // while it has room; once it has none, the rest goes through a buffer and the ring. A
    // client that reads nothing for a while makes the switch happen mid-write: every byte
    // must still arrive, in order, on either backend. Half the data goes in one write (256 KiB
    // steps), the rest in writes of 20,000 bytes, so that the socket fills during one or the
    // other.
    let pki = Pki::new("late-reader");
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let data: Vec<u8> = (0..6 * 1024 * 1024 + 333)
        .map(|i: usize| (i % 251) as u8)
        .collect();
    let sent = data.clone();
    let (done_tx, done_rx) = channel();
    let addr = serve_one(config, |mut tls, _ring| async move {
        let (whole, pieces) = sent.split_at(sent.len() / 2);
        let mut res = tls.write_all(whole).await;
        for piece in pieces.chunks(20_000) {
            if res.is_ok() {
                res = tls.write_all(piece).await;
            }
        }
        let _ = tls.close().await;
        done_tx.send(res.map_err(|e| e.to_string())).unwrap();
    });
    let mut s = connect(addr, pki.client(&[&rustls::version::TLS13]), "a.test");
    // The handshake, then nothing read for a while: the server's socket fills.
    while s.conn.is_handshaking() {
        s.conn.complete_io(&mut s.sock).unwrap();
    }
    std::thread::sleep(Duration::from_millis(300));
    let mut got = vec![0u8; data.len()];
    s.read_exact(&mut got).unwrap();
    assert!(got == data, "bytes differ");
    done_rx
        .recv_timeout(Duration::from_secs(10))
        .unwrap()
        .unwrap();
}

#[test]
fn after_a_send_dropped_part_way_nothing_more_is_written() {
    // A write to a client that reads nothing fills the socket and waits on the ring; a
    // timeout drops it part way. The records after it could overtake what is still queued, so
    // the next write, and the close's close_notify, fail instead: the stream is torn.
    let pki = Pki::new("torn");
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let (done_tx, done_rx) = channel();
    let addr = serve_one(config, |mut tls, _ring| async move {
        let big = vec![7u8; 16 << 20];
        let first =
            percore_proactor::time::timeout(Duration::from_millis(300), tls.write_all(&big)).await;
        let small = tls.write_all(b"after").await;
        let large = tls.write_all(&big[..20_000]).await;
        let close = tls.close().await;
        let kinds = [small, large, close].map(|r| r.map_err(|e| e.kind()));
        done_tx.send((first.is_err(), kinds)).unwrap();
    });
    let mut s = connect(addr, pki.client(&[&rustls::version::TLS13]), "a.test");
    while s.conn.is_handshaking() {
        s.conn.complete_io(&mut s.sock).unwrap();
    }
    let (timed_out, kinds) = done_rx.recv_timeout(Duration::from_secs(20)).unwrap();
    assert!(
        timed_out,
        "the first write waited on a full socket and was dropped"
    );
    let broken = Err(std::io::ErrorKind::BrokenPipe);
    assert_eq!(kinds, [broken, broken, broken]);
}

/// A socket stand-in for `Session::encrypt_sending`: takes `first` bytes, then refuses once
/// with `refusal` (`WouldBlock`: no room; `Interrupted`: a signal), then takes everything.
struct Flaky {
    wire: Vec<u8>,
    first: usize,
    refusal: std::io::ErrorKind,
    refused: bool,
}

impl Write for Flaky {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let room = match (self.wire.len() < self.first, self.refused) {
            (true, _) => self.first - self.wire.len(),
            (false, false) => {
                self.refused = true;
                return Err(self.refusal.into());
            }
            (false, true) => usize::MAX,
        };
        let n = buf.len().min(room);
        self.wire.extend_from_slice(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn records_sent_at_once_and_through_the_buffer_stay_in_order() {
    // Records go to the socket while it has room; from the first refusal on, every later
    // record goes to the buffer, even when the socket has room again: the socket's bytes then
    // the buffer's are the stream, in order. A send interrupted by a signal is no error: the
    // rest goes to the buffer as when the socket is full.
    for refusal in [
        std::io::ErrorKind::WouldBlock,
        std::io::ErrorKind::Interrupted,
    ] {
        sent_at_once_then_buffered(refusal);
    }
}

fn sent_at_once_then_buffered(refusal: std::io::ErrorKind) {
    let pki = Pki::new("send-now-order");
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let mut server = percore_tls::Session::new(config).unwrap();
    let mut client = ClientConnection::new(
        pki.client(&[&rustls::version::TLS13]),
        "a.test".try_into().unwrap(),
    )
    .unwrap();
    let mut plaintext = Vec::new();
    while client.is_handshaking() || server.is_handshaking() {
        let mut to_server = Vec::new();
        client.write_tls(&mut to_server).unwrap();
        server.decrypt(&to_server, &mut plaintext).unwrap();
        let mut to_client = Vec::new();
        server.take_output(&mut to_client);
        client.read_tls(&mut &to_client[..]).unwrap();
        client.process_new_packets().unwrap();
    }
    let data: Vec<u8> = (0..300 * 1024)
        .map(|i: usize| (i * 7 % 251) as u8)
        .collect();
    let mut now = Flaky {
        wire: Vec::new(),
        first: 40_000,
        refusal,
        refused: false,
    };
    let mut out = Vec::new();
    server
        .encrypt_sending(&data, &mut out, &mut now)
        .unwrap_or_else(|e| panic!("{refusal:?}: {e}"));
    assert!(
        now.refused && !out.is_empty(),
        "{refusal:?}: the switch did not happen"
    );
    let mut wire = now.wire;
    wire.extend_from_slice(&out);
    let mut got = Vec::new();
    let mut rest = &wire[..];
    while !rest.is_empty() {
        client.read_tls(&mut rest).unwrap();
        client.process_new_packets().unwrap();
        let _ = client.reader().read_to_end(&mut got);
    }
    assert!(
        got == data,
        "{refusal:?}: {} bytes back of {}",
        got.len(),
        data.len()
    );
}

#[test]
fn a_client_that_sends_without_reading_is_held_back_and_echoed_whole() {
    // On the readiness path and through the ring (whose receive pauses past its hold).
    for hold in [None, Some(2)] {
        a_stalled_sender_is_held_back(hold);
    }
}

fn a_stalled_sender_is_held_back(hold: Option<u16>) {
    // Client A sends 32 MiB of records without reading the echo: the server's write waits
    // for its socket and receives little or nothing meanwhile, so the rest waits in A's
    // socket (A's writes block) instead of piling up in the server's memory or receive
    // buffers. Client B, on the same worker, is echoed while A stalls; then A reads and gets
    // every byte back, in order.
    let pki = Pki::new("stalled-sender");
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let (addr, _ends) = echo_server_with(config, Duration::from_secs(10), 16 * 1024, hold);
    let client = pki.client(&[&rustls::version::TLS13]);

    let mut a = connect(addr, client.clone(), "a.test");
    while a.conn.is_handshaking() {
        a.conn.complete_io(&mut a.sock).unwrap();
    }
    let data: Vec<u8> = (0..32 * 1024 * 1024 + 77)
        .map(|i: usize| (i % 253) as u8)
        .collect();
    a.conn.set_buffer_limit(None);
    a.conn.writer().write_all(&data).unwrap();
    let mut records = Vec::new();
    while a.conn.wants_write() {
        a.conn.write_tls(&mut records).unwrap();
    }
    let mut wire = a.sock.try_clone().unwrap();
    let writer = std::thread::spawn(move || wire.write_all(&records));
    std::thread::sleep(Duration::from_millis(1500));
    assert!(
        !writer.is_finished(),
        "the server took in all of a client's data while it read nothing back"
    );

    let mut b = connect(addr, client, "a.test");
    b.sock
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    echo(&mut b, 200 * 1024);

    let mut got = vec![0u8; data.len()];
    a.read_exact(&mut got).unwrap();
    assert!(got == data, "echoed bytes differ");
    writer.join().unwrap().unwrap();
}

#[test]
fn between_reads_what_the_client_sends_stays_in_its_socket() {
    // Nothing is received while the connection is not reading: the bytes wait in the socket
    // (not in the core's buffers or the stream's memory), and the next read takes them whole.
    let pki = Pki::new("between-reads");
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let (seen_tx, seen_rx) = channel();
    let addr = serve_one(config, |mut tls, _ring| async move {
        let mut first = true;
        echo_each(&mut tls, async |tls| {
            if std::mem::take(&mut first) {
                percore_proactor::time::sleep(Duration::from_millis(300)).await;
                seen_tx.send(tls.tcp().unread_bytes().unwrap()).unwrap();
            }
        })
        .await;
    });
    let mut s = connect(addr, pki.client(&[&rustls::version::TLS13]), "a.test");
    echo(&mut s, 1000);
    let data: Vec<u8> = (0..100_000).map(|i: usize| (i % 241) as u8).collect();
    s.write_all(&data).unwrap();
    let unread = seen_rx.recv_timeout(Duration::from_secs(5)).unwrap();
    assert!(
        unread > 100_000,
        "the server took the client's bytes in between reads: {unread} left in the socket"
    );
    let mut got = vec![0u8; data.len()];
    s.read_exact(&mut got).unwrap();
    assert!(got == data, "echoed bytes differ");
}

#[test]
fn records_followed_at_once_by_a_close_are_read_before_the_end_is_reported() {
    for ring in [false, true] {
        records_then_a_close(ring, 65_542);
    }
    // A small message through the ring, which it never leaves.
    records_then_a_close(true, 100);
}

fn records_then_a_close(through_ring: bool, len: usize) {
    // A client sends a message and closes TCP (no close_notify) before the server reads. The
    // message's records fill the server's receive buffer exactly (as many bytes as 64 KiB of
    // plaintext can take as records), so the receive after them finds the end in the same
    // read: the records' plaintext comes back from that read, and only the next read reports
    // the unclean end.
    let (seen_tx, seen_rx) = channel();
    let (pki, addr) =
        serve_one_through("data-then-close", through_ring, move |mut tls| async move {
            // Everything, the end included, is in the socket before the first read.
            percore_proactor::time::sleep(Duration::from_millis(300)).await;
            let mut buf = Vec::new();
            let first = tls.read(&mut buf).await.map_err(|e| e.kind());
            let second = tls.read(&mut buf).await.map_err(|e| e.kind());
            seen_tx.send((first, second, buf)).unwrap();
        });
    let mut s = connect(addr, pki.client(&[&rustls::version::TLS13]), "a.test");
    while s.conn.is_handshaking() {
        s.conn.complete_io(&mut s.sock).unwrap();
    }
    // 65,542 bytes: five records (TLS 1.3: 22 bytes each around the plaintext) of 64 KiB
    // and 22 bytes in all.
    let data: Vec<u8> = (0..len).map(|i: usize| (i % 239) as u8).collect();
    s.conn.set_buffer_limit(None);
    s.conn.writer().write_all(&data).unwrap();
    let mut records = Vec::new();
    while s.conn.wants_write() {
        s.conn.write_tls(&mut records).unwrap();
    }
    assert!(
        len != 65_542 || records.len() == percore_tls::sealed_len(64 * 1024),
        "the test's premise"
    );
    s.sock.write_all(&records).unwrap();
    s.sock.shutdown(std::net::Shutdown::Write).unwrap();
    let (first, second, buf) = seen_rx.recv_timeout(Duration::from_secs(5)).unwrap();
    assert_eq!(first, Ok(data.len()));
    assert!(buf == data, "bytes differ");
    assert_eq!(second, Err(std::io::ErrorKind::UnexpectedEof));
}

#[test]
fn read_ready_takes_what_has_come_without_waiting() {
    for ring in [false, true] {
        read_ready_takes_what_has_come(ring);
    }
}

fn read_ready_takes_what_has_come(through_ring: bool) {
    // Before anything has come, `read_ready` gives nothing at once; after a read, two more
    // messages come while the connection does something else: one `read_ready` takes both
    // (through the ring, two received buffers queued on its receive), a second nothing.
    let (seen_tx, seen_rx) = channel();
    let (pki, addr) = serve_one_through("read-ready", through_ring, move |mut tls| async move {
        let mut buf = Vec::new();
        let before = tls.read_ready(&mut buf).map_err(|e| e.kind());
        let first = tls.read(&mut buf).await.map_err(|e| e.kind());
        buf.clear();
        percore_proactor::time::sleep(Duration::from_millis(400)).await;
        let ready = tls.read_ready(&mut buf).map_err(|e| e.kind());
        let again = tls.read_ready(&mut Vec::new()).map_err(|e| e.kind());
        seen_tx.send((before, first, ready, buf, again)).unwrap();
    });
    let mut s = connect(addr, pki.client(&[&rustls::version::TLS13]), "a.test");
    while s.conn.is_handshaking() {
        s.conn.complete_io(&mut s.sock).unwrap();
    }
    // Well after the server's `read_ready` that finds nothing.
    std::thread::sleep(Duration::from_millis(200));
    s.write_all(&[1; 100]).unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let (two, three) = ([2u8; 100], [3u8; 5000]);
    s.write_all(&two).unwrap();
    s.flush().unwrap();
    std::thread::sleep(Duration::from_millis(20));
    s.write_all(&three).unwrap();
    s.flush().unwrap();
    let (before, first, ready, buf, again) = seen_rx.recv_timeout(Duration::from_secs(5)).unwrap();
    assert_eq!(before, Ok(0));
    assert_eq!(first, Ok(100));
    assert_eq!(ready, Ok(5100), "through the ring: {through_ring}");
    assert!(buf[..100] == two && buf[100..] == three, "bytes differ");
    assert_eq!(again, Ok(0));
}

#[test]
fn a_client_that_keeps_the_socket_full_does_not_hold_the_worker() {
    for ring in [false, true] {
        a_full_socket_does_not_hold_the_worker(ring);
    }
}

fn a_full_socket_does_not_hold_the_worker(through_ring: bool) {
    // A client sends 64 MiB of records prepared beforehand, and the server spends 1 ms on
    // each read's plaintext without waiting, so every receive finds the socket full and no
    // read ever has to wait. The reading task must still let the worker's other tasks run
    // between reads: a task that sleeps 1 ms at a time on the same worker is never kept
    // waiting for long (without the yield, for the whole transfer: over 300 ms).
    let total = 64 * 1024 * 1024;
    let (gap_tx, gap_rx) = channel();
    let (pki, addr) = serve_one_through("full-socket", through_ring, move |mut tls| async move {
        let flooding = Rc::new(std::cell::Cell::new(true));
        let watch = {
            let flooding = flooding.clone();
            spawn(async move {
                let mut worst = Duration::ZERO;
                let mut last = std::time::Instant::now();
                while flooding.get() {
                    percore_proactor::time::sleep(Duration::from_millis(1)).await;
                    worst = worst.max(last.elapsed());
                    last = std::time::Instant::now();
                }
                worst
            })
        };
        let mut buf = Vec::new();
        let mut got = 0;
        while got < total {
            match tls.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => got += n,
            }
            buf.clear();
            let busy = std::time::Instant::now();
            while busy.elapsed() < Duration::from_millis(1) {}
        }
        flooding.set(false);
        let worst = watch.await.unwrap();
        gap_tx.send((got, worst)).unwrap();
    });
    let mut s = connect(addr, pki.client(&[&rustls::version::TLS13]), "a.test");
    while s.conn.is_handshaking() {
        s.conn.complete_io(&mut s.sock).unwrap();
    }
    s.conn.set_buffer_limit(None);
    s.conn.writer().write_all(&vec![5u8; total]).unwrap();
    let mut records = Vec::new();
    while s.conn.wants_write() {
        s.conn.write_tls(&mut records).unwrap();
    }
    s.sock.write_all(&records).unwrap();
    let (got, worst) = gap_rx.recv_timeout(Duration::from_secs(60)).unwrap();
    assert_eq!(got, total);
    assert!(
        worst < Duration::from_millis(150),
        "another task of the worker waited {worst:?} while one connection read"
    );
}

#[test]
fn through_a_ring_large_messages_move_to_the_readiness_path_and_small_ones_back() {
    // One connection, messages of every size in turn: each comes back whole, and the path
    // each read took is the one the sizes call for (the ring for small messages, the
    // readiness path once receives keep filling the ring's 16 KiB buffers, the ring again
    // after eight small messages in a row).
    let pki = Pki::new("ring-intake");
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let (paths_tx, paths_rx) = channel();
    let addr = serve_one(config, move |tls, ring| async move {
        let mut tls = tls.with_ring(&ring, 4);
        echo_each(&mut tls, async |tls| {
            paths_tx.send(tls.receives_through_ring()).unwrap();
        })
        .await;
    });
    let mut s = connect(addr, pki.client(&[&rustls::version::TLS13]), "a.test");
    while s.conn.is_handshaking() {
        s.conn.complete_io(&mut s.sock).unwrap();
    }
    s.conn.set_buffer_limit(None);
    // On epoll `with_ring` changes nothing: every read takes the readiness path.
    let ring = backend() == percore_proactor::Backend::IoUring;
    // The path after each read of the last message (a large one takes several reads).
    let paths = || {
        let mut paths = vec![paths_rx.recv_timeout(Duration::from_secs(5)).unwrap()];
        while let Ok(p) = paths_rx.recv_timeout(Duration::from_millis(50)) {
            paths.push(p);
        }
        paths
    };
    let small = |s: &mut percore_testkit::tls::TlsClient, seed| {
        echo_through(s, seed, 100);
        *paths().last().unwrap()
    };
    // A message sent in one burst, read back while it is being written.
    let burst = |s: &mut percore_testkit::tls::TlsClient, len: usize| {
        let data: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
        s.conn.writer().write_all(&data).unwrap();
        let mut records = Vec::new();
        while s.conn.wants_write() {
            s.conn.write_tls(&mut records).unwrap();
        }
        let mut wire = s.sock.try_clone().unwrap();
        let writer = std::thread::spawn(move || wire.write_all(&records));
        let mut got = vec![0u8; len];
        s.read_exact(&mut got).unwrap();
        writer.join().unwrap().unwrap();
        assert!(got == data, "a {len}-byte burst came back changed");
        *paths().last().unwrap()
    };
    if !ring {
        for seed in 0..10 {
            assert!(!small(&mut s, seed), "a read took the ring on epoll");
        }
        assert!(!burst(&mut s, 1 << 20));
        echo_through(&mut s, 9, 300_000);
        return;
    }
    for seed in 0..3 {
        assert!(small(&mut s, seed), "a small message left the ring");
    }
    assert!(!burst(&mut s, 1 << 20), "a 1 MiB burst stayed in the ring");
    let back: Vec<bool> = (0..10).map(|seed| small(&mut s, seed)).collect();
    // Eight small reads in a row, the burst's last ones among them.
    let at = back.iter().position(|&p| p);
    assert!(
        at.is_some_and(|at| (4..=7).contains(&at)),
        "back to the ring after about eight small reads: {back:?}"
    );
    assert!(back[at.unwrap()..].iter().all(|&p| p), "{back:?}");
    assert!(!burst(&mut s, 4 << 20), "a 4 MiB burst stayed in the ring");
    assert!(
        !small(&mut s, 1),
        "back to the ring after one small message"
    );
    echo_through(&mut s, 9, 300_000);
}

/// A connection through the ring (with `hold`) that reads one message, then nothing for
/// 500 ms while the client sends 40 small records 5 ms apart, each landing in a ring buffer
/// of its own; then every byte is echoed and the client ends with `close_notify`. Returns how
/// often the connection found the ring (16 buffers) dry.
fn trickle_while_not_reading(hold: u16) -> u64 {
    let pki = Pki::new("trickle");
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let (dry_tx, dry_rx) = channel();
    let addr = serve_one(config, move |tls, ring| async move {
        let mut tls = tls.with_ring(&ring, hold);
        let mut buf = Vec::new();
        tls.read(&mut buf).await.unwrap();
        tls.write_all(&buf).await.unwrap();
        percore_proactor::time::sleep(Duration::from_millis(500)).await;
        buf.clear();
        echo_each(&mut tls, async |_| {}).await;
        dry_tx.send(ring.exhausted()).unwrap();
    });
    let mut s = connect(addr, pki.client(&[&rustls::version::TLS13]), "a.test");
    echo(&mut s, 100);
    let mut sent = Vec::new();
    for i in 0..40u8 {
        let message = vec![i; 100];
        s.write_all(&message).unwrap();
        s.flush().unwrap();
        sent.extend(message);
        std::thread::sleep(Duration::from_millis(5));
    }
    let mut got = vec![0u8; sent.len()];
    s.read_exact(&mut got).unwrap();
    assert!(got == sent, "echoed bytes differ");
    // A clean end, read through the ring: the server's close_notify answers it.
    s.conn.send_close_notify();
    s.flush().unwrap();
    let mut rest = Vec::new();
    s.read_to_end(&mut rest).unwrap();
    assert!(rest.is_empty());
    dry_rx.recv_timeout(Duration::from_secs(5)).unwrap()
}

#[test]
fn through_a_ring_a_connection_not_read_holds_about_its_bound() {
    assert_eq!(
        trickle_while_not_reading(2),
        0,
        "a connection bound to 2 buffers ran a ring of 16 dry"
    );
    if percore_proactor::Backend::IoUring == backend() {
        // Unbounded, the 40 receives take every buffer (the test's premise).
        assert!(trickle_while_not_reading(0) > 0, "the ring never ran dry");
    }
}

/// The backend the tests' proactors get.
fn backend() -> percore_proactor::Backend {
    Proactor::builder().build().unwrap().features().backend()
}

/// After our `close_notify` nothing more is encrypted: a write past it fails, however the
/// close went (rustls' buffered API would seal the data behind the alert).
#[test]
fn nothing_is_encrypted_after_the_close_notify() {
    let pki = Pki::new("after-close");
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let (done_tx, done_rx) = channel();
    let addr = serve_tcp(move |tcp, ring| async move {
        let mut session = percore_tls::Session::new(config).unwrap();
        let mut early = Vec::new();
        let limit = Some(Duration::from_secs(5));
        percore_tls::handshake(&tcp, &mut session, &ring, limit, &mut early)
            .await
            .unwrap();
        let mut out = Vec::new();
        session.encrypt(b"before", &mut out).unwrap();
        session.close(&mut out);
        let late = session.encrypt(b"late", &mut out).map_err(|e| e.kind());
        let (res, _) = tcp.send_all(out).await;
        res.unwrap();
        done_tx.send(late).unwrap();
    });
    let mut s = connect(addr, pki.client(&[&rustls::version::TLS13]), "a.test");
    let mut got = Vec::new();
    s.read_to_end(&mut got).unwrap();
    assert_eq!(
        got, b"before",
        "a clean end right after the data before the close"
    );
    let late = done_rx.recv_timeout(Duration::from_secs(10)).unwrap();
    assert_eq!(late, Err(std::io::ErrorKind::BrokenPipe));
}

/// A client whose first data and `close_notify` leave with its Finished (one flight): the
/// handshake completes, the data is read, then the end, cleanly.
#[test]
fn a_close_notify_in_the_handshake_s_last_flight_ends_after_its_data() {
    let pki = Pki::new("close-in-flight");
    let config = load(&files(pki.leaf("a", &["a.test"], false))).unwrap();
    let addr = serve_one(config, |mut tls, _ring| async move {
        let mut all = Vec::new();
        loop {
            match tls.read(&mut all).await {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => panic!("the client's end is not clean: {e}"),
            }
        }
        tls.write_all(&all).await.unwrap();
        tls.close().await.unwrap();
    });
    let mut s = percore_testkit::tls::last_flight_then_close(
        addr,
        pki.client(&[&rustls::version::TLS13]),
        "a.test",
        b"last words",
    );
    let mut back = Vec::new();
    s.read_to_end(&mut back).unwrap();
    assert_eq!(back, b"last words");
}
