//! percore-static's site features, each on its own and together with a second site: header
//! rules and `Cache-Control`, CORS, redirects and the HTTPS redirect, virtual hosts, basic
//! auth, the SPA fallback, JSON listings; and their configuration errors.

mod common;

use std::io::{BufReader, Write};
use std::process::Command;
use std::time::Duration;

use common::{
    ADMIN, Site, binary, connect, curl, curl_status, get, raw, read_response, tls_table, url,
};
use percore_testkit::tls::Pki;

/// A `Host`-bearing GET with extra fields.
fn get_host(
    addr: std::net::SocketAddr,
    host: &str,
    target: &str,
    fields: &str,
) -> common::Response {
    raw(
        addr,
        &format!("GET {target} HTTP/1.1\r\nHost: {host}\r\n{fields}\r\n"),
        false,
    )
}

#[test]
fn header_rules_apply_to_every_response_of_their_paths_and_later_ones_win() {
    let site = Site::new("headers");
    std::fs::create_dir_all(site.root().join("assets")).unwrap();
    std::fs::write(site.root().join("assets/app.js"), "x".repeat(100)).unwrap();
    let server = site.serve(
        "headers",
        "",
        r#"cache_control = "no-cache"
[[static.headers]]
path = "/**"
set = { X-Frame-Options = "DENY", Cache-Control = "max-age=60" }
[[static.headers]]
path = "/assets/**"
set = { Cache-Control = "public, max-age=31536000, immutable", X-Asset = "1" }
[[static.headers]]
path = "/*.txt"
set = { Content-Type = "text/x-rule", Vary = "accept-encoding, Origin" }
[[static.headers]]
path = "/private/**"
set = { Cache-Control = "private" }
"#,
    );
    let a = server.addr;
    // 200, 206 and 304 of one path all carry its rules; the later rule wins.
    let ok = get(a, "/assets/app.js", "");
    let part = get(a, "/assets/app.js", "Range: bytes=0-9\r\n");
    let etag = ok.header("etag").unwrap().to_string();
    let not_modified = get(a, "/assets/app.js", &format!("If-None-Match: {etag}\r\n"));
    for (r, status) in [(&ok, 200), (&part, 206), (&not_modified, 304)] {
        assert_eq!(r.status, status);
        assert_eq!(
            r.header("cache-control"),
            Some("public, max-age=31536000, immutable"),
            "{status}"
        );
        assert_eq!(r.header("x-asset"), Some("1"));
        assert_eq!(r.header("x-frame-options"), Some("DENY"));
        let count = r
            .headers
            .iter()
            .filter(|(n, _)| n.eq_ignore_ascii_case("cache-control"))
            .count();
        assert_eq!(count, 1, "one Cache-Control, the last rule's");
    }
    // `*` stays in its segment: /1k.txt gets the type, /dir/a b.txt does not. The rule's
    // type replaces the file's own in every answer with a body (one field, not two), and
    // its Vary token is not repeated where the server varies on it already.
    let head = raw(a, "HEAD /1k.txt HTTP/1.1\r\nHost: x\r\n\r\n", true);
    let gzip = "Accept-Encoding: gzip\r\n";
    for r in [
        get(a, "/1k.txt", ""),
        get(a, "/1k.txt", "Range: bytes=0-9\r\n"),
        head,
        get(a, "/1k.txt", gzip),
    ] {
        let named = |name: &str| {
            r.headers
                .iter()
                .filter(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(named("content-type"), ["text/x-rule"], "{}", r.status);
        let vary = named("vary").join(", ").to_ascii_lowercase();
        assert_eq!(vary.matches("accept-encoding").count(), 1, "{vary}");
        assert_eq!(vary.matches("origin").count(), 1, "{vary}");
    }
    assert_eq!(
        get(a, "/dir/a%20b.txt", "").header("content-type"),
        Some("text/plain; charset=utf-8")
    );
    // A 404 is a response of its path too; `..` cannot dodge a rule.
    let missing = get(a, "/private/none", "");
    assert_eq!(
        (missing.status, missing.header("cache-control")),
        (404, Some("private"))
    );
    let dodged = get(a, "/assets/../private/none", "");
    assert_eq!(dodged.header("cache-control"), Some("private"));
    // But no rule makes an error cacheable: a cache would keep a year the 404 of an asset
    // that a deploy brings a moment later (the catch-all's max-age=60 does not go on it
    // either); the default, which holds caches back, fills in.
    for path in ["/assets/next.js", "/assets/../assets/next.js"] {
        let missing = get(a, path, "");
        assert_eq!(
            (missing.status, missing.header("cache-control")),
            (404, Some("no-cache")),
            "{path}"
        );
        assert_eq!(missing.header("x-asset"), Some("1"), "{path}");
        assert_eq!(missing.header("x-frame-options"), Some("DENY"), "{path}");
    }

    // Without the catch-all rule, the default Cache-Control fills in.
    let plain = Site::new("headers-default");
    let server = plain.serve(
        "headers-default",
        "",
        "cache_control = \"no-cache\"\n[[static.headers]]\npath = \"/dir/**\"\nset = { X-Dir = \"1\" }\n",
    );
    let r = get(server.addr, "/1k.txt", "");
    assert_eq!(
        (r.header("cache-control"), r.header("x-dir")),
        (Some("no-cache"), None)
    );
    let r = get(server.addr, "/dir/", "");
    assert_eq!(
        (r.header("cache-control"), r.header("x-dir")),
        (Some("no-cache"), Some("1"))
    );
    // On a 404 too: it holds caches back.
    let r = get(server.addr, "/none.txt", "");
    assert_eq!(
        (r.status, r.header("cache-control")),
        (404, Some("no-cache"))
    );
}

#[test]
fn cors_answers_preflights_and_marks_allowed_origins() {
    let site = Site::new("cors");
    let server = site.serve(
        "cors",
        "",
        r#"[static.cors]
allow_origins = ["https://app.example"]
allow_methods = ["GET", "POST"]
allow_headers = ["X-Token"]
expose_headers = ["ETag"]
max_age = "10m"
allow_credentials = true
"#,
    );
    let a = server.addr;
    let pre = raw(
        a,
        "OPTIONS /1k.txt HTTP/1.1\r\nHost: t\r\nOrigin: https://app.example\r\n\
         Access-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: x-token\r\n\r\n",
        false,
    );
    assert_eq!(pre.status, 204);
    assert_eq!(
        pre.header("access-control-allow-origin"),
        Some("https://app.example")
    );
    assert_eq!(
        pre.header("access-control-allow-methods"),
        Some("GET, POST")
    );
    assert_eq!(pre.header("access-control-allow-headers"), Some("X-Token"));
    assert_eq!(pre.header("access-control-max-age"), Some("600"));
    assert_eq!(pre.header("access-control-allow-credentials"), Some("true"));
    assert!(pre.header("vary").unwrap().contains("Origin"));
    // Another origin's preflight: 204, nothing allowed.
    let other = raw(
        a,
        "OPTIONS /1k.txt HTTP/1.1\r\nHost: t\r\nOrigin: https://evil.example\r\n\
         Access-Control-Request-Method: POST\r\n\r\n",
        false,
    );
    assert_eq!(other.status, 204);
    assert_eq!(other.header("access-control-allow-origin"), None);
    // A plain OPTIONS is not a preflight: the server's own answer.
    let plain = raw(a, "OPTIONS /1k.txt HTTP/1.1\r\nHost: t\r\n\r\n", false);
    assert_eq!(
        (plain.status, plain.header("allow")),
        (204, Some("GET, HEAD, OPTIONS"))
    );
    // A simple request from the allowed origin, and from another.
    let r = get(a, "/1k.txt", "Origin: https://app.example\r\n");
    assert_eq!(
        r.header("access-control-allow-origin"),
        Some("https://app.example")
    );
    assert_eq!(r.header("access-control-expose-headers"), Some("ETag"));
    assert_eq!(r.header("vary"), Some("Accept-Encoding, Origin"));
    let r = get(a, "/index.html", "Origin: https://evil.example\r\n");
    assert_eq!(r.header("access-control-allow-origin"), None);
    assert_eq!(
        r.header("vary"),
        Some("Origin"),
        "caches must key on Origin"
    );

    // Any origin: "*", no Vary; the same answer to a request without Origin, which a shared
    // cache may keep for the cross-origin ones.
    let any = Site::new("cors-any");
    let server = any.serve("cors-any", "", "[static.cors]\nallow_origins = [\"*\"]\n");
    for origin in ["Origin: https://x.example\r\n", ""] {
        let r = get(server.addr, "/index.html", origin);
        assert_eq!(
            r.header("access-control-allow-origin"),
            Some("*"),
            "{origin:?}"
        );
        assert_eq!(r.header("vary"), None);
    }
}

#[test]
fn redirect_rules_with_captures_and_the_query() {
    let site = Site::new("redirect");
    let server = site.serve(
        "redirect",
        "",
        r#"[[static.redirect]]
from = "/old/{*rest}"
to = "/new/{rest}"
[[static.redirect]]
from = "/blog/{year}/{slug}"
to = "https://blog.example.com/{slug}?y={year}"
status = 301
[[static.redirect]]
from = "/tmp"
to = "/1k.txt"
status = 307
[[static.redirect]]
from = "/found"
to = "/1k.txt"
status = 302
[[static.redirect]]
from = "/strip/{*rest}"
to = "/{rest}"
[[static.redirect]]
from = "/docs/{page}"
to = "/manual#{page}"
"#,
    );
    let a = server.addr;
    let r = get(a, "/old/a/b%20c.txt?x=1", "");
    assert_eq!(
        (r.status, r.header("location")),
        (308, Some("/new/a/b%20c.txt?x=1"))
    );
    let r = get(a, "/blog/2026/hello?ignored=1", "");
    assert_eq!(
        (r.status, r.header("location")),
        (301, Some("https://blog.example.com/hello?y=2026"))
    );
    let r = raw(
        a,
        "POST /tmp HTTP/1.1\r\nHost: t\r\nContent-Length: 0\r\n\r\n",
        false,
    );
    assert_eq!((r.status, r.header("location")), (307, Some("/1k.txt")));
    let r = get(a, "/found", "");
    assert_eq!((r.status, r.header("location")), (302, Some("/1k.txt")));
    // A capture cannot make the location another host's (`//host`, `/\host`) nor add a
    // segment where the rule has one.
    for (target, location) in [
        ("/strip//evil.example/x", "/evil.example/x"),
        ("/strip/%5Cevil.example", "/%5Cevil.example"),
        ("/strip/a/b", "/a/b"),
        ("/docs/a%2Fb?v=2", "/manual?v=2#a%2Fb"),
    ] {
        let r = get(a, target, "");
        assert_eq!(
            (r.status, r.header("location")),
            (308, Some(location)),
            "{target}"
        );
    }
    // What no rule matches is served as before.
    assert_eq!(get(a, "/1k.txt", "").status, 200);
    assert_eq!(get(a, "/blog/2026", "").status, 404);
}

#[test]
fn https_redirect_sends_plaintext_to_the_tls_port() {
    let pki = Pki::new("static-https-redirect");
    let cert = pki.leaf("localhost", &["localhost"], false);
    let site = Site::new("https-redirect");
    let server = site.serve(
        "https-redirect",
        &tls_table(&cert),
        "https_redirect = true\n",
    );
    let tls_addr = server.tls_addr.unwrap();
    let r = get_host(server.addr, "localhost:8080", "/dir/a%20b.txt?q=1", "");
    assert_eq!(r.status, 308);
    assert_eq!(
        r.header("location"),
        Some(format!("https://localhost:{}/dir/a%20b.txt?q=1", tls_addr.port()).as_str())
    );
    // A URL in the query is not the target's; an absolute-form target names the host.
    let port = tls_addr.port();
    for (target, location) in [
        (
            "/go?u=http://x/y",
            format!("https://localhost:{port}/go?u=http://x/y"),
        ),
        (
            "http://example.test?q",
            format!("https://example.test:{port}/?q"),
        ),
    ] {
        let r = raw(
            server.addr,
            &format!("GET {target} HTTP/1.1\r\nHost: localhost\r\n\r\n"),
            false,
        );
        assert_eq!(
            (r.status, r.header("location")),
            (308, Some(location.as_str())),
            "{target}"
        );
    }
    // No Host (HTTP/1.0): nowhere to send it.
    let r = raw(server.addr, "GET / HTTP/1.0\r\n\r\n", false);
    assert_eq!(r.status, 400);
    // Over TLS the file is served.
    let (code, body) = curl(&pki, tls_addr, &[&url(tls_addr, "/1k.txt")]);
    assert_eq!((code, body.len()), (Some(0), 1024));

    // Without a TLS address the setting is refused, naming it.
    let out = Command::new(binary())
        .args(["--check-config", "--set", "static.https_redirect=true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("static.https_redirect") && err.contains("tls.listen"),
        "{err}"
    );
}

#[test]
fn the_default_root_in_the_filesystem_root_is_refused() {
    // Started in / (systemd without WorkingDirectory=), the default root "." would serve
    // every file of the machine.
    let out = Command::new(binary())
        .arg("--check-config")
        .current_dir("/")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("static.root") && err.contains("whole filesystem"),
        "{err}"
    );
}

#[test]
fn strict_hosts_without_sites_is_refused() {
    // It could only ever answer 421.
    let out = Command::new(binary())
        .args(["--check-config", "--set", "static.strict_hosts=true"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("static.strict_hosts") && err.contains("421"),
        "{err}"
    );
}

#[test]
fn an_access_log_file_that_cannot_be_written_is_refused() {
    let check = |file: &str| {
        let out = Command::new(binary())
            .args([
                "--check-config",
                "--set",
                "static.access_log=combined",
                "--set",
            ])
            .arg(format!("static.access_log_file={file}"))
            .output()
            .unwrap();
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let dir = std::env::temp_dir();
    let missing = dir.join(format!("percore-no-dir-{}/access.log", std::process::id()));
    let (code, err) = check(missing.to_str().unwrap());
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("static.access_log_file") && err.contains("does not exist"),
        "{err}"
    );
    let (code, err) = check(dir.to_str().unwrap());
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("is a directory"), "{err}");
    let (code, err) = check(dir.join("percore-access.log").to_str().unwrap());
    assert_eq!(code, Some(0), "{err}");
}

/// A second site's directory beside `site`'s root.
fn second_root(site: &Site, name: &str, index: &str) -> std::path::PathBuf {
    let root = site.dir.join(name);
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(root.join("index.html"), index).unwrap();
    root
}

#[test]
fn virtual_hosts_pick_the_site_by_host_and_strict_hosts_refuses_others() {
    let site = Site::new("vhosts");
    let docs = second_root(&site, "docs", "docs site\n");
    let wild = second_root(&site, "wild", "wildcard site\n");
    let sites = format!(
        r#"[[static.site]]
names = ["docs.example", "documentation.example"]
root = {docs:?}
cache_control = "max-age=5"
[[static.site.headers]]
path = "/**"
set = {{ X-Site = "docs" }}
[[static.site]]
names = ["*.wild.example"]
root = {wild:?}
"#
    );
    let server = site.serve(
        "vhosts",
        "",
        &format!("cache_control = \"no-store\"\n{sites}"),
    );
    let a = server.addr;
    let r = get_host(a, "docs.example", "/", "");
    assert_eq!(r.text(), "docs site\n");
    assert_eq!(
        (r.header("x-site"), r.header("cache-control")),
        (Some("docs"), Some("max-age=5")),
        "the site's own rules, not the default site's"
    );
    assert_eq!(
        get_host(a, "DOCUMENTATION.example.:8080", "/", "").text(),
        "docs site\n"
    );
    assert_eq!(
        get_host(a, "a.wild.example", "/", "").text(),
        "wildcard site\n"
    );
    // One label only: a.b.wild.example is not under the wildcard.
    let r = get_host(a, "a.b.wild.example", "/", "");
    assert_eq!(r.text(), "<h1>home</h1>\n");
    assert_eq!(r.header("cache-control"), Some("no-store"));
    // A site's root holds: nothing of another site's root is reachable.
    assert_eq!(get_host(a, "docs.example", "/1k.txt", "").status, 404);
    for site_host in ["docs.example", "other"] {
        for attempt in [
            "/../outside/secret.txt",
            "/%2e%2e/outside/secret.txt",
            "/dir-out/secret.txt",
        ] {
            let r = get_host(a, site_host, attempt, "");
            assert!(
                matches!(r.status, 400 | 403 | 404),
                "{site_host}{attempt}: {}",
                r.status
            );
            assert!(!r.text().contains(common::SECRET));
        }
    }
    assert_eq!(
        get_host(a, "docs.example", "/../root/1k.txt", "").status,
        400
    );
    // An absolute-form target names the site; its Host is ignored (RFC 9112 §3.2.2).
    for target in [
        "http://docs.example/",
        "http://docs.example",
        "HTTP://docs.example:80?q",
    ] {
        let r = raw(
            a,
            &format!("GET {target} HTTP/1.1\r\nHost: other\r\n\r\n"),
            false,
        );
        assert_eq!(
            (r.status, r.text()),
            (200, "docs site\n".into()),
            "{target}"
        );
    }
    // Its authority ends at the query: the path is "/", not the query's "/1k.txt".
    let r = raw(
        a,
        "GET http://other?/1k.txt HTTP/1.1\r\nHost: other\r\n\r\n",
        false,
    );
    assert_eq!(r.text(), "<h1>home</h1>\n");
    // Pipelined requests for two sites on one connection.
    let mut s = connect(a);
    s.write_all(
        b"GET / HTTP/1.1\r\nHost: docs.example\r\n\r\nGET / HTTP/1.1\r\nHost: other\r\n\r\n",
    )
    .unwrap();
    let mut reader = BufReader::new(s);
    assert_eq!(
        read_response(&mut reader, false).unwrap().text(),
        "docs site\n"
    );
    assert_eq!(
        read_response(&mut reader, false).unwrap().text(),
        "<h1>home</h1>\n"
    );

    let strict = site.serve(
        "vhosts-strict",
        "",
        &format!("strict_hosts = true\n{sites}"),
    );
    assert_eq!(get_host(strict.addr, "docs.example", "/", "").status, 200);
    let r = get_host(strict.addr, "unknown.example", "/", "");
    assert_eq!(r.status, 421);
    assert_eq!(
        raw(strict.addr, "GET / HTTP/1.0\r\n\r\n", false).status,
        421
    );
}

#[test]
fn over_tls_a_host_other_than_the_sni_name_is_misdirected() {
    let pki = Pki::new("static-vhost-sni");
    let cert = pki.leaf("localhost", &["localhost", "docs.localhost"], false);
    let site = Site::new("vhost-sni");
    let docs = second_root(&site, "docs", "docs site\n");
    let server = site.serve(
        "vhost-sni",
        &tls_table(&cert),
        &format!("[[static.site]]\nnames = [\"docs.localhost\"]\nroot = {docs:?}\n"),
    );
    let t = server.tls_addr.unwrap();
    let resolve = format!("docs.localhost:{}:127.0.0.1", t.port());
    let docs_url = format!("https://docs.localhost:{}/", t.port());
    let (code, body) = curl(&pki, t, &["--resolve", &resolve, &docs_url]);
    assert_eq!((code, body), (Some(0), b"docs site\n".to_vec()));
    // SNI localhost, Host docs.localhost: 421.
    let status = curl_status(&pki, t, &["-H", "Host: docs.localhost", &url(t, "/")]);
    assert_eq!(status, "421");
    // HTTP/1.0 without Host: the site the connection was made for (SNI).
    let (code, body) = curl(
        &pki,
        t,
        &["--http1.0", "-H", "Host:", "--resolve", &resolve, &docs_url],
    );
    assert_eq!((code, body), (Some(0), b"docs site\n".to_vec()));
    // A Host that is not a host name is not replaced by SNI: the default site.
    let (code, body) = curl(
        &pki,
        t,
        &[
            "-H",
            "Host: docs.localhost/x",
            "--resolve",
            &resolve,
            &docs_url,
        ],
    );
    assert_eq!(code, Some(0));
    assert_ne!(body, b"docs site\n".to_vec());
}

/// An htpasswd file of `users` (name, password), bcrypt at `cost`.
fn htpasswd(site: &Site, users: &[(&str, &str)], cost: u32) -> std::path::PathBuf {
    let file = site.dir.join("htpasswd");
    let mut text = String::from("# test users\n");
    for (name, password) in users {
        text.push_str(&format!(
            "{name}:{}\n",
            bcrypt::hash(password, cost).unwrap()
        ));
    }
    std::fs::write(&file, text).unwrap();
    file
}

fn basic(user: &str, password: &str) -> String {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
    format!("Authorization: Basic {encoded}\r\n")
}

#[test]
fn basic_auth_guards_its_paths_counts_failures_and_refuses_plaintext() {
    let site = Site::new("auth");
    std::fs::create_dir_all(site.root().join("private")).unwrap();
    std::fs::write(site.root().join("private/data.txt"), "private data\n").unwrap();
    let users = htpasswd(&site, &[("alice", "s3cret"), ("bob", "hunter2")], 4);
    let auth =
        format!("[static.auth]\nrealm = \"Team\"\nusers = {users:?}\npaths = [\"/private/**\"]\n");
    // Plaintext, allowed.
    let server = site.serve("auth", ADMIN, &format!("{auth}allow_plaintext = true\n"));
    let a = server.addr;
    assert_eq!(get(a, "/1k.txt", "").status, 200, "an unguarded path");
    let r = get(a, "/private/data.txt", "");
    assert_eq!(r.status, 401);
    assert_eq!(
        r.header("www-authenticate"),
        Some("Basic realm=\"Team\", charset=\"UTF-8\"")
    );
    let r = get(a, "/private/data.txt", &basic("alice", "s3cret"));
    assert_eq!((r.status, r.text().as_str()), (200, "private data\n"));
    // Again (remembered), and the other user.
    assert_eq!(
        get(a, "/private/data.txt", &basic("alice", "s3cret")).status,
        200
    );
    assert_eq!(
        get(a, "/private/data.txt", &basic("bob", "hunter2")).status,
        200
    );
    // A wrong password, an unknown user, another user's password, garbage: 401, counted.
    for bad in [
        basic("alice", "wrong"),
        basic("mallory", "s3cret"),
        basic("bob", "s3cret"),
        "Authorization: Basic !!!\r\n".to_string(),
        "Authorization: Bearer abc\r\n".to_string(),
    ] {
        let r = get(a, "/private/data.txt", &bad);
        assert_eq!(r.status, 401, "{bad}");
        assert!(!r.text().contains("private data"));
    }
    // A spelling that resolves into the guarded path is guarded too.
    assert_eq!(get(a, "/x/../private/data.txt", "").status, 401);
    assert_eq!(get(a, "/%70rivate/data.txt", "").status, 401);
    let failures = server.metric_sum("percore_http_auth_failures_total");
    assert_eq!(failures, 5.0, "failures counted in /metrics");

    // Not allowed over plaintext: 403 before any password is looked at.
    let strict = site.serve("auth-tls-only", "", &auth);
    let r = get(strict.addr, "/private/data.txt", &basic("alice", "s3cret"));
    assert_eq!(r.status, 403);
    assert_eq!(get(strict.addr, "/1k.txt", "").status, 200);
}

#[test]
fn a_reload_is_checked_as_read_and_against_the_offload_pool_it_started_with() {
    let site = Site::new("reload-offload");
    std::fs::create_dir_all(site.root().join("private")).unwrap();
    std::fs::write(site.root().join("private/data.txt"), "private data\n").unwrap();
    let users = htpasswd(&site, &[("alice", "s3cret")], 4);
    let auth = format!(
        "[static.auth]\nusers = {users:?}\npaths = [\"/private/**\"]\nallow_plaintext = true\n"
    );
    let config = |threads: u32, statics: &str| {
        format!(
            "workers = 2\npin = \"best-effort\"\nlisten = [\"127.0.0.1:0\"]\n{ADMIN}[offload]\nthreads = {threads}\n[static]\nroot = {:?}\n{statics}\n",
            site.root().display().to_string()
        )
    };
    let wait_for = |server: &percore_testkit::Server, metric: &str| {
        let start = std::time::Instant::now();
        while server.metric(metric) != Some(1.0) {
            assert!(start.elapsed() < Duration::from_secs(10), "no {metric}");
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    // Started with offload threads and auth: a reload whose file has none is refused, as the
    // next start with that file would be, though the running pool would serve it; the running
    // configuration goes on checking passwords.
    let mut server =
        percore_testkit::Server::start(&binary(), "reload-offload-on", &config(2, &auth), &[]);
    server.rewrite(&config(0, &auth));
    server.signal("HUP");
    wait_for(&server, "percore_failed_reloads_total");
    let r = get(server.addr, "/private/data.txt", &basic("alice", "s3cret"));
    assert_eq!((r.status, r.text().as_str()), (200, "private data\n"));
    server.signal("TERM");
    server.wait(Duration::from_secs(10));
    let log = server.log();
    assert!(log.contains("needs offload threads"), "{log}");
    // Started without threads: a reload that adds threads and auth is checked against the
    // running pool, which has none, and refused saying so (its workers would fail).
    let mut server =
        percore_testkit::Server::start(&binary(), "reload-offload-off", &config(0, ""), &[]);
    server.rewrite(&config(2, &auth));
    server.signal("HUP");
    wait_for(&server, "percore_failed_reloads_total");
    assert_eq!(get(server.addr, "/1k.txt", "").status, 200);
    server.signal("TERM");
    server.wait(Duration::from_secs(10));
    let log = server.log();
    assert!(
        log.contains("offload changed, but is set at start")
            && log.contains("needs offload threads"),
        "{log}"
    );
}

#[test]
fn basic_auth_over_tls_and_a_worker_serves_others_while_bcrypt_runs() {
    let pki = Pki::new("static-auth-tls");
    let cert = pki.leaf("localhost", &["localhost"], false);
    let site = Site::new("auth-tls");
    // A costly entry: its check takes a while on the offload pool.
    let users = htpasswd(&site, &[("alice", "s3cret")], 12);
    let config = format!(
        "workers = 1\npin = \"off\"\nlisten = [\"127.0.0.1:0\"]\n{}\
         [static]\nroot = {:?}\n[static.auth]\nusers = {users:?}\npaths = [\"/dir/**\"]\nallow_plaintext = true\n",
        tls_table(&cert),
        site.root()
    );
    let server = percore_testkit::Server::start(&binary(), "auth-tls", &config, &[]);
    let t = server.tls_addr.unwrap();
    let (code, body) = curl(&pki, t, &["-u", "alice:s3cret", &url(t, "/dir/a%20b.txt")]);
    assert_eq!((code, body), (Some(0), b"spaced\n".to_vec()));
    let status = curl_status(&pki, t, &["-u", "alice:nope", &url(t, "/dir/")]);
    assert_eq!(status, "401");

    // While a wrong password is being checked (on the pool), the one worker answers others.
    let plain = server.addr;
    let started = std::time::Instant::now();
    let checking = std::thread::spawn(move || {
        get(plain, "/dir/a%20b.txt", &basic("alice", "wrong-but-slow")).status
    });
    let mut answered_meanwhile = 0;
    while !checking.is_finished() {
        assert_eq!(get(plain, "/1k.txt", "").status, 200);
        answered_meanwhile += 1;
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(checking.join().unwrap(), 401);
    let checked = started.elapsed();
    // A stalled worker would have answered the first of these only once the check ended.
    assert!(
        answered_meanwhile >= 3,
        "{answered_meanwhile} answered while bcrypt ran"
    );
    // The same wrong credentials again: refused from memory, without another check (a
    // check of this entry takes hundreds of milliseconds; a refusal from memory, one).
    let start = std::time::Instant::now();
    let again = get(plain, "/dir/a%20b.txt", &basic("alice", "wrong-but-slow"));
    let took = start.elapsed();
    assert_eq!(again.status, 401);
    assert!(
        took * 20 < checked,
        "refused again in {took:?}, the check took {checked:?}"
    );
}

#[test]
fn spa_fallback_serves_the_app_for_navigations_only() {
    let site = Site::new("spa");
    let server = site.serve("spa", "", "spa_fallback = \"index.html\"\n");
    let a = server.addr;
    let nav = "Accept: text/html,application/xhtml+xml,*/*;q=0.8\r\n";
    let r = get(a, "/app/settings/profile", nav);
    assert_eq!((r.status, r.text().as_str()), (200, "<h1>home</h1>\n"));
    assert!(r.header("etag").is_some());
    // The answer depends on Accept, and says so, 200 and 404 alike.
    assert_eq!(r.header("vary"), Some("Accept"));
    let r = get(a, "/app/settings/profile", "Accept: */*\r\n");
    assert_eq!((r.status, r.header("vary")), (404, Some("Accept")));
    // A missing asset, an API call, a client asking for anything: 404.
    assert_eq!(get(a, "/app/main.js", nav).status, 404);
    assert_eq!(
        get(a, "/api/users", "Accept: application/json\r\n").status,
        404
    );
    assert_eq!(get(a, "/app/settings", "Accept: */*\r\n").status, 404);
    // What exists is served as itself.
    assert_eq!(get(a, "/1k.txt", nav).body.len(), 1024);
    // A fallback that is missing: 404, not an error.
    let gone = Site::new("spa-missing");
    let server = gone.serve("spa-missing", "", "spa_fallback = \"app/index.html\"\n");
    assert_eq!(get(server.addr, "/route", nav).status, 404);
}

#[test]
fn listings_as_json_sorted_by_the_query() {
    let site = Site::new("json-listing");
    let dir = site.root().join("files");
    std::fs::create_dir_all(dir.join("sub")).unwrap();
    std::fs::write(dir.join("b.txt"), "bb").unwrap();
    std::fs::write(dir.join("a.txt"), "aaaa").unwrap();
    std::fs::write(dir.join("q\"<x>.txt"), "q").unwrap();
    let server = site.serve("json-listing", "", "listing = true\n");
    let a = server.addr;
    let json = "Accept: application/json\r\n";
    let r = get(a, "/files/", json);
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert_eq!(r.header("vary"), Some("Accept"));
    let list: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["a.txt", "b.txt", "q\"<x>.txt", "sub"]);
    assert_eq!(list[0]["type"], "file");
    assert_eq!(list[0]["size"], 4);
    assert_eq!(list[3]["type"], "dir");
    assert!(list[0]["modified"].as_str().unwrap().ends_with('Z'));
    let r = get(a, "/files/?sort=size&order=desc", json);
    let list: serde_json::Value = serde_json::from_slice(&r.body).unwrap();
    assert_eq!(
        list[0]["name"], "sub",
        "a directory's own size sorts it first"
    );
    assert_eq!(list[1]["name"], "a.txt");
    // HTML otherwise, in the same order.
    let html = get(a, "/files/?sort=size", "").text();
    let (b, aa) = (html.find("b.txt").unwrap(), html.find("a.txt").unwrap());
    assert!(b < aa, "{html}");
    assert!(html.contains("q&quot;&lt;x&gt;.txt") || html.contains("q\"&lt;x&gt;.txt"));
}

#[test]
fn bad_site_settings_are_refused_with_key_file_and_line() {
    let site = Site::new("bad-rules");
    let plaintext_users = site.dir.join("users");
    std::fs::write(&plaintext_users, "alice:hunter2\n").unwrap();
    let root = site.root();
    let config = format!(
        r#"[offload]
threads = 0
[static]
root = {root:?}
spa_fallback = "../outside"
[[static.headers]]
path = "assets/**"
set = {{ Content-Length = "3" }}
[[static.redirect]]
from = "/a/{{id}}"
to = "/b/{{name}}"
[static.cors]
allow_origins = ["*"]
allow_credentials = true
[static.auth]
users = {plaintext_users:?}
realm = "a\"b"
[static.compress]
types = ["text"]
gzip = 12
[[static.site]]
names = ["a.example"]
root = {root:?}
[[static.site]]
names = ["A.example"]
root = "/nonexistent/site"
[[static.site]]
names = ["bad name.example"]
root = {root:?}
"#
    );
    let path = site.dir.join("bad.toml");
    std::fs::write(&path, &config).unwrap();
    let out = Command::new(binary())
        .arg("--check-config")
        .arg("-c")
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let line_of = |needle: &str| {
        config
            .lines()
            .position(|l| l.contains(needle))
            .map(|i| i + 1)
            .unwrap()
    };
    for (key, needle, why) in [
        (
            "static.spa_fallback",
            "spa_fallback",
            "relative to the root",
        ),
        (
            "static.headers[0].path",
            "path = \"assets",
            "must start with /",
        ),
        (
            "static.headers[0].set.Content-Length",
            "Content-Length",
            "driver",
        ),
        ("static.redirect[0].to", "to = \"/b/", "not a capture"),
        (
            "static.cors.allow_credentials",
            "allow_credentials",
            "origins",
        ),
        ("static.auth.users", "users =", "not bcrypt"),
        ("static.auth.realm", "realm =", "quotes"),
        ("static.auth", "[static.auth]", "offload threads"),
        ("static.compress.types", "types =", "not a media type"),
        ("static.compress.gzip", "gzip = 12", "0 (off) to 9"),
        (
            "static.site[1].root",
            "/nonexistent/site",
            "/nonexistent/site",
        ),
        ("static.site[1].names", "A.example", "named twice"),
        ("static.site[2].names", "bad name", "not a host name"),
    ] {
        let line = err
            .lines()
            .find(|l| l.contains(&format!("{key}:")) || l.contains(&format!("{key} ")))
            .unwrap_or_else(|| panic!("no error for {key}:\n{err}"));
        assert!(line.contains(why), "{key}: {line}");
        assert!(
            line.contains(&format!("bad.toml:{}", line_of(needle))),
            "{key} names the file and line {}: {line}",
            line_of(needle)
        );
    }
}

/// A text file of about 20 KiB that compresses well, and its bytes.
fn text_file(root: &std::path::Path, name: &str) -> Vec<u8> {
    let words = ["percore", "serves", "files", "from", "each", "core", "ring"];
    let text: String = (0..3000)
        .map(|i| words[(i * 7 + i / 5) % words.len()])
        .collect::<Vec<_>>()
        .join(" ");
    std::fs::write(root.join(name), &text).unwrap();
    text.into_bytes()
}

/// `body` decoded from `coding`: gzip by a second implementation (Python's gzip module),
/// brotli and zstd by their crates' decoders.
fn decode(coding: &str, body: &[u8]) -> Vec<u8> {
    match coding {
        "br" => {
            let mut out = Vec::new();
            std::io::Read::read_to_end(&mut brotli::Decompressor::new(body, 4096), &mut out)
                .unwrap();
            out
        }
        "zstd" => zstd::stream::decode_all(body).unwrap(),
        "gzip" => {
            let mut child = Command::new("python3")
                .args([
                    "-c",
                    "import sys,gzip; sys.stdout.buffer.write(gzip.decompress(sys.stdin.buffer.read()))",
                ])
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::piped())
                .spawn()
                .expect("python3 is needed");
            child.stdin.take().unwrap().write_all(body).unwrap();
            child.wait_with_output().unwrap().stdout
        }
        other => panic!("{other}"),
    }
}

#[test]
fn a_compression_whose_client_left_is_kept_for_the_next_request_not_made_again() {
    // About 6 MiB of text, compressed with brotli on the offload pool for a client that
    // resets its connection while the job runs, three times over: the job's result is kept
    // for the next request, so the file is compressed once, not once per reset.
    let site = Site::new("compress-reset");
    let words = [
        "percore", "serves", "files", "from", "each", "core", "ring", "buffer", "socket", "worker",
        "drain", "reload", "offload", "thread", "cache", "page",
    ];
    let mut x = 1u32;
    let text: String = (0..900_000)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            words[(x >> 16) as usize % words.len()]
        })
        .collect::<Vec<_>>()
        .join(" ");
    std::fs::write(site.root().join("big.txt"), &text).unwrap();
    let other = format!("{text} and another");
    std::fs::write(site.root().join("other.txt"), &other).unwrap();
    let third = format!("{text} and a third");
    std::fs::write(site.root().join("third.txt"), &third).unwrap();
    let config = format!(
        "workers = 1\npin = \"off\"\nlisten = [\"127.0.0.1:0\"]\n{ADMIN}\n[static]\nroot = {:?}\n",
        site.root()
    );
    let server = percore_testkit::Server::start(&binary(), "compress-reset", &config, &[]);
    let completed = || server.metric_sum("percore_offload_completed_total");
    let running = || server.metric_sum("percore_offload_running");
    // Asks for `path` compressed and resets the connection: once its compression runs on
    // the pool when `compressing`, else 30 ms later; returns once no job runs.
    let reset_during = |path: &str, compressing: bool| {
        let s = connect(server.addr);
        let req = format!("GET {path} HTTP/1.1\r\nHost: t\r\nAccept-Encoding: br\r\n\r\n");
        (&s).write_all(req.as_bytes()).unwrap();
        let asked = std::time::Instant::now();
        if compressing {
            while running() < 1.0 {
                assert!(
                    asked.elapsed() < Duration::from_secs(10),
                    "{path}: no compression ran"
                );
                std::thread::sleep(Duration::from_millis(2));
            }
        } else {
            std::thread::sleep(Duration::from_millis(30));
        }
        socket2::SockRef::from(&s)
            .set_linger(Some(Duration::ZERO))
            .unwrap();
        drop(s);
        while running() > 0.0 {
            assert!(
                asked.elapsed() < Duration::from_secs(30),
                "the job never ended"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    };
    // `path` compressed is `bytes`, and the pool has made `made` compressions since `from`.
    let compressed = |path: &str, bytes: &str, from: f64, made: f64| {
        let r = get(server.addr, path, "Accept-Encoding: br\r\n");
        assert_eq!(r.header("content-encoding"), Some("br"), "{path}");
        assert!(
            decode("br", &r.body) == bytes.as_bytes(),
            "{path}, compressed"
        );
        assert_eq!(completed() - from, made, "{path}: compressions");
    };
    let before = completed();
    reset_during("/big.txt", true);
    reset_during("/big.txt", false);
    reset_during("/big.txt", false);
    compressed("/big.txt", &text, before, 1.0);
    // A core keeps one abandoned compression at most, the latest: of two files' abandoned
    // in turn, the second's next request needs no compression, the first's one.
    let before = completed();
    reset_during("/other.txt", true);
    reset_during("/third.txt", true);
    compressed("/third.txt", &third, before, 2.0);
    compressed("/other.txt", &other, before, 3.0);
}

#[test]
fn files_without_a_sibling_are_compressed_once_per_core_and_revalidated() {
    let site = Site::new("compress");
    let text = text_file(&site.root(), "page.txt");
    std::fs::write(site.root().join("photo.png"), vec![7u8; 20_000]).unwrap();
    std::fs::write(site.root().join("tiny.txt"), "small").unwrap();
    let config = format!(
        "workers = 1\npin = \"off\"\nlisten = [\"127.0.0.1:0\"]\n\
         [static]\nroot = {:?}\ncache_revalidate = \"0s\"\n",
        site.root()
    );
    let mut server = percore_testkit::Server::start(
        &binary(),
        "compress",
        &config,
        &[("RUST_LOG", "info,percore_web::files::compress=debug")],
    );
    let a = server.addr;
    // Every coding, each with its own ETag; the identity too varies on Accept-Encoding.
    let mut etags = Vec::new();
    for coding in ["br", "zstd", "gzip"] {
        // A hundred requests on one connection: one compression (counted below).
        let mut s = connect(a);
        let request =
            format!("GET /page.txt HTTP/1.1\r\nHost: t\r\nAccept-Encoding: {coding}\r\n\r\n");
        let mut reader = BufReader::new(s.try_clone().unwrap());
        for i in 0..100 {
            s.write_all(request.as_bytes()).unwrap();
            let r = read_response(&mut reader, false).unwrap();
            assert_eq!(r.status, 200);
            assert_eq!(r.header("content-encoding"), Some(coding));
            assert_eq!(r.header("vary"), Some("Accept-Encoding"));
            assert!(r.body.len() < text.len() / 4, "{coding}: {}", r.body.len());
            assert_eq!(r.header("accept-ranges"), None);
            if i == 0 || i == 99 {
                assert!(decode(coding, &r.body) == text, "{coding} differs");
            }
            etags.push(r.header("etag").unwrap().to_string());
        }
    }
    let identity = get(a, "/page.txt", "Accept-Encoding: identity\r\n");
    assert_eq!(
        (identity.body.len(), identity.header("content-encoding")),
        (text.len(), None)
    );
    assert_eq!(identity.header("vary"), Some("Accept-Encoding"));
    etags.push(identity.header("etag").unwrap().to_string());
    etags.dedup();
    assert_eq!(etags.len(), 4, "one ETag per representation: {etags:?}");
    // A variant's ETag revalidates it (304); HEAD announces the variant's length.
    let r = get(
        a,
        "/page.txt",
        &format!("Accept-Encoding: gzip\r\nIf-None-Match: {}\r\n", etags[2]),
    );
    assert_eq!(
        (r.status, r.header("content-encoding")),
        (304, Some("gzip"))
    );
    let head = raw(
        a,
        "HEAD /page.txt HTTP/1.1\r\nHost: t\r\nAccept-Encoding: gzip\r\n\r\n",
        true,
    );
    let gzipped = get(a, "/page.txt", "Accept-Encoding: gzip\r\n");
    assert_eq!(
        head.header("content-length").unwrap(),
        gzipped.body.len().to_string()
    );
    // A range is of the file itself.
    let r = get(
        a,
        "/page.txt",
        "Accept-Encoding: gzip\r\nRange: bytes=0-6\r\n",
    );
    assert_eq!((r.status, r.body.as_slice()), (206, &text[..7]));
    assert_eq!(r.header("content-encoding"), None);
    // Images, small files and files with a precompressed sibling go as they are.
    for (path, why) in [
        ("/photo.png", "compressed already"),
        ("/tiny.txt", "below min_size"),
    ] {
        let r = get(a, path, "Accept-Encoding: gzip, br\r\n");
        assert_eq!(r.header("content-encoding"), None, "{why}");
    }
    let r = get(a, "/style.css", "Accept-Encoding: gzip\r\n");
    assert_eq!(
        r.text(),
        "GZIP-BYTES",
        "the sibling, not a variant made here"
    );
    // The file changes: its variant is made again from the new bytes.
    let new_text = [text.as_slice(), b" and more"].concat();
    std::fs::write(site.root().join("page.txt"), &new_text).unwrap();
    let r = get(a, "/page.txt", "Accept-Encoding: gzip\r\n");
    assert!(
        decode("gzip", &r.body) == new_text,
        "the new file, compressed"
    );
    assert_ne!(r.header("etag").unwrap(), etags[2]);

    server.signal("TERM");
    server.wait(Duration::from_secs(10));
    let log = server.log();
    let made = |coding: &str| {
        log.lines()
            .filter(|l| {
                l.contains("page.txt: compressed with") && l.contains(&format!("with {coding}:"))
            })
            .count()
    };
    assert_eq!(
        (made("br"), made("zstd"), made("gzip")),
        (1, 1, 2),
        "once per coding and version on the one core, for 100 requests each:\n{log}"
    );
}

/// `len` bytes of words drawn by a fixed generator: text that gzip shrinks about 3x.
fn words(len: usize, seed: u64) -> Vec<u8> {
    let words = [
        "ring", "core", "file", "cache", "the", "of", "percore", "serves", "a", "to",
    ];
    let (mut x, mut text) = (seed, Vec::with_capacity(len + 16));
    while text.len() < len {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        text.extend_from_slice(words[(x >> 33) as usize % words.len()].as_bytes());
        text.push(if x >> 60 == 0 { b'\n' } else { b' ' });
    }
    text.truncate(len);
    text
}

/// One worker serving `site` with these `[static]` lines.
fn one_worker(site: &Site, name: &str, statics: &str) -> percore_testkit::Server {
    let config = format!(
        "workers = 1\npin = \"off\"\nlisten = [\"127.0.0.1:0\"]\n[static]\nroot = {:?}\n{statics}",
        site.root()
    );
    percore_testkit::Server::start(&binary(), name, &config, &[])
}

/// A core runs one compression at a time: requests for other files that arrive meanwhile
/// get them as they are (still varying), and a later request compresses them.
#[test]
fn a_core_runs_one_compression_at_a_time() {
    const FILES: usize = 4;
    let site = Site::new("compress-one-at-a-time");
    let server = one_worker(&site, "compress-one-at-a-time", "");
    let br = "Accept-Encoding: br\r\n";
    // All requests written before any is read, each on a connection of its own: the one
    // worker takes them in while the first compression runs (a 4 MiB file, tens of
    // milliseconds). Three rounds of fresh files, in case one finds the worker slow.
    let mut as_they_are = Vec::new();
    for round in 0..3 {
        for i in 0..FILES {
            let name = format!("r{round}-{i}.txt");
            std::fs::write(
                site.root().join(name),
                words(4 << 20, (round * 10 + i) as u64),
            )
            .unwrap();
        }
        let mut conns: Vec<_> = (0..FILES).map(|_| connect(server.addr)).collect();
        for (i, c) in conns.iter_mut().enumerate() {
            c.write_all(
                format!("GET /r{round}-{i}.txt HTTP/1.1\r\nHost: t\r\n{br}\r\n").as_bytes(),
            )
            .unwrap();
        }
        for (i, c) in conns.into_iter().enumerate() {
            let r = read_response(&mut BufReader::new(c), false).unwrap();
            assert_eq!(r.status, 200);
            assert_eq!(r.header("vary"), Some("Accept-Encoding"));
            if r.header("content-encoding").is_none() {
                assert_eq!(r.body.len(), 4 << 20);
                as_they_are.push(format!("/r{round}-{i}.txt"));
            }
        }
        if !as_they_are.is_empty() {
            break;
        }
    }
    assert!(
        !as_they_are.is_empty(),
        "every file was compressed at once, three rounds over"
    );
    // Once nothing else is being compressed, the next request for one compresses it.
    let r = get(server.addr, &as_they_are[0], br);
    assert_eq!(
        r.header("content-encoding"),
        Some("br"),
        "{}",
        as_they_are[0]
    );
}

#[test]
fn a_variant_the_cache_has_no_room_for_is_sent_once_then_the_file_as_it_is() {
    let site = Site::new("compress-no-room");
    let text = words(200 << 10, 1);
    std::fs::write(site.root().join("big.txt"), &text).unwrap();
    let server = one_worker(
        &site,
        "compress-no-room",
        "cache_size = \"64KiB\"\ncache_max_file = \"4KiB\"\n",
    );
    let gzip = "Accept-Encoding: gzip\r\n";
    // Made (about 70 KiB, more than half the cache): sent to the request that made it...
    let r = get(server.addr, "/big.txt", gzip);
    assert_eq!(r.header("content-encoding"), Some("gzip"));
    assert!(decode("gzip", &r.body) == text);
    // ...not kept, and not made again: the file goes as it is, still varying.
    for _ in 0..3 {
        let r = get(server.addr, "/big.txt", gzip);
        assert_eq!(
            (r.header("content-encoding"), r.body.len()),
            (None, text.len())
        );
        assert_eq!(r.header("vary"), Some("Accept-Encoding"));
    }
}

#[test]
fn a_variant_is_never_made_from_a_file_that_replaced_the_cached_one() {
    let site = Site::new("compress-stale");
    let path = site.root().join("page.txt");
    let old = words(100 << 10, 2);
    std::fs::write(&path, &old).unwrap();
    // Cached for an hour: the replacement below is not seen by revalidation.
    let server = one_worker(&site, "compress-stale", "cache_revalidate = \"1h\"\n");
    let r = get(server.addr, "/page.txt", "");
    assert!(r.body == old);
    let etag = r.header("etag").unwrap().to_string();
    // Another file of the same size takes its name, modified 10 s later: a variant made from
    // it under the cached version would carry the cached version's tag.
    let new = words(100 << 10, 3);
    let tmp = site.root().join("page.txt.new");
    std::fs::write(&tmp, &new).unwrap();
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    std::fs::File::options()
        .write(true)
        .open(&tmp)
        .unwrap()
        .set_modified(mtime + Duration::from_secs(10))
        .unwrap();
    std::fs::rename(&tmp, &path).unwrap();
    // The variant is not made from it under the cached version: the compression finds the
    // file opened is not the one cached, and so does the send (the kept descriptor's file,
    // unlinked, has a new status change time): the request looks the path up afresh and
    // compresses what is there now, under the new version's validators.
    let gzip = "Accept-Encoding: gzip\r\n";
    let made = get(server.addr, "/page.txt", gzip);
    assert_eq!(made.header("content-encoding"), Some("gzip"));
    assert!(decode("gzip", &made.body) == new, "the file there now");
    let now = get(server.addr, "/page.txt", "");
    assert!(now.body == new, "and as it is");
    // A variant's tag is its file's with the coding's suffix: the new file's, not the old.
    let of_file = |tag: &str| {
        let tag = tag.trim_matches('"');
        tag.rsplit_once('-')
            .map_or(tag, |(file, _)| file)
            .to_string()
    };
    let variant = made.header("etag").unwrap();
    assert_eq!(
        of_file(variant),
        now.header("etag").unwrap().trim_matches('"'),
        "{variant}"
    );
    assert_ne!(of_file(variant), etag.trim_matches('"'), "{variant}");
}

#[test]
fn compression_is_configured_per_server() {
    let site = Site::new("compress-off");
    text_file(&site.root(), "page.txt");
    let server = site.serve(
        "compress-off",
        "",
        "[static.compress]\nenable = true\nbr = 0\nzstd = 0\ntypes = [\"application/json\"]\n",
    );
    let r = get(
        server.addr,
        "/page.txt",
        "Accept-Encoding: gzip, br, zstd\r\n",
    );
    assert_eq!(
        r.header("content-encoding"),
        None,
        "text/plain is not listed"
    );
    assert_eq!(r.header("vary"), None);
    std::fs::write(site.root().join("data.json"), "[1, 2, 3] ".repeat(500)).unwrap();
    let r = get(
        server.addr,
        "/data.json",
        "Accept-Encoding: br, zstd, gzip\r\n",
    );
    assert_eq!(
        r.header("content-encoding"),
        Some("gzip"),
        "brotli and zstd are off"
    );
    // No offload threads: nothing is compressed (a worker would stall meanwhile).
    let server = site.serve("compress-no-pool", "[offload]\nthreads = 0\n", "");
    let r = get(server.addr, "/page.txt", "Accept-Encoding: gzip\r\n");
    assert_eq!((r.status, r.header("content-encoding")), (200, None));
}

#[test]
fn an_unknown_user_takes_as_long_as_a_wrong_password() {
    let site = Site::new("auth-timing");
    let users = htpasswd(&site, &[("alice", "s3cret")], 9);
    let server = site.serve(
        "auth-timing",
        "",
        &format!("[static.auth]\nusers = {users:?}\nallow_plaintext = true\n"),
    );
    // Attempts alternate between the two, so that both meet the same load from other tests.
    let (mut known, mut unknown) = (Vec::new(), Vec::new());
    for i in 0..7 {
        for (user, took) in [("alice", &mut known), ("mallory", &mut unknown)] {
            let start = std::time::Instant::now();
            let r = get(server.addr, "/1k.txt", &basic(user, &format!("wrong{i}")));
            assert_eq!(r.status, 401);
            took.push(start.elapsed());
        }
    }
    known.sort();
    unknown.sort();
    let (known, unknown) = (known[3], unknown[3]);
    // No early exit for a user who does not exist: bcrypt runs against a real entry's hash
    // (an early exit answers in well under a millisecond, against about 100 ms here).
    assert!(
        unknown * 3 > known,
        "median refusal: known user {known:?}, unknown user {unknown:?}"
    );
}

#[test]
fn one_client_guessing_cannot_keep_another_clients_first_login_out() {
    let site = Site::new("auth-fair");
    let users = htpasswd(&site, &[("alice", "s3cret")], 10);
    // One worker: one core's checks.
    let config = format!(
        "workers = 1\npin = \"off\"\nlisten = [\"127.0.0.1:0\"]\n[static]\nroot = {:?}\n\
         [static.auth]\nusers = {users:?}\nallow_plaintext = true\n",
        site.root()
    );
    let server = percore_testkit::Server::start(&binary(), "auth-fair", &config, &[]);
    let a = server.addr;
    // A client at 127.0.0.1 keeps 48 guesses under way, each sent again once answered.
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let guessers: Vec<_> = (0..48)
        .map(|i| {
            let stop = stop.clone();
            std::thread::spawn(move || {
                // A new password each time (one refused is refused again without a check),
                // and a pause after a 503, as a client told to come back would.
                let mut n = 0;
                while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                    n += 1;
                    let r = get(a, "/1k.txt", &basic("alice", &format!("guess{i}-{n}")));
                    if r.status == 503 {
                        std::thread::sleep(Duration::from_millis(10));
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    // Another client (127.0.0.2) logs in for the first time: it gets a check.
    let login = || {
        let socket =
            socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
        let from: std::net::SocketAddr = "127.0.0.2:0".parse().unwrap();
        socket.bind(&from.into()).unwrap();
        socket.connect(&a.into()).unwrap();
        let mut s = std::net::TcpStream::from(socket);
        s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        let req = format!(
            "GET /1k.txt HTTP/1.1\r\nHost: t\r\n{}\r\n",
            basic("alice", "s3cret")
        );
        s.write_all(req.as_bytes()).unwrap();
        read_response(&mut BufReader::new(s), false).unwrap().status
    };
    let statuses: Vec<u16> = (0..3).map(|_| login()).collect();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    for g in guessers {
        g.join().unwrap();
    }
    assert_eq!(statuses[0], 200, "{statuses:?}");
}

#[test]
fn with_entries_of_different_costs_a_fast_refusal_does_not_say_its_user_exists() {
    // alice's entry is costly, bob's (added later with htpasswd's default) cheap. Were every
    // unknown name checked against the costliest entry, a fast refusal would mean bob exists.
    let site = Site::new("auth-costs");
    let costly = std::fs::read_to_string(htpasswd(&site, &[("alice", "s3cret")], 10)).unwrap();
    let cheap = std::fs::read_to_string(htpasswd(&site, &[("bob", "hunter2")], 4)).unwrap();
    let users = site.dir.join("htpasswd-mixed");
    std::fs::write(&users, format!("{costly}{cheap}")).unwrap();
    // Two workers: each connection lands on either.
    let server = site.serve(
        "auth-costs",
        "",
        &format!("[static.auth]\nusers = {users:?}\nallow_plaintext = true\n"),
    );
    // (Each attempt with its own password: one refused is refused again without a check
    // for a while.)
    let refusal = |user: &str, attempt: u32| {
        let start = std::time::Instant::now();
        let r = get(
            server.addr,
            "/1k.txt",
            &basic(user, &format!("wrong{attempt}")),
        );
        assert_eq!(r.status, 401);
        start.elapsed()
    };
    let alice = (0..3).map(|i| refusal("alice", i)).min().unwrap();
    // Sixteen unknown names, three times each on new connections: each name is refused as
    // slowly as alice every time, or as fast as bob every time, whichever core answers; and
    // (the choice being keyed by the name, even odds each) some names are fast.
    let mut fast_names = 0;
    for i in 0..16 {
        let name = format!("nobody{i}");
        let times: Vec<_> = (0..3).map(|a| refusal(&name, a)).collect();
        // Fast: under an eighth of alice's (the two costs differ 64-fold, so a loaded
        // machine slowing either side a few times over does not move one past the line).
        let fast = times.iter().filter(|t| **t * 8 < alice).count();
        assert!(
            fast == 0 || fast == times.len(),
            "{name}: {times:?} (alice {alice:?})"
        );
        fast_names += usize::from(fast > 0);
    }
    assert!(
        fast_names > 0 && fast_names < 16,
        "{fast_names} of 16 names fast (alice {alice:?})"
    );
}

#[test]
fn a_second_site_has_its_own_cors_redirects_auth_and_fallback() {
    let site = Site::new("second-site");
    let app = second_root(&site, "app", "app shell\n");
    let users = htpasswd(&site, &[("alice", "s3cret")], 4);
    let second = format!(
        r#"[[static.site]]
names = ["app.example"]
root = {app:?}
spa_fallback = "index.html"
[static.site.cors]
allow_origins = ["https://web.example"]
[[static.site.redirect]]
from = "/legacy/{{*rest}}"
to = "https://new.example/{{rest}}"
[static.site.auth]
users = {users:?}
paths = ["/admin/**"]
allow_plaintext = true
"#
    );
    let server = site.serve("second-site", "", &second);
    let a = server.addr;
    let nav = "Accept: text/html\r\n";
    // The second site: its fallback, CORS, redirect and auth.
    assert_eq!(
        get_host(a, "app.example", "/some/route", nav).text(),
        "app shell\n"
    );
    assert_eq!(get_host(a, "app.example", "/x.js", nav).status, 404);
    let r = get_host(a, "app.example", "/", "Origin: https://web.example\r\n");
    assert_eq!(
        r.header("access-control-allow-origin"),
        Some("https://web.example")
    );
    let r = get_host(a, "app.example", "/legacy/a/b", "");
    assert_eq!(
        (r.status, r.header("location")),
        (308, Some("https://new.example/a/b"))
    );
    assert_eq!(get_host(a, "app.example", "/admin/", "").status, 401);
    assert_eq!(
        get_host(a, "app.example", "/admin/", &basic("alice", "s3cret")).status,
        404,
        "past auth: the site has no /admin/"
    );
    // The default site has none of them.
    assert_eq!(get_host(a, "other", "/some/route", nav).status, 404);
    let r = get_host(a, "other", "/", "Origin: https://web.example\r\n");
    assert_eq!(r.header("access-control-allow-origin"), None);
    assert_eq!(get_host(a, "other", "/legacy/a/b", "").status, 404);
    assert_eq!(get_host(a, "other", "/admin/", "").status, 404);
}

#[test]
fn auth_paths_guard_what_a_url_serves_and_checks_are_bounded() {
    let site = Site::new("auth-aliases");
    std::fs::create_dir_all(site.root().join("admin")).unwrap();
    std::fs::write(site.root().join("admin/index.html"), "admin home\n").unwrap();
    // Its precompressed siblings, as a build makes them.
    std::fs::write(site.root().join("admin/index.html.gz"), "GZIP ADMIN\n").unwrap();
    std::fs::write(site.root().join("admin/index.html.br"), "BR ADMIN\n").unwrap();
    std::fs::create_dir_all(site.root().join("team/notes")).unwrap();
    std::fs::write(site.root().join("team/notes/a.txt"), "team notes\n").unwrap();
    let users = htpasswd(&site, &[("alice", "s3cret")], 10);
    // One worker, so that the flood below meets one core's bound. A header rule that would
    // make every answer cacheable for a year.
    let config = format!(
        "workers = 1\npin = \"off\"\nlisten = [\"127.0.0.1:0\"]\n[static]\nroot = {:?}\n\
         spa_fallback = \"index.html\"\n[[static.headers]]\npath = \"/**\"\n\
         set = {{ \"Cache-Control\" = \"public, max-age=31536000\" }}\n\
         [static.auth]\nusers = {users:?}\n\
         paths = [\"/admin/index.html\", \"/index.html\", \"/team\"]\nallow_plaintext = true\n",
        site.root()
    );
    let server = percore_testkit::Server::start(&binary(), "auth-aliases", &config, &[]);
    let a = server.addr;
    // The directory's URL serves the guarded index file; a navigation serves the guarded
    // fallback: both need the user.
    assert_eq!(get(a, "/admin/", "").status, 401);
    assert_eq!(get(a, "/some/route", "Accept: text/html\r\n").status, 401);
    assert_eq!(get(a, "/1k.txt", "").status, 200, "not guarded");
    let r = get(a, "/admin/", &basic("alice", "s3cret"));
    assert_eq!((r.status, r.text().as_str()), (200, "admin home\n"));
    // The guarded file's precompressed siblings, asked for by their own names, are guarded
    // too; and a pattern naming a directory guards what lies below it.
    for path in [
        "/admin/index.html.gz",
        "/admin/index.html.br",
        "/team",
        "/team/notes/a.txt",
    ] {
        let r = get(a, path, "");
        assert_eq!(r.status, 401, "{path}");
        assert!(!r.text().contains("ADMIN") && !r.text().contains("notes"));
    }
    let r = get(a, "/team/notes/a.txt", &basic("alice", "s3cret"));
    assert_eq!((r.status, r.text().as_str()), (200, "team notes\n"));

    // A flood of guesses: a core runs at most 32 checks at once; the rest get 503 with
    // Retry-After at once, and every other request is answered meanwhile.
    let guesses: Vec<_> = (0..48)
        .map(|i| {
            std::thread::spawn(move || {
                let r = get(a, "/admin/", &basic("alice", &format!("guess{i}")));
                let field = |name| r.header(name).map(str::to_string);
                (r.status, field("retry-after"), field("cache-control"))
            })
        })
        .collect();
    let statuses: Vec<_> = guesses.into_iter().map(|g| g.join().unwrap()).collect();
    let busy = statuses.iter().filter(|(s, ..)| *s == 503).count();
    assert!(busy >= 1, "{statuses:?}");
    assert!(
        statuses.iter().all(|(s, ra, cc)| *s == 401
            || (*s == 503 && ra.as_deref() == Some("1") && cc.as_deref() == Some("no-store"))),
        "{statuses:?}"
    );
}
