//! The access log: one line per response, buffered per core and written by the offload pool,
//! so a slow disk never stalls a worker. The file is opened for appending by each write batch's
//! thread and reopened when it has been moved away (as logrotate does).

use std::cell::RefCell;
use std::fmt::Write as _;
use std::io::Write as _;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use percore_http::{Head, Version};
use percore_offload::PoolHandle;

use crate::settings::AccessLog;

/// Bytes buffered before a write is handed to the pool.
const FLUSH_AT: usize = 32 * 1024;
/// Bytes buffered at most while the last write is still under way (a slow or stalled disk);
/// beyond, lines are dropped (and counted).
const BUFFER_MAX: usize = 4 << 20;

/// The log file, shared by the workers' write jobs.
#[derive(Debug)]
struct LogFile {
    path: PathBuf,
    file: Option<(std::fs::File, u64)>,
}

impl LogFile {
    /// Appends `data`, (re)opening the file when it is not open or the path now names
    /// another file.
    fn write(&mut self, data: &[u8]) -> std::io::Result<()> {
        use std::os::unix::fs::MetadataExt;
        let current = std::fs::metadata(&self.path).ok().map(|m| m.ino());
        if self.file.as_ref().map(|(_, ino)| Some(*ino)) != Some(current) {
            let f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&self.path)?;
            let ino = f.metadata()?.ino();
            self.file = Some((f, ino));
        }
        let (f, _) = self.file.as_mut().expect("opened above");
        f.write_all(data)
    }
}

/// One worker's access log.
#[derive(Debug)]
pub(crate) struct Logger {
    format: AccessLog,
    buf: RefCell<Vec<u8>>,
    file: Arc<Mutex<LogFile>>,
    pool: Option<PoolHandle>,
    dropped: std::cell::Cell<u64>,
    /// The write handed to the pool, until it is known to be done: one at a time, so that
    /// lines go out in order and a disk that stalls holds at most [`BUFFER_MAX`] here (and one
    /// job of the pool's) rather than a write per batch.
    pending: RefCell<Option<percore_proactor::JoinHandle<()>>>,
    /// The time of the lines, formatted once a second.
    stamps: RefCell<Stamps>,
}

/// What is logged of one response.
#[derive(Debug)]
pub(crate) struct Line<'a> {
    pub(crate) peer: Option<SocketAddr>,
    pub(crate) head: Option<&'a Head<'a>>,
    pub(crate) status: u16,
    pub(crate) bytes: u64,
    pub(crate) started: SystemTime,
    pub(crate) took: Duration,
}

impl Logger {
    /// A logger writing `format` lines to `path`, or `None` when the log is off.
    pub(crate) fn new(
        format: AccessLog,
        path: PathBuf,
        pool: Option<PoolHandle>,
    ) -> Option<Logger> {
        if format == AccessLog::Off {
            return None;
        }
        if pool.is_none() {
            tracing::warn!(
                "access log without offload threads: its writes run on the worker threads"
            );
        }
        Some(Logger {
            format,
            buf: RefCell::new(Vec::new()),
            file: Arc::new(Mutex::new(LogFile { path, file: None })),
            pool,
            dropped: std::cell::Cell::new(0),
            pending: RefCell::new(None),
            stamps: RefCell::new(Stamps::default()),
        })
    }

    /// Buffers one line; hands the buffer to the pool once it is large.
    pub(crate) fn log(&self, line: &Line<'_>) {
        let full = {
            let mut buf = self.buf.borrow_mut();
            if buf.len() > BUFFER_MAX {
                self.dropped.set(self.dropped.get() + 1);
                return;
            }
            format_line(self.format, line, &mut self.stamps.borrow_mut(), &mut buf);
            buf.len() >= FLUSH_AT
        };
        if full {
            self.flush();
        }
    }

    /// Hands what is buffered to the pool (without waiting for the write), unless the last
    /// write is still under way: the lines wait for it.
    pub(crate) fn flush(&self) {
        if self
            .pending
            .borrow()
            .as_ref()
            .is_some_and(|job| !job.is_finished())
        {
            return;
        }
        let data = std::mem::take(&mut *self.buf.borrow_mut());
        if data.is_empty() {
            return;
        }
        let dropped = self.dropped.replace(0);
        if dropped > 0 {
            tracing::warn!("access log: {dropped} lines dropped while writes fell behind");
        }
        let file = self.file.clone();
        let write = move || {
            let mut f = file.lock().unwrap_or_else(|p| p.into_inner());
            if let Err(e) = f.write(&data) {
                tracing::error!("access log {}: {e}", f.path.display());
            }
        };
        match &self.pool {
            Some(pool) => {
                let pool = pool.clone();
                let job = percore_proactor::spawn(async move {
                    if let Err(e) = pool.run(write).await {
                        tracing::error!("access log write not done: {e}");
                    }
                });
                *self.pending.borrow_mut() = Some(job);
            }
            None => write(),
        }
    }

    /// Writes every line buffered so far, and waits until it is written.
    pub(crate) async fn finish(&self) {
        loop {
            let pending = self.pending.borrow_mut().take();
            if let Some(job) = pending {
                let _ = job.await;
            }
            self.flush();
            if self.pending.borrow().is_none() {
                return;
            }
        }
    }
}

/// Appends one line in `format` to `out`.
fn format_line(format: AccessLog, l: &Line<'_>, stamps: &mut Stamps, out: &mut Vec<u8>) {
    let ip = l
        .peer
        .map_or_else(|| "-".to_string(), |p| p.ip().to_string());
    let (method, target, version) = match l.head {
        Some(h) => (
            h.method.as_str(),
            h.target,
            match h.version {
                Version::Http10 => "HTTP/1.0",
                Version::Http11 => "HTTP/1.1",
            },
        ),
        None => ("-", "-", "-"),
    };
    let referer = l.head.and_then(|h| h.referer);
    let agent = l.head.and_then(|h| h.user_agent);
    let mut s = String::new();
    match format {
        AccessLog::Off => return,
        AccessLog::Common | AccessLog::Combined => {
            let _ = write!(
                s,
                "{ip} - - [{}] \"{} {} {}\" {} {}",
                stamps.at(l.started).clf,
                escape(method.as_bytes()),
                escape(target.as_bytes()),
                version,
                l.status,
                l.bytes
            );
            if format == AccessLog::Combined {
                let _ = write!(
                    s,
                    " \"{}\" \"{}\"",
                    escape(referer.unwrap_or(b"-")),
                    escape(agent.unwrap_or(b"-"))
                );
            }
        }
        AccessLog::Json => {
            let field = |v: Option<&[u8]>| v.map(|b| String::from_utf8_lossy(b).into_owned());
            let (referer, agent) = (field(referer), field(agent));
            let obj = serde_json::json!({
                "time": stamps.at(l.started).rfc3339,
                "remote": ip,
                "method": method,
                "target": target,
                "version": version,
                "status": l.status,
                "bytes": l.bytes,
                "referer": referer,
                "user_agent": agent,
                "duration_us": l.took.as_micros() as u64,
            });
            s = obj.to_string();
        }
    }
    s.push('\n');
    out.extend_from_slice(s.as_bytes());
}

/// Quotes, backslashes and every byte outside printable ASCII as `\xHH`, as nginx does: a
/// line stays one line, and what a client sent (invalid UTF-8, a right-to-left override, a
/// line separator) is logged as the bytes it was, not shown as text.
fn escape(v: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(v.len());
    for &b in v {
        if b != b'"' && b != b'\\' && (0x20..0x7f).contains(&b) {
            // Printable ASCII: one char.
            out.push(char::from(b));
        } else {
            out.push_str("\\x");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

/// A second's time, written both ways the log writes it: formatted once a second, not once a
/// line.
#[derive(Debug, Default)]
struct Stamps {
    /// The second the strings are of.
    second: Option<i64>,
    /// `10/Oct/2000:13:55:36 +0000` (common and combined formats).
    clf: String,
    /// `2000-10-10T13:55:36Z` (JSON).
    rfc3339: String,
}

impl Stamps {
    /// The strings for `t`, reformatted when its second differs from the last one's.
    fn at(&mut self, t: SystemTime) -> &Stamps {
        let secs = t
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        if self.second != Some(secs) {
            let ts = jiff::Timestamp::from_second(secs).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
            self.second = Some(secs);
            self.clf = ts.strftime("%d/%b/%Y:%H:%M:%S +0000").to_string();
            self.rfc3339 = ts.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use percore_http::{Limits, Parsed, parse_head};

    #[test]
    fn times() {
        let mut s = Stamps::default();
        let t = UNIX_EPOCH + Duration::from_secs(971_186_136);
        assert_eq!(s.at(t).clf, "10/Oct/2000:13:55:36 +0000");
        assert_eq!(s.at(t).rfc3339, "2000-10-10T13:55:36Z");
        // Within the same second: the same strings.
        assert_eq!(
            s.at(t + Duration::from_millis(999)).clf,
            "10/Oct/2000:13:55:36 +0000"
        );
        assert_eq!(s.at(UNIX_EPOCH).rfc3339, "1970-01-01T00:00:00Z");
        assert_eq!(
            s.at(UNIX_EPOCH + Duration::from_secs(951_782_400)).rfc3339,
            "2000-02-29T00:00:00Z"
        );
    }

    #[test]
    fn lines() {
        let text = b"GET /a\"b HTTP/1.1\r\nHost: h\r\nUser-Agent: cu\"rl\xe2\x80\xae\xff\r\nReferer: /r\r\n\r\n";
        let Ok(Parsed::Complete(head, _)) = parse_head(text, &Limits::default()) else {
            panic!()
        };
        let line = Line {
            peer: Some("10.1.2.3:5555".parse().unwrap()),
            head: Some(&head),
            status: 200,
            bytes: 1234,
            started: UNIX_EPOCH + Duration::from_secs(971_186_136),
            took: Duration::from_micros(42),
        };
        let mut out = Vec::new();
        format_line(AccessLog::Combined, &line, &mut Stamps::default(), &mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "10.1.2.3 - - [10/Oct/2000:13:55:36 +0000] \"GET /a\\x22b HTTP/1.1\" 200 1234 \"/r\" \"cu\\x22rl\\xE2\\x80\\xAE\\xFF\"\n"
        );
        let mut out = Vec::new();
        format_line(AccessLog::Json, &line, &mut Stamps::default(), &mut out);
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["target"], "/a\"b");
        assert_eq!(v["status"], 200);
        assert_eq!(v["duration_us"], 42);
        let mut out = Vec::new();
        format_line(
            AccessLog::Common,
            &Line {
                head: None,
                peer: None,
                ..line
            },
            &mut Stamps::default(),
            &mut out,
        );
        assert!(
            String::from_utf8(out)
                .unwrap()
                .starts_with("- - - [10/Oct/2000:13:55:36 +0000] \"- - -\" 200")
        );
    }

    #[test]
    fn a_stalled_disk_holds_one_write_and_a_bounded_buffer() {
        let pool = percore_offload::Pool::builder().threads(1).build().unwrap();
        let dir = std::env::temp_dir().join(format!("percore-access-stall-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("access.log");
        let _ = std::fs::remove_file(&path);
        let proactor = percore_proactor::Proactor::builder().build().unwrap();
        proactor.block_on(async {
            // The pool's one thread busy, as on a disk that does not answer.
            let (release, released) = std::sync::mpsc::channel::<()>();
            let stall = pool.handle().run(move || released.recv().ok());
            let stalled = percore_proactor::spawn(stall);
            let logger = Logger::new(AccessLog::Common, path.clone(), Some(pool.handle())).unwrap();
            let line = Line {
                peer: None,
                head: None,
                status: 200,
                bytes: 1,
                started: UNIX_EPOCH,
                took: Duration::ZERO,
            };
            // About 10 MB of lines, in batches with the executor running between them: the
            // stalled job takes the pool's thread, and the write handed over waits behind it.
            for _ in 0..200 {
                for _ in 0..1_000 {
                    logger.log(&line);
                }
                percore_proactor::yield_now().await;
            }
            assert!(
                logger.pending.borrow().is_some(),
                "nothing was handed to the pool"
            );
            assert!(
                logger.buf.borrow().len() <= BUFFER_MAX + 1024,
                "{} bytes buffered",
                logger.buf.borrow().len()
            );
            assert!(logger.dropped.get() > 0, "no line dropped past the bound");
            release.send(()).unwrap();
            let _ = stalled.await;
            logger.finish().await;
        });
        let written = std::fs::read_to_string(&path).unwrap();
        assert!(
            written.len() > BUFFER_MAX,
            "{} bytes written",
            written.len()
        );
        assert!(written.lines().all(|l| l.starts_with("- - - [")));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
