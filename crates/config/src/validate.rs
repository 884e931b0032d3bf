//! Checks that catch at start-up what would fail later: sizes the kernel refuses, CPUs the
//! process may not use, duplicate addresses, overrides for cores that do not exist.

use std::collections::HashSet;

use crate::cpuset::{CpuSet, worker_cpus};
use crate::error::ConfigError;
use crate::schema::{AppSection, BufferSettings, Config, RingSettings};
use crate::types::Dur;

/// Largest submission queue the kernel accepts.
pub const MAX_RING_ENTRIES: u32 = 32_768;
/// Largest completion queue the kernel accepts.
pub const MAX_CQ_ENTRIES: u32 = 2 * MAX_RING_ENTRIES;
/// Largest buffer count of one buffer ring.
pub const MAX_BUFFERS: u32 = 32_768;
/// Largest single read the kernel does (`MAX_RW_COUNT`).
pub const MAX_BUFFER_SIZE: u64 = (i32::MAX as u64) & !4095;
/// Receive buffer memory per core beyond which a setting is taken for a mistake.
pub const MAX_BUFFER_MEMORY: u64 = 16 << 30;

fn check_ring(prefix: &str, r: &RingSettings, errors: &mut Vec<ConfigError>) {
    let key = |k: &str| format!("{prefix}.{k}");
    // At least 2: an operation with a deadline and its linked timeout go in together.
    if r.entries < 2 || r.entries > MAX_RING_ENTRIES || !r.entries.is_power_of_two() {
        errors.push(ConfigError::new(
            key("entries"),
            format!(
                "must be a power of two from 2 to {MAX_RING_ENTRIES}, not {}",
                r.entries
            ),
        ));
    }
    if r.cq_entries != 0
        && (r.cq_entries < r.entries
            || r.cq_entries > MAX_CQ_ENTRIES
            || !r.cq_entries.is_power_of_two())
    {
        errors.push(ConfigError::new(
            key("cq_entries"),
            format!(
                "must be 0 (4 x entries) or a power of two from entries ({}) to {MAX_CQ_ENTRIES}, not {}",
                r.entries, r.cq_entries
            ),
        ));
    }
    if r.sqpoll_idle > Dur::secs(3600) {
        errors.push(ConfigError::new(key("sqpoll_idle"), "must be at most 1h"));
    }
    if r.task_budget == 0 || r.task_budget > 65_536 {
        errors.push(ConfigError::new(
            key("task_budget"),
            format!("must be from 1 to 65536, not {}", r.task_budget),
        ));
    }
}

fn check_buffers(prefix: &str, b: &BufferSettings, errors: &mut Vec<ConfigError>) {
    let key = |k: &str| format!("{prefix}.{k}");
    if b.count == 0 || b.count > MAX_BUFFERS || !b.count.is_power_of_two() {
        errors.push(ConfigError::new(
            key("count"),
            format!(
                "must be a power of two from 1 to {MAX_BUFFERS}, not {}",
                b.count
            ),
        ));
    }
    if b.size.0 == 0 || b.size.0 > MAX_BUFFER_SIZE {
        errors.push(ConfigError::new(
            key("size"),
            format!(
                "must be from 1 byte to {MAX_BUFFER_SIZE} (the kernel's largest single read), not {}",
                b.size
            ),
        ));
    } else if u64::from(b.count).saturating_mul(b.size.0) > MAX_BUFFER_MEMORY {
        errors.push(ConfigError::new(
            key("size"),
            format!(
                "{} buffers of {} is more than 16GiB of receive buffers per core",
                b.count, b.size
            ),
        ));
    }
}

fn at_most(key: &str, d: Dur, max: Dur, errors: &mut Vec<ConfigError>) {
    if d > max {
        errors.push(ConfigError::new(
            key,
            format!("must be at most {max}, not {d}"),
        ));
    }
}

/// Whether a socket bound to `a` and one bound to `b` would take each other's connections:
/// the same port (not 0, which picks a free one) and the same address, or an unspecified
/// address (`0.0.0.0`, `[::]`) of the same family (IPv6 sockets are bound v6-only).
fn overlap(a: &std::net::SocketAddr, b: &std::net::SocketAddr) -> bool {
    a.port() != 0
        && a.port() == b.port()
        && a.is_ipv4() == b.is_ipv4()
        && (a.ip() == b.ip() || a.ip().is_unspecified() || b.ip().is_unspecified())
}

/// TLS: addresses neither repeated nor shared with `listen` (port 0 aside), and certificates
/// where they are needed. Whether the files load is checked where they are loaded (the
/// supervisor, also on `--check-config`).
fn check_tls(s: &crate::schema::Settings, errors: &mut Vec<ConfigError>) {
    let tls = &s.tls;
    let mut seen = HashSet::new();
    for (i, addr) in tls.listen.iter().enumerate() {
        if !seen.insert(addr) {
            errors.push(ConfigError::new(
                format!("tls.listen[{i}]"),
                format!("{addr} is listed twice"),
            ));
        } else if let Some(plain) = s.listen.iter().find(|p| overlap(addr, p)) {
            errors.push(ConfigError::new(
                format!("tls.listen[{i}]"),
                format!("{addr} overlaps the plaintext listen address {plain}: connections would be split between TLS and plaintext"),
            ));
        } else if s.admin.enabled && overlap(addr, &s.admin.listen) {
            errors.push(ConfigError::new(
                format!("tls.listen[{i}]"),
                format!("{addr} is also the admin address"),
            ));
        }
    }
    match (&tls.cert, &tls.key) {
        (None, None) if !tls.listen.is_empty() => errors.push(ConfigError::new(
            "tls.listen",
            "TLS addresses need a certificate: set tls.cert and tls.key",
        )),
        (None, None) if !tls.sni.is_empty() => errors.push(ConfigError::new(
            "tls.sni",
            "SNI certificates need a default one: set tls.cert and tls.key",
        )),
        (Some(_), None) => errors.push(ConfigError::new(
            "tls.cert",
            "tls.key (the certificate's private key) is not set",
        )),
        (None, Some(_)) => errors.push(ConfigError::new(
            "tls.key",
            "tls.cert (the key's certificate) is not set",
        )),
        _ => {}
    }
    let mut names = HashSet::new();
    for (i, sni) in tls.sni.iter().enumerate() {
        let name = sni.name.trim_end_matches('.').to_ascii_lowercase();
        if name.is_empty() {
            errors.push(ConfigError::new(
                format!("tls.sni[{i}].name"),
                "must be a host name or *.host.name",
            ));
        } else if !names.insert(name) {
            errors.push(ConfigError::new(
                format!("tls.sni[{i}].name"),
                format!("{:?} has an entry already", sni.name),
            ));
        }
    }
}

/// Every problem of `cfg` for a process that may use the CPUs in `cpus`. Keys are dotted
/// paths; the loader adds where each was written.
pub fn validate<A: AppSection>(cfg: &Config<A>, cpus: &CpuSet) -> Vec<ConfigError> {
    let s = &cfg.settings;
    let mut errors = Vec::new();
    let workers = match worker_cpus(s, cpus) {
        Ok(w) => w,
        Err(e) => {
            errors.push(e);
            Vec::new()
        }
    };
    // An IPv6 socket here listens to IPv6 only: an IPv4-mapped address could never be bound.
    let mapped = s
        .listen
        .iter()
        .enumerate()
        .map(|(i, a)| (format!("listen[{i}]"), a))
        .chain(
            s.tls
                .listen
                .iter()
                .enumerate()
                .map(|(i, a)| (format!("tls.listen[{i}]"), a)),
        )
        .chain(
            s.admin
                .enabled
                .then(|| ("admin.listen".to_string(), &s.admin.listen)),
        );
    for (key, addr) in mapped {
        if let std::net::SocketAddr::V6(v6) = addr
            && let Some(v4) = v6.ip().to_ipv4_mapped()
        {
            errors.push(ConfigError::new(
                key,
                format!(
                    "{addr} is an IPv4 address in IPv6 form, which an IPv6-only socket cannot \
                     listen on: write {v4}:{}",
                    addr.port()
                ),
            ));
        }
    }
    let mut seen = HashSet::new();
    for (i, addr) in s.listen.iter().enumerate() {
        if !seen.insert(addr) {
            errors.push(ConfigError::new(
                format!("listen[{i}]"),
                format!("{addr} is listed twice"),
            ));
        }
    }
    if s.cpus.is_some() && workers.len() > crate::cpuset::MAX_WORKERS {
        errors.push(ConfigError::new(
            "cpus",
            format!(
                "names {} CPUs: at most {} workers",
                workers.len(),
                crate::cpuset::MAX_WORKERS
            ),
        ));
    }
    if s.steering == crate::types::Steering::Cpu {
        // The steering program maps each CPU to one socket, with 8-bit jumps.
        if workers.len() > 255 {
            errors.push(ConfigError::new(
                "steering",
                format!("\"cpu\" covers at most 255 workers, not {}", workers.len()),
            ));
        }
        let distinct: HashSet<_> = workers.iter().collect();
        if distinct.len() != workers.len() {
            errors.push(ConfigError::new(
                "steering",
                "\"cpu\" needs one worker per CPU: with two on one CPU, one would never get a connection",
            ));
        }
    }
    // (Under socket activation systemd hands the addresses over: `LISTEN_FDS`.)
    if s.listen.is_empty() && s.tls.listen.is_empty() && std::env::var_os("LISTEN_FDS").is_none() {
        errors.push(ConfigError::new(
            "listen",
            "no address to listen on: name one here or in tls.listen",
        ));
    }
    check_tls(s, &mut errors);
    if s.backlog == 0 || s.backlog > 65_535 {
        errors.push(ConfigError::new(
            "backlog",
            format!("must be from 1 to 65535, not {}", s.backlog),
        ));
    }
    if s.max_connections == 0 {
        errors.push(ConfigError::new("max_connections", "must be at least 1"));
    }
    at_most("defer_accept", s.defer_accept, Dur::secs(3600), &mut errors);
    at_most(
        "shutdown_timeout",
        s.shutdown_timeout,
        Dur::secs(86_400),
        &mut errors,
    );
    if s.start_timeout == Dur::secs(0) {
        errors.push(ConfigError::new(
            "start_timeout",
            "must be more than 0s: no app sets up in no time",
        ));
    }
    at_most(
        "start_timeout",
        s.start_timeout,
        Dur::secs(86_400),
        &mut errors,
    );
    at_most(
        "timeouts.idle",
        s.timeouts.idle,
        Dur::secs(86_400),
        &mut errors,
    );
    at_most(
        "timeouts.read",
        s.timeouts.read,
        Dur::secs(86_400),
        &mut errors,
    );
    at_most(
        "timeouts.write",
        s.timeouts.write,
        Dur::secs(86_400),
        &mut errors,
    );
    at_most(
        "timeouts.drain_idle",
        s.timeouts.drain_idle,
        Dur::secs(60),
        &mut errors,
    );
    check_ring("ring", &s.ring, &mut errors);
    check_buffers("buffers", &s.buffers, &mut errors);
    if s.offload.threads > 1024 {
        errors.push(ConfigError::new(
            "offload.threads",
            format!("must be at most 1024, not {}", s.offload.threads),
        ));
    }
    if s.offload.queue_depth == 0 || s.offload.queue_depth > 1_000_000 {
        errors.push(ConfigError::new(
            "offload.queue_depth",
            format!("must be from 1 to 1000000, not {}", s.offload.queue_depth),
        ));
    }
    // Port 0 picks a free port per socket: two port-0 addresses never collide.
    if s.admin.enabled && s.listen.iter().any(|l| overlap(&s.admin.listen, l)) {
        errors.push(ConfigError::new(
            "admin.listen",
            format!("{} is also a service listen address", s.admin.listen),
        ));
    }
    let mut cores = HashSet::new();
    for (i, o) in s.core.iter().enumerate() {
        let prefix = format!("core[{i}]");
        if !cores.insert(o.cpu) {
            errors.push(ConfigError::new(
                format!("{prefix}.cpu"),
                format!("CPU {} has a [[core]] table already", o.cpu),
            ));
        }
        if !workers.is_empty() && !workers.contains(&o.cpu) {
            errors.push(ConfigError::new(
                format!("{prefix}.cpu"),
                format!(
                    "no worker runs on CPU {} (workers run on {})",
                    o.cpu,
                    crate::types::CpuList(workers.clone())
                ),
            ));
        }
        let effective = s.for_core(Some(o.cpu));
        if o.ring.is_some() {
            check_ring(&format!("{prefix}.ring"), &effective.ring, &mut errors);
        }
        if o.buffers.is_some() {
            check_buffers(
                &format!("{prefix}.buffers"),
                &effective.buffers,
                &mut errors,
            );
        }
        if o.max_connections == Some(0) {
            errors.push(ConfigError::new(
                format!("{prefix}.max_connections"),
                "must be at least 1",
            ));
        }
    }
    let mut app_errors = Vec::new();
    cfg.app.validate(&mut app_errors);
    cfg.app.validate_with(&cfg.settings, &mut app_errors);
    errors.extend(app_errors.into_iter().map(|mut e| {
        e.key = format!("{}.{}", A::SECTION, e.key);
        e
    }));
    errors
}

#[cfg(test)]
mod overlap_tests {
    use super::overlap;

    #[test]
    fn unspecified_addresses_overlap_their_family() {
        let a = |s: &str| s.parse::<std::net::SocketAddr>().unwrap();
        assert!(overlap(&a("0.0.0.0:8443"), &a("127.0.0.1:8443")));
        assert!(overlap(&a("127.0.0.1:8443"), &a("0.0.0.0:8443")));
        assert!(overlap(&a("127.0.0.1:8443"), &a("127.0.0.1:8443")));
        assert!(overlap(&a("[::]:8443"), &a("[::1]:8443")));
        assert!(
            !overlap(&a("[::]:8443"), &a("0.0.0.0:8443")),
            "v6-only sockets"
        );
        assert!(!overlap(&a("127.0.0.1:8443"), &a("127.0.0.2:8443")));
        assert!(!overlap(&a("0.0.0.0:8443"), &a("0.0.0.0:8080")));
        assert!(
            !overlap(&a("127.0.0.1:0"), &a("127.0.0.1:0")),
            "port 0 picks a free port"
        );
    }
}
