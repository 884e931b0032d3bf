//! Response header rules: header fields set on every response whose path matches a glob
//! (`/assets/**`), later rules overriding earlier ones, and a default `Cache-Control` for
//! responses no rule gives one.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use percore_config::ConfigError;
use percore_http::{PathPolicy, resolve};
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
///
/// Patterns are written from the root (`/assets/**`) and compiled without their first `/`,
/// to be matched against a [`SitePath`]: what the path resolver gives, borrowed as it is for
/// a plain path.
pub(crate) fn glob(pattern: &str) -> Result<Glob, String> {
    let Some(relative) = pattern.strip_prefix('/') else {
        return Err(format!("{pattern:?} must start with /"));
    };
    GlobBuilder::new(relative)
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
    glob_set_of(patterns.enumerate(), key, errors)
}

/// [`glob_set`] of patterns each with the index of the configured one it comes from.
pub(crate) fn glob_set_of<P: AsRef<str>>(
    patterns: impl Iterator<Item = (usize, P)>,
    key: impl Fn(usize) -> String,
    errors: &mut Vec<ConfigError>,
) -> GlobSet {
    let mut set = GlobSetBuilder::new();
    for (i, p) in patterns {
        match glob(p.as_ref()) {
            Ok(g) => {
                set.add(g);
            }
            Err(e) => errors.push(ConfigError::new(key(i), e)),
        }
    }
    set.build().unwrap_or_else(|_| GlobSet::empty())
}

/// A field a rule sets.
#[derive(Debug)]
struct Field {
    /// Its name in lower case.
    lower: String,
    /// Its name as written.
    name: String,
    value: String,
    /// A caching field (one of [`CACHING`], at this index): and whether it may go on an
    /// error, worked out once, at load (see [`holds_back`]).
    caching: Option<(usize, bool)>,
}

/// The rules, compiled: one glob set for all of them, and each rule's fields.
#[derive(Debug)]
pub(crate) struct HeaderRules {
    globs: GlobSet,
    /// Each rule's fields.
    fields: Vec<Vec<Field>>,
    /// The default `Cache-Control`, and whether it may go on an error (see [`holds_back`]).
    cache_control: Option<(String, bool)>,
    /// Where the glob set writes its matches (borrowed only while it does).
    scratch: RefCell<Vec<usize>>,
}

/// The rules a request's path matched, kept while its handler runs.
#[derive(Debug)]
pub(crate) enum Hits {
    /// Rules 0 to 63, as bits.
    Few(u64),
    /// Any rule, by index (a site with more than 64 rules).
    Many(Box<[usize]>),
}

impl Hits {
    /// The rules, in file order.
    fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        let (bits, list) = match self {
            Hits::Few(bits) => (*bits, &[][..]),
            Hits::Many(list) => (0, &list[..]),
        };
        (0..64)
            .filter(move |i| bits & 1 << i != 0)
            .chain(list.iter().copied())
    }
}

/// A request's path as globs see it: resolved (decoded, `.` and `..` gone) and relative to
/// the root, with `/` at the end of a directory's URL.
#[derive(Debug)]
pub(crate) struct SitePath<'a>(Cow<'a, str>);

impl SitePath<'_> {
    /// The path of `target`; `None` for one that does not resolve.
    pub(crate) fn of(target: &str) -> Option<SitePath<'_>> {
        // Every name, however long or hidden: rules judge paths that need not be files'.
        let policy = PathPolicy {
            dotfiles: true,
            long_names: true,
        };
        let path = resolve(target, &policy).ok()?;
        Some(SitePath(
            match path.trailing_slash && !path.relative.is_empty() {
                // A directory's URL: the one case that is not borrowed.
                true => Cow::Owned(format!("{}/", path.relative)),
                false => path.relative,
            },
        ))
    }

    /// The path, without its first `/` (`assets/app.css`, `docs/`, `` for the root).
    pub(crate) fn as_str(&self) -> &str {
        &self.0
    }
}

/// Fields that tell caches how long to keep a response: on an error, only what [`fits`].
const CACHING: [&str; 4] = [
    "cache-control",
    "cdn-cache-control",
    "surrogate-control",
    "expires",
];

/// Whether a rule's caching field `value` (one of [`CACHING`], by its lower-case name
/// `lower`) may go on an error response (4xx, 5xx) that had none of its own: only a directive
/// list that keeps every cache from reusing it unchecked (a bare `no-store`; or a bare
/// `no-cache` or `private` with no lifetime, `max-age`, `immutable`, `stale-if-error`...: a
/// 404 kept from shared caches stays so), never an `Expires`. A cache must not go on
/// answering with an error: the 404 of an asset asked for just before a deploy brought it,
/// kept a year by `immutable`. (Any may go on a success or a redirect; none in place of an
/// error's own, a busy 503's `no-store`.) Worked out once per field, at load.
fn holds_back(lower: &str, value: &str) -> bool {
    if lower == "expires" {
        return false;
    }
    let bare = |name: &str| directives(value).any(|d| d.eq_ignore_ascii_case(name));
    let lifetime = directives(value).any(|d| {
        let name = d.split('=').next().unwrap_or_default().trim();
        [
            "max-age",
            "s-maxage",
            "immutable",
            "stale-while-revalidate",
            "stale-if-error",
        ]
        .iter()
        .any(|l| name.eq_ignore_ascii_case(l))
    });
    bare("no-store") || (bare("no-cache") || bare("private")) && !lifetime
}

/// Whether a caching field that [`holds_back`] (or not) may go on a response of `status`
/// that had one of its own (`own`) before the rules.
fn fits(status: u16, own: bool, holds_back: bool) -> bool {
    status < 400 || !own && holds_back
}

/// The directives of a `Cache-Control` value, trimmed, split at the commas outside quoted
/// strings (`no-cache="a, b"` is one); nothing allocated.
fn directives(value: &str) -> impl Iterator<Item = &str> {
    let mut rest = value;
    std::iter::from_fn(move || {
        while !rest.is_empty() {
            let (mut quoted, mut escaped) = (false, false);
            let end = rest
                .char_indices()
                .find(|&(_, c)| match c {
                    _ if escaped => {
                        escaped = false;
                        false
                    }
                    '\\' if quoted => {
                        escaped = true;
                        false
                    }
                    '"' => {
                        quoted = !quoted;
                        false
                    }
                    ',' => !quoted,
                    _ => false,
                })
                .map_or(rest.len(), |(i, _)| i);
            let directive = rest[..end].trim();
            rest = rest.get(end + 1..).unwrap_or_default();
            if !directive.is_empty() {
                return Some(directive);
            }
        }
        None
    })
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
                    Ok(()) => set.push(Field {
                        caching: CACHING
                            .iter()
                            .position(|c| *c == lower)
                            .map(|at| (at, holds_back(&lower, value))),
                        lower,
                        name: name.clone(),
                        value: value.clone(),
                    }),
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
            cache_control: cache_control.map(|v| (v.to_string(), holds_back("cache-control", v))),
            scratch: RefCell::new(Vec::new()),
        }
    }

    /// Whether no rule looks at the path (a default `Cache-Control` alone does not).
    pub(crate) fn is_empty(&self) -> bool {
        self.fields.is_empty()
    }

    /// The rules matching `path`, in file order.
    pub(crate) fn matching(&self, path: &SitePath<'_>) -> Hits {
        if self.fields.is_empty() {
            return Hits::Few(0);
        }
        let mut scratch = self.scratch.borrow_mut();
        scratch.clear();
        self.globs.matches_into(path.as_str(), &mut scratch);
        match scratch.iter().all(|&i| i < 64) {
            // No allocation for a request: the matches as bits.
            true => Hits::Few(scratch.iter().fold(0, |bits, &i| bits | 1 << i)),
            false => {
                scratch.sort_unstable();
                Hits::Many(scratch.as_slice().into())
            }
        }
    }

    /// Sets the fields of the rules `hits` on `resp`, then the default `Cache-Control` if
    /// it has none.
    pub(crate) fn apply(&self, hits: &Hits, resp: &mut Response) {
        let status = resp.status.code();
        // An error's own caching fields, as they were before the rules: looked for once, and
        // only when an error meets a rule's caching field (a success or a redirect takes
        // every rule as it is).
        let mut own: Option<[bool; CACHING.len()]> = None;
        for i in hits.iter() {
            for f in &self.fields[i] {
                if f.lower == "vary" {
                    // Added to, never replaced: what the server varies on stays.
                    resp.add_vary(&f.value);
                } else if let Some((at, holds_back)) = f.caching
                    && status >= 400
                    && !fits(
                        status,
                        own.get_or_insert_with(|| CACHING.map(|n| resp.has_field(n)))[at],
                        holds_back,
                    )
                {
                    // An error is never made cacheable by a rule: a cache would go on
                    // answering with it (a 404 for an asset asked for just before a deploy
                    // brought it, kept a year by `immutable`; a busy 503).
                } else {
                    resp.replace_field(&f.lower, &f.name, f.value.as_bytes());
                }
            }
        }
        // Only where the response has no `Cache-Control`: its own is never replaced.
        if let Some((cc, holds_back)) = &self.cache_control
            && !resp.has_field("cache-control")
            && fits(status, false, *holds_back)
        {
            resp.replace_field("cache-control", "Cache-Control", cc.as_bytes());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use percore_http::Status;

    #[test]
    fn an_error_takes_only_a_cache_control_that_holds_caches_back() {
        let cc = "cache-control";
        let year = "public, max-age=31536000, immutable";
        let field = |status, own, lower, value| fits(status, own, holds_back(lower, value));
        assert!(field(200, false, cc, year) && field(304, true, cc, year));
        assert!(field(
            301,
            false,
            "expires",
            "Thu, 01 Jan 2037 00:00:00 GMT"
        ));
        for error in [404, 401, 503] {
            for open in [
                year,
                "max-age=60",
                "private, max-age=31536000",
                "private, immutable",
                "no-cache=\"Set-Cookie\", max-age=600",
                "private=\"x\", max-age=60",
                "no-transform, x-private",
                "no-cache, stale-if-error=86400",
                "no-cache=\"a,no-store,b\", max-age=600",
            ] {
                assert!(!field(error, false, cc, open), "{error} {open}");
            }
            for held in ["no-store", "No-Cache", "private", "max-age=60, no-store"] {
                assert!(field(error, false, cc, held), "{error} {held}");
                assert!(
                    field(error, false, "cdn-cache-control", held),
                    "{error} {held}"
                );
                assert!(
                    !field(error, true, cc, held),
                    "{error} {held}: its own stays"
                );
            }
            assert!(!field(error, false, "expires", "0"), "{error}");
        }
    }

    fn hits(rules: &HeaderRules, path: &str) -> Vec<usize> {
        rules
            .matching(&SitePath::of(path).unwrap())
            .iter()
            .collect()
    }

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
        assert_eq!(hits(&rules, "/assets/app/main.css"), [0, 1]);
        let mut r = Response::new(Status::OK).header("cache-control", "private");
        rules.apply(
            &rules.matching(&SitePath::of("/assets/app/main.css").unwrap()),
            &mut r,
        );
        assert_eq!(r.fields, b"X-A: 1\r\nCache-Control: max-age=31536000\r\n");
        // `*` stays within a segment.
        assert_eq!(hits(&rules, "/a/b.txt"), [0]);
        assert_eq!(hits(&rules, "/b.txt"), [0, 2]);
        // The root, a directory's URL, and a path that resolves into a rule's.
        assert_eq!(hits(&rules, "/"), [0]);
        assert_eq!(hits(&rules, "/assets/"), [0, 1]);
        assert_eq!(hits(&rules, "/x/../assets/%61.css"), [0, 1]);
        let mut r = Response::new(Status::OK);
        rules.apply(&rules.matching(&SitePath::of("/b.txt").unwrap()), &mut r);
        assert_eq!(r.content_type.as_deref(), Some("text/x-custom"));
        // The default applies only where no rule set the field.
        let none = HeaderRules::new(
            "",
            &[rule("/x", &[("X-B", "2")])],
            Some("max-age=60"),
            &mut errors,
        );
        let mut r = Response::new(Status::OK);
        none.apply(&none.matching(&SitePath::of("/y").unwrap()), &mut r);
        assert_eq!(r.fields, b"Cache-Control: max-age=60\r\n");
        // Vary is added to, not replaced.
        let vary = HeaderRules::new("", &[rule("/**", &[("Vary", "Cookie")])], None, &mut errors);
        let mut r = Response::new(Status::OK).header("Vary", "Accept-Encoding");
        vary.apply(&vary.matching(&SitePath::of("/a").unwrap()), &mut r);
        assert_eq!(r.fields, b"Vary: Accept-Encoding, Cookie\r\n");
    }

    #[test]
    fn past_64_rules_the_matches_are_listed() {
        let mut errors = Vec::new();
        let many: Vec<HeaderRule> = (0..70).map(|i| rule(&format!("/r{i}/**"), &[])).collect();
        let mut rules_list = many.clone();
        rules_list.push(rule("/**", &[("X-Last", "1")]));
        let rules = HeaderRules::new("", &rules_list, None, &mut errors);
        assert!(errors.is_empty());
        assert_eq!(hits(&rules, "/r3/x"), [3, 70]);
        assert_eq!(hits(&rules, "/r66/x"), [66, 70]);
        assert_eq!(hits(&rules, "/other"), [70]);
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
