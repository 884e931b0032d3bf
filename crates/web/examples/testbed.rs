//! A server with a route for each behaviour percore-web's integration tests look at: methods,
//! parameters, bodies read every way, streamed responses, a panic, any status, offloaded
//! work.
//!
//! `cargo run --example testbed -- --listen 127.0.0.1:8080`, then e.g.
//! `curl -T big.bin http://127.0.0.1:8080/sum`.

#![forbid(unsafe_code)]

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use clap::Parser;
use percore_config::{AppSection, ConfigArgs, ConfigError};
use percore_web::{
    App, BodyError, HttpSection, IntoResponse, Method, Request, Response, Router, Rules, Status,
    WebSection, any, delete, get, on,
};
use serde::{Deserialize, Serialize};

/// percore-web's test bed.
#[derive(Parser, Debug)]
#[command(name = "testbed")]
struct Cli {
    #[command(flatten)]
    config: ConfigArgs,
}

/// `[testbed]`: a greeting, and the HTTP settings in `[testbed.http]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct Testbed {
    greeting: String,
    http: HttpSection,
    /// Rules in front of every route (none by default).
    rules: Rules,
}

impl Default for Testbed {
    fn default() -> Self {
        Testbed {
            greeting: "hello".into(),
            http: HttpSection::default(),
            rules: Rules::default(),
        }
    }
}

impl AppSection for Testbed {
    const SECTION: &'static str = "testbed";
    const DEFAULT_LISTEN: &'static str = "127.0.0.1:8080";

    fn validate(&self, errors: &mut Vec<ConfigError>) {
        self.http.validate("http.", errors);
        self.rules.validate("rules.", errors);
        if self.greeting.is_empty() {
            errors.push(ConfigError::new("greeting", "must not be empty"));
        }
    }
}

impl WebSection for Testbed {
    fn http(&self) -> HttpSection {
        self.http.clone()
    }
}

/// FNV-1a, 64 bits: what `/sum` answers for a body, and the tests compute for theirs.
fn fnv(mut h: u64, data: &[u8]) -> u64 {
    for &b in data {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    h
}

const FNV_START: u64 = 0xcbf2_9ce4_8422_2325;

thread_local! {
    /// What the task of the last `POST /spawned-body` read: `LENGTH FNV`, or its error.
    static SPAWNED_BODY: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The body read piece by piece: `LENGTH FNV PIECES`.
async fn sum(mut req: Request) -> Result<String, BodyError> {
    // With `pause_ms`, the handler is at other work that long before it reads.
    if let Some(ms) = query(&req, "pause_ms") {
        percore_proactor::time::sleep(Duration::from_millis(ms)).await;
    }
    let body = req.body();
    let (mut len, mut h, mut pieces) = (0u64, FNV_START, 0u64);
    while let Some(piece) = body.chunk().await? {
        len += piece.len() as u64;
        h = fnv(h, piece);
        pieces += 1;
    }
    Ok(format!("{len} {h:016x} {pieces}"))
}

/// A query's value.
fn query(req: &Request, key: &str) -> Option<u64> {
    req.query()?
        .split('&')
        .find_map(|kv| kv.strip_prefix(key)?.strip_prefix('='))?
        .parse()
        .ok()
}

/// Keeps `req` (and through it the connection's socket) in a task of its own for 2 s.
fn keep_for_2s(req: Request) {
    percore_proactor::spawn_detached(async move {
        percore_proactor::time::sleep(Duration::from_secs(2)).await;
        drop(req);
    });
}

/// `len` bytes (byte `i` is `i % 251`) in chunks of `chunk`, `pause_ms` apart; with
/// `panic_at`, the producer panics once it has sent that many.
async fn stream(req: Request) -> Response {
    let len = query(&req, "len").unwrap_or(1024);
    let chunk = query(&req, "chunk").unwrap_or(64 * 1024).max(1);
    let pause = Duration::from_millis(query(&req, "pause_ms").unwrap_or(0));
    let panic_at = query(&req, "panic_at");
    // `mixed`: chunks of `chunk`, 7 and 1 bytes in turn.
    let mixed = query(&req, "mixed").is_some();
    Response::new(Status::OK)
        .content_type("application/octet-stream")
        .stream(move |tx| async move {
            let mut at = 0;
            let mut turn = 0;
            while at < len {
                let size = match turn % 3 {
                    1 if mixed => 7,
                    2 if mixed => 1,
                    _ => chunk,
                };
                turn += 1;
                let n = size.min(len - at);
                let piece: Vec<u8> = (at..at + n).map(|i| (i % 251) as u8).collect();
                if tx.send(piece).await.is_err() {
                    return;
                }
                at += n;
                if panic_at.is_some_and(|p| at >= p) {
                    panic!("the test bed's producer panics on purpose");
                }
                if !pause.is_zero() {
                    percore_proactor::time::sleep(pause).await;
                }
            }
        })
}

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    App::<Testbed>::new(cli.config).run(|setup| async move {
        let greeting = setup.app.greeting.clone();
        let offload = setup.offload.clone();
        let method = |req: Request| async move { req.method().as_str().to_string() };
        let rules = match setup.app.rules.build(&setup) {
            Ok(rules) => rules,
            Err(e) => panic!("testbed.rules: {e}"),
        };
        let router = Router::new()
            .get("/hello", move |_| {
                let g = greeting.clone();
                async move { g }
            })
            .route(
                "/m",
                get(method)
                    .post(method)
                    .put(method)
                    .patch(method)
                    .delete(method)
                    .on("PURGE", method),
            )
            .route("/any", any(method))
            .route("/custom", on("PROPFIND", method))
            .get("/users/{id}/posts/{post}", |req: Request| async move {
                let id = req.param("id").unwrap_or_default().into_owned();
                let post = req.param("post").unwrap_or_default().into_owned();
                let segment = req.param_segment("id").unwrap_or("-".into()).into_owned();
                let raw = req.param_raw("id").unwrap_or_default();
                format!("{id}|{post}|{raw}|{segment}")
            })
            // A catch-all taken as a relative path (`-` when it cannot be one).
            .get("/files/{*rest}", |req: Request| async move {
                req.param_path("rest").unwrap_or("-".into()).into_owned()
            })
            // The same route given again: its methods add to the first's.
            .route(
                "/users/{id}/posts/{post}",
                delete(|req: Request| async move {
                    format!("deleted {}", req.param("post").unwrap_or_default())
                }),
            )
            // A router mounted at a prefix with a parameter routes by the path below it, and
            // sees the prefix's parameter.
            .mount(
                "/org/{org}",
                Router::new()
                    .get("/users/{id}", |req: Request| async move {
                        format!(
                            "{}|{}|{}|{}",
                            req.mount_prefix(),
                            req.mounted_path(),
                            req.param("org").unwrap_or_default(),
                            req.param("id").unwrap_or_default()
                        )
                    })
                    .mount("/files", |req: Request| async move {
                        format!("{}|{}", req.mount_prefix(), req.mounted_path())
                    })
                    // A router behind a route, below the mount: its route's parameters in
                    // place of the outer route's, after the mount's.
                    .route(
                        "/t/{id}/{*rest}",
                        any(
                            Router::new().get("/t/{x}/items/{id}", |req: Request| async move {
                                let p = |n| req.param(n).unwrap_or_default().into_owned();
                                format!("{}|{}|{}|{}", p("org"), p("x"), p("id"), p("rest"))
                            }),
                        ),
                    ),
            )
            // A router behind a route with parameters: each of its routes sees its own.
            .route(
                "/t/{tenant}/{*rest}",
                any(Router::new()
                    .get("/t/{tenant}/own/{x}", |req: Request| async move {
                        let tenant = req.param("tenant").unwrap_or_default().into_owned();
                        format!("{tenant}|{}", req.param("x").unwrap_or_default())
                    })
                    .get("/t/acme/plain", |req: Request| async move {
                        format!("{:?}", req.param("tenant"))
                    })),
            )
            .post("/echo", |mut req: Request| async move {
                req.body().collect().await
            })
            .post("/small", |mut req: Request| async move {
                req.body().collect_limited(1024).await
            })
            // A status without a body (or an answer to HEAD), given a stream whose producer
            // holds the request's body: never sent, the producer dropped with the body.
            .route(
                "/bodiless-stream",
                any(|req: Request| async move {
                    let status = match req.method() {
                        Method::Head => Status::OK,
                        _ => Status::NO_CONTENT,
                    };
                    let mut body = req.into_body();
                    Response::new(status).stream(move |_tx| async move {
                        let _ = body.collect().await;
                    })
                }),
            )
            // A 205 given content, as bytes, a length, or a stream whose producer holds the
            // request's body: sent without it.
            .get("/reset-content", |req: Request| async move {
                match req.query() {
                    Some("stream") => {
                        let mut body = req.into_body();
                        Response::new(Status::RESET_CONTENT).stream(move |tx| async move {
                            let _ = body.collect().await;
                            let _ = tx.send("content").await;
                        })
                    }
                    Some("announce") => Response::new(Status::RESET_CONTENT).announce_length(5),
                    _ => (Status::RESET_CONTENT, "content").into_response(),
                }
            })
            // The body collected twice: the second time, what is left of it (nothing), within
            // any limit.
            .post("/twice", |mut req: Request| async move {
                // `?chunk`: the first piece taken by itself (all there is of a small body
                // come at once), the rest collected within 1 byte: nothing is left.
                let first = if req.query().is_some_and(|q| q.contains("chunk")) {
                    let piece = req.body().chunk().await?.map_or(0, <[u8]>::len);
                    piece + req.body().collect_limited(1).await?.len()
                } else {
                    req.body().collect().await?.len()
                };
                let second = req.body().collect().await?.len();
                let third = req.body().collect_limited(1).await?.len();
                assert_eq!(third, second);
                Ok::<_, BodyError>(format!("{first} then {second}"))
            })
            .route("/sum", any(sum))
            .route("/ignore", any(|_| async { "ignored" }))
            // The head goes out first; the producer reads the body after it.
            .post("/late-body", |req: Request| async move {
                let mut body = req.into_body();
                Response::new(Status::OK).stream(move |tx| async move {
                    let got = body.collect().await.map(|b| b.len()).unwrap_or(0);
                    let _ = tx.send(format!("read {got} bytes").into_bytes()).await;
                })
            })
            // A task of the handler's reads the body (sending a `100 Continue` for it) while
            // the handler answers.
            .post("/spawned-continue", |req: Request| async move {
                let mut body = req.into_body();
                let started = Rc::new(Cell::new(false));
                percore_proactor::spawn_detached({
                    let started = started.clone();
                    async move {
                        started.set(true);
                        let _ = body.collect().await;
                    }
                });
                // The task's `100 Continue` is on its way (on io_uring, not yet out) when the
                // answer is written.
                while !started.get() {
                    percore_proactor::yield_now().await;
                }
                "answered"
            })
            // The body's reader starts its `100 Continue` and is dropped at once: on io_uring
            // the 100's send is still in flight (it goes in at the next kernel entry), and is
            // cut short.
            .post("/dropped-continue", |req: Request| async move {
                let mut body = req.into_body();
                let read = std::pin::pin!(body.collect());
                let _ = percore_proactor::select(read, std::future::ready(())).await;
                "answered after the 100 was given up"
            })
            .get("/stream", stream)
            // A handler at work for `ms` milliseconds, sending nothing meanwhile.
            .get("/sleep", |req: Request| async move {
                let ms = query(&req, "ms").unwrap_or(100);
                percore_proactor::time::sleep(Duration::from_millis(ms)).await;
                "slept"
            })
            // The body read to its end, then `ms` milliseconds of other work: its length.
            .post("/read-then-sleep", |mut req: Request| async move {
                let len = req.body().collect().await.map(|b| b.len());
                let ms = query(&req, "ms").unwrap_or(100);
                percore_proactor::time::sleep(Duration::from_millis(ms)).await;
                len.map(|n| n.to_string())
            })
            // The request outlives its answer: a task of the handler's keeps it for 2 s.
            .get("/kept", |req: Request| async move {
                keep_for_2s(req);
                "kept"
            })
            // The body is read by a task of the handler's after the answer (a 4 MiB body,
            // which a slow client takes a while to receive); `GET` tells what it read.
            .post("/spawned-body", |req: Request| async move {
                let mut body = req.into_body();
                percore_proactor::spawn_detached(async move {
                    let read = match body.collect().await {
                        Ok(b) => format!("{} {:x}", b.len(), fnv(FNV_START, &b)),
                        Err(e) => format!("error: {e}"),
                    };
                    SPAWNED_BODY.with(|s| *s.borrow_mut() = Some(read));
                });
                vec![b'x'; 4 << 20]
            })
            // A file response promising 1,000 bytes from 10 bytes before the end of the
            // test bed's own executable: a handler's mistake, cut short.
            .get("/file-past-end", |_| async {
                let exe = std::env::current_exe().expect("the executable's path");
                let file = percore_proactor::fs::File::open(exe).await.expect("opens");
                let len = file.metadata_now().expect("statx").len();
                Response::new(Status::OK).file(file, len - 10, 1000)
            })
            // A directory's descriptor as a file body: nothing of it can be sent.
            .get("/file-dir", |_| async {
                let exe = std::env::current_exe().expect("the executable's path");
                let dir = exe.parent().expect("a directory").to_path_buf();
                let file = percore_proactor::fs::File::open(dir).await.expect("opens");
                Response::new(Status::OK).file(file, 0, 100)
            })
            .get("/query", |req: Request| async move {
                let q = req.query_param("q").unwrap_or_default().into_owned();
                format!("{q}|{}", req.query_pairs().count())
            })
            .get("/spawned-body", |_| async {
                SPAWNED_BODY.with(|s| s.borrow_mut().take().unwrap_or_default())
            })
            .get("/panic", |req: Request| async move {
                if req.query() == Some("now") {
                    panic!("the test bed panics on purpose");
                }
                if req.query() == Some("lines") {
                    panic!("the test bed panics on purpose\nFORGED a second log line");
                }
                percore_proactor::time::sleep(Duration::from_millis(1)).await;
                panic!("the test bed panics on purpose, after a wait");
                #[allow(unreachable_code)]
                ""
            })
            // As /kept, with a stream that breaks off after its first chunk.
            .get("/kept-broken", |req: Request| async move {
                keep_for_2s(req);
                Response::new(Status::OK).stream(|tx| async move {
                    let _ = tx.send("part").await;
                    tx.abort();
                })
            })
            // Panics before it has a future to return (handlers are called as they are
            // routed).
            .get(
                "/panic-at-call",
                |_: Request| -> std::future::Ready<&'static str> {
                    panic!("the test bed panics on purpose, at the call")
                },
            )
            // Announces a length with no body, whatever the method (right for HEAD only).
            .route(
                "/announce",
                any(|_| async { Response::new(Status::OK).announce_length(5) }),
            )
            // Answers with the status of its path, whatever it is.
            .get("/status/{code}", |req: Request| async move {
                let code = req.param("code").and_then(|c| c.parse().ok());
                match code.and_then(Status::from_code) {
                    Some(status) => Response::new(status),
                    None => Response::new(Status::NOT_FOUND),
                }
            })
            .get("/offload", move |_| {
                let offload = offload.clone();
                async move {
                    let name = |t: std::thread::Thread| t.name().unwrap_or("?").to_string();
                    let ran = offload.run(move || name(std::thread::current())).await;
                    let ran = ran.unwrap_or_else(|e| e.to_string());
                    format!("{ran} -> {}", name(std::thread::current()))
                }
            });
        rules.wrap(router)
    })
}
