//! Waiting for the first of two futures.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

/// Which of two futures finished first, with its output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Either<A, B> {
    /// The first future (`a` of [`select`]) finished first.
    Left(A),
    /// The second future (`b` of [`select`]) finished first.
    Right(B),
}

/// Waits for the first of `a` and `b` to finish and returns its output; the other is dropped
/// as it does, which cancels its in-flight operations.
///
/// Each poll tries `a` first, so when both are ready `a` wins: put the future that must not
/// be starved (a shutdown signal, a deadline) first. Neither future needs to be `Unpin` or
/// `Send`, and nothing is allocated.
///
/// # Examples
///
/// ```no_run
/// use std::time::Duration;
/// use percore_proactor::{Either, Proactor, select, time};
///
/// Proactor::builder().build()?.block_on(async {
///     let quick = time::sleep(Duration::from_millis(1));
///     let slow = time::sleep(Duration::from_secs(10));
///     assert!(matches!(select(quick, slow).await, Either::Left(())));
/// });
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn select<A: Future, B: Future>(a: A, b: B) -> Select<A, B> {
    Select { pair: Some((a, b)) }
}

/// The future of [`select`]. It holds the two futures in place, once (a connection task that
/// waits on a select is no larger than the two futures it waits on, and a tag), and drops both
/// as it completes.
#[derive(Debug)]
#[must_use = "futures do nothing unless awaited"]
pub struct Select<A, B> {
    /// `None` once it has completed.
    pair: Option<(A, B)>,
}

impl<A: Future, B: Future> Future for Select<A, B> {
    type Output = Either<A::Output, B::Output>;

    /// # Panics
    ///
    /// Panics when polled again after it completed.
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        let out = {
            // SAFETY: structural pinning of the pair. `Select` never moves `a` or `b` out of a
            // pinned `Select`: no method takes them by value or hands out an unpinned `&mut`;
            // they leave only by being dropped in place (`Pin::set` below, or the drop of the
            // `Select`); `Select` has no `Drop` implementation that could move them, and it is
            // `Unpin` only when both are (the auto trait follows the fields).
            let this = unsafe { self.as_mut().get_unchecked_mut() };
            let (a, b) = this
                .pair
                .as_mut()
                .expect("Select polled after it completed");
            // SAFETY: as above: `a` stays pinned where it is for as long as `self` is.
            if let Poll::Ready(v) = unsafe { Pin::new_unchecked(a) }.poll(cx) {
                Either::Left(v)
            // SAFETY: as above, for `b`.
            } else if let Poll::Ready(v) = unsafe { Pin::new_unchecked(b) }.poll(cx) {
                Either::Right(v)
            } else {
                return Poll::Pending;
            }
        };
        // Both are dropped now, in place: the loser's operations are cancelled (and whatever it
        // borrows is given back) before the caller goes on, not when the `Select` is dropped.
        self.set(Select { pair: None });
        Poll::Ready(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;
    use std::pin::pin;
    use std::rc::Rc;
    use std::sync::Arc;
    use std::task::{Wake, Waker};

    struct Noop;
    impl Wake for Noop {
        fn wake(self: Arc<Self>) {}
    }

    /// Ready after `polls` polls; counts its drops.
    struct After {
        polls: u32,
        dropped: Rc<Cell<u32>>,
    }
    impl Future for After {
        type Output = u32;
        fn poll(mut self: std::pin::Pin<&mut Self>, _: &mut Context<'_>) -> Poll<u32> {
            if self.polls == 0 {
                return Poll::Ready(7);
            }
            self.polls -= 1;
            Poll::Pending
        }
    }
    impl Drop for After {
        fn drop(&mut self) {
            self.dropped.set(self.dropped.get() + 1);
        }
    }

    fn block<F: Future>(f: F) -> F::Output {
        let waker = Waker::from(Arc::new(Noop));
        let mut cx = Context::from_waker(&waker);
        let mut f = pin!(f);
        loop {
            if let Poll::Ready(v) = f.as_mut().poll(&mut cx) {
                return v;
            }
        }
    }

    #[test]
    fn the_first_ready_wins_and_the_other_is_dropped() {
        let dropped = Rc::new(Cell::new(0));
        let slow = After {
            polls: 5,
            dropped: dropped.clone(),
        };
        let quick = After {
            polls: 1,
            dropped: dropped.clone(),
        };
        assert_eq!(block(select(slow, quick)), Either::Right(7));
        assert_eq!(dropped.get(), 2, "both futures are dropped once it returns");
    }

    #[test]
    fn the_left_future_wins_a_tie() {
        let d = Rc::new(Cell::new(0));
        let a = After {
            polls: 0,
            dropped: d.clone(),
        };
        let b = After {
            polls: 0,
            dropped: d,
        };
        assert_eq!(block(select(a, b)), Either::Left(7));
    }

    #[test]
    fn the_loser_is_dropped_as_the_select_completes() {
        let dropped = Rc::new(Cell::new(0));
        let slow = After {
            polls: 5,
            dropped: dropped.clone(),
        };
        let quick = After {
            polls: 0,
            dropped: dropped.clone(),
        };
        let waker = Waker::from(Arc::new(Noop));
        let mut cx = Context::from_waker(&waker);
        let mut both = pin!(select(quick, slow));
        assert_eq!(both.as_mut().poll(&mut cx), Poll::Ready(Either::Left(7)));
        // The `Select` itself still lives: both futures are gone all the same.
        assert_eq!(dropped.get(), 2);
        let again = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _ = both.as_mut().poll(&mut cx);
        }));
        assert!(again.is_err(), "a poll after completion panics");
    }

    #[test]
    fn a_select_is_as_large_as_its_two_futures() {
        let a = [0u8; 200];
        let b = [0u8; 100];
        let a = async move { a.len() };
        let b = async move { b.len() };
        let (size_a, size_b) = (size_of_val(&a), size_of_val(&b));
        // The two, and the tag that says they are gone.
        assert!(size_of_val(&select(a, b)) <= size_a + size_b + 8);
    }
}
