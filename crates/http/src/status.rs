//! Response statuses: any code HTTP defines (100 to 599), with names for the common ones.

use std::fmt;

/// An HTTP response status: a code from 100 to 599.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Status(u16);

/// Declares the named statuses and their reason phrases.
macro_rules! statuses {
    ($($name:ident = $code:literal, $reason:literal;)+) => {
        impl Status {
            $(
                #[doc = concat!("`", stringify!($code), " ", $reason, "`")]
                pub const $name: Status = Status($code);
            )+

            /// The standard reason phrase; `""` for a code without one (a phrase is optional
            /// in HTTP/1.1).
            pub const fn reason(self) -> &'static str {
                match self.0 {
                    $($code => $reason,)+
                    _ => "",
                }
            }

            /// The whole status line, `HTTP/1.1 <code> <reason>\r\n`, of a named status.
            pub(crate) const fn status_line(self) -> Option<&'static str> {
                match self.0 {
                    $($code => Some(concat!("HTTP/1.1 ", stringify!($code), " ", $reason, "\r\n")),)+
                    _ => None,
                }
            }
        }
    };
}

statuses! {
    CONTINUE = 100, "Continue";
    SWITCHING_PROTOCOLS = 101, "Switching Protocols";
    OK = 200, "OK";
    CREATED = 201, "Created";
    ACCEPTED = 202, "Accepted";
    NON_AUTHORITATIVE_INFORMATION = 203, "Non-Authoritative Information";
    NO_CONTENT = 204, "No Content";
    RESET_CONTENT = 205, "Reset Content";
    PARTIAL_CONTENT = 206, "Partial Content";
    MULTIPLE_CHOICES = 300, "Multiple Choices";
    MOVED_PERMANENTLY = 301, "Moved Permanently";
    FOUND = 302, "Found";
    SEE_OTHER = 303, "See Other";
    NOT_MODIFIED = 304, "Not Modified";
    TEMPORARY_REDIRECT = 307, "Temporary Redirect";
    PERMANENT_REDIRECT = 308, "Permanent Redirect";
    BAD_REQUEST = 400, "Bad Request";
    UNAUTHORIZED = 401, "Unauthorized";
    PAYMENT_REQUIRED = 402, "Payment Required";
    FORBIDDEN = 403, "Forbidden";
    NOT_FOUND = 404, "Not Found";
    METHOD_NOT_ALLOWED = 405, "Method Not Allowed";
    NOT_ACCEPTABLE = 406, "Not Acceptable";
    REQUEST_TIMEOUT = 408, "Request Timeout";
    CONFLICT = 409, "Conflict";
    GONE = 410, "Gone";
    LENGTH_REQUIRED = 411, "Length Required";
    PRECONDITION_FAILED = 412, "Precondition Failed";
    CONTENT_TOO_LARGE = 413, "Content Too Large";
    URI_TOO_LONG = 414, "URI Too Long";
    UNSUPPORTED_MEDIA_TYPE = 415, "Unsupported Media Type";
    RANGE_NOT_SATISFIABLE = 416, "Range Not Satisfiable";
    EXPECTATION_FAILED = 417, "Expectation Failed";
    MISDIRECTED_REQUEST = 421, "Misdirected Request";
    UNPROCESSABLE_CONTENT = 422, "Unprocessable Content";
    TOO_MANY_REQUESTS = 429, "Too Many Requests";
    HEADER_FIELDS_TOO_LARGE = 431, "Request Header Fields Too Large";
    INTERNAL_SERVER_ERROR = 500, "Internal Server Error";
    NOT_IMPLEMENTED = 501, "Not Implemented";
    BAD_GATEWAY = 502, "Bad Gateway";
    SERVICE_UNAVAILABLE = 503, "Service Unavailable";
    GATEWAY_TIMEOUT = 504, "Gateway Timeout";
    VERSION_NOT_SUPPORTED = 505, "HTTP Version Not Supported";
}

impl Status {
    /// The status with `code`; `None` outside 100 to 599, the codes HTTP defines (RFC 9110
    /// §15: others are invalid).
    pub const fn from_code(code: u16) -> Option<Status> {
        if code >= 100 && code <= 599 {
            Some(Status(code))
        } else {
            None
        }
    }

    /// The numeric code.
    pub const fn code(self) -> u16 {
        self.0
    }

    /// The class: 1 for 1xx, 2 for 2xx, ... 5 for 5xx.
    pub const fn class(self) -> u16 {
        self.0 / 100
    }

    /// Whether a response with this status never has a body (1xx, 204, 304).
    pub const fn is_bodiless(self) -> bool {
        self.0 < 200 || self.0 == 204 || self.0 == 304
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.reason() {
            "" => write!(f, "{}", self.0),
            reason => write!(f, "{} {reason}", self.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_reasons() {
        assert_eq!(Status::NOT_FOUND.code(), 404);
        assert_eq!(Status::NOT_FOUND.to_string(), "404 Not Found");
        assert_eq!(Status::from_code(599).unwrap().to_string(), "599");
        assert_eq!(Status::from_code(99), None);
        assert_eq!(Status::from_code(600), None);
        assert_eq!(Status::from_code(1000), None);
        assert!(Status::NOT_MODIFIED.is_bodiless() && Status::CONTINUE.is_bodiless());
        assert!(!Status::OK.is_bodiless());
        assert_eq!(Status::CREATED.class(), 2);
    }
}
