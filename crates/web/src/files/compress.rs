//! On-the-fly compression of files that have no precompressed sibling.
//!
//! A compressible file (by type and size) asked for by a client that accepts brotli, zstd or
//! gzip is compressed once per core, on the offload pool, and the result kept with the file's
//! cache entry: it goes when the file changes (the entry is replaced on revalidation) and
//! counts against the core's `cache_size`. Each variant has its own strong `ETag`, made from
//! the file's and the coding and level's (the same bytes for the same file, level and
//! library). While one request's compression runs, others for the file get it
//! uncompressed rather than wait or start another, and so do requests for other files: a
//! core runs one compression at a time. A compression whose request goes away runs on, and
//! its result is kept by the next request for the variant rather than the file being
//! compressed again (a client resetting each request would otherwise keep a pool thread
//! compressing the same file). A range request always gets the file
//! itself: its offsets are the file's bytes, whatever the coding of a full response.

use std::cell::RefCell;
use std::io::{self, Read, Write};
use std::os::fd::AsFd;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use percore_config::{Bytes, ConfigError};
use percore_http::Coding;
use percore_http::encoding::preferred;
use percore_offload::Offloaded;
use serde::{Deserialize, Serialize};

use super::StaticFiles;
use super::cache::{self, FileEntry, Version};

/// The `[compress]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CompressConfig {
    /// Compress files that have no precompressed sibling.
    pub enable: bool,
    /// Smaller files are sent as they are.
    pub min_size: Bytes,
    /// Larger files are sent as they are (and never held in memory compressed).
    pub max_size: Bytes,
    /// Media types compressed: `type/subtype`, or `type/*`. Types that are compressed
    /// already (images but SVG, audio, video, fonts in WOFF, archives) never are.
    pub types: Vec<String>,
    /// gzip level, 1 to 9; 0 offers no gzip.
    pub gzip: u32,
    /// Brotli quality, 1 to 11; 0 offers no brotli.
    pub br: u32,
    /// Zstandard level, 1 to 19; 0 offers no zstd.
    pub zstd: u32,
}

impl Default for CompressConfig {
    fn default() -> Self {
        CompressConfig {
            enable: true,
            min_size: Bytes(1 << 10),
            max_size: Bytes(8 << 20),
            types: [
                "text/*",
                "application/json",
                "application/javascript",
                "application/xml",
                "application/xhtml+xml",
                "application/rss+xml",
                "application/atom+xml",
                "application/manifest+json",
                "application/wasm",
                "image/svg+xml",
            ]
            .map(String::from)
            .to_vec(),
            gzip: 6,
            br: 5,
            zstd: 3,
        }
    }
}

/// Media types never compressed, whatever `types` says: their bytes are compressed already.
fn compressed_already(media: &str) -> bool {
    (media.starts_with("image/") && media != "image/svg+xml")
        || media.starts_with("audio/")
        || media.starts_with("video/")
        || matches!(
            media,
            "font/woff"
                | "font/woff2"
                | "application/zip"
                | "application/gzip"
                | "application/x-gzip"
                | "application/zstd"
                | "application/x-bzip2"
                | "application/x-xz"
                | "application/x-7z-compressed"
                | "application/vnd.rar"
                | "application/pdf"
        )
}

/// The codings offered, best first, and their index in a file's made variants.
const ORDER: [Coding; 3] = [Coding::Br, Coding::Zstd, Coding::Gzip];

fn slot(coding: Coding) -> usize {
    match coding {
        Coding::Br => 0,
        Coding::Zstd => 1,
        Coding::Gzip => 2,
    }
}

/// A variant made on the fly, for one file version.
#[derive(Debug, Default, Clone)]
pub(crate) enum Made {
    /// Not asked for yet.
    #[default]
    Not,
    /// Being made.
    Pending,
    /// Made: its bytes and `ETag`.
    Ready(Rc<[u8]>, Rc<str>),
    /// Not worth it (no smaller) or could not be: the file is sent as it is.
    Refused,
}

/// A compression on the offload pool.
type Job = Offloaded<io::Result<Vec<u8>>>;

thread_local! {
    /// The compression this core kept from a request that went away while it ran on the
    /// pool: the next request for that variant takes its result, rather than the file being
    /// compressed again (and again, for a client that resets each request). One at most, the
    /// latest: its result is held outside `cache_size` until taken.
    static ABANDONED: RefCell<Option<Abandoned>> = const { RefCell::new(None) };
}

/// An abandoned compression: its job, and the variant it makes.
struct Abandoned {
    key: VariantKey,
    job: Box<Job>,
}

/// What a compression makes: which file version of which site, how.
#[derive(Debug)]
struct VariantKey {
    /// The [`StaticFiles`] it is made for (its address: a core's sites live as long as its
    /// thread; with the level below, a site opened anew at the same address with another
    /// level is told apart too).
    owner: usize,
    path: Box<str>,
    version: Version,
    coding: Coding,
    level: u32,
}

impl VariantKey {
    fn new(files: &StaticFiles, path: &str, f: &FileEntry, coding: Coding) -> VariantKey {
        VariantKey {
            owner: std::ptr::from_ref(files) as usize,
            path: path.into(),
            version: f.identity.version,
            coding,
            level: files.compress.levels[slot(coding)],
        }
    }

    /// Whether this is the key of `f`'s variant in `coding` for `files` (at `path`): compared
    /// in place, with no key made for it.
    fn is_for(&self, files: &StaticFiles, path: &str, f: &FileEntry, coding: Coding) -> bool {
        self.owner == std::ptr::from_ref(files) as usize
            && self.coding == coding
            && self.level == files.compress.levels[slot(coding)]
            && self.version == f.identity.version
            && *self.path == *path
    }
}

/// Keeps `abandoned` as the core's abandoned compression, in place of any before it.
fn keep_abandoned(abandoned: Abandoned) {
    let before = ABANDONED.with(|kept| kept.borrow_mut().replace(abandoned));
    // Dropped outside the borrow: a job still queued is then skipped, a running one's result
    // dropped.
    drop(before);
}

/// The core's abandoned compression of `f`'s variant in `coding` for `files`, if it is the
/// one kept.
fn take_abandoned(
    files: &StaticFiles,
    path: &str,
    f: &FileEntry,
    coding: Coding,
) -> Option<Box<Job>> {
    ABANDONED.with(|kept| {
        let mut kept = kept.borrow_mut();
        if kept
            .as_ref()
            .is_some_and(|a| a.key.is_for(files, path, f, coding))
        {
            kept.take().map(|a| a.job)
        } else {
            None
        }
    })
}

/// The variants of a file made so far, by coding.
pub(crate) type MadeVariants = RefCell<[Made; 3]>;

/// The table, compiled.
#[derive(Debug)]
pub(crate) struct Compressor {
    enable: bool,
    min: u64,
    max: u64,
    exact: Vec<String>,
    /// `text/` for `text/*`.
    prefixes: Vec<String>,
    levels: [u32; 3],
    /// `br5`, `zstd3`, `gzip6`: the variants' `ETag` suffixes.
    suffixes: [String; 3],
}

/// Compressions a core has on the offload pool at once, for all its sites. Past it, files go
/// as they are (still varying), and are compressed by a later request: a site whose
/// compressible files do not all fit in the cache compressed, or a client asking for many of
/// them at once, holds at most one of the pool's threads per core, and the blocking work of
/// every other kind (password checks, listings, the access log) waits behind at most that.
const MAX_COMPRESSING: usize = 1;

thread_local! {
    /// Compressions this core (its worker thread) has on the offload pool now, queued or
    /// running. Counted down by the job itself as it ends (on the pool's thread, hence an
    /// atomic, touched three times per compression), so that a request that goes away meanwhile (a
    /// timeout around it, a drain) frees no slot while its job still holds a thread.
    static COMPRESSING: Arc<AtomicUsize> = Arc::new(AtomicUsize::new(0));
}

/// One compression counted against its core's [`MAX_COMPRESSING`] until dropped, with its job.
struct Slot(Arc<AtomicUsize>);

impl Slot {
    /// A slot, if the core has one free. (The look and the count are two steps: only this
    /// core's thread counts up; the pool's threads only count down, which never makes the
    /// look wrong the other way.)
    fn take() -> Option<Slot> {
        COMPRESSING.with(|c| {
            if c.load(Ordering::Relaxed) >= MAX_COMPRESSING {
                return None;
            }
            c.fetch_add(1, Ordering::Relaxed);
            Some(Slot(c.clone()))
        })
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Compressor {
    /// Compiles `cfg`, pushing what is wrong under `prefix` + `compress.`.
    pub(crate) fn new(prefix: &str, cfg: &CompressConfig, errors: &mut Vec<ConfigError>) -> Self {
        let key = |k: &str| format!("{prefix}compress.{k}");
        let mut exact = Vec::new();
        let mut prefixes = Vec::new();
        for t in &cfg.types {
            let t = t.to_ascii_lowercase();
            let valid = t.split_once('/').is_some_and(|(a, b)| {
                let token = |s: &str| !s.is_empty() && s.bytes().all(crate::response::is_tchar);
                token(a) && (b == "*" || token(b))
            });
            if !valid {
                errors.push(ConfigError::new(
                    key("types"),
                    format!("{t:?} is not a media type (type/subtype, or type/*)"),
                ));
            } else if t == "*/*" {
                prefixes.push(String::new());
            } else if let Some(p) = t.strip_suffix('*') {
                prefixes.push(p.to_string());
            } else {
                exact.push(t);
            }
        }
        for (k, v, max) in [
            ("gzip", cfg.gzip, 9),
            ("br", cfg.br, 11),
            ("zstd", cfg.zstd, 19),
        ] {
            if v > max {
                errors.push(ConfigError::new(
                    key(k),
                    format!("must be from 0 (off) to {max}, not {v}"),
                ));
            }
        }
        if cfg.min_size.0 > cfg.max_size.0 {
            errors.push(ConfigError::new(
                key("min_size"),
                format!(
                    "must be at most max_size ({}), not {}",
                    cfg.max_size, cfg.min_size
                ),
            ));
        }
        let levels = [cfg.br, cfg.zstd, cfg.gzip];
        Compressor {
            enable: cfg.enable && levels.iter().any(|&l| l > 0),
            min: cfg.min_size.0,
            max: cfg.max_size.0,
            exact,
            prefixes,
            suffixes: [0, 1, 2].map(|i| format!("{}{}", ORDER[i].token(), levels[i])),
            levels,
        }
    }

    /// Compresses nothing (there is no offload pool to do it on).
    pub(crate) fn disable(&mut self) {
        self.enable = false;
    }

    /// Whether a file of `content_type` and `size` is compressed for clients that accept it
    /// (its responses then vary on `Accept-Encoding`).
    pub(crate) fn compressible(&self, content_type: &str, size: u64) -> bool {
        if !self.enable || size < self.min || size > self.max {
            return false;
        }
        let media = content_type.split(';').next().unwrap_or_default().trim();
        // Asked of every file response in range: the types the cache gives are lowercase
        // already, so only an odd one pays for a lowercase copy.
        let media = crate::request::ascii_lowercase(media);
        let media = &*media;
        !compressed_already(media)
            && (self.exact.iter().any(|t| t == media)
                || self.prefixes.iter().any(|p| media.starts_with(p.as_str())))
    }

    /// The coding to send to a client that accepts `accept_encoding`: the one it prefers
    /// (the highest q-value), of those offered; brotli, then zstd, then gzip among equals.
    pub(crate) fn coding_for(&self, accept_encoding: &[u8]) -> Option<Coding> {
        let offered = ORDER
            .into_iter()
            .zip(self.levels)
            .filter(|&(_, level)| level > 0)
            .map(|(c, _)| c);
        preferred(accept_encoding, offered)
    }
}

/// Compresses `data` with `coding` at `level`.
pub(crate) fn compress(data: &[u8], coding: Coding, level: u32) -> io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() / 3 + 64);
    match coding {
        Coding::Gzip => {
            let mut w = flate2::write::GzEncoder::new(out, flate2::Compression::new(level));
            w.write_all(data)?;
            out = w.finish()?;
        }
        Coding::Br => {
            let mut w = brotli::CompressorWriter::new(&mut out, 64 << 10, level, 22);
            w.write_all(data)?;
            w.flush()?;
            drop(w);
        }
        Coding::Zstd => {
            out = zstd::bulk::compress(data, level as i32)?;
        }
    }
    Ok(out)
}

/// The variant of `f` (the file at `path`) in `coding`: made now (on the offload pool) if it
/// has not been, and kept in the entry when the core's cache has room for it. `None` while
/// another request makes it, while the core has [`MAX_COMPRESSING`] compressions under way,
/// or when it cannot be made or is no smaller.
pub(crate) async fn variant(
    files: &StaticFiles,
    path: &str,
    f: &FileEntry,
    coding: Coding,
) -> Option<(Rc<[u8]>, Rc<str>)> {
    match &f.made.borrow()[slot(coding)] {
        Made::Ready(bytes, etag) => return Some((bytes.clone(), etag.clone())),
        Made::Pending | Made::Refused => return None,
        Made::Not => {}
    }
    let start = match take_abandoned(files, path, f, coding) {
        Some(job) => Start::Job(job),
        None => Start::Slot(Slot::take()?),
    };
    // Boxed: once per file, coding and core; a made variant's requests stay on the path
    // above, and every connection's request state stays small.
    Box::pin(make_variant(files, path, f, coding, start)).await
}

/// Where a variant's making starts: from the core's slot, or from a job on the pool already.
enum Start {
    Slot(Slot),
    Job(Box<Job>),
}

/// Makes the variant, keeps it if the cache has room, and returns it.
async fn make_variant(
    files: &StaticFiles,
    path: &str,
    f: &FileEntry,
    coding: Coding,
    start: Start,
) -> Option<(Rc<[u8]>, Rc<str>)> {
    let i = slot(coding);
    f.made.borrow_mut()[i] = Made::Pending;
    // Put back to `Not` if this request goes away before it is done (the job kept, when it
    // is on the pool).
    let mut guard = PendingGuard {
        f,
        i,
        files,
        path,
        coding,
        job: None,
        done: false,
    };
    let job = match start {
        Start::Job(job) => Ok(job),
        Start::Slot(held) => job(files, f, coding, held).await.map(Box::new),
    };
    let made = match job {
        Ok(job) => {
            let job = guard.job.insert(job);
            let done = std::future::poll_fn(|cx| std::pin::Pin::new(&mut **job).poll(cx)).await;
            guard.job = None;
            done.map_err(io::Error::other).and_then(|r| r)
        }
        Err(e) => Err(e),
    };
    guard.done = true;
    let compressor = &files.compress;
    let result = match made {
        Ok(bytes) if bytes.len() < f.identity.version.size as usize => {
            tracing::debug!(
                "{path}: compressed with {}: {} to {} bytes",
                coding.token(),
                f.identity.version.size,
                bytes.len()
            );
            let v = f.identity.version;
            let etag: Rc<str> =
                percore_http::validators::etag(v.size, v.modified, Some(&compressor.suffixes[i]))
                    .into();
            let bytes: Rc<[u8]> = bytes.into();
            let kept = files.cache.borrow_mut().grow(path, f, bytes.len());
            f.made.borrow_mut()[i] = if kept {
                Made::Ready(bytes.clone(), etag.clone())
            } else {
                tracing::debug!("{path}: no room in the cache for its {coding:?} variant");
                Made::Refused
            };
            Some((bytes, etag))
        }
        Ok(_) => {
            f.made.borrow_mut()[i] = Made::Refused;
            None
        }
        Err(e) => {
            tracing::debug!("{path}: not compressed: {e}");
            f.made.borrow_mut()[i] = Made::Refused;
            if e.to_string() == STALE {
                // Looked up again by the next request.
                files.cache.borrow_mut().forget(path);
            }
            None
        }
    };
    drop(guard);
    result
}

/// Resets a variant left pending by a request that went away, and keeps its job as the
/// core's abandoned compression when it is on the pool (its result is not lost).
struct PendingGuard<'a> {
    f: &'a FileEntry,
    i: usize,
    files: &'a StaticFiles,
    path: &'a str,
    coding: Coding,
    job: Option<Box<Job>>,
    done: bool,
}

impl Drop for PendingGuard<'_> {
    fn drop(&mut self) {
        if self.done {
            return;
        }
        self.f.made.borrow_mut()[self.i] = Made::Not;
        // One still waiting for room in the pool's queue is dropped, with the core's slot.
        if let Some(job) = self.job.take().filter(|job| job.is_submitted()) {
            let key = VariantKey::new(self.files, self.path, self.f, self.coding);
            keep_abandoned(Abandoned { key, job });
        }
    }
}

/// The job that reads the file's bytes (from the cache, or a duplicate of a descriptor
/// opened beneath the root) and compresses them on the offload pool; put on the pool when
/// first polled.
async fn job(files: &StaticFiles, f: &FileEntry, coding: Coding, held: Slot) -> io::Result<Job> {
    let level = files.compress.levels[slot(coding)];
    let size = f.identity.version.size;
    let source = match &f.identity.bytes {
        Some(bytes) => Source::Bytes(bytes.to_vec()),
        None => {
            let (file, meta) = cache::open(&files.root, &f.identity.name, &files.policy).await?;
            // The file opened must be the version cached (whose ETag the variant's is made
            // from), not one that replaced it since.
            if Version::of(&meta) != f.identity.version {
                return Err(io::Error::new(io::ErrorKind::NotFound, STALE));
            }
            Source::File(std::fs::File::from(file.as_fd().try_clone_to_owned()?))
        }
    };
    let work = move || -> io::Result<Vec<u8>> {
        // The core's slot goes with the job, whenever it ends (or if it is never run).
        let _held = held;
        let data = match source {
            Source::Bytes(b) => b,
            Source::File(file) => {
                let mut data = Vec::with_capacity(size as usize);
                file.take(size + 1).read_to_end(&mut data)?;
                if data.len() as u64 != size {
                    return Err(io::Error::other("the file changed while read"));
                }
                data
            }
        };
        compress(&data, coding, level)
    };
    match files.offload.pool() {
        Some(pool) => Ok(pool.run(work)),
        // (Compression is off without a pool: a worker would stall while it compressed.)
        None => Err(io::Error::other("no offload pool")),
    }
}

/// Why a variant is not made from a file that changed since it was cached.
const STALE: &str = "the file changed since it was cached";

/// What a variant is made from.
enum Source {
    Bytes(Vec<u8>),
    File(std::fs::File),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_coding_round_trips() {
        let data = "percore compresses this text. ".repeat(200);
        for coding in ORDER {
            let packed = compress(data.as_bytes(), coding, 5).unwrap();
            assert!(packed.len() < data.len() / 5, "{coding:?}");
            let mut back = Vec::new();
            match coding {
                Coding::Gzip => {
                    flate2::read::GzDecoder::new(&packed[..])
                        .read_to_end(&mut back)
                        .unwrap();
                }
                Coding::Br => {
                    brotli::Decompressor::new(&packed[..], 4096)
                        .read_to_end(&mut back)
                        .unwrap();
                }
                Coding::Zstd => back = zstd::bulk::decompress(&packed, data.len()).unwrap(),
            }
            assert_eq!(back, data.as_bytes(), "{coding:?}");
        }
    }

    #[test]
    fn types_sizes_and_codings() {
        let mut errors = Vec::new();
        let c = Compressor::new("", &CompressConfig::default(), &mut errors);
        assert!(errors.is_empty());
        assert!(c.compressible("text/css; charset=utf-8", 20_000));
        assert!(c.compressible("Text/CSS", 20_000));
        assert!(c.compressible("image/svg+xml; charset=utf-8", 20_000));
        assert!(!c.compressible("text/css", 100), "below min_size");
        assert!(!c.compressible("text/css", 9 << 20), "above max_size");
        assert!(!c.compressible("image/png", 20_000));
        assert!(!c.compressible("application/octet-stream", 20_000));
        assert_eq!(c.coding_for(b"gzip, deflate, br, zstd"), Some(Coding::Br));
        assert_eq!(c.coding_for(b"gzip, zstd"), Some(Coding::Zstd));
        assert_eq!(c.coding_for(b"gzip"), Some(Coding::Gzip));
        assert_eq!(c.coding_for(b"identity"), None);
        assert_eq!(
            c.coding_for(b"br;q=0.1, gzip"),
            Some(Coding::Gzip),
            "the client's choice"
        );
        assert_eq!(c.coding_for(b"br;q=0, *"), Some(Coding::Zstd));
        // `*/*` in types still leaves compressed formats alone; levels and types checked.
        let any = Compressor::new(
            "site[0].",
            &CompressConfig {
                types: vec!["*/*".into(), "text".into()],
                br: 0,
                gzip: 10,
                ..CompressConfig::default()
            },
            &mut errors,
        );
        assert!(!any.compressible("video/mp4", 20_000));
        assert!(any.compressible("application/x-anything", 20_000));
        assert_eq!(any.coding_for(b"br, gzip"), Some(Coding::Gzip));
        let keys: Vec<_> = errors.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys, ["site[0].compress.types", "site[0].compress.gzip"]);
    }
}
