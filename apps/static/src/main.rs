//! `percore-static`: a static web server on percore.
//!
//! One pinned worker per CPU, each with its own ring, listener and cache: percore-web's
//! `StaticFiles` as the whole service. Files are opened beneath the root's directory
//! descriptor with `openat2(RESOLVE_BENEATH)`, so the kernel guarantees nothing outside the
//! root is served; small files are answered from each core's memory, large ones spliced from
//! the page cache to the socket.

#![forbid(unsafe_code)]

mod settings;

use std::process::ExitCode;

use clap::Parser;
use percore_web::{App, RootArgs, StaticFiles};

use settings::StaticSection;

/// A static web server on percore (io_uring, one pinned worker per CPU).
///
/// Without `-c` it serves the current directory on 127.0.0.1:8080 with built-in defaults.
/// Signals: TERM/INT drain and exit, HUP reloads the configuration, USR1 logs counters and
/// reopens the log file.
#[derive(Parser, Debug)]
#[command(name = "percore-static", version, about, long_about)]
struct Cli {
    #[command(flatten)]
    args: RootArgs,
}

fn main() -> ExitCode {
    let config = Cli::parse().args.into_config::<StaticSection>();
    App::<StaticSection>::new(config).run(|setup| async move {
        match StaticFiles::open(setup.app.files(), &setup.offload).await {
            Ok(files) => files,
            Err(e) => panic!("cannot open the root {e}"),
        }
    })
}
