//! Listening sockets: one per worker and address, in a `SO_REUSEPORT` group per address.
//!
//! All are bound before any worker starts, on the calling thread: a bind error stops start-up
//! with nothing to undo, and port 0 resolves to one port that every worker joins. Workers
//! receive duplicates (`dup`) of these sockets, so a worker that stops never closes a socket
//! whose accept queue another generation still serves.

use std::net::SocketAddr;
use std::os::fd::AsFd;

use percore_config::{Settings, Steering};
use socket2::{Domain, Protocol, SockAddr, Socket, Type};

use crate::error::{StartError, WorkerId};

/// The bound sockets of a pool: `sockets[worker][address]`.
#[derive(Debug)]
pub struct Listeners {
    sockets: Vec<Vec<Socket>>,
    addrs: Vec<SocketAddr>,
}

fn bind_one(addr: SocketAddr, settings: &Settings, cpu: usize) -> std::io::Result<Socket> {
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    socket.set_cloexec(true)?;
    socket.set_reuse_address(true)?;
    socket.set_reuse_port(true)?;
    if addr.is_ipv6() {
        socket.set_only_v6(true)?;
    }
    // Accepted sockets inherit TCP_NODELAY on Linux: set once here, not per connection.
    socket.set_tcp_nodelay(settings.tcp_nodelay)?;
    if settings.incoming_cpu || settings.steering == Steering::Cpu {
        socket.set_cpu_affinity(cpu)?;
    }
    socket.bind(&SockAddr::from(addr))?;
    socket.listen(i32::try_from(settings.backlog).unwrap_or(i32::MAX))?;
    if !settings.defer_accept.is_zero() {
        percore_proactor::net::set_tcp_defer_accept(&socket, settings.defer_accept.0)?;
    }
    socket.set_nonblocking(true)?;
    Ok(socket)
}

impl Listeners {
    /// Binds every address of `settings` once per worker (`cpus[i]` is worker `i`'s CPU).
    ///
    /// # Errors
    ///
    /// The first failure, naming the worker, its CPU and the address.
    pub fn bind(settings: &Settings, cpus: &[usize]) -> Result<Listeners, StartError> {
        let mut sockets: Vec<Vec<Socket>> = cpus.iter().map(|_| Vec::new()).collect();
        let mut addrs = Vec::with_capacity(settings.listen.len());
        for &configured in &settings.listen {
            let mut addr = configured;
            for (index, &cpu) in cpus.iter().enumerate() {
                let socket = bind_one(addr, settings, cpu).map_err(|source| StartError::Bind {
                    worker: WorkerId { index, cpu },
                    addr,
                    source,
                })?;
                if addr.port() == 0 {
                    // Port 0: the first worker picks the port, the others join it.
                    let bound = socket
                        .local_addr()
                        .ok()
                        .and_then(|a| a.as_socket())
                        .map_or(0, |a| a.port());
                    addr.set_port(bound);
                }
                sockets[index].push(socket);
            }
            if settings.steering == Steering::Cpu
                && let Some(first) = sockets.first().and_then(|s| s.last())
            {
                percore_proactor::net::steer_reuseport_by_cpu(&first.as_fd(), cpus).map_err(
                    |source| StartError::Bind {
                        worker: WorkerId {
                            index: 0,
                            cpu: cpus[0],
                        },
                        addr,
                        source,
                    },
                )?;
            }
            addrs.push(addr);
        }
        Ok(Listeners { sockets, addrs })
    }

    /// The bound addresses (port 0 resolved), in configuration order.
    pub fn addrs(&self) -> &[SocketAddr] {
        &self.addrs
    }

    /// Number of worker slots.
    pub fn workers(&self) -> usize {
        self.sockets.len()
    }

    /// Duplicates of worker `index`'s sockets, for its thread.
    pub(crate) fn dup_for(&self, index: usize) -> std::io::Result<Vec<Socket>> {
        self.sockets[index].iter().map(Socket::try_clone).collect()
    }
}
