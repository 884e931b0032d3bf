//! Request targets to paths below the site's root, or a refusal.
//!
//! The target's path is percent-decoded once, checked (no NUL, control bytes, backslashes or
//! invalid UTF-8), split on `/`, and its dot-segments resolved; a `..` that would climb above
//! the root is refused rather than clamped. What comes out is relative (no leading `/`), has
//! no empty, `.` or `..` segment, and is what the server opens beneath the root's directory fd,
//! where the kernel (`openat2` with `RESOLVE_BENEATH`) enforces the same bound again.

use std::borrow::Cow;

use percent_encoding::{AsciiSet, CONTROLS, percent_decode, utf8_percent_encode};

/// Bytes percent-encoded in a path segment of a URL this server writes (a redirect's
/// `Location`, a listing's links).
pub(crate) const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'\'')
    .add(b'/')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'\\')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'&');

/// The URL path of a relative site path: `/` then each segment percent-encoded.
pub fn url_path(relative: &str) -> String {
    let mut out = String::with_capacity(relative.len() + 1);
    for segment in relative.split('/').filter(|s| !s.is_empty()) {
        out.push('/');
        out.extend(utf8_percent_encode(segment, SEGMENT));
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

/// What may be served.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PathPolicy {
    /// Serve files and directories whose name starts with a dot (`.git`, `.env`). Off by
    /// default; `.well-known` is always allowed.
    pub dotfiles: bool,
    /// Take names longer than a file name can be (for rules that judge paths which need not
    /// be files'); off, such a path is [`PathError::TooLong`].
    pub long_names: bool,
}

/// A request path resolved below the root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitePath<'a> {
    /// Segments joined by `/`, no leading `/`; empty for the root itself. Borrowed from the
    /// target when it needed no decoding or resolving (the common case: no allocation).
    pub relative: Cow<'a, str>,
    /// The decoded path ended with `/` (a directory was asked for).
    pub trailing_slash: bool,
}

/// Why a path is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathError {
    /// Malformed, or climbing above the root: 400.
    Invalid(&'static str),
    /// A dotfile, under the default policy: 403.
    Hidden,
    /// A name longer than a file name can be: 404.
    TooLong,
}

/// The longest file name Linux allows (`NAME_MAX`).
const NAME_MAX: usize = 255;

/// The path part of a request target: origin form (`/a/b?q`), or absolute form
/// (`http://host/a/b?q`, which servers must accept).
pub fn target_path(target: &str) -> Result<&str, PathError> {
    let path = if target.starts_with('/') {
        target
    } else if let Some(rest) = absolute_form(target) {
        // The authority ends at the path, the query or the fragment (RFC 3986 §3.2); an
        // empty path is "/".
        let end = authority_len(rest);
        match rest[end..].starts_with('/') {
            true => &rest[end..],
            false => "/",
        }
    } else {
        return Err(PathError::Invalid("request target is not a path"));
    };
    // A byte search: both are ASCII, so where one is found is a character boundary. (`find`
    // with the two as a pattern runs a generic character searcher: 1.2% of percore-hello's
    // cycles in `perf`, answering plaintext pipelined 16 deep; what the byte search saves is
    // below what three interleaved runs can tell apart.)
    let end = path
        .bytes()
        .position(|b| b == b'?' || b == b'#')
        .unwrap_or(path.len());
    Ok(&path[..end])
}

/// The authority of an absolute-form request target (`http://host:port/path`), which a
/// server uses instead of the `Host` field (RFC 9112 §3.2.2); `None` for any other form.
#[inline]
pub fn target_authority(target: &str) -> Option<&str> {
    let rest = absolute_form(target)?;
    Some(&rest[..authority_len(rest)])
}

/// What follows the scheme of an absolute-form target (the scheme in any case, RFC 3986
/// §3.1).
#[inline]
fn absolute_form(target: &str) -> Option<&str> {
    // Most targets are origin-form: one test, not a search for the scheme's end.
    if target.starts_with('/') {
        return None;
    }
    let (scheme, rest) = target.split_once("://")?;
    (scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https")).then_some(rest)
}

/// How long the authority at the start of `rest` is.
fn authority_len(rest: &str) -> usize {
    rest.bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len())
}

/// Resolves a request target to a path below the root.
///
/// # Errors
///
/// See [`PathError`].
pub fn resolve<'a>(target: &'a str, policy: &PathPolicy) -> Result<SitePath<'a>, PathError> {
    let raw = target_path(target)?;
    if let Some(plain) = plain(raw, policy)? {
        return Ok(plain);
    }
    let decoded: Vec<u8> = percent_decode(raw.as_bytes()).collect();
    if has_bad_escape(raw.as_bytes()) {
        return Err(PathError::Invalid("malformed percent-encoding"));
    }
    if decoded.contains(&0) {
        return Err(PathError::Invalid("NUL in the path"));
    }
    if decoded.iter().any(|&b| b.is_ascii_control() || b == b'\\') {
        return Err(PathError::Invalid("control byte or backslash in the path"));
    }
    let decoded =
        std::str::from_utf8(&decoded).map_err(|_| PathError::Invalid("path is not UTF-8"))?;
    let mut segments: Vec<&str> = Vec::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                if segments.pop().is_none() {
                    return Err(PathError::Invalid("path climbs above the root"));
                }
            }
            name => {
                if name.len() > NAME_MAX && !policy.long_names {
                    return Err(PathError::TooLong);
                }
                segments.push(name);
            }
        }
    }
    if !policy.dotfiles
        && segments
            .iter()
            .any(|s| s.starts_with('.') && *s != ".well-known")
    {
        return Err(PathError::Hidden);
    }
    let last = decoded.rsplit('/').next().unwrap_or_default();
    Ok(SitePath {
        relative: Cow::Owned(segments.join("/")),
        trailing_slash: decoded.ends_with('/') || last == "." || last == "..",
    })
}

/// Whether the path `raw` (a target's path, undecoded) has a dot segment, `.` or `..`, in any
/// spelling (`%2e`, `.%2E`...): a path that [`resolve`] reads otherwise than its bytes say.
/// Anything that dispatches on the bytes (a router) must refuse it, or a rule judged on the
/// resolved path would be judged on another path than the one served. Clients do not send
/// them (browsers and curl resolve them first).
pub fn has_dot_segment(raw: &str) -> bool {
    // The common case, neither a dot nor an escape: one pass, nothing else.
    if !raw.bytes().any(|b| b == b'.' || b == b'%') {
        return false;
    }
    raw.split('/').any(|segment| {
        let mut rest = segment.as_bytes();
        let mut dots = 0;
        while !rest.is_empty() {
            match rest {
                [b'.', tail @ ..] => rest = tail,
                [b'%', b'2', b'e' | b'E', tail @ ..] => rest = tail,
                _ => return false,
            }
            dots += 1;
        }
        dots == 1 || dots == 2
    })
}

/// Whether the path `raw` (undecoded) has an escaped slash or backslash (`%2F`, `%5C`): a
/// separator once decoded (as [`resolve`] reads it), part of its segment to anything that
/// matches the bytes (a router), so that the two split the path differently.
pub fn has_escaped_separator(raw: &str) -> bool {
    // The common case, no escape at all: one `memchr`.
    raw.contains('%')
        && raw
            .as_bytes()
            .windows(3)
            .any(|w| w[0] == b'%' && matches!(&w[1..], b"2f" | b"2F" | b"5c" | b"5C"))
}

/// The fast path: a path with nothing to decode or resolve (no `%`, `\\`, control byte,
/// empty, `.` or `..` segment) is its own answer, borrowed. `None` sends it the long way.
fn plain<'a>(raw: &'a str, policy: &PathPolicy) -> Result<Option<SitePath<'a>>, PathError> {
    if raw
        .bytes()
        .any(|b| b == b'%' || b == b'\\' || b.is_ascii_control())
    {
        return Ok(None);
    }
    let trailing_slash = raw.len() > 1 && raw.ends_with('/');
    let inner = raw[1..].strip_suffix('/').unwrap_or(&raw[1..]);
    if inner.is_empty() {
        return Ok((raw == "/").then_some(SitePath {
            relative: Cow::Borrowed(""),
            trailing_slash: true,
        }));
    }
    // A hidden name is refused only once no later `..` could take it out of the path.
    let mut hidden = false;
    for segment in inner.split('/') {
        match segment {
            "" | "." | ".." => return Ok(None),
            s if s.len() > NAME_MAX && !policy.long_names => return Err(PathError::TooLong),
            s if s.starts_with('.') && !policy.dotfiles && s != ".well-known" => hidden = true,
            _ => {}
        }
    }
    if hidden {
        return Err(PathError::Hidden);
    }
    Ok(Some(SitePath {
        relative: Cow::Borrowed(inner),
        trailing_slash,
    }))
}

/// A `%` not followed by two hexadecimal digits.
fn has_bad_escape(raw: &[u8]) -> bool {
    raw.iter().enumerate().any(|(i, &b)| {
        b == b'%'
            && !(raw.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && raw.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_segments_are_found_in_any_spelling() {
        for with in [
            "/.",
            "/..",
            "/a/../b",
            "/a/./b",
            "/a/..",
            "/%2e",
            "/%2E%2e/x",
            "/a/.%2e/b",
            "/a/%2e./b",
            "/a/%2e",
        ] {
            assert!(has_dot_segment(with), "{with}");
        }
        for without in [
            "/",
            "/a/b",
            "/a.b",
            "/.well-known/x",
            "/a/.../b",
            "/a/...",
            "/.hidden",
            "/a%2eb",
            "/%2e%2e%2e",
            "/a%2fb",
            "/%2",
            "/v1.2/x",
            "/a..",
            "/..a",
            "/a%20b",
        ] {
            assert!(!has_dot_segment(without), "{without}");
        }
    }

    #[test]
    fn escaped_separators_are_found() {
        for with in ["/a%2Fb", "/a%2f", "/%5c", "/x/%5Cy"] {
            assert!(has_escaped_separator(with), "{with}");
        }
        for without in ["/a/b", "/a%2", "/%252F", "/a%20b", "/%2e", "/%5"] {
            assert!(!has_escaped_separator(without), "{without}");
        }
    }

    #[test]
    fn long_names_are_taken_where_the_policy_says() {
        let long = format!("/api/{}", "t".repeat(300));
        assert_eq!(
            resolve(&long, &PathPolicy::default()),
            Err(PathError::TooLong)
        );
        let rules = PathPolicy {
            dotfiles: true,
            long_names: true,
        };
        assert_eq!(resolve(&long, &rules).unwrap().relative, &long[1..]);
        assert!(resolve(&format!("{long}%20"), &rules).is_ok());
    }

    fn ok(target: &str) -> String {
        resolve(target, &PathPolicy::default())
            .unwrap_or_else(|e| panic!("{target}: {e:?}"))
            .relative
            .into_owned()
    }

    fn err(target: &str) -> PathError {
        resolve(target, &PathPolicy::default()).unwrap_err()
    }

    #[test]
    fn the_path_of_a_target_ends_at_its_query_or_fragment() {
        for (target, path) in [
            ("/a/b?q=1#f", "/a/b"),
            ("/a#f?q", "/a"),
            ("/?", "/"),
            ("/caf\u{e9}/\u{1f600}?x", "/caf\u{e9}/\u{1f600}"),
            ("/no-query", "/no-query"),
            ("http://host/x?y", "/x"),
            ("https://host?y", "/"),
        ] {
            assert_eq!(target_path(target).unwrap(), path, "{target}");
        }
        assert!(target_path("*").is_err());
    }

    #[test]
    fn plain_paths() {
        assert_eq!(ok("/"), "");
        assert_eq!(ok("/index.html"), "index.html");
        assert_eq!(ok("/a/b/c.txt?x=1#frag"), "a/b/c.txt");
        assert_eq!(ok("//a///b"), "a/b");
        assert_eq!(ok("/a%20b/%C3%A9t%C3%A9"), "a b/été");
        assert_eq!(ok("http://example.com/x/y"), "x/y");
        assert_eq!(ok("http://example.com"), "");
        // The authority ends at the query too: its '/' is not the path's.
        assert_eq!(ok("http://h?/x"), "");
        assert_eq!(ok("https://h:8443#/x"), "");
        assert_eq!(target_authority("http://h:81?/x"), Some("h:81"));
        assert_eq!(target_authority("https://h/a"), Some("h"));
        assert_eq!(target_authority("/a"), None);
        assert_eq!(target_authority("HTTPS://H/a"), Some("H"));
        assert_eq!(target_authority("ftp://h/a"), None);
        assert!(
            resolve("/dir/", &PathPolicy::default())
                .unwrap()
                .trailing_slash
        );
        assert!(
            !resolve("/dir", &PathPolicy::default())
                .unwrap()
                .trailing_slash
        );
    }

    #[test]
    fn plain_paths_are_borrowed() {
        let p = resolve("/a/b.txt?x", &PathPolicy::default()).unwrap();
        assert!(matches!(p.relative, Cow::Borrowed("a/b.txt")));
        let p = resolve("/a/b/", &PathPolicy::default()).unwrap();
        assert!(matches!(p.relative, Cow::Borrowed("a/b")) && p.trailing_slash);
        // Anything to decode or resolve takes the long way, to the same answer.
        assert!(matches!(
            resolve("/a/./b", &PathPolicy::default()).unwrap().relative,
            Cow::Owned(_)
        ));
    }

    #[test]
    fn dot_segments_resolve_inside_the_root() {
        assert_eq!(ok("/a/./b/../c"), "a/c");
        assert_eq!(ok("/a/b/.."), "a");
        assert_eq!(ok("/a/%2e%2e/b"), "b");
        assert_eq!(ok("/a/..%2fb"), "b");
        assert!(
            resolve("/a/b/..", &PathPolicy::default())
                .unwrap()
                .trailing_slash
        );
    }

    #[test]
    fn traversal_is_refused() {
        for target in [
            "/..",
            "/../etc/passwd",
            "/a/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/..%2f..%2fetc/passwd",
            "/./../x",
        ] {
            assert!(matches!(err(target), PathError::Invalid(_)), "{target}");
        }
        // Double encoding decodes once: a literal name, not a climb.
        assert_eq!(ok("/%252e%252e/etc/passwd"), "%2e%2e/etc/passwd");
    }

    #[test]
    fn bad_bytes_are_refused() {
        for target in [
            "/a%00b", "/a%0ab", "/a%5cb", "/a\\b", "/%ff", "/%", "/%4", "/%zz", "x", "*",
        ] {
            assert!(matches!(err(target), PathError::Invalid(_)), "{target}");
        }
    }

    #[test]
    fn dotfiles_are_hidden_unless_allowed() {
        assert_eq!(err("/.git/config"), PathError::Hidden);
        assert_eq!(err("/a/.env"), PathError::Hidden);
        assert_eq!(err("/%2egit/HEAD"), PathError::Hidden);
        // Judged on the resolved path: a hidden name that a later `..` removes is not in it.
        assert_eq!(ok("/.foo/../a.txt"), "a.txt");
        assert_eq!(ok("/sub/.x/../inner/f.txt"), "sub/inner/f.txt");
        assert_eq!(err("/sub/../.env"), PathError::Hidden);
        assert_eq!(
            ok("/.well-known/acme-challenge/x"),
            ".well-known/acme-challenge/x"
        );
        let allow = PathPolicy {
            dotfiles: true,
            ..PathPolicy::default()
        };
        assert_eq!(
            resolve("/.git/config", &allow).unwrap().relative,
            ".git/config"
        );
    }

    #[test]
    fn url_paths_are_encoded_segment_by_segment() {
        assert_eq!(url_path(""), "/");
        assert_eq!(url_path("a b/c?d#e"), "/a%20b/c%3Fd%23e");
        assert_eq!(url_path("été/x"), "/%C3%A9t%C3%A9/x");
    }

    #[test]
    fn names_longer_than_the_kernel_allows_are_not_found() {
        assert_eq!(err(&format!("/{}", "a".repeat(256))), PathError::TooLong);
        assert_eq!(ok(&format!("/{}", "a".repeat(255))).len(), 255);
    }
}
