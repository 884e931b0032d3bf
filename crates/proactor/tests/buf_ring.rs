//! Buffer rings: exhaustion and recovery with every byte right; leases go back on drop.

mod common;

use common::{EchoServer, RecvMode, echo_blocking, kernel_at_least, payload, run};
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

#[test]
fn a_busy_connection_keeps_reusing_a_few_warm_buffers() {
    run(async {
        // 1,024 buffers, one connection, one message at a time: the buffers it is given come
        // back into use soon (they are still in the CPU's caches), rather than each one of
        // the 1,024 in turn.
        let ring = BufRing::builder()
            .entries(1024)
            .buf_size(512)
            .build()
            .unwrap();
        let (client, server) = common::connected_pair().await;
        let mut rx = server.recv_multi(&ring);
        let mut seen = std::collections::BTreeSet::new();
        for i in 0..500u32 {
            client.send_all(i.to_le_bytes().to_vec()).await.0.unwrap();
            let buf = rx.next().await.unwrap().unwrap();
            assert_eq!(&buf[..], &i.to_le_bytes());
            seen.insert(buf.buffer_id());
        }
        println!("500 receives used {} distinct buffers", seen.len());
        assert!(
            seen.len() <= 128,
            "{} distinct buffers of 1,024",
            seen.len()
        );
        assert_eq!(ring.exhausted(), 0);
    });
}

#[test]
fn many_receives_in_one_tick_grow_the_kernels_share_without_losing_a_byte() {
    run(async {
        // 300 connections whose data is all there before the receives are armed: one kernel
        // entry takes more buffers than the ring starts with in the kernel's hands. The
        // receives that find it empty re-arm once it has grown; none of it is exhaustion.
        let ring = BufRing::builder()
            .entries(1024)
            .buf_size(256)
            .build()
            .unwrap();
        let mut pairs = Vec::new();
        for i in 0..300u32 {
            let (client, server) = common::connected_pair().await;
            client.send_all(i.to_le_bytes().to_vec()).await.0.unwrap();
            pairs.push((client, server));
        }
        let tasks: Vec<_> = pairs
            .into_iter()
            .enumerate()
            .map(|(i, (client, server))| {
                let ring = ring.clone();
                spawn(async move {
                    let mut rx = server.recv_multi(&ring);
                    let buf = rx.next().await.unwrap().unwrap();
                    assert_eq!(&buf[..], &(i as u32).to_le_bytes());
                    drop(client);
                })
            })
            .collect();
        for t in tasks {
            t.await.unwrap();
        }
        assert_eq!(
            ring.exhausted(),
            0,
            "spare buffers were there: not exhaustion"
        );
        assert_eq!(ring.available(), 1024);
    });
}

/// Sends 64 KiB to a stream of 256-byte buffers that nobody takes for a while (its bound
/// `hold`, or none), then counts the buffers that were waiting in it, and reads everything.
/// Returns the count, the ring's exhaustions and the backend.
fn buffers_waiting_in_an_unread_stream(hold: Option<u16>) -> (usize, u64, Backend) {
    run(async {
        let ring = BufRing::builder()
            .entries(128)
            .buf_size(256)
            .build()
            .unwrap();
        let (client, server) = common::connected_pair().await;
        let mut rx = server.recv_multi(&ring);
        // Armed by a first message taken; the bound is set on the armed receive (one set
        // before arming is the TLS intake's case, tested there).
        client.send_all(vec![1u8; 10]).await.0.unwrap();
        assert_eq!(&rx.next().await.unwrap().unwrap()[..], &[1u8; 10]);
        if let Some(hold) = hold {
            rx.hold_at_most(hold);
        }
        let data = payload(64 * 1024, 3);
        client.send_all(data.clone()).await.0.unwrap();
        // Ticks go by with the buffers left waiting.
        percore_proactor::time::sleep(std::time::Duration::from_millis(50)).await;
        // What is there without waiting (no tick in between, so no more can come).
        let mut got = Vec::new();
        let mut waiting = 0;
        std::future::poll_fn(|cx| {
            while let std::task::Poll::Ready(Some(buf)) = rx.poll_next(cx) {
                got.extend_from_slice(&buf.unwrap());
                waiting += 1;
            }
            std::task::Poll::Ready(())
        })
        .await;
        // Then every byte comes through, in order.
        while got.len() < data.len() {
            got.extend_from_slice(&rx.next().await.unwrap().unwrap());
        }
        assert!(got == data, "the stream's bytes differ from those sent");
        client.send_all(vec![2u8; 10]).await.0.unwrap();
        assert_eq!(&rx.next().await.unwrap().unwrap()[..], &[2u8; 10]);
        (waiting, ring.exhausted(), features().backend())
    })
}

#[test]
fn a_stream_nobody_reads_holds_about_its_bound_of_buffers() {
    let (waiting, exhausted, backend) = buffers_waiting_in_an_unread_stream(Some(2));
    println!("bound 2: {waiting} buffers waiting, {exhausted} exhaustions");
    assert_eq!(exhausted, 0, "the ring ran dry");
    // On epoll a buffer is received only when the stream is polled: nothing waits, and
    // the count is of receives made as it was polled. The bytes were checked either way.
    if backend == Backend::IoUring {
        // Without a bound the kernel takes what the ring lets it (the test's premise).
        let (unbounded, _, _) = buffers_waiting_in_an_unread_stream(None);
        println!("no bound: {unbounded} buffers waiting");
        // The bound, plus what the kernel took before the cancel went in: since 6.8 at most
        // 32 buffers per receive between two kernel entries; older kernels take as many as
        // the socket holds, and the bound is only below the unbounded count.
        let within = if kernel_at_least(6, 8) {
            3 + 32
        } else {
            unbounded - 1
        };
        assert!(
            waiting <= within && unbounded > 3 + 32,
            "{waiting} buffers held with a bound of 2, {unbounded} without"
        );
    }
}

/// Bytes each client of the one-byte flood sends, one write (one segment) each.
const FLOOD_BYTES: usize = 6_000;

/// A server that reads `conns` connections of [`FLOOD_BYTES`] each from a ring of 32 buffers
/// of 4 KiB, as an HTTP connection does (each buffer copied out and given back), with every
/// other stream bounded to 2 waiting buffers; it answers each with the bytes' sum once all
/// have come. Returns the ring's exhaustions.
fn flood_server(conns: usize, addr_tx: std::sync::mpsc::Sender<std::net::SocketAddr>) -> u64 {
    run(async move {
        let ring = BufRing::builder()
            .entries(32)
            .buf_size(4096)
            .build()
            .unwrap();
        let listener = percore_proactor::net::TcpListener::bind("127.0.0.1:0").unwrap();
        addr_tx.send(listener.local_addr().unwrap()).unwrap();
        let mut tasks = Vec::new();
        for i in 0..conns {
            let (stream, _) = listener.accept().await.unwrap();
            let ring = ring.clone();
            tasks.push(spawn(async move {
                let mut rx = stream.recv_multi(&ring);
                if i % 2 == 0 {
                    rx.hold_at_most(2);
                }
                let mut got = Vec::new();
                let mut received = 0u32;
                while got.len() < FLOOD_BYTES {
                    let buf = rx.next().await.expect("the client closed early").unwrap();
                    got.extend_from_slice(&buf);
                    received += 1;
                    // A pause now and then, for receives to pile up meanwhile.
                    if received.is_multiple_of(16) {
                        percore_proactor::time::sleep(std::time::Duration::from_millis(2)).await;
                    }
                }
                let sum: u64 = got.iter().map(|&b| u64::from(b)).sum();
                stream.send_all(sum.to_le_bytes().to_vec()).await.0.unwrap();
            }));
        }
        for t in tasks {
            t.await.unwrap();
        }
        ring.exhausted()
    })
}

#[test]
fn floods_of_one_byte_segments_are_received_whole_on_every_connection() {
    // Sixteen clients each write 6,000 bytes one at a time with Nagle off: the server may
    // receive a segment per buffer, so the ring of 32 runs dry and is refilled over and over
    // while every stream re-arms, bounded or not. Every connection must get all its bytes.
    let conns = 16;
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let server = std::thread::spawn(move || flood_server(conns, addr_tx));
    let addr = addr_rx.recv().unwrap();
    let clients: Vec<_> = (0..conns as u64)
        .map(|seed| {
            std::thread::spawn(move || {
                use std::io::{Read, Write};
                let mut s = common::client(addr);
                let data = payload(FLOOD_BYTES, seed);
                for b in &data {
                    s.write_all(std::slice::from_ref(b)).unwrap();
                }
                let mut sum = [0u8; 8];
                s.read_exact(&mut sum)
                    .unwrap_or_else(|e| panic!("connection {seed}: no answer: {e}"));
                let want: u64 = data.iter().map(|&b| u64::from(b)).sum();
                assert_eq!(u64::from_le_bytes(sum), want, "connection {seed}");
            })
        })
        .collect();
    for c in clients {
        c.join().unwrap();
    }
    let exhausted = server.join().unwrap();
    println!("the ring ran dry {exhausted} times");
}

#[test]
fn a_receive_that_finds_every_buffer_taken_waits_for_one_rather_than_spinning() {
    starved_receive_waits(RecvMode::Multi);
    starved_receive_waits(RecvMode::Single);
}

fn starved_receive_waits(mode: RecvMode) {
    run(async {
        // Four buffers, all in the kernel's hands. Connection A's receive takes all four and
        // nobody reads A; B's receive finds the ring empty. Going again at once would find it
        // empty again, tick after tick, for as long as A is not read: B waits for a buffer.
        let ring = BufRing::builder().entries(4).buf_size(64).build().unwrap();
        let (client_a, server_a) = common::connected_pair().await;
        let (client_b, server_b) = common::connected_pair().await;
        let mut rx_a = server_a.recv_multi(&ring);
        client_a.send_all(vec![0u8; 10]).await.0.unwrap();
        assert_eq!(&rx_a.next().await.unwrap().unwrap()[..], &[0u8; 10]);
        // 256 bytes: the four buffers of 64 filled, however the kernel splits its receives.
        for i in 1..=4u8 {
            client_a.send_all(vec![i; 64]).await.0.unwrap();
            percore_proactor::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        let waiting = {
            let ring = ring.clone();
            spawn(async move {
                match mode {
                    RecvMode::Multi => {
                        let mut rx_b = server_b.recv_multi(&ring);
                        rx_b.next().await.unwrap().unwrap().to_vec()
                    }
                    RecvMode::Single => server_b.recv_ring(&ring).await.unwrap().unwrap().to_vec(),
                }
            })
        };
        client_b.send_all(vec![9u8; 10]).await.0.unwrap();
        percore_proactor::time::sleep(std::time::Duration::from_millis(50)).await;
        let exhausted = ring.exhausted();
        println!("{mode:?}: B found the ring empty {exhausted} times in 50 ms");
        // (On epoll a buffer is received only when its stream is polled: A took none.)
        if features().backend() == Backend::IoUring {
            assert!(!waiting.is_finished());
            assert!(
                exhausted <= 2,
                "{mode:?}: B's receive went again {exhausted} times"
            );
        }
        // A is read: its buffers come back, and B gets its message.
        let want: Vec<u8> = (1..=4u8).flat_map(|i| [i; 64]).collect();
        let mut got = Vec::new();
        while got.len() < want.len() {
            got.extend_from_slice(&rx_a.next().await.unwrap().unwrap());
        }
        assert_eq!(got, want);
        assert_eq!(waiting.await.unwrap(), vec![9u8; 10]);
    });
}

#[test]
fn a_receive_that_ran_dry_goes_again_once_its_owner_has_moved_spare_buffers_to_the_kernel() {
    run(async {
        // 128 buffers, 64 of them in the kernel's hands at first. One connection's messages
        // come one per buffer while nobody reads: the kernel fills the 64 and ends the
        // receive. Taking each lease moves a spare buffer into the kernel's ring, so when the
        // end is read there are buffers again though none has been given back (the owner
        // keeps them all): the receive goes again and the rest of the messages come.
        let ring = BufRing::builder()
            .entries(128)
            .buf_size(64)
            .build()
            .unwrap();
        let (client, server) = common::connected_pair().await;
        let mut rx = server.recv_multi(&ring);
        client.send_all(vec![0u8; 10]).await.0.unwrap();
        let mut kept = vec![rx.next().await.unwrap().unwrap()];
        let messages = 100u8;
        // A buffer's worth each (64 bytes): 100 buffers however the kernel splits its
        // receives, more than the kernel's 64, fewer than the ring's 128.
        for i in 1..=messages {
            client.send_all(vec![i; 64]).await.0.unwrap();
            percore_proactor::time::sleep(std::time::Duration::from_millis(1)).await;
        }
        let mut want = vec![0u8; 10];
        want.extend((1..=messages).flat_map(|i| [i; 64]));
        let mut got: Vec<u8> = kept[0].to_vec();
        while got.len() < want.len() {
            let buf = rx.next().await.unwrap().unwrap();
            got.extend_from_slice(&buf);
            kept.push(buf);
        }
        assert!(got == want, "the bytes differ from those sent");
        println!(
            "{} leases kept, the ring ran dry {} times",
            kept.len(),
            ring.exhausted()
        );
        // The premise: the kernel's 64 ran out while nobody read (on epoll a buffer is
        // received only when the stream is polled).
        if features().backend() == Backend::IoUring {
            assert!(ring.exhausted() >= 1, "the kernel's buffers never ran out");
        }
    });
}

/// Set in the child process of `rings_the_kernel_refuses_to_register_give_their_group_ids_back`.
const PBUF_REFUSED_ENV: &str = "PERCORE_TEST_PBUF_REFUSED";

/// `IORING_REGISTER_PBUF_RING`, the `io_uring_register` operation that registers a buffer ring.
const IORING_REGISTER_PBUF_RING: u32 = 22;

#[test]
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
fn rings_the_kernel_refuses_to_register_give_their_group_ids_back() {
    // Every buffer ring's registration is refused. More rings than there are group ids: each
    // refusal says why, never that the ids have run out.
    if !common::with_register_refused(
        "rings_the_kernel_refuses_to_register_give_their_group_ids_back",
        PBUF_REFUSED_ENV,
        IORING_REGISTER_PBUF_RING,
        libc::EPERM,
    ) {
        return;
    }
    run(async {
        if features().backend() != Backend::IoUring {
            return;
        }
        for i in 0..70_000 {
            let e = BufRing::builder()
                .entries(1)
                .buf_size(16)
                .build()
                .err()
                .unwrap_or_else(|| panic!("ring {i} registered under the filter"));
            assert_eq!(e.raw_os_error(), Some(libc::EPERM), "ring {i}: {e}");
        }
    });
}
