//! HTTP load with wrk: one run, its figures read from a Lua `done` hook (requests, bytes,
//! errors, latency percentiles), with the server's CPU time or syscalls over the run.

use std::io;
use std::process::Command;

use serde::Deserialize;

use crate::cpu::CpuClock;
use crate::syscalls::Counter;

/// Prints the run's figures as one JSON line when wrk finishes.
const REPORT_LUA: &str = r#"
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\nPERCORE {"requests":%d,"duration_us":%d,"bytes":%d,"connect":%d,"read":%d,' ..
    '"write":%d,"timeout":%d,"status":%d,"p50":%d,"p99":%d,"p999":%d,"max":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write,
    e.timeout, e.status, latency:percentile(50), latency:percentile(99),
    latency:percentile(99.9), latency.max))
end
"#;

/// How each connection loads the server: what request, how many at a time.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Load {
    /// Requests written back to back before their responses are read (TechEmpower's
    /// pipelining test sends 16); 1 or 0: one at a time.
    pub pipeline: u32,
    /// POST a body of this many bytes rather than GET.
    pub body: Option<usize>,
    /// When above 1: each request's path is the URL's with `{n}` replaced by a number below
    /// this, drawn at random (many distinct files).
    pub spread: u32,
    /// Each request asks to close its connection: a new connection (and over HTTPS a full
    /// handshake) per request.
    pub close: bool,
    /// Header fields every request carries (`Accept-Encoding: gzip`), name and value.
    pub headers: Vec<(String, String)>,
}

impl Load {
    /// The Lua that sets the request up (empty for wrk's default GET).
    fn lua(&self, path: &str) -> String {
        let mut lua = String::new();
        if self.close {
            lua.push_str("wrk.headers[\"Connection\"] = \"close\"\n");
        }
        for (name, value) in &self.headers {
            lua.push_str(&format!("wrk.headers[{name:?}] = {value:?}\n"));
        }
        if let Some(n) = self.body {
            lua.push_str(&format!(
                "wrk.method = \"POST\"\nwrk.body = string.rep(\"x\", {n})\n\
                 wrk.headers[\"Content-Type\"] = \"application/octet-stream\"\n"
            ));
        }
        if self.spread > 1 {
            // Each wrk thread draws from a sequence of its own (seeded with its number, so
            // every server gets the same requests).
            lua.push_str(&format!(
                "local threads = 0\nsetup = function(thread)\n  threads = threads + 1\n  \
                 thread:set(\"seed\", threads)\nend\n\
                 local reqs = {{}}\ninit = function(args)\n  math.randomseed(seed or 1)\n  \
                 for i = 1, {n} do\n    \
                 reqs[i] = wrk.format(nil, (string.gsub({path:?}, \"{{n}}\", tostring(i - 1))))\n  \
                 end\nend\nrequest = function()\n  return reqs[math.random(1, {n})]\nend\n",
                n = self.spread
            ));
        } else if self.pipeline > 1 {
            // As wrk's own scripts/pipeline.lua: one write carries every request.
            lua.push_str(&format!(
                "init = function(args)\n  local r = {{}}\n  for i = 1, {} do\n    \
                 r[i] = wrk.format(nil, {path:?})\n  end\n  req = table.concat(r)\nend\n\
                 request = function()\n  return req\nend\n",
                self.pipeline
            ));
        }
        lua
    }
}

/// The path (and query) of `url`, for the requests a script writes.
fn url_path(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.find('/').map_or("/", |i| &rest[i..])
}

/// What one wrk run measured.
#[derive(Debug, Clone, Deserialize)]
pub struct WrkFigures {
    /// Requests completed.
    pub requests: u64,
    /// Length of the run, microseconds.
    pub duration_us: u64,
    /// Bytes read.
    pub bytes: u64,
    /// Connect errors.
    pub connect: u64,
    /// Read errors.
    pub read: u64,
    /// Write errors.
    pub write: u64,
    /// Timeouts.
    pub timeout: u64,
    /// Responses with a status other than 2xx or 3xx.
    pub status: u64,
    /// Median latency, microseconds.
    pub p50: u64,
    /// 99th percentile, microseconds.
    pub p99: u64,
    /// 99.9th percentile, microseconds.
    pub p999: u64,
    /// Largest latency, microseconds.
    pub max: u64,
}

/// A run and what the server spent on it.
#[derive(Debug, Clone)]
pub struct WrkRun {
    /// wrk's figures.
    pub figures: WrkFigures,
    /// Server CPU time over the run, microseconds per request (with a server pid).
    pub server_cpu_us_per_req: Option<f64>,
    /// Server CPU use over the run, percent of one core.
    pub server_cpu_percent: Option<f64>,
    /// Server syscalls per request (when counted).
    pub syscalls_per_req: Option<f64>,
    /// What counted them: `perf stat`, or `strace` where perf is missing.
    pub syscall_tool: Option<&'static str>,
}

/// Runs `wrk` with `args` (connections, threads, duration, then the URL last), each
/// connection loading as `load` says, the report hook added.
///
/// # Errors
///
/// wrk missing or failing, its report missing, or the syscall count failing.
pub fn run(
    args: &[String],
    load: &Load,
    server_pid: Option<u32>,
    strace: bool,
) -> io::Result<WrkRun> {
    let script = std::env::temp_dir().join(format!("percore-bench-wrk-{}.lua", std::process::id()));
    let path = url_path(args.last().map_or("/", String::as_str));
    std::fs::write(&script, format!("{}{REPORT_LUA}", load.lua(path)))?;
    // wrk itself is given a URL it can parse; the script writes the spread paths.
    let mut args = args.to_vec();
    if let Some(url) = args.last_mut() {
        *url = url.replace("{n}", "0");
    }
    let trace = match (strace, server_pid) {
        (true, Some(pid)) => Some(Counter::attach(pid)?),
        (true, None) => {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "counting syscalls needs the server's pid",
            ));
        }
        (false, _) => None,
    };
    let clock = server_pid.map(|p| CpuClock::start_for(Some(p)));
    let out = Command::new("wrk")
        .arg("-s")
        .arg(&script)
        .args(&args)
        .output();
    if out.is_err() {
        let _ = std::fs::remove_file(&script);
    }
    let out = out.map_err(|e| {
        if e.kind() == io::ErrorKind::NotFound {
            io::Error::new(e.kind(), "wrk not found: install it (apt-get install wrk)")
        } else {
            e
        }
    })?;
    let cpu = clock.map(|c| c.elapsed_cpu().map(|t| (t, c.percent_of_one_core(t))));
    let tool = trace.as_ref().map(Counter::tool);
    let calls = trace.map(Counter::finish).transpose();
    let _ = std::fs::remove_file(&script);
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        return Err(io::Error::other(format!(
            "wrk failed ({}): {}{}",
            out.status,
            stdout,
            String::from_utf8_lossy(&out.stderr)
        )));
    }
    let figures: WrkFigures = stdout
        .lines()
        .find_map(|l| l.strip_prefix("PERCORE "))
        .ok_or_else(|| io::Error::other(format!("no report in wrk's output:\n{stdout}")))
        .and_then(|j| serde_json::from_str(j).map_err(io::Error::other))?;
    // After wrk's own failure, which says more, and the script's removal.
    let cpu = cpu.transpose()?;
    let calls = calls?;
    let requests = figures.requests.max(1) as f64;
    Ok(WrkRun {
        server_cpu_us_per_req: cpu.map(|(t, _)| t.as_secs_f64() * 1e6 / requests),
        server_cpu_percent: cpu.map(|(_, p)| p),
        syscalls_per_req: calls.map(|n| n as f64 / requests),
        syscall_tool: tool,
        figures,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_for_each_load() {
        assert_eq!(Load::default().lua("/"), "");
        let spread = Load {
            spread: 1000,
            ..Load::default()
        }
        .lua("/mix/{n}.bin");
        assert!(spread.contains("math.random(1, 1000)") && spread.contains("\"{n}\""));
        assert!(spread.contains("math.randomseed(seed or 1)"));
        let post = Load {
            body: Some(4096),
            ..Load::default()
        };
        assert!(post.lua("/echo").contains("string.rep(\"x\", 4096)"));
        let piped = Load {
            pipeline: 16,
            ..Load::default()
        }
        .lua(url_path("http://127.0.0.1:8080/plaintext?x"));
        assert!(piped.contains("for i = 1, 16 do") && piped.contains("\"/plaintext?x\""));
        assert_eq!(url_path("http://h:1"), "/");
        let closing = Load {
            close: true,
            ..Load::default()
        };
        assert!(
            closing
                .lua("/")
                .contains("wrk.headers[\"Connection\"] = \"close\"")
        );
        let gzip = Load {
            headers: vec![("Accept-Encoding".into(), "gzip".into())],
            ..Load::default()
        };
        assert_eq!(
            gzip.lua("/"),
            "wrk.headers[\"Accept-Encoding\"] = \"gzip\"\n"
        );
    }
}
