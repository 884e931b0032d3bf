//! Configuration errors: which key, where it came from (file and line, or the command line),
//! and what was expected.

use std::fmt;
use std::path::PathBuf;

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Origin {
    /// A configuration file, at a line and column (1-based) when known.
    File {
        /// The file, when read from one.
        path: Option<PathBuf>,
        /// Line of the key or value.
        line: usize,
        /// Column of the key or value.
        column: usize,
    },
    /// A command-line flag.
    CommandLine(String),
    /// Not written anywhere: a default, or derived from other settings.
    Default,
}

/// One problem with the configuration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    /// The key, dotted: `ring.entries`, `core[1].cpu`, `echo.max_in_flight`.
    pub key: String,
    /// Where the value came from.
    pub origin: Origin,
    /// What is wrong and what was expected.
    pub reason: String,
}

impl ConfigError {
    /// An error about `key` whose origin the loader fills in.
    pub fn new(key: impl Into<String>, reason: impl Into<String>) -> ConfigError {
        ConfigError {
            key: key.into(),
            origin: Origin::Default,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.origin {
            Origin::File { path, line, column } => {
                let file = path
                    .as_ref()
                    .map_or_else(|| "<config>".to_string(), |p| p.display().to_string());
                write!(f, "{file}:{line}:{column}: ")?;
            }
            Origin::CommandLine(flag) => write!(f, "command line ({flag}): ")?,
            Origin::Default => {}
        }
        write!(f, "{}: {}", self.key, self.reason)
    }
}

impl std::error::Error for ConfigError {}

/// Every problem found, in file order where known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl ConfigErrors {
    /// The errors.
    pub fn iter(&self) -> impl Iterator<Item = &ConfigError> {
        self.0.iter()
    }
}

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

impl From<ConfigError> for ConfigErrors {
    fn from(e: ConfigError) -> Self {
        ConfigErrors(vec![e])
    }
}
