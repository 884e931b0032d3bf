//! Requests as handlers see them: the head (method, target, version, every header field),
//! the route's parameters, and the body.

use std::borrow::Cow;
use std::cell::Cell;
use std::net::SocketAddr;
use std::ops::Range;
use std::rc::Rc;

use percore_http::{Framing, Head, Method, Version};
use percore_proactor::net::TcpStream;

use crate::body::Body;

/// Where a piece of the head is in its bytes.
pub(crate) type Span = Range<u32>;

/// The head's bytes, and where its parts are in them: kept by the request and, for the access
/// log, by the connection. One per connection, reused for each request unless a handler
/// kept the last one.
#[derive(Debug)]
pub(crate) struct Parts {
    bytes: Vec<u8>,
    /// The request target, copied out as text (it is read on every request, by the router
    /// at least: a `&str` at hand, not bytes to check again).
    target: String,
    head: Index,
    /// Every header field: name, value.
    fields: Vec<(Span, Span)>,
    /// The path part of the target (no query), in `target`; empty for a target that is not a
    /// path.
    path: Span,
    /// Which of the bytes that need a closer look the target has (see [`marks_of`]).
    marks: u8,
    /// The connection's socket, to ask for the peer's address when a handler wants it.
    stream: TcpStream,
    peer: Cell<Option<SocketAddr>>,
    /// How the connection came: plaintext, or TLS and the name the client asked for.
    transport: Transport,
}

/// Whether a connection speaks TLS, and for which server name (SNI).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) enum Transport {
    /// Plaintext.
    #[default]
    Plain,
    /// TLS, with the server name the client's hello asked for, if any (lowercase, as
    /// rustls gives it).
    Tls(Option<Box<str>>),
}

/// [`Head`], with spans for its borrowed parts.
#[derive(Debug, Clone)]
struct Index {
    /// A named method, or where an extension method's token is.
    method: Result<Method<'static>, Span>,
    http10: bool,
    keep_alive: bool,
    framing: Option<Framing>,
    expect_continue: bool,
    optional: [Option<Span>; OPTIONAL],
}

/// How many of [`Head`]'s fields are optional byte strings.
const OPTIONAL: usize = 11;

/// A target byte that may start a dot segment (`.`, or `%` of `%2e`).
const DOT_OR_ESCAPE: u8 = 1;
/// A backslash, which browsers read as a slash.
const BACKSLASH: u8 = 2;
/// `?` or `#`: the path ends before it.
const END_OF_PATH: u8 = 4;

/// The marks of each byte value: what a target's bytes call for is found in one pass over
/// them, with one lookup each, where the searches it saves (the path's end, its dot
/// segments, a backslash) each took a pass of their own on every request (about 240 of
/// percore-hello's 3,870 instructions per pipelined plaintext request, in `callgrind`).
const MARKS: [u8; 256] = {
    let mut table = [0u8; 256];
    table[b'.' as usize] = DOT_OR_ESCAPE;
    table[b'%' as usize] = DOT_OR_ESCAPE;
    table[b'\\' as usize] = BACKSLASH;
    table[b'?' as usize] = END_OF_PATH;
    table[b'#' as usize] = END_OF_PATH;
    table
};

/// The marks of a target's bytes, together.
fn marks_of(target: &[u8]) -> u8 {
    target.iter().fold(0, |marks, &b| marks | MARKS[b as usize])
}

pub(crate) fn span(base: &[u8], part: &[u8]) -> Span {
    let start = part.as_ptr() as usize - base.as_ptr() as usize;
    debug_assert!(start + part.len() <= base.len(), "a part of the head");
    start as u32..(start + part.len()) as u32
}

fn at<'a>(bytes: &'a [u8], s: &Span) -> &'a [u8] {
    &bytes[s.start as usize..s.end as usize]
}

fn text<'a>(bytes: &'a [u8], s: &Span) -> &'a str {
    // Spans of text are taken from `&str`s of these very bytes.
    std::str::from_utf8(at(bytes, s)).unwrap_or_default()
}

impl Parts {
    pub(crate) fn new(stream: TcpStream, transport: Transport) -> Parts {
        Parts {
            transport,
            bytes: Vec::new(),
            target: String::new(),
            head: Index {
                method: Ok(Method::Get),
                http10: false,
                keep_alive: false,
                framing: None,
                expect_continue: false,
                optional: Default::default(),
            },
            fields: Vec::new(),
            path: 0..0,
            marks: 0,
            stream,
            peer: Cell::new(None),
        }
    }

    /// Fills in a head: `raw` is its bytes, `head` was parsed from `raw` and `fields` are
    /// the spans of its header fields in `raw`.
    pub(crate) fn fill(&mut self, raw: &[u8], head: &Head<'_>, fields: &[(Span, Span)]) {
        self.bytes.clear();
        self.bytes.extend_from_slice(raw);
        self.fields.clear();
        self.fields.extend_from_slice(fields);
        let optional = [
            head.host,
            head.if_none_match,
            head.if_modified_since,
            head.if_match,
            head.if_unmodified_since,
            head.if_range,
            head.range,
            head.accept_encoding,
            head.user_agent,
            head.referer,
            None,
        ];
        let mut optional = optional.map(|v| v.map(|v| span(raw, v)));
        if head.split_lists {
            self.join_split_lists(&mut optional);
        }
        self.head = Index {
            method: head
                .method
                .known()
                .ok_or_else(|| span(raw, head.method.as_str().as_bytes())),
            http10: head.version == Version::Http10,
            keep_alive: head.keep_alive,
            framing: Some(head.framing),
            expect_continue: head.expect_continue,
            optional,
        };
        self.target.clear();
        self.target.push_str(head.target);
        // An absolute-form target with an empty path (`http://host?q`) means the path "/"
        // (RFC 9110 §4.2.3): written in, so that the path is a part of the target as always.
        if let Some(authority) = percore_http::path::target_authority(&self.target) {
            let end = span(self.target.as_bytes(), authority.as_bytes()).end as usize;
            if !self.target[end..].starts_with('/') {
                self.target.insert(end, '/');
            }
        }
        self.marks = marks_of(self.target.as_bytes());
        self.path = if self.target.starts_with('/') && self.marks & END_OF_PATH == 0 {
            // The common target, a path alone: the whole of it, with no search for its end.
            0..self.target.len() as u32
        } else {
            match percore_http::path::target_path(&self.target) {
                Ok(p) => span(self.target.as_bytes(), p.as_bytes()),
                Err(_) => 0..0,
            }
        };
    }

    /// Whether the path may have a dot segment or a backslash (a dot, an escape or a
    /// backslash in the target): `false` rules both out without a look at the path.
    pub(crate) fn may_climb(&self) -> bool {
        self.marks & (DOT_OR_ESCAPE | BACKSLASH) != 0
    }

    /// A list field sent on several lines (rare): its lines joined, after the head's bytes,
    /// stand for it (RFC 9110 §5.3), so that every reader sees the whole list.
    #[cold]
    fn join_split_lists(&mut self, optional: &mut [Option<Span>; OPTIONAL]) {
        let mut joined = Vec::new();
        // The positions of `LIST_FIELDS` in `optional`.
        for (name, i) in percore_http::LIST_FIELDS.into_iter().zip([1, 3, 7]) {
            if optional[i].is_none() {
                continue;
            }
            let b = &self.bytes;
            let lines = self.fields.iter().map(|(n, v)| (text(b, n), at(b, v)));
            percore_http::join_lines(lines, name, &mut joined);
            let start = self.bytes.len() as u32;
            self.bytes.extend_from_slice(&joined);
            optional[i] = Some(start..self.bytes.len() as u32);
        }
    }

    /// The head, as percore-http parsed it.
    pub(crate) fn head(&self) -> Head<'_> {
        let b = &self.bytes[..];
        let h = &self.head;
        let o = |i: usize| h.optional[i].as_ref().map(|s| at(b, s));
        Head {
            method: self.method(),
            target: &self.target,
            version: self.version(),
            keep_alive: h.keep_alive,
            framing: h.framing.unwrap_or(Framing::None),
            expect_continue: h.expect_continue,
            host: o(0),
            if_none_match: o(1),
            if_modified_since: o(2),
            if_match: o(3),
            if_unmodified_since: o(4),
            if_range: o(5),
            range: o(6),
            accept_encoding: o(7),
            user_agent: o(8),
            referer: o(9),
            // Joined by `fill`.
            split_lists: false,
        }
    }

    /// The request target as sent.
    pub(crate) fn target(&self) -> &str {
        &self.target
    }

    /// Whether the method is none of those `Method` names (an extension method, CONNECT,
    /// TRACE): one test, with no method built.
    pub(crate) fn is_extension_method(&self) -> bool {
        self.head.method.is_err()
    }

    pub(crate) fn method(&self) -> Method<'_> {
        match &self.head.method {
            Ok(m) => *m,
            Err(s) => Method::Other(text(&self.bytes, s)),
        }
    }

    pub(crate) fn version(&self) -> Version {
        if self.head.http10 {
            Version::Http10
        } else {
            Version::Http11
        }
    }

    pub(crate) fn keep_alive(&self) -> bool {
        self.head.keep_alive
    }

    pub(crate) fn peer(&self) -> Option<SocketAddr> {
        if self.peer.get().is_none() {
            self.peer.set(self.stream.peer_addr().ok());
        }
        self.peer.get()
    }
}

/// The values of a route's parameters (`{id}` in `/users/{id}`): names, and where the values
/// are in the request's target.
#[derive(Debug, Clone)]
pub(crate) struct Params {
    pub(crate) list: Vec<(Rc<str>, Span)>,
    /// Where a mounted handler's own path starts (see [`Request::mounted_path`]); `NO_MOUNT`
    /// when it was not mounted. (Two words rather than an `Option` and a count: a request is
    /// moved into every handler's future, and this keeps it the size it was.)
    mount_start: u32,
    /// How many of `list` the mounts above the handler gave (a route's own follow them).
    mount_params: u32,
}

/// [`Params::mount_start`] of a request no mount has taken.
const NO_MOUNT: u32 = u32::MAX;

impl Default for Params {
    fn default() -> Self {
        Params {
            list: Vec::new(),
            mount_start: NO_MOUNT,
            mount_params: 0,
        }
    }
}

impl Params {
    /// Where the mounted path starts, when a mount took the request.
    pub(crate) fn mount(&self) -> Option<u32> {
        (self.mount_start != NO_MOUNT).then_some(self.mount_start)
    }

    /// A mount took the request: its path below the mount starts at `start`, and the
    /// parameters given so far are the mounts'.
    pub(crate) fn mounted_at(&mut self, start: u32) {
        self.mount_start = start;
        self.mount_params = u32::try_from(self.list.len()).unwrap_or(u32::MAX);
    }

    /// The parameters given by mounts above the handler, and no route's.
    pub(crate) fn keep_mounts_only(&mut self) {
        self.list.truncate(self.mount_params as usize);
    }
}

/// An HTTP request: its head, the parameters of the route it matched, and its body.
///
/// The head's bytes belong to the request (copied out of the receive buffer, which goes back
/// to the ring at once); the body is read from the connection as the handler asks for it.
#[derive(Debug)]
pub struct Request {
    parts: Rc<Parts>,
    pub(crate) params: Params,
    body: Body,
}

impl Request {
    pub(crate) fn new(parts: Rc<Parts>, body: Body) -> Request {
        Request {
            parts,
            params: Params::default(),
            body,
        }
    }

    /// Where `part` (a slice of this request's path) is in its target.
    pub(crate) fn span_of(&self, part: &str) -> Span {
        span(self.parts.target.as_bytes(), part.as_bytes())
    }

    /// Whether the path may have a dot segment or a backslash (see [`Parts::may_climb`]).
    pub(crate) fn may_climb(&self) -> bool {
        self.parts.may_climb()
    }

    /// Where the path ends in the target.
    pub(crate) fn path_end(&self) -> u32 {
        self.parts.path.end
    }

    /// The method.
    pub fn method(&self) -> Method<'_> {
        self.parts.method()
    }

    /// The request target as sent: `/path?query` (or the absolute form, `http://host/path`,
    /// whose empty path is given as `/`; or `*`).
    pub fn target(&self) -> &str {
        self.parts.target()
    }

    /// The target's path, as sent (still percent-encoded; see [`decode`]); empty for a target
    /// that is not a path (`*`, or the authority form of CONNECT).
    pub fn path(&self) -> &str {
        &self.parts.target[self.parts.path.start as usize..self.parts.path.end as usize]
    }

    /// The target's query, without the `?`: what follows the path up to a fragment (`#`, which
    /// a client should not send, ends the path too).
    pub fn query(&self) -> Option<&str> {
        let rest = &self.target()[self.parts.path.end as usize..];
        let query = rest.strip_prefix('?')?;
        Some(query.split('#').next().unwrap_or_default())
    }

    /// The query's pairs, decoded as a browser's form writes them (see [`form_pairs`]):
    /// `?q=a+b&page=2` gives `("q", "a b")` and `("page", "2")`; nothing for a target without
    /// a query.
    pub fn query_pairs(&self) -> impl Iterator<Item = (Cow<'_, str>, Cow<'_, str>)> {
        form_pairs(self.query().unwrap_or_default())
    }

    /// The value of the query's first pair named `name` (decoded, see [`form_pairs`]); a name
    /// given without `=` has the empty value.
    pub fn query_param(&self, name: &str) -> Option<Cow<'_, str>> {
        self.query_pairs().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    /// The version.
    pub fn version(&self) -> Version {
        self.parts.version()
    }

    /// The value of the header field `name` (matched without regard to case): the first one
    /// when it was sent more than once.
    pub fn header(&self, name: &str) -> Option<&[u8]> {
        self.headers()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }

    /// The value of `name` as text (`None` when absent or not UTF-8).
    pub fn header_str(&self, name: &str) -> Option<&str> {
        self.header(name).and_then(|v| std::str::from_utf8(v).ok())
    }

    /// Every header field, in the order sent.
    pub fn headers(&self) -> impl Iterator<Item = (&str, &[u8])> {
        let b = &self.parts.bytes;
        self.parts
            .fields
            .iter()
            .map(move |(n, v)| (text(b, n), at(b, v)))
    }

    /// The value of the route parameter `name`, percent-decoded: `None` when the route has
    /// no such parameter, or its value is malformed (a `%` not followed by two hexadecimal
    /// digits, or bytes that are not UTF-8 once decoded), which a handler answers with 400.
    ///
    /// Every escape is decoded, `%2F` included: `group%2Fproject` is `group/project`, and
    /// `..%2F..%2Fsecret`, one segment to the router, is `../../secret`. A value that names a
    /// file or a directory is taken with [`Request::param_segment`] (one segment) or
    /// [`Request::param_path`] (a catch-all's path).
    pub fn param(&self, name: &str) -> Option<Cow<'_, str>> {
        decode(self.param_raw(name)?)
    }

    /// [`Request::param`], for a value that must stay one path segment (a file's name, a key
    /// under a directory): `None` also when, decoded, it holds a slash, a backslash or a NUL,
    /// or is `.` or `..`, which a handler answers with 400 (so that `..%2F..%2Fsecret` never
    /// names `../../secret`).
    pub fn param_segment(&self, name: &str) -> Option<Cow<'_, str>> {
        self.param(name)
            .filter(|v| !v.contains(['/', '\\', '\0']) && v != "." && v != "..")
    }

    /// [`Request::param`], for a catch-all (`{*rest}`) that names a file or a directory below
    /// one of the handler's: a relative path, `None` also when, decoded, it starts with a
    /// slash, holds an empty, `.` or `..` segment, a backslash or a NUL, which a handler
    /// answers with 400 (so that `..%2F..%2Fsecret` never names `../../secret`, and
    /// `%2Fetc%2Fpasswd` never an absolute path). Join it to a directory only through what
    /// keeps it below (`percore_proactor::fs::File::open_beneath`), as symlinks may lead out.
    pub fn param_path(&self, name: &str) -> Option<Cow<'_, str>> {
        self.param(name).filter(|v| {
            !v.contains(['\\', '\0'])
                && v.split('/').all(|s| !s.is_empty() && s != "." && s != "..")
        })
    }

    /// The value of the route parameter `name` as sent (still percent-encoded). Below a mount
    /// whose prefix has a parameter of the same name, the route's own is the one given.
    pub fn param_raw(&self, name: &str) -> Option<&str> {
        let (_, s) = self.params.list.iter().rev().find(|(n, _)| &**n == name)?;
        Some(&self.parts.target[s.start as usize..s.end as usize])
    }

    /// The path below the prefix a handler was mounted at ([`crate::Router::mount`]),
    /// starting with `/`, as sent; the whole path when the handler was not mounted.
    pub fn mounted_path(&self) -> &str {
        let path = &self.parts.path;
        match self.params.mount() {
            Some(start) => &self.parts.target[start as usize..path.end as usize],
            None => self.path(),
        }
    }

    /// The prefix a handler was mounted at, as it appears in this request's path (`/static`);
    /// empty when it was not mounted or was mounted at `/`.
    pub fn mount_prefix(&self) -> &str {
        let path = &self.parts.path;
        match self.params.mount() {
            Some(start) => &self.parts.target[path.start as usize..start as usize],
            None => "",
        }
    }

    /// The head as percore-http parses it (the fields a file server looks at: validators,
    /// ranges, `Accept-Encoding`).
    pub fn head(&self) -> Head<'_> {
        self.parts.head()
    }

    /// The host the request names, as sent (with its port, if any): an absolute-form
    /// target's authority, for which `Host` is ignored (RFC 9112 §3.2.2), else the `Host`
    /// field (kept by the parser: no search of the fields).
    pub fn host(&self) -> Option<&str> {
        percore_http::path::target_authority(self.target()).or_else(|| {
            let host = self.parts.head.optional[0].as_ref()?;
            std::str::from_utf8(at(&self.parts.bytes, host)).ok()
        })
    }

    /// Whether the request came over TLS (an address of `tls.listen`).
    pub fn is_tls(&self) -> bool {
        matches!(self.parts.transport, Transport::Tls(_))
    }

    /// The server name the client asked for in its TLS hello (SNI), lowercase; `None` over
    /// plaintext or when it sent none.
    pub fn server_name(&self) -> Option<&str> {
        match &self.parts.transport {
            Transport::Tls(name) => name.as_deref(),
            Transport::Plain => None,
        }
    }

    /// The client's address (asked of the socket once per connection, when first wanted).
    pub fn peer_addr(&self) -> Option<SocketAddr> {
        self.parts.peer()
    }

    /// The body.
    pub fn body(&mut self) -> &mut Body {
        &mut self.body
    }

    /// The body, keeping nothing else of the request.
    pub fn into_body(self) -> Body {
        self.body
    }

    /// Whether the connection may carry another request after this one's response, as the
    /// client asked (the server may still close it).
    pub fn keep_alive(&self) -> bool {
        self.parts.keep_alive()
    }
}

/// `s` in ASCII lowercase, borrowed when it is lowercase already (the common case for header
/// values and names the server made itself: no allocation then).
pub(crate) fn ascii_lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(s.to_ascii_lowercase())
    } else {
        Cow::Borrowed(s)
    }
}

/// Percent-decodes `s`; `None` when a `%` is not followed by two hexadecimal digits (RFC 3986
/// §2.1), or the result is not UTF-8.
pub fn decode(s: &str) -> Option<Cow<'_, str>> {
    let b = s.as_bytes();
    let malformed = b.iter().enumerate().any(|(i, &c)| {
        c == b'%'
            && !(b.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit))
    });
    if malformed {
        return None;
    }
    percent_encoding::percent_decode_str(s).decode_utf8().ok()
}

/// The pairs of a query string or of a form body (`application/x-www-form-urlencoded`), as
/// browsers write them and the WHATWG URL standard reads them: split at `&` (empty pieces
/// skipped), each at its first `=` (a name alone has the empty value), `+` read as a space,
/// then percent-escapes decoded; an escape that is not one (`%zz`) is kept as written, and
/// bytes that are not UTF-8 once decoded become U+FFFD. Borrowed where nothing is decoded.
///
/// ```
/// let pairs: Vec<_> = percore_web::form_pairs("q=a+b%21&flag&lang=fr").collect();
/// assert_eq!(pairs, [("q".into(), "a b!".into()), ("flag".into(), "".into()), ("lang".into(), "fr".into())]);
/// ```
pub fn form_pairs(s: &str) -> impl Iterator<Item = (Cow<'_, str>, Cow<'_, str>)> {
    s.split('&').filter(|p| !p.is_empty()).map(|pair| {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        (form_decode(name), form_decode(value))
    })
}

/// One name or value of a form: `+` as a space, then percent-decoded (see [`form_pairs`]).
fn form_decode(s: &str) -> Cow<'_, str> {
    if !s.bytes().any(|b| b == b'+' || b == b'%') {
        return Cow::Borrowed(s);
    }
    let spaced: Vec<u8> = s
        .bytes()
        .map(|b| if b == b'+' { b' ' } else { b })
        .collect();
    let decoded: Vec<u8> = percent_encoding::percent_decode(&spaced).collect();
    Cow::Owned(String::from_utf8_lossy(&decoded).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_pairs_read_as_browsers_write_them() {
        let got: Vec<(String, String)> =
            form_pairs("q=a+b&x=%41%zz&flag&&e=&%C3%A9=%E2%82%AC&bad=%FF&plus=%2B&eq=a=b")
                .map(|(n, v)| (n.into_owned(), v.into_owned()))
                .collect();
        let want = [
            ("q", "a b"),
            ("x", "A%zz"),
            ("flag", ""),
            ("e", ""),
            ("é", "€"),
            ("bad", "\u{FFFD}"),
            ("plus", "+"),
            ("eq", "a=b"),
        ];
        assert_eq!(got, want.map(|(n, v)| (n.to_string(), v.to_string())),);
        assert!(matches!(
            form_pairs("a=b").next(),
            Some((Cow::Borrowed("a"), Cow::Borrowed("b")))
        ));
        assert_eq!(form_pairs("").count(), 0);
    }

    #[test]
    fn ascii_lowercase_copies_only_what_has_capitals() {
        assert!(matches!(
            ascii_lowercase("text/html"),
            Cow::Borrowed("text/html")
        ));
        assert!(matches!(ascii_lowercase("Example.COM"), Cow::Owned(s) if s == "example.com"));
        assert!(matches!(ascii_lowercase("ÉTÉ"), Cow::Owned(s) if s == "ÉtÉ"));
    }
    use percore_http::{Limits, Parsed, parse_head_fields};

    fn parts(raw: &[u8]) -> Parts {
        // The stream is only asked for the peer's address; any socket will do for the rest.
        let stream = TcpStream::from_std(
            std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| std::net::TcpStream::connect(l.local_addr()?))
                .unwrap(),
        )
        .unwrap();
        let mut fields = Vec::new();
        let Ok(Parsed::Complete(head, len)) = parse_head_fields(raw, &Limits::default(), |n, v| {
            fields.push((span(raw, n.as_bytes()), span(raw, v)))
        }) else {
            panic!("a complete head")
        };
        let mut p = Parts::new(stream, Transport::Plain);
        p.fill(&raw[..len], &head, &fields);
        p
    }

    #[test]
    fn a_request_reads_back_what_was_parsed() {
        let raw = b"PURGE /a%20b/c?x=1&y HTTP/1.1\r\nHost: h\r\nX-Two: 1\r\nx-two: 2\r\nRange: bytes=0-1\r\n\r\nrest";
        let req = Request::new(Rc::new(parts(raw)), Body::empty());
        assert_eq!(req.method(), Method::Other("PURGE"));
        assert_eq!(req.target(), "/a%20b/c?x=1&y");
        assert_eq!(req.path(), "/a%20b/c");
        assert_eq!(req.query(), Some("x=1&y"));
        assert_eq!(req.header("x-TWO"), Some(&b"1"[..]));
        assert_eq!(req.headers().count(), 4);
        assert_eq!(req.head().range, Some(&b"bytes=0-1"[..]));
        assert_eq!(req.head().host, Some(&b"h"[..]));
        assert_eq!(req.host(), Some("h"));
        assert_eq!(req.version(), Version::Http11);
        assert_eq!(decode("a%20b").as_deref(), Some("a b"));
        assert_eq!(decode("%ff"), None);
        // A `%` without two hexadecimal digits is malformed, not a literal.
        for malformed in ["%", "%z1", "a%2", "%zz"] {
            assert_eq!(decode(malformed), None, "{malformed}");
        }
        assert_eq!(decode("%25").as_deref(), Some("%"));
    }

    #[test]
    fn targets_that_are_not_paths_have_an_empty_path() {
        let req = Request::new(
            Rc::new(parts(b"OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n")),
            Body::empty(),
        );
        assert_eq!((req.path(), req.target()), ("", "*"));
        let req = Request::new(
            Rc::new(parts(b"GET http://h/x/y?q HTTP/1.1\r\nHost: h\r\n\r\n")),
            Body::empty(),
        );
        assert_eq!((req.path(), req.query()), ("/x/y", Some("q")));
    }

    #[test]
    fn the_query_follows_the_path_and_ends_at_a_fragment() {
        let query = |raw: &[u8]| {
            let req = Request::new(Rc::new(parts(raw)), Body::empty());
            (req.path().to_string(), req.query().map(str::to_string))
        };
        let at = |path: &str, q: Option<&str>| (path.to_string(), q.map(str::to_string));
        assert_eq!(
            query(b"GET /a?x=1#f HTTP/1.1\r\nHost: h\r\n\r\n"),
            at("/a", Some("x=1"))
        );
        // A `?` after the fragment is no query: the path ended at `#`.
        assert_eq!(
            query(b"GET /a#?x=1 HTTP/1.1\r\nHost: h\r\n\r\n"),
            at("/a", None)
        );
        assert_eq!(
            query(b"GET http://h?q HTTP/1.1\r\nHost: h\r\n\r\n"),
            at("/", Some("q"))
        );
        assert_eq!(
            query(b"OPTIONS * HTTP/1.1\r\nHost: h\r\n\r\n"),
            at("", None)
        );
    }

    #[test]
    fn a_path_is_looked_at_for_dot_segments_when_its_target_has_a_dot_an_escape_or_a_backslash() {
        let climbs = |target: &str| {
            let raw = format!("GET {target} HTTP/1.1\r\nHost: h\r\n\r\n");
            Request::new(Rc::new(parts(raw.as_bytes())), Body::empty()).may_climb()
        };
        for target in ["/a/../b", "/a/./b", "/a/%2e%2e/b", "/a/%2E/b", "/a\\b"] {
            assert!(climbs(target), "{target}");
        }
        for target in ["/", "/plaintext", "/users/42?x=1#f", "*"] {
            assert!(!climbs(target), "{target}");
        }
    }

    #[test]
    fn the_host_is_the_absolute_targets_authority_else_the_host_field() {
        let host = |raw: &[u8]| {
            let req = Request::new(Rc::new(parts(raw)), Body::empty());
            req.host().map(str::to_string)
        };
        assert_eq!(
            host(b"GET http://a.example:81/x HTTP/1.1\r\nHost: h\r\n\r\n").as_deref(),
            Some("a.example:81")
        );
        assert_eq!(
            host(b"GET /x HTTP/1.1\r\nX: y\r\nhOsT: b.example\r\n\r\n").as_deref(),
            Some("b.example")
        );
        assert_eq!(host(b"GET /x HTTP/1.0\r\n\r\n"), None);
    }
}
