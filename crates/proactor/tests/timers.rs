//! Timers: order, cancellation, reset, timeout, and that they cost no SQE.

mod common;

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::Poll;
use std::time::{Duration, Instant};

use common::run;
use percore_proactor::{spawn, stats, time};

#[test]
fn sleeps_fire_in_deadline_order() {
    run(async {
        let order = Rc::new(RefCell::new(Vec::new()));
        let handles: Vec<_> = [50u64, 10, 30, 20, 40]
            .into_iter()
            .map(|ms| {
                let order = order.clone();
                spawn(async move {
                    time::sleep(Duration::from_millis(ms)).await;
                    order.borrow_mut().push(ms);
                })
            })
            .collect();
        for h in handles {
            h.await.unwrap();
        }
        assert_eq!(*order.borrow(), vec![10, 20, 30, 40, 50]);
    });
}

#[test]
fn sleep_lasts_at_least_its_duration() {
    run(async {
        let start = Instant::now();
        time::sleep(Duration::from_millis(30)).await;
        assert!(start.elapsed() >= Duration::from_millis(30));
    });
}

#[test]
fn dropped_and_timed_out_timers_never_fire() {
    run(async {
        let fired = Rc::new(RefCell::new(0));
        let f = fired.clone();
        let task = spawn(async move {
            time::sleep(Duration::from_millis(20)).await;
            *f.borrow_mut() += 1;
        });
        task.abort();
        assert!(task.await.unwrap_err().is_cancelled());
        let slow = time::sleep(Duration::from_secs(3600));
        assert!(
            time::timeout(Duration::from_millis(10), slow)
                .await
                .is_err()
        );
        time::sleep(Duration::from_millis(40)).await;
        assert_eq!(*fired.borrow(), 0);
        // Only the test's own time limit (see `run`) is still registered.
        assert_eq!(stats().timers, 1, "dropped timers are unregistered");
        let quick = async { 5 };
        assert_eq!(time::timeout(Duration::from_secs(1), quick).await, Ok(5));
    });
}

#[test]
fn reset_moves_the_deadline() {
    run(async {
        let start = Instant::now();
        let mut sleep = time::sleep(Duration::from_millis(10));
        sleep.reset_after(Duration::from_millis(60));
        (&mut sleep).await;
        assert!(start.elapsed() >= Duration::from_millis(60));
        sleep.reset_after(Duration::from_millis(5));
        sleep.await;
    });
}

/// Asserts that at least `ms` milliseconds passed since `since`.
fn took_at_least(since: Instant, ms: u64) {
    let took = since.elapsed();
    assert!(took >= Duration::from_millis(ms), "{took:?}, not {ms} ms");
}

/// Polls `sleep` once; whether it is still pending.
async fn poll_once(sleep: &mut time::Sleep) -> bool {
    std::future::poll_fn(|cx| Poll::Ready(Pin::new(&mut *sleep).poll(cx).is_pending())).await
}

#[test]
fn a_registered_sleep_moved_later_completes_at_its_new_deadline_and_earlier_at_once() {
    run(async {
        let start = Instant::now();
        let mut sleep = time::sleep(Duration::from_millis(20));
        assert!(poll_once(&mut sleep).await, "registered at 20 ms");
        // Moved later as an idle timeout is, many times: the executor's timer still wakes
        // the task at 20 ms, and the poll then waits for the rest.
        for ms in 21..=80 {
            sleep.reset(start + Duration::from_millis(ms));
        }
        (&mut sleep).await;
        took_at_least(start, 80);
        // Completed, then moved later: waits again.
        let again = Instant::now();
        sleep.reset(again + Duration::from_millis(40));
        assert!(poll_once(&mut sleep).await, "re-armed after completing");
        (&mut sleep).await;
        took_at_least(again, 40);
        // Far later, then back to earlier: the earlier deadline holds.
        let early = Instant::now();
        sleep.reset(early + Duration::from_secs(3600));
        assert!(poll_once(&mut sleep).await);
        sleep.reset(early + Duration::from_millis(15));
        (&mut sleep).await;
        let took = early.elapsed();
        assert!(
            took >= Duration::from_millis(15) && took < Duration::from_secs(60),
            "{took:?}"
        );
        // Completed, then moved later to a deadline already past (as after a pause of the
        // thread): the executor's timers complete it at their next firing, as they would any
        // deadline set in the past, not the poll that finds it moved.
        sleep.reset(Instant::now());
        assert!(
            poll_once(&mut sleep).await,
            "completed by the timers, not the poll"
        );
        (&mut sleep).await;
    });
}

#[test]
fn a_sleep_moved_later_then_back_part_way_completes_at_the_part_way_deadline() {
    // The second reset is earlier than the sleep's deadline but later than its timer's (still
    // at 20 ms): the timer table moves it there, and its heap entry at 20 ms re-queues itself.
    run(async {
        let start = Instant::now();
        let mut sleep = time::sleep(Duration::from_millis(20));
        assert!(poll_once(&mut sleep).await);
        sleep.reset(start + Duration::from_millis(400));
        sleep.reset(start + Duration::from_millis(60));
        (&mut sleep).await;
        let took = start.elapsed();
        assert!(
            took >= Duration::from_millis(60) && took < Duration::from_millis(400),
            "{took:?}"
        );
    });
}

#[test]
fn ten_thousand_timers_cost_no_sqe() {
    run(async {
        let before = stats();
        let handles: Vec<_> = (0..10_000u64)
            .map(|i| spawn(time::sleep(Duration::from_millis(300 + i % 10))))
            .collect();
        // The tasks start over a few ticks (256 polls per tick): wait until all have
        // registered (with the test's own limit: 10,001).
        let mut waited = 0;
        while stats().timers < 10_001 && waited < 200 {
            time::sleep(Duration::from_millis(1)).await;
            waited += 1;
        }
        assert_eq!(stats().timers, 10_001, "timers registered");
        for h in handles {
            h.await.unwrap();
        }
        let after = stats();
        assert!(
            after.submitted - before.submitted < 50,
            "{} SQEs for 10,000 timers",
            after.submitted - before.submitted
        );
    });
}

#[test]
fn one_timer_serves_many_timeouts() {
    run(async {
        let mut timer = time::sleep(Duration::from_secs(3600));
        // Many waits that finish in time: the timer is moved, never re-registered.
        for _ in 0..100 {
            let deadline = time::now() + Duration::from_secs(5);
            let done = time::timeout_on(&mut timer, Some(deadline), async { 7 }).await;
            assert_eq!(done, Ok(7));
        }
        let started = Instant::now();
        let slow = time::sleep(Duration::from_secs(3600));
        let deadline = time::now() + Duration::from_millis(20);
        assert!(
            time::timeout_on(&mut timer, Some(deadline), slow)
                .await
                .is_err()
        );
        assert!(started.elapsed() >= Duration::from_millis(20));
        // No deadline: the future runs to its end, however long.
        let waited = time::timeout_on(&mut timer, None, time::sleep(Duration::from_millis(30)));
        assert_eq!(waited.await, Ok(()));
    });
}

/// An operation's timeout as long as `Duration::MAX` means "never" on both backends: the
/// operation waits for its data (on io_uring the linked timeout's timespec is cut to about
/// 30 years; uncut, its seconds would be negative and the kernel would refuse it, ending the
/// operation at once with `TimedOut`).
#[test]
fn an_operation_timeout_of_duration_max_waits_for_the_data() {
    run(async {
        let (client, server) = common::connected_pair().await;
        let recv = server.recv(vec![0u8; 16]).timeout(Duration::MAX);
        let task = spawn(recv);
        time::sleep(Duration::from_millis(30)).await;
        assert!(!task.is_finished(), "ended before any data came");
        let (res, _) = client.send(b"late".to_vec()).await;
        res.unwrap();
        let (res, buf) = task.await.unwrap();
        assert_eq!(&buf[..res.unwrap()], b"late");
    });
}

/// An operation with a deadline already passed is still tried once, on both backends: what
/// is ready completes (epoll looked at the deadline first and said `TimedOut`, io_uring gave
/// the data), and what is not ends `TimedOut` at once.
#[test]
fn an_operation_whose_deadline_has_passed_still_takes_what_is_ready() {
    run(async {
        let (client, server) = common::connected_pair().await;
        let (res, _) = server.recv(vec![0u8; 16]).timeout(Duration::ZERO).await;
        assert_eq!(
            res.unwrap_err().kind(),
            std::io::ErrorKind::TimedOut,
            "nothing to read"
        );
        let (res, _) = client.send(b"ready".to_vec()).await;
        res.unwrap();
        // Arrived: on loopback the send has put it in the peer's queue.
        time::sleep(Duration::from_millis(20)).await;
        let (res, buf) = server.recv(vec![0u8; 16]).timeout(Duration::ZERO).await;
        assert_eq!(&buf[..res.expect("what was ready")], b"ready");
        let waiting = stats().in_flight;
        assert_eq!(waiting, 0, "a timed-out operation left behind");
    });
}

/// A zero-copy send cut by its timeout (a peer that reads nothing) ends with `TimedOut` on
/// both backends, as any other operation's (on io_uring its `ECANCELED` comes in the first of
/// its two completions, and was reported as such). Its end waits for the kernel to let go of
/// the buffer: for the peer to read what fills the socket.
#[test]
fn a_zero_copy_send_that_times_out_says_timed_out() {
    run(async {
        let (client, server) = common::connected_pair().await;
        // The socket filled with plain sends first: the zero-copy send finds no room at all.
        loop {
            let (res, _) = server
                .send(vec![7u8; 1 << 20])
                .timeout(Duration::from_millis(50))
                .await;
            if let Err(e) = res {
                assert_eq!(e.kind(), std::io::ErrorKind::TimedOut, "{e}");
                break;
            }
        }
        // Several at once: the kernel may find room for a part of the first (which ends with
        // the bytes it took), not for the others.
        let sends: Vec<_> = (0..4)
            .map(|_| {
                spawn(
                    server
                        .send_zc(vec![7u8; 1 << 20])
                        .timeout(Duration::from_millis(50)),
                )
            })
            .collect();
        time::sleep(Duration::from_millis(200)).await;
        // The peer reads what is queued (till nothing comes for 100 ms): the kernel lets go.
        loop {
            let (res, _) = client
                .recv(vec![0u8; 1 << 20])
                .timeout(Duration::from_millis(100))
                .await;
            match res {
                Ok(n) => assert!(n > 0),
                Err(_) => break,
            }
        }
        let mut timed_out = 0;
        for send in sends {
            match send.await.unwrap().0 {
                Ok(n) => assert!(n < 1 << 20, "a whole send went into a full socket"),
                Err(e) => {
                    assert_eq!(e.kind(), std::io::ErrorKind::TimedOut, "{e}");
                    timed_out += 1;
                }
            }
        }
        assert!(timed_out >= 3, "{timed_out} of 4 timed out");
    });
}
