//! A proactor's drop meeting user code that misbehaves or outlives it: a waker that panics,
//! an operation awaited by another proactor's task, an operation first polled after the drop,
//! a future that holds a socket until `block_on` drops it.

#![allow(
    clippy::async_yields_async,
    reason = "operations and join handles made on one proactor are awaited elsewhere on purpose"
)]

mod common;

use std::future::Future;
use std::io::{self, Read};
use std::net::{TcpListener as StdListener, TcpStream as StdStream};
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::time::Duration;

use common::{PanicsOnDrop, WithData, connected_pair};
use percore_proactor::net::{TcpListener, TcpStream};
use percore_proactor::ops::{Op, Recv};
use percore_proactor::{Proactor, spawn, time};

/// A waker that panics when woken.
struct Boom;

impl Wake for Boom {
    fn wake(self: Arc<Self>) {
        panic!("a waker that panics");
    }
}

/// One turn of the executor, so that what was spawned is polled once.
async fn one_turn() {
    time::sleep(Duration::from_millis(1)).await;
}

#[test]
fn a_join_handles_waker_that_panics_does_not_stop_the_teardown() {
    let proactor = Proactor::builder().build().unwrap();
    let listener = proactor.block_on(async { TcpListener::bind("127.0.0.1:0").unwrap() });
    let mut peer = StdStream::connect(listener.local_addr().unwrap()).unwrap();
    let mut handle = proactor.block_on(async move {
        let (ours, _) = listener.accept().await.unwrap();
        // The task holds the socket and a receive in flight: the drop must cancel the one
        // and close the other through the ring.
        let handle = spawn(async move { ours.recv(vec![0u8; 64]).await.0 });
        one_turn().await;
        handle
    });
    let boom = Waker::from(Arc::new(Boom));
    assert!(
        Pin::new(&mut handle)
            .poll(&mut Context::from_waker(&boom))
            .is_pending()
    );
    let dropped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| drop(proactor)));
    assert!(dropped.is_ok(), "the waker's panic stayed inside the drop");
    // The peer sees the end: the rest of the teardown closed the task's socket (a descriptor
    // number checked instead could be another test's by now).
    peer.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    let mut byte = [0u8; 1];
    assert_eq!(peer.read(&mut byte).ok(), Some(0), "closed, not left open");
    drop(handle);
}

/// A connected pair made on `a`, and a receive on its server end made on `a` too, not polled.
fn a_receive_made_on(a: &Proactor) -> (TcpStream, TcpStream, Op<Recv<Vec<u8>>>) {
    let (client, server) = a.block_on(connected_pair());
    let recv = a.block_on(async { server.recv(Vec::with_capacity(8)) });
    (client, server, recv)
}

/// Awaits `fut` on `b` for up to 5 s, and checks that what it yields is `ECANCELED`.
fn cancelled_on<T: std::fmt::Debug>(b: &Proactor, fut: impl Future<Output = io::Result<T>>) {
    let result = b.block_on(async {
        time::timeout(Duration::from_secs(5), fut)
            .await
            .expect("ended, not left waiting")
    });
    let e = result.expect_err("nothing was received");
    assert_eq!(e.raw_os_error(), Some(libc::ECANCELED), "{e}");
}

#[test]
fn an_operation_of_a_dropped_proactor_awaited_elsewhere_ends_with_its_cancel() {
    let a = Proactor::builder().build().unwrap();
    let b = Proactor::builder().build().unwrap();
    // Made on `a`, first polled by a task of `b` (on this thread): its completion or wake
    // comes from `a`'s teardown.
    let (_client, _server, recv) = a_receive_made_on(&a);
    let handle = b.spawn(async move { recv.await.0 });
    b.block_on(one_turn());
    drop(a);
    cancelled_on(&b, async { handle.await.expect("the task did not panic") });
}

#[test]
fn a_readiness_wait_of_a_dropped_proactor_awaited_elsewhere_ends_with_its_cancel() {
    // As above, for a wait on readiness itself, which on epoll could take the end of its
    // parking for a readiness epoll reported.
    let a = Proactor::builder().build().unwrap();
    let b = Proactor::builder().build().unwrap();
    let (_client, server) = a.block_on(connected_pair());
    let readable = a.block_on(async { server.readable() });
    let handle = b.spawn(readable);
    b.block_on(one_turn());
    drop(a);
    cancelled_on(&b, async { handle.await.expect("the task did not panic") });
}

#[test]
fn an_operation_first_polled_after_its_proactor_was_dropped_fails_at_once() {
    let a = Proactor::builder().build().unwrap();
    let (_client, _server, recv) = a_receive_made_on(&a);
    drop(a);
    let b = Proactor::builder().build().unwrap();
    cancelled_on(&b, async { recv.await.0 });
}

#[test]
fn a_socket_held_by_the_future_itself_is_closed_when_block_on_returns() {
    let proactor = Proactor::builder().build().unwrap();
    let listener = proactor.block_on(async { TcpListener::bind("127.0.0.1:0").unwrap() });
    let addr = listener.local_addr().unwrap();
    // Not an async block: the listener lives in the future's own state and is dropped with
    // the future, after its last poll.
    proactor.block_on(std::future::poll_fn(move |_| {
        let _ = &listener;
        Poll::Ready(())
    }));
    StdListener::bind(addr).expect("closed before block_on returned: the port is free again");
    drop(proactor);
}

#[test]
fn a_buffer_whose_drop_panics_does_not_stop_the_teardown() {
    let proactor = Proactor::builder().build().unwrap();
    let listener = proactor.block_on(async { TcpListener::bind("127.0.0.1:0").unwrap() });
    let mut peer = StdStream::connect(listener.local_addr().unwrap()).unwrap();
    proactor.block_on(async move {
        let (ours, _) = listener.accept().await.unwrap();
        // Its receive in flight when the proactor drops: cancelled, and the buffer dropped
        // when the cancel completes, inside the teardown's wait.
        spawn(async move {
            let _ = ours.recv(WithData::carrying(PanicsOnDrop)).await;
        });
        one_turn().await;
    });
    let dropped = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| drop(proactor)));
    assert!(dropped.is_ok(), "the buffer's panic stayed inside the drop");
    // The rest of the teardown ran: the task's socket is closed.
    peer.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    let mut byte = [0u8; 1];
    assert_eq!(peer.read(&mut byte).ok(), Some(0), "closed, not left open");
}
