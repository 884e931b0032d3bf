//! `percore-bench`: load generators for percore and its peers.
//!
//! ```text
//! percore-bench echo --addr 127.0.0.1:7000 --connections 100 --size 64 --duration 10
//! percore-bench idle --addr 127.0.0.1:7000 --connections 10000 --hold 30
//! percore-bench drain --addr 127.0.0.1:8080 --server-pid 1234 --idle 1000 --downloads 4
//! percore-bench report --records echo.jsonl --out results/ --name echo --op "round trip"
//! ```
//!
//! `--record FILE` appends the figures of a run, with its `--tag KEY=VALUE`s, as one JSON line
//! for `report`, which turns a file of them into Markdown, JSON and an SVG chart.

#![forbid(unsafe_code)]

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Parser, Subcommand};
use percore_bench::echo::{self, EchoConfig};
use percore_bench::record::{self, Record};
use percore_bench::report::{self, ReportInfo};
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
        /// Count the server's syscalls per round trip (needs --server-pid): with `perf stat`
        /// (the raw_syscalls:sys_enter tracepoint, the server at full speed), or `strace -c
        /// -f` where perf is missing (which slows the server down). The run's speed is then
        /// not reported.
        #[arg(long, requires = "server_pid")]
        strace: bool,
        /// Speak TLS 1.3 to the server (rustls; any certificate is accepted).
        #[arg(long)]
        tls: bool,
        #[command(flatten)]
        record: RecordArgs,
    },
    /// Open idle connections and hold them.
    Idle {
        /// Server address.
        #[arg(long)]
        addr: SocketAddr,
        /// Connections to open.
        #[arg(short, long, default_value_t = 10_000)]
        connections: usize,
        /// Seconds to hold them (after the server has accepted them all, with --server-pid).
        #[arg(long, default_value_t = 30.0)]
        hold: f64,
        /// Report this server process's resident memory per idle connection.
        #[arg(long)]
        server_pid: Option<u32>,
        #[command(flatten)]
        record: RecordArgs,
    },
    /// HTTP load through wrk (run once unmeasured to warm up, then measured), with the
    /// server's CPU time or syscalls per request.
    Wrk {
        /// The URL to load.
        #[arg(long)]
        url: String,
        /// Connections.
        #[arg(short, long, default_value_t = 100)]
        connections: usize,
        /// wrk threads.
        #[arg(long, default_value_t = 1)]
        threads: usize,
        /// Measured seconds.
        #[arg(short = 't', long, default_value_t = 10.0)]
        duration: f64,
        /// Unmeasured warm-up seconds.
        #[arg(short, long, default_value_t = 2.0)]
        warmup: f64,
        /// Measure this server process (and its children) over the run.
        #[arg(long)]
        server_pid: Option<u32>,
        /// Count the server's syscalls per request (needs --server-pid): with `perf stat`, or
        /// `strace -c -f` where perf is missing (the run's speed is then not reported).
        #[arg(long, requires = "server_pid")]
        strace: bool,
        /// Responses other than 2xx/3xx are expected (a 404 benchmark), not errors.
        #[arg(long)]
        any_status: bool,
        /// Requests each connection writes back to back before reading their responses
        /// (TechEmpower's pipelined plaintext test: 16).
        #[arg(long, default_value_t = 1)]
        pipeline: u32,
        /// POST a body of this many bytes instead of GET.
        #[arg(long)]
        body_size: Option<usize>,
        /// Spread the requests over this many paths: `{n}` in the URL's path becomes a
        /// number below it, drawn at random for each request (`--url http://a/f/{n}.bin`).
        /// Requests go one at a time (not with --pipeline).
        #[arg(long, default_value_t = 1, conflicts_with = "pipeline")]
        spread: u32,
        /// Each request asks to close its connection (`Connection: close`): every request on
        /// a new connection, over HTTPS a handshake each (wrk offers the session of the
        /// connection before: resumed, unless the server turns resumption off).
        #[arg(long, conflicts_with = "pipeline")]
        close: bool,
        /// A header field every request carries, `"Name: value"` (repeatable).
        #[arg(long = "header", value_parser = parse_header)]
        headers: Vec<(String, String)>,
        #[command(flatten)]
        record: RecordArgs,
    },
    /// Time a graceful stop: hold idle kept-alive HTTP connections and slow downloads, signal
    /// the server, and measure until each idle connection is closed, each download has its
    /// last byte, and the process is gone.
    Drain {
        /// Server address.
        #[arg(long)]
        addr: SocketAddr,
        /// The server's process id.
        #[arg(long)]
        server_pid: u32,
        /// The signal to send (a name for kill: TERM, INT).
        #[arg(long, default_value = "TERM")]
        signal: String,
        /// Idle kept-alive connections (each after one answered request).
        #[arg(long, default_value_t = 1000)]
        idle: usize,
        /// What the idle connections request.
        #[arg(long, default_value = "/")]
        idle_path: String,
        /// Slow downloads under way at the signal.
        #[arg(long, default_value_t = 0)]
        downloads: usize,
        /// What the downloads fetch.
        #[arg(long, default_value = "/big.bin")]
        download_path: String,
        /// Bytes per second each download reads at.
        #[arg(long, default_value_t = 4 << 20)]
        rate: u64,
        /// Seconds from set-up to the signal.
        #[arg(long, default_value_t = 0.5)]
        settle: f64,
        #[command(flatten)]
        record: RecordArgs,
    },
    /// Print a free TCP port on 127.0.0.1 (for servers that cannot take port 0).
    FreePort,
    /// Turn a file of records into a report: Markdown, JSON and an SVG chart.
    Report {
        /// The records (one JSON object per line, from --record).
        #[arg(long)]
        records: PathBuf,
        /// Directory to write NAME.md, NAME.json and NAME.svg into.
        #[arg(long)]
        out: PathBuf,
        /// File name stem.
        #[arg(long, default_value = "report")]
        name: String,
        /// First heading.
        #[arg(long, default_value = "percore benchmark")]
        title: String,
        /// What one operation is ("round trip", "request").
        #[arg(long, default_value = "request")]
        op: String,
        /// A paragraph under the title.
        #[arg(long, default_value = "")]
        intro: String,
        /// A line of the set-up table, KEY=VALUE (repeatable).
        #[arg(long = "meta", value_name = "KEY=VALUE")]
        meta: Vec<String>,
        /// A file holding the commands that produced the records.
        #[arg(long)]
        commands: Option<PathBuf>,
    },
}

/// Where a run's figures go besides standard output.
#[derive(clap::Args, Debug)]
struct RecordArgs {
    /// Append the figures as one JSON line to this file (for `report`).
    #[arg(long, value_name = "FILE")]
    record: Option<PathBuf>,
    /// A tag of the record, KEY=VALUE (repeatable): config, server, run...
    #[arg(long = "tag", value_name = "KEY=VALUE", requires = "record")]
    tags: Vec<String>,
}

impl RecordArgs {
    /// Appends `metrics` under the tags, when a record file was asked for.
    fn save(&self, metrics: &[(&str, f64)]) -> Result<(), Box<dyn std::error::Error>> {
        self.save_tagged(&[], metrics)
    }

    /// [`RecordArgs::save`] with tags of its own beside the command line's (`KEY=VALUE`).
    fn save_tagged(
        &self,
        tags: &[String],
        metrics: &[(&str, f64)],
    ) -> Result<(), Box<dyn std::error::Error>> {
        let Some(path) = &self.record else {
            return Ok(());
        };
        let mut record = Record::tagged(&[&self.tags[..], tags].concat())?;
        for (k, v) in metrics {
            record.metric(k, *v);
        }
        record::append(path, &record)?;
        Ok(())
    }
}

fn secs(s: f64, what: &str) -> Result<Duration, String> {
    Duration::try_from_secs_f64(s)
        .map_err(|_| format!("{what} must be a non-negative number of seconds"))
}

fn print_echo(r: &echo::EchoReport) {
    println!(
        "echo {} conns depth {} size {} B over {:.1}s: {} round trips/s, {:.1} MB/s, \
         p50 {:.1} us, p99 {:.1} us, p99.9 {:.1} us, max {:.1} us, \
         mismatches {}, errors {}, stalled {}, client CPU {:.0}%{}",
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
        r.stalled,
        r.client_cpu_percent,
        match (r.server_cpu_us_per_rt, r.server_cpu_percent) {
            (Some(us), Some(p)) => format!(", server CPU {us:.2} us/rt ({p:.0}%)"),
            _ => String::new(),
        }
    );
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
            strace,
            tls,
            record,
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
                strace,
                tls,
            };
            let r = echo::run(&cfg)?;
            // A connection that completed nothing in the window counts as an error, outside
            // strace (see below).
            let stalled_errors = if strace { 0 } else { r.stalled };
            let errors = (r.mismatches + r.errors + stalled_errors) as f64;
            if let (Some(calls), Some(per)) = (r.syscalls, r.syscalls_per_rt) {
                println!(
                    "echo {} conns depth {} size {} B under {}: {calls} server syscalls \
                     for {} round trips: {per:.4} per round trip, mismatches {}, errors {}",
                    r.connections,
                    r.depth,
                    r.size,
                    r.syscall_tool.unwrap_or("a counter"),
                    r.round_trips_all,
                    r.mismatches,
                    r.errors
                );
                let tool = format!("syscall_tool={}", r.syscall_tool.unwrap_or("unknown"));
                record.save_tagged(&[tool], &[("syscalls_per_op", per), ("errors", errors)])?;
            } else {
                print_echo(&r);
                let mut metrics = vec![
                    ("ops_per_sec", r.round_trips_per_sec),
                    ("bytes_per_sec", r.bytes_per_sec),
                    ("p50_us", r.p50_us),
                    ("p99_us", r.p99_us),
                    ("p999_us", r.p999_us),
                    ("max_us", r.max_us),
                    ("client_cpu_percent", r.client_cpu_percent),
                    ("errors", errors),
                ];
                if let (Some(us), Some(p)) = (r.server_cpu_us_per_rt, r.server_cpu_percent) {
                    metrics.push(("server_cpu_us_per_op", us));
                    metrics.push(("server_cpu_percent", p));
                }
                record.save(&metrics)?;
            }
            if let Some(path) = json {
                std::fs::write(&path, serde_json::to_string_pretty(&r)?)
                    .map_err(|e| format!("writing {}: {e}", path.display()))?;
            }
            // A connection that completed nothing in the window (never connected, or an
            // echo lost) fails the run too, outside strace, which slows the server a
            // hundredfold; a run with fewer connections than asked is not the one reported.
            let stalled = r.stalled > 0 && !strace;
            let failed = r.mismatches > 0 || r.errors > 0 || r.round_trips == 0 || stalled;
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
            server_pid,
            record,
        } => {
            if let Some(r) = idle::hold(addr, connections, secs(hold, "--hold")?, server_pid)? {
                println!(
                    "{} idle connections: server RSS {} KiB -> {} KiB, {:.2} KiB per connection",
                    r.connections, r.rss_before_kib, r.rss_after_kib, r.kib_per_conn
                );
                record.save(&[("rss_kib_per_conn", r.kib_per_conn)])?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Wrk {
            url,
            connections,
            threads,
            duration,
            warmup,
            server_pid,
            strace,
            any_status,
            pipeline,
            body_size,
            spread,
            close,
            headers,
            record,
        } => {
            let load = percore_bench::wrk::Load {
                pipeline,
                body: body_size,
                spread,
                close,
                headers,
            };
            let args = |secs: f64| {
                vec![
                    format!("-c{connections}"),
                    format!("-t{}", threads.clamp(1, connections.max(1))),
                    format!("-d{}s", secs.max(1.0).round()),
                    "--timeout".to_string(),
                    "10s".to_string(),
                    url.clone(),
                ]
            };
            if warmup > 0.0 && !strace {
                percore_bench::wrk::run(&args(warmup), &load, None, false)?;
            }
            let run = percore_bench::wrk::run(&args(duration), &load, server_pid, strace)?;
            let f = &run.figures;
            let socket_errors = f.connect + f.read + f.write + f.timeout;
            let errors = socket_errors + if any_status { 0 } else { f.status };
            let secs = f.duration_us as f64 / 1e6;
            if let Some(per) = run.syscalls_per_req {
                println!(
                    "wrk {url} under {}: {} requests, {per:.3} server syscalls per request, errors {errors}",
                    run.syscall_tool.unwrap_or("a counter"),
                    f.requests
                );
                let tool = format!("syscall_tool={}", run.syscall_tool.unwrap_or("unknown"));
                record.save_tagged(
                    &[tool],
                    &[("syscalls_per_op", per), ("errors", errors as f64)],
                )?;
            } else {
                let rps = f.requests as f64 / secs;
                println!(
                    "wrk {url} -c{connections}: {} requests/s, {:.1} MB/s, p50 {} us, p99 {} us, \
                     p99.9 {} us, max {} us, errors {errors}{}",
                    thousands(rps),
                    f.bytes as f64 / secs / 1e6,
                    f.p50,
                    f.p99,
                    f.p999,
                    f.max,
                    match (run.server_cpu_us_per_req, run.server_cpu_percent) {
                        (Some(us), Some(p)) => format!(", server CPU {us:.2} us/request ({p:.0}%)"),
                        _ => String::new(),
                    }
                );
                let mut metrics = vec![
                    ("ops_per_sec", rps),
                    ("bytes_per_sec", f.bytes as f64 / secs),
                    ("p50_us", f.p50 as f64),
                    ("p99_us", f.p99 as f64),
                    ("p999_us", f.p999 as f64),
                    ("max_us", f.max as f64),
                    ("errors", errors as f64),
                ];
                // Pipelined, wrk records one latency per batch and then "corrects" it with the
                // per-response interval, below its own minimum: its percentiles are wrong (the
                // 99th comes out 0). No percentile figure then, rather than a wrong one.
                if pipeline > 1 {
                    metrics.retain(|&(key, _)| !matches!(key, "p50_us" | "p99_us" | "p999_us"));
                }
                if let (Some(us), Some(p)) = (run.server_cpu_us_per_req, run.server_cpu_percent) {
                    metrics.push(("server_cpu_us_per_op", us));
                    metrics.push(("server_cpu_percent", p));
                }
                record.save(&metrics)?;
            }
            Ok(if errors > 0 || f.requests == 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Drain {
            addr,
            server_pid,
            signal,
            idle,
            idle_path,
            downloads,
            download_path,
            rate,
            settle,
            record,
        } => {
            if rate == 0 {
                return Err("--rate must be at least 1 byte per second".into());
            }
            let r = percore_bench::drain::run(&percore_bench::drain::DrainConfig {
                addr,
                pid: server_pid,
                signal,
                idle,
                idle_path,
                downloads,
                download_path,
                rate,
                settle: secs(settle, "--settle")?,
            })?;
            println!(
                "drain: {} idle connections closed {:.1} ms after the signal ({} resets); {}; \
                 exit {:.1} ms after the signal",
                r.idle,
                r.idle_closed_ms,
                r.idle_resets,
                match r.downloads_done_ms {
                    Some(ms) => format!(
                        "{} downloads read to their end {ms:.1} ms after it ({} failed), exit \
                         {:.1} ms after that",
                        r.downloads,
                        r.downloads_failed,
                        r.exit_ms - ms
                    ),
                    None => "no downloads".to_string(),
                },
                r.exit_ms
            );
            let mut metrics = vec![
                ("idle_closed_ms", r.idle_closed_ms),
                ("exit_ms", r.exit_ms),
                ("errors", (r.idle_resets + r.downloads_failed) as f64),
            ];
            if let Some(ms) = r.downloads_done_ms {
                metrics.push(("downloads_done_ms", ms));
                metrics.push(("exit_after_downloads_ms", r.exit_ms - ms));
            }
            record.save(&metrics)?;
            Ok(if r.idle_resets + r.downloads_failed > 0 {
                ExitCode::FAILURE
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::FreePort => {
            let l = std::net::TcpListener::bind("127.0.0.1:0")?;
            println!("{}", l.local_addr()?.port());
            Ok(ExitCode::SUCCESS)
        }
        Command::Report {
            records,
            out,
            name,
            title,
            op,
            intro,
            meta,
            commands,
        } => {
            let meta = meta
                .iter()
                .map(|m| {
                    m.split_once('=')
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .ok_or_else(|| format!("--meta {m:?}: expected KEY=VALUE"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let commands = match commands {
                Some(path) => std::fs::read_to_string(&path)
                    .map_err(|e| format!("{}: {e}", path.display()))?,
                None => String::new(),
            };
            let info = ReportInfo {
                title,
                op,
                intro,
                meta,
                commands,
            };
            report::write(&out, &name, &record::read_all(&records)?, &info)?;
            println!("wrote {}", out.join(format!("{name}.md")).display());
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// A `--header` value: `Name: value`.
fn parse_header(s: &str) -> Result<(String, String), String> {
    let (name, value) = s
        .split_once(':')
        .ok_or_else(|| format!("{s:?} is not `Name: value`"))?;
    let name = name.trim();
    if name.is_empty() || name.contains(char::is_whitespace) {
        return Err(format!("{s:?}: no field name"));
    }
    Ok((name.to_string(), value.trim().to_string()))
}
