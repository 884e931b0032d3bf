//! Buffers for ciphertext and plaintext on their way through, kept per thread: a connection
//! takes one for the moment it encrypts or decrypts and gives it back, so an idle connection
//! holds none and a busy one allocates none.

use std::cell::RefCell;

/// Buffers a thread keeps, at most.
const KEPT: usize = 64;
/// The largest capacity kept: one 256 KiB step of records and their overhead.
const KEPT_MAX: usize = 272 * 1024;

/// The thread's receive buffer: room for 64 KiB of plaintext as records, so that a 64 KiB
/// message is taken in one receive.
const SCRATCH: usize = crate::session::sealed_len(64 * 1024);

thread_local! {
    static POOL: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
    static RECEIVE: RefCell<Box<[u8]>> = RefCell::new(vec![0; SCRATCH].into_boxed_slice());
}

/// Runs `f` with the thread's receive buffer: one for every connection of the thread, so
/// that what is received into it is still in the CPU's caches when it is decrypted.
///
/// # Panics
///
/// When `f` calls it again.
pub(crate) fn with_scratch<T>(f: impl FnOnce(&mut [u8]) -> T) -> T {
    RECEIVE.with(|r| f(&mut r.borrow_mut()))
}

/// An empty buffer: one of this thread's, or a new one.
pub fn take_buf() -> Vec<u8> {
    POOL.with(|p| p.borrow_mut().pop()).unwrap_or_default()
}

/// Gives a buffer back for reuse (emptied; one too large, or past the count kept, is freed).
pub fn recycle(mut buf: Vec<u8>) {
    if buf.capacity() == 0 || buf.capacity() > KEPT_MAX {
        return;
    }
    buf.clear();
    POOL.with(|p| {
        let mut pool = p.borrow_mut();
        if pool.len() < KEPT {
            pool.push(buf);
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buffers_come_back_empty_and_bounded() {
        let mut b = take_buf();
        b.extend_from_slice(b"secret");
        let cap = b.capacity();
        recycle(b);
        let again = take_buf();
        assert!(again.is_empty(), "a recycled buffer is cleared");
        assert_eq!(again.capacity(), cap);
        recycle(Vec::with_capacity(KEPT_MAX + 1));
        assert_eq!(take_buf().capacity(), 0, "too large: not kept");
        for _ in 0..KEPT + 10 {
            recycle(Vec::with_capacity(16));
        }
        assert_eq!(POOL.with(|p| p.borrow().len()), KEPT);
    }
}
