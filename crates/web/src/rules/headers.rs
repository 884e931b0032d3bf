//! Response header rules: header fields set on every response whose path matches a glob
//! (`/assets/**`), later rules overriding earlier ones, and a default `Cache-Control` for
//! responses no rule gives one.

use std::collections::BTreeMap;

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use percore_config::ConfigError;
use serde::{Deserialize, Serialize};

use crate::response::{Response, check_field};

/// A `[[headers]]` rule: the fields `set` on every response for a path matching `path`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeaderRule {
    /// A glob over the request's path, normalized (decoded, `.` and `..` resolved, a
    /// directory's URL ending with `/`): `*` matches within a segment, `**` across segments,
    /// `{a,b}` either; `/assets/**`, `/*.html`, `/**/*.{css,js}`.
    pub path: String,
    /// Header names and their values. A field the handler set is replaced; `Content-Type`
    /// sets the content type.
    pub set: BTreeMap<String, String>,
}

/// Fields a rule may not set: they describe the body or the status of each response (its
/// validators, coding, range, where a redirect goes, how to authenticate), which the server
/// sets for each one. (`Vary` is added to, not replaced.)
const REPRESENTATION: [&str; 7] = [
    "etag",
    "last-modified",
    "content-encoding",
    "content-range",
    "accept-ranges",
    "location",
    "www-authenticate",
];

/// Compiles a path glob (shared with basic auth's `paths`).
pub(crate) fn glob(pattern: &str) -> Result<Glob, String> {
    if !pattern.starts_with('/') {
        return Err(format!("{pattern:?} must start with /"));
    }
    GlobBuilder::new(pattern)
        .literal_separator(true)
        .backslash_escape(true)
        .build()
        .map_err(|e| e.to_string())
}

/// Compiles `patterns` into one set, pushing an error under `key(i)` for each bad one.
pub(crate) fn glob_set<'a>(
    patterns: impl Iterator<Item = &'a str>,
    key: impl Fn(usize) -> String,
    errors: &mut Vec<ConfigError>,
) -> GlobSet {
    let mut set = GlobSetBuilder::new();
    for (i, p) in patterns.enumerate() {
        match glob(p) {
            Ok(g) => {
                set.add(g);
            }
            Err(e) => errors.push(ConfigError::new(key(i), e)),
        }
    }
    set.build().unwrap_or_else(|_| GlobSet::empty())
}

/// The rules, compiled: one glob set for all of them, and each rule's fields.
#[derive(Debug)]
pub(crate) struct HeaderRules {
    globs: GlobSet,
    /// Each rule's fields: lowercase name, name as written, value.
    fields: Vec<Vec<(String, String, String)>>,
    /// The default `Cache-Control`.
    cache_control: Option<String>,
}

impl HeaderRules {
    /// Compiles `rules` (under the key `prefix` + `headers`); a bad rule is pushed as an
    /// error and left out.
    pub(crate) fn new(
        prefix: &str,
        rules: &[HeaderRule],
        cache_control: Option<&str>,
        errors: &mut Vec<ConfigError>,
    ) -> HeaderRules {
        let globs = glob_set(
            rules.iter().map(|r| r.path.as_str()),
            |i| format!("{prefix}headers[{i}].path"),
            errors,
        );
        let mut fields = Vec::with_capacity(rules.len());
        for (i, rule) in rules.iter().enumerate() {
            let mut set = Vec::new();
            for (name, value) in &rule.set {
                let lower = name.to_ascii_lowercase();
                let checked = check_field(name, value.as_bytes()).map_err(|e| e.to_string());
                let checked =
                    checked.and_then(|()| match REPRESENTATION.contains(&lower.as_str()) {
                        true => Err(
                            "describes the response's body or status, which the server sets".into(),
                        ),
                        false => Ok(()),
                    });
                match checked {
                    Ok(()) => set.push((lower, name.clone(), value.clone())),
                    Err(e) => errors.push(ConfigError::new(
                        format!("{prefix}headers[{i}].set.{name}"),
                        e,
                    )),
                }
            }
            fields.push(set);
        }
        if let Some(v) = cache_control
            && let Err(e) = check_field("Cache-Control", v.as_bytes())
        {
            errors.push(ConfigError::new(
                format!("{prefix}cache_control"),
                e.to_string(),
            ));
        }
        HeaderRules {
            globs,
            fields,
            cache_control: cache_control.map(str::to_string),
        }
    }

    /// Whether there is nothing to do for any response.
    pub(crate) fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.cache_control.is_none()
    }

    /// The rules matching `path` (a normalized path), in file order.
    pub(crate) fn matching(&self, path: &str) -> Vec<usize> {
        if self.fields.is_empty() {
            return Vec::new();
        }
        // Most paths match few rules: the vector allocates only for a match.
        let mut hits = Vec::new();
        self.globs.matches_into(path, &mut hits);
        hits
    }

    /// Sets the fields of the rules `hits` on `resp`, then the default `Cache-Control` if
    /// it has none.
    pub(crate) fn apply(&self, hits: &[usize], resp: &mut Response) {
        for &i in hits {
            for (lower, name, value) in &self.fields[i] {
                if lower == "vary" {
                    // Added to, never replaced: what the server varies on stays.
                    resp.add_vary(value);
                } else {
                    resp.replace_field(lower, name, value.as_bytes());
                }
            }
        }
        if let Some(cc) = &self.cache_control
            && !resp.has_field("cache-control")
        {
            resp.replace_field("cache-control", "Cache-Control", cc.as_bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use percore_http::Status;

    fn rule(path: &str, set: &[(&str, &str)]) -> HeaderRule {
        HeaderRule {
            path: path.into(),
            set: set
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect(),
        }
    }

    #[test]
    fn later_rules_override_earlier_ones_and_the_handler() {
        let mut errors = Vec::new();
        let rules = HeaderRules::new(
            "",
            &[
                rule("/**", &[("Cache-Control", "no-cache"), ("X-A", "1")]),
                rule("/assets/**", &[("Cache-Control", "max-age=31536000")]),
                rule("/*.txt", &[("Content-Type", "text/x-custom")]),
            ],
            Some("max-age=60"),
            &mut errors,
        );
        assert!(errors.is_empty(), "{errors:?}");
        let hits = rules.matching("/assets/app/main.css");
        assert_eq!(hits, [0, 1]);
        let mut r = Response::new(Status::OK).header("cache-control", "private");
        rules.apply(&hits, &mut r);
        assert_eq!(r.fields, b"X-A: 1\r\nCache-Control: max-age=31536000\r\n");
        // `*` stays within a segment.
        assert_eq!(rules.matching("/a/b.txt"), [0]);
        let hits = rules.matching("/b.txt");
        assert_eq!(hits, [0, 2]);
        let mut r = Response::new(Status::OK);
        rules.apply(&hits, &mut r);
        assert_eq!(r.content_type.as_deref(), Some("text/x-custom"));
        // The default applies only where no rule set the field.
        let none = HeaderRules::new(
            "",
            &[rule("/x", &[("X-B", "2")])],
            Some("max-age=60"),
            &mut errors,
        );
        let mut r = Response::new(Status::OK);
        none.apply(&none.matching("/y"), &mut r);
        assert_eq!(r.fields, b"Cache-Control: max-age=60\r\n");
        // Vary is added to, not replaced.
        let vary = HeaderRules::new("", &[rule("/**", &[("Vary", "Cookie")])], None, &mut errors);
        let mut r = Response::new(Status::OK).header("Vary", "Accept-Encoding");
        vary.apply(&vary.matching("/a"), &mut r);
        assert_eq!(r.fields, b"Vary: Accept-Encoding, Cookie\r\n");
    }

    #[test]
    fn bad_rules_name_their_key() {
        let mut errors = Vec::new();
        HeaderRules::new(
            "site[1].",
            &[
                rule("assets/**", &[("X-A", "1")]),
                rule("/a/[", &[]),
                rule("/ok", &[("Content-Length", "3"), ("Bad Name", "x")]),
                rule("/ok", &[("X-C", "a\nb")]),
                rule("/ok", &[("ETag", "\"x\""), ("Location", "/y")]),
            ],
            Some("a\rb"),
            &mut errors,
        );
        let keys: Vec<_> = errors.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "site[1].headers[0].path",
                "site[1].headers[1].path",
                "site[1].headers[2].set.Bad Name",
                "site[1].headers[2].set.Content-Length",
                "site[1].headers[3].set.X-C",
                "site[1].headers[4].set.ETag",
                "site[1].headers[4].set.Location",
                "site[1].cache_control",
            ]
        );
    }
}
