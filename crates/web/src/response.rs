//! Responses: a status, header fields, and a body of bytes, a stream of chunks or a file.
//! `Date`, `Server`, `Content-Length`, `Transfer-Encoding`, `Connection` and `Keep-Alive` are
//! the driver's to write. A final status is 2xx to 5xx: a 1xx from a handler is answered 500
//! (the driver sends `100 Continue` itself), as is a 2xx to CONNECT (the driver makes no
//! tunnel; the connection closes), and a 205 goes without content. Trailers are not sent: a
//! chunked body ends with no trailer fields.

use std::borrow::Cow;
use std::fmt;
use std::rc::Rc;

use percore_http::Status;
use percore_proactor::fs::File;
use serde::Serialize;

use crate::stream::{BodyStream, StreamBody};

/// Bytes of a response body: borrowed for the whole program, owned, or shared (a cached
/// file's bytes, say). Past 16 KiB none of them is copied to be sent; up to it they are
/// copied behind the response's head, so that both go in one send (over HTTPS every byte is
/// encrypted into the record that carries it). Made with `From` (of
/// `&'static [u8]`, `&'static str`, `Vec<u8>`, `String`, `Rc<[u8]>`) or [`Bytes::shared`],
/// which checks its range: a range out of bounds is a panic of the handler that made it
/// (answered 500), never of the connection that sends it.
#[derive(Clone)]
pub struct Bytes(pub(crate) Repr);

/// What [`Bytes`] holds.
#[derive(Clone)]
pub(crate) enum Repr {
    /// Static bytes.
    Static(&'static [u8]),
    /// Owned bytes.
    Owned(Vec<u8>),
    /// A range of shared bytes, within them (checked when made).
    Shared(Rc<[u8]>, std::ops::Range<usize>),
}

impl Bytes {
    /// The bytes.
    pub fn as_slice(&self) -> &[u8] {
        match &self.0 {
            Repr::Static(b) => b,
            Repr::Owned(v) => v,
            Repr::Shared(rc, r) => &rc[r.clone()],
        }
    }

    /// Their count.
    pub fn len(&self) -> usize {
        self.as_slice().len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// `range` of `rc`.
    ///
    /// # Panics
    ///
    /// Panics when `range` is not within `rc`.
    pub fn shared(rc: Rc<[u8]>, range: std::ops::Range<usize>) -> Bytes {
        assert!(
            range.start <= range.end && range.end <= rc.len(),
            "{range:?} out of {} bytes",
            rc.len()
        );
        Bytes(Repr::Shared(rc, range))
    }
}

impl fmt::Debug for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Bytes({} bytes)", self.len())
    }
}

impl From<&'static [u8]> for Bytes {
    fn from(b: &'static [u8]) -> Self {
        Bytes(Repr::Static(b))
    }
}

impl From<&'static str> for Bytes {
    fn from(s: &'static str) -> Self {
        Bytes(Repr::Static(s.as_bytes()))
    }
}

impl From<Vec<u8>> for Bytes {
    fn from(v: Vec<u8>) -> Self {
        Bytes(Repr::Owned(v))
    }
}

impl From<String> for Bytes {
    fn from(s: String) -> Self {
        Bytes(Repr::Owned(s.into_bytes()))
    }
}

impl From<Rc<[u8]>> for Bytes {
    fn from(rc: Rc<[u8]>) -> Self {
        let len = rc.len();
        Bytes(Repr::Shared(rc, 0..len))
    }
}

/// A file's bytes as a response body.
#[derive(Debug)]
pub(crate) struct FileBody {
    pub(crate) file: File,
    pub(crate) offset: u64,
    pub(crate) len: u64,
    /// How the bytes go out.
    pub(crate) transfer: Transfer,
}

/// How a file's bytes go to the socket.
#[derive(Debug)]
pub(crate) enum Transfer {
    /// `sendfile` on the worker when the range is in the page cache, splice otherwise: decided
    /// when the body is sent (the choice for a handler's own [`Response::file`]).
    Auto,
    /// `sendfile` on the worker: no copy through user space, no kernel worker thread. Chosen
    /// for ranges in the page cache, where it cannot wait for a disk.
    Sendfile,
    /// Read into a buffer and sent, holding room of the core's `send_buffers` (given back
    /// when the body is dropped).
    Buffered(
        #[expect(dead_code, reason = "held for its Drop, which gives the room back")]
        crate::files::SendBudget,
    ),
    /// Spliced file -> pipe -> socket by the ring's (or the kernel's) worker threads.
    Splice,
    /// HTTPS past the core's `send_buffers`: read, encrypted and sent 16 KiB at a time.
    Small,
}

impl Transfer {
    /// The way's name, for logs.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Transfer::Auto => "auto",
            Transfer::Sendfile => "sendfile",
            Transfer::Buffered(_) => "buffer",
            Transfer::Splice => "splice",
            Transfer::Small => "small steps",
        }
    }
}

/// What follows a response's head.
#[derive(Debug, Default)]
pub(crate) enum Payload {
    /// Nothing (`Content-Length: 0`).
    #[default]
    Empty,
    /// Nothing, but the head announces this length: the answer to HEAD, or a 304.
    Announced(u64),
    /// Bytes.
    Bytes(Bytes),
    /// The standard error page for the status.
    Page,
    /// Chunks as they come (`Transfer-Encoding: chunked`).
    Stream(Box<StreamBody>),
    /// A stream that is not sent (the answer to HEAD, or a status without a body): dropped,
    /// with what its producer held; its length unknown, as the stream's.
    Unsent,
    /// Part of a file.
    File(Box<FileBody>),
}

/// An HTTP response.
///
/// ```
/// use percore_web::{Response, Status};
///
/// let created = Response::new(Status::CREATED)
///     .header("Location", "/users/7")
///     .content_type("application/json")
///     .body(r#"{"id":7}"#);
/// assert_eq!(created.status(), Status::CREATED);
/// ```
#[derive(Debug)]
pub struct Response {
    pub(crate) status: Status,
    pub(crate) content_type: Option<Cow<'static, str>>,
    /// Field lines, each `Name: value\r\n`.
    pub(crate) fields: Vec<u8>,
    pub(crate) payload: Payload,
    pub(crate) close: bool,
}

/// A header field a handler may not set, or cannot: the reason.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderError(&'static str);

impl fmt::Display for HeaderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for HeaderError {}

/// Field names the driver writes itself, from the response's body and the connection.
const DRIVER_FIELDS: [&str; 6] = [
    "content-length",
    "transfer-encoding",
    "connection",
    "keep-alive",
    "date",
    "server",
];

/// Whether `b` may stand in a token (RFC 9110 5.6.2): a field name, a method.
pub(crate) fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// Checks that `name: value` may be set by a handler: a token for a name, no control
/// character but tab in the value, and not one of the fields the driver writes.
pub(crate) fn check_field(name: &str, value: &[u8]) -> Result<(), HeaderError> {
    if name.is_empty() || !name.bytes().all(is_tchar) {
        return Err(HeaderError("the name is not a token"));
    }
    if value.iter().any(|&b| (b < 0x20 && b != b'\t') || b == 0x7f) {
        return Err(HeaderError("the value holds a control character"));
    }
    if DRIVER_FIELDS.iter().any(|f| f.eq_ignore_ascii_case(name)) {
        return Err(HeaderError("the driver writes this field"));
    }
    Ok(())
}

/// Whether the field line `line` (`Name: value\r\n`) is named `lower`.
fn field_named(line: &[u8], lower: &str) -> bool {
    line.len() > lower.len()
        && line[lower.len()] == b':'
        && line[..lower.len()].eq_ignore_ascii_case(lower.as_bytes())
}

impl Response {
    /// A response with `status` and no body.
    pub fn new(status: Status) -> Response {
        Response {
            status,
            content_type: None,
            fields: Vec::new(),
            payload: Payload::Empty,
            close: false,
        }
    }

    /// `200 OK` with `body`, and no `Content-Type`: the bytes may be of any kind, so say
    /// which with [`Response::content_type`] (a `String` or `&'static str` returned from a
    /// handler is sent as `text/plain; charset=utf-8`, [`Json`] as JSON).
    pub fn ok(body: impl Into<Bytes>) -> Response {
        Response::new(Status::OK).body(body)
    }

    /// `status` with the standard error page (a small HTML document naming the status).
    pub fn error(status: Status) -> Response {
        let mut r = Response::new(status);
        r.content_type = Some(Cow::Borrowed("text/html; charset=utf-8"));
        r.payload = Payload::Page;
        r
    }

    /// The status.
    pub fn status(&self) -> Status {
        self.status
    }

    /// Sets the status.
    pub fn with_status(mut self, status: Status) -> Response {
        self.status = status;
        self
    }

    /// Adds the field `name: value`.
    ///
    /// # Panics
    ///
    /// Panics when [`Response::try_header`] would fail: an invalid name or value, or a field
    /// the driver writes.
    pub fn header(self, name: &str, value: impl AsRef<[u8]>) -> Response {
        match self.try_header(name, value) {
            Ok(r) => r,
            Err(e) => panic!("header {name:?}: {e}"),
        }
    }

    /// Adds the field `name: value`. `Content-Type` sets the content type.
    ///
    /// # Errors
    ///
    /// A name that is not a token, a value with a control character other than tab, or one
    /// of the fields the driver writes itself (`Content-Length`, `Transfer-Encoding`,
    /// `Connection`, `Keep-Alive`, `Date`, `Server`): the response keeps its fields.
    pub fn try_header(
        mut self,
        name: &str,
        value: impl AsRef<[u8]>,
    ) -> Result<Response, HeaderError> {
        let value = value.as_ref();
        check_field(name, value)?;
        if name.eq_ignore_ascii_case("content-type") {
            let v = String::from_utf8_lossy(value).into_owned();
            self.content_type = Some(Cow::Owned(v));
            return Ok(self);
        }
        self.fields.extend_from_slice(name.as_bytes());
        self.fields.extend_from_slice(b": ");
        self.fields.extend_from_slice(value);
        self.fields.extend_from_slice(b"\r\n");
        Ok(self)
    }

    /// Replaces every field named `lower` (lowercase) with `name: value` (checked by
    /// [`check_field`]), or for `content-type` sets the content type (and drops one written
    /// with the raw fields, as the file handler writes its own).
    pub(crate) fn replace_field(&mut self, lower: &str, name: &str, value: &[u8]) {
        self.remove_fields(lower);
        if lower == "content-type" {
            self.content_type = Some(Cow::Owned(String::from_utf8_lossy(value).into_owned()));
            return;
        }
        self.fields.extend_from_slice(name.as_bytes());
        self.fields.extend_from_slice(b": ");
        self.fields.extend_from_slice(value);
        self.fields.extend_from_slice(b"\r\n");
    }

    /// Removes every field line named `lower` (lowercase).
    fn remove_fields(&mut self, lower: &str) {
        if self.has_field(lower) {
            let mut kept = Vec::with_capacity(self.fields.len());
            for line in self.field_lines() {
                if !field_named(line, lower) {
                    kept.extend_from_slice(line);
                }
            }
            self.fields = kept;
        }
    }

    /// Adds the tokens of `value` (one or a comma-separated list) to the response's `Vary`
    /// (one field, however many tokens), each unless it is there already.
    pub(crate) fn add_vary(&mut self, value: &str) {
        for token in value.split(',').map(str::trim).filter(|t| !t.is_empty()) {
            self.add_vary_token(token);
        }
    }

    fn add_vary_token(&mut self, token: &str) {
        let varies_on = |line: &[u8]| {
            line[5..]
                .split(|&b| b == b',')
                .any(|t| t.trim_ascii().eq_ignore_ascii_case(token.as_bytes()))
        };
        if self
            .field_lines()
            .any(|line| field_named(line, "vary") && varies_on(line))
        {
            return;
        }
        let Some(start) = self.field_start("vary") else {
            self.fields.extend_from_slice(b"Vary: ");
            self.fields.extend_from_slice(token.as_bytes());
            self.fields.extend_from_slice(b"\r\n");
            return;
        };
        let end = start
            + self.fields[start..]
                .windows(2)
                .position(|w| w == b"\r\n")
                .unwrap_or(self.fields.len() - start);
        let insert = format!(", {token}");
        self.fields.splice(end..end, insert.bytes());
    }

    /// Where the first field named `lower` starts in `fields`.
    fn field_start(&self, lower: &str) -> Option<usize> {
        let mut at = 0;
        for line in self.field_lines() {
            if field_named(line, lower) {
                return Some(at);
            }
            at += line.len();
        }
        None
    }

    /// Whether the response has a field named `lower` (lowercase; not `Content-Type`).
    pub(crate) fn has_field(&self, lower: &str) -> bool {
        self.field_lines().any(|line| field_named(line, lower))
    }

    /// The field lines, each with its CRLF.
    fn field_lines(&self) -> impl Iterator<Item = &[u8]> {
        self.fields.split_inclusive(|&b| b == b'\n')
    }

    /// Appends ready field lines (`Name: value\r\n` each), unchecked: for the crate's own
    /// handlers, which write only what they built.
    pub(crate) fn raw_fields(mut self, lines: &[u8]) -> Response {
        self.fields.extend_from_slice(lines);
        self
    }

    /// [`Response::raw_fields`] for lines already in a buffer of their own, which becomes the
    /// response's (no copy) when it has none yet.
    pub(crate) fn raw_fields_owned(mut self, lines: Vec<u8>) -> Response {
        if self.fields.is_empty() {
            self.fields = lines;
        } else {
            self.fields.extend_from_slice(&lines);
        }
        self
    }

    /// Sets `Content-Type`.
    ///
    /// # Panics
    ///
    /// Panics when `value` holds a control character.
    pub fn content_type(mut self, value: impl Into<Cow<'static, str>>) -> Response {
        let value = value.into();
        assert!(
            !value.bytes().any(|b| b < 0x20 || b == 0x7f),
            "content type {value:?} holds a control character"
        );
        self.content_type = Some(value);
        self
    }

    /// Sets a content type known to be valid (the crate's own constants).
    pub(crate) fn typed(mut self, value: &'static str) -> Response {
        self.content_type = Some(Cow::Borrowed(value));
        self
    }

    /// Sets the body to `bytes`.
    pub fn body(mut self, bytes: impl Into<Bytes>) -> Response {
        self.payload = Payload::Bytes(bytes.into());
        self
    }

    /// Sets the body to the chunks `produce` sends, as they come: `produce` runs as a task of
    /// its own once the head has been written, and its `send` waits while the client falls
    /// behind (the chunks waiting are bounded), so a response of any length holds bounded
    /// memory. The response is chunked (HTTP/1.1) or ends with the connection (HTTP/1.0).
    ///
    /// ```
    /// use percore_web::{Response, Status};
    ///
    /// let numbers = Response::new(Status::OK).stream(|tx| async move {
    ///     for i in 0..1000 {
    ///         if tx.send(format!("{i}\n")).await.is_err() {
    ///             return; // the client went away
    ///         }
    ///     }
    /// });
    /// # drop(numbers);
    /// ```
    pub fn stream<F, Fut>(mut self, produce: F) -> Response
    where
        F: FnOnce(crate::BodySender) -> Fut,
        Fut: std::future::Future<Output = ()> + 'static,
    {
        let (tx, rx) = crate::stream::body_channel();
        self.payload = Payload::Stream(Box::new(StreamBody::new(rx, Some(Box::pin(produce(tx))))));
        self
    }

    /// Sets the body to what is sent into `body`'s channel (see [`crate::body_channel`]).
    pub fn body_stream(mut self, body: BodyStream) -> Response {
        self.payload = Payload::Stream(Box::new(StreamBody::new(body, None)));
        self
    }

    /// Sets the body to `len` bytes of `file` from `offset`, sent with no copy through user
    /// space: by `sendfile` on the worker when the page cache holds the range, spliced
    /// otherwise (so that the worker never waits for a disk). Over HTTPS (no kernel TLS
    /// here) it is read through a buffer, a step at a time, encrypted and sent. A file that
    /// turns out shorter ends the connection, as the promised length cannot be kept.
    pub fn file(mut self, file: File, offset: u64, len: u64) -> Response {
        self.payload = Payload::File(Box::new(FileBody {
            file,
            offset,
            len,
            transfer: Transfer::Auto,
        }));
        self
    }

    pub(crate) fn file_body(mut self, body: FileBody) -> Response {
        self.payload = Payload::File(Box::new(body));
        self
    }

    /// No body, with `Content-Length: len` announced: the answer to a HEAD request for a
    /// resource whose GET would send `len` bytes (or a 304's). Returned with a `len` over 0
    /// for any other request with a status that has a body, it is logged and answered 500
    /// (the client would read the next response as its body); with 0 it is an empty body.
    pub fn announce_length(mut self, len: u64) -> Response {
        self.payload = Payload::Announced(len);
        self
    }

    /// Closes the connection after this response (`Connection: close`).
    pub fn close(mut self) -> Response {
        self.close = true;
        self
    }

    /// The body's length when known ahead (bytes, a file, an announced length).
    pub(crate) fn known_length(&self) -> Option<u64> {
        match &self.payload {
            Payload::Empty => Some(0),
            Payload::Announced(n) => Some(*n),
            Payload::Bytes(b) => Some(b.len() as u64),
            Payload::Page => Some(percore_http::error_page_len(self.status) as u64),
            Payload::File(f) => Some(f.len),
            Payload::Stream(_) | Payload::Unsent => None,
        }
    }
}

/// Anything a handler may return.
pub trait IntoResponse {
    /// The response.
    fn into_response(self) -> Response;
}

impl IntoResponse for Response {
    fn into_response(self) -> Response {
        self
    }
}

/// `text/plain; charset=utf-8`.
const TEXT: &str = "text/plain; charset=utf-8";

impl IntoResponse for &'static str {
    fn into_response(self) -> Response {
        Response::ok(self).typed(TEXT)
    }
}

impl IntoResponse for String {
    fn into_response(self) -> Response {
        Response::ok(self).typed(TEXT)
    }
}

impl IntoResponse for Cow<'static, str> {
    fn into_response(self) -> Response {
        match self {
            Cow::Borrowed(s) => s.into_response(),
            Cow::Owned(s) => s.into_response(),
        }
    }
}

impl IntoResponse for Vec<u8> {
    fn into_response(self) -> Response {
        Response::ok(self).typed("application/octet-stream")
    }
}

impl IntoResponse for &'static [u8] {
    fn into_response(self) -> Response {
        Response::ok(self).typed("application/octet-stream")
    }
}

impl IntoResponse for Bytes {
    fn into_response(self) -> Response {
        Response::ok(self).typed("application/octet-stream")
    }
}

/// A status alone: its error page for 4xx and 5xx, no body otherwise.
impl IntoResponse for Status {
    fn into_response(self) -> Response {
        if self.code() >= 400 {
            Response::error(self)
        } else {
            Response::new(self)
        }
    }
}

/// `200 OK`, empty.
impl IntoResponse for () {
    fn into_response(self) -> Response {
        Response::new(Status::OK)
    }
}

impl<T: IntoResponse> IntoResponse for (Status, T) {
    fn into_response(self) -> Response {
        let mut r = self.1.into_response();
        r.status = self.0;
        r
    }
}

impl<T: IntoResponse, E: IntoResponse> IntoResponse for Result<T, E> {
    fn into_response(self) -> Response {
        match self {
            Ok(t) => t.into_response(),
            Err(e) => e.into_response(),
        }
    }
}

/// A value sent as JSON (`application/json`); a value that cannot be serialized is a 500.
///
/// ```
/// use percore_web::{IntoResponse, Json};
///
/// let r = Json(serde_json::json!({"message": "Hello, World!"})).into_response();
/// assert_eq!(r.status().code(), 200);
/// ```
#[derive(Debug, Clone, Copy, Default)]
pub struct Json<T>(pub T);

impl<T: Serialize> IntoResponse for Json<T> {
    fn into_response(self) -> Response {
        match serde_json::to_vec(&self.0) {
            Ok(body) => Response::ok(body).typed("application/json"),
            Err(e) => {
                tracing::error!("a response could not be serialized: {e}");
                Response::error(Status::INTERNAL_SERVER_ERROR)
            }
        }
    }
}

/// HTML (`text/html; charset=utf-8`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Html<T>(pub T);

impl<T: Into<Bytes>> IntoResponse for Html<T> {
    fn into_response(self) -> Response {
        Response::ok(self.0).typed("text/html; charset=utf-8")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_fields_are_checked() {
        let mut r = Response::new(Status::OK)
            .header("X-Id", "7")
            .header("content-type", "text/csv");
        assert_eq!(r.fields, b"X-Id: 7\r\n");
        r.add_vary("Origin");
        r.add_vary("Accept");
        assert_eq!(r.fields, b"X-Id: 7\r\nVary: Origin, Accept\r\n");
        r.replace_field("x-id", "X-Id", b"8");
        assert_eq!(r.fields, b"Vary: Origin, Accept\r\nX-Id: 8\r\n");
        assert_eq!(r.content_type.as_deref(), Some("text/csv"));
        for (name, value) in [
            ("Content-Length", "3"),
            ("transfer-encoding", "chunked"),
            ("Connection", "close"),
            ("Bad Name", "x"),
            ("", "x"),
            ("X-Split", "a\r\nInjected: 1"),
        ] {
            let e = Response::new(Status::OK).try_header(name, value);
            assert!(e.is_err(), "{name}: {value}");
        }
    }

    #[test]
    fn conversions() {
        let r = "hi".into_response();
        assert_eq!(
            (r.status, r.known_length(), r.content_type.as_deref()),
            (Status::OK, Some(2), Some(TEXT))
        );
        let r = (Status::CREATED, String::from("made")).into_response();
        assert_eq!((r.status, r.known_length()), (Status::CREATED, Some(4)));
        let r = Status::NOT_FOUND.into_response();
        assert!(matches!(r.payload, Payload::Page));
        let r: Result<&'static str, Status> = Err(Status::FORBIDDEN);
        assert_eq!(r.into_response().status, Status::FORBIDDEN);
        let r = Json(serde_json::json!({"message": "Hello, World!"})).into_response();
        assert_eq!(r.known_length(), Some(27));
        let shared: Rc<[u8]> = Rc::from(&b"abcdef"[..]);
        assert_eq!(Bytes::shared(shared, 2..4).as_slice(), b"cd");
    }
}
