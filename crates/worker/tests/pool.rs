//! A pool of workers over real sockets: spreading connections, pinning, start-up failures,
//! connection limits, mailbox control, panics.

mod common;

use std::io::{Read, Write};
use std::net::TcpListener as StdListener;
use std::time::{Duration, Instant};

use common::{client, echo, round_trip, settings, thread_cpus};
use percore_config::{CpuList, Pin, Workers};
use percore_worker::{StartError, WorkerEnd, WorkerPool};

#[test]
fn two_workers_on_port_zero_serve_two_thousand_connections() {
    let pool = WorkerPool::start(&settings(2), |ctx| async move { ctx.serve(echo).await }).unwrap();
    let addr = pool.addrs()[0];
    assert_ne!(addr.port(), 0);
    let threads: Vec<_> = (0..4)
        .map(|t| {
            std::thread::spawn(move || {
                for i in 0..500u32 {
                    let mut s = client(addr);
                    let msg = format!("hello {t} {i} {}", "x".repeat((i % 50) as usize));
                    assert_eq!(round_trip(&mut s, msg.as_bytes()), msg.as_bytes());
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    // Published once per tick: give the last ticks a moment.
    std::thread::sleep(Duration::from_millis(50));
    let stats = pool.stats();
    assert_eq!(stats.len(), 2);
    let total: u64 = stats.iter().map(|s| s.connections_accepted).sum();
    assert_eq!(total, 2000);
    for s in &stats {
        assert!(
            s.connections_accepted > 0,
            "worker {} served nothing: {stats:?}",
            s.index
        );
        assert!(s.ticks > 0 && s.ops_completed > 0 && s.kernel_entries > 0);
        println!(
            "worker {} on CPU {}: accepted {}, open {}, ops {}/{}, enters {}, ticks {}",
            s.index,
            s.cpu,
            s.connections_accepted,
            s.connections_open,
            s.ops_submitted,
            s.ops_completed,
            s.kernel_entries,
            s.ticks
        );
    }
    pool.drain();
    pool.join().unwrap();
}

#[test]
fn each_worker_runs_on_its_cpu() {
    let s = percore_config::Settings {
        cpus: Some("0-1".parse::<CpuList>().unwrap()),
        pin: Pin::Strict,
        ..settings(2)
    };
    let pool = WorkerPool::start(&s, |ctx| async move { ctx.serve(echo).await }).unwrap();
    for (id, tid) in pool.ids().into_iter().zip(pool.thread_ids()) {
        assert_eq!(thread_cpus(tid), id.cpu.to_string(), "{id} (thread {tid})");
    }
    let fresh = pool.request_stats(Duration::from_secs(5));
    assert!(fresh.iter().all(Option::is_some));
    assert_eq!(fresh[1].unwrap().cpu, 1);
}

#[test]
fn auto_under_taskset_starts_one_worker_on_the_given_cpu() {
    if std::env::var("PERCORE_TASKSET_CHILD").is_ok() {
        let s = percore_config::Settings {
            workers: Workers::Auto,
            pin: Pin::Strict,
            ..settings(1)
        };
        let pool = WorkerPool::start(&s, |ctx| async move { ctx.serve(echo).await }).unwrap();
        let ids = pool.ids();
        println!(
            "CHILD workers={} cpu={} affinity={}",
            ids.len(),
            ids[0].cpu,
            thread_cpus(pool.thread_ids()[0])
        );
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new("taskset")
        .args(["-c", "1"])
        .arg(exe)
        .args([
            "--exact",
            "auto_under_taskset_starts_one_worker_on_the_given_cpu",
            "--nocapture",
        ])
        .env("PERCORE_TASKSET_CHILD", "1")
        .output()
        .expect("run taskset (util-linux)");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("CHILD workers=1 cpu=1 affinity=1"),
        "{stdout}"
    );
}

#[test]
fn a_bind_conflict_fails_start_up_naming_the_address() {
    let taken = StdListener::bind("127.0.0.1:0").unwrap();
    let addr = taken.local_addr().unwrap();
    let s = percore_config::Settings {
        listen: vec![addr],
        ..settings(2)
    };
    let err = WorkerPool::start(&s, |ctx| async move { ctx.serve(echo).await }).unwrap_err();
    match &err {
        StartError::Bind {
            addr: a, worker, ..
        } => {
            assert_eq!(*a, addr);
            assert_eq!(worker.index, 0);
        }
        other => panic!("expected a bind error, got {other}"),
    }
    let text = err.to_string();
    assert!(
        text.contains(&addr.to_string()) && text.contains("worker 0") && text.contains("CPU"),
        "{text}"
    );
}

#[test]
fn a_ring_that_cannot_be_set_up_fails_start_up_naming_the_worker() {
    let mut s = settings(2);
    s.ring.entries = 3;
    let err = WorkerPool::start(&s, |ctx| async move { ctx.serve(echo).await }).unwrap_err();
    assert!(matches!(err, StartError::Proactor { .. }), "{err}");
    assert!(err.to_string().contains("worker 0 (CPU"), "{err}");
}

#[test]
fn the_connection_limit_pauses_accepting_until_one_closes() {
    let mut s = settings(1);
    s.max_connections = 2;
    let pool = WorkerPool::start(&s, |ctx| async move { ctx.serve(echo).await }).unwrap();
    let addr = pool.addrs()[0];
    percore_testkit::check_limit_of_two(addr);
    std::thread::sleep(Duration::from_millis(50));
    let stats = pool.stats()[0];
    assert!(stats.connection_limit_hits >= 1, "{stats:?}");
    assert_eq!(stats.connections_accepted, 3);
}

#[test]
fn connections_queued_past_the_limit_are_served_one_per_slot_freed() {
    let mut s = settings(1);
    s.max_connections = 10;
    let pool = WorkerPool::start(&s, |ctx| async move { ctx.serve(echo).await }).unwrap();
    let addr = pool.addrs()[0];
    let mut served: Vec<_> = (0..10).map(|_| client(addr)).collect();
    for c in &mut served {
        assert_eq!(round_trip(c, b"in"), b"in");
    }
    // Thirty more wait in the backlog, each with a message sent.
    let queued: Vec<_> = (0..30)
        .map(|_| {
            let mut c = client(addr);
            c.write_all(b"q").unwrap();
            c
        })
        .collect();
    std::thread::sleep(Duration::from_millis(100));
    // Two slots free: two of them are served, not the whole backlog (a multishot accept,
    // armed again, takes everything queued at once).
    served.truncate(8);
    // Looked at without waiting, until two are answered, and once more a moment after.
    let mut answered = vec![false; queued.len()];
    let look = |answered: &mut Vec<bool>| {
        for (mut c, a) in queued.iter().zip(answered.iter_mut()) {
            c.set_nonblocking(true).unwrap();
            let mut b = [0u8; 1];
            *a |= matches!(c.read(&mut b), Ok(1));
            c.set_nonblocking(false).unwrap();
        }
        answered.iter().filter(|a| **a).count()
    };
    let start = Instant::now();
    while look(&mut answered) < 2 && start.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(20));
    }
    std::thread::sleep(Duration::from_millis(200));
    let first = look(&mut answered);
    assert_eq!(first, 2, "connections served past the limit of 10");
    // The rest are served as slots free (each closed once answered), none dropped.
    drop(served);
    for (c, answered) in queued.into_iter().zip(answered) {
        if !answered {
            c.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
            let mut b = [0u8; 1];
            assert!(
                matches!((&c).read(&mut b), Ok(1)),
                "a queued connection was not served"
            );
        }
    }
    let mut last = client(addr);
    assert_eq!(round_trip(&mut last, b"after"), b"after");
    // The counters are published by the worker as it goes: read until they catch up.
    let start = Instant::now();
    while pool.stats()[0].connections_accepted < 41 && start.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(10));
    }
    let stats = pool.stats()[0];
    assert_eq!(stats.connections_accepted, 41, "{stats:?}");
}

#[test]
fn a_drain_serves_the_connections_waiting_past_the_limit() {
    let mut s = settings(1);
    s.max_connections = 2;
    let pool = WorkerPool::start(&s, |ctx| async move { ctx.serve(echo).await }).unwrap();
    let addr = pool.addrs()[0];
    let mut served: Vec<_> = (0..2).map(|_| client(addr)).collect();
    for c in &mut served {
        assert_eq!(round_trip(c, b"in"), b"in");
    }
    let mut queued: Vec<_> = (0..5).map(|_| client(addr)).collect();
    for c in &mut queued {
        c.write_all(b"q").unwrap();
    }
    // One slot freed, then taken back: the accept loop is armed and finds the queue.
    served.truncate(1);
    std::thread::sleep(Duration::from_millis(100));
    pool.drain();
    // Accepted (or still queued when the drain came), never dropped: each is answered.
    for c in &mut queued {
        let mut b = [0u8; 1];
        assert_eq!(
            c.read(&mut b).ok(),
            Some(1),
            "a connection waiting at the drain was dropped"
        );
    }
    drop(served);
    drop(queued);
    let start = Instant::now();
    while !pool.is_finished() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(10));
    }
    pool.join().unwrap();
}

#[test]
fn drain_lets_open_connections_finish() {
    let pool = WorkerPool::start(&settings(2), |ctx| async move { ctx.serve(echo).await }).unwrap();
    let addr = pool.addrs()[0];
    let mut open = client(addr);
    assert_eq!(round_trip(&mut open, b"before"), b"before");
    pool.drain();
    std::thread::sleep(Duration::from_millis(50));
    // Still served after the drain began.
    assert_eq!(round_trip(&mut open, b"after"), b"after");
    assert!(!pool.is_finished());
    drop(open);
    let start = Instant::now();
    while !pool.is_finished() && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        pool.is_finished(),
        "the pool ends once its connections have"
    );
    pool.join().unwrap();
}

#[test]
fn a_worker_panic_is_returned_naming_the_worker_and_cpu() {
    let pool = WorkerPool::start(&settings(2), |ctx| async move {
        if ctx.id().index == 1 {
            // Started (set up), then gives up.
            ctx.ready();
            panic!("worker one gives up");
        }
        ctx.serve(echo).await;
    })
    .unwrap();
    let addr = pool.addrs()[0];
    std::thread::sleep(Duration::from_millis(50));
    // The other worker keeps serving the connections the kernel hands it. (Those hashed to the
    // dead worker's socket wait in its backlog: the pool keeps the socket, so a restarted
    // worker takes them over instead of their being reset.)
    let mut served = 0;
    for _ in 0..40 {
        if served == 3 {
            break;
        }
        let mut s = client(addr);
        s.set_read_timeout(Some(Duration::from_millis(200)))
            .unwrap();
        s.write_all(b"still here").unwrap();
        let mut got = [0u8; 10];
        if s.read_exact(&mut got).is_ok() {
            assert_eq!(&got, b"still here");
            served += 1;
        }
    }
    assert!(served > 0, "the surviving worker served nothing");
    // Published stats are at most a tick old.
    std::thread::sleep(Duration::from_millis(50));
    assert!(pool.stats()[0].connections_accepted >= served);
    pool.stop();
    let panics = pool.join().unwrap_err();
    assert_eq!(panics.len(), 1);
    assert_eq!(panics[0].worker.index, 1);
    assert_eq!(panics[0].message, "worker one gives up");
    assert!(
        panics[0].to_string().starts_with("worker 1 (CPU "),
        "{}",
        panics[0]
    );
}

#[test]
fn a_worker_that_panics_counts_no_connection_open_once_its_thread_has_ended() {
    // One worker: it serves, and panics once a connection has been counted open (and that
    // count published), with the connection still open. Its last count is then skipped by
    // the panic: the count must not stay at one for a thread that holds nothing.
    let pool = WorkerPool::start(&settings(1), |ctx| async move {
        let pulled = std::rc::Rc::new(std::cell::Cell::new(false));
        let trigger = pulled.clone();
        let serve = ctx.serve(move |stream| {
            let trigger = trigger.clone();
            async move {
                // Ticks go by, each publishing the count, before the worker panics.
                percore_proactor::time::sleep(Duration::from_millis(20)).await;
                trigger.set(true);
                let _kept = stream;
                std::future::pending::<()>().await;
            }
        });
        let pulled = std::future::poll_fn(|cx| {
            if pulled.get() {
                return std::task::Poll::Ready(());
            }
            // Looked at again at every tick.
            cx.waker().wake_by_ref();
            std::task::Poll::Pending
        });
        percore_proactor::select(serve, pulled).await;
        panic!("the worker panics with a connection open");
    })
    .unwrap();
    let mut held = client(pool.addrs()[0]);
    held.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    // The panic ends the connection with the worker.
    let _ = held.read(&mut [0u8; 1]);
    let started = Instant::now();
    while !pool.is_finished() {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "the worker did not end"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    let stats = pool.stats();
    assert_eq!(
        stats[0].connections_accepted, 1,
        "the connection was not counted"
    );
    assert_eq!(
        stats[0].connections_open, 0,
        "a thread that ended still counts it"
    );
    let panics = pool.join().unwrap_err();
    assert_eq!(panics.len(), 1);
}

#[test]
fn cpu_steering_attaches_and_serves() {
    let s = percore_config::Settings {
        steering: percore_config::Steering::Cpu,
        incoming_cpu: true,
        ..settings(2)
    };
    let pool = WorkerPool::start(&s, |ctx| async move { ctx.serve(echo).await }).unwrap();
    let addr = pool.addrs()[0];
    for i in 0..50u8 {
        let mut c = client(addr);
        assert_eq!(round_trip(&mut c, &[i; 8]), [i; 8]);
    }
    std::thread::sleep(Duration::from_millis(50));
    let total: u64 = pool.stats().iter().map(|s| s.connections_accepted).sum();
    assert_eq!(total, 50);
}

#[test]
fn a_respawned_worker_serves_what_queued_on_its_socket() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    let starts = Arc::new(AtomicUsize::new(0));
    let s = starts.clone();
    let mut pool = WorkerPool::start(&settings(1), move |ctx| {
        let first = s.fetch_add(1, Ordering::SeqCst) == 0;
        async move {
            if first {
                // Started, then fails.
                ctx.ready();
                panic!("first start fails");
            }
            ctx.serve(echo).await
        }
    })
    .unwrap();
    let addr = pool.addrs()[0];
    let start = Instant::now();
    let ended = loop {
        let ended = pool.reap();
        if !ended.is_empty() || start.elapsed() > Duration::from_secs(10) {
            break ended;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    assert_eq!(ended.len(), 1);
    let WorkerEnd::Panicked(panic) = &ended[0].1 else {
        panic!("{ended:?}")
    };
    assert_eq!(panic.message, "first start fails");
    // Nobody accepts now: this connection waits in the socket's queue.
    let mut queued = client(addr);
    queued.write_all(b"queued").unwrap();
    pool.respawn(0).unwrap();
    let mut got = [0u8; 6];
    queued.read_exact(&mut got).unwrap();
    assert_eq!(&got, b"queued");
    assert_eq!(starts.load(Ordering::SeqCst), 2);
}

#[test]
fn a_worker_restarted_after_the_drain_accepts_nothing() {
    let mut pool =
        WorkerPool::start(&settings(1), |ctx| async move { ctx.serve(echo).await }).unwrap();
    let addr = pool.addrs()[0];
    // Its accept loop starts as the worker reads the pool's word to accept.
    let start = Instant::now();
    while !pool.accepting() {
        assert!(start.elapsed() < Duration::from_secs(10), "never accepted");
        std::thread::sleep(Duration::from_millis(5));
    }
    pool.drain();
    // With no connection open, the worker ends once it has stopped accepting.
    let reaped = |pool: &mut WorkerPool, what: &str| {
        let start = Instant::now();
        loop {
            let ended = pool.reap();
            if !ended.is_empty() {
                return ended;
            }
            assert!(start.elapsed() < Duration::from_secs(10), "{what}");
            std::thread::sleep(Duration::from_millis(5));
        }
    };
    let ended = reaped(&mut pool, "the drained worker did not end");
    assert!(matches!(ended[0].1, WorkerEnd::Returned), "{ended:?}");
    assert!(!pool.accepting());
    // Nobody accepts: this connection waits in the socket's queue.
    let mut queued = client(addr);
    queued.write_all(b"queued").unwrap();
    // A restart after the drain (the pool's sockets still open): its app serves, but no
    // accept loop starts, so it ends as a drained worker does and takes nothing.
    pool.respawn(0).unwrap();
    let ended = reaped(
        &mut pool,
        "the worker restarted after the drain kept running",
    );
    assert!(matches!(ended[0].1, WorkerEnd::Returned), "{ended:?}");
    assert!(!pool.accepting());
    queued
        .set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    let mut got = [0u8; 6];
    assert!(
        queued.read(&mut got).is_err(),
        "the restarted worker answered"
    );
}

#[test]
fn a_rebind_takes_over_the_sockets_and_their_queues() {
    use percore_worker::Listeners;
    use std::sync::Arc;
    let s = settings(2);
    let cpus = [0usize, 1];
    let old = Listeners::bind(&s, &cpus).unwrap();
    let addr = old.addrs()[0];
    // Connections queued on the old sockets, with nobody accepting yet.
    let mut queued: Vec<_> = (0..8).map(|_| client(addr)).collect();
    for (i, c) in queued.iter_mut().enumerate() {
        c.write_all(&[i as u8; 4]).unwrap();
    }
    let mut next = s.clone();
    next.max_connections = 77;
    let new = Arc::new(Listeners::rebind(Some(&old), &next, &cpus).unwrap());
    assert_eq!(new.addrs(), old.addrs(), "same port");
    // The old generation lets go of its sockets; the new one keeps the queues alive.
    drop(old);
    let pool = WorkerPool::start_on(Arc::new(next), &cpus, new, |ctx| async move {
        ctx.serve(echo).await
    })
    .unwrap();
    for (i, c) in queued.iter_mut().enumerate() {
        let mut got = [0u8; 4];
        c.read_exact(&mut got).unwrap();
        assert_eq!(got, [i as u8; 4]);
    }
    pool.stop();
}

#[test]
fn a_worker_whose_app_fails_to_set_up_fails_the_start() {
    // Worker 1's app panics before it serves (a root it cannot open, say): the start fails,
    // naming it, and worker 0 is stopped: all or nothing.
    let err = WorkerPool::start(&settings(2), |ctx| async move {
        if ctx.id().index == 1 {
            panic!("the app of worker one cannot set up");
        }
        ctx.serve(echo).await;
    })
    .unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("worker 1") && text.contains("before its app was set up"),
        "{text}"
    );
}

#[test]
fn a_start_that_fails_accepted_nothing_meanwhile() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    // A port known before the start: a client connects while worker 0 is set up and worker
    // 1 is still setting up (then fails).
    let port = StdListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut s = settings(2);
    s.listen = vec![format!("127.0.0.1:{port}").parse().unwrap()];
    let connector = std::thread::spawn(move || {
        let start = Instant::now();
        while start.elapsed() < Duration::from_millis(400) {
            if let Ok(mut c) = std::net::TcpStream::connect(("127.0.0.1", port)) {
                let _ = c.write_all(b"early");
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    });
    let served = Arc::new(AtomicUsize::new(0));
    let counted = served.clone();
    let err = WorkerPool::start(&s, move |ctx| {
        let counted = counted.clone();
        async move {
            if ctx.id().index == 1 {
                percore_proactor::time::sleep(Duration::from_millis(300)).await;
                panic!("the app of worker one cannot set up");
            }
            ctx.serve(move |stream| {
                counted.fetch_add(1, Ordering::SeqCst);
                echo(stream)
            })
            .await
        }
    })
    .unwrap_err();
    connector.join().unwrap();
    assert!(err.to_string().contains("worker 1"), "{err}");
    assert_eq!(
        served.load(Ordering::SeqCst),
        0,
        "a worker of a start that failed accepted connections"
    );
}

#[test]
fn a_rebind_from_cpu_steering_to_hash_spreads_connections_again() {
    use percore_config::Steering;
    use percore_worker::Listeners;
    use std::sync::Arc;
    let cpus = [0usize, 1];
    let steered = percore_config::Settings {
        steering: Steering::Cpu,
        ..settings(2)
    };
    // Connections made from CPU 1 (on loopback the kernel takes each in on the client's
    // CPU): how many each worker of `pool` accepted.
    let from_cpu_1 = |pool: &WorkerPool| {
        let addr = pool.addrs()[0];
        std::thread::spawn(move || {
            assert!(core_affinity::set_for_current(core_affinity::CoreId {
                id: 1
            }));
            for i in 0..32u8 {
                let mut c = client(addr);
                assert_eq!(round_trip(&mut c, &[i; 4]), [i; 4]);
            }
        })
        .join()
        .unwrap();
        std::thread::sleep(Duration::from_millis(50));
        let mut counts: Vec<_> = pool
            .stats()
            .iter()
            .map(|s| s.connections_accepted)
            .collect();
        counts.sort_unstable();
        counts
    };
    let start = |settings: &percore_config::Settings, listeners: Arc<Listeners>| {
        WorkerPool::start_on(
            Arc::new(settings.clone()),
            &cpus,
            listeners,
            |ctx| async move { ctx.serve(echo).await },
        )
        .unwrap()
    };
    let old = Arc::new(Listeners::bind(&steered, &cpus).unwrap());
    let pool = start(&steered, old.clone());
    let counts = from_cpu_1(&pool);
    assert!(
        counts[1] >= 29,
        "steered by CPU, nearly all go to one worker: {counts:?}"
    );
    pool.stop();
    pool.join().unwrap();
    // The same sockets, now hashed: connections from one CPU spread over both workers.
    let hashed = percore_config::Settings {
        steering: Steering::Hash,
        ..steered
    };
    let new = Arc::new(Listeners::rebind(Some(&old), &hashed, &cpus).unwrap());
    drop(old);
    let pool = start(&hashed, new);
    let counts = from_cpu_1(&pool);
    assert!(
        counts[0] >= 4,
        "hashed, both workers take some (32 connections): {counts:?}"
    );
    pool.stop();
}

#[test]
fn a_start_past_its_limit_fails_and_stops_its_late_workers() {
    // A limit too short for eight rings and apps to be ready: the start fails naming it, at
    // once, and the workers whose rings came up late are stopped and joined, not waited on
    // forever (a late ring's worker went on to set up and wait to accept).
    let s = percore_config::Settings {
        start_timeout: percore_config::Dur(Duration::from_millis(1)),
        ..settings(8)
    };
    let started = Instant::now();
    let err = WorkerPool::start(&s, |ctx| async move {
        percore_proactor::time::sleep(Duration::from_millis(50)).await;
        ctx.serve(echo).await;
    })
    .unwrap_err();
    // Under the 5 s after which a late worker would be left behind, not stopped.
    assert!(
        started.elapsed() < Duration::from_secs(4),
        "{:?}",
        started.elapsed()
    );
    let text = err.to_string();
    assert!(text.contains("within start_timeout (1ms)"), "{text}");
}

/// Calls `check_set_up` and `reap` on `pool` every 5 ms, as a supervisor does, until a
/// worker's end is reported or `limit` passes; the workers heard set up meanwhile, and the
/// ends.
fn supervise_until_an_end(
    pool: &mut WorkerPool,
    limit: Duration,
) -> (Vec<usize>, Vec<(percore_worker::WorkerId, WorkerEnd)>) {
    let (start, mut set_up) = (Instant::now(), Vec::new());
    loop {
        set_up.extend(pool.check_set_up(Instant::now()));
        let ended = pool.reap();
        if !ended.is_empty() || start.elapsed() > limit {
            return (set_up, ended);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// A pool of one worker whose first start serves and whose restarts set up as `restart`
/// says, with a 300 ms start_timeout; its first worker already ended (reaped).
fn pool_whose_restarts(restart: fn()) -> WorkerPool {
    let starts = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
    let settings = percore_config::Settings {
        start_timeout: percore_config::Dur(Duration::from_millis(300)),
        ..settings(1)
    };
    let mut pool = WorkerPool::start(&settings, move |ctx| {
        let first = starts.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0;
        async move {
            if first {
                ctx.ready();
                return;
            }
            restart();
            // An hour's set-up that yields: a stop ends it.
            percore_proactor::time::sleep(Duration::from_secs(3600)).await;
            ctx.serve(echo).await
        }
    })
    .unwrap();
    let (_, ended) = supervise_until_an_end(&mut pool, Duration::from_secs(10));
    assert!(matches!(ended[..], [(_, WorkerEnd::Returned)]), "{ended:?}");
    pool
}

#[test]
fn a_restart_not_set_up_within_start_timeout_is_stopped_and_reported() {
    let mut pool = pool_whose_restarts(|| {});
    let restarted = Instant::now();
    pool.respawn(0).unwrap();
    assert!(!pool.serving(0), "serving before its app is set up");
    let (set_up, ended) = supervise_until_an_end(&mut pool, Duration::from_secs(10));
    assert!(set_up.is_empty());
    assert!(matches!(ended[..], [(_, WorkerEnd::NotSetUp)]), "{ended:?}");
    let took = restarted.elapsed();
    assert!(
        took >= Duration::from_millis(300) && took < Duration::from_secs(3),
        "{took:?}"
    );
    assert!(!pool.serving(0));
}

#[test]
fn a_stalled_restart_stuck_in_a_blocking_call_is_left_behind() {
    // Its set-up blocks the thread for 8 s: the stop cannot reach it.
    let mut pool = pool_whose_restarts(|| std::thread::sleep(Duration::from_secs(8)));
    let restarted = Instant::now();
    pool.respawn(0).unwrap();
    let (_, ended) = supervise_until_an_end(&mut pool, Duration::from_secs(10));
    assert!(matches!(ended[..], [(_, WorkerEnd::NotSetUp)]), "{ended:?}");
    // Its deadline (0.3 s), then five seconds to stop.
    let took = restarted.elapsed();
    assert!(
        took >= Duration::from_millis(5300) && took < Duration::from_millis(7500),
        "{took:?}"
    );
    // Its slot starts again only once it has ended: one stuck thread per slot at most.
    assert!(!pool.serving(0));
    let refused = pool.respawn(0).unwrap_err().to_string();
    assert!(refused.contains("still stuck in its set-up"), "{refused}");
    assert!(!pool.is_finished());
    // The pool's drop does not wait for it.
    let dropped = Instant::now();
    drop(pool);
    assert!(dropped.elapsed() < Duration::from_secs(1));
}

/// A pool of one worker whose first start ends at once (having set up) and whose restarts
/// serve echo.
fn pool_whose_restarts_serve() -> WorkerPool {
    let starts = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
    WorkerPool::start(&settings(1), move |ctx| {
        let first = starts.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0;
        async move {
            if !first {
                ctx.serve(echo).await
            }
            ctx.ready();
        }
    })
    .unwrap()
}

#[test]
fn a_restart_that_sets_up_serves_and_is_heard_once() {
    let mut pool = pool_whose_restarts_serve();
    let addr = pool.addrs()[0];
    let (set_up, ended) = supervise_until_an_end(&mut pool, Duration::from_secs(10));
    assert!(set_up.is_empty(), "a first start's set-up is the start's");
    assert!(matches!(ended[..], [(_, WorkerEnd::Returned)]), "{ended:?}");
    pool.respawn(0).unwrap();
    let start = Instant::now();
    let mut heard = Vec::new();
    while !pool.serving(0) {
        assert!(start.elapsed() < Duration::from_secs(10), "never serving");
        heard.extend(pool.check_set_up(Instant::now()));
        std::thread::sleep(Duration::from_millis(5));
    }
    assert_eq!(heard, [0]);
    assert!(pool.check_set_up(Instant::now()).is_empty());
    let mut s = client(addr);
    assert_eq!(round_trip(&mut s, b"back"), b"back");
    pool.stop();
    pool.join().unwrap();
}

#[test]
fn a_restart_set_up_by_the_time_its_deadline_is_seen_is_heard_not_stopped() {
    let mut pool = pool_whose_restarts_serve();
    let addr = pool.addrs()[0];
    let (_, ended) = supervise_until_an_end(&mut pool, Duration::from_secs(10));
    assert!(matches!(ended[..], [(_, WorkerEnd::Returned)]), "{ended:?}");
    pool.respawn(0).unwrap();
    // The restart answers (so it has said it is set up) before the pool looks.
    let mut s = client(addr);
    assert_eq!(round_trip(&mut s, b"first"), b"first");
    // The pool's first look comes past the deadline, as after a supervisor that was held
    // up: the word that is there counts, and the worker is not stopped.
    let late = Instant::now() + Duration::from_secs(3600);
    assert_eq!(pool.check_set_up(late), [0]);
    assert!(pool.serving(0));
    std::thread::sleep(Duration::from_millis(200));
    assert!(pool.reap().is_empty(), "the worker was stopped");
    assert_eq!(round_trip(&mut s, b"still"), b"still");
    let mut t = client(addr);
    assert_eq!(round_trip(&mut t, b"new"), b"new");
    pool.stop();
    pool.join().unwrap();
}
