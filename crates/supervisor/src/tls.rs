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
    })
}

/// The key a file of `tls` was written under.
fn key_of(tls: &TlsSettings, path: &Path) -> String {
    if tls.cert.as_deref() == Some(path) {
        return "tls.cert".into();
    }
    if tls.key.as_deref() == Some(path) {
        return "tls.key".into();
    }
    for (i, s) in tls.sni.iter().enumerate() {
        if s.cert == path {
            return format!("tls.sni[{i}].cert");
        }
        if s.key == path {
            return format!("tls.sni[{i}].key");
        }
    }
    "tls".into()
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
                TlsConfigError::Read { path, .. }
                | TlsConfigError::Missing { path, .. }
                | TlsConfigError::Invalid { path, .. } => key_of(tls, path),
                TlsConfigError::KeyMismatch { key, .. } => key_of(tls, key),
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
pub(crate) fn checker<'a, A: AppSection>(
    alpn: &'a [Vec<u8>],
    into: &'a mut Option<LoadedTls>,
) -> impl FnMut(&Config<A>, &mut Vec<ConfigError>) + 'a {
    move |cfg, errors| match load(cfg, alpn) {
        Ok(loaded) => *into = Some(loaded),
        Err(e) => errors.push(e),
    }
}
