//! What to answer one request for a file with: bytes from the cache, a file to send, a
//! redirect, a listing or an error.

use std::os::fd::AsRawFd;

use percore_http::encoding::accepts;
use percore_http::html::{Entry as ListEntry, listing};
use percore_http::path::url_path;
use percore_http::{
    Coding, Head, HeadWriter, Method, PathError, Plan, Representation, Status, plan, resolve,
};

use super::StaticFiles;
use super::cache::{self, Body, FileEntry, Kind, Missing};
use crate::request::Request;
use crate::response::{Bytes, FileBody, Html, IntoResponse, Response};

/// Methods this handler answers.
const ALLOW: &[u8] = b"Allow: GET, HEAD, OPTIONS\r\n";

/// Answers `req`.
pub(super) async fn respond(files: &StaticFiles, req: Request) -> Response {
    match req.method() {
        Method::Get | Method::Head => {}
        Method::Options => {
            return Response::new(Status::NO_CONTENT).raw_fields(ALLOW);
        }
        _ => {
            return Response::error(Status::METHOD_NOT_ALLOWED).raw_fields(ALLOW);
        }
    }
    let path = match resolve(req.mounted_path(), &files.paths) {
        Ok(p) => p,
        Err(PathError::Invalid(_)) => return Response::error(Status::BAD_REQUEST),
        Err(PathError::Hidden) => return Response::error(Status::FORBIDDEN),
        Err(PathError::TooLong) => return Response::error(Status::NOT_FOUND),
    };
    let entry = cache::lookup(&files.cache, &files.root, &path.relative).await;
    match &entry.kind {
        Kind::Missing(Missing::NotFound) => Response::error(Status::NOT_FOUND),
        Kind::Missing(Missing::Forbidden) => Response::error(Status::FORBIDDEN),
        Kind::File(_) if path.trailing_slash => Response::error(Status::NOT_FOUND),
        Kind::File(f) => serve_file(files, &req, &path.relative, f).await,
        Kind::Dir if !path.trailing_slash => {
            // The directory's URL ends with a slash, so that relative links in its index work.
            let mut location = req.mount_prefix().to_string();
            location.push_str(&url_path(&path.relative));
            if !location.ends_with('/') {
                location.push('/');
            }
            if let Some(q) = req.query() {
                location.push('?');
                location.push_str(q);
            }
            Response::error(Status::MOVED_PERMANENTLY).header("Location", location)
        }
        Kind::Dir => {
            for index in &files.cfg.index {
                let name = if path.relative.is_empty() {
                    index.clone()
                } else {
                    format!("{}/{index}", path.relative)
                };
                let found = cache::lookup(&files.cache, &files.root, &name).await;
                if let Kind::File(f) = &found.kind {
                    return serve_file(files, &req, &name, f).await;
                }
            }
            if files.cfg.listing {
                return Box::pin(list(files, &req, &path.relative)).await;
            }
            Response::error(Status::FORBIDDEN)
        }
    }
}

/// The representation to send: a precompressed sibling the client accepts, else the file.
fn choose<'a>(
    files: &StaticFiles,
    head: &Head<'_>,
    f: &'a FileEntry,
) -> (&'a Body, Option<Coding>) {
    if files.cfg.precompressed
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

async fn serve_file(files: &StaticFiles, req: &Request, path: &str, f: &FileEntry) -> Response {
    let head = req.head();
    let head_only = head.method == Method::Head;
    let (body, coding) = choose(files, &head, f);
    let rep = Representation {
        size: body.version.size,
        modified: body.version.modified,
        etag: &body.etag,
    };
    let (status, start, len) = match plan(&head, &rep) {
        Plan::PreconditionFailed => return Response::error(Status::PRECONDITION_FAILED),
        Plan::Unsatisfiable => {
            return Response::error(Status::RANGE_NOT_SATISFIABLE)
                .header("Content-Range", format!("bytes */{}", rep.size));
        }
        Plan::NotModified => (Status::NOT_MODIFIED, 0, 0),
        Plan::Whole => (Status::OK, 0, rep.size),
        Plan::Part { start, end } => (Status::PARTIAL_CONTENT, start, end - start + 1),
    };
    // A body not kept in memory is opened now, before anything is written: if the file changed
    // since it was cached, the cache learns it and this request gets the current file.
    let mut file = None;
    if status != Status::NOT_MODIFIED && !head_only && body.bytes.is_none() {
        // Boxed, as the cache's slow paths are: only large files pay for it.
        let opened = Box::pin(async {
            let f = cache::open(&files.root, &body.name, &files.policy).await?;
            let m = f.metadata().await?;
            Ok::<_, std::io::Error>((f, m))
        })
        .await;
        match opened {
            Ok((opened, m))
                if m.len() == body.version.size && m.modified() == body.version.modified =>
            {
                file = Some(opened);
            }
            Ok(_) => {
                files.cache.borrow_mut().forget(path);
                return Response::error(Status::SERVICE_UNAVAILABLE).close();
            }
            Err(_) => {
                files.cache.borrow_mut().forget(path);
                return Response::error(Status::NOT_FOUND);
            }
        }
    }
    // The fields, written once into the response (one allocation, sized for the usual set).
    let mut fields = Vec::with_capacity(192 + f.content_type.len());
    let mut w = HeadWriter::fields(&mut fields);
    if status != Status::NOT_MODIFIED {
        w.field("Content-Type", f.content_type.as_bytes());
        if status == Status::PARTIAL_CONTENT {
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
    let resp = Response::new(status).raw_fields_owned(fields);
    if status == Status::NOT_MODIFIED || head_only {
        return resp.announce_length(len);
    }
    match (&body.bytes, file) {
        (Some(bytes), _) => resp.body(Bytes::shared(
            bytes.clone(),
            start as usize..(start + len) as usize,
        )),
        (None, Some(file)) => {
            let transfer = files.transfer(&file, start, len);
            resp.file_body(FileBody {
                file,
                offset: start,
                len,
                transfer,
            })
        }
        (None, None) => unreachable!("opened above"),
    }
}

/// A directory listing (names starting with a dot left out unless dotfiles are served).
async fn list(files: &StaticFiles, req: &Request, path: &str) -> Response {
    let dir = match cache::open(&files.root, path, &files.policy).await {
        Ok(d) => d,
        Err(_) => return Response::error(Status::NOT_FOUND),
    };
    // Read through the descriptor opened beneath the root, on an offload thread: reading a
    // directory is a blocking call.
    let proc_path = format!("/proc/self/fd/{}", dir.as_raw_fd());
    let dotfiles = files.cfg.dotfiles;
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
    let entries = files
        .offload
        .run(read)
        .await
        .map_err(std::io::Error::other)
        .and_then(|r| r);
    drop(dir);
    let Ok(entries) = entries else {
        return Response::error(Status::INTERNAL_SERVER_ERROR);
    };
    let display = format!("{}/{}", req.mount_prefix(), path);
    let display = if display.ends_with('/') {
        display
    } else {
        format!("{display}/")
    };
    Html(listing(&display, &entries)).into_response()
}
