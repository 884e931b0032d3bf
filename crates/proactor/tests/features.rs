//! What set-up obtained. Under `CI=true` the core set of operations must be there, not
//! skipped.

mod common;

use common::{kernel_at_least, run, strict};
use percore_proactor::{Backend, OpKind, Proactor, features};

#[test]
fn features_are_reported_and_the_core_set_is_present() {
    let proactor = Proactor::builder().build().unwrap();
    let f = proactor.features().clone();
    println!("features: {f}");
    assert!(!f.to_string().contains('\n'));
    if f.backend() != Backend::IoUring {
        // Under CI=true a skip is honest only when epoll was asked for: a host that refuses
        // io_uring (auto fell back) fails here rather than pass having checked nothing.
        let forced = std::env::var("PERCORE_BACKEND").is_ok_and(|b| b.trim() == "epoll");
        assert!(
            forced || !strict(),
            "CI=true and io_uring is not available: {f}"
        );
        println!("skipped: the io_uring feature checks need the io_uring backend ({f})");
        return;
    }
    let core = [
        OpKind::Accept,
        OpKind::Recv,
        OpKind::Send,
        OpKind::OpenAt2,
        OpKind::Statx,
        OpKind::Splice,
    ];
    for op in core {
        assert!(f.supports(op), "core op {} missing", op.name());
    }
    assert!(
        f.supports_buf_ring(),
        "buffer rings (multishot accept/recv) missing"
    );
    let flags = f.setup_flags();
    if strict() {
        assert!(f.sq_entries() >= 1024 && f.cq_entries() >= 4096);
    }
    assert!(flags.defer_taskrun || flags.coop_taskrun || !strict());
    // From 6.6 the ladder's first rung is granted: no submission index array to read.
    if kernel_at_least(6, 6) {
        assert!(flags.no_sq_array && flags.defer_taskrun, "{f}");
        assert!(f.to_string().contains("NO_SQARRAY"), "{f}");
    }
    run(async {
        assert_eq!(features().backend(), Backend::IoUring);
    });
}

#[test]
fn bad_builder_values_are_clear_errors() {
    for entries in [0, 1, 3, 65_536] {
        let err = Proactor::builder().entries(entries).build().unwrap_err();
        assert!(err.to_string().contains("power of two"), "{err}");
    }
    let err = Proactor::builder()
        .entries(64)
        .cq_entries(32)
        .build()
        .unwrap_err();
    assert!(
        err.to_string().contains("at least the ring entries"),
        "{err}"
    );
}

#[test]
fn sqpoll_on_request() {
    let proactor = Proactor::builder()
        .sqpoll(std::time::Duration::from_millis(50))
        .build()
        .unwrap();
    println!("with sqpoll: {}", proactor.features());
    // Whether or not the kernel granted it, the proactor works.
    proactor.block_on(async {
        for _ in 0..10 {
            percore_proactor::nop().await.unwrap();
        }
    });
}

#[test]
fn proactors_made_and_dropped_one_after_another_on_a_thread_each_register_their_ring() {
    // A thread registers at most 16 ring descriptors at once: a proactor that left its
    // registration behind would keep its ring alive in the kernel until the thread ends, and
    // the seventeenth would go without.
    let first = Proactor::builder().build().unwrap();
    if first.features().backend() != Backend::IoUring
        || !first.features().setup_flags().registered_ring_fd
    {
        println!(
            "skipped: no registered ring descriptors here ({})",
            first.features()
        );
        return;
    }
    drop(first);
    for i in 0..40 {
        let proactor = Proactor::builder().build().unwrap();
        assert!(
            proactor.features().setup_flags().registered_ring_fd,
            "proactor {i} on this thread could not register its ring"
        );
        // And each one still runs.
        assert_eq!(proactor.block_on(async { 7 }), 7);
    }
}

/// Set in the child process of `a_ring_whose_fd_the_kernel_will_not_register_still_runs`.
const RING_FD_REFUSED_ENV: &str = "PERCORE_TEST_RING_FD_REFUSED";

/// `IORING_REGISTER_RING_FDS`, the `io_uring_register` operation that registers a ring's fd.
const IORING_REGISTER_RING_FDS: u32 = 20;

#[test]
#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
fn a_ring_whose_fd_the_kernel_will_not_register_still_runs() {
    // The registration is refused (as a seccomp profile written before 5.18 would refuse an
    // operation it does not know): the ring is entered through its plain fd.
    if !common::with_register_refused(
        "a_ring_whose_fd_the_kernel_will_not_register_still_runs",
        RING_FD_REFUSED_ENV,
        IORING_REGISTER_RING_FDS,
        libc::EINVAL,
    ) {
        return;
    }
    let proactor = Proactor::builder().build().unwrap();
    if proactor.features().backend() != Backend::IoUring {
        assert!(!strict(), "io_uring refused: {}", proactor.features());
        return;
    }
    assert!(
        !proactor.features().setup_flags().registered_ring_fd,
        "{}",
        proactor.features()
    );
    proactor.block_on(async {
        let (client, server) = common::connected_pair().await;
        for round in 0..3u8 {
            let (res, _) = client.send_all(vec![round; 1000]).await;
            res.unwrap();
            let mut got = Vec::new();
            while got.len() < 1000 {
                let (n, buf) = server.recv(Vec::with_capacity(1000 - got.len())).await;
                assert!(n.unwrap() > 0, "the stream ended early");
                got.extend_from_slice(&buf);
            }
            assert_eq!(got, vec![round; 1000]);
            percore_proactor::time::sleep(std::time::Duration::from_millis(1)).await;
        }
    });
    drop(proactor);
}
