//! Routing by path (with parameters, through `matchit`) and then by method: 404 for a path no
//! route matches, 405 with `Allow` for a method a path does not take, `HEAD` answered by the
//! `GET` handler and `OPTIONS` by the `Allow` list unless a route says otherwise.

use std::collections::HashMap;
use std::future::Future;
use std::rc::Rc;

use percore_http::{Method, Status};

use crate::answer::{Answer, Routed};
use crate::handler::{BoxHandler, ErasedHandler, Handler, boxed};
use crate::request::Request;
use crate::response::Response;

/// The handlers of one path, by method. Made with [`get`], [`post`], ... and chained:
/// `get(list).post(create)`.
pub struct MethodRouter {
    /// Method tokens and their handlers.
    routes: Vec<(Box<str>, BoxHandler)>,
    any: Option<BoxHandler>,
}

impl std::fmt::Debug for MethodRouter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MethodRouter")
            .field("allow", &self.allow())
            .field("any", &self.any.is_some())
            .finish()
    }
}

macro_rules! methods {
    ($($name:ident => $token:literal, $doc:literal;)+) => {
        $(
            #[doc = concat!("A route answering ", $doc, " with `handler`.")]
            pub fn $name<H: Handler>(handler: H) -> MethodRouter {
                MethodRouter::new().on_token($token, handler)
            }
        )+

        impl MethodRouter {
            $(
                #[doc = concat!("Also answers ", $doc, " with `handler`.")]
                ///
                /// # Panics
                ///
                /// Panics when the method already has a handler.
                pub fn $name<H: Handler>(self, handler: H) -> MethodRouter {
                    self.on_token($token, handler)
                }
            )+
        }
    };
}

methods! {
    get => "GET", "GET (and HEAD, unless a HEAD handler is given)";
    head => "HEAD", "HEAD";
    post => "POST", "POST";
    put => "PUT", "PUT";
    patch => "PATCH", "PATCH";
    delete => "DELETE", "DELETE";
    options => "OPTIONS", "OPTIONS";
}

/// A route answering the method `method` (any token: `PROPFIND`, `PURGE`) with `handler`.
///
/// # Panics
///
/// Panics when `method` is not a token.
pub fn on<H: Handler>(method: &str, handler: H) -> MethodRouter {
    MethodRouter::new().on(method, handler)
}

/// A route answering every method with `handler`.
pub fn any<H: Handler>(handler: H) -> MethodRouter {
    MethodRouter {
        routes: Vec::new(),
        any: Some(boxed(handler)),
    }
}

impl MethodRouter {
    fn new() -> MethodRouter {
        MethodRouter {
            routes: Vec::new(),
            any: None,
        }
    }

    fn on_token<H: Handler>(mut self, token: &str, handler: H) -> MethodRouter {
        self.add(token.into(), boxed(handler));
        self
    }

    fn add(&mut self, token: Box<str>, handler: BoxHandler) {
        assert!(
            !self.has(&token),
            "{token} already has a handler on this route"
        );
        self.routes.push((token, handler));
    }

    fn has(&self, token: &str) -> bool {
        self.routes.iter().any(|(t, _)| &**t == token)
    }

    /// Also answers the method `method` with `handler`.
    ///
    /// # Panics
    ///
    /// Panics when `method` is not a token, or already has a handler.
    pub fn on<H: Handler>(self, method: &str, handler: H) -> MethodRouter {
        assert!(
            !method.is_empty() && method.bytes().all(crate::response::is_tchar),
            "{method:?} is not a method"
        );
        self.on_token(method, handler)
    }

    /// The `Allow` list: the methods given, HEAD with GET, and OPTIONS.
    fn allow(&self) -> String {
        let mut list: Vec<&str> = self.routes.iter().map(|(t, _)| &**t).collect();
        if self.has("GET") && !self.has("HEAD") {
            list.push("HEAD");
        }
        if !self.has("OPTIONS") {
            list.push("OPTIONS");
        }
        list.join(", ")
    }

    fn merge(&mut self, other: MethodRouter) {
        for (token, h) in other.routes {
            self.add(token, h);
        }
        if let Some(h) = other.any {
            assert!(self.any.is_none(), "the route already answers any method");
            self.any = Some(h);
        }
    }

    /// The future of the handler of `req`'s method, or the router's own answer.
    fn dispatch(&self, allow: &str, req: Request) -> Routed<'_> {
        let method = req.method();
        let find = |token: &str| self.routes.iter().find(|(t, _)| &**t == token);
        let found = find(method.as_str()).or_else(|| {
            // HEAD is GET without the body (the driver leaves it out).
            (method == Method::Head).then(|| find("GET")).flatten()
        });
        if let Some((_, h)) = found {
            return Answer::Later {
                fut: h.call_boxed(req),
            };
        }
        if let Some(h) = &self.any {
            return Answer::Later {
                fut: h.call_boxed(req),
            };
        }
        if method == Method::Options {
            return Answer::now(Response::new(Status::NO_CONTENT).header("Allow", allow));
        }
        Answer::now(Response::error(Status::METHOD_NOT_ALLOWED).header("Allow", allow))
    }
}

/// What a path leads to.
enum Entry {
    Methods {
        methods: MethodRouter,
        allow: String,
        names: Vec<Rc<str>>,
    },
    /// A handler mounted at a prefix: every method, every path below (shared by the prefix's
    /// two routes; called through one box per request), and the prefix's parameters.
    Mount {
        handler: Rc<dyn ErasedHandler>,
        names: Vec<Rc<str>>,
    },
    /// The prefix of a mount without its slash: redirected to it.
    Redirect,
}

/// The name of the catch-all parameter of mounts.
const REST: &str = "percore_mount_rest";

/// Routes requests to handlers by path, then by method.
///
/// Paths are matched as sent (percent-encoded), segment by segment; `{name}` matches one
/// segment and `{*name}` the rest of the path (see `matchit`'s rules: a static segment wins
/// over a parameter). A path no route matches is 404 (or goes to the [`Router::fallback`]).
///
/// ```
/// use percore_web::{Request, Router, Status, get, post};
///
/// // `None`: the parameter is malformed (a bad escape, or not UTF-8 once decoded).
/// async fn user(req: Request) -> Result<String, Status> {
///     let id = req.param("id").ok_or(Status::BAD_REQUEST)?;
///     Ok(format!("user {id}"))
/// }
///
/// let router = Router::new()
///     .route("/", get(|_| async { "home" }))
///     .route("/users/{id}", get(user).delete(|_| async { "deleted" }))
///     .route("/echo", post(|mut req: Request| async move { req.body().collect().await }));
/// # drop(router);
/// ```
pub struct Router {
    tree: matchit::Router<usize>,
    entries: Vec<Entry>,
    /// Each route's entry, by the route as given (a route given again adds to it).
    paths: HashMap<Box<str>, usize>,
    fallback: Option<BoxHandler>,
}

impl std::fmt::Debug for Router {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Router")
            .field("routes", &self.entries.len())
            .finish()
    }
}

impl Default for Router {
    fn default() -> Self {
        Router::new()
    }
}

impl Router {
    /// A router with no routes: every path is 404.
    pub fn new() -> Router {
        Router {
            tree: matchit::Router::new(),
            entries: Vec::new(),
            paths: HashMap::new(),
            fallback: None,
        }
    }

    /// Adds `path` to the tree; `origin` names what the user wrote, for the panic (a mount
    /// adds routes of its own).
    fn insert(&mut self, path: &str, entry: Entry, origin: &dyn std::fmt::Display) {
        let index = self.entries.len();
        if let Err(e) = self.tree.insert(path, index) {
            panic!("{origin}: {e}");
        }
        self.entries.push(entry);
        self.paths.insert(path.into(), index);
    }

    /// Answers `path` with `methods`. A path given twice gets the methods of both.
    ///
    /// # Panics
    ///
    /// Panics when `path` does not start with `/`, is not a valid route (see `matchit`),
    /// names a parameter twice, conflicts with another route, or gives a method a second
    /// handler; the message names the route. (A segment written `:name` is matched
    /// literally, and said so in the log: a parameter is written `{name}`.)
    pub fn route(mut self, path: &str, methods: MethodRouter) -> Router {
        assert!(path.starts_with('/'), "route {path:?} must start with /");
        let names = checked_params(path, &format_args!("route {path:?}"));
        if let Some(&index) = self.paths.get(path)
            && let Entry::Methods {
                methods: old,
                allow,
                ..
            } = &mut self.entries[index]
        {
            for (token, _) in &methods.routes {
                assert!(
                    !old.has(token),
                    "route {path:?}: {token} already has a handler there"
                );
            }
            assert!(
                old.any.is_none() || methods.any.is_none(),
                "route {path:?} already answers any method"
            );
            old.merge(methods);
            *allow = old.allow();
            return self;
        }
        let allow = methods.allow();
        self.insert(
            path,
            Entry::Methods {
                methods,
                allow,
                names,
            },
            &format_args!("route {path:?}"),
        );
        self
    }

    /// Answers every request whose path is `prefix` followed by `/...` with `handler`,
    /// whatever the method (a [`crate::StaticFiles`], say); `prefix` alone is redirected to
    /// `prefix/` (308: the method and body are kept). The handler sees the path below the
    /// prefix in [`Request::mounted_path`], and a [`Router`] mounted there routes by it (its
    /// routes are written without the prefix). The prefix may hold parameters
    /// (`/t/{tenant}/files`), which the handler reads with [`Request::param`].
    ///
    /// # Panics
    ///
    /// Panics when `prefix` does not start with `/`, ends in a catch-all parameter, names a
    /// parameter twice, or conflicts with another route (the message names the mount, and
    /// which of its routes: `prefix/`, `prefix/{*rest}` or `prefix` itself).
    pub fn mount<H: Handler>(mut self, prefix: &str, handler: H) -> Router {
        assert!(
            prefix.starts_with('/'),
            "mount {prefix:?} must start with /"
        );
        let written = prefix;
        let prefix = prefix.trim_end_matches('/');
        let origin = format!("mount {written:?}");
        assert!(
            !prefix.contains("{*"),
            "{origin}: a mount's prefix cannot end in a catch-all (everything below it is the \
             mounted handler's already)"
        );
        let names = checked_params(prefix, &origin);
        // One allocation shared by both entries, called through one pointer.
        let handler: Rc<dyn ErasedHandler> = Rc::new(handler);
        // The routes a mount adds are named with it when they conflict with another.
        let with = |path: &str| format!("{origin} (its route {path:?})");
        let below = format!("{prefix}/");
        self.insert(
            &below,
            Entry::Mount {
                handler: handler.clone(),
                names: names.clone(),
            },
            &with(&below),
        );
        let rest = format!("{prefix}/{{*{REST}}}");
        self.insert(&rest, Entry::Mount { handler, names }, &with(&rest));
        if !prefix.is_empty() {
            self.insert(prefix, Entry::Redirect, &with(prefix));
        }
        self
    }

    /// Answers paths no route matches with `handler` (404 otherwise).
    pub fn fallback<H: Handler>(mut self, handler: H) -> Router {
        self.fallback = Some(boxed(handler));
        self
    }

    /// Shorthand for `route(path, get(handler))`.
    pub fn get<H: Handler>(self, path: &str, handler: H) -> Router {
        self.route(path, get(handler))
    }

    /// Shorthand for `route(path, post(handler))`.
    pub fn post<H: Handler>(self, path: &str, handler: H) -> Router {
        self.route(path, post(handler))
    }

    /// Shorthand for `route(path, put(handler))`.
    pub fn put<H: Handler>(self, path: &str, handler: H) -> Router {
        self.route(path, put(handler))
    }

    /// Shorthand for `route(path, patch(handler))`.
    pub fn patch<H: Handler>(self, path: &str, handler: H) -> Router {
        self.route(path, patch(handler))
    }

    /// Shorthand for `route(path, delete(handler))`.
    pub fn delete<H: Handler>(self, path: &str, handler: H) -> Router {
        self.route(path, delete(handler))
    }

    /// Every method some route answers (for `OPTIONS *`).
    fn allow_all(&self) -> String {
        let mut all: Vec<String> = Vec::new();
        for e in &self.entries {
            if let Entry::Methods { allow, .. } = e {
                for m in allow.split(", ") {
                    if !all.iter().any(|a| a == m) {
                        all.push(m.to_string());
                    }
                }
            }
        }
        if !all.iter().any(|a| a == "OPTIONS") {
            all.push("OPTIONS".into());
        }
        all.join(", ")
    }
}

/// Gives `req` the parameters `names` (their values at `spans` of its target), after those it
/// has.
fn add_params(req: &mut Request, names: &[Rc<str>], spans: Vec<std::ops::Range<u32>>) {
    if names.is_empty() {
        return;
    }
    req.params.list.extend(names.iter().cloned().zip(spans));
}

/// The parameter names of `path` (written by `origin`), each once: a name given twice would
/// make [`Request::param`] see one of the two only. A segment written `:name`, as some other
/// routers spell a parameter, is a literal here: said in the log, as it is most likely meant
/// as `{name}`.
fn checked_params(path: &str, origin: &dyn std::fmt::Display) -> Vec<Rc<str>> {
    let names = param_names(path);
    for (i, name) in names.iter().enumerate() {
        assert!(
            !names[..i].contains(name),
            "{origin}: the parameter {{{name}}} is named twice"
        );
    }
    if let Some(segment) = path.split('/').find(|s| s.starts_with(':') && s.len() > 1) {
        tracing::warn!(
            "{origin}: the segment {segment:?} is matched literally; a parameter is written \
             {{{}}}",
            &segment[1..]
        );
    }
    names
}

/// The parameter names of a route, in order.
fn param_names(path: &str) -> Vec<Rc<str>> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(open) = rest.find('{') {
        if rest[open + 1..].starts_with('{') {
            rest = &rest[open + 2..];
            continue;
        }
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        let name = rest[open + 1..open + close].trim_start_matches('*');
        names.push(Rc::from(name));
        rest = &rest[open + close + 1..];
    }
    names
}

impl Handler for Router {
    /// Routes at once, without waiting: the future is the handler's (boxed, as a route may
    /// hold a handler of any type) or the router's own answer, and the request is moved
    /// straight into the handler's future rather than kept in a future of the router's too.
    fn call(&self, req: Request) -> impl Future<Output = Response> {
        self.route_to(req)
    }
}

impl Router {
    /// The future of the handler `req` goes to, or the router's own answer.
    fn route_to(&self, mut req: Request) -> Routed<'_> {
        if req.path().is_empty() {
            // `*` (or a target that is not a path at all).
            if req.method() == Method::Options && req.target() == "*" {
                return Answer::now(
                    Response::new(Status::NO_CONTENT).header("Allow", self.allow_all()),
                );
            }
            return Answer::now(Response::error(Status::BAD_REQUEST));
        }
        if req.may_climb()
            && (percore_http::has_dot_segment(req.path()) || req.path().contains('\\'))
        {
            // Routed on its bytes, `/org/../files/x` would reach the mount `/org/{org}/files`
            // with `{org}` = `..`, while rules in front (basic auth, header rules) judged the
            // path it resolves to, `/files/x`: 400, as for any path that is not what it says.
            // (An escaped slash, `a%2Fb`, is one segment here; rules in front refuse it.) A
            // backslash, which browsers read as a slash, likewise: a mount's redirect would
            // otherwise send `/\evil.example` to `/\evil.example/`, another host to them.
            tracing::debug!("a dot segment or a backslash in the path: 400");
            return Answer::now(Response::error(Status::BAD_REQUEST));
        }
        // Below a mount, the path below its prefix (the whole path otherwise).
        let found = self.tree.at(req.mounted_path()).ok().map(|m| {
            let spans: Vec<std::ops::Range<u32>> =
                m.params.iter().map(|(_, v)| req.span_of(v)).collect();
            (*m.value, spans)
        });
        let Some((index, params)) = found else {
            return match &self.fallback {
                Some(h) => Answer::Later {
                    fut: h.call_boxed(req),
                },
                None => Answer::now(Response::error(Status::NOT_FOUND)),
            };
        };
        match &self.entries[index] {
            Entry::Methods {
                methods,
                allow,
                names,
            } => {
                // matchit gives the values in the route's order. A route's parameters are
                // the request's, in place of those of a route above it (a router behind a
                // route: each sees its own), after those of the mounts above it. (An empty
                // list is left as it is: written anew, its words are read back at once by the
                // move into the handler's future, a load that cannot be forwarded from those
                // stores.)
                if !(names.is_empty() && req.params.list.is_empty()) {
                    req.params.keep_mounts_only();
                    add_params(&mut req, names, params);
                }
                methods.dispatch(allow, req)
            }
            Entry::Mount { handler, names } => {
                let path_end = req.path_end();
                // The rest, when there is one, is the route's last parameter; its slash
                // starts the mounted path.
                let rest = (params.len() > names.len()).then(|| params[names.len()].start - 1);
                // A route's parameters above the mount are not the mounted handler's.
                req.params.keep_mounts_only();
                add_params(&mut req, names, params);
                req.params.mounted_at(rest.unwrap_or(path_end - 1));
                Answer::Later {
                    fut: handler.call_boxed(req),
                }
            }
            Entry::Redirect => {
                let mut location = format!("{}/", req.path());
                if let Some(q) = req.query() {
                    location.push('?');
                    location.push_str(q);
                }
                Answer::now(
                    Response::error(Status::PERMANENT_REDIRECT).header("Location", location),
                )
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_parameters() {
        assert_eq!(
            param_names("/a/{id}/b/{*rest}")
                .iter()
                .map(|n| n.to_string())
                .collect::<Vec<_>>(),
            ["id", "rest"]
        );
        assert!(param_names("/{{literal}}").is_empty());
    }

    #[test]
    fn allow_lists() {
        let m = get(|_| async { "" }).post(|_| async { "" });
        assert_eq!(m.allow(), "GET, POST, HEAD, OPTIONS");
        let m = on("PURGE", |_| async { "" }).options(|_| async { "" });
        assert_eq!(m.allow(), "PURGE, OPTIONS");
        let r = Router::new()
            .route("/a", get(|_| async { "" }))
            .route("/a", put(|_| async { "" }))
            .route("/b", delete(|_| async { "" }));
        assert_eq!(r.allow_all(), "GET, PUT, HEAD, OPTIONS, DELETE");
    }

    #[test]
    fn a_route_with_parameters_given_again_adds_its_methods() {
        let r = Router::new()
            .get("/users/{id}", |_| async { "" })
            .route("/users/{id}", delete(|_| async { "" }))
            // A literal brace is another route, beside the parameter.
            .get("/u/{{id}}", |_| async { "" })
            .post("/u/{id}", |_| async { "" });
        assert_eq!(r.allow_all(), "GET, DELETE, HEAD, OPTIONS, POST");
        let Entry::Methods { allow, .. } = &r.entries[*r.tree.at("/users/7").unwrap().value] else {
            panic!("a route")
        };
        assert_eq!(allow, "GET, DELETE, HEAD, OPTIONS");
        let Entry::Methods { allow, .. } = &r.entries[*r.tree.at("/u/7").unwrap().value] else {
            panic!("a route")
        };
        assert_eq!(allow, "POST, OPTIONS");
    }

    #[test]
    #[should_panic(expected = "route \"/a\": GET already has a handler there")]
    fn a_method_twice_is_refused_naming_the_route() {
        let _ = Router::new()
            .get("/a", |_| async { "" })
            .get("/a", |_| async { "" });
    }

    #[test]
    #[should_panic(expected = "route \"/a/{id}/b/{id}\": the parameter {id} is named twice")]
    fn a_parameter_named_twice_is_refused() {
        let _ = Router::new().get("/a/{id}/b/{id}", |_| async { "" });
    }

    #[test]
    #[should_panic(expected = "mount \"/api\" (its route \"/api/\")")]
    fn a_mount_in_conflict_is_named_as_the_user_wrote_it() {
        let _ = Router::new()
            .mount("/api", |_| async { "" })
            .mount("/api", |_| async { "" });
    }

    #[test]
    #[should_panic(expected = "mount \"/a/{*x}\": a mount's prefix cannot end in a catch-all")]
    fn a_mount_with_a_catch_all_is_refused_as_such() {
        let _ = Router::new().mount("/a/{*x}", |_| async { "" });
    }

    #[test]
    #[should_panic(expected = "mount \"/org/{org}\" (its route \"/org/{org}\")")]
    fn a_route_on_a_mounts_own_path_names_the_mount() {
        let _ = Router::new()
            .get("/org/{org}", |_| async { "" })
            .mount("/org/{org}", |_| async { "" });
    }

    #[test]
    fn put_patch_and_delete_have_shorthands() {
        let r = Router::new()
            .put("/a", |_| async { "" })
            .patch("/a", |_| async { "" })
            .delete("/a", |_| async { "" });
        assert_eq!(r.allow_all(), "PUT, PATCH, DELETE, OPTIONS");
    }

    #[test]
    #[should_panic(expected = "route \"/a/{x}\"")]
    fn conflicting_routes_are_refused() {
        let _ = Router::new()
            .get("/a/{id}", |_| async { "" })
            .get("/a/{x}", |_| async { "" });
    }
}
