//! Redirects: `[[redirect]]` rules from a path pattern with captures to a new location, and
//! every plaintext request to the same URL on HTTPS.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use percore_config::ConfigError;
use percore_http::Status;
use serde::{Deserialize, Serialize};

use crate::request::Request;
use crate::response::Response;

/// A `[[redirect]]` rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedirectRule {
    /// The path, as sent (percent-encoded), with captures: `{name}` for one segment,
    /// `{*name}` for the rest of the path (`/old/{*rest}`). A literal segment wins over a
    /// capture; two rules that could match the same paths alike are refused.
    pub from: String,
    /// Where to: a path or an absolute URL, in which `{name}` stands for what the capture of
    /// that name matched (`/new/{rest}`, `https://docs.example.com/{rest}`). The request's
    /// query is kept unless `to` has one.
    pub to: String,
    /// 301, 302, 307 or 308 (the default: permanent, and the method is kept).
    #[serde(default = "permanent")]
    pub status: u16,
}

fn permanent() -> u16 {
    308
}

/// A piece of a rule's `to`.
#[derive(Debug)]
enum Piece {
    Text(String),
    /// A capture, by name; `rest` for a catch-all (`{*name}`), whose slashes stay.
    Capture {
        name: String,
        rest: bool,
    },
}

/// What a catch-all capture's value may not hold as it is in a location: every byte but
/// unreserved ones, sub-delimiters, `:`, `@`, `/` and `%` (escapes stay as they were sent).
const REST: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=')
    .remove(b':')
    .remove(b'@')
    .remove(b'%')
    .remove(b'/');

/// The same for a one-segment capture, which may not add a segment.
const SEGMENT: &AsciiSet = &REST.add(b'/');

/// Appends a capture's value (a piece of the path as sent) to a location, percent-encoding
/// what may not stand there as it is: a capture can then neither add a segment where the
/// rule has one nor bring a backslash, which browsers read as a slash.
fn push_capture(location: &mut String, value: &str, rest: bool) {
    location.extend(utf8_percent_encode(
        value,
        if rest { REST } else { SEGMENT },
    ));
}

/// One rule, compiled.
#[derive(Debug)]
struct Target {
    pieces: Vec<Piece>,
    has_query: bool,
    status: Status,
}

/// The rules, compiled: one `matchit` tree for all of their `from` patterns.
#[derive(Debug, Default)]
pub(crate) struct Redirects {
    tree: matchit::Router<usize>,
    targets: Vec<Target>,
}

/// The captures of a `matchit` pattern: each name, and whether it is a catch-all.
fn captures(pattern: &str) -> Vec<(&str, bool)> {
    let mut names = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let name = &rest[open + 1..open + close];
        names.push((name.trim_start_matches('*'), name.starts_with('*')));
        rest = &rest[open + close + 1..];
    }
    names
}

/// Splits `to` into text and captures, each capture one of `known`.
fn pieces(to: &str, known: &[(&str, bool)]) -> Result<Vec<Piece>, String> {
    let mut out = Vec::new();
    let mut rest = to;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            out.push(Piece::Text(rest[..open].to_string()));
        }
        let close = rest[open..]
            .find('}')
            .ok_or_else(|| format!("{to:?}: a {{ without its }}"))?;
        let name = &rest[open + 1..open + close];
        let Some(&(_, catch_all)) = known.iter().find(|(n, _)| *n == name) else {
            let names: Vec<&str> = known.iter().map(|(n, _)| *n).collect();
            return Err(format!(
                "{to:?}: {{{name}}} is not a capture of `from` (captures: {})",
                if names.is_empty() {
                    "none".to_string()
                } else {
                    names.join(", ")
                }
            ));
        };
        out.push(Piece::Capture {
            name: name.to_string(),
            rest: catch_all,
        });
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_string()));
    }
    Ok(out)
}

impl Redirects {
    /// Compiles `rules` (under the key `prefix` + `redirect`); a bad rule is pushed as an
    /// error and left out.
    pub(crate) fn new(
        prefix: &str,
        rules: &[RedirectRule],
        errors: &mut Vec<ConfigError>,
    ) -> Redirects {
        let mut r = Redirects::default();
        for (i, rule) in rules.iter().enumerate() {
            let key = |k: &str| format!("{prefix}redirect[{i}].{k}");
            let status = match rule.status {
                301 | 302 | 307 | 308 => Status::from_code(rule.status),
                _ => None,
            };
            let Some(status) = status else {
                errors.push(ConfigError::new(
                    key("status"),
                    format!("must be 301, 302, 307 or 308, not {}", rule.status),
                ));
                continue;
            };
            if !rule.from.starts_with('/') {
                errors.push(ConfigError::new(key("from"), "must start with /"));
                continue;
            }
            let to_ok = rule.to.starts_with('/')
                || rule.to.starts_with("http://")
                || rule.to.starts_with("https://");
            if !to_ok || rule.to.bytes().any(|b| b <= b' ' || b == 0x7f) {
                errors.push(ConfigError::new(
                    key("to"),
                    "must be a path (from /) or an http:// or https:// URL, without spaces or control characters",
                ));
                continue;
            }
            let pieces = match pieces(&rule.to, &captures(&rule.from)) {
                Ok(p) => p,
                Err(e) => {
                    errors.push(ConfigError::new(key("to"), e));
                    continue;
                }
            };
            if let Err(e) = r.tree.insert(rule.from.as_str(), r.targets.len()) {
                errors.push(ConfigError::new(key("from"), e.to_string()));
                continue;
            }
            r.targets.push(Target {
                pieces,
                has_query: rule.to.contains('?'),
                status,
            });
        }
        r
    }

    /// The redirect for `req`, if a rule's `from` matches its path.
    pub(crate) fn find(&self, req: &Request) -> Option<Response> {
        if self.targets.is_empty() {
            return None;
        }
        let m = self.tree.at(req.path()).ok()?;
        let target = &self.targets[*m.value];
        let mut location = String::with_capacity(64);
        for p in &target.pieces {
            match p {
                Piece::Text(t) => location.push_str(t),
                Piece::Capture { name, rest } => {
                    push_capture(&mut location, m.params.get(name).unwrap_or_default(), *rest);
                }
            }
        }
        // A path that starts with two slashes (or a slash and a backslash) is another host's
        // to a browser: `/{rest}` with `rest` = `/evil.example`.
        while location.starts_with("//") || location.starts_with("/\\") {
            location.remove(0);
        }
        if !target.has_query
            && let Some(q) = req.query()
        {
            // Before a fragment `to` may end with.
            let at = location.find('#').unwrap_or(location.len());
            location.insert(at, '?');
            location.insert_str(at + 1, q);
        }
        Some(Response::error(target.status).header("Location", location))
    }
}

/// Redirects every plaintext request to the same URL on HTTPS, at `port`.
#[derive(Debug)]
pub(crate) struct HttpsRedirect {
    pub(crate) port: u16,
}

impl HttpsRedirect {
    /// The 308 to `https://` for a plaintext request (`None` over TLS); 400 without a
    /// usable `Host`.
    pub(crate) fn find(&self, req: &Request) -> Option<Response> {
        if req.is_tls() {
            return None;
        }
        let target = req.target();
        // An absolute-form target names the host, and `Host` is ignored (RFC 9112 §3.2.2).
        let authority = percore_http::path::target_authority(target);
        let Some(host) = req.host().and_then(host_name) else {
            return Some(Response::error(Status::BAD_REQUEST));
        };
        let path_and_query = match authority {
            // The absolute form: what follows the authority (a path: an empty one was
            // written in as `/` when the request was read).
            Some(a) => &target[req.span_of(a).end as usize..],
            None if target.starts_with('/') => target,
            None => "/",
        };
        let location = if self.port == 443 {
            format!("https://{host}{path_and_query}")
        } else {
            format!("https://{host}:{}{path_and_query}", self.port)
        };
        Some(Response::error(Status::PERMANENT_REDIRECT).header("Location", location))
    }
}

/// The host name of a `Host` value, without its port; `None` when it is not a plausible
/// host (so that nothing odd is echoed into a `Location`).
pub(crate) fn host_name(host: &str) -> Option<&str> {
    let name = if host.starts_with('[') {
        // An IPv6 literal, with its brackets.
        let end = host.find(']')?;
        &host[..=end]
    } else {
        host.rsplit_once(':').map_or(host, |(h, _)| h)
    };
    let ok = !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-._[]:".contains(&b));
    ok.then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(from: &str, to: &str, status: u16) -> RedirectRule {
        RedirectRule {
            from: from.into(),
            to: to.into(),
            status,
        }
    }

    #[test]
    fn bad_rules_name_their_key() {
        let mut errors = Vec::new();
        let r = Redirects::new(
            "",
            &[
                rule("/old/{*rest}", "/new/{rest}", 308),
                rule("/a", "/b", 303),
                rule("b", "/c", 301),
                rule("/c", "ftp://x", 301),
                rule("/d/{id}", "/e/{name}", 301),
                rule("/old/{*other}", "/x", 301),
                rule("/f", "/g h", 302),
            ],
            &mut errors,
        );
        let keys: Vec<_> = errors.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "redirect[1].status",
                "redirect[2].from",
                "redirect[3].to",
                "redirect[4].to",
                "redirect[5].from",
                "redirect[6].to",
            ]
        );
        assert!(
            errors[3].reason.contains("{name} is not a capture"),
            "{}",
            errors[3].reason
        );
        assert_eq!(r.targets.len(), 1);
    }

    #[test]
    fn captures_cannot_lead_off_site() {
        let mut l = String::new();
        push_capture(&mut l, "a b\\c/d", false);
        assert_eq!(l, "a%20b%5Cc%2Fd");
        let mut l = String::new();
        push_capture(&mut l, "x/y%2F\\z", true);
        assert_eq!(l, "x/y%2F%5Cz");
    }

    #[test]
    fn host_names() {
        assert_eq!(host_name("example.com:8080"), Some("example.com"));
        assert_eq!(host_name("example.com"), Some("example.com"));
        assert_eq!(host_name("[::1]:8080"), Some("[::1]"));
        assert_eq!(host_name("evil.com/x"), None);
        assert_eq!(host_name("a b"), None);
        assert_eq!(host_name(""), None);
    }
}
