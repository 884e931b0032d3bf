//! The report of a benchmark run: each figure's median with its min–max over the runs, the
//! ratios of percore against the best peer, written as Markdown, JSON and an SVG chart.
//!
//! Servers whose name starts with `percore` are the subjects; every other server is a peer.
//! A ratio compares a subject's median with the best peer median of the same configuration
//! (the highest for a throughput, the lowest for a cost).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io;
use std::path::Path;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use serde::Serialize;

use crate::record::Record;
use crate::{median, thousands};

/// Which way a figure is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    /// A throughput.
    Higher,
    /// A cost or a latency.
    Lower,
    /// Context only (CPU use in percent, errors).
    Neither,
}

/// A figure the report knows how to show.
#[derive(Debug, Clone, Copy)]
pub struct Metric {
    /// Its key in the records.
    pub key: &'static str,
    /// Column title; `{op}` stands for the operation ("round trip", "request").
    pub title: &'static str,
    /// Which way is better.
    pub better: Better,
    /// Multiplier before display.
    pub scale: f64,
    /// Decimals shown.
    pub decimals: usize,
}

const fn metric(key: &'static str, title: &'static str, better: Better, decimals: usize) -> Metric {
    Metric {
        key,
        title,
        better,
        scale: 1.0,
        decimals,
    }
}

/// Every figure, in the order of the report's columns.
pub const METRICS: &[Metric] = &[
    metric("ops_per_sec", "{op}s/s", Better::Higher, 0),
    Metric {
        scale: 1e-6,
        ..metric("bytes_per_sec", "MB/s", Better::Higher, 1)
    },
    metric(
        "server_cpu_us_per_op",
        "server CPU µs/{op}",
        Better::Lower,
        2,
    ),
    metric("syscalls_per_op", "syscalls/{op}", Better::Lower, 3),
    metric(
        "rss_kib_per_conn",
        "RSS KiB/idle connection",
        Better::Lower,
        2,
    ),
    metric("p50_us", "p50 µs", Better::Lower, 1),
    metric("p99_us", "p99 µs", Better::Lower, 1),
    metric("p999_us", "p99.9 µs", Better::Lower, 1),
    metric("max_us", "max µs", Better::Lower, 0),
    metric(
        "idle_closed_ms",
        "idle closed, ms after signal",
        Better::Lower,
        1,
    ),
    metric(
        "downloads_done_ms",
        "downloads done, ms after signal",
        Better::Neither,
        0,
    ),
    metric("exit_ms", "exit, ms after signal", Better::Lower, 1),
    metric(
        "exit_after_downloads_ms",
        "exit, ms after downloads",
        Better::Lower,
        1,
    ),
    metric("server_cpu_percent", "server CPU %", Better::Neither, 0),
    metric("client_cpu_percent", "client CPU %", Better::Neither, 0),
    metric("errors", "errors", Better::Neither, 0),
];

/// The figures ratios are given for, in order.
pub const RATIO_METRICS: &[&str] = &[
    "ops_per_sec",
    "bytes_per_sec",
    "server_cpu_us_per_op",
    "syscalls_per_op",
    "rss_kib_per_conn",
];

/// The figures the chart shows, one panel each, when present.
const CHART_METRICS: &[&str] = &["ops_per_sec", "server_cpu_us_per_op", "rss_kib_per_conn"];

fn find_metric(key: &str) -> Option<&'static Metric> {
    METRICS.iter().find(|m| m.key == key)
}

/// A figure over the runs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Summary {
    /// The median of the runs.
    pub median: f64,
    /// The lowest run.
    pub min: f64,
    /// The highest run.
    pub max: f64,
    /// How many runs.
    pub runs: usize,
}

impl Summary {
    fn of(samples: &[f64]) -> Summary {
        Summary {
            median: median(samples),
            min: samples.iter().copied().fold(f64::INFINITY, f64::min),
            max: samples.iter().copied().fold(f64::NEG_INFINITY, f64::max),
            runs: samples.len(),
        }
    }
}

/// One server's figures in one configuration.
#[derive(Debug, Clone, Serialize)]
pub struct ServerSummary {
    /// The server's name.
    pub server: String,
    /// Figures by metric key.
    pub metrics: BTreeMap<String, Summary>,
}

/// One configuration: every server's figures, in the order they were first measured.
#[derive(Debug, Clone, Serialize)]
pub struct ConfigSummary {
    /// The configuration's name.
    pub config: String,
    /// The servers.
    pub servers: Vec<ServerSummary>,
}

/// A subject's median over the best peer's, for one figure of one configuration.
#[derive(Debug, Clone, Serialize)]
pub struct Ratio {
    /// The configuration.
    pub config: String,
    /// The percore server.
    pub server: String,
    /// The metric key.
    pub metric: String,
    /// Subject median / best peer median.
    pub ratio: f64,
    /// The best peer for this figure.
    pub peer: String,
}

/// A ratio as the tables show it: two decimals (more for a small one, so that 0.0036x is not
/// printed as 0.00x), in bold only where percore is ahead (above 1 for a throughput, below 1
/// for a cost) as printed: 0.996x shows as 1.00x, level, not in bold.
fn ratio_cell(r: &Ratio) -> String {
    let decimals = if r.ratio != 0.0 && r.ratio.abs() < 0.1 {
        // Two significant digits: 0.0036, 0.050.
        (1.0 - r.ratio.abs().log10().floor()) as usize
    } else {
        2
    };
    let text = format!("{:.*}x", decimals, r.ratio);
    let shown: f64 = text.trim_end_matches('x').parse().unwrap_or(r.ratio);
    let ahead = match find_metric(&r.metric).map(|m| m.better) {
        Some(Better::Higher) => shown > 1.0,
        Some(Better::Lower) => shown < 1.0,
        _ => false,
    };
    if ahead { format!("**{text}**") } else { text }
}

/// True for the servers ratios are given for.
pub fn is_subject(server: &str) -> bool {
    server.starts_with("percore")
}

/// A server's samples in one configuration, by metric key.
type ServerSamples = (String, BTreeMap<String, Vec<f64>>);

/// Groups records by configuration and server (in order of first appearance) and summarises
/// each metric over the runs.
///
/// # Errors
///
/// A record without a `config` or `server` tag.
pub fn summarize(records: &[Record]) -> Result<Vec<ConfigSummary>, String> {
    let mut groups: Vec<(String, Vec<ServerSamples>)> = Vec::new();
    for (i, r) in records.iter().enumerate() {
        let (config, server) = (r.tag("config"), r.tag("server"));
        if config.is_empty() || server.is_empty() {
            return Err(format!("record {} has no config or server tag", i + 1));
        }
        let at = match groups.iter().position(|(c, _)| c == config) {
            Some(at) => at,
            None => {
                groups.push((config.to_string(), Vec::new()));
                groups.len() - 1
            }
        };
        let servers = &mut groups[at].1;
        let at = match servers.iter().position(|(s, _)| s == server) {
            Some(at) => at,
            None => {
                servers.push((server.to_string(), BTreeMap::new()));
                servers.len() - 1
            }
        };
        for (k, v) in &r.metrics {
            servers[at].1.entry(k.clone()).or_default().push(*v);
        }
    }
    Ok(groups
        .into_iter()
        .map(|(config, servers)| ConfigSummary {
            config,
            servers: servers
                .into_iter()
                .map(|(server, metrics)| ServerSummary {
                    server,
                    metrics: metrics
                        .into_iter()
                        .map(|(k, v)| (k, Summary::of(&v)))
                        .collect(),
                })
                .collect(),
        })
        .collect())
}

/// The best peer's median of `key` in `config`, with the peer's name.
fn best_peer<'a>(config: &'a ConfigSummary, key: &str) -> Option<(f64, &'a str)> {
    let better = find_metric(key).map_or(Better::Higher, |m| m.better);
    config
        .servers
        .iter()
        .filter(|s| !is_subject(&s.server))
        .filter_map(|s| Some((s.metrics.get(key)?.median, s.server.as_str())))
        .reduce(|a, b| match better {
            Better::Lower if b.0 < a.0 => b,
            Better::Higher | Better::Neither if b.0 > a.0 => b,
            _ => a,
        })
}

/// Every subject's ratio against the best peer, for each figure of [`RATIO_METRICS`] that
/// both have.
pub fn ratios(configs: &[ConfigSummary]) -> Vec<Ratio> {
    let mut out = Vec::new();
    for c in configs {
        for s in c.servers.iter().filter(|s| is_subject(&s.server)) {
            for key in RATIO_METRICS {
                let (Some(mine), Some((best, peer))) = (s.metrics.get(*key), best_peer(c, key))
                else {
                    continue;
                };
                if best > 0.0 {
                    out.push(Ratio {
                        config: c.config.clone(),
                        server: s.server.clone(),
                        metric: key.to_string(),
                        ratio: mine.median / best,
                        peer: peer.to_string(),
                    });
                }
            }
        }
    }
    out
}

/// What the report says besides the figures.
#[derive(Debug, Clone, Default)]
pub struct ReportInfo {
    /// First heading.
    pub title: String,
    /// The operation one figure counts ("round trip", "request").
    pub op: String,
    /// A paragraph under the title.
    pub intro: String,
    /// Extra lines of the set-up table (`KEY`, `VALUE`), after the machine's.
    pub meta: Vec<(String, String)>,
    /// The exact commands that produced the records.
    pub commands: String,
}

fn title(m: &Metric, op: &str) -> String {
    m.title.replace("{op}", op)
}

fn format_value(m: &Metric, v: f64) -> String {
    let v = v * m.scale;
    if m.decimals == 0 && v.abs() >= 10_000.0 {
        thousands(v)
    } else {
        format!("{v:.*}", m.decimals)
    }
}

fn format_summary(m: &Metric, s: &Summary) -> String {
    if s.runs > 1 && s.min != s.max {
        format!(
            "{} ({}–{})",
            format_value(m, s.median),
            format_value(m, s.min),
            format_value(m, s.max)
        )
    } else {
        format_value(m, s.median)
    }
}

/// The machine the report was made on: CPU model, CPUs, memory, kernel, OS.
pub fn machine() -> Vec<(String, String)> {
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_default();
    let cpuinfo = read("/proc/cpuinfo");
    let model = cpuinfo
        .lines()
        .find_map(|l| l.strip_prefix("model name"))
        .and_then(|l| l.split_once(':'))
        .map_or("unknown", |(_, v)| v.trim())
        .to_string();
    let cpus = cpuinfo
        .lines()
        .filter(|l| l.starts_with("processor"))
        .count();
    let mem = read("/proc/meminfo")
        .lines()
        .find_map(|l| l.strip_prefix("MemTotal:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
        .map_or("unknown".into(), |kib| {
            format!("{:.1} GiB", kib as f64 / 1024.0 / 1024.0)
        });
    let os = read("/etc/os-release")
        .lines()
        .find_map(|l| l.strip_prefix("PRETTY_NAME="))
        .map_or("unknown".into(), |v| v.trim_matches('"').to_string());
    vec![
        ("CPU".into(), format!("{model} ({cpus} CPUs online)")),
        ("memory".into(), mem),
        (
            "kernel".into(),
            read("/proc/sys/kernel/osrelease").trim().to_string(),
        ),
        ("OS".into(), os),
    ]
}

/// The report as Markdown. `chart` is the SVG's file name, linked when given.
pub fn markdown(
    configs: &[ConfigSummary],
    info: &ReportInfo,
    machine: &[(String, String)],
    chart: Option<&str>,
) -> String {
    let op = info.op.as_str();
    let mut md = String::new();
    let _ = writeln!(md, "# {}\n", info.title);
    if !info.intro.is_empty() {
        let _ = writeln!(md, "{}\n", info.intro);
    }
    md.push_str("| set-up | |\n|---|---|\n");
    for (k, v) in machine.iter().chain(&info.meta) {
        let _ = writeln!(md, "| {k} | {v} |");
    }
    // Runs with errors stay in the medians (a failed run's figures are as it measured them):
    // said here, before any ratio, not left to a column of medians that may read 0.
    let erring: Vec<String> = configs
        .iter()
        .flat_map(|c| {
            c.servers.iter().filter_map(move |s| {
                let e = s.metrics.get("errors").filter(|e| e.max > 0.0)?;
                Some(format!(
                    "- {}, {}: up to {} errors in a run (median {} over {} runs)",
                    c.config, s.server, e.max, e.median, e.runs
                ))
            })
        })
        .collect();
    if !erring.is_empty() {
        let _ = write!(
            md,
            "\n**Runs with errors** (their figures are in the medians below):\n\n{}\n",
            erring.join("\n")
        );
    }
    let ratios = ratios(configs);
    if !ratios.is_empty() {
        let keys: Vec<&str> = RATIO_METRICS
            .iter()
            .copied()
            .filter(|k| ratios.iter().any(|r| r.metric == *k))
            .collect();
        md.push_str("\n## Ratios against the best peer\n\n");
        md.push_str(
            "Median against the best peer's median for each figure (named beside it). \
             Throughput: above 1 is better; costs: below 1 is better; in bold where percore \
             is ahead.\n\n",
        );
        md.push_str("| configuration | server |");
        for k in &keys {
            let _ = write!(md, " {} |", title(find_metric(k).expect("known"), op));
        }
        md.push_str("\n|---|---|");
        md.push_str(&"---|".repeat(keys.len()));
        md.push('\n');
        let mut rows: Vec<(&str, &str)> = Vec::new();
        for r in &ratios {
            if !rows.contains(&(r.config.as_str(), r.server.as_str())) {
                rows.push((r.config.as_str(), r.server.as_str()));
            }
        }
        for (config, server) in rows {
            let _ = write!(md, "| {config} | {server} |");
            for k in &keys {
                match ratios
                    .iter()
                    .find(|r| r.config == config && r.server == server && r.metric == *k)
                {
                    Some(r) => {
                        let _ = write!(md, " {} {} |", ratio_cell(r), r.peer);
                    }
                    None => md.push_str(" |"),
                }
            }
            md.push('\n');
        }
    }
    if let Some(chart) = chart {
        let _ = writeln!(md, "\n![the figures as a chart]({chart})");
    }
    md.push_str("\n## Figures\n\nMedian, with the lowest and highest run in brackets.\n");
    for c in configs {
        let present: Vec<&Metric> = METRICS
            .iter()
            .filter(|m| c.servers.iter().any(|s| s.metrics.contains_key(m.key)))
            .collect();
        let _ = write!(md, "\n### {}\n\n| server |", c.config);
        for m in &present {
            let _ = write!(md, " {} |", title(m, op));
        }
        md.push_str("\n|---|");
        md.push_str(&"---|".repeat(present.len()));
        md.push('\n');
        for s in &c.servers {
            let _ = write!(md, "| {} |", s.server);
            for m in &present {
                match s.metrics.get(m.key) {
                    Some(v) => {
                        let _ = write!(md, " {} |", format_summary(m, v));
                    }
                    None => md.push_str(" |"),
                }
            }
            md.push('\n');
        }
    }
    if !info.commands.is_empty() {
        let _ = write!(
            md,
            "\n## Commands\n\nEvery command of the run, in order:\n\n```sh\n{}\n```\n",
            info.commands.trim_end()
        );
    }
    md
}

/// The report as JSON: set-up, summaries and ratios.
pub fn json(configs: &[ConfigSummary], info: &ReportInfo, machine: &[(String, String)]) -> String {
    #[derive(Serialize)]
    struct Out<'a> {
        title: &'a str,
        op: &'a str,
        setup: BTreeMap<&'a str, &'a str>,
        configs: &'a [ConfigSummary],
        ratios: Vec<Ratio>,
    }
    let out = Out {
        title: &info.title,
        op: &info.op,
        setup: machine
            .iter()
            .chain(&info.meta)
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect(),
        configs,
        ratios: ratios(configs),
    };
    serde_json::to_string_pretty(&out).expect("plain data serializes")
}

const PALETTE: &[RGBColor] = &[
    RGBColor(31, 119, 180),
    RGBColor(120, 170, 220),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
];

/// Draws the chart: one panel per figure of `CHART_METRICS` present (throughput, server CPU
/// per operation, memory per idle connection), the configurations side by side, one bar per server, each
/// configuration scaled to its best peer (= 1) so that figures of different sizes share an
/// axis; the bar's label is the absolute median and its whisker spans the runs.
///
/// # Errors
///
/// The file cannot be written.
pub fn chart(path: &Path, configs: &[ConfigSummary], op: &str) -> io::Result<()> {
    let panels: Vec<&Metric> = CHART_METRICS
        .iter()
        .filter_map(|k| find_metric(k))
        .filter(|m| {
            configs
                .iter()
                .any(|c| c.servers.iter().any(|s| s.metrics.contains_key(m.key)))
        })
        .collect();
    let mut servers: Vec<&str> = Vec::new();
    for c in configs {
        for s in &c.servers {
            if !servers.contains(&s.server.as_str()) {
                servers.push(&s.server);
            }
        }
    }
    let (width, panel_height) = (1100u32, 420u32);
    let height = panel_height * panels.len().max(1) as u32;
    let root = SVGBackend::new(path, (width, height)).into_drawing_area();
    let draw = |e: &dyn std::fmt::Display| io::Error::other(e.to_string());
    root.fill(&WHITE).map_err(|e| draw(&e))?;
    let areas = root.split_evenly((panels.len().max(1), 1));
    for (m, area) in panels.iter().zip(&areas) {
        draw_panel(area, configs, &servers, m, op).map_err(|e| draw(&e))?;
    }
    root.present().map_err(|e| draw(&e))?;
    Ok(())
}

type Area<'a> = DrawingArea<SVGBackend<'a>, plotters::coord::Shift>;

fn draw_panel(
    area: &Area<'_>,
    configs: &[ConfigSummary],
    servers: &[&str],
    m: &Metric,
    op: &str,
) -> Result<(), Box<dyn std::error::Error>> {
    // Only the configurations that measured this figure.
    let configs: Vec<&ConfigSummary> = configs
        .iter()
        .filter(|c| c.servers.iter().any(|s| s.metrics.contains_key(m.key)))
        .collect();
    // Each configuration's values relative to its best peer (or its best server, without one).
    let scale = |c: &ConfigSummary| {
        best_peer(c, m.key).map(|(v, _)| v).or_else(|| {
            c.servers
                .iter()
                .filter_map(|s| s.metrics.get(m.key).map(|v| v.median))
                .reduce(f64::max)
        })
    };
    let mut top = 1.0f64;
    for c in &configs {
        if let Some(base) = scale(c).filter(|b| *b > 0.0) {
            for s in &c.servers {
                if let Some(v) = s.metrics.get(m.key) {
                    top = top.max(v.max / base);
                }
            }
        }
    }
    let caption = match m.better {
        Better::Lower => format!(
            "{}, relative to the best peer (lower is better)",
            title(m, op)
        ),
        _ => format!(
            "{}, relative to the best peer (higher is better)",
            title(m, op)
        ),
    };
    let n = configs.len().max(1) as f64;
    let mut chart = ChartBuilder::on(area)
        .caption(caption, ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(36)
        .y_label_area_size(50)
        // Headroom above the tallest bar for its label and the legend.
        .build_cartesian_2d(0f64..n, 0f64..top * 1.4)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(0)
        .y_desc("x best peer")
        .y_label_formatter(&|v| format!("{v:.1}"))
        .draw()?;
    let width = 0.8 / servers.len().max(1) as f64;
    for (j, server) in servers.iter().enumerate() {
        let color = PALETTE[j % PALETTE.len()];
        let bars: Vec<(f64, Summary, f64)> = configs
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let base = scale(c).filter(|b| *b > 0.0)?;
                let s = c.servers.iter().find(|s| s.server == *server)?;
                Some((
                    i as f64 + 0.1 + j as f64 * width,
                    *s.metrics.get(m.key)?,
                    base,
                ))
            })
            .collect();
        chart
            .draw_series(bars.iter().map(|(x, s, base)| {
                Rectangle::new(
                    [(*x, 0.0), (*x + width * 0.9, s.median / base)],
                    color.filled(),
                )
            }))?
            .label(*server)
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], color.filled()));
        chart.draw_series(bars.iter().map(|(x, s, base)| {
            let mid = *x + width * 0.45;
            PathElement::new(vec![(mid, s.min / base), (mid, s.max / base)], BLACK)
        }))?;
        chart.draw_series(bars.iter().map(|(x, s, base)| {
            Text::new(
                format_value(m, s.median),
                (*x + width * 0.45, s.max / base),
                ("sans-serif", 10)
                    .into_font()
                    .color(&BLACK)
                    .pos(Pos::new(HPos::Center, VPos::Bottom)),
            )
        }))?;
    }
    // The configurations' names under their groups.
    for (i, c) in configs.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(i as f64 + 0.5, 0.0));
        area.draw(&Text::new(
            c.config.clone(),
            (
                px - area.get_base_pixel().0,
                py - area.get_base_pixel().1 + 8,
            ),
            ("sans-serif", 13)
                .into_font()
                .color(&BLACK)
                .pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.9))
        .border_style(BLACK.mix(0.3))
        .draw()?;
    Ok(())
}

/// Writes `NAME.md`, `NAME.json` and `NAME.svg` into `dir` from `records`.
///
/// # Errors
///
/// Records without configuration or server, or a file that cannot be written.
pub fn write(dir: &Path, name: &str, records: &[Record], info: &ReportInfo) -> io::Result<()> {
    let configs = summarize(records).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
    let machine = machine();
    let mut info = info.clone();
    if let Some(counted) = syscall_tools(records) {
        info.meta.push(("syscalls counted by".into(), counted));
    }
    let info = &info;
    std::fs::create_dir_all(dir)?;
    let svg = format!("{name}.svg");
    chart(&dir.join(&svg), &configs, &info.op)?;
    std::fs::write(
        dir.join(format!("{name}.md")),
        markdown(&configs, info, &machine, Some(&svg)),
    )?;
    std::fs::write(
        dir.join(format!("{name}.json")),
        json(&configs, info, &machine),
    )?;
    Ok(())
}

/// What counted the syscalls of `records`, by the windows each tool counted (`None` when no
/// record has a count): one tool, or several, which count different loads (strace slows a
/// server a hundredfold), said so.
fn syscall_tools(records: &[Record]) -> Option<String> {
    let mut tools: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for r in records
        .iter()
        .filter(|r| r.metrics.contains_key("syscalls_per_op"))
    {
        let tool = match r.tag("syscall_tool") {
            "" => "unrecorded",
            t => t,
        };
        *tools.entry(tool).or_default() += 1;
    }
    let listed: Vec<String> = tools
        .iter()
        .map(|(tool, n)| format!("{tool} ({n} window{})", if *n == 1 { "" } else { "s" }))
        .collect();
    match listed.len() {
        0 => None,
        1 => Some(listed[0].clone()),
        _ => Some(format!(
            "{}: mixed, and so are their loads (strace slows the server down)",
            listed.join(", ")
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_says_which_tool_counted_syscalls() {
        let counted = |tool: &str| {
            let mut r = record("c", "s", &[("syscalls_per_op", 0.5)]);
            r.tags.insert("syscall_tool".into(), tool.into());
            r
        };
        let timed = record("c", "s", &[("ops_per_sec", 1.0)]);
        assert_eq!(syscall_tools(std::slice::from_ref(&timed)), None);
        let one = [timed.clone(), counted("perf stat"), counted("perf stat")];
        assert_eq!(
            syscall_tools(&one).as_deref(),
            Some("perf stat (2 windows)")
        );
        let mixed = [counted("perf stat"), counted("strace")];
        let said = syscall_tools(&mixed).unwrap();
        assert!(
            said.starts_with("perf stat (1 window), strace (1 window): mixed"),
            "{said}"
        );
    }

    fn record(config: &str, server: &str, metrics: &[(&str, f64)]) -> Record {
        let mut r =
            Record::tagged(&[format!("config={config}"), format!("server={server}")]).unwrap();
        for (k, v) in metrics {
            r.metric(k, *v);
        }
        r
    }

    fn sample() -> Vec<Record> {
        let mut v = Vec::new();
        for (run, f) in [1.0, 0.9, 1.1].into_iter().enumerate() {
            let _ = run;
            v.push(record(
                "64 B",
                "percore",
                &[
                    ("ops_per_sec", 300.0 * f),
                    ("server_cpu_us_per_op", 2.0 * f),
                ],
            ));
            v.push(record(
                "64 B",
                "tokio",
                &[
                    ("ops_per_sec", 200.0 * f),
                    ("server_cpu_us_per_op", 5.0 * f),
                ],
            ));
            v.push(record(
                "64 B",
                "monoio",
                &[
                    ("ops_per_sec", 250.0 * f),
                    ("server_cpu_us_per_op", 6.0 * f),
                ],
            ));
        }
        v.push(record("idle", "percore", &[("rss_kib_per_conn", 0.5)]));
        v.push(record("idle", "tokio", &[("rss_kib_per_conn", 16.0)]));
        v
    }

    #[test]
    fn medians_and_ranges_per_configuration_and_server() {
        let configs = summarize(&sample()).unwrap();
        assert_eq!(configs.len(), 2);
        assert_eq!(configs[0].config, "64 B");
        let names: Vec<_> = configs[0]
            .servers
            .iter()
            .map(|s| s.server.as_str())
            .collect();
        assert_eq!(names, ["percore", "tokio", "monoio"]);
        let ops = configs[0].servers[0].metrics["ops_per_sec"];
        assert_eq!((ops.median, ops.runs), (300.0, 3));
        assert!((ops.min - 270.0).abs() < 1e-9 && (ops.max - 330.0).abs() < 1e-9);
        assert!(summarize(&[Record::default()]).is_err());
    }

    #[test]
    fn ratios_take_the_best_peer_for_each_figure() {
        let configs = summarize(&sample()).unwrap();
        let r = ratios(&configs);
        let ops = r.iter().find(|r| r.metric == "ops_per_sec").unwrap();
        // Throughput: the best peer is the fastest, monoio.
        assert_eq!(ops.peer, "monoio");
        assert!((ops.ratio - 1.2).abs() < 1e-9);
        // Cost: the best peer is the cheapest, tokio.
        let cpu = r
            .iter()
            .find(|r| r.metric == "server_cpu_us_per_op")
            .unwrap();
        assert_eq!(cpu.peer, "tokio");
        assert!((cpu.ratio - 0.4).abs() < 1e-9);
        let rss = r.iter().find(|r| r.metric == "rss_kib_per_conn").unwrap();
        assert!((rss.ratio - 0.5 / 16.0).abs() < 1e-9);
        // Bold where percore is ahead, whichever way that is; small ratios keep two digits.
        assert_eq!(ratio_cell(ops), "**1.20x**");
        assert_eq!(ratio_cell(cpu), "**0.40x**");
        assert_eq!(ratio_cell(rss), "**0.031x**");
        let behind = |metric: &str, ratio| Ratio {
            metric: metric.into(),
            ratio,
            ..cpu.clone()
        };
        assert_eq!(ratio_cell(&behind("server_cpu_us_per_op", 1.21)), "1.21x");
        assert_eq!(ratio_cell(&behind("ops_per_sec", 0.94)), "0.94x");
        assert_eq!(
            ratio_cell(&behind("syscalls_per_op", 0.0036)),
            "**0.0036x**"
        );
        // Ahead by less than the last digit printed: level, as shown.
        assert_eq!(ratio_cell(&behind("server_cpu_us_per_op", 0.996)), "1.00x");
        assert_eq!(ratio_cell(&behind("ops_per_sec", 1.004)), "1.00x");
        assert_eq!(ratio_cell(&behind("ops_per_sec", 1.006)), "**1.01x**");
    }

    #[test]
    fn runs_with_errors_are_said_before_the_ratios() {
        let info = ReportInfo {
            title: "Echo".into(),
            op: "round trip".into(),
            intro: String::new(),
            meta: Vec::new(),
            commands: String::new(),
        };
        let mut records = sample();
        let md = markdown(&summarize(&records).unwrap(), &info, &[], None);
        assert!(!md.contains("Runs with errors"), "{md}");
        for errors in [0.0, 3.0, 0.0] {
            records.push(record("64 B", "tokio", &[("errors", errors)]));
        }
        let md = markdown(&summarize(&records).unwrap(), &info, &[], None);
        let said = md.find("- 64 B, tokio: up to 3 errors in a run (median 0 over 3 runs)");
        assert!(
            said.is_some_and(|at| at < md.find("## Ratios").unwrap()),
            "{md}"
        );
    }

    #[test]
    fn markdown_json_and_chart_are_written() {
        let dir = std::env::temp_dir().join(format!("percore-report-{}", std::process::id()));
        let info = ReportInfo {
            title: "Echo".into(),
            op: "round trip".into(),
            intro: "Sample.".into(),
            meta: vec![("runs".into(), "3".into())],
            commands: "percore-bench echo --addr 127.0.0.1:1".into(),
        };
        write(&dir, "echo", &sample(), &info).unwrap();
        let md = std::fs::read_to_string(dir.join("echo.md")).unwrap();
        assert!(
            md.contains("| 64 B | percore | **1.20x** monoio | **0.40x** tokio |"),
            "{md}"
        );
        assert!(
            md.contains("| percore | 300 (270–330) | 2.00 (1.80–2.20) |"),
            "{md}"
        );
        assert!(md.contains("round trips/s") && md.contains("server CPU µs/round trip"));
        assert!(md.contains("```sh\npercore-bench echo --addr 127.0.0.1:1\n```"));
        let json: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(dir.join("echo.json")).unwrap()).unwrap();
        assert_eq!(json["configs"][0]["servers"][1]["server"], "tokio");
        assert_eq!(json["setup"]["runs"], "3");
        let svg = std::fs::read_to_string(dir.join("echo.svg")).unwrap();
        assert!(svg.starts_with("<svg") && svg.contains("monoio") && svg.contains("64 B"));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
