//! Value types of the configuration: durations, byte sizes, CPU lists, worker counts and the
//! enumerations, each with a text form that prints and parses back to the same value.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Implements serde through `FromStr`/`Display`, also accepting a TOML integer where
/// `$int` says how to read one.
macro_rules! text_serde {
    ($ty:ty, $expecting:expr, $int:expr) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                struct V;
                impl serde::de::Visitor<'_> for V {
                    type Value = $ty;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str($expecting)
                    }
                    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<$ty, E> {
                        v.parse().map_err(E::custom)
                    }
                    fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<$ty, E> {
                        let int: Option<fn(i64) -> Result<$ty, String>> = $int;
                        match int {
                            Some(f) => f(v).map_err(E::custom),
                            None => Err(E::invalid_type(serde::de::Unexpected::Signed(v), &self)),
                        }
                    }
                }
                d.deserialize_any(V)
            }
        }
    };
}

/// A duration written `500ms`, `30s`, `5m`, `1h` (or a whole number of seconds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Dur(pub Duration);

impl Dur {
    /// From seconds.
    pub const fn secs(s: u64) -> Dur {
        Dur(Duration::from_secs(s))
    }

    /// From milliseconds.
    pub const fn millis(ms: u64) -> Dur {
        Dur(Duration::from_millis(ms))
    }

    /// Whether it is zero (which disables a timeout).
    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// The timeout it sets: `None` for zero ("off").
    pub fn as_timeout(self) -> Option<Duration> {
        (!self.is_zero()).then_some(self.0)
    }
}

/// What is wrong with a value whose "unit" holds more than a unit: a fraction (`1.5s`) or a
/// second number (`1m30s`); `whole` says how to write such a value instead.
fn not_one_whole_number(s: &str, unit: &str, whole: &str) -> Option<String> {
    if unit.starts_with(['.', ',']) {
        return Some(format!(
            "{s:?}: fractions are not taken; write a whole number of a smaller unit ({whole})"
        ));
    }
    unit.contains(|c: char| c.is_ascii_digit())
        .then(|| format!("{s:?}: one number and one unit are taken ({whole})"))
}

/// Whether a number failed to parse only for being too large (its digits are all digits).
fn too_many_digits(e: &std::num::ParseIntError) -> bool {
    *e.kind() == std::num::IntErrorKind::PosOverflow
}

impl FromStr for Dur {
    type Err = String;

    fn from_str(s: &str) -> Result<Dur, String> {
        let t = s.trim();
        let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let (num, unit) = t.split_at(split);
        let ms_per: u64 = match unit.trim() {
            "ms" => 1,
            "s" | "" => 1000,
            "m" | "min" => 60_000,
            "h" => 3_600_000,
            other if !num.is_empty() => {
                return Err(
                    not_one_whole_number(s, other, "as 1500ms for 1.5s, 90s for 1m30s")
                        .unwrap_or_else(|| {
                            format!("{s:?}: unknown duration unit {other:?} (use ms, s, m or h)")
                        }),
                );
            }
            _ => 0,
        };
        let n: u64 = num.parse().map_err(|e| {
            if too_many_digits(&e) {
                return format!("{s:?} is too long a duration");
            }
            format!(
                "{s:?} is not a duration: expected a whole number and a unit, as 500ms, 30s, 5m, 1h"
            )
        })?;
        n.checked_mul(ms_per)
            .map(Dur::millis)
            .ok_or_else(|| format!("{s:?} is too long a duration"))
    }
}

impl fmt::Display for Dur {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = self.0.as_millis();
        if ms == 0 {
            f.write_str("0s")
        } else if ms.is_multiple_of(3_600_000) {
            write!(f, "{}h", ms / 3_600_000)
        } else if ms.is_multiple_of(60_000) {
            write!(f, "{}m", ms / 60_000)
        } else if ms.is_multiple_of(1000) {
            write!(f, "{}s", ms / 1000)
        } else {
            write!(f, "{ms}ms")
        }
    }
}

text_serde!(
    Dur,
    "a duration such as \"500ms\", \"30s\", \"5m\" or a number of seconds",
    Some(|v| u64::try_from(v)
        .map(Dur::secs)
        .map_err(|_| format!("{v} is not a duration: it is negative")))
);

/// A size in bytes written `4096`, `4KiB`, `1MiB`, `2GiB`, `1TiB` (`K`, `M`, `G`, `T` mean the
/// same).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Bytes(pub u64);

impl FromStr for Bytes {
    type Err = String;

    fn from_str(s: &str) -> Result<Bytes, String> {
        let t = s.trim();
        let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
        let (num, unit) = t.split_at(split);
        let mult: u64 = match unit.trim() {
            "" | "B" => 1,
            "K" | "KiB" | "k" => 1 << 10,
            "M" | "MiB" => 1 << 20,
            "G" | "GiB" => 1 << 30,
            "T" | "TiB" => 1 << 40,
            other if !num.is_empty() => {
                return Err(
                    not_one_whole_number(s, other, "as 1536 or 1536B for 1.5KiB").unwrap_or_else(
                        || format!("{s:?}: unknown size unit {other:?} (use KiB, MiB, GiB or TiB)"),
                    ),
                );
            }
            _ => 0,
        };
        let n: u64 = num.parse().map_err(|e| {
            if too_many_digits(&e) {
                return format!("{s:?} is too large");
            }
            format!("{s:?} is not a size: expected a whole number and an optional unit, as 4096, 64KiB, 1MiB")
        })?;
        n.checked_mul(mult)
            .map(Bytes)
            .ok_or_else(|| format!("{s:?} is too large"))
    }
}

impl fmt::Display for Bytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0;
        if n != 0 && n.is_multiple_of(1 << 40) {
            write!(f, "{}TiB", n >> 40)
        } else if n != 0 && n.is_multiple_of(1 << 30) {
            write!(f, "{}GiB", n >> 30)
        } else if n != 0 && n.is_multiple_of(1 << 20) {
            write!(f, "{}MiB", n >> 20)
        } else if n != 0 && n.is_multiple_of(1 << 10) {
            write!(f, "{}KiB", n >> 10)
        } else {
            write!(f, "{n}")
        }
    }
}

text_serde!(
    Bytes,
    "a size such as 4096, \"64KiB\" or \"1MiB\"",
    Some(|v| u64::try_from(v)
        .map(Bytes)
        .map_err(|_| format!("{v} is not a size: it is negative")))
);

/// A set of CPUs written `0-3,6`: sorted, no repeats.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct CpuList(pub Vec<usize>);

/// Highest CPU number accepted in a list (the kernel's `NR_CPUS` ceiling).
pub const MAX_CPU: usize = 8191;

impl FromStr for CpuList {
    type Err = String;

    fn from_str(s: &str) -> Result<CpuList, String> {
        let mut cpus = Vec::new();
        for part in s.split(',').map(str::trim) {
            if part.is_empty() {
                return Err(format!(
                    "{s:?} is not a CPU list: an empty item (expected e.g. \"0-3,6\")"
                ));
            }
            let num = |x: &str| {
                x.trim()
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n <= MAX_CPU)
                    .ok_or_else(|| {
                        format!(
                            "{s:?} is not a CPU list: {x:?} is not a CPU number (0 to {MAX_CPU})"
                        )
                    })
            };
            match part.split_once('-') {
                Some((a, b)) => {
                    let (a, b) = (num(a)?, num(b)?);
                    if a > b {
                        return Err(format!("{s:?}: the range {part:?} goes backwards"));
                    }
                    cpus.extend(a..=b);
                }
                None => cpus.push(num(part)?),
            }
        }
        cpus.sort_unstable();
        cpus.dedup();
        Ok(CpuList(cpus))
    }
}

impl fmt::Display for CpuList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        let mut i = 0;
        while i < self.0.len() {
            let start = self.0[i];
            let mut end = start;
            while i + 1 < self.0.len() && self.0[i + 1] == end + 1 {
                i += 1;
                end = self.0[i];
            }
            if !first {
                f.write_str(",")?;
            }
            first = false;
            if end == start {
                write!(f, "{start}")?;
            } else {
                write!(f, "{start}-{end}")?;
            }
            i += 1;
        }
        Ok(())
    }
}

// A bare number is refused: `cpus = 4` reads as four CPUs to many, and would be CPU 4.
text_serde!(
    CpuList,
    "a CPU list such as \"0-3,6\"",
    Some(|v| Err(format!(
        "{v} is a number, not a CPU list: write cpus = \"{v}\" for CPU {v} alone (on the command line: --cpus {v}), or workers = {v} for that many workers"
    )))
);

/// How many workers: `"auto"` (the CPUs this process may run on, capped by a cgroup CPU quota)
/// or a count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Workers {
    /// One per CPU the process may use.
    #[default]
    Auto,
    /// This many.
    Count(usize),
}

impl FromStr for Workers {
    type Err = String;

    fn from_str(s: &str) -> Result<Workers, String> {
        match s.trim() {
            "auto" => Ok(Workers::Auto),
            n => n
                .parse()
                .map(Workers::Count)
                .map_err(|_| format!("{s:?} is not a worker count: expected \"auto\" or a number")),
        }
    }
}

impl fmt::Display for Workers {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Workers::Auto => f.write_str("auto"),
            Workers::Count(n) => write!(f, "{n}"),
        }
    }
}

impl Serialize for Workers {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Workers::Auto => s.serialize_str("auto"),
            Workers::Count(n) => s.serialize_u64(*n as u64),
        }
    }
}

impl<'de> Deserialize<'de> for Workers {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Workers;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("\"auto\" or a number of workers")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Workers, E> {
                v.parse().map_err(E::custom)
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Workers, E> {
                usize::try_from(v)
                    .map(Workers::Count)
                    .map_err(|_| E::custom(format!("{v} is not a worker count")))
            }
        }
        d.deserialize_any(V)
    }
}

/// Declares a string-valued enum with its spellings, `FromStr`, `Display` and serde.
macro_rules! str_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $var:ident = $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
        pub enum $name {
            $($(#[$vm])* $var,)+
        }

        impl $name {
            /// Every spelling accepted.
            pub const NAMES: &'static [&'static str] = &[$($text),+];
        }

        impl FromStr for $name {
            type Err = String;
            fn from_str(s: &str) -> Result<Self, String> {
                match s.trim() {
                    $($text => Ok($name::$var),)+
                    other => Err(format!(
                        "{other:?} is not one of {}",
                        Self::NAMES.iter().map(|n| format!("{n:?}")).collect::<Vec<_>>().join(", ")
                    )),
                }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(match self { $($name::$var => $text,)+ })
            }
        }

        text_serde!($name, concat!("one of: " $(, "\"", $text, "\" ")+), None);
    };
}

str_enum! {
    /// Whether workers are pinned to their CPU.
    Pin {
        /// Pin; a CPU that cannot be pinned fails start-up, naming it.
        #[default]
        Strict = "strict",
        /// Pin where possible; a failure is logged and the worker runs unpinned.
        BestEffort = "best-effort",
        /// Do not pin.
        Off = "off",
    }
}

str_enum! {
    /// The proactor backend.
    Backend {
        /// io_uring where it works, epoll otherwise.
        #[default]
        Auto = "auto",
        /// io_uring or fail.
        IoUring = "io_uring",
        /// epoll.
        Epoll = "epoll",
    }
}

str_enum! {
    /// How the kernel spreads new connections over the workers' listeners.
    Steering {
        /// The kernel's `SO_REUSEPORT` hash of the connection's addresses.
        #[default]
        Hash = "hash",
        /// The worker on the CPU that received the connection's packets (a classic BPF
        /// program on the group, plus `SO_INCOMING_CPU`).
        Cpu = "cpu",
    }
}

str_enum! {
    /// Log verbosity.
    LogLevel {
        /// Errors only.
        Error = "error",
        /// Warnings and errors.
        Warn = "warn",
        /// Start-up, shutdown and notable events.
        #[default]
        Info = "info",
        /// Per-connection detail.
        Debug = "debug",
        /// Everything.
        Trace = "trace",
    }
}

str_enum! {
    /// Log line format.
    LogFormat {
        /// Human-readable lines.
        #[default]
        Text = "text",
        /// One JSON object per line.
        Json = "json",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_parse_and_print() {
        assert_eq!("500ms".parse::<Dur>().unwrap(), Dur::millis(500));
        assert_eq!("30s".parse::<Dur>().unwrap(), Dur::secs(30));
        assert_eq!("5m".parse::<Dur>().unwrap(), Dur::secs(300));
        assert_eq!(" 1h ".parse::<Dur>().unwrap(), Dur::secs(3600));
        assert_eq!("12".parse::<Dur>().unwrap(), Dur::secs(12));
        for d in [
            Dur::millis(1500),
            Dur::secs(90),
            Dur::secs(7200),
            Dur::secs(0),
        ] {
            assert_eq!(d.to_string().parse::<Dur>().unwrap(), d);
        }
        assert!("5 weeks".parse::<Dur>().is_err());
        assert!("-3s".parse::<Dur>().is_err());
        assert!("s".parse::<Dur>().is_err());
        // Too many digits is too long, not malformed.
        for long in ["99999999999999h", "99999999999999999999s"] {
            let e = long.parse::<Dur>().unwrap_err();
            assert!(e.contains("too long a duration"), "{e}");
        }
        // An unknown unit is said first, whatever the number.
        let e = "99999999999999999999xyz".parse::<Dur>().unwrap_err();
        assert!(e.contains("unknown duration unit \"xyz\""), "{e}");
        let e = "99999999999999999999xyz".parse::<Bytes>().unwrap_err();
        assert!(e.contains("unknown size unit \"xyz\""), "{e}");
        // A fraction or a second number is named as such, not as a unit.
        for (value, said) in [
            ("1.5s", "fractions are not taken"),
            ("0,5s", "fractions are not taken"),
            ("1m30s", "one number and one unit"),
        ] {
            let e = value.parse::<Dur>().unwrap_err();
            assert!(e.contains(said) && e.contains("1500ms"), "{value}: {e}");
        }
        for (value, said) in [
            ("1.5KiB", "fractions are not taken"),
            ("1MiB512KiB", "one number and one unit"),
        ] {
            let e = value.parse::<Bytes>().unwrap_err();
            assert!(e.contains(said) && e.contains("1536B"), "{value}: {e}");
        }
    }

    #[test]
    fn sizes_parse_and_print() {
        assert_eq!("64KiB".parse::<Bytes>().unwrap(), Bytes(65536));
        assert_eq!("1M".parse::<Bytes>().unwrap(), Bytes(1 << 20));
        assert_eq!("4096".parse::<Bytes>().unwrap(), Bytes(4096));
        assert_eq!("1TiB".parse::<Bytes>().unwrap(), Bytes(1 << 40));
        assert_eq!(Bytes(2 << 40).to_string(), "2TiB");
        assert_eq!(Bytes(65536).to_string(), "64KiB");
        assert_eq!(Bytes(1000).to_string(), "1000");
        assert!("12 parsecs".parse::<Bytes>().is_err());
        for large in [
            "99999999999999999999G",
            "99999999999999999999",
            "17179869184G",
        ] {
            let e = large.parse::<Bytes>().unwrap_err();
            assert!(e.contains("is too large"), "{e}");
        }
    }

    #[test]
    fn cpu_lists_parse_sort_and_print() {
        let l: CpuList = "6, 0-3, 2".parse().unwrap();
        assert_eq!(l.0, vec![0, 1, 2, 3, 6]);
        assert_eq!(l.to_string(), "0-3,6");
        assert!("3-1".parse::<CpuList>().is_err());
        assert!("a".parse::<CpuList>().is_err());
        assert!("1,,2".parse::<CpuList>().is_err());
        assert!("99999".parse::<CpuList>().is_err());
    }

    #[test]
    fn enums_list_their_spellings_in_errors() {
        let e = "sometimes".parse::<Pin>().unwrap_err();
        assert!(e.contains("\"strict\"") && e.contains("\"best-effort\"") && e.contains("\"off\""));
        assert_eq!("best-effort".parse::<Pin>().unwrap(), Pin::BestEffort);
        assert_eq!(Backend::IoUring.to_string(), "io_uring");
    }
}
