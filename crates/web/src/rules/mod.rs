//! Site rules, for any handler: response header rules and a default `Cache-Control`, CORS,
//! redirects (and every plaintext request to HTTPS), HTTP basic auth; and [`Hosts`], to pick
//! a site's handler by host name.
//!
//! [`Rules`] is the configuration (a serde table, for an app's section); [`Rules::build`]
//! compiles it on a worker into a [`RuleSet`], and [`RuleSet::wrap`] puts a handler behind it:
//!
//! ```
//! use percore_web::{Router, Rules, get};
//!
//! let rules: Rules = toml::from_str(r#"
//!     cache_control = "no-cache"
//!     [[headers]]
//!     path = "/assets/**"
//!     set = { Cache-Control = "max-age=31536000, immutable" }
//!     [[redirect]]
//!     from = "/old/{*rest}"
//!     to = "/new/{rest}"
//! "#).unwrap();
//! let mut errors = Vec::new();
//! rules.validate("", &mut errors);
//! assert!(errors.is_empty());
//! // On a worker, in `App::run`'s build: `rules.build(&setup)?.wrap(router)`.
//! # drop(Router::new().route("/", get(|_| async { "home" })));
//! ```

mod auth;
mod cors;
mod headers;
mod hosts;
mod redirect;

use std::future::Future;
use std::rc::Rc;

use percore_config::ConfigError;
use percore_http::{Method, Status};
use percore_worker::LocalStats;
use serde::{Deserialize, Serialize};

pub use auth::AuthConfig;
pub use cors::CorsConfig;
pub use headers::HeaderRule;
pub use hosts::Hosts;
pub use redirect::RedirectRule;

use crate::answer::{Answer, Finished};
use crate::app::{Offload, Setup};
use crate::handler::Handler;
use crate::request::Request;
use crate::response::Response;
use auth::{BasicAuth, Verdict};
use cors::Cors;
use headers::{HeaderRules, Hits, SitePath};
use redirect::{HttpsRedirect, Redirects};

/// The rules of a site, as a table of an app's configuration section (every key optional).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Rules {
    /// `Cache-Control` for the responses no header rule (or handler) gives one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cache_control: Option<String>,
    /// Header fields set on the responses of matching paths, in order (later rules win).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub headers: Vec<HeaderRule>,
    /// Redirects by path.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub redirect: Vec<RedirectRule>,
    /// Cross-origin resource sharing; none when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cors: Option<CorsConfig>,
    /// HTTP basic auth; none when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub auth: Option<AuthConfig>,
    /// Answer every plaintext request with a 308 to the same URL on the first TLS address
    /// (`tls.listen`), whose port it names unless it is 443.
    pub https_redirect: bool,
}

impl Rules {
    /// Checks the rules (and reads auth's users file); each problem is pushed with its key
    /// after `prefix`.
    pub fn validate(&self, prefix: &str, errors: &mut Vec<ConfigError>) {
        self.compile(prefix, Offload::inline(), None, None, errors);
    }

    /// Compiles the rules for a worker (each builds its own: the remembered credentials are
    /// per core).
    ///
    /// # Errors
    ///
    /// What [`Rules::validate`] would report (a users file gone bad since it was checked,
    /// say), or `https_redirect` without a TLS address.
    pub fn build<S>(&self, setup: &Setup<S>) -> Result<RuleSet, String> {
        let mut errors = Vec::new();
        if self.auth.is_some() && setup.offload.pool().is_none() {
            return Err("auth needs offload threads: passwords are checked there".into());
        }
        let https = match (self.https_redirect, setup.tls_addrs.first()) {
            (false, _) => None,
            (true, Some(a)) => Some(HttpsRedirect { port: a.port() }),
            (true, None) => return Err("https_redirect needs a TLS address (tls.listen)".into()),
        };
        let set = self.compile(
            "",
            setup.offload.clone(),
            https,
            Some(setup.stats.clone()),
            &mut errors,
        );
        match errors.first() {
            None => Ok(set),
            Some(e) => Err(format!("{}: {}", e.key, e.reason)),
        }
    }

    fn compile(
        &self,
        prefix: &str,
        offload: Offload,
        https: Option<HttpsRedirect>,
        stats: Option<Rc<LocalStats>>,
        errors: &mut Vec<ConfigError>,
    ) -> RuleSet {
        RuleSet {
            https,
            redirects: Redirects::new(prefix, &self.redirect, errors),
            cors: self.cors.as_ref().map(|c| Cors::new(prefix, c, errors)),
            auth: self
                .auth
                .as_ref()
                .and_then(|a| BasicAuth::new(prefix, a, offload, stats, errors)),
            headers: HeaderRules::new(prefix, &self.headers, self.cache_control.as_deref(), errors),
        }
    }
}

/// [`Rules`], compiled on a worker: put a handler behind them with [`RuleSet::wrap`].
#[derive(Debug)]
pub struct RuleSet {
    https: Option<HttpsRedirect>,
    redirects: Redirects,
    cors: Option<Cors>,
    auth: Option<BasicAuth>,
    headers: HeaderRules,
}

impl RuleSet {
    /// `inner` behind the rules.
    pub fn wrap<H: Handler>(self, inner: H) -> Ruled<H> {
        Ruled { rules: self, inner }
    }

    /// For rules in front of [`crate::StaticFiles`] serving `files`: basic auth's `paths` then
    /// also guard what a URL serves besides the file it names, a directory's index file (for
    /// `/docs/` when a glob names `/docs/index.html`) and the SPA fallback (for every
    /// extension-less path when a glob names the fallback; with the files mounted under a
    /// prefix, a glob names it there, `/app/index.html`, and guards the extension-less paths
    /// below `/app`).
    pub fn serving(mut self, files: &crate::FilesConfig) -> RuleSet {
        if let Some(auth) = &mut self.auth {
            auth.aliases = auth::Aliases {
                index: files.index.clone(),
                fallback: files.spa_fallback.clone(),
            };
        }
        self
    }

    /// Whether a rule needs the request's normalized path (a glob of a header rule or of
    /// basic auth: a default `Cache-Control` alone does not).
    fn needs_path(&self) -> bool {
        !self.headers.is_empty() || self.auth.is_some()
    }
}

/// What the rules made of a request's path.
#[derive(Debug, Clone, Copy)]
enum Judged {
    /// Read; whether basic auth guards it.
    Guarded(bool),
    /// Not a path the rules can read: 400.
    Unreadable,
}

/// A handler behind a [`RuleSet`]: a CORS preflight is answered at once (a browser sends it
/// without credentials, and before any redirect); any other request is offered to the HTTPS
/// redirect, the redirects and basic auth, in that order, then to the handler, and CORS'
/// fields go on its response. The header rules go on every response, the rules' own
/// included.
#[derive(Debug)]
pub struct Ruled<H> {
    rules: RuleSet,
    inner: H,
}

impl<H: Handler> Ruled<H> {
    /// What answers `req`: the rules themselves, or the handler (after a password check when
    /// the path is `guarded`); and whether it is a CORS preflight (whose answer has no CORS
    /// fields added).
    fn answer(
        &self,
        req: Request,
        judged: Judged,
    ) -> (Answer<'_, impl Future<Output = Response> + '_>, bool) {
        let rules = &self.rules;
        if let Some(r) = rules.cors.as_ref().and_then(|c| c.preflight(&req)) {
            return (Answer::now(r), true);
        }
        if let Some(r) = rules.https.as_ref().and_then(|h| h.find(&req)) {
            return (Answer::now(r), false);
        }
        if let Some(r) = rules.redirects.find(&req) {
            return (Answer::now(r), false);
        }
        // After the redirects, which match the path as sent: an old link that the rules
        // cannot read may still be sent on.
        let guarded = match judged {
            Judged::Guarded(guarded) => guarded,
            Judged::Unreadable => {
                tracing::debug!("a path the rules cannot judge: 400");
                return (Answer::now(Response::error(Status::BAD_REQUEST)), false);
            }
        };
        if let Some(auth) = &rules.auth
            && guarded
        {
            if !req.is_tls() && !auth.allow_plaintext {
                tracing::debug!("a protected path asked for over plaintext: 403");
                return (Answer::now(Response::error(Status::FORBIDDEN)), false);
            }
            match auth.judge(&req) {
                Verdict::Pass => {}
                Verdict::Fail(r) => return (Answer::now(r), false),
                // Boxed: bcrypt's wait is the slow path (once per credentials and core).
                Verdict::Verify(v) => {
                    let fut = Box::pin(async move {
                        match auth.verify(v).await {
                            Ok(()) => self.inner.call(req).await,
                            Err(r) => r,
                        }
                    });
                    return (Answer::Later { fut }, false);
                }
            }
        }
        (
            Answer::Inner {
                fut: self.inner.call(req),
            },
            false,
        )
    }
}

impl<H: Handler> Handler for Ruled<H> {
    fn call(&self, req: Request) -> impl Future<Output = Response> {
        let rules = &self.rules;
        // What the rules need of the request, taken before the handler has it: no copy of
        // the path or of a header (the path is borrowed but for a directory's URL).
        let (hits, judged) = match rules.needs_path() {
            // `OPTIONS *`: about the server, no path to judge. Any other target that is not
            // a path (`*` with another method, `ftp://h/x`) is refused below.
            true if req.method() == Method::Options && req.target() == "*" => {
                (Hits::Few(0), Judged::Guarded(false))
            }
            // An escaped slash (`a%2Fb`) is a separator to the rules, as to a file server,
            // and part of its segment to a router: the handler may serve another path than
            // the one judged. Refused, as Apache does by default.
            true if percore_http::has_escaped_separator(req.path()) => {
                (Hits::Few(0), Judged::Unreadable)
            }
            true => match SitePath::of(req.path()) {
                Some(path) => {
                    let hits = rules.headers.matching(&path);
                    let guarded = rules.auth.as_ref().is_some_and(|a| a.covers(Some(&path)));
                    (hits, Judged::Guarded(guarded))
                }
                // A path the rules cannot read (a malformed escape; a control byte, a
                // backslash or invalid UTF-8 once decoded; a `..` above the root) cannot be
                // judged: refused, rather than handed on with no rule applied.
                None => (Hits::Few(0), Judged::Unreadable),
            },
            false => (Hits::Few(0), Judged::Guarded(false)),
        };
        let allowed = rules.cors.as_ref().map(|c| c.judge(req.header("origin")));
        let (answer, preflight) = self.answer(req, judged);
        Finished::new(answer, move |resp: &mut Response| {
            if let (Some(cors), Some(allowed)) = (&rules.cors, allowed)
                && !preflight
            {
                cors.apply(allowed, resp);
            }
            rules.headers.apply(&hits, resp);
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_reports_under_its_prefix() {
        let rules: Rules = toml::from_str(
            r#"
            cache_control = "x\u0001"
            [[headers]]
            path = "nope"
            set = {}
            [[redirect]]
            from = "/a"
            to = "/b"
            status = 200
            [cors]
            allow_origins = []
            [auth]
            users = ""
            "#,
        )
        .unwrap();
        let mut errors = Vec::new();
        rules.validate("site[2].", &mut errors);
        let keys: Vec<_> = errors.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            keys,
            [
                "site[2].redirect[0].status",
                "site[2].cors.allow_origins",
                "site[2].auth.users",
                "site[2].headers[0].path",
                "site[2].cache_control",
            ]
        );
    }
}
