//! percore-static over HTTPS (`tls.listen`), as curl and Python's ssl module see it: ranges,
//! a large file byte-exact, pipelining, keep-alive, HTTP/1.0; a certificate reload during a
//! download; bad input and stalled handshakes on the TLS port.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use common::{ADMIN, Site, curl, tls_table, url};
use percore_testkit::tls::{PemFiles, Pki, connect, peer_common_name};

/// A file of `len` bytes whose content depends on its position, under `root`.
fn big_file(root: &Path, name: &str, len: usize) -> Vec<u8> {
    let data: Vec<u8> = (0..len)
        .map(|i| (i % 251) as u8 ^ (i >> 16) as u8)
        .collect();
    std::fs::write(root.join(name), &data).unwrap();
    data
}

#[test]
fn curl_gets_files_ranges_and_100_mib_byte_exact_over_https() {
    let pki = Pki::new("static-curl");
    let cert = pki.leaf("localhost", &["localhost"], false);
    let site = Site::new("https-curl");
    let big = big_file(&site.root(), "big.bin", 100 << 20);
    let server = site.serve("https-curl", &format!("{ADMIN}\n{}", tls_table(&cert)), "");
    let addr = server.tls_addr.unwrap();

    let (code, body) = curl(&pki, addr, &[&url(addr, "/1k.txt")]);
    assert_eq!((code, body), (Some(0), "x".repeat(1024).into_bytes()));
    // A range of the large file, and the whole of it.
    let (code, body) = curl(&pki, addr, &["-r", "1000-1999", &url(addr, "/big.bin")]);
    assert_eq!(code, Some(0));
    assert!(body == big[1000..2000], "the range differs");
    let (code, body) = curl(&pki, addr, &[&url(addr, "/big.bin")]);
    assert_eq!(code, Some(0));
    assert!(
        body.len() == big.len() && body == big,
        "the 100 MiB file differs"
    );
    // HTTP/1.0 (ALPN http/1.0), and a 404.
    let (code, head) = curl(
        &pki,
        addr,
        &[
            "--http1.0",
            "-D",
            "-",
            "-o",
            "/dev/null",
            &url(addr, "/index.html"),
        ],
    );
    assert_eq!(code, Some(0));
    assert!(String::from_utf8_lossy(&head).starts_with("HTTP/1.1 200 OK"));
    let (_, status) = curl(
        &pki,
        addr,
        &["-o", "/dev/null", "-w", "%{http_code}", &url(addr, "/nope")],
    );
    assert_eq!(status, b"404");
    // Keep-alive: two URLs, one connection.
    let (code, counts) = curl(
        &pki,
        addr,
        &[
            "-o",
            "/dev/null",
            "-o",
            "/dev/null",
            "-w",
            "%{num_connects} ",
            &url(addr, "/1k.txt"),
            &url(addr, "/index.html"),
        ],
    );
    assert_eq!(
        (code, String::from_utf8_lossy(&counts).trim()),
        (Some(0), "1 0")
    );
    // A client's close_notify is answered with ours: a clean end, not a truncation.
    let mut s = connect(addr, pki.any_client(), "localhost");
    write!(s, "GET /1k.txt HTTP/1.1\r\nHost: localhost\r\n\r\n").unwrap();
    s.flush().unwrap();
    let mut head = [0u8; 15];
    s.read_exact(&mut head).unwrap();
    s.conn.send_close_notify();
    s.flush().unwrap();
    let mut rest = Vec::new();
    s.read_to_end(&mut rest)
        .expect("the server's close_notify ends the stream cleanly");
    // A request that asks to close: the response, then the server's close_notify (sealed
    // and sent with it), end the stream cleanly.
    let mut s = connect(addr, pki.any_client(), "localhost");
    write!(
        s,
        "GET /1k.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    s.flush().unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all)
        .expect("the response and the server's close_notify end the stream cleanly");
    let text = String::from_utf8_lossy(&all);
    assert!(
        text.starts_with("HTTP/1.1 200 OK") && text.contains("Connection: close"),
        "{text}"
    );
    assert!(all.len() > 1024, "{} bytes", all.len());
    // The plaintext address serves the same site.
    assert_eq!(common::get(server.addr, "/1k.txt", "").status, 200);
    assert!(server.metric_sum_where("percore_tls_handshakes_total", "TLSv1.3") >= 5.0);
}

#[test]
fn python_ssl_pipelines_and_keeps_alive_over_https() {
    let pki = Pki::new("static-python");
    let cert = pki.leaf("localhost", &["localhost"], false);
    let site = Site::new("https-python");
    big_file(&site.root(), "300k.bin", 300 << 10);
    let server = site.serve("https-python", &tls_table(&cert), "");
    let addr = server.tls_addr.unwrap();
    // Ten pipelined requests in one write (a 300 KiB file among them), then a second round on
    // the same connection, the last asking to close; every response whole and in order.
    let script = r#"
import socket, ssl, sys
ctx = ssl.create_default_context(cafile=sys.argv[1])
s = ctx.wrap_socket(socket.create_connection(("127.0.0.1", int(sys.argv[2]))), server_hostname="localhost")
paths = ["/1k.txt", "/index.html", "/300k.bin", "/nope", "/dir/"] * 2
s.sendall(b"".join(b"GET %s HTTP/1.1\r\nHost: localhost\r\n\r\n" % p.encode() for p in paths))
f = s.makefile("rb")
def response():
    status = f.readline().split()[1]
    length = 0
    while True:
        line = f.readline()
        if line == b"\r\n":
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return status.decode(), len(f.read(length))
got = [response() for _ in paths]
s.sendall(b"GET /1k.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
got.append(response())
rest = f.read()
print(" ".join("%s:%d" % g for g in got), len(rest), s.version())
"#;
    let out = Command::new("python3")
        .args(["-c", script])
        .arg(pki.ca_file())
        .arg(addr.port().to_string())
        .output()
        .expect("python3 is needed");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let round = "200:1024 200:14 200:307200 404:";
    assert!(text.starts_with(round), "{text}");
    let fields: Vec<&str> = text.split_whitespace().collect();
    assert_eq!(fields.len(), 13, "{text}");
    assert_eq!(
        &fields[5..8],
        ["200:1024", "200:14", "200:307200"],
        "{text}"
    );
    assert_eq!(fields[10], "200:1024", "{text}");
    assert_eq!(fields[11], "0", "nothing after the last response: {text}");
    assert_eq!(fields[12], "TLSv1.3");
}

/// `GET path` over a new TLS connection asking for `localhost`: the certificate's common
/// name and the status line.
fn tls_get(pki: &Pki, addr: SocketAddr, path: &str) -> (String, String) {
    let mut s = connect(addr, pki.any_client(), "localhost");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    s.flush().unwrap();
    let mut reply = Vec::new();
    let _ = s.read_to_end(&mut reply);
    let reply = String::from_utf8_lossy(&reply);
    (
        peer_common_name(&s),
        reply.lines().next().unwrap_or("").to_string(),
    )
}

#[test]
fn a_reload_serves_the_new_certificate_while_a_download_finishes() {
    let pki = Pki::new("static-reload");
    let first = pki.leaf("first", &["localhost"], false);
    let second = pki.leaf("second", &["localhost"], false);
    let site = Site::new("https-reload");
    let big = big_file(&site.root(), "big.bin", 16 << 20);
    let top = |c: &PemFiles| format!("{ADMIN}\n{}", tls_table(c));
    let server = site.serve_with_grace("https-reload", "30s", &top(&first), "");
    let addr = server.tls_addr.unwrap();
    assert_eq!(tls_get(&pki, addr, "/1k.txt").0, "first");
    // A download at 8 MiB/s: about two seconds, across the reload.
    let (ca, resolve, target) = (
        pki.ca_file(),
        format!("localhost:{}:127.0.0.1", addr.port()),
        url(addr, "/big.bin"),
    );
    let download = std::thread::spawn(move || {
        Command::new("curl")
            .args(["-sS", "--limit-rate", "8M", "--cacert"])
            .arg(ca)
            .args(["--resolve", &resolve, &target])
            .output()
            .unwrap()
    });
    std::thread::sleep(Duration::from_millis(400));
    let config = std::fs::read_to_string(&server.config).unwrap();
    server.rewrite(
        &config
            .replace(&format!("{:?}", first.cert), &format!("{:?}", second.cert))
            .replace(&format!("{:?}", first.key), &format!("{:?}", second.key)),
    );
    server.signal("HUP");
    let start = Instant::now();
    while server.metric_sum("percore_reloads_total") < 1.0 {
        assert!(start.elapsed() < Duration::from_secs(10), "no reload");
        std::thread::sleep(Duration::from_millis(20));
    }
    // Counted once no old worker accepts: every new connection sees the new certificate.
    for _ in 0..4 {
        assert_eq!(
            tls_get(&pki, addr, "/1k.txt"),
            ("second".into(), "HTTP/1.1 200 OK".into())
        );
    }

    // A key that is not the certificate's: refused; the new certificate stays.
    let current = std::fs::read_to_string(&server.config).unwrap();
    server.rewrite(&current.replace(&format!("{:?}", second.key), &format!("{:?}", first.key)));
    server.signal("HUP");
    let start = Instant::now();
    while server.metric_sum("percore_failed_reloads_total") < 1.0 {
        assert!(start.elapsed() < Duration::from_secs(10), "no refusal");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(tls_get(&pki, addr, "/index.html").0, "second");

    let out = download.join().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stdout == big, "the download across the reload differs");
}

#[test]
fn bad_input_and_stalled_handshakes_on_the_https_port() {
    let pki = Pki::new("static-bad");
    let cert = pki.leaf("localhost", &["localhost"], false);
    let site = Site::new("https-bad");
    let server = site.serve(
        "https-bad",
        &format!(
            "{ADMIN}\n[timeouts]\nread = \"700ms\"\n{}",
            tls_table(&cert)
        ),
        "",
    );
    let addr = server.tls_addr.unwrap();
    let raw = |bytes: &[u8]| {
        let mut tcp = TcpStream::connect(addr).unwrap();
        tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        tcp.write_all(bytes).unwrap();
        let start = Instant::now();
        let mut got = Vec::new();
        let _ = tcp.read_to_end(&mut got);
        (got, start.elapsed())
    };
    // A client that sends nothing is cut off by the read timeout, while others are served.
    let idle = std::thread::spawn(move || {
        let mut tcp = TcpStream::connect(addr).unwrap();
        tcp.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let start = Instant::now();
        let mut got = Vec::new();
        let _ = tcp.read_to_end(&mut got);
        (got, start.elapsed())
    });
    assert_eq!(tls_get(&pki, addr, "/1k.txt").1, "HTTP/1.1 200 OK");
    // A plaintext request on the TLS port: never an HTTP answer.
    let (got, _) = raw(b"GET /1k.txt HTTP/1.1\r\nHost: localhost\r\n\r\n");
    assert!(
        !String::from_utf8_lossy(&got).contains("HTTP/1.1"),
        "{got:?}"
    );
    assert!(
        got.is_empty() || got[0] == 0x15,
        "an alert at most: {got:?}"
    );
    // Garbage; half a ClientHello, then nothing.
    let (got, _) = raw(&[0x42; 500]);
    assert!(got.is_empty() || got[0] == 0x15, "{got:?}");
    let (got, took) = raw(&[0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00]);
    assert!(
        got.is_empty() && took >= Duration::from_millis(600),
        "{got:?} after {took:?}"
    );
    let (got, took) = idle.join().unwrap();
    assert!(got.is_empty() && took >= Duration::from_millis(600) && took < Duration::from_secs(5));
    // After a handshake, a request that never ends: 408 (encrypted), as on plaintext.
    let mut s = connect(addr, pki.any_client(), "localhost");
    s.write_all(b"GET /1k.txt HTTP/1.1\r\nHost: loc").unwrap();
    s.flush().unwrap();
    let mut reply = Vec::new();
    let _ = s.read_to_end(&mut reply);
    assert!(
        String::from_utf8_lossy(&reply).starts_with("HTTP/1.1 408"),
        "{reply:?}"
    );
    assert_eq!(tls_get(&pki, addr, "/index.html").1, "HTTP/1.1 200 OK");
    // After a request, part of a record (its header and one byte), then nothing: a request
    // under way, cut off by the read timeout (408), not left to the idle one (60 s).
    let mut s = connect(addr, pki.any_client(), "localhost");
    s.write_all(b"GET /1k.txt HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .unwrap();
    s.flush().unwrap();
    let mut first = [0u8; 15];
    s.read_exact(&mut first).unwrap();
    assert_eq!(&first, b"HTTP/1.1 200 OK");
    let mut rest = vec![0u8; 4096];
    let _ = s.read(&mut rest).unwrap();
    let started = Instant::now();
    s.sock
        .write_all(&[0x17, 0x03, 0x03, 0x00, 0x40, 0x01])
        .unwrap();
    let mut reply = Vec::new();
    let _ = s.read_to_end(&mut reply);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "held for {took:?}");
    assert!(String::from_utf8_lossy(&reply).contains("408"), "{reply:?}");
    // The handshake's last flight with the start of a record behind it (its header and one
    // byte), in one write, then nothing: a request under way from the start, cut off by the
    // read timeout too, not left to the idle one.
    let percore_testkit::tls::TlsClient {
        conn: mut client,
        sock: mut tcp,
    } = percore_testkit::tls::up_to_last_flight(addr, pki.any_client(), "localhost");
    client
        .writer()
        .write_all(b"GET /1k.txt HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .unwrap();
    let mut flight = Vec::new();
    while client.wants_write() {
        client.write_tls(&mut flight).unwrap();
    }
    // Where the last record (the request's) starts.
    let record_len =
        |at: usize| 5 + usize::from(u16::from_be_bytes([flight[at + 3], flight[at + 4]]));
    let mut last = 0;
    while last + record_len(last) < flight.len() {
        last += record_len(last);
    }
    assert!(last > 0 && flight[last] == 0x17, "{flight:?}");
    let started = Instant::now();
    tcp.write_all(&flight[..last + 6]).unwrap();
    let mut reply = Vec::new();
    let _ = tcp.read_to_end(&mut reply);
    let took = started.elapsed();
    assert!(took < Duration::from_secs(5), "held for {took:?}");
    let failures = |reason: &str| {
        server.metric_sum_where(
            "percore_tls_handshake_failures_total",
            &format!("reason=\"{reason}\""),
        )
    };
    let start = Instant::now();
    while failures("timeout") < 2.0 && start.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(failures("timeout"), 2.0);
    assert_eq!(failures("malformed"), 2.0);
}

/// Files over HTTPS go through a buffer whatever the transfer (no kernel TLS), and it and its
/// records are held against the core's `send_buffers`: downloads past them go in small steps,
/// and every download still arrives whole.
#[test]
fn https_downloads_hold_buffers_within_the_core_s_send_buffers() {
    let pki = Pki::new("https-send-buffers");
    let leaf = pki.leaf("leaf", &["localhost"], false);
    let site = Site::new("https-send-buffers");
    // More than the kernel takes in for a client that reads nothing.
    let big = big_file(&site.root(), "16m.bin", 16 << 20);
    // One worker whose buffers may hold 1 MiB: two stalled downloads take it (a 256 KiB step
    // and its records each), the others go in small steps.
    let config = format!(
        "workers = 1\npin = \"best-effort\"\nlisten = [\"127.0.0.1:0\"]\n{}\n[static]\nroot = {:?}\nsend_buffers = \"1MiB\"\n",
        tls_table(&leaf),
        site.root().display().to_string()
    );
    let env = [("RUST_LOG", "info,percore_web=debug")];
    let mut server = common::Server::start(&common::binary(), "https-send-buffers", &config, &env);
    let addr = server.tls_addr.unwrap();
    assert_eq!(tls_get(&pki, addr, "/1k.txt").1, "HTTP/1.1 200 OK");
    let before = percore_testkit::rss_kib(server.pid());
    let stalled: Vec<_> = (0..6)
        .map(|_| {
            let mut s = connect(addr, pki.any_client(), "localhost");
            s.write_all(b"GET /16m.bin HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                .unwrap();
            s.flush().unwrap();
            s
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    // 1 MiB for the two, some 32 KiB for each of the others, and their sessions: without the
    // bound, the six held 3 MiB.
    let grew = percore_testkit::rss_kib(server.pid()).saturating_sub(before);
    assert!(grew < 2560, "the stalled downloads hold {grew} KiB");
    for (i, mut s) in stalled.into_iter().enumerate() {
        let mut reply = Vec::new();
        let _ = s.read_to_end(&mut reply);
        let at = reply
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a head")
            + 4;
        assert!(reply.starts_with(b"HTTP/1.1 200 "), "download {i}");
        assert!(reply[at..] == big[..], "download {i} differs");
    }
    common::stop_and_expect_lines(
        &mut server,
        "send_buffers is used up: 16777216 bytes go in small steps",
        4,
    );
}

/// A client that closes with its last handshake flight: with a request before the close it is
/// answered, then closed; with none the connection ends at once (not at the idle timeout).
#[test]
fn a_close_notify_with_the_handshake_s_last_flight_ends_the_connection() {
    let pki = Pki::new("https-last-flight");
    let cert = pki.leaf("localhost", &["localhost"], false);
    let site = Site::new("https-last-flight");
    let server = site.serve("https-last-flight", &tls_table(&cert), "");
    let addr = server.tls_addr.unwrap();
    let request = b"GET /1k.txt HTTP/1.1\r\nHost: localhost\r\n\r\n";
    for data in [&request[..], b""] {
        let start = Instant::now();
        let mut s =
            percore_testkit::tls::last_flight_then_close(addr, pki.any_client(), "localhost", data);
        let mut reply = Vec::new();
        // Our close_notify answers the client's: a clean end.
        let end = s.read_to_end(&mut reply);
        assert!(end.is_ok(), "{end:?}");
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{:?}",
            start.elapsed()
        );
        let text = String::from_utf8_lossy(&reply);
        match data.is_empty() {
            true => assert!(reply.is_empty(), "{text}"),
            false => assert!(text.starts_with("HTTP/1.1 200 "), "{text}"),
        }
    }
}

/// A client's `close_notify` part way through a request's body (TLS 1.3 closes each direction
/// on its own): the request is still answered, then our `close_notify` ends the stream. The
/// body's end cut short, the connection does not go on.
#[test]
fn a_close_notify_part_way_through_a_body_still_gets_the_answer() {
    let pki = Pki::new("https-close-mid-body");
    let cert = pki.leaf("localhost", &["localhost"], false);
    let site = Site::new("https-close-mid-body");
    let server = site.serve("https-close-mid-body", &tls_table(&cert), "");
    let addr = server.tls_addr.unwrap();
    for sent in ["", "0123456789"] {
        let mut s = connect(addr, pki.any_client(), "localhost");
        write!(
            s,
            "GET /1k.txt HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n{sent}"
        )
        .unwrap();
        s.flush().unwrap();
        // The head is in (and the body under way) before the close.
        std::thread::sleep(Duration::from_millis(100));
        s.conn.send_close_notify();
        s.flush().unwrap();
        s.sock
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut all = Vec::new();
        s.read_to_end(&mut all)
            .expect("the answer and the server's close_notify end the stream cleanly");
        let text = String::from_utf8_lossy(&all);
        assert!(text.starts_with("HTTP/1.1 200 OK"), "{sent:?}: {text}");
        assert!(text.contains("Connection: close"), "{sent:?}: {text}");
        assert!(all.len() > 1024, "{sent:?}: {} bytes", all.len());
    }
}

/// A request, then a record that does not decrypt, in one write: the server's fatal alert is
/// the last thing it sends (RFC 8446 §6.2), and the request before the broken record is not
/// answered behind it.
#[test]
fn nothing_follows_the_alert_for_a_broken_record() {
    let pki = Pki::new("https-broken-record");
    let cert = pki.leaf("localhost", &["localhost"], false);
    let site = Site::new("https-broken-record");
    let server = site.serve("https-broken-record", &tls_table(&cert), "");
    let addr = server.tls_addr.unwrap();
    let request = b"GET /1k.txt HTTP/1.1\r\nHost: localhost\r\n\r\n";
    let mut s = std::io::BufReader::new(connect(addr, pki.any_client(), "localhost"));
    // A first exchange: the handshake, and the session tickets after it, are behind us.
    s.get_mut().write_all(request).unwrap();
    let first = percore_testkit::http::read_response(&mut s, false).unwrap();
    assert_eq!((first.status, first.body.len()), (200, 1024));
    assert!(s.buffer().is_empty());
    let percore_testkit::tls::TlsClient {
        conn: mut client,
        sock: mut tcp,
    } = s.into_inner();
    // rustls reads ciphertext 4 KiB at a time: a request in a record of exactly 8 KiB is
    // read whole, and its plaintext taken out, before the broken record behind it is read.
    // (A TLS 1.3 record is its plaintext and 22 bytes.)
    // (A body makes up the size: a POST, answered 405, as any request is answered.)
    let head = "POST /1k.txt HTTP/1.1\r\nHost: localhost\r\nContent-Length: 8000\r\n\r\n";
    let body = "p".repeat(8192 - 22 - head.len());
    let padded = head.replace("8000", &format!("{:4}", body.len())) + &body;
    let mut records = Vec::new();
    for plaintext in [padded.as_bytes(), request] {
        client.writer().write_all(plaintext).unwrap();
        while client.wants_write() {
            client.write_tls(&mut records).unwrap();
        }
        if plaintext.len() > request.len() {
            assert_eq!(records.len(), 8192, "the premise: a record of 8 KiB");
        }
    }
    // The second request's record, its tag broken.
    *records.last_mut().unwrap() ^= 0x55;
    tcp.write_all(&records).unwrap();
    let mut reply = Vec::new();
    let _ = tcp.read_to_end(&mut reply);
    // One record, and it is the alert.
    assert!(reply.len() >= 5, "{reply:?}");
    let len = usize::from(u16::from_be_bytes([reply[3], reply[4]]));
    assert_eq!(reply.len(), 5 + len, "records after the first: {reply:?}");
    client.read_tls(&mut &reply[..]).unwrap();
    let e = client.process_new_packets().unwrap_err();
    assert!(
        matches!(
            e,
            rustls::Error::AlertReceived(rustls::AlertDescription::BadRecordMac)
        ),
        "{e}"
    );
}

/// A TLS 1.2 client that asks to renegotiate on an idle connection (openssl s_client's `R`)
/// is told no at once (`no_renegotiation`), not left waiting for the idle timeout.
#[test]
fn a_tls12_renegotiation_is_refused_at_once() {
    let pki = Pki::new("https-renegotiation");
    let cert = pki.leaf("localhost", &["localhost"], false);
    let site = Site::new("https-renegotiation");
    let server = site.serve("https-renegotiation", &tls_table(&cert), "");
    let addr = server.tls_addr.unwrap();
    let mut client = Command::new("openssl")
        .args([
            "s_client",
            "-tls1_2",
            "-msg",
            "-servername",
            "localhost",
            "-connect",
        ])
        .arg(addr.to_string())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("openssl is needed");
    let (tx, rx) = std::sync::mpsc::channel();
    let stdout = client.stdout.take().unwrap();
    std::thread::spawn(move || {
        use std::io::BufRead;
        for line in std::io::BufReader::new(stdout)
            .lines()
            .map_while(Result::ok)
        {
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let wait_for = |what: &str, limit: Duration| {
        let start = Instant::now();
        while let Ok(line) = rx.recv_timeout(limit.saturating_sub(start.elapsed())) {
            if line.contains(what) {
                return Some(start.elapsed());
            }
        }
        None
    };
    // The handshake's end, as s_client prints it.
    assert!(wait_for("Verify return code", Duration::from_secs(10)).is_some());
    let mut stdin = client.stdin.take().unwrap();
    stdin.write_all(b"R\n").unwrap();
    stdin.flush().unwrap();
    let refused = wait_for("no_renegotiation", Duration::from_secs(5));
    let _ = client.kill();
    let _ = client.wait();
    assert!(
        refused.is_some(),
        "no answer to the renegotiation within 5 s"
    );
}

/// The drain closes idle HTTPS connections with a `close_notify` (a clean end, as nginx's),
/// whether a connection waits with its requests' state or parked without it.
#[test]
fn the_drain_closes_idle_https_connections_with_close_notify() {
    let pki = Pki::new("https-drain-close");
    let cert = pki.leaf("localhost", &["localhost"], false);
    let site = Site::new("https-drain-close");
    let mut server = site.serve("https-drain-close", &tls_table(&cert), "");
    let addr = server.tls_addr.unwrap();
    let request = b"GET /1k.txt HTTP/1.1\r\nHost: localhost\r\n\r\n";
    let open = || {
        let mut s = std::io::BufReader::new(connect(addr, pki.any_client(), "localhost"));
        s.get_mut().write_all(request).unwrap();
        let r = percore_testkit::http::read_response(&mut s, false).unwrap();
        assert_eq!(r.status, 200);
        s
    };
    // One waits past the time a connection keeps its requests' state (1 s), one not.
    let mut parked = open();
    std::thread::sleep(Duration::from_millis(1300));
    let mut waiting = open();
    server.signal("TERM");
    for (name, s) in [("waiting", &mut waiting), ("parked", &mut parked)] {
        let mut rest = Vec::new();
        let end = s.read_to_end(&mut rest);
        assert!(
            matches!(end, Ok(0)) && rest.is_empty(),
            "{name}: {end:?}, {rest:?} (an error is a close without close_notify)"
        );
    }
    assert!(server.wait(Duration::from_secs(10)).success());
}
