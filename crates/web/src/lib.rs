//! `percore-web`: HTTP/1.1 services on percore.
//!
//! Write handlers (async functions of a [`Request`] to anything [`IntoResponse`]), route them
//! with a [`Router`], and [`App::run`] serves them: one pinned worker per CPU, each with its own
//! ring, listener and handler value (so handlers may keep `Rc`/`RefCell` state, unshared and
//! unlocked). The connection driver does the rest, as the static server always has:
//! keep-alive and pipelining (answered in order), request limits (414, 431), framing that
//! cannot be smuggled, bodies by `Content-Length` or chunked, `Expect: 100-continue`,
//! read/idle/write timeouts, slowloris and slow-read resistance, the per-worker connection
//! limit, graceful drain on SIGTERM and reload, the access log, and per-worker counters of
//! responses by status class in `/metrics`.
//!
//! A whole server (it serves one request, then stops itself, so that this example can run as
//! a test):
//!
//! ```
//! use std::io::{Read, Write};
//!
//! use percore_config::{ConfigArgs, NoApp, Pin, Workers};
//! use percore_web::{App, Json, Request, Router, get, post};
//!
//! let args = ConfigArgs {
//!     listen: vec!["127.0.0.1:0".parse().unwrap()],
//!     workers: Some(Workers::Count(1)),
//!     pin: Some(Pin::Off),
//!     ..ConfigArgs::default()
//! };
//! let code = App::<NoApp>::new(args)
//!     .on_ready(|ready| {
//!         let (addr, stopper) = (ready.addrs[0], ready.stopper());
//!         std::thread::spawn(move || {
//!             let mut client = std::net::TcpStream::connect(addr).unwrap();
//!             client
//!                 .write_all(b"GET /hello HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
//!                 .unwrap();
//!             let mut reply = String::new();
//!             client.read_to_string(&mut reply).unwrap();
//!             assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"));
//!             assert!(reply.ends_with("\r\n\r\nHello, World!"));
//!             stopper.stop();
//!         });
//!     })
//!     .run(|_setup| async {
//!         Router::new()
//!             .route("/hello", get(|_| async { "Hello, World!" }))
//!             .route("/json", get(|_| async { Json(serde_json::json!({"ok": true})) }))
//!             .route(
//!                 "/echo",
//!                 post(|mut req: Request| async move { req.body().collect().await }),
//!             )
//!     });
//! assert_eq!(code, std::process::ExitCode::SUCCESS);
//! ```
//!
//! `apps/hello` is a complete program in the same way, with its own configuration section:
//! plain text, JSON, an echoed body, a path parameter and static files.

#![forbid(unsafe_code)]

mod access_log;
mod answer;
mod app;
mod body;
mod cli;
mod conn;
mod files;
mod handler;
mod inbound;
mod request;
mod response;
mod router;
mod rules;
mod settings;
mod site;
mod stream;
mod tls;

pub use app::{App, Offload, Setup};
pub use body::{Body, BodyError};
pub use cli::RootArgs;
pub use files::{CompressConfig, FileSend, FilesConfig, StaticFiles, Symlinks};
pub use handler::Handler;
pub use percore_http::{Method, Status, Version};
pub use percore_offload::OffloadError;
pub use request::{Request, decode, form_pairs};
pub use response::{Bytes, HeaderError, Html, IntoResponse, Json, Response};
pub use router::{MethodRouter, Router, any, delete, get, head, on, options, patch, post, put};
pub use rules::{AuthConfig, CorsConfig, HeaderRule, Hosts, RedirectRule, RuleSet, Ruled, Rules};
pub use settings::{AccessLog, HttpSection, WebSection};
pub use stream::{BodySender, BodyStream, Closed, body_channel};
