//! Validators of a file: its entity tag and last-modified time, and the preconditions that
//! compare a request's against them (RFC 9110 §13).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crate::request::{Head, trim};

/// The entity tag of a file of `size` bytes modified at `modified`, with a suffix telling a
/// precompressed variant (`br`, `gz`) apart: `"5f3a1c2b.1d2e3f-400"`. Strong, as nginx's
/// (made of the same two), and the same on every machine serving a copy of the file. It
/// changes with a write that moves the modification time: not with two writes of the same
/// length within one tick of the kernel's file clock (a few milliseconds), nor when the time
/// is put back by hand (`touch -d`, `cp -p`, `rsync -t` over a file of the same length).
pub fn etag(size: u64, modified: SystemTime, variant: Option<&str>) -> String {
    // A time before 1970 (a file given one on purpose) is written with a minus sign: each
    // keeps a tag of its own rather than all sharing 0.0.
    let (sign, since) = match modified.duration_since(UNIX_EPOCH) {
        Ok(since) => ("", since),
        Err(before) => ("-", before.duration()),
    };
    let (secs, nanos) = (since.as_secs(), since.subsec_nanos());
    match variant {
        Some(v) => format!("\"{sign}{secs:x}.{nanos:x}-{size:x}-{v}\""),
        None => format!("\"{sign}{secs:x}.{nanos:x}-{size:x}\""),
    }
}

/// The last moment an HTTP date can say: 9999-12-31 23:59:59 UTC (four-digit years).
const LAST_DATE: Duration = Duration::from_secs(253_402_300_799);

/// `t`, no earlier than 1970 and no later than [`LAST_DATE`]: a file's time can be set
/// outside them (`touch -d`), and the date it is sent as, and compared by, is that.
fn sayable(t: SystemTime) -> SystemTime {
    t.clamp(UNIX_EPOCH, UNIX_EPOCH + LAST_DATE)
}

/// `modified` as an HTTP date (`Last-Modified`); a time past the year 9999 as its last
/// second, one before 1970 as its first.
pub fn http_date(modified: SystemTime) -> String {
    httpdate::fmt_http_date(sayable(modified))
}

/// An HTTP date field value, or `None` when it is not one.
pub fn parse_http_date(value: &[u8]) -> Option<SystemTime> {
    httpdate::parse_http_date(std::str::from_utf8(trim(value)).ok()?).ok()
}

/// Whole seconds: HTTP dates carry no fractions.
fn seconds(t: SystemTime) -> u64 {
    sayable(t)
        .duration_since(UNIX_EPOCH)
        .unwrap_or(Duration::ZERO)
        .as_secs()
}

/// The entity tags of a field value (`"a", W/"b"`), as `(weak, opaque tag with quotes)`, or
/// `None` when the value is `*`. Parsing stops at the first malformed element.
fn entity_tags(value: &[u8]) -> Option<Vec<(bool, &[u8])>> {
    let value = trim(value);
    if value == b"*" {
        return None;
    }
    let mut tags = Vec::new();
    let mut rest = value;
    loop {
        let start = rest
            .iter()
            .position(|&b| !matches!(b, b' ' | b'\t' | b','))
            .unwrap_or(rest.len());
        rest = &rest[start..];
        if rest.is_empty() {
            break;
        }
        let weak = rest.starts_with(b"W/");
        if weak {
            rest = &rest[2..];
        }
        if rest.first() != Some(&b'"') {
            break;
        }
        let Some(close) = rest[1..].iter().position(|&b| b == b'"') else {
            break;
        };
        tags.push((weak, &rest[..close + 2]));
        rest = &rest[close + 2..];
    }
    Some(tags)
}

/// Whether `value` (an If-Match or If-None-Match list) matches `etag`: `*` matches any;
/// `strong` comparison needs both tags strong.
fn matches(value: &[u8], etag: &str, strong: bool) -> bool {
    match entity_tags(value) {
        None => true,
        Some(tags) => tags
            .iter()
            .any(|(weak, tag)| *tag == etag.as_bytes() && !(strong && *weak)),
    }
}

/// What the preconditions of a GET or HEAD say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precondition {
    /// Serve the representation.
    Proceed,
    /// 304: the client's copy is current.
    NotModified,
    /// 412: a precondition the client set does not hold.
    Failed,
}

/// Evaluates `If-Match`, `If-Unmodified-Since`, `If-None-Match` and `If-Modified-Since` in the
/// order RFC 9110 §13.2.2 gives, for a GET or HEAD of a file with these validators.
///
/// The lists are read from `head` as they are: for a head whose [`Head::split_lists`] is set,
/// put each list's lines joined ([`crate::join_lines`]) in its field first, as percore-web
/// does, or only the first line of `If-Match` and `If-None-Match` counts.
pub fn evaluate(head: &Head<'_>, etag: &str, modified: SystemTime) -> Precondition {
    if let Some(v) = head.if_match {
        if !matches(v, etag, true) {
            return Precondition::Failed;
        }
    } else if let Some(date) = head.if_unmodified_since.and_then(parse_http_date)
        && seconds(modified) > seconds(date)
    {
        return Precondition::Failed;
    }
    if let Some(v) = head.if_none_match {
        if matches(v, etag, false) {
            return Precondition::NotModified;
        }
    } else if let Some(date) = head.if_modified_since.and_then(parse_http_date)
        && seconds(modified) <= seconds(date)
    {
        return Precondition::NotModified;
    }
    Precondition::Proceed
}

/// Whether an `If-Range` value still names this representation: a strong entity tag equal
/// to `etag`, or a date equal to the last-modified time when that time is a strong validator
/// (RFC 9110 §13.1.5, §8.8.2.2): at least a second before `now` (the clock when the answer is
/// made). A file written within the current second may be written again within it, and a
/// range of the new version would be spliced onto the old one's bytes; the whole file is sent
/// instead.
pub fn if_range_holds(value: &[u8], etag: &str, modified: SystemTime, now: SystemTime) -> bool {
    let value = trim(value);
    if value.starts_with(b"\"") || value.starts_with(b"W/") {
        return value == etag.as_bytes();
    }
    parse_http_date(value).is_some_and(|d| {
        seconds(d) == seconds(modified)
            && now
                .duration_since(modified)
                .is_ok_and(|age| age >= Duration::from_secs(1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::{Limits, Parsed, parse_head};

    const TAG: &str = "\"abc\"";

    fn t(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    fn with(fields: &str, f: impl FnOnce(&Head<'_>)) {
        let text = format!("GET / HTTP/1.1\r\nHost: a\r\n{fields}\r\n");
        let Ok(Parsed::Complete(h, _)) = parse_head(text.as_bytes(), &Limits::default()) else {
            panic!("{text}")
        };
        f(&h);
    }

    fn eval(fields: &str, modified: SystemTime) -> Precondition {
        let mut out = Precondition::Proceed;
        with(fields, |h| out = evaluate(h, TAG, modified));
        out
    }

    #[test]
    fn etags_change_with_size_time_and_variant() {
        let a = etag(10, t(1000), None);
        assert!(a.starts_with('"') && a.ends_with('"'));
        assert_ne!(a, etag(11, t(1000), None));
        assert_ne!(a, etag(10, t(1001), None));
        assert_ne!(a, etag(10, t(1000) + Duration::from_nanos(1), None));
        assert_ne!(a, etag(10, t(1000), Some("br")));
        // Times before 1970 differ from each other and from those after it.
        let before = |secs| UNIX_EPOCH - Duration::from_secs(secs);
        assert_eq!(etag(4, before(0x1000), None), "\"-1000.0-4\"");
        assert_ne!(etag(4, before(5), None), etag(4, before(6), None));
        assert_ne!(etag(4, before(5), None), etag(4, t(5), None));
    }

    #[test]
    fn a_time_past_the_year_9999_is_said_as_its_last_second() {
        let far = t(253_402_300_800 + 86_400 * 365 * 1000);
        assert_eq!(http_date(far), "Fri, 31 Dec 9999 23:59:59 GMT");
        // And a client that sends that date back gets its 304.
        let since = format!("If-Modified-Since: {}\r\n", http_date(far));
        assert_eq!(eval(&since, far), Precondition::NotModified);
    }

    #[test]
    fn if_none_match() {
        let m = t(1_000_000);
        assert_eq!(
            eval("If-None-Match: \"abc\"\r\n", m),
            Precondition::NotModified
        );
        assert_eq!(
            eval("If-None-Match: \"x\", W/\"abc\"\r\n", m),
            Precondition::NotModified
        );
        assert_eq!(eval("If-None-Match: *\r\n", m), Precondition::NotModified);
        assert_eq!(eval("If-None-Match: \"x\"\r\n", m), Precondition::Proceed);
        assert_eq!(eval("If-None-Match: abc\r\n", m), Precondition::Proceed);
        // If-None-Match wins over If-Modified-Since.
        let later = format!(
            "If-None-Match: \"x\"\r\nIf-Modified-Since: {}\r\n",
            http_date(t(2_000_000))
        );
        assert_eq!(eval(&later, m), Precondition::Proceed);
    }

    #[test]
    fn if_modified_since() {
        let m = t(1_000_000);
        let at = |secs| format!("If-Modified-Since: {}\r\n", http_date(t(secs)));
        assert_eq!(eval(&at(1_000_000), m), Precondition::NotModified);
        assert_eq!(eval(&at(2_000_000), m), Precondition::NotModified);
        assert_eq!(eval(&at(999_999), m), Precondition::Proceed);
        // Sub-second modification times compare by whole seconds.
        assert_eq!(
            eval(&at(1_000_000), m + Duration::from_millis(500)),
            Precondition::NotModified
        );
        assert_eq!(
            eval("If-Modified-Since: yesterday\r\n", m),
            Precondition::Proceed
        );
    }

    #[test]
    fn if_match_and_if_unmodified_since() {
        let m = t(1_000_000);
        assert_eq!(eval("If-Match: \"abc\"\r\n", m), Precondition::Proceed);
        assert_eq!(eval("If-Match: *\r\n", m), Precondition::Proceed);
        assert_eq!(eval("If-Match: W/\"abc\"\r\n", m), Precondition::Failed);
        assert_eq!(eval("If-Match: \"x\"\r\n", m), Precondition::Failed);
        let before = format!("If-Unmodified-Since: {}\r\n", http_date(t(999_999)));
        assert_eq!(eval(&before, m), Precondition::Failed);
        let after = format!("If-Unmodified-Since: {}\r\n", http_date(t(1_000_000)));
        assert_eq!(eval(&after, m), Precondition::Proceed);
    }

    #[test]
    fn if_range() {
        let m = t(1_000_000);
        let later = t(1_000_100);
        assert!(if_range_holds(b"\"abc\"", TAG, m, later));
        assert!(!if_range_holds(b"W/\"abc\"", TAG, m, later));
        assert!(!if_range_holds(b"\"x\"", TAG, m, later));
        assert!(if_range_holds(http_date(m).as_bytes(), TAG, m, later));
        assert!(!if_range_holds(http_date(t(5)).as_bytes(), TAG, m, later));
        assert!(!if_range_holds(b"garbage", TAG, m, later));
        // Modified less than a second before the clock (or ahead of it): the date is a weak
        // validator, never a match.
        let now = t(2_000_000);
        for recent in [
            now,
            now - Duration::from_millis(900),
            now + Duration::from_secs(1),
        ] {
            assert!(!if_range_holds(
                http_date(recent).as_bytes(),
                TAG,
                recent,
                now
            ));
        }
        // A whole second old, in the same second of the date as written.
        let old = now - Duration::from_secs(1);
        assert!(if_range_holds(http_date(old).as_bytes(), TAG, old, now));
        let old = now - Duration::from_secs(2);
        assert!(if_range_holds(http_date(old).as_bytes(), TAG, old, now));
    }
}
