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
use percore_web::{App, FilesConfig, Hosts, RootArgs, Ruled, Rules, Setup, StaticFiles};

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
        let app = setup.app.clone();
        let default = site(&setup, app.files(), app.rules()).await;
        let mut hosts = Hosts::new(default).strict(app.strict_hosts);
        for s in &app.site {
            let handler = site(&setup, app.site_files(s), app.site_rules(s)).await;
            hosts = match hosts.site(&s.names, handler) {
                Ok(h) => h,
                Err(e) => panic!("static.site names: {e}"),
            };
        }
        hosts
    })
}

/// A site: its files behind its rules.
async fn site(
    setup: &Setup<StaticSection>,
    files: FilesConfig,
    rules: Rules,
) -> Ruled<StaticFiles> {
    let rules = match rules.build(setup) {
        Ok(rules) => rules.serving(&files),
        Err(e) => panic!("the rules of the site at {}: {e}", files.root.display()),
    };
    match StaticFiles::open(files, &setup.offload).await {
        Ok(files) => rules.wrap(files),
        Err(e) => panic!("cannot open the root {e}"),
    }
}
