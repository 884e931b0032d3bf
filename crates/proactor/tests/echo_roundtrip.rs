//! Echo round trips over real sockets: payload sizes, many connections, every receive and
//! send flavour.

mod common;

use std::net::Shutdown;
use std::rc::Rc;

use common::{EchoServer, RecvMode, echo_blocking, payload, run};
use percore_proactor::net::{TcpListener, TcpStream};
use percore_proactor::{BufRing, IoBuf, spawn};

const SIZES: [usize; 8] = [1, 2, 100, 4095, 4096, 65_537, 1 << 20, 4 << 20];

#[test]
fn payloads_1b_to_4mib_multishot() {
    let server = EchoServer::start(1024, 4096, RecvMode::Multi);
    for (i, size) in SIZES.into_iter().enumerate() {
        let data = payload(size, i as u64);
        assert!(
            echo_blocking(server.addr, &data) == data,
            "{size} bytes echoed wrong"
        );
    }
    let stats = server.stop();
    assert!(stats.completed > 0);
}

#[test]
fn payloads_1b_to_4mib_single_recv() {
    let server = EchoServer::start(256, 16 * 1024, RecvMode::Single);
    for (i, size) in SIZES.into_iter().enumerate() {
        let data = payload(size, 100 + i as u64);
        assert!(
            echo_blocking(server.addr, &data) == data,
            "{size} bytes echoed wrong"
        );
    }
    server.stop();
}

#[test]
fn thousand_concurrent_connections() {
    let server = EchoServer::start(4096, 4096, RecvMode::Multi);
    let addr = server.addr;
    run(async move {
        let handles: Vec<_> = (0..1000u64)
            .map(|i| {
                spawn(async move {
                    let stream = TcpStream::connect(addr).await.expect("connect");
                    let data = payload(1000 + (i as usize % 7) * 1000, i);
                    let (res, _) = stream.send_all(data.clone()).await;
                    res.expect("send");
                    let mut got = Vec::with_capacity(data.len());
                    while got.len() < data.len() {
                        let (res, buf) = stream.recv(Vec::with_capacity(16 * 1024)).await;
                        let n = res.expect("recv");
                        assert!(n > 0, "early end of stream");
                        got.extend_from_slice(&buf);
                    }
                    assert!(got == data, "connection {i} echoed wrong");
                })
            })
            .collect();
        for h in handles {
            h.await.expect("client task");
        }
    });
    server.stop();
}

#[test]
fn vectored_zero_copy_and_half_close() {
    run(async {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let server = spawn(async move {
            let ring = BufRing::builder()
                .entries(64)
                .buf_size(1024)
                .build()
                .unwrap();
            let (stream, peer) = listener.accept().await.unwrap();
            assert!(peer.ip().is_loopback());
            let mut received = Vec::new();
            // Everything until the client's half-close, then reply once and close our side.
            while let Some(buf) = stream.recv_ring(&ring).await.unwrap() {
                received.extend_from_slice(&buf);
            }
            let parts = vec![b"got ".to_vec(), received.len().to_string().into_bytes()];
            let (res, parts) = stream.send_vectored(parts).await;
            assert_eq!(res.unwrap(), 4 + parts[1].len());
            let (res, big) = stream.send_zc(vec![7u8; 256 * 1024]).await;
            let mut sent = res.unwrap();
            if sent < big.len() {
                let (res, _) = stream.send_all(big.slice(sent..)).await;
                res.unwrap();
                sent = 256 * 1024;
            }
            assert_eq!(sent, 256 * 1024);
            stream.shutdown(Shutdown::Write).await.unwrap();
            received
        });
        let client = TcpStream::connect(addr).await.unwrap();
        let data = payload(10_000, 9);
        client.send_all(data.clone()).await.0.unwrap();
        client.shutdown(Shutdown::Write).await.unwrap();
        let mut reply = Vec::new();
        loop {
            let (res, buf) = client.recv(Vec::with_capacity(64 * 1024)).await;
            if res.unwrap() == 0 {
                break;
            }
            reply.extend_from_slice(&buf);
        }
        let head = b"got 10000";
        assert_eq!(&reply[..head.len()], head);
        assert_eq!(reply.len(), head.len() + 256 * 1024);
        assert!(reply[head.len()..].iter().all(|&b| b == 7));
        assert_eq!(server.await.unwrap(), data);
    });
}

#[test]
fn stream_shared_between_tasks() {
    let server = EchoServer::start(64, 4096, RecvMode::Multi);
    let addr = server.addr;
    run(async move {
        let stream = Rc::new(TcpStream::connect(addr).await.unwrap());
        stream.set_nodelay(true).unwrap();
        assert_eq!(stream.peer_addr().unwrap(), addr);
        let reader = {
            let stream = stream.clone();
            spawn(async move {
                let mut got = Vec::new();
                while got.len() < 100_000 {
                    let (res, buf) = stream.recv(Vec::with_capacity(8192)).await;
                    assert!(res.unwrap() > 0);
                    got.extend_from_slice(&buf);
                }
                got
            })
        };
        let data = payload(100_000, 3);
        stream.send_all(data.clone()).await.0.unwrap();
        assert_eq!(reader.await.unwrap(), data);
    });
    server.stop();
}

#[test]
fn a_stream_knows_whether_another_handle_or_an_operation_holds_it() {
    run(async {
        let (client, server) = common::connected_pair().await;
        assert!(!server.is_shared());
        let other = server.share();
        assert!(server.is_shared() && other.is_shared());
        drop(other);
        assert!(!server.is_shared());
        // An operation holds the socket from its making, in flight, and (dropped in flight)
        // until the kernel has let go of it; no other handle is involved.
        let mut recv = Box::pin(server.recv(Vec::with_capacity(16)));
        assert!(server.is_shared(), "an operation made holds the socket");
        std::future::poll_fn(|cx| {
            assert!(recv.as_mut().poll(cx).is_pending());
            std::task::Poll::Ready(())
        })
        .await;
        assert!(
            server.is_shared(),
            "an operation in flight holds the socket"
        );
        drop(recv);
        let until = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while server.is_shared() {
            assert!(
                std::time::Instant::now() < until,
                "the dropped receive never let go"
            );
            percore_proactor::yield_now().await;
        }
        // Received by a task of its own, through a share: held until that task ends.
        let receiving = {
            let server = server.share();
            spawn(async move { server.recv(Vec::with_capacity(16)).await.0.unwrap() })
        };
        percore_proactor::yield_now().await;
        assert!(server.is_shared());
        client.send_all(b"x".to_vec()).await.0.unwrap();
        assert_eq!(receiving.await.unwrap(), 1);
        assert!(!server.is_shared());
    });
}

#[test]
fn sends_are_counted_as_they_go_and_unacknowledged_bytes_seen() {
    run(async {
        let (client, server) = common::connected_pair().await;
        let server = Rc::new(server);
        // The client reads nothing at first: the server's bytes fill the buffers on the way,
        // then wait in the server's queue, unacknowledged.
        let total = 32usize << 20;
        let data = payload(total, 9);
        let sent = Rc::new(std::cell::Cell::new(0u64));
        let sending = {
            let (server, sent, data) = (server.clone(), sent.clone(), data.clone());
            spawn(async move { server.send_all_counting(data, &sent).await.0 })
        };
        percore_proactor::time::sleep(std::time::Duration::from_millis(200)).await;
        let partial = sent.get();
        assert!(
            partial > 0 && partial < total as u64,
            "{partial} bytes counted"
        );
        assert!(server.unacked_bytes().unwrap() > 0);
        let mut got = Vec::with_capacity(total);
        while got.len() < total {
            let (res, buf) = client.recv(Vec::with_capacity(1 << 20)).await;
            assert!(res.unwrap() > 0, "end of stream after {} bytes", got.len());
            got.extend_from_slice(&buf);
        }
        sending.await.unwrap().unwrap();
        assert_eq!(sent.get(), total as u64);
        assert!(got == data, "bytes differ");
        // Everything read: the queue empties once the last acknowledgement is in.
        let until = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while server.unacked_bytes().unwrap() > 0 {
            assert!(
                std::time::Instant::now() < until,
                "bytes left unacknowledged"
            );
            percore_proactor::time::sleep(std::time::Duration::from_millis(5)).await;
        }
    });
}

#[test]
fn an_aborted_stream_drops_its_queue_and_resets_the_peer_while_still_shared() {
    run(async {
        let (client, server) = common::connected_pair().await;
        let server = Rc::new(server);
        // The client reads nothing: megabytes wait in the server's queue.
        let sent = Rc::new(std::cell::Cell::new(0u64));
        let sending = {
            let (server, sent) = (server.clone(), sent.clone());
            spawn(async move {
                server
                    .send_all_counting(payload(32 << 20, 3), &sent)
                    .await
                    .0
            })
        };
        percore_proactor::time::sleep(std::time::Duration::from_millis(200)).await;
        let queued = server.unacked_bytes().unwrap() as u64;
        assert!(queued > 0);
        // A second handle is held: a close would reset only at the last one.
        let other = server.share();
        server.abort().unwrap();
        // Bounded, so that an abort that does nothing fails the test rather than hang it.
        let five_s = std::time::Duration::from_secs(5);
        let err = percore_proactor::time::timeout(five_s, sending)
            .await
            .expect("the send ends")
            .unwrap()
            .unwrap_err();
        assert!(
            matches!(
                err.raw_os_error(),
                Some(libc::EPIPE | libc::ENOTCONN | libc::ECONNRESET)
            ),
            "the send ends: {err:?}"
        );
        // The peer reads what had reached it, then the reset: none of the queue's bytes.
        let until = std::time::Instant::now() + std::time::Duration::from_secs(5);
        let mut got = 0;
        let end = loop {
            assert!(
                std::time::Instant::now() < until,
                "no reset reached the peer"
            );
            let recv =
                percore_proactor::time::timeout(five_s, client.recv(Vec::with_capacity(1 << 20)));
            match recv.await.expect("the peer's read ends").0 {
                Ok(n) if n > 0 => got += n as u64,
                other => break other,
            }
        };
        assert_eq!(
            end.map_err(|e| e.kind()),
            Err(std::io::ErrorKind::ConnectionReset),
            "the peer sees a reset after {got} bytes"
        );
        // Delivered, the queue alone would have been more than that.
        assert!(
            got < queued,
            "{got} bytes reached the peer, of {queued} in the server's queue at the abort"
        );
        // Aborted already, through another handle: nothing more to do, and no harm.
        other.abort().unwrap();
    });
}

/// Sends `hello`, one byte of TCP urgent data, then `world` on `client`.
fn hello_urgent_world(client: &mut std::net::TcpStream) {
    use std::os::fd::AsRawFd;
    std::io::Write::write_all(client, b"hello").unwrap();
    // SAFETY: send(2) reads one byte from a live buffer on a socket the caller holds.
    let sent = unsafe { libc::send(client.as_raw_fd(), b"!".as_ptr().cast(), 1, libc::MSG_OOB) };
    assert_eq!(sent, 1, "{}", std::io::Error::last_os_error());
    std::io::Write::write_all(client, b"world").unwrap();
}

#[test]
fn a_read_stopped_at_urgent_data_goes_on_to_what_follows_it() {
    run(async {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let ring = Rc::new(BufRing::builder().entries(4).buf_size(64).build().unwrap());
        for way in ["recv", "ring", "readiness"] {
            let mut client = std::net::TcpStream::connect(addr).unwrap();
            let (server, _) = listener.accept().await.unwrap();
            let ring = ring.clone();
            // The reader waits for the request first (on epoll, the socket is then watched
            // and its readiness used up).
            let reader = spawn(async move {
                let mut got = Vec::new();
                let reads = async {
                    while got.len() < b"helloworld".len() {
                        match way {
                            "ring" => {
                                let buf = server.recv_ring(&ring).await.unwrap().expect("data");
                                got.extend_from_slice(&buf);
                            }
                            "recv" => {
                                let (n, buf) = server.recv(Vec::with_capacity(64)).await;
                                assert!(n.unwrap() > 0, "end of stream");
                                got.extend_from_slice(&buf);
                            }
                            _ => {
                                // As TLS reads: a wait for readiness, then a read now.
                                let mut buf = [0u8; 64];
                                match server.recv_now(&mut buf) {
                                    Ok(n) => {
                                        assert!(n > 0, "end of stream");
                                        got.extend_from_slice(&buf[..n]);
                                    }
                                    Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                                        server.readable().await.unwrap();
                                    }
                                    Err(e) => panic!("{e}"),
                                }
                            }
                        }
                    }
                };
                let done =
                    percore_proactor::time::timeout(std::time::Duration::from_secs(2), reads).await;
                (done.is_ok(), got)
            });
            percore_proactor::time::sleep(std::time::Duration::from_millis(20)).await;
            // All of it arrives while this thread is held: one readiness edge for the lot,
            // and the first read stops short at the urgent mark.
            hello_urgent_world(&mut client);
            std::thread::sleep(std::time::Duration::from_millis(50));
            let (done, got) = reader.await.unwrap();
            assert!(done, "stalled after {got:?} ({way})");
            assert_eq!(got, b"helloworld");
            drop(client);
        }
    });
}
