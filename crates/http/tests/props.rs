//! Properties over generated input: nothing panics the parser, the body reader or the path
//! resolver, and no resolved path leaves the root.

use percore_http::range::{RangeAnswer, interpret};
use percore_http::{BodyDiscard, Framing, Limits, PathPolicy, parse_head, resolve};
use proptest::prelude::*;

/// Request-shaped bytes: a plausible start, then anything.
fn request_like() -> impl Strategy<Value = Vec<u8>> {
    (
        prop::sample::select(vec!["GET ", "HEAD ", "POST ", "OPTIONS ", "", "G\r\n"]),
        prop::collection::vec(any::<u8>(), 0..400),
        prop::collection::vec(
            prop::sample::select(vec![
                "\r\n",
                "\n",
                "\r",
                ": ",
                " HTTP/1.1",
                " HTTP/1.0",
                "Host: a",
                "Content-Length: 5",
                "Transfer-Encoding: chunked",
                "\r\n\r\n",
                "%2e%2e/",
                "/../",
                " ",
            ]),
            0..12,
        ),
    )
        .prop_map(|(start, noise, pieces)| {
            let mut v = start.as_bytes().to_vec();
            for (i, p) in pieces.iter().enumerate() {
                v.extend_from_slice(p.as_bytes());
                v.extend_from_slice(&noise[..noise.len().min(i * 7)]);
            }
            v.extend_from_slice(&noise);
            v
        })
}

/// Path-shaped strings: segments of dots, escapes, slashes and letters.
fn path_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec![
            "/",
            "..",
            ".",
            "a",
            "b.txt",
            "%2e",
            "%2E%2e",
            "%2f",
            "%5c",
            "%00",
            "%",
            "%25",
            "\\",
            "//",
            "?",
            "#",
            "é",
            "%c3%a9",
            "%ff",
            ".git",
            ".well-known",
        ]),
        0..16,
    )
    .prop_map(|parts| format!("/{}", parts.concat()))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn no_input_panics_the_head_parser(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = parse_head(&bytes, &Limits::default());
    }

    #[test]
    fn no_request_like_input_panics_the_head_parser(bytes in request_like()) {
        let limits = Limits { max_request_line: 64, max_head: 256, max_headers: 4 };
        let _ = parse_head(&bytes, &limits);
        let _ = parse_head(&bytes, &Limits::default());
    }

    #[test]
    fn a_request_line_is_414_exactly_when_it_is_longer_than_the_limit(
        target_len in 0usize..120,
        lf_only in any::<bool>(),
        empty_lines in prop::collection::vec(prop::sample::select(vec!["\r\n", "\n"]), 0..3),
        limit in 16usize..100,
        whole in any::<bool>(),
        broken in 0usize..4,
    ) {
        use percore_http::{Parsed, Status};
        let eol = if lf_only { "\n" } else { "\r\n" };
        // Whatever else is wrong with the head: its version, a field's name, too many fields.
        let version = if broken == 1 { "HTTP/2.0" } else { "HTTP/1.1" };
        let line = format!("GET /{} {version}{eol}", "a".repeat(target_len));
        let fields = match broken {
            2 => "Host: a\r\nBad Name: x\r\n",
            3 => "Host: a\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n",
            _ => "Host: a\r\n",
        };
        let end = if whole { "\r\n" } else { "" };
        let bytes = format!("{}{line}{fields}{end}", empty_lines.concat());
        let limits = Limits { max_request_line: limit, max_head: 4096, max_headers: 4 };
        let verdict = parse_head(bytes.as_bytes(), &limits);
        let status = verdict.as_ref().err().map(|e| e.status);
        // The line as a scan for its end counts it: up to and with its `\n`.
        if line.len() > limit {
            prop_assert_eq!(status, Some(Status::URI_TOO_LONG));
        } else {
            let expected = match broken {
                1 => Some(Status::VERSION_NOT_SUPPORTED),
                2 => Some(Status::BAD_REQUEST),
                3 => Some(Status::HEADER_FIELDS_TOO_LARGE),
                _ => None,
            };
            match expected {
                Some(expected) => prop_assert_eq!(status, Some(expected)),
                None => prop_assert_eq!(matches!(verdict, Ok(Parsed::Complete(..))), whole),
            }
        }
    }

    #[test]
    fn a_host_is_checked_as_its_grammar_says(
        bytes in prop::collection::vec(prop::sample::select(b"aZ9-._~!$&'()*+,;=%:/@ \t3fG\x7f\x800156".to_vec()), 0..24),
    ) {
        // RFC 3986's authority without user info, written out plainly: a reg-name up to the
        // first colon, then nothing or a port of digits (leading zeros allowed) at most
        // 65535; no port after an empty host (RFC 9110 4.2.1).
        let reference = |v: &[u8]| {
            let colon = v.iter().position(|&b| b == b':').unwrap_or(v.len());
            let (host, port) = v.split_at(colon);
            let mut i = 0;
            let mut host_ok = true;
            while i < host.len() {
                let b = host[i];
                if b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=".contains(&b) {
                    i += 1;
                } else if b == b'%' && host.len() > i + 2 && host[i + 1].is_ascii_hexdigit() && host[i + 2].is_ascii_hexdigit() {
                    i += 3;
                } else {
                    host_ok = false;
                    break;
                }
            }
            // Independent of the implementation's arithmetic: digits that parse as a u16.
            let port_ok = port.is_empty()
                || (port[1..].iter().all(u8::is_ascii_digit)
                    && std::str::from_utf8(&port[1..]).is_ok_and(|d| d.is_empty() || d.parse::<u16>().is_ok()));
            host_ok && port_ok && (v.is_empty() || !host.is_empty())
        };
        let start = bytes.iter().position(|&b| b != b' ' && b != b'\t').unwrap_or(bytes.len());
        let end = bytes.iter().rposition(|&b| b != b' ' && b != b'\t').map_or(start, |e| e + 1);
        let trimmed = &bytes[start..end];
        prop_assert_eq!(percore_http::is_authority(&bytes), reference(trimmed), "{:?}", String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn body_reading_does_not_depend_on_how_bytes_arrive(
        bytes in prop::collection::vec(any::<u8>(), 0..300),
        cut in 0usize..300,
    ) {
        for framing in [Framing::Chunked, Framing::Length(100)] {
            let whole = BodyDiscard::new(framing, 1000).unwrap().feed(&bytes);
            let mut split = BodyDiscard::new(framing, 1000).unwrap();
            let cut = cut.min(bytes.len());
            let first = split.feed(&bytes[..cut]);
            let both = first.and_then(|a| {
                if a.done {
                    Ok(a)
                } else {
                    split.feed(&bytes[cut..]).map(|b| percore_http::Fed {
                        consumed: a.consumed + b.consumed,
                        done: b.done,
                    })
                }
            });
            prop_assert_eq!(whole.map_err(|e| e.status), both.map_err(|e| e.status));
        }
    }

    #[test]
    fn resolved_paths_never_leave_the_root(target in path_like(), dotfiles in any::<bool>()) {
        if let Ok(p) = resolve(&target, &PathPolicy { dotfiles, ..PathPolicy::default() }) {
            prop_assert!(!p.relative.starts_with('/'));
            for segment in p.relative.split('/').filter(|_| !p.relative.is_empty()) {
                prop_assert!(!segment.is_empty() && segment != "." && segment != "..", "{}", p.relative);
                prop_assert!(!segment.contains('\0') && !segment.contains('\\'));
                prop_assert!(dotfiles || !segment.starts_with('.') || segment == ".well-known");
            }
            // Joined to a root and normalised by the standard library, it stays below it.
            let joined = std::path::Path::new("/srv/site").join(p.relative.as_ref());
            let mut depth = 0i32;
            for c in joined.components().skip(3) {
                match c {
                    std::path::Component::ParentDir => depth -= 1,
                    std::path::Component::Normal(_) => depth += 1,
                    _ => {}
                }
                prop_assert!(depth >= 0);
            }
        }
    }

    #[test]
    fn no_string_panics_the_resolver(target in ".{0,200}") {
        let _ = resolve(&target, &PathPolicy::default());
    }

    #[test]
    fn served_ranges_lie_inside_the_file(value in "[ -~]{0,40}", size in 0u64..5000) {
        if let RangeAnswer::Part { start, end } = interpret(value.as_bytes(), size) {
            prop_assert!(start <= end && end < size);
        }
    }
}
