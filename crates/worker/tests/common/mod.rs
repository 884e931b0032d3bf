//! Helpers for the worker tests: settings for a pool on loopback port 0, an echo handler,
//! blocking clients with timeouts.

#![allow(dead_code, unreachable_pub)]

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::Duration;

use percore_config::{Pin, Settings, Workers};
use percore_proactor::net::TcpStream as PcStream;

/// Settings for `n` workers on 127.0.0.1 port 0, pinned where possible.
pub fn settings(n: usize) -> Settings {
    Settings {
        workers: Workers::Count(n),
        pin: Pin::BestEffort,
        listen: vec!["127.0.0.1:0".parse().unwrap()],
        ..Settings::default()
    }
}

/// Echoes everything until the peer closes.
pub async fn echo(stream: PcStream) {
    let mut buf = Vec::with_capacity(16 * 1024);
    loop {
        let (res, b) = stream.recv(buf).await;
        match res {
            Ok(n) if n > 0 => {}
            _ => return,
        }
        let (res, b) = stream.send_all(b).await;
        if res.is_err() {
            return;
        }
        buf = b;
    }
}

/// A blocking client with timeouts, so a hung test fails instead of hanging.
pub fn client(addr: SocketAddr) -> TcpStream {
    let s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(20))).unwrap();
    s.set_write_timeout(Some(Duration::from_secs(20))).unwrap();
    s
}

/// One round trip of `msg` over `s`.
pub fn round_trip(s: &mut TcpStream, msg: &[u8]) -> Vec<u8> {
    s.write_all(msg).unwrap();
    let mut got = vec![0; msg.len()];
    s.read_exact(&mut got).unwrap();
    got
}

/// The CPUs a thread of this process may run on, from /proc.
pub fn thread_cpus(tid: u32) -> String {
    let status = std::fs::read_to_string(format!("/proc/self/task/{tid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("Cpus_allowed_list:"))
        .unwrap()
        .trim()
        .to_string()
}

/// Number of open descriptors of this process.
pub fn fd_count() -> usize {
    std::fs::read_dir("/proc/self/fd").unwrap().count()
}
