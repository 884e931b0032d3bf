//! Request bodies: decoded (their content handed out as it arrives) or discarded, within a
//! limit, so that the next request on the connection starts where the body ends, and nowhere
//! else.
//!
//! Chunked bodies are parsed strictly: hexadecimal sizes only (no sign, no `0x`, a value
//! within 64 bits written with at most 64 digits), CRLF line endings only, chunk extensions
//! and trailer fields skipped within the line limit (the extensions of a whole body within
//! 16 KiB, counted with the padding of its chunk-size lines: whitespace before a `;`, digits
//! past 16; the trailer section within 16 KiB, each trailer line a field line). Anything else
//! is 400, and the connection closes.

use crate::request::Framing;
use crate::{HeadError, Status};

/// A chunk-size line (size and extensions) or trailer line, at most.
const MAX_LINE: usize = 4096;
/// The whole trailer section, at most: as much as a default request head.
const MAX_TRAILER: usize = 16 * 1024;
/// The most digits a chunk size may be written with, leading zeros included.
const MAX_SIZE_DIGITS: u8 = 64;
/// Chunk extension bytes in a whole body, at most (hyper's bound too), padding of chunk-size
/// lines included (whitespace before the `;`, digits past 16): skipped, they count toward no
/// content limit, and a client could otherwise send gigabytes of them with a byte of content
/// each.
const MAX_EXTENSIONS: u32 = 16 * 1024;

/// Decodes one request body as its bytes arrive: [`BodyDecoder::decode`] hands out its content,
/// [`BodyDecoder::feed`] discards it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BodyDecoder {
    state: State,
    /// Body bytes still allowed (content only, for chunked).
    allowed: u64,
    /// Chunk extension bytes still allowed.
    extensions: u32,
}

/// Where a chunk-size line is past its digits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum After {
    /// Still in the digits.
    Digits,
    /// Whitespace after the digits: only `;` may follow.
    Space,
    /// In the extensions (skipped).
    Ext,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// `n` more bytes of a Content-Length body.
    Length(u64),
    /// In a chunk-size line: digits seen, the size so far, where after the digits, the line's
    /// length so far, whether a CR was seen.
    Size {
        digits: u8,
        size: u64,
        after: After,
        line: usize,
        cr: bool,
    },
    /// `n` more bytes of chunk data.
    Data(u64),
    /// The CRLF after chunk data: whether the CR was seen.
    DataEnd {
        cr: bool,
    },
    /// In the trailer section: bytes of the current line, bytes of the section so far,
    /// whether a CR was seen, whether the line's name has ended (its colon).
    Trailer {
        line: usize,
        total: usize,
        cr: bool,
        colon: bool,
    },
    Done,
}

/// The former name of [`BodyDecoder`], for code that only discards bodies.
pub type BodyDiscard = BodyDecoder;

/// What [`BodyDecoder::decode`] found at the start of its input: framing bytes, then at most
/// one run of content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// Bytes of the input used (framing and content).
    pub consumed: usize,
    /// Where the content is in the input (empty when none came).
    pub data: std::ops::Range<usize>,
    /// The body has ended: the rest of the input is the next request.
    pub done: bool,
}

/// What [`BodyDecoder::feed`] did with the bytes given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fed {
    /// Bytes of the input that belonged to the body.
    pub consumed: usize,
    /// The body has ended: the rest of the input is the next request.
    pub done: bool,
}

impl BodyDecoder {
    /// Starts decoding a body framed as `framing`, refusing one larger than `limit` bytes.
    ///
    /// # Errors
    ///
    /// 413 when a Content-Length is over `limit`.
    pub fn new(framing: Framing, limit: u64) -> Result<BodyDiscard, HeadError> {
        let state = match framing {
            Framing::None => State::Done,
            Framing::Length(n) if n > limit => {
                return Err(HeadError {
                    status: Status::CONTENT_TOO_LARGE,
                    reason: "request body over the limit",
                });
            }
            Framing::Length(n) => State::Length(n),
            Framing::Chunked => State::Size {
                digits: 0,
                size: 0,
                after: After::Digits,
                line: 0,
                cr: false,
            },
        };
        Ok(BodyDiscard {
            state,
            allowed: limit,
            extensions: MAX_EXTENSIONS,
        })
    }

    /// Whether the body has ended.
    pub fn is_done(&self) -> bool {
        self.state == State::Done
    }

    /// Bytes of the body still to come, when known (a `Content-Length` body); `None` for a
    /// chunked body, whose length is learnt as it arrives.
    pub fn remaining(&self) -> Option<u64> {
        match self.state {
            State::Length(n) => Some(n),
            State::Done => Some(0),
            _ => None,
        }
    }

    /// Content bytes announced and not yet decoded: the rest of a `Content-Length` body, or of
    /// the chunk under way (a chunked body announces each chunk's size in its size line). A
    /// reader with a limit can refuse a body that announces more than it would take as soon as
    /// the announcement arrives, rather than once the bytes have.
    pub fn promised(&self) -> u64 {
        match self.state {
            State::Length(n) | State::Data(n) => n,
            _ => 0,
        }
    }

    /// Decodes from the start of `input`: skips framing (chunk-size lines, CRLFs, trailers) and
    /// returns where the next run of content is. Call again with the rest of the input for
    /// more; with nothing left, more must be received.
    ///
    /// # Errors
    ///
    /// 400 for a malformed chunked body, 413 once the body passes the limit.
    pub fn decode(&mut self, input: &[u8]) -> Result<Decoded, HeadError> {
        let mut at = 0;
        while at < input.len() && self.state != State::Done {
            let content = matches!(self.state, State::Length(_) | State::Data(_));
            let n = self.step(&input[at..])?;
            if content {
                return Ok(Decoded {
                    consumed: at + n,
                    data: at..at + n,
                    done: self.state == State::Done,
                });
            }
            at += n;
        }
        Ok(Decoded {
            consumed: at,
            data: at..at,
            done: self.state == State::Done,
        })
    }

    /// Consumes (discards) body bytes from the start of `input`.
    ///
    /// # Errors
    ///
    /// 400 for a malformed chunked body, 413 once the body passes the limit.
    pub fn feed(&mut self, input: &[u8]) -> Result<Fed, HeadError> {
        let mut at = 0;
        while at < input.len() && self.state != State::Done {
            at += self.step(&input[at..])?;
        }
        Ok(Fed {
            consumed: at,
            done: self.state == State::Done,
        })
    }

    /// Advances over some bytes of `input` (at least one); returns how many.
    fn step(&mut self, input: &[u8]) -> Result<usize, HeadError> {
        let bad = |reason| HeadError {
            status: Status::BAD_REQUEST,
            reason,
        };
        match &mut self.state {
            State::Length(n) => {
                let take = (*n).min(input.len() as u64);
                *n -= take;
                if *n == 0 {
                    self.state = State::Done;
                }
                Ok(take as usize)
            }
            State::Data(n) => {
                let take = (*n).min(input.len() as u64);
                *n -= take;
                if *n == 0 {
                    self.state = State::DataEnd { cr: false };
                }
                Ok(take as usize)
            }
            State::DataEnd { cr } => {
                match (input[0], *cr) {
                    (b'\r', false) => *cr = true,
                    (b'\n', true) => {
                        self.state = State::Size {
                            digits: 0,
                            size: 0,
                            after: After::Digits,
                            line: 0,
                            cr: false,
                        };
                    }
                    _ => return Err(bad("chunk data not followed by CRLF")),
                }
                Ok(1)
            }
            State::Size {
                digits,
                size,
                after,
                line,
                cr,
            } => {
                let b = input[0];
                *line += 1;
                if *line > MAX_LINE {
                    return Err(bad("chunk-size line too long"));
                }
                if *cr {
                    if b != b'\n' {
                        return Err(bad("bare CR in a chunk-size line"));
                    }
                    if *digits == 0 {
                        return Err(bad("chunk size missing"));
                    }
                    let n = *size;
                    if n > self.allowed {
                        return Err(HeadError {
                            status: Status::CONTENT_TOO_LARGE,
                            reason: "request body over the limit",
                        });
                    }
                    self.allowed -= n;
                    self.state = if n == 0 {
                        State::Trailer {
                            line: 0,
                            total: 0,
                            cr: false,
                            colon: false,
                        }
                    } else {
                        State::Data(n)
                    };
                    return Ok(1);
                }
                match (b, *after) {
                    (b'\r', After::Digits | After::Ext) => *cr = true,
                    (b'\n', _) => return Err(bad("bare LF in a chunk-size line")),
                    (_, After::Ext) => {
                        if b.is_ascii_control() && b != b'\t' {
                            return Err(bad("control byte in a chunk extension"));
                        }
                        self.extensions = charge(self.extensions)?;
                    }
                    (b';', _) if *digits > 0 => *after = After::Ext,
                    (b' ' | b'\t', After::Digits | After::Space) if *digits > 0 => {
                        self.extensions = charge(self.extensions)?;
                        *after = After::Space;
                    }
                    (_, After::Space) => return Err(bad("invalid chunk size")),
                    _ => {
                        let Some(d) = (b as char).to_digit(16) else {
                            return Err(bad("invalid chunk size"));
                        };
                        *digits += 1;
                        // Leading zeros past a 64-bit size's 16 digits are padding.
                        if *digits > 16 {
                            self.extensions = charge(self.extensions)?;
                        }
                        // The value past 64 bits is too large, not the digits past 16 (leading
                        // zeros are valid, RFC 9112 §7.1); a size written with more than 64
                        // digits is refused all the same, so that a line of zeros ends.
                        if *size >> 60 != 0 || *digits > MAX_SIZE_DIGITS {
                            return Err(bad("chunk size too large"));
                        }
                        *size = (*size << 4) | u64::from(d);
                    }
                }
                Ok(1)
            }
            State::Trailer {
                line,
                total,
                cr,
                colon,
            } => {
                let b = input[0];
                *total += 1;
                if *total > MAX_TRAILER {
                    return Err(bad("trailer section too long"));
                }
                if *cr {
                    if b != b'\n' {
                        return Err(bad("bare CR in the trailer"));
                    }
                    if *line == 0 {
                        self.state = State::Done;
                    } else if !*colon {
                        return Err(bad("a trailer line without a colon"));
                    } else {
                        *line = 0;
                        *cr = false;
                        *colon = false;
                    }
                    return Ok(1);
                }
                // Each line a field line (RFC 9112 §7.1.2, §5): a token, a colon, a value
                // with no control byte but HTAB. Skipped, but checked as a head's fields are,
                // so that a request is not taken for a trailer, nor a trailer read two ways.
                match b {
                    b'\r' => *cr = true,
                    b'\n' => return Err(bad("bare LF in the trailer")),
                    b' ' | b'\t' if *line == 0 => {
                        return Err(bad("obsolete line folding in the trailer"));
                    }
                    b':' if !*colon => {
                        if *line == 0 {
                            return Err(bad("a trailer field with no name"));
                        }
                        *colon = true;
                    }
                    _ if !*colon && !is_tchar(b) => {
                        return Err(bad("invalid trailer field name"));
                    }
                    _ if *colon && ((b < 0x20 && b != b'\t') || b == 0x7f) => {
                        return Err(bad("control character in a trailer value"));
                    }
                    _ => {}
                }
                if b != b'\r' {
                    *line += 1;
                    if *line > MAX_LINE {
                        return Err(bad("trailer line too long"));
                    }
                }
                Ok(1)
            }
            State::Done => Ok(0),
        }
    }
}

/// Takes one byte from what is left of a body's budget for chunk extensions and padding.
fn charge(left: u32) -> Result<u32, HeadError> {
    left.checked_sub(1).ok_or(HeadError {
        status: Status::BAD_REQUEST,
        reason: "chunk extensions over the limit",
    })
}

/// Whether `b` may be part of a token (RFC 9110 §5.6.2), as a field name is.
fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn discard_all(framing: Framing, limit: u64, input: &[u8]) -> Result<Fed, HeadError> {
        BodyDiscard::new(framing, limit)?.feed(input)
    }

    /// Decodes all of `input`, as a handler reading a body with no content limit: whether
    /// the body ended.
    fn feed_all(d: &mut BodyDecoder, mut input: &[u8]) -> Result<bool, HeadError> {
        while !input.is_empty() {
            let got = d.decode(input)?;
            if got.done {
                return Ok(true);
            }
            input = &input[got.consumed..];
        }
        Ok(false)
    }

    #[test]
    fn what_is_announced_and_not_yet_decoded_is_known() {
        let mut d = BodyDecoder::new(Framing::Length(10), 100).unwrap();
        assert_eq!(d.promised(), 10);
        assert_eq!(d.decode(b"abc").unwrap().data, 0..3);
        assert_eq!(d.promised(), 7);
        let mut d = BodyDecoder::new(Framing::Chunked, u64::MAX).unwrap();
        assert_eq!(d.promised(), 0, "no size line yet");
        let got = d.decode(b"ffffffffffffffff\r\nhello").unwrap();
        assert_eq!(got.data, 18..23);
        assert_eq!(d.promised(), u64::MAX - 5);
        let mut d = BodyDecoder::new(Framing::Chunked, 100).unwrap();
        let got = d.decode(b"3\r\nabc\r\n0\r\n\r\n").unwrap();
        assert_eq!((got.data, d.promised()), (3..6, 0));
    }

    #[test]
    fn a_length_body_ends_where_it_says() {
        let fed = discard_all(Framing::Length(5), 100, b"helloGET /").unwrap();
        assert_eq!(
            fed,
            Fed {
                consumed: 5,
                done: true
            }
        );
        let mut d = BodyDiscard::new(Framing::Length(5), 100).unwrap();
        assert_eq!(
            d.feed(b"he").unwrap(),
            Fed {
                consumed: 2,
                done: false
            }
        );
        assert_eq!(
            d.feed(b"llo").unwrap(),
            Fed {
                consumed: 3,
                done: true
            }
        );
        assert_eq!(
            BodyDiscard::new(Framing::Length(101), 100)
                .unwrap_err()
                .status,
            Status::CONTENT_TOO_LARGE
        );
        assert!(BodyDiscard::new(Framing::None, 0).unwrap().is_done());
    }

    #[test]
    fn chunked_bodies_end_after_the_trailer() {
        let body = b"5\r\nhello\r\n6;name=value\r\n world\r\n0\r\nX-Trailer: 1\r\nY:\r\nZ:\ta b\t\r\n\r\nGET";
        let fed = discard_all(Framing::Chunked, 100, body).unwrap();
        assert_eq!(
            fed,
            Fed {
                consumed: body.len() - 3,
                done: true
            }
        );
        // Byte by byte gives the same.
        let mut d = BodyDiscard::new(Framing::Chunked, 100).unwrap();
        let mut used = 0;
        for b in body.iter() {
            used += d.feed(std::slice::from_ref(b)).unwrap().consumed;
        }
        assert_eq!(used, body.len() - 3);
        assert!(d.is_done());
        // Trailer fields without end are cut off at the section's bound, each line short.
        let endless = format!(
            "5\r\nhello\r\n0\r\n{}",
            "X: y\r\n".repeat(MAX_TRAILER / 6 + 1)
        );
        let err = discard_all(Framing::Chunked, 100, endless.as_bytes()).unwrap_err();
        assert_eq!(err.status, Status::BAD_REQUEST);
        let within = format!("0\r\n{}\r\n", "X: y\r\n".repeat(MAX_TRAILER / 6 - 1));
        assert!(
            discard_all(Framing::Chunked, 100, within.as_bytes())
                .unwrap()
                .done
        );
        assert_eq!(
            discard_all(Framing::Chunked, 0, b"0\r\n\r\n")
                .unwrap()
                .consumed,
            5
        );
        assert_eq!(
            discard_all(Framing::Chunked, 100, b"A\r\n0123456789\r\n0\r\n\r\n")
                .unwrap()
                .consumed,
            20
        );
    }

    #[test]
    fn a_chunk_size_may_have_leading_zeros() {
        // 17 and 64 digits, small values (RFC 9112 §7.1: `1*HEXDIG`).
        for body in [
            &b"00000000000000005\r\nhello\r\n0\r\n\r\n"[..],
            b"0000000000000000000000000000000000000000000000000000000000000005\r\nhello\r\n0\r\n\r\n",
        ] {
            let fed = discard_all(Framing::Chunked, u64::MAX, body).unwrap();
            assert!(fed.done && fed.consumed == body.len(), "{fed:?}");
        }
    }

    #[test]
    fn invalid_chunk_sizes_are_refused() {
        for bad in [
            &b"\r\n"[..],
            b"-5\r\nhello\r\n0\r\n\r\n",
            b"+5\r\nhello\r\n0\r\n\r\n",
            b"0x5\r\nhello\r\n0\r\n\r\n",
            b"5 5\r\n",
            b"g\r\n",
            b"5\nhello\r\n",
            b"5\rhello",
            b"5\r\nhelloXY0\r\n\r\n",
            b"11111111111111111\r\n",
            b"10000000000000000\r\n",
            // 65 digits, however small the value.
            b"00000000000000000000000000000000000000000000000000000000000000005\r\n",
            b" 5\r\n",
            b"0\r\n\r\r",
            b"0\r\nX: 1\n\r\n",
            // Trailer lines that are not field lines.
            b"0\r\nGET /x HTTP/1.1\r\n\r\n",
            b"0\r\nX 1\r\n\r\n",
            b"0\r\nX : 1\r\n\r\n",
            b"0\r\n: 1\r\n\r\n",
            b"0\r\nX: 1\r\n folded\r\n\r\n",
            b"0\r\nX: a\0b\r\n\r\n",
            b"0\r\nX: a\x7fb\r\n\r\n",
            b"0\r\nX(y): 1\r\n\r\n",
        ] {
            let err = discard_all(Framing::Chunked, u64::MAX, bad).unwrap_err();
            assert_eq!(
                err.status,
                Status::BAD_REQUEST,
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }

    #[test]
    fn chunked_bodies_over_the_limit_are_413() {
        let err = discard_all(
            Framing::Chunked,
            8,
            b"5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n",
        )
        .unwrap_err();
        assert_eq!(err.status, Status::CONTENT_TOO_LARGE);
        let long_ext = format!("1;{}\r\n", "e".repeat(5000));
        let err = discard_all(Framing::Chunked, 100, long_ext.as_bytes()).unwrap_err();
        assert_eq!(err.status, Status::BAD_REQUEST);
    }

    #[test]
    fn chunk_extensions_are_bounded_over_the_whole_body() {
        // A byte of content per chunk, each with 4,000 bytes of extension: within every
        // line's bound, and past the body's 16 KiB of extensions at the fifth chunk.
        let chunk = format!("1;{}\r\nx\r\n", "e".repeat(3999));
        let err = discard_all(Framing::Chunked, 100, chunk.repeat(5).as_bytes()).unwrap_err();
        assert_eq!(err.status, Status::BAD_REQUEST);
        assert_eq!(err.reason, "chunk extensions over the limit");
        let within = format!("{}0\r\n\r\n", chunk.repeat(4));
        assert!(
            discard_all(Framing::Chunked, 100, within.as_bytes())
                .unwrap()
                .done
        );
        // Padding counts as extensions do: whitespace before the `;` (allowed, RFC 9112
        // §7.1.1), and leading zeros past a 64-bit size's 16 digits.
        for (chunk, charged) in [
            (format!("1{};\r\nx\r\n", " ".repeat(4000)), 4000),
            (format!("1{};e\r\nx\r\n", "\t".repeat(4000)), 4001),
            (format!("{}1\r\nx\r\n", "0".repeat(63)), 48),
        ] {
            let copies = MAX_EXTENSIONS as usize / charged + 1;
            let body = format!("{}0\r\n\r\n", chunk.repeat(copies));
            let mut d = BodyDecoder::new(Framing::Chunked, u64::MAX).unwrap();
            let err = feed_all(&mut d, body.as_bytes()).unwrap_err();
            assert_eq!(
                err.reason,
                "chunk extensions over the limit",
                "{}",
                &chunk[..8]
            );
            let within = format!("{}0\r\n\r\n", chunk.repeat(copies - 1));
            let mut d = BodyDecoder::new(Framing::Chunked, u64::MAX).unwrap();
            assert!(
                feed_all(&mut d, within.as_bytes()).unwrap(),
                "{}",
                &chunk[..8]
            );
        }
    }

    #[test]
    fn decoding_hands_out_the_content_in_order() {
        let body = b"5\r\nhello\r\n6;x=y\r\n world\r\n0\r\nT: v\r\n\r\nNEXT";
        // Arriving in two parts, split anywhere: the content comes out whole and in order, and
        // the body ends exactly before `NEXT`.
        for split in 1..body.len() {
            let mut d = BodyDecoder::new(Framing::Chunked, 1 << 20).unwrap();
            let mut content = Vec::new();
            let mut used = 0;
            for end in [split, body.len()] {
                while used < end && !d.is_done() {
                    let step = d.decode(&body[used..end]).unwrap();
                    content.extend_from_slice(&body[used..end][step.data.clone()]);
                    used += step.consumed;
                    if step.consumed == 0 {
                        break;
                    }
                }
            }
            assert_eq!(content, b"hello world", "split at {split}");
            assert!(d.is_done());
            assert_eq!(&body[used..], b"NEXT", "split at {split}");
        }
        let mut d = BodyDecoder::new(Framing::Length(4), 10).unwrap();
        let step = d.decode(b"abcdEFG").unwrap();
        assert_eq!((step.consumed, step.data, step.done), (4, 0..4, true));
    }
}
