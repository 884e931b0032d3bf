//! What `deploy/` ships stays true to the server: the Grafana dashboard queries only metrics
//! that `/metrics` exports, and the configurations of the container image and the Kubernetes
//! ConfigMap pass `--check-config`.

mod common;

use std::collections::BTreeSet;
use std::path::PathBuf;
use std::process::Command;

use common::{ADMIN, Site, binary, get};

fn deploy(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../deploy")
        .join(path)
}

/// Every string under the key `key`, anywhere in `value`.
fn strings_under<'a>(value: &'a serde_json::Value, key: &str, out: &mut Vec<&'a str>) {
    match value {
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match v {
                    serde_json::Value::String(s) if k == key => out.push(s),
                    _ => strings_under(v, key, out),
                }
            }
        }
        serde_json::Value::Array(items) => {
            for v in items {
                strings_under(v, key, out);
            }
        }
        _ => {}
    }
}

/// The metric names (`percore_...`) a PromQL expression mentions.
fn metric_names(expr: &str) -> impl Iterator<Item = &str> {
    expr.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|w| w.starts_with("percore_"))
}

#[test]
fn the_dashboard_queries_only_metrics_the_server_exports() {
    let text = std::fs::read_to_string(deploy("grafana/percore.json")).unwrap();
    let dashboard: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let mut exprs = Vec::new();
    strings_under(&dashboard, "expr", &mut exprs);
    strings_under(&dashboard, "definition", &mut exprs);
    let queried: BTreeSet<&str> = exprs.iter().flat_map(|e| metric_names(e)).collect();
    // What the dashboard is for: traffic per worker, CPU per core, ring pressure, lifecycle.
    for needed in [
        "percore_requests_total",
        "percore_connections_open",
        "percore_worker_cpu_seconds_total",
        "percore_worker_io_uring",
        "percore_buf_ring_exhausted_total",
        "percore_draining",
        "percore_reloads_total",
    ] {
        assert!(
            queried.contains(needed),
            "the dashboard does not show {needed}"
        );
    }

    let site = Site::new("dashboard");
    let server = site.serve("dashboard", ADMIN, "");
    assert_eq!(get(server.addr, "/1k.txt", "").status, 200);
    // Counters are published once per tick: the request shows up on the next scrape or soon.
    let mut scraped = String::new();
    for _ in 0..100 {
        scraped = server.admin_get("/metrics").1;
        if scraped
            .lines()
            .any(|l| l.starts_with("percore_requests_total") && !l.ends_with(" 0"))
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        scraped
            .lines()
            .any(|l| l.starts_with("percore_requests_total") && !l.ends_with(" 0")),
        "the request never showed in /metrics:\n{scraped}"
    );
    let exported: BTreeSet<&str> = scraped
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split(['{', ' ']).next())
        .collect();
    for name in &queried {
        assert!(
            exported.contains(name),
            "the dashboard queries {name}, which /metrics does not export:\n{scraped}"
        );
    }
    // The counters the README's tuning guide tells users to watch are exported.
    for tuning in [
        "percore_sq_full_submits_total",
        "percore_buf_ring_exhausted_total",
        "percore_connection_limit_hits_total",
        "percore_cq_overflows_total",
        "percore_send_back_offs_total",
    ] {
        assert!(
            exported.contains(tuning),
            "/metrics does not export {tuning}:\n{scraped}"
        );
    }
    // Each worker's CPU time is there, and the worker that answered has used some.
    let cpu: Vec<f64> = scraped
        .lines()
        .filter(|l| l.starts_with("percore_worker_cpu_seconds_total{"))
        .map(|l| l.rsplit(' ').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(cpu.len(), 2, "{scraped}");
    assert!(cpu.iter().any(|&s| s > 0.0), "{scraped}");
}

/// `--check-config` of `config` (TOML text) with the site root replaced by a directory that
/// exists here; panics with the binary's errors.
fn check(name: &str, config: &str) {
    let path = std::env::temp_dir().join(format!("percore-deploy-{}-{name}", std::process::id()));
    std::fs::write(&path, config).unwrap();
    let out = Command::new(binary())
        .args(["--check-config", "-c"])
        .arg(&path)
        .arg("--root")
        .arg(std::env::temp_dir())
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&path);
    assert!(
        out.status.success(),
        "{name} fails --check-config: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_container_configuration_passes_check_config() {
    let text = std::fs::read_to_string(deploy("container/static.toml")).unwrap();
    assert!(text.contains("root = \"/srv/www\""), "{text}");
    check("container.toml", &text);
}

#[test]
fn the_kubernetes_configmap_holds_a_configuration_that_passes_check_config() {
    let yaml = std::fs::read_to_string(deploy("k8s/base/configmap.yaml")).unwrap();
    // The block scalar under `static.toml: |`, indented four spaces.
    let body: String = yaml
        .lines()
        .skip_while(|l| l.trim() != "static.toml: |")
        .skip(1)
        .take_while(|l| l.is_empty() || l.starts_with("    "))
        .map(|l| format!("{}\n", l.get(4..).unwrap_or("")))
        .collect();
    assert!(
        body.contains("[admin]"),
        "no configuration in the ConfigMap"
    );
    check("configmap.toml", &body);
    // The admin port the configuration listens on is the container port the probes name
    // (`port: admin`, checked against the schema in scripts/check-deploy.sh) and the one
    // Prometheus is told to scrape.
    let deployment = std::fs::read_to_string(deploy("k8s/base/deployment.yaml")).unwrap();
    assert!(body.contains("listen = \"0.0.0.0:9090\""), "{body}");
    assert!(
        deployment.contains("- name: admin\n              containerPort: 9090"),
        "{deployment}"
    );
    assert_eq!(
        deployment.matches("port: admin").count(),
        2,
        "readiness and liveness on the admin port"
    );
    assert!(
        deployment.contains("prometheus.io/port: \"9090\""),
        "{deployment}"
    );
}
