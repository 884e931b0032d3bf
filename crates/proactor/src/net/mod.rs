//! TCP over the proactor.

mod activation;
mod listener;
mod room;
mod sendfile;
mod sockopt;
pub(crate) mod splice;
mod stream;

pub use activation::systemd_listeners;
pub use listener::{AcceptStream, TcpListener};
pub use sockopt::{
    set_incoming_cpu, set_tcp_defer_accept, steer_reuseport_by_cpu, unsteer_reuseport,
};
pub(crate) use stream::ip_addr;
pub use stream::{RecvStream, SEND_NOW_MIN, TcpStream};
