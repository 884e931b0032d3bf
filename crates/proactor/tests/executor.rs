//! The executor: join handles, panics, aborts, fairness.

mod common;

use std::cell::Cell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::run;
use percore_proactor::net::TcpListener;
use percore_proactor::{Proactor, spawn, spawn_detached, stats, time, yield_now};

#[test]
fn join_handle_returns_output_and_nested_spawns_run() {
    let out = run(async {
        let a = spawn(async { spawn(async { 20 }).await.unwrap() + 1 });
        let b = spawn(async { 21 });
        a.await.unwrap() + b.await.unwrap()
    });
    assert_eq!(out, 42);
}

#[test]
fn a_panicking_task_delivers_the_panic_and_the_loop_goes_on() {
    run(async {
        let bad = spawn(async {
            yield_now().await;
            panic!("task exploded on purpose");
        });
        let err = bad.await.unwrap_err();
        assert!(err.is_panic());
        assert_eq!(err.panic_message(), Some("task exploded on purpose"));
        // A detached panicking task is logged; others keep running.
        spawn(async { panic!("detached on purpose") }).detach();
        time::sleep(Duration::from_millis(5)).await;
        assert_eq!(spawn(async { 7 }).await.unwrap(), 7);
    });
}

/// Counts its drops.
struct Dropped(Rc<Cell<u32>>);

impl Drop for Dropped {
    fn drop(&mut self) {
        self.0.set(self.0.get() + 1);
    }
}

/// What a test's tracing subscriber wrote.
#[derive(Clone, Default)]
struct Log(Arc<Mutex<Vec<u8>>>);

impl std::io::Write for Log {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for Log {
    type Writer = Log;

    fn make_writer(&'a self) -> Log {
        self.clone()
    }
}

#[test]
fn a_task_spawned_detached_runs_to_its_end_and_its_output_and_a_panic_are_dropped() {
    let drops = Rc::new(Cell::new(0));
    let d = drops.clone();
    let log = Log::default();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(log.clone())
        .with_ansi(false)
        .finish();
    // Global, not this thread's default: a callsite that another test's thread reached first
    // with no subscriber could keep its "never" interest. Only this test sets it; the others'
    // lines land in the same log, and the check below looks for this test's panic alone.
    tracing::subscriber::set_global_default(subscriber).expect("only this test sets it");
    run(async move {
        let ran = Rc::new(Cell::new(false));
        let r = ran.clone();
        let output = d.clone();
        spawn_detached(async move {
            yield_now().await;
            r.set(true);
            Dropped(output)
        });
        assert_eq!(stats().tasks, 1);
        time::sleep(Duration::from_millis(5)).await;
        assert!(ran.get());
        assert_eq!(d.get(), 1, "its output is dropped once it finishes");
        assert_eq!(stats().tasks, 0);
        // A panic in it is logged; the loop and the other tasks go on.
        spawn_detached(async {
            yield_now().await;
            panic!("spawned detached, panicking on purpose")
        });
        time::sleep(Duration::from_millis(5)).await;
        assert_eq!(spawn(async { 7 }).await.unwrap(), 7);
        assert_eq!(stats().tasks, 0);
    });
    let logged = String::from_utf8(log.0.lock().unwrap().clone()).unwrap();
    assert!(
        logged
            .lines()
            .any(|line| line.contains("a detached task panicked")
                && line.contains("spawned detached, panicking on purpose")),
        "the panic is logged with its message: {logged:?}"
    );
    // Ones still waiting when their proactor is dropped have their futures dropped with it:
    // spawned from a task, and from outside through `Proactor::spawn_detached` (started at
    // the next `block_on`).
    let proactor = Proactor::builder().build().unwrap();
    let (held, outside, started) = (drops.clone(), drops.clone(), Rc::new(Cell::new(false)));
    let s = started.clone();
    proactor.spawn_detached(async move {
        let _held = Dropped(outside);
        s.set(true);
        std::future::pending::<()>().await;
    });
    assert!(!started.get(), "not before the next block_on");
    proactor.block_on(async move {
        spawn_detached(async move {
            let _held = Dropped(held);
            std::future::pending::<()>().await;
        });
        yield_now().await;
        assert_eq!(stats().tasks, 2);
    });
    assert!(started.get());
    assert_eq!(drops.get(), 1);
    drop(proactor);
    assert_eq!(drops.get(), 3);
}

#[test]
fn abort_stops_a_task_and_keeps_a_finished_output() {
    run(async {
        let ran = Rc::new(Cell::new(false));
        let r = ran.clone();
        let task = spawn(async move {
            time::sleep(Duration::from_secs(3600)).await;
            r.set(true);
        });
        yield_now().await;
        task.abort();
        assert!(task.await.unwrap_err().is_cancelled());
        assert!(!ran.get());
        let done = spawn(async { 5 });
        time::sleep(Duration::from_millis(2)).await;
        assert!(done.is_finished());
        done.abort();
        assert_eq!(done.await.unwrap(), 5);
        assert_eq!(stats().tasks, 0);
    });
}

#[test]
fn a_busy_task_does_not_starve_io() {
    run(async {
        let (client, server) = common::connected_pair().await;
        let stop = Rc::new(Cell::new(false));
        let s = stop.clone();
        let spinner = spawn(async move {
            let mut spins = 0u64;
            while !s.get() {
                spins += 1;
                yield_now().await;
            }
            spins
        });
        // The spinner is always ready, yet the round trip completes: each tick ends in one
        // kernel entry that reaps completions.
        for i in 0..=255u8 {
            client.send_all(vec![i; 64]).await.0.unwrap();
            let (res, buf) = server.recv(Vec::with_capacity(64)).await;
            assert_eq!(res.unwrap(), 64);
            assert_eq!(buf, vec![i; 64]);
        }
        stop.set(true);
        // The spinner ran meanwhile: the I/O loop yielded (on io_uring at every operation, on
        // epoll at least once per cooperative budget).
        assert!(spinner.await.unwrap() > 0);
    });
}

/// One task polling many operations that wait (as `join!` does) reaches every one of them:
/// on epoll only completions spend the task's cooperative budget, so the ones past it are
/// still tried and parked rather than skipped at every poll.
#[test]
fn a_task_polling_many_waiting_operations_reaches_the_last() {
    run(async {
        let mut pairs = Vec::new();
        // Past the cooperative budget (128), within a default descriptor limit.
        for _ in 0..150 {
            pairs.push(common::connected_pair().await);
        }
        let pairs = Rc::new(pairs);
        let sender = pairs.clone();
        spawn(async move {
            time::sleep(Duration::from_millis(20)).await;
            sender[149].0.send_all(vec![7u8; 8]).await.0.unwrap();
        })
        .detach();
        let mut recvs: Vec<_> = pairs
            .iter()
            .map(|(_, server)| server.recv(Vec::with_capacity(8)))
            .collect();
        let first = std::future::poll_fn(|cx| {
            for (i, r) in recvs.iter_mut().enumerate() {
                if let std::task::Poll::Ready((res, _)) = std::pin::Pin::new(r).poll(cx) {
                    return std::task::Poll::Ready((i, res.unwrap()));
                }
            }
            std::task::Poll::Pending
        });
        let got = time::timeout(Duration::from_secs(5), first).await;
        assert_eq!(got.expect("the last receive was never tried"), (149, 8));
    });
}

/// A stream that is always ready (a flood of queued connections) lets other tasks run.
#[test]
fn a_flood_of_connections_does_not_hold_the_thread() {
    run(async {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let clients = std::thread::spawn(move || {
            (0..150)
                .map(|_| std::net::TcpStream::connect(addr).unwrap())
                .collect::<Vec<_>>()
        });
        let clients = clients.join().unwrap();
        let ran = Rc::new(Cell::new(0u32));
        let r = ran.clone();
        let counter = spawn(async move {
            loop {
                r.set(r.get() + 1);
                yield_now().await;
            }
        });
        yield_now().await;
        let mut incoming = listener.accept_multi();
        let before = ran.get();
        for _ in 0..150 {
            incoming.next().await.unwrap().unwrap();
        }
        // The counter ran while the 150 queued connections were taken (on io_uring every
        // completion is a wait; on epoll at least once per cooperative budget).
        assert!(ran.get() > before, "nothing else ran meanwhile");
        counter.abort();
        drop(clients);
    });
}

#[test]
fn tasks_left_pending_run_at_the_next_block_on() {
    let proactor = Proactor::builder().build().unwrap();
    let hits = Rc::new(Cell::new(0));
    let h = hits.clone();
    let handle = proactor.spawn(async move {
        h.set(h.get() + 1);
        time::sleep(Duration::from_millis(5)).await;
        h.set(h.get() + 1);
        "done"
    });
    proactor.block_on(async { yield_now().await });
    assert_eq!(hits.get(), 1);
    assert_eq!(proactor.block_on(handle).unwrap(), "done");
    assert_eq!(hits.get(), 2);
}

#[test]
#[should_panic(expected = "nested block_on")]
fn nested_block_on_is_refused() {
    let outer = Proactor::builder().build().unwrap();
    let inner = Proactor::builder().build().unwrap();
    outer.block_on(async { inner.block_on(async {}) });
}

#[test]
fn the_outer_proactor_stays_current_after_the_nested_refusal() {
    let outer = Proactor::builder().build().unwrap();
    let inner = Proactor::builder().build().unwrap();
    let out = outer.block_on(async {
        let refused = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            inner.block_on(async {});
        }));
        assert!(refused.is_err());
        // Spawned on the outer proactor, which must still be the current one.
        spawn(async { 6 * 7 }).await.unwrap()
    });
    assert_eq!(out, 42);
}

#[test]
fn a_proactor_dropped_inside_another_s_block_on_leaves_it_current() {
    let outer = Proactor::builder().build().unwrap();
    let out = outer.block_on(async {
        let inner = Proactor::builder().build().unwrap();
        // A task of the inner proactor, dropped at the inner's teardown while the outer's
        // `block_on` runs: the inner is current for that while, the outer again after it.
        let hits = Rc::new(Cell::new(0));
        let guard = Dropped(hits.clone());
        inner.spawn(async move {
            let _guard = guard;
            std::future::pending::<()>().await;
        });
        drop(inner);
        assert_eq!(hits.get(), 1, "the inner task was dropped at its teardown");
        yield_now().await;
        spawn(async { 6 * 7 }).await.unwrap()
    });
    assert_eq!(out, 42);
}

#[test]
fn a_task_that_spawns_thousands_in_one_poll_goes_on_running() {
    // The task set grows (and moves its slots) while the spawning task is being polled.
    let total = run(async {
        let sum = Rc::new(Cell::new(0u64));
        let s = sum.clone();
        spawn(async move {
            let handles: Vec<_> = (0..5_000u64)
                .map(|i| {
                    let s = s.clone();
                    spawn(async move {
                        yield_now().await;
                        s.set(s.get() + i);
                    })
                })
                .collect();
            yield_now().await;
            for h in handles {
                h.await.unwrap();
            }
            s.set(s.get() + 1);
        })
        .await
        .unwrap();
        sum.get()
    });
    assert_eq!(total, (0..5_000u64).sum::<u64>() + 1);
}

#[test]
fn a_task_aborting_itself_while_polled_is_dropped_at_its_next_turn() {
    run(async {
        let hits = Rc::new(Cell::new(0));
        let own: Rc<std::cell::RefCell<Option<percore_proactor::JoinHandle<()>>>> = Rc::default();
        let (h, o) = (hits.clone(), own.clone());
        let handle = spawn(async move {
            let _guard = Dropped(h);
            yield_now().await;
            // Abort through a handle of itself, during its own poll.
            if let Some(me) = o.borrow().as_ref() {
                me.abort();
            }
            yield_now().await;
            unreachable!("an aborted task is not polled again");
        });
        // Stored before the task's first poll (a spawned task starts at the next tick).
        *own.borrow_mut() = Some(handle);
        while hits.get() == 0 {
            yield_now().await;
        }
        let handle = own.borrow_mut().take().unwrap();
        assert!(handle.await.unwrap_err().is_cancelled());
    });
}

#[test]
fn nop_round_trips() {
    run(async {
        let before = stats();
        for _ in 0..1000 {
            percore_proactor::nop().await.unwrap();
        }
        let after = stats();
        assert!(after.completed - before.completed >= 1000);
    });
}

#[test]
fn always_ready_io_still_yields() {
    run(async {
        let (client, _server) = common::connected_pair().await;
        let ticks = Rc::new(Cell::new(0u64));
        let t = ticks.clone();
        let counter = spawn(async move {
            loop {
                t.set(t.get() + 1);
                yield_now().await;
            }
        });
        // Sends into a socket with room never wait: still, other tasks run in between.
        for _ in 0..1000 {
            client.send_all(vec![0u8; 16]).await.0.unwrap();
        }
        assert!(ticks.get() >= 5, "other tasks ran {} times", ticks.get());
        counter.abort();
    });
}

#[test]
fn always_ready_io_ends_the_tick_once_its_budget_is_spent() {
    // A task whose sends never wait (a reader drains the peer on another thread) completes
    // at most a budget's worth of operations (128) before the loop enters the kernel again:
    // timers and other sockets' readiness are looked at between. Before, on epoll, it was
    // put back in the same tick's queue and polled again, up to 256 times: 32,768 sends
    // between two looks at the timers.
    run(async {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let reader = std::thread::spawn(move || {
            let (mut peer, _) = listener.accept().unwrap();
            let mut sink = vec![0u8; 1 << 16];
            while matches!(std::io::Read::read(&mut peer, &mut sink), Ok(n) if n > 0) {}
        });
        let client = percore_proactor::net::TcpStream::connect(addr)
            .await
            .unwrap();
        let sends = 20_000;
        let before = stats();
        let sender = spawn(async move {
            for _ in 0..sends {
                client.send_all(vec![0u8; 16]).await.0.unwrap();
            }
        });
        sender.await.unwrap();
        let after = stats();
        let (completed, ticks) = (
            after.completed - before.completed,
            after.ticks - before.ticks,
        );
        assert!(completed >= sends, "{completed} completions");
        assert!(
            completed <= 2 * 128 * ticks.max(1),
            "{completed} operations completed in {ticks} ticks"
        );
        reader.join().unwrap();
    });
}

#[test]
fn a_task_the_tick_hook_spawns_runs_at_once_rather_than_after_the_wait() {
    let spawned = Rc::new(Cell::new(false));
    let ran = Rc::new(Cell::new(false));
    let root: Rc<Cell<Option<std::task::Waker>>> = Rc::default();
    let hook = {
        let (spawned, ran, root) = (spawned.clone(), ran.clone(), root.clone());
        move || {
            // Once the root future waits: a task that ends its wait.
            if let Some(waker) = root.take()
                && !spawned.replace(true)
            {
                let ran = ran.clone();
                spawn_detached(async move {
                    ran.set(true);
                    waker.wake();
                });
            }
        }
    };
    let proactor = Proactor::builder().on_tick(hook).build().unwrap();
    let started = std::time::Instant::now();
    let waited = proactor.block_on(async {
        // Its timer is the only one: the wait the tick would enter without the hook's task.
        let wait = std::future::poll_fn(|cx| {
            if ran.get() {
                return std::task::Poll::Ready(());
            }
            root.set(Some(cx.waker().clone()));
            std::task::Poll::Pending
        });
        time::timeout(Duration::from_secs(2), wait).await
    });
    assert!(waited.is_ok() && ran.get());
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "the hook's task waited for the timer: {:?}",
        started.elapsed()
    );
}
