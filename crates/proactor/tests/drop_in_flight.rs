//! Dropping operations in flight: no buffer freed before the kernel is done with it, no fd
//! leaked, in-flight counts back to zero. One test, run in sequence, because it counts this
//! process's descriptors.

mod common;

use std::cell::Cell;
use std::os::unix::fs::OpenOptionsExt;
use std::rc::Rc;
use std::time::Duration;

use common::{Holder, Tracked, fd_count, run, start};
use percore_proactor::fs::OpenOptions;
use percore_proactor::net::{TcpListener, TcpStream};
use percore_proactor::{Backend, Proactor, spawn, stats, time};

fn on_uring() -> bool {
    percore_proactor::features().backend() == Backend::IoUring
}

async fn settle() {
    // A few ticks: the cancels go out and their completions come back.
    for _ in 0..5 {
        time::sleep(Duration::from_millis(5)).await;
    }
}

async fn dropped_recv_keeps_its_buffer_until_the_kernel_is_done() {
    let (client, server) = common::connected_pair().await;
    let drops = Rc::new(Cell::new(0));
    let in_flight = stats().in_flight;
    let recv = server.recv(Tracked::new(&drops));
    assert!(
        time::timeout(Duration::from_millis(10), recv)
            .await
            .is_err()
    );
    if on_uring() {
        assert_eq!(
            drops.get(),
            0,
            "buffer freed while the kernel may still write to it"
        );
    } else {
        // epoll: no kernel operation holds the buffer, so it is freed with the future.
        assert_eq!(drops.get(), 1);
    }
    settle().await;
    assert_eq!(drops.get(), 1, "buffer freed once the cancel completed");
    assert_eq!(stats().in_flight, in_flight);

    // The same with a linked timeout attached.
    let recv = server
        .recv(Tracked::new(&drops))
        .timeout(Duration::from_secs(30));
    assert!(
        time::timeout(Duration::from_millis(10), recv)
            .await
            .is_err()
    );
    assert_eq!(drops.get(), if on_uring() { 1 } else { 2 });
    settle().await;
    assert_eq!(drops.get(), 2);

    // And a linked timeout that fires: TimedOut, buffer back.
    let (res, buf) = server
        .recv(Tracked::new(&drops))
        .timeout(Duration::from_millis(10))
        .await;
    assert_eq!(res.unwrap_err().kind(), std::io::ErrorKind::TimedOut);
    drop(buf);
    assert_eq!(drops.get(), 3);
    drop(client);
}

async fn aborted_task_cancels_its_operation() {
    let (_client, server) = common::connected_pair().await;
    let drops = Rc::new(Cell::new(0));
    let d = drops.clone();
    let in_flight = stats().in_flight;
    let task = spawn(async move {
        let (res, _buf) = server.recv(Tracked::new(&d)).await;
        res.map(drop)
    });
    time::sleep(Duration::from_millis(10)).await;
    assert!(!task.is_finished());
    task.abort();
    assert!(task.await.unwrap_err().is_cancelled());
    settle().await;
    assert_eq!(drops.get(), 1);
    assert_eq!(stats().in_flight, in_flight);
}

async fn dropped_accepts_leak_no_fd() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    // Closes of earlier sections go out through the ring: let them land first.
    settle().await;
    let base = fd_count();
    // A single accept dropped while waiting.
    assert!(
        time::timeout(Duration::from_millis(10), listener.accept())
            .await
            .is_err()
    );
    // A multishot accept dropped with connections queued in it: they are closed.
    let mut incoming = listener.accept_multi();
    let first = time::timeout(Duration::from_millis(10), incoming.next()).await;
    assert!(first.is_err());
    let clients: Vec<_> = {
        let mut v = Vec::new();
        for _ in 0..3 {
            v.push(std::net::TcpStream::connect(addr).unwrap());
        }
        v
    };
    settle().await;
    drop(incoming);
    settle().await;
    drop(clients);
    settle().await;
    assert_eq!(
        fd_count(),
        base,
        "accepted fds of dropped accepts were closed"
    );
}

/// A multishot accept holding queued connections, dropped with the buffer of an orphaned
/// receive once its cancel completes (released by the driver's completion handling, dropped
/// after it): the queued connections are closed.
async fn an_accept_stream_dropped_with_an_orphans_data_leaks_no_fd() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let (peer, outer) = common::connected_pair().await;
    settle().await;
    let base = fd_count();
    let mut incoming = listener.accept_multi();
    assert!(
        time::timeout(Duration::from_millis(10), incoming.next())
            .await
            .is_err()
    );
    let clients: Vec<_> = (0..3)
        .map(|_| std::net::TcpStream::connect(addr).unwrap())
        .collect();
    settle().await;
    let dropped = Rc::new(Cell::new(false));
    let holder = Holder::new(incoming, &dropped);
    drop(start(outer.recv(holder)).await);
    settle().await;
    assert!(
        dropped.get(),
        "the orphan's buffer was dropped at its completion"
    );
    drop(clients);
    settle().await;
    assert_eq!(
        fd_count(),
        base,
        "connections queued in a stream dropped with an orphan's data were closed"
    );
    drop((peer, outer, listener));
}

async fn dropped_open_leaks_no_fd(fifo: &std::path::Path) {
    if !on_uring() {
        println!(
            "skipped: an open that stays in flight needs io_uring (on epoll, opens are plain \
             syscalls on the worker and a FIFO open would block it)"
        );
        return;
    }
    settle().await;
    let base = fd_count();
    // Opening a FIFO for reading blocks until a writer comes. io_uring first tries an open
    // without blocking (which succeeds on a FIFO); O_CREAT makes it go straight to the
    // kernel's worker, where it blocks: an open that stays in flight.
    let open = OpenOptions::new().read(true).create(true).open(fifo);
    assert!(
        time::timeout(Duration::from_millis(20), open)
            .await
            .is_err()
    );
    // Whether the kernel managed to interrupt the open or not, a reader-writer open of the
    // FIFO releases it; an fd it delivers goes to the orphan, which closes it.
    let unblock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(fifo)
        .unwrap();
    settle().await;
    drop(unblock);
    settle().await;
    assert_eq!(fd_count(), base, "the fd of a dropped open was closed");
}

fn dropping_the_proactor_cancels_everything() {
    let base = fd_count();
    let drops = Rc::new(Cell::new(0));
    let proactor = Proactor::builder().build().unwrap();
    let d = drops.clone();
    proactor.block_on(async move {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let client = TcpStream::connect(listener.local_addr().unwrap())
            .await
            .unwrap();
        let (server, _) = listener.accept().await.unwrap();
        spawn(async move {
            let _keep = client;
            let _ = server.recv(Tracked::new(&d)).await;
        });
        spawn(async move {
            let _ = listener.accept().await;
        });
        time::sleep(Duration::from_millis(10)).await;
        assert!(stats().in_flight >= 2);
    });
    assert_eq!(drops.get(), 0);
    drop(proactor);
    assert_eq!(
        drops.get(),
        1,
        "the recv buffer was freed after its cancel completed"
    );
    assert_eq!(
        fd_count(),
        base,
        "every fd of the dropped proactor was closed"
    );
}

#[test]
fn dropping_in_flight_operations() {
    let dir = std::env::temp_dir().join(format!("percore-drop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let fifo = dir.join("fifo");
    let _ = std::fs::remove_file(&fifo);
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo reads a NUL-terminated path that lives across the call.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);

    run(async {
        dropped_recv_keeps_its_buffer_until_the_kernel_is_done().await;
        aborted_task_cancels_its_operation().await;
        dropped_accepts_leak_no_fd().await;
        an_accept_stream_dropped_with_an_orphans_data_leaks_no_fd().await;
        dropped_open_leaks_no_fd(&fifo).await;
    });
    dropping_the_proactor_cancels_everything();
    a_socket_dropped_by_the_last_poll_is_closed_when_block_on_returns();
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A socket the root future drops in its last poll is closed when `block_on` returns (on
/// io_uring its close is queued to the ring, which `block_on` submits before returning).
fn a_socket_dropped_by_the_last_poll_is_closed_when_block_on_returns() {
    let proactor = Proactor::builder().build().unwrap();
    let base = fd_count();
    proactor.block_on(async {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        drop(listener);
    });
    assert_eq!(fd_count(), base, "the listener is still open");
}
