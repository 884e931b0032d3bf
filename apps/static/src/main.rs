//! `percore-static`: a static web server on percore.
//!
//! One pinned worker per CPU, each with its own ring, listener and cache. Files are opened
//! beneath the root's directory descriptor with `openat2(RESOLVE_BENEATH)`, so the kernel
//! guarantees nothing outside the root is served; small files are answered from each core's
//! memory, large ones spliced from the page cache to the socket.

#![forbid(unsafe_code)]

mod access_log;
mod cache;
mod conn;
mod respond;
mod settings;
mod site;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;

use clap::Parser;
use percore_proactor::fs::File;
use percore_supervisor::Supervisor;

use settings::StaticSection;
use site::{Site, Timeouts};

/// A static web server on percore (io_uring, one pinned worker per CPU).
///
/// Without `-c` it serves the current directory on 127.0.0.1:8080 with built-in defaults.
/// Signals: TERM/INT drain and exit, HUP reloads the configuration, USR1 logs counters and
/// reopens the log file.
#[derive(Parser, Debug)]
#[command(name = "percore-static", version, about, long_about)]
struct Cli {
    /// The directory to serve (sets static.root).
    #[arg(long, value_name = "DIR")]
    root: Option<PathBuf>,
    #[command(flatten)]
    config: percore_config::ConfigArgs,
}

fn main() -> ExitCode {
    let mut cli = Cli::parse();
    if let Some(root) = cli.root.take() {
        // A TOML string, so any path survives the trip.
        let quoted = toml_string(&root.to_string_lossy());
        cli.config.set.push(format!("static.root={quoted}"));
    }
    Supervisor::<StaticSection>::new(cli.config)
        .on_ready(|ready| {
            ready.announce();
            if let Some(addr) = ready.addrs.first() {
                // Not println!: with standard output closed it would panic, and a server must
                // outlive the terminal or pipe that started it.
                let mut out = std::io::stdout().lock();
                let _ = writeln!(out, "serving at http://{addr}/");
                let _ = out.flush();
            }
        })
        .run(|w| async move {
            let cfg = w.app.clone();
            let root = match File::open_dir(&cfg.root).await {
                Ok(f) => f,
                Err(e) => panic!("cannot open the root {}: {e}", cfg.root.display()),
            };
            let ring = w.ctx.receive_ring().unwrap_or_else(|e| panic!("{e}"));
            let t = &w.ctx.settings().timeouts;
            let timeouts = Timeouts {
                read: t.read.as_timeout(),
                idle: t.idle.as_timeout(),
                write: t.write.as_timeout(),
                drain_idle: t.drain_idle.0,
            };
            let site = Rc::new(Site::new(
                root,
                cfg,
                ring,
                w.ctx.stats(),
                timeouts,
                w.offload.clone(),
                w.ctx.drain(),
            ));
            let flusher = site.log.as_ref().map(|_| {
                let site = site.clone();
                percore_proactor::spawn(async move {
                    loop {
                        percore_proactor::time::sleep(std::time::Duration::from_secs(1)).await;
                        if let Some(log) = &site.log {
                            log.flush();
                        }
                    }
                })
            });
            let serving = site.clone();
            w.ctx
                .serve(move |stream| conn::serve(stream, serving.clone()))
                .await;
            if let Some(f) = flusher {
                f.abort();
            }
            if let Some(log) = &site.log {
                log.finish().await;
            }
        })
}

/// `s` as a TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
