//! Command-line flags shared by the apps: the configuration file, `--check-config`,
//! `--print-config`, and overrides of file values.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use crate::cpuset::CpuSet;
use crate::error::{ConfigError, ConfigErrors, Origin};
use crate::load::{Source, parse};
use crate::schema::{AppSection, Config, Settings};
use crate::types::{Backend, CpuList, LogFormat, LogLevel, Pin, Workers};
use crate::validate::validate;

/// Flags every percore app takes (flatten them into the app's `clap` parser).
#[derive(clap::Args, Debug, Clone, Default)]
pub struct ConfigArgs {
    /// Configuration file (TOML). Without one the built-in defaults apply.
    #[arg(short = 'c', long = "config", value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Check the configuration, print any errors, and exit with 0 (valid) or 1 (invalid).
    #[arg(long)]
    pub check_config: bool,
    /// Print the effective configuration (file, defaults and flags) as TOML, and exit.
    #[arg(long)]
    pub print_config: bool,
    /// Workers: "auto" or a number (overrides `workers`; the file's `cpus` gives way to a
    /// number of another count, and stays with "auto").
    #[arg(long, value_name = "N|auto")]
    pub workers: Option<Workers>,
    /// CPUs to run on, e.g. "0-3,6" (overrides `cpus`; the file's `workers` gives way).
    #[arg(long, value_name = "LIST")]
    pub cpus: Option<CpuList>,
    /// Address to listen on; repeat for several (replaces `listen`).
    #[arg(long = "listen", value_name = "ADDR", value_parser = crate::addr::parse)]
    pub listen: Vec<SocketAddr>,
    /// Address to speak TLS on; repeat for several (replaces `tls.listen`).
    #[arg(long = "tls-listen", value_name = "ADDR", value_parser = crate::addr::parse)]
    pub tls_listen: Vec<SocketAddr>,
    /// The default TLS certificate chain, PEM (overrides `tls.cert`).
    #[arg(long = "tls-cert", value_name = "FILE", value_parser = utf8_path_parser())]
    pub tls_cert: Option<PathBuf>,
    /// The default certificate's private key, PEM (overrides `tls.key`).
    #[arg(long = "tls-key", value_name = "FILE", value_parser = utf8_path_parser())]
    pub tls_key: Option<PathBuf>,
    /// Backend: auto, io_uring or epoll (overrides `backend`).
    #[arg(long, value_name = "NAME")]
    pub backend: Option<Backend>,
    /// Pinning: strict, best-effort or off (overrides `pin`).
    #[arg(long, value_name = "MODE")]
    pub pin: Option<Pin>,
    /// Log level: error, warn, info, debug or trace (overrides `log.level`).
    #[arg(long, value_name = "LEVEL")]
    pub log_level: Option<LogLevel>,
    /// Log format: text or json (overrides `log.format`).
    #[arg(long, value_name = "FORMAT")]
    pub log_format: Option<LogFormat>,
    /// Set any key as the file would, e.g. `--set ring.entries=4096` (repeatable).
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
}

impl ConfigArgs {
    /// Whether any flag overrides a value of the file or the defaults.
    fn overrides(&self) -> bool {
        self.workers.is_some()
            || self.cpus.is_some()
            || !self.listen.is_empty()
            || !self.tls_listen.is_empty()
            || self.tls_cert.is_some()
            || self.tls_key.is_some()
            || self.backend.is_some()
            || self.pin.is_some()
            || self.log_level.is_some()
            || self.log_format.is_some()
            || !self.set.is_empty()
    }

    /// Adds `--set KEY="VALUE"` with `value` quoted as a TOML string, whatever it holds (a
    /// path from a flag of the app's own, say).
    pub fn set_string(&mut self, key: &str, value: &str) {
        let mut quoted = String::with_capacity(value.len() + 2);
        quoted.push('"');
        for c in value.chars() {
            match c {
                '"' => quoted.push_str("\\\""),
                '\\' => quoted.push_str("\\\\"),
                c if c.is_control() => quoted.push_str(&format!("\\u{:04X}", c as u32)),
                c => quoted.push(c),
            }
        }
        quoted.push('"');
        self.set.push(format!("{key}={quoted}"));
    }
}

/// The configuration as TOML, with the application's section under its own key.
///
/// # Panics
///
/// When a path in it is not UTF-8: one from a file or a flag cannot be (see `apply`).
pub fn to_toml<A: AppSection>(cfg: &Config<A>) -> String {
    let mut table = toml::Table::try_from(&cfg.settings).expect("settings serialize to a table");
    let app = toml::Table::try_from(&cfg.app).expect("an app section serializes to a table");
    if !app.is_empty() {
        table.insert(A::SECTION.to_string(), toml::Value::Table(app));
    }
    toml::to_string_pretty(&table).expect("a table serializes")
}

fn parse_value(text: &str) -> toml::Value {
    toml::from_str::<toml::Table>(&format!("v = {text}"))
        .ok()
        .and_then(|mut t| t.remove("v"))
        .unwrap_or_else(|| toml::Value::String(text.to_string()))
}

/// Applies one `--set KEY=VALUE`.
fn set_key<A: AppSection>(cfg: &mut Config<A>, assignment: &str) -> Result<String, ConfigError> {
    let flag = format!("--set {assignment}");
    let fail = |key: &str, reason: String| ConfigError {
        key: key.to_string(),
        origin: Origin::CommandLine(flag.clone()),
        reason,
    };
    let (key, value) = assignment
        .split_once('=')
        .map(|(k, v)| (k.trim(), v.trim()))
        .filter(|(k, _)| !k.is_empty())
        .ok_or_else(|| {
            fail(
                assignment,
                "expected KEY=VALUE, as ring.entries=4096".into(),
            )
        })?;
    let (section, rest) = match key.split_once('.') {
        Some((s, r)) if s == A::SECTION => (Some(s), r),
        _ if key == A::SECTION => {
            return Err(fail(key, "set the section's keys one by one".into()));
        }
        _ => (None, key),
    };
    let mut table = match section {
        Some(_) => toml::Table::try_from(&cfg.app),
        None => toml::Table::try_from(&cfg.settings),
    }
    .map_err(|e| fail(key, e.to_string()))?;
    let mut cursor = &mut table;
    let parts: Vec<&str> = rest.split('.').collect();
    for part in &parts[..parts.len() - 1] {
        cursor = cursor
            .entry(part.to_string())
            .or_insert_with(|| toml::Value::Table(toml::Table::new()))
            .as_table_mut()
            .ok_or_else(|| fail(key, format!("{part} is not a table")))?;
    }
    cursor.insert(parts[parts.len() - 1].to_string(), parse_value(value));
    let reason = |e: toml::de::Error| e.message().trim().replace('\n', " ");
    match section {
        Some(_) => {
            cfg.app = toml::Value::Table(table)
                .try_into()
                .map_err(|e| fail(key, reason(e)))?
        }
        None => {
            cfg.settings = toml::Value::Table(table)
                .try_into::<Settings>()
                .map_err(|e| fail(key, reason(e)))?
        }
    }
    Ok(key.to_string())
}

/// Why a path that is not UTF-8 is refused: the configuration holds text (as a file written
/// in TOML does), and `--print-config` or a `--set` writes it back as such.
const NOT_UTF8: &str =
    "not valid UTF-8 (the configuration holds text only): rename it, or link it under a UTF-8 name";

/// A `clap` value parser for a path flag (`--tls-cert`, an app's `--root`): a path that is not
/// UTF-8 is refused, naming the flag (exit 2, as for any flag that cannot be read), rather
/// than changed.
pub fn utf8_path_parser() -> impl clap::builder::TypedValueParser<Value = PathBuf> {
    use clap::builder::TypedValueParser;
    clap::builder::OsStringValueParser::new()
        .try_map(|s| s.into_string().map(PathBuf::from).map_err(|_| NOT_UTF8))
}

/// `path`, given by `flag` for `key`, if it is UTF-8 (see [`utf8_path_parser`]; this is for
/// values that code, not a command line, put in [`ConfigArgs`]).
fn utf8_path(path: &std::path::Path, key: &str, flag: &str) -> Result<PathBuf, ConfigErrors> {
    match path.to_str() {
        Some(p) => Ok(PathBuf::from(p)),
        None => Err(ConfigErrors(vec![ConfigError {
            key: key.to_string(),
            origin: Origin::CommandLine(flag.to_string()),
            reason: format!("the path is {NOT_UTF8}"),
        }])),
    }
}

/// Applies the flags; returns each overridden key with the flag that set it.
fn apply<A: AppSection>(
    cfg: &mut Config<A>,
    args: &ConfigArgs,
) -> Result<Vec<(String, String)>, ConfigErrors> {
    let mut set = Vec::new();
    let s = &mut cfg.settings;
    // Either flag decides the count alone when the other is not given: the file's other
    // key, if it disagrees, gives way rather than making the flag an error no flag can mend.
    if let Some(w) = args.workers {
        s.workers = w;
        set.push(("workers".into(), format!("--workers {w}")));
        // `auto` beside a list is one worker per listed CPU: no conflict, the list stays.
        if args.cpus.is_none()
            && s.cpus
                .as_ref()
                .is_some_and(|c| matches!(w, Workers::Count(n) if n != c.0.len()))
        {
            s.cpus = None;
            // What follows from the list's going (a `[[core]]` entry for a CPU no worker
            // runs on now) names the flag.
            set.push(("cpus".into(), format!("--workers {w}")));
        }
    }
    if let Some(c) = &args.cpus {
        s.cpus = Some(c.clone());
        set.push(("cpus".into(), format!("--cpus {c}")));
        if args.workers.is_none() {
            s.workers = Workers::Auto;
        }
    }
    if !args.listen.is_empty() {
        s.listen = args.listen.clone();
        set.push(("listen".into(), "--listen".into()));
    }
    if !args.tls_listen.is_empty() {
        s.tls.listen = args.tls_listen.clone();
        set.push(("tls.listen".into(), "--tls-listen".into()));
    }
    if let Some(c) = &args.tls_cert {
        let flag = format!("--tls-cert {}", c.display());
        s.tls.cert = Some(utf8_path(c, "tls.cert", &flag)?);
        set.push(("tls.cert".into(), flag));
    }
    if let Some(k) = &args.tls_key {
        let flag = format!("--tls-key {}", k.display());
        s.tls.key = Some(utf8_path(k, "tls.key", &flag)?);
        set.push(("tls.key".into(), flag));
    }
    if let Some(b) = args.backend {
        s.backend = b;
        set.push(("backend".into(), format!("--backend {b}")));
    }
    if let Some(p) = args.pin {
        s.pin = p;
        set.push(("pin".into(), format!("--pin {p}")));
    }
    if let Some(l) = args.log_level {
        s.log.level = l;
        set.push(("log.level".into(), format!("--log-level {l}")));
    }
    if let Some(f) = args.log_format {
        s.log.format = f;
        set.push(("log.format".into(), format!("--log-format {f}")));
    }
    for assignment in &args.set {
        let key = set_key(cfg, assignment)?;
        set.push((key, format!("--set {assignment}")));
    }
    Ok(set)
}

/// A check of the whole configuration beyond its own values (files it names that must load,
/// such as TLS certificates): it pushes each problem, keyed as [`validate`]'s are, so that
/// the loader can say where the value was written.
pub type Check<'a, A> = &'a mut dyn FnMut(&Config<A>, &mut Vec<ConfigError>);

/// Reads the file named by `args` (or none), applies the flags and validates against the
/// CPUs in `cpus`. Every error names its key and where the value came from.
///
/// # Errors
///
/// Every problem found: an unreadable file, TOML syntax, unknown keys, wrong types, values
/// out of range.
pub fn load_with<A: AppSection>(
    args: &ConfigArgs,
    cpus: &CpuSet,
) -> Result<Config<A>, ConfigErrors> {
    load_checked(args, cpus, &mut |_, _| {})
}

/// [`load_with`], then `check` once the values are valid.
///
/// # Errors
///
/// As [`load_with`], and what `check` found.
pub fn load_checked<A: AppSection>(
    args: &ConfigArgs,
    cpus: &CpuSet,
    check: Check<'_, A>,
) -> Result<Config<A>, ConfigErrors> {
    load_pinned(args, cpus, check, &mut |_, _| {})
}

/// [`load_checked`], with `pin` given the settings as read (file and flags), once they are
/// valid as read, to set what the caller keeps as it is (and to report errors of its own
/// about the values as read): a reload keeps what is set at start (its offload pool, say),
/// and the app's checks must see what its workers will run with. A value the next start
/// would refuse is refused here too, pinned or not.
///
/// # Errors
///
/// As [`load_checked`].
pub fn load_pinned<A: AppSection>(
    args: &ConfigArgs,
    cpus: &CpuSet,
    check: Check<'_, A>,
    pin: &mut dyn FnMut(&mut crate::Settings, &mut Vec<ConfigError>),
) -> Result<Config<A>, ConfigErrors> {
    let text = match &args.config {
        Some(path) => std::fs::read_to_string(path).map_err(|e| {
            ConfigError::new("(file)", format!("cannot read {}: {e}", path.display()))
        })?,
        None => String::new(),
    };
    let source = Source::new(&text, args.config.as_deref());
    let mut cfg = parse::<A>(&text, &source)?;
    let overridden = apply(&mut cfg, args)?;
    let mut found = validate(&cfg, cpus);
    if found.is_empty() {
        let read = cfg.settings.clone();
        pin(&mut cfg.settings, &mut found);
        // Checked again only when something was pinned (a reload that keeps a value it could
        // not apply).
        if found.is_empty() && cfg.settings != read {
            found = validate(&cfg, cpus);
        }
    }
    if found.is_empty() {
        check(&cfg, &mut found);
    }
    let mut errors: Vec<ConfigError> = found
        .into_iter()
        .map(|mut e| {
            let by_flag = overridden.iter().find(|(k, _)| {
                e.key == *k
                    || e.key.starts_with(&format!("{k}."))
                    || e.key.starts_with(&format!("{k}["))
            });
            match by_flag {
                Some((_, flag)) => {
                    e.origin = Origin::CommandLine(flag.clone());
                    e
                }
                None => source.locate(e),
            }
        })
        .collect();
    if errors.is_empty() {
        return Ok(cfg);
    }
    errors.sort_by_key(|e| match e.origin {
        Origin::File { line, .. } => line,
        _ => usize::MAX,
    });
    Err(ConfigErrors(errors))
}

/// [`load_with`] for the CPUs this process may use.
///
/// # Errors
///
/// As [`load_with`].
pub fn load<A: AppSection>(args: &ConfigArgs) -> Result<Config<A>, ConfigErrors> {
    load_with(args, &CpuSet::of_process())
}

/// What an app does after reading its configuration.
#[derive(Debug)]
pub enum Action<A: AppSection> {
    /// Run with this configuration.
    Run(Box<Config<A>>),
    /// Exit now with this status (`--check-config`, `--print-config`, or errors printed).
    Exit(ExitCode),
}

/// Loads the configuration and carries out `--check-config` and `--print-config`, printing
/// errors to standard error.
pub fn handle<A: AppSection>(args: &ConfigArgs) -> Action<A> {
    handle_checked(args, &mut |_, _| {})
}

/// [`handle`], with `check` run on a configuration whose values are valid (see
/// [`load_checked`]).
pub fn handle_checked<A: AppSection>(args: &ConfigArgs, check: Check<'_, A>) -> Action<A> {
    let mut file = args.config.as_ref().map_or_else(
        || "built-in defaults".to_string(),
        |p| p.display().to_string(),
    );
    if args.overrides() {
        file.push_str(" and flags");
    }
    match load_checked::<A>(args, &CpuSet::of_process(), check) {
        Err(errors) => {
            eprintln!("{errors}");
            eprintln!("configuration ({file}) is invalid");
            Action::Exit(ExitCode::FAILURE)
        }
        Ok(cfg) if args.print_config => {
            print!("{}", to_toml(&cfg));
            Action::Exit(ExitCode::SUCCESS)
        }
        Ok(_) if args.check_config => {
            println!("configuration ({file}) is valid");
            Action::Exit(ExitCode::SUCCESS)
        }
        Ok(cfg) => Action::Run(Box::new(cfg)),
    }
}

#[cfg(test)]
mod tests {
    use clap::Parser;

    use super::*;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        config: ConfigArgs,
    }

    #[test]
    fn flags_that_override_are_told_apart_from_those_that_do_not() {
        let parse = |args: &[&str]| Cli::try_parse_from(args).unwrap().config;
        assert!(!parse(&["app", "-c", "f.toml", "--check-config"]).overrides());
        for flag in [
            &["--workers", "2"][..],
            &["--set", "ring.entries=8"],
            &["--pin", "off"],
        ] {
            let args: Vec<&str> = ["app"].iter().chain(flag).copied().collect();
            assert!(parse(&args).overrides(), "{flag:?}");
        }
    }

    #[test]
    fn an_address_flag_takes_ip_addresses_and_says_names_are_not_resolved() {
        let cli =
            Cli::try_parse_from(["app", "--listen", "[::1]:80", "--tls-listen", "0.0.0.0:443"])
                .unwrap();
        assert_eq!(cli.config.listen, vec!["[::1]:80".parse().unwrap()]);
        assert_eq!(cli.config.tls_listen, vec!["0.0.0.0:443".parse().unwrap()]);
        for flag in ["--listen", "--tls-listen"] {
            let Err(e) = Cli::try_parse_from(["app", flag, "localhost:8080"]) else {
                panic!("{flag} took a host name");
            };
            let e = e.to_string();
            assert!(e.contains("host names are not resolved"), "{e}");
        }
        // An IPv6 zone by interface name, as nginx takes it.
        let cli = Cli::try_parse_from(["app", "--listen", "[fe80::1%lo]:80"]).unwrap();
        let std::net::SocketAddr::V6(v6) = cli.config.listen[0] else {
            panic!("{:?}", cli.config.listen)
        };
        assert_ne!(v6.scope_id(), 0);
        let Err(e) = Cli::try_parse_from(["app", "--tls-listen", "[fe80::1%nosuchif0]:443"]) else {
            panic!("an unknown interface was taken");
        };
        assert!(
            e.to_string().contains("no network interface so named"),
            "{e}"
        );
    }

    #[test]
    fn a_certificate_path_that_is_not_utf8_is_an_error_naming_the_flag() {
        use std::os::unix::ffi::OsStrExt;
        let odd = PathBuf::from(std::ffi::OsStr::from_bytes(b"/nonexistent/\xff.pem"));
        let cpus = CpuSet {
            allowed: vec![0, 1],
            quota: None,
        };
        for (key, args) in [
            (
                "tls.cert",
                ConfigArgs {
                    tls_cert: Some(odd.clone()),
                    print_config: true,
                    ..ConfigArgs::default()
                },
            ),
            (
                "tls.key",
                ConfigArgs {
                    tls_key: Some(odd.clone()),
                    set: vec!["ring.entries=8".into()],
                    ..ConfigArgs::default()
                },
            ),
        ] {
            // Before: taken as it was, then `--print-config` panicked writing it out, and a
            // `--set` failed with the key of the `--set`.
            let errors = load_with::<crate::NoApp>(&args, &cpus).unwrap_err().0;
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(errors[0].key, key);
            assert!(
                matches!(&errors[0].origin, Origin::CommandLine(f) if f.starts_with("--tls-")),
                "{:?}",
                errors[0].origin
            );
            assert!(
                errors[0].reason.contains("not valid UTF-8"),
                "{}",
                errors[0]
            );
        }
        // From the command line, the flag itself is refused (exit 2, as any flag that
        // cannot be read).
        for flag in ["--tls-cert", "--tls-key"] {
            let args = [std::ffi::OsStr::new("app"), flag.as_ref(), odd.as_os_str()];
            let Err(e) = Cli::try_parse_from(args) else {
                panic!("{flag} took a path that is not UTF-8");
            };
            let e = e.to_string();
            assert!(e.contains(flag) && e.contains("not valid UTF-8"), "{e}");
        }
    }
}
