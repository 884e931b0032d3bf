//! Response heads written into a buffer, the `Date` field cached once a second, and the
//! minimal error responses.

use std::time::{SystemTime, UNIX_EPOCH};

use crate::Status;

/// Writes one response head into a buffer: the status line, fields, the empty line.
#[derive(Debug)]
pub struct HeadWriter<'a> {
    buf: &'a mut Vec<u8>,
}

impl<'a> HeadWriter<'a> {
    /// Appends the status line (always `HTTP/1.1`, which answers HTTP/1.0 clients too).
    pub fn new(buf: &'a mut Vec<u8>, status: Status) -> HeadWriter<'a> {
        if status == Status::OK {
            // Most responses: a constant, copied without a call.
            buf.extend_from_slice(b"HTTP/1.1 200 OK\r\n");
        } else if let Some(line) = status.status_line() {
            buf.extend_from_slice(line.as_bytes());
        } else {
            buf.extend_from_slice(b"HTTP/1.1 ");
            push_decimal(buf, u64::from(status.code()));
            buf.extend_from_slice(b" \r\n");
        }
        HeadWriter { buf }
    }

    /// Appends to field lines already begun (a status line written before, or a list of
    /// fields kept apart from any head).
    pub fn fields(buf: &'a mut Vec<u8>) -> HeadWriter<'a> {
        HeadWriter { buf }
    }

    /// Appends `name: value`.
    pub fn field(&mut self, name: &str, value: &[u8]) -> &mut Self {
        self.buf.extend_from_slice(name.as_bytes());
        self.buf.extend_from_slice(b": ");
        self.buf.extend_from_slice(value);
        self.buf.extend_from_slice(b"\r\n");
        self
    }

    /// Appends a ready-made field line, CRLF included (a cached `Date` line, say).
    pub fn line(&mut self, line: &[u8]) -> &mut Self {
        self.buf.extend_from_slice(line);
        self
    }

    /// Appends `Content-Length: N`.
    pub fn content_length(&mut self, n: u64) -> &mut Self {
        // The name as a constant: copied without a call, unlike a `&str` argument's.
        self.buf.extend_from_slice(b"Content-Length: ");
        push_decimal(self.buf, n);
        self.buf.extend_from_slice(b"\r\n");
        self
    }

    /// Appends `Content-Type: value`.
    pub fn content_type(&mut self, value: &[u8]) -> &mut Self {
        self.buf.extend_from_slice(b"Content-Type: ");
        self.buf.extend_from_slice(value);
        self.buf.extend_from_slice(b"\r\n");
        self
    }

    /// Appends `name: N`.
    pub fn number(&mut self, name: &str, n: u64) -> &mut Self {
        self.buf.extend_from_slice(name.as_bytes());
        self.buf.extend_from_slice(b": ");
        push_decimal(self.buf, n);
        self.buf.extend_from_slice(b"\r\n");
        self
    }

    /// Appends `Content-Range: bytes START-END/SIZE`.
    pub fn content_range(&mut self, start: u64, end: u64, size: u64) -> &mut Self {
        self.buf.extend_from_slice(b"Content-Range: bytes ");
        push_decimal(self.buf, start);
        self.buf.push(b'-');
        push_decimal(self.buf, end);
        self.buf.push(b'/');
        push_decimal(self.buf, size);
        self.buf.extend_from_slice(b"\r\n");
        self
    }

    /// Appends `Connection: close`, or `Connection: keep-alive` when an HTTP/1.0 client asked
    /// to keep the connection (HTTP/1.1 keeps it without saying).
    pub fn connection(&mut self, keep_alive: bool, http10: bool) -> &mut Self {
        if !keep_alive {
            self.line(b"Connection: close\r\n");
        } else if http10 {
            self.line(b"Connection: keep-alive\r\n");
        }
        self
    }

    /// Ends the head with the empty line.
    pub fn finish(self) {
        self.buf.extend_from_slice(b"\r\n");
    }
}

/// Appends `n` in decimal. Byte by byte: a copy of a slice whose length is not known when
/// compiling is a call to `memcpy`, which for the few bytes of a number cost more than the
/// bytes (3.7% of a pipelined plaintext server's cycles went to such calls from here).
fn push_decimal(buf: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.reserve(digits.len() - at);
    for &d in &digits[at..] {
        buf.push(d);
    }
}

/// The `Date` field line, formatted at most once a second.
#[derive(Debug, Clone, Default)]
pub struct DateCache {
    second: u64,
    line: Vec<u8>,
}

impl DateCache {
    /// `Date: <now>\r\n`, reformatted only when the second has changed.
    pub fn line(&mut self, now: SystemTime) -> &[u8] {
        let second = now.duration_since(UNIX_EPOCH).unwrap_or_default().as_secs();
        if second != self.second || self.line.is_empty() {
            self.second = second;
            self.line.clear();
            self.line.extend_from_slice(b"Date: ");
            self.line
                .extend_from_slice(httpdate::fmt_http_date(now).as_bytes());
            self.line.extend_from_slice(b"\r\n");
        }
        &self.line
    }
}

/// The fixed parts of an error page, around the status named twice.
const PAGE: [&str; 3] = [
    "<!DOCTYPE html>\n<html><head><title>",
    "</title></head><body><h1>",
    "</h1></body></html>\n",
];

/// Appends `404 Not Found` (the code is always three digits).
fn push_status(buf: &mut Vec<u8>, status: Status) {
    push_decimal(buf, u64::from(status.code()));
    buf.push(b' ');
    buf.extend_from_slice(status.reason().as_bytes());
}

/// Appends the body of an error response: a minimal HTML page naming the status. Nothing is
/// formatted or allocated on the way.
pub fn write_error_page(buf: &mut Vec<u8>, status: Status) {
    buf.extend_from_slice(PAGE[0].as_bytes());
    push_status(buf, status);
    buf.extend_from_slice(PAGE[1].as_bytes());
    push_status(buf, status);
    buf.extend_from_slice(PAGE[2].as_bytes());
}

/// The length of [`write_error_page`]'s page for `status`.
pub fn error_page_len(status: Status) -> usize {
    let named = 4 + status.reason().len();
    PAGE.iter().map(|p| p.len()).sum::<usize>() + 2 * named
}

/// The body of an error response, as a string (see [`write_error_page`]).
pub fn error_page(status: Status) -> String {
    let mut page = Vec::with_capacity(error_page_len(status));
    write_error_page(&mut page, status);
    String::from_utf8(page).expect("an error page is ASCII")
}

/// Appends a whole error response: head (with `Content-Type`, `Content-Length`, the
/// connection field and `extra` lines) and, unless `head_only`, the page. Returns the body
/// bytes written.
pub fn write_error(
    buf: &mut Vec<u8>,
    status: Status,
    common: &[u8],
    keep_alive: bool,
    head_only: bool,
    extra: &[u8],
) -> u64 {
    let len = error_page_len(status) as u64;
    let mut w = HeadWriter::new(buf, status);
    w.line(common)
        .line(b"Content-Type: text/html; charset=utf-8\r\n")
        .number("Content-Length", len)
        .connection(keep_alive, false)
        .line(extra);
    w.finish();
    if head_only {
        return 0;
    }
    write_error_page(buf, status);
    len
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn every_status_line_is_the_code_and_its_reason() {
        for code in 100..=599 {
            let status = Status::from_code(code).expect("a code HTTP defines");
            let mut buf = Vec::new();
            HeadWriter::new(&mut buf, status);
            let expected = format!("HTTP/1.1 {code} {}\r\n", status.reason());
            assert_eq!(String::from_utf8(buf).unwrap(), expected);
        }
    }

    #[test]
    fn error_pages_name_their_status_and_have_the_length_announced() {
        // Every status an error page is written for (301 carries one too, with Location).
        for status in [
            Status::MOVED_PERMANENTLY,
            Status::BAD_REQUEST,
            Status::FORBIDDEN,
            Status::NOT_FOUND,
            Status::METHOD_NOT_ALLOWED,
            Status::REQUEST_TIMEOUT,
            Status::PRECONDITION_FAILED,
            Status::CONTENT_TOO_LARGE,
            Status::URI_TOO_LONG,
            Status::RANGE_NOT_SATISFIABLE,
            Status::EXPECTATION_FAILED,
            Status::HEADER_FIELDS_TOO_LARGE,
            Status::INTERNAL_SERVER_ERROR,
            Status::NOT_IMPLEMENTED,
            Status::SERVICE_UNAVAILABLE,
            Status::VERSION_NOT_SUPPORTED,
        ] {
            let page = error_page(status);
            assert_eq!(
                page,
                format!(
                    "<!DOCTYPE html>\n<html><head><title>{status}</title></head>\
                     <body><h1>{status}</h1></body></html>\n"
                )
            );
            assert_eq!(page.len(), error_page_len(status), "{status}");
            let mut buf = Vec::new();
            let body = write_error(&mut buf, status, b"", true, false, b"");
            let text = String::from_utf8(buf).unwrap();
            let (head, sent) = text.split_once("\r\n\r\n").unwrap();
            assert_eq!((sent, body), (page.as_str(), page.len() as u64));
            let length = format!("\r\nContent-Length: {}", page.len());
            assert!(head.ends_with(&length), "{head}");
            let mut buf = Vec::new();
            assert_eq!(write_error(&mut buf, status, b"", true, true, b""), 0);
            assert!(buf.ends_with(b"\r\n\r\n"), "HEAD: no body");
        }
    }

    #[test]
    fn a_head_in_order() {
        let mut buf = Vec::new();
        let mut w = HeadWriter::new(&mut buf, Status::PARTIAL_CONTENT);
        w.content_type(b"text/plain")
            .content_length(10)
            .number("Age", 0)
            .content_range(0, 9, 12_345_678_901)
            .connection(true, true);
        w.finish();
        assert_eq!(
            String::from_utf8(buf).unwrap(),
            "HTTP/1.1 206 Partial Content\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\
             Age: 0\r\nContent-Range: bytes 0-9/12345678901\r\nConnection: keep-alive\r\n\r\n"
        );
    }

    #[test]
    fn decimals() {
        for n in [0u64, 7, 10, 99, 100, 4096, u64::MAX] {
            let mut buf = Vec::new();
            push_decimal(&mut buf, n);
            assert_eq!(String::from_utf8(buf).unwrap(), n.to_string());
        }
    }

    #[test]
    fn the_date_line_changes_once_a_second() {
        let mut cache = DateCache::default();
        let t = UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(cache.line(t), b"Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n");
        assert_eq!(
            cache.line(t + Duration::from_millis(999)),
            b"Date: Tue, 14 Nov 2023 22:13:20 GMT\r\n"
        );
        assert_eq!(
            cache.line(t + Duration::from_secs(1)),
            b"Date: Tue, 14 Nov 2023 22:13:21 GMT\r\n"
        );
    }

    #[test]
    fn error_responses() {
        let mut buf = Vec::new();
        write_error(
            &mut buf,
            Status::NOT_FOUND,
            b"Server: percore\r\n",
            true,
            false,
            b"",
        );
        let text = String::from_utf8(buf).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        assert!(head.starts_with("HTTP/1.1 404 Not Found\r\nServer: percore\r\n"));
        assert!(head.contains(&format!("Content-Length: {}", body.len())));
        assert!(!head.contains("Connection"));
        assert!(body.contains("<h1>404 Not Found</h1>"));
        let mut buf = Vec::new();
        write_error(
            &mut buf,
            Status::METHOD_NOT_ALLOWED,
            b"",
            false,
            true,
            b"Allow: GET, HEAD, OPTIONS\r\n",
        );
        let text = String::from_utf8(buf).unwrap();
        assert!(
            text.ends_with("Connection: close\r\nAllow: GET, HEAD, OPTIONS\r\n\r\n"),
            "{text}"
        );
    }
}
