//! The `[static]` section of the configuration.

use std::path::PathBuf;

use percore_config::{AppSection, Bytes, ConfigError, Dur};
use serde::{Deserialize, Serialize};

/// Whether symbolic links inside the root are followed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum Symlinks {
    /// Followed while they stay beneath the root (the kernel refuses any that lead out).
    #[default]
    Beneath,
    /// Never followed: a path through a symlink is 403.
    Off,
}

/// Access log line formats.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum AccessLog {
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

/// The `[static]` section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct StaticSection {
    /// The directory served.
    pub(crate) root: PathBuf,
    /// Files served for a directory's URL, first found first.
    pub(crate) index: Vec<String>,
    /// An HTML listing for directories without an index file.
    pub(crate) listing: bool,
    /// Serve names starting with a dot (`.git`, `.env`); `.well-known` always is.
    pub(crate) dotfiles: bool,
    /// Symlink policy.
    pub(crate) symlinks: Symlinks,
    /// Serve `name.br` / `name.gz` to clients that accept them.
    pub(crate) precompressed: bool,
    /// Files up to this size are kept in each core's memory.
    pub(crate) cache_max_file: Bytes,
    /// Memory for cached files, per core.
    pub(crate) cache_size: Bytes,
    /// How long a cached file is served before its metadata is checked again.
    pub(crate) cache_revalidate: Dur,
    /// Transfers from this size up are spliced from the page cache (zero copy); smaller ones
    /// not in the cache are read into a buffer and sent.
    pub(crate) splice_min: Bytes,
    /// Memory per core that transfers through a buffer may hold at once; past it, files are
    /// spliced whatever their size, so that slow clients cannot make a core hold more.
    pub(crate) send_buffers: Bytes,
    /// Requests one connection may make before it is closed.
    pub(crate) max_requests: u32,
    /// Request line limit (414 beyond).
    pub(crate) max_request_line: Bytes,
    /// Request head limit (431 beyond).
    pub(crate) max_head: Bytes,
    /// Header fields per request (431 beyond).
    pub(crate) max_headers: u32,
    /// A request body (sent with GET or HEAD) is read and discarded up to this; larger is 413.
    pub(crate) max_body: Bytes,
    /// The `Server` field; empty sends none.
    pub(crate) server: String,
    /// Access log format.
    pub(crate) access_log: AccessLog,
    /// Access log file (appended to; reopened when moved away, as logrotate does).
    pub(crate) access_log_file: PathBuf,
}

impl Default for StaticSection {
    fn default() -> Self {
        StaticSection {
            root: PathBuf::from("."),
            index: vec!["index.html".to_string()],
            listing: false,
            dotfiles: false,
            symlinks: Symlinks::Beneath,
            precompressed: true,
            cache_max_file: Bytes(64 << 10),
            cache_size: Bytes(32 << 20),
            cache_revalidate: Dur(std::time::Duration::from_secs(1)),
            splice_min: Bytes(4 << 20),
            send_buffers: Bytes(64 << 20),
            max_requests: 1000,
            max_request_line: Bytes(8 << 10),
            max_head: Bytes(16 << 10),
            max_headers: 64,
            max_body: Bytes(64 << 10),
            server: "percore".to_string(),
            access_log: AccessLog::Off,
            access_log_file: PathBuf::from("access.log"),
        }
    }
}

impl AppSection for StaticSection {
    const SECTION: &'static str = "static";
    const DEFAULT_LISTEN: &'static str = "127.0.0.1:8080";

    fn validate(&self, errors: &mut Vec<ConfigError>) {
        match std::fs::metadata(&self.root) {
            Ok(m) if m.is_dir() => {}
            Ok(_) => errors.push(ConfigError::new(
                "root",
                format!("{} is not a directory", self.root.display()),
            )),
            Err(e) => errors.push(ConfigError::new(
                "root",
                format!("{}: {e}", self.root.display()),
            )),
        }
        for name in &self.index {
            if name.is_empty() || name.contains('/') || name.starts_with('.') {
                errors.push(ConfigError::new(
                    "index",
                    format!("{name:?} is not a plain file name"),
                ));
            }
        }
        if self.cache_max_file.0 > self.cache_size.0 {
            errors.push(ConfigError::new(
                "cache_max_file",
                format!(
                    "must be at most cache_size ({}), not {}",
                    self.cache_size, self.cache_max_file
                ),
            ));
        }
        if self.max_requests == 0 {
            errors.push(ConfigError::new("max_requests", "must be at least 1"));
        }
        let limit = |key: &str, v: u64, min: u64, max: u64, errors: &mut Vec<ConfigError>| {
            if !(min..=max).contains(&v) {
                errors.push(ConfigError::new(
                    key,
                    format!("must be from {min} to {max} bytes, not {v}"),
                ));
            }
        };
        limit(
            "max_request_line",
            self.max_request_line.0,
            64,
            1 << 20,
            errors,
        );
        limit("max_head", self.max_head.0, 256, 1 << 20, errors);
        if self.max_request_line.0 > self.max_head.0 {
            errors.push(ConfigError::new(
                "max_request_line",
                "must be at most max_head",
            ));
        }
        if self.max_headers == 0
            || self.max_headers as usize > percore_http::request::MAX_HEADERS_CAP
        {
            errors.push(ConfigError::new(
                "max_headers",
                format!(
                    "must be from 1 to {}, not {}",
                    percore_http::request::MAX_HEADERS_CAP,
                    self.max_headers
                ),
            ));
        }
        if self.server.bytes().any(|b| b.is_ascii_control()) {
            errors.push(ConfigError::new(
                "server",
                "must not contain control characters",
            ));
        }
    }
}

impl StaticSection {
    /// The request head limits.
    pub(crate) fn limits(&self) -> percore_http::Limits {
        percore_http::Limits {
            max_request_line: self.max_request_line.0 as usize,
            max_head: self.max_head.0 as usize,
            max_headers: self.max_headers as usize,
        }
    }
}
