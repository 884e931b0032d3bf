//! percore-hello's routes, asked with curl as a user would.

use std::path::PathBuf;
use std::process::Command;

use percore_testkit::Server;

fn binary() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_percore-hello"))
}

/// `curl -s ARGS URL`: (status, body).
fn curl(url: &str, args: &[&str]) -> (u16, Vec<u8>) {
    let out = Command::new("curl")
        .args(["-s", "--max-time", "10", "-w", "\n%{http_code}"])
        .args(args)
        .arg(url)
        .output()
        .expect("curl runs (apt-get install curl)");
    let mut all = out.stdout;
    let split = all.iter().rposition(|&b| b == b'\n').expect("a status");
    let code = String::from_utf8_lossy(&all[split + 1..]).parse().unwrap();
    all.truncate(split);
    (code, all)
}

#[test]
fn every_route_answers_as_documented() {
    let dir = std::env::temp_dir().join(format!("percore-hello-{}", std::process::id()));
    std::fs::create_dir_all(dir.join("css")).unwrap();
    std::fs::write(dir.join("css/site.css"), "body { margin: 0 }\n").unwrap();
    let config = format!(
        "workers = 2\npin = \"best-effort\"\nlisten = [\"127.0.0.1:0\"]\n[hello]\nroot = {:?}\n",
        dir.display().to_string()
    );
    let mut server = Server::start(&binary(), "hello", &config, &[]);
    let base = format!("http://{}", server.addr);
    let at = |path: &str| format!("{base}{path}");

    assert_eq!(
        curl(&at("/plaintext"), &[]),
        (200, b"Hello, World!".to_vec())
    );
    let (code, json) = curl(&at("/json"), &[]);
    assert_eq!(
        (code, json),
        (200, br#"{"message":"Hello, World!"}"#.to_vec())
    );
    let (_, headers) = curl(&at("/json"), &["-o", "/dev/null", "-D", "-"]);
    let headers = String::from_utf8_lossy(&headers).to_ascii_lowercase();
    assert!(
        headers.contains("content-type: application/json"),
        "{headers}"
    );

    let body: Vec<u8> = (0..100_000u32).map(|i| (i % 253) as u8).collect();
    let file = dir.join("upload.bin");
    std::fs::write(&file, &body).unwrap();
    let upload = format!("@{}", file.display());
    let (code, echoed) = curl(&at("/echo"), &["--data-binary", &upload]);
    assert_eq!((code, echoed == body), (200, true));
    // Chunked, with Expect: 100-continue: the 100 comes when the handler reads the body.
    let (code, echoed) = curl(
        &at("/echo"),
        &[
            "-H",
            "Transfer-Encoding: chunked",
            "-H",
            "Expect: 100-continue",
            "--data-binary",
            &upload,
        ],
    );
    assert_eq!((code, echoed == body), (200, true));

    assert_eq!(curl(&at("/users/42"), &[]), (200, b"42".to_vec()));
    assert_eq!(curl(&at("/users/J%C3%BCrgen"), &[]), (200, "Jürgen".into()));
    assert_eq!(
        curl(&at("/static/css/site.css"), &[]),
        (200, b"body { margin: 0 }\n".to_vec())
    );
    let (code, _) = curl(&at("/static/css"), &[]);
    assert_eq!(code, 301);
    assert_eq!(curl(&at("/static/../hello.toml"), &["--path-as-is"]).0, 400);
    assert_eq!(curl(&at("/nope"), &[]).0, 404);
    assert_eq!(curl(&at("/plaintext"), &["-X", "POST"]).0, 405);

    server.signal("TERM");
    assert!(server.wait(std::time::Duration::from_secs(10)).success());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn without_a_root_there_is_no_static_mount() {
    let config = "workers = 1\npin = \"best-effort\"\nlisten = [\"127.0.0.1:0\"]\n";
    let server = Server::start(&binary(), "hello-bare", config, &[]);
    let base = format!("http://{}", server.addr);
    assert_eq!(curl(&format!("{base}/static/x"), &[]).0, 404);
    // With a mount the prefix alone would be redirected to `/static/` (308).
    assert_eq!(curl(&format!("{base}/static"), &[]).0, 404);
    assert_eq!(curl(&format!("{base}/plaintext"), &[]).0, 200);
}

#[test]
fn the_example_configuration_is_valid_and_complete() {
    percore_testkit::check_example_config(&binary(), "hello.toml");
}

#[test]
fn check_config_refuses_a_root_that_is_not_a_directory() {
    let check = |root: &std::path::Path| {
        let out = Command::new(binary())
            .args(["--check-config", "--root"])
            .arg(root)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.code(), err)
    };
    let file = std::env::temp_dir().join(format!("percore-hello-root-{}", std::process::id()));
    std::fs::write(&file, "not a directory").unwrap();
    let missing = file.with_extension("missing");
    for (root, says) in [(&file, "is not a directory"), (&missing, "No such file")] {
        let (code, err) = check(root);
        assert_eq!(code, Some(1), "{err}");
        assert!(err.contains("hello.root") && err.contains(says), "{err}");
    }
    let (code, err) = check(&std::env::temp_dir());
    assert_eq!(code, Some(0), "a directory passes: {err}");
    let _ = std::fs::remove_file(&file);
}

#[test]
fn check_config_refuses_a_relative_root_that_is_the_whole_filesystem() {
    let check = |root: &str| {
        let out = Command::new(binary())
            .args(["--check-config", "--root", root])
            .current_dir("/")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.code(), err)
    };
    // Started in / (as a service manager does), "." would serve every file.
    let (code, err) = check(".");
    assert_eq!(code, Some(1), "{err}");
    assert!(
        err.contains("hello.root") && err.contains("whole filesystem"),
        "{err}"
    );
    // Written as /, it is meant.
    let (code, err) = check("/");
    assert_eq!(code, Some(0), "{err}");
}
