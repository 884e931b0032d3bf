//! Where keys stand in the file: from a key path to a line, and from an error's byte span to
//! the key it concerns.

use std::ops::Range;

use toml::de::{DeTable, DeValue};

/// One key or array element of the document, with the spans of its key and value.
#[derive(Debug, Clone)]
struct Entry {
    /// Dotted path: `ring.entries`, `core[1].cpu`.
    path: String,
    key: Range<usize>,
    value: Range<usize>,
}

/// Every key of a document, for lookups both ways.
#[derive(Debug, Default)]
pub(crate) struct SpanIndex {
    entries: Vec<Entry>,
    /// Byte offset of each line start.
    lines: Vec<usize>,
    /// For a document that does not parse: the key or table each line names, as far as a
    /// look at the line tells (`[ring]`, `entries = ...` under it: `ring.entries`).
    line_keys: Vec<Option<String>>,
}

/// What each line of `text` names, read line by line without a parser (for a document the
/// parser refused): a table header, or a `key =` under the last header.
fn keys_by_line(text: &str) -> Vec<Option<String>> {
    let unquote = |k: &str| k.trim().trim_matches(|c| c == '"' || c == '\'').to_string();
    let mut table = String::new();
    text.split('\n')
        .map(|line| {
            let line = line.trim();
            if let Some(header) = line.strip_prefix('[') {
                let name = header.trim_start_matches('[');
                let name = name.split(']').next().unwrap_or_default();
                table = name.split('.').map(unquote).collect::<Vec<_>>().join(".");
                return Some(table.clone());
            }
            let (key, _) = line.split_once('=')?;
            let key = key.split('.').map(unquote).collect::<Vec<_>>().join(".");
            if key.is_empty() || line.starts_with('#') {
                return None;
            }
            Some(match table.is_empty() {
                true => key,
                false => format!("{table}.{key}"),
            })
        })
        .collect()
}

fn walk(prefix: &str, table: &DeTable<'_>, out: &mut Vec<Entry>) {
    for (k, v) in table.iter() {
        let path = if prefix.is_empty() {
            k.get_ref().to_string()
        } else {
            format!("{prefix}.{}", k.get_ref())
        };
        out.push(Entry {
            path: path.clone(),
            key: k.span(),
            value: v.span(),
        });
        walk_value(&path, v.get_ref(), out);
    }
}

fn walk_value(path: &str, value: &DeValue<'_>, out: &mut Vec<Entry>) {
    match value {
        DeValue::Table(t) => walk(path, t, out),
        DeValue::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let p = format!("{path}[{i}]");
                out.push(Entry {
                    path: p.clone(),
                    key: item.span(),
                    value: item.span(),
                });
                walk_value(&p, item.get_ref(), out);
            }
        }
        _ => {}
    }
}

impl SpanIndex {
    /// Indexes `text`; a document that does not parse yields an index of line starts only.
    pub(crate) fn new(text: &str) -> SpanIndex {
        let mut entries = Vec::new();
        let mut line_keys = Vec::new();
        match DeTable::parse(text) {
            Ok(doc) => walk("", doc.get_ref(), &mut entries),
            Err(_) => line_keys = keys_by_line(text),
        }
        let lines = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SpanIndex {
            entries,
            lines,
            line_keys,
        }
    }

    /// For a document that does not parse: the key or table named on the line holding
    /// `offset`, if the line names one.
    pub(crate) fn key_on_line(&self, offset: usize) -> Option<&str> {
        let (line, _) = self.line_col(offset);
        self.line_keys.get(line - 1)?.as_deref()
    }

    /// 1-based line and column of a byte offset.
    pub(crate) fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.lines.partition_point(|&start| start <= offset);
        let start = self.lines[line.saturating_sub(1)];
        (line.max(1), offset - start + 1)
    }

    /// Where the key `path` stands (its value's position for array elements).
    pub(crate) fn position(&self, path: &str) -> Option<(usize, usize)> {
        let e = self.entries.iter().find(|e| e.path == path)?;
        Some(self.line_col(e.key.start))
    }

    /// The position of the nearest written ancestor of `path` (`ring` for `ring.entries` when
    /// only `[ring]` is written).
    pub(crate) fn nearest_position(&self, path: &str) -> Option<(usize, usize)> {
        let mut p = path;
        loop {
            if let Some(pos) = self.position(p) {
                return Some(pos);
            }
            let cut = p.rfind(['.', '['])?;
            p = &p[..cut];
        }
    }

    /// The innermost key whose key or value covers `span`.
    pub(crate) fn key_at(&self, span: &Range<usize>) -> Option<&str> {
        let covers = |r: &Range<usize>| r.start <= span.start && span.end <= r.end.max(r.start + 1);
        // The innermost entry: the shortest of the spans that actually cover the error.
        self.entries
            .iter()
            .filter_map(|e| {
                [&e.key, &e.value]
                    .into_iter()
                    .filter(|r| covers(r))
                    .map(|r| r.end - r.start)
                    .min()
                    .map(|len| (len, e))
            })
            .min_by_key(|(len, _)| *len)
            .map(|(_, e)| e.path.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str =
        "workers = 2\n\n[ring]\nentries = 64\n\n[[core]]\ncpu = 1\n[core.ring]\nsqpoll = true\n";

    #[test]
    fn positions_of_keys() {
        let idx = SpanIndex::new(DOC);
        assert_eq!(idx.position("workers"), Some((1, 1)));
        assert_eq!(idx.position("ring.entries"), Some((4, 1)));
        assert_eq!(idx.position("core[0].cpu"), Some((7, 1)));
        assert_eq!(idx.position("core[0].ring.sqpoll"), Some((9, 1)));
        assert_eq!(idx.nearest_position("ring.task_budget"), Some((3, 2)));
    }

    #[test]
    fn key_at_a_value_span() {
        let idx = SpanIndex::new(DOC);
        let at = DOC.find("64").unwrap();
        assert_eq!(idx.key_at(&(at..at + 2)), Some("ring.entries"));
    }
}
