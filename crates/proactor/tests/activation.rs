//! Sockets passed by a service manager (`LISTEN_FDS`) have one owner per process: a second
//! call of `systemd_listeners` must not hand the same fds out again (two owners would close
//! them twice, the second time closing whatever took the number meanwhile).
//!
//! The test runs itself again as a child with a listening socket at fd 3, as systemd does.

use std::net::TcpListener;
use std::os::fd::AsRawFd;
use std::os::unix::process::CommandExt;
use std::process::Command;

use percore_proactor::net::systemd_listeners;

const CHILD: &str = "PERCORE_ACTIVATION_CHILD";

#[test]
fn the_passed_sockets_are_taken_once() {
    if std::env::var_os(CHILD).is_some() {
        return child();
    }
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let fd = listener.as_raw_fd();
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("LISTEN_PID=$$ LISTEN_FDS=1 exec \"$0\" --exact the_passed_sockets_are_taken_once --nocapture --test-threads=1")
        .arg(std::env::current_exe().unwrap())
        .env(CHILD, "1");
    // SAFETY: between fork and exec the closure only calls dup2 and fcntl, which are
    // async-signal-safe, on an fd that stays open in the parent for the child's whole run.
    unsafe {
        cmd.pre_exec(move || {
            // dup2(3, 3) does nothing, not even clear close-on-exec: clear it explicitly.
            if libc::dup2(fd, 3) < 0 || libc::fcntl(3, libc::F_SETFD, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && text.contains("child: ok"),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn child() {
    let first = systemd_listeners()
        .expect("the first call takes the sockets")
        .expect("socket-activated");
    assert_eq!(first.len(), 1);
    let again = systemd_listeners();
    let err = again.expect_err("a second call must not hand the same fds out again");
    assert_eq!(err.kind(), std::io::ErrorKind::AlreadyExists, "{err}");
    // The first owner's socket is still whole.
    assert!(first[0].local_addr().is_ok());
    println!("child: ok");
}
