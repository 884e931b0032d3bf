//! Fault paths forced on purpose: a submission queue that fills within a tick, a completion
//! queue that overflows, a deadline under SQPOLL, owners dropped with an orphan's data, a
//! buffer whose drop panics after its cancel, and bounded receives paused while both queues
//! are full.

mod common;

use std::cell::Cell;
use std::future::Future;
use std::io;
use std::rc::Rc;
use std::task::Poll;
use std::time::Duration;

use common::{Holder, PanicsOnDrop, Tracked, WithData, connected_pair, run, start, strict};
use percore_proactor::net::TcpListener;
use percore_proactor::{
    Backend, BufRing, Proactor, RingStats, nop, remote_waker, spawn, stats, time,
};

/// Runs `count` no-op operations at once, each in its own task, on a proactor built by
/// `builder`; returns how many completed and the proactor's counters.
fn many_nops(proactor: &Proactor, count: u32) -> (u32, RingStats) {
    proactor.block_on(async move {
        let done = Rc::new(Cell::new(0u32));
        let tasks: Vec<_> = (0..count)
            .map(|_| {
                let done = done.clone();
                spawn(async move {
                    nop().await.expect("a no-op succeeds");
                    done.set(done.get() + 1);
                })
            })
            .collect();
        for t in tasks {
            time::timeout(Duration::from_secs(20), t)
                .await
                .expect("every no-op completes")
                .expect("no task panics");
        }
        (done.get(), stats())
    })
}

/// A proactor with a submission queue of 2 entries and a completion queue of `cq`, and
/// whether it runs on io_uring (where the queues can fill).
fn small_queues(cq: u32) -> (Proactor, bool) {
    let proactor = Proactor::builder()
        .entries(2)
        .cq_entries(cq)
        .build()
        .unwrap();
    let uring = proactor.features().backend() == Backend::IoUring;
    (proactor, uring)
}

#[test]
fn a_submission_queue_that_fills_within_a_tick_loses_nothing() {
    let (proactor, uring) = small_queues(1024);
    let (done, s) = many_nops(&proactor, 200);
    println!("{s:?}");
    assert_eq!(done, 200);
    if uring {
        assert!(s.sq_full_submits > 0, "the queue of 2 filled: {s:?}");
    }
    assert_eq!(s.stale_completions, 0);
}

#[test]
fn an_overflowing_completion_queue_delivers_every_result_once() {
    let (proactor, uring) = small_queues(2);
    let (done, s) = many_nops(&proactor, 256);
    println!("{s:?}");
    assert_eq!(
        done, 256,
        "each result delivered (a second delivery would panic)"
    );
    if uring {
        assert!(s.cq_overflows > 0, "the queue of 2 overflowed: {s:?}");
    }
    assert_eq!(s.stale_completions, 0, "no completion came twice");
    assert_eq!(s.in_flight, 0);
}

#[test]
fn a_deadline_under_sqpoll_always_fires() {
    let proactor = Proactor::builder()
        .sqpoll(Duration::from_secs(2))
        .build()
        .unwrap();
    let granted = proactor.features().setup_flags().sqpoll;
    if !granted {
        assert!(
            !strict() || proactor.features().backend() != Backend::IoUring,
            "SQPOLL refused under CI=true: {}",
            proactor.features()
        );
        println!(
            "skipped: the kernel refused SQPOLL ({})",
            proactor.features()
        );
        return;
    }
    proactor.block_on(async {
        let (_client, server) = connected_pair().await;
        // The kernel's submission thread spins on the queue meanwhile: a linked pair whose
        // halves were published one at a time would, now and then, lose its timeout and
        // leave the receive waiting for ever.
        for i in 0..500 {
            let recv = server
                .recv(Vec::with_capacity(16))
                .timeout(Duration::from_micros(200));
            let (res, _) = time::timeout(Duration::from_secs(5), recv)
                .await
                .unwrap_or_else(|_| panic!("attempt {i}: the linked timeout was lost"));
            assert_eq!(
                res.unwrap_err().kind(),
                io::ErrorKind::TimedOut,
                "attempt {i}"
            );
        }
    });
}

#[test]
fn operations_held_by_an_orphans_data_are_handed_over_when_it_is_dropped() {
    run(async {
        let base = stats().in_flight;
        let (_peer, conn) = connected_pair().await;
        let (_other_peer, other) = connected_pair().await;
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();

        let ring = BufRing::builder()
            .entries(8)
            .buf_size(1024)
            .build()
            .unwrap();
        let freed = Rc::new(Cell::new(0));
        let recv = start(other.recv(Tracked::new(&freed))).await;
        let mut accept = listener.accept_multi();
        let mut rx = conn.recv_multi(&ring);
        // Arm both streams: nothing is there yet.
        std::future::poll_fn(|cx| {
            assert!(accept.poll_next(cx).is_pending());
            assert!(rx.poll_next(cx).is_pending());
            Poll::Ready(())
        })
        .await;
        let dropped = Rc::new(Cell::new(false));
        // Dropped with an orphan's data: an operation in flight, two armed multishot streams,
        // and the last handle of a buffer ring.
        let holder = Holder::new((recv, accept, rx, ring), &dropped);
        // The outer receive is orphaned; its final completion (the cancel) releases the
        // holder, dropped once the driver's completion handling is over.
        let (_outer_peer, outer) = connected_pair().await;
        let outer_recv = start(outer.recv(holder)).await;
        drop(outer_recv);
        let until = std::time::Instant::now() + Duration::from_secs(10);
        while !(dropped.get() && freed.get() == 1 && stats().in_flight <= base) {
            assert!(
                std::time::Instant::now() < until,
                "held operations were not handed over: dropped {}, inner buffer freed {}, {:?}",
                dropped.get(),
                freed.get(),
                stats()
            );
            time::sleep(Duration::from_millis(2)).await;
        }
        // The dropped ring's group is unregistered before its id is handed out again: new
        // rings register and receive.
        for round in 0..3 {
            let ring = BufRing::builder()
                .entries(8)
                .buf_size(1024)
                .build()
                .unwrap_or_else(|e| panic!("ring {round} after the dropped one: {e}"));
            let (client, server) = connected_pair().await;
            client.send_all(b"ping".to_vec()).await.0.unwrap();
            let got = time::timeout(Duration::from_secs(5), server.recv_ring(&ring))
                .await
                .unwrap()
                .unwrap()
                .unwrap();
            assert_eq!(&got[..], b"ping");
            drop((client, server, got));
        }
        drop((listener, addr));
    });
}

#[test]
fn a_buffer_ring_held_by_an_orphans_data_is_unregistered_before_reuse() {
    run(async {
        let (_peer, outer) = connected_pair().await;
        let ring = BufRing::builder().entries(4).buf_size(256).build().unwrap();
        let group = ring.group();
        let dropped = Rc::new(Cell::new(false));
        // The ring's last handle is dropped when the orphaned receive's cancel completes.
        drop(start(outer.recv(Holder::new(ring, &dropped))).await);
        let until = std::time::Instant::now() + Duration::from_secs(10);
        while !dropped.get() {
            assert!(std::time::Instant::now() < until, "{:?}", stats());
            time::sleep(Duration::from_millis(1)).await;
        }
        // Its group id is free again: the next ring takes it, and registers.
        time::sleep(Duration::from_millis(5)).await;
        let again = BufRing::builder()
            .entries(4)
            .buf_size(256)
            .build()
            .expect("the freed group id registers again");
        assert_eq!(again.group(), group, "the id was reused");
        let (client, server) = connected_pair().await;
        client.send_all(b"pong".to_vec()).await.0.unwrap();
        let got = time::timeout(Duration::from_secs(5), server.recv_ring(&again))
            .await
            .unwrap()
            .unwrap()
            .unwrap();
        assert_eq!(&got[..], b"pong");
    });
}

#[test]
fn receives_paused_past_their_bound_while_both_queues_are_full_lose_nothing() {
    // Eight connections receive through one ring with a bound of one waiting buffer each,
    // on a ring of two submission and two completion entries: the receives armed again after
    // their pauses go in through a full submission queue (with cancels, when pauses come in
    // the same tick) and their completions through an overflowing one.
    // While the receiving tasks sleep, each client sends ten messages 4 ms apart, each one
    // its own receive: unbounded, 88 buffers for a ring of 32.
    let (proactor, uring) = small_queues(2);
    let (exhausted, s) = proactor.block_on(async {
        let ring = BufRing::builder()
            .entries(32)
            .buf_size(256)
            .build()
            .unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let clients: Vec<_> = (0..8u8)
            .map(|c| {
                std::thread::spawn(move || {
                    let mut s = std::net::TcpStream::connect(addr).unwrap();
                    std::io::Write::write_all(&mut s, &[c; 10]).unwrap();
                    std::thread::sleep(Duration::from_millis(30));
                    for m in 0..10u8 {
                        std::io::Write::write_all(&mut s, &[c ^ m; 10]).unwrap();
                        std::thread::sleep(Duration::from_millis(4));
                    }
                })
            })
            .collect();
        let mut streams = Vec::new();
        for _ in 0..8 {
            streams.push(listener.accept().await.unwrap().0);
        }
        // Every task wakes at the same instant, so that their paused receives are armed again
        // within one tick, eight entries for a queue of two: the queue fills however the
        // clients' messages were spread over the ticks before (on a loaded machine they come
        // one a tick, and each pause's cancel then finds room). Every client has connected by
        // now, and sends all it sends within some 70 ms of that.
        let wake_at = std::time::Instant::now() + Duration::from_millis(300);
        let mut tasks = Vec::new();
        for stream in streams {
            let ring = ring.clone();
            tasks.push(spawn(async move {
                let mut rx = stream.recv_multi(&ring);
                rx.hold_at_most(1);
                let first = rx.next().await.unwrap().unwrap();
                let c = first[0];
                let mut got = first.to_vec();
                drop(first);
                time::sleep_until(wake_at).await;
                while got.len() < 110 {
                    got.extend_from_slice(&rx.next().await.unwrap().unwrap());
                }
                let want: Vec<u8> = std::iter::once(c)
                    .chain((0..10u8).map(|m| c ^ m))
                    .flat_map(|b| [b; 10])
                    .collect();
                assert!(got == want, "connection {c} received other bytes");
            }));
        }
        for t in tasks {
            time::timeout(Duration::from_secs(20), t)
                .await
                .expect("every connection receives all")
                .expect("no task panics");
        }
        for c in clients {
            c.join().unwrap();
        }
        (ring.exhausted(), stats())
    });
    println!("{s:?}, ring exhausted {exhausted} times");
    assert_eq!(s.stale_completions, 0, "no completion came twice");
    assert_eq!(exhausted, 0, "the bound kept the ring from running dry");
    if uring {
        assert!(
            s.sq_full_submits > 0 && s.cq_overflows > 0,
            "the queues of 2 filled: {s:?}"
        );
    }
}

/// A buffer ring is its proactor's: every proactor numbers its groups from 0, so on another
/// one a receive would name that one's buffers. Refused with a panic, on both receives.
#[test]
fn a_buffer_ring_of_another_proactor_is_refused() {
    let first = Proactor::builder().build().unwrap();
    let ring =
        first.block_on(async { BufRing::builder().entries(4).buf_size(256).build().unwrap() });
    let second = Proactor::builder().build().unwrap();
    for multishot in [true, false] {
        let refused = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            second.block_on(async {
                let (client, server) = connected_pair().await;
                client.send_all(b"x".to_vec()).await.0.unwrap();
                if multishot {
                    drop(server.recv_multi(&ring));
                } else {
                    let _ = server.recv_ring(&ring).await;
                }
            })
        }));
        let message = refused.expect_err("the foreign ring was used");
        let text = message
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| message.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        assert!(text.contains("other than the one it was made on"), "{text}");
    }
    // Its own proactor still takes it.
    first.block_on(async {
        let (client, server) = connected_pair().await;
        client.send_all(b"hello".to_vec()).await.0.unwrap();
        let got = server.recv_ring(&ring).await.unwrap().unwrap();
        assert_eq!(&got[..], b"hello");
    });
}

/// An aborted task's drop that gives a buffer back wakes the receive waiting for it at once,
/// even with nothing else to run and no timer queued (the wait after it must not block).
#[test]
fn a_buffer_freed_by_an_aborted_task_wakes_its_waiter() {
    let proactor = Proactor::builder().build().unwrap();
    let took = proactor.block_on(async {
        let ring = BufRing::builder().entries(1).buf_size(256).build().unwrap();
        let (c1, s1) = connected_pair().await;
        let (c2, s2) = connected_pair().await;
        c1.send_all(b"one".to_vec()).await.0.unwrap();
        // The task holds the ring's one buffer and nothing else: dropping it frees no fd whose
        // events could end the wait below by chance.
        let lease = s1.recv_ring(&ring).await.unwrap().unwrap();
        let holder = spawn(async move {
            std::future::pending::<()>().await;
            drop(lease);
        });
        c2.send_all(b"two".to_vec()).await.0.unwrap();
        let waiter = {
            let ring = ring.clone();
            spawn(async move { s2.recv_ring(&ring).await.unwrap().unwrap().to_vec() })
        };
        // The waiter finds the ring empty and waits for a buffer; the sleep's timer is gone
        // by the abort.
        time::sleep(Duration::from_millis(50)).await;
        assert!(!waiter.is_finished());
        // Bounds the test if the wake is lost: a wake from another thread in 3 s.
        let root = std::future::poll_fn(|cx| std::task::Poll::Ready(cx.waker().clone())).await;
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_secs(3));
            root.wake();
        });
        let start = std::time::Instant::now();
        holder.abort();
        let got = waiter.await.unwrap();
        assert_eq!(got, b"two");
        start.elapsed()
    });
    assert!(
        took < Duration::from_secs(2),
        "the waiter slept until another wake ({took:?})"
    );
}

/// An operation kept past its proactor: the teardown does not wait for a completion that has
/// already come (only for what the kernel still owes), and the operation still gives it.
#[test]
fn an_operation_that_outlives_its_proactor_keeps_its_completion() {
    let proactor = Proactor::builder().build().unwrap();
    if proactor.features().backend() != Backend::IoUring {
        // On epoll no operation is the kernel's to finish: nothing to keep.
        return;
    }
    let op = proactor.block_on(async {
        let mut op = Box::pin(nop());
        // Submitted (on epoll: tried once), not awaited.
        std::future::poll_fn(|cx| {
            let _ = op.as_mut().poll(cx);
            Poll::Ready(())
        })
        .await;
        time::sleep(Duration::from_millis(20)).await;
        // In an `Option`: an async block that hands out a future reads as a forgotten
        // `.await` (clippy's `async_yields_async`).
        Some(op)
    });
    let op = op.expect("the operation");
    let start = std::time::Instant::now();
    drop(proactor);
    assert!(
        start.elapsed() < Duration::from_millis(500),
        "the teardown waited for a completion already there ({:?})",
        start.elapsed()
    );
    // Awaited on another proactor, it finishes on its own ring's completion.
    let other = Proactor::builder().build().unwrap();
    other.block_on(async move { op.await.unwrap() });
}

#[test]
fn a_buffer_whose_drop_panics_after_its_cancel_leaves_the_proactor_working() {
    let proactor = Proactor::builder().build().unwrap();
    let (waker, listener) = proactor.block_on(async { remote_waker() });
    let (_client, server) = proactor.block_on(connected_pair());
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        proactor.block_on(async {
            let mut recv = Box::pin(server.recv(WithData::carrying(PanicsOnDrop)));
            std::future::poll_fn(|cx| {
                assert!(recv.as_mut().poll(cx).is_pending());
                Poll::Ready(())
            })
            .await;
            time::sleep(Duration::from_millis(1)).await;
            // A wake from another thread, then the receive dropped (its cancel queued): the
            // kernel reports the wake's read, then the receive's end, in one pass, whose
            // hand-over of the buffer panics.
            std::thread::scope(|s| {
                s.spawn(|| waker.wake());
            });
            drop(recv);
            time::sleep(Duration::from_millis(1)).await;
        })
    }));
    assert!(
        panicked.is_err(),
        "the buffer's panic reaches block_on's caller"
    );
    // Everything the pass had taken in is still done: the wake read is armed again, so a
    // later wake from another thread arrives.
    proactor.block_on(async {
        let _ = time::timeout(Duration::from_millis(10), listener.notified()).await;
        let later = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            waker.wake();
        });
        // Not woken, the thread would sleep out the timeout and only then find the wake's
        // flag: so the time is what tells.
        let start = std::time::Instant::now();
        let _ = time::timeout(Duration::from_secs(2), listener.notified()).await;
        let took = start.elapsed();
        assert!(
            took < Duration::from_secs(1),
            "a wake after the panic woke the thread: {took:?}"
        );
        later.join().unwrap();
    });
}
