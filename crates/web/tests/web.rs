//! percore-web over real sockets: the test bed example (`examples/testbed.rs`) started as a
//! process, driven with raw HTTP/1.1. The suite runs on both backends (`PERCORE_BACKEND`).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::Command;
use std::time::{Duration, Instant};

use percore_testkit::http::{SlowReader, connect, exchange, get, raw, read_response};
use percore_testkit::{ADMIN, Server, example, rss_kib, vm_size_kib};

fn testbed() -> std::path::PathBuf {
    example("testbed")
}

/// A test bed of one worker with `extra` lines in its configuration (framework keys and
/// tables first, then `[testbed.http]` lines in `http`).
fn serve(name: &str, extra: &str, http: &str) -> Server {
    let max_body = if http.contains("max_body") {
        ""
    } else {
        "max_body = \"64MiB\""
    };
    let config = format!(
        "workers = 1\npin = \"best-effort\"\nlisten = [\"127.0.0.1:0\"]\nshutdown_timeout = \"10s\"\n{extra}\n[testbed]\ngreeting = \"hi from the config\"\n[testbed.http]\n{max_body}\n{http}\n"
    );
    Server::start(&testbed(), name, &config, &[])
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

fn fnv(mut h: u64, data: &[u8]) -> u64 {
    for &b in data {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

/// `len` bytes that differ from their neighbours.
fn pattern(len: usize) -> Vec<u8> {
    (0..len).map(|i| (i * 7 + i / 251) as u8).collect()
}

/// A request with a body, framed by length or in chunks of `chunk` bytes.
fn with_body(method: &str, target: &str, body: &[u8], chunk: Option<usize>) -> Vec<u8> {
    let mut req = format!("{method} {target} HTTP/1.1\r\nHost: t\r\n").into_bytes();
    match chunk {
        None => {
            req.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
            req.extend_from_slice(body);
        }
        Some(size) => {
            req.extend_from_slice(b"Transfer-Encoding: chunked\r\n\r\n");
            for piece in body.chunks(size) {
                req.extend_from_slice(format!("{:x}\r\n", piece.len()).as_bytes());
                req.extend_from_slice(piece);
                req.extend_from_slice(b"\r\n");
            }
            req.extend_from_slice(b"0\r\n\r\n");
        }
    }
    req
}

/// Writes `req` from another thread (a large body would fill both sockets' buffers before
/// the response is read) and reads one response.
fn send(addr: SocketAddr, req: Vec<u8>) -> percore_testkit::http::Response {
    let s = connect(addr);
    let mut w = s.try_clone().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = w.write_all(&req);
    });
    let resp = read_response(&mut BufReader::new(s), false).unwrap();
    writer.join().unwrap();
    resp
}

#[test]
fn every_method_is_routed_and_head_and_options_are_answered() {
    let server = serve("methods", "", "");
    let a = server.addr;
    for method in ["GET", "POST", "PUT", "PATCH", "DELETE", "PURGE"] {
        let r = raw(
            a,
            &format!("{method} /m HTTP/1.1\r\nHost: t\r\n\r\n"),
            false,
        );
        assert_eq!((r.status, r.text()), (200, method.to_string()), "{method}");
    }
    // HEAD is answered by the GET handler (which sees HEAD), without the body, with the
    // length GET would send.
    let head = raw(a, "HEAD /m HTTP/1.1\r\nHost: t\r\n\r\n", true);
    assert_eq!(
        (head.status, head.header("content-length")),
        (200, Some("4"))
    );
    let allow = "GET, POST, PUT, PATCH, DELETE, PURGE, HEAD, OPTIONS";
    let options = raw(a, "OPTIONS /m HTTP/1.1\r\nHost: t\r\n\r\n", false);
    assert_eq!(
        (options.status, options.header("allow")),
        (204, Some(allow))
    );
    let trace = raw(a, "TRACE /m HTTP/1.1\r\nHost: t\r\n\r\n", false);
    assert_eq!((trace.status, trace.header("allow")), (405, Some(allow)));
    // A route for any method, and one for an extension method alone.
    for method in ["GET", "MKCOL", "OPTIONS"] {
        let r = raw(
            a,
            &format!("{method} /any HTTP/1.1\r\nHost: t\r\n\r\n"),
            false,
        );
        assert_eq!((r.status, r.text()), (200, method.to_string()));
    }
    let custom = raw(a, "PROPFIND /custom HTTP/1.1\r\nHost: t\r\n\r\n", false);
    assert_eq!(custom.text(), "PROPFIND");
    let get = raw(a, "GET /custom HTTP/1.1\r\nHost: t\r\n\r\n", false);
    assert_eq!(
        (get.status, get.header("allow")),
        (405, Some("PROPFIND, OPTIONS"))
    );
    let star = raw(a, "OPTIONS * HTTP/1.1\r\nHost: t\r\n\r\n", false);
    assert_eq!(star.status, 204);
    assert!(star.header("allow").unwrap().contains("PURGE"));
    // CONNECT: its authority form is 400 from the router; a handler's 2xx to it (which would
    // make the connection a tunnel) is 500, and the connection closes.
    let connect = raw(a, "CONNECT t:443 HTTP/1.1\r\nHost: t:443\r\n\r\n", false);
    assert_eq!(connect.status, 400);
    let tunnel = raw(a, "CONNECT /any HTTP/1.1\r\nHost: t\r\n\r\n", false);
    assert_eq!(
        (tunnel.status, tunnel.header("connection")),
        (500, Some("close"))
    );
}

#[test]
fn paths_route_with_parameters_and_unknown_ones_are_404() {
    let server = serve("params", "", "");
    let a = server.addr;
    let r = get(a, "/users/a%20b/posts/42?x=1", "");
    assert_eq!((r.status, r.text()), (200, "a b|42|a%20b|a b".to_string()));
    // Decoded whole, escaped slashes included; as one segment, a value that decodes to more
    // than one, or to a dot segment, is refused (`-` here), so that it never names a file
    // outside its directory.
    for (id, decoded) in [
        ("..%2F..%2Fsecret", "../../secret"),
        ("group%2Fproject", "group/project"),
        ("a%5cb", "a\\b"),
        ("..%2f", "../"),
    ] {
        let r = get(a, &format!("/users/{id}/posts/1"), "");
        assert_eq!(
            (r.status, r.text()),
            (200, format!("{decoded}|1|{id}|-")),
            "{id}"
        );
    }
    // A catch-all as a relative path: refused (`-`) when, decoded, it would climb, start at
    // the root, or hold an empty or `.` segment, a backslash or a NUL.
    for (rest, path) in [
        ("a/b.txt", "a/b.txt"),
        ("a%20b/c", "a b/c"),
        ("a%2Fb", "a/b"),
        ("..%2F..%2Fetc%2Fpasswd", "-"),
        ("a/..%2F..%2Fb", "-"),
        ("%2Fetc%2Fpasswd", "-"),
        ("a%2F%2Fb", "-"),
        ("a%2F.%2Fb", "-"),
        ("a%5Cb", "-"),
        ("a%00b", "-"),
    ] {
        let r = get(a, &format!("/files/{rest}"), "");
        assert_eq!((r.status, r.text()), (200, path.to_string()), "{rest}");
    }
    assert_eq!(get(a, "/hello", "").text(), "hi from the config");
    for missing in ["/users/1", "/users/1/posts/", "/nope", "/hello/", "/HELLO"] {
        assert_eq!(get(a, missing, "").status, 404, "{missing}");
    }
    // Absolute-form targets route by their path.
    let r = raw(a, "GET http://t/hello HTTP/1.1\r\nHost: t\r\n\r\n", false);
    assert_eq!(r.status, 200);
    // A router reached through a route with parameters: its routes see their own parameters
    // only, none of the outer route's.
    assert_eq!(get(a, "/t/acme/own/7", "").text(), "acme|7");
    assert_eq!(get(a, "/t/acme/plain", "").text(), "None");
    assert_eq!(get(a, "/t/acme/other", "").status, 404);
    // A route given twice has the methods of both.
    let deleted = raw(
        a,
        "DELETE /users/1/posts/9 HTTP/1.1\r\nHost: t\r\n\r\n",
        false,
    );
    assert_eq!(
        (deleted.status, deleted.text()),
        (200, "deleted 9".to_string())
    );
    let put = raw(a, "PUT /users/1/posts/9 HTTP/1.1\r\nHost: t\r\n\r\n", false);
    assert_eq!(
        (put.status, put.header("allow")),
        (405, Some("GET, DELETE, HEAD, OPTIONS"))
    );
}

#[test]
fn a_mounted_router_routes_by_the_path_below_its_prefix() {
    let server = serve("mounts", "", "");
    let a = server.addr;
    // The prefix's parameter, the path below it, and the inner route's own parameter.
    let r = get(a, "/org/acme/users/7", "");
    assert_eq!(
        (r.status, r.text()),
        (200, "/org/acme|/users/7|acme|7".to_string())
    );
    // A mount within the mount: its prefix is the whole of both.
    let r = get(a, "/org/acme/files/a/b.txt", "");
    assert_eq!(
        (r.status, r.text()),
        (200, "/org/acme/files|/a/b.txt".to_string())
    );
    // Each prefix alone is redirected to itself with a slash, as sent, the query kept, and
    // with the method kept (308).
    for (path, to) in [
        ("/org/acme?x=1", "/org/acme/?x=1"),
        ("/org/acme/files", "/org/acme/files/"),
    ] {
        let r = raw(
            a,
            &format!("POST {path} HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n"),
            false,
        );
        assert_eq!((r.status, r.header("location")), (308, Some(to)), "{path}");
    }
    assert_eq!(get(a, "/org/acme/nope", "").status, 404);
    // A dot segment, in any spelling, would give a parameter the value `..` (or `.`) and a
    // mounted handler a path other than the one rules in front judge (`/org/../files/x`
    // resolves to `/files/x`, which no rule for `/org/*/files/**` covers): 400.
    for dotted in [
        "/org/../files/x",
        "/org/%2e%2e/files/x",
        "/org/.%2E/files/x",
        "/org/./files/x",
        "/org/acme/files/../x",
        "/users/../posts/1",
        // A backslash, which browsers read as a slash: a mount's redirect would otherwise
        // send `/\evil.example` to `/\evil.example/`, another host to them.
        "/\\evil.example",
        "/org/\\evil.example",
    ] {
        let r = raw(
            a,
            &format!("GET {dotted} HTTP/1.1\r\nHost: t\r\n\r\n"),
            false,
        );
        assert_eq!(r.status, 400, "{dotted}");
    }
    // An escaped slash is part of its segment to the router (rules read it both ways).
    let r = get(a, "/org/a%2Fb/files/x", "");
    assert_eq!(
        (r.status, r.text()),
        (200, "/org/a%2Fb/files|/x".to_string())
    );
    // Dots that are not a segment of their own are names like any.
    let r = get(a, "/org/a.b/files/x..y/.z", "");
    assert_eq!(
        (r.status, r.text()),
        (200, "/org/a.b/files|/x..y/.z".to_string())
    );
    // Below the mount, a router behind a route: the mount's parameter, then its own route's
    // (whose `id` is not the outer route's).
    let r = get(a, "/org/acme/t/5/items/9", "");
    assert_eq!((r.status, r.text()), (200, "acme|5|9|".to_string()));
}

#[test]
fn rules_in_front_of_a_router_judge_the_path_it_routes() {
    // A header rule for the files of every organisation, in front of the mount
    // `/org/{org}/files`: whatever the spelling that reaches the mount, the rule applies, or
    // the request is refused.
    let server = serve(
        "rules-router",
        "[[testbed.rules.headers]]\npath = \"/org/*/files/**\"\nset = { X-Guard = \"1\" }\n",
        "",
    );
    let a = server.addr;
    let long = "t".repeat(300);
    for path in [
        "/org/acme/files/x".to_string(),
        // A name longer than a file's: a path all the same.
        format!("/org/{long}/files/x"),
    ] {
        let r = get(a, &path, "");
        assert_eq!((r.status, r.header("x-guard")), (200, Some("1")), "{path}");
    }
    // A path the rules cannot judge is refused, not handed on with no rule applied: a control
    // byte or a backslash once decoded, a malformed escape, and an escaped slash (one segment
    // to the router, two to the rules: `/org/a%2Fb/files/private%2Fx` was read neither way the
    // mount split it); and a dot segment never reaches the mount.
    for path in [
        "/org/a%09b/files/x",
        "/org/%00/files/x",
        "/org/a%5Cb/files/x",
        "/org/a%2Fb/files/x",
        "/org/a%2Fb/files/private%2Fx",
        "/org/50%/files/x",
        "/org/../org/x/files/y",
    ] {
        let r = raw(a, &format!("GET {path} HTTP/1.1\r\nHost: t\r\n\r\n"), false);
        assert_eq!(r.status, 400, "{path}");
    }
    // Outside the rule's paths, nothing is added; `OPTIONS *` is the router's to answer.
    assert_eq!(get(a, "/hello", "").header("x-guard"), None);
    let star = raw(a, "OPTIONS * HTTP/1.1\r\nHost: t\r\n\r\n", false);
    assert_eq!(star.status, 204);
    // A default Cache-Control alone judges no path: an escaped slash is routed as without
    // rules.
    let server = serve(
        "rules-default-only",
        "[testbed.rules]\ncache_control = \"no-cache\"\n",
        "",
    );
    let r = get(server.addr, "/org/a%2Fb/files/x", "");
    assert_eq!(
        (r.status, r.header("cache-control")),
        (200, Some("no-cache"))
    );
}

#[test]
fn bodies_arrive_byte_exact_collected_and_streamed() {
    let server = serve("bodies", "", "");
    let a = server.addr;
    for len in [1usize, 1000, (64 << 10) + 3, 1 << 20, 64 << 20] {
        let body = pattern(len);
        let expect = format!("{len} {:016x}", fnv(FNV_START, &body));
        for chunk in [None, Some(1000), Some(1 << 20)] {
            if chunk == Some(1000) && len > (1 << 20) {
                continue; // 67,000 chunks: slow for nothing more
            }
            // Collected, and sent back whole.
            let echoed = send(a, with_body("POST", "/echo", &body, chunk));
            assert_eq!(echoed.status, 200, "{len} {chunk:?}");
            assert!(
                echoed.body == body,
                "{len} bytes, chunks {chunk:?}: echo differs"
            );
            // Read piece by piece as it arrives.
            let summed = send(a, with_body("PUT", "/sum", &body, chunk));
            assert!(
                summed.text().starts_with(&expect),
                "{len} bytes, chunks {chunk:?}: {}",
                summed.text()
            );
        }
    }
    // A 204, or an answer to HEAD, whose (unsent) stream held the body: the connection goes
    // on, the body read and dropped, and the pipelined request behind it is answered.
    for (method, status) in [("POST", 204), ("HEAD", 200)] {
        let mut s = connect(a);
        s.write_all(
            format!(
                "{method} /bodiless-stream HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello\
                 GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"
            )
            .as_bytes(),
        )
        .unwrap();
        let mut r = BufReader::new(s);
        let first = read_response(&mut r, method == "HEAD").unwrap();
        assert_eq!(
            (first.status, first.header("connection")),
            (status, None),
            "{method}"
        );
        assert_eq!(
            read_response(&mut r, false).unwrap().status,
            200,
            "{method}"
        );
    }
    // A 205 carries no content (RFC 9110 §15.3.6), whatever its handler gave: a length of 0,
    // and the request behind it (and behind its body, which a stream's producer held) is
    // read as a request, on the same connection.
    for target in [
        "/reset-content",
        "/reset-content?stream",
        "/reset-content?announce",
    ] {
        let mut s = connect(a);
        s.write_all(
            format!(
                "GET {target} HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello\
                 GET /hello HTTP/1.1\r\nHost: t\r\n\r\n"
            )
            .as_bytes(),
        )
        .unwrap();
        let mut r = BufReader::new(s);
        let first = read_response(&mut r, false).unwrap();
        assert_eq!(
            (
                first.status,
                first.header("content-length"),
                first.header("connection"),
                first.body.len()
            ),
            (205, Some("0"), None, 0),
            "{target}"
        );
        assert_eq!(
            read_response(&mut r, false).unwrap().status,
            200,
            "{target}"
        );
    }
    // Read twice (the first time whole, or its first piece then the rest): the second time,
    // nothing is left, within any limit (not a 413 for the announced length).
    for (target, chunk) in [
        ("/twice", None),
        ("/twice", Some(2)),
        ("/twice?chunk", None),
    ] {
        let r = send(a, with_body("POST", target, b"hello", chunk));
        assert_eq!(
            (r.status, r.text()),
            (200, "5 then 0".to_string()),
            "{target} {chunk:?}"
        );
    }
    // An empty body, both ways.
    let r = send(a, with_body("POST", "/echo", b"", None));
    assert_eq!((r.status, r.body.len()), (200, 0));
    let r = send(a, with_body("POST", "/sum", b"", Some(10)));
    assert!(r.text().starts_with("0 "), "{}", r.text());
}

#[test]
fn a_body_over_the_limit_is_413() {
    let server = serve("too-large", "", "");
    let a = server.addr;
    // Announced over max_body: refused without being read.
    let started = Instant::now();
    let mut s = connect(a);
    s.write_all(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 67108865\r\n\r\n")
        .unwrap();
    let r = read_response(&mut BufReader::new(s), false).unwrap();
    assert_eq!((r.status, r.header("connection")), (413, Some("close")));
    assert!(started.elapsed() < Duration::from_secs(5));
    // Chunked, a chunk announced over the limit, with a few of its bytes (and a request
    // behind them, which is chunk data) or none: refused as announced, not after the read
    // timeout (30 s) spent waiting for the rest.
    for (path, body) in [
        (
            "/echo",
            "ffffffffffffffff\r\nhello\r\n0\r\n\r\nGET /plain HTTP/1.1\r\nHost: t\r\n\r\n",
        ),
        ("/small", "401\r\nhello"),
        ("/echo", "ffffffffffffffff\r\n"),
    ] {
        let started = Instant::now();
        let mut s = connect(a);
        s.write_all(
            format!("POST {path} HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n{body}")
                .as_bytes(),
        )
        .unwrap();
        let r = read_response(&mut BufReader::new(s), false).unwrap();
        assert_eq!((r.status, r.header("connection")), (413, Some("close")));
        assert!(started.elapsed() < Duration::from_secs(5), "{path}");
    }
    // Chunked, found over a handler's own limit while read.
    let r = send(a, with_body("POST", "/small", &pattern(1025), Some(100)));
    assert_eq!(r.status, 413);
    let r = send(a, with_body("POST", "/small", &pattern(1024), Some(100)));
    assert_eq!((r.status, r.body.len()), (200, 1024));
}

#[test]
fn continue_is_sent_only_when_the_body_is_read() {
    let server = serve("continue", "", "");
    let a = server.addr;
    // Read: 100 Continue, then the body goes, then the answer.
    let mut s = connect(a);
    s.write_all(
        b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n",
    )
    .unwrap();
    let mut r = BufReader::new(s.try_clone().unwrap());
    let interim = read_response(&mut r, false).unwrap();
    assert_eq!(interim.status, 100);
    s.write_all(b"hello").unwrap();
    let done = read_response(&mut r, false).unwrap();
    assert_eq!((done.status, done.text()), (200, "hello".to_string()));
    // Not read: the answer comes at once, without 100, and the connection closes (the client
    // still holds its body).
    let mut s = connect(a);
    s.write_all(
        b"POST /ignore HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n",
    )
    .unwrap();
    let mut r = BufReader::new(s);
    let answer = read_response(&mut r, false).unwrap();
    assert_eq!((answer.status, answer.text()), (200, "ignored".to_string()));
    assert_eq!(answer.header("connection"), Some("close"));
    // Refused before reading (over the limit): no 100 either.
    let mut s = connect(a);
    s.write_all(
        b"POST /small HTTP/1.1\r\nHost: t\r\nContent-Length: 5000\r\nExpect: 100-continue\r\n\r\n",
    )
    .unwrap();
    let r = read_response(&mut BufReader::new(s), false).unwrap();
    assert_eq!(r.status, 413);
    // Read only after the final response's head went out: no 100 after it (the client,
    // holding a final status, sends its body or not as it likes).
    let mut s = connect(a);
    s.write_all(
        b"POST /late-body HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n",
    )
    .unwrap();
    let mut r = BufReader::new(s.try_clone().unwrap());
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    assert!(line.starts_with("HTTP/1.1 200 "), "{line:?}");
    s.write_all(b"hello").unwrap();
    let mut rest = Vec::new();
    let _ = r.read_to_end(&mut rest);
    let rest = String::from_utf8_lossy(&rest);
    assert!(!rest.contains("100 Continue"), "{rest}");
    assert!(rest.contains("read 5 bytes"), "{rest}");
    // Read by a task of the handler's while the handler answers: the `100 Continue` that
    // task sends goes out whole before the answer. (On io_uring the answer waits here for
    // the 100 still under way; a misorder itself needs the 100's send to wait on a full
    // socket, which a client cannot arrange: the order is checked, the wait's logic by
    // `body.rs`'s unit test.)
    let mut s = connect(a);
    s.write_all(
        b"POST /spawned-continue HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n",
    )
    .unwrap();
    let mut r = BufReader::new(s.try_clone().unwrap());
    let interim = read_response(&mut r, false).unwrap();
    assert_eq!(interim.status, 100);
    let answer = read_response(&mut r, false).unwrap();
    assert_eq!(
        (answer.status, answer.text()),
        (200, "answered".to_string())
    );
    s.write_all(b"hello").unwrap();
    // A reader dropped while its `100 Continue` is still going out (on io_uring, where the
    // send goes in at the next kernel entry): what of the 100 went may be on the wire, so
    // nothing may follow it. The connection is reset, with no answer after it. On epoll the
    // 100 is out before the reader is dropped: the answer follows it, the body unread is
    // read and dropped.
    let mut s = connect(a);
    s.write_all(
        b"POST /dropped-continue HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n",
    )
    .unwrap();
    if std::env::var("PERCORE_BACKEND").as_deref() == Ok("epoll") {
        let mut r = BufReader::new(s.try_clone().unwrap());
        assert_eq!(read_response(&mut r, false).unwrap().status, 100);
        s.write_all(b"hello").unwrap();
        assert_eq!(read_response(&mut r, false).unwrap().status, 200);
    } else {
        let started = Instant::now();
        let mut all = Vec::new();
        let _ = s.read_to_end(&mut all);
        // At once: not after waiting a read timeout for a body whose answer cannot go.
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "ended after {:?}",
            started.elapsed()
        );
        let all = String::from_utf8_lossy(&all);
        assert!(
            !all.contains("200"),
            "an answer after a 100 given up: {all}"
        );
        assert!(
            all.is_empty() || "HTTP/1.1 100 Continue\r\n\r\n".starts_with(&*all),
            "{all}"
        );
    }
    // An HTTP/1.0 client cannot take a 1xx (RFC 9110 §15.2): its body is read without one.
    let mut s = connect(a);
    s.write_all(b"POST /echo HTTP/1.0\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    s.write_all(b"hello").unwrap();
    let mut all = Vec::new();
    let _ = s.read_to_end(&mut all);
    let all = String::from_utf8_lossy(&all);
    assert!(all.starts_with("HTTP/1.1 200 "), "{all}");
    assert!(!all.contains("100 Continue"), "{all}");
    assert!(all.ends_with("hello"), "{all}");
}

#[test]
fn empty_lines_before_a_request_are_bounded_and_one_after_a_body_is_ignored() {
    let server = serve(
        "empty-lines",
        "[timeouts]\nread = \"500ms\"\nidle = \"10s\"",
        "",
    );
    let a = server.addr;
    // Nothing but empty lines: cut off at the head limit, not buffered without end.
    let flood = "\r\n".repeat(20 * 1024);
    let mut s = connect(a);
    let _ = s.write_all(flood.as_bytes());
    let r = read_response(&mut BufReader::new(s), false).unwrap();
    assert_eq!(r.status, 431);
    // A CRLF after a body (as some clients send) is not a request under way: no 408 at the
    // read timeout, and the connection serves the next request.
    let mut s = connect(a);
    let mut req = with_body("POST", "/echo", b"hello", None);
    req.extend_from_slice(b"\r\n");
    s.write_all(&req).unwrap();
    let mut r = BufReader::new(s.try_clone().unwrap());
    let first = read_response(&mut r, false).unwrap();
    assert_eq!((first.status, first.text()), (200, "hello".to_string()));
    // And two arriving on their own, after the response.
    s.write_all(b"\r\n\r\n").unwrap();
    std::thread::sleep(Duration::from_millis(1200));
    s.write_all(b"GET /m HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    let second = read_response(&mut r, false).unwrap();
    assert_eq!((second.status, second.text()), (200, "GET".to_string()));
}

#[test]
fn heads_sent_in_small_pieces_are_answered_in_order() {
    let server = serve("trickled-heads", "", "");
    let s = connect(server.addr);
    s.set_nodelay(true).unwrap();
    // Empty lines, a long field, a body, then a second head, in pieces of 64 bytes (the
    // server parses a head again only when a line has ended, and forgets each one answered).
    let mut req = b"\r\n\r\n".to_vec();
    req.extend_from_slice(
        format!(
            "POST /echo HTTP/1.1\r\nHost: t\r\nX-Long: {}\r\nContent-Length: 5\r\n\r\nhello",
            "v".repeat(12 * 1024)
        )
        .as_bytes(),
    );
    req.extend_from_slice(b"GET /m HTTP/1.1\r\nHost: t\r\n\r\n");
    let mut w = s.try_clone().unwrap();
    let writer = std::thread::spawn(move || {
        for piece in req.chunks(64) {
            w.write_all(piece).unwrap();
        }
    });
    let mut r = BufReader::new(s);
    let first = read_response(&mut r, false).unwrap();
    assert_eq!((first.status, first.text()), (200, "hello".to_string()));
    let second = read_response(&mut r, false).unwrap();
    assert_eq!((second.status, second.text()), (200, "GET".to_string()));
    writer.join().unwrap();
    // A request line trickled past its limit is still refused: 414.
    let s = connect(server.addr);
    s.set_nodelay(true).unwrap();
    let mut w = s.try_clone().unwrap();
    let writer = std::thread::spawn(move || {
        let line = format!("GET /{}", "a".repeat(9 * 1024));
        for b in line.as_bytes() {
            if w.write_all(std::slice::from_ref(b)).is_err() {
                break;
            }
        }
    });
    let r = read_response(&mut BufReader::new(s), false).unwrap();
    assert_eq!(r.status, 414);
    writer.join().unwrap();
}

#[test]
fn a_head_completed_while_a_response_goes_out_is_answered() {
    // One write: a request, then a second one whose head crosses the end of the first 4 KiB
    // ring buffer. On io_uring the receive yields the write as two buffers at once: the
    // connection answers the first request from the first buffer and finds the second head
    // incomplete; the rest of it is taken in while the first response is sent. It must be
    // answered then, not left waiting for bytes the client has already sent.
    let server = serve(
        "head-during-send",
        "[buffers]\nsize = \"4KiB\"\n[timeouts]\nread = \"60s\"",
        "",
    );
    let s = connect(server.addr);
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut r = BufReader::new(s.try_clone().unwrap());
    let mut w = s;
    // The receive is armed before the write (the first bytes of a connection are read by
    // the accepting side).
    w.write_all(b"GET /m HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    assert_eq!(read_response(&mut r, false).unwrap().status, 200);
    for split in [10, 30, 60] {
        let second = b"GET /m HTTP/1.1\r\nHost: t\r\n\r\n";
        let first_len = 4096 - split;
        let mut first = b"GET /m HTTP/1.1\r\nHost: t\r\nX-Pad: ".to_vec();
        first.resize(first_len - 4, b'p');
        first.extend_from_slice(b"\r\n\r\n");
        first.extend_from_slice(second);
        w.write_all(&first).unwrap();
        for n in 1..=2 {
            let resp = read_response(&mut r, false)
                .unwrap_or_else(|e| panic!("head split at {split}: response {n}: {e}"));
            assert_eq!((resp.status, resp.text()), (200, "GET".to_string()));
        }
    }
}

#[test]
fn the_idle_time_runs_from_the_last_answer_when_an_empty_line_follows_it() {
    // An idle timeout of 2 s. After 1.5 s idle, one write brings a request and an empty line
    // that lands in a second 4 KiB ring buffer, taken in while the answer goes out. The
    // idle time then runs from that answer: a request 1 s later is still served.
    let server = serve(
        "idle-after-empty-line",
        "[buffers]\nsize = \"4KiB\"\n[timeouts]\nidle = \"2s\"",
        "",
    );
    let s = connect(server.addr);
    let mut r = BufReader::new(s.try_clone().unwrap());
    let mut w = s;
    w.write_all(b"GET /m HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    assert_eq!(read_response(&mut r, false).unwrap().status, 200);
    std::thread::sleep(Duration::from_millis(1500));
    let mut req = b"GET /m HTTP/1.1\r\nHost: t\r\nX-Pad: ".to_vec();
    req.resize(4096 - 4, b'p');
    req.extend_from_slice(b"\r\n\r\n\r\n");
    w.write_all(&req).unwrap();
    assert_eq!(read_response(&mut r, false).unwrap().status, 200);
    std::thread::sleep(Duration::from_millis(1000));
    w.write_all(b"GET /m HTTP/1.1\r\nHost: t\r\n\r\n").unwrap();
    let last = read_response(&mut r, false).expect("closed before its idle time was up");
    assert_eq!(last.status, 200);
}

#[test]
fn a_client_sending_while_its_handler_works_holds_few_of_the_rings_buffers() {
    // A ring of 64 buffers of 4 KiB, all of them in the kernel's hands from the start (as a
    // larger ring's are once a busy core has grown its share). One client asks for a handler
    // that works for 1.5 s and meanwhile sends 4 MiB without reading: its receive holds
    // about 64 KiB of the ring (16 buffers, and what the kernel took before the pause) and
    // TCP holds the rest back, so the ring never runs dry and another client is answered at
    // once. Without the bound, the receive took every buffer until the handler was done.
    let server = serve(
        "hold-while-working",
        &format!("{ADMIN}[buffers]\ncount = 64\nsize = \"4KiB\""),
        "",
    );
    let mut flood = connect(server.addr);
    flood
        .set_write_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    let mut flood_in = BufReader::new(flood.try_clone().unwrap());
    // A first exchange: the connection's receive is armed once it waits for a request.
    flood
        .write_all(b"GET /m HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    assert_eq!(read_response(&mut flood_in, false).unwrap().status, 200);
    flood
        .write_all(b"GET /sleep?ms=1500 HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    let mut w = flood.try_clone().unwrap();
    let writer = std::thread::spawn(move || {
        let junk = vec![b'x'; 64 * 1024];
        for _ in 0..64 {
            if w.write_all(&junk).is_err() {
                break;
            }
        }
    });
    std::thread::sleep(Duration::from_millis(300));
    let start = Instant::now();
    let other = get(server.addr, "/m", "");
    assert_eq!((other.status, other.text()), (200, "GET".to_string()));
    let waited = start.elapsed();
    let exhausted = server.metric_sum("percore_buf_ring_exhausted_total");
    assert_eq!(
        exhausted, 0.0,
        "the ring ran dry; the other client waited {waited:?}"
    );
    // The flooding client still gets its answer (then a 400 for what it sent after).
    let r = read_response(&mut flood_in, false).unwrap();
    assert_eq!((r.status, r.text()), (200, "slept".to_string()));
    drop(flood);
    writer.join().unwrap();
}

#[test]
fn a_request_line_that_cannot_be_one_is_400_at_once() {
    let server = serve("not-http", "[timeouts]\nread = \"30s\"", "");
    // A TLS hello on the plaintext port: no line end, and no method.
    let mut s = connect(server.addr);
    s.write_all(b"\x16\x03\x01\x02\x00\x01\x00\x01\x7c\x03\x03")
        .unwrap();
    let start = Instant::now();
    let r = read_response(&mut BufReader::new(s), false).unwrap();
    assert_eq!(r.status, 400);
    assert!(
        start.elapsed() < Duration::from_secs(5),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn a_head_request_refused_by_the_driver_gets_no_page() {
    let server = serve("head-refused", "", "");
    for (head, status) in [
        (
            "HEAD /plaintext HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            400,
        ),
        (
            "HEAD /plaintext HTTP/1.1\r\nHost: a\r\nExpect: foo\r\n\r\n",
            417,
        ),
        (
            "HEAD /plaintext HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n",
            501,
        ),
        // After empty lines, as a client may send between pipelined requests.
        (
            "\r\n\r\nHEAD /plaintext HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            400,
        ),
        // The same with GET: the page.
        ("GET /plaintext HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", 400),
    ] {
        let got = read_to_the_end_within_a_second(server.addr, head);
        let text = String::from_utf8_lossy(&got);
        let (fields, page) = text.split_once("\r\n\r\n").expect("a whole head");
        assert!(fields.starts_with(&format!("HTTP/1.1 {status} ")), "{text}");
        let length: usize = fields
            .lines()
            .find_map(|l| l.strip_prefix("Content-Length: "))
            .expect("the page's length")
            .parse()
            .unwrap();
        let want = if head.trim_start().starts_with("HEAD") {
            0
        } else {
            length
        };
        assert_eq!(page.len(), want, "{head:?}: {text}");
    }
}

#[test]
fn a_client_that_ends_its_side_part_way_through_an_ignored_body_still_gets_the_answer() {
    let server = serve("half-closed-body", "", "");
    for head in [
        "POST /ignore HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nhello",
        "POST /ignore HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n",
    ] {
        let got = read_to_the_end(server.addr, head, true);
        let text = String::from_utf8_lossy(&got);
        assert!(text.starts_with("HTTP/1.1 200 "), "{head:?}: {text}");
        assert!(text.ends_with("ignored"), "{text}");
    }
}

#[test]
fn an_ignored_body_is_skipped_and_the_next_pipelined_request_answered() {
    let server = serve("ignored", "", "");
    let a = server.addr;
    let mut s = connect(a);
    let mut all = with_body("POST", "/ignore", &pattern(100_000), None);
    all.extend(with_body("POST", "/ignore", &pattern(3000), Some(7)));
    all.extend_from_slice(b"GET /hello HTTP/1.1\r\nHost: t\r\n\r\n");
    let mut w = s.try_clone().unwrap();
    let writer = std::thread::spawn(move || w.write_all(&all).unwrap());
    let mut r = BufReader::new(s.try_clone().unwrap());
    for _ in 0..2 {
        let ignored = read_response(&mut r, false).unwrap();
        assert_eq!((ignored.status, ignored.header("connection")), (200, None));
    }
    assert_eq!(
        read_response(&mut r, false).unwrap().text(),
        "hi from the config"
    );
    writer.join().unwrap();
    // The connection is still good.
    s.write_all(b"GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        .unwrap();
    assert_eq!(read_response(&mut r, false).unwrap().status, 200);

    // A malformed body no handler reads is a 400 alone, and the connection closes.
    let reply = exchange(
        a,
        b"POST /ignore HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nZZ\r\nxx\r\n0\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n",
    );
    let reply = String::from_utf8_lossy(&reply);
    assert!(reply.starts_with("HTTP/1.1 400 "), "{reply}");
    assert_eq!(reply.matches("HTTP/1.1").count(), 1, "{reply}");
}

#[test]
fn an_ignored_body_past_max_body_closes_the_connection() {
    let server = serve("ignored-large", "", "max_body = \"1KiB\"");
    let s = connect(server.addr);
    // Announced longer than what may be discarded: answered, then closed, unread.
    let mut all = with_body("POST", "/ignore", &pattern(1 << 20), None);
    all.extend_from_slice(b"GET /hello HTTP/1.1\r\nHost: t\r\n\r\n");
    let mut w = s.try_clone().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = w.write_all(&all);
    });
    let mut r = BufReader::new(s);
    let answer = read_response(&mut r, false).unwrap();
    assert_eq!(
        (answer.status, answer.header("connection")),
        (200, Some("close"))
    );
    let mut rest = Vec::new();
    let _ = r.read_to_end(&mut rest);
    assert!(rest.is_empty(), "nothing after the close");
    writer.join().unwrap();
    // Chunked: discarded up to the limit, then closed.
    let s = connect(server.addr);
    let mut w = s.try_clone().unwrap();
    let all = with_body("POST", "/ignore", &pattern(1 << 20), Some(4096));
    let writer = std::thread::spawn(move || {
        let _ = w.write_all(&all);
    });
    let answer = read_response(&mut BufReader::new(s), false).unwrap();
    assert_eq!(
        (answer.status, answer.header("connection")),
        (200, Some("close"))
    );
    writer.join().unwrap();
    // A chunk announced past the limit, a few of its bytes sent: answered and closed at once,
    // not after the read timeout (30 s) spent waiting for the rest.
    let started = Instant::now();
    let mut s = connect(server.addr);
    s.write_all(
        b"POST /ignore HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\nffffffff\r\nhello",
    )
    .unwrap();
    let answer = read_response(&mut BufReader::new(s), false).unwrap();
    assert_eq!(
        (answer.status, answer.header("connection")),
        (200, Some("close"))
    );
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn an_ignored_body_trickled_holds_the_answer_back_one_read_timeout_at_most() {
    let server = serve("ignored-slow", "[timeouts]\nread = \"400ms\"", "");
    let mut s = connect(server.addr);
    s.write_all(b"POST /ignore HTTP/1.1\r\nHost: t\r\nContent-Length: 1000\r\n\r\n")
        .unwrap();
    let started = Instant::now();
    // A byte of the body every 100 ms: each read comes within the read timeout, the whole
    // never does.
    let mut w = s.try_clone().unwrap();
    let trickle = std::thread::spawn(move || {
        for _ in 0..30 {
            if w.write_all(b"x").is_err() {
                break;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    });
    let answer = read_response(&mut BufReader::new(s.try_clone().unwrap()), false).unwrap();
    let took = started.elapsed();
    // The handler's own answer, then the close: not a 408, and not after the whole body.
    assert_eq!(
        (answer.status, answer.header("connection")),
        (200, Some("close"))
    );
    assert!(
        took < Duration::from_millis(1500),
        "answered after {took:?}"
    );
    trickle.join().unwrap();
}

/// Sends `head`, then `pieces` of `piece` bytes `every` apart (after `after`), from a thread
/// of its own; the response and how long it took from the first piece's due time.
fn trickle(
    addr: SocketAddr,
    head: &str,
    (after, pieces, piece, every): (Duration, usize, usize, Duration),
) -> (percore_testkit::http::Response, Duration) {
    let s = connect(addr);
    let mut w = s.try_clone().unwrap();
    w.write_all(head.as_bytes()).unwrap();
    let started = Instant::now();
    let writer = std::thread::spawn(move || {
        std::thread::sleep(after);
        for _ in 0..pieces {
            if w.write_all(&vec![b'x'; piece]).is_err() {
                break;
            }
            std::thread::sleep(every);
        }
    });
    let answer = read_response(&mut BufReader::new(s), false).unwrap();
    let took = started.elapsed();
    writer.join().unwrap();
    (answer, took)
}

/// A test bed whose read timeout is 400 ms, with `min_body_rate` at `rate` bytes a second.
fn with_body_rate(name: &str, rate: u64) -> Server {
    let rate = format!("min_body_rate = {rate}");
    serve(name, "[timeouts]\nread = \"400ms\"", &rate)
}

#[test]
fn a_body_that_comes_slower_than_min_body_rate_is_cut_off() {
    // A byte every 100 ms: each within the read timeout (400 ms), 10 bytes a second in all,
    // where 100 are asked for. The body may keep the server waiting 400 ms, plus 10 ms for
    // each byte that came: cut off after about 450 ms.
    let head = "POST /sum HTTP/1.1\r\nHost: t\r\nContent-Length: 30\r\n\r\n";
    let drip = (Duration::ZERO, 30, 1, Duration::from_millis(100));
    let server = with_body_rate("body-rate", 100);
    let (answer, took) = trickle(server.addr, head, drip);
    assert_eq!(
        (answer.status, answer.header("connection")),
        (408, Some("close"))
    );
    assert!(took < Duration::from_millis(1500), "cut off after {took:?}");
    drop(server);
    // Off, each piece's read timeout alone bounds it: the whole 30 bytes (3 s) are summed.
    let server = with_body_rate("body-rate-off", 0);
    let (answer, took) = trickle(server.addr, head, drip);
    assert_eq!(
        (answer.status, answer.text()),
        (200, format!("30 {:016x} 30", fnv(FNV_START, &[b'x'; 30])))
    );
    assert!(
        took > Duration::from_millis(2500),
        "answered after {took:?}"
    );
}

#[test]
fn min_body_rate_does_not_count_the_time_a_handler_is_not_reading() {
    // The handler is at other work for a second before it reads; the client sends its body
    // from 1.2 s on, 10 bytes every 50 ms (200 a second, the rate asks for 100). Counted from
    // when the request came, the body would be over its allowance (400 ms) before its first
    // byte.
    let server = with_body_rate("body-rate-pause", 100);
    let head = "POST /sum?pause_ms=1000 HTTP/1.1\r\nHost: t\r\nContent-Length: 400\r\n\r\n";
    let steady = (
        Duration::from_millis(1200),
        40,
        10,
        Duration::from_millis(50),
    );
    let (answer, took) = trickle(server.addr, head, steady);
    assert_eq!(answer.status, 200, "{} after {took:?}", answer.text());
    assert!(answer.text().starts_with("400 "), "{}", answer.text());
}

/// Asks for a 4 MiB stream and reads it 1 KiB every 100 ms (about 10 KiB a second, with a
/// receive buffer of about 1 KiB) for at most `limit`: the bytes it got, and how the
/// connection ended if it did first (`Ok` for an end of stream).
fn read_slowly(
    addr: SocketAddr,
    limit: Duration,
) -> (usize, Option<Result<(), std::io::ErrorKind>>) {
    let mut client = SlowReader::connect(addr, 1024, Duration::from_millis(100));
    client
        .stream
        .set_read_timeout(Some(Duration::from_secs(5)))
        .unwrap();
    write!(
        client.stream,
        "GET /stream?len=4194304&chunk=65536 HTTP/1.1\r\nHost: t\r\n\r\n"
    )
    .unwrap();
    let started = Instant::now();
    let (mut got, mut buf) = (0, [0u8; 1024]);
    while started.elapsed() < limit {
        match client.read(&mut buf) {
            Ok(0) => return (got, Some(Ok(()))),
            Err(e) => return (got, Some(Err(e.kind()))),
            Ok(n) => got += n,
        }
    }
    (got, None)
}

#[test]
fn a_client_that_takes_its_response_slower_than_min_send_rate_is_cut_off() {
    // Write timeout 300 ms, 50,000 bytes a second asked for: the client reads within every
    // write timeout, but a fifth of that. The second look (600 ms into a wait for room)
    // finds it took about 3,000 bytes since the first, of the 15,000 owed: cut off.
    let server = serve(
        "send-rate",
        "[timeouts]\nwrite = \"300ms\"",
        "min_send_rate = 50000",
    );
    let started = Instant::now();
    let (got, ended) = read_slowly(server.addr, Duration::from_secs(10));
    // A reset: the megabytes queued for it are not kept for it.
    assert_eq!(
        ended,
        Some(Err(std::io::ErrorKind::ConnectionReset)),
        "after {:?} ({got} bytes)",
        started.elapsed()
    );
    assert!(
        started.elapsed() < Duration::from_secs(4) && got < 1 << 20,
        "cut off after {:?} and {got} bytes",
        started.elapsed()
    );
    // A client that keeps up gets it all.
    let r = get(server.addr, "/stream?len=4194304&chunk=65536", "");
    assert_eq!((r.status, r.body.len()), (200, 4 << 20));
    drop(server);
    // Off, the same slow client is still being served 2 s in, as the write timeout alone
    // would have it.
    let server = serve(
        "send-rate-off",
        "[timeouts]\nwrite = \"300ms\"",
        "min_send_rate = 0",
    );
    let (got, ended) = read_slowly(server.addr, Duration::from_secs(2));
    assert!(
        ended.is_none() && got > 8 * 1024,
        "{ended:?} after {got} bytes"
    );
}

/// Over HTTPS, with a read timeout of 1 s and `min_body_rate` at `rate`: a body of one
/// record of 16,000 bytes, its ciphertext sent 400 bytes every 100 ms (4,000 bytes a second;
/// nothing decrypts before the record's last byte, 4 s on). The answer, and when it came.
fn https_body_of_one_slow_record(
    name: &str,
    rate: u64,
) -> (percore_testkit::http::Response, Duration) {
    let pki = percore_testkit::tls::Pki::new(name);
    let leaf = pki.leaf("server", &["localhost"], false);
    let tls = format!(
        "[timeouts]\nread = \"1s\"\n[tls]\nlisten = [\"127.0.0.1:0\"]\ncert = {:?}\nkey = {:?}",
        leaf.cert.display().to_string(),
        leaf.key.display().to_string()
    );
    let server = serve(name, &tls, &format!("min_body_rate = {rate}"));
    let addr = server.tls_addr.expect("a TLS address");
    let mut s = percore_testkit::tls::connect(addr, pki.any_client(), "localhost");
    s.write_all(b"POST /sum HTTP/1.1\r\nHost: t\r\nContent-Length: 16000\r\n\r\n")
        .unwrap();
    s.flush().unwrap();
    s.conn.writer().write_all(&[b'x'; 16000]).unwrap();
    let mut records = Vec::new();
    while s.conn.wants_write() {
        s.conn.write_tls(&mut records).unwrap();
    }
    let started = Instant::now();
    for piece in records.chunks(400) {
        // Cut off, the rest cannot go.
        if s.sock.write_all(piece).is_err() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let answer = read_response(&mut BufReader::new(s), false).unwrap();
    (answer, started.elapsed())
}

#[test]
fn over_https_streamed_chunks_small_and_large_arrive_whole() {
    let pki = percore_testkit::tls::Pki::new("https-stream");
    let leaf = pki.leaf("server", &["localhost"], false);
    let tls = format!(
        "[tls]\nlisten = [\"127.0.0.1:0\"]\ncert = {:?}\nkey = {:?}",
        leaf.cert.display().to_string(),
        leaf.key.display().to_string()
    );
    let server = serve("https-stream", &tls, "");
    let addr = server.tls_addr.expect("a TLS address");
    let pattern = |body: &[u8]| body.iter().enumerate().all(|(i, &b)| b == (i % 251) as u8);
    // Chunked, then HTTP/1.0 (the body ends with the connection, its close_notify).
    let mut s = percore_testkit::tls::connect(addr, pki.any_client(), "localhost");
    s.write_all(b"GET /stream?len=300000&chunk=40000&mixed HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    let r = read_response(&mut BufReader::new(&mut s), false).unwrap();
    assert_eq!(r.header("transfer-encoding"), Some("chunked"));
    assert!(r.body.len() == 300_000 && pattern(&r.body));
    let mut s = percore_testkit::tls::connect(addr, pki.any_client(), "localhost");
    s.write_all(b"GET /stream?len=300000&chunk=40000&mixed HTTP/1.0\r\n\r\n")
        .unwrap();
    let mut all = Vec::new();
    s.read_to_end(&mut all).unwrap();
    let body = &all[all.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4..];
    assert!(
        body.len() == 300_000 && pattern(body),
        "{} bytes",
        body.len()
    );
}

#[test]
fn over_https_the_alert_for_a_broken_record_of_a_body_goes_after_the_responses_records() {
    // A task of the handler's reads the body while the connection sends the 4 MiB answer
    // (`POST /spawned-body`), held back by a client that does not read. The client then
    // sends a record of the body with a broken tag: rustls' alert for it must come after
    // whole records of the answer and end what is sent, not land inside the answer.
    let pki = percore_testkit::tls::Pki::new("alert-order");
    let leaf = pki.leaf("server", &["localhost"], false);
    let tls = format!(
        "[tls]\nlisten = [\"127.0.0.1:0\"]\ncert = {:?}\nkey = {:?}",
        leaf.cert.display().to_string(),
        leaf.key.display().to_string()
    );
    let server = serve("alert-order", &tls, "");
    let addr = server.tls_addr.expect("a TLS address");
    let mut s = percore_testkit::tls::connect(addr, pki.any_client(), "localhost");
    // A small window, whatever the host's TCP buffers: the answer waits for the client.
    socket2::SockRef::from(&s.sock)
        .set_recv_buffer_size(64 * 1024)
        .unwrap();
    s.write_all(b"POST /spawned-body HTTP/1.1\r\nHost: t\r\nContent-Length: 100000\r\n\r\n")
        .unwrap();
    s.flush().unwrap();
    // The answer is under way, and waits for the client's window.
    std::thread::sleep(Duration::from_millis(500));
    s.conn.writer().write_all(&[b'x'; 1000]).unwrap();
    let mut broken = Vec::new();
    while s.conn.wants_write() {
        s.conn.write_tls(&mut broken).unwrap();
    }
    *broken.last_mut().unwrap() ^= 1;
    s.sock.write_all(&broken).unwrap();
    std::thread::sleep(Duration::from_millis(500));
    s.sock
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut raw = Vec::new();
    let _ = s.sock.read_to_end(&mut raw);
    // Record by record through the client's session: the alert is the last record, and every
    // record before it decrypts.
    let mut at = 0;
    let mut alert_at = None;
    let mut answered = 0;
    'records: while at + 5 <= raw.len() {
        let len = usize::from(u16::from_be_bytes([raw[at + 3], raw[at + 4]]));
        let mut record = &raw[at..(at + 5 + len).min(raw.len())];
        at += record.len();
        while !record.is_empty() {
            s.conn.read_tls(&mut record).unwrap();
            match s.conn.process_new_packets() {
                Ok(_) => {}
                Err(e) if e.to_string().starts_with("received fatal alert") => {
                    alert_at = Some(at);
                    break 'records;
                }
                Err(e) => panic!("byte {at} of {}: {e}", raw.len()),
            }
            // Read until it has nothing more for now (`WouldBlock`).
            let mut plaintext = [0u8; 16 * 1024];
            while let Ok(n @ 1..) = s.conn.reader().read(&mut plaintext) {
                answered += n;
            }
        }
    }
    assert_eq!(alert_at, Some(raw.len()), "the alert, then nothing");
    // The broken record came while the answer went out, not before it started.
    assert!(
        answered > 64 * 1024,
        "{answered} bytes of the answer before the alert"
    );
}

#[test]
fn over_https_a_body_counts_toward_min_body_rate_as_its_records_arrive() {
    // 1,000 bytes a second asked for: counted as it comes, the record is well within it.
    let (answer, _) = https_body_of_one_slow_record("body-rate-tls", 1000);
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert!(
        answer
            .text()
            .starts_with(&format!("16000 {:016x} ", fnv(FNV_START, &[b'x'; 16000]))),
        "{}",
        answer.text()
    );
    // 10,000 asked for: over its allowance (1 s, and 0.4 s for each second of it) after
    // about 1.7 s.
    let (answer, took) = https_body_of_one_slow_record("body-rate-tls-slow", 10_000);
    assert_eq!(answer.status, 408, "{}", answer.text());
    assert!(took < Duration::from_secs(3), "cut off after {took:?}");
}

#[test]
fn streamed_responses_arrive_whole_with_bounded_memory() {
    let mut server = serve("streams", "", "");
    let a = server.addr;
    // Small chunks (gathered into sends), large ones (sent where they are), and the two in
    // turn.
    for query in [
        "len=1024&chunk=1000",
        "len=1048576&chunk=1000",
        "len=1048576&chunk=100000",
        "len=1048576&chunk=40000&mixed",
    ] {
        let r = get(a, &format!("/stream?{query}"), "");
        assert_eq!(r.header("transfer-encoding"), Some("chunked"), "{query}");
        let len: usize = query[4..].split('&').next().unwrap().parse().unwrap();
        assert_eq!(r.body.len(), len, "{query}");
        assert!(
            r.body
                .iter()
                .enumerate()
                .all(|(i, &b)| b == (i % 251) as u8),
            "{query}"
        );
    }
    // A large chunk's line end comes with it, not with the next chunk: a client reads it
    // before it hands the chunk on (the producer pauses 1.5 s between two chunks).
    let mut c = connect(a);
    c.write_all(b"GET /stream?len=80000&chunk=40000&pause_ms=1500 HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    let asked = Instant::now();
    let mut got = Vec::new();
    let mut buf = [0u8; 65536];
    let first = b"9c40\r\n";
    while got
        .windows(first.len())
        .position(|w| w == first)
        .is_none_or(|at| got.len() < at + first.len() + 40_000 + 2)
    {
        let n = c.read(&mut buf).unwrap();
        assert!(n > 0, "closed after {} bytes", got.len());
        got.extend_from_slice(&buf[..n]);
    }
    assert!(
        asked.elapsed() < Duration::from_millis(1000),
        "the first chunk's line end came after {:?}",
        asked.elapsed()
    );
    drop(c);
    // HTTP/1.0: no chunks; the body ends with the connection.
    let r = raw(a, "GET /stream?len=5000 HTTP/1.0\r\n\r\n", false);
    assert_eq!((r.header("transfer-encoding"), r.body.len()), (None, 5000));
    let r = raw(
        a,
        "GET /stream?len=300000&chunk=40000&mixed HTTP/1.0\r\n\r\n",
        false,
    );
    assert_eq!(r.body.len(), 300_000);
    assert!(
        r.body
            .iter()
            .enumerate()
            .all(|(i, &b)| b == (i % 251) as u8)
    );
    // HEAD: no body, no length.
    let r = raw(a, "HEAD /stream?len=5000 HTTP/1.1\r\nHost: t\r\n\r\n", true);
    assert_eq!((r.status, r.header("content-length")), (200, None));

    // 256 MiB to a client that reads slowly: the server holds a bounded window of it.
    let before = rss_kib(server.pid());
    const LEN: u64 = 256 << 20;
    let mut client = SlowReader::connect(a, 256 * 1024, Duration::from_micros(200));
    write!(
        client.stream,
        "GET /stream?len={LEN}&chunk=65536 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut r = BufReader::with_capacity(256 * 1024, client);
    let mut line = String::new();
    while r.read_line(&mut line).unwrap() > 2 {
        line.clear();
    }
    // Read the chunks as they come, checking each byte and the server's memory on the way.
    let (mut got, mut peak) = (0u64, 0u64);
    let mut buf = vec![0u8; 1 << 20];
    loop {
        line.clear();
        r.read_line(&mut line).unwrap();
        let size = usize::from_str_radix(line.trim_end(), 16).unwrap();
        if size == 0 {
            break;
        }
        let mut left = size;
        while left > 0 {
            let n = left.min(buf.len());
            r.read_exact(&mut buf[..n]).unwrap();
            assert!(
                buf[..n]
                    .iter()
                    .enumerate()
                    .all(|(i, &b)| b == ((got + i as u64) % 251) as u8),
                "byte {got} on"
            );
            got += n as u64;
            left -= n;
        }
        let mut crlf = [0u8; 2];
        r.read_exact(&mut crlf).unwrap();
        if got % (16 << 20) < 65536 {
            peak = peak.max(rss_kib(server.pid()));
        }
    }
    assert_eq!(got, LEN);
    let grew = peak.saturating_sub(before);
    println!("server RSS {before} KiB before, peak {peak} KiB during a 256 MiB stream");
    assert!(grew < 16 * 1024, "the server grew by {grew} KiB");
    server.signal("TERM");
    assert!(server.wait(Duration::from_secs(10)).success());
}

#[test]
fn a_client_that_asked_to_close_and_sent_nothing_more_is_closed_at_once() {
    let server = serve("close-at-once", "", "");
    let mut s = connect(server.addr);
    s.write_all(b"GET /hello HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n")
        .unwrap();
    let mut got = Vec::new();
    s.read_to_end(&mut got).unwrap();
    assert!(got.starts_with(b"HTTP/1.1 200 OK\r\n"), "{got:?}");
    // The server closed its socket rather than wait for the client's side: what the client
    // sends now (a TLS client's close_notify, say) meets a closed socket, which answers with
    // a reset, and the client's next send fails. A server still lingering would read it, and
    // the next send would go through.
    s.write_all(b"x").unwrap();
    std::thread::sleep(Duration::from_millis(100));
    let again = s.write_all(b"y");
    assert_eq!(
        again.map_err(|e| e.kind()),
        Err(std::io::ErrorKind::BrokenPipe),
        "the server lingered"
    );
}

/// Sends `req` on a new connection and reads to the end of the stream, which must come
/// within a second.
fn read_to_the_end_within_a_second(addr: SocketAddr, req: &str) -> Vec<u8> {
    read_to_the_end(addr, req, false)
}

/// Sends `req` (then ends our side, with `half_close`) and reads to the end of the stream,
/// which must come within a second.
fn read_to_the_end(addr: SocketAddr, req: &str, half_close: bool) -> Vec<u8> {
    let mut s = connect(addr);
    s.set_read_timeout(Some(Duration::from_millis(1000)))
        .unwrap();
    s.write_all(req.as_bytes()).unwrap();
    if half_close {
        s.shutdown(std::net::Shutdown::Write).unwrap();
    }
    let started = Instant::now();
    let mut got = Vec::new();
    s.read_to_end(&mut got)
        .unwrap_or_else(|e| panic!("{req:?}: no end after {:?}: {e}", started.elapsed()));
    got
}

#[test]
fn a_closing_connection_ends_at_once_while_a_handler_still_holds_its_request() {
    // The handler's task keeps the request (and so the socket) 2 s after the answer; the
    // client reads to the end of the stream, as an HTTP/1.0 client must for a body that
    // ends with the connection: the end comes with the answer, not when the task lets go.
    let server = serve("close-kept", "", "");
    for req in [
        "GET /kept HTTP/1.0\r\n\r\n",
        "GET /kept HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n",
    ] {
        let got = read_to_the_end_within_a_second(server.addr, req);
        assert!(got.ends_with(b"kept"), "{}", String::from_utf8_lossy(&got));
    }
}

#[test]
fn a_response_that_breaks_off_ends_the_connection_while_a_handler_still_holds_its_request() {
    // As above, but the response fails part way (its stream aborts): the connection ends
    // with the failure, not when the handler's task lets go of the request 2 s later.
    // Chunked, it ends without the last chunk.
    let server = serve("broken-kept", "", "");
    let got = read_to_the_end_within_a_second(
        server.addr,
        "GET /kept-broken HTTP/1.1\r\nHost: t\r\n\r\n",
    );
    let text = String::from_utf8_lossy(&got);
    assert!(text.contains(" 200 OK\r\n"), "{text}");
    assert!(!text.ends_with("0\r\n\r\n"), "{text}");
    // To an HTTP/1.0 client, whose body ends with the connection, a close would pass what
    // was sent for the whole body: the connection is reset.
    let mut s = connect(server.addr);
    s.write_all(b"GET /kept-broken HTTP/1.0\r\n\r\n").unwrap();
    let mut got = Vec::new();
    let ended = s.read_to_end(&mut got);
    let text = String::from_utf8_lossy(&got);
    assert_eq!(
        ended.map_err(|e| e.kind()),
        Err(std::io::ErrorKind::ConnectionReset),
        "{text}"
    );
}

#[test]
fn requests_pipelined_behind_a_body_hold_no_buffer_of_the_core_while_their_handler_works() {
    // One worker with a ring of 8 buffers. Each of 12 clients sends a body and a request
    // behind it in one write: the body is read to its end, then its handler works for 4 s.
    // The request behind it must not keep its ring buffer meanwhile: 12 such clients would
    // hold the whole ring, and another client would wait for their handlers.
    let server = serve("read-then-sleep", "[buffers]\ncount = 8", "");
    let hogs: Vec<TcpStream> = (0..12)
        .map(|_| {
            let s = connect(server.addr);
            (&s).write_all(
                b"POST /read-then-sleep?ms=4000 HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello\
                  GET /hello HTTP/1.1\r\nHost: t\r\n\r\n",
            )
            .unwrap();
            s
        })
        .collect();
    // Every hog's body read, and its handler at work.
    std::thread::sleep(Duration::from_millis(500));
    let asked = Instant::now();
    let other = get(server.addr, "/hello", "");
    assert_eq!(other.status, 200);
    assert!(
        asked.elapsed() < Duration::from_secs(2),
        "{:?}",
        asked.elapsed()
    );
    for hog in hogs {
        let mut r = BufReader::new(hog);
        assert_eq!(read_response(&mut r, false).unwrap().text(), "5");
        assert_eq!(read_response(&mut r, false).unwrap().status, 200);
    }
}

#[test]
fn a_parked_connection_ends_at_its_idle_timeout_while_a_handler_still_holds_its_request() {
    // An idle timeout of 1.3 s, past the second after which a waiting connection gives up
    // its request state (parks). The handler's task keeps the request, and so the socket, 2 s
    // after the answer: the end of the stream must come at the idle timeout, not then.
    let server = serve("idle-kept", "[timeouts]\nidle = \"1300ms\"", "");
    let s = connect(server.addr);
    (&s).write_all(b"GET /kept HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    let mut r = BufReader::new(s.try_clone().unwrap());
    assert_eq!(read_response(&mut r, false).unwrap().text(), "kept");
    let answered = Instant::now();
    s.set_read_timeout(Some(Duration::from_millis(1800)))
        .unwrap();
    let mut rest = Vec::new();
    r.read_to_end(&mut rest)
        .unwrap_or_else(|e| panic!("no end after {:?}: {e}", answered.elapsed()));
    assert!(rest.is_empty(), "{rest:?}");
    let waited = answered.elapsed();
    assert!(waited < Duration::from_millis(1800), "{waited:?}");
}

#[test]
fn a_connection_the_client_ends_ends_at_once_while_a_handler_still_holds_its_request() {
    // The handler's task keeps the request (and so the socket) 2 s after the answer. The
    // client then sends its FIN: at once (the connection still holds its request state), and
    // after 1.2 s (it has parked). Our FIN must follow the client's, not wait for the task.
    let server = serve("client-ends-kept", "", "");
    for pause in [Duration::ZERO, Duration::from_millis(1200)] {
        let s = connect(server.addr);
        (&s).write_all(b"GET /kept HTTP/1.1\r\nHost: t\r\n\r\n")
            .unwrap();
        let mut r = BufReader::new(s.try_clone().unwrap());
        assert_eq!(read_response(&mut r, false).unwrap().text(), "kept");
        std::thread::sleep(pause);
        s.shutdown(std::net::Shutdown::Write).unwrap();
        let ended = Instant::now();
        s.set_read_timeout(Some(Duration::from_millis(600)))
            .unwrap();
        let mut rest = Vec::new();
        r.read_to_end(&mut rest).unwrap_or_else(|e| {
            panic!(
                "after {pause:?}: no end {:?} after our FIN: {e}",
                ended.elapsed()
            )
        });
        assert!(rest.is_empty(), "{rest:?}");
    }
}

#[test]
fn a_body_read_by_a_handler_s_task_after_the_answer_loses_nothing_to_the_close() {
    // The handler answers at once (4 MiB, which this client reads slowly) and a task of its
    // own reads the body afterwards, while the client still sends it: the connection's close
    // behind the answer must not read from the socket beside that task.
    let server = serve("spawned-body", "", "");
    let mut client = SlowReader::connect(server.addr, 64 * 1024, Duration::from_millis(5));
    let mut w = client.stream.try_clone().unwrap();
    w.write_all(b"POST /spawned-body HTTP/1.1\r\nHost: t\r\nTransfer-Encoding: chunked\r\n\r\n")
        .unwrap();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer = std::thread::spawn({
        let done = done.clone();
        move || {
            let (mut h, mut n, mut i) = (FNV_START, 0, 0);
            // Chunks keep coming while the answer is read, and a while after.
            while !done.load(std::sync::atomic::Ordering::Relaxed) || i < 20 {
                let piece = pattern(4096 + i);
                i += 1;
                w.write_all(format!("{:x}\r\n", piece.len()).as_bytes())
                    .unwrap();
                w.write_all(&piece).unwrap();
                w.write_all(b"\r\n").unwrap();
                (h, n) = (fnv(h, &piece), n + piece.len());
                std::thread::sleep(Duration::from_millis(5));
            }
            w.write_all(b"0\r\n\r\n").unwrap();
            format!("{n} {h:x}")
        }
    });
    let r = read_response(&mut BufReader::with_capacity(64 * 1024, &mut client), false).unwrap();
    assert_eq!(r.body.len(), 4 << 20);
    // The body was still out with the task when the head went: the connection cannot go
    // on after it, and the head says so (the client must not pipeline behind it).
    assert_eq!(r.header("connection"), Some("close"));
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    let sent = writer.join().unwrap();
    let started = Instant::now();
    let read = loop {
        let t = get(server.addr, "/spawned-body", "").text();
        if !t.is_empty() || started.elapsed() > Duration::from_secs(5) {
            break t;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(
        read, sent,
        "the handler's task read another body than the client sent"
    );
}

#[test]
fn a_client_that_asked_to_close_and_sent_more_gets_its_whole_response() {
    // A client asks to close, then sends 256 KiB more at once (past the connection's stash)
    // and 64 KiB later, while its response (4 MiB, read slowly) is still in the server's
    // socket. A server that closed at once would answer the late bytes with a reset, and
    // the rest of the response would be lost: having received more than it asked for, the
    // server lingers, reading and discarding, until the response has arrived.
    let server = serve("close-with-more", "", "");
    const LEN: usize = 4 << 20;
    let mut client = SlowReader::connect(server.addr, 64 * 1024, Duration::from_millis(2));
    let mut req = format!(
        "GET /stream?len={LEN}&chunk=65536 HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"
    )
    .into_bytes();
    req.extend(std::iter::repeat_n(b'z', 256 * 1024));
    let mut w = client.stream.try_clone().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = w.write_all(&req);
        std::thread::sleep(Duration::from_millis(300));
        let _ = w.write_all(&[b'z'; 64 * 1024]);
    });
    std::thread::sleep(Duration::from_millis(600));
    let r = read_response(&mut BufReader::with_capacity(64 * 1024, &mut client), false)
        .expect("the whole response");
    assert_eq!(r.body.len(), LEN);
    assert!(
        r.body
            .iter()
            .enumerate()
            .all(|(i, &b)| b == (i % 251) as u8)
    );
    writer.join().unwrap();
}

#[test]
fn a_panicking_handler_answers_500_and_the_worker_goes_on() {
    let mut server = serve("panics", "", "");
    let a = server.addr;
    for target in ["/panic-at-call", "/panic?now", "/panic", "/panic?lines"] {
        let r = get(a, target, "");
        assert_eq!((r.status, r.header("connection")), (500, Some("close")));
        // The same (only) worker serves the next request.
        assert_eq!(get(a, "/hello", "").status, 200);
    }
    server.signal("TERM");
    assert!(server.wait(Duration::from_secs(10)).success());
    let log = server.log();
    // Each names its request.
    for named in [
        "a handler panicked on GET \"/panic-at-call\"",
        "a handler panicked on GET \"/panic?now\"",
    ] {
        assert!(log.contains(named), "{named}: {log}");
    }
    // A message's line break does not start a line of its own in the handler's log line.
    assert!(
        log.lines()
            .any(|l| l.contains("a handler panicked") && l.contains("\\nFORGED")),
        "{log}"
    );
}

#[test]
fn a_query_is_read_as_a_browsers_form_writes_it() {
    let server = serve("query", "", "");
    for (target, want) in [
        ("/query?q=a+b%21&page=2", "a b!|2"),
        ("/query?page=2&q=caf%C3%A9&q=second", "café|3"),
        ("/query", "|0"),
        ("/query?q", "|1"),
    ] {
        assert_eq!(get(server.addr, target, "").text(), want, "{target}");
    }
}

/// Asks for `target`, whose file body announces `announced` bytes and has `came` of them
/// sent before the connection closes; the server's log, after a stop.
fn file_body_cut_short(name: &str, target: &str, announced: usize, came: usize) -> String {
    let mut server = serve(name, "", "");
    let got = read_to_the_end_within_a_second(
        server.addr,
        &format!("GET {target} HTTP/1.1\r\nHost: t\r\n\r\n"),
    );
    let text = String::from_utf8_lossy(&got);
    let (head, body) = text.split_once("\r\n\r\n").expect("a head");
    assert!(
        head.contains(&format!("Content-Length: {announced}")),
        "{head}"
    );
    assert_eq!(body.len(), came, "what there is, then the close");
    server.signal("TERM");
    assert!(server.wait(Duration::from_secs(10)).success());
    server.log()
}

#[test]
fn a_file_body_that_stops_short_of_its_length_is_said_in_the_log_with_its_request() {
    let log = file_body_cut_short("file-past-end", "/file-past-end?x", 1000, 10);
    assert!(
        log.contains(
            "GET \"/file-past-end?x\": the body stopped after 10 of the 1000 bytes announced \
             (the file holds fewer"
        ),
        "{log}"
    );
}

#[test]
fn a_file_body_that_cannot_be_sent_at_all_is_said_in_the_log_with_its_reason() {
    // A directory's descriptor: `sendfile` and `splice` say EINVAL, a read EISDIR.
    let log = file_body_cut_short("file-dir", "/file-dir", 100, 0);
    assert!(
        log.contains(
            "GET \"/file-dir\": the body stopped after 0 of the 100 bytes announced (the file \
             cannot be sent: "
        ),
        "{log}"
    );
}

#[test]
fn a_handler_answer_that_cannot_end_a_request_is_answered_500_in_order() {
    let mut server = serve("interim", "", "");
    let mut r = BufReader::new(connect(server.addr));
    // Pipelined: each interim status is replaced, so the answers stay in step.
    let mut asked = Vec::new();
    for code in [100, 101, 103, 199, 599, 200] {
        asked.extend_from_slice(
            format!("GET /status/{code} HTTP/1.1\r\nHost: t\r\n\r\n").as_bytes(),
        );
        asked.extend_from_slice(b"GET /hello HTTP/1.1\r\nHost: t\r\n\r\n");
    }
    asked.extend_from_slice(b"HEAD /announce HTTP/1.1\r\nHost: t\r\n\r\n");
    asked.extend_from_slice(b"GET /announce HTTP/1.1\r\nHost: t\r\n\r\n");
    r.get_mut().write_all(&asked).unwrap();
    for code in [500, 500, 500, 500, 599, 200] {
        let resp = read_response(&mut r, false).unwrap();
        assert_eq!(resp.status, code);
        let hello = read_response(&mut r, false).unwrap();
        assert_eq!(
            (hello.status, hello.text().as_str()),
            (200, "hi from the config")
        );
    }
    // A length announced with no body: right for HEAD, a 500 for GET, in step either way.
    let head = read_response(&mut r, true).unwrap();
    assert_eq!(
        (head.status, head.header("content-length")),
        (200, Some("5"))
    );
    let get = read_response(&mut r, false).unwrap();
    assert_eq!(get.status, 500);
    server.signal("TERM");
    assert!(server.wait(Duration::from_secs(10)).success());
    let log = server.log();
    assert!(
        log.contains("a handler answered 103, which cannot end a request"),
        "{log}"
    );
    assert!(
        log.contains("announced a length without a body for GET"),
        "{log}"
    );
}

#[test]
fn a_producer_that_panics_cuts_its_response_short() {
    let mut server = serve("producer-panics", "", "");
    let a = server.addr;
    // Chunked: the body must not end with its last chunk, and the connection closes.
    let mut s = connect(a);
    s.write_all(
        b"GET /stream?len=10000&chunk=1000&panic_at=3000&pause_ms=5 HTTP/1.1\r\nHost: t\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n",
    )
    .unwrap();
    let mut got = Vec::new();
    let _ = s.read_to_end(&mut got);
    let text = String::from_utf8_lossy(&got);
    assert!(text.starts_with("HTTP/1.1 200 "), "{text}");
    assert!(
        text.contains("transfer-encoding: chunked") || text.contains("Transfer-Encoding: chunked"),
        "{text}"
    );
    assert!(
        !text.ends_with("0\r\n\r\n"),
        "the body looks complete: {text}"
    );
    assert!(
        !text.contains("hi from the config"),
        "the next request was answered: {text}"
    );
    // The worker goes on.
    assert_eq!(get(a, "/hello", "").status, 200);
    server.signal("TERM");
    assert!(server.wait(Duration::from_secs(10)).success());
    let log = server.log();
    assert!(
        log.contains("a streamed response's producer failed"),
        "{log}"
    );
}

/// Bytes pipelined behind a request whose handler takes its time (or whose response is a
/// long stream), and the start of a head sent slowly, are copied out of the core's ring:
/// connections waiting so cannot take every buffer from the others.
#[test]
fn requests_pipelined_behind_a_waiting_answer_hold_no_ring_buffer() {
    let server = serve("held-leases", "[buffers]\ncount = 4\nsize = \"4KiB\"", "");
    let a = server.addr;
    let mut waiting = Vec::new();
    for target in ["/sleep?ms=4000"; 4]
        .into_iter()
        .chain(["/stream?len=100&chunk=10&pause_ms=400"; 4])
    {
        let mut s = connect(a);
        s.write_all(format!("GET {target} HTTP/1.1\r\nHost: t\r\n\r\nGET /hel").as_bytes())
            .unwrap();
        waiting.push(s);
    }
    // And heads sent slowly: their start is all there is for now.
    for _ in 0..4 {
        let mut s = connect(a);
        s.write_all(b"GET /hello HTTP/1.1\r\nHo").unwrap();
        waiting.push(s);
    }
    std::thread::sleep(Duration::from_millis(300));
    // Twelve connections, four buffers: a thirteenth is answered while all twelve still wait.
    let start = Instant::now();
    assert_eq!(get(a, "/hello", "").status, 200);
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "{:?}",
        start.elapsed()
    );
    drop(waiting);
}

#[test]
fn offloaded_work_resumes_on_its_core() {
    let server = serve("offload", "[offload]\nthreads = 1", "");
    let r = get(server.addr, "/offload", "");
    let text = r.text();
    let (ran, resumed) = text.split_once(" -> ").unwrap();
    assert!(ran.starts_with("percore-offload"), "{text}");
    assert!(resumed.starts_with("percore-w"), "{text}");
}

#[test]
fn a_drain_lets_a_stream_finish() {
    let mut server = serve("drain", "", "");
    let a = server.addr;
    let mut s = connect(a);
    // 20 chunks, 50 ms apart: about a second.
    s.write_all(b"GET /stream?len=20000&chunk=1000&pause_ms=50 HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    let mut r = BufReader::new(s);
    let mut line = String::new();
    r.read_line(&mut line).unwrap();
    assert!(line.starts_with("HTTP/1.1 200"), "{line}");
    let started = Instant::now();
    server.signal("TERM");
    // The rest of the head, then every chunk.
    let mut head = String::new();
    loop {
        line.clear();
        r.read_line(&mut line).unwrap();
        if line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    let mut body = Vec::new();
    r.read_to_end(&mut body).unwrap();
    let text = String::from_utf8_lossy(&body);
    assert!(
        text.ends_with("0\r\n\r\n"),
        "the stream completed: {text:?}"
    );
    assert_eq!(text.matches("3e8\r\n").count(), 20);
    assert!(server.wait(Duration::from_secs(10)).success());
    assert!(
        started.elapsed() >= Duration::from_millis(500),
        "not cut short"
    );
    assert!(TcpStream::connect(a).is_err(), "no longer listening");
}

/// Connections waiting for a request when the worker starts to drain, with no idle timeout at
/// all and with one far off: some never sent one, some were answered and have waited past
/// the point where a connection gives up the state of requests (a second). Each is closed
/// cleanly (end of stream) at once, having waited longer than `drain_idle` already (counted
/// from the start of its wait, not from the drain's), and the worker exits. (Were the start of
/// the drain missed, the first would wait for ever and the second for an hour.)
#[test]
fn a_drain_closes_connections_waiting_with_or_without_an_idle_timeout() {
    for idle in ["0s", "1h"] {
        let name = format!("drain-idle-{}", idle.trim_end_matches(char::is_alphabetic));
        let timeouts = format!("[timeouts]\nidle = \"{idle}\"\ndrain_idle = \"1s\"");
        let mut server = serve(&name, &timeouts, "");
        let a = server.addr;
        let mut clients: Vec<BufReader<TcpStream>> = (0..4)
            .map(|i| {
                let mut r = BufReader::new(connect(a));
                if i % 2 == 0 {
                    r.get_mut()
                        .write_all(b"GET /hello HTTP/1.1\r\nHost: t\r\n\r\n")
                        .unwrap();
                    assert_eq!(read_response(&mut r, false).unwrap().status, 200);
                }
                r
            })
            .collect();
        // Past a second of waiting, and longer than `drain_idle`.
        std::thread::sleep(Duration::from_millis(1300));
        for r in &mut clients {
            let s = r.get_mut();
            s.set_read_timeout(Some(Duration::from_millis(50))).unwrap();
            let mut byte = [0u8; 1];
            let open = matches!(
                s.read(&mut byte),
                Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut)
            );
            assert!(open, "idle {idle}: the connection is open before the drain");
        }
        let signalled = Instant::now();
        server.signal("TERM");
        for r in &mut clients {
            r.get_mut()
                .set_read_timeout(Some(Duration::from_secs(5)))
                .unwrap();
            let mut rest = Vec::new();
            let n = r.read_to_end(&mut rest).expect("a clean close, within 5 s");
            assert_eq!(n, 0, "idle {idle}: nothing more is sent: {rest:?}");
        }
        let closed = signalled.elapsed();
        assert!(
            closed < Duration::from_millis(700),
            "idle {idle}: closed {closed:?} after the signal, not at once (drain_idle 1 s)"
        );
        assert!(server.wait(Duration::from_secs(10)).success());
    }
}

#[test]
fn responses_are_counted_by_status_class() {
    let server = serve("metrics", ADMIN, "");
    let a = server.addr;
    assert_eq!(get(a, "/hello", "").status, 200);
    assert_eq!(get(a, "/nope", "").status, 404);
    assert_eq!(get(a, "/nope", "").status, 404);
    assert_eq!(raw(a, "GET / HTTP/1.1\r\n\r\n", false).status, 400);
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let (two, four) = (
            server.metric_sum("percore_responses_2xx_total"),
            server.metric_sum("percore_responses_4xx_total"),
        );
        if (two, four) == (1.0, 3.0) {
            break;
        }
        assert!(Instant::now() < deadline, "2xx {two}, 4xx {four}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A request whose client leaves before its answer (part way through a body its handler left
/// unread, or while its handler waits) is counted as nginx logs it, 499, not lost from the
/// counts; one that resets while its handler or a stream's producer waits is not waited for,
/// and one that only ends its side is answered.
#[test]
fn a_request_whose_client_leaves_before_its_answer_is_counted_as_499() {
    let log = std::env::temp_dir().join(format!("percore-web-{}-gone.log", std::process::id()));
    let _ = std::fs::remove_file(&log);
    let server = serve(
        "client-gone",
        ADMIN,
        &format!(
            "access_log = \"common\"\naccess_log_file = {:?}",
            log.display().to_string()
        ),
    );
    let counted = |what: &str, metric: &str, want: f64| {
        let deadline = Instant::now() + Duration::from_secs(5);
        while server.metric_sum(metric) != want {
            assert!(
                Instant::now() < deadline,
                "{what}: {metric} {}",
                server.metric_sum(metric)
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    // Sends `request`, then, once the server has started on it, leaves for good (a reset).
    let sent_then_reset = |request: &[u8]| {
        let started = server.metric_sum("percore_requests_total");
        let s = connect(server.addr);
        (&s).write_all(request).unwrap();
        counted(
            "the request's start",
            "percore_requests_total",
            started + 1.0,
        );
        socket2::SockRef::from(&s)
            .set_linger(Some(Duration::ZERO))
            .unwrap();
    };
    // Gone part way through the body.
    sent_then_reset(b"POST /ignore HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\n0123456789");
    counted(
        "part way through a body",
        "percore_responses_4xx_total",
        1.0,
    );
    assert_eq!(server.metric_sum("percore_responses_2xx_total"), 0.0);
    // Gone while its handler waits (30 s), by a reset: the handler is not waited for, 499
    // within moments.
    sent_then_reset(b"GET /sleep?ms=30000 HTTP/1.1\r\nHost: t\r\n\r\n");
    counted("a reset", "percore_responses_4xx_total", 2.0);
    // A client that only ends its side (its FIN) may still read: it is answered, pipelined
    // requests behind a waiting handler included.
    let mut s = connect(server.addr);
    s.write_all(
        b"GET /sleep?ms=300 HTTP/1.1\r\nHost: t\r\n\r\nGET /hello HTTP/1.1\r\nHost: t\r\n\r\n",
    )
    .unwrap();
    s.shutdown(std::net::Shutdown::Write).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    let mut got = String::new();
    s.read_to_string(&mut got).unwrap();
    assert!(
        got.starts_with("HTTP/1.1 200")
            && got.contains("slept")
            && got.ends_with("hi from the config"),
        "{got}"
    );
    counted("after a FIN", "percore_responses_2xx_total", 2.0);
    // Gone between the chunks of a stream whose producer pauses 30 s, by a reset: the stream
    // ends (counted with the status its head said).
    let s = connect(server.addr);
    (&s).write_all(b"GET /stream?len=2000&chunk=1000&pause_ms=30000 HTTP/1.1\r\nHost: t\r\n\r\n")
        .unwrap();
    let mut first = [0u8; 12];
    (&s).read_exact(&mut first).unwrap();
    assert_eq!(&first, b"HTTP/1.1 200");
    socket2::SockRef::from(&s)
        .set_linger(Some(Duration::ZERO))
        .unwrap();
    drop(s);
    counted("a stream's", "percore_responses_2xx_total", 3.0);
    assert_eq!(server.metric_sum("percore_responses_4xx_total"), 2.0);
    // Gone part way through a body its handler reads: the handler's answer to the body cut
    // short (a 400) has nowhere to go, and the log says why.
    sent_then_reset(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 100\r\n\r\n0123456789");
    counted("a body read", "percore_responses_4xx_total", 3.0);
    let until = Instant::now() + Duration::from_secs(10);
    let text = loop {
        let text = std::fs::read_to_string(&log).unwrap_or_default();
        if text.contains("POST /echo") || Instant::now() > until {
            break text;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let _ = std::fs::remove_file(&log);
    let status = |target: &str| {
        let line = text
            .lines()
            .find(|l| l.contains(target))
            .unwrap_or_else(|| panic!("no line for {target} in {text}"));
        line.split('"')
            .nth(2)
            .unwrap_or_default()
            .split_whitespace()
            .next()
            .map(str::to_owned)
    };
    for target in ["POST /ignore", "GET /sleep?ms=30000", "POST /echo"] {
        assert_eq!(status(target).as_deref(), Some("499"), "{target}: {text}");
    }
}

/// `testbed --check-config` on `text`: whether it passed, and what it said.
fn check_config(name: &str, text: &str) -> (bool, String) {
    let path = percore_testkit::config_path(name);
    std::fs::write(&path, text).unwrap();
    let out = Command::new(testbed())
        .args(["--check-config", "-c"])
        .arg(&path)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_app_section_reports_errors_by_key_file_and_line() {
    let (ok, err) = check_config(
        "web-unknown",
        "workers = 1\n[testbed]\ngreeting = \"\"\n[testbed.http]\nmax_headers = 0\nmax_bodyy = 1\n",
    );
    assert!(!ok);
    assert!(
        err.contains(":6:") && err.contains("testbed.http.max_bodyy"),
        "{err}"
    );
    let (ok, err) = check_config(
        "web-invalid",
        "workers = 1\n[testbed]\ngreeting = \"\"\n[testbed.http]\nmax_headers = 0\n",
    );
    assert!(!ok);
    assert!(
        err.contains(":3:") && err.contains("testbed.greeting"),
        "{err}"
    );
    assert!(
        err.contains(":5:") && err.contains("testbed.http.max_headers"),
        "{err}"
    );
    let (ok, err) = check_config("web-valid", "[testbed.http]\nmax_body = \"1MiB\"\n");
    assert!(ok, "{err}");
}

#[test]
fn a_large_body_announced_and_not_sent_reserves_little() {
    // Each of these announces a body of 1 GiB (within max_body) and sends one byte of it; a
    // collecting handler reserves room ahead of the bytes up to 1 MiB, not what is announced.
    let server = serve("announced-body", "", "max_body = \"1GiB\"");
    let before = vm_size_kib(server.pid());
    let held: Vec<TcpStream> = (0..16)
        .map(|_| {
            let mut s = connect(server.addr);
            s.write_all(b"POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 1073741824\r\n\r\nx")
                .unwrap();
            s
        })
        .collect();
    // Accepted and read after them (one worker, in order): by its answer theirs collect.
    std::thread::sleep(Duration::from_millis(100));
    assert_eq!(get(server.addr, "/hello", "").status, 200);
    std::thread::sleep(Duration::from_millis(100));
    let grown = vm_size_kib(server.pid()).saturating_sub(before);
    assert!(
        grown < 256 << 10,
        "{grown} KiB more address space for 16 bodies announced at 1 GiB, 16 bytes sent"
    );
    drop(held);
}
