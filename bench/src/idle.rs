//! Idle connections: open many, hold them, send nothing; with the server's pid, what they
//! cost it in resident memory.

use std::io;
use std::net::SocketAddr;
use std::time::{Duration, Instant};

use percore_proactor::net::TcpStream;
use percore_proactor::{Proactor, spawn, time};
use serde::Serialize;

/// What holding the connections cost the server.
#[derive(Debug, Clone, Serialize)]
pub struct IdleReport {
    /// Connections held.
    pub connections: usize,
    /// The server's resident memory before they opened, KiB.
    pub rss_before_kib: u64,
    /// Its resident memory with all of them open and accepted, KiB.
    pub rss_after_kib: u64,
    /// The difference per connection, KiB.
    pub kib_per_conn: f64,
}

/// The open descriptors of `pid` and its descendants once they have stayed the same for
/// 500 ms: a server just started may still hold descriptors of its start-up, or not have
/// forked its workers yet (nginx's master), which would be counted as connections (or their
/// memory missed from the baseline).
///
/// # Errors
///
/// `TimedOut` when the count has not settled within 5 s.
fn settled_fd_count(pid: u32) -> io::Result<usize> {
    let deadline = Instant::now() + Duration::from_secs(5);
    let (mut last, mut since) = (fd_count(pid)?, Instant::now());
    while since.elapsed() < Duration::from_millis(500) {
        if Instant::now() > deadline {
            return Err(io::Error::new(
                io::ErrorKind::TimedOut,
                "the server's open descriptors did not settle within 5 s",
            ));
        }
        std::thread::sleep(Duration::from_millis(50));
        let now = fd_count(pid)?;
        if now != last {
            (last, since) = (now, Instant::now());
        }
    }
    Ok(last)
}

/// The resident memory of `pid` and its descendants in KiB (`VmRSS`, summed).
pub fn rss_kib(pid: u32) -> io::Result<u64> {
    let mut total = 0;
    for p in crate::cpu::process_tree(pid) {
        let status = std::fs::read_to_string(format!("/proc/{p}/status"))?;
        total += status
            .lines()
            .find_map(|l| l.strip_prefix("VmRSS:"))
            .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
            .ok_or_else(|| io::Error::other(format!("no VmRSS for process {p}")))?;
    }
    Ok(total)
}

/// Open file descriptors of `pid` and its descendants.
fn fd_count(pid: u32) -> io::Result<usize> {
    let mut total = 0;
    for p in crate::cpu::process_tree(pid) {
        total += std::fs::read_dir(format!("/proc/{p}/fd"))?.count();
    }
    Ok(total)
}

/// Opens `connections` connections to `addr` (at most 512 connecting at once), prints
/// `connected N` on stdout, holds them for `hold`, then closes them.
///
/// With `server_pid`, also waits (10 s at most) until the server holds a descriptor for each,
/// and reports its resident memory before and after.
///
/// # Errors
///
/// The first connect error, or the server not accepting them all in time.
pub fn hold(
    addr: SocketAddr,
    connections: usize,
    hold: Duration,
    server_pid: Option<u32>,
) -> io::Result<Option<IdleReport>> {
    let before = server_pid
        .map(|p| {
            let fds = settled_fd_count(p)?;
            Ok::<_, io::Error>((rss_kib(p)?, fds))
        })
        .transpose()?;
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
        let report = match (server_pid, before) {
            (Some(pid), Some((rss_before_kib, fds))) => {
                let deadline = Instant::now() + Duration::from_secs(10);
                while fd_count(pid)? < fds + connections {
                    if Instant::now() > deadline {
                        return Err(io::Error::new(
                            io::ErrorKind::TimedOut,
                            format!("the server accepted fewer than {connections} in 10 s"),
                        ));
                    }
                    time::sleep(Duration::from_millis(20)).await;
                }
                time::sleep(hold).await;
                let rss_after_kib = rss_kib(pid)?;
                Some(IdleReport {
                    connections,
                    rss_before_kib,
                    rss_after_kib,
                    kib_per_conn: rss_after_kib.saturating_sub(rss_before_kib) as f64
                        / connections.max(1) as f64,
                })
            }
            _ => {
                time::sleep(hold).await;
                None
            }
        };
        drop(open);
        Ok(report)
    })
}
