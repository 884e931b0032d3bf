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
/// parser refused): a table header, or a `key =` under the last header. A line inside a value
/// that spans lines (an array, an inline table, a multi-line string) names nothing.
fn keys_by_line(text: &str) -> Vec<Option<String>> {
    let mut table = String::new();
    let mut open = Open::default();
    text.split('\n')
        .map(|line| {
            let line = line.trim_start_matches('\u{feff}').trim();
            let key = match open.is_closed() {
                true => line_key(line, &mut table),
                false => None,
            };
            open.scan(line);
            key
        })
        .collect()
}

/// The key (`table.key`) or table a line at the top level names, if any; a header also
/// becomes the table of the lines after it.
fn line_key(line: &str, table: &mut String) -> Option<String> {
    let path = |k: &str| {
        k.split('.')
            .map(|p| p.trim().trim_matches(|c| c == '"' || c == '\''))
            .collect::<Vec<_>>()
            .join(".")
    };
    if let Some(header) = line.strip_prefix('[') {
        let name = header.trim_start_matches('[');
        let name = path(&name[..until_unquoted(name, ']')]);
        if name.is_empty() {
            return None;
        }
        *table = name.clone();
        return Some(name);
    }
    if line.starts_with('#') {
        return None;
    }
    let end = until_unquoted(line, '=');
    if end == line.len() {
        return None;
    }
    let key = path(&line[..end]);
    match (key.is_empty(), table.is_empty()) {
        (true, _) => None,
        (false, true) => Some(key),
        (false, false) => Some(format!("{table}.{key}")),
    }
}

/// Where `stop` first stands in `s` outside quotes (`s.len()` if nowhere).
fn until_unquoted(s: &str, stop: char) -> usize {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, c) if c == stop => return i,
            _ => {}
        }
    }
    s.len()
}

/// What is open at the end of a line: brackets and braces, or a multi-line string.
#[derive(Default)]
struct Open {
    depth: usize,
    multiline: Option<&'static str>,
}

impl Open {
    fn is_closed(&self) -> bool {
        self.depth == 0 && self.multiline.is_none()
    }

    /// Follows `line`: strings, comments, and the brackets outside them.
    fn scan(&mut self, line: &str) {
        let mut rest = line;
        while !rest.is_empty() {
            if let Some(close) = self.multiline {
                match rest.find(close) {
                    Some(at) => {
                        rest = &rest[at + 3..];
                        self.multiline = None;
                    }
                    None => return,
                }
                continue;
            }
            let Some(c) = rest.chars().next() else { return };
            if let Some(delim) = ["\"\"\"", "\'\'\'"]
                .into_iter()
                .find(|d| rest.starts_with(d))
            {
                self.multiline = Some(delim);
                rest = &rest[3..];
                continue;
            }
            match c {
                '#' => return,
                '"' | '\'' => {
                    // A one-line string: to its closing quote (or the line's end).
                    let body = &rest[1..];
                    let end = body.find(c).map_or(body.len(), |at| at + 1);
                    rest = &body[end.min(body.len())..];
                    continue;
                }
                '[' | '{' => self.depth += 1,
                ']' | '}' => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
            rest = &rest[c.len_utf8()..];
        }
    }
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

    #[test]
    fn a_document_that_does_not_parse_is_read_line_by_line_for_its_keys() {
        let keys = |text: &str| keys_by_line(text);
        assert_eq!(
            keys("\u{feff}workers = 2\n[ring]\nentries = 8\n[[static.headers]]\npath = 1"),
            [
                Some("workers".into()),
                Some("ring".into()),
                Some("ring.entries".into()),
                Some("static.headers".into()),
                Some("static.headers.path".into()),
            ]
        );
        // No name: nothing, rather than an empty key.
        assert_eq!(keys("[\n[]\n= 3"), [None, None, None]);
        // Lines inside a value that spans lines name nothing, nor change the table.
        let spans = "[ring]\nentries = [\n  [1, 2],\n  { path = \"/a\" },\n]\nsqpoll = tru";
        assert_eq!(
            keys(spans),
            [
                Some("ring".into()),
                Some("ring.entries".into()),
                None,
                None,
                None,
                Some("ring.sqpoll".into()),
            ]
        );
        let text = "a = \"\"\"\n[x]\nb = 1\n\"\"\"\nc = 2";
        assert_eq!(keys(text)[1..], [None, None, None, Some("c".into())]);
        // Quoted keys with '=' or ']' in them.
        assert_eq!(keys("\"a=b\" = 1"), [Some("a=b".into())]);
        assert_eq!(keys("[\"a]b\"]"), [Some("a]b".into())]);
    }
}
