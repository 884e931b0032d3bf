//! NOP round trips: through percore's executor and ring, and through raw `io-uring` calls set
//! up with the same flags, one after the other and 64 at a time. Prints rates and the ratio
//! (raw / percore: percore's overhead factor).
//!
//! ```text
//! cargo bench -p percore-bench --bench nop            # 1,000,000 NOPs per sample, 5 samples
//! PERCORE_NOP_OPS=100000 cargo bench -p percore-bench --bench nop
//! PERCORE_NOP_ONLY=percore PERCORE_NOP_DEPTH=64 cargo bench -p percore-bench --bench nop  # to profile
//! ```

use std::future::Future;
use std::time::Instant;

use io_uring::{IoUring, opcode};
use percore_bench::{median, rate, thousands};
use percore_proactor::{Proactor, nop, spawn};

const SAMPLES: usize = 5;

/// A ring with the flags of the first two rungs of percore's set-up ladder, the first this
/// kernel accepts (6.6, then 6.1), so that the ratio measures percore's layers alone; below
/// 6.1 a plain ring, where percore would have `COOP_TASKRUN`.
fn raw_ring() -> IoUring {
    IoUring::builder()
        .setup_single_issuer()
        .setup_defer_taskrun()
        .setup_submit_all()
        .setup_no_sqarray()
        .setup_cqsize(4096)
        .build(1024)
        .or_else(|_| {
            IoUring::builder()
                .setup_single_issuer()
                .setup_defer_taskrun()
                .setup_submit_all()
                .setup_cqsize(4096)
                .build(1024)
        })
        .or_else(|_| IoUring::builder().build(1024))
        .expect("io_uring")
}

/// `ops` NOPs, `depth` in flight at a time, through raw io-uring calls.
fn raw(ops: u64, depth: u64) -> f64 {
    let mut ring = raw_ring();
    let start = Instant::now();
    let mut done = 0;
    while done < ops {
        let batch = depth.min(ops - done);
        for i in 0..batch {
            let entry = opcode::Nop::new().build().user_data(i);
            // SAFETY: a NOP points at no memory.
            unsafe { ring.submission().push(&entry).expect("queue has room") };
        }
        ring.submit_and_wait(batch as usize).expect("enter");
        let reaped = ring.completion().count() as u64;
        assert_eq!(reaped, batch);
        done += batch;
    }
    rate(ops, start.elapsed())
}

/// `ops` NOPs through percore: `depth` tasks, each awaiting its NOPs one after the other.
fn percore(ops: u64, depth: u64) -> f64 {
    let proactor = Proactor::builder().build().expect("proactor");
    let per_task = ops / depth;
    proactor.block_on(async move {
        let start = Instant::now();
        let tasks: Vec<_> = (0..depth)
            .map(|_| {
                spawn(async move {
                    for _ in 0..per_task {
                        nop().await.expect("nop");
                    }
                })
            })
            .collect();
        for t in tasks {
            t.await.expect("task");
        }
        rate(per_task * depth, start.elapsed())
    })
}

/// `ops` NOPs through percore from one task keeping `depth` operations in flight: the cost
/// of the operation layer without a task switch per operation.
fn percore_one_task(ops: u64, depth: u64) -> f64 {
    let proactor = Proactor::builder().build().expect("proactor");
    proactor.block_on(async move {
        let start = Instant::now();
        let mut done = 0;
        while done < ops {
            let mut batch: Vec<_> = (0..depth.min(ops - done)).map(|_| nop()).collect();
            done += batch.len() as u64;
            std::future::poll_fn(|cx| {
                batch.retain_mut(|op| std::pin::Pin::new(op).poll(cx).is_pending());
                if batch.is_empty() {
                    std::task::Poll::Ready(())
                } else {
                    std::task::Poll::Pending
                }
            })
            .await;
        }
        rate(ops, start.elapsed())
    })
}

fn main() {
    // `cargo test --benches` runs bench targets with `--bench`-less arguments: keep it short.
    let quick = std::env::args().any(|a| a == "--test" || a == "--quick");
    let ops: u64 = std::env::var("PERCORE_NOP_OPS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(if quick { 10_000 } else { 1_000_000 });
    let samples = if quick { 1 } else { SAMPLES };
    // PERCORE_NOP_ONLY=percore|percore-one-task|raw runs one side alone (for profiling);
    // PERCORE_NOP_DEPTH=N only that depth.
    let only = std::env::var("PERCORE_NOP_ONLY").ok();
    let depths: Vec<u64> = match std::env::var("PERCORE_NOP_DEPTH") {
        Ok(d) => vec![d.parse().expect("PERCORE_NOP_DEPTH is a number")],
        Err(_) => vec![1, 64],
    };
    if let Some(side) = only.as_deref() {
        for &depth in &depths {
            let r = match side {
                "raw" => raw(ops, depth),
                "percore-one-task" => percore_one_task(ops, depth),
                _ => percore(ops, depth),
            };
            println!("depth {depth:>2}: {side} {:>11}/s", thousands(r));
        }
        return;
    }
    println!("NOP round trips, {ops} per sample, median of {samples} (interleaved)");
    for depth in [1u64, 64] {
        let (mut r, mut p) = (Vec::new(), Vec::new());
        for _ in 0..samples {
            r.push(raw(ops, depth));
            p.push(percore(ops, depth));
        }
        let (r, p) = (median(&r), median(&p));
        println!(
            "depth {depth:>2}, one task per op: raw io-uring {:>11}/s  percore {:>11}/s  overhead {:.2}x",
            thousands(r),
            thousands(p),
            r / p
        );
    }
    let (mut r, mut p) = (Vec::new(), Vec::new());
    for _ in 0..samples {
        r.push(raw(ops, 64));
        p.push(percore_one_task(ops, 64));
    }
    let (r, p) = (median(&r), median(&p));
    println!(
        "depth 64, one task:        raw io-uring {:>11}/s  percore {:>11}/s  overhead {:.2}x",
        thousands(r),
        thousands(p),
        r / p
    );
}
