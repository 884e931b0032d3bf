//! HTTP basic auth against an htpasswd file of bcrypt entries.
//!
//! A password is checked with bcrypt on the offload pool, never on a worker (a check costs
//! tens of milliseconds by design). Credentials found good are remembered by the core, keyed
//! by an HMAC of them under a key made at start (no password is kept, and a lookup's timing
//! says nothing of one), so a browser sending the same header on every request costs one
//! bcrypt per core, not one per request. An unknown user is checked against a real entry's
//! hash all the same, so that the time taken does not tell which users exist.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::time::Duration;

use base64::DecodeSliceError;
use base64::Engine;
use globset::GlobSet;
use percore_config::ConfigError;
use percore_http::Status;
use percore_proactor::time::{self, Instant};
use percore_worker::LocalStats;
use ring::hmac;
use serde::{Deserialize, Serialize};

use super::headers::{SitePath, glob, glob_set_of};
use crate::app::Offload;
use crate::request::Request;
use crate::response::Response;

/// The `[auth]` table.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AuthConfig {
    /// The realm browsers show in their prompt.
    pub realm: String,
    /// An htpasswd file of bcrypt entries (`htpasswd -B -c FILE USER` makes one); any other
    /// kind of entry (plaintext, MD5, SHA-1, crypt) is refused when it is loaded.
    pub users: PathBuf,
    /// Globs of the paths that need a user (as `headers`' `path`); empty: every path. A
    /// pattern also guards what lies below it (`/private` guards `/private/data.txt`; `/`
    /// guards every path), and a guarded file's precompressed siblings (`name.br`,
    /// `name.gz`) asked for by their own names.
    pub paths: Vec<String>,
    /// Also ask for passwords over plaintext connections; otherwise a request for a
    /// protected path that did not come over TLS is refused (403), as its password would
    /// cross the network readable.
    pub allow_plaintext: bool,
}

impl Default for AuthConfig {
    fn default() -> Self {
        AuthConfig {
            realm: "percore".into(),
            users: PathBuf::new(),
            paths: Vec::new(),
            allow_plaintext: false,
        }
    }
}

/// Credentials remembered per core (good ones, and refused ones), at most: past it the
/// memory is cleared and refilled.
const REMEMBERED: usize = 4096;

/// How long refused credentials are refused again without a check (a client retrying the
/// same wrong password costs no bcrypt meanwhile).
const REFUSED_FOR: Duration = Duration::from_secs(10);

/// Password checks one core has on the offload pool at once, at most; past it a request
/// that needs one gets 503, so that a flood of guesses cannot queue without bound ahead of
/// the pool's other work.
const MAX_CHECKING: u32 = 32;

/// Of those, the checks for one client address at once, at most: one client guessing cannot
/// take every check and keep the others' first logins out (503 for them too).
const MAX_CHECKING_PER_CLIENT: u32 = MAX_CHECKING / 4;

/// `503` with `Retry-After: 1`, never stored by a cache (whatever a header rule says).
fn busy() -> Response {
    Response::error(Status::SERVICE_UNAVAILABLE)
        .raw_fields(b"Retry-After: 1\r\nCache-Control: no-store\r\n")
}

/// The address a client's checks are counted under: an IPv6 client by its /64 (one client
/// usually has all of it), an IPv4 one (mapped into IPv6 or not) by its address.
fn client_key(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => {
            let net = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(std::net::Ipv6Addr::from(net))
        }
        v4 => v4,
    }
}

/// Ends a check's counts (the core's, its client's), however the check ends.
struct Checked<'a> {
    auth: &'a BasicAuth,
    client: Option<IpAddr>,
}

impl Drop for Checked<'_> {
    fn drop(&mut self) {
        let checking = &self.auth.checking;
        checking.set(checking.get() - 1);
        if let Some(ip) = self.client {
            let mut by_client = self.auth.checking_for.borrow_mut();
            if let Some(n) = by_client.get_mut(&ip) {
                *n -= 1;
                if *n == 0 {
                    by_client.remove(&ip);
                }
            }
        }
    }
}

/// What a URL may serve besides the file it names, for `paths` to guard as well.
#[derive(Debug, Clone, Default)]
pub(crate) struct Aliases {
    /// Index file names, served for a directory's URL.
    pub(crate) index: Vec<String>,
    /// The SPA fallback, served for missing extension-less paths.
    pub(crate) fallback: Option<String>,
}

/// Whether `globs` guard the SPA fallback `fallback` (relative to the files' root) that the
/// path `p` (without its first `/`) may be answered with: an extension-less path is. The
/// files' root is the site's or, when they are mounted under a prefix, one of `p`'s
/// directories: the fallback under each is tried (`app/index.html` for `app/dashboard`, as
/// well as `index.html`), so that a glob naming the fallback where it is served guards it,
/// wherever the files are mounted.
fn fallback_guarded(globs: &GlobSet, p: &str, fallback: &str) -> bool {
    let last = p.rsplit('/').next().unwrap_or_default();
    if last.contains('.') {
        return false;
    }
    std::iter::once(0)
        .chain(p.match_indices('/').map(|(i, _)| i + 1))
        .any(|end| matches_joined(globs, &p[..end], fallback))
}

/// Whether `globs` match `dir` followed by `name`, written into a buffer of the thread's: no
/// allocation per request (the core keeps one buffer, as long as its longest candidate).
fn matches_joined(globs: &GlobSet, dir: &str, name: &str) -> bool {
    thread_local! {
        static CANDIDATE: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }
    CANDIDATE.with_borrow_mut(|candidate| {
        candidate.clear();
        candidate.push_str(dir);
        candidate.push_str(name);
        globs.is_match(&*candidate)
    })
}

/// Reads an htpasswd file: user names and their bcrypt hashes.
fn load_users(path: &Path) -> Result<HashMap<String, String>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut users = HashMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let at = || format!("{}, line {}", path.display(), n + 1);
        let Some((user, hash)) = line.split_once(':') else {
            return Err(format!("{}: not `user:hash`", at()));
        };
        if !is_bcrypt(hash) {
            return Err(format!(
                "{}: the entry of {user:?} is not bcrypt ($2y$, $2b$ or $2a$, a cost from 4 to 31; \
                 `htpasswd -B` makes them): plaintext, MD5, SHA-1 and crypt entries are refused",
                at()
            ));
        }
        if users.insert(user.to_string(), hash.to_string()).is_some() {
            return Err(format!("{}: {user:?} is listed twice", at()));
        }
    }
    if users.is_empty() {
        return Err(format!("{}: no users", path.display()));
    }
    Ok(users)
}

/// Whether `hash` has bcrypt's form: `$2y$NN$` (a cost from 4 to 31, as bcrypt allows) and
/// 53 characters of its base64.
fn is_bcrypt(hash: &str) -> bool {
    let b = hash.as_bytes();
    b.len() == 60
        && (hash.starts_with("$2y$") || hash.starts_with("$2b$") || hash.starts_with("$2a$"))
        && cost(hash).is_some_and(|c| (4..=31).contains(&c))
        && b[6] == b'$'
        && b[7..]
            .iter()
            .all(|&c| c.is_ascii_alphanumeric() || c == b'.' || c == b'/')
}

/// The cost of a bcrypt hash (`$2y$10$...`: 10).
fn cost(hash: &str) -> Option<u32> {
    hash.get(4..6)?.parse().ok()
}

/// Basic auth, compiled.
#[derive(Debug)]
pub(crate) struct BasicAuth {
    /// `WWW-Authenticate: Basic realm="...", charset="UTF-8"\r\n`.
    challenge: Vec<u8>,
    users: Rc<HashMap<String, String>>,
    /// One real entry's hash for each bcrypt cost the file has, one of which (chosen by
    /// the name, keyed) is checked for an unknown user: an unknown name takes as long as some
    /// real user's refusal, so that no refusal's time says whether its user exists, even when
    /// the entries' costs differ.
    decoys: Vec<String>,
    /// What chooses a name's decoy: the same on every core (see [`BasicAuth::decoy_for`]).
    decoy_key: hmac::Key,
    paths: Option<GlobSet>,
    /// What a URL may serve besides itself (a directory's index, an SPA fallback), which
    /// `paths` guard too.
    pub(crate) aliases: Aliases,
    pub(crate) allow_plaintext: bool,
    key: hmac::Key,
    remembered: RefCell<HashSet<[u8; 32]>>,
    /// Credentials refused lately, and until when they are refused at once.
    refused: RefCell<HashMap<[u8; 32], Instant>>,
    /// Checks running on the offload pool now.
    checking: Cell<u32>,
    /// Checks under way by client address (only those with one under way).
    checking_for: RefCell<HashMap<IpAddr, u32>>,
    offload: Offload,
    stats: Option<Rc<LocalStats>>,
}

impl BasicAuth {
    /// Compiles `cfg` (keys under `prefix`), reading the users' file, pushing what is wrong.
    pub(crate) fn new(
        prefix: &str,
        cfg: &AuthConfig,
        offload: Offload,
        stats: Option<Rc<LocalStats>>,
        errors: &mut Vec<ConfigError>,
    ) -> Option<BasicAuth> {
        let key = |k: &str| format!("{prefix}auth.{k}");
        if cfg
            .realm
            .bytes()
            .any(|b| b < 0x20 || b == 0x7f || b == b'"' || b == b'\\')
        {
            errors.push(ConfigError::new(
                key("realm"),
                "must not hold quotes, backslashes or control characters",
            ));
        }
        // A pattern guards what lies below it too (`/private` guards `/private/data.txt`, as
        // nginx's `location /private` does): a pattern written for a directory must not leave
        // its files open.
        let paths = (!cfg.paths.is_empty()).then(|| {
            let below = |p: &str| {
                (!p.ends_with("/**") && glob(p).is_ok())
                    .then(|| format!("{}/**", p.trim_end_matches('/')))
            };
            let patterns =
                cfg.paths.iter().enumerate().flat_map(|(i, p)| {
                    std::iter::once((i, p.clone())).chain(below(p).map(|b| (i, b)))
                });
            glob_set_of(patterns, |i| key(&format!("paths[{i}]")), errors)
        });
        if cfg.users.as_os_str().is_empty() {
            errors.push(ConfigError::new(
                key("users"),
                "name the htpasswd file of the users",
            ));
            return None;
        }
        let users = match load_users(&cfg.users) {
            Ok(u) => u,
            Err(e) => {
                errors.push(ConfigError::new(key("users"), e));
                return None;
            }
        };
        let mut by_cost: Vec<(Option<u32>, &String)> =
            users.values().map(|h| (cost(h), h)).collect();
        by_cost.sort();
        by_cost.dedup_by_key(|(c, _)| *c);
        let decoys: Vec<String> = by_cost.into_iter().map(|(_, h)| h.clone()).collect();
        // The decoy of a name must be the same on every core and after a reload of the same
        // file (a name whose refusals took two times would be one that does not exist): keyed
        // by the file's hashes, which never leave the server.
        let mut all: Vec<&String> = users.values().collect();
        all.sort();
        let mut file_digest = ring::digest::Context::new(&ring::digest::SHA256);
        for h in all {
            file_digest.update(h.as_bytes());
            file_digest.update(b"\n");
        }
        let decoy_key = hmac::Key::new(hmac::HMAC_SHA256, file_digest.finish().as_ref());
        let rng = ring::rand::SystemRandom::new();
        let Ok(hmac_key) = hmac::Key::generate(hmac::HMAC_SHA256, &rng) else {
            errors.push(ConfigError::new(key("users"), "no randomness for a key"));
            return None;
        };
        Some(BasicAuth {
            challenge: format!(
                "WWW-Authenticate: Basic realm=\"{}\", charset=\"UTF-8\"\r\n",
                cfg.realm
            )
            .into_bytes(),
            users: Rc::new(users),
            decoys,
            decoy_key,
            paths,
            allow_plaintext: cfg.allow_plaintext,
            key: hmac_key,
            remembered: RefCell::new(HashSet::new()),
            refused: RefCell::new(HashMap::new()),
            checking: Cell::new(0),
            checking_for: RefCell::new(HashMap::new()),
            aliases: Aliases::default(),
            offload,
            stats,
        })
    }

    /// Whether `path` (`None` when it does not resolve) needs a user: it, or what it may
    /// serve (a directory's index file, the SPA fallback), matches `paths`. A path that does
    /// not resolve does, so that no odd spelling slips past.
    pub(crate) fn covers(&self, path: Option<&SitePath<'_>>) -> bool {
        let (Some(globs), Some(p)) = (&self.paths, path) else {
            return true;
        };
        let p = p.as_str();
        if globs.is_match(p) {
            return true;
        }
        // A precompressed sibling of a guarded file, asked for by its own name (served as
        // any file is, whether siblings are negotiated or not).
        if [".br", ".gz"]
            .iter()
            .any(|ext| p.strip_suffix(ext).is_some_and(|stem| globs.is_match(stem)))
        {
            return true;
        }
        // A directory's URL (the root's is empty).
        if (p.is_empty() || p.ends_with('/'))
            && self
                .aliases
                .index
                .iter()
                .any(|i| matches_joined(globs, p, i))
        {
            return true;
        }
        self.aliases
            .fallback
            .as_ref()
            .is_some_and(|f| fallback_guarded(globs, p, f))
    }

    /// `401` with the challenge.
    fn challenge(&self) -> Response {
        Response::error(Status::UNAUTHORIZED).raw_fields(&self.challenge)
    }

    fn failed(&self, why: &str) -> Response {
        tracing::debug!("basic auth refused: {why}");
        if let Some(stats) = &self.stats {
            stats.auth_failure();
        }
        self.challenge()
    }

    /// Judges `req`'s credentials as far as can be done at once: a missing or malformed
    /// header fails, credentials this core has seen succeed pass, others need bcrypt.
    pub(crate) fn judge(&self, req: &Request) -> Verdict {
        let Some(value) = req.header("authorization") else {
            return Verdict::Fail(self.challenge());
        };
        let Some(encoded) = value
            .get(..6)
            .filter(|s| s.eq_ignore_ascii_case(b"basic "))
            .map(|_| value[6..].trim_ascii())
        else {
            return Verdict::Fail(self.failed("not Basic credentials"));
        };
        // Decoded on the stack: a browser sends the same header with every request, and a
        // remembered one costs a decode and an HMAC, no allocation.
        let engine = &base64::engine::general_purpose::STANDARD;
        let mut stack = [0u8; 256];
        let heap;
        let decoded: &[u8] = match engine.decode_slice(encoded, &mut stack) {
            Ok(n) => &stack[..n],
            Err(DecodeSliceError::OutputSliceTooSmall) => match engine.decode(encoded) {
                Ok(v) => {
                    heap = v;
                    &heap
                }
                Err(_) => return Verdict::Fail(self.failed("credentials not in base64")),
            },
            Err(DecodeSliceError::DecodeError(_)) => {
                return Verdict::Fail(self.failed("credentials not in base64"));
            }
        };
        let Some(colon) = decoded.iter().position(|&b| b == b':') else {
            return Verdict::Fail(self.failed("credentials without a colon"));
        };
        let tag = hmac::sign(&self.key, decoded);
        let mut id = [0u8; 32];
        id.copy_from_slice(tag.as_ref());
        if self.remembered.borrow().contains(&id) {
            return Verdict::Pass;
        }
        if self
            .refused
            .borrow()
            .get(&id)
            .is_some_and(|until| time::now() < *until)
        {
            return Verdict::Fail(self.failed("credentials refused a moment ago"));
        }
        if self.checking.get() >= MAX_CHECKING {
            tracing::debug!("basic auth: {MAX_CHECKING} checks under way on this core: 503");
            return Verdict::Fail(busy());
        }
        let client = req.peer_addr().map(|a| client_key(a.ip()));
        if let Some(ip) = client
            && self
                .checking_for
                .borrow()
                .get(&ip)
                .is_some_and(|n| *n >= MAX_CHECKING_PER_CLIENT)
        {
            tracing::debug!("basic auth: {MAX_CHECKING_PER_CLIENT} checks under way for {ip}: 503");
            return Verdict::Fail(busy());
        }
        let name = &decoded[..colon];
        let entry = std::str::from_utf8(name)
            .ok()
            .and_then(|u| self.users.get(u));
        let hash = match entry {
            Some(h) => h.clone(),
            None => self.decoy_for(name).to_string(),
        };
        Verdict::Verify(Verify {
            id,
            known: entry.is_some(),
            hash,
            password: decoded[colon + 1..].to_vec(),
            client,
        })
    }

    /// The decoy hash an unknown user `name` is checked against: the same one for a name
    /// every time, on every core (a name's refusals all take as long), chosen by a keyed hash
    /// of it (which one cannot be known from outside).
    fn decoy_for(&self, name: &[u8]) -> &str {
        let tag = hmac::sign(&self.decoy_key, name);
        let pick = tag.as_ref()[0] as usize % self.decoys.len().max(1);
        self.decoys.get(pick).map_or("", String::as_str)
    }

    /// Checks a password with bcrypt on the offload pool: `Ok` for a known user with the
    /// right one (then remembered), else the `401` to send.
    pub(crate) async fn verify(&self, v: Verify) -> Result<(), Response> {
        let Verify {
            id,
            known,
            hash,
            password,
            client,
        } = v;
        self.checking.set(self.checking.get() + 1);
        if let Some(ip) = client {
            *self.checking_for.borrow_mut().entry(ip).or_insert(0) += 1;
        }
        let _done = Checked { auth: self, client };
        let good = match self
            .offload
            .run(move || bcrypt::verify(password, &hash).unwrap_or(false))
            .await
        {
            Ok(good) => good,
            Err(e) => {
                tracing::warn!("basic auth: the offload pool failed a check: {e}");
                return Err(busy());
            }
        };
        if !(good && known) {
            let mut refused = self.refused.borrow_mut();
            if refused.len() >= REMEMBERED {
                refused.clear();
            }
            refused.insert(id, time::now() + REFUSED_FOR);
            return Err(self.failed("wrong user or password"));
        }
        let mut remembered = self.remembered.borrow_mut();
        if remembered.len() >= REMEMBERED {
            remembered.clear();
        }
        remembered.insert(id);
        Ok(())
    }
}

/// What [`BasicAuth::judge`] found.
#[derive(Debug)]
pub(crate) enum Verdict {
    /// Credentials this core found good before.
    Pass,
    /// No credentials, or malformed ones: the response.
    Fail(Response),
    /// Credentials to check with bcrypt.
    Verify(Verify),
}

/// Credentials to check.
#[derive(Debug)]
pub(crate) struct Verify {
    /// Their HMAC, remembered once they are found good.
    id: [u8; 32],
    /// Whether the user exists (else `hash` is a decoy).
    known: bool,
    hash: String,
    password: Vec<u8>,
    /// The client's address, whose checks are counted.
    client: Option<IpAddr>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_client_s_checks_are_counted_by_its_address_or_its_ipv6_64() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert_eq!(client_key(ip("10.1.2.3")), ip("10.1.2.3"));
        assert_eq!(client_key(ip("::ffff:10.1.2.3")), ip("10.1.2.3"));
        assert_eq!(
            client_key(ip("2001:db8:1:2:aaaa:bbbb:cccc:dddd")),
            ip("2001:db8:1:2::")
        );
        assert_eq!(
            client_key(ip("2001:db8:1:2::1")),
            client_key(ip("2001:db8:1:2:ffff::9"))
        );
        assert_ne!(
            client_key(ip("2001:db8:1:2::1")),
            client_key(ip("2001:db8:1:3::1"))
        );
    }

    #[test]
    fn the_fallback_is_guarded_wherever_the_files_are_mounted() {
        let globs = |patterns: &[&str]| {
            let mut errors = Vec::new();
            let set = crate::rules::headers::glob_set_of(
                patterns.iter().enumerate(),
                |i| i.to_string(),
                &mut errors,
            );
            assert!(errors.is_empty());
            set
        };
        // Files at the root: `/index.html` guards every extension-less path.
        let root = globs(&["/index.html"]);
        for p in ["dashboard", "app/dashboard", "", "a/b/"] {
            assert!(fallback_guarded(&root, p, "index.html"), "{p}");
        }
        assert!(!fallback_guarded(&root, "app.js", "index.html"));
        // Files mounted at `/app`: the fallback is `/app/index.html`, served for the
        // extension-less paths below `/app`.
        let mounted = globs(&["/app/index.html"]);
        for p in ["app/dashboard", "app/", "app/x/y"] {
            assert!(fallback_guarded(&mounted, p, "index.html"), "{p}");
        }
        for p in ["other/dashboard", "dashboard", "app/main.css"] {
            assert!(!fallback_guarded(&mounted, p, "index.html"), "{p}");
        }
        // A fallback of its own directory, mounted deeper.
        let deep = globs(&["/org/*/files/spa/shell.html"]);
        assert!(fallback_guarded(
            &deep,
            "org/acme/files/route",
            "spa/shell.html"
        ));
        assert!(!fallback_guarded(&deep, "org/acme/route", "x.html"));
    }

    #[test]
    fn htpasswd_entries_other_than_bcrypt_are_refused() {
        let dir = std::env::temp_dir().join(format!("percore-auth-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("users");
        let good = bcrypt::hash("secret", 4).unwrap();
        std::fs::write(&file, format!("# users\nalice:{good}\n\n")).unwrap();
        assert_eq!(load_users(&file).unwrap().len(), 1);
        for (bad, why) in [
            ("bob:secret\n", "not bcrypt"),
            ("bob:$apr1$xyz$abcdefghijklmnopqrstuv\n", "not bcrypt"),
            ("bob:{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=\n", "not bcrypt"),
            ("bob\n", "not `user:hash`"),
            ("", "no users"),
        ] {
            std::fs::write(&file, bad).unwrap();
            let e = load_users(&file).unwrap_err();
            assert!(e.contains(why), "{bad}: {e}");
            assert!(e.contains("users"), "names the file: {e}");
        }
        std::fs::write(&file, format!("a:{good}\na:{good}\n")).unwrap();
        assert!(load_users(&file).unwrap_err().contains("line 2"));
        assert!(
            load_users(&dir.join("none"))
                .unwrap_err()
                .contains("No such file")
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
