//! actix-web with one worker per server CPU: the peer of percore-web's benchmarks, with the
//! routes of percore-hello (`GET /plaintext`, `GET /json`, `POST /echo`), written as
//! actix-web's guide writes handlers.

#![forbid(unsafe_code)]

use actix_web::http::header;
use actix_web::{App, HttpResponse, HttpServer, web};
use clap::Parser;
use percore_bench_peers::{HELLO, WebArgs, announce, web_cpus};

/// actix-web (one worker per CPU), for percore's benchmarks.
#[derive(Parser, Debug)]
#[command(name = "actix-web", version, about)]
struct Cli {
    #[command(flatten)]
    args: WebArgs,
}

async fn plaintext() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::SERVER, "actix"))
        .content_type("text/plain; charset=utf-8")
        .body("Hello, World!")
}

async fn json() -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::SERVER, "actix"))
        .json(HELLO)
}

async fn echo(body: web::Bytes) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((header::SERVER, "actix"))
        .content_type("application/octet-stream")
        .body(body)
}

fn main() -> std::io::Result<()> {
    let cli = Cli::parse();
    let workers = web_cpus(cli.args.workers).len();
    actix_web::rt::System::new().block_on(async move {
        let server = HttpServer::new(|| {
            App::new()
                .route("/plaintext", web::get().to(plaintext))
                .route("/json", web::get().to(json))
                .route("/echo", web::post().to(echo))
        })
        .workers(workers)
        .backlog(cli.args.backlog as u32)
        // As percore-hello and the hyper peer have it (actix-web leaves the OS default, Nagle
        // on, unless asked): no response waits for an acknowledgement.
        .tcp_nodelay(true)
        .bind(cli.args.listen)?;
        announce(server.addrs()[0], false);
        server.run().await
    })
}
