//! What to answer one request for a file with: bytes from the cache, a file to send, a
//! redirect, a listing or an error.

use std::os::fd::AsRawFd;

use percore_proactor::fs::File;

use percore_http::encoding::{names_media_type, preferred};
use percore_http::html::{Entry as ListEntry, listing};
use percore_http::path::url_path;
use percore_http::{
    Coding, Head, HeadWriter, Method, PathError, Plan, Representation, Status, plan, resolve,
};

use super::StaticFiles;
use super::cache::{self, Body, FileEntry, Kind, Missing, Opened, Version};
use super::compress;
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
        Kind::Missing(Missing::NotFound) => match spa_fallback(files, &path.relative) {
            Some(fallback) => {
                // Whether the answer is the app or a 404 depends on Accept: caches must know.
                let navigation = req
                    .header("accept")
                    .is_some_and(|a| names_media_type(a, "text/html"));
                let mut resp = if navigation {
                    Box::pin(serve_fallback(files, &req, fallback)).await
                } else {
                    Response::error(Status::NOT_FOUND)
                };
                resp.add_vary("Accept");
                resp
            }
            None => Response::error(Status::NOT_FOUND),
        },
        Kind::Missing(why) => not_served(*why),
        Kind::File(_) if path.trailing_slash => Response::error(Status::NOT_FOUND),
        Kind::File(f) => {
            if let Ok(resp) = serve_file(files, &req, &path.relative, f, None).await {
                return resp;
            }
            // Boxed: a rare path, kept out of the request's future. (Written out at each of
            // the three places rather than as one async fn around `serve_file`: such a fn
            // held `serve_file`'s arguments beside its future, 80 bytes more in every
            // connection serving a request; `a_connection_task_stays_small`.)
            Box::pin(serve_changed(files, &req, &path.relative)).await
        }
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
                match &found.kind {
                    Kind::File(f) => {
                        if let Ok(resp) = serve_file(files, &req, &name, f, None).await {
                            return resp;
                        }
                        return Box::pin(serve_changed(files, &req, &name)).await;
                    }
                    // Not known to be missing, or there and refused (its permissions, or a
                    // symlink the policy refuses): not a listing or the next index in its
                    // place, as when its open is refused at send time.
                    Kind::Missing(why @ (Missing::Unavailable | Missing::Forbidden)) => {
                        return not_served(*why);
                    }
                    _ => {}
                }
            }
            if files.cfg.listing {
                return Box::pin(list(files, &req, &path.relative)).await;
            }
            Response::error(Status::FORBIDDEN)
        }
    }
}

/// The SPA fallback's file for a missing `path`, when there is one and the path has no file
/// extension; it is served to a browser's navigation (a request naming `text/html` in
/// `Accept`), and other misses stay 404, so that a missing script or image is not answered
/// with HTML.
fn spa_fallback<'a>(files: &'a StaticFiles, path: &str) -> Option<&'a str> {
    let fallback = files.cfg.spa_fallback.as_deref()?;
    let last = path.rsplit('/').next().unwrap_or_default();
    (!last.contains('.')).then_some(fallback)
}

/// Serves the SPA fallback (200), or 404 when it is not there.
async fn serve_fallback(files: &StaticFiles, req: &Request, fallback: &str) -> Response {
    let found = cache::lookup(&files.cache, &files.root, fallback).await;
    match &found.kind {
        Kind::File(f) => {
            if let Ok(resp) = serve_file(files, req, fallback, f, None).await {
                return resp;
            }
            Box::pin(serve_changed(files, req, fallback)).await
        }
        Kind::Missing(why) => not_served(*why),
        Kind::Dir => Response::error(Status::NOT_FOUND),
    }
}

/// Why an open at send time failed, for a path the cache holds: refused or gone since it was
/// cached, the cache forgets it (the next request looks it up afresh); when the server
/// cannot open it now (out of descriptors, say) the cache keeps it.
fn refused(files: &StaticFiles, path: &str, e: &std::io::Error) -> Missing {
    let why = cache::missing(e);
    if why != Missing::Unavailable {
        files.cache.borrow_mut().forget(path);
    }
    why
}

/// The answer for a path that is not served, by why.
fn not_served(why: Missing) -> Response {
    match why {
        Missing::NotFound => Response::error(Status::NOT_FOUND),
        Missing::Forbidden => Response::error(Status::FORBIDDEN),
        Missing::Unavailable => unavailable(),
    }
}

/// The answer when the server cannot look a path up now (out of descriptors or memory): 503,
/// where a 404 would say the file is not there.
fn unavailable() -> Response {
    Response::error(Status::SERVICE_UNAVAILABLE)
}

/// The representation to send: the precompressed sibling the client accepts with the
/// highest q-value (RFC 9110 §12.5.3; br on a tie), else the file.
fn choose<'a>(
    files: &StaticFiles,
    head: &Head<'_>,
    f: &'a FileEntry,
) -> (&'a Body, Option<Coding>) {
    let offered = [Coding::Br, Coding::Gzip]
        .into_iter()
        .filter(|&c| f.variant(c).is_some());
    let chosen = match head.accept_encoding {
        Some(ae) if files.cfg.precompressed => preferred(ae, offered),
        _ => None,
    };
    match chosen.and_then(|c| f.variant(c).map(|b| (b, c))) {
        Some((b, c)) => (b, Some(c)),
        None => (&f.identity, None),
    }
}

/// `resp`, saying it varies on `Accept-Encoding` when `varies`.
fn varying(mut resp: Response, varies: bool) -> Response {
    if varies {
        resp.add_vary("Accept-Encoding");
    }
    resp
}

/// The file's current version on disk differs from the one cached: the cache has forgotten
/// it, and the request is to be served afresh ([`serve_changed`]).
struct Changed;

/// Serves `f`, or says that the file changed since it was cached (replaced by a deploy's
/// rename, rewritten in place).
async fn serve_file(
    files: &StaticFiles,
    req: &Request,
    path: &str,
    f: &FileEntry,
    opened: Option<&mut Opened>,
) -> Result<Response, Changed> {
    let head = req.head();
    let head_only = head.method == Method::Head;
    let (body, coding) = choose(files, &head, f);
    // No sibling: compressed here, for a client that accepts it (ranges: the file itself).
    let compressible = coding.is_none()
        && !f.has_variants()
        && files
            .compress
            .compressible(&f.content_type, f.identity.version.size);
    let made = match (compressible, head.range, head.accept_encoding) {
        (true, None, Some(ae)) => match files.compress.coding_for(ae) {
            Some(c) => compress::variant(files, path, f, c)
                .await
                .map(|(bytes, etag)| (c, bytes, etag)),
            None => None,
        },
        _ => None,
    };
    let (size, etag, coding) = match &made {
        Some((c, bytes, etag)) => (bytes.len() as u64, &**etag, Some(*c)),
        None => (body.version.size, body.etag.as_str(), coding),
    };
    let rep = Representation {
        size,
        modified: body.version.modified,
        etag,
    };
    // Which representation is judged depends on `Accept-Encoding` when there is a choice:
    // caches must know, of every answer.
    let varies = f.has_variants() || compressible;
    let (status, start, len) = match plan(&head, &rep) {
        Plan::PreconditionFailed => {
            return Ok(varying(
                Response::error(Status::PRECONDITION_FAILED),
                varies,
            ));
        }
        Plan::Unsatisfiable => {
            let resp = Response::error(Status::RANGE_NOT_SATISFIABLE)
                .header("Content-Range", format!("bytes */{}", rep.size));
            return Ok(varying(resp, varies));
        }
        Plan::NotModified => (Status::NOT_MODIFIED, 0, 0),
        Plan::Whole => (Status::OK, 0, rep.size),
        Plan::Part { start, end } => (Status::PARTIAL_CONTENT, start, end - start + 1),
    };
    // A body not kept in memory is sent from the descriptor kept with its entry, or opened
    // now, before anything is written: if the file changed since it was cached, the cache
    // learns it and this request gets the current file (see `serve_file`).
    let mut file = None;
    if status != Status::NOT_MODIFIED && !head_only && body.bytes.is_none() && made.is_none() {
        // Boxed, so that the request's future (held by every connection serving one) does not
        // carry the open's and statx's state: one allocation per large-file response, against
        // a sendfile of more than 16 KiB.
        // The file this representation was just loaded from, if it was.
        let loaded_from = opened.and_then(|o| o.take(coding));
        file = match Box::pin(open_body(files, path, body, loaded_from)).await {
            Ok(opened) => Some(opened),
            Err(Unsent::Changed) => return Err(Changed),
            Err(Unsent::Gone(why)) => return Ok(not_served(why)),
        };
    }
    // The fields, written once into the response (one allocation, sized for the usual set).
    let mut fields = Vec::with_capacity(192 + f.content_type.len());
    let mut w = HeadWriter::fields(&mut fields);
    if status != Status::NOT_MODIFIED {
        w.field("Content-Type", f.content_type.as_bytes());
        if status == Status::PARTIAL_CONTENT {
            w.content_range(start, start + len - 1, rep.size);
        }
        if made.is_none() {
            // Ranges are of the file itself, never of a variant made here.
            w.line(b"Accept-Ranges: bytes\r\n");
        }
    }
    w.field("Last-Modified", body.last_modified.as_bytes())
        .field("ETag", rep.etag.as_bytes());
    if varies {
        w.line(b"Vary: Accept-Encoding\r\n");
    }
    if let Some(c) = coding {
        w.field("Content-Encoding", c.token().as_bytes());
    }
    let resp = Response::new(status).raw_fields_owned(fields);
    if status == Status::NOT_MODIFIED || head_only {
        return Ok(resp.announce_length(len));
    }
    if let Some((_, bytes, _)) = made {
        return Ok(resp.body(Bytes::shared(bytes, start as usize..(start + len) as usize)));
    }
    Ok(match (&body.bytes, file) {
        (Some(bytes), _) => resp.body(Bytes::shared(
            bytes.clone(),
            start as usize..(start + len) as usize,
        )),
        (None, Some(file)) => {
            let transfer = match req.is_tls() {
                // Encrypted in user space whatever the file: through a buffer, within the
                // core's `send_buffers` (or in small steps past it).
                true => files.transfer_encrypted(len),
                false => files.transfer(&file, start, len),
            };
            resp.file_body(FileBody {
                file,
                offset: start,
                len,
                transfer,
            })
        }
        (None, None) => unreachable!("opened above"),
    })
}

/// How many times [`serve_changed`] looks a file up again before it answers 503.
const CHANGED_RETRIES: usize = 3;

/// Serves the file at `path` after [`serve_file`] found it changed: looked up afresh and
/// served from the very file the look-up opened, so that a deploy renaming versions over it
/// in quick succession cannot slip another version in between. One rewritten in place
/// meanwhile is looked up again, up to [`CHANGED_RETRIES`] times; one that keeps changing
/// (rewritten without pause) is 503.
async fn serve_changed(files: &StaticFiles, req: &Request, path: &str) -> Response {
    for _ in 0..CHANGED_RETRIES {
        let (found, mut opened) =
            cache::reload(&files.cache, &files.root, path, &files.policy).await;
        match &found.kind {
            Kind::File(f) => match serve_file(files, req, path, f, Some(&mut opened)).await {
                Ok(resp) => return resp,
                Err(Changed) => continue,
            },
            Kind::Missing(why) => return not_served(*why),
            // Made a directory under the request: answered as one by the next.
            Kind::Dir => return Response::error(Status::NOT_FOUND),
        }
    }
    Response::error(Status::SERVICE_UNAVAILABLE).close()
}

/// Why [`open_body`] has no file to send.
enum Unsent {
    /// The file on disk is not the version cached (the cache has forgotten it).
    Changed,
    /// It is gone, or refused now (by its permissions, or a symlink the policy refuses put on
    /// its path), and the cache has forgotten it; or the server cannot open it now (out of
    /// descriptors, say), and the cache keeps it (see [`refused`]).
    Gone(Missing),
}

/// The file `body` is sent from: the descriptor kept with its entry, the file the entry was
/// just loaded from, or the file opened now (and kept when it is the very inode the entry
/// describes). Either way one `statx` checks
/// that it is still the version the cache holds, so that a file rewritten in place is never
/// sent under the old length and validators; otherwise the cache forgets it and says why.
async fn open_body(
    files: &StaticFiles,
    path: &str,
    body: &Body,
    loaded_from: Option<File>,
) -> Result<File, Unsent> {
    let kept = body.kept.get();
    let was_kept = kept.is_some();
    let opened = async {
        match kept.or(loaded_from) {
            // On this thread, not through the ring (where a statx runs in the kernel's worker
            // threads): an open file's attributes are in memory.
            Some(f) => {
                let m = f.metadata_now()?;
                Ok::<_, std::io::Error>((f, m))
            }
            None => cache::open(&files.root, &body.name, &files.policy).await,
        }
    }
    .await;
    match opened {
        // The very version the entry describes (its inode, length, times): a file replaced
        // or rewritten since, even at the same length and modification time, is looked up
        // afresh, so that its validators are its own.
        Ok((opened, m)) if m.is_file() && Version::of(&m) == body.version => {
            if !was_kept {
                // Kept for the next requests.
                files
                    .cache
                    .borrow_mut()
                    .open
                    .keep(&body.kept, opened.share());
            }
            Ok(opened)
        }
        Ok(_) => {
            files.cache.borrow_mut().forget(path);
            Err(Unsent::Changed)
        }
        Err(e) => Err(Unsent::Gone(refused(files, path, &e))),
    }
}

/// How a listing is sorted: `?sort=name|size|time` and `&order=asc|desc` (by name,
/// ascending, by default).
fn listing_order(query: Option<&str>) -> (SortBy, bool) {
    let (mut by, mut descending) = (SortBy::Name, false);
    for pair in query.unwrap_or_default().split('&') {
        match pair.split_once('=') {
            Some(("sort", "size")) => by = SortBy::Size,
            Some(("sort", "time")) => by = SortBy::Time,
            Some(("sort", "name")) => by = SortBy::Name,
            Some(("order", "desc")) => descending = true,
            Some(("order", "asc")) => descending = false,
            _ => {}
        }
    }
    (by, descending)
}

/// What a listing is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SortBy {
    Name,
    Size,
    Time,
}

fn sort_entries(entries: &mut [ListEntry], by: SortBy, descending: bool) {
    // Ties (and directories' sizes) fall back to the name, so the order is total.
    entries.sort_by(|a, b| {
        let primary = match by {
            SortBy::Name => std::cmp::Ordering::Equal,
            SortBy::Size => a.size.cmp(&b.size),
            SortBy::Time => a.modified.cmp(&b.modified),
        };
        primary.then_with(|| a.name.cmp(&b.name))
    });
    if descending {
        entries.reverse();
    }
}

/// A listing as JSON: an array of `{"name", "type" ("file" or "dir"), "size" (null for a
/// directory), "modified" (RFC 3339, UTC, or null)}`.
fn listing_json(entries: &[ListEntry]) -> Vec<u8> {
    let list: Vec<serde_json::Value> = entries
        .iter()
        .map(|e| {
            let modified = e
                .modified
                .and_then(|m| jiff::Timestamp::try_from(m).ok())
                .map(|t| t.to_string());
            serde_json::json!({
                "name": e.name,
                "type": if e.is_dir { "dir" } else { "file" },
                "size": if e.is_dir { None } else { Some(e.size) },
                "modified": modified,
            })
        })
        .collect();
    serde_json::to_vec(&list).unwrap_or_else(|_| b"[]".to_vec())
}

/// A directory listing (names starting with a dot left out unless dotfiles are served): JSON
/// for a request that names `application/json` in `Accept`, HTML otherwise.
async fn list(files: &StaticFiles, req: &Request, path: &str) -> Response {
    let dir = match cache::open(&files.root, path, &files.policy).await {
        Ok((d, _)) => d,
        Err(e) => return not_served(refused(files, path, &e)),
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
            // An entry removed (or made unreadable) since the directory was read is left
            // out, as nginx's autoindex does, rather than failing the whole listing.
            let Ok(meta) = e.metadata() else { continue };
            entries.push(ListEntry {
                name,
                is_dir: meta.is_dir(),
                size: meta.len(),
                modified: meta.modified().ok(),
            });
        }
        Ok(entries)
    };
    let entries = files
        .offload
        .run(read)
        .await
        .map_err(std::io::Error::other)
        .and_then(|r| r);
    drop(dir);
    let Ok(mut entries) = entries else {
        return Response::error(Status::INTERNAL_SERVER_ERROR);
    };
    let (by, descending) = listing_order(req.query());
    sort_entries(&mut entries, by, descending);
    let json = req
        .header("accept")
        .is_some_and(|a| names_media_type(a, "application/json"));
    let resp = if json {
        Response::ok(listing_json(&entries)).typed("application/json")
    } else {
        let display = format!("{}/{}", req.mount_prefix(), path);
        let display = if display.ends_with('/') {
            display
        } else {
            format!("{display}/")
        };
        Html(listing(&display, &entries)).into_response()
    };
    resp.raw_fields(b"Vary: Accept\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(name: &str, is_dir: bool, size: u64, secs: u64) -> ListEntry {
        ListEntry {
            name: name.into(),
            is_dir,
            size,
            modified: Some(std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs)),
        }
    }

    #[test]
    fn listings_sort_by_the_query_and_read_as_json() {
        let mut e = vec![
            entry("b", false, 10, 3),
            entry("a", false, 30, 1),
            entry("c", true, 4096, 2),
        ];
        let names = |e: &[ListEntry]| e.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
        let (by, desc) = listing_order(Some("sort=size&order=desc"));
        sort_entries(&mut e, by, desc);
        assert_eq!(names(&e), ["c", "a", "b"]);
        let (by, desc) = listing_order(Some("sort=time"));
        sort_entries(&mut e, by, desc);
        assert_eq!(names(&e), ["a", "c", "b"]);
        let (by, desc) = listing_order(Some("sort=bogus&x"));
        sort_entries(&mut e, by, desc);
        assert_eq!(names(&e), ["a", "b", "c"]);
        e.push(entry("\"<x>\n", false, 1, 0));
        let json: serde_json::Value = serde_json::from_slice(&listing_json(&e)).unwrap();
        assert_eq!(json[0]["name"], "a");
        assert_eq!(json[0]["modified"], "1970-01-01T00:00:01Z");
        assert_eq!(json[2]["type"], "dir");
        assert_eq!(json[2]["size"], serde_json::Value::Null);
        assert_eq!(json[3]["name"], "\"<x>\n");
    }
}
