//! Descriptor numbers reused after a close the epoll driver watching them was not told of:
//! a new descriptor of the number must still wake its waits (epoll keeps one slot per
//! number). Its own test binary, the tests one at a time: a number freed by one test must be
//! the one the next descriptor takes, which other tests' threads opening descriptors at the
//! same time would prevent.

mod common;

use std::sync::Mutex;
use std::time::Duration;

use common::connected_pair;
use percore_proactor::net::TcpListener;
use percore_proactor::{Backend, BackendChoice, Proactor, spawn, time};

/// Held by each test: one at a time.
static SERIAL: Mutex<()> = Mutex::new(());

fn serial() -> std::sync::MutexGuard<'static, ()> {
    SERIAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A socket closed outside `block_on` (its driver not told) leaves no registration behind that
/// a new descriptor of the same number would trip on: the new one's waits wake (epoll keeps
/// one slot per descriptor number).
#[test]
fn a_descriptor_number_reused_after_a_close_outside_block_on_still_wakes() {
    let _serial = serial();
    let proactor = Proactor::builder().build().unwrap();
    let number = watch_then_close_outside(&proactor);
    assert_a_reused_number_wakes(&proactor, number);
}

/// With two epoll proactors on one thread, a close neither was told of reaches each: the one
/// that registers a socket first does not take the other's note with it.
#[test]
fn a_close_outside_two_epoll_proactors_on_one_thread_reaches_each() {
    let _serial = serial();
    let (first, second) = (epoll(), epoll());
    // A pair of the first's, made before the second's close so that it cannot take the
    // freed numbers.
    let kept = first.block_on(connected_pair());
    let number = watch_then_close_outside(&second);
    // The first registers a socket (and reads its notes) before the second registers
    // anything again.
    first.block_on(async {
        let waited = time::timeout(Duration::from_millis(20), kept.1.recv(vec![0u8; 16])).await;
        assert!(waited.is_err(), "nothing was sent yet");
    });
    assert_a_reused_number_wakes(&second, number);
    drop(kept);
}

/// Makes a socket pair on `proactor` and has it watch one end (a receive that times out, so
/// epoll registers it): (client, watched server end).
fn watched_pair(
    proactor: &Proactor,
) -> (
    percore_proactor::net::TcpStream,
    percore_proactor::net::TcpStream,
) {
    proactor.block_on(async {
        let (client, server) = connected_pair().await;
        let waited = time::timeout(Duration::from_millis(20), server.recv(vec![0u8; 16])).await;
        assert!(waited.is_err(), "nothing was sent yet");
        (client, server)
    })
}

/// [`watched_pair`], both ends dropped outside `block_on`: returns the watched number.
fn watch_then_close_outside(proactor: &Proactor) -> std::os::fd::RawFd {
    let (client, server) = watched_pair(proactor);
    let number = std::os::fd::AsRawFd::as_raw_fd(&server);
    drop(server);
    drop(client);
    number
}

/// A proactor dropped takes its notes with it; the one left still hears of a close outside.
#[test]
fn a_close_outside_reaches_the_epoll_proactor_left_after_another_is_dropped() {
    let _serial = serial();
    let (first, second) = (epoll(), epoll());
    drop(first);
    let number = watch_then_close_outside(&second);
    assert_a_reused_number_wakes(&second, number);
}

/// A socket one epoll proactor watches, closed inside another's `block_on` (dropped, or
/// closed with `TcpStream::close`, an operation of the other's), leaves no stale
/// registration in the first: the other is told, and has nothing of that number.
#[test]
fn a_socket_closed_through_another_epoll_proactor_leaves_no_stale_registration() {
    let _serial = serial();
    for explicit in [false, true] {
        let (first, second) = (epoll(), epoll());
        let (client, server) = watched_pair(&second);
        let number = std::os::fd::AsRawFd::as_raw_fd(&server);
        first.block_on(async move {
            if explicit {
                server.close().await.expect("close");
            } else {
                drop(server);
            }
            drop(client);
        });
        assert_a_reused_number_wakes(&second, number);
    }
}

/// A proactor on the epoll backend, whatever `PERCORE_BACKEND` says.
fn epoll() -> Proactor {
    Proactor::builder()
        .backend(BackendChoice::Epoll)
        .build()
        .unwrap()
}

/// Made outside `block_on`, a listener (or one end of a pair made on `proactor`) takes the
/// freed `number`; every wait on it wakes.
fn assert_a_reused_number_wakes(proactor: &Proactor, number: std::os::fd::RawFd) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let epoll = proactor.block_on(async { percore_proactor::backend() == Backend::Epoll });
    proactor.block_on(async {
        time::timeout(Duration::from_secs(5), async {
            let reused = std::os::fd::AsRawFd::as_raw_fd(&listener) == number;
            let connect = percore_proactor::net::TcpStream::connect(listener.local_addr().unwrap());
            let accepted = spawn(async move { listener.accept().await.expect("accept").0 });
            let client = connect.await.expect("connect");
            let server = accepted.await.unwrap();
            let reused = reused
                || [&client, &server]
                    .iter()
                    .any(|s| std::os::fd::AsRawFd::as_raw_fd(*s) == number);
            // (On io_uring the timed-out receive's orphan holds the old descriptor until its
            // cancel completes, in this `block_on`: the number may not be free yet.)
            if epoll {
                assert!(reused, "no new descriptor took number {number}");
            }
            let reading = spawn(async move { server.recv(vec![0u8; 16]).await.0.unwrap() });
            time::sleep(Duration::from_millis(20)).await;
            client.send_all(b"hello".to_vec()).await.0.unwrap();
            assert_eq!(reading.await.unwrap(), 5);
        })
        .await
        .expect("a wait on the reused number never woke");
    });
}

/// Whether `fd` is an open descriptor of this process.
fn is_open(fd: std::os::fd::RawFd) -> bool {
    // SAFETY: F_GETFD reads the descriptor's flags; any number may be asked.
    unsafe { libc::fcntl(fd, libc::F_GETFD) != -1 }
}

/// A multishot accept armed, then dropped with its listener outside `block_on` (no runtime
/// current): its entry names the listener's descriptor until the cancel completes, so the
/// orphan keeps the descriptor open until then; its number is not free for another
/// descriptor (which the entry, queued or in flight, would then name). Closed once the cancel
/// has completed.
#[test]
fn a_dropped_multishot_keeps_its_descriptor_until_its_final_completion() {
    let _serial = serial();
    let proactor = Proactor::builder().build().unwrap();
    if proactor.block_on(async { percore_proactor::backend() == Backend::Epoll }) {
        return;
    }
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let number = std::os::fd::AsRawFd::as_raw_fd(&listener);
    let incoming = proactor.block_on(async {
        let mut incoming = listener.accept_multi();
        // Armed: polled once, nothing to accept.
        assert!(
            time::timeout(Duration::from_millis(10), incoming.next())
                .await
                .is_err()
        );
        incoming
    });
    drop(incoming);
    drop(listener);
    assert!(is_open(number), "closed while the accept still names it");
    // The cancel goes in and completes: the orphan, and the descriptor with it, go.
    proactor.block_on(async { time::sleep(Duration::from_millis(50)).await });
    proactor.block_on(async { time::sleep(Duration::from_millis(10)).await });
    assert!(!is_open(number), "left open after the final completion");
}

/// The same for a receive from a buffer ring given up while in flight, its socket then
/// dropped outside `block_on`: the orphan keeps the socket until the final completion.
#[test]
fn a_dropped_buffer_ring_receive_keeps_its_descriptor_until_its_final_completion() {
    let _serial = serial();
    let proactor = Proactor::builder().build().unwrap();
    if proactor.block_on(async { percore_proactor::backend() == Backend::Epoll }) {
        return;
    }
    let (stream, peer, ring) = proactor.block_on(async {
        let (stream, peer) = connected_pair().await;
        let ring = percore_proactor::BufRing::builder()
            .entries(4)
            .buf_size(64)
            .build()
            .unwrap();
        // In flight, nothing to receive: given up.
        assert!(
            time::timeout(Duration::from_millis(10), stream.recv_ring(&ring))
                .await
                .is_err()
        );
        (stream, peer, ring)
    });
    let number = std::os::fd::AsRawFd::as_raw_fd(&stream);
    drop(stream);
    assert!(is_open(number), "closed while the receive still names it");
    proactor.block_on(async { time::sleep(Duration::from_millis(50)).await });
    proactor.block_on(async { time::sleep(Duration::from_millis(10)).await });
    assert!(!is_open(number), "left open after the final completion");
    drop((peer, ring));
}
