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
/// with the returned [`Select`] (at the end of the `.await`), which cancels its in-flight
/// operations. Like any future, a `Select` is not polled again once it has returned `Ready`.
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
    Select { a, b }
}

/// The future of [`select`]. It holds the two futures in place, once: a connection task that
/// waits on a select is no larger than the two futures it waits on.
#[derive(Debug)]
#[must_use = "futures do nothing unless awaited"]
pub struct Select<A, B> {
    a: A,
    b: B,
}

impl<A: Future, B: Future> Future for Select<A, B> {
    type Output = Either<A::Output, B::Output>;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // SAFETY: structural pinning of both fields. `Select` never moves `a` or `b` out of
        // a pinned `Select`: no method takes them by value or hands out an unpinned `&mut`,
        // `Select` has no `Drop` implementation that could move them, and it is `Unpin` only
        // when both are (the auto trait follows the fields). So once `self` is pinned, its
        // fields stay where they are until they are dropped in place.
        let this = unsafe { self.get_unchecked_mut() };
        // SAFETY: as above: `this.a` is pinned for as long as `self` is.
        if let Poll::Ready(v) = unsafe { Pin::new_unchecked(&mut this.a) }.poll(cx) {
            return Poll::Ready(Either::Left(v));
        }
        // SAFETY: as above, for `this.b`.
        if let Poll::Ready(v) = unsafe { Pin::new_unchecked(&mut this.b) }.poll(cx) {
            return Poll::Ready(Either::Right(v));
        }
        Poll::Pending
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
    fn a_select_is_as_large_as_its_two_futures() {
        let a = [0u8; 200];
        let b = [0u8; 100];
        let a = async move { a.len() };
        let b = async move { b.len() };
        let (size_a, size_b) = (size_of_val(&a), size_of_val(&b));
        assert!(size_of_val(&select(a, b)) <= size_a + size_b);
    }
}
