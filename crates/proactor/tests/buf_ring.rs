//! Buffer rings: exhaustion and recovery with every byte right; leases go back on drop.

mod common;

use common::{EchoServer, RecvMode, echo_blocking, payload, run};
use percore_proactor::net::TcpStream;
use percore_proactor::{Backend, BufRing, features, spawn};

fn exhaust(mode: RecvMode) {
    // 8 buffers of 256 B shared by 40 connections each sending 64 KiB at once, every
    // connection holding its first buffer until the ring has run dry: exhaustion is certain,
    // and the test checks that every receive recovers with every byte right.
    let server = EchoServer::start_exhausting(8, 256, mode);
    let addr = server.addr;
    // Plain blocking clients on their own threads, each writing and reading at once, so that
    // no client waits on another.
    let clients: Vec<_> = (0..40u64)
        .map(|i| {
            std::thread::spawn(move || {
                let data = payload(64 * 1024, i);
                assert!(
                    echo_blocking(addr, &data) == data,
                    "connection {i} echoed wrong"
                );
            })
        })
        .collect();
    for c in clients {
        c.join().expect("client thread");
    }
    let stats = server.stop();
    assert!(
        stats.buf_ring_exhausted > 0,
        "ring of 8 buffers never ran dry while 40 connections held its leases"
    );
}

#[test]
fn exhaustion_and_recovery_multishot() {
    exhaust(RecvMode::Multi);
}

#[test]
fn exhaustion_and_recovery_single_shot() {
    exhaust(RecvMode::Single);
}

#[test]
fn leases_return_to_the_ring() {
    run(async {
        let ring = BufRing::builder().entries(4).buf_size(64).build().unwrap();
        assert_eq!(ring.available(), 4);
        if features().backend() == Backend::IoUring {
            assert!(features().supports_buf_ring());
        }
        let listener = percore_proactor::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let client = TcpStream::connect(addr).await.unwrap();
        let (server, _) = listener.accept().await.unwrap();
        let mut leases = Vec::new();
        for i in 0..4u8 {
            client.send_all(vec![i; 10]).await.0.unwrap();
            let buf = server.recv_ring(&ring).await.unwrap().unwrap();
            assert_eq!(&buf[..], &[i; 10]);
            leases.push(buf);
        }
        assert_eq!(ring.available(), 0);
        // The ring is dry: the next receive waits for a lease to come back, then succeeds.
        client.send_all(vec![9u8; 10]).await.0.unwrap();
        let waiting = {
            let (server, ring) = (std::rc::Rc::new(server), ring.clone());
            spawn(async move { server.recv_ring(&ring).await.unwrap().unwrap().to_vec() })
        };
        percore_proactor::time::sleep(std::time::Duration::from_millis(20)).await;
        assert!(!waiting.is_finished());
        drop(leases.pop());
        assert_eq!(waiting.await.unwrap(), vec![9u8; 10]);
        drop(leases);
        assert_eq!(ring.available(), 4);
        assert!(ring.exhausted() >= 1);
    });
}

#[test]
fn bad_sizes_are_refused() {
    run(async {
        for (entries, size) in [(0, 64), (3, 64), (65_536, 64), (8, 0)] {
            let err = BufRing::builder()
                .entries(entries)
                .buf_size(size)
                .build()
                .unwrap_err();
            assert_eq!(
                err.kind(),
                std::io::ErrorKind::InvalidInput,
                "{entries} x {size}"
            );
        }
    });
}
