//! Listening sockets: one per worker and address, in a `SO_REUSEPORT` group per address;
//! the addresses of `listen` speak plaintext, those of `tls.listen` TLS.
//!
//! All are bound before any worker starts, on the calling thread: a bind error stops start-up
//! with nothing to undo, and port 0 resolves to one port that every worker joins. Workers
//! receive duplicates (`dup`) of these sockets, so a worker that stops never closes a socket
//! whose accept queue another generation still serves.

use std::net::SocketAddr;
use std::os::fd::AsFd;
use std::sync::{Arc, Mutex, PoisonError};

use percore_config::{Settings, Steering};
use socket2::{Domain, Protocol, SockAddr, Socket, Type};

use crate::error::{StartError, WorkerId};

/// The bound sockets of a pool: `sockets[worker][address]`, plaintext addresses first, then
/// the TLS ones, with the TLS configuration their connections are handshaken with.
pub struct Listeners {
    sockets: Vec<Vec<Socket>>,
    /// The addresses as configured (port 0 stays 0), to recognise a socket on reload.
    configured: Vec<SocketAddr>,
    /// The addresses as bound (port 0 resolved).
    addrs: Vec<SocketAddr>,
    /// How many of the addresses (the first ones) speak plaintext; the rest speak TLS.
    plain: usize,
    /// The certificates and protocols of the TLS addresses.
    tls: Option<Arc<percore_tls::ServerConfig>>,
    /// Per worker and address: what [`Listeners::commit`] still does to the socket.
    pending: Vec<Vec<Pending>>,
    /// What the last [`Listeners::commit`] that succeeded applied to these sockets.
    applied: Mutex<Option<Applied>>,
    /// What the running generation's sockets, kept by [`Listeners::rebind`], had applied: a
    /// commit that fails part way puts them back to it.
    previous: Option<Applied>,
    /// Per address: where its sockets came from.
    origins: Vec<Origin>,
}

/// `socket`'s identity (see [`Listeners::socket_ids`]): its inode, by `statx` on the
/// descriptor (no new descriptor: it works at the open-file limit too, and without `/proc`);
/// `None` when it cannot be read.
fn socket_id(socket: &Socket) -> Option<u64> {
    use std::os::fd::AsFd;
    percore_proactor::fs::metadata_of(socket.as_fd())
        .ok()
        .map(|m| m.ino())
}

/// Where an address's sockets came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Origin {
    /// Bound by percore, one socket per worker.
    Bound,
    /// Passed once by the service manager: every worker holds a duplicate of that socket.
    Shared,
    /// Passed once per worker by the service manager (a `SO_REUSEPORT` group it holds).
    PerWorker,
}

/// The settings and CPUs a commit applied to a generation's sockets.
#[derive(Debug, Clone)]
struct Applied {
    settings: Arc<Settings>,
    cpus: Vec<usize>,
}

/// What a socket waits for until its generation has started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pending {
    /// Nothing: a new socket of its own address, set up and listening.
    Nothing,
    /// The running generation's socket, shared with it: the new options and backlog.
    Options,
    /// A new socket at an address the running generation listens on: `listen`, which puts it
    /// in that address's `SO_REUSEPORT` group (before, the kernel would send it connections
    /// nobody accepts until this generation runs, reset if it fails to start).
    Listen,
}

impl std::fmt::Debug for Listeners {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Listeners")
            .field("plain", &self.plain_addrs())
            .field("tls", &self.tls_addrs())
            .field("workers", &self.sockets.len())
            .finish()
    }
}

/// One listening socket of a worker, and what its connections speak.
#[derive(Debug)]
pub(crate) struct WorkerSocket {
    pub(crate) socket: Socket,
    pub(crate) tls: Option<Arc<percore_tls::ServerConfig>>,
}

/// Options that follow the settings; applied on bind and again when a reload keeps a socket.
fn apply_options(socket: &Socket, settings: &Settings, cpu: usize) -> std::io::Result<()> {
    // Accepted sockets inherit TCP_NODELAY on Linux: set once here, not per connection.
    socket.set_tcp_nodelay(settings.tcp_nodelay)?;
    // Set either way: a reload that turns it off takes it off the running socket too (the
    // kernel would go on steering by it within the group).
    let wanted = settings.incoming_cpu || settings.steering == Steering::Cpu;
    percore_proactor::net::set_incoming_cpu(socket, wanted.then_some(cpu))?;
    percore_proactor::net::set_tcp_defer_accept(socket, settings.defer_accept.0)?;
    Ok(())
}

/// What a socket shared with the running generation takes from `settings`: its options,
/// its backlog and, through worker 0's socket, its group's steering (set anew: from `cpu` to
/// `hash` takes the running program off, which the kernel would keep).
fn apply_shared(
    socket: &Socket,
    settings: &Settings,
    cpu: usize,
    index: usize,
    cpus: &[usize],
) -> std::io::Result<()> {
    apply_options(socket, settings, cpu)?;
    socket.listen(i32::try_from(settings.backlog).unwrap_or(i32::MAX))?;
    if index == 0 {
        match settings.steering {
            Steering::Cpu => percore_proactor::net::steer_reuseport_by_cpu(&socket.as_fd(), cpus),
            Steering::Hash => percore_proactor::net::unsteer_reuseport(&socket.as_fd()),
        }?;
    }
    Ok(())
}

fn bind_one(
    addr: SocketAddr,
    settings: &Settings,
    cpu: usize,
    listen: bool,
) -> std::io::Result<Socket> {
    let socket = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    socket.set_cloexec(true)?;
    socket.set_reuse_address(true)?;
    socket.set_reuse_port(true)?;
    if addr.is_ipv6() {
        socket.set_only_v6(true)?;
    }
    apply_options(&socket, settings, cpu)?;
    socket.bind(&SockAddr::from(addr))?;
    if listen {
        socket.listen(i32::try_from(settings.backlog).unwrap_or(i32::MAX))?;
    }
    socket.set_nonblocking(true)?;
    Ok(socket)
}

/// Whether two listening addresses take connections for one address and port: the same
/// family (an IPv6 socket here is IPv6 only) and port, and the same IP or either unspecified.
fn overlap(a: &SocketAddr, b: &SocketAddr) -> bool {
    a.is_ipv4() == b.is_ipv4()
        && a.port() == b.port()
        && (a.ip() == b.ip() || a.ip().is_unspecified() || b.ip().is_unspecified())
}

/// Refuses `addr` when a socket of another process listens there already: with
/// `SO_REUSEPORT` the kernel would let ours join its group (any socket of the same user may),
/// and the two servers would share the connections without a word. A socket bound without
/// `SO_REUSEPORT` (with `SO_REUSEADDR`, as ours are, so that connections left in `TIME_WAIT`
/// do not count) fails with `EADDRINUSE` wherever one listens; it is closed unused. What could
/// still slip in is a listener that binds in the microseconds between this probe and our bind.
fn check_unclaimed(addr: SocketAddr) -> std::io::Result<()> {
    let probe = Socket::new(Domain::for_address(addr), Type::STREAM, Some(Protocol::TCP))?;
    probe.set_cloexec(true)?;
    probe.set_reuse_address(true)?;
    if addr.is_ipv6() {
        probe.set_only_v6(true)?;
    }
    match probe.bind(&SockAddr::from(addr)) {
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => Err(std::io::Error::new(
            e.kind(),
            format!(
                "{e}: another socket listens there (when it is another process's with \
                 SO_REUSEPORT, `listen_shared = true` would join it and share its connections)"
            ),
        )),
        other => other,
    }
}

fn bound_port(socket: &Socket) -> u16 {
    socket
        .local_addr()
        .ok()
        .and_then(|a| a.as_socket())
        .map_or(0, |a| a.port())
}

impl Listeners {
    /// Binds every address of `settings` once per worker (`cpus[i]` is worker `i`'s CPU).
    ///
    /// # Errors
    ///
    /// The first failure, naming the worker, its CPU and the address.
    pub fn bind(settings: &Settings, cpus: &[usize]) -> Result<Listeners, StartError> {
        Self::rebind(None, settings, cpus)
    }

    /// Binds for `settings` like [`Listeners::bind`], but keeps every socket of `old` whose
    /// worker slot and configured address are unchanged (a duplicate of the same socket, with
    /// the options of the new settings): its accept queue is never closed, so a reload refuses
    /// and resets nothing there. New slots of an address join its existing port.
    ///
    /// The addresses of `listen` come first, then those of `tls.listen`; the TLS ones serve
    /// nothing until [`Listeners::set_tls`] gives them their certificates.
    ///
    /// # Errors
    ///
    /// As [`Listeners::bind`].
    pub fn rebind(
        old: Option<&Listeners>,
        settings: &Settings,
        cpus: &[usize],
    ) -> Result<Listeners, StartError> {
        let mut sockets: Vec<Vec<Socket>> = cpus.iter().map(|_| Vec::new()).collect();
        let mut pending: Vec<Vec<Pending>> = cpus.iter().map(|_| Vec::new()).collect();
        let all: Vec<SocketAddr> = settings
            .listen
            .iter()
            .chain(&settings.tls.listen)
            .copied()
            .collect();
        let mut addrs = Vec::with_capacity(all.len());
        let mut origins = Vec::with_capacity(all.len());
        let plain = settings.listen.len();
        // The old socket of each address and kind (port 0 may be both plaintext and TLS: each
        // keeps its own).
        let old_indices: Vec<Option<usize>> = all
            .iter()
            .enumerate()
            .map(|(at, &configured)| {
                old.and_then(|o| {
                    let range = match at < plain {
                        true => 0..o.plain,
                        false => o.plain..o.configured.len(),
                    };
                    range.clone().find(|&i| o.configured[i] == configured)
                })
            })
            .collect();
        // Refused before anything is bound (a socket bound and dropped would reset what it
        // queued meanwhile).
        if let Some(o) = old
            && o.sockets.len() != cpus.len()
            && let Some(i) = old_indices
                .iter()
                .flatten()
                .find(|&&i| o.origins[i] == Origin::PerWorker)
        {
            // The manager holds each socket too: one no worker takes would still get its share
            // of new connections, and a new one could not join the group.
            return Err(StartError::Bind {
                worker: WorkerId {
                    index: 0,
                    cpu: cpus[0],
                },
                addr: o.addrs[*i],
                source: std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    "passed once per worker by the service manager: workers cannot change on a reload (restart, with as many sockets as workers)",
                ),
            });
        }
        for (at, &configured) in all.iter().enumerate() {
            let old_index = old_indices[at];
            let mut addr = match (old, old_index) {
                // Join the port the address already has.
                (Some(o), Some(i)) => o.addrs[i],
                _ => configured,
            };
            let origin = match (old, old_index) {
                (Some(o), Some(i)) => o.origins[i],
                _ => Origin::Bound,
            };
            for (index, &cpu) in cpus.iter().enumerate() {
                let worker = WorkerId { index, cpu };
                let fail = |source| StartError::Bind {
                    worker,
                    addr,
                    source,
                };
                let kept = match (old, old_index) {
                    (Some(o), Some(i)) if index < o.sockets.len() => Some(&o.sockets[index][i]),
                    _ => None,
                };
                // A new slot of a socket every worker shares takes a duplicate too.
                let kept = match (old, old_index) {
                    (Some(o), Some(i)) if origin == Origin::Shared => {
                        kept.or(Some(&o.sockets[0][i]))
                    }
                    _ => kept,
                };
                let (socket, then) = match (kept, old_index) {
                    // The running generation's socket: its options change at `commit`, once
                    // this generation has started, so that a reload that fails leaves them.
                    (Some(s), _) => (s.try_clone().map_err(fail)?, Pending::Options),
                    // A new worker slot at a running address: it listens at `commit`.
                    (None, Some(_)) => (
                        bind_one(addr, settings, cpu, false).map_err(fail)?,
                        Pending::Listen,
                    ),
                    (None, None) => {
                        // A new address must be nobody else's, unless sharing is asked for.
                        // Port 0 is a fresh port; an address that overlaps one of ours (the
                        // running generation's, or one bound just before: 0.0.0.0:80 beside
                        // 127.0.0.1:80) would find our own socket there.
                        let running = old
                            .map(|o| &o.addrs[..])
                            .unwrap_or_default()
                            .iter()
                            .any(|a| overlap(a, &addr));
                        let ours = running || addrs.iter().any(|a| overlap(a, &addr));
                        if index == 0 && addr.port() != 0 && !ours && !settings.listen_shared {
                            check_unclaimed(addr).map_err(fail)?;
                        }
                        // Where the running generation listens (the same address of the
                        // other kind, plaintext turned TLS or back, or one overlapping it):
                        // listening now would take its connections for a generation that
                        // does not accept yet, and reset them if it fails to start. It
                        // listens at `commit`.
                        let then = match running {
                            true => Pending::Listen,
                            false => Pending::Nothing,
                        };
                        (bind_one(addr, settings, cpu, !running).map_err(fail)?, then)
                    }
                };
                if addr.port() == 0 {
                    // Port 0: the first worker picks the port, the others join it.
                    addr.set_port(bound_port(&socket));
                }
                sockets[index].push(socket);
                pending[index].push(then);
            }
            let first_kept = pending.first().and_then(|k| k.last()) == Some(&Pending::Options);
            if settings.steering == Steering::Cpu
                && !first_kept
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
            origins.push(origin);
        }
        Ok(Listeners {
            sockets,
            configured: all,
            addrs,
            plain,
            tls: None,
            pending,
            applied: Mutex::new(None),
            previous: old.and_then(Listeners::applied),
            origins,
        })
    }

    /// What the last commit that succeeded applied.
    fn applied(&self) -> Option<Applied> {
        self.applied
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Does what waits until the workers these listeners are for have all set up, before
    /// they accept: the sockets kept from the running generation take the new options,
    /// backlog and CPU steering (shared with it, they are left as they were by a reload that
    /// fails before this), then new sockets at its addresses start listening (joining their
    /// `SO_REUSEPORT` group). Called by the pool once; a second call does it again.
    ///
    /// All or nothing for the running generation: when the kernel refuses something part
    /// way, the kept sockets changed so far are put back as the running generation's last
    /// commit left them (a failure to put one back is logged), and no new socket has joined
    /// a group unless one of those `listen`s was refused.
    ///
    /// # Errors
    ///
    /// The first option the kernel refuses, naming the worker and the address.
    pub(crate) fn commit(
        &self,
        settings: &Arc<Settings>,
        cpus: &[usize],
    ) -> Result<(), StartError> {
        let mut changed = Vec::new();
        let done = self
            .commit_kept(settings, cpus, &mut changed)
            .and_then(|()| self.commit_new(settings, cpus));
        match done {
            Ok(()) => {
                *self.applied.lock().unwrap_or_else(PoisonError::into_inner) = Some(Applied {
                    settings: settings.clone(),
                    cpus: cpus.to_vec(),
                });
                Ok(())
            }
            Err(e) => {
                self.put_back(&changed);
                Err(e)
            }
        }
    }

    /// The sockets `at` (worker, address) of this generation, with the error that names them.
    fn each(
        &self,
        cpus: &[usize],
        then: Pending,
    ) -> impl Iterator<Item = (usize, usize, &Socket, impl Fn(std::io::Error) -> StartError)> {
        self.sockets.iter().zip(&self.pending).enumerate().flat_map(
            move |(index, (sockets, pending))| {
                let cpu = cpus.get(index).copied().unwrap_or(0);
                sockets
                    .iter()
                    .zip(pending)
                    .zip(&self.addrs)
                    .enumerate()
                    .filter(move |(_, ((_, p), _))| **p == then)
                    .map(move |(at, ((socket, _), &addr))| {
                        let fail = move |source| StartError::Bind {
                            worker: WorkerId { index, cpu },
                            addr,
                            source,
                        };
                        (index, at, socket, fail)
                    })
            },
        )
    }

    /// The first pass of [`Listeners::commit`]: the running generation's sockets take the
    /// new settings; each is noted in `changed` before it is touched.
    fn commit_kept(
        &self,
        settings: &Settings,
        cpus: &[usize],
        changed: &mut Vec<(usize, usize)>,
    ) -> Result<(), StartError> {
        for (index, at, socket, fail) in self.each(cpus, Pending::Options) {
            changed.push((index, at));
            let cpu = cpus.get(index).copied().unwrap_or(0);
            apply_shared(socket, settings, cpu, index, cpus).map_err(fail)?;
        }
        Ok(())
    }

    /// The second pass of [`Listeners::commit`]: new sockets at running addresses listen.
    fn commit_new(&self, settings: &Settings, cpus: &[usize]) -> Result<(), StartError> {
        let backlog = i32::try_from(settings.backlog).unwrap_or(i32::MAX);
        for (_, _, socket, fail) in self.each(cpus, Pending::Listen) {
            socket.listen(backlog).map_err(fail)?;
        }
        Ok(())
    }

    /// Puts the running generation's sockets in `changed` back as its last commit left them.
    fn put_back(&self, changed: &[(usize, usize)]) {
        if changed.is_empty() {
            return;
        }
        let Some(previous) = &self.previous else {
            // Sockets from the service manager, never committed by percore: what they had
            // is not known.
            tracing::warn!(
                "the running listeners keep the options of the failed start: what they had before is not known"
            );
            return;
        };
        for &(index, at) in changed {
            let socket = &self.sockets[index][at];
            let cpu = previous.cpus.get(index).copied().unwrap_or(0);
            if let Err(e) = apply_shared(socket, &previous.settings, cpu, index, &previous.cpus) {
                tracing::warn!(
                    addr = %self.addrs[at],
                    worker = index,
                    "a running listener could not be put back as it was: {e}"
                );
            }
        }
    }

    /// Gives the TLS addresses their configuration (certificates, protocols): from now on,
    /// workers started with these listeners handshake every connection accepted there.
    pub fn set_tls(&mut self, config: Arc<percore_tls::ServerConfig>) {
        self.tls = Some(config);
    }

    /// Sockets handed over by a service manager (systemd socket activation), for `workers`
    /// workers. Read by address: an address passed once is shared by every worker (each gets
    /// a duplicate); an address passed once per worker gives each worker its own socket (a
    /// `SO_REUSEPORT` group made by the unit), in the order passed.
    ///
    /// # Errors
    ///
    /// `InvalidInput` when an address is passed neither once nor once per worker, or a socket
    /// is not an IP socket; the error of `dup`.
    pub fn from_inherited(inherited: Vec<Socket>, workers: usize) -> std::io::Result<Listeners> {
        let invalid = |m: String| std::io::Error::new(std::io::ErrorKind::InvalidInput, m);
        let mut by_addr: Vec<(SocketAddr, Vec<Socket>)> = Vec::new();
        for socket in inherited {
            let addr = socket
                .local_addr()
                .ok()
                .and_then(|a| a.as_socket())
                .ok_or_else(|| invalid("an inherited socket is not an IP socket".into()))?;
            socket.set_nonblocking(true)?;
            match by_addr.iter_mut().find(|(a, _)| *a == addr) {
                Some((_, group)) => group.push(socket),
                None => by_addr.push((addr, vec![socket])),
            }
        }
        let mut sockets: Vec<Vec<Socket>> = (0..workers).map(|_| Vec::new()).collect();
        for (addr, group) in &by_addr {
            match group.len() {
                1 => {
                    for w in &mut sockets {
                        w.push(group[0].try_clone()?);
                    }
                }
                n if n == workers => {
                    for (w, s) in sockets.iter_mut().zip(group) {
                        w.push(s.try_clone()?);
                    }
                }
                n => {
                    return Err(invalid(format!(
                        "{addr} was passed {n} times: pass it once (shared) or once per worker ({workers})"
                    )));
                }
            }
        }
        let addrs: Vec<SocketAddr> = by_addr.iter().map(|(a, _)| *a).collect();
        let origins = by_addr
            .iter()
            .map(|(_, group)| match group.len() {
                1 => Origin::Shared,
                _ => Origin::PerWorker,
            })
            .collect();
        Ok(Listeners {
            pending: sockets
                .iter()
                .map(|w| vec![Pending::Nothing; w.len()])
                .collect(),
            sockets,
            configured: addrs.clone(),
            plain: addrs.len(),
            addrs,
            tls: None,
            applied: Mutex::new(None),
            previous: None,
            origins,
        })
    }

    /// Stops the sockets this start bound and set listening (a new address of a reload)
    /// from listening, for a start that failed or was given up: a worker of it stuck in its
    /// set-up, and left behind, still holds a duplicate of each, which would otherwise keep
    /// the address taking connections nobody accepts (clients hang, not refused) and make
    /// the next reload that adds it find it taken. `shutdown(SHUT_RD)` of a listening socket
    /// ends its listening for every descriptor of it (what it queued is reset). Sockets of
    /// the running generation, and those a service manager passed, are left as they are.
    pub(crate) fn abandon_new(&self) {
        // A socket that was to join a running address's group at the commit, and may have
        // (a commit that failed part way), leaves it the same way.
        self.stop_listening_where(|_, then| then != Pending::Options);
    }

    /// Shuts down for reading (which ends the listening of every descriptor of it) each
    /// socket percore bound here for which `stop` says so; those a service manager passed
    /// are left alone.
    fn stop_listening_where(&self, stop: impl Fn(&Socket, Pending) -> bool) {
        for (worker, pending) in self.sockets.iter().zip(&self.pending) {
            for ((socket, then), origin) in worker.iter().zip(pending).zip(&self.origins) {
                if *origin == Origin::Bound && stop(socket, *then) {
                    let _ = socket.shutdown(std::net::Shutdown::Read);
                }
            }
        }
    }

    /// Each socket's identity (its inode in the kernel's socket file system): the same for
    /// every descriptor of one socket, whichever generation holds it. `None` when one cannot
    /// be read: nothing can then be told apart safely.
    pub(crate) fn socket_ids(&self) -> Option<Vec<u64>> {
        self.sockets.iter().flatten().map(socket_id).collect()
    }

    /// Stops listening, for every descriptor of them, the sockets percore bound here that
    /// are not among `keep` (identities from [`Listeners::socket_ids`]); those a service
    /// manager passed are left alone (it keeps them for the next start), and so is one whose
    /// identity cannot be read.
    pub(crate) fn stop_listening_except(&self, keep: &[u64]) {
        self.stop_listening_where(|socket, _| {
            socket_id(socket).is_some_and(|id| !keep.contains(&id))
        });
    }

    /// No sockets at all.
    pub(crate) fn empty() -> Listeners {
        Listeners {
            sockets: Vec::new(),
            configured: Vec::new(),
            addrs: Vec::new(),
            plain: 0,
            tls: None,
            pending: Vec::new(),
            applied: Mutex::new(None),
            previous: None,
            origins: Vec::new(),
        }
    }

    /// Every bound address (port 0 resolved), in configuration order: those of `listen`, then
    /// those of `tls.listen`.
    pub fn addrs(&self) -> &[SocketAddr] {
        &self.addrs
    }

    /// The plaintext addresses.
    pub fn plain_addrs(&self) -> &[SocketAddr] {
        &self.addrs[..self.plain]
    }

    /// The TLS addresses.
    pub fn tls_addrs(&self) -> &[SocketAddr] {
        &self.addrs[self.plain..]
    }

    /// Number of worker slots.
    pub fn workers(&self) -> usize {
        self.sockets.len()
    }

    /// Duplicates of worker `index`'s sockets, for its thread, each with the TLS
    /// configuration of its address (`None` for plaintext ones).
    pub(crate) fn dup_for(&self, index: usize) -> std::io::Result<Vec<WorkerSocket>> {
        self.dup_where(index, |_| true)
    }

    /// Duplicates of worker `index`'s sockets that it holds alone (not one socket every
    /// worker shares): for a sibling to accept from while worker `index` is down.
    pub(crate) fn dup_own_for(&self, index: usize) -> std::io::Result<Vec<WorkerSocket>> {
        self.dup_where(index, |origin| origin != Origin::Shared)
    }

    fn dup_where(
        &self,
        index: usize,
        keep: impl Fn(Origin) -> bool,
    ) -> std::io::Result<Vec<WorkerSocket>> {
        self.sockets[index]
            .iter()
            .enumerate()
            .filter(|&(i, _)| keep(self.origins[i]))
            .map(|(i, s)| {
                let tls = match (i < self.plain, &self.tls) {
                    (true, _) => None,
                    (false, Some(config)) => Some(config.clone()),
                    (false, None) => {
                        return Err(std::io::Error::new(
                            std::io::ErrorKind::InvalidInput,
                            format!("{} is a TLS address with no certificate", self.addrs[i]),
                        ));
                    }
                };
                Ok(WorkerSocket {
                    socket: s.try_clone()?,
                    tls,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(tcp_nodelay: bool, steering: Steering) -> Arc<Settings> {
        Arc::new(Settings {
            listen: vec!["127.0.0.1:0".parse().unwrap()],
            tcp_nodelay,
            steering,
            ..Settings::default()
        })
    }

    /// A listening socket on a free loopback port, with `SO_REUSEPORT` or without.
    fn listening(addr: SocketAddr, reuse_port: bool) -> Socket {
        let socket = Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
        // As servers (and systemd's sockets) set it.
        socket.set_reuse_address(true).unwrap();
        socket.set_reuse_port(reuse_port).unwrap();
        socket.bind(&addr.into()).unwrap();
        socket.listen(16).unwrap();
        socket
    }

    fn listening_on(addr: SocketAddr) -> Arc<Settings> {
        Arc::new(Settings {
            listen: vec![addr],
            ..Settings::default()
        })
    }

    #[test]
    fn a_socket_passed_once_is_shared_by_the_workers_a_reload_adds() {
        // As systemd passes it: no SO_REUSEPORT, so a second socket could not bind there.
        let passed = listening("127.0.0.1:0".parse().unwrap(), false);
        let addr = passed.local_addr().unwrap().as_socket().unwrap();
        let old = Listeners::from_inherited(vec![passed], 1).unwrap();
        let new = Listeners::rebind(Some(&old), &listening_on(addr), &[0, 1]).unwrap();
        // Both workers accept from the one queue.
        let _client = std::net::TcpStream::connect(addr).unwrap();
        for w in 0..2 {
            let socket = &new.sockets[w][0];
            assert_eq!(socket.local_addr().unwrap().as_socket(), Some(addr));
        }
        let (accepted, _) = new.sockets[1][0].accept().unwrap();
        drop(accepted);
        // And fewer again.
        Listeners::rebind(Some(&new), &listening_on(addr), &[0]).unwrap();
    }

    #[test]
    fn sockets_passed_once_per_worker_refuse_another_number_of_workers() {
        let first = listening("127.0.0.1:0".parse().unwrap(), true);
        let addr = first.local_addr().unwrap().as_socket().unwrap();
        let second = listening(addr, true);
        let old = Listeners::from_inherited(vec![first, second], 2).unwrap();
        // The same number: kept.
        Listeners::rebind(Some(&old), &listening_on(addr), &[0, 1]).unwrap();
        for cpus in [&[0][..], &[0, 1, 0]] {
            let Err(StartError::Bind { source, .. }) =
                Listeners::rebind(Some(&old), &listening_on(addr), cpus)
            else {
                panic!(
                    "{} workers on {addr}, passed for 2, was not refused",
                    cpus.len()
                );
            };
            assert!(
                source
                    .to_string()
                    .contains("workers cannot change on a reload"),
                "{source}"
            );
        }
    }

    #[test]
    fn an_address_another_socket_listens_on_is_refused_even_with_so_reuseport() {
        for reuse_port in [true, false] {
            let foreign = listening("127.0.0.1:0".parse().unwrap(), reuse_port);
            let taken = foreign.local_addr().unwrap().as_socket().unwrap();
            let Err(StartError::Bind { addr, source, .. }) =
                Listeners::bind(&listening_on(taken), &[0, 1])
            else {
                panic!("{taken}, listened on elsewhere (SO_REUSEPORT {reuse_port}), was joined");
            };
            assert_eq!(
                (addr, source.kind()),
                (taken, std::io::ErrorKind::AddrInUse)
            );
            // A reload that adds it is refused as well.
            let own = Listeners::bind(&settings(false, Steering::Hash), &[0]).unwrap();
            let both = Arc::new(Settings {
                listen: vec![own.addrs[0], taken],
                ..Settings::default()
            });
            let Err(StartError::Bind { addr, .. }) = Listeners::rebind(Some(&own), &both, &[0])
            else {
                panic!("a reload joined {taken}");
            };
            assert_eq!(addr, taken);
            // Our own port, under another address of it, is not "taken": a reload from
            // 0.0.0.0 to 127.0.0.1 on the same port goes through.
            let wide = Listeners::bind(&listening_on("0.0.0.0:0".parse().unwrap()), &[0]).unwrap();
            let narrow = SocketAddr::from(([127, 0, 0, 1], wide.addrs[0].port()));
            Listeners::rebind(Some(&wide), &listening_on(narrow), &[0, 1]).unwrap();
        }
        // Addresses of one start that overlap each other are ours, not taken.
        let free = Listeners::bind(&listening_on("0.0.0.0:0".parse().unwrap()), &[0]).unwrap();
        let port = free.addrs[0].port();
        drop(free);
        let both = Arc::new(Settings {
            listen: vec![
                SocketAddr::from(([0, 0, 0, 0], port)),
                SocketAddr::from(([127, 0, 0, 1], port)),
            ],
            ..Settings::default()
        });
        let own = Listeners::bind(&both, &[0, 1]).expect("0.0.0.0 and 127.0.0.1 on one port");
        drop(own);
        // Our port on one address does not make the same port on another address ours.
        let own = Listeners::bind(&listening_on("127.0.0.1:0".parse().unwrap()), &[0]).unwrap();
        let other = SocketAddr::from(([127, 0, 0, 2], own.addrs[0].port()));
        let foreign = listening(other, true);
        let grown = Arc::new(Settings {
            listen: vec![own.addrs[0], other],
            ..Settings::default()
        });
        let Err(StartError::Bind { addr, .. }) = Listeners::rebind(Some(&own), &grown, &[0]) else {
            panic!("a reload joined {other}, another process's, on our port");
        };
        assert_eq!(addr, other);
        drop(foreign);
        // Asked for, the port is shared.
        let foreign = listening("127.0.0.1:0".parse().unwrap(), true);
        let taken = foreign.local_addr().unwrap().as_socket().unwrap();
        let shared = Arc::new(Settings {
            listen: vec![taken],
            listen_shared: true,
            ..Settings::default()
        });
        Listeners::bind(&shared, &[0, 1]).expect("listen_shared joins the group");
        // Connections left in TIME_WAIT by a server gone do not hold the port.
        let gone = listening("127.0.0.1:0".parse().unwrap(), true);
        let addr = gone.local_addr().unwrap().as_socket().unwrap();
        let client = std::net::TcpStream::connect(addr).unwrap();
        let (served, _) = gone.accept().unwrap();
        // The server closes first: its side waits in TIME_WAIT.
        drop(served);
        drop(gone);
        let mut byte = [0u8; 1];
        assert_eq!(std::io::Read::read(&mut &client, &mut byte).unwrap(), 0);
        drop(client);
        Listeners::bind(&listening_on(addr), &[0, 1]).expect("a port with TIME_WAIT only");
    }

    #[test]
    fn an_address_that_turns_tls_on_a_reload_listens_only_at_the_commit() {
        let running = settings(false, Steering::Hash);
        let old = Listeners::bind(&running, &[0]).unwrap();
        old.commit(&running, &[0]).unwrap();
        let addr = old.addrs()[0];
        // The same address, now for TLS (and back): a new socket, as the kinds keep theirs.
        let mut tls = Settings {
            listen: Vec::new(),
            ..Settings::clone(&running)
        };
        tls.tls.listen = vec![addr];
        let tls = Arc::new(tls);
        let new = Listeners::rebind(Some(&old), &tls, &[0]).unwrap();
        assert_eq!(new.tls_addrs(), vec![addr]);
        let socket = &new.sockets[0][0];
        // Listening now, it would take a share of the running generation's connections
        // before its own generation accepts any.
        assert!(
            !socket.is_listener().unwrap(),
            "listening before the commit"
        );
        new.commit(&tls, &[0]).unwrap();
        assert!(socket.is_listener().unwrap());
        let back = Listeners::rebind(Some(&new), &listening_on(addr), &[0]).unwrap();
        assert!(!back.sockets[0][0].is_listener().unwrap());
    }

    #[test]
    fn sockets_a_stuck_worker_holds_stop_listening_unless_the_running_generation_holds_them() {
        // The running generation: two workers at one address, committed (listening).
        let running = settings(false, Steering::Hash);
        let old = Listeners::bind(&running, &[0, 1]).unwrap();
        old.commit(&running, &[0, 1]).unwrap();
        // A reload to one worker reuses worker 0's socket; a start of it failed with a worker
        // stuck, holding its duplicates (and worker 1's socket is the old generation's
        // alone, once that drains).
        let stuck = Listeners::rebind(Some(&old), &running, &[0]).unwrap();
        let kept = Listeners::rebind(Some(&old), &running, &[0]).unwrap();
        let kept_ids = kept.socket_ids().unwrap();
        assert_eq!(
            stuck.socket_ids().unwrap(),
            kept_ids,
            "the same sockets, reused"
        );
        // Released against the generation that runs now: what it holds listens on.
        stuck.stop_listening_except(&kept_ids);
        assert!(old.sockets[0][0].is_listener().unwrap());
        // Against the old generation's sockets but worker 0's: worker 1's stops, for
        // every descriptor of it.
        old.stop_listening_except(&kept_ids);
        assert!(old.sockets[0][0].is_listener().unwrap());
        assert!(!old.sockets[1][0].is_listener().unwrap());
        // Nothing running (a stop): none listens.
        stuck.stop_listening_except(&[]);
        assert!(!old.sockets[0][0].is_listener().unwrap());
    }

    #[test]
    fn a_commit_that_fails_part_way_puts_the_running_sockets_back() {
        let running = settings(false, Steering::Hash);
        let old = Listeners::bind(&running, &[0]).unwrap();
        old.commit(&running, &[0]).unwrap();
        // The reload keeps the socket; its new options go on, then its steering is refused
        // (a program covers 255 CPUs at most).
        let next = settings(true, Steering::Cpu);
        let new = Listeners::rebind(Some(&old), &next, &[0]).unwrap();
        assert!(new.commit(&next, &[0; 256]).is_err());
        let socket = &old.sockets[0][0];
        assert!(
            !socket.tcp_nodelay().unwrap(),
            "the running socket kept the failed start's option"
        );
        // And a commit that succeeds applies them.
        new.commit(&next, &[0]).unwrap();
        assert!(socket.tcp_nodelay().unwrap());
    }
}
