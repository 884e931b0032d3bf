//! Request heads: parsed with httparse under size limits, with the message framing checked so
//! that no request can be read two ways (request smuggling).
//!
//! A head is parsed from the bytes received so far: [`parse_head`] says it is incomplete, or
//! returns the head and its length in bytes, or an error carrying the status to answer with.
//! Every error means the connection closes after that answer: once the framing is in doubt,
//! nothing after it on the connection can be trusted.

use crate::Status;

/// Headers one request may carry, at most, whatever [`Limits::max_headers`] says.
pub const MAX_HEADERS_CAP: usize = 128;

/// Size limits on a request head.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The request line, CRLF included; longer is 414.
    pub max_request_line: usize,
    /// The whole head (request line, header fields, final CRLF); longer is 431.
    pub max_head: usize,
    /// Header fields; more is 431. Capped at [`MAX_HEADERS_CAP`].
    pub max_headers: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_request_line: 8 * 1024,
            max_head: 16 * 1024,
            max_headers: 64,
        }
    }
}

/// The request method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method<'a> {
    /// GET
    Get,
    /// HEAD
    Head,
    /// POST
    Post,
    /// PUT
    Put,
    /// PATCH
    Patch,
    /// DELETE
    Delete,
    /// OPTIONS
    Options,
    /// Any other method (an extension method, or CONNECT and TRACE), as sent: a token.
    Other(&'a str),
}

impl<'a> Method<'a> {
    /// The method from its token.
    pub fn from_token(token: &'a str) -> Method<'a> {
        match token {
            "GET" => Method::Get,
            "HEAD" => Method::Head,
            "POST" => Method::Post,
            "PUT" => Method::Put,
            "PATCH" => Method::Patch,
            "DELETE" => Method::Delete,
            "OPTIONS" => Method::Options,
            other => Method::Other(other),
        }
    }

    /// The method, with a `'static` lifetime, when it is one of the named ones (`None` for
    /// [`Method::Other`]).
    pub fn known(self) -> Option<Method<'static>> {
        Some(match self {
            Method::Get => Method::Get,
            Method::Head => Method::Head,
            Method::Post => Method::Post,
            Method::Put => Method::Put,
            Method::Patch => Method::Patch,
            Method::Delete => Method::Delete,
            Method::Options => Method::Options,
            Method::Other(_) => return None,
        })
    }

    /// The method's token, as sent.
    pub fn as_str(&self) -> &'a str {
        match self {
            Method::Get => "GET",
            Method::Head => "HEAD",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Other(m) => m,
        }
    }
}

/// The protocol version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Version {
    /// HTTP/1.0
    Http10,
    /// HTTP/1.1
    Http11,
}

/// How the request's body is delimited.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// No body.
    None,
    /// `Content-Length` bytes.
    Length(u64),
    /// `Transfer-Encoding: chunked`.
    Chunked,
}

/// A parsed request head, borrowing from the received bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head<'a> {
    /// The method.
    pub method: Method<'a>,
    /// The request target as sent (origin form `/path?query`, absolute form, or `*`).
    pub target: &'a str,
    /// The version.
    pub version: Version,
    /// Whether the connection may carry another request after this one.
    pub keep_alive: bool,
    /// How the body is delimited.
    pub framing: Framing,
    /// `Expect: 100-continue` was sent.
    pub expect_continue: bool,
    /// `Host`.
    pub host: Option<&'a [u8]>,
    /// `If-None-Match`.
    pub if_none_match: Option<&'a [u8]>,
    /// `If-Modified-Since`; `None` also when sent on more than one line (a value of more
    /// than one member, which a recipient ignores: RFC 9110 §13.1.3).
    pub if_modified_since: Option<&'a [u8]>,
    /// `If-Match`.
    pub if_match: Option<&'a [u8]>,
    /// `If-Unmodified-Since`; `None` also when sent on more than one line (§13.1.4).
    pub if_unmodified_since: Option<&'a [u8]>,
    /// `If-Range`; `None` also when sent on more than one line, and [`Head::range`] with it
    /// (a condition that cannot hold: §13.1.5).
    pub if_range: Option<&'a [u8]>,
    /// `Range`; `None` also when sent on more than one line (not a valid range set, ignored:
    /// §14.2), or when `If-Range` was.
    pub range: Option<&'a [u8]>,
    /// `Accept-Encoding`.
    pub accept_encoding: Option<&'a [u8]>,
    /// `User-Agent` (for access logs).
    pub user_agent: Option<&'a [u8]>,
    /// `Referer` (for access logs).
    pub referer: Option<&'a [u8]>,
    /// A list field kept here (`If-None-Match`, `If-Match`, `Accept-Encoding`) came on more
    /// than one line. Its field here is then its first line alone; the whole list is every
    /// line joined with commas (RFC 9110 §5.3), as [`join_lines`] makes it from the fields.
    pub split_lists: bool,
}

/// The list field `name` as one value: every line of it in `fields`, in order, joined with
/// `", "` (RFC 9110 §5.3), written into `out` (cleared first). For a head whose
/// [`Head::split_lists`] is set.
pub fn join_lines<'f>(
    fields: impl IntoIterator<Item = (&'f str, &'f [u8])>,
    name: &str,
    out: &mut Vec<u8>,
) {
    out.clear();
    for (_, value) in fields
        .into_iter()
        .filter(|(n, _)| n.eq_ignore_ascii_case(name))
    {
        if !out.is_empty() {
            out.extend_from_slice(b", ");
        }
        out.extend_from_slice(value);
    }
}

/// The list fields [`Head`] keeps, which [`Head::split_lists`] speaks of.
pub const LIST_FIELDS: [&str; 3] = ["if-none-match", "if-match", "accept-encoding"];

/// A request that cannot be served: the status to answer with, then close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadError {
    /// The status of the answer.
    pub status: Status,
    /// What was wrong, for the log.
    pub reason: &'static str,
}

impl HeadError {
    const fn new(status: Status, reason: &'static str) -> HeadError {
        HeadError { status, reason }
    }
}

impl std::fmt::Display for HeadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.status, self.reason)
    }
}

impl std::error::Error for HeadError {}

/// The outcome of parsing what has arrived so far.
#[derive(Debug, Clone, PartialEq, Eq)]
// Returned by value once per request and destructured at once: boxing the head would cost an
// allocation per request.
#[allow(clippy::large_enum_variant)]
pub enum Parsed<'a> {
    /// More bytes are needed (and the limits still allow them).
    Incomplete,
    /// A head, and its length: the body or the next request starts there.
    Complete(Head<'a>, usize),
}

/// Parses a request head from the start of `buf`.
///
/// # Errors
///
/// 414 for a request line over the limit, 431 for a head or a header count over it, 400 for
/// anything malformed or ambiguous (see the module docs), 501 for a transfer coding other than
/// chunked, 505 for a version other than 1.x (1.2 to 1.9 are read as 1.1, RFC 9112 §2.3),
/// 417 for an `Expect` other than `100-continue`.
pub fn parse_head<'a>(buf: &'a [u8], limits: &Limits) -> Result<Parsed<'a>, HeadError> {
    parse_head_fields(buf, limits, |_, _| {})
}

/// [`parse_head`], also telling `field` every header field of a complete head, in order (for
/// a server that gives its handlers every field, not only those [`Head`] keeps).
///
/// # Errors
///
/// As [`parse_head`]; `field` may have seen fields of a head that then turns out invalid.
pub fn parse_head_fields<'a>(
    buf: &'a [u8],
    limits: &Limits,
    mut field: impl FnMut(&'a str, &'a [u8]),
) -> Result<Parsed<'a>, HeadError> {
    // Empty lines before the request line are skipped (RFC 9112 §2.2), as httparse does.
    let start = buf
        .iter()
        .position(|&b| b != b'\r' && b != b'\n')
        .unwrap_or(buf.len());
    // Left uninitialised: httparse writes the slots it fills, and zeroing all of them (4 KiB)
    // would cost more than parsing a typical head.
    let mut fields =
        [const { std::mem::MaybeUninit::<httparse::Header<'_>>::uninit() }; MAX_HEADERS_CAP];
    let max = limits.max_headers.clamp(1, MAX_HEADERS_CAP);
    let mut req = httparse::Request::new(&mut []);
    let mut parsed = req.parse_with_uninit_headers(buf, &mut fields[..max]);
    // A higher minor version of HTTP/1 (`HTTP/1.2`..`HTTP/1.9`), which httparse refuses, is
    // read as HTTP/1.1 (RFC 9112 §2.3), from a copy of the head with the digit lowered; what
    // the parse finds is then named in `buf`, whose bytes are the copy's but for that digit.
    // The copy costs nothing on any other request, and on these no more than the head itself.
    let mut lowered = Vec::new();
    let copy;
    if matches!(parsed, Err(httparse::Error::Version))
        && let Some(digit) = higher_minor_version(&buf[start..])
        // A line over its limit is 414 below, as any is, never copied.
        && digit < limits.max_request_line
    {
        copy = lowered_copy(buf, start, digit, limits);
        let mut headers = vec![httparse::EMPTY_HEADER; max];
        let mut as_11 = httparse::Request::new(&mut headers);
        parsed = as_11.parse(&copy);
        let back = |part: &[u8]| -> &'a [u8] {
            let at = part.as_ptr() as usize - copy.as_ptr() as usize;
            &buf[at..at + part.len()]
        };
        let text = |part: &str| std::str::from_utf8(back(part.as_bytes())).unwrap_or_default();
        // (Only a whole head's list is cut to the fields found; a partial one is not used.)
        if matches!(parsed, Ok(httparse::Status::Complete(_))) {
            lowered.extend(as_11.headers.iter().map(|h| httparse::Header {
                name: text(h.name),
                value: back(h.value),
            }));
        }
        req = httparse::Request {
            method: as_11.method.map(text),
            path: as_11.path.map(text),
            version: as_11.version,
            headers: &mut lowered,
        };
    }
    // The request line's length: for a whole head, from where its target ends (its version
    // and line end follow within a few bytes); otherwise by a search of the line's end,
    // before any other verdict, so that a line too long is 414 whatever else is wrong.
    let line_end = match (&parsed, req.path) {
        (Ok(httparse::Status::Complete(_)), Some(path)) => {
            let after_target = path.as_ptr() as usize - buf.as_ptr() as usize + path.len();
            buf[after_target..]
                .iter()
                .position(|&b| b == b'\n')
                .map(|n| after_target + n - start)
        }
        _ => buf[start..].iter().position(|&b| b == b'\n'),
    };
    match line_end {
        Some(end) if end + 1 > limits.max_request_line => {
            return Err(HeadError::new(
                Status::URI_TOO_LONG,
                "request line too long",
            ));
        }
        None if buf.len() - start > limits.max_request_line => {
            return Err(HeadError::new(
                Status::URI_TOO_LONG,
                "request line too long",
            ));
        }
        // Empty lines count toward the head: a client that sends nothing else is cut off at
        // the head limit, as one that sends a head too long is, not buffered without end.
        None if buf.len() > limits.max_head => {
            return Err(HeadError::new(
                Status::HEADER_FIELDS_TOO_LARGE,
                "request head too large",
            ));
        }
        // A request line not ended yet is refused as soon as it cannot be one (httparse
        // waits at the end of what it has, and fails only on a byte that is wrong): a TLS
        // hello on a plaintext port, say, is 400 at once rather than 408 a timeout later.
        // A version is judged on the whole line (`HTTP/2.0` is 505 however it arrives).
        None if matches!(parsed, Ok(_) | Err(httparse::Error::Version)) => {
            return Ok(Parsed::Incomplete);
        }
        None | Some(_) => {}
    }
    let len = match parsed {
        Ok(httparse::Status::Complete(len)) => len,
        Ok(httparse::Status::Partial) if buf.len() > limits.max_head => {
            return Err(HeadError::new(
                Status::HEADER_FIELDS_TOO_LARGE,
                "request head too large",
            ));
        }
        Ok(httparse::Status::Partial) => return Ok(Parsed::Incomplete),
        Err(httparse::Error::TooManyHeaders) => {
            return Err(HeadError::new(
                Status::HEADER_FIELDS_TOO_LARGE,
                "too many header fields",
            ));
        }
        Err(httparse::Error::Version) => return Err(version_error(&buf[start..])),
        Err(e) => return Err(HeadError::new(Status::BAD_REQUEST, parse_error(e))),
    };
    if len > limits.max_head {
        return Err(HeadError::new(
            Status::HEADER_FIELDS_TOO_LARGE,
            "request head too large",
        ));
    }
    let version = match req.version {
        Some(0) => Version::Http10,
        Some(1) => Version::Http11,
        _ => {
            return Err(HeadError::new(
                Status::VERSION_NOT_SUPPORTED,
                "not HTTP/1.0 or HTTP/1.1",
            ));
        }
    };
    let method = Method::from_token(req.method.unwrap_or_default());
    let mut head = Head {
        method,
        target: req.path.unwrap_or_default(),
        version,
        keep_alive: version == Version::Http11,
        framing: Framing::None,
        expect_continue: false,
        host: None,
        if_none_match: None,
        if_modified_since: None,
        if_match: None,
        if_unmodified_since: None,
        if_range: None,
        range: None,
        accept_encoding: None,
        user_agent: None,
        referer: None,
        split_lists: false,
    };
    let mut fields = Fields::default();
    for h in req.headers.iter() {
        fields.take(h.name, h.value, &mut head)?;
        field(h.name, h.value);
    }
    head.framing = fields.framing(version)?;
    if fields.repeated != 0 {
        fields.drop_repeated(&mut head);
    }
    // An HTTP/1.0 client cannot take a 1xx response: its expectation is ignored (RFC 9110
    // §10.1.1), and its body is read without a `100 Continue`.
    head.expect_continue &= version == Version::Http11;
    if let Some(close) = fields.connection_close {
        head.keep_alive = match version {
            Version::Http11 => !close,
            Version::Http10 => !close && fields.connection_keep_alive,
        };
    } else if version == Version::Http10 {
        head.keep_alive = fields.connection_keep_alive;
    }
    if version == Version::Http11 && fields.hosts == 0 {
        return Err(HeadError::new(
            Status::BAD_REQUEST,
            "HTTP/1.1 request without Host",
        ));
    }
    if head.host.is_some_and(|h| !is_authority(h)) {
        return Err(HeadError::new(Status::BAD_REQUEST, "invalid Host"));
    }
    // An absolute-form target's authority stands in for Host (RFC 9112 §3.2.2): it is held
    // to the same grammar, and may not be empty (RFC 9110 §4.2.1) nor carry user info
    // (§4.2.4), which the grammar has no room for.
    if crate::path::target_authority(head.target)
        .is_some_and(|a| a.is_empty() || !is_authority(a.as_bytes()))
    {
        return Err(HeadError::new(
            Status::BAD_REQUEST,
            "invalid authority in the target",
        ));
    }
    Ok(Parsed::Complete(head, len))
}

/// The answer to a request line httparse could not read a version from: 505 only when the
/// line is exactly `method SP request-target SP HTTP/x.y` with a version other than 1.0 and
/// 1.1; anything else (a space inside the target, a missing or malformed version) is 400.
fn version_error(line_start: &[u8]) -> HeadError {
    let end = line_start
        .iter()
        .position(|&b| b == b'\n')
        .unwrap_or(line_start.len());
    let line = line_start[..end]
        .strip_suffix(b"\r")
        .unwrap_or(&line_start[..end]);
    let mut parts = line.split(|&b| b == b' ');
    let well_formed = match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(method), Some(target), Some(version), None) => {
            !method.is_empty() && !target.is_empty() && is_http_version(version)
        }
        _ => false,
    };
    if well_formed {
        HeadError::new(Status::VERSION_NOT_SUPPORTED, "not HTTP/1.0 or HTTP/1.1")
    } else {
        HeadError::new(Status::BAD_REQUEST, "malformed request line")
    }
}

/// `buf` up to the end of the head that starts at `start` (past its empty line), with the
/// minor version's digit at `start + digit` lowered to 1: never the requests pipelined
/// behind it. Of a head not whole yet, up to one byte past the head limit (enough to see a
/// head that is too large), and at least the whole request line.
fn lowered_copy(buf: &[u8], start: usize, digit: usize, limits: &Limits) -> Vec<u8> {
    let window = &buf[start..buf.len().min(start + limits.max_head.max(digit) + 1)];
    // An empty line ends the head: CRLF CRLF, or with a bare LF as httparse reads it.
    let end = window
        .iter()
        .enumerate()
        .filter(|&(_, &b)| b == b'\n')
        .find_map(|(i, _)| match &window[i + 1..] {
            [b'\n', ..] => Some(i + 2),
            [b'\r', b'\n', ..] => Some(i + 3),
            _ => None,
        })
        .unwrap_or(window.len());
    let mut copy = buf[..start + end].to_vec();
    copy[start + digit] = b'1';
    copy
}

/// Where a whole request line `method SP request-target SP HTTP/1.d` names a minor version
/// from 2 to 9: the offset of its minor digit in `line_start`.
fn higher_minor_version(line_start: &[u8]) -> Option<usize> {
    let end = line_start.iter().position(|&b| b == b'\n')?;
    let line = line_start[..end]
        .strip_suffix(b"\r")
        .unwrap_or(&line_start[..end]);
    let mut parts = line.split(|&b| b == b' ');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (
            Some(method),
            Some(target),
            Some([b'H', b'T', b'T', b'P', b'/', b'1', b'.', b'2'..=b'9']),
            None,
        ) if !method.is_empty() && !target.is_empty() => Some(line.len() - 1),
        _ => None,
    }
}

/// `HTTP/` DIGIT `.` DIGIT (RFC 9112 2.3).
fn is_http_version(v: &[u8]) -> bool {
    matches!(v, [b'H', b'T', b'T', b'P', b'/', major, b'.', minor]
        if major.is_ascii_digit() && minor.is_ascii_digit())
}

/// Whether a `Host` value is `uri-host [ ":" port ]` (RFC 9112 3.2, RFC 3986 3.2.2): a
/// reg-name (unreserved characters, percent-encodings, sub-delims), an IPv4 address (a
/// reg-name's characters cover it) or a bracketed IP literal, then an optional port: digits
/// for a number up to 65535, or none (`a:` is `a`). Empty is allowed (RFC 9112 3.2: a target
/// without an authority), an empty host with a port is not (`:80`: an `http` URI's host may
/// not be empty, RFC 9110 4.2.1). No user info, spaces, slashes or control bytes.
pub fn is_authority(value: &[u8]) -> bool {
    let value = trim(value);
    if value.is_empty() {
        return true;
    }
    let (host_ok, rest) = if let Some(literal) = value.strip_prefix(b"[") {
        let Some(close) = literal.iter().position(|&b| b == b']') else {
            return false;
        };
        (is_ip_literal(&literal[..close]), &literal[close + 1..])
    } else {
        // One pass: the reg-name runs to its first byte that is not one of its own, which
        // must be the port's colon or the end.
        let len = reg_name_len(value);
        (len > 0, &value[len..])
    };
    let port_ok = match rest {
        [] => true,
        [b':', port @ ..] => {
            // `*DIGIT` (RFC 3986 §3.2.3): leading zeros are allowed, whatever their number
            // (looked for only past five digits, which the check below takes as they are).
            let port = match port.len() > 5 {
                true => &port[port.iter().position(|&d| d != b'0').unwrap_or(port.len())..],
                false => port,
            };
            port.len() <= 5
                && port.iter().all(u8::is_ascii_digit)
                && port.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')) <= 65535
        }
        _ => false,
    };
    host_ok && port_ok
}

/// Whether all of `name` is RFC 3986 reg-name (unreserved characters, percent-encodings and
/// sub-delims); empty is.
fn is_reg_name(name: &[u8]) -> bool {
    reg_name_len(name) == name.len()
}

/// How long the RFC 3986 reg-name at the start of `bytes` is (an IPv4 address is one too; it
/// may be empty, as in `:8080`): up to its first byte that is neither one of its characters
/// nor the start of a whole percent-encoding.
fn reg_name_len(bytes: &[u8]) -> usize {
    let hex = |at: usize| bytes.get(at).is_some_and(u8::is_ascii_hexdigit);
    let mut i = 0;
    while i < bytes.len() {
        if REG_NAME[bytes[i] as usize] {
            i += 1;
        } else if bytes[i] == b'%' && hex(i + 1) && hex(i + 2) {
            i += 3;
        } else {
            break;
        }
    }
    i
}

/// The characters of a reg-name besides percent-encodings, as a table: letters, digits, the
/// unreserved marks `-` `.` `_` `~` and the sub-delims `!$&'()*+,;=`. A Host field is
/// checked on every request, a byte at a time: one lookup each.
const REG_NAME: [bool; 256] = {
    let mut table = MARK_OR_SUB_DELIM;
    let mut b = 0;
    while b < 256 {
        if (b as u8).is_ascii_alphanumeric() {
            table[b] = true;
        }
        b += 1;
    }
    table
};

/// The unreserved marks `-` `.` `_` `~` and the sub-delims `!$&'()*+,;=`, as a table.
const MARK_OR_SUB_DELIM: [bool; 256] = {
    let mut table = [false; 256];
    let marks = b"-._~!$&'()*+,;=";
    let mut i = 0;
    while i < marks.len() {
        table[marks[i] as usize] = true;
        i += 1;
    }
    table
};

/// `-` `.` `_` `~` (the unreserved marks) and the sub-delims `!$&'()*+,;=`.
fn is_unreserved_mark_or_sub_delim(b: u8) -> bool {
    MARK_OR_SUB_DELIM[b as usize]
}

/// The inside of `[...]`: an IPv6 address (with a zone, RFC 6874), or an IPvFuture `v`
/// HEXDIG+ `.` ( unreserved / sub-delims / `:` )+.
fn is_ip_literal(inner: &[u8]) -> bool {
    if let [b'v' | b'V', rest @ ..] = inner {
        let Some(dot) = rest.iter().position(|&b| b == b'.') else {
            return false;
        };
        let (version, tail) = (&rest[..dot], &rest[dot + 1..]);
        return !version.is_empty()
            && version.iter().all(u8::is_ascii_hexdigit)
            && !tail.is_empty()
            && tail.iter().all(|&b| {
                b.is_ascii_alphanumeric() || b == b':' || is_unreserved_mark_or_sub_delim(b)
            });
    }
    // RFC 6874: an IPv6 address may carry a zone, `%25` then unreserved or pct-encoded.
    let (address, zone) = match inner.windows(3).position(|w| w == b"%25") {
        Some(at) => (&inner[..at], Some(&inner[at + 3..])),
        None => (inner, None),
    };
    let zone_ok = zone.is_none_or(|z| {
        !z.is_empty()
            && is_reg_name(z)
            && z.iter().all(|&b| {
                b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'%')
            })
    });
    zone_ok && std::str::from_utf8(address).is_ok_and(|s| s.parse::<std::net::Ipv6Addr>().is_ok())
}

fn parse_error(e: httparse::Error) -> &'static str {
    match e {
        httparse::Error::HeaderName => "invalid header field name",
        httparse::Error::HeaderValue => "invalid header field value",
        httparse::Error::NewLine => "invalid line ending",
        httparse::Error::Status => "invalid status",
        httparse::Error::Token => "invalid method or token",
        httparse::Error::Version => "invalid version",
        httparse::Error::TooManyHeaders => "too many header fields",
    }
}

/// What the header fields say about framing and the connection, gathered while scanning.
#[derive(Debug, Default)]
struct Fields {
    hosts: usize,
    content_length: Option<u64>,
    content_lengths: usize,
    /// Transfer codings, in order, across every `Transfer-Encoding` field.
    transfer_codings: usize,
    chunked_last: bool,
    chunked_count: usize,
    connection_close: Option<bool>,
    connection_keep_alive: bool,
    /// The singleton fields kept in [`Head`] that came on more than one line (the
    /// `REPEATED_` bits): each is then ignored, as a field of more than one member.
    repeated: u8,
}

const REPEATED_IMS: u8 = 1;
const REPEATED_IUS: u8 = 2;
const REPEATED_IF_RANGE: u8 = 4;
const REPEATED_RANGE: u8 = 8;

impl Fields {
    /// Drops the singleton fields sent more than once. Their lines make one value of several
    /// members (RFC 9110 §5.3), which each of them refuses: a recipient ignores an
    /// `If-Modified-Since` or `If-Unmodified-Since` of more than one member (§13.1.3,
    /// §13.1.4), and an invalid `Range` (§14.2: two range specifiers are not one). Two
    /// `If-Range` validators are not one either, and an `If-Range` that is neither an entity
    /// tag nor a date is a condition that does not hold (§13.1.5): the `Range` goes with it,
    /// and the whole representation is sent. Keeping the first line, or the last, would read
    /// the request one way where a proxy in front may read it the other.
    fn drop_repeated(&self, head: &mut Head<'_>) {
        for (bit, field) in [
            (REPEATED_IMS, &mut head.if_modified_since),
            (REPEATED_IUS, &mut head.if_unmodified_since),
            (REPEATED_IF_RANGE, &mut head.if_range),
            (REPEATED_RANGE, &mut head.range),
        ] {
            if self.repeated & bit != 0 {
                *field = None;
            }
        }
        if self.repeated & REPEATED_IF_RANGE != 0 {
            head.range = None;
        }
    }

    fn take<'a>(
        &mut self,
        name: &str,
        value: &'a [u8],
        head: &mut Head<'a>,
    ) -> Result<(), HeadError> {
        let is = |n: &str| name.eq_ignore_ascii_case(n);
        if is("host") {
            self.hosts += 1;
            if self.hosts > 1 {
                return Err(HeadError::new(Status::BAD_REQUEST, "more than one Host"));
            }
            head.host = Some(value);
        } else if is("content-length") {
            self.content_lengths += 1;
            if self.content_lengths > 1 {
                return Err(HeadError::new(
                    Status::BAD_REQUEST,
                    "more than one Content-Length",
                ));
            }
            self.content_length = Some(content_length(value)?);
        } else if is("transfer-encoding") {
            let before = self.transfer_codings;
            for coding in tokens(value) {
                if coding.is_empty() {
                    continue;
                }
                self.transfer_codings += 1;
                let chunked = coding.eq_ignore_ascii_case(b"chunked");
                self.chunked_count += usize::from(chunked);
                self.chunked_last = chunked;
            }
            // A field without a coding frames nothing, and a front end may still read it as
            // overriding Content-Length: the request could be read two ways.
            if self.transfer_codings == before {
                return Err(HeadError::new(
                    Status::BAD_REQUEST,
                    "empty Transfer-Encoding",
                ));
            }
        } else if is("connection") {
            for token in tokens(value) {
                if token.eq_ignore_ascii_case(b"close") {
                    self.connection_close = Some(true);
                } else if token.eq_ignore_ascii_case(b"keep-alive") {
                    self.connection_keep_alive = true;
                    self.connection_close.get_or_insert(false);
                }
            }
        } else if is("expect") {
            // A list (RFC 9110 §10.1.1): `100-continue, 100-continue` is one expectation.
            for token in tokens(value).filter(|t| !t.is_empty()) {
                if !token.eq_ignore_ascii_case(b"100-continue") {
                    return Err(HeadError::new(
                        Status::EXPECTATION_FAILED,
                        "unknown expectation",
                    ));
                }
                head.expect_continue = true;
            }
        } else {
            let list = |slot: &Option<&[u8]>, split: &mut bool| *split |= slot.is_some();
            let single = |slot: &Option<&[u8]>, repeated: &mut u8, bit: u8| {
                if slot.is_some() {
                    *repeated |= bit;
                }
            };
            let slot = if is("if-none-match") {
                list(&head.if_none_match, &mut head.split_lists);
                &mut head.if_none_match
            } else if is("if-modified-since") {
                single(&head.if_modified_since, &mut self.repeated, REPEATED_IMS);
                &mut head.if_modified_since
            } else if is("if-match") {
                list(&head.if_match, &mut head.split_lists);
                &mut head.if_match
            } else if is("if-unmodified-since") {
                single(&head.if_unmodified_since, &mut self.repeated, REPEATED_IUS);
                &mut head.if_unmodified_since
            } else if is("if-range") {
                single(&head.if_range, &mut self.repeated, REPEATED_IF_RANGE);
                &mut head.if_range
            } else if is("range") {
                single(&head.range, &mut self.repeated, REPEATED_RANGE);
                &mut head.range
            } else if is("accept-encoding") {
                list(&head.accept_encoding, &mut head.split_lists);
                &mut head.accept_encoding
            } else if is("user-agent") {
                &mut head.user_agent
            } else if is("referer") {
                &mut head.referer
            } else {
                return Ok(());
            };
            slot.get_or_insert(value);
        }
        Ok(())
    }

    /// The body's framing: Content-Length and Transfer-Encoding never together, chunked only
    /// as the one and final coding, and no transfer coding at all in HTTP/1.0.
    fn framing(&self, version: Version) -> Result<Framing, HeadError> {
        if self.transfer_codings > 0 {
            if self.content_lengths > 0 {
                return Err(HeadError::new(
                    Status::BAD_REQUEST,
                    "both Transfer-Encoding and Content-Length",
                ));
            }
            if version == Version::Http10 {
                return Err(HeadError::new(
                    Status::BAD_REQUEST,
                    "Transfer-Encoding in HTTP/1.0",
                ));
            }
            if !self.chunked_last || self.chunked_count > 1 {
                return Err(HeadError::new(
                    Status::BAD_REQUEST,
                    "chunked is not the final coding",
                ));
            }
            if self.transfer_codings > 1 {
                return Err(HeadError::new(
                    Status::NOT_IMPLEMENTED,
                    "unsupported transfer coding",
                ));
            }
            return Ok(Framing::Chunked);
        }
        Ok(match self.content_length {
            Some(0) | None => Framing::None,
            Some(n) => Framing::Length(n),
        })
    }
}

/// A Content-Length value: one or more digits, nothing else (no sign, no list, no spaces
/// inside), no overflow. Leading zeros are digits like any (`1*DIGIT`), however many.
fn content_length(value: &[u8]) -> Result<u64, HeadError> {
    let digits = trim(value);
    let invalid = || HeadError::new(Status::BAD_REQUEST, "invalid Content-Length");
    if digits.is_empty() {
        return Err(invalid());
    }
    digits.iter().try_fold(0u64, |n, &d| {
        if !d.is_ascii_digit() {
            return Err(invalid());
        }
        n.checked_mul(10)
            .and_then(|n| n.checked_add(u64::from(d - b'0')))
            .ok_or_else(invalid)
    })
}

/// The comma-separated elements of a field value, trimmed.
pub(crate) fn tokens(value: &[u8]) -> impl Iterator<Item = &[u8]> {
    value.split(|&b| b == b',').map(trim)
}

/// `value` without leading and trailing spaces and tabs.
pub(crate) fn trim(value: &[u8]) -> &[u8] {
    let start = value
        .iter()
        .position(|&b| b != b' ' && b != b'\t')
        .unwrap_or(value.len());
    let end = value
        .iter()
        .rposition(|&b| b != b' ' && b != b'\t')
        .map_or(start, |e| e + 1);
    &value[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Parsed<'_>, HeadError> {
        parse_head(text.as_bytes(), &Limits::default())
    }

    fn head(text: &str) -> Head<'_> {
        match parse(text) {
            Ok(Parsed::Complete(h, n)) => {
                assert_eq!(n, text.len(), "the whole text is the head");
                h
            }
            other => panic!("{text:?}: {other:?}"),
        }
    }

    fn status(text: &str) -> Status {
        match parse(text) {
            Err(e) => e.status,
            other => panic!("{text:?} was accepted: {other:?}"),
        }
    }

    #[test]
    fn a_simple_get() {
        let h = head("GET /index.html HTTP/1.1\r\nHost: example.com\r\n\r\n");
        assert_eq!(h.method, Method::Get);
        assert_eq!(h.target, "/index.html");
        assert_eq!(h.version, Version::Http11);
        assert!(h.keep_alive);
        assert_eq!(h.framing, Framing::None);
        assert_eq!(h.host, Some(&b"example.com"[..]));
    }

    #[test]
    fn incomplete_until_the_empty_line() {
        assert_eq!(
            parse("GET / HTTP/1.1\r\nHost: a\r\n"),
            Ok(Parsed::Incomplete)
        );
        assert_eq!(parse("GET / HT"), Ok(Parsed::Incomplete));
        assert_eq!(parse(""), Ok(Parsed::Incomplete));
    }

    #[test]
    fn leading_empty_lines_are_skipped() {
        let text = "\r\n\r\nGET / HTTP/1.1\r\nHost: a\r\n\r\n";
        assert!(matches!(parse(text), Ok(Parsed::Complete(_, n)) if n == text.len()));
    }

    #[test]
    fn pipelined_requests_parse_one_at_a_time() {
        let two = "GET /a HTTP/1.1\r\nHost: h\r\n\r\nGET /b HTTP/1.1\r\nHost: h\r\n\r\n";
        let Ok(Parsed::Complete(first, n)) = parse(two) else {
            panic!()
        };
        assert_eq!(first.target, "/a");
        let Ok(Parsed::Complete(second, m)) = parse(&two[n..]) else {
            panic!()
        };
        assert_eq!(second.target, "/b");
        assert_eq!(n + m, two.len());
    }

    #[test]
    fn keep_alive_rules() {
        assert!(!head("GET / HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n").keep_alive);
        assert!(
            !head("GET / HTTP/1.1\r\nHost: a\r\nConnection: keep-alive, Close\r\n\r\n").keep_alive
        );
        assert!(!head("GET / HTTP/1.0\r\n\r\n").keep_alive);
        assert!(head("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n").keep_alive);
        assert!(head("GET / HTTP/1.1\r\nHost: a\r\nConnection: upgrade\r\n\r\n").keep_alive);
    }

    #[test]
    fn limits_give_414_and_431() {
        let limits = Limits {
            max_request_line: 64,
            max_head: 256,
            max_headers: 4,
        };
        let long_line = format!("GET /{} HTTP/1.1\r\nHost: a\r\n\r\n", "a".repeat(100));
        assert_eq!(
            parse_head(long_line.as_bytes(), &limits)
                .unwrap_err()
                .status,
            Status::URI_TOO_LONG
        );
        // Known too long before the line ends.
        let partial = format!("GET /{}", "a".repeat(100));
        assert_eq!(
            parse_head(partial.as_bytes(), &limits).unwrap_err().status,
            Status::URI_TOO_LONG
        );
        let big = format!(
            "GET / HTTP/1.1\r\nHost: a\r\nX: {}\r\n\r\n",
            "v".repeat(300)
        );
        assert_eq!(
            parse_head(big.as_bytes(), &limits).unwrap_err().status,
            Status::HEADER_FIELDS_TOO_LARGE
        );
        let big_partial = format!("GET / HTTP/1.1\r\nHost: a\r\nX: {}", "v".repeat(300));
        assert_eq!(
            parse_head(big_partial.as_bytes(), &limits)
                .unwrap_err()
                .status,
            Status::HEADER_FIELDS_TOO_LARGE
        );
        // Empty lines alone, or before a line not yet ended, count toward the head.
        for text in [
            "\r\n".repeat(129),
            "\n".repeat(257),
            format!("{}GET / HT", "\r\n".repeat(125)),
        ] {
            assert_eq!(
                parse_head(text.as_bytes(), &limits).unwrap_err().status,
                Status::HEADER_FIELDS_TOO_LARGE,
                "{} bytes",
                text.len()
            );
        }
        assert!(matches!(
            parse_head("\r\n".repeat(128).as_bytes(), &limits),
            Ok(Parsed::Incomplete)
        ));
        let many = "GET / HTTP/1.1\r\nHost: a\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n\r\n";
        assert_eq!(
            parse_head(many.as_bytes(), &limits).unwrap_err().status,
            Status::HEADER_FIELDS_TOO_LARGE
        );
    }

    #[test]
    fn framing_that_could_be_read_two_ways_is_refused() {
        let bad = [
            // Both framings.
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Length: 5\r\n\r\n",
            // A Transfer-Encoding field without a coding, alone or beside a length.
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: \r\nContent-Length: 5\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: ,\r\nContent-Length: 5\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: \r\n\r\n",
            // Duplicate and conflicting lengths.
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 5, 6\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: +5\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0x5\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: \r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 99999999999999999999\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 0099999999999999999999\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 18446744073709551616\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 00-5\r\n\r\n",
            // Chunked not final, twice, or in HTTP/1.0.
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, gzip\r\n\r\n",
            "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n",
            "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n",
            // obs-fold, bare CR, whitespace before the colon.
            "GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\r\n  folded\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nX-A: 1\rX-B: 2\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nContent-Length : 5\r\n\r\n",
            "GET / HTTP/1.1\r\nHost : a\r\n\r\n",
            // Two hosts, or none in HTTP/1.1.
            "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
            "GET / HTTP/1.1\r\n\r\n",
            // Junk.
            "GET / HTTP/1.1\r\nHost: a\r\nX\0: 1\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nX: a\0b\r\n\r\n",
            "GET  / HTTP/1.1\r\nHost: a\r\n\r\n",
            "\x16\x03\x01\x02\x00\x01\x00\x01\x7c\x03\x03\r\n\r\n",
            // Before any line end: a TLS hello, a NUL in the method, a control in the target.
            "\x16\x03\x01\x02\x00\x01\x00\x01\x7c\x03\x03",
            "GE\0T",
            "GET /a\x01",
        ];
        for text in bad {
            assert_eq!(status(text), Status::BAD_REQUEST, "{text:?}");
        }
        // What is only unfinished waits for the rest; a version too (505 once it is whole).
        for text in [
            "G",
            "GET",
            "GET /a",
            "GET /a HTTP/1.",
            "GET /a HTTP/1.1\r",
            "GET /a HTTP/2",
        ] {
            assert!(
                matches!(parse(text), Ok(Parsed::Incomplete)),
                "{text:?}: {:?}",
                parse(text)
            );
        }
        assert_eq!(
            status("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"),
            Status::NOT_IMPLEMENTED
        );
        assert_eq!(
            status("GET / HTTP/2.0\r\nHost: a\r\n\r\n"),
            Status::VERSION_NOT_SUPPORTED
        );
        assert_eq!(
            status("GET / HTTP/1.1\r\nHost: a\r\nExpect: something\r\n\r\n"),
            Status::EXPECTATION_FAILED
        );
        assert_eq!(
            status("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-continue, x\r\n\r\n"),
            Status::EXPECTATION_FAILED
        );
    }

    #[test]
    fn expect_is_a_list() {
        let h = head("POST / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue, 100-continue\r\n\r\n");
        assert!(h.expect_continue);
        let h = head("POST / HTTP/1.1\r\nHost: a\r\nExpect: ,\r\n\r\n");
        assert!(!h.expect_continue);
    }

    #[test]
    fn bodies_are_framed() {
        let h = head("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 12\r\n\r\n");
        assert_eq!(h.framing, Framing::Length(12));
        let h = head("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n");
        assert_eq!(h.framing, Framing::None);
        // Leading zeros are digits (1*DIGIT), however many: not counted as the value's.
        let h =
            head("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 000000000000000000000012\r\n\r\n");
        assert_eq!(h.framing, Framing::Length(12));
        let h =
            head("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 00000000000000000000000\r\n\r\n");
        assert_eq!(h.framing, Framing::None);
        let h = head("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 018446744073709551615\r\n\r\n");
        assert_eq!(h.framing, Framing::Length(u64::MAX));
        let h = head("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: Chunked\r\n\r\n");
        assert_eq!(h.framing, Framing::Chunked);
        let h =
            head("GET / HTTP/1.1\r\nHost: a\r\nExpect: 100-Continue\r\nContent-Length: 3\r\n\r\n");
        assert!(h.expect_continue);
        // HTTP/1.0 has no 1xx: the expectation is ignored.
        let h = head("POST / HTTP/1.0\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
        assert!(!h.expect_continue);
        assert_eq!(h.framing, Framing::Length(3));
    }

    #[test]
    fn the_fields_a_file_server_needs_are_kept() {
        let h = head(
            "GET /f HTTP/1.1\r\nhost: a\r\nIF-NONE-MATCH: \"x\"\r\nIf-Modified-Since: Sat, 01 Jan 2000 00:00:00 GMT\r\n\
             Range: bytes=0-1\r\nIf-Range: \"x\"\r\nAccept-Encoding: br, gzip\r\nUser-Agent: curl\r\n\
             Referer: /r\r\nIf-Match: *\r\nIf-Unmodified-Since: x\r\n\r\n",
        );
        assert_eq!(h.if_none_match, Some(&b"\"x\""[..]));
        assert!(
            h.if_modified_since.is_some()
                && h.if_match.is_some()
                && h.if_unmodified_since.is_some()
        );
        assert_eq!(h.range, Some(&b"bytes=0-1"[..]));
        assert_eq!(h.if_range, Some(&b"\"x\""[..]));
        assert_eq!(h.accept_encoding, Some(&b"br, gzip"[..]));
        assert_eq!(h.user_agent, Some(&b"curl"[..]));
        assert_eq!(h.referer, Some(&b"/r"[..]));
    }

    #[test]
    fn an_absolute_form_target_s_authority_is_held_to_the_host_grammar() {
        for bad in [
            "GET http:///x HTTP/1.1\r\nHost: h\r\n\r\n",
            "GET http://user@h/ HTTP/1.1\r\nHost: h\r\n\r\n",
            "GET HTTPS://exa mple/ HTTP/1.1\r\nHost: h\r\n\r\n",
            "GET http://h:http/ HTTP/1.1\r\nHost: h\r\n\r\n",
        ] {
            assert_eq!(status(bad), Status::BAD_REQUEST, "{bad:?}");
        }
        for good in [
            "GET http://h/x HTTP/1.1\r\nHost: h\r\n\r\n",
            "GET http://h:8080?q HTTP/1.1\r\nHost: h\r\n\r\n",
            "GET https://[::1]:443/ HTTP/1.1\r\nHost: h\r\n\r\n",
        ] {
            assert!(matches!(parse(good), Ok(Parsed::Complete(..))), "{good:?}");
        }
    }

    #[test]
    fn host_must_be_an_authority() {
        for good in [
            "example.com",
            "example.com:8080",
            "127.0.0.1",
            "127.0.0.1:80",
            "[::1]",
            "[::1]:8080",
            "[2001:db8::7]",
            "[v1.fe80::a+en1]",
            "[fe80::1%25eth0]",
            "[fe80::1%25en%2F1]:80",
            "xn--bcher-kva.example",
            "example.com:65535",
            "example.com:0",
            "example.com:000080",
            "[::1]:0000000000443",
            "example.com:",
            "a%20b",
            "",
            "under_score.local",
        ] {
            assert!(is_authority(good.as_bytes()), "{good:?} refused");
            let text = format!("GET / HTTP/1.1\r\nHost: {good}\r\n\r\n");
            assert!(matches!(parse(&text), Ok(Parsed::Complete(..))), "{text:?}");
        }
        for bad in [
            "exa mple.com",
            "example.com/path",
            "user@example.com",
            "example.com:80:80",
            "example.com:http",
            "example.com:123456",
            "example.com:65536",
            "example.com:0065536",
            "example.com:99999",
            ":80",
            ":",
            "  :8080",
            "[::1",
            "[::1]x",
            "[not-an-ip]",
            "[fe80::1%25]",
            "[fe80::1%eth0]",
            "[fe80::1%25eth/0]",
            "a%2",
            "a%zz",
            "exa\u{1}mple",
            "ex\\ample",
            "<script>",
            "a\"b",
        ] {
            assert!(!is_authority(bad.as_bytes()), "{bad:?} accepted");
        }
        for text in [
            "GET / HTTP/1.1\r\nHost: exa mple.com\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a/b\r\n\r\n",
            "GET / HTTP/1.0\r\nHost: a@b\r\n\r\n",
        ] {
            assert_eq!(status(text), Status::BAD_REQUEST, "{text:?}");
        }
    }

    #[test]
    fn a_malformed_request_line_is_400_never_505() {
        for text in [
            "GET /a b HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET /a HTTP/1.1 x\r\nHost: a\r\n\r\n",
            "GET / HTTX/1.1\r\nHost: a\r\n\r\n",
            "GET / HTTP/11\r\nHost: a\r\n\r\n",
            "GET /\r\nHost: a\r\n\r\n",
            "GET / HTTP/1.1 \r\nHost: a\r\n\r\n",
        ] {
            assert_eq!(status(text), Status::BAD_REQUEST, "{text:?}");
        }
        for text in [
            "GET / HTTP/2.0\r\nHost: a\r\n\r\n",
            "GET / HTTP/2.1\r\nHost: a\r\n\r\n",
            "GET / HTTP/0.9\r\n\r\n",
            "GET / HTTP/3.0\r\nHost: a\r\n\r\n",
        ] {
            assert_eq!(status(text), Status::VERSION_NOT_SUPPORTED, "{text:?}");
        }
    }

    #[test]
    fn a_list_on_several_lines_is_flagged_and_joined() {
        let one =
            head("GET / HTTP/1.1\r\nHost: a\r\nIf-None-Match: \"a\"\r\nRange: bytes=0-1\r\n\r\n");
        assert!(!one.split_lists);
        // A singleton field repeated is not a list (see the next test).
        let range =
            head("GET / HTTP/1.1\r\nHost: a\r\nRange: bytes=0-1\r\nRange: bytes=2-3\r\n\r\n");
        assert!(!range.split_lists);
        for name in LIST_FIELDS {
            let text =
                format!("GET / HTTP/1.1\r\nHost: a\r\n{name}: x\r\nA: 1\r\n{name}: y, z\r\n\r\n");
            let mut fields = Vec::new();
            let Ok(Parsed::Complete(h, _)) =
                parse_head_fields(text.as_bytes(), &Limits::default(), |n, v| {
                    fields.push((n, v))
                })
            else {
                panic!("{text:?}");
            };
            assert!(h.split_lists, "{name}");
            let mut joined = b"left over".to_vec();
            join_lines(fields.iter().copied(), &name.to_uppercase(), &mut joined);
            assert_eq!(joined, b"x, y, z", "{name}");
        }
    }

    #[test]
    fn a_singleton_field_sent_on_several_lines_is_ignored() {
        let date = "Sat, 01 Jan 2000 00:00:00 GMT";
        for (name, value) in [
            ("If-Modified-Since", date),
            ("If-Unmodified-Since", date),
            ("If-Range", "\"x\""),
            ("Range", "bytes=0-1"),
        ] {
            let get = |h: &Head<'_>| -> Option<Vec<u8>> {
                let v = match name {
                    "If-Modified-Since" => h.if_modified_since,
                    "If-Unmodified-Since" => h.if_unmodified_since,
                    "If-Range" => h.if_range,
                    _ => h.range,
                };
                v.map(<[u8]>::to_vec)
            };
            let once = format!("GET / HTTP/1.1\r\nHost: a\r\n{name}: {value}\r\n\r\n");
            assert_eq!(get(&head(&once)), Some(value.as_bytes().to_vec()), "{name}");
            // Twice, the same value or another, or three times, whatever lies between: none.
            for text in [
                format!("GET / HTTP/1.1\r\nHost: a\r\n{name}: {value}\r\n{name}: {value}\r\n\r\n"),
                format!(
                    "GET / HTTP/1.1\r\nHost: a\r\n{name}: {value}\r\nA: b\r\n{name}: z\r\n\r\n"
                ),
                format!(
                    "GET / HTTP/1.1\r\nHost: a\r\n{name}: {value}\r\n{}: z\r\n{name}: {value}\r\n\r\n",
                    name.to_lowercase()
                ),
            ] {
                let h = head(&text);
                assert_eq!(get(&h), None, "{text:?}");
                assert!(!h.split_lists, "{text:?}");
            }
        }
        // One repeated leaves the others as they were.
        let text = format!(
            "GET / HTTP/1.1\r\nHost: a\r\nRange: bytes=0-1\r\nIf-Range: \"x\"\r\n\
             If-Modified-Since: {date}\r\nRange: bytes=2-3\r\n\r\n"
        );
        let h = head(&text);
        assert_eq!(h.range, None);
        assert_eq!(h.if_range, Some(&b"\"x\""[..]));
        assert_eq!(h.if_modified_since, Some(date.as_bytes()));
        // An If-Range on two lines is a condition that cannot hold: its Range goes too.
        let text = "GET / HTTP/1.1\r\nHost: a\r\nRange: bytes=0-1\r\nIf-Range: \"x\"\r\n\
                    If-Range: \"x\"\r\n\r\n";
        let h = head(text);
        assert_eq!((h.range, h.if_range), (None, None));
    }

    #[test]
    fn http_1_2_to_1_9_are_read_as_1_1() {
        for minor in 2..=9 {
            let text = format!(
                "POST /p?q=1 HTTP/1.{minor}\r\nHost: example.com\r\nX-A: one\r\n\
                 Transfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\nGET / HTTP/1.1\r\n"
            );
            let mut seen = Vec::new();
            let parsed = parse_head_fields(text.as_bytes(), &Limits::default(), |n, v| {
                seen.push((n, v));
            });
            let Ok(Parsed::Complete(h, len)) = parsed else {
                panic!("HTTP/1.{minor}: {parsed:?}");
            };
            assert_eq!(h.method, Method::Post);
            assert_eq!(h.target, "/p?q=1");
            assert_eq!(h.version, Version::Http11);
            assert!(h.keep_alive, "keep-alive by default, as 1.1");
            assert_eq!(h.framing, Framing::Chunked);
            assert_eq!(h.host, Some(&b"example.com"[..]));
            assert_eq!(
                &text[len..len + 3],
                "5\r\n",
                "the head ends where the body starts"
            );
            assert_eq!(seen.len(), 3);
            assert_eq!(seen[1], ("X-A", &b"one"[..]));
            // Everything named is in the caller's buffer, not in a copy.
            let within = text.as_bytes().as_ptr_range();
            for (n, v) in &seen {
                assert!(within.contains(&n.as_ptr()) && within.contains(&v.as_ptr()));
            }
            assert!(within.contains(&h.target.as_ptr()));
        }
        // Only the head is copied, not the requests pipelined behind it (each of which would
        // otherwise copy all that follows it, up to the head limit).
        let one = "GET / HTTP/1.2\r\nHost: a\r\n\r\n";
        let piped = one.repeat(500);
        let copy = lowered_copy(piped.as_bytes(), 0, 13, &Limits::default());
        assert_eq!(copy, one.replace("1.2", "1.1").as_bytes());
        let bare = "\nGET / HTTP/1.3\nHost: a\n\nGET / HTTP/1.3\n";
        let copy = lowered_copy(bare.as_bytes(), 1, 13, &Limits::default());
        assert_eq!(copy, b"\nGET / HTTP/1.1\nHost: a\n\n");
        let unended = format!("GET / HTTP/1.4\r\nA: {}", "x".repeat(20_000));
        let copy = lowered_copy(unended.as_bytes(), 0, 13, &Limits::default());
        assert_eq!(copy.len(), Limits::default().max_head + 1);
        // As 1.1 in every rule: Host is required, limits hold, a head not whole waits.
        assert_eq!(status("GET / HTTP/1.5\r\n\r\n"), Status::BAD_REQUEST);
        assert_eq!(
            status("GET / HTTP/1.2\r\nHost: a\r\nConnection: close\r\nX\0: 1\r\n\r\n"),
            Status::BAD_REQUEST
        );
        let h = head("GET / HTTP/1.3\r\nHost: a\r\nConnection: close\r\n\r\n");
        assert!(!h.keep_alive);
        for text in ["GET / HTTP/1.2", "GET / HTTP/1.2\r\nHost: a\r\n"] {
            assert!(matches!(parse(text), Ok(Parsed::Incomplete)), "{text:?}");
        }
        let limits = Limits {
            max_request_line: 64,
            max_head: 64,
            max_headers: 2,
        };
        let too_many = "GET / HTTP/1.2\r\nHost: a\r\nA: 1\r\nB: 2\r\n\r\n";
        let too_large = format!("GET / HTTP/1.2\r\nHost: a\r\nA: {}\r\n\r\n", "x".repeat(80));
        let unended = format!("GET / HTTP/1.2\r\nHost: a\r\nA: {}", "x".repeat(80));
        for text in [too_many, &too_large, &unended] {
            let e = parse_head(text.as_bytes(), &limits).expect_err(text);
            assert_eq!(e.status, Status::HEADER_FIELDS_TOO_LARGE, "{text:?}");
        }
        // A request line longer than the head limit, whole in the buffer (pipelined behind
        // another request): 414, as in 1.1, whatever the limits' order.
        for (line, head) in [(64, 64), (64, 256), (256, 64)] {
            let limits = Limits {
                max_request_line: line,
                max_head: head,
                max_headers: 8,
            };
            for minor in [1, 2] {
                let text = format!("GET /{} HTTP/1.{minor}\r\nHost: a\r\n\r\n", "a".repeat(300));
                let e = parse_head(text.as_bytes(), &limits).expect_err(&text);
                assert_eq!(
                    e.status,
                    Status::URI_TOO_LONG,
                    "HTTP/1.{minor}, {line}/{head}"
                );
            }
        }
        // Within a line limit above the head limit: the line is read whole, the head is 431.
        let limits = Limits {
            max_request_line: 512,
            max_head: 64,
            max_headers: 8,
        };
        let text = format!("GET /{} HTTP/1.2\r\nHost: a\r\n\r\n", "a".repeat(300));
        let e = parse_head(text.as_bytes(), &limits).expect_err(&text);
        assert_eq!(e.status, Status::HEADER_FIELDS_TOO_LARGE);
    }

    #[test]
    fn methods() {
        assert_eq!(
            head("HEAD / HTTP/1.1\r\nHost: a\r\n\r\n").method,
            Method::Head
        );
        assert_eq!(
            head("OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n").method,
            Method::Options
        );
        assert_eq!(
            head("DELETE /x HTTP/1.1\r\nHost: a\r\n\r\n").method,
            Method::Delete
        );
        for token in [
            "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "PROPFIND",
        ] {
            assert_eq!(Method::from_token(token).as_str(), token);
        }
        assert_eq!(
            head("PROPFIND /x HTTP/1.1\r\nHost: a\r\n\r\n").method,
            Method::Other("PROPFIND")
        );
    }
}
