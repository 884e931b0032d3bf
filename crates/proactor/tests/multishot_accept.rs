//! One multishot accept serving many connections, and its cancellation.

mod common;

use std::os::fd::AsRawFd;
use std::time::Duration;

use common::run;
use percore_proactor::net::{TcpListener, TcpStream};
use percore_proactor::{spawn, stats, time};

#[test]
fn five_hundred_connections_from_one_submission() {
    run(async {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let clients = spawn(async move {
            let mut streams = Vec::new();
            for _ in 0..500 {
                streams.push(TcpStream::connect(addr).await.expect("connect"));
            }
            streams
        });
        let before = stats();
        let mut incoming = listener.accept_multi();
        let mut accepted = Vec::new();
        while accepted.len() < 500 {
            let stream = incoming
                .next()
                .await
                .expect("stream ended")
                .expect("accept");
            accepted.push(stream);
        }
        let submitted = stats().submitted - before.submitted;
        let clients = clients.await.unwrap();
        assert_eq!(clients.len(), 500);
        // 500 connects plus a handful of internal SQEs; one accept SQE served all 500 (not 500
        // accept SQEs).
        assert!(
            submitted < 500 + 100,
            "{submitted} SQEs for 500 accepts and 500 connects"
        );
        let mut peers: Vec<_> = accepted.iter().map(|s| s.peer_addr().unwrap()).collect();
        peers.sort();
        peers.dedup();
        assert_eq!(
            peers.len(),
            500,
            "every accepted stream is a distinct connection"
        );
    });
}

#[test]
fn cancel_ends_the_stream_after_queued_connections() {
    run(async {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let mut incoming = listener.accept_multi();
        let c1 = TcpStream::connect(addr).await.unwrap();
        let first = incoming.next().await.unwrap().unwrap();
        incoming.cancel();
        // Whatever the kernel accepted before the cancel still comes out; then None.
        let mut more = 0;
        while let Some(conn) = time::timeout(Duration::from_secs(5), incoming.next())
            .await
            .expect("cancelled stream must end")
        {
            conn.unwrap();
            more += 1;
        }
        assert_eq!(more, 0);
        drop((c1, first));
        // After the cancel, a new connection waits in the backlog for a new accept.
        let _c2 = TcpStream::connect(addr).await.unwrap();
        let (s, _) = listener.accept().await.unwrap();
        assert!(s.peer_addr().is_ok());
    });
}

#[test]
fn an_ipv6_listener_listens_to_ipv6_only() {
    run(async {
        // Where IPv6 is off there is nothing to check.
        let Ok(listener) = TcpListener::bind("[::1]:0") else {
            return;
        };
        // SAFETY: the descriptor is the listener's, open for the whole borrow.
        let fd = unsafe { std::os::fd::BorrowedFd::borrow_raw(listener.as_raw_fd()) };
        assert!(socket2::SockRef::from(&fd).only_v6().unwrap());
    });
}
