//! Listen addresses as the configuration and the flags write them: an IP address and a port,
//! with an IPv6 zone given by interface index (`[fe80::1%2]:8080`) or by interface name
//! (`[fe80::1%eth0]:8080`), as nginx takes them. Host names are not resolved, as nowhere in
//! the configuration.
//!
//! A name is looked up in `/sys/class/net`, which lists the interfaces of the network
//! namespace sysfs was mounted in: this process's own, unless it entered another namespace
//! without mounting sysfs anew (`nsenter --net` alone). The configuration holds the index
//! it found, and `--print-config` writes that (an index may differ after a reboot: keep the
//! name in the file).

use std::net::{Ipv6Addr, SocketAddr, SocketAddrV6};
use std::path::Path;

use serde::Deserialize;

/// What an address that does not parse is told.
const EXPECTED: &str = "not an IP address with a port (host names are not resolved): as \
                        127.0.0.1:8080, [::1]:8080, 0.0.0.0:8080 or [fe80::1%eth0]:8080";

/// Where Linux lists its network interfaces, each directory holding the interface's index.
const INTERFACES: &str = "/sys/class/net";

/// Parses an address, looking an IPv6 zone's interface name up among this machine's
/// interfaces.
pub(crate) fn parse(text: &str) -> Result<SocketAddr, String> {
    parse_in(text, Path::new(INTERFACES))
}

/// [`parse`], with the interfaces listed under `interfaces`.
fn parse_in(text: &str, interfaces: &Path) -> Result<SocketAddr, String> {
    if let Ok(addr) = text.parse() {
        return Ok(addr);
    }
    let named = text
        .strip_prefix('[')
        .and_then(|rest| rest.split_once("]:"))
        .and_then(|(host, port)| Some((host.split_once('%')?, port)));
    let Some(((ip, zone), port)) = named else {
        return Err(EXPECTED.to_string());
    };
    let (Ok(ip), Ok(port)) = (ip.parse::<Ipv6Addr>(), port.parse::<u16>()) else {
        return Err(EXPECTED.to_string());
    };
    let index = interface_index(zone, interfaces)?;
    Ok(SocketAddr::V6(SocketAddrV6::new(ip, port, 0, index)))
}

/// The index of the interface named `name`.
fn interface_index(name: &str, interfaces: &Path) -> Result<u32, String> {
    // An interface name is at most 15 bytes and never holds a slash (IFNAMSIZ, dev_valid_name).
    let plausible = !name.is_empty()
        && name.len() < 16
        && name != "."
        && name != ".."
        && !name.contains(['/', ':'])
        && !name.chars().any(char::is_whitespace);
    let missing = || format!("the zone {name:?}: this machine has no network interface so named");
    if !plausible {
        return Err(missing());
    }
    let text = std::fs::read_to_string(interfaces.join(name).join("ifindex")).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            missing()
        } else {
            format!("the zone {name:?}: cannot read its interface index: {e}")
        }
    })?;
    text.trim()
        .parse()
        .map_err(|_| format!("the zone {name:?}: its interface index reads {text:?}"))
}

/// One address read through [`parse`], so that an error names the list element it is in.
struct Parsed(SocketAddr);

impl<'de> Deserialize<'de> for Parsed {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // Parsed inside the visitor, so that the error carries the element's own position.
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Parsed;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an IP address with a port, as \"127.0.0.1:8080\"")
            }
            fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Parsed, E> {
                parse(text).map(Parsed).map_err(E::custom)
            }
        }
        d.deserialize_str(Visitor)
    }
}

/// Serde for one address (`admin.listen`).
pub(crate) mod one {
    use std::net::SocketAddr;

    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(addr: &SocketAddr, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(addr)
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<SocketAddr, D::Error> {
        super::Parsed::deserialize(d).map(|p| p.0)
    }
}

/// Serde for a list of addresses (`listen`, `tls.listen`).
pub(crate) mod list {
    use std::net::SocketAddr;

    use serde::{Deserialize, Deserializer, Serializer};

    pub(crate) fn serialize<S: Serializer>(addrs: &[SocketAddr], s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(addrs.iter().map(ToString::to_string))
    }

    pub(crate) fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<SocketAddr>, D::Error> {
        let parsed = Vec::<super::Parsed>::deserialize(d)?;
        Ok(parsed.into_iter().map(|p| p.0).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A directory laid out as `/sys/class/net`, removed when dropped.
    struct Interfaces(PathBuf);

    impl Interfaces {
        fn path(&self) -> &Path {
            &self.0
        }
    }

    impl Drop for Interfaces {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    /// [`Interfaces`] with the interfaces given (name, content of `ifindex`).
    fn interfaces(list: &[(&str, &str)]) -> Interfaces {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let dir = std::env::temp_dir().join(format!(
            "percore-config-net-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        ));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, index) in list {
            std::fs::create_dir(dir.join(name)).unwrap();
            std::fs::write(dir.join(name).join("ifindex"), index).unwrap();
        }
        Interfaces(dir)
    }

    #[test]
    fn addresses_without_a_named_zone_parse_as_the_standard_library_parses_them() {
        let none = interfaces(&[]);
        for text in [
            "127.0.0.1:8080",
            "[::1]:8080",
            "0.0.0.0:0",
            "[fe80::1%3]:443",
        ] {
            assert_eq!(
                parse_in(text, none.path()),
                Ok(text.parse().unwrap()),
                "{text}"
            );
        }
    }

    #[test]
    fn a_zone_named_by_interface_takes_the_interfaces_index() {
        let dir = interfaces(&[("eth0", "2\n"), ("lo", "1\n")]);
        let addr = parse_in("[fe80::1%eth0]:8080", dir.path()).unwrap();
        assert_eq!(addr, "[fe80::1%2]:8080".parse().unwrap());
        let SocketAddr::V6(v6) = addr else {
            panic!("{addr}")
        };
        assert_eq!(v6.scope_id(), 2);
        // What the configuration writes back parses to the same address.
        assert_eq!(parse_in(&addr.to_string(), dir.path()), Ok(addr));
    }

    #[test]
    fn an_unknown_or_impossible_zone_is_refused_by_name() {
        let dir = interfaces(&[("eth0", "2\n"), ("broken", "two\n")]);
        for zone in ["wlan9", "..", "a/b", "x".repeat(16).as_str(), ""] {
            let err = parse_in(&format!("[fe80::1%{zone}]:80"), dir.path()).unwrap_err();
            assert!(
                err.contains("no network interface so named"),
                "{zone}: {err}"
            );
        }
        let err = parse_in("[fe80::1%broken]:80", dir.path()).unwrap_err();
        assert!(
            err.contains("its interface index reads \"two\\n\""),
            "{err}"
        );
    }

    #[test]
    fn what_is_not_an_address_is_told_what_to_write() {
        let dir = interfaces(&[("eth0", "2\n")]);
        for text in [
            "localhost:8080",
            "127.0.0.1",
            "[fe80::1%eth0]",
            "[fe80::1%eth0]:http",
            "[fe80::1%eth0]:70000",
            "[127.0.0.1%eth0]:80",
            "fe80::1%eth0:80",
        ] {
            let err = parse_in(text, dir.path()).unwrap_err();
            assert!(
                err.starts_with("not an IP address with a port"),
                "{text}: {err}"
            );
        }
    }

    #[test]
    fn the_loopback_interface_is_found_on_this_machine() {
        // Every Linux machine has `lo`; its index is whatever sysfs says.
        let index: u32 = std::fs::read_to_string("/sys/class/net/lo/ifindex")
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        let SocketAddr::V6(v6) = parse("[fe80::1%lo]:8080").unwrap() else {
            panic!()
        };
        assert_eq!(v6.scope_id(), index);
    }
}
