//! The offload pool with real proactors: results come back to the submitting core, full
//! queues, panics, dropped futures, shutdown.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Barrier, mpsc};
use std::thread;
use std::time::Duration;

use percore_offload::{OffloadError, Pool, WhenFull};
use percore_proactor::net::{TcpListener, TcpStream};
use percore_proactor::{Proactor, spawn, time};

fn run<F: std::future::Future>(f: F) -> F::Output {
    let p = Proactor::builder().build().unwrap();
    p.block_on(async {
        time::timeout(Duration::from_secs(60), f)
            .await
            .expect("test exceeded its time limit")
    })
}

/// A gate a job waits at, so that the queue fills behind it.
fn gate() -> (Arc<Barrier>, impl Fn() + Clone + Send + 'static) {
    let barrier = Arc::new(Barrier::new(2));
    let b = barrier.clone();
    (barrier, move || {
        b.wait();
    })
}

#[test]
fn results_arrive_on_the_submitting_thread_from_two_workers_at_once() {
    let pool = Pool::builder().threads(2).build().unwrap();
    let workers: Vec<_> = (0..2)
        .map(|w| {
            let handle = pool.handle();
            thread::spawn(move || {
                let me = thread::current().id();
                run(async move {
                    let tasks: Vec<_> = (0..500u64)
                        .map(|i| {
                            let handle = handle.clone();
                            spawn(async move {
                                let (value, ran_on) = handle
                                    .run(move || (i * 2 + w, thread::current().id()))
                                    .await
                                    .unwrap();
                                assert_eq!(value, i * 2 + w);
                                assert_ne!(ran_on, me, "the job ran on the worker itself");
                                // The awaiting task resumed on its own worker thread.
                                assert_eq!(thread::current().id(), me);
                            })
                        })
                        .collect();
                    for t in tasks {
                        t.await.unwrap();
                    }
                });
            })
        })
        .collect();
    for w in workers {
        w.join().unwrap();
    }
    assert_eq!(pool.stats().completed, 1000);
}

#[test]
fn ten_thousand_small_jobs_all_right() {
    let pool = Pool::builder().threads(2).queue_depth(64).build().unwrap();
    let handle = pool.handle();
    run(async move {
        let tasks: Vec<_> = (0..10_000u64)
            .map(|i| {
                let handle = handle.clone();
                spawn(async move { handle.run(move || i.wrapping_mul(i)).await.unwrap() })
            })
            .collect();
        for (i, t) in tasks.into_iter().enumerate() {
            let i = i as u64;
            assert_eq!(t.await.unwrap(), i.wrapping_mul(i));
        }
    });
    let s = pool.stats();
    assert_eq!(s.completed, 10_000);
    assert_eq!(
        (s.panicked, s.rejected, s.cancelled, s.queued, s.running),
        (0, 0, 0, 0, 0)
    );
    assert!(s.max_queue_wait >= s.mean_queue_wait);
}

#[test]
fn busy_under_a_full_queue() {
    let pool = Pool::builder().threads(1).queue_depth(2).build().unwrap();
    let handle = pool.handle();
    let (barrier, wait_at_gate) = gate();
    run(async move {
        let blocker = spawn({
            let handle = handle.clone();
            async move { handle.run(wait_at_gate).await }
        });
        // Let the single thread pick up the blocking job, then fill the queue.
        while pool.stats().running == 0 {
            time::sleep(Duration::from_millis(1)).await;
        }
        let queued: Vec<_> = (0..2)
            .map(|i| {
                let handle = handle.clone();
                spawn(async move { handle.run(move || i).await })
            })
            .collect();
        time::sleep(Duration::from_millis(10)).await;
        let refused = handle.run_with(WhenFull::Error, || 99).await;
        assert_eq!(refused, Err(OffloadError::Busy));
        assert!(handle.is_full());
        assert_eq!(pool.stats().rejected, 1);
        barrier.wait();
        blocker.await.unwrap().unwrap();
        for (i, q) in queued.into_iter().enumerate() {
            assert_eq!(q.await.unwrap().unwrap(), i);
        }
    });
}

async fn echo_once(stream: &TcpStream) {
    let (res, buf) = stream.recv(Vec::with_capacity(64)).await;
    assert!(res.unwrap() > 0);
    stream.send_all(buf).await.0.unwrap();
}

#[test]
fn waiting_for_room_keeps_the_core_serving() {
    let pool = Pool::builder().threads(1).queue_depth(1).build().unwrap();
    let handle = pool.handle();
    let (barrier, wait_at_gate) = gate();
    run(async move {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let server = spawn(async move {
            let (stream, _) = listener.accept().await.unwrap();
            for _ in 0..5 {
                echo_once(&stream).await;
            }
        });
        let blocker = spawn({
            let handle = handle.clone();
            async move { handle.run(wait_at_gate).await }
        });
        while pool.stats().running == 0 {
            time::sleep(Duration::from_millis(1)).await;
        }
        let filler = spawn({
            let handle = handle.clone();
            async move { handle.run(|| 1).await }
        });
        time::sleep(Duration::from_millis(5)).await;
        let waiting = spawn({
            let handle = handle.clone();
            async move { handle.run_with(WhenFull::Wait, || 2).await }
        });
        // The queue is full and a submission waits; the core still answers its connection.
        let client = TcpStream::connect(addr).await.unwrap();
        for i in 0..5u8 {
            client.send_all(vec![i; 32]).await.0.unwrap();
            let (res, buf) = client.recv(Vec::with_capacity(64)).await;
            assert_eq!(res.unwrap(), 32);
            assert_eq!(buf, vec![i; 32]);
        }
        assert!(!waiting.is_finished());
        server.await.unwrap();
        barrier.wait();
        blocker.await.unwrap().unwrap();
        assert_eq!(filler.await.unwrap().unwrap(), 1);
        assert_eq!(waiting.await.unwrap().unwrap(), 2);
    });
}

#[test]
fn a_panicking_job_returns_an_error_and_the_thread_lives_on() {
    let pool = Pool::builder().threads(1).build().unwrap();
    let handle = pool.handle();
    run(async move {
        let err = handle
            .run(|| -> u32 { panic!("job exploded on purpose") })
            .await
            .unwrap_err();
        assert_eq!(
            err,
            OffloadError::Panicked("job exploded on purpose".into())
        );
        assert!(err.to_string().contains("job exploded on purpose"));
        assert_eq!(handle.run(|| 5).await, Ok(5));
    });
    let s = pool.stats();
    assert_eq!((s.panicked, s.completed), (1, 1));
}

/// Counts drops of a job's result.
struct Dropped(Arc<AtomicUsize>);

impl Drop for Dropped {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

#[test]
fn dropped_futures_cancel_queued_jobs_and_discard_running_results() {
    let pool = Pool::builder().threads(1).build().unwrap();
    let handle = pool.handle();
    let (barrier, wait_at_gate) = gate();
    let ran = Arc::new(AtomicBool::new(false));
    let drops = Arc::new(AtomicUsize::new(0));
    let (ran2, drops2) = (ran.clone(), drops.clone());
    let pool_stats = move || pool.stats();
    run(async move {
        // A running job whose future is dropped: its result is discarded, once.
        let running = handle.run(move || {
            wait_at_gate();
            Dropped(drops2)
        });
        let running = spawn(running);
        while pool_stats().running == 0 {
            time::sleep(Duration::from_millis(1)).await;
        }
        // A queued job whose future is dropped: it never runs.
        let queued = handle.run(move || ran2.store(true, Ordering::SeqCst));
        assert!(
            time::timeout(Duration::from_millis(5), queued)
                .await
                .is_err()
        );
        running.abort();
        let _ = running.await;
        barrier.wait();
        // Let the pool thread finish both.
        handle.run(|| ()).await.unwrap();
        assert!(!ran.load(Ordering::SeqCst), "a cancelled job ran");
        assert_eq!(
            drops.load(Ordering::SeqCst),
            1,
            "the discarded result was dropped once"
        );
        let s = pool_stats();
        assert_eq!(s.cancelled, 1);
    });
}

#[test]
fn shutdown_cancels_what_is_still_queued() {
    let pool = Pool::builder().threads(1).build().unwrap();
    let handle = pool.handle();
    let (barrier, wait_at_gate) = gate();
    let (tx, rx) = mpsc::channel();
    let waiter = thread::spawn(move || {
        run(async move {
            let blocker = spawn({
                let handle = handle.clone();
                async move { handle.run(wait_at_gate).await }
            });
            time::sleep(Duration::from_millis(20)).await;
            let queued: Vec<_> = (0..3)
                .map(|i| {
                    let handle = handle.clone();
                    spawn(async move { handle.run(move || i).await })
                })
                .collect();
            time::sleep(Duration::from_millis(10)).await;
            tx.send(()).unwrap();
            for q in queued {
                assert_eq!(q.await.unwrap(), Err(OffloadError::ShutDown));
            }
            assert!(
                blocker.await.unwrap().is_ok(),
                "a running job still completes"
            );
            assert_eq!(handle.run(|| 1).await, Err(OffloadError::ShutDown));
        });
    });
    rx.recv().unwrap();
    let releaser = thread::spawn(move || {
        thread::sleep(Duration::from_millis(50));
        barrier.wait();
    });
    let report = pool.shutdown(Duration::from_millis(20));
    assert_eq!(report.cancelled, 3);
    releaser.join().unwrap();
    waiter.join().unwrap();
}
