//! The futures of handlers that choose where a request goes (routers, rules, virtual hosts):
//! the inner handler's future held in place (not boxed, and without a second copy of the
//! request, as an `async fn` taking the request would keep), an answer known at once, or a
//! boxed future (a slow path, or a handler behind a pointer).

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use pin_project_lite::pin_project;

use crate::handler::BoxFuture;
use crate::response::Response;

pin_project! {
    /// A response: the inner handler's, one known already, or one that needs a slow path.
    #[project = AnswerProj]
    pub(crate) enum Answer<'a, F> {
        /// The inner handler's future.
        Inner { #[pin] fut: F },
        /// Known at once (taken when polled).
        Now { resp: Option<Response> },
        /// A boxed future: a slow path (a password to check, then the inner handler), or a
        /// handler of any type (a route's).
        Later { fut: BoxFuture<'a> },
    }
}

impl<F> Answer<'_, F> {
    /// `resp`, at once.
    pub(crate) fn now(resp: Response) -> Self {
        Answer::Now { resp: Some(resp) }
    }
}

/// The answer of a handler that holds its inner handlers boxed (a router): never `Inner`.
pub(crate) type Routed<'a> = Answer<'a, std::future::Pending<Response>>;

impl<F: Future<Output = Response>> Future for Answer<'_, F> {
    type Output = Response;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Response> {
        match self.project() {
            AnswerProj::Inner { fut } => fut.poll(cx),
            AnswerProj::Now { resp } => {
                Poll::Ready(resp.take().expect("polled after it was ready"))
            }
            AnswerProj::Later { fut } => fut.as_mut().poll(cx),
        }
    }
}

pin_project! {
    /// An answer, then `finish` applied to its response.
    pub(crate) struct Finished<'a, F, G> {
        #[pin]
        answer: Answer<'a, F>,
        finish: Option<G>,
    }
}

impl<'a, F, G> Finished<'a, F, G> {
    /// `answer`, then `finish`.
    pub(crate) fn new(answer: Answer<'a, F>, finish: G) -> Self {
        Finished {
            answer,
            finish: Some(finish),
        }
    }
}

impl<F: Future<Output = Response>, G: FnOnce(&mut Response)> Future for Finished<'_, F, G> {
    type Output = Response;

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Response> {
        let this = self.project();
        let mut resp = std::task::ready!(this.answer.poll(cx));
        if let Some(finish) = this.finish.take() {
            finish(&mut resp);
        }
        Poll::Ready(resp)
    }
}
