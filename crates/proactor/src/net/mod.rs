//! TCP over the proactor.

mod listener;
pub(crate) mod splice;
mod stream;

pub use listener::{AcceptStream, TcpListener};
pub use stream::{RecvStream, TcpStream};
