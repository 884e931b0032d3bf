//! The admin listener: `/metrics`, `/healthz`, `/ready`, served by a small proactor of its own
//! (a ring like the workers', on a thread of the supervisor's), off by default.

use std::io;
use std::net::SocketAddr;
use std::rc::Rc;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::thread::JoinHandle;
use std::time::Duration;

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

/// Longest request head accepted.
const MAX_HEAD: usize = 8192;
/// How long a client may take to send its request.
const READ_LIMIT: Duration = Duration::from_secs(5);

fn response(status: &str, content_type: &str, body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

fn route(head: &str, source: &MetricsSource, registry: &Registry) -> Vec<u8> {
    let mut parts = head.split_ascii_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let path = target.split('?').next().unwrap_or("");
    if method != "GET" && method != "HEAD" {
        return response("405 Method Not Allowed", "text/plain", "only GET\n");
    }
    let reply = match path {
        "/metrics" => response(
            "200 OK",
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
            &render(registry),
        ),
        "/healthz" => response("200 OK", "text/plain", "ok\n"),
        "/ready" => {
            if source.draining.load(Ordering::Relaxed) {
                response("503 Service Unavailable", "text/plain", "draining\n")
            } else if source.ready.load(Ordering::Relaxed) {
                response("200 OK", "text/plain", "ready\n")
            } else {
                response("503 Service Unavailable", "text/plain", "starting\n")
            }
        }
        _ => response("404 Not Found", "text/plain", "not found\n"),
    };
    if method == "HEAD" {
        let end = reply
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .map_or(reply.len(), |i| i + 4);
        return reply[..end].to_vec();
    }
    reply
}

async fn serve(stream: TcpStream, source: Arc<MetricsSource>, registry: Rc<Registry>) {
    let mut head = Vec::new();
    let read = time::timeout(READ_LIMIT, async {
        while !head.windows(4).any(|w| w == b"\r\n\r\n") && head.len() < MAX_HEAD {
            let (res, buf) = stream.recv(Vec::with_capacity(1024)).await;
            match res {
                Ok(n) if n > 0 => head.extend_from_slice(&buf),
                _ => return false,
            }
        }
        true
    })
    .await;
    let reply = match read {
        Ok(true) if head.len() <= MAX_HEAD || head.windows(4).any(|w| w == b"\r\n\r\n") => {
            let line = String::from_utf8_lossy(&head);
            let first = line.lines().next().unwrap_or("").to_string();
            route(&first, &source, &registry)
        }
        Ok(true) => response(
            "431 Request Header Fields Too Large",
            "text/plain",
            "too large\n",
        ),
        Ok(false) => return,
        Err(_) => response("408 Request Timeout", "text/plain", "timeout\n"),
    };
    let _ = stream.send_all(reply).await;
}

/// Starts the admin endpoint on `listen`.
///
/// # Errors
///
/// The bind error, or the proactor's set-up error.
pub(crate) fn start(listen: SocketAddr, source: Arc<MetricsSource>) -> io::Result<Admin> {
    let (tx, rx) = crossbeam_channel::bounded(1);
    let thread = std::thread::Builder::new()
        .name("percore-admin".into())
        .spawn(move || {
            let proactor = match Proactor::builder()
                .log_ready(false)
                .entries(64)
                .backend(BackendChoice::Auto)
                .build()
            {
                Ok(p) => p,
                Err(e) => {
                    let _ = tx.send(Err(io::Error::from(e)));
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
                    let mut incoming = listener.accept_multi();
                    while let Some(conn) = incoming.next().await {
                        match conn {
                            Ok(stream) => {
                                spawn(serve(stream, source.clone(), registry.clone())).detach();
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
        })?;
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
