//! `percore-hello`: a small HTTP service on percore-web, written as its users write theirs.
#![forbid(unsafe_code)]

use percore_config::{AppSection, ConfigError};
use percore_web::{App, IntoResponse, Json, Request, RootArgs, Router, StaticFiles, Status};
use serde::{Deserialize, Serialize};

/// The `[hello]` section of the configuration: where the files of /static/ come from.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct Hello {
    root: Option<std::path::PathBuf>,
}

impl AppSection for Hello {
    const SECTION: &'static str = "hello";
    const DEFAULT_LISTEN: &'static str = "127.0.0.1:8080";
    fn validate(&self, errors: &mut Vec<ConfigError>) {
        if let Some(root) = &self.root {
            StaticFiles::check_root("root", root, errors);
        }
    }
}

impl percore_web::WebSection for Hello {}

#[derive(Serialize)]
struct Message {
    message: &'static str,
}

const HELLO: Message = Message {
    message: "Hello, World!",
};

async fn echo(mut req: Request) -> impl IntoResponse {
    req.body().collect().await
}

async fn user(req: Request) -> Result<String, Status> {
    req.param("id").map(String::from).ok_or(Status::BAD_REQUEST)
}

fn main() -> std::process::ExitCode {
    let about = "HTTP service on percore: /plaintext, /json, /users/{id}, /static/, POST /echo";
    let config = RootArgs::parse_for::<Hello>("percore-hello", env!("CARGO_PKG_VERSION"), about);
    App::<Hello>::new(config).run(|setup| async move {
        let router = Router::new()
            .get("/plaintext", |_| async { "Hello, World!" })
            .get("/json", |_| async { Json(HELLO) })
            .post("/echo", echo)
            .get("/users/{id}", user);
        let Some(root) = setup.app.root.clone() else {
            return router;
        };
        let files = StaticFiles::open(root, &setup.offload).await;
        router.mount("/static", files.expect("hello.root opens"))
    })
}
