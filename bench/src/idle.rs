//! Idle connections: open many, hold them, send nothing (for RSS per idle connection).

use std::io;
use std::net::SocketAddr;
use std::time::Duration;

use percore_proactor::net::TcpStream;
use percore_proactor::{Proactor, spawn, time};

/// Opens `connections` connections to `addr` (at most 512 connecting at once), prints
/// `connected N` on stdout, holds them for `hold`, then closes them.
///
/// # Errors
///
/// The first connect error.
pub fn hold(addr: SocketAddr, connections: usize, hold: Duration) -> io::Result<()> {
    let proactor = Proactor::builder().build()?;
    proactor.block_on(async move {
        let mut open = Vec::with_capacity(connections);
        let mut left = connections;
        while left > 0 {
            let batch: Vec<_> = (0..left.min(512))
                .map(|_| spawn(TcpStream::connect(addr)))
                .collect();
            left -= batch.len();
            for h in batch {
                open.push(h.await.map_err(|e| io::Error::other(e.to_string()))??);
            }
        }
        println!("connected {}", open.len());
        time::sleep(hold).await;
        drop(open);
        Ok(())
    })
}
