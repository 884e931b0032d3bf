//! File to socket without copying: splice file -> pipe -> socket, with pipes reused per core.

use std::cell::Cell;
use std::io;
use std::os::fd::AsRawFd;

use super::TcpStream;
use super::room::RoomWait;

use crate::fd::SharedFd;
use crate::fs::File;
use crate::ops::{Op, Splice};
use crate::runtime::{self, Runtime};
use crate::sys;

/// Pipe buffer size asked for; the kernel may grant less (`/proc/sys/fs/pipe-max-size`).
const PIPE_SIZE: usize = 1 << 20;
/// Pipes kept for reuse per core.
const POOL_MAX: usize = 16;

/// A pipe used as the middle of a splice.
#[derive(Debug)]
pub(crate) struct PipePair {
    read: SharedFd,
    write: SharedFd,
    size: usize,
}

impl PipePair {
    fn new() -> io::Result<PipePair> {
        let (read, write) = sys::pipe()?;
        // A refusal (a non-root user over its pipe quota) leaves the default 64 KiB.
        let size = sys::set_pipe_size(write.as_raw_fd(), PIPE_SIZE).unwrap_or(1 << 16);
        Ok(PipePair {
            read: SharedFd::new(read),
            write: SharedFd::new(write),
            size,
        })
    }
}

impl Runtime {
    fn take_pipe(&self) -> io::Result<PipePair> {
        match self.pipes.borrow_mut().pop() {
            Some(p) => Ok(p),
            None => PipePair::new(),
        }
    }

    fn put_pipe(&self, pipe: PipePair) {
        let mut pipes = self.pipes.borrow_mut();
        if pipes.len() < POOL_MAX {
            pipes.push(pipe);
        }
    }
}

/// Makes a socket non-blocking for a transfer made outside the ring's own send (a splice or a
/// `sendfile`), and leaves it so (see [`SharedFd::make_nonblocking`]): on io_uring, where
/// sockets start blocking (the ring waits for readiness itself); on epoll they are
/// non-blocking already.
pub(super) fn nonblocking_for_transfer(fd: &SharedFd) -> io::Result<()> {
    if runtime::current().is_epoll {
        return Ok(());
    }
    fd.make_nonblocking()
}

/// Refuses a file range a transfer could not address (`off_t` is signed), before anything of
/// it is sent.
pub(super) fn check_range(offset: u64, len: u64) -> io::Result<()> {
    match offset.checked_add(len) {
        Some(end) if i64::try_from(end).is_ok() => Ok(()),
        _ => Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "the file range is past what a file offset holds",
        )),
    }
}

impl TcpStream {
    /// Sends `len` bytes of `file` from `offset` without copying them through user space:
    /// splice file -> pipe -> socket (`IORING_OP_SPLICE`, kernel 5.7), with a pipe reused
    /// from a per-core pool. Returns the bytes sent, fewer than `len` only when the file ends
    /// first.
    ///
    /// On io_uring the socket is made non-blocking for the transfer (so that a slow reader
    /// holds no kernel worker thread) and left so, as [`TcpStream::sendfile_counting`] leaves it.
    ///
    /// # Errors
    ///
    /// `InvalidInput` for a range past `off_t`'s (before anything is sent); the first splice
    /// error (`BrokenPipe` when the peer has gone; as with `sendfile`, the process must ignore
    /// SIGPIPE, as Rust programs do by default); `WriteZero` if the socket accepts nothing.
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub async fn splice_from(&self, file: &File, offset: u64, len: u64) -> io::Result<u64> {
        self.splice_from_counting(file, offset, len, &Cell::new(0))
            .await
    }

    /// [`TcpStream::splice_from`] that adds the bytes of each splice into the socket to
    /// `sent` as it completes, so that a caller can give up on a stalled transfer rather than
    /// on a slow one.
    ///
    /// # Errors
    ///
    /// As [`TcpStream::splice_from`].
    ///
    /// # Panics
    ///
    /// Panics when called outside [`crate::Proactor::block_on`].
    pub async fn splice_from_counting(
        &self,
        file: &File,
        offset: u64,
        len: u64,
        sent: &Cell<u64>,
    ) -> io::Result<u64> {
        check_range(offset, len)?;
        let rt = runtime::current();
        let pipe = rt.take_pipe()?;
        // On io_uring the kernel runs every splice in its worker threads, and a splice into a
        // blocking socket whose client reads slowly would hold one of them until it is done:
        // a thread per slow client. The socket is made non-blocking, so a splice
        // moves what fits and returns, and the wait for room is a poll on the ring.
        nonblocking_for_transfer(&self.fd)?;
        let result = self.splice_via(&pipe, file, offset, len, sent).await;
        // A failed transfer may leave bytes in the pipe: only a clean one goes back.
        if result.is_ok() {
            rt.put_pipe(pipe);
        }
        result
    }

    async fn splice_via(
        &self,
        pipe: &PipePair,
        file: &File,
        offset: u64,
        len: u64,
        sent: &Cell<u64>,
    ) -> io::Result<u64> {
        let mut done = 0u64;
        let mut room = RoomWait::default();
        while done < len {
            let chunk = (len - done).min(pipe.size as u64) as u32;
            let filled = Op::new(Splice::new(
                file.fd.clone(),
                Some(offset + done),
                pipe.write.clone(),
                None,
                chunk,
            ))
            .await?;
            if filled == 0 {
                break;
            }
            let mut left = filled;
            while left > 0 {
                let moved = match Op::new(Splice::new(
                    pipe.read.clone(),
                    None,
                    self.fd.clone(),
                    None,
                    left as u32,
                ))
                .await
                {
                    Ok(moved) => moved,
                    // The socket is full: wait on the ring for room, not in a worker thread.
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => {
                        room.wait(self, true).await?;
                        continue;
                    }
                    Err(e) => return Err(e),
                };
                if moved == 0 {
                    return Err(io::ErrorKind::WriteZero.into());
                }
                left -= moved;
                sent.set(sent.get() + moved as u64);
                room.progressed();
            }
            done += filled as u64;
        }
        Ok(done)
    }
}
