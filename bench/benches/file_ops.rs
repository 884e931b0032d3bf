//! What a static file request's file work costs on each backend, for a file in the page cache,
//! operation by operation and as a whole (open beneath a root, statx, read 1 KiB, close on
//! drop). On io_uring these are ring operations; on epoll, plain syscalls on the worker
//! thread.
//!
//! ```text
//! cargo bench -p percore-bench --bench file_ops
//! ```

use std::time::Instant;

use percore_bench::median;
use percore_proactor::fs::File;
use percore_proactor::{BackendChoice, Proactor};

/// Microseconds per iteration of each measured step.
#[derive(Default, Clone, Copy)]
struct Costs {
    open_close: f64,
    statx_fd: f64,
    statx_path: f64,
    read: f64,
    close_awaited: f64,
    request: f64,
}

fn measure(backend: BackendChoice, root: &std::path::Path, n: u32) -> Costs {
    let proactor = Proactor::builder()
        .backend(backend)
        .build()
        .expect("proactor");
    let root = root.to_path_buf();
    proactor.block_on(async move {
        let us = |t: Instant| t.elapsed().as_secs_f64() * 1e6 / f64::from(n);
        let dir = File::open_dir(&root).await.expect("root");
        let mut c = Costs::default();
        let t = Instant::now();
        for _ in 0..n {
            drop(File::open_beneath(&dir, "page.html").await.expect("open"));
        }
        c.open_close = us(t);
        let f = File::open_beneath(&dir, "page.html").await.expect("open");
        let t = Instant::now();
        for _ in 0..n {
            f.metadata().await.expect("statx");
        }
        c.statx_fd = us(t);
        let t = Instant::now();
        for _ in 0..n {
            dir.metadata_at("page.html", true).await.expect("statx");
        }
        c.statx_path = us(t);
        let mut buf = Vec::with_capacity(1024);
        let t = Instant::now();
        for _ in 0..n {
            let (res, b) = f.read_at(buf, 0).await;
            assert_eq!(res.expect("read"), 1024);
            buf = b;
        }
        c.read = us(t);
        let t = Instant::now();
        for _ in 0..n {
            let f = File::open_beneath(&dir, "page.html").await.expect("open");
            f.close().await.expect("close");
        }
        c.close_awaited = us(t) - c.open_close;
        let t = Instant::now();
        for _ in 0..n {
            let f = File::open_beneath(&dir, "page.html").await.expect("open");
            let meta = f.metadata().await.expect("statx");
            let (res, _buf) = f.read_at(Vec::with_capacity(meta.len() as usize), 0).await;
            assert_eq!(res.expect("read"), 1024);
        }
        c.request = us(t);
        c
    })
}

fn main() {
    let quick = std::env::args().any(|a| a == "--test" || a == "--quick");
    let n = if quick { 500 } else { 20_000 };
    let samples = if quick { 1 } else { 5 };
    let root = std::env::temp_dir().join(format!("percore-file-ops-{}", std::process::id()));
    std::fs::create_dir_all(&root).unwrap();
    std::fs::write(root.join("page.html"), vec![b'x'; 1024]).unwrap();
    let (mut uring, mut epoll) = (Vec::new(), Vec::new());
    for _ in 0..samples {
        uring.push(measure(BackendChoice::IoUring, &root, n));
        epoll.push(measure(BackendChoice::Epoll, &root, n));
    }
    std::fs::remove_dir_all(&root).unwrap();
    println!("file operations on a cached 1 KiB file, us each, median of {samples} x {n}:");
    println!("{:<44} {:>9} {:>9}", "", "io_uring", "epoll");
    type Row = (&'static str, fn(&Costs) -> f64);
    let rows: [Row; 6] = [
        ("open beneath (+ close on drop)", |c| c.open_close),
        ("statx of an open fd", |c| c.statx_fd),
        ("statx of a path", |c| c.statx_path),
        ("read 1 KiB at offset", |c| c.read),
        ("close, awaited", |c| c.close_awaited),
        ("request: open + statx + read + drop", |c| c.request),
    ];
    for (name, get) in rows {
        let u = median(&uring.iter().map(get).collect::<Vec<_>>());
        let e = median(&epoll.iter().map(get).collect::<Vec<_>>());
        println!("{name:<44} {u:>9.2} {e:>9.2}");
    }
}
