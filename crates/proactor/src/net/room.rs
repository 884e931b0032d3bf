//! Waiting for room in a socket that a transfer made on the worker's own thread (`sendfile`,
//! a splice into it) found full.

use std::io;

use super::TcpStream;
use super::stream::clear_ready;
use crate::ops::Interest;
use crate::runtime;

/// How a transfer waits for room, from one full socket to the next.
#[derive(Debug, Default)]
pub(crate) struct RoomWait {
    /// The last wait said there was room.
    after_wait: bool,
}

impl RoomWait {
    /// The transfer moved bytes: the next full socket is an ordinary one.
    pub(crate) fn progressed(&mut self) {
        self.after_wait = false;
    }

    /// Waits until `stream` has room again, after a transfer found none (`empty`: it took
    /// nothing, `EAGAIN`) or took less than asked.
    ///
    /// epoll: after an `EAGAIN`, the socket's write readiness is cleared first, so that the
    /// wait is for the kernel's next `EPOLLOUT` (the kernel noted the socket full, and says
    /// so once acknowledgements free room; the driver, told nothing, would still say it had
    /// room, and the wait would end at once). Not after a short count, which may also be the
    /// file's end: the wait asks the socket then (a poll), as it would have room. Both
    /// backends: a socket that
    /// takes nothing right after a wait said it had room is past the kernel's `tcp_mem`
    /// limit (it has room by its own buffer size, and the kernel gives it no memory): a poll
    /// fires at once each time, so this waits one of the back-off spans instead, as the
    /// ring's own send does (see `Op::back_off`).
    ///
    /// # Errors
    ///
    /// The wait's error.
    pub(crate) async fn wait(&mut self, stream: &TcpStream, empty: bool) -> io::Result<()> {
        if empty {
            clear_ready(stream.fd.raw(), Interest::Write, true);
        }
        // After a back-off, a wait for room again, as the ring's send goes: a socket simply
        // full (a slow client) is then waited for, not tried on a timer.
        self.after_wait = !(empty && self.after_wait);
        if self.after_wait {
            stream.writable().await?;
        } else {
            back_off().await;
        }
        Ok(())
    }
}

/// Waits one of the back-off spans, in turn, counted in the ring's `back_offs`.
#[cold]
async fn back_off() {
    let rt = runtime::current();
    let span = {
        let mut driver = rt.driver.borrow_mut();
        let counters = driver.counters_mut();
        let (span, _) = crate::ops::back_off_for(counters.back_offs);
        counters.back_offs += 1;
        span
    };
    crate::time::sleep(span).await;
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::io::Read;

    use crate::net::{TcpListener, TcpStream};

    #[test]
    fn a_sendfile_that_finds_no_room_right_after_a_wait_said_there_was_backs_off() {
        let proactor = crate::Proactor::builder().build().unwrap();
        proactor.block_on(async {
            // epoll waits for the kernel's next EPOLLOUT after an EAGAIN, which a made-up
            // one on a socket with room never gets: io_uring alone.
            if crate::runtime::current().is_epoll {
                return;
            }
            let data: Vec<u8> = (0..65_536u32).map(|i| (i * 7 + i / 251) as u8).collect();
            let path = std::env::temp_dir().join(format!("percore-room-{}", std::process::id()));
            std::fs::write(&path, &data).unwrap();
            let file = crate::fs::File::open(&path).await.unwrap();
            std::fs::remove_file(&path).unwrap();
            let listener = TcpListener::bind("127.0.0.1:0").unwrap();
            let mut client = std::net::TcpStream::connect(listener.local_addr().unwrap()).unwrap();
            let (server, _): (TcpStream, _) = listener.accept().await.unwrap();
            // The socket says it has room, and the first three calls take nothing (a socket
            // past `tcp_mem`): a wait for room (which ends at once), then a back-off rather
            // than a second such wait, then a wait for room again (before: a wait for room
            // each time, round and round at full speed while the kernel is short of memory).
            let before = crate::stats();
            crate::sys::SENDFILE_EAGAINS.with(|n| n.set(3));
            let sent = Cell::new(0);
            let n = server
                .sendfile_counting(&file, 0, data.len() as u64, &sent)
                .await
                .unwrap();
            assert_eq!((n, sent.get()), (65_536, 65_536));
            let after = crate::stats();
            assert_eq!(after.back_offs - before.back_offs, 1, "{after:?}");
            let mut got = vec![0u8; data.len()];
            client.read_exact(&mut got).unwrap();
            assert!(got == data, "the bytes sent differ from the file's");
        });
    }
}
