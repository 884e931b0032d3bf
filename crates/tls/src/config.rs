//! Certificates and keys from PEM files into a rustls `ServerConfig`.

use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use rustls::server::{ClientHello, ResolvesServerCert};
use rustls::sign::CertifiedKey;
use rustls::{InconsistentKeys, ServerConfig, version};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer};

/// A certificate chain and its private key, as PEM files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertFiles {
    /// The chain: the server's certificate first, then any intermediates.
    pub cert: PathBuf,
    /// Its private key (PKCS#8, PKCS#1 or SEC1).
    pub key: PathBuf,
}

/// What a TLS listener serves: a default certificate, others chosen by the client's SNI, and
/// the ALPN protocols offered (`http/1.1` for HTTP; none for a raw stream).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TlsFiles {
    /// For clients whose SNI names no other entry (or who send none).
    pub default: CertFiles,
    /// Host names (exact, or `*.example.com` for one label) and their certificates.
    pub sni: Vec<(String, CertFiles)>,
    /// ALPN protocols, in the server's order of preference.
    pub alpn: Vec<Vec<u8>>,
    /// Whether clients may resume sessions (tickets; session IDs in TLS 1.2); `true` from
    /// [`TlsFiles::new`]. Off, every connection runs a full handshake.
    pub resumption: bool,
}

impl TlsFiles {
    /// One certificate for every client, no ALPN.
    pub fn new(cert: impl Into<PathBuf>, key: impl Into<PathBuf>) -> TlsFiles {
        TlsFiles {
            default: CertFiles {
                cert: cert.into(),
                key: key.into(),
            },
            sni: Vec::new(),
            alpn: Vec::new(),
            resumption: true,
        }
    }
}

/// Why certificates could not be loaded; each names the file.
#[derive(Debug)]
#[non_exhaustive]
pub enum TlsConfigError {
    /// The file could not be read.
    Read {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file holds no certificate, or no private key, in PEM.
    Missing {
        /// The file.
        path: PathBuf,
        /// "certificate" or "private key".
        what: &'static str,
    },
    /// The PEM (or the key inside it) could not be parsed.
    Invalid {
        /// The file.
        path: PathBuf,
        /// What was wrong.
        reason: String,
    },
    /// The private key is not the key of the certificate.
    KeyMismatch {
        /// The certificate file.
        cert: PathBuf,
        /// The key file.
        key: PathBuf,
    },
    /// An SNI name that is not a host name or a `*.` wildcard of one.
    BadName(String),
    /// An SNI name given twice (the same once lowercased and without a trailing dot).
    DuplicateName(String),
    /// rustls refused the configuration.
    Rustls(rustls::Error),
}

impl fmt::Display for TlsConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TlsConfigError::Read { path, source } => write!(f, "{}: {source}", path.display()),
            TlsConfigError::Missing { path, what } => {
                write!(f, "{}: no {what} in PEM form", path.display())
            }
            TlsConfigError::Invalid { path, reason } => write!(f, "{}: {reason}", path.display()),
            TlsConfigError::KeyMismatch { cert, key } => write!(
                f,
                "{}: this private key is not the key of the certificate in {}",
                key.display(),
                cert.display()
            ),
            TlsConfigError::BadName(name) => {
                write!(f, "SNI name {name:?} is not a host name or *.host.name")
            }
            TlsConfigError::DuplicateName(name) => {
                write!(
                    f,
                    "SNI name {name:?} is given twice: which certificate is meant?"
                )
            }
            TlsConfigError::Rustls(e) => write!(f, "TLS configuration refused: {e}"),
        }
    }
}

impl std::error::Error for TlsConfigError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            TlsConfigError::Read { source, .. } => Some(source),
            TlsConfigError::Rustls(e) => Some(e),
            _ => None,
        }
    }
}

fn read(path: &Path) -> Result<Vec<u8>, TlsConfigError> {
    std::fs::read(path).map_err(|source| TlsConfigError::Read {
        path: path.to_owned(),
        source,
    })
}

fn invalid(path: &Path, reason: impl fmt::Display) -> TlsConfigError {
    TlsConfigError::Invalid {
        path: path.to_owned(),
        reason: reason.to_string(),
    }
}

/// Loads and checks one certificate chain and key.
fn certified_key(
    files: &CertFiles,
    provider: &rustls::crypto::CryptoProvider,
) -> Result<Arc<CertifiedKey>, TlsConfigError> {
    let pem = read(&files.cert)?;
    let chain = CertificateDer::pem_slice_iter(&pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| invalid(&files.cert, e))?;
    if chain.is_empty() {
        return Err(TlsConfigError::Missing {
            path: files.cert.clone(),
            what: "certificate",
        });
    }
    let pem = read(&files.key)?;
    let key = PrivateKeyDer::from_pem_slice(&pem).map_err(|e| match e {
        rustls_pki_types::pem::Error::NoItemsFound => TlsConfigError::Missing {
            path: files.key.clone(),
            what: "private key",
        },
        e => invalid(&files.key, e),
    })?;
    let signing = provider
        .key_provider
        .load_private_key(key)
        .map_err(|e| invalid(&files.key, e))?;
    let certified = CertifiedKey::new(chain, signing);
    // A certificate that does not parse names its own file, not the key's. A key that cannot
    // say its public key cannot be compared, and is taken (as rustls' own `with_single_cert`
    // does; ring's keys all can).
    match certified.keys_match() {
        Ok(()) | Err(rustls::Error::InconsistentKeys(InconsistentKeys::Unknown)) => {}
        Err(rustls::Error::InconsistentKeys(InconsistentKeys::KeyMismatch)) => {
            return Err(TlsConfigError::KeyMismatch {
                cert: files.cert.clone(),
                key: files.key.clone(),
            });
        }
        Err(e) => return Err(invalid(&files.cert, e)),
    }
    Ok(Arc::new(certified))
}

/// Seconds since the epoch at which a certificate's validity ends, when it can be read.
fn expires(key: &CertifiedKey) -> Option<i64> {
    crate::der::not_after(key.end_entity_cert().ok()?.as_ref())
}

/// When the certificate of `files` stops being valid (its `notAfter`), after loading and
/// checking it as [`load`] does: for `--check-config` to warn of an expired certificate.
/// `Ok(None)` when the certificate holds no validity period that can be read.
///
/// # Errors
///
/// As [`load`], for this one certificate and key.
pub fn expiry(files: &CertFiles) -> Result<Option<SystemTime>, TlsConfigError> {
    let key = certified_key(files, &rustls::crypto::ring::default_provider())?;
    Ok(expires(&key).and_then(|secs| {
        let span = std::time::Duration::from_secs(secs.unsigned_abs());
        match secs >= 0 {
            true => UNIX_EPOCH.checked_add(span),
            false => UNIX_EPOCH.checked_sub(span),
        }
    }))
}

/// Certificates by SNI name, and the default.
#[derive(Debug)]
struct BySni {
    exact: HashMap<String, Arc<CertifiedKey>>,
    /// `*.example.com` stored as `example.com`.
    wildcard: HashMap<String, Arc<CertifiedKey>>,
    default: Arc<CertifiedKey>,
}

impl ResolvesServerCert for BySni {
    fn resolve(&self, hello: ClientHello<'_>) -> Option<Arc<CertifiedKey>> {
        // rustls gives the SNI name lower-cased, without a trailing dot.
        let chosen = hello.server_name().and_then(|name| {
            self.exact.get(name).or_else(|| {
                let (_, parent) = name.split_once('.')?;
                self.wildcard.get(parent)
            })
        });
        Some(chosen.unwrap_or(&self.default).clone())
    }
}

/// Whether `name` is a DNS host name (letters, digits, hyphens; labels of 1 to 63 bytes).
fn is_host_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 253
        && name.split('.').all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// Loads every certificate and key of `files` and builds the server configuration: TLS 1.3
/// and 1.2 with ring's cipher suites, session tickets (stateless resumption, so a client
/// resumes on whichever worker its next connection reaches) and a session cache unless
/// `files.resumption` is off, the ALPN protocols of `files`. An expired certificate is
/// loaded, with a warning (logged) naming its file.
///
/// # Errors
///
/// A [`TlsConfigError`] naming the file that could not be read or parsed, or the key that
/// does not match its certificate.
pub fn load(files: &TlsFiles) -> Result<Arc<ServerConfig>, TlsConfigError> {
    let (config, warnings) = load_with_warnings(files)?;
    for w in warnings {
        tracing::warn!("{w}");
    }
    Ok(config)
}

/// [`load`], with its warnings (an expired certificate, naming its file) returned rather
/// than logged: for `--check-config`, which prints them.
///
/// # Errors
///
/// As [`load`].
pub fn load_with_warnings(
    files: &TlsFiles,
) -> Result<(Arc<ServerConfig>, Vec<String>), TlsConfigError> {
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs() as i64);
    let mut warnings = Vec::new();
    let mut check = |cert: &CertFiles| -> Result<Arc<CertifiedKey>, TlsConfigError> {
        let key = certified_key(cert, &provider)?;
        if let Some(end) = expires(&key).filter(|&end| end < now) {
            warnings.push(format!(
                "{}: the certificate expired {} days ago: clients will refuse it",
                cert.cert.display(),
                (now - end) / 86_400
            ));
        }
        Ok(key)
    };
    let default = check(&files.default)?;
    let mut resolver = BySni {
        exact: HashMap::new(),
        wildcard: HashMap::new(),
        default,
    };
    for (name, cert) in &files.sni {
        let name = name.trim_end_matches('.').to_ascii_lowercase();
        let (map, host) = match name.strip_prefix("*.") {
            Some(parent) => (&mut resolver.wildcard, parent.to_string()),
            None => (&mut resolver.exact, name.clone()),
        };
        if !is_host_name(&host) {
            return Err(TlsConfigError::BadName(name));
        }
        if map.contains_key(&host) {
            return Err(TlsConfigError::DuplicateName(name));
        }
        map.insert(host, check(cert)?);
    }
    let mut config = ServerConfig::builder_with_provider(provider)
        .with_protocol_versions(&[&version::TLS13, &version::TLS12])
        .map_err(TlsConfigError::Rustls)?
        .with_no_client_auth()
        .with_cert_resolver(Arc::new(resolver));
    config.alpn_protocols = files.alpn.clone();
    if files.resumption {
        config.ticketer = rustls::crypto::ring::Ticketer::new().map_err(TlsConfigError::Rustls)?;
    } else {
        // No tickets (rustls' default ticketer makes none) and no session IDs remembered.
        config.send_tls13_tickets = 0;
        config.session_storage = Arc::new(rustls::server::NoServerSessionStorage {});
    }
    Ok((Arc::new(config), warnings))
}

/// A worker's own copy of `config`: what the workers of a generation share stays shared
/// (certificates, and the ticket keys, so that a client resumes on whichever core its next
/// connection reaches: one uncontended read lock per ticket), while the reference count each
/// connection takes and the session-ID cache of TLS 1.2 resumption (a mutex per handshake)
/// become the worker's alone (none when resumption is off).
pub fn for_worker(config: &Arc<ServerConfig>) -> Arc<ServerConfig> {
    let mut own = (**config).clone();
    if own.session_storage.can_cache() {
        own.session_storage = rustls::server::ServerSessionMemoryCache::new(256);
    }
    Arc::new(own)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn host_names() {
        for good in ["a", "example.com", "x-1.example.com", "1.2.3.4"] {
            assert!(is_host_name(good), "{good}");
        }
        for bad in [
            "", "-a.com", "a-.com", "a..com", "a b.com", "*.x", "a_b.com",
        ] {
            assert!(!is_host_name(bad), "{bad}");
        }
        assert!(!is_host_name(&"a".repeat(64)));
    }
}
