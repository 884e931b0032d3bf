//! Waking a proactor from other threads.

mod common;

use std::sync::mpsc;
use std::task::Poll;
use std::thread;
use std::time::Duration;

use common::run;
use percore_proactor::{remote_waker, spawn, time};

#[test]
fn remote_waker_from_another_thread() {
    run(async {
        let (waker, listener) = remote_waker();
        let (tx, rx) = mpsc::channel();
        let t = thread::spawn(move || {
            for i in 0..100u32 {
                tx.send(i).unwrap();
                waker.wake();
                thread::sleep(Duration::from_micros(200));
            }
        });
        let mut got = Vec::new();
        while got.len() < 100 {
            listener.notified().await;
            got.extend(rx.try_iter());
        }
        t.join().unwrap();
        assert_eq!(got, (0..100).collect::<Vec<_>>());
        // Wakes coalesce: nothing pending now.
        assert!(!listener.try_take());
    });
}

#[test]
fn a_wake_before_waiting_is_not_lost() {
    run(async {
        let (waker, listener) = remote_waker();
        thread::spawn(move || waker.wake()).join().unwrap();
        time::timeout(Duration::from_secs(5), listener.notified())
            .await
            .expect("the earlier wake counts");
    });
}

#[test]
fn task_waker_woken_on_a_foreign_thread() {
    run(async {
        let (tx, rx) = mpsc::channel::<std::task::Waker>();
        let helper = thread::spawn(move || {
            let waker = rx.recv().unwrap();
            thread::sleep(Duration::from_millis(10));
            waker.wake();
        });
        let task = spawn(async move {
            let mut sent = false;
            std::future::poll_fn(|cx| {
                if sent {
                    Poll::Ready(())
                } else {
                    sent = true;
                    tx.send(cx.waker().clone()).unwrap();
                    Poll::Pending
                }
            })
            .await;
            "woken"
        });
        assert_eq!(
            time::timeout(Duration::from_secs(5), task)
                .await
                .unwrap()
                .unwrap(),
            "woken"
        );
        helper.join().unwrap();
    });
}
