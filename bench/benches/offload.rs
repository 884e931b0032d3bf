//! Round trip of an empty offloaded job: from `handle.run(|| ())` on a worker to the task
//! resuming on that worker with the result, one job after another, on each backend.
//!
//! ```text
//! cargo bench -p percore-bench --bench offload
//! ```

use std::time::Instant;

use hdrhistogram::Histogram;
use percore_offload::Pool;
use percore_proactor::{BackendChoice, Proactor};

fn round_trips(backend: BackendChoice, jobs: u64) -> Histogram<u64> {
    let pool = Pool::builder().threads(1).build().expect("pool");
    let handle = pool.handle();
    let proactor = Proactor::builder()
        .backend(backend)
        .build()
        .expect("proactor");
    let hist = proactor.block_on(async move {
        let mut hist = Histogram::<u64>::new_with_bounds(1, 10_000_000_000, 3).expect("bounds");
        // Warm up the pool thread and the wake path.
        for _ in 0..1000 {
            handle.run(|| ()).await.expect("job");
        }
        for _ in 0..jobs {
            let start = Instant::now();
            handle.run(|| ()).await.expect("job");
            hist.record(start.elapsed().as_nanos() as u64)
                .expect("in bounds");
        }
        hist
    });
    pool.shutdown(std::time::Duration::from_secs(1));
    hist
}

fn main() {
    let quick = std::env::args().any(|a| a == "--test" || a == "--quick");
    let jobs = if quick { 2_000 } else { 100_000 };
    println!("empty offloaded job, submit to resume, {jobs} jobs one after another:");
    for backend in [BackendChoice::IoUring, BackendChoice::Epoll] {
        let h = round_trips(backend, jobs);
        let us = |q: f64| h.value_at_quantile(q) as f64 / 1000.0;
        println!(
            "  {backend:<8} median {:>6.1} us   p99 {:>6.1} us   p99.9 {:>7.1} us   max {:>8.1} us",
            us(0.5),
            us(0.99),
            us(0.999),
            h.max() as f64 / 1000.0
        );
    }
}
