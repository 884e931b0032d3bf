//! `percore-echo`: a multi-core echo server on percore.
//!
//! One pinned worker per CPU, each with its own ring and `SO_REUSEPORT` listener. A connection
//! receives through one multishot receive from its worker's buffer ring (an idle connection
//! holds no buffer) and each received buffer is sent back as it is, with no copy; the buffer
//! returns to the ring once sent. At `echo.max_in_flight` bytes received and not yet sent
//! back, the connection stops receiving until its sends complete.
//!
//! On `tls.listen` it speaks TLS (rustls on the worker's ring): each piece of plaintext
//! received is sent back encrypted.
//!
//! On a graceful stop (SIGTERM, SIGINT) or a reload (the old generation), `echo.drain` says
//! what open connections do: `finish` (the default) stops receiving, sends back everything
//! already received, then shuts the write side and closes once the client has it all; `wait`
//! serves them on until the clients close, up to `shutdown_timeout`.

#![forbid(unsafe_code)]

mod conn;
mod tls;

use std::process::ExitCode;
use std::rc::Rc;

use clap::Parser;
use percore_config::{AppSection, Bytes, ConfigArgs, ConfigError};
use percore_supervisor::Supervisor;
use percore_worker::Accepted;
use serde::{Deserialize, Serialize};

/// A multi-core echo server on percore (io_uring, one pinned worker per CPU).
///
/// Without `-c` it runs on its built-in defaults: every CPU it may use, 127.0.0.1:7000.
/// Signals: TERM/INT drain and exit, HUP reloads the configuration, USR1 logs counters.
#[derive(Parser, Debug)]
#[command(name = "percore-echo", version, about, long_about)]
struct Cli {
    #[command(flatten)]
    config: ConfigArgs,
}

/// The `[echo]` section of the configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct EchoSection {
    /// Receive buffers a connection may hold (each counted whole, in bytes of buffer) before it
    /// stops receiving.
    max_in_flight: Bytes,
    /// What open connections do when their worker drains.
    drain: DrainMode,
}

/// What an echo connection does when its worker drains (graceful stop, or the old generation
/// after a reload).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum DrainMode {
    /// Stop receiving, send back what was received, shut the write side, close.
    #[default]
    Finish,
    /// Go on serving until the client closes (or `shutdown_timeout` passes).
    Wait,
}

impl Default for EchoSection {
    fn default() -> Self {
        EchoSection {
            max_in_flight: Bytes(64 << 10),
            drain: DrainMode::Finish,
        }
    }
}

impl AppSection for EchoSection {
    const SECTION: &'static str = "echo";
    const DEFAULT_LISTEN: &'static str = "127.0.0.1:7000";

    fn validate(&self, errors: &mut Vec<ConfigError>) {
        if self.max_in_flight.0 == 0 || self.max_in_flight.0 > 1 << 30 {
            errors.push(ConfigError::new(
                "max_in_flight",
                format!("must be from 1 byte to 1GiB, not {}", self.max_in_flight),
            ));
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    Supervisor::<EchoSection>::new(cli.config)
        .serves_tls(&[])
        .on_ready(|ready| ready.announce())
        .run(|w| async move {
            let ring = w.ctx.receive_ring().unwrap_or_else(|e| panic!("{e}"));
            let timeouts = &w.ctx.settings().timeouts;
            let shared = Rc::new(conn::Shared {
                ring,
                stats: w.ctx.stats(),
                max_in_flight: w.app.max_in_flight.0 as usize,
                idle: timeouts.idle.as_timeout(),
                write: timeouts.write.as_timeout(),
                read: timeouts.read.as_timeout(),
                drain: (w.app.drain == DrainMode::Finish).then(|| w.ctx.drain()),
                drain_idle: timeouts.drain_idle.0,
            });
            w.ctx
                .serve_accepted(move |a: Accepted| {
                    let shared = shared.clone();
                    async move {
                        match a.tls {
                            None => conn::serve(a.stream, shared).await,
                            // Boxed: a plaintext connection's task stays its own size.
                            Some(config) => Box::pin(tls::serve(a.stream, config, shared)).await,
                        }
                    }
                })
                .await;
        })
}
