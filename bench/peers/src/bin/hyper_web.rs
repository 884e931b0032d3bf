//! hyper 1.x on tokio's current-thread runtime, one per server CPU (pinned, each with its own
//! `SO_REUSEPORT` listener): the peer of percore-web's benchmarks, with the routes of
//! percore-hello (`GET /plaintext`, `GET /json`, `POST /echo`), as hyper's own examples and
//! TechEmpower's hyper entry write them (`pipeline_flush` on, `Server` and `Date` fields).

#![forbid(unsafe_code)]

use std::convert::Infallible;

use bytes::Bytes;
use clap::Parser;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::header::{CONTENT_TYPE, HeaderValue, SERVER};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use percore_bench_peers::{HELLO, WebArgs, per_cpu};

/// hyper on tokio (one current-thread runtime per CPU), for percore's benchmarks.
#[derive(Parser, Debug)]
#[command(name = "hyper-web", version, about)]
struct Cli {
    #[command(flatten)]
    args: WebArgs,
}

/// percore-hello's `Content-Type` for text, the one actix-web's `&str` responder sends.
const TEXT: &str = "text/plain; charset=utf-8";

fn respond(content_type: &'static str, body: Bytes) -> Response<Full<Bytes>> {
    let mut resp = Response::new(Full::new(body));
    let h = resp.headers_mut();
    h.insert(SERVER, HeaderValue::from_static("hyper"));
    h.insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    resp
}

async fn handle(req: Request<Incoming>) -> Result<Response<Full<Bytes>>, Infallible> {
    Ok(match (req.method(), req.uri().path()) {
        (&Method::GET, "/plaintext") => respond(TEXT, Bytes::from_static(b"Hello, World!")),
        (&Method::GET, "/json") => {
            let body = serde_json::to_vec(&HELLO).expect("serializes");
            respond("application/json", Bytes::from(body))
        }
        (&Method::POST, "/echo") => match req.into_body().collect().await {
            Ok(body) => respond("application/octet-stream", body.to_bytes()),
            Err(_) => {
                let mut r = respond(TEXT, Bytes::new());
                *r.status_mut() = StatusCode::BAD_REQUEST;
                r
            }
        },
        _ => {
            let mut r = respond(TEXT, Bytes::new());
            *r.status_mut() = StatusCode::NOT_FOUND;
            r
        }
    })
}

fn serve(listener: std::net::TcpListener) -> std::io::Result<()> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener)?;
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                tokio::task::yield_now().await;
                continue;
            };
            let _ = stream.set_nodelay(true);
            tokio::spawn(async move {
                let _ = http1::Builder::new()
                    .pipeline_flush(true)
                    .serve_connection(TokioIo::new(stream), service_fn(handle))
                    .await;
            });
        }
    })
}

fn main() -> std::io::Result<()> {
    let cli = Cli::parse();
    per_cpu(cli.args.bind(), serve)
}
