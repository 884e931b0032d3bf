//! Choosing the backend: `auto` falls back to epoll where io_uring is refused (reproduced for
//! real with a seccomp filter, as container runtimes install one), `io_uring` forced but
//! refused is an error, and `PERCORE_BACKEND` overrides the builder.

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::CommandExt;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use percore_proactor::{Backend, BackendChoice, Proactor};

/// The example echo server, built by `cargo test` next to this test binary.
fn echo_example() -> PathBuf {
    let exe = std::env::current_exe().expect("test binary path");
    let profile_dir = exe
        .parent()
        .and_then(|deps| deps.parent())
        .expect("target/<profile>/deps");
    let path = profile_dir.join("examples").join("echo");
    assert!(path.exists(), "{} not built", path.display());
    path
}

/// A seccomp program answering `io_uring_setup` with `errno`, as container runtimes' default
/// profiles do: `EPERM` from Docker's and containerd's, `ENOSYS` from containers-common's
/// (podman, CRI-O).
fn deny_io_uring_filter(errno: i32) -> Vec<libc::sock_filter> {
    common::deny_syscall_filter(libc::SYS_io_uring_setup, errno)
}

/// Starts the example echo server under the filter answering `errno`, with `PERCORE_BACKEND`
/// set to `backend`.
fn spawn_denied(backend: &str, errno: i32) -> Child {
    let filter = deny_io_uring_filter(errno);
    let mut cmd = Command::new(echo_example());
    cmd.arg("0")
        .env("PERCORE_BACKEND", backend)
        .env("RUST_LOG", "info")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: between fork and exec the closure makes only two async-signal-safe system calls
    // (prctl, seccomp) on memory prepared before the fork (`filter`, captured by move), and
    // allocates nothing.
    unsafe {
        cmd.pre_exec(move || {
            let prog = libc::sock_fprog {
                len: filter.len() as u16,
                filter: filter.as_ptr().cast_mut(),
            };
            if libc::prctl(libc::PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            let res = libc::syscall(
                libc::SYS_seccomp,
                libc::SECCOMP_SET_MODE_FILTER,
                0,
                &raw const prog,
            );
            if res != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    cmd.spawn().expect("start the example echo server")
}

fn read_all(mut r: impl Read) -> String {
    let mut s = String::new();
    let _ = r.read_to_string(&mut s);
    s
}

/// A child process killed when the test ends, failed assertions included.
struct KillOnDrop(Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Runs the example echo server under a filter answering `errno`: it must echo on epoll and say
/// once, naming the errno and the seccomp filter, why.
fn falls_back_under(errno: i32, errno_name: &str) {
    let mut child = KillOnDrop(spawn_denied("auto", errno));
    let mut stdout = BufReader::new(child.0.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).expect("read the listen line");
    let addr = line
        .trim()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_string();
    let mut conn = std::net::TcpStream::connect(&addr).expect("connect");
    conn.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let data = common::payload(100_000, 77);
    let mut writer = conn.try_clone().unwrap();
    let sent = data.clone();
    let t = std::thread::spawn(move || writer.write_all(&sent).unwrap());
    let mut got = vec![0u8; data.len()];
    conn.read_exact(&mut got).expect("echo under the filter");
    t.join().unwrap();
    assert!(got == data, "echoed bytes differ");
    child.0.kill().unwrap();
    child.0.wait().unwrap();
    let log = read_all(child.0.stderr.take().unwrap());
    let warning = log
        .lines()
        .find(|l| l.contains("falling back to epoll"))
        .unwrap_or_else(|| panic!("no fallback warning in:\n{log}"));
    for part in [
        errno_name,
        "io_uring_setup",
        "a seccomp filter refuses io_uring",
        "deploy/seccomp-io_uring.json",
    ] {
        assert!(
            warning.contains(part),
            "warning does not say {part:?}: {warning}"
        );
    }
    assert_eq!(
        log.lines().filter(|l| l.contains("falling back")).count(),
        1,
        "one warning line"
    );
    assert!(log.contains("backend=epoll"), "{log}");
}

#[test]
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
fn auto_falls_back_to_epoll_when_seccomp_refuses_io_uring_with_eperm() {
    falls_back_under(libc::EPERM, "EPERM");
}

#[test]
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
fn auto_falls_back_to_epoll_when_seccomp_refuses_io_uring_with_enosys() {
    falls_back_under(libc::ENOSYS, "ENOSYS");
}

#[test]
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
fn forced_io_uring_under_seccomp_is_an_error() {
    let child = spawn_denied("io_uring", libc::EPERM);
    let out = child.wait_with_output().unwrap();
    assert!(!out.status.success(), "must fail, not fall back");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("EPERM") && err.contains("io_uring_setup"),
        "{err}"
    );
    assert!(out.stdout.is_empty(), "it must not start listening");
}

/// Set in the child process of `one_warning_however_many_proactors_fall_back`.
const DENIED_CHILD_ENV: &str = "PERCORE_TEST_DENIED_PROACTORS";

#[test]
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
fn one_warning_however_many_proactors_fall_back() {
    if std::env::var_os(DENIED_CHILD_ENV).is_some() {
        // The child: three workers' proactors (and an admin's) meet the same refusal.
        common::deny_syscall_here(libc::SYS_io_uring_setup, libc::ENOSYS);
        tracing_subscriber::fmt()
            .with_writer(std::io::stderr)
            .with_max_level(tracing::Level::INFO)
            .init();
        let workers: Vec<_> = (0..4)
            .map(|_| {
                std::thread::spawn(|| {
                    let p = Proactor::builder().log_ready(false).build().unwrap();
                    assert_eq!(p.features().backend(), Backend::Epoll);
                    let reason = p.features().fallback_reason().unwrap().to_string();
                    assert!(reason.contains("seccomp filter refuses"), "{reason}");
                })
            })
            .collect();
        for w in workers {
            w.join().unwrap();
        }
        return;
    }
    let err = common::rerun_in_child(
        "one_warning_however_many_proactors_fall_back",
        DENIED_CHILD_ENV,
    );
    assert_eq!(
        err.lines()
            .filter(|l| l.contains("falling back to epoll"))
            .count(),
        1,
        "one warning for the process:\n{err}"
    );
}

#[test]
fn a_bad_backend_name_is_a_clear_error() {
    let out = Command::new(echo_example())
        .arg("0")
        .env("PERCORE_BACKEND", "kqueue")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown backend \"kqueue\""), "{err}");
    assert!(err.contains("PERCORE_BACKEND"), "{err}");
}

#[test]
fn the_builder_choice_is_honoured_unless_the_environment_overrides_it() {
    let env = std::env::var("PERCORE_BACKEND")
        .ok()
        .filter(|v| !v.trim().is_empty());
    let p = Proactor::builder()
        .backend(BackendChoice::Epoll)
        .build()
        .unwrap();
    match env.as_deref().map(|v| v.parse::<BackendChoice>().unwrap()) {
        None | Some(BackendChoice::Auto) | Some(BackendChoice::Epoll) => {
            assert_eq!(p.features().backend(), Backend::Epoll)
        }
        Some(_) => assert_eq!(p.features().backend(), Backend::IoUring),
    }
    for (text, choice) in [
        ("auto", BackendChoice::Auto),
        ("io_uring", BackendChoice::IoUring),
        ("IO-URING", BackendChoice::IoUring),
        ("epoll", BackendChoice::Epoll),
    ] {
        assert_eq!(text.parse::<BackendChoice>().unwrap(), choice);
    }
}
