//! systemd socket activation, done as systemd does it: a listening socket passed as fd 3 with
//! `LISTEN_FDS=1` and `LISTEN_PID` naming the app's process.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::fd::AsRawFd;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::Duration;

use percore_testkit::{config_path, echo_once};

fn example() -> std::path::PathBuf {
    percore_testkit::example("supervised_echo")
}

#[test]
fn the_passed_socket_is_used_and_its_queue_served() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    // A connection that waits in the socket's queue before the app exists.
    let mut early = TcpStream::connect(addr).unwrap();
    early.write_all(b"early").unwrap();
    let config = config_path("activation");
    // The file names another port: the passed socket wins.
    std::fs::write(
        &config,
        "workers = 2\npin = \"best-effort\"\nlisten = [\"127.0.0.1:1\"]\nbacklog = 333\n",
    )
    .unwrap();
    let fd = listener.as_raw_fd();
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg("LISTEN_PID=$$ LISTEN_FDS=1 exec \"$0\" -c \"$1\"")
        .arg(example())
        .arg(&config)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: between fork and exec the closure only calls dup2 and fcntl, which are
    // async-signal-safe, on an fd that stays open in the parent for the child's whole start.
    unsafe {
        cmd.pre_exec(move || {
            // dup2(3, 3) does nothing, not even clear close-on-exec: clear it explicitly.
            if libc::dup2(fd, 3) < 0 || libc::fcntl(3, libc::F_SETFD, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let mut child = cmd.spawn().unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    if line.is_empty() {
        let mut err = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut err)
            .unwrap();
        panic!("the app printed nothing:\n{err}");
    }
    assert_eq!(
        line.trim(),
        format!("listening on {addr}"),
        "the passed socket's address"
    );
    // The passed socket takes the configured options (its backlog, as ss reads it).
    let ss = Command::new("ss")
        .args(["-ltnH", &format!("sport = :{}", addr.port())])
        .output()
        .expect("ss (iproute2) runs");
    let backlogs: Vec<String> = String::from_utf8_lossy(&ss.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().nth(2).map(str::to_string))
        .collect();
    assert_eq!(backlogs, ["333"], "the passed socket's backlog");
    early
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let mut got = [0u8; 5];
    early.read_exact(&mut got).unwrap();
    assert_eq!(&got, b"early");
    for i in 0..20u8 {
        assert_eq!(echo_once(addr, &[i; 8]).unwrap(), [i; 8]);
    }
    drop(early);
    let _ = Command::new("kill")
        .arg("-TERM")
        .arg(child.id().to_string())
        .status();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0));
    drop(listener);
    let _ = std::fs::remove_file(&config);
}

#[test]
fn a_wrong_listen_fds_is_an_error_and_closes_nothing() {
    let config = config_path("activation-bad");
    std::fs::write(
        &config,
        "workers = 1\npin = \"best-effort\"\nlisten = [\"127.0.0.1:0\"]\n",
    )
    .unwrap();
    // LISTEN_FDS names fd 3 but nothing listening is there.
    let out = Command::new("sh")
        .arg("-c")
        .arg("LISTEN_PID=$$ LISTEN_FDS=1 exec \"$0\" -c \"$1\" 3</dev/null")
        .arg(example())
        .arg(&config)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("LISTEN_FDS names fd 3, which is not a listening socket"),
        "{err}"
    );
    let _ = std::fs::remove_file(&config);
}
