//! Each core's cache of what the root holds: for every path asked for, whether it is a file
//! (with its validators, content type, precompressed siblings and, when small, its bytes), a
//! directory, or missing. A hit within `cache_revalidate` costs no syscall; after that, each
//! name is looked up again as a request opens it (beneath the root, under the symlink
//! policy) and its metadata compared, so that what the policy now refuses is refused.
//! Content always comes from a descriptor opened beneath the root, never from a path looked
//! up any other way. A file too large to keep in
//! memory keeps its descriptor instead (up to `cache_open_files` per core, see [`Descriptors`]),
//! so that sending it again costs no `openat2` and `close` (one `statx` on the descriptor
//! still checks that it is the version cached).

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, VecDeque};
use std::io;
use std::rc::Rc;
use std::time::{Duration, SystemTime};

use percore_http::Coding;

use super::compress::{Made, MadeVariants};
use percore_proactor::fs::{File, OpenOptions};
use percore_proactor::ops::Metadata;
use percore_proactor::time::{self, Instant};

/// What identifies a version of a file: a change to any of these is a new version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Version {
    pub(crate) size: u64,
    pub(crate) modified: SystemTime,
    /// The status change time: a file rewritten in place at the same length and given its
    /// old modification time back (`cp -p`, `rsync --inplace -t`, builds that pin every
    /// time) is a new version all the same.
    pub(crate) changed: SystemTime,
    pub(crate) ino: u64,
    pub(crate) dev: u64,
}

impl Version {
    /// The version `m` describes.
    pub(crate) fn of(m: &percore_proactor::ops::Metadata) -> Version {
        Version {
            size: m.len(),
            modified: m.modified(),
            changed: m.changed(),
            ino: m.ino(),
            dev: m.dev(),
        }
    }
}

/// One representation of a file: the file itself, or a precompressed sibling.
#[derive(Debug)]
pub(crate) struct Body {
    pub(crate) version: Version,
    pub(crate) etag: String,
    pub(crate) last_modified: String,
    /// The bytes, when the file is small enough to keep.
    pub(crate) bytes: Option<Rc<[u8]>>,
    /// The name opened to send it (the path, or the path plus `.br`/`.gz`).
    pub(crate) name: String,
    /// The file opened to send it, kept while [`Descriptors`] has room: its inode is the one
    /// `version` names (checked when it was opened), so it is as fresh as the entry.
    pub(crate) kept: Rc<Kept>,
}

/// A descriptor kept with a cache entry (empty until the body is first sent, or after
/// [`Descriptors`] took it back for another).
#[derive(Debug, Default)]
pub(crate) struct Kept(RefCell<Option<File>>);

impl Kept {
    /// Another handle to the kept file, if there is one (no syscall).
    pub(crate) fn get(&self) -> Option<File> {
        self.0.borrow().as_ref().map(File::share)
    }
}

/// The bound on descriptors a core's cache keeps open: at most `max`, the oldest given back
/// first. Each costs the kernel a `struct file` (a few hundred bytes) and counts against the
/// process's `RLIMIT_NOFILE` beside the connections, hence a bound of its own.
///
/// What it saves, a 64 KiB file sent with `sendfile` to wrk over 100 kept-alive connections
/// (Intel Xeon, 2 vCPUs, kernel 6.18): the `openat2` and `close` of every request, 2.2% and
/// 0.45% of the server's cycles in `perf record` (the `statx`, 1.9%, stays, on the kept
/// descriptor, so that a file rewritten in place is caught). That `statx` is made on the
/// worker (`File::metadata_now`), not through the ring, where the kernel runs every statx in
/// its worker threads: 20.6 against 23.4 µs of server CPU per 64 KiB file, medians of five
/// interleaved runs on an AMD EPYC (2 vCPUs, kernel 6.18; nginx 25.0 µs).
#[derive(Debug)]
pub(crate) struct Descriptors {
    max: usize,
    /// Slots given a descriptor, oldest first; a slot whose entry has gone since is dropped
    /// here when its turn comes (its descriptor closed with the entry), so that at most `max`
    /// descriptors are ever held.
    kept: VecDeque<std::rc::Weak<Kept>>,
}

impl Descriptors {
    pub(crate) fn new(max: usize) -> Descriptors {
        Descriptors {
            max,
            kept: VecDeque::new(),
        }
    }

    /// Keeps `file` in `slot`, taking the oldest kept descriptor back when `max` are held;
    /// with a bound of 0, keeps nothing.
    pub(crate) fn keep(&mut self, slot: &Rc<Kept>, file: File) {
        if self.max == 0 {
            return;
        }
        while self.kept.len() >= self.max {
            if let Some(old) = self.kept.pop_front().and_then(|w| w.upgrade()) {
                old.0.borrow_mut().take();
            }
        }
        *slot.0.borrow_mut() = Some(file);
        self.kept.push_back(Rc::downgrade(slot));
    }

    /// Descriptors held now (slots whose entry is gone no longer hold one).
    #[cfg(test)]
    fn held(&self) -> usize {
        self.kept
            .iter()
            .filter_map(std::rc::Weak::upgrade)
            .filter(|k| k.0.borrow().is_some())
            .count()
    }
}

/// A regular file and its precompressed siblings.
#[derive(Debug)]
pub(crate) struct FileEntry {
    pub(crate) identity: Body,
    pub(crate) br: Option<Body>,
    pub(crate) gzip: Option<Body>,
    pub(crate) content_type: String,
    /// Variants compressed on the fly, by coding (see `compress`).
    pub(crate) made: MadeVariants,
}

impl FileEntry {
    /// The sibling for `coding`, if there is one.
    pub(crate) fn variant(&self, coding: Coding) -> Option<&Body> {
        match coding {
            Coding::Br => self.br.as_ref(),
            Coding::Gzip => self.gzip.as_ref(),
            Coding::Zstd => None,
        }
    }

    /// Whether any precompressed sibling exists (responses then vary on Accept-Encoding).
    pub(crate) fn has_variants(&self) -> bool {
        self.br.is_some() || self.gzip.is_some()
    }

    fn bytes(&self) -> usize {
        [Some(&self.identity), self.br.as_ref(), self.gzip.as_ref()]
            .into_iter()
            .flatten()
            .map(|b| b.bytes.as_ref().map_or(0, |b| b.len()))
            .sum::<usize>()
            + self
                .made
                .borrow()
                .iter()
                .map(|m| match m {
                    Made::Ready(b, _) => b.len(),
                    _ => 0,
                })
                .sum::<usize>()
            + self.content_type.len()
            + 256
    }
}

/// What a path is.
#[derive(Debug)]
pub(crate) enum Kind {
    File(Box<FileEntry>),
    Dir,
    /// Not there, or not to be served: the status to answer with.
    Missing(Missing),
}

/// Why a path is not served.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Missing {
    NotFound,
    Forbidden,
    /// The server could not look now (out of descriptors or memory, an I/O error): 503, and
    /// never cached, so that the next request looks again.
    Unavailable,
}

/// A cached lookup.
#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) kind: Kind,
    checked: Cell<Instant>,
}

/// How paths are opened and what is kept.
#[derive(Debug, Clone)]
pub(crate) struct CachePolicy {
    pub(crate) no_symlinks: bool,
    pub(crate) precompressed: bool,
    pub(crate) max_file: u64,
    pub(crate) max_bytes: usize,
    pub(crate) revalidate: Duration,
    pub(crate) max_open: usize,
}

/// Entries of files and directories kept at most, whatever their size.
const MAX_ENTRIES: usize = 65_536;

/// Missing paths remembered at most, and the bytes they may hold (their names included):
/// kept apart from files and directories, so that a client asking for endless different
/// missing paths (any scanner) fills only this and never evicts the files the site serves.
/// When full, it is emptied at once (amortised: one clear per `MAX_MISSES` misses).
const MAX_MISSES: usize = 16_384;
const MAX_MISS_BYTES: usize = 1 << 20;

/// A core's cache.
#[derive(Debug)]
pub(crate) struct Cache {
    /// Files and directories, within `policy.max_bytes` and [`MAX_ENTRIES`].
    map: HashMap<String, Rc<Entry>>,
    bytes: usize,
    /// Missing (and refused) paths, within [`MAX_MISSES`] and [`MAX_MISS_BYTES`].
    misses: HashMap<String, Rc<Entry>>,
    miss_bytes: usize,
    policy: CachePolicy,
    /// Descriptors kept with entries of files too large to keep.
    pub(crate) open: Descriptors,
}

impl Cache {
    pub(crate) fn new(policy: CachePolicy) -> Cache {
        Cache {
            map: HashMap::new(),
            bytes: 0,
            misses: HashMap::new(),
            miss_bytes: 0,
            open: Descriptors::new(policy.max_open),
            policy,
        }
    }

    fn fresh(&self, e: &Entry) -> bool {
        time::now().saturating_duration_since(e.checked.get()) < self.policy.revalidate
    }
}

/// Opens `path` beneath `root` for reading, under the symlink policy: a regular file or a
/// directory, with its metadata. Anything else (a FIFO, a device, a socket someone put in
/// the served tree) is refused with `EACCES`: it is opened non-blocking, so that the open of
/// a FIFO with no writer cannot wait (and on epoll hold the whole core), and never read.
pub(crate) async fn open(
    root: &File,
    path: &str,
    policy: &CachePolicy,
) -> io::Result<(File, Metadata)> {
    let file = beneath(policy)
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open_at(root, name_of(path))
        .await?;
    // On this thread, not through the ring (whose statx runs in the kernel's worker threads):
    // an open file's attributes are in memory.
    let meta = file.metadata_now()?;
    if meta.is_file() {
        // Reads through the ring would fail with EAGAIN where they wait for the disk.
        file.set_nonblocking(false)?;
    } else if !meta.is_dir() {
        return Err(io::Error::from_raw_os_error(libc::EACCES));
    }
    Ok((file, meta))
}

/// What an open error means to a client.
pub(crate) fn missing(e: &io::Error) -> Missing {
    match e.raw_os_error() {
        // Refused by permissions, or by the symlink policy (ELOOP), or leading out (EXDEV).
        Some(libc::EACCES | libc::EPERM | libc::ELOOP | libc::EXDEV) => Missing::Forbidden,
        Some(_) if unavailable(e) => Missing::Unavailable,
        _ => Missing::NotFound,
    }
}

/// Whether an error says the server cannot look now, not what the path is: a file that is
/// there must not be answered 404 (and cached so) because the process ran out of descriptors.
pub(crate) fn unavailable(e: &io::Error) -> bool {
    matches!(
        e.raw_os_error(),
        Some(
            libc::EMFILE
                | libc::ENFILE
                | libc::ENOMEM
                | libc::ENOBUFS
                | libc::EAGAIN
                | libc::EINTR
                | libc::EIO
        )
    )
}

/// Looks `path` up, from the cache when fresh, else from the file system.
pub(crate) async fn lookup(
    cache: &std::cell::RefCell<Cache>,
    root: &File,
    path: &str,
) -> Rc<Entry> {
    let cached = {
        let c = cache.borrow();
        let e = c.map.get(path).or_else(|| c.misses.get(path)).cloned();
        e.map(|e| (c.fresh(&e), e))
    };
    if let Some((true, entry)) = cached {
        // Fresh: served as is. `checked` stays where the last look-up set it, so that a file
        // requested without pause is still looked at once per `cache_revalidate`.
        return entry;
    }
    let policy = cache.borrow().policy.clone();
    // The slow paths are boxed: a request's future (held by every idle connection) then
    // carries only the fast path's state; the allocation is paid on a miss or a revalidation.
    if let Some((_, entry)) = cached
        && Box::pin(unchanged(&entry, root, path, &policy)).await
    {
        entry.checked.set(time::now());
        return entry;
    }
    Box::pin(reload(cache, root, path, &policy)).await.0
}

/// The files a look-up opened, one per representation it found (the file, its precompressed
/// siblings): a request served from them sends the very versions its entry describes, where
/// opening the paths again could find others (a deploy renaming versions over them in quick
/// succession).
#[derive(Default)]
pub(crate) struct Opened {
    identity: Option<File>,
    br: Option<File>,
    gzip: Option<File>,
}

impl Opened {
    /// The file of the representation in `coding` (`None`: the file itself), if opened.
    pub(crate) fn take(&mut self, coding: Option<Coding>) -> Option<File> {
        match coding {
            None => self.identity.take(),
            Some(Coding::Br) => self.br.take(),
            Some(Coding::Gzip) => self.gzip.take(),
            Some(Coding::Zstd) => None,
        }
    }
}

/// Looks `path` up on the file system and caches what it finds. With the entry come the files
/// it opened (see [`Opened`]).
pub(crate) async fn reload(
    cache: &std::cell::RefCell<Cache>,
    root: &File,
    path: &str,
    policy: &CachePolicy,
) -> (Rc<Entry>, Opened) {
    let (kind, opened) = load(root, path, policy).await;
    let cacheable = !matches!(kind, Kind::Missing(Missing::Unavailable));
    let entry = Rc::new(Entry {
        kind,
        checked: Cell::new(time::now()),
    });
    if cacheable {
        cache.borrow_mut().insert(path, entry.clone());
    }
    (entry, opened)
}

impl Cache {
    /// Forgets `path` (its file changed under a request).
    pub(crate) fn forget(&mut self, path: &str) {
        if let Some(old) = self.map.remove(path) {
            self.bytes -= entry_bytes(&old) + path.len();
        }
        if let Some(old) = self.misses.remove(path) {
            self.miss_bytes -= entry_bytes(&old) + path.len();
        }
    }

    /// Makes room for `n` more bytes held by `f`, the file cached at `path`: `false` when
    /// `f` is no longer what the cache holds for `path`, or `n` cannot fit.
    pub(crate) fn grow(&mut self, path: &str, f: &FileEntry, n: usize) -> bool {
        let held = self
            .map
            .get(path)
            .is_some_and(|e| matches!(&e.kind, Kind::File(b) if std::ptr::eq(&**b, f)));
        if !held || n > self.policy.max_bytes / 2 {
            return false;
        }
        while self.bytes + n > self.policy.max_bytes {
            let Some(key) = self.map.keys().find(|k| *k != path).cloned() else {
                return false;
            };
            if let Some(old) = self.map.remove(&key) {
                self.bytes -= entry_bytes(&old) + key.len();
            }
        }
        self.bytes += n;
        true
    }

    fn insert(&mut self, path: &str, entry: Rc<Entry>) {
        let size = entry_bytes(&entry) + path.len();
        // Whatever the path was before, it is what `entry` says now.
        self.forget(path);
        if matches!(entry.kind, Kind::Missing(_)) {
            if size > MAX_MISS_BYTES {
                return;
            }
            if self.misses.len() >= MAX_MISSES || self.miss_bytes + size > MAX_MISS_BYTES {
                self.misses.clear();
                self.miss_bytes = 0;
            }
            self.miss_bytes += size;
            self.misses.insert(path.to_string(), entry);
            return;
        }
        if size > self.policy.max_bytes {
            return;
        }
        // Over budget: drop entries until it fits (whichever the map yields first).
        while self.bytes + size > self.policy.max_bytes || self.map.len() >= MAX_ENTRIES {
            let Some(key) = self.map.keys().next().cloned() else {
                break;
            };
            if let Some(old) = self.map.remove(&key) {
                self.bytes -= entry_bytes(&old) + key.len();
            }
        }
        self.bytes += size;
        self.map.insert(path.to_string(), entry);
    }
}

fn entry_bytes(e: &Entry) -> usize {
    match &e.kind {
        Kind::File(f) => f.bytes(),
        _ => 64,
    }
}

/// Whether the file system still holds what `entry` says. Each name is looked up again as a
/// request opens it (beneath the root, under the symlink policy), not by a `statx` of the
/// path, which would follow symlinks the policy refuses: a directory on whose path such a
/// symlink was put is refused from now on, not served from the cache for as long as the file
/// stays as it was. (A change of permissions moves the status change time, part of the
/// version: the reload then meets it.) A look-up the server cannot make now (out of
/// descriptors) keeps the entry: what is cached goes on being served meanwhile.
async fn unchanged(entry: &Entry, root: &File, path: &str, policy: &CachePolicy) -> bool {
    match &entry.kind {
        Kind::File(f) => {
            for (body, coding) in [
                (Some(&f.identity), None),
                (f.br.as_ref(), Some(Coding::Br)),
                (f.gzip.as_ref(), Some(Coding::Gzip)),
            ] {
                if coding.is_some() && !policy.precompressed {
                    continue;
                }
                let name = match coding {
                    None => path.to_string(),
                    Some(c) => format!("{path}.{}", c.extension()),
                };
                let now = match located(root, &name, policy).await {
                    Ok(m) if m.is_file() => Some(Version::of(&m)),
                    Err(e) if unavailable(&e) => return true,
                    _ => None,
                };
                if now != body.map(|b| b.version) {
                    return false;
                }
            }
            true
        }
        Kind::Dir => match located(root, path, policy).await {
            Ok(m) => m.is_dir(),
            Err(e) => unavailable(&e),
        },
        Kind::Missing(why) => match open(root, path, policy).await {
            Ok(_) => false,
            Err(e) => unavailable(&e) || missing(&e) == *why,
        },
    }
}

/// The metadata of `name`, looked up beneath `root` under the symlink policy as [`open`] does,
/// but opened as a location only (`O_PATH`: no read permission needed, nothing to wait for
/// on a FIFO) and on this thread.
async fn located(root: &File, name: &str, policy: &CachePolicy) -> io::Result<Metadata> {
    beneath(policy)
        .path_only(true)
        .open_at(root, name_of(name))
        .await?
        .metadata_now()
}

/// Opening beneath the root under the symlink policy: no path or symlink leading out, no
/// magic links, and no symlink at all with `symlinks = "off"`.
fn beneath(policy: &CachePolicy) -> OpenOptions {
    OpenOptions::new()
        .resolve_beneath(true)
        .no_magiclinks(true)
        .no_symlinks(policy.no_symlinks)
}

/// The name to open for `path` beneath the root (`.` for the root itself).
fn name_of(path: &str) -> &str {
    if path.is_empty() { "." } else { path }
}

/// Opens `path` and reads what the cache keeps of it; gives back the files opened.
async fn load(root: &File, path: &str, policy: &CachePolicy) -> (Kind, Opened) {
    let mut opened = Opened::default();
    let (file, meta) = match open(root, path, policy).await {
        Ok(found) => found,
        Err(e) => return (Kind::Missing(missing(&e)), opened),
    };
    if meta.is_dir() {
        return (Kind::Dir, opened);
    }
    let identity = match body(&file, &meta, path.to_string(), None, policy).await {
        Ok(b) => b,
        Err(e) if unavailable(&e) => return (Kind::Missing(Missing::Unavailable), opened),
        Err(_) => return (Kind::Missing(Missing::NotFound), opened),
    };
    opened.identity = Some(file);
    let mut entry = FileEntry {
        content_type: percore_http::mime::content_type(path),
        identity,
        br: None,
        gzip: None,
        made: MadeVariants::default(),
    };
    if policy.precompressed {
        for coding in [Coding::Br, Coding::Gzip] {
            let name = format!("{path}.{}", coding.extension());
            let (f, m) = match open(root, &name, policy).await {
                Ok(found) => found,
                // Whether the sibling is there is not known: an entry cached without it
                // would leave it out until `cache_revalidate`.
                Err(e) if unavailable(&e) => return (Kind::Missing(Missing::Unavailable), opened),
                Err(_) => continue,
            };
            if !m.is_file() {
                continue;
            }
            if let Ok(b) = body(&f, &m, name, Some(coding), policy).await {
                match coding {
                    Coding::Br => (entry.br, opened.br) = (Some(b), Some(f)),
                    Coding::Gzip => (entry.gzip, opened.gzip) = (Some(b), Some(f)),
                    Coding::Zstd => {}
                }
            }
        }
    }
    (Kind::File(Box::new(entry)), opened)
}

/// A representation's validators, and its bytes when small.
async fn body(
    file: &File,
    meta: &percore_proactor::ops::Metadata,
    name: String,
    coding: Option<Coding>,
    policy: &CachePolicy,
) -> io::Result<Body> {
    let version = Version::of(meta);
    let bytes = if version.size <= policy.max_file {
        let data = read_all(file, version.size as usize).await?;
        // Changed while read (its length, or rewritten at the same length, which moves its
        // modification time): served from disk instead of kept as a torn copy under this
        // version's validators. One `statx` per file loaded, on this thread.
        let unchanged = data.len() as u64 == version.size
            && file
                .metadata_now()
                .is_ok_and(|m| Version::of(&m) == version);
        if !unchanged {
            None
        } else {
            Some(Rc::from(data.into_boxed_slice()))
        }
    } else {
        None
    };
    Ok(Body {
        etag: percore_http::validators::etag(
            version.size,
            version.modified,
            coding.map(Coding::extension),
        ),
        last_modified: percore_http::validators::http_date(version.modified),
        version,
        bytes,
        name,
        kept: Rc::default(),
    })
}

/// Reads up to `len` bytes from the start of `file`.
async fn read_all(file: &File, len: usize) -> io::Result<Vec<u8>> {
    let mut data = Vec::with_capacity(len);
    while data.len() < len {
        let chunk = Vec::with_capacity(len - data.len());
        let (res, chunk) = file.read_at(chunk, data.len() as u64).await;
        let n = res?;
        if n == 0 {
            break;
        }
        data.extend_from_slice(&chunk[..n]);
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn null() -> File {
        File::from_std(std::fs::File::open("/dev/null").unwrap())
    }

    fn entry(kind: Kind) -> Rc<Entry> {
        Rc::new(Entry {
            kind,
            checked: Cell::new(Instant::now()),
        })
    }

    #[test]
    fn endless_missing_paths_never_evict_what_the_site_serves() {
        let mut cache = Cache::new(CachePolicy {
            no_symlinks: false,
            precompressed: false,
            max_file: 1024,
            max_bytes: 64 * 1024,
            revalidate: Duration::from_secs(1),
            max_open: 0,
        });
        for i in 0..100 {
            cache.insert(&format!("dir{i}"), entry(Kind::Dir));
        }
        // A scanner's 100,000 different misses, some with long names.
        for i in 0..100_000 {
            let name = format!("scan/{i}/{}", "x".repeat(i % 300));
            cache.insert(&name, entry(Kind::Missing(Missing::NotFound)));
            assert!(cache.misses.len() <= MAX_MISSES && cache.miss_bytes <= MAX_MISS_BYTES);
        }
        assert_eq!(cache.map.len(), 100, "a miss evicted a directory");
        assert!(!cache.misses.is_empty());
        // A missing path that comes into being is one entry, in the right place; and back.
        cache.insert("new", entry(Kind::Missing(Missing::NotFound)));
        let misses = cache.miss_bytes;
        cache.insert("new", entry(Kind::Dir));
        assert!(cache.map.contains_key("new") && !cache.misses.contains_key("new"));
        assert_eq!(cache.miss_bytes, misses - (64 + 3));
        cache.insert("new", entry(Kind::Missing(Missing::Forbidden)));
        assert!(!cache.map.contains_key("new") && cache.misses.contains_key("new"));
        assert_eq!(cache.map.len(), 100);
        cache.forget("new");
        assert_eq!(cache.miss_bytes, misses - (64 + 3));
    }

    #[test]
    fn a_fresh_miss_is_answered_from_the_cache_without_a_look_at_the_file_system() {
        let dir = std::env::temp_dir().join(format!("percore-misses-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        percore_proactor::Proactor::builder()
            .build()
            .unwrap()
            .block_on(async {
                let root = File::open_dir(&dir).await.unwrap();
                let cache = std::cell::RefCell::new(Cache::new(CachePolicy {
                    no_symlinks: false,
                    precompressed: false,
                    max_file: 1024,
                    max_bytes: 64 * 1024,
                    revalidate: Duration::from_secs(60),
                    max_open: 0,
                }));
                // Looked up once: missing, and remembered.
                let first = lookup(&cache, &root, "late.txt").await;
                assert!(matches!(first.kind, Kind::Missing(Missing::NotFound)));
                assert_eq!(cache.borrow().misses.len(), 1);
                // The file comes into being; within `cache_revalidate` the miss is answered
                // as it was, the very entry, with no look at the file system.
                std::fs::write(dir.join("late.txt"), b"now here").unwrap();
                let again = lookup(&cache, &root, "late.txt").await;
                assert!(Rc::ptr_eq(&first, &again), "the miss was looked up again");
                // Once stale, it is looked at again, and found.
                again.checked.set(Instant::now() - Duration::from_secs(120));
                let found = lookup(&cache, &root, "late.txt").await;
                assert!(matches!(found.kind, Kind::File(_)), "{:?}", found.kind);
                assert!(cache.borrow().misses.is_empty());
            });
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn descriptors_are_kept_up_to_the_bound_oldest_given_back_first() {
        let mut d = Descriptors::new(2);
        let slots: Vec<Rc<Kept>> = (0..3).map(|_| Rc::default()).collect();
        d.keep(&slots[0], null());
        d.keep(&slots[1], null());
        assert!(slots[0].get().is_some() && slots[1].get().is_some());
        // A third takes the oldest's place.
        d.keep(&slots[2], null());
        assert!(slots[0].get().is_none(), "the oldest was not given back");
        assert!(slots[1].get().is_some() && slots[2].get().is_some());
        assert_eq!(d.held(), 2);
        // An entry that goes takes its descriptor with it; the bound never counts more.
        let gone = slots[1].clone();
        drop(slots);
        assert_eq!(d.held(), 1);
        drop(gone);
        assert_eq!(d.held(), 0);
        let again: Rc<Kept> = Rc::default();
        for _ in 0..5 {
            d.keep(&again, null());
            assert!(d.held() <= 2 && d.kept.len() <= 2);
        }
        assert!(again.get().is_some());
        // A handle taken from a slot outlives the slot's descriptor being given back.
        let handle = again.get().unwrap();
        let other: Rc<Kept> = Rc::default();
        d.keep(&other, null());
        d.keep(&other, null());
        assert!(again.get().is_none());
        assert!(std::os::fd::AsRawFd::as_raw_fd(&handle) >= 0);
        // A bound of 0 keeps nothing.
        let mut none = Descriptors::new(0);
        let slot: Rc<Kept> = Rc::default();
        none.keep(&slot, null());
        assert!(slot.get().is_none());
        assert_eq!(none.held(), 0);
    }
}
