//! `percore-http`: HTTP/1.1 for percore's static server, with no I/O.
//!
//! - [`request`]: request heads parsed with httparse under size limits (414, 431), keep-alive
//!   rules, and framing that cannot be smuggled: `Transfer-Encoding` with `Content-Length`,
//!   duplicate or invalid lengths, codings other than a final `chunked`, obs-fold, bare CR and
//!   whitespace before a colon are all 400, and the connection closes.
//! - [`body`]: request bodies read and discarded within a limit (Content-Length or strictly
//!   parsed chunked).
//! - [`path`]: request targets to paths below the root: percent-decoded once, NUL, control
//!   bytes, backslashes and invalid UTF-8 refused, dot-segments resolved without ever
//!   climbing out, dotfiles denied by default.
//! - [`validators`], [`range`], [`mod@plan`]: entity tags and dates, conditional requests (304,
//!   412), ranges (206, 416; several ranges get the whole representation).
//! - [`encoding`], [`mime`]: precompressed-sibling negotiation and content types.
//! - [`response`], [`html`]: response heads, the cached `Date`, error pages, listings.

#![forbid(unsafe_code)]

pub mod body;
pub mod encoding;
pub mod html;
pub mod mime;
pub mod path;
pub mod plan;
pub mod range;
pub mod request;
pub mod response;
mod scan;
mod status;
pub mod validators;

pub use body::{BodyDecoder, BodyDiscard, Decoded, Fed};
pub use encoding::Coding;
pub use path::{PathError, PathPolicy, SitePath, has_dot_segment, has_escaped_separator, resolve};
pub use plan::{Plan, Representation, plan};
pub use request::{
    Framing, Head, HeadError, LIST_FIELDS, Limits, Method, Parsed, Version, is_authority,
    join_lines, parse_head, parse_head_fields,
};
pub use response::{
    DateCache, HeadWriter, error_page, error_page_len, write_error, write_error_page,
};
pub use scan::HeadScan;
pub use status::Status;
