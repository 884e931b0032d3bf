//! Content types from file names, with a charset for text.

/// Types mime_guess names by an older, unregistered name (`application/font-woff`), or not as
/// browsers expect (a source map as text): the registered ones (RFC 8081 for fonts).
const CURRENT: &[(&str, &str)] = &[
    ("woff", "font/woff"),
    ("woff2", "font/woff2"),
    ("otf", "font/otf"),
    ("ttf", "font/ttf"),
    ("map", "application/json"),
];

/// The `Content-Type` of a file named `name`: from its extension (mime_guess, with the
/// current names of font types and source maps), with `; charset=utf-8` for text,
/// JavaScript, JSON, XML and SVG; `application/octet-stream` when the extension is unknown.
pub fn content_type(name: &str) -> String {
    let ext = name.rsplit_once('.').map(|(_, e)| e);
    let current = CURRENT
        .iter()
        .find(|(e, _)| ext.is_some_and(|x| x.eq_ignore_ascii_case(e)))
        .map(|&(_, mime)| mime);
    let Some(mime) = current.or_else(|| mime_guess::from_path(name).first_raw()) else {
        return "application/octet-stream".to_string();
    };
    let texty = mime.starts_with("text/")
        || matches!(
            mime,
            "application/javascript" | "application/json" | "application/xml" | "image/svg+xml"
        );
    if texty {
        format!("{mime}; charset=utf-8")
    } else {
        mime.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_by_extension() {
        assert_eq!(content_type("index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("a/b/style.CSS"), "text/css; charset=utf-8");
        assert_eq!(content_type("app.js"), "text/javascript; charset=utf-8");
        assert_eq!(content_type("data.json"), "application/json; charset=utf-8");
        assert_eq!(content_type("logo.svg"), "image/svg+xml; charset=utf-8");
        assert_eq!(content_type("photo.jpg"), "image/jpeg");
        assert_eq!(content_type("archive.tar.gz"), "application/gzip");
        assert_eq!(content_type("noextension"), "application/octet-stream");
        assert_eq!(content_type("weird.zzzz"), "application/octet-stream");
        assert_eq!(content_type("fonts/a.woff"), "font/woff");
        assert_eq!(content_type("fonts/a.WOFF2"), "font/woff2");
        assert_eq!(content_type("a.otf"), "font/otf");
        assert_eq!(
            content_type("app.js.map"),
            "application/json; charset=utf-8"
        );
    }
}
