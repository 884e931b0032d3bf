//! The HTTP settings of a service: request limits, connection reuse, the `Server` field, the
//! access log. An app's section of the configuration carries them ([`WebSection::http`]).

use std::path::PathBuf;

use percore_config::{AppSection, Bytes, ConfigError};
use serde::{Deserialize, Serialize};

/// Access log line formats.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccessLog {
    /// No access log.
    #[default]
    Off,
    /// NCSA Common Log Format.
    Common,
    /// Combined: Common plus referer and user agent.
    Combined,
    /// One JSON object per line.
    Json,
}

/// The HTTP settings, as a table of the configuration (`[myapp.http]`, say): every key has a
/// default, so the table may be left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HttpSection {
    /// Requests one connection may make before it is closed.
    pub max_requests: u32,
    /// Request line limit (414 beyond).
    pub max_request_line: Bytes,
    /// Request head limit (431 beyond).
    pub max_head: Bytes,
    /// Header fields per request (431 beyond).
    pub max_headers: u32,
    /// The largest request body a handler collects ([`crate::Body::collect`], 413 beyond),
    /// and the most of a body no handler reads that is read and discarded to keep the
    /// connection (beyond, the connection closes after the response).
    pub max_body: Bytes,
    /// The slowest a request body a handler reads may arrive, in bytes a second, on average
    /// over the time the server waits for it (time the handler spends not reading is not
    /// counted): a body may keep the server waiting one read timeout, plus a second for each
    /// `min_body_rate` bytes that came. Slower, it is cut off with 408 and the connection
    /// closed, however regularly its bytes come: a client that trickles a byte within each
    /// read timeout cannot hold a connection for as long as it likes. `0` turns it off (then
    /// only each read's timeout bounds a body, as nginx's `client_body_timeout` does); off
    /// too with the read timeout.
    pub min_body_rate: Bytes,
    /// The slowest a client may take a response, in bytes a second: while the server waits
    /// for the client to make room, each write timeout (from the second on) must see it take
    /// (read, so that its TCP acknowledges) at least that many bytes a second of it. Fewer,
    /// and the response is cut off and the connection reset (what its socket still held for
    /// the client is dropped), however regularly it reads: without it, a client that reads a
    /// few bytes within each write timeout (a slow-read attack) holds its response, and the
    /// megabytes its socket queues, for as long as it likes, since the write timeout counts
    /// every byte the client takes as progress. Each send starts to watch afresh (a whole
    /// file; 64 KiB of a stream or of pipelined responses; 16 KiB steps of a file over
    /// HTTPS past `send_buffers`), so a client that takes a send's bytes within two write
    /// timeouts is never cut off: 273 bytes a second for 16 KiB steps at the default 30 s.
    /// Off with the write timeout, or at `0`.
    pub min_send_rate: Bytes,
    /// The `Server` field; empty sends none.
    pub server: String,
    /// Access log format.
    pub access_log: AccessLog,
    /// Access log file (appended to; reopened when moved away, as logrotate does).
    pub access_log_file: PathBuf,
}

/// The default of [`HttpSection::min_body_rate`] and [`HttpSection::min_send_rate`], bytes a
/// second: ASP.NET Core Kestrel's (`MinRequestBodyDataRate`, `MinResponseDataRate`), slow
/// enough for any client that means to send its body or read its response.
pub(crate) const DEFAULT_MIN_RATE: u64 = 240;

impl Default for HttpSection {
    fn default() -> Self {
        HttpSection {
            max_requests: 1000,
            max_request_line: Bytes(8 << 10),
            max_head: Bytes(16 << 10),
            max_headers: 64,
            max_body: Bytes(1 << 20),
            min_body_rate: Bytes(DEFAULT_MIN_RATE),
            min_send_rate: Bytes(DEFAULT_MIN_RATE),
            server: "percore".to_string(),
            access_log: AccessLog::Off,
            access_log_file: PathBuf::from("access.log"),
        }
    }
}

impl HttpSection {
    /// Checks the values; each problem is pushed with its key after `prefix` (`""` when the
    /// keys sit directly in the app's section, `"http."` when they are a table of it).
    pub fn validate(&self, prefix: &str, errors: &mut Vec<ConfigError>) {
        let key = |k: &str| format!("{prefix}{k}");
        if self.max_requests == 0 {
            errors.push(ConfigError::new(key("max_requests"), "must be at least 1"));
        }
        let mut limit = |k: &str, v: u64, min: u64, max: u64| {
            if !(min..=max).contains(&v) {
                errors.push(ConfigError::new(
                    key(k),
                    format!("must be from {min} to {max} bytes, not {v}"),
                ));
            }
        };
        limit("max_request_line", self.max_request_line.0, 64, 1 << 20);
        limit("max_head", self.max_head.0, 256, 1 << 20);
        if self.max_request_line.0 > self.max_head.0 {
            errors.push(ConfigError::new(
                key("max_request_line"),
                format!(
                    "must be at most max_head ({}), not {}",
                    self.max_head, self.max_request_line
                ),
            ));
        }
        if self.max_headers == 0
            || self.max_headers as usize > percore_http::request::MAX_HEADERS_CAP
        {
            errors.push(ConfigError::new(
                key("max_headers"),
                format!(
                    "must be from 1 to {}, not {}",
                    percore_http::request::MAX_HEADERS_CAP,
                    self.max_headers
                ),
            ));
        }
        if self.server.bytes().any(|b| b.is_ascii_control()) {
            errors.push(ConfigError::new(
                key("server"),
                "must not contain control characters",
            ));
        }
        if self.access_log != AccessLog::Off {
            // Opened by each worker (on a reload too): one it cannot append to would lose
            // every line, reported only as each flush fails.
            percore_config::check_append_file_with(
                &key("access_log_file"),
                &self.access_log_file,
                &percore_proactor::fs::may_create_in,
                errors,
            );
        }
    }

    /// The request head limits.
    pub fn limits(&self) -> percore_http::Limits {
        percore_http::Limits {
            max_request_line: self.max_request_line.0 as usize,
            max_head: self.max_head.0 as usize,
            max_headers: self.max_headers as usize,
        }
    }
}

/// An app's section of the configuration, for an app served by percore-web: where its HTTP
/// settings come from.
///
/// The usual shape is a table of the section, `[myapp.http]`:
///
/// ```
/// use percore_config::{AppSection, ConfigError};
/// use percore_web::{HttpSection, WebSection};
/// use serde::{Deserialize, Serialize};
///
/// #[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
/// #[serde(deny_unknown_fields, default)]
/// struct MyApp {
///     greeting: String,
///     http: HttpSection,
/// }
///
/// impl AppSection for MyApp {
///     const SECTION: &'static str = "myapp";
///     const DEFAULT_LISTEN: &'static str = "127.0.0.1:8080";
///
///     fn validate(&self, errors: &mut Vec<ConfigError>) {
///         self.http.validate("http.", errors);
///     }
/// }
///
/// impl WebSection for MyApp {
///     fn http(&self) -> HttpSection {
///         self.http.clone()
///     }
/// }
/// ```
pub trait WebSection: AppSection {
    /// The HTTP settings; the defaults unless the app says otherwise.
    fn http(&self) -> HttpSection {
        HttpSection::default()
    }
}

impl WebSection for percore_config::NoApp {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_values_name_their_key() {
        let bad = HttpSection {
            max_requests: 0,
            max_head: Bytes(100),
            max_headers: 500,
            server: "a\nb".into(),
            ..HttpSection::default()
        };
        let mut errors = Vec::new();
        bad.validate("http.", &mut errors);
        let keys: Vec<_> = errors.iter().map(|e| e.key.clone()).collect();
        assert_eq!(
            keys,
            [
                "http.max_requests",
                "http.max_head",
                "http.max_request_line",
                "http.max_headers",
                "http.server"
            ]
        );
        let mut errors = Vec::new();
        HttpSection::default().validate("", &mut errors);
        assert!(errors.is_empty());
    }
}
