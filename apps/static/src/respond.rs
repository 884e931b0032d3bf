//! What to answer one request with: the head (and small bodies) written into the response
//! buffer, or a head plus a file to send from disk.

use std::os::fd::AsRawFd;

use percore_http::encoding::accepts;
use percore_http::html::{Entry as ListEntry, listing};
use percore_http::path::url_path;
use percore_http::{
    Coding, Head, HeadWriter, Method, PathError, Plan, Representation, Status, Version, plan,
    resolve, write_error,
};
use percore_proactor::fs::File;

use crate::cache::{self, Body, FileEntry, Kind, Missing};
use crate::site::Site;

/// Methods this server answers.
const ALLOW: &[u8] = b"Allow: GET, HEAD, OPTIONS\r\n";

/// The answer to one request.
#[derive(Debug)]
pub(crate) enum Reply {
    /// Everything is in the response buffer.
    Written {
        status: Status,
        /// Body bytes (for the log).
        body: u64,
    },
    /// The head is in the response buffer; the body is `len` bytes of `file` from `offset`.
    File {
        status: Status,
        file: File,
        offset: u64,
        len: u64,
    },
}

impl Reply {
    pub(crate) fn status(&self) -> Status {
        match self {
            Reply::Written { status, .. } | Reply::File { status, .. } => *status,
        }
    }
}

/// Appends an error response.
pub(crate) fn error(
    site: &Site,
    out: &mut Vec<u8>,
    status: Status,
    keep_alive: bool,
    head_only: bool,
) -> Reply {
    error_with(site, out, status, keep_alive, head_only, b"")
}

fn error_with(
    site: &Site,
    out: &mut Vec<u8>,
    status: Status,
    keep_alive: bool,
    head_only: bool,
    extra: &[u8],
) -> Reply {
    let body = write_error(out, status, &site.common(), keep_alive, head_only, extra);
    Reply::Written { status, body }
}

/// Answers `head`. `keep_alive` is whether the connection stays open after this response.
pub(crate) async fn respond(
    site: &Site,
    head: &Head<'_>,
    keep_alive: bool,
    out: &mut Vec<u8>,
) -> Reply {
    let head_only = head.method == Method::Head;
    match head.method {
        Method::Get | Method::Head => {}
        Method::Options => {
            let mut w = HeadWriter::new(out, Status::NoContent);
            w.line(&site.common())
                .line(ALLOW)
                .connection(keep_alive, head.version == Version::Http10);
            w.finish();
            return Reply::Written {
                status: Status::NoContent,
                body: 0,
            };
        }
        _ => {
            return error_with(
                site,
                out,
                Status::MethodNotAllowed,
                keep_alive,
                false,
                ALLOW,
            );
        }
    }
    let path = match resolve(head.target, &site.paths) {
        Ok(p) => p,
        Err(PathError::Invalid(_)) => {
            return error(site, out, Status::BadRequest, keep_alive, head_only);
        }
        Err(PathError::Hidden) => {
            return error(site, out, Status::Forbidden, keep_alive, head_only);
        }
        Err(PathError::TooLong) => {
            return error(site, out, Status::NotFound, keep_alive, head_only);
        }
    };
    let entry = cache::lookup(&site.cache, &site.root, &path.relative).await;
    match &entry.kind {
        Kind::Missing(Missing::NotFound) => {
            error(site, out, Status::NotFound, keep_alive, head_only)
        }
        Kind::Missing(Missing::Forbidden) => {
            error(site, out, Status::Forbidden, keep_alive, head_only)
        }
        Kind::File(_) if path.trailing_slash => {
            error(site, out, Status::NotFound, keep_alive, head_only)
        }
        Kind::File(f) => serve_file(site, head, &path.relative, f, keep_alive, out).await,
        Kind::Dir if !path.trailing_slash => {
            // The directory's URL ends with a slash, so that relative links in its index work.
            let mut location = url_path(&path.relative);
            location.push('/');
            if let Some(q) = head.target.find('?') {
                location.push_str(&head.target[q..]);
            }
            let extra = format!("Location: {location}\r\n");
            error_with(
                site,
                out,
                Status::MovedPermanently,
                keep_alive,
                head_only,
                extra.as_bytes(),
            )
        }
        Kind::Dir => {
            for index in &site.cfg.index {
                let name = if path.relative.is_empty() {
                    index.clone()
                } else {
                    format!("{}/{index}", path.relative)
                };
                let found = cache::lookup(&site.cache, &site.root, &name).await;
                if let Kind::File(f) = &found.kind {
                    return serve_file(site, head, &name, f, keep_alive, out).await;
                }
            }
            if site.cfg.listing {
                return Box::pin(list(site, head, &path.relative, keep_alive, out)).await;
            }
            error(site, out, Status::Forbidden, keep_alive, head_only)
        }
    }
}

/// The representation to send: a precompressed sibling the client accepts, else the file.
fn choose<'a>(site: &Site, head: &Head<'_>, f: &'a FileEntry) -> (&'a Body, Option<Coding>) {
    if site.cfg.precompressed
        && let Some(ae) = head.accept_encoding
    {
        for coding in [Coding::Br, Coding::Gzip] {
            if let Some(b) = f.variant(coding)
                && accepts(ae, coding)
            {
                return (b, Some(coding));
            }
        }
    }
    (&f.identity, None)
}

async fn serve_file(
    site: &Site,
    head: &Head<'_>,
    path: &str,
    f: &FileEntry,
    keep_alive: bool,
    out: &mut Vec<u8>,
) -> Reply {
    let head_only = head.method == Method::Head;
    let (body, coding) = choose(site, head, f);
    let rep = Representation {
        size: body.version.size,
        modified: body.version.modified,
        etag: &body.etag,
    };
    let decision = plan(head, &rep);
    let (status, start, len) = match decision {
        Plan::PreconditionFailed => {
            return error(site, out, Status::PreconditionFailed, keep_alive, head_only);
        }
        Plan::Unsatisfiable => {
            let extra = format!("Content-Range: bytes */{}\r\n", rep.size);
            return error_with(
                site,
                out,
                Status::RangeNotSatisfiable,
                keep_alive,
                head_only,
                extra.as_bytes(),
            );
        }
        Plan::NotModified => (Status::NotModified, 0, 0),
        Plan::Whole => (Status::Ok, 0, rep.size),
        Plan::Part { start, end } => (Status::PartialContent, start, end - start + 1),
    };
    // A body not kept in memory is opened now, before anything is written: if the file changed
    // since it was cached, the cache learns it and this request gets the current file.
    let mut file = None;
    if status != Status::NotModified && !head_only && body.bytes.is_none() {
        // Boxed, as the cache's slow paths are: only large files pay for it.
        let opened = Box::pin(async {
            let f = cache::open(&site.root, &body.name, &site.policy).await?;
            let m = f.metadata().await?;
            Ok::<_, std::io::Error>((f, m))
        })
        .await;
        match opened {
            Ok((opened, m)) => match Some(m) {
                Some(m)
                    if m.len() == body.version.size && m.modified() == body.version.modified =>
                {
                    file = Some(opened);
                }
                _ => {
                    site.cache.borrow_mut().forget(path);
                    return error(site, out, Status::ServiceUnavailable, false, head_only);
                }
            },
            Err(_) => {
                site.cache.borrow_mut().forget(path);
                return error(site, out, Status::NotFound, keep_alive, head_only);
            }
        }
    }
    let mut w = HeadWriter::new(out, status);
    w.line(&site.common());
    if status != Status::NotModified {
        w.field("Content-Type", f.content_type.as_bytes())
            .number("Content-Length", len);
        if status == Status::PartialContent {
            w.content_range(start, start + len - 1, rep.size);
        }
        w.line(b"Accept-Ranges: bytes\r\n");
    }
    w.field("Last-Modified", body.last_modified.as_bytes())
        .field("ETag", body.etag.as_bytes());
    if f.has_variants() {
        w.line(b"Vary: Accept-Encoding\r\n");
    }
    if let Some(c) = coding {
        w.field("Content-Encoding", c.token().as_bytes());
    }
    w.connection(keep_alive, head.version == Version::Http10);
    w.finish();
    if status == Status::NotModified || head_only {
        return Reply::Written { status, body: 0 };
    }
    match (&body.bytes, file) {
        (Some(bytes), _) => {
            out.extend_from_slice(&bytes[start as usize..(start + len) as usize]);
            Reply::Written { status, body: len }
        }
        (None, Some(file)) => Reply::File {
            status,
            file,
            offset: start,
            len,
        },
        (None, None) => unreachable!("opened above"),
    }
}

/// A directory listing (names starting with a dot left out unless dotfiles are served).
async fn list(
    site: &Site,
    head: &Head<'_>,
    path: &str,
    keep_alive: bool,
    out: &mut Vec<u8>,
) -> Reply {
    let head_only = head.method == Method::Head;
    let dir = match cache::open(&site.root, path, &site.policy).await {
        Ok(d) => d,
        Err(_) => return error(site, out, Status::NotFound, keep_alive, head_only),
    };
    // Read through the descriptor opened beneath the root, on an offload thread: reading a
    // directory is a blocking call.
    let proc_path = format!("/proc/self/fd/{}", dir.as_raw_fd());
    let dotfiles = site.cfg.dotfiles;
    let read = move || -> std::io::Result<Vec<ListEntry>> {
        let mut entries = Vec::new();
        for e in std::fs::read_dir(proc_path)? {
            let e = e?;
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') && !dotfiles {
                continue;
            }
            let meta = e.metadata()?;
            entries.push(ListEntry {
                name,
                is_dir: meta.is_dir(),
                size: meta.len(),
            });
        }
        entries.sort_by(|a, b| a.name.cmp(&b.name));
        Ok(entries)
    };
    let entries = match &site.offload {
        Some(pool) => pool
            .run(read)
            .await
            .map_err(std::io::Error::other)
            .and_then(|r| r),
        None => read(),
    };
    drop(dir);
    let Ok(entries) = entries else {
        return error(
            site,
            out,
            Status::InternalServerError,
            keep_alive,
            head_only,
        );
    };
    let display = if path.is_empty() {
        "/".to_string()
    } else {
        format!("/{path}/")
    };
    let page = listing(&display, &entries);
    let mut w = HeadWriter::new(out, Status::Ok);
    w.line(&site.common())
        .line(b"Content-Type: text/html; charset=utf-8\r\n")
        .number("Content-Length", page.len() as u64)
        .connection(keep_alive, head.version == Version::Http10);
    w.finish();
    if !head_only {
        out.extend_from_slice(page.as_bytes());
    }
    Reply::Written {
        status: Status::Ok,
        body: if head_only { 0 } else { page.len() as u64 },
    }
}
