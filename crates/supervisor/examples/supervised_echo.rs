//! A minimal echo app run by the supervisor: the vehicle of the supervisor's process tests.
//!
//! ```text
//! cargo run -p percore-supervisor --example supervised_echo -- -c config.toml
//! ```
//!
//! Prints `listening on ADDR` (and `admin on ADDR`) once every worker accepts. A connection that
//! sends exactly `panic` makes its worker panic, to show a restart; one that sends `block`
//! blocks its worker's thread for an hour; one that sends `hold-thread` gets `held` back, then
//! blocks its worker's thread while the file named by `SUPERVISED_ECHO_HOLD_WHILE` exists.
//! While the file named by `SUPERVISED_ECHO_FAIL_SETUP_IF` exists, workers that start panic
//! before they serve (only worker `SUPERVISED_ECHO_FAIL_SETUP_WORKER`, when that is set),
//! after a second when the file says `slow`; when it says `stall`, they take an hour to set up
//! instead (past any `start_timeout`), and when it says `block-setup`, an hour in a blocking
//! call; when it says `delay`, they set up, and serve, after a second and a half.

use std::cell::Cell;
use std::future::poll_fn;
use std::process::ExitCode;
use std::rc::Rc;
use std::task::{Poll, Waker};

use clap::Parser;
use percore_config::{ConfigArgs, NoApp};
use percore_proactor::net::TcpStream;
use percore_proactor::{Either, select};
use percore_supervisor::Supervisor;

#[derive(Parser)]
struct Cli {
    #[command(flatten)]
    config: ConfigArgs,
}

/// A flag a connection raises to make its worker panic.
#[derive(Default)]
struct Trigger {
    pulled: Cell<bool>,
    waker: Cell<Option<Waker>>,
}

impl Trigger {
    /// Completes once a connection has raised the flag.
    async fn pulled(&self) {
        poll_fn(|cx| {
            if self.pulled.get() {
                return Poll::Ready(());
            }
            self.waker.set(Some(cx.waker().clone()));
            Poll::Pending
        })
        .await
    }
}

async fn echo(stream: TcpStream, trigger: Rc<Trigger>) {
    let mut buf = Vec::with_capacity(16 * 1024);
    loop {
        let (res, b) = stream.recv(buf).await;
        match res {
            Ok(n) if n > 0 => {}
            _ => return,
        }
        if b == b"block" {
            // A handler that blocks its worker's thread (a blocking call it should not make).
            std::thread::sleep(std::time::Duration::from_secs(3600));
        }
        if b == b"hold-thread" {
            // The same, for as long as the test wants: it knows the worker is held once it
            // has the answer.
            let (res, _) = stream.send_all(b"held".to_vec()).await;
            if res.is_err() {
                return;
            }
            let file = std::env::var_os("SUPERVISED_ECHO_HOLD_WHILE").expect("a file to hold on");
            while std::path::Path::new(&file).exists() {
                std::thread::sleep(std::time::Duration::from_millis(10));
            }
            buf = b;
            buf.clear();
            continue;
        }
        if b == b"panic" {
            trigger.pulled.set(true);
            if let Some(w) = trigger.waker.take() {
                w.wake();
            }
            // Open until the worker panics: a draining worker would otherwise find its last
            // connection closed and end before it could.
            std::future::pending::<()>().await;
        }
        let (res, b) = stream.send_all(b).await;
        if res.is_err() {
            return;
        }
        buf = b;
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    Supervisor::<NoApp>::new(cli.config)
        .on_ready(|ready| ready.announce())
        .run(|w| async move {
            // An app whose setup fails (a reload's, say) while a file exists, in every worker
            // or in one: its start fails.
            let trigger = std::env::var_os("SUPERVISED_ECHO_FAIL_SETUP_IF")
                .and_then(|f| std::fs::read_to_string(f).ok());
            let fails = trigger.is_some()
                && std::env::var("SUPERVISED_ECHO_FAIL_SETUP_WORKER")
                    .map_or(true, |i| i == w.ctx.id().index.to_string());
            if fails
                && trigger
                    .as_deref()
                    .is_some_and(|t| t.contains("block-setup"))
            {
                // A setup stuck in a blocking call for an hour: the thread cannot be stopped.
                std::thread::sleep(std::time::Duration::from_secs(3600));
            }
            if fails && trigger.as_deref().is_some_and(|t| t.contains("stall")) {
                // A setup that does not fail but takes an hour: past any `start_timeout`.
                percore_proactor::time::sleep(std::time::Duration::from_secs(3600)).await;
            }
            if fails && trigger.as_deref().is_some_and(|t| t.contains("delay")) {
                // A setup that succeeds, after a second and a half.
                percore_proactor::time::sleep(std::time::Duration::from_millis(1500)).await;
            } else if fails {
                if trigger.is_some_and(|t| t.contains("slow")) {
                    // A setup that takes a while before it fails.
                    percore_proactor::time::sleep(std::time::Duration::from_secs(1)).await;
                }
                panic!("the app of generation {} cannot set up", w.generation);
            }
            let trigger = Rc::new(Trigger::default());
            let t = trigger.clone();
            let serve = w.ctx.serve(move |s| echo(s, t.clone()));
            if let Either::Right(()) = select(serve, trigger.pulled()).await {
                panic!("worker {} told to panic", w.ctx.id().index);
            }
        })
}
