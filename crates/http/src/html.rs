//! HTML for directory listings: names escaped for the page, and percent-encoded for links.

use std::fmt::Write as _;

use percent_encoding::utf8_percent_encode;

use crate::path::SEGMENT;

/// `text` with `&`, `<`, `>`, `"` and `'` escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One entry of a listing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The file name.
    pub name: String,
    /// A directory (linked with a trailing `/`).
    pub is_dir: bool,
    /// Bytes, for files.
    pub size: u64,
    /// When it was last modified, if known.
    pub modified: Option<std::time::SystemTime>,
}

/// A listing page for the directory at URL path `path` (decoded, with its trailing `/`).
pub fn listing(path: &str, entries: &[Entry]) -> String {
    let title = escape(path);
    let mut page = format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Index of {title}</title></head>\
         <body><h1>Index of {title}</h1><ul>\n"
    );
    if path != "/" {
        page.push_str("<li><a href=\"../\">../</a></li>\n");
    }
    for e in entries {
        let href = utf8_percent_encode(&e.name, SEGMENT).to_string();
        // A relative link whose first segment holds a colon reads as a scheme
        // (`javascript:...`, RFC 3986 §4.2): `./` keeps it a path, as nginx's autoindex does.
        let here = if href.contains(':') { "./" } else { "" };
        let slash = if e.is_dir { "/" } else { "" };
        let _ = write!(
            page,
            "<li><a href=\"{here}{href}{slash}\">{}{slash}</a>",
            escape(&e.name)
        );
        if !e.is_dir {
            let _ = write!(page, " {}", e.size);
        }
        page.push_str("</li>\n");
    }
    page.push_str("</ul></body></html>\n");
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_escaped_and_links_encoded() {
        let page = listing(
            "/a<b>/",
            &[
                Entry {
                    name: "<script>alert(1)</script>".into(),
                    is_dir: false,
                    size: 3,
                    modified: None,
                },
                Entry {
                    name: "x\"y' &z?#%".into(),
                    is_dir: true,
                    size: 0,
                    modified: None,
                },
            ],
        );
        assert!(!page.contains("<script>"));
        assert!(page.contains("Index of /a&lt;b&gt;/"));
        assert!(page.contains("href=\"%3Cscript%3Ealert(1)%3C%2Fscript%3E\""));
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;</a> 3"));
        assert!(page.contains("href=\"x%22y%27%20%26z%3F%23%25/\">x&quot;y&#39; &amp;z?#%/</a>"));
        assert!(page.contains("href=\"../\""));
        assert!(!listing("/", &[]).contains("../"));
    }

    #[test]
    fn a_name_with_a_colon_links_as_a_path_not_a_scheme() {
        let entry = |name: &str, is_dir| Entry {
            name: name.into(),
            is_dir,
            size: 1,
            modified: None,
        };
        let page = listing(
            "/up/",
            &[
                entry("javascript:alert(document.cookie)", false),
                entry("c:d", true),
                entry("plain", false),
            ],
        );
        assert!(
            page.contains("href=\"./javascript:alert(document.cookie)\""),
            "{page}"
        );
        assert!(page.contains("href=\"./c:d/\""), "{page}");
        assert!(page.contains("href=\"plain\""), "{page}");
    }
}
