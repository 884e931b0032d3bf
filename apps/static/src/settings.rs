//! The `[static]` section of the configuration.

use std::path::PathBuf;

use percore_config::{AppSection, Bytes, ConfigError, Dur};
use percore_web::{AccessLog, FileSend, FilesConfig, HttpSection, Symlinks, WebSection};
use serde::{Deserialize, Serialize};

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
    /// With `file_send = "auto"`: files not in the page cache from this size up are spliced
    /// (zero copy); smaller ones are read into a buffer and sent.
    pub(crate) splice_min: Bytes,
    /// Memory per core that transfers through a buffer may hold at once; past it, files are
    /// spliced whatever their size, so that slow clients cannot make a core hold more.
    pub(crate) send_buffers: Bytes,
    /// How file bodies go to the socket: `auto`, `sendfile`, `buffer` or `splice`.
    pub(crate) file_send: FileSend,
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
    /// percore-web's defaults for files and HTTP, but for `max_body`: a static server reads no
    /// bodies, and discards less of one it is sent.
    fn default() -> Self {
        let files = FilesConfig::default();
        let http = HttpSection::default();
        StaticSection {
            root: files.root,
            index: files.index,
            listing: files.listing,
            dotfiles: files.dotfiles,
            symlinks: files.symlinks,
            precompressed: files.precompressed,
            cache_max_file: files.cache_max_file,
            cache_size: files.cache_size,
            cache_revalidate: Dur(files.cache_revalidate),
            splice_min: files.splice_min,
            send_buffers: files.send_buffers,
            file_send: files.file_send,
            max_requests: http.max_requests,
            max_request_line: http.max_request_line,
            max_head: http.max_head,
            max_headers: http.max_headers,
            max_body: Bytes(64 << 10),
            server: http.server,
            access_log: http.access_log,
            access_log_file: http.access_log_file,
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
        self.http().validate("", errors);
    }
}

impl WebSection for StaticSection {
    fn http(&self) -> HttpSection {
        HttpSection {
            max_requests: self.max_requests,
            max_request_line: self.max_request_line,
            max_head: self.max_head,
            max_headers: self.max_headers,
            max_body: self.max_body,
            server: self.server.clone(),
            access_log: self.access_log,
            access_log_file: self.access_log_file.clone(),
        }
    }
}

impl StaticSection {
    /// How the files are served.
    pub(crate) fn files(&self) -> FilesConfig {
        FilesConfig {
            root: self.root.clone(),
            index: self.index.clone(),
            listing: self.listing,
            dotfiles: self.dotfiles,
            symlinks: self.symlinks,
            precompressed: self.precompressed,
            cache_max_file: self.cache_max_file,
            cache_size: self.cache_size,
            cache_revalidate: self.cache_revalidate.0,
            splice_min: self.splice_min,
            send_buffers: self.send_buffers,
            file_send: self.file_send,
        }
    }
}
