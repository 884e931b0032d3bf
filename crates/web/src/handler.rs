//! Handlers: what answers a request. Any `Fn(Request) -> impl Future<Output = impl
//! IntoResponse>` is one; so are [`crate::Router`] and [`crate::StaticFiles`].

use std::future::Future;
use std::pin::Pin;

use crate::request::Request;
use crate::response::{IntoResponse, Response};

/// Answers requests. Each worker builds its own handler value, so a handler may hold `Rc` and
/// `RefCell` state and need not be `Send`; its futures run on the worker that accepted the
/// connection.
///
/// `call` itself may do work before it returns the future (a [`crate::Router`] routes there,
/// and a closure handler is called there): the connection polls the future at once, and a
/// panic in either is answered with a 500.
pub trait Handler: 'static {
    /// The response to `req`.
    fn call(&self, req: Request) -> impl Future<Output = Response>;
}

impl<F, Fut, R> Handler for F
where
    F: Fn(Request) -> Fut + 'static,
    Fut: Future<Output = R>,
    R: IntoResponse,
{
    /// Calls the function at once: its future alone is kept (an `async fn` here would keep
    /// the request beside it until the first poll).
    fn call(&self, req: Request) -> impl Future<Output = Response> {
        let fut = self(req);
        async move { fut.await.into_response() }
    }
}

/// A handler's future, boxed.
pub(crate) type BoxFuture<'a> = Pin<Box<dyn Future<Output = Response> + 'a>>;

/// A handler of any type, behind a pointer (for routers, which hold many).
pub(crate) trait ErasedHandler {
    fn call_boxed(&self, req: Request) -> BoxFuture<'_>;
}

impl<H: Handler> ErasedHandler for H {
    fn call_boxed(&self, req: Request) -> BoxFuture<'_> {
        Box::pin(self.call(req))
    }
}

/// A boxed handler.
pub(crate) type BoxHandler = Box<dyn ErasedHandler>;

pub(crate) fn boxed<H: Handler>(h: H) -> BoxHandler {
    Box::new(h)
}
