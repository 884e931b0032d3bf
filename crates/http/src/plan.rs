//! What to answer a GET or HEAD of a file with: its preconditions, then its Range.

use std::time::SystemTime;

use crate::range::{RangeAnswer, interpret};
use crate::request::{Head, Method};
use crate::validators::{Precondition, evaluate, if_range_holds};

/// The validators and size of the representation to be served.
#[derive(Debug, Clone, Copy)]
pub struct Representation<'a> {
    /// Bytes.
    pub size: u64,
    /// Last modification.
    pub modified: SystemTime,
    /// Entity tag, quoted.
    pub etag: &'a str,
}

/// The answer to a GET or HEAD of a representation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// 200 with the whole representation.
    Whole,
    /// 206 with bytes `start..=end`.
    Part {
        /// First byte.
        start: u64,
        /// Last byte, inclusive.
        end: u64,
    },
    /// 304.
    NotModified,
    /// 412.
    PreconditionFailed,
    /// 416.
    Unsatisfiable,
}

/// Decides the answer: preconditions first (RFC 9110 §13.2.2), then a Range on a GET, unless
/// an If-Range no longer names this representation. The lists are read as [`evaluate`]
/// reads them.
pub fn plan(head: &Head<'_>, rep: &Representation<'_>) -> Plan {
    match evaluate(head, rep.etag, rep.modified) {
        Precondition::Failed => return Plan::PreconditionFailed,
        Precondition::NotModified => return Plan::NotModified,
        Precondition::Proceed => {}
    }
    let Some(range) = head.range.filter(|_| head.method == Method::Get) else {
        return Plan::Whole;
    };
    if let Some(v) = head.if_range
        && !if_range_holds(v, rep.etag, rep.modified, SystemTime::now())
    {
        return Plan::Whole;
    }
    match interpret(range, rep.size) {
        RangeAnswer::Whole => Plan::Whole,
        RangeAnswer::Part { start, end } => Plan::Part { start, end },
        RangeAnswer::Unsatisfiable => Plan::Unsatisfiable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::{Limits, Parsed, parse_head};
    use std::time::{Duration, UNIX_EPOCH};

    fn answer(request: &str) -> Plan {
        let text = format!("{request}\r\nHost: a\r\n\r\n");
        let text = text.replacen("\r\n\r\n\r\n", "\r\n\r\n", 1);
        let Ok(Parsed::Complete(h, _)) = parse_head(text.as_bytes(), &Limits::default()) else {
            panic!("{text}")
        };
        let rep = Representation {
            size: 1000,
            modified: UNIX_EPOCH + Duration::from_secs(1_000_000),
            etag: "\"v1\"",
        };
        plan(&h, &rep)
    }

    #[test]
    fn plans() {
        assert_eq!(answer("GET /f HTTP/1.1"), Plan::Whole);
        assert_eq!(
            answer("GET /f HTTP/1.1\r\nRange: bytes=0-9"),
            Plan::Part { start: 0, end: 9 }
        );
        assert_eq!(answer("HEAD /f HTTP/1.1\r\nRange: bytes=0-9"), Plan::Whole);
        assert_eq!(
            answer("GET /f HTTP/1.1\r\nRange: bytes=5000-"),
            Plan::Unsatisfiable
        );
        assert_eq!(
            answer("GET /f HTTP/1.1\r\nIf-None-Match: \"v1\""),
            Plan::NotModified
        );
        assert_eq!(
            answer("GET /f HTTP/1.1\r\nIf-None-Match: \"v1\"\r\nRange: bytes=0-9"),
            Plan::NotModified
        );
        assert_eq!(
            answer("GET /f HTTP/1.1\r\nIf-Match: \"v0\""),
            Plan::PreconditionFailed
        );
        assert_eq!(
            answer("GET /f HTTP/1.1\r\nRange: bytes=0-9\r\nIf-Range: \"v1\""),
            Plan::Part { start: 0, end: 9 }
        );
        assert_eq!(
            answer("GET /f HTTP/1.1\r\nRange: bytes=0-9\r\nIf-Range: \"v0\""),
            Plan::Whole
        );
    }
}
