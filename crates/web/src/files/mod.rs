//! Static files as a handler: [`StaticFiles`] serves a directory, alone or mounted under a
//! prefix of a [`crate::Router`].
//!
//! Files are opened beneath the root's directory descriptor with `openat2(RESOLVE_BENEATH)`,
//! so the kernel guarantees nothing outside the root is served; small files are answered from
//! each core's memory, large ones spliced from the page cache to the socket. Conditional and
//! range requests, precompressed siblings (`.br`, `.gz`), index files and listings are
//! answered as nginx answers them.

mod cache;
mod compress;
mod respond;

pub use compress::CompressConfig;

use std::cell::{Cell, RefCell};
use std::io;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;

use percore_config::{Bytes, ConfigError};
use percore_http::PathPolicy;
use percore_proactor::fs::File;
use serde::{Deserialize, Serialize};

use crate::app::Offload;
use crate::conn::READ_STEP;
use crate::handler::Handler;
use crate::request::Request;
use crate::response::{Response, Transfer};
use cache::{Cache, CachePolicy};
use compress::Compressor;

/// Whether symbolic links inside the root are followed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Symlinks {
    /// Relative ones followed while they stay beneath the root (`RESOLVE_BENEATH`: the kernel
    /// refuses any that lead out, and every absolute one, even one that points inside the
    /// root: 403).
    #[default]
    Beneath,
    /// Never followed: a path through a symlink is 403.
    Off,
}

/// How file bodies go to the socket (files not kept in the core's memory).
///
/// `auto`, the default, sends a range whose pages are all in the page cache with `sendfile`
/// made on the worker, and otherwise (the pages must come from a disk, which a worker never
/// waits for) reads it into a buffer below `splice_min` or splices it. What decided it, a
/// cached 1 MiB file served to wrk over 100 kept-alive connections, server CPU per request,
/// medians of interleaved runs on AMD EPYC (2 vCPUs, kernel 6.18): `sendfile` on the worker
/// 105 µs (epoll 91 µs), splice 98 µs, through a buffer 319 µs; nginx with `sendfile on`
/// 155 µs. Splice costs about what `sendfile` does, but on io_uring the kernel runs every
/// splice in its worker threads (a thread switch each, and a bound on them to respect);
/// the buffer, the former default below 4 MiB, copies every byte twice and lost by 3x here.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileSend {
    /// `sendfile` for ranges in the page cache (checked with `cachestat(2)`, Linux 6.5), a
    /// buffer or splice for the rest.
    #[default]
    Auto,
    /// Always `sendfile` on the worker, even when the pages must be read from a disk first
    /// (the worker then waits for it): for files that always fit in memory.
    Sendfile,
    /// Read into a buffer and sent (within `send_buffers`, spliced past it).
    Buffer,
    /// Always spliced through a pipe (io_uring runs each splice in its worker threads).
    Splice,
}

/// Whether every page of `len` bytes of `file` from `offset` is in the page cache, so that
/// `sendfile` on the worker cannot wait for a disk; `false` when the kernel cannot tell (no
/// `cachestat`, refused by seccomp: the refusal is remembered and not asked again).
///
/// One `cachestat` call per file response over `cache_max_file`: about a microsecond against
/// the hundred or more of sending a MiB, and it cannot be cached, since the page cache drops
/// pages whenever memory is short and a stale "cached" would make a worker wait for a disk.
pub(crate) fn in_page_cache(file: &File, offset: u64, len: u64) -> bool {
    match file.is_cached(offset, len) {
        Ok(cached) => cached,
        Err(e) => {
            tracing::debug!("cachestat: {e}: the file is sent as if not cached");
            false
        }
    }
}

/// How a [`StaticFiles`] serves its directory.
#[derive(Debug, Clone, PartialEq)]
pub struct FilesConfig {
    /// The directory served.
    pub root: PathBuf,
    /// Files served for a directory's URL, first found first.
    pub index: Vec<String>,
    /// An HTML listing for directories without an index file (403 otherwise).
    pub listing: bool,
    /// Serve names starting with a dot (`.git`, `.env`); `.well-known` always is.
    pub dotfiles: bool,
    /// Symlink policy.
    pub symlinks: Symlinks,
    /// Serve `name.br` / `name.gz` to clients that accept them, whatever their age (as
    /// nginx's `gzip_static`): a sibling is made again whenever its file changes.
    pub precompressed: bool,
    /// Files up to this size are kept in each core's memory; larger ones go by `file_send`
    /// (`sendfile` when their pages are in the page cache).
    ///
    /// 16 KiB by default: past it `sendfile` costs the server less than a copy from memory,
    /// and the client too (it reads pages no core has just written). A 64 KiB file to wrk over
    /// 100 connections, server CPU per request, interleaved runs on an Intel Xeon (2 vCPUs,
    /// kernel 6.18): from memory 4.7 to 5.4 µs, by `sendfile` 4.1 to 4.5 µs, nginx 5.0 to 5.5;
    /// on epoll 4.7 to 5.0 against 3.4 to 4.2. At 16 and 32 KiB the two measured level.
    pub cache_max_file: Bytes,
    /// Memory for cached files, per core.
    pub cache_size: Bytes,
    /// How long a cached file is served before it is looked up again (as a request opens it:
    /// beneath the root, under the symlink policy) to check that it is unchanged and still
    /// allowed.
    pub cache_revalidate: Duration,
    /// Descriptors of files over `cache_max_file` kept open with their cache entries, per
    /// core (0: every response opens its file). A response checks the kept descriptor with
    /// one `statx` before it starts, so a file found rewritten in place is looked up afresh
    /// and sent from the file that look-up opened (503 only if it is rewritten three times
    /// over meanwhile), never sent under its old length and validators
    /// (one rewritten during its transfer arrives mixed, as from any server); one replaced
    /// (renamed over) is seen within `cache_revalidate`, the old file sent whole meanwhile.
    pub cache_open_files: usize,
    /// With `file_send = "auto"`: files not in the page cache from this size up are spliced
    /// (zero copy); smaller ones are read into a buffer and sent.
    pub splice_min: Bytes,
    /// Memory per core that transfers through a buffer may hold at once, counted over every
    /// `StaticFiles` of the core (each compares the core's total with its own value: give
    /// them all the same); past it, files are spliced whatever their size, so that slow
    /// clients cannot make a core hold more. Over
    /// HTTPS (always through a buffer) a transfer's step and its records count against it,
    /// and past it a file goes 16 KiB at a time.
    pub send_buffers: Bytes,
    /// How file bodies go to the socket.
    pub file_send: FileSend,
    /// A file (relative to the root) served, 200, for a missing path without a file
    /// extension whose request names `text/html` in `Accept`: a single-page app's
    /// `index.html`, for the routes it handles itself.
    pub spa_fallback: Option<String>,
    /// On-the-fly compression of files without a precompressed sibling.
    pub compress: CompressConfig,
}

impl Default for FilesConfig {
    fn default() -> Self {
        FilesConfig {
            root: PathBuf::from("."),
            index: vec!["index.html".to_string()],
            listing: false,
            dotfiles: false,
            symlinks: Symlinks::Beneath,
            precompressed: true,
            cache_max_file: Bytes(16 << 10),
            cache_size: Bytes(32 << 20),
            cache_revalidate: Duration::from_secs(1),
            cache_open_files: 256,
            splice_min: Bytes(4 << 20),
            send_buffers: Bytes(64 << 20),
            file_send: FileSend::Auto,
            spa_fallback: None,
            compress: CompressConfig::default(),
        }
    }
}

impl FilesConfig {
    /// Checks what the keys alone cannot (compression's types and levels), pushing each
    /// problem with its key after `prefix`.
    pub fn validate(&self, prefix: &str, errors: &mut Vec<ConfigError>) {
        Compressor::new(prefix, &self.compress, errors);
    }

    /// The defaults, serving `root`.
    pub fn new(root: impl Into<PathBuf>) -> FilesConfig {
        FilesConfig {
            root: root.into(),
            ..FilesConfig::default()
        }
    }
}

impl From<PathBuf> for FilesConfig {
    fn from(root: PathBuf) -> FilesConfig {
        FilesConfig::new(root)
    }
}

impl From<&std::path::Path> for FilesConfig {
    fn from(root: &std::path::Path) -> FilesConfig {
        FilesConfig::new(root)
    }
}

/// Serves the files of a directory (GET, HEAD and OPTIONS; 405 otherwise), like axum's
/// `ServeDir` or nginx's `root`: validators (`ETag`, `Last-Modified`) and conditional
/// requests, byte ranges, precompressed siblings, index files, optional listings, and no way
/// out of the root. Built once per worker (each core keeps its own cache).
#[derive(Debug)]
pub struct StaticFiles {
    root: File,
    cfg: FilesConfig,
    paths: PathPolicy,
    policy: CachePolicy,
    cache: RefCell<Cache>,
    offload: Offload,
    /// Bytes of buffers that file transfers hold now on this core ([`SENDING`]), at most
    /// `send_buffers`.
    sending: Rc<Cell<u64>>,
    compress: Compressor,
}

thread_local! {
    /// Bytes of buffers that file transfers of every [`StaticFiles`] on this core (its worker
    /// thread) hold now: `send_buffers` bounds the core's memory however many sites or mounts
    /// it serves, each its own `StaticFiles`.
    static SENDING: Rc<Cell<u64>> = Rc::new(Cell::new(0));
}

/// Room taken from the core's `send_buffers` for one transfer through a buffer, given back
/// when dropped (the transfer ended, failed, or its connection was closed).
#[derive(Debug)]
pub(crate) struct SendBudget {
    sending: Rc<Cell<u64>>,
    bytes: u64,
}

impl Drop for SendBudget {
    fn drop(&mut self) {
        self.sending.set(self.sending.get() - self.bytes);
    }
}

impl StaticFiles {
    /// For an app's [`AppSection::validate`](percore_config::AppSection::validate): pushes an
    /// error under `key` unless `root` is a directory this process may look into (search
    /// permission, what serving its files needs), so that `--check-config` (and a reload)
    /// reports a root that [`StaticFiles::open`] or every request would fail on, with its key
    /// and line. Checked as the user running the check: run it as the service's user.
    ///
    /// A relative root is the working directory's: one that comes to `/` (`"."`, the
    /// default, in a service whose manager started it in `/`, as systemd does without
    /// `WorkingDirectory=`) is refused, as it would serve the whole filesystem; `"/"` written
    /// as such is taken at its word.
    pub fn check_root(key: &str, root: &std::path::Path, errors: &mut Vec<ConfigError>) {
        let problem = match std::fs::metadata(root) {
            Ok(_)
                if root.is_relative()
                    && std::fs::canonicalize(root).is_ok_and(|r| r.parent().is_none()) =>
            {
                Some(format!(
                    "{} is relative to the working directory, which makes it / (the whole \
                     filesystem): give the directory to serve as an absolute path",
                    root.display()
                ))
            }
            Ok(m) if !m.is_dir() => Some(format!("{} is not a directory", root.display())),
            // `root/.` resolves only with search permission on `root`.
            Ok(_) => std::fs::metadata(root.join("."))
                .err()
                .map(|e| format!("{}: {e}", root.display())),
            Err(e) => Some(format!("{}: {e}", root.display())),
        };
        if let Some(problem) = problem {
            errors.push(ConfigError::new(key, problem));
        }
    }

    /// Opens the root (a [`FilesConfig`], or a path to serve with the defaults) for serving.
    /// `offload` reads directories for listings.
    ///
    /// # Errors
    ///
    /// The root cannot be opened as a directory.
    pub async fn open(cfg: impl Into<FilesConfig>, offload: &Offload) -> io::Result<StaticFiles> {
        let cfg = cfg.into();
        let root = File::open_dir(&cfg.root)
            .await
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", cfg.root.display())))?;
        let policy = CachePolicy {
            no_symlinks: cfg.symlinks == Symlinks::Off,
            precompressed: cfg.precompressed,
            max_file: cfg.cache_max_file.0,
            max_bytes: cfg.cache_size.0 as usize,
            revalidate: cfg.cache_revalidate,
            max_open: cfg.cache_open_files,
        };
        let mut errors = Vec::new();
        let mut compress = Compressor::new("", &cfg.compress, &mut errors);
        if offload.pool().is_none() {
            // Compressing on a worker would stall its other connections meanwhile.
            compress.disable();
        }
        if let Some(e) = errors.first() {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("{}: {}", e.key, e.reason),
            ));
        }
        Ok(StaticFiles {
            compress,
            root,
            paths: PathPolicy {
                dotfiles: cfg.dotfiles,
                ..PathPolicy::default()
            },
            cache: RefCell::new(Cache::new(policy.clone())),
            policy,
            offload: offload.clone(),
            sending: SENDING.with(Rc::clone),
            cfg,
        })
    }

    /// How `len` bytes of `file` from `offset` go out, per `file_send`.
    pub(crate) fn transfer(&self, file: &File, offset: u64, len: u64) -> Transfer {
        let transfer = self.choose_transfer(file, offset, len);
        // A disabled `trace!` costs one check of tracing's cached interest in it.
        tracing::trace!(len, how = transfer.name(), "file body");
        transfer
    }

    fn choose_transfer(&self, file: &File, offset: u64, len: u64) -> Transfer {
        let mode = self.cfg.file_send;
        if mode == FileSend::Sendfile || mode == FileSend::Auto && in_page_cache(file, offset, len)
        {
            return Transfer::Sendfile;
        }
        // Through a buffer below `splice_min` (or always, when asked), while the core's
        // `send_buffers` has room.
        let buffer = mode == FileSend::Buffer || len < self.cfg.splice_min.0;
        if mode == FileSend::Splice || !buffer {
            return Transfer::Splice;
        }
        match self.send_budget(len.min(READ_STEP)) {
            Some(budget) => Transfer::Buffered(budget),
            None => {
                tracing::debug!("send_buffers is used up: {len} bytes go by splice");
                Transfer::Splice
            }
        }
    }

    /// How `len` bytes go out over HTTPS: always through a buffer (no kernel TLS here), and
    /// it and the records sealed from it are held against the core's `send_buffers`; past
    /// those, in small steps ([`Transfer::Small`]) that hold little however slowly the client
    /// reads.
    pub(crate) fn transfer_encrypted(&self, len: u64) -> Transfer {
        // The plaintext step and its records: about twice the step.
        match self.send_budget(2 * len.min(READ_STEP)) {
            Some(budget) => Transfer::Buffered(budget),
            None => {
                tracing::debug!("send_buffers is used up: {len} bytes go in small steps");
                Transfer::Small
            }
        }
    }

    /// Takes `bytes` of the core's `send_buffers` for a transfer through a buffer; `None` when
    /// there is not that much left (the transfer is then spliced).
    pub(crate) fn send_budget(&self, bytes: u64) -> Option<SendBudget> {
        let taken = self.sending.get() + bytes;
        if taken > self.cfg.send_buffers.0 {
            return None;
        }
        self.sending.set(taken);
        Some(SendBudget {
            sending: self.sending.clone(),
            bytes,
        })
    }
}

impl Handler for StaticFiles {
    fn call(&self, req: Request) -> impl std::future::Future<Output = Response> {
        respond::respond(self, req)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_static_files_of_a_core_draws_on_one_send_buffers() {
        let proactor = percore_proactor::Proactor::builder().build().unwrap();
        let dir = std::env::temp_dir();
        let (a, b) = proactor.block_on(async {
            let mut cfg = FilesConfig::new(&dir);
            cfg.send_buffers = Bytes(1 << 20);
            let a = StaticFiles::open(cfg.clone(), &Offload::inline())
                .await
                .unwrap();
            let b = StaticFiles::open(cfg, &Offload::inline()).await.unwrap();
            (a, b)
        });
        let first = a.send_budget(768 << 10).expect("room on an idle core");
        // Another site's (or mount's) transfers share the core's memory.
        assert!(b.send_budget(512 << 10).is_none());
        let second = b.send_budget(256 << 10).expect("what is left");
        assert!(a.send_budget(1).is_none());
        drop(first);
        let held = b.send_budget(768 << 10).expect("what the first gave back");
        // A core of its own (another worker thread) has all of it while this one holds all
        // of its own.
        std::thread::spawn(move || {
            let c = FilesConfig::new(std::env::temp_dir());
            let proactor = percore_proactor::Proactor::builder().build().unwrap();
            let c = proactor
                .block_on(StaticFiles::open(c, &Offload::inline()))
                .unwrap();
            assert!(c.send_budget(c.cfg.send_buffers.0).is_some());
        })
        .join()
        .unwrap();
        drop((second, held));
    }
}
