//! File operations through the ring: openat2 with RESOLVE_BENEATH, statx, read/write at
//! offsets, fsync, close, and splice from a file to a socket.

mod common;

use common::{TempDir, payload, run};
use percore_proactor::BufRing;
use percore_proactor::fs::{File, OpenOptions};
use percore_proactor::net::{TcpListener, TcpStream};
use percore_proactor::spawn;

#[test]
fn write_read_stat_sync_close() {
    let dir = TempDir::new("rw");
    let path = dir.0.join("data.bin");
    run(async move {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o640)
            .open(&path)
            .await
            .unwrap();
        let data = payload(100_000, 1);
        let (res, _) = file.write_at(data.clone(), 0).await;
        assert_eq!(res.unwrap(), data.len());
        let (res, _) = file.write_at(b"HELLO".as_slice(), 10).await;
        assert_eq!(res.unwrap(), 5);
        file.sync_all().await.unwrap();
        file.sync_data().await.unwrap();
        let meta = file.metadata().await.unwrap();
        assert!(meta.is_file() && !meta.is_dir());
        assert_eq!(meta.len(), 100_000);
        assert_eq!(meta.mode() & 0o777, 0o640);
        let (res, buf) = file.read_at(Vec::with_capacity(20), 5).await;
        assert_eq!(res.unwrap(), 20);
        let mut expect = data[5..25].to_vec();
        expect[5..10].copy_from_slice(b"HELLO");
        assert_eq!(buf, expect);
        // Past the end: zero bytes.
        let (res, _) = file.read_at(Vec::with_capacity(8), 200_000).await;
        assert_eq!(res.unwrap(), 0);
        // Past what a file offset holds: refused on both backends (io_uring would read
        // `u64::MAX` as the file's own position, 0 here, and write at the start).
        for offset in [u64::MAX, u64::MAX - 1, 1 << 63] {
            let (res, _) = file.write_at(b"XX".as_slice(), offset).await;
            assert_eq!(
                res.unwrap_err().raw_os_error(),
                Some(libc::EINVAL),
                "{offset}"
            );
            let (res, _) = file.read_at(Vec::with_capacity(8), offset).await;
            assert_eq!(
                res.unwrap_err().raw_os_error(),
                Some(libc::EINVAL),
                "{offset}"
            );
        }
        let (res, buf) = file.read_at(Vec::with_capacity(2), 0).await;
        assert_eq!((res.unwrap(), &buf[..]), (2, &data[..2]));
        file.close().await.unwrap();
        let err = File::open(path.join("not-a-dir")).await.unwrap_err();
        assert_eq!(err.raw_os_error(), Some(libc::ENOTDIR));
        let err = File::open("bad\0path").await.unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
    });
}

#[test]
fn metadata_now_agrees_with_the_ring_and_sees_a_rewrite_in_place() {
    let dir = TempDir::new("stat-now");
    let path = dir.0.join("data.bin");
    std::fs::write(&path, payload(4096, 2)).unwrap();
    run(async move {
        let file = File::open(&path).await.unwrap();
        let now = file.metadata_now().unwrap();
        assert_eq!(now, file.metadata().await.unwrap());
        assert!(now.is_file());
        assert_eq!(now.len(), 4096);
        // Rewritten in place through another descriptor: the open one sees the new size at
        // once, and all else as the ring's statx does, which is what a response checks
        // before it sends.
        std::fs::write(&path, payload(10_000, 3)).unwrap();
        let after = file.metadata_now().unwrap();
        assert_eq!(after.len(), 10_000);
        assert_eq!(after, file.metadata().await.unwrap());
    });
}

/// Set in the child process of `a_refused_statx_is_the_kernels_error`.
const STATX_DENIED_ENV: &str = "PERCORE_TEST_STATX_DENIED";

#[test]
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
fn a_refused_statx_is_the_kernels_error() {
    if std::env::var_os(STATX_DENIED_ENV).is_none() {
        common::rerun_in_child("a_refused_statx_is_the_kernels_error", STATX_DENIED_ENV);
        return;
    }
    // The child: statx refused by a seccomp filter, as a container's profile may.
    common::deny_syscall_here(libc::SYS_statx, libc::EACCES);
    let dir = TempDir::new("statx-denied");
    let path = dir.0.join("f");
    std::fs::write(&path, payload(4096, 4)).unwrap();
    run(async move {
        let file = File::open(&path).await.unwrap();
        // Reported as it is, every time (a caller then answers as for a file that went),
        // and the file still reads.
        for _ in 0..2 {
            let err = file.metadata_now().unwrap_err();
            assert_eq!(err.raw_os_error(), Some(libc::EACCES), "{err}");
        }
        let (res, buf) = file.read_at(vec![0u8; 4096], 0).await;
        assert_eq!(res.unwrap(), 4096);
        assert_eq!(buf, payload(4096, 4));
    });
}

#[test]
fn open_beneath_never_leaves_the_root() {
    let dir = TempDir::new("beneath");
    let root = dir.0.join("root");
    std::fs::create_dir_all(root.join("sub")).unwrap();
    std::fs::write(root.join("sub/inside.txt"), b"inside").unwrap();
    std::fs::write(dir.0.join("secret.txt"), b"secret").unwrap();
    std::os::unix::fs::symlink("../secret.txt", root.join("escape")).unwrap();
    std::os::unix::fs::symlink("sub/inside.txt", root.join("ok-link")).unwrap();
    run(async move {
        let root = File::open_dir(&root).await.unwrap();
        let f = File::open_beneath(&root, "sub/inside.txt").await.unwrap();
        let (res, buf) = f.read_at(Vec::with_capacity(64), 0).await;
        res.unwrap();
        assert_eq!(buf, b"inside");
        assert!(
            File::open_beneath(&root, "sub/../sub/inside.txt")
                .await
                .is_ok()
        );
        assert!(File::open_beneath(&root, "ok-link").await.is_ok());
        for escape in [
            "../secret.txt",
            "sub/../../secret.txt",
            "escape",
            "/etc/hostname",
        ] {
            let err = File::open_beneath(&root, escape)
                .await
                .expect_err("escaped the root");
            assert_eq!(err.raw_os_error(), Some(libc::EXDEV), "{escape}: {err}");
        }
        let err = OpenOptions::new()
            .resolve_beneath(true)
            .no_symlinks(true)
            .open_at(&root, "ok-link")
            .await
            .unwrap_err();
        assert_eq!(err.raw_os_error(), Some(libc::ELOOP));
        let meta = root.metadata_at("sub", true).await.unwrap();
        assert!(meta.is_dir());
        let link = root.metadata_at("escape", false).await.unwrap();
        assert!(link.is_symlink());
    });
}

#[test]
fn splice_a_file_to_a_socket() {
    let dir = TempDir::new("splice");
    let path = dir.0.join("big.bin");
    let data = payload(3 * 1024 * 1024 + 123, 5);
    std::fs::write(&path, &data).unwrap();
    run(async move {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let reader = spawn(async move {
            let client = TcpStream::connect(addr).await.unwrap();
            let mut got = Vec::new();
            loop {
                let (res, buf) = client.recv(Vec::with_capacity(256 * 1024)).await;
                if res.unwrap() == 0 {
                    return got;
                }
                got.extend_from_slice(&buf);
            }
        });
        let (stream, _) = listener.accept().await.unwrap();
        let file = File::open(&path).await.unwrap();
        let counted = std::cell::Cell::new(0);
        let sent = stream
            .splice_from_counting(&file, 0, data.len() as u64, &counted)
            .await
            .unwrap();
        assert_eq!(sent, data.len() as u64);
        assert_eq!(counted.get(), sent, "every byte counted as it went");
        // A range, and a request past the end that stops at the end of the file.
        let sent = stream.splice_from(&file, 100, 1000).await.unwrap();
        assert_eq!(sent, 1000);
        let tail = data.len() as u64 - 10;
        assert_eq!(stream.splice_from(&file, tail, 1 << 20).await.unwrap(), 10);
        stream.close().await.unwrap();
        let got = reader.await.unwrap();
        let mut expect = data.clone();
        expect.extend_from_slice(&data[100..1100]);
        expect.extend_from_slice(&data[data.len() - 10..]);
        assert!(got == expect, "spliced bytes differ");
    });
}

#[test]
fn poll_cancel_all_and_close() {
    run(async {
        let (client, server) = common::connected_pair().await;
        let events = server.writable().await.unwrap();
        assert!(events & libc::POLLOUT as u32 != 0);
        let server = std::rc::Rc::new(server);
        let s = server.clone();
        let pending = spawn(async move { s.recv(Vec::with_capacity(16)).await.0 });
        percore_proactor::time::sleep(std::time::Duration::from_millis(5)).await;
        assert_eq!(server.cancel_all().await.unwrap(), 1);
        let err = pending.await.unwrap().unwrap_err();
        assert_eq!(err.raw_os_error(), Some(libc::ECANCELED));
        client.send_all(b"x".as_slice()).await.0.unwrap();
        let events = server.readable().await.unwrap();
        assert!(events & libc::POLLIN as u32 != 0);
        client.close().await.unwrap();
    });
}

#[test]
fn sendfile_a_file_to_a_socket_that_fills() {
    let dir = TempDir::new("sendfile");
    let path = dir.0.join("big.bin");
    let data = payload(8 * 1024 * 1024 + 77, 9);
    std::fs::write(&path, &data).unwrap();
    run(async move {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        // A client with small buffers that reads nothing for a while: the socket fills and
        // the transfer must wait for room (`WouldBlock`, then a wait for writability).
        let reader = std::thread::spawn(move || {
            use std::io::Read;
            let socket =
                socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
            socket.set_recv_buffer_size(64 * 1024).unwrap();
            socket.connect(&addr.into()).unwrap();
            let mut client = std::net::TcpStream::from(socket);
            std::thread::sleep(std::time::Duration::from_millis(300));
            let mut got = Vec::new();
            client.read_to_end(&mut got).unwrap();
            got
        });
        let (stream, _) = listener.accept().await.unwrap();
        {
            use std::os::fd::{AsRawFd, BorrowedFd};
            // SAFETY: the descriptor belongs to `stream`, which outlives this borrow.
            let fd = unsafe { BorrowedFd::borrow_raw(stream.as_raw_fd()) };
            socket2::SockRef::from(&fd)
                .set_send_buffer_size(64 * 1024)
                .unwrap();
        }
        let file = File::open(&path).await.unwrap();
        assert!(
            file.is_cached(0, 0).unwrap(),
            "an empty range is always there"
        );
        // A range no file offset can address is refused before anything is sent.
        let counted = std::cell::Cell::new(0);
        let err = stream
            .sendfile_counting(&file, u64::MAX - 1, 10, &counted)
            .await
            .unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
        assert_eq!(counted.get(), 0);
        let started = std::time::Instant::now();
        let sent = stream
            .sendfile_counting(&file, 0, data.len() as u64, &counted)
            .await
            .unwrap();
        assert_eq!(sent, data.len() as u64);
        assert_eq!(counted.get(), sent, "every byte counted as it went");
        assert!(
            started.elapsed() >= std::time::Duration::from_millis(200),
            "the socket never filled: the wait for room was not exercised"
        );
        // A request past the end stops at the end of the file.
        let tail = data.len() as u64 - 10;
        assert_eq!(
            stream
                .sendfile_counting(&file, tail, 1 << 20, &counted)
                .await
                .unwrap(),
            10
        );
        stream.close().await.unwrap();
        let got = reader.join().unwrap();
        let mut expect = data.clone();
        expect.extend_from_slice(&data[data.len() - 10..]);
        assert!(got == expect, "sent bytes differ");
    });
}

/// Set in the child process of `a_refused_cachestat_is_unsupported_and_not_an_error`.
const CACHESTAT_DENIED_ENV: &str = "PERCORE_TEST_CACHESTAT_DENIED";

#[test]
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
fn a_refused_cachestat_is_unsupported_and_not_an_error() {
    if std::env::var_os(CACHESTAT_DENIED_ENV).is_none() {
        common::rerun_in_child(
            "a_refused_cachestat_is_unsupported_and_not_an_error",
            CACHESTAT_DENIED_ENV,
        );
        return;
    }
    // The child: cachestat refused as a seccomp filter (a container's profile) refuses it.
    const SYS_CACHESTAT: libc::c_long = 451;
    common::deny_syscall_here(SYS_CACHESTAT, libc::EPERM);
    let dir = TempDir::new("cachestat-denied");
    let path = dir.0.join("f");
    std::fs::write(&path, payload(8192, 3)).unwrap();
    run(async move {
        let file = File::open(&path).await.unwrap();
        // Every call says "cannot tell" (Unsupported), never a hard error. (That the later
        // calls do not ask the kernel again is not visible from here.)
        for _ in 0..3 {
            let err = file.is_cached(0, 8192).unwrap_err();
            assert_eq!(err.kind(), std::io::ErrorKind::Unsupported, "{err}");
        }
        assert!(
            file.is_cached(0, 0).unwrap(),
            "an empty range needs no call"
        );
        // The file still reads: only the hint is gone.
        let (res, buf) = file.read_at(vec![0u8; 8192], 0).await;
        assert_eq!(res.unwrap(), 8192);
        assert_eq!(buf, payload(8192, 3));
    });
}

#[test]
fn ring_operations_on_a_non_blocking_socket_wait() {
    // A `sendfile` (or splice) leaves its socket non-blocking; the ring's own receives and
    // sends on it afterwards must wait for data or room, not fail with WouldBlock.
    let dir = TempDir::new("nonblocking");
    let path = dir.0.join("head.bin");
    std::fs::write(&path, b"file bytes").unwrap();
    let data = payload(4 << 20, 9);
    let expect = data.clone();
    run(async move {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let pause = std::time::Duration::from_millis(200);
        let client = std::thread::spawn(move || {
            use std::io::{Read, Write};
            let mut client = std::net::TcpStream::connect(addr).unwrap();
            let mut head = [0u8; 10];
            client.read_exact(&mut head).unwrap();
            assert_eq!(&head, b"file bytes");
            // Each message comes after the server's receive is armed and waiting.
            std::thread::sleep(pause);
            client.write_all(b"one").unwrap();
            std::thread::sleep(pause);
            client.write_all(b"two").unwrap();
            // Not reading at first: the server's socket fills.
            std::thread::sleep(pause);
            let mut got = Vec::new();
            client.read_to_end(&mut got).unwrap();
            got
        });
        let (stream, _) = listener.accept().await.unwrap();
        let file = File::open(&path).await.unwrap();
        let sent = std::cell::Cell::new(0);
        let n = stream.sendfile_counting(&file, 0, 10, &sent).await.unwrap();
        assert_eq!(n, 10);
        if percore_proactor::features().backend() == percore_proactor::Backend::IoUring {
            assert!(
                stream.as_socket().nonblocking().unwrap(),
                "the transfer left the socket non-blocking"
            );
        }
        let (res, buf) = stream.recv(Vec::with_capacity(16)).await;
        assert_eq!(res.unwrap(), 3, "the receive waited for the client");
        assert_eq!(&buf[..], b"one");
        let ring = BufRing::builder().entries(4).buf_size(64).build().unwrap();
        let mut rx = stream.recv_multi(&ring);
        let got = rx.next().await.unwrap().unwrap();
        assert_eq!(&got[..], b"two");
        drop(rx);
        let (res, _) = stream.send_all(data).await;
        res.unwrap();
        // Closed on the ring before this thread blocks in the join.
        stream.close().await.unwrap();
        assert!(client.join().unwrap() == expect, "bytes differ");
    });
}

#[test]
fn read_cached_at_reads_what_the_page_cache_holds_and_never_waits_for_a_disk() {
    use std::os::fd::AsRawFd;
    let dir = TempDir::new("read-cached");
    let path = dir.0.join("f.bin");
    let data = payload(256 * 1024, 5);
    std::fs::write(&path, &data).unwrap();
    let std_file = std::fs::File::open(&path).unwrap();
    run(async move {
        let file = File::open(&path).await.unwrap();
        // Just written, so cached: appended after what the buffer holds, byte for byte.
        let mut buf = b"head".to_vec();
        assert_eq!(
            file.read_cached_at(&mut buf, 100, 1000).unwrap(),
            Some(1000)
        );
        assert_eq!(&buf[..4], b"head");
        assert_eq!(&buf[4..], &data[100..1100]);
        // A read across the end stops there; at the end it reads nothing.
        let mut tail = Vec::new();
        let len = data.len() as u64;
        assert_eq!(
            file.read_cached_at(&mut tail, len - 10, 4096).unwrap(),
            Some(10)
        );
        assert_eq!(tail, &data[data.len() - 10..]);
        assert_eq!(file.read_cached_at(&mut tail, len, 4096).unwrap(), Some(0));
        let err = file.read_cached_at(&mut tail, u64::MAX, 1).unwrap_err();
        assert_eq!(err.kind(), std::io::ErrorKind::InvalidInput);
        // Written back and dropped from the page cache: nothing is read, and the call says so
        // rather than waiting for the disk (where the file system lets pages go: not tmpfs).
        std_file.sync_all().unwrap();
        // `RWF_NOWAIT` may start the read-ahead it does not wait for, and on a fast virtual
        // disk that read has often finished when the kernel looks again: then the page's
        // bytes come back. So the page is dropped and read again, up to 200 times, until a
        // read says `None` (a call that waited for the disk never would). Some runs on such
        // a disk get the bytes every time (200 in a row, here): those say so and check the
        // bytes alone.
        let (mut dropped, mut said_none) = (0, 0);
        for _ in 0..200 {
            if said_none > 0 {
                break;
            }
            // SAFETY: fadvise only advises the kernel about our own open file.
            let advised = unsafe {
                libc::posix_fadvise(std_file.as_raw_fd(), 0, 0, libc::POSIX_FADV_DONTNEED)
            };
            assert_eq!(advised, 0);
            // The page read below: the kernel may keep others (under writeback, say), and
            // this one may stay too.
            if file.is_cached(0, 4096).unwrap_or(true) {
                continue;
            }
            dropped += 1;
            let mut cold = Vec::new();
            match file.read_cached_at(&mut cold, 0, 4096).unwrap() {
                None => {
                    assert!(cold.is_empty());
                    said_none += 1;
                }
                Some(n) => assert_eq!(&cold[..], &data[..n]),
            }
        }
        if dropped == 0 {
            eprintln!("pages not dropped here: the cold read is not tested");
        } else {
            println!("{said_none} of {dropped} reads of a dropped page said None");
            if said_none == 0 {
                eprintln!(
                    "the disk answered all {dropped} reads of a dropped page before the kernel \
                     looked again: the cold read's None is not seen in this run"
                );
            }
            // The ring's read still reads it.
            let (res, got) = file.read_at(vec![0u8; 4096], 0).await;
            assert_eq!(res.unwrap(), 4096);
            assert_eq!(got, &data[..4096]);
        }
    });
}

#[test]
fn a_large_send_the_socket_has_room_for_goes_out_at_once() {
    // From 64 KiB up, a send the socket has room for is made on the worker, not through the
    // ring (so that the bytes are copied while still in the CPU's caches); smaller ones keep
    // the ring's batching. Either way every byte arrives, in order.
    let big = payload(256 * 1024, 4);
    let expect = big.clone();
    run(async move {
        let (client, server) = common::connected_pair().await;
        server.as_socket().set_send_buffer_size(4 << 20).unwrap();
        client.as_socket().set_recv_buffer_size(4 << 20).unwrap();
        let uring = percore_proactor::features().backend() == percore_proactor::Backend::IoUring;
        let before = percore_proactor::stats().submitted;
        server.send_all(big).await.0.unwrap();
        let direct = percore_proactor::stats().submitted - before;
        let before = percore_proactor::stats().submitted;
        server.send_all(vec![9u8; 1024]).await.0.unwrap();
        let small = percore_proactor::stats().submitted - before;
        if uring {
            assert_eq!(direct, 0, "the large send went through the ring");
            assert_eq!(small, 1, "the small send did not");
        }
        let mut got = Vec::new();
        while got.len() < expect.len() + 1024 {
            let (res, buf) = client.recv(Vec::with_capacity(64 * 1024)).await;
            assert!(res.unwrap() > 0, "the stream ended early");
            got.extend_from_slice(&buf);
        }
        assert!(got[..expect.len()] == expect[..], "bytes differ");
        assert!(got[expect.len()..].iter().all(|&b| b == 9));
    });
}

#[test]
fn send_vectored_now_sends_what_fits_and_says_would_block_then_broken_pipe() {
    run(async {
        let (client, server) = common::connected_pair().await;
        server.as_socket().set_send_buffer_size(64 * 1024).unwrap();
        client.as_socket().set_recv_buffer_size(64 * 1024).unwrap();
        let a = [1u8; 1000];
        let b = [2u8; 24];
        let bufs = [std::io::IoSlice::new(&a), std::io::IoSlice::new(&b)];
        assert_eq!(server.send_vectored_now(&bufs).unwrap(), 1024);
        let (res, got) = client.recv(Vec::with_capacity(2048)).await;
        assert_eq!(res.unwrap(), 1024);
        assert!(got[..1000].iter().all(|&x| x == 1) && got[1000..].iter().all(|&x| x == 2));
        // A client that reads nothing: the socket fills, and the call says so at once rather
        // than waiting (the socket itself is blocking on io_uring).
        let big = vec![3u8; 256 * 1024];
        let mut total = 0;
        let full = loop {
            match server.send_vectored_now(&[std::io::IoSlice::new(&big)]) {
                Ok(n) => total += n,
                Err(e) => break e,
            }
            assert!(total < 64 << 20, "the socket never filled");
        };
        assert_eq!(full.kind(), std::io::ErrorKind::WouldBlock);
        // The client gone: an error, not a signal.
        drop(client);
        percore_proactor::time::sleep(std::time::Duration::from_millis(50)).await;
        let gone = loop {
            match server.send_vectored_now(&[std::io::IoSlice::new(&big)]) {
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    percore_proactor::time::sleep(std::time::Duration::from_millis(10)).await;
                }
                Err(e) => break e,
            }
        };
        assert!(
            matches!(
                gone.kind(),
                std::io::ErrorKind::BrokenPipe | std::io::ErrorKind::ConnectionReset
            ),
            "{gone:?}"
        );
    });
}

#[test]
fn recv_now_takes_what_is_there_says_would_block_and_then_the_end() {
    run(async {
        let (client, server) = common::connected_pair().await;
        let mut buf = [0u8; 4096];
        // Nothing sent yet: said at once, not waited for (the socket is blocking on io_uring).
        let empty = server.recv_now(&mut buf).unwrap_err();
        assert_eq!(empty.kind(), std::io::ErrorKind::WouldBlock);
        let (res, _) = client.send_all(vec![7u8; 3000]).await;
        res.unwrap();
        server.readable().await.unwrap();
        let mut got = 0;
        while got < 3000 {
            match server.recv_now(&mut buf[got..]) {
                Ok(n) => got += n,
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    server.readable().await.unwrap();
                }
                Err(e) => panic!("{e}"),
            }
        }
        assert!(buf[..3000].iter().all(|&x| x == 7));
        assert_eq!(
            server.recv_now(&mut buf).unwrap_err().kind(),
            std::io::ErrorKind::WouldBlock
        );
        // Emptied: a readiness wait waits (on epoll without asking `poll`, until epoll's
        // word), and ends when more comes.
        let deadline = percore_proactor::time::now() + std::time::Duration::from_millis(100);
        let early = percore_proactor::time::timeout_at(deadline, server.readable()).await;
        assert!(early.is_err(), "readable with nothing to read");
        let (res, _) = client.send_all(vec![8u8; 10]).await;
        res.unwrap();
        server.readable().await.unwrap();
        assert_eq!(server.recv_now(&mut buf).unwrap(), 10);
        // A short receive counts as emptying it too.
        let deadline = percore_proactor::time::now() + std::time::Duration::from_millis(100);
        let early = percore_proactor::time::timeout_at(deadline, server.readable()).await;
        assert!(
            early.is_err(),
            "readable after a short receive took everything"
        );
        // The client's end: 0, as from any receive.
        drop(client);
        server.readable().await.unwrap();
        assert_eq!(server.recv_now(&mut buf).unwrap(), 0);
        // A client that resets while the server waits (parked, on epoll): the wait ends,
        // and the receive says so.
        let (client, server) = common::connected_pair().await;
        client
            .as_socket()
            .set_linger(Some(std::time::Duration::ZERO))
            .unwrap();
        let mut client = Some(client);
        let reset_later = async {
            percore_proactor::time::sleep(std::time::Duration::from_millis(50)).await;
            client.take();
            std::future::pending::<()>().await
        };
        let woke = percore_proactor::select(server.readable(), reset_later).await;
        assert!(matches!(woke, percore_proactor::Either::Left(Ok(_))));
        let reset = server.recv_now(&mut buf).unwrap_err();
        assert_eq!(reset.kind(), std::io::ErrorKind::ConnectionReset);
    });
}
