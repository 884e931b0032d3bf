//! Reading a configuration: parse once with spans, split off the application's section,
//! deserialize both halves, and turn every error into one naming its key and line.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::de::{DeTable, ValueDeserializer};

use crate::error::{ConfigError, ConfigErrors, Origin};
use crate::schema::{AppSection, Config, Settings};
use crate::spans::SpanIndex;

/// A configuration text and where it came from, kept to place errors found later.
#[derive(Debug)]
pub(crate) struct Source {
    pub(crate) path: Option<PathBuf>,
    pub(crate) index: SpanIndex,
}

impl Source {
    pub(crate) fn new(text: &str, path: Option<&Path>) -> Source {
        Source {
            path: path.map(Path::to_path_buf),
            index: SpanIndex::new(text),
        }
    }

    /// Fills in where `error`'s key was written (or its nearest written ancestor).
    pub(crate) fn locate(&self, mut error: ConfigError) -> ConfigError {
        if error.origin == Origin::Default
            && let Some((line, column)) = self.index.nearest_position(&error.key)
        {
            error.origin = Origin::File {
                path: self.path.clone(),
                line,
                column,
            };
        }
        error
    }

    /// Turns a TOML or serde error into one naming its key and position.
    fn toml_error(&self, e: &toml::de::Error, section: Option<&str>) -> ConfigError {
        let span = e.span();
        let key = span
            .as_ref()
            .and_then(|s| self.index.key_at(s))
            .map(str::to_string)
            .or_else(|| section.map(str::to_string))
            .or_else(|| {
                let at = span.as_ref()?.start;
                self.index.key_on_line(at).map(str::to_string)
            })
            .unwrap_or_else(|| "(document)".to_string());
        let origin = match span {
            Some(s) => {
                let (line, column) = self.index.line_col(s.start);
                Origin::File {
                    path: self.path.clone(),
                    line,
                    column,
                }
            }
            None => Origin::Default,
        };
        let message = e.message().trim().replace('\n', " ");
        ConfigError {
            key,
            origin,
            reason: message,
        }
    }
}

/// Parses `text` into a configuration. Errors name their key, file and line; nothing is
/// validated beyond types here (see [`crate::validate`]).
pub(crate) fn parse<A: AppSection>(text: &str, source: &Source) -> Result<Config<A>, ConfigErrors> {
    let mut doc = DeTable::parse(text).map_err(|e| source.toml_error(&e, None))?;
    // `listen = []` written out means no plaintext listener (a TLS-only server); only a file
    // that leaves `listen` out gets the default address.
    let listen_written = doc.get_ref().contains_key("listen");
    let app_value = doc.get_mut().remove(A::SECTION);
    let mut errors = Vec::new();
    let settings = Settings::deserialize(toml::de::Deserializer::from(doc))
        .map_err(|e| errors.push(source.toml_error(&e, None)))
        .ok();
    let app = match app_value {
        Some(v) => A::deserialize(ValueDeserializer::from(v))
            .map_err(|e| errors.push(source.toml_error(&e, Some(A::SECTION))))
            .ok(),
        None => Some(A::default()),
    };
    match (settings, app) {
        (Some(mut settings), Some(app)) if errors.is_empty() => {
            if !listen_written {
                settings.apply_defaults(A::DEFAULT_LISTEN);
            }
            Ok(Config { settings, app })
        }
        _ => Err(ConfigErrors(errors)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::NoApp;
    use crate::types::Workers;

    fn parse_text(text: &str) -> Result<Config<NoApp>, ConfigErrors> {
        parse(text, &Source::new(text, Some(Path::new("t.toml"))))
    }

    #[test]
    fn empty_is_the_defaults() {
        let c = parse_text("").unwrap();
        assert_eq!(c, Config::default());
        assert_eq!(c.settings.listen[0].to_string(), "127.0.0.1:7000");
    }

    #[test]
    fn values_are_read() {
        let c = parse_text("workers = 3\nlisten = [\"[::1]:80\"]\n[ring]\nentries = 64\n").unwrap();
        assert_eq!(c.settings.workers, Workers::Count(3));
        assert_eq!(c.settings.ring.entries, 64);
        assert_eq!(c.settings.listen[0].to_string(), "[::1]:80");
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let e = parse_text("workers = 2\n[ring]\nentriez = 64\n").unwrap_err();
        let s = e.to_string();
        assert!(s.starts_with("t.toml:3:1: ring.entriez:"), "{s}");
        assert!(s.contains("unknown field"), "{s}");
    }

    #[test]
    fn wrong_type_names_key_and_line() {
        let e = parse_text("\n\n[timeouts]\nidle = \"ten seconds\"\n").unwrap_err();
        let s = e.to_string();
        assert!(s.starts_with("t.toml:4:8: timeouts.idle:"), "{s}");
        assert!(s.contains("not a duration"), "{s}");
    }
}
