//! percore's configuration: a TOML schema with a default for every key, per-core tuning
//! (`[[core]]` tables), validation that names the key, file and line of every problem, and
//! command-line overrides.
//!
//! # Example
//!
//! ```
//! use percore_config::{ConfigArgs, CpuSet, NoApp, load_with};
//!
//! let cfg = load_with::<NoApp>(&ConfigArgs::default(), &CpuSet::of_process()).unwrap();
//! assert_eq!(cfg.settings.ring.entries, 1024);
//! ```

#![forbid(unsafe_code)]

mod addr;
mod append;
mod cli;
mod cpuset;
mod error;
mod load;
mod schema;
mod spans;
mod types;
mod validate;

pub use append::check_append_file_with;
pub use cli::{
    Action, Check, ConfigArgs, handle, handle_checked, load, load_checked, load_pinned, load_with,
    to_toml, utf8_path_parser,
};
pub use cpuset::{CpuSet, placement_warnings, worker_cpus};
pub use error::{ConfigError, ConfigErrors, Origin};
pub use schema::{
    AdminSettings, AppSection, BufferOverride, BufferSettings, Config, CoreOverride, CoreSettings,
    LogSettings, NoApp, OffloadSettings, RingOverride, RingSettings, Settings, SniCert, Timeouts,
    TlsSettings,
};
pub use types::{
    Backend, Bytes, CpuList, Dur, LogFormat, LogLevel, MAX_CPU, Pin, Steering, Workers,
};
pub use validate::{
    MAX_BUFFER_MEMORY, MAX_BUFFER_SIZE, MAX_BUFFERS, MAX_CQ_ENTRIES, MAX_RING_ENTRIES, validate,
};
