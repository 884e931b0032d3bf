//! The `[static]` section of the configuration.

use std::path::PathBuf;

use percore_config::{AppSection, Bytes, ConfigError, Dur, Settings};
use percore_web::{
    AccessLog, AuthConfig, CompressConfig, CorsConfig, FileSend, FilesConfig, HeaderRule, Hosts,
    HttpSection, RedirectRule, Rules, StaticFiles, Symlinks, WebSection,
};
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
    /// Descriptors of files over `cache_max_file` kept open with their cache entries, per core.
    pub(crate) cache_open_files: usize,
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
    /// A request body (sent with GET or HEAD) is read and discarded up to this; past it the
    /// request is answered and the connection closed.
    pub(crate) max_body: Bytes,
    /// The slowest a client may take a response, bytes a second (percore-web's
    /// `min_send_rate`; 0: off).
    pub(crate) min_send_rate: Bytes,
    /// The `Server` field; empty sends none.
    pub(crate) server: String,
    /// Access log format.
    pub(crate) access_log: AccessLog,
    /// Access log file (appended to; reopened when moved away, as logrotate does).
    pub(crate) access_log_file: PathBuf,
    /// A file served (200) for missing paths without an extension that browsers navigate
    /// to: a single-page app's `index.html`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) spa_fallback: Option<String>,
    /// `Cache-Control` for responses no header rule gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) cache_control: Option<String>,
    /// Every plaintext request answered with a 308 to the same URL over TLS.
    pub(crate) https_redirect: bool,
    /// 421 for a `Host` no site names, instead of the default site.
    pub(crate) strict_hosts: bool,
    /// Header rules.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) headers: Vec<HeaderRule>,
    /// Redirect rules.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) redirect: Vec<RedirectRule>,
    /// CORS.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) cors: Option<CorsConfig>,
    /// Basic auth.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) auth: Option<AuthConfig>,
    /// On-the-fly compression.
    pub(crate) compress: CompressConfig,
    /// Virtual hosts.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) site: Vec<SiteSection>,
}

/// A `[[static.site]]`: a site of its own, chosen by host name. Its rules are its own (the
/// default site's headers, redirects, CORS, auth, SPA fallback and Cache-Control do not
/// apply to it); `index` and `listing` left out are the default site's; everything else
/// (caching, file_send, dotfiles, symlinks, limits) is shared from `[static]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SiteSection {
    /// Host names (`example.com`, `*.example.com`).
    pub(crate) names: Vec<String>,
    /// The site's directory.
    pub(crate) root: PathBuf,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) index: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) listing: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) spa_fallback: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) cache_control: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) headers: Vec<HeaderRule>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) redirect: Vec<RedirectRule>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) cors: Option<CorsConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) auth: Option<AuthConfig>,
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
            cache_open_files: files.cache_open_files,
            splice_min: files.splice_min,
            send_buffers: files.send_buffers,
            file_send: files.file_send,
            max_requests: http.max_requests,
            max_request_line: http.max_request_line,
            max_head: http.max_head,
            max_headers: http.max_headers,
            max_body: Bytes(64 << 10),
            min_send_rate: http.min_send_rate,
            server: http.server,
            access_log: http.access_log,
            access_log_file: http.access_log_file,
            spa_fallback: None,
            cache_control: None,
            https_redirect: false,
            strict_hosts: false,
            headers: Vec::new(),
            redirect: Vec::new(),
            cors: None,
            auth: None,
            compress: CompressConfig::default(),
            site: Vec::new(),
        }
    }
}

/// Checks index file names.
fn check_index(key: &str, index: &[String], errors: &mut Vec<ConfigError>) {
    for name in index {
        if name.is_empty() || name.contains('/') || name.starts_with('.') {
            errors.push(ConfigError::new(
                key,
                format!("{name:?} is not a plain file name"),
            ));
        }
    }
}

/// Checks an SPA fallback: a path beneath the root.
fn check_fallback(key: &str, fallback: Option<&str>, errors: &mut Vec<ConfigError>) {
    if let Some(f) = fallback
        && (f.is_empty()
            || f.starts_with('/')
            || f.ends_with('/')
            || f.split('/').any(|s| s.is_empty() || s == "." || s == ".."))
    {
        errors.push(ConfigError::new(
            key,
            format!("{f:?} is not a file's path relative to the root (index.html, app/index.html)"),
        ));
    }
}

impl AppSection for StaticSection {
    const SECTION: &'static str = "static";
    const DEFAULT_LISTEN: &'static str = "127.0.0.1:8080";

    fn validate(&self, errors: &mut Vec<ConfigError>) {
        StaticFiles::check_root("root", &self.root, errors);
        check_index("index", &self.index, errors);
        check_fallback("spa_fallback", self.spa_fallback.as_deref(), errors);
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
        self.files().validate("", errors);
        self.rules().validate("", errors);
        if self.strict_hosts && self.site.is_empty() {
            // No name to be strict about: every request would be 421.
            errors.push(ConfigError::new(
                "strict_hosts",
                "with no [[static.site]] every request would be answered 421: add the sites \
                 to serve, or leave it false",
            ));
        }
        let mut hosts = Hosts::new(());
        for (i, site) in self.site.iter().enumerate() {
            let prefix = format!("site[{i}].");
            let key = |k: &str| format!("{prefix}{k}");
            StaticFiles::check_root(&key("root"), &site.root, errors);
            if let Some(index) = &site.index {
                check_index(&key("index"), index, errors);
            }
            check_fallback(&key("spa_fallback"), site.spa_fallback.as_deref(), errors);
            self.site_rules(site).validate(&prefix, errors);
            if let Err(e) = hosts.add_site(&site.names, ()) {
                errors.push(ConfigError::new(key("names"), e));
            }
        }
    }

    fn validate_with(&self, settings: &Settings, errors: &mut Vec<ConfigError>) {
        if settings.offload.threads == 0 {
            // bcrypt on a worker would stall every connection of its core for each check.
            let sites = self.site.iter().enumerate();
            let guarded = std::iter::once(("auth".to_string(), &self.auth))
                .chain(sites.map(|(i, s)| (format!("site[{i}].auth"), &s.auth)));
            for (key, auth) in guarded {
                if auth.is_some() {
                    errors.push(ConfigError::new(
                        key,
                        "needs offload threads (offload.threads at least 1): passwords are checked there",
                    ));
                }
            }
        }
        if self.https_redirect && settings.tls.listen.is_empty() {
            errors.push(ConfigError::new(
                "https_redirect",
                "needs a TLS address to redirect to (tls.listen, or --tls-listen)",
            ));
        }
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
            min_send_rate: self.min_send_rate,
            server: self.server.clone(),
            access_log: self.access_log,
            access_log_file: self.access_log_file.clone(),
            // No handler of the static server reads a body (one is discarded within one read
            // timeout in all).
            ..HttpSection::default()
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
            cache_open_files: self.cache_open_files,
            splice_min: self.splice_min,
            send_buffers: self.send_buffers,
            file_send: self.file_send,
            spa_fallback: self.spa_fallback.clone(),
            compress: self.compress.clone(),
        }
    }

    /// The default site's rules.
    pub(crate) fn rules(&self) -> Rules {
        Rules {
            cache_control: self.cache_control.clone(),
            headers: self.headers.clone(),
            redirect: self.redirect.clone(),
            cors: self.cors.clone(),
            auth: self.auth.clone(),
            https_redirect: self.https_redirect,
        }
    }

    /// How a site's files are served: its root, index, listing and fallback, the rest
    /// `[static]`'s.
    pub(crate) fn site_files(&self, site: &SiteSection) -> FilesConfig {
        FilesConfig {
            root: site.root.clone(),
            index: site.index.clone().unwrap_or_else(|| self.index.clone()),
            listing: site.listing.unwrap_or(self.listing),
            spa_fallback: site.spa_fallback.clone(),
            ..self.files()
        }
    }

    /// A site's rules (and `[static]`'s `https_redirect`).
    pub(crate) fn site_rules(&self, site: &SiteSection) -> Rules {
        Rules {
            cache_control: site.cache_control.clone(),
            headers: site.headers.clone(),
            redirect: site.redirect.clone(),
            cors: site.cors.clone(),
            auth: site.auth.clone(),
            https_redirect: self.https_redirect,
        }
    }
}
