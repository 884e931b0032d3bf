//! Buffers the kernel may read or write while an operation is in flight.
//!
//! An operation takes its buffer by value and hands it back with the result, so the buffer
//! cannot be touched, moved or freed while the kernel uses it. [`IoBuf`] (the kernel reads) and
//! [`IoBufMut`] (the kernel writes) are implemented for `Vec<u8>`, `Box<[u8]>`, `String`,
//! `Rc<[u8]>` (sent only), static slices, [`Slice`] and [`RingBuf`].

pub(crate) mod ring;

pub use ring::{BufRing, BufRingBuilder, RingBuf};

use std::ops::{Bound, Deref, RangeBounds};

/// A buffer the kernel can read from.
///
/// # Safety
///
/// `stable_ptr` must be non-null and aligned, and point at `bytes_init` initialised bytes (a
/// dangling pointer is fine when that is 0) that stay at the same address,
/// unchanged, while the value exists, even when the value itself is moved: the memory belongs
/// to a heap allocation or a static, not to the value's own bytes.
pub unsafe trait IoBuf: 'static {
    /// Address of the first byte.
    fn stable_ptr(&self) -> *const u8;
    /// Number of initialised bytes: what a send sends.
    fn bytes_init(&self) -> usize;
    /// Total capacity.
    fn bytes_total(&self) -> usize;

    /// A view of `range` of this buffer, for sending part of it (what is left after a short
    /// send, say).
    ///
    /// # Panics
    ///
    /// Panics when the range is out of `0..bytes_total()`.
    fn slice(self, range: impl RangeBounds<usize>) -> Slice<Self>
    where
        Self: Sized,
    {
        let begin = match range.start_bound() {
            Bound::Included(&n) => n,
            Bound::Excluded(&n) => n + 1,
            Bound::Unbounded => 0,
        };
        let end = match range.end_bound() {
            Bound::Included(&n) => n + 1,
            Bound::Excluded(&n) => n,
            Bound::Unbounded => self.bytes_init(),
        };
        assert!(
            begin <= end && end <= self.bytes_total(),
            "slice {begin}..{end} out of a buffer of {}",
            self.bytes_total()
        );
        Slice {
            buf: self,
            begin,
            end,
        }
    }

    /// The initialised bytes, to read them in user space (to encrypt them, say) rather than
    /// hand them to the kernel.
    fn init_bytes(&self) -> &[u8] {
        // SAFETY: the trait's contract: `stable_ptr` points at `bytes_init` initialised bytes
        // that stay unchanged while the value exists, and the slice borrows the value.
        unsafe { std::slice::from_raw_parts(self.stable_ptr(), self.bytes_init()) }
    }
}

/// A buffer the kernel can write into.
///
/// # Safety
///
/// As [`IoBuf`], and `stable_mut_ptr` must point at `bytes_total` writable bytes.
pub unsafe trait IoBufMut: IoBuf {
    /// Address of the first byte, for writing.
    fn stable_mut_ptr(&mut self) -> *mut u8;

    /// Records that the kernel initialised the first `len` bytes (a receive of `len` bytes
    /// into the start of the buffer).
    ///
    /// # Safety
    ///
    /// The first `len` bytes (at most `bytes_total`) must be initialised.
    unsafe fn set_init(&mut self, len: usize);
}

// SAFETY: a Vec's heap allocation does not move when the Vec does; `len` bytes are initialised.
unsafe impl IoBuf for Vec<u8> {
    fn stable_ptr(&self) -> *const u8 {
        self.as_ptr()
    }
    fn bytes_init(&self) -> usize {
        self.len()
    }
    fn bytes_total(&self) -> usize {
        self.capacity()
    }
}

// SAFETY: the allocation has `capacity` writable bytes; `set_init` is only given a length the
// kernel initialised.
unsafe impl IoBufMut for Vec<u8> {
    fn stable_mut_ptr(&mut self) -> *mut u8 {
        self.as_mut_ptr()
    }
    unsafe fn set_init(&mut self, len: usize) {
        debug_assert!(len <= self.capacity());
        // SAFETY: the caller guarantees `len` bytes are initialised and within capacity.
        unsafe { self.set_len(len) };
    }
}

/// `IoBuf` for a type whose bytes, all initialised, are all sent: each use names the type and
/// says why its bytes stay where they are, unchanged, while a value of it exists.
macro_rules! io_buf_of_bytes {
    ($($(#[doc = $why:literal])+ $ty:ty;)+) => {$(
        $(#[doc = $why])+
        // SAFETY: `as_ptr` and `len` describe the value's bytes, which are initialised; they
        // do not move or change while the value exists, for the reason documented above.
        unsafe impl IoBuf for $ty {
            fn stable_ptr(&self) -> *const u8 {
                self.as_ptr()
            }
            fn bytes_init(&self) -> usize {
                self.len()
            }
            fn bytes_total(&self) -> usize {
                self.len()
            }
        }
    )+};
}

io_buf_of_bytes! {
    /// A boxed slice's allocation does not move with the box and is fully initialised.
    Box<[u8]>;
    /// Static data lives for the whole program and never moves.
    &'static [u8];
    /// Static data lives for the whole program and never moves.
    &'static str;
    /// The slice lives in the `Rc`'s heap allocation, which does not move and is freed only
    /// when the last `Rc` goes, and this one is held by the operation until it completes. Its
    /// bytes cannot change meanwhile: an `Rc<[u8]>` gives mutable access only to its sole
    /// owner (`Rc::get_mut`), and the operation's clone means there is none.
    std::rc::Rc<[u8]>;
}

// SAFETY: every byte of the boxed slice is writable and always initialised.
unsafe impl IoBufMut for Box<[u8]> {
    fn stable_mut_ptr(&mut self) -> *mut u8 {
        self.as_mut_ptr()
    }
    unsafe fn set_init(&mut self, _len: usize) {}
}

// SAFETY: a String's heap buffer does not move with it; only sent, never written.
unsafe impl IoBuf for String {
    fn stable_ptr(&self) -> *const u8 {
        self.as_ptr()
    }
    fn bytes_init(&self) -> usize {
        self.len()
    }
    fn bytes_total(&self) -> usize {
        self.capacity()
    }
}

/// A range of a buffer, made by [`IoBuf::slice`]; [`Slice::into_inner`] gives the buffer back.
#[derive(Debug)]
pub struct Slice<T> {
    buf: T,
    begin: usize,
    end: usize,
}

impl<T: IoBuf> Slice<T> {
    /// Start of the range within the buffer.
    pub fn begin(&self) -> usize {
        self.begin
    }

    /// End of the range within the buffer.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The whole buffer, borrowed.
    pub fn get_ref(&self) -> &T {
        &self.buf
    }

    /// The whole buffer back.
    pub fn into_inner(self) -> T {
        self.buf
    }
}

impl<T: IoBuf> Deref for Slice<T> {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        let end = self.end.min(self.buf.bytes_init());
        let begin = self.begin.min(end);
        // SAFETY: `begin..end` lies within the buffer's initialised bytes, which `IoBuf`
        // guarantees live at `stable_ptr`.
        unsafe { std::slice::from_raw_parts(self.buf.stable_ptr().add(begin), end - begin) }
    }
}

// SAFETY: the range lies within `T`'s stable memory (checked in `IoBuf::slice`); the initialised
// part is what `T` reports, clipped to the range.
unsafe impl<T: IoBuf> IoBuf for Slice<T> {
    fn stable_ptr(&self) -> *const u8 {
        // SAFETY: `begin <= bytes_total`, so the offset stays within (or one past) the buffer.
        unsafe { self.buf.stable_ptr().add(self.begin) }
    }
    fn bytes_init(&self) -> usize {
        self.end
            .min(self.buf.bytes_init())
            .saturating_sub(self.begin)
    }
    fn bytes_total(&self) -> usize {
        self.end - self.begin
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_views_and_returns_the_buffer() {
        let v = b"hello world".to_vec();
        let s = v.slice(6..);
        assert_eq!(&*s, b"world");
        assert_eq!(s.bytes_init(), 5);
        assert_eq!(s.begin(), 6);
        let v = s.into_inner();
        assert_eq!(v, b"hello world");
        let s = v.slice(..5);
        assert_eq!(&*s, b"hello");
    }

    #[test]
    fn init_bytes_of_every_kind_of_buffer() {
        let v = b"hello world".to_vec();
        assert_eq!(v.init_bytes(), b"hello world");
        assert_eq!(v.slice(6..).init_bytes(), b"world");
        assert_eq!(Vec::<u8>::new().init_bytes(), b"");
        let r: std::rc::Rc<[u8]> = std::rc::Rc::from(&b"rc"[..]);
        assert_eq!(r.init_bytes(), b"rc");
        assert_eq!((&b"static"[..]).init_bytes(), b"static");
        let mut spare: Vec<u8> = Vec::with_capacity(64);
        spare.push(1);
        assert_eq!(
            spare.init_bytes(),
            [1],
            "capacity beyond the length is not read"
        );
    }

    #[test]
    #[should_panic(expected = "out of a buffer")]
    fn slice_out_of_range_panics() {
        let v = vec![0u8; 4];
        let _ = v.slice(2..9);
    }

    #[test]
    fn vec_set_init_sets_len() {
        let mut v: Vec<u8> = Vec::with_capacity(16);
        // SAFETY: the bytes are written before set_init declares them initialised.
        unsafe {
            v.stable_mut_ptr().write_bytes(7, 3);
            v.set_init(3);
        }
        assert_eq!(v, [7, 7, 7]);
    }
}
