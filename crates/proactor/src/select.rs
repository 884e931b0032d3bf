//! Waiting for the first of two futures.

use std::future::{Future, poll_fn};
use std::pin::pin;
use std::task::Poll;

/// Which of two futures finished first, with its output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Either<A, B> {
    /// The first future (`a` of [`select`]) finished first.
    Left(A),
    /// The second future (`b` of [`select`]) finished first.
    Right(B),
}

/// Waits for the first of `a` and `b` to finish and returns its output; the other is dropped,
/// which cancels its in-flight operations.
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
pub async fn select<A: Future, B: Future>(a: A, b: B) -> Either<A::Output, B::Output> {
    let mut a = pin!(a);
    let mut b = pin!(b);
    poll_fn(|cx| {
        if let Poll::Ready(v) = a.as_mut().poll(cx) {
            return Poll::Ready(Either::Left(v));
        }
        if let Poll::Ready(v) = b.as_mut().poll(cx) {
            return Poll::Ready(Either::Right(v));
        }
        Poll::Pending
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;
    use std::rc::Rc;
    use std::sync::Arc;
    use std::task::{Context, Wake, Waker};

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
}
