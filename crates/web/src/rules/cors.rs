//! Cross-origin resource sharing: preflight `OPTIONS` requests answered `204` with what is
//! allowed, and the `Access-Control-*` fields on the responses to allowed origins.

use percore_config::{ConfigError, Dur};
use percore_http::{Method, Status};
use serde::{Deserialize, Serialize};

use crate::request::Request;
use crate::response::{Response, is_tchar};

/// The `[cors]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CorsConfig {
    /// Origins allowed (`https://app.example.com`: scheme, host and port as browsers send
    /// them), or `["*"]` for any.
    pub allow_origins: Vec<String>,
    /// Methods a preflight allows.
    pub allow_methods: Vec<String>,
    /// Request header fields a preflight allows; `["*"]` for any.
    pub allow_headers: Vec<String>,
    /// Response header fields scripts may read, beyond the always-readable ones.
    pub expose_headers: Vec<String>,
    /// How long a browser may keep a preflight's answer; `"0s"` sends no `Max-Age`.
    pub max_age: Dur,
    /// Allow credentials (cookies, HTTP auth): not with `"*"` origins.
    pub allow_credentials: bool,
}

impl Default for CorsConfig {
    fn default() -> Self {
        CorsConfig {
            allow_origins: Vec::new(),
            allow_methods: vec!["GET".into(), "HEAD".into()],
            allow_headers: Vec::new(),
            expose_headers: Vec::new(),
            max_age: Dur::secs(0),
            allow_credentials: false,
        }
    }
}

/// What [`Cors::judge`] found of a request's origin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Allowed {
    /// No `Origin`, or one not allowed.
    No,
    /// Any origin (`*`).
    Any,
    /// The configured origin of this index.
    Listed(usize),
}

/// The table, compiled.
#[derive(Debug)]
pub(crate) struct Cors {
    any_origin: bool,
    origins: Vec<String>,
    credentials: bool,
    any_header: bool,
    /// `Access-Control-Allow-Methods: ...\r\n` and the rest, ready.
    methods_line: String,
    headers_line: String,
    expose_line: String,
    max_age_line: String,
}

fn list_line(name: &str, items: &[String]) -> String {
    if items.is_empty() {
        String::new()
    } else {
        format!("{name}: {}\r\n", items.join(", "))
    }
}

impl Cors {
    /// Compiles `cfg` (keys under `prefix`), pushing what is wrong.
    pub(crate) fn new(prefix: &str, cfg: &CorsConfig, errors: &mut Vec<ConfigError>) -> Cors {
        let key = |k: &str| format!("{prefix}cors.{k}");
        let any_origin = cfg.allow_origins.iter().any(|o| o == "*");
        if any_origin && cfg.allow_origins.len() > 1 {
            errors.push(ConfigError::new(
                key("allow_origins"),
                "\"*\" stands alone: any origin",
            ));
        }
        if cfg.allow_origins.is_empty() {
            errors.push(ConfigError::new(
                key("allow_origins"),
                "list the origins allowed, or [\"*\"] for any",
            ));
        }
        for o in cfg.allow_origins.iter().filter(|o| *o != "*") {
            let ok = (o.starts_with("http://") || o.starts_with("https://"))
                && !o.ends_with('/')
                && o.split("://").nth(1).is_some_and(|h| {
                    !h.is_empty() && !h.contains('/') && !h.bytes().any(|b| b <= b' ')
                });
            if !ok {
                errors.push(ConfigError::new(
                    key("allow_origins"),
                    format!(
                        "{o:?} is not an origin (scheme://host[:port], no path, as browsers send it)"
                    ),
                ));
            }
        }
        if any_origin && cfg.allow_credentials {
            errors.push(ConfigError::new(
                key("allow_credentials"),
                "not with allow_origins = [\"*\"]: browsers refuse credentials for any origin; list the origins",
            ));
        }
        let tokens = |k: &str, items: &[String], star: bool, errors: &mut Vec<ConfigError>| {
            for t in items {
                if !(star && t == "*") && (t.is_empty() || !t.bytes().all(is_tchar)) {
                    errors.push(ConfigError::new(key(k), format!("{t:?} is not a token")));
                }
            }
        };
        tokens("allow_methods", &cfg.allow_methods, false, errors);
        tokens("allow_headers", &cfg.allow_headers, true, errors);
        tokens("expose_headers", &cfg.expose_headers, true, errors);
        let any_header = cfg.allow_headers.iter().any(|h| h == "*");
        Cors {
            any_origin,
            // Browsers send origins lowercase; the ones answered are these.
            origins: cfg
                .allow_origins
                .iter()
                .map(|o| o.to_ascii_lowercase())
                .collect(),
            credentials: cfg.allow_credentials,
            any_header,
            methods_line: list_line("Access-Control-Allow-Methods", &cfg.allow_methods),
            headers_line: if any_header {
                String::new()
            } else {
                list_line("Access-Control-Allow-Headers", &cfg.allow_headers)
            },
            expose_line: list_line("Access-Control-Expose-Headers", &cfg.expose_headers),
            max_age_line: if cfg.max_age.0.is_zero() {
                String::new()
            } else {
                format!("Access-Control-Max-Age: {}\r\n", cfg.max_age.0.as_secs())
            },
        }
    }

    /// The `Access-Control-Allow-Origin` value for a request from `origin`, if allowed.
    fn allowed<'a>(&self, origin: &'a [u8]) -> Option<&'a [u8]> {
        if self.any_origin && !self.credentials {
            return Some(b"*");
        }
        self.origins
            .iter()
            .any(|o| o.as_bytes().eq_ignore_ascii_case(origin))
            .then_some(origin)
    }

    /// The answer to a preflight request (`OPTIONS` with `Origin` and
    /// `Access-Control-Request-Method`): 204, with what is allowed when the origin is.
    pub(crate) fn preflight(&self, req: &Request) -> Option<Response> {
        if req.method() != Method::Options {
            return None;
        }
        let origin = req.header("origin")?;
        req.header("access-control-request-method")?;
        let mut lines = Vec::with_capacity(256);
        if !self.any_origin {
            lines.extend_from_slice(b"Vary: Origin, Access-Control-Request-Headers\r\n");
        }
        if let Some(allow) = self.allowed(origin) {
            self.allow_lines(allow, &mut lines);
            lines.extend_from_slice(self.methods_line.as_bytes());
            lines.extend_from_slice(self.headers_line.as_bytes());
            if self.any_header
                && let Some(asked) = req.header("access-control-request-headers")
                && !asked.iter().any(|&b| b < 0x20 && b != b'\t' || b == 0x7f)
            {
                // "*" is not honoured with credentials: name what was asked for instead.
                lines.extend_from_slice(b"Access-Control-Allow-Headers: ");
                lines.extend_from_slice(if self.credentials { asked } else { b"*" });
                lines.extend_from_slice(b"\r\n");
            }
            lines.extend_from_slice(self.max_age_line.as_bytes());
        }
        Some(Response::new(Status::NO_CONTENT).raw_fields_owned(lines))
    }

    /// Whether `origin` (a request's `Origin`, if it sent one) is allowed: decided before the
    /// handler runs, kept without a copy of the header. Any origin is allowed also to a
    /// request without one: the answer is then the same to every request, as it must be
    /// without `Vary: Origin` (a shared cache would otherwise keep an answer without
    /// `Access-Control-Allow-Origin` and give it to the browsers' cross-origin requests).
    pub(crate) fn judge(&self, origin: Option<&[u8]>) -> Allowed {
        match origin {
            _ if self.any_origin && !self.credentials => Allowed::Any,
            None => Allowed::No,
            Some(o) => self
                .origins
                .iter()
                .position(|l| l.as_bytes().eq_ignore_ascii_case(o))
                .map_or(Allowed::No, Allowed::Listed),
        }
    }

    /// Adds the fields of an `allowed` origin to `resp`, and `Vary: Origin` whenever the
    /// answer depends on it.
    pub(crate) fn apply(&self, allowed: Allowed, resp: &mut Response) {
        if !self.any_origin {
            resp.add_vary("Origin");
        }
        let allow: &[u8] = match allowed {
            Allowed::No => return,
            Allowed::Any => b"*",
            Allowed::Listed(i) => self.origins[i].as_bytes(),
        };
        self.allow_lines(allow, &mut resp.fields);
        resp.fields.extend_from_slice(self.expose_line.as_bytes());
    }

    /// `Access-Control-Allow-Origin: allow` and, when allowed, `...-Credentials: true`.
    fn allow_lines(&self, allow: &[u8], lines: &mut Vec<u8>) {
        lines.extend_from_slice(b"Access-Control-Allow-Origin: ");
        lines.extend_from_slice(allow);
        lines.extend_from_slice(b"\r\n");
        if self.credentials {
            lines.extend_from_slice(b"Access-Control-Allow-Credentials: true\r\n");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_with_any_origin_are_refused() {
        let mut errors = Vec::new();
        Cors::new(
            "",
            &CorsConfig {
                allow_origins: vec!["*".into()],
                allow_credentials: true,
                ..CorsConfig::default()
            },
            &mut errors,
        );
        Cors::new(
            "site[0].",
            &CorsConfig {
                allow_origins: vec!["https://a.example/".into(), "a.example".into()],
                allow_methods: vec!["GET POST".into()],
                ..CorsConfig::default()
            },
            &mut errors,
        );
        let keys: Vec<_> = errors.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "cors.allow_credentials",
                "site[0].cors.allow_origins",
                "site[0].cors.allow_origins",
                "site[0].cors.allow_methods"
            ]
        );
    }

    #[test]
    fn listed_origins_are_echoed_and_vary() {
        let mut errors = Vec::new();
        let cors = Cors::new(
            "",
            &CorsConfig {
                allow_origins: vec!["https://app.example".into()],
                expose_headers: vec!["X-Id".into()],
                allow_credentials: true,
                ..CorsConfig::default()
            },
            &mut errors,
        );
        assert!(errors.is_empty());
        let mut r = Response::new(Status::OK);
        cors.apply(cors.judge(Some(b"https://APP.example")), &mut r);
        assert_eq!(
            String::from_utf8_lossy(&r.fields),
            "Vary: Origin\r\nAccess-Control-Allow-Origin: https://app.example\r\n\
             Access-Control-Allow-Credentials: true\r\nAccess-Control-Expose-Headers: X-Id\r\n"
        );
        let mut r = Response::new(Status::OK);
        cors.apply(cors.judge(Some(b"https://evil.example")), &mut r);
        assert_eq!(r.fields, b"Vary: Origin\r\n");
    }
}
