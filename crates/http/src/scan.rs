//! When a request head that parsed as incomplete is worth parsing again.
//!
//! A parse reads the head from its first byte. A client that sends its head a few bytes at a
//! time would have it parsed once per piece, and so read about n²/2 bytes for an n-byte head
//! (134 MB for a 16 KiB one sent a byte at a time). Only a new line end can complete a head
//! (it ends with an empty line), and the limits are on lengths, so [`HeadScan`] skips the
//! parses in between, reading each received byte once. A byte that makes the head invalid is
//! then found at the next line end or limit (or the read timeout ends the wait), not at once:
//! at once only in the piece that started the head. Leading empty lines alone (which the
//! parser skips, RFC 9112 §2.2) are no reason either: a client sending nothing else is cut
//! off at the head limit, as a parse would.

use crate::request::Limits;

/// What is known of the head pending since it last parsed as incomplete (see the module).
/// One per connection: [`HeadScan::worth_parsing`] before each parse,
/// [`HeadScan::incomplete`] after one that found the head incomplete, [`HeadScan::reset`]
/// once a head is complete.
/// Twelve bytes: a connection keeps one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HeadScan {
    /// How many bytes of the head have been read (0: it has not been parsed); a head past
    /// `u32::MAX` bytes, long past any limit, counts as that many.
    seen: u32,
    /// Where the request line starts, after any leading empty lines; [`NO_START`] while
    /// there were only line ends.
    start: u32,
    /// The request line has ended.
    line_ended: bool,
}

/// [`HeadScan::start`] before the request line has started.
const NO_START: u32 = u32::MAX;

impl Default for HeadScan {
    fn default() -> Self {
        HeadScan {
            seen: 0,
            start: NO_START,
            line_ended: false,
        }
    }
}

/// `n` as a `u32`, `u32::MAX` past it.
fn at_most_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn is_line_end(b: &u8) -> bool {
    *b == b'\r' || *b == b'\n'
}

impl HeadScan {
    /// Whether the pending bytes `head` may parse differently from when they last parsed as
    /// incomplete: always for a head not yet parsed (no cost on the common path, a request
    /// whole in one receive), else only when a line end has come (other than one of the
    /// leading empty lines) or a limit of `limits` is passed. Reads only the bytes that came
    /// since the last call.
    pub fn worth_parsing(&mut self, head: &[u8], limits: &Limits) -> bool {
        if self.seen == 0 {
            return true;
        }
        if head.len() < self.seen as usize {
            // Taken from the front: parsed afresh.
            self.reset();
            return true;
        }
        let new_line = self.read(head);
        let line = match self.start {
            NO_START => 0,
            start => head.len().saturating_sub(start as usize),
        };
        new_line
            || head.len() > limits.max_head
            || (!self.line_ended && line > limits.max_request_line)
    }

    /// Notes that `head` parsed as incomplete.
    pub fn incomplete(&mut self, head: &[u8]) {
        if head.len() < self.seen as usize {
            self.reset();
        }
        self.read(head);
    }

    /// Whether `head`, the bytes pending, holds some this scan has not read: bytes that came
    /// after the last parse (which found the head incomplete, or found it not worth parsing),
    /// or any bytes at all when there was none. The owner that took bytes in without parsing
    /// (while sending a response) looks at them before it waits for more.
    pub fn has_unread(&self, head: &[u8]) -> bool {
        head.len() > self.seen as usize
    }

    /// Forgets the head: the next one starts.
    pub fn reset(&mut self) {
        *self = HeadScan::default();
    }

    /// Reads the bytes of `head` that came since the last read; whether they hold a line end
    /// past the leading empty lines.
    fn read(&mut self, head: &[u8]) -> bool {
        let from = self.seen as usize;
        self.seen = at_most_u32(head.len());
        let new = &head[from..];
        let past_blank = if self.start != NO_START {
            new
        } else {
            match new.iter().position(|b| !is_line_end(b)) {
                Some(at) => {
                    self.start = at_most_u32(from + at).min(NO_START - 1);
                    &new[at..]
                }
                None => return false,
            }
        };
        let new_line = past_blank.contains(&b'\n');
        self.line_ended |= new_line;
        new_line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::{Parsed, parse_head};

    /// Feeds `head` to a scan in pieces of `step` bytes, parsing only when it says so; the
    /// parses made and the outcome (`Some(true)` complete, `Some(false)` an error).
    fn feed(head: &[u8], step: usize, limits: &Limits) -> (usize, Option<bool>) {
        let (mut scan, mut parses) = (HeadScan::default(), 0);
        for end in (step..head.len() + step).step_by(step) {
            let buf = &head[..end.min(head.len())];
            if !scan.worth_parsing(buf, limits) {
                continue;
            }
            parses += 1;
            match parse_head(buf, limits) {
                Ok(Parsed::Complete(..)) => return (parses, Some(true)),
                Err(_) => return (parses, Some(false)),
                Ok(Parsed::Incomplete) => scan.incomplete(buf),
            }
        }
        (parses, None)
    }

    #[test]
    fn a_head_sent_a_byte_at_a_time_is_parsed_once_per_line() {
        let head = format!(
            "GET / HTTP/1.1\r\nHost: a\r\nX-Long: {}\r\n\r\n",
            "v".repeat(12_000)
        );
        let (parses, outcome) = feed(head.as_bytes(), 1, &Limits::default());
        assert_eq!(outcome, Some(true));
        // The first byte, then each of the four line ends.
        assert_eq!(parses, 5);
        // In pieces of any size, it completes when it would have.
        for step in [2, 3, 7, 100, 4096, head.len()] {
            assert_eq!(
                feed(head.as_bytes(), step, &Limits::default()).1,
                Some(true)
            );
        }
    }

    #[test]
    fn limits_are_still_met_between_line_ends() {
        let limits = Limits::default();
        // A request line that never ends: 414 once past its limit.
        let line = vec![b'a'; limits.max_request_line + 10];
        let mut head = b"GET /".to_vec();
        head.extend_from_slice(&line);
        let (parses, outcome) = feed(&head, 1, &limits);
        assert_eq!(outcome, Some(false));
        assert_eq!(parses, 2);
        // A field that never ends: 431 once past the head's limit.
        let mut head = b"GET / HTTP/1.1\r\nX: ".to_vec();
        head.extend_from_slice(&vec![b'v'; limits.max_head]);
        let (parses, outcome) = feed(&head, 1, &limits);
        assert_eq!(outcome, Some(false));
        assert_eq!(parses, 3);
        // Empty lines, then a request line that never ends: measured from its start.
        let mut head = b"\r\n".repeat(4000);
        head.extend_from_slice(b"GET /");
        head.extend_from_slice(&vec![b'a'; limits.max_request_line]);
        let (parses, outcome) = feed(&head, 1, &limits);
        assert_eq!(outcome, Some(false));
        assert_eq!(parses, 2);
    }

    #[test]
    fn leading_empty_lines_are_no_reason_to_parse() {
        let limits = Limits::default();
        let mut head = b"\r\n".repeat(1000);
        head.extend_from_slice(b"GET / HTTP/1.1\r\nHost: a\r\n\r\n");
        let (parses, outcome) = feed(&head, 1, &limits);
        assert_eq!(outcome, Some(true));
        assert_eq!(parses, 4);
        // Nothing but empty lines: cut off at the head limit.
        let (parses, outcome) = feed(&b"\n".repeat(limits.max_head + 1), 1, &limits);
        assert_eq!(outcome, Some(false));
        assert_eq!(parses, 2);
    }

    #[test]
    fn a_head_taken_from_the_front_is_parsed_afresh() {
        let limits = Limits::default();
        let mut scan = HeadScan::default();
        scan.incomplete(b"GET / HTTP/1.1\r\nHo");
        assert!(!scan.worth_parsing(b"GET / HTTP/1.1\r\nHos", &limits));
        assert!(scan.worth_parsing(b"GET / H", &limits));
        scan.incomplete(b"GET / H");
        assert!(!scan.worth_parsing(b"GET / HT", &limits));
        assert!(scan.worth_parsing(b"GET / HTTP/1.1\r\nHost: a\r\n", &limits));
        scan.reset();
        assert!(scan.worth_parsing(b"G", &limits));
    }

    #[test]
    fn bytes_taken_in_without_a_parse_are_unread() {
        let limits = Limits::default();
        let mut scan = HeadScan::default();
        assert!(!scan.has_unread(b""));
        assert!(scan.has_unread(b"G"));
        scan.incomplete(b"GET / HTTP/1.1\r\n");
        assert!(!scan.has_unread(b"GET / HTTP/1.1\r\n"));
        assert!(scan.has_unread(b"GET / HTTP/1.1\r\nHost: a\r\n\r\n"));
        // Read by a scan that found them not worth a parse: read all the same.
        assert!(!scan.worth_parsing(b"GET / HTTP/1.1\r\nHo", &limits));
        assert!(!scan.has_unread(b"GET / HTTP/1.1\r\nHo"));
        scan.reset();
        assert!(!scan.has_unread(b""));
    }
}
