//! Virtual hosts: a handler per site, chosen by the request's host name.

use std::collections::HashMap;
use std::future::Future;

use percore_http::Status;

use super::redirect::host_name;
use crate::answer::Answer;
use crate::handler::Handler;
use crate::request::Request;
use crate::response::Response;

/// Sites by host name: each request goes to the handler of the site its `Host` names (an
/// exact name, or `*.example.com` for any one label under it), else to the default one, or
/// gets `421 Misdirected Request` when [`Hosts::strict`]. Over TLS, a `Host` other than the
/// name the client's hello asked for (SNI) is 421 too: the connection was made for another
/// site, whose certificate it holds.
///
/// ```
/// use percore_web::{Hosts, Router, get};
///
/// let hosts = Hosts::new(Router::new().route("/", get(|_| async { "default" })))
///     .site(["docs.example.com"], Router::new().route("/", get(|_| async { "docs" })))
///     .unwrap()
///     .site(["*.example.org"], Router::new().route("/", get(|_| async { "org" })))
///     .unwrap();
/// # drop(hosts);
/// ```
#[derive(Debug)]
pub struct Hosts<H> {
    default: H,
    sites: Vec<H>,
    exact: HashMap<String, usize>,
    /// `.example.com` for `*.example.com`, and the site.
    wildcard: HashMap<String, usize>,
    strict: bool,
}

impl<H> Hosts<H> {
    /// Every request to `default`, until sites are added.
    pub fn new(default: H) -> Hosts<H> {
        Hosts {
            default,
            sites: Vec::new(),
            exact: HashMap::new(),
            wildcard: HashMap::new(),
            strict: false,
        }
    }

    /// Adds a site answering to `names` (matched without regard to case).
    ///
    /// # Errors
    ///
    /// A name that is not a host name (or `*.` and one), or that an earlier site has: the
    /// reason, naming it.
    pub fn site<N: AsRef<str>>(
        mut self,
        names: impl IntoIterator<Item = N>,
        handler: H,
    ) -> Result<Hosts<H>, String> {
        self.add_site(names, handler)?;
        Ok(self)
    }

    /// [`Hosts::site`], in place: on an error nothing is added.
    ///
    /// # Errors
    ///
    /// As [`Hosts::site`].
    pub fn add_site<N: AsRef<str>>(
        &mut self,
        names: impl IntoIterator<Item = N>,
        handler: H,
    ) -> Result<(), String> {
        let index = self.sites.len();
        let mut keys = Vec::new();
        for name in names {
            let name = name.as_ref().to_ascii_lowercase();
            let (wildcard, key) = match name.strip_prefix('*') {
                Some(suffix) => (true, suffix.to_string()),
                None => (false, name.clone()),
            };
            let plain = key.strip_prefix('.').unwrap_or(&key);
            let valid = !plain.is_empty()
                && (wildcard == key.starts_with('.'))
                && plain.split('.').all(|label| {
                    !label.is_empty()
                        && label.len() <= 63
                        && !label.starts_with('-')
                        && label
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                });
            if !valid {
                return Err(format!(
                    "{name:?} is not a host name (or *. and one, for one label under it)"
                ));
            }
            let table = if wildcard {
                &self.wildcard
            } else {
                &self.exact
            };
            if table.contains_key(&key) || keys.contains(&(wildcard, key.clone())) {
                return Err(format!(
                    "{name:?} is named twice (by two sites, or twice by one)"
                ));
            }
            keys.push((wildcard, key));
        }
        if keys.is_empty() {
            return Err("a site needs at least one name".into());
        }
        for (wildcard, key) in keys {
            let table = if wildcard {
                &mut self.wildcard
            } else {
                &mut self.exact
            };
            table.insert(key, index);
        }
        self.sites.push(handler);
        Ok(())
    }

    /// `421 Misdirected Request` for a host no site names (and for a request without
    /// `Host` over plaintext; over TLS it is for the name the client's hello asked for),
    /// instead of the default site.
    pub fn strict(mut self, strict: bool) -> Hosts<H> {
        self.strict = strict;
        self
    }

    /// The handler for `req`, or the 421 to answer.
    fn pick(&self, req: &Request) -> Result<&H, Response> {
        if self.sites.is_empty() && !self.strict {
            return Ok(&self.default);
        }
        let misdirected = || Response::error(Status::MISDIRECTED_REQUEST).close();
        // A request without `Host` (HTTP/1.0) over TLS is for the name the connection was
        // made for (SNI), as nginx serves it; a malformed one is not replaced.
        let name = match req.host() {
            Some(host) => host_name(host),
            None => req.server_name(),
        };
        let Some(name) = name else {
            return if self.strict {
                Err(misdirected())
            } else {
                Ok(&self.default)
            };
        };
        let name = name.strip_suffix('.').unwrap_or(name);
        let name = crate::request::ascii_lowercase(name);
        let name = &*name;
        if let Some(sni) = req.server_name()
            && sni != name
        {
            tracing::debug!("Host {name} on a connection made for {sni}: 421");
            return Err(misdirected());
        }
        let site = self.exact.get(name).copied().or_else(|| {
            let dot = name.find('.')?;
            self.wildcard.get(&name[dot..]).copied()
        });
        match site {
            Some(i) => Ok(&self.sites[i]),
            None if self.strict => Err(misdirected()),
            None => Ok(&self.default),
        }
    }
}

impl<H: Handler> Handler for Hosts<H> {
    fn call(&self, req: Request) -> impl Future<Output = Response> {
        match self.pick(&req) {
            Ok(h) => Answer::Inner { fut: h.call(req) },
            Err(r) => Answer::now(r),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_checked() {
        let h = Hosts::new(0).site(["a.example", "*.b.example"], 1).unwrap();
        for bad in ["", "*", "*.", "a..b", "-a.b", "a/b", "a.example", "x*.b"] {
            assert!(
                Hosts::new(0)
                    .site(["a.example"], 1)
                    .unwrap()
                    .site([bad], 2)
                    .is_err(),
                "{bad:?}"
            );
        }
        assert!(Hosts::new(0).site(Vec::<String>::new(), 1).is_err());
        assert_eq!(h.exact.get("a.example"), Some(&0));
        assert_eq!(h.wildcard.get(".b.example"), Some(&0));
    }
}
