//! `Range: bytes=...` requests over a representation of known size (RFC 9110 §14).
//!
//! One range is served as 206. Several ranges are answered with the whole representation (200):
//! a multipart/byteranges body is not produced, which RFC 9110 allows (a server MAY ignore
//! Range). A syntactically invalid Range is ignored (200); a valid one that the size cannot
//! satisfy is 416 with `Content-Range: bytes */SIZE`.

use crate::request::trim;

/// What a Range field asks of a representation of a given size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeAnswer {
    /// Serve the whole representation.
    Whole,
    /// Serve bytes `start..=end`.
    Part {
        /// First byte.
        start: u64,
        /// Last byte, inclusive.
        end: u64,
    },
    /// 416.
    Unsatisfiable,
}

/// Interprets a Range field value for a representation of `size` bytes.
pub fn interpret(value: &[u8], size: u64) -> RangeAnswer {
    let value = trim(value);
    let Some(unit_end) = value.iter().position(|&b| b == b'=') else {
        return RangeAnswer::Whole;
    };
    if !value[..unit_end].eq_ignore_ascii_case(b"bytes") {
        return RangeAnswer::Whole;
    }
    let mut specs = value[unit_end + 1..]
        .split(|&b| b == b',')
        .map(trim)
        .filter(|s| !s.is_empty());
    let (Some(spec), None) = (specs.next(), specs.next()) else {
        // None, or several: the whole representation.
        return RangeAnswer::Whole;
    };
    let Some(dash) = spec.iter().position(|&b| b == b'-') else {
        return RangeAnswer::Whole;
    };
    let (first, last) = (&spec[..dash], &spec[dash + 1..]);
    match (number(first), number(last)) {
        // bytes=-N: the last N bytes.
        (None, Some(n)) if first.is_empty() => {
            if n == 0 {
                RangeAnswer::Unsatisfiable
            } else if size == 0 {
                // Satisfiable (RFC 9110 §14.1.1: the one form that is, for an empty
                // representation), though no byte range names nothing: the whole, empty.
                RangeAnswer::Whole
            } else {
                RangeAnswer::Part {
                    start: size.saturating_sub(n),
                    end: size - 1,
                }
            }
        }
        // bytes=A-
        (Some(start), None) if last.is_empty() => {
            if start >= size {
                RangeAnswer::Unsatisfiable
            } else {
                RangeAnswer::Part {
                    start,
                    end: size - 1,
                }
            }
        }
        // bytes=A-B, both past 64 bits: as written, A > B is invalid.
        (Some(u64::MAX), Some(u64::MAX)) if digits_greater(first, last) => RangeAnswer::Whole,
        // bytes=A-B
        (Some(start), Some(end)) if start <= end => {
            if start >= size {
                RangeAnswer::Unsatisfiable
            } else {
                RangeAnswer::Part {
                    start,
                    end: end.min(size - 1),
                }
            }
        }
        _ => RangeAnswer::Whole,
    }
}

/// Whether the decimal number `a` is greater than `b` (both runs of digits, any length).
fn digits_greater(a: &[u8], b: &[u8]) -> bool {
    let significant = |d: &[u8]| {
        let start = d.iter().position(|&c| c != b'0').unwrap_or(d.len());
        d[start..].to_vec()
    };
    let (a, b) = (significant(a), significant(b));
    (a.len(), a) > (b.len(), b)
}

/// A run of decimal digits; a number past `u64::MAX` reads as `u64::MAX`, which for a byte
/// position means the same (past the end of anything), as RFC 9110 §14.1.1 has it: a last
/// position past the end is the end, a first one is unsatisfiable, a suffix is the whole.
fn number(digits: &[u8]) -> Option<u64> {
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(digits.iter().fold(0u64, |n, d| {
        n.saturating_mul(10).saturating_add(u64::from(d - b'0'))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use RangeAnswer::*;

    #[test]
    fn positions_past_what_a_u64_holds_are_past_the_end() {
        let whole = Part { start: 0, end: 11 };
        for (value, want) in [
            (&b"bytes=0-18446744073709551616"[..], whole),
            (b"bytes=0-99999999999999999999999", whole),
            (b"bytes=99999999999999999999999-", Unsatisfiable),
            (b"bytes=-99999999999999999999999", whole),
            (b"bytes=0000000000000000000005-6", Part { start: 5, end: 6 }),
            (
                b"bytes=99999999999999999999999-99999999999999999999998",
                Whole,
            ),
            (
                b"bytes=99999999999999999999998-99999999999999999999999",
                Unsatisfiable,
            ),
        ] {
            assert_eq!(
                interpret(value, 12),
                want,
                "{}",
                String::from_utf8_lossy(value)
            );
        }
    }

    #[test]
    fn single_ranges() {
        assert_eq!(interpret(b"bytes=0-99", 1000), Part { start: 0, end: 99 });
        assert_eq!(
            interpret(b"bytes=500-", 1000),
            Part {
                start: 500,
                end: 999
            }
        );
        assert_eq!(
            interpret(b"bytes=-100", 1000),
            Part {
                start: 900,
                end: 999
            }
        );
        assert_eq!(interpret(b"bytes=-5000", 1000), Part { start: 0, end: 999 });
        assert_eq!(
            interpret(b"bytes=900-5000", 1000),
            Part {
                start: 900,
                end: 999
            }
        );
        assert_eq!(
            interpret(b"Bytes = 0-0 ", 1000),
            Whole,
            "spaces around = are not allowed"
        );
        assert_eq!(interpret(b"BYTES=0-0", 1000), Part { start: 0, end: 0 });
    }

    #[test]
    fn unsatisfiable_ranges() {
        assert_eq!(interpret(b"bytes=1000-", 1000), Unsatisfiable);
        assert_eq!(interpret(b"bytes=1000-2000", 1000), Unsatisfiable);
        assert_eq!(interpret(b"bytes=-0", 1000), Unsatisfiable);
        assert_eq!(interpret(b"bytes=0-", 0), Unsatisfiable);
        assert_eq!(interpret(b"bytes=-0", 0), Unsatisfiable);
        // A suffix of an empty representation is satisfiable: the whole of it (200).
        assert_eq!(interpret(b"bytes=-1", 0), Whole);
    }

    #[test]
    fn invalid_or_multiple_ranges_give_the_whole() {
        for v in [
            &b"bytes=5-1"[..],
            b"bytes=a-b",
            b"bytes=",
            b"bytes=-",
            b"items=0-1",
            b"0-1",
            b"bytes=0-1,5-6",
            b"bytes=--1",
            b"bytes=1-2-3",
        ] {
            assert_eq!(interpret(v, 1000), Whole, "{}", String::from_utf8_lossy(v));
        }
    }
}
