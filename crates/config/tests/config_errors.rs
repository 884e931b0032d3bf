//! Configuration errors name the key, file and line; flags override the file; the printed
//! configuration parses back to itself; no input panics.

use std::path::PathBuf;

use percore_config::{
    AppSection, Config, ConfigArgs, ConfigError, CpuSet, Origin, Workers, load_with, to_toml,
};
use proptest::prelude::*;
use serde::{Deserialize, Serialize};

/// A small app section, as percore-echo's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct TestApp {
    greeting: String,
    max_in_flight: u32,
}

impl Default for TestApp {
    fn default() -> Self {
        TestApp {
            greeting: "hi".into(),
            max_in_flight: 65536,
        }
    }
}

impl AppSection for TestApp {
    const SECTION: &'static str = "test";
    const DEFAULT_LISTEN: &'static str = "127.0.0.1:7000";

    fn validate(&self, errors: &mut Vec<ConfigError>) {
        if self.max_in_flight == 0 {
            errors.push(ConfigError::new("max_in_flight", "must be at least 1"));
        }
    }
}

fn two_cpus() -> CpuSet {
    CpuSet {
        allowed: vec![0, 1],
        quota: None,
    }
}

struct TempFile(PathBuf);

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn file(name: &str, text: &str) -> TempFile {
    let path = std::env::temp_dir().join(format!("percore-cfg-{}-{name}.toml", std::process::id()));
    std::fs::write(&path, text).unwrap();
    TempFile(path)
}

fn load_text(name: &str, text: &str) -> Result<Config<TestApp>, Vec<ConfigError>> {
    let f = file(name, text);
    let args = ConfigArgs {
        config: Some(f.0.clone()),
        ..ConfigArgs::default()
    };
    load_with::<TestApp>(&args, &two_cpus()).map_err(|e| e.0)
}

/// Asserts one error about `key`, on `line`, whose message contains `says`.
fn expect_error(name: &str, text: &str, key: &str, line: usize, says: &str) {
    let errors = load_text(name, text).expect_err("invalid configuration accepted");
    let e = errors
        .iter()
        .find(|e| e.key == key)
        .unwrap_or_else(|| panic!("no error for {key} in {errors:?}"));
    match &e.origin {
        Origin::File { path, line: l, .. } => {
            assert_eq!(*l, line, "line of {key}: {e}");
            assert!(path.as_ref().unwrap().to_string_lossy().contains(name));
        }
        other => panic!("{key}: expected a file position, got {other:?}"),
    }
    assert!(
        e.reason.contains(says),
        "{key}: {:?} does not say {says:?}",
        e.reason
    );
    let shown = e.to_string();
    assert!(
        shown.contains(&format!(":{line}:")) && shown.contains(key),
        "{shown}"
    );
}

#[test]
fn a_worker_count_past_the_limit_is_an_error_in_every_pin_mode() {
    // Without a pin, the count was not checked before the worker list was built: a count
    // near 2^63 panicked ("capacity overflow"), also in a reload's check, which runs in the
    // supervisor and ended the running server.
    for pin in ["off", "best-effort", "strict"] {
        for n in ["4097", "9223372036854775807"] {
            expect_error(
                "workers-limit",
                &format!("pin = \"{pin}\"\nworkers = {n}\n"),
                "workers",
                2,
                "at most 4096",
            );
        }
    }
}

#[test]
fn syntax_error() {
    // A document the parser refuses is read line by line for the key the error stands on.
    expect_error(
        "syntax",
        "workers = 2\nlisten = [\"127.0.0.1:80\"\n",
        "listen",
        2,
        "unclosed array",
    );
    expect_error(
        "duplicate-key",
        "workers = \"auto\"\nworkers = 2\n",
        "workers",
        2,
        "duplicate key",
    );
    expect_error(
        "duplicate-table",
        "[ring]\nentries = 8\n\n[ring]\n",
        "ring",
        4,
        "duplicate",
    );
    expect_error(
        "unterminated",
        "[timeouts]\nread = \"30s\n",
        "timeouts.read",
        2,
        "",
    );
}

#[test]
fn a_start_timeout_of_nothing_is_refused() {
    expect_error(
        "start-timeout-zero",
        "workers = 2\nstart_timeout = \"0s\"\n",
        "start_timeout",
        2,
        "must be more than 0s",
    );
    expect_error(
        "start-timeout-long",
        "workers = 2\n\nstart_timeout = \"25h\"\n",
        "start_timeout",
        3,
        "must be at most 24h",
    );
}

#[test]
fn unknown_top_level_key() {
    expect_error(
        "unknown-top",
        "workers = 2\nworkerz = 3\n",
        "workerz",
        2,
        "unknown field",
    );
}

#[test]
fn unknown_nested_key() {
    expect_error(
        "unknown-nested",
        "[ring]\nentries = 64\nsq_poll = true\n",
        "ring.sq_poll",
        3,
        "unknown field",
    );
}

#[test]
fn unknown_key_in_the_app_section() {
    expect_error(
        "unknown-app",
        "[test]\ngreeting = \"yo\"\ncolour = 1\n",
        "test.colour",
        3,
        "unknown field",
    );
}

#[test]
fn wrong_type() {
    expect_error(
        "type",
        "\nworkers = \"many\"\n",
        "workers",
        2,
        "not a worker count",
    );
}

#[test]
fn bad_duration() {
    expect_error(
        "duration",
        "[timeouts]\nidle = \"soon\"\n",
        "timeouts.idle",
        2,
        "not a duration",
    );
}

#[test]
fn bad_enum_value_lists_the_choices() {
    expect_error("enum", "pin = \"sometimes\"\n", "pin", 1, "\"best-effort\"");
}

#[test]
fn bad_listen_address() {
    expect_error(
        "addr",
        "listen = [\"localhost:eighty\"]\n",
        "listen[0]",
        1,
        "not an IP address with a port (host names are not resolved)",
    );
    expect_error(
        "addr-zone",
        "listen = [\"127.0.0.1:80\"]\n[tls]\nlisten = [\"[::1]:443\", \"[fe80::1%nosuchif0]:443\"]\n",
        "tls.listen[1]",
        3,
        "the zone \"nosuchif0\": this machine has no network interface so named",
    );
    expect_error(
        "admin-addr",
        "[admin]\nenabled = true\nlisten = \"9090\"\n",
        "admin.listen",
        3,
        "not an IP address with a port",
    );
}

#[test]
fn a_zone_may_name_its_interface_and_is_written_back_by_index() {
    let lo: u32 = std::fs::read_to_string("/sys/class/net/lo/ifindex")
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let cfg = load_text("zone", "listen = [\"[fe80::1%lo]:8080\"]\n").unwrap();
    let want: std::net::SocketAddr = format!("[fe80::1%{lo}]:8080").parse().unwrap();
    assert_eq!(cfg.settings.listen, vec![want]);
    let text = percore_config::to_toml(&cfg);
    assert!(text.contains(&format!("\"[fe80::1%{lo}]:8080\"")), "{text}");
}

#[test]
fn ring_entries_not_a_power_of_two() {
    expect_error(
        "entries",
        "[ring]\nentries = 1000\n",
        "ring.entries",
        2,
        "power of two",
    );
}

#[test]
fn completion_queue_smaller_than_the_ring() {
    expect_error(
        "cq",
        "[ring]\nentries = 256\ncq_entries = 128\n",
        "ring.cq_entries",
        3,
        "entries (256)",
    );
}

#[test]
fn buffer_size_over_the_kernels_limit() {
    expect_error(
        "bufsize",
        "[buffers]\nsize = \"4GiB\"\n",
        "buffers.size",
        2,
        "largest single read",
    );
}

#[test]
fn absurd_buffer_memory() {
    expect_error(
        "bufmem",
        "[buffers]\ncount = 32768\nsize = \"1GiB\"\n",
        "buffers.size",
        3,
        "more than 16GiB",
    );
}

#[test]
fn duplicate_listen_addresses() {
    expect_error(
        "dup",
        "listen = [\n  \"127.0.0.1:80\",\n  \"[::1]:80\",\n  \"127.0.0.1:80\",\n]\n",
        "listen[2]",
        4,
        "listed twice",
    );
}

#[test]
fn an_ipv4_mapped_listen_address() {
    expect_error(
        "mapped",
        "listen = [\n  \"127.0.0.1:80\",\n  \"[::ffff:192.0.2.1]:8080\",\n]\n",
        "listen[1]",
        3,
        "write 192.0.2.1:8080",
    );
}

#[test]
fn a_cpu_the_process_may_not_use() {
    expect_error(
        "cpu",
        "cpus = \"0,5\"\n",
        "cpus",
        1,
        "CPU 5 is not one this process may run on",
    );
}

#[test]
fn a_bare_number_for_cpus_is_refused_with_both_readings() {
    // Not taken for CPU 1 silently: the reader may have meant one worker.
    expect_error(
        "cpus-number",
        "workers = 1\ncpus = 1\n",
        "cpus",
        2,
        "write cpus = \"1\" for CPU 1 alone (on the command line: --cpus 1), or workers = 1",
    );
    let c = load_text("cpus-text", "cpus = \"1\"\n").unwrap();
    assert_eq!(c.settings.cpus.unwrap().0, vec![1]);
}

#[test]
fn a_worker_count_flag_overrides_a_file_s_cpus_and_a_cpu_flag_its_workers() {
    let load = |text: &str, args: ConfigArgs| {
        let f = file("count-flags", text);
        let args = ConfigArgs {
            config: Some(f.0.clone()),
            ..args
        };
        load_with::<TestApp>(&args, &two_cpus())
    };
    // `--workers 1` over `cpus = "0-1"`: one worker, placed as without the list (before: an
    // error no flag could mend).
    let c = load(
        "cpus = \"0-1\"\n",
        ConfigArgs {
            workers: Some(Workers::Count(1)),
            ..ConfigArgs::default()
        },
    )
    .unwrap();
    assert_eq!(
        (c.settings.workers, c.settings.cpus),
        (Workers::Count(1), None)
    );
    // `--workers auto` beside the file's list: one worker per listed CPU, the list kept.
    let c = load(
        "cpus = \"1\"\n",
        ConfigArgs {
            workers: Some(Workers::Auto),
            ..ConfigArgs::default()
        },
    )
    .unwrap();
    assert_eq!(c.settings.cpus.unwrap().0, vec![1]);
    // A count that agrees keeps the file's CPUs.
    let c = load(
        "cpus = \"1\"\n",
        ConfigArgs {
            workers: Some(Workers::Count(1)),
            ..ConfigArgs::default()
        },
    )
    .unwrap();
    assert_eq!(c.settings.cpus.unwrap().0, vec![1]);
    // `--cpus 1` over `workers = 2`: the list sets the count.
    let c = load(
        "workers = 2\n",
        ConfigArgs {
            cpus: Some("1".parse().unwrap()),
            ..ConfigArgs::default()
        },
    )
    .unwrap();
    assert_eq!(
        (c.settings.workers, c.settings.cpus.unwrap().0),
        (Workers::Auto, vec![1])
    );
    // Both flags still have to agree.
    let errors = load(
        "",
        ConfigArgs {
            workers: Some(Workers::Count(2)),
            cpus: Some("1".parse().unwrap()),
            ..ConfigArgs::default()
        },
    )
    .unwrap_err()
    .0;
    assert_eq!(errors[0].key, "workers", "{errors:?}");
}

#[test]
fn more_workers_than_cpus_when_pinning_is_strict() {
    expect_error(
        "workers",
        "workers = 8\npin = \"strict\"\n",
        "workers",
        1,
        "8 workers",
    );
    assert!(load_text("workers-be", "workers = 3\npin = \"best-effort\"\n").is_ok());
}

#[test]
fn core_table_for_a_cpu_with_no_worker() {
    expect_error(
        "core",
        "cpus = \"0\"\n\n[[core]]\ncpu = 1\n",
        "core[0].cpu",
        4,
        "no worker runs on CPU 1",
    );
}

#[test]
fn bad_override_in_a_core_table() {
    expect_error(
        "core-ring",
        "[[core]]\ncpu = 1\nring = { entries = 100 }\n",
        "core[0].ring.entries",
        3,
        "power of two",
    );
}

#[test]
fn app_validation_names_the_section() {
    expect_error(
        "app",
        "[test]\nmax_in_flight = 0\n",
        "test.max_in_flight",
        2,
        "at least 1",
    );
}

#[test]
fn several_errors_are_all_reported_in_file_order() {
    let errors = load_text(
        "many",
        "backlog = 0\n[ring]\nentries = 3\n[offload]\nqueue_depth = 0\n",
    )
    .unwrap_err();
    let keys: Vec<_> = errors.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys, ["backlog", "ring.entries", "offload.queue_depth"]);
}

#[test]
fn flags_override_the_file_and_errors_name_the_flag() {
    let f = file(
        "flags",
        "workers = 1\nlisten = [\"127.0.0.1:7001\"]\n[ring]\nentries = 64\n",
    );
    let args = ConfigArgs {
        config: Some(f.0.clone()),
        workers: Some(Workers::Count(2)),
        listen: vec!["127.0.0.1:9000".parse().unwrap()],
        set: vec![
            "ring.entries=512".into(),
            "test.greeting=\"hello\"".into(),
            "timeouts.idle=5s".into(),
        ],
        ..ConfigArgs::default()
    };
    let cfg = load_with::<TestApp>(&args, &two_cpus()).unwrap();
    assert_eq!(cfg.settings.workers, Workers::Count(2));
    assert_eq!(cfg.settings.listen, vec!["127.0.0.1:9000".parse().unwrap()]);
    assert_eq!(cfg.settings.ring.entries, 512);
    assert_eq!(cfg.settings.timeouts.idle.to_string(), "5s");
    assert_eq!(cfg.app.greeting, "hello");

    let bad = ConfigArgs {
        config: Some(f.0.clone()),
        set: vec!["ring.entries=100".into()],
        ..ConfigArgs::default()
    };
    let e = load_with::<TestApp>(&bad, &two_cpus()).unwrap_err();
    assert_eq!(
        e.0[0].origin,
        Origin::CommandLine("--set ring.entries=100".into())
    );
    assert!(
        e.to_string()
            .starts_with("command line (--set ring.entries=100): ring.entries"),
        "{e}"
    );
    let bad = ConfigArgs {
        set: vec!["ring.entriez=1".into()],
        ..ConfigArgs::default()
    };
    let e = load_with::<TestApp>(&bad, &two_cpus()).unwrap_err();
    assert!(e.to_string().contains("unknown field"), "{e}");
}

#[test]
fn per_core_overrides_apply_to_that_core_only() {
    let cfg = load_text(
        "percore",
        "[ring]\nentries = 256\n[[core]]\ncpu = 1\nmax_connections = 10\n[core.ring]\nentries = 4096\nsqpoll = true\n",
    )
    .unwrap();
    let c0 = cfg.settings.for_core(Some(0));
    let c1 = cfg.settings.for_core(Some(1));
    assert_eq!(
        (c0.ring.entries, c0.ring.sqpoll, c0.max_connections),
        (256, false, 16_384)
    );
    assert_eq!(
        (c1.ring.entries, c1.ring.sqpoll, c1.max_connections),
        (4096, true, 10)
    );
}

#[test]
fn an_unreadable_file_is_an_error() {
    let args = ConfigArgs {
        config: Some("/nonexistent/percore.toml".into()),
        ..ConfigArgs::default()
    };
    let e = load_with::<TestApp>(&args, &two_cpus()).unwrap_err();
    assert!(
        e.to_string()
            .contains("cannot read /nonexistent/percore.toml"),
        "{e}"
    );
}

#[test]
fn the_example_configs_are_valid() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../config");
    let dir = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("cannot read the examples in {}: {e}", root.display()));
    let mut checked = Vec::new();
    for entry in dir {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            checked.push(path.file_name().unwrap().to_string_lossy().into_owned());
            let text = std::fs::read_to_string(&path).unwrap();
            // Parsed with a permissive app section: only the framework keys are checked here;
            // each app's tests check its own section.
            let mut table: toml::Table = toml::from_str(&text).unwrap();
            for app in ["echo", "static", "hello"] {
                table.remove(app);
            }
            let f = file("example", &toml::to_string(&table).unwrap());
            let args = ConfigArgs {
                config: Some(f.0.clone()),
                ..ConfigArgs::default()
            };
            let all = CpuSet {
                allowed: (0..64).collect(),
                quota: None,
            };
            if let Err(e) = load_with::<TestApp>(&args, &all) {
                panic!("{}: {e}", path.display());
            }
        }
    }
    checked.sort();
    for expected in ["echo.toml", "hello.toml", "percore.toml", "static.toml"] {
        assert!(
            checked.iter().any(|c| c == expected),
            "{expected} was not checked (checked: {checked:?})"
        );
    }
}

fn arb_settings() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            Just("\"auto\"".to_string()),
            (1usize..3).prop_map(|n| n.to_string())
        ],
        prop::sample::select(vec!["strict", "best-effort", "off"]),
        prop::sample::select(vec!["auto", "io_uring", "epoll"]),
        (1u32..10).prop_map(|p| 1u32 << p),
        (0u32..12).prop_map(|p| 1u32 << p),
        (1u64..100_000),
        (0u64..100_000),
        prop::collection::vec(1024u16..65000, 1..4),
        any::<bool>(),
        (1u32..100_000),
    )
        .prop_map(
            |(workers, pin, backend, entries, count, size, idle_ms, ports, nodelay, maxc)| {
                let listen: Vec<String> = {
                    let mut p = ports.clone();
                    p.sort_unstable();
                    p.dedup();
                    p.iter().map(|p| format!("\"127.0.0.1:{p}\"")).collect()
                };
                format!(
                    "workers = {workers}\npin = \"{pin}\"\nbackend = \"{backend}\"\nlisten = [{}]\n\
                 tcp_nodelay = {nodelay}\nmax_connections = {maxc}\n\
                 [ring]\nentries = {entries}\n[buffers]\ncount = {count}\nsize = {size}\n\
                 [timeouts]\nidle = \"{idle_ms}ms\"\n[test]\nmax_in_flight = {maxc}\n\
                 [[core]]\ncpu = 0\nmax_connections = {maxc}\n",
                    listen.join(", ")
                )
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn printed_configuration_parses_back_to_the_same_value(text in arb_settings()) {
        let cfg = load_text("prop", &text).expect("generated configs are valid");
        let printed = to_toml(&cfg);
        let again = load_text("prop-again", &printed).expect("printed config is valid");
        prop_assert_eq!(cfg, again);
    }

    #[test]
    fn no_input_panics(text in ".{0,300}") {
        let _ = load_text("fuzz", &text);
    }

    #[test]
    fn no_toml_shaped_input_panics(
        key in prop::sample::select(vec!["workers", "ring.entries", "buffers.size", "listen", "cpus", "timeouts.idle", "core", "pin", "test.max_in_flight"]),
        value in prop_oneof![
            any::<i64>().prop_map(|v| v.to_string()),
            "\"[a-z0-9:.,-]{0,12}\"",
            Just("[]".to_string()),
            Just("{}".to_string()),
            Just("true".to_string()),
            any::<f64>().prop_map(|v| format!("{v:?}")),
        ],
    ) {
        let (section, name) = match key.rsplit_once('.') {
            Some((s, n)) => (format!("[{s}]\n"), n.to_string()),
            None => (String::new(), key.to_string()),
        };
        let _ = load_text("fuzz-toml", &format!("{section}{name} = {value}\n"));
        // Unpinned too: with pin = "strict" (the default) a worker count past the CPUs is
        // refused early, and the paths behind it are never reached.
        if key != "pin" {
            let _ = load_text("fuzz-toml", &format!("pin = \"off\"\n{section}{name} = {value}\n"));
        }
    }
}

/// Dotted paths of every key in a table.
fn key_paths(prefix: &str, table: &toml::Table, out: &mut Vec<String>) {
    for (k, v) in table {
        let path = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}.{k}")
        };
        if let toml::Value::Table(t) = v {
            key_paths(&path, t, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn the_framework_example_documents_every_key_with_its_default() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../config/percore.toml");
    let text = std::fs::read_to_string(&path).unwrap();
    let example: toml::Table = toml::from_str(&text).unwrap();
    let defaults: toml::Table =
        toml::from_str(&to_toml(&Config::<percore_config::NoApp>::default())).unwrap();
    let (mut shown, mut all) = (Vec::new(), Vec::new());
    key_paths("", &example, &mut shown);
    key_paths("", &defaults, &mut all);
    for key in &all {
        assert!(
            shown.contains(key),
            "config/percore.toml does not show `{key}`"
        );
    }
    // Every value shown is the default (compared once parsed, so "4KiB" equals 4096).
    let loaded = load_text("example", &text).unwrap();
    assert_eq!(loaded.settings, Config::<TestApp>::default().settings);
    // The optional keys are shown, commented out.
    for optional in ["# cpus =", "# file =", "# [[core]]"] {
        assert!(
            text.contains(optional),
            "config/percore.toml lacks {optional}"
        );
    }
}

#[test]
fn a_string_set_from_the_program_survives_any_content() {
    for value in [
        "plain",
        "with \"quotes\"",
        "back\\slash",
        "new\nline\ttab",
        "ünï\u{7f}",
    ] {
        let mut args = ConfigArgs::default();
        args.set_string("test.greeting", value);
        let cfg = load_with::<TestApp>(&args, &two_cpus()).unwrap();
        assert_eq!(cfg.app.greeting, value);
    }
}

#[test]
fn an_empty_listen_list_is_not_replaced_by_the_default() {
    // Written out, with no TLS address either: nowhere to listen, refused at its line.
    expect_error(
        "listen-empty",
        "workers = 1\nlisten = []\n",
        "listen",
        2,
        "no address to listen on",
    );
    // Left out: the app's default address.
    let cfg = load_text("listen-default", "workers = 1\n").unwrap();
    assert_eq!(
        cfg.settings.listen,
        vec!["127.0.0.1:7000".parse::<std::net::SocketAddr>().unwrap()]
    );
}

#[test]
fn cpu_steering_needs_one_worker_per_cpu_and_at_most_255() {
    // Three workers on two CPUs: two share one, and one of them would get nothing.
    expect_error(
        "steer-shared",
        "workers = 3\npin = \"best-effort\"\nsteering = \"cpu\"\n",
        "steering",
        3,
        "one worker per CPU",
    );
    // A CPU list past what a worker count may be.
    expect_error(
        "cpus-many",
        "pin = \"off\"\ncpus = \"0-4999\"\n",
        "cpus",
        2,
        "at most 4096 workers",
    );
}
