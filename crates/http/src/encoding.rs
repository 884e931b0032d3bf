//! `Accept-Encoding` (RFC 9110 §12.5.3), for choosing a precompressed sibling of a file, and
//! `Accept` (§12.5.1) where a type must be asked for by name.

use crate::request::{tokens, trim};

/// A content coding of a file's representation: a precompressed sibling's, or one made on the
/// fly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    /// Brotli, `name.br`.
    Br,
    /// Gzip, `name.gz`.
    Gzip,
    /// Zstandard, `name.zst` (made on the fly; no sibling is looked for).
    Zstd,
}

impl Coding {
    /// The `Content-Encoding` token.
    pub const fn token(self) -> &'static str {
        match self {
            Coding::Br => "br",
            Coding::Gzip => "gzip",
            Coding::Zstd => "zstd",
        }
    }

    /// The sibling file's extension.
    pub const fn extension(self) -> &'static str {
        match self {
            Coding::Br => "br",
            Coding::Gzip => "gz",
            Coding::Zstd => "zst",
        }
    }
}

/// Whether an Accept-Encoding value accepts `coding`: named with a q-value above 0, or
/// covered by `*` without being refused by name.
pub fn accepts(accept_encoding: &[u8], coding: Coding) -> bool {
    quality(accept_encoding, coding).is_some_and(|q| q > 0)
}

/// Of `offered` (in the server's order of preference), the coding an Accept-Encoding value
/// prefers: the highest q-value above 0 (RFC 9110 §12.5.3), the first offered among equals;
/// `None` when it accepts none of them.
pub fn preferred(
    accept_encoding: &[u8],
    offered: impl IntoIterator<Item = Coding>,
) -> Option<Coding> {
    let mut best: Option<(Coding, u16)> = None;
    for c in offered {
        let q = quality(accept_encoding, c).unwrap_or(0);
        if q > 0 && best.is_none_or(|(_, b)| q > b) {
            best = Some((c, q));
        }
    }
    best.map(|(c, _)| c)
}

/// The q-value, in thousandths, an Accept-Encoding value gives `coding`: by name, else by
/// `*`; `None` when it gives none.
pub fn quality(accept_encoding: &[u8], coding: Coding) -> Option<u16> {
    let mut star = None;
    for (name, q) in weighted(accept_encoding) {
        let named = name.eq_ignore_ascii_case(coding.token().as_bytes())
            || (coding == Coding::Gzip && name.eq_ignore_ascii_case(b"x-gzip"));
        if named {
            return Some(q);
        }
        if name == b"*" {
            star = Some(q);
        }
    }
    star
}

/// Whether an `Accept` value names `media_type` (`text/html`) itself with a q-value above
/// 0: a wildcard (`*/*`, `text/*`) does not count, so that only a client that asks for the
/// type by name (a browser navigating) gets it.
pub fn names_media_type(accept: &[u8], media_type: &str) -> bool {
    weighted(accept).any(|(name, q)| q > 0 && name.eq_ignore_ascii_case(media_type.as_bytes()))
}

/// The elements of a list with q-values (`a;q=0.5, b`): each name and its q-value in
/// thousandths (1000 when absent); elements whose q-value is malformed are left out.
fn weighted(value: &[u8]) -> impl Iterator<Item = (&[u8], u16)> {
    tokens(value).filter_map(|element| {
        let mut parts = element.split(|&b| b == b';');
        let name = trim(parts.next().unwrap_or_default());
        let q = parts
            .filter_map(|p| {
                let p = trim(p);
                p.strip_prefix(b"q=").or_else(|| p.strip_prefix(b"Q="))
            })
            .map(q_value)
            .next()
            .unwrap_or(Some(1000))?;
        Some((name, q))
    })
}

/// A q-value in thousandths (`0.5` is 500), or `None` when malformed.
fn q_value(v: &[u8]) -> Option<u16> {
    let v = trim(v);
    let (int, frac) = match v.iter().position(|&b| b == b'.') {
        Some(dot) => (&v[..dot], &v[dot + 1..]),
        None => (v, &b""[..]),
    };
    if int.len() != 1 || frac.len() > 3 || !frac.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let mut thousandths = 0u16;
    for i in 0..3 {
        thousandths = thousandths * 10 + frac.get(i).map_or(0, |d| u16::from(d - b'0'));
    }
    match int[0] {
        b'0' => Some(thousandths),
        b'1' if thousandths == 0 => Some(1000),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_codings() {
        assert!(accepts(b"gzip, deflate, br", Coding::Br));
        assert!(accepts(b"gzip, deflate, br", Coding::Gzip));
        assert!(accepts(b"GZIP", Coding::Gzip));
        assert!(accepts(b"x-gzip", Coding::Gzip));
        assert!(!accepts(b"gzip", Coding::Br));
        assert!(!accepts(b"", Coding::Gzip));
        assert!(!accepts(b"identity", Coding::Gzip));
    }

    #[test]
    fn q_values() {
        assert!(accepts(b"br;q=0.5, gzip;q=1.0", Coding::Br));
        assert!(!accepts(b"br;q=0, gzip", Coding::Br));
        assert!(!accepts(b"br; q=0.000", Coding::Br));
        assert!(accepts(b"br;q=0.001", Coding::Br));
        assert!(
            !accepts(b"br;q=2", Coding::Br),
            "malformed q: the element is ignored"
        );
        assert!(!accepts(b"br;q=0.0001", Coding::Br));
    }

    #[test]
    fn media_types_named() {
        let browser = b"text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        assert!(names_media_type(browser, "text/html"));
        assert!(names_media_type(b"application/json", "application/json"));
        assert!(!names_media_type(b"*/*", "text/html"));
        assert!(!names_media_type(b"text/*", "text/html"));
        assert!(!names_media_type(b"text/html;q=0", "text/html"));
        assert!(names_media_type(b"TEXT/HTML; charset=utf-8", "text/html"));
    }

    #[test]
    fn qualities() {
        assert_eq!(quality(b"br;q=0.1, gzip", Coding::Br), Some(100));
        assert_eq!(quality(b"br;q=0.1, gzip", Coding::Gzip), Some(1000));
        assert_eq!(quality(b"*;q=0.5", Coding::Zstd), Some(500));
        assert_eq!(quality(b"gzip", Coding::Zstd), None);
    }

    #[test]
    fn wildcard() {
        assert!(accepts(b"*", Coding::Br));
        assert!(!accepts(b"*;q=0", Coding::Gzip));
        assert!(!accepts(b"*, br;q=0", Coding::Br));
        assert!(accepts(b"*, br;q=0", Coding::Gzip));
    }
}
