//! Sends through the ring that find their socket full, and full again after it had room:
//! each waits for room on the ring (never in one of the kernel's worker threads) and sends
//! its bytes after those sent before it, in order.

mod common;

use std::io::{self, Read};
use std::time::Duration;

use common::{assert_no_thread_each, run, threads};
use percore_proactor::net::{TcpListener, TcpStream};
use percore_proactor::{spawn, time};

/// A client whose receive buffer stays at 64 KiB (no autotuning that would make room
/// while the test looks away).
fn client(addr: std::net::SocketAddr) -> std::net::TcpStream {
    let s = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
    s.set_recv_buffer_size(64 << 10).unwrap();
    s.connect(&addr.into()).unwrap();
    s.into()
}

/// Sends `byte` on each stream until its socket has no room and the bytes it had on their
/// way are acknowledged (which makes room again): the bytes sent on each.
fn fill(streams: &[TcpStream], byte: u8) -> Vec<usize> {
    let mut sent: Vec<usize> = streams.iter().map(|s| fill_now(s, byte)).collect();
    loop {
        // Longer than a delayed acknowledgement takes.
        std::thread::sleep(Duration::from_millis(250));
        let more: Vec<usize> = streams.iter().map(|s| fill_now(s, byte)).collect();
        if more.iter().all(|&n| n == 0) {
            return sent;
        }
        sent.iter_mut().zip(more).for_each(|(s, m)| *s += m);
    }
}

/// Sends `byte` on `stream`, now, until the socket has no room: the bytes sent.
fn fill_now(stream: &TcpStream, byte: u8) -> usize {
    let chunk = vec![byte; 64 << 10];
    let mut sent = 0;
    loop {
        match stream.send_vectored_now(&[io::IoSlice::new(&chunk)]) {
            Ok(n) => sent += n,
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => return sent,
            Err(e) => panic!("filling the socket: {e}"),
        }
    }
}

/// Reads what `client` holds, now, until it has nothing more: the bytes, in order.
fn drain(client: &mut std::net::TcpStream) -> Vec<u8> {
    client.set_nonblocking(true).unwrap();
    let mut got = Vec::new();
    let mut buf = vec![0u8; 256 << 10];
    loop {
        match client.read(&mut buf) {
            Ok(0) => panic!("the server closed the connection"),
            Ok(n) => got.extend_from_slice(&buf[..n]),
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
            Err(e) => panic!("draining: {e}"),
        }
    }
    client.set_nonblocking(false).unwrap();
    got
}

#[test]
fn sends_that_find_their_socket_full_wait_for_room_on_the_ring_in_order() {
    const CLIENTS: usize = 16;
    const SEND: usize = 64 << 10;
    run(async {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let mut clients: Vec<_> = (0..CLIENTS).map(|_| client(addr)).collect();
        let mut streams = Vec::new();
        for _ in 0..CLIENTS {
            let stream = listener.accept().await.unwrap().0;
            // Fixed, so that it does not grow while the test looks away.
            stream.as_socket().set_send_buffer_size(64 << 10).unwrap();
            streams.push(stream);
        }
        let before = threads();
        // Each socket full, then a send through the ring that has to wait for room.
        let mut expected: Vec<Vec<u8>> = fill(&streams, 0xAA)
            .into_iter()
            .map(|n| vec![0xAA; n])
            .collect();
        let sends: Vec<_> = streams
            .iter()
            .map(|s| {
                let s = s.share();
                spawn(async move { s.send(vec![0xCC; SEND]).await.0 })
            })
            .collect();
        time::sleep(Duration::from_millis(100)).await;
        // The clients read everything: the sockets have room, and the waiting sends are due
        // to run. Before this thread gives the ring a turn to run them, the sockets are
        // filled again, so that each finds no room after being told there is.
        for (client, want) in clients.iter_mut().zip(&mut expected) {
            let got = drain(client);
            assert!(
                got.iter().all(|&b| b == 0xAA),
                "only the first fill was sent: {} of {}, the first other at {:?}",
                got.len(),
                want.len(),
                got.iter().position(|&b| b != 0xAA)
            );
            want.drain(..got.len());
        }
        for (stream, want) in streams.iter().zip(&mut expected) {
            want.extend(std::iter::repeat_n(0xBB, fill_now(stream, 0xBB)));
        }
        time::sleep(Duration::from_millis(500)).await;
        assert_no_thread_each(before, CLIENTS, "sends waiting for room");
        // io_uring: each send met the full socket and waited for room on the ring (the
        // kernel, before sends carried `MSG_DONTWAIT`, waited on a poll of its own, and this
        // stayed 0). epoll parks every operation on its readiness anyway.
        if percore_proactor::features().backend() == percore_proactor::Backend::IoUring {
            let waits = percore_proactor::stats().readiness_waits;
            assert!(waits >= CLIENTS as u64, "waits for readiness: {waits}");
        }
        // The clients read now: every send completes, after the bytes sent before it.
        let readers: Vec<_> = clients
            .into_iter()
            .zip(expected)
            .map(|(mut c, want)| {
                std::thread::spawn(move || {
                    c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
                    let mut got = vec![0u8; want.len()];
                    c.read_exact(&mut got).unwrap();
                    assert!(
                        got == want,
                        "the bytes before the send arrive first, in order"
                    );
                    let mut tail = Vec::new();
                    let mut buf = [0u8; 64 << 10];
                    while tail.len() < SEND {
                        match c.read(&mut buf) {
                            Ok(0) | Err(_) => break,
                            Ok(n) => tail.extend_from_slice(&buf[..n]),
                        }
                    }
                    tail
                })
            })
            .collect();
        for (send, reader) in sends.into_iter().zip(readers) {
            let n = send
                .await
                .expect("the send completes")
                .expect("the send succeeds");
            assert!(n > 0 && n <= SEND, "sent {n} of {SEND}");
            let tail = reader.join().unwrap();
            assert_eq!(tail.len(), n, "the client got what the send reported");
            assert!(tail.iter().all(|&b| b == 0xCC), "the send's own bytes");
        }
    });
}
