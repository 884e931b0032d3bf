//! The certificates of a generation: read from the files `tls.*` names, at start, on
//! `--check-config` and on every reload, with each problem reported under its key.

use std::path::Path;
use std::sync::Arc;

use percore_config::{AppSection, Config, ConfigError, TlsSettings};
use percore_tls::{CertFiles, ServerConfig, TlsConfigError, TlsFiles};

/// What loading the certificates gave: the configuration (when `tls.cert` is set) and
/// warnings (an expired certificate).
#[derive(Default)]
pub(crate) struct LoadedTls {
    pub(crate) config: Option<Arc<ServerConfig>>,
    pub(crate) warnings: Vec<String>,
}

/// The files of `tls`, with the app's ALPN protocols; `None` when no certificate is set.
fn files(tls: &TlsSettings, alpn: &[Vec<u8>]) -> Option<TlsFiles> {
    let (cert, key) = (tls.cert.clone()?, tls.key.clone()?);
    Some(TlsFiles {
        default: CertFiles { cert, key },
        sni: tls
            .sni
            .iter()
            .map(|s| {
                (
                    s.name.clone(),
                    CertFiles {
                        cert: s.cert.clone(),
                        key: s.key.clone(),
                    },
                )
            })
            .collect(),
        alpn: alpn.to_vec(),
        resumption: tls.session_resumption,
    })
}

/// The key a file of `tls` was written under; when one file is both a certificate and a key
/// (a combined PEM), the key's name when `is_key`.
fn key_of(tls: &TlsSettings, path: &Path, is_key: bool) -> String {
    let pick = |cert: &Path, key: &Path, prefix: &str| match (cert == path, key == path) {
        (true, true) if is_key => Some(format!("{prefix}.key")),
        (true, _) => Some(format!("{prefix}.cert")),
        (false, true) => Some(format!("{prefix}.key")),
        (false, false) => None,
    };
    if let (Some(cert), Some(key)) = (&tls.cert, &tls.key)
        && let Some(name) = pick(cert, key, "tls")
    {
        return name;
    }
    tls.sni
        .iter()
        .enumerate()
        .find_map(|(i, s)| pick(&s.cert, &s.key, &format!("tls.sni[{i}]")))
        .unwrap_or_else(|| "tls".into())
}

/// Loads the certificates `cfg` names, for an app speaking the ALPN protocols `alpn`.
///
/// # Errors
///
/// The problem, under the key of the file (`tls.cert`, `tls.sni[1].key`, ...), its reason
/// naming the file.
pub(crate) fn load<A: AppSection>(
    cfg: &Config<A>,
    alpn: &[Vec<u8>],
) -> Result<LoadedTls, ConfigError> {
    let tls = &cfg.settings.tls;
    let Some(files) = files(tls, alpn) else {
        return Ok(LoadedTls::default());
    };
    match percore_tls::load_with_warnings(&files) {
        Ok((config, warnings)) => Ok(LoadedTls {
            config: Some(config),
            warnings,
        }),
        Err(e) => {
            let key = match &e {
                TlsConfigError::Read { path, .. } | TlsConfigError::Invalid { path, .. } => {
                    key_of(tls, path, false)
                }
                TlsConfigError::Missing { path, what } => key_of(tls, path, *what != "certificate"),
                TlsConfigError::KeyMismatch { key, .. } => key_of(tls, key, true),
                TlsConfigError::BadName(name) => tls
                    .sni
                    .iter()
                    .position(|s| s.name.trim_end_matches('.').eq_ignore_ascii_case(name))
                    .map_or_else(|| "tls.sni".into(), |i| format!("tls.sni[{i}].name")),
                _ => "tls".into(),
            };
            Err(ConfigError::new(key, e.to_string()))
        }
    }
}

/// A check for `percore_config::load_checked`: loads the certificates into `into`.
/// `alpn` is `None` for an app that serves no TLS: `tls.listen` is then an error.
pub(crate) fn checker<'a, A: AppSection>(
    alpn: Option<&'a [Vec<u8>]>,
    into: &'a mut Option<LoadedTls>,
) -> impl FnMut(&Config<A>, &mut Vec<ConfigError>) + 'a {
    move |cfg, errors| {
        let Some(alpn) = alpn else {
            if !cfg.settings.tls.listen.is_empty() {
                errors.push(ConfigError::new(
                    "tls.listen",
                    "this app serves no TLS: remove tls.listen, or serve it with an app that does",
                ));
            }
            return;
        };
        match load(cfg, alpn) {
            Ok(loaded) => *into = Some(loaded),
            Err(e) => errors.push(e),
        }
    }
}
