//! `Accept-Encoding` (RFC 9110 §12.5.3), for choosing a precompressed sibling of a file.

use crate::request::{tokens, trim};

/// A content coding a precompressed sibling can have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Coding {
    /// Brotli, `name.br`.
    Br,
    /// Gzip, `name.gz`.
    Gzip,
}

impl Coding {
    /// The `Content-Encoding` token.
    pub const fn token(self) -> &'static str {
        match self {
            Coding::Br => "br",
            Coding::Gzip => "gzip",
        }
    }

    /// The sibling file's extension.
    pub const fn extension(self) -> &'static str {
        match self {
            Coding::Br => "br",
            Coding::Gzip => "gz",
        }
    }
}

/// Whether an Accept-Encoding value accepts `coding`: named with a q-value above 0, or
/// covered by `*` without being refused by name.
pub fn accepts(accept_encoding: &[u8], coding: Coding) -> bool {
    let mut star = None;
    for element in tokens(accept_encoding) {
        let mut parts = element.split(|&b| b == b';');
        let name = trim(parts.next().unwrap_or_default());
        let q = parts
            .filter_map(|p| {
                let p = trim(p);
                p.strip_prefix(b"q=").or_else(|| p.strip_prefix(b"Q="))
            })
            .map(q_value)
            .next()
            .unwrap_or(Some(1000));
        let Some(q) = q else { continue };
        let named = name.eq_ignore_ascii_case(coding.token().as_bytes())
            || (coding == Coding::Gzip && name.eq_ignore_ascii_case(b"x-gzip"));
        if named {
            return q > 0;
        }
        if name == b"*" {
            star = Some(q > 0);
        }
    }
    star.unwrap_or(false)
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
    fn wildcard() {
        assert!(accepts(b"*", Coding::Br));
        assert!(!accepts(b"*;q=0", Coding::Gzip));
        assert!(!accepts(b"*, br;q=0", Coding::Br));
        assert!(accepts(b"*, br;q=0", Coding::Gzip));
    }
}
