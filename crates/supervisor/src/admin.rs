//! The admin listener: `/metrics`, `/healthz`, `/ready`, served by a small proactor of its own
//! (a ring like the workers', on a thread of the supervisor's), off by default.

use std::collections::VecDeque;
use std::io;
use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use percore_http::{
    DateCache, Head, HeadScan, HeadWriter, Limits, Method, Parsed, Status, parse_head, write_error,
};
use percore_proactor::net::{TcpListener, TcpStream};
use percore_proactor::{BackendChoice, Proactor, RemoteWaker, remote_waker, spawn, time};
use prometheus_client::registry::Registry;

use crate::metrics::{MetricsSource, registry, render};

/// A running admin endpoint.
pub(crate) struct Admin {
    stop: RemoteWaker,
    thread: Option<JoinHandle<()>>,
    pub(crate) addr: SocketAddr,
}

/// How long a client may take to send its request.
const READ_LIMIT: Duration = Duration::from_secs(5);
/// How long a client may take to receive its answer.
const WRITE_LIMIT: Duration = Duration::from_secs(5);
/// Connections served at once, at most. A scraper or a probe needs one or two, and clients
/// that hold theirs open must not take the descriptors the workers share. Past it, the
/// oldest connection gives way to the new one, whatever it waits for (its request, or its
/// client to read the answer): clients that connect and send nothing, or ask and never read,
/// cannot keep probes out. A probe's connection lasts a moment, and is the newest while it
/// does: only 64 connections opened within that moment could cut it off.
const MAX_CONNECTIONS: usize = 64;

/// `Allow` of a 405: what every path answers.
const ALLOW: &[u8] = b"Allow: GET, HEAD\r\n";

/// A response with a plain body; `Connection: close` (one request per connection).
fn response(status: Status, content_type: &[u8], body: &[u8], head_only: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(256 + body.len());
    let mut w = HeadWriter::new(&mut out, status);
    w.line(DateCache::default().line(SystemTime::now()))
        .field("Content-Type", content_type)
        .number("Content-Length", body.len() as u64)
        .line(b"Cache-Control: no-store\r\n")
        .connection(false, false);
    w.finish();
    if !head_only {
        out.extend_from_slice(body);
    }
    out
}

/// An error answer, as every HTTP listener of percore writes it (percore-http's page).
fn error(status: Status, extra: &[u8], head_only: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let date = DateCache::default().line(SystemTime::now()).to_vec();
    write_error(&mut out, status, &date, false, head_only, extra);
    out
}

/// The answer to a parsed request.
fn route(head: &Head<'_>, source: &MetricsSource, registry: &Registry) -> Vec<u8> {
    let head_only = match head.method {
        Method::Get => false,
        Method::Head => true,
        _ => return error(Status::METHOD_NOT_ALLOWED, ALLOW, false),
    };
    let path = head.target.split('?').next().unwrap_or("");
    const TEXT: &[u8] = b"text/plain; charset=utf-8";
    match path {
        "/metrics" => response(
            Status::OK,
            b"application/openmetrics-text; version=1.0.0; charset=utf-8",
            render(registry).as_bytes(),
            head_only,
        ),
        "/healthz" => response(Status::OK, TEXT, b"ok\n", head_only),
        "/ready" if source.draining.load(Ordering::Relaxed) => {
            response(Status::SERVICE_UNAVAILABLE, TEXT, b"draining\n", head_only)
        }
        "/ready" if source.ready.load(Ordering::Relaxed) => {
            response(Status::OK, TEXT, b"ready\n", head_only)
        }
        // Not yet started, or every worker of the running generation is down.
        "/ready" => response(
            Status::SERVICE_UNAVAILABLE,
            TEXT,
            b"no worker serving\n",
            head_only,
        ),
        _ => error(Status::NOT_FOUND, b"", head_only),
    }
}

/// Reads one request head (with percore-http's limits, as every listener of percore) and
/// answers it.
async fn serve(stream: TcpStream, source: Arc<MetricsSource>, registry: Rc<Registry>) {
    let limits = Limits::default();
    let reply = time::timeout(READ_LIMIT, async {
        let (mut head, mut scan) = (Vec::new(), HeadScan::default());
        loop {
            if scan.worth_parsing(&head, &limits) {
                match parse_head(&head, &limits) {
                    Ok(Parsed::Complete(parsed, _)) => {
                        return Some(route(&parsed, &source, &registry));
                    }
                    Err(e) => return Some(error(e.status, b"", false)),
                    Ok(Parsed::Incomplete) => scan.incomplete(&head),
                }
            }
            let (res, buf) = stream.recv(Vec::with_capacity(1024)).await;
            match res {
                Ok(n) if n > 0 => head.extend_from_slice(&buf),
                _ => return None,
            }
        }
    })
    .await;
    let reply = match reply {
        Ok(Some(reply)) => reply,
        Ok(None) => return,
        Err(_) => error(Status::REQUEST_TIMEOUT, b"", false),
    };
    // A client that does not read is let go.
    let _ = time::timeout(WRITE_LIMIT, stream.send_all(reply)).await;
}

/// The connections served at once, oldest first.
#[derive(Default)]
struct Served(VecDeque<percore_proactor::JoinHandle<()>>);

impl Served {
    /// Makes room for one more connection: when [`MAX_CONNECTIONS`] are served, the oldest
    /// is stopped.
    fn make_room(&mut self) {
        self.0.retain(|task| !task.is_finished());
        if self.0.len() >= MAX_CONNECTIONS
            && let Some(oldest) = self.0.pop_front()
        {
            oldest.abort();
        }
    }
}

/// Starts the admin endpoint on `listen`, on epoll when the workers are told to run on it
/// (`backend = "epoll"`: no ring is made at all), else on whichever backend the kernel allows
/// (a forced `io_uring` is the workers' requirement, not the admin's).
///
/// # Errors
///
/// The bind error, or the proactor's set-up error.
pub(crate) fn start(
    listen: SocketAddr,
    backend: percore_config::Backend,
    source: Arc<MetricsSource>,
) -> io::Result<Admin> {
    let choice = match backend {
        percore_config::Backend::Epoll => BackendChoice::Epoll,
        _ => BackendChoice::Auto,
    };
    let (tx, rx) = crossbeam_channel::bounded(1);
    let thread = std::thread::Builder::new()
        .name("percore-admin".into())
        .spawn(move || {
            let proactor = match Proactor::builder()
                .log_ready(false)
                .entries(64)
                .backend(choice)
                .build()
            {
                Ok(p) => p,
                Err(e) => {
                    let e = io::Error::from(e);
                    let _ = tx.send(Err(io::Error::new(
                        e.kind(),
                        format!("admin endpoint {listen}: {e}"),
                    )));
                    return;
                }
            };
            proactor.block_on(async move {
                let listener = match TcpListener::bind(listen) {
                    Ok(l) => l,
                    Err(e) => {
                        let _ = tx.send(Err(io::Error::new(
                            e.kind(),
                            format!("admin listener {listen}: {e}"),
                        )));
                        return;
                    }
                };
                let (waker, stop) = remote_waker();
                let addr = listener.local_addr().unwrap_or(listen);
                if tx.send(Ok((waker, addr))).is_err() {
                    return;
                }
                let registry = Rc::new(registry(source.clone()));
                let accept = spawn(async move {
                    let mut served = Served::default();
                    let mut incoming = listener.accept_multi();
                    while let Some(conn) = incoming.next().await {
                        match conn {
                            Ok(stream) => {
                                served.make_room();
                                let task = spawn(serve(stream, source.clone(), registry.clone()));
                                served.0.push_back(task);
                            }
                            Err(e) => {
                                tracing::warn!("admin accept failed: {e}");
                                time::sleep(Duration::from_millis(50)).await;
                            }
                        }
                    }
                });
                stop.notified().await;
                accept.abort();
            });
        })
        .map_err(|e| io::Error::new(e.kind(), format!("admin endpoint {listen}: thread: {e}")))?;
    let (stop, addr) = rx
        .recv()
        .map_err(|_| io::Error::other("the admin thread ended during start"))??;
    Ok(Admin {
        stop,
        thread: Some(thread),
        addr,
    })
}

impl Drop for Admin {
    fn drop(&mut self) {
        self.stop.wake();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    fn answer(request: &str) -> String {
        let source = Arc::new(MetricsSource::default());
        let registry = registry(source.clone());
        let reply = match parse_head(request.as_bytes(), &Limits::default()) {
            Ok(Parsed::Complete(head, _)) => route(&head, &source, &registry),
            Err(e) => error(e.status, b"", false),
            Ok(Parsed::Incomplete) => panic!("incomplete: {request:?}"),
        };
        String::from_utf8(reply).unwrap()
    }

    #[test]
    fn past_the_bound_the_oldest_connection_gives_way() {
        /// Marks its flag when dropped: the task holding it was stopped.
        struct Stopped(Rc<Cell<bool>>);
        impl Drop for Stopped {
            fn drop(&mut self) {
                self.0.set(true);
            }
        }
        let proactor = Proactor::builder()
            .log_ready(false)
            .entries(8)
            .build()
            .unwrap();
        proactor.block_on(async {
            let mut served = Served::default();
            let stopped: Vec<_> = (0..MAX_CONNECTIONS)
                .map(|_| Rc::new(Cell::new(false)))
                .collect();
            for flag in &stopped {
                served.make_room();
                let guard = Stopped(flag.clone());
                served.0.push_back(spawn(async move {
                    let _guard = guard;
                    std::future::pending::<()>().await;
                }));
            }
            percore_proactor::yield_now().await;
            assert!(
                stopped.iter().all(|s| !s.get()),
                "below the bound, none stopped"
            );
            served.make_room();
            assert_eq!(served.0.len(), MAX_CONNECTIONS - 1);
            percore_proactor::yield_now().await;
            percore_proactor::yield_now().await;
            let gone: Vec<_> = stopped.iter().map(|s| s.get()).collect();
            assert!(gone[0] && gone[1..].iter().all(|g| !g), "{gone:?}");
        });
    }

    #[test]
    fn requests_are_parsed_and_answered_as_every_listener_does() {
        let ok = answer("GET /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
        assert!(
            ok.starts_with("HTTP/1.1 200 OK\r\n") && ok.ends_with("\r\n\r\nok\n"),
            "{ok}"
        );
        assert!(
            ok.contains("Connection: close\r\n") && ok.contains("Date: "),
            "{ok}"
        );
        let head = answer("HEAD /healthz HTTP/1.1\r\nHost: a\r\n\r\n");
        assert!(head.contains("Content-Length: 3\r\n") && head.ends_with("\r\n\r\n"));
        let post = answer("POST /metrics HTTP/1.1\r\nHost: a\r\n\r\n");
        assert!(post.starts_with("HTTP/1.1 405 ") && post.contains("Allow: GET, HEAD\r\n"));
        assert!(answer("GET /nope HTTP/1.1\r\nHost: a\r\n\r\n").starts_with("HTTP/1.1 404 "));
        // Malformed heads get percore-http's answers: 400, 505, never a guess.
        assert!(answer("GET /a b HTTP/1.1\r\nHost: a\r\n\r\n").starts_with("HTTP/1.1 400 "));
        assert!(answer("GET / HTTP/1.1\r\n\r\n").starts_with("HTTP/1.1 400 "));
        assert!(answer("GET / HTTP/2.0\r\nHost: a\r\n\r\n").starts_with("HTTP/1.1 505 "));
        let ready = answer("GET /ready HTTP/1.1\r\nHost: a\r\n\r\n");
        assert!(ready.starts_with("HTTP/1.1 503 ") && ready.ends_with("no worker serving\n"));
    }
}
