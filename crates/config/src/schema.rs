//! The configuration schema: global settings, per-core tuning and the application's section.
//!
//! Every key has a default, so an empty file is a valid configuration. Unknown keys are
//! errors.

use std::fmt::Debug;
use std::net::SocketAddr;
use std::path::PathBuf;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::ConfigError;
use crate::types::{Backend, Bytes, CpuList, Dur, LogFormat, LogLevel, Pin, Steering, Workers};

/// The section an application adds to the configuration (`[echo]`, `[static]`).
pub trait AppSection:
    Serialize + DeserializeOwned + Default + Clone + PartialEq + Debug + Send + Sync + 'static
{
    /// The section's key in the file, e.g. `"echo"`.
    const SECTION: &'static str;
    /// The listen address used when the configuration names none.
    const DEFAULT_LISTEN: &'static str;

    /// Checks the section's values; each problem is pushed as an error with its key relative
    /// to the section (`max_in_flight`, not `echo.max_in_flight`).
    fn validate(&self, _errors: &mut Vec<ConfigError>) {}

    /// Checks what the section asks of the framework's settings (a key that needs a TLS
    /// address, say); keys as for [`AppSection::validate`].
    fn validate_with(&self, _settings: &Settings, _errors: &mut Vec<ConfigError>) {}
}

/// An application with no section of its own.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NoApp {}

impl AppSection for NoApp {
    const SECTION: &'static str = "app";
    const DEFAULT_LISTEN: &'static str = "127.0.0.1:7000";
}

/// A complete configuration: the framework's settings and the application's section.
#[derive(Debug, Clone, PartialEq)]
pub struct Config<A: AppSection> {
    /// Workers, listeners, rings, timeouts, logging.
    pub settings: Settings,
    /// The application's own section.
    pub app: A,
}

impl<A: AppSection> Default for Config<A> {
    fn default() -> Self {
        let mut settings = Settings::default();
        settings.apply_defaults(A::DEFAULT_LISTEN);
        Config {
            settings,
            app: A::default(),
        }
    }
}

/// The framework's settings (everything but the application's section).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// `"auto"` (one per usable CPU) or a count.
    pub workers: Workers,
    /// The CPUs to run on, e.g. `"0-3,6"`; when set, one worker per CPU listed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cpus: Option<CpuList>,
    /// Pinning of workers to their CPU.
    pub pin: Pin,
    /// `auto`, `io_uring` or `epoll`.
    pub backend: Backend,
    /// How new connections are spread over the workers.
    pub steering: Steering,
    /// Addresses to listen on (IPv4 and IPv6; several allowed). Left out of a file, the
    /// app's default; written as `[]`, none (a TLS-only server, with `tls.listen`). An IPv6
    /// zone may name its interface: `[fe80::1%eth0]:8080`.
    #[serde(with = "crate::addr::list")]
    pub listen: Vec<SocketAddr>,
    /// Join an address another process already listens on with `SO_REUSEPORT` (the two then
    /// share its new connections, as when a new instance starts beside the one it replaces).
    /// Off: such an address is refused at start and on reload, as a port in use is.
    pub listen_shared: bool,
    /// Accept queue length per listener.
    pub backlog: u32,
    /// `TCP_NODELAY` on accepted connections.
    pub tcp_nodelay: bool,
    /// `SO_INCOMING_CPU` on each worker's listener (its CPU).
    pub incoming_cpu: bool,
    /// `TCP_DEFER_ACCEPT`: wake the worker only once data has arrived, up to this long, in
    /// whole seconds rounded up (`0s`: off).
    pub defer_accept: Dur,
    /// Open connections per worker; at the limit the worker stops accepting until one closes.
    pub max_connections: u32,
    /// How long a graceful shutdown or reload lets in-flight connections finish.
    pub shutdown_timeout: Dur,
    /// How long the workers of a start or a reload may take to set their app up (all at
    /// once, their rings included); one that is not set up by then fails the start, or the
    /// reload is refused. A stop signal meanwhile ends the start at once (a reload is given
    /// up); another signal is handled once the start is done. A restarted worker not set up
    /// within it is stopped and restarted (with backoff).
    pub start_timeout: Dur,
    /// The per-core ring, by default for every core.
    pub ring: RingSettings,
    /// The per-core receive buffer ring.
    pub buffers: BufferSettings,
    /// Connection timeouts (`0s` disables one).
    pub timeouts: Timeouts,
    /// The blocking-offload pool.
    pub offload: OffloadSettings,
    /// Logging.
    pub log: LogSettings,
    /// The admin listener (metrics, health).
    pub admin: AdminSettings,
    /// TLS: addresses that speak it, and their certificates.
    pub tls: TlsSettings,
    /// Overrides for single cores.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub core: Vec<CoreOverride>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            workers: Workers::Auto,
            cpus: None,
            pin: Pin::Strict,
            backend: Backend::Auto,
            steering: Steering::Hash,
            listen: Vec::new(),
            listen_shared: false,
            backlog: 1024,
            tcp_nodelay: true,
            incoming_cpu: false,
            defer_accept: Dur::secs(0),
            max_connections: 16_384,
            shutdown_timeout: Dur::secs(30),
            start_timeout: Dur::secs(30),
            ring: RingSettings::default(),
            buffers: BufferSettings::default(),
            timeouts: Timeouts::default(),
            offload: OffloadSettings::default(),
            log: LogSettings::default(),
            admin: AdminSettings::default(),
            tls: TlsSettings::default(),
            core: Vec::new(),
        }
    }
}

impl Settings {
    /// Fills what the file may leave empty: the listen address.
    pub(crate) fn apply_defaults(&mut self, default_listen: &str) {
        if self.listen.is_empty()
            && let Ok(addr) = default_listen.parse()
        {
            self.listen.push(addr);
        }
    }

    /// The effective settings of the core on `cpu` (the global ones with that core's
    /// `[[core]]` overrides applied). `cpu` is `None` for unpinned workers.
    pub fn for_core(&self, cpu: Option<usize>) -> CoreSettings {
        let mut core = CoreSettings {
            cpu,
            ring: self.ring.clone(),
            buffers: self.buffers.clone(),
            max_connections: self.max_connections,
            backend: self.backend,
        };
        if let Some(o) = cpu.and_then(|c| self.core.iter().find(|o| o.cpu == c)) {
            if let Some(r) = &o.ring {
                r.apply(&mut core.ring);
            }
            if let Some(b) = &o.buffers {
                b.apply(&mut core.buffers);
            }
            if let Some(m) = o.max_connections {
                core.max_connections = m;
            }
            if let Some(b) = o.backend {
                core.backend = b;
            }
        }
        core
    }
}

/// The settings one core runs with.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CoreSettings {
    /// The CPU, when pinned.
    pub cpu: Option<usize>,
    /// Ring size and flags.
    pub ring: RingSettings,
    /// Receive buffers.
    pub buffers: BufferSettings,
    /// Open connections at most.
    pub max_connections: u32,
    /// Backend.
    pub backend: Backend,
}

/// Per-core ring settings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct RingSettings {
    /// Submission queue entries: a power of two, 2 to 32768.
    pub entries: u32,
    /// Completion queue entries (at least `entries`; 0 means 4 x `entries`, at most 65536).
    pub cq_entries: u32,
    /// A kernel thread polls the submission queue (trades a busy core for fewer syscalls).
    pub sqpoll: bool,
    /// How long the SQPOLL thread spins idle before it sleeps.
    pub sqpoll_idle: Dur,
    /// Tasks polled per tick before the loop enters the kernel again.
    pub task_budget: u32,
}

impl Default for RingSettings {
    fn default() -> Self {
        RingSettings {
            entries: 1024,
            cq_entries: 0,
            sqpoll: false,
            sqpoll_idle: Dur::secs(1),
            task_budget: 256,
        }
    }
}

/// Per-core receive buffers (a provided-buffer ring).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct BufferSettings {
    /// How many: a power of two, 1 to 32768.
    pub count: u32,
    /// Size of each.
    pub size: Bytes,
}

impl Default for BufferSettings {
    fn default() -> Self {
        BufferSettings {
            count: 4096,
            size: Bytes(16 * 1024),
        }
    }
}

/// Connection timeouts. `0s` disables one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Timeouts {
    /// A connection with no traffic this long is closed.
    pub idle: Dur,
    /// A request (or header) must arrive within this long.
    pub read: Dur,
    /// A reply from which nothing goes out for this long (the client reads nothing) ends the
    /// connection; a slow client that keeps reading is never cut off (as nginx's
    /// `send_timeout`).
    pub write: Dur,
    /// On a drain (a graceful stop, or the old generation after a reload), a connection that
    /// waits for its next request (or, new, for its first bytes) is closed once it has waited
    /// this long, at once if it already has: a client that has just been answered, or has
    /// just connected, may have its next request on the way, and it is served (with
    /// `Connection: close`) rather than lost. `0s` closes such connections at once.
    pub drain_idle: Dur,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            idle: Dur::secs(60),
            read: Dur::secs(30),
            write: Dur::secs(30),
            drain_idle: Dur::millis(100),
        }
    }
}

/// The blocking-offload pool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct OffloadSettings {
    /// Pool threads (0: no pool).
    pub threads: u32,
    /// Jobs waiting at most.
    pub queue_depth: u32,
}

impl Default for OffloadSettings {
    fn default() -> Self {
        OffloadSettings {
            threads: 2,
            queue_depth: 1024,
        }
    }
}

/// Logging.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LogSettings {
    /// Verbosity.
    pub level: LogLevel,
    /// Line format.
    pub format: LogFormat,
    /// A file to log to (reopened on SIGUSR1); standard error when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file: Option<PathBuf>,
}

impl Default for LogSettings {
    fn default() -> Self {
        LogSettings {
            level: LogLevel::Info,
            format: LogFormat::Text,
            file: None,
        }
    }
}

/// The admin listener: `/metrics`, `/healthz`, `/ready`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct AdminSettings {
    /// Off by default.
    pub enabled: bool,
    /// Loopback only, unless you mean it.
    #[serde(with = "crate::addr::one")]
    pub listen: SocketAddr,
}

impl Default for AdminSettings {
    fn default() -> Self {
        AdminSettings {
            enabled: false,
            listen: SocketAddr::from(([127, 0, 0, 1], 9090)),
        }
    }
}

/// TLS: the addresses that speak it (beside the plaintext `listen`) and the certificates
/// they present. Certificates are read at start and on every reload (SIGHUP); a reload whose
/// certificates cannot be loaded is refused, and the running ones stay.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct TlsSettings {
    /// Addresses that speak TLS (none by default).
    #[serde(skip_serializing_if = "Vec::is_empty", with = "crate::addr::list")]
    pub listen: Vec<SocketAddr>,
    /// The default certificate chain (PEM: the server's certificate first, then
    /// intermediates), for clients whose SNI names no `[[tls.sni]]` entry.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cert: Option<PathBuf>,
    /// The default certificate's private key (PEM: PKCS#8, PKCS#1 or SEC1).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<PathBuf>,
    /// Certificates chosen by the name the client asks for (SNI).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub sni: Vec<SniCert>,
    /// Whether a returning client may resume its session (TLS 1.3 tickets, TLS 1.2 tickets
    /// and session IDs), skipping the certificate and its signature (and, in TLS 1.2, the key
    /// exchange): on by default. Off, every connection runs a full handshake (as nginx's
    /// `ssl_session_tickets off` with `ssl_session_cache off`).
    pub session_resumption: bool,
}

impl Default for TlsSettings {
    fn default() -> Self {
        TlsSettings {
            listen: Vec::new(),
            cert: None,
            key: None,
            sni: Vec::new(),
            session_resumption: true,
        }
    }
}

/// A certificate presented to clients that ask for `name` (SNI).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SniCert {
    /// A host name, or `*.example.com` for any one label under `example.com`.
    pub name: String,
    /// The certificate chain (PEM).
    pub cert: PathBuf,
    /// Its private key (PEM).
    pub key: PathBuf,
}

/// Overrides for the core on one CPU: any per-core key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CoreOverride {
    /// The CPU this applies to.
    pub cpu: usize,
    /// Ring settings to override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ring: Option<RingOverride>,
    /// Buffer settings to override.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub buffers: Option<BufferOverride>,
    /// Connection limit of this core.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_connections: Option<u32>,
    /// Backend of this core.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub backend: Option<Backend>,
}

/// Ring keys one core may override.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RingOverride {
    /// See [`RingSettings::entries`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entries: Option<u32>,
    /// See [`RingSettings::cq_entries`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cq_entries: Option<u32>,
    /// See [`RingSettings::sqpoll`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sqpoll: Option<bool>,
    /// See [`RingSettings::sqpoll_idle`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sqpoll_idle: Option<Dur>,
    /// See [`RingSettings::task_budget`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub task_budget: Option<u32>,
}

impl RingOverride {
    fn apply(&self, r: &mut RingSettings) {
        if let Some(v) = self.entries {
            r.entries = v;
        }
        if let Some(v) = self.cq_entries {
            r.cq_entries = v;
        }
        if let Some(v) = self.sqpoll {
            r.sqpoll = v;
        }
        if let Some(v) = self.sqpoll_idle {
            r.sqpoll_idle = v;
        }
        if let Some(v) = self.task_budget {
            r.task_budget = v;
        }
    }
}

/// Buffer keys one core may override.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BufferOverride {
    /// See [`BufferSettings::count`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// See [`BufferSettings::size`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<Bytes>,
}

impl BufferOverride {
    fn apply(&self, b: &mut BufferSettings) {
        if let Some(v) = self.count {
            b.count = v;
        }
        if let Some(v) = self.size {
            b.size = v;
        }
    }
}
