//! Splices into sockets whose clients read nothing: on io_uring, where the kernel runs every
//! splice in its worker threads, a stalled transfer must not hold a thread of its own.

mod common;

use std::io::Read;
use std::rc::Rc;
use std::time::Duration;

use common::{TempDir, assert_no_thread_each, payload, run, threads};
use percore_proactor::fs::File;
use percore_proactor::net::TcpListener;
use percore_proactor::{spawn, time};

#[test]
fn stalled_splices_hold_no_thread_each() {
    // More than the kernel's socket buffers take in for a client that reads nothing.
    const LEN: usize = 16 << 20;
    const CLIENTS: usize = 16;
    let dir = TempDir::new("splice-stalled");
    let path = dir.0.join("big.bin");
    let data = payload(LEN, 3);
    std::fs::write(&path, &data).unwrap();
    run(async move {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let clients: Vec<_> = (0..CLIENTS)
            .map(|_| std::net::TcpStream::connect(addr).unwrap())
            .collect();
        let file = Rc::new(File::open(&path).await.unwrap());
        let before = threads();
        let mut transfers = Vec::new();
        for _ in 0..CLIENTS {
            let (stream, _) = listener.accept().await.unwrap();
            let file = file.clone();
            transfers.push(spawn(async move {
                stream.splice_from(&file, 0, LEN as u64).await
            }));
        }
        time::sleep(Duration::from_millis(500)).await;
        assert_no_thread_each(before, CLIENTS, "stalled splices");
        // The clients read now: every transfer completes, every byte right.
        let readers: Vec<_> = clients
            .into_iter()
            .map(|mut c| {
                std::thread::spawn(move || {
                    c.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
                    let mut got = vec![0u8; LEN];
                    c.read_exact(&mut got).map(|_| got)
                })
            })
            .collect();
        for t in transfers {
            assert_eq!(t.await.unwrap().unwrap(), LEN as u64);
        }
        for r in readers {
            let got = r.join().unwrap().expect("read the transfer");
            assert!(got == data, "spliced bytes differ");
        }
    });
}
