//! A small HTTP/1.1 client for the tests of percore's HTTP servers: requests written as raw
//! bytes, responses parsed (by `Content-Length`, chunked, or to the connection's end).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

/// A parsed response.
#[derive(Debug)]
pub struct Response {
    /// The status code.
    pub status: u16,
    /// The header fields, in order.
    pub headers: Vec<(String, String)>,
    /// The body (de-chunked).
    pub body: Vec<u8>,
}

impl Response {
    /// The value of field `name`.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The body as text.
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Reads one response from `r`; `head_only` for a HEAD request (no body follows).
pub fn read_response(r: &mut impl BufRead, head_only: bool) -> std::io::Result<Response> {
    let mut line = String::new();
    if r.read_line(&mut line)? == 0 {
        return Err(std::io::ErrorKind::UnexpectedEof.into());
    }
    let status: u16 = line
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        r.read_line(&mut h)?;
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        let (k, v) = h.split_once(':').expect("a header line");
        headers.push((k.to_string(), v.trim().to_string()));
    }
    let field = |name: &str| {
        headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    let length = field("content-length").map(|v| v.parse::<usize>().unwrap());
    let chunked = field("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
    let mut body = Vec::new();
    if head_only || status == 304 || status == 204 || (100..200).contains(&status) {
        // No body, whatever the fields say.
    } else if chunked {
        read_chunked(r, &mut body)?;
    } else if let Some(len) = length {
        body.resize(len, 0);
        r.read_exact(&mut body)?;
    } else {
        // Delimited by the connection's end.
        r.read_to_end(&mut body)?;
    }
    Ok(Response {
        status,
        headers,
        body,
    })
}

/// Reads a chunked body's chunks into `body` (trailer fields are skipped).
fn read_chunked(r: &mut impl BufRead, body: &mut Vec<u8>) -> std::io::Result<()> {
    loop {
        let mut line = String::new();
        if r.read_line(&mut line)? == 0 {
            return Err(std::io::ErrorKind::UnexpectedEof.into());
        }
        let size = line.trim_end().split(';').next().unwrap_or_default();
        let size = usize::from_str_radix(size, 16)
            .map_err(|_| std::io::Error::other(format!("bad chunk size line {line:?}")))?;
        if size == 0 {
            loop {
                line.clear();
                r.read_line(&mut line)?;
                if line.trim_end().is_empty() {
                    return Ok(());
                }
            }
        }
        let at = body.len();
        body.resize(at + size, 0);
        r.read_exact(&mut body[at..])?;
        let mut crlf = [0u8; 2];
        r.read_exact(&mut crlf)?;
        if &crlf != b"\r\n" {
            return Err(std::io::Error::other("no CRLF after a chunk"));
        }
    }
}

/// A connection with a 20 s read timeout.
pub fn connect(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s
}

/// One request on a new connection.
pub fn get(addr: SocketAddr, target: &str, fields: &str) -> Response {
    raw(
        addr,
        &format!("GET {target} HTTP/1.1\r\nHost: t\r\n{fields}\r\n"),
        false,
    )
}

/// One request, written as given, on a new connection; its response.
pub fn raw(addr: SocketAddr, request: &str, head_only: bool) -> Response {
    let mut s = connect(addr);
    s.write_all(request.as_bytes()).unwrap();
    read_response(&mut BufReader::new(s), head_only).unwrap()
}

/// Sends raw bytes and reads everything until the server closes.
pub fn exchange(addr: SocketAddr, request: &[u8]) -> Vec<u8> {
    let mut s = connect(addr);
    s.write_all(request).unwrap();
    let mut all = Vec::new();
    let _ = s.read_to_end(&mut all);
    all
}

/// A client that reads slowly: a small receive buffer, `chunk` bytes per read, `pause` after
/// each.
#[derive(Debug)]
pub struct SlowReader {
    /// The connection.
    pub stream: TcpStream,
    chunk: usize,
    pause: Duration,
}

impl SlowReader {
    /// Connects to `addr` with a receive buffer of about `chunk` bytes.
    pub fn connect(addr: SocketAddr, chunk: usize, pause: Duration) -> SlowReader {
        let socket = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None)
            .expect("socket");
        socket.set_recv_buffer_size(chunk).expect("SO_RCVBUF");
        socket.connect(&addr.into()).expect("connect");
        let stream = TcpStream::from(socket);
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        SlowReader {
            stream,
            chunk,
            pause,
        }
    }
}

impl Read for SlowReader {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = buf.len().min(self.chunk);
        let got = self.stream.read(&mut buf[..n])?;
        std::thread::sleep(self.pause);
        Ok(got)
    }
}
