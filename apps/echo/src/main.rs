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
use percore_proactor::BufRing;
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
    /// Size of each buffer of the core's second receive ring, taken by connections whose
    /// receives keep filling the `[buffers]` ones (`0`: no second ring).
    large_buffer_size: Bytes,
    /// How many buffers that ring has: a power of two, 1 to 32768.
    large_buffer_count: u32,
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
            large_buffer_size: Bytes(64 << 10),
            large_buffer_count: 256,
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
        if self.large_buffer_size.0 > u64::from(MAX_LARGE_BUFFER) {
            errors.push(ConfigError::new(
                "large_buffer_size",
                format!(
                    "must be at most 1GiB (0 turns the second ring off), not {}",
                    self.large_buffer_size
                ),
            ));
        }
        let count = self.large_buffer_count;
        if !count.is_power_of_two() || count > 32_768 {
            errors.push(ConfigError::new(
                "large_buffer_count",
                format!("must be a power of two from 1 to 32768, not {count}"),
            ));
        } else if u64::from(count).saturating_mul(self.large_buffer_size.0)
            > percore_config::MAX_BUFFER_MEMORY
        {
            // As [buffers] is bounded: a ring that large is a mistake, and its mapping would
            // fail when the workers start.
            errors.push(ConfigError::new(
                "large_buffer_count",
                format!(
                    "{count} buffers of {} is more than 16GiB of receive buffers per core",
                    self.large_buffer_size
                ),
            ));
        }
    }
}

/// Largest `large_buffer_size`.
const MAX_LARGE_BUFFER: u32 = 1 << 30;

fn main() -> ExitCode {
    let cli = Cli::parse();
    Supervisor::<EchoSection>::new(cli.config)
        .serves_tls(&[])
        .on_ready(|ready| ready.announce())
        .run(|w| async move {
            let ring = w.ctx.receive_ring().unwrap_or_else(|e| panic!("{e}"));
            let large = large_ring(&ring, &w.app).unwrap_or_else(|e| panic!("{e}"));
            let timeouts = &w.ctx.settings().timeouts;
            let shared = Rc::new(conn::Shared {
                ring,
                large,
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

/// The second receive ring of `[echo]`'s `large_buffer_*`: none when it is off, or when its
/// buffers would be no larger than the core's `[buffers]` (nothing to gain by switching).
fn large_ring(ring: &BufRing, app: &EchoSection) -> std::io::Result<Option<BufRing>> {
    // Validated to at most 1 GiB.
    let size = u32::try_from(app.large_buffer_size.0).unwrap_or(MAX_LARGE_BUFFER);
    if size <= ring.buf_size() {
        return Ok(None);
    }
    BufRing::builder()
        .entries(app.large_buffer_count)
        .buf_size(size)
        .build()
        .map(Some)
        .map_err(|e| {
            std::io::Error::new(
                e.kind(),
                format!("cannot set up echo.large_buffer_size's receive buffers: {e}"),
            )
        })
}
