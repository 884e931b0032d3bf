//! File to socket with `sendfile(2)` made on the worker's own thread: for a file whose pages
//! are in the page cache, the cheapest path there is (the pages go to the socket, no copy
//! through user space, no kernel worker thread).

use std::cell::Cell;
use std::io;

use super::TcpStream;
use super::room::RoomWait;
use super::splice::{check_range, nonblocking_for_transfer};
use crate::fs::File;
use crate::sys;

/// Bytes one `sendfile` call may move, at most (nginx's `sendfile_max_chunk` default): a fast
/// client cannot keep the worker in one call for long, and between calls other tasks run.
const STEP: u64 = 2 << 20;

impl TcpStream {
    /// Sends `len` bytes of `file` from `offset` with `sendfile(2)`, called on this thread;
    /// adds each call's bytes to `sent` as it returns. Returns the bytes sent, fewer than `len`
    /// only when the file ends first.
    ///
    /// The socket is non-blocking for the transfer: a full socket is waited for on the ring
    /// (or epoll), never in the call. The file's side is not: a page not in the page cache is
    /// read from the disk inside the call, with the worker waiting. Call it for ranges that
    /// [`File::is_cached`] says are in memory, or where waiting for a disk is acceptable.
    ///
    /// The socket is left non-blocking (switching back would cost two syscalls per transfer):
    /// the ring's own operations on it wait for room or data as before, but blocking calls
    /// made through [`TcpStream::as_socket`] see `WouldBlock`. A peer that has reset makes the call
    /// raise SIGPIPE, which the process must ignore (Rust programs do by default); the
    /// transfer then fails with `BrokenPipe`.
    ///
    /// # Errors
    ///
    /// `InvalidInput` for a range past `off_t`'s (before anything is sent); the first
    /// `sendfile` error (`BrokenPipe` when the peer has gone).
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub async fn sendfile_counting(
        &self,
        file: &File,
        offset: u64,
        len: u64,
        sent: &Cell<u64>,
    ) -> io::Result<u64> {
        check_range(offset, len)?;
        nonblocking_for_transfer(&self.fd)?;
        let mut done = 0u64;
        let mut room = RoomWait::default();
        while done < len {
            let step = (len - done).min(STEP) as usize;
            match sys::sendfile(self.fd.raw(), file.fd.raw(), offset + done, step) {
                // The file ended (it shrank under the transfer).
                Ok(0) => break,
                Ok(n) => {
                    done += n as u64;
                    sent.set(sent.get() + n as u64);
                    room.progressed();
                    if n < step {
                        // The socket took less than asked: its buffer is full (or the file
                        // ended, which the next call says). Asking again now would only meet
                        // EAGAIN: wait for room instead.
                        room.wait(self, false).await?;
                    } else if done < len {
                        // A client fast enough to take every step at once would otherwise
                        // keep the worker from its other connections.
                        crate::yield_now().await;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                    room.wait(self, true).await?;
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => return Err(e),
            }
        }
        Ok(done)
    }
}
