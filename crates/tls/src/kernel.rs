//! Whether this kernel offers TLS offload (kTLS, the `tls` upper-layer protocol of TCP).
//!
//! percore encrypts records in user space ([`crate::Session`]); where the kernel offers kTLS,
//! the record layer could move there (and `sendfile` serve HTTPS). This module only finds
//! out, so that a server can say so once at start.

use std::path::Path;

/// What the kernel offers for TLS offload.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KernelTls {
    /// The `tls` ULP is registered (built in, or its module loaded).
    Available,
    /// Not registered, but this kernel has it as a module (loaded on first use).
    Module,
    /// Not offered: built without `CONFIG_TLS`, or no way to tell.
    Absent,
}

impl KernelTls {
    /// A sentence for the log.
    pub fn describe(self) -> &'static str {
        match self {
            KernelTls::Available => {
                "the kernel offers TLS offload (kTLS); percore encrypts in user space"
            }
            KernelTls::Module => {
                "the kernel has TLS offload (kTLS) as a module; percore encrypts in user space"
            }
            KernelTls::Absent => {
                "the kernel offers no TLS offload (kTLS); records are encrypted in user space"
            }
        }
    }
}

/// Reads what the kernel offers: the registered ULPs
/// (`/proc/sys/net/ipv4/tcp_available_ulp`), then the module lists of the running kernel.
pub fn kernel_tls() -> KernelTls {
    let ulps = std::fs::read_to_string("/proc/sys/net/ipv4/tcp_available_ulp").unwrap_or_default();
    if ulps.split_whitespace().any(|u| u == "tls") {
        return KernelTls::Available;
    }
    let release = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let dir = Path::new("/lib/modules").join(release.trim());
    let listed = |file: &str| {
        std::fs::read_to_string(dir.join(file))
            .is_ok_and(|text| text.lines().any(|l| l.contains("kernel/net/tls/tls.ko")))
    };
    if !release.trim().is_empty() && (listed("modules.dep") || listed("modules.builtin")) {
        return KernelTls::Module;
    }
    KernelTls::Absent
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_suite_count_is_ring_s() {
        assert_eq!(crate::suites().len(), crate::SUITE_COUNT);
    }

    #[test]
    fn kernel_tls_is_read_without_error() {
        // What it finds depends on the machine; it must find something and describe it.
        let found = kernel_tls();
        assert!(!found.describe().is_empty());
        let ulps =
            std::fs::read_to_string("/proc/sys/net/ipv4/tcp_available_ulp").unwrap_or_default();
        if ulps.split_whitespace().any(|u| u == "tls") {
            assert_eq!(found, KernelTls::Available);
        } else {
            assert_ne!(found, KernelTls::Available);
        }
    }
}
