//! `IORING_OP_NOP` (5.1): a round trip through the ring that does nothing.

use std::io;

use io_uring::{opcode, squeue};

use super::table::Completion;
use super::{Attempt, Op, Operation};

/// A no-op. Created by [`nop`].
#[derive(Debug)]
pub struct Nop {
    /// epoll: the one yield a NOP makes before it completes.
    yielded: bool,
}

// SAFETY: a no-op entry points at no memory.
unsafe impl Operation for Nop {
    type Output = io::Result<()>;

    fn entry(&mut self) -> squeue::Entry {
        opcode::Nop::new().build()
    }

    fn attempt(&mut self) -> Attempt {
        // A round trip through the executor: yield once, then complete.
        if std::mem::replace(&mut self.yielded, true) {
            Attempt::Done(Completion { res: 0, flags: 0 })
        } else {
            Attempt::Yield
        }
    }

    fn complete(self, c: Completion) -> io::Result<()> {
        c.result().map(drop)
    }
}

/// A round trip through the ring (or the executor on epoll) that does nothing: the cost of an
/// operation with no work in it. Kernel 5.1.
///
/// # Panics
///
/// Panics when called outside [`crate::Proactor::block_on`].
pub fn nop() -> Op<Nop> {
    Op::new(Nop { yielded: false })
}
