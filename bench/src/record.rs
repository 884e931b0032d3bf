//! Measurement records: one JSON object per line, appended by each measurement of a benchmark
//! script and read back by the report.
//!
//! ```json
//! {"tags":{"config":"64 B, 100 connections, depth 1","server":"tokio","run":"2"},
//!  "metrics":{"ops_per_sec":312000.0,"server_cpu_us_per_op":3.1}}
//! ```

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::Path;

use serde::{Deserialize, Serialize};

/// One measurement: what it was of (tags) and what it found (metrics).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// At least `config` and `server`; `run` and anything else the script adds.
    pub tags: BTreeMap<String, String>,
    /// Figures by metric key (see `report::METRICS`).
    #[serde(default)]
    pub metrics: BTreeMap<String, f64>,
}

impl Record {
    /// A record with `tags` given as `KEY=VALUE` strings.
    ///
    /// # Errors
    ///
    /// A tag without `=` or with an empty key.
    pub fn tagged(tags: &[String]) -> Result<Record, String> {
        let mut record = Record::default();
        for tag in tags {
            match tag.split_once('=') {
                Some((k, v)) if !k.is_empty() => {
                    record.tags.insert(k.to_string(), v.to_string());
                }
                _ => return Err(format!("--tag {tag:?}: expected KEY=VALUE")),
            }
        }
        Ok(record)
    }

    /// Sets a metric.
    pub fn metric(&mut self, key: &str, value: f64) -> &mut Self {
        self.metrics.insert(key.to_string(), value);
        self
    }

    /// A tag's value, or "" when absent.
    pub fn tag(&self, key: &str) -> &str {
        self.tags.get(key).map_or("", String::as_str)
    }
}

/// Appends `record` to the file at `path` as one line (created when missing).
///
/// # Errors
///
/// The file cannot be opened or written.
pub fn append(path: &Path, record: &Record) -> io::Result<()> {
    let mut line = serde_json::to_string(record).map_err(io::Error::other)?;
    line.push('\n');
    std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
        .and_then(|mut f| f.write_all(line.as_bytes()))
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))
}

/// Reads every record of the file at `path`, skipping blank lines.
///
/// # Errors
///
/// The file cannot be read, or a line is not a record (the error names the line).
pub fn read_all(path: &Path) -> io::Result<Vec<Record>> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", path.display())))?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            serde_json::from_str(l).map_err(|e| {
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("{}:{}: not a record: {e}", path.display(), i + 1),
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip_through_a_file() {
        let path =
            std::env::temp_dir().join(format!("percore-record-{}.jsonl", std::process::id()));
        let _ = std::fs::remove_file(&path);
        let mut a = Record::tagged(&["server=tokio".into(), "run=1".into()]).unwrap();
        a.metric("ops_per_sec", 1000.0);
        let mut b = Record::tagged(&["server=percore".into()]).unwrap();
        b.metric("rss_kib_per_conn", 0.5);
        append(&path, &a).unwrap();
        append(&path, &b).unwrap();
        assert_eq!(read_all(&path).unwrap(), vec![a, b]);
        std::fs::write(&path, "{\"tags\":{}}\nnot json\n").unwrap();
        let err = read_all(&path).unwrap_err().to_string();
        assert!(err.contains(":2: not a record"), "{err}");
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn a_tag_needs_a_key_and_an_equals_sign() {
        assert!(Record::tagged(&["novalue".into()]).is_err());
        assert!(Record::tagged(&["=x".into()]).is_err());
        assert_eq!(Record::tagged(&["a=b=c".into()]).unwrap().tag("a"), "b=c");
    }
}
