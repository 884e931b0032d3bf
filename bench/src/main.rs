//! `percore-bench`: load generators for percore and its peers.
//!
//! ```text
//! percore-bench echo --addr 127.0.0.1:7000 --connections 100 --size 64 --duration 10
//! percore-bench idle --addr 127.0.0.1:7000 --connections 10000 --hold 30
//! ```

#![forbid(unsafe_code)]

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use percore_bench::echo::{self, EchoConfig};
use percore_bench::{idle, thousands};

#[derive(Parser, Debug)]
#[command(
    name = "percore-bench",
    version,
    about = "Load generators for percore and its peers"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Echo load: every echoed byte verified, latency per round trip.
    Echo {
        /// Server address.
        #[arg(long)]
        addr: SocketAddr,
        /// Connections in total.
        #[arg(short, long, default_value_t = 100)]
        connections: usize,
        /// Messages in flight per connection (pipelining depth).
        #[arg(short, long, default_value_t = 1)]
        depth: usize,
        /// Message size in bytes.
        #[arg(short, long, default_value_t = 64)]
        size: usize,
        /// Measured seconds.
        #[arg(short = 't', long, default_value_t = 10.0)]
        duration: f64,
        /// Unmeasured warm-up seconds.
        #[arg(short, long, default_value_t = 2.0)]
        warmup: f64,
        /// Client threads (one proactor each).
        #[arg(long, default_value_t = 1)]
        threads: usize,
        /// Write the report as JSON to this file.
        #[arg(long)]
        json: Option<std::path::PathBuf>,
        /// No progress lines.
        #[arg(short, long)]
        quiet: bool,
        /// Measure this server process's CPU time over the window (from /proc).
        #[arg(long)]
        server_pid: Option<u32>,
    },
    /// Open idle connections and hold them.
    Idle {
        /// Server address.
        #[arg(long)]
        addr: SocketAddr,
        /// Connections to open.
        #[arg(short, long, default_value_t = 10_000)]
        connections: usize,
        /// Seconds to hold them.
        #[arg(long, default_value_t = 30.0)]
        hold: f64,
    },
}

fn secs(s: f64, what: &str) -> Result<Duration, String> {
    Duration::try_from_secs_f64(s)
        .map_err(|_| format!("{what} must be a non-negative number of seconds"))
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("percore-bench: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, Box<dyn std::error::Error>> {
    match cli.command {
        Command::Echo {
            addr,
            connections,
            depth,
            size,
            duration,
            warmup,
            threads,
            json,
            quiet,
            server_pid,
        } => {
            if connections == 0 || depth == 0 || size == 0 {
                return Err("connections, depth and size must be at least 1".into());
            }
            let cfg = EchoConfig {
                addr,
                connections,
                depth,
                size,
                duration: secs(duration, "--duration")?,
                warmup: secs(warmup, "--warmup")?,
                threads,
                progress: !quiet,
                server_pid,
            };
            let r = echo::run(&cfg)?;
            println!(
                "echo {} conns depth {} size {} B over {:.1}s: {} round trips/s, {:.1} MB/s, \
                 p50 {:.1} us, p99 {:.1} us, p99.9 {:.1} us, max {:.1} us, \
                 mismatches {}, errors {}, client CPU {:.0}%{}",
                r.connections,
                r.depth,
                r.size,
                r.seconds,
                thousands(r.round_trips_per_sec),
                r.bytes_per_sec / 1e6,
                r.p50_us,
                r.p99_us,
                r.p999_us,
                r.max_us,
                r.mismatches,
                r.errors,
                r.client_cpu_percent,
                match (r.server_cpu_us_per_rt, r.server_cpu_percent) {
                    (Some(us), Some(p)) => format!(", server CPU {us:.2} us/rt ({p:.0}%)"),
                    _ => String::new(),
                }
            );
            if let Some(path) = json {
                std::fs::write(&path, serde_json::to_string_pretty(&r)?)
                    .map_err(|e| format!("writing {}: {e}", path.display()))?;
            }
            let failed = r.mismatches > 0 || r.errors > 0 || r.round_trips == 0;
            Ok(if failed {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Idle {
            addr,
            connections,
            hold,
        } => {
            idle::hold(addr, connections, secs(hold, "--hold")?)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
