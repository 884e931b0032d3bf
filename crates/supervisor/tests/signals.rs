//! The supervisor in a real process, with real signals and sockets.

use std::io::{ErrorKind, Read, Write};
use std::net::TcpStream;
use std::os::unix::net::UnixDatagram;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use percore_testkit::{ADMIN, config, config_with_grace, echo_once, open_files, signal_pid};

/// The example app these tests run.
fn app() -> std::path::PathBuf {
    percore_testkit::example("supervised_echo")
}

struct Server;

impl Server {
    fn start(name: &str, config: &str, env: &[(&str, &str)]) -> percore_testkit::Server {
        percore_testkit::Server::start(&app(), name, config, env)
    }
}

fn pattern(i: usize) -> u8 {
    (i.wrapping_mul(31) ^ (i >> 11)) as u8
}

#[test]
fn sigterm_lets_a_large_transfer_finish_refuses_new_connections_and_exits_zero() {
    let mut server = Server::start("term", &config(""), &[]);
    let addr = server.addr;
    let total = 32 << 20;
    let mut conn = TcpStream::connect(addr).unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(20)))
        .unwrap();
    let mut writer = conn.try_clone().unwrap();
    let w = std::thread::spawn(move || {
        let chunk: Vec<u8> = (0..total).map(pattern).collect();
        for part in chunk.chunks(64 * 1024) {
            writer.write_all(part).unwrap();
        }
        writer.shutdown(std::net::Shutdown::Write).unwrap();
    });
    let received = Arc::new(AtomicU64::new(0));
    let r = {
        let received = received.clone();
        std::thread::spawn(move || {
            let mut buf = vec![0u8; 256 * 1024];
            let mut at = 0usize;
            loop {
                let n = conn.read(&mut buf).unwrap();
                if n == 0 {
                    return at;
                }
                for (i, &b) in buf[..n].iter().enumerate() {
                    assert_eq!(b, pattern(at + i), "byte {} differs", at + i);
                }
                at += n;
                received.store(at as u64, Ordering::Relaxed);
            }
        })
    };
    while received.load(Ordering::Relaxed) < 2 << 20 {
        std::thread::sleep(Duration::from_millis(1));
    }
    server.signal("TERM");
    std::thread::sleep(Duration::from_millis(300));
    // The listening sockets are closed: new connections are refused, not queued.
    let refused = TcpStream::connect_timeout(&addr, Duration::from_secs(2)).unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::ConnectionRefused, "{refused}");
    w.join().unwrap();
    assert_eq!(r.join().unwrap(), total, "the in-flight transfer completed");
    let status = server.wait(Duration::from_secs(15));
    assert_eq!(status.code(), Some(0), "{}", server.log());
}

#[test]
fn a_second_sigterm_stops_at_once() {
    let mut server = Server::start("term2", &config_with_grace("60s", ""), &[]);
    let mut open = TcpStream::connect(server.addr).unwrap();
    open.write_all(b"hold").unwrap();
    let mut got = [0u8; 4];
    open.read_exact(&mut got).unwrap();
    server.signal("TERM");
    std::thread::sleep(Duration::from_millis(200));
    assert!(
        server.child.try_wait().unwrap().is_none(),
        "drains while a connection is open"
    );
    let start = Instant::now();
    server.signal("TERM");
    let status = server.wait(Duration::from_secs(10));
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(status.code(), Some(0));
}

#[test]
fn sigquit_stops_at_once() {
    let mut server = Server::start("quit", &config_with_grace("60s", ""), &[]);
    let _open = TcpStream::connect(server.addr).unwrap();
    server.signal("QUIT");
    let status = server.wait(Duration::from_secs(10));
    assert_eq!(status.code(), Some(0));
}

#[test]
fn reload_under_load_refuses_and_resets_nothing() {
    let server = Server::start(
        "reload",
        &config(&format!("max_connections = 1000\n{ADMIN}")),
        &[],
    );
    let clients = EchoLoop::start(server.addr, 2);
    std::thread::sleep(Duration::from_millis(200));
    for i in 1..=5 {
        server.rewrite(&config(&format!("max_connections = {}\n{ADMIN}", 1000 + i)));
        server.signal("HUP");
        std::thread::sleep(Duration::from_millis(400));
    }
    let made = clients.finish("reload under load");
    assert!(made > 100, "only {made} connections made");
    assert_eq!(server.metric("percore_generation "), Some(6.0));
    // Counted once the old workers have stopped accepting: a moment after each reload.
    wait_for_metric(
        &server,
        "percore_reloads_total",
        5.0,
        "five reloads not counted",
    );
    let (_, body) = server.admin_get("/metrics");
    assert!(
        body.contains("generation=\"6\",setting=\"max_connections\",unit=\"connections\"} 1005"),
        "the new settings are visible:\n{body}"
    );
}

/// A file that holds the thread of a worker told `hold-thread` (see the example) while it
/// exists.
fn hold_file(name: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("percore-hold-{name}-{}", std::process::id()));
    std::fs::write(&path, "").unwrap();
    path
}

/// A connection whose worker's thread is held in a blocking call (until its hold file is
/// removed), once this returns.
fn hold_a_worker(addr: std::net::SocketAddr) -> TcpStream {
    let mut conn = TcpStream::connect(addr).unwrap();
    conn.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    conn.write_all(b"hold-thread").unwrap();
    let mut got = [0u8; 4];
    conn.read_exact(&mut got).unwrap();
    assert_eq!(&got, b"held");
    conn
}

#[test]
fn a_reload_is_counted_once_no_old_worker_accepts() {
    let hold = hold_file("reload-done");
    let server = Server::start(
        "reload-done",
        &config_with_grace("60s", ADMIN),
        &[("SUPERVISED_ECHO_HOLD_WHILE", hold.to_str().unwrap())],
    );
    // A worker held in a blocking call sees its drain, and stops accepting, only once the
    // call returns.
    let mut held = hold_a_worker(server.addr);
    server.signal("HUP");
    // The new generation runs at once; the reload is not said done while an old worker
    // could still take a connection.
    wait_for_metric(&server, "percore_generation ", 2.0, "no new generation");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(
        server.metric("percore_reloads_total"),
        Some(0.0),
        "counted while an old worker was held in a blocking call"
    );
    std::fs::remove_file(&hold).unwrap();
    wait_for_metric(&server, "percore_reloads_total", 1.0, "no reload");
    // The held connection goes on with its old worker, which drains.
    held.write_all(b"after").unwrap();
    let mut got = [0u8; 5];
    held.read_exact(&mut got).unwrap();
    assert_eq!(&got, b"after");
    // From the count on, new connections go to the new generation alone.
    let old_accepted =
        server.metric_sum_where("percore_connections_accepted_total", "generation=\"1\"");
    for i in 0..8u8 {
        assert_eq!(echo_once(server.addr, &[i; 3]).unwrap(), [i; 3]);
    }
    assert_eq!(
        server.metric_sum_where("percore_connections_accepted_total", "generation=\"1\""),
        old_accepted
    );
    assert!(
        server.metric_sum_where("percore_connections_accepted_total", "generation=\"2\"") >= 8.0
    );
}

#[test]
fn the_settings_metric_shows_each_cores_own_values() {
    // Two workers on CPUs 0 and 1; the second core's connection limit is its own.
    let server = Server::start(
        "core-settings",
        &config(&format!(
            "max_connections = 1000\n{ADMIN}\n[[core]]\ncpu = 1\nmax_connections = 50\n"
        )),
        &[],
    );
    let (_, body) = server.admin_get("/metrics");
    for line in [
        "cpu=\"0\",generation=\"1\",setting=\"max_connections\",unit=\"connections\"} 1000",
        "cpu=\"1\",generation=\"1\",setting=\"max_connections\",unit=\"connections\"} 50",
    ] {
        assert!(body.contains(line), "{line} in:\n{body}");
    }
}

#[test]
fn an_invalid_configuration_on_sighup_keeps_the_running_generation() {
    let mut server = Server::start("invalid", &config(ADMIN), &[]);
    let invalid = format!("{}\n[ring]\nentries = 3\n", config(ADMIN));
    let line = invalid.lines().position(|l| l == "entries = 3").unwrap() + 1;
    server.rewrite(&invalid);
    server.signal("HUP");
    std::thread::sleep(Duration::from_millis(300));
    assert_the_first_generation_serves(&server);
    assert_eq!(server.metric("percore_failed_reloads_total"), Some(1.0));
    server.signal("TERM");
    server.wait(Duration::from_secs(10));
    let log = server.log();
    let refused = log
        .lines()
        .find(|l| l.contains("reload refused"))
        .unwrap_or_else(|| panic!("no reload error logged:\n{log}"));
    // The refusal and its reasons are one log line.
    assert!(
        refused.contains("ring.entries: must be a power of two"),
        "{refused}"
    );
    assert!(
        refused.contains(&format!(":{line}:1: ring.entries")),
        "line {line} is named:\n{log}"
    );
}

#[test]
fn a_reload_refuses_what_the_next_start_would_refuse_in_keys_set_at_start() {
    // Such keys keep their running values through a reload, but a value the next start
    // would refuse is refused now, with its key and line, not found at that start.
    let mut server = Server::start("fixed-invalid", &config(ADMIN), &[]);
    let dir = std::env::temp_dir().join(format!("percore-no-such-dir-{}", std::process::id()));
    let cases = [
        (
            "[offload]\nthreads = 100000\n".to_string(),
            "offload.threads",
        ),
        (
            format!("[log]\nfile = \"{}\"\n", dir.join("x.log").display()),
            "log.file",
        ),
    ];
    let mut wanted = Vec::new();
    for (i, (extra, key)) in cases.iter().enumerate() {
        let text = format!("{}\n{extra}", config(ADMIN));
        let name = &key[key.find('.').unwrap() + 1..];
        let line = text.lines().position(|l| l.starts_with(name)).unwrap() + 1;
        wanted.push(format!(":{line}:1: {key}"));
        server.rewrite(&text);
        server.signal("HUP");
        std::thread::sleep(Duration::from_millis(300));
        assert_the_first_generation_serves(&server);
        assert_eq!(
            server.metric("percore_failed_reloads_total"),
            Some(i as f64 + 1.0),
            "{key}"
        );
    }
    server.signal("TERM");
    server.wait(Duration::from_secs(10));
    let log = server.log();
    for at in wanted {
        assert!(
            log.contains(&at),
            "refused at its key's line ({at}):\n{log}"
        );
    }
}

#[test]
fn a_reload_whose_app_fails_to_set_up_keeps_the_running_generation() {
    // The second worker of the new generation fails; the first, set up, accepts nothing.
    let trigger = setup_trigger("setup-fails");
    let mut server = Server::start(
        "setup-fails",
        &config(ADMIN),
        &[
            ("SUPERVISED_ECHO_FAIL_SETUP_IF", trigger.to_str().unwrap()),
            ("SUPERVISED_ECHO_FAIL_SETUP_WORKER", "1"),
        ],
    );
    std::fs::write(&trigger, "").unwrap();
    let clients = EchoLoop::start(server.addr, 1);
    std::thread::sleep(Duration::from_millis(100));
    server.signal("HUP");
    wait_for_refusal(&server);
    std::thread::sleep(Duration::from_millis(100));
    let made = clients.finish("a refused reload");
    assert!(made > 10, "only {made} connections made");
    assert_the_first_generation_serves(&server);
    assert_eq!(server.metric("percore_reloads_total"), Some(0.0));
    server.signal("TERM");
    server.wait(Duration::from_secs(10));
    let log = server.log();
    assert!(log.contains("before its app was set up"), "{log}");
}

/// A server with the admin endpoint and `start_timeout`, whose next generations' workers
/// would take an hour to set up (until the trigger file it returns is removed).
fn start_with_stalling_reloads(
    name: &str,
    start_timeout: &str,
) -> (percore_testkit::Server, std::path::PathBuf) {
    let (server, trigger) = start_with_trigger(
        name,
        &config(&format!("start_timeout = \"{start_timeout}\"\n{ADMIN}")),
    );
    std::fs::write(&trigger, "stall").unwrap();
    (server, trigger)
}

#[test]
fn a_reload_whose_app_is_not_set_up_within_start_timeout_is_refused() {
    let (mut server, trigger) = start_with_stalling_reloads("setup-stalls", "2s");
    let clients = EchoLoop::start(server.addr, 1);
    std::thread::sleep(Duration::from_millis(100));
    let hup = Instant::now();
    server.signal("HUP");
    wait_for_refusal(&server);
    let refused_after = hup.elapsed();
    std::thread::sleep(Duration::from_millis(100));
    let made = clients.finish("a reload past its start_timeout");
    assert!(made > 10, "only {made} connections made");
    assert!(
        refused_after < Duration::from_secs(5),
        "refused only after {refused_after:?}"
    );
    assert_the_first_generation_serves(&server);
    assert_eq!(server.metric("percore_reloads_total"), Some(0.0));
    // Once the app sets up in time again, the reload goes through.
    std::fs::remove_file(&trigger).unwrap();
    server.signal("HUP");
    wait_for_metric(&server, "percore_reloads_total", 1.0, "no reload");
    assert_eq!(echo_once(server.addr, b"after").unwrap(), b"after");
    server.signal("TERM");
    server.wait(Duration::from_secs(10));
    let log = server.log();
    assert!(
        log.contains("not set up within start_timeout (2s)"),
        "{log}"
    );
}

#[test]
fn reload_signals_queued_behind_a_slow_one_make_one_reload() {
    // Every reload's workers stall until start_timeout: four HUPs in a row.
    let (mut server, trigger) = start_with_stalling_reloads("setup-stalls-many", "1s");
    // The first one is taken (its start stalls 1 s), then three more queue behind it.
    server.signal("HUP");
    std::thread::sleep(Duration::from_millis(300));
    for _ in 0..3 {
        server.signal("HUP");
        std::thread::sleep(Duration::from_millis(50));
    }
    // The first one, then the three queued behind it as one: two refusals, about 2 s.
    std::thread::sleep(Duration::from_millis(4500));
    assert_eq!(server.metric("percore_failed_reloads_total"), Some(2.0));
    assert_the_first_generation_serves(&server);
    // A stop queued among them is kept (and taken after the reload).
    server.signal("HUP");
    server.signal("HUP");
    server.signal("TERM");
    assert_eq!(server.wait(Duration::from_secs(10)).code(), Some(0));
    let _ = std::fs::remove_file(&trigger);
}

/// The output of `child` (stdout and stderr piped), which must end within `limit`: killed
/// and the test failed otherwise, rather than the suite hanging.
fn output_within(mut child: std::process::Child, limit: Duration) -> std::process::Output {
    let start = Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("the process did not end within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().unwrap()
}

/// The output of the app run with `args` (and `env`), which must end within `limit`.
fn run_app<S: AsRef<std::ffi::OsStr>>(
    args: &[S],
    env: &[(&str, &str)],
    limit: Duration,
) -> std::process::Output {
    let child = std::process::Command::new(app())
        .args(args)
        .envs(env.iter().copied())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    output_within(child, limit)
}

/// Starts the app with `extra` configuration lines, its apps taking an hour to set up
/// (`how`: "stall" waits, "block-setup" blocks its thread); the process (output piped) and
/// its trigger file, to remove.
fn start_stalled(name: &str, extra: &str, how: &str) -> (std::process::Child, std::path::PathBuf) {
    let trigger = setup_trigger(name);
    std::fs::write(&trigger, how).unwrap();
    let path = percore_testkit::config_path(name);
    std::fs::write(&path, config(extra)).unwrap();
    let child = std::process::Command::new(app())
        .arg("-c")
        .arg(&path)
        .env("SUPERVISED_ECHO_FAIL_SETUP_IF", &trigger)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    (child, trigger)
}

#[test]
fn a_first_start_whose_app_is_not_set_up_within_start_timeout_fails() {
    let started = Instant::now();
    let (child, trigger) =
        start_stalled("first-start-stalls", "start_timeout = \"300ms\"", "stall");
    let out = output_within(child, Duration::from_secs(20));
    let _ = std::fs::remove_file(&trigger);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the failed start took {:?}",
        started.elapsed()
    );
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("listening on"),
        "a failed start announced itself"
    );
    assert!(
        stderr.contains("not set up within start_timeout (300ms)"),
        "{stderr}"
    );
}

#[test]
fn a_failed_start_is_told_once_on_standard_error_and_in_a_log_file_as_well() {
    let dir = std::env::temp_dir().join(format!("percore-startfail-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    // An address this machine does not have: the workers cannot listen on it.
    let fail = |name: &str, log: &str, env: &[(&str, &str)]| {
        let path = percore_testkit::config_path(name);
        std::fs::write(
            &path,
            format!("workers = 1\nlisten = [\"192.0.2.1:8080\"]\n\n[log]\n{log}\n"),
        )
        .unwrap();
        let out = run_app(
            &[std::path::Path::new("-c"), &path],
            env,
            Duration::from_secs(20),
        );
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    let told = |text: &str| text.matches("cannot listen on 192.0.2.1:8080").count();
    for format in ["text", "json"] {
        let err = fail(
            &format!("start-fail-{format}"),
            &format!("format = \"{format}\""),
            &[],
        );
        assert_eq!(told(&err), 1, "{format}:\n{err}");
    }
    // A log filter that leaves the supervisor's lines out: told on standard error all the
    // same.
    let err = fail(
        "start-fail-filtered",
        "",
        &[("RUST_LOG", "percore_web=debug")],
    );
    assert_eq!(told(&err), 1, "{err}");
    let file = dir.join("percore.log");
    let err = fail(
        "start-fail-file",
        &format!("file = {:?}", file.display().to_string()),
        &[],
    );
    assert_eq!(told(&err), 1, "{err}");
    let log = std::fs::read_to_string(&file).unwrap();
    assert_eq!(told(&log), 1, "{log}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_cpu_the_process_may_not_run_on_is_warned_of_unless_strict_refuses_it() {
    let check = |pin: &str| {
        run_app(
            &["--check-config", "--cpus", "0,4095", "--pin", pin],
            &[],
            Duration::from_secs(10),
        )
    };
    for pin in ["off", "best-effort"] {
        let out = check(pin);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success(), "{pin}: {err}");
        assert!(
            err.contains("warning: cpus: CPU 4095 is not one this process may run on"),
            "{pin}: {err}"
        );
    }
    let out = check("strict");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("CPU 4095") && !err.contains("warning"),
        "{err}"
    );
}

/// Waits up to 10 s for process `pid` to have a thread named `name`.
fn wait_for_thread(pid: u32, name: &str) {
    let start = Instant::now();
    loop {
        let found = std::fs::read_dir(format!("/proc/{pid}/task"))
            .into_iter()
            .flatten()
            .flatten()
            .any(|t| {
                std::fs::read_to_string(t.path().join("comm")).is_ok_and(|c| c.trim() == name)
            });
        if found {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "no thread {name} in process {pid}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Starts the app with its set-up stalled as `how` says ([`start_stalled`]), sends SIGTERM
/// once its workers run, and returns its output (and standard error as text) once it ends,
/// and how long it took to end after the signal.
fn stop_while_setting_up(name: &str, how: &str) -> (std::process::Output, String, Duration) {
    let (child, trigger) = start_stalled(name, "", how);
    // The workers run (their apps setting up): the signal thread came before them.
    wait_for_thread(child.id(), "percore-w0");
    let stopped = Instant::now();
    signal_pid(child.id(), "TERM");
    let out = output_within(child, Duration::from_secs(20));
    let took = stopped.elapsed();
    let _ = std::fs::remove_file(&trigger);
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    (out, stderr, took)
}

#[test]
fn a_stop_while_the_first_generation_sets_up_ends_the_start_at_once() {
    // The apps take an hour to set up and start_timeout is the default 30 s: a SIGTERM
    // meanwhile must end the process at once, cleanly, without serving first.
    let (out, stderr, took) = stop_while_setting_up("first-start-stopped", "stall");
    assert!(
        took < Duration::from_secs(5),
        "the stop took {took:?}: {stderr}"
    );
    assert!(out.status.success(), "{:?}: {stderr}", out.status);
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("listening on"),
        "a stopped start announced itself"
    );
    assert!(stderr.contains("stopped during start"), "{stderr}");
}

#[test]
fn a_stop_while_a_set_up_is_stuck_in_a_blocking_call_leaves_it_behind_and_says_so() {
    let (out, stderr, _) = stop_while_setting_up("first-start-blocked", "block-setup");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("left behind"), "{stderr}");
}

/// Starts a server, reloads it with apps whose set-up does as `trigger` says, stops it
/// while they set up: how long its listener still took connections after the stop, how
/// long it took to end, its exit code and its log.
fn stop_during_reload(name: &str, trigger_text: &str) -> (Duration, Duration, Option<i32>, String) {
    let (mut server, trigger) = start_with_trigger(name, &config(""));
    std::fs::write(&trigger, trigger_text).unwrap();
    server.signal("HUP");
    std::thread::sleep(Duration::from_millis(300));
    // The running generation serves meanwhile.
    assert_eq!(
        echo_once(server.addr, b"still here").unwrap(),
        b"still here"
    );
    // A connection of the running generation stays open through the drain: the process
    // does not end (closing everything) before the listener is looked at.
    let mut held = TcpStream::connect(server.addr).unwrap();
    held.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    held.write_all(b"held").unwrap();
    held.read_exact(&mut [0u8; 4]).unwrap();
    let stopped = Instant::now();
    server.signal("TERM");
    let refused = loop {
        match TcpStream::connect_timeout(&server.addr, Duration::from_secs(1)) {
            Err(e) if e.kind() == ErrorKind::ConnectionRefused => break stopped.elapsed(),
            _ if stopped.elapsed() > Duration::from_secs(10) => panic!("still listening"),
            _ => std::thread::sleep(Duration::from_millis(20)),
        }
    };
    drop(held);
    let status = server.wait(Duration::from_secs(15));
    let took = stopped.elapsed();
    let _ = std::fs::remove_file(&trigger);
    (refused, took, status.code(), server.log())
}

#[test]
fn a_stop_while_a_reload_sets_up_drains_the_running_generation_at_once() {
    // The reload's apps take an hour to set up.
    let (_, took, code, log) = stop_during_reload("reload-stopped", "stall");
    assert!(
        took < Duration::from_secs(5),
        "the stop took {took:?}: {log}"
    );
    assert_eq!(code, Some(0), "{log}");
    assert!(log.contains("reload given up"), "{log}");
}

#[test]
fn a_stop_while_a_reload_blocks_in_its_set_up_drains_at_once_and_says_one_was_left() {
    // The reload's apps block their threads in their set-up: they cannot be stopped. The
    // stop gives the reload up and drains the running generation at once (it used to wait
    // 5 s for the stuck threads first), and the process ends with a failure for the thread
    // it leaves behind (it used to end with 0).
    let (refused, _, code, log) = stop_during_reload("reload-blocked", "block-setup");
    assert!(
        refused < Duration::from_secs(2),
        "still listening {refused:?} after the stop: {log}"
    );
    assert_eq!(code, Some(1), "{log}");
    assert!(log.contains("reload given up"), "{log}");
    assert!(log.contains("still stuck in a blocking call"), "{log}");
}

#[test]
fn a_reload_that_fails_with_a_worker_stuck_leaves_no_new_address_listening() {
    // The reload adds an address, and its apps block in their set-up past `start_timeout`:
    // it fails, the threads stay stuck with the new sockets (and the running ones). Those
    // sockets must stop listening (a client would otherwise hang in a queue nobody accepts
    // from), a later reload adding the address again must not find it taken, and one that
    // drops the first address must see it stop listening.
    let (mut server, trigger) = start_with_trigger("reload-stuck-new", &config(ADMIN));
    let port = {
        let probe = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        probe.local_addr().unwrap().port()
    };
    let added: std::net::SocketAddr = format!("127.0.0.1:{port}").parse().unwrap();
    let with_added = |extra: &str| {
        format!(
            "workers = 2\npin = \"best-effort\"\nlisten = [\"127.0.0.1:0\", \"{added}\"]\nshutdown_timeout = \"10s\"\nstart_timeout = \"1s\"\n{ADMIN}{extra}\n"
        )
    };
    std::fs::write(&trigger, "block-setup").unwrap();
    server.rewrite(&with_added(""));
    server.signal("HUP");
    let start = Instant::now();
    while server.metric("percore_failed_reloads").unwrap_or(0.0) < 1.0 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the reload did not fail"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    match TcpStream::connect_timeout(&added, Duration::from_secs(2)) {
        Err(e) if e.kind() == ErrorKind::ConnectionRefused => {}
        other => panic!("the failed reload's address still takes connections: {other:?}"),
    }
    assert_eq!(echo_once(server.addr, b"old").unwrap(), b"old");
    // Set up normally now: the address is bound again, and served; the first address is
    // dropped, and must stop listening though the stuck threads hold its socket too.
    std::fs::remove_file(&trigger).unwrap();
    server.rewrite(&format!(
        "workers = 2\npin = \"best-effort\"\nlisten = [\"{added}\"]\nshutdown_timeout = \"10s\"\nstart_timeout = \"1s\"\n{ADMIN}\n"
    ));
    server.signal("HUP");
    let start = Instant::now();
    while server.metric("percore_reloads").unwrap_or(0.0) < 1.0 {
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "the second reload did not apply: {:?} failed",
            server.metric("percore_failed_reloads")
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(echo_once(added, b"new").unwrap(), b"new");
    let start = Instant::now();
    loop {
        match TcpStream::connect_timeout(&server.addr, Duration::from_secs(1)) {
            Err(e) if e.kind() == ErrorKind::ConnectionRefused => break,
            other => assert!(
                start.elapsed() < Duration::from_secs(3),
                "the dropped address, held by the stuck threads, still listens: {other:?}"
            ),
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    server.signal("TERM");
    // The stuck threads of the failed reload are still there at the end: a failure.
    let status = server.wait(Duration::from_secs(20));
    let log = server.log();
    assert!(!log.contains("another socket listens there"), "{log}");
    assert_eq!(status.code(), Some(1), "{log}");
    assert!(log.contains("still stuck in a blocking call"), "{log}");
}

#[test]
fn a_panicking_worker_is_restarted_and_the_others_keep_serving() {
    let server = Server::start("panic", &config(ADMIN), &[]);
    let addr = server.addr;
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(b"panic").unwrap();
    // Its connection ends with the worker: from then on no connection can be taken by the
    // worker about to panic (one it took just before would be lost with it).
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut byte = [0u8; 1];
    match s.read(&mut byte) {
        Ok(0) => {}
        Err(e) if e.kind() == ErrorKind::ConnectionReset => {}
        other => panic!("the panicking worker's connection did not end: {other:?}"),
    }
    let start = Instant::now();
    while server.metric("percore_restarts_total") != Some(1.0) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "no restart counted"
        );
        // Meanwhile every connection is still served, whichever worker takes it.
        assert_eq!(echo_once(addr, b"still").unwrap(), b"still");
        std::thread::sleep(Duration::from_millis(20));
    }
    for i in 0..50u8 {
        assert_eq!(echo_once(addr, &[i; 16]).unwrap(), [i; 16]);
    }
}

#[test]
fn while_a_worker_is_down_the_connections_its_socket_gets_are_served_by_the_other() {
    // Each restart of the worker that panics fails its set-up while the trigger file exists:
    // it stays down, in its backoff, and the kernel goes on handing its socket about half the
    // new connections.
    let (mut server, trigger) = start_with_trigger("adopt", &config(ADMIN));
    let addr = server.addr;
    std::fs::write(&trigger, "").unwrap();
    let mut s = TcpStream::connect(addr).unwrap();
    s.write_all(b"panic").unwrap();
    // Its first restart came and failed: it is down.
    let start = Instant::now();
    while server
        .metric("percore_restarts_total")
        .is_none_or(|n| n < 2.0)
    {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "no failed restart"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // Each on a new connection: every one is answered (a connection left in the down
    // worker's queue would time out after 5 s).
    for i in 0..30u8 {
        assert_eq!(
            echo_once(addr, &[i; 16]).unwrap_or_else(|e| panic!("connection {i}: {e}")),
            [i; 16]
        );
    }
    // Back up, it takes its own connections again; the drain ends every loop.
    std::fs::remove_file(&trigger).unwrap();
    // The next restart sets up (unless the last one read the trigger's absence already: then
    // none comes, and it serves by now).
    let restarts = server.metric("percore_restarts_total").unwrap_or(0.0);
    let start = Instant::now();
    while server.metric("percore_restarts_total") == Some(restarts)
        && start.elapsed() < Duration::from_secs(10)
    {
        std::thread::sleep(Duration::from_millis(20));
    }
    for i in 0..30u8 {
        assert_eq!(echo_once(addr, &[i; 8]).unwrap(), [i; 8]);
    }
    // The pool hears its set-up at its next tick (50 ms) and ends the adoption then.
    std::thread::sleep(Duration::from_secs(1));
    server.signal("TERM");
    assert_eq!(server.wait(Duration::from_secs(10)).code(), Some(0));
    // One adoption for the whole time it was down, however many restarts failed, ended
    // once it served again.
    let log = server.log();
    assert_eq!(log.matches("while it is down").count(), 1, "{log}");
    assert_eq!(
        log.matches("its connections are its own again").count(),
        1,
        "{log}"
    );
}

#[test]
fn with_the_epoll_backend_no_ring_is_made_not_even_for_the_admin_endpoint() {
    // `PERCORE_BACKEND` (inherited by the server) overrides the configuration's backend.
    if std::env::var("PERCORE_BACKEND").is_ok_and(|b| b.trim() != "epoll") {
        return;
    }
    let server = Server::start(
        "epoll-admin",
        &config(&format!("backend = \"epoll\"\n{ADMIN}")),
        &[],
    );
    assert_eq!(echo_once(server.addr, b"epoll").unwrap(), b"epoll");
    assert!(
        server.metric("percore_generation ").is_some(),
        "the admin serves"
    );
    let rings = std::fs::read_dir(format!("/proc/{}/fd", server.child.id()))
        .unwrap()
        .filter_map(|e| std::fs::read_link(e.ok()?.path()).ok())
        .filter(|link| link.to_string_lossy().contains("io_uring"))
        .count();
    assert_eq!(rings, 0, "io_uring instances open");
}

/// A socket to pass as `NOTIFY_SOCKET`, and its path; reads wait up to 10 s.
fn notify_socket(name: &str) -> (std::path::PathBuf, UnixDatagram) {
    let path = std::env::temp_dir().join(format!("percore-notify-{name}-{}", std::process::id()));
    let _ = std::fs::remove_file(&path);
    let sock = UnixDatagram::bind(&path).unwrap();
    sock.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    (path, sock)
}

#[test]
fn sd_notify_says_ready_and_stopping() {
    let (path, sock) = notify_socket("test");
    let mut server = Server::start(
        "notify",
        &config(""),
        &[("NOTIFY_SOCKET", path.to_str().unwrap())],
    );
    let mut buf = [0u8; 512];
    let n = sock.recv(&mut buf).unwrap();
    let ready = String::from_utf8_lossy(&buf[..n]).to_string();
    assert!(
        ready.starts_with("READY=1\nSTATUS=2 workers on 127.0.0.1:"),
        "{ready}"
    );
    server.signal("HUP");
    let n = sock.recv(&mut buf).unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("RELOADING=1\nMONOTONIC_USEC="));
    let n = sock.recv(&mut buf).unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("READY=1"));
    server.signal("TERM");
    let n = sock.recv(&mut buf).unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("STOPPING=1"));
    assert_eq!(server.wait(Duration::from_secs(10)).code(), Some(0));
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn sd_notify_says_ready_once_a_reload_is_done_and_never_after_stopping() {
    let (path, sock) = notify_socket("held");
    let trigger = setup_trigger("notify-held");
    let hold = hold_file("notify-held");
    // Drain time long enough that no step below is cut short by it on a slow machine.
    let mut server = Server::start(
        "notify-held",
        &config_with_grace("60s", ADMIN),
        &[
            ("NOTIFY_SOCKET", path.to_str().unwrap()),
            ("SUPERVISED_ECHO_FAIL_SETUP_IF", trigger.to_str().unwrap()),
            ("SUPERVISED_ECHO_HOLD_WHILE", hold.to_str().unwrap()),
        ],
    );
    let mut buf = [0u8; 512];
    let mut next = || {
        let n = sock.recv(&mut buf).unwrap();
        String::from_utf8_lossy(&buf[..n]).to_string()
    };
    assert!(next().starts_with("READY=1"));
    // A worker of generation 1 held in a blocking call: the reload waits for it.
    let held = hold_a_worker(server.addr);
    server.signal("HUP");
    assert!(next().starts_with("RELOADING=1"));
    wait_for_metric(&server, "percore_generation ", 2.0, "no new generation");
    // A reload that fails meanwhile says so without READY=1: the first is not done.
    std::fs::write(&trigger, "").unwrap();
    server.signal("HUP");
    let second = next();
    assert!(second.starts_with("RELOADING=1"), "{second}");
    let failed = next();
    assert!(failed.starts_with("STATUS=reload failed"), "{failed}");
    std::fs::remove_file(&trigger).unwrap();
    // So does an invalid configuration (RELOADING=1 first, as every reload).
    let valid = std::fs::read_to_string(&server.config).unwrap();
    server.rewrite("workers = \"many\"\n");
    server.signal("HUP");
    assert!(next().starts_with("RELOADING=1"));
    let refused = next();
    assert!(refused.starts_with("STATUS=reload refused"), "{refused}");
    server.rewrite(&valid);
    std::fs::remove_file(&hold).unwrap();
    let done = next();
    assert!(done.starts_with("READY=1\nSTATUS=2 workers on"), "{done}");
    assert!(done.contains("(generation 2)"), "{done}");
    // The last reload that came to nothing meanwhile stays in the status.
    assert!(
        done.contains("(a later reload: reload refused: invalid configuration)"),
        "{done}"
    );
    drop(held);
    // A stop while a reload waits: STOPPING=1, and no READY=1 after it.
    std::fs::write(&hold, "").unwrap();
    let held = hold_a_worker(server.addr);
    server.signal("HUP");
    assert!(next().starts_with("RELOADING=1"));
    server.signal("TERM");
    assert!(next().starts_with("STOPPING=1"));
    std::fs::remove_file(&hold).unwrap();
    drop(held);
    assert_eq!(server.wait(Duration::from_secs(15)).code(), Some(0));
    // The process has ended: everything it said is queued already.
    sock.set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    while let Ok(n) = sock.recv(&mut buf) {
        let said = String::from_utf8_lossy(&buf[..n]);
        assert!(!said.starts_with("READY=1"), "after STOPPING=1: {said}");
    }
    std::fs::remove_file(&path).unwrap();
}

#[test]
fn a_log_that_can_no_longer_be_written_loses_its_lines_not_the_process() {
    let mut server = Server::start("log-gone", &config(""), &[]);
    // The log's reader is gone: every line the process writes now fails (EPIPE).
    server.close_stderr();
    for _ in 0..2 {
        server.signal("USR1");
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(
        echo_once(server.addr, b"still here").unwrap(),
        b"still here"
    );
    server.signal("HUP");
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(echo_once(server.addr, b"reloaded").unwrap(), b"reloaded");
    server.signal("TERM");
    assert_eq!(server.wait(Duration::from_secs(10)).code(), Some(0));
}

#[test]
fn sigusr1_logs_every_workers_counters() {
    let mut server = Server::start("usr1", &config(""), &[]);
    echo_once(server.addr, b"count me").unwrap();
    std::thread::sleep(Duration::from_millis(50));
    server.signal("USR1");
    std::thread::sleep(Duration::from_millis(200));
    server.signal("TERM");
    server.wait(Duration::from_secs(10));
    let log = server.log();
    let stats: Vec<_> = log
        .lines()
        .filter(|l| l.contains(" stats ") || l.ends_with("stats"))
        .collect();
    assert_eq!(stats.len(), 2, "one line per worker:\n{log}");
    assert!(
        stats.iter().any(|l| l.contains("connections_accepted=1")),
        "{log}"
    );
}

/// Starts the app logging to a file of its own, then does what logrotate does: moves the file
/// away, runs `after_move` (given the log's path), signals SIGUSR1, and stops the app. Returns
/// the log's path, the moved file's, and what the log held before the move.
fn rotated_log(
    name: &str,
    after_move: impl FnOnce(&std::path::Path),
) -> (std::path::PathBuf, std::path::PathBuf, String) {
    let log = std::env::temp_dir().join(format!("percore-{name}-{}.log", std::process::id()));
    let rotated = log.with_extension("log.1");
    let _ = std::fs::remove_dir(&log);
    let _ = std::fs::remove_file(&log);
    let _ = std::fs::remove_file(&rotated);
    let mut server = Server::start(
        name,
        &config(&format!("[log]\nfile = \"{}\"\n", log.display())),
        &[],
    );
    std::thread::sleep(Duration::from_millis(100));
    let before = std::fs::read_to_string(&log).unwrap();
    std::fs::rename(&log, &rotated).unwrap();
    after_move(&log);
    server.signal("USR1");
    std::thread::sleep(Duration::from_millis(200));
    server.signal("TERM");
    server.wait(Duration::from_secs(10));
    (log, rotated, before)
}

#[test]
fn sigusr1_reopens_the_log_file() {
    let (log, rotated, before) = rotated_log("reopen", |_| {});
    assert!(before.contains("ready: 2 workers"), "{before}");
    let fresh = std::fs::read_to_string(&log).expect("a new log file after SIGUSR1");
    assert!(
        fresh.contains("stopped"),
        "later lines go to the new file:\n{fresh}"
    );
    let old = std::fs::read_to_string(&rotated).unwrap();
    assert!(
        !old.contains("stopped"),
        "nothing more is written to the moved file"
    );
    let _ = std::fs::remove_file(&log);
    let _ = std::fs::remove_file(&rotated);
}

/// A log file that cannot be reopened after a rotation (here a directory took its name) is
/// said in the file still open, naming the path, and lines go on there: none is lost.
#[test]
fn a_log_file_that_cannot_be_reopened_is_said_and_logging_goes_on() {
    let (log, rotated, _) = rotated_log("noreopen", |log| std::fs::create_dir(log).unwrap());
    let old = std::fs::read_to_string(&rotated).unwrap();
    let said = format!("cannot reopen the log file {}", log.display());
    assert!(old.contains(&said), "the failure, naming the file:\n{old}");
    assert!(old.contains("stopped"), "later lines are lost:\n{old}");
    let _ = std::fs::remove_dir(&log);
    let _ = std::fs::remove_file(&rotated);
}

#[test]
fn tls_addresses_are_refused_for_an_app_that_serves_no_tls() {
    // supervised_echo accepts with `serve` (plaintext only) and does not call serves_tls.
    let out = std::process::Command::new(app())
        .args([
            "--check-config",
            "--tls-listen",
            "127.0.0.1:0",
            "--tls-cert",
            "c.pem",
            "--tls-key",
            "k.pem",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("tls.listen") && err.contains("serves no TLS"),
        "{err}"
    );
}

#[test]
fn check_config_opens_the_log_file_and_names_its_line() {
    let dir = std::env::temp_dir().join(format!("percore-logcheck-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let path = percore_testkit::config_path("log-file-check");
    let check = |file: &std::path::Path| {
        std::fs::write(
            &path,
            format!(
                "workers = 1\n\n[log]\nfile = {:?}\n",
                file.display().to_string()
            ),
        )
        .unwrap();
        let args = [std::path::Path::new("--check-config"), "-c".as_ref(), &path];
        run_app(&args, &[], Duration::from_secs(10))
    };
    // Its directory exists, but it cannot be opened to append (a directory itself; root
    // passes permission checks, so a mode would not show it here).
    let out = check(&dir);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(":4:") && err.contains("log.file") && err.contains("cannot open"),
        "{err}"
    );
    // A missing file passes and is not created (by root, it would be root's); an existing
    // one passes.
    let fine = dir.join("percore.log");
    for exists in [false, true] {
        let out = check(&fine);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(fine.exists(), exists, "created by --check-config");
        std::fs::write(&fine, "").unwrap();
    }
    // A FIFO nobody reads is not opened (a write-only open would wait for a reader).
    let fifo = dir.join("percore.fifo");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    assert!(check(&fifo).status.success());
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::remove_file(&path);
}

#[test]
fn the_admin_endpoint_serves_a_bounded_number_of_connections() {
    let server = Server::start("admin-bound", &config(ADMIN), &[]);
    let admin = server.admin.unwrap();
    let probe = || {
        let mut s = TcpStream::connect(admin).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
        s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            .unwrap();
        let mut reply = String::new();
        let _ = s.read_to_string(&mut reply);
        reply
    };
    // Clients that connect and send nothing hold the 64 connections served at once.
    let mut held: Vec<_> = (0..64)
        .map(|_| TcpStream::connect(admin).unwrap())
        .collect();
    std::thread::sleep(Duration::from_millis(200));
    // A probe past them is answered all the same: the oldest of them gives way.
    for _ in 0..3 {
        let reply = probe();
        assert!(
            reply.starts_with("HTTP/1.1 200 ") && reply.ends_with("\r\n\r\nok\n"),
            "{reply:?}"
        );
    }
    // The oldest idle one made room for the first probe; each probe's own connection, done
    // with, made room for the next.
    let mut got = [0u8; 1];
    held[0]
        .set_read_timeout(Some(Duration::from_secs(3)))
        .unwrap();
    assert_eq!(
        held[0].read(&mut got).unwrap(),
        0,
        "the oldest idle one is held"
    );
    for (i, s) in held.iter_mut().enumerate().skip(1) {
        s.set_read_timeout(Some(Duration::from_millis(10))).unwrap();
        assert!(
            s.read(&mut got).is_err(),
            "idle connection {i} was closed too"
        );
    }
}

/// The accept backlogs of the sockets listening on `port`, as `ss` reports them (a listening
/// socket's Send-Q).
fn backlogs(port: u16) -> Vec<u32> {
    let out = std::process::Command::new("ss")
        .args(["-ltnH", &format!("sport = :{port}")])
        .output()
        .expect("ss (iproute2) runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().nth(2)?.parse().ok())
        .collect()
}

#[test]
fn a_failed_reload_leaves_the_running_sockets_as_they_were() {
    let with = |workers: u32, backlog: u32| {
        config(&format!("backlog = {backlog}\n{ADMIN}"))
            .replace("workers = 2", &format!("workers = {workers}"))
    };
    let (server, trigger) = start_with_trigger("failed-reload-options", &with(1, 100));
    let port = server.addr.port();
    assert_eq!(backlogs(port), [100]);
    // The next generation, with a second worker, fails to set up: the socket it shares with
    // the running one keeps its options, and the second worker's socket never listened (the
    // kernel would have sent it connections, reset when it closed).
    std::fs::write(&trigger, "slow").unwrap();
    server.rewrite(&with(2, 200));
    server.signal("HUP");
    // While the new generation sets up (a second), and after it failed.
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        backlogs(port),
        [100],
        "a socket of the reload listened early"
    );
    wait_for_refusal(&server);
    assert_eq!(
        backlogs(port),
        [100],
        "a refused reload changed the running sockets"
    );
    // It starts: now they take the new backlog.
    std::fs::remove_file(&trigger).unwrap();
    server.signal("HUP");
    wait_for_metric(&server, "percore_reloads_total", 1.0, "no reload");
    assert_eq!(backlogs(port), [200, 200]);
    assert_eq!(
        echo_once(server.addr, b"still here").unwrap(),
        b"still here"
    );
}

/// The app started with `config` and the set-up trigger file [`setup_trigger`] names (absent
/// until the test writes it); the server and the trigger's path.
fn start_with_trigger(name: &str, config: &str) -> (percore_testkit::Server, std::path::PathBuf) {
    let trigger = setup_trigger(name);
    let server = Server::start(
        name,
        config,
        &[("SUPERVISED_ECHO_FAIL_SETUP_IF", trigger.to_str().unwrap())],
    );
    (server, trigger)
}

/// A file whose existence makes the example's workers fail to set up (none yet).
fn setup_trigger(name: &str) -> std::path::PathBuf {
    let path =
        std::env::temp_dir().join(format!("percore-fail-setup-{name}-{}", std::process::id()));
    let _ = std::fs::remove_file(&path);
    path
}

/// Waits up to 10 s for `server`'s metric `name` to read `value`; panics saying `what`.
fn wait_for_metric(server: &percore_testkit::Server, name: &str, value: f64, what: &str) {
    let start = Instant::now();
    while server.metric(name) != Some(value) {
        assert!(start.elapsed() < Duration::from_secs(10), "{what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Waits for `server`'s first reload to be refused.
fn wait_for_refusal(server: &percore_testkit::Server) {
    wait_for_metric(
        server,
        "percore_failed_reloads_total",
        1.0,
        "the reload was not refused",
    );
}

#[test]
fn a_worker_stuck_in_a_blocking_call_does_not_hold_the_stop_forever() {
    let mut server = Server::start("stuck", &config_with_grace("1s", ""), &[]);
    let mut s = TcpStream::connect(server.addr).unwrap();
    s.write_all(b"block").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let start = Instant::now();
    server.signal("TERM");
    // The drain's second, then five for the stopped workers to end: then the process exits
    // without the stuck one.
    let status = server.wait(Duration::from_secs(15));
    assert!(
        start.elapsed() < Duration::from_secs(12),
        "{:?}",
        start.elapsed()
    );
    assert_eq!(status.code(), Some(1));
    let log = server.log();
    assert!(log.contains("did not stop within"), "{log}");
}

/// Makes every worker of `server` panic (a connection saying `panic`, until `/ready` says
/// 503 within `limit`): their restarts then set up as the example's trigger file says.
fn bring_every_worker_down(server: &percore_testkit::Server, limit: Duration) {
    let start = Instant::now();
    loop {
        if let Ok(mut s) = TcpStream::connect(server.addr) {
            let _ = s.write_all(b"panic");
        }
        let (status, _) = server.admin_get("/ready");
        if status.contains("503") {
            return;
        }
        assert!(start.elapsed() < limit, "/ready: {status}, not 503");
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Asks `/ready` every 20 ms for `span`: it must say `want` each time.
fn assert_ready_stays(server: &percore_testkit::Server, want: &str, span: Duration) {
    let start = Instant::now();
    while start.elapsed() < span {
        let (status, _) = server.admin_get("/ready");
        assert!(
            status.contains(want),
            "/ready: {status}, not {want}, {:?} in",
            start.elapsed()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Waits up to `limit` for `/ready` to say 200.
fn wait_until_ready(server: &percore_testkit::Server, limit: Duration) {
    let start = Instant::now();
    loop {
        let (status, _) = server.admin_get("/ready");
        if status.contains("200") {
            return;
        }
        assert!(start.elapsed() < limit, "/ready: {status}, not 200");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn ready_says_no_while_every_worker_is_down() {
    let (server, trigger) = start_with_trigger("all-down", &config(ADMIN));
    assert!(server.admin_get("/ready").0.contains("200"));
    // Both workers panic, and their restarts fail while the file exists, each after setting
    // up for a second.
    std::fs::write(&trigger, "slow").unwrap();
    bring_every_worker_down(&server, Duration::from_secs(10));
    // A restarted worker serves once its app is set up, not when its thread starts: through
    // restarts (0.1 to 0.8 s apart at first, each setting up for a second) /ready stays 503.
    assert_ready_stays(&server, "503", Duration::from_secs(3));
    // The next restarts succeed (after their backoff, which failures have grown): ready
    // again.
    std::fs::remove_file(&trigger).unwrap();
    wait_until_ready(&server, Duration::from_secs(30));
}

#[test]
fn a_restarted_worker_not_set_up_within_start_timeout_is_stopped_and_restarted() {
    let (mut server, trigger) = start_with_trigger(
        "restart-stalls",
        &config(&format!("start_timeout = \"2s\"\n{ADMIN}")),
    );
    // Both workers panic, and their restarts would take an hour to set up.
    std::fs::write(&trigger, "stall").unwrap();
    bring_every_worker_down(&server, Duration::from_secs(10));
    assert_ready_stays(&server, "503", Duration::from_millis(1500));
    // Each stalled restart is stopped after two seconds, and started again.
    let start = Instant::now();
    while server.metric("percore_restarts_total").unwrap_or(0.0) < 4.0 {
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "stalled restarts are not restarted: {:?}",
            server.metric("percore_restarts_total")
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    std::fs::remove_file(&trigger).unwrap();
    wait_until_ready(&server, Duration::from_secs(30));
    server.signal("TERM");
    server.wait(Duration::from_secs(10));
    let log = server.log();
    assert!(
        log.contains("not set up within start_timeout (2s) of its restart; stopping it"),
        "{log}"
    );
}

/// Clients making one echo connection after another, each checked, until finished.
struct EchoLoop {
    stop: Arc<AtomicBool>,
    threads: Vec<std::thread::JoinHandle<(u64, Vec<String>)>>,
}

impl EchoLoop {
    fn start(addr: std::net::SocketAddr, clients: usize) -> EchoLoop {
        let stop = Arc::new(AtomicBool::new(false));
        let threads = (0..clients)
            .map(|t| {
                let stop = stop.clone();
                std::thread::spawn(move || {
                    let (mut made, mut failed) = (0u64, Vec::new());
                    while !stop.load(Ordering::Relaxed) {
                        let msg = format!("request {t}-{made}");
                        match echo_once(addr, msg.as_bytes()) {
                            Ok(reply) if reply == msg.as_bytes() => {}
                            Ok(reply) => failed.push(format!("wrong reply {reply:?} to {msg}")),
                            Err(e) => failed.push(format!("{msg}: {e}")),
                        }
                        made += 1;
                    }
                    (made, failed)
                })
            })
            .collect();
        EchoLoop { stop, threads }
    }

    /// Stops the clients; asserts none failed during `what`; the connections made.
    fn finish(self, what: &str) -> u64 {
        self.stop.store(true, Ordering::Relaxed);
        let (mut made, mut failed) = (0, Vec::new());
        for t in self.threads {
            let (m, f) = t.join().unwrap();
            made += m;
            failed.extend(f);
        }
        println!("{what}: {made} connections made, {} failed", failed.len());
        assert!(
            failed.is_empty(),
            "{what}: {} of {made} failed: {:?}",
            failed.len(),
            &failed[..failed.len().min(5)]
        );
        made
    }
}

/// The first generation still runs and answers.
fn assert_the_first_generation_serves(server: &percore_testkit::Server) {
    for i in 0..20u8 {
        assert_eq!(echo_once(server.addr, &[i; 10]).unwrap(), [i; 10]);
    }
    assert_eq!(server.metric("percore_generation "), Some(1.0));
}

/// The seconds of the day a log line was written at (its RFC 3339 time stamp).
fn logged_at(line: &str) -> f64 {
    let time = &line[11..26];
    let part = |r: std::ops::Range<usize>| time[r].parse::<f64>().unwrap();
    part(0..2) * 3600.0 + part(3..5) * 60.0 + part(6..15)
}

/// The old generation's drain time runs from when the new one has started, not from the
/// SIGHUP: a reload whose apps take 1.5 s to set up leaves the old generation its whole
/// second after that.
#[test]
fn a_slow_reload_leaves_the_old_generation_its_whole_drain_time() {
    let trigger = setup_trigger("slow-reload");
    let hold = hold_file("slow-reload");
    let mut server = Server::start(
        "slow-reload",
        &config_with_grace("1s", ADMIN),
        &[
            ("SUPERVISED_ECHO_FAIL_SETUP_IF", trigger.to_str().unwrap()),
            ("SUPERVISED_ECHO_HOLD_WHILE", hold.to_str().unwrap()),
        ],
    );
    // A worker of the first generation held in a blocking call: that generation ends only at
    // its drain time.
    let held = hold_a_worker(server.addr);
    std::fs::write(&trigger, "delay").unwrap();
    let since_midnight = |t: std::time::SystemTime| {
        let d = t.duration_since(std::time::UNIX_EPOCH).unwrap();
        (d.as_secs() % 86_400) as f64 + f64::from(d.subsec_micros()) / 1e6
    };
    let hup = since_midnight(std::time::SystemTime::now());
    server.signal("HUP");
    wait_for_metric(&server, "percore_reloads_total", 1.0, "no reload");
    std::fs::remove_file(&hold).unwrap();
    drop(held);
    server.signal("TERM");
    server.wait(Duration::from_secs(10));
    let log = server.log();
    let up = log
        .lines()
        .find(|l| l.contains("drain time is up"))
        .unwrap_or_else(|| panic!("{log}"));
    // The new apps' 1.5 s set-up, then the old generation's second (with the clock read at
    // the signal, it was up as soon as the start returned, 1.5 s after it).
    // (Seconds of the day: a run across midnight wraps.)
    let after_hup = (logged_at(up) - hup).rem_euclid(86_400.0);
    assert!(
        after_hup >= 2.3,
        "the old generation's drain ended {after_hup:.3} s after the SIGHUP: {log}"
    );
}

/// A worker of a draining generation that panics is told in the log, though not restarted.
#[test]
fn a_worker_that_panics_while_draining_is_told() {
    let mut server = Server::start("panic-draining", &config(ADMIN), &[]);
    let mut old = TcpStream::connect(server.addr).unwrap();
    old.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    old.write_all(b"x").unwrap();
    let mut got = [0u8; 1];
    old.read_exact(&mut got).unwrap();
    server.signal("HUP");
    wait_for_metric(&server, "percore_reloads_total", 1.0, "no reload");
    old.write_all(b"panic").unwrap();
    // The worker panics and its generation ends: the connection closes.
    let mut rest = Vec::new();
    let _ = old.read_to_end(&mut rest);
    std::thread::sleep(Duration::from_millis(200));
    server.signal("TERM");
    server.wait(Duration::from_secs(10));
    let log = server.log();
    assert!(
        log.contains("(generation 1 drains: not restarted)"),
        "{log}"
    );
}

/// A worker of a draining generation stuck in a blocking call past its drain time is told to
/// stop once, and left behind once (not warned about at every tick).
#[test]
fn a_stuck_worker_of_an_old_generation_is_told_about_once() {
    let mut server = Server::start("stuck-old", &config_with_grace("1s", ADMIN), &[]);
    let mut s = TcpStream::connect(server.addr).unwrap();
    s.write_all(b"block").unwrap();
    std::thread::sleep(Duration::from_millis(200));
    server.signal("HUP");
    wait_for_metric(&server, "percore_reloads_total", 1.0, "no reload");
    // Its second, then five to end after the stop. (No new connection is made here: the
    // stuck worker's ring keeps its accept on the shared socket armed, and may take one.)
    std::thread::sleep(Duration::from_millis(7000));
    server.signal("TERM");
    let status = server.wait(Duration::from_secs(15));
    let log = server.log();
    assert_eq!(log.matches("drain time is up").count(), 1, "{log}");
    assert_eq!(log.matches("left behind").count(), 1, "{log}");
    // Still stuck at the end: the exit says so.
    assert_eq!(status.code(), Some(1), "{log}");
    assert!(log.contains("still stuck in a blocking call"), "{log}");
    assert_eq!(
        log.matches("generation 1: retired without").count(),
        1,
        "{log}"
    );
}

/// Starts the app under `sh` with the open-file limits `ulimit` sets and `lines` in its
/// configuration, and waits for its address.
fn start_with_ulimit(name: &str, ulimit: &str, lines: &str) -> std::process::Child {
    let path = percore_testkit::config_path(name);
    std::fs::write(&path, config(lines)).unwrap();
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit {ulimit} && exec \"$0\" -c \"$1\""))
        .arg(app())
        .arg(&path)
        .env("RUST_LOG", "info")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let listening = std::io::BufRead::lines(stdout)
        .map_while(Result::ok)
        .any(|l| l.starts_with("listening on "));
    assert!(listening, "the app did not start");
    child
}

/// [`start_with_ulimit`], then the soft and hard limits and the log after a TERM.
fn limits_after_start(name: &str, ulimit: &str, max_connections: u32) -> (u64, u64, String) {
    let child = start_with_ulimit(
        name,
        ulimit,
        &format!("max_connections = {max_connections}"),
    );
    let (soft, hard) = open_files(child.id());
    signal_pid(child.id(), "TERM");
    let out = output_within(child, Duration::from_secs(10));
    assert!(out.status.success());
    (
        soft,
        hard,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_open_file_limit_is_raised_to_what_the_connections_take_or_its_lack_is_said() {
    // 2 workers of 1,000 connections: 2,000 descriptors, a backlog's worth accepted past the
    // limit (1,024) and the workers' own (512) each, 64 more for the process.
    let wanted = 2 * (1000 + 1024 + 512) + 64;
    let (soft, hard, log) = limits_after_start("nofile-raised", "-Sn 300", 1000);
    assert_eq!(soft, hard.min(wanted), "{log}");
    assert_eq!(
        log.contains("open-file limit"),
        hard < wanted,
        "a warning only when the hard limit is short:\n{log}"
    );
    // A hard limit below it: said, naming both limits, and the server still runs.
    let (soft, hard, log) = limits_after_start("nofile-short", "-n 300", 1000);
    assert_eq!((soft, hard), (300, 300));
    assert!(
        log.contains("open-file limit (300, hard limit 300) is below the 5136 descriptors"),
        "{log}"
    );
}

/// Starts the app (2 workers of 100 connections, a backlog of 16) under `ulimit`, reloads it
/// and waits for its soft open-file limit to be `after`; returns the soft limit before the
/// reload and the log.
fn limits_over_a_reload(name: &str, ulimit: &str, after: u64) -> (u64, String) {
    let child = start_with_ulimit(name, ulimit, "max_connections = 100\nbacklog = 16");
    let (before, _) = open_files(child.id());
    signal_pid(child.id(), "HUP");
    let until = Instant::now() + Duration::from_secs(10);
    loop {
        let now = open_files(child.id());
        if now.0 == after {
            break;
        }
        assert!(Instant::now() < until, "{now:?}, not {after}");
        std::thread::sleep(Duration::from_millis(20));
    }
    signal_pid(child.id(), "TERM");
    let out = output_within(child, Duration::from_secs(10));
    assert!(out.status.success());
    (before, String::from_utf8_lossy(&out.stderr).into_owned())
}

/// A reload runs the new generation beside the one draining: the limit is raised for both,
/// and a hard limit that takes the new workers but not both is raised to, not warned of.
#[test]
fn a_reload_raises_the_open_file_limit_for_both_generations() {
    // 2 workers of 100 connections, a backlog of 16 and 512 of their own each.
    let one = 2 * (100 + 16 + 512);
    let (_, hard) = open_files(std::process::id());
    if hard < 2 * one + 64 {
        eprintln!(
            "not run: the hard limit ({hard}) is below two generations' {}",
            2 * one + 64
        );
        return;
    }
    let (before, log) = limits_over_a_reload("nofile-reload", "-Sn 300", 2 * one + 64);
    assert_eq!(before, one + 64);
    assert!(!log.contains("open-file limit ("), "{log}");
    let short = "-Sn 300 && ulimit -Hn 2000";
    let (before, log) = limits_over_a_reload("nofile-reload-short", short, 2000);
    assert_eq!(before, one + 64);
    assert!(!log.contains("open-file limit ("), "warned:\n{log}");
}

/// A shortfall of the open-file limit is said once, not at every reload, and again when it
/// comes back after a configuration that fit.
#[test]
fn an_open_file_shortfall_is_said_once_and_again_after_a_fit() {
    // 2 workers, a backlog of 16 and 512 of their own each: 1,320 with 100 connections each,
    // 1,140 with 10, under a hard limit of 1,200.
    let short = "max_connections = 100\nbacklog = 16";
    let mut child = start_with_ulimit("nofile-said", "-n 1200", short);
    let path = percore_testkit::config_path("nofile-said");
    // The log, read as it comes: each reload is waited for (one signalled before the last
    // was done would be merged with the next, and read the file written for that one).
    let (done, reloads) = std::sync::mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut log = String::new();
        for line in std::io::BufRead::lines(std::io::BufReader::new(stderr)).map_while(Result::ok) {
            if line.contains("reloaded: ") {
                let _ = done.send(());
            }
            log.push_str(&line);
            log.push('\n');
        }
        log
    });
    let reload = |lines: &str| {
        std::fs::write(&path, config(lines)).unwrap();
        signal_pid(child.id(), "HUP");
        reloads
            .recv_timeout(Duration::from_secs(10))
            .expect("the reload is done");
    };
    reload(short);
    reload("max_connections = 10\nbacklog = 16");
    reload(short);
    signal_pid(child.id(), "TERM");
    assert!(child.wait().unwrap().success());
    let log = reader.join().unwrap();
    assert_eq!(
        log.matches("is below the 1320 descriptors").count(),
        2,
        "at start, not at the reload that changed nothing, again after the fit:\n{log}"
    );
}

#[test]
fn with_a_json_log_a_panic_is_a_json_line_too() {
    let mut server = Server::start("panic-json", &config("[log]\nformat = \"json\""), &[]);
    let mut s = TcpStream::connect(server.addr).unwrap();
    s.write_all(b"panic").unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut byte = [0u8; 1];
    let _ = s.read(&mut byte);
    // The restarted worker serves again before the stop.
    std::thread::sleep(Duration::from_millis(300));
    server.signal("TERM");
    assert!(server.wait(Duration::from_secs(10)).success());
    let log = server.log();
    let panic_line = log
        .lines()
        .find(|l| l.contains("\"target\":\"panic\""))
        .unwrap_or_else(|| panic!("no panic line:\n{log}"));
    assert!(
        panic_line.contains("panicked at ") && panic_line.contains(".rs:"),
        "the panic's place: {panic_line}"
    );
    for line in log.lines() {
        assert!(
            line.starts_with('{') && line.ends_with('}'),
            "a line that is not JSON:\n{line}\nin\n{log}"
        );
    }
}
