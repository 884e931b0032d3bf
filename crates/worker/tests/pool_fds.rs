//! Drain then stop ends the pool with no descriptor left open. Its own test binary, because it
//! counts this process's descriptors.

mod common;

use std::time::Duration;

use common::{client, echo, fd_count, round_trip, settings};
use percore_worker::WorkerPool;

/// Starts a pool of 2 workers, serves 20 connections, drains, stops and joins it.
fn one_cycle() {
    let mut s = settings(2);
    s.listen.push("[::1]:0".parse().unwrap());
    let pool = WorkerPool::start(&s, |ctx| async move { ctx.serve(echo).await }).unwrap();
    let addrs = pool.addrs().to_vec();
    let mut clients: Vec<_> = (0..20).map(|i| client(addrs[i % 2])).collect();
    for c in &mut clients {
        assert_eq!(round_trip(c, b"ping"), b"ping");
    }
    pool.drain();
    std::thread::sleep(Duration::from_millis(50));
    // Connections still open at the stop are closed by it.
    pool.stop();
    pool.join().unwrap();
    drop(clients);
    std::thread::sleep(Duration::from_millis(50));
}

#[test]
fn drain_then_stop_leaks_no_fd() {
    let before = fd_count();
    one_cycle();
    // A proactor's wake eventfd outlives it, kept for the next proactor (a waker from another
    // thread may still write to it): one per worker, at most.
    let after_first = fd_count();
    assert!(
        after_first <= before + 2,
        "descriptors left open: {before} before, {after_first} after"
    );
    // The next pool takes those eventfds over: nothing more stays open.
    one_cycle();
    assert_eq!(fd_count(), after_first, "descriptors left open");
}
