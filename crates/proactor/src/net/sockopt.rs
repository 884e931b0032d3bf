//! Socket options socket2 does not wrap (or not all of): `TCP_DEFER_ACCEPT`,
//! `SO_INCOMING_CPU` cleared, and CPU steering of a
//! `SO_REUSEPORT` group.

use std::io;
use std::os::fd::{AsFd, AsRawFd};
use std::time::Duration;

use crate::sys::syscall;

fn setsockopt<T>(socket: &impl AsFd, level: i32, name: i32, value: &T) -> io::Result<()> {
    let fd = socket.as_fd().as_raw_fd();
    let len = size_of::<T>() as libc::socklen_t;
    // setsockopt reads `len` bytes at `value`, a live reference to a `T` of that size.
    syscall!(setsockopt(fd, level, name, (value as *const T).cast(), len)).map(drop)
}

/// `TCP_DEFER_ACCEPT`: the listener hands a connection to `accept` only once data has
/// arrived on it (or after `timeout`, rounded up to whole seconds). Zero turns it off.
///
/// # Errors
///
/// The error of `setsockopt`.
pub fn set_tcp_defer_accept(listener: &impl AsFd, timeout: Duration) -> io::Result<()> {
    setsockopt(
        listener,
        libc::IPPROTO_TCP,
        libc::TCP_DEFER_ACCEPT,
        &whole_seconds_up(timeout),
    )
}

/// `timeout` in seconds, rounded up (so that no wait is shorter than asked), at most
/// `c_int::MAX`.
fn whole_seconds_up(timeout: Duration) -> libc::c_int {
    let secs = timeout
        .as_secs()
        .saturating_add(u64::from(timeout.subsec_nanos() > 0));
    libc::c_int::try_from(secs).unwrap_or(libc::c_int::MAX)
}

/// `SO_INCOMING_CPU`: the CPU a listener prefers to take its connections from (Linux 6.2
/// picks, within a `SO_REUSEPORT` group, the socket of the CPU a connection arrived on), or
/// `None` for no preference (`-1`: a socket that had one leaves the group's CPU-aware choice,
/// which the kernel keeps otherwise).
///
/// # Errors
///
/// The error of `setsockopt`.
pub fn set_incoming_cpu(socket: &impl AsFd, cpu: Option<usize>) -> io::Result<()> {
    if let Some(cpu) = cpu {
        return socket2::SockRef::from(socket).set_cpu_affinity(cpu);
    }
    // What socket2 cannot write: -1, no preference.
    match setsockopt(socket, libc::SOL_SOCKET, libc::SO_INCOMING_CPU, &-1) {
        // A kernel without the option (before 4.4) has no preference to clear.
        Err(e) if e.raw_os_error() == Some(libc::ENOPROTOOPT) => Ok(()),
        other => other,
    }
}

/// Steers each new connection of a `SO_REUSEPORT` group to the socket of the CPU that
/// received it: attaches a classic BPF program (`SO_ATTACH_REUSEPORT_CBPF`, Linux 4.5) to the
/// group through `member`, mapping the receiving CPU `cpus[i]` to the group's `i`-th socket
/// (sockets number in the order they joined the group). A CPU not listed falls back to the
/// kernel's hash.
///
/// # Errors
///
/// `InvalidInput` for more than 255 CPUs (the program's jump offsets are 8 bits); the error of
/// `setsockopt`.
pub fn steer_reuseport_by_cpu(member: &impl AsFd, cpus: &[usize]) -> io::Result<()> {
    if cpus.is_empty() || cpus.len() > 255 {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            "CPU steering covers 1 to 255 sockets",
        ));
    }
    let stmt = |code: u32, k: u32| libc::sock_filter {
        code: code as u16,
        jt: 0,
        jf: 0,
        k,
    };
    // A = the CPU the packet arrived on.
    let mut prog = vec![stmt(
        libc::BPF_LD | libc::BPF_W | libc::BPF_ABS,
        (libc::SKF_AD_OFF + libc::SKF_AD_CPU) as u32,
    )];
    for (index, &cpu) in cpus.iter().enumerate() {
        // if A == cpu: return index; else skip the return.
        prog.push(libc::sock_filter {
            code: (libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K) as u16,
            jt: 0,
            jf: 1,
            k: cpu as u32,
        });
        prog.push(stmt(libc::BPF_RET | libc::BPF_K, index as u32));
    }
    // An index past the group makes the kernel use its hash.
    prog.push(stmt(libc::BPF_RET | libc::BPF_K, u32::MAX));
    let fprog = libc::sock_fprog {
        len: prog.len() as u16,
        filter: prog.as_mut_ptr(),
    };
    setsockopt(
        member,
        libc::SOL_SOCKET,
        libc::SO_ATTACH_REUSEPORT_CBPF,
        &fprog,
    )
}

/// Undoes [`steer_reuseport_by_cpu`]: detaches the group's program
/// (`SO_DETACH_REUSEPORT_BPF`, Linux 5.3), so that the kernel's hash spreads connections
/// again. A group without one, or a socket in none (no `SO_REUSEPORT`: an inherited one, say),
/// is left as it is; so is a group on a kernel before 5.3, which has no way to take a program
/// off (its steering stays until the group's sockets close).
///
/// # Errors
///
/// The error of `setsockopt`.
pub fn unsteer_reuseport(member: &impl AsFd) -> io::Result<()> {
    match setsockopt(member, libc::SOL_SOCKET, libc::SO_DETACH_REUSEPORT_BPF, &0) {
        // ENOENT: no program; EINVAL: not a `SO_REUSEPORT` socket, so in no group;
        // ENOPROTOOPT: a kernel before 5.3, nothing to take it off with.
        Err(e)
            if matches!(
                e.raw_os_error(),
                Some(libc::ENOENT | libc::EINVAL | libc::ENOPROTOOPT)
            ) =>
        {
            Ok(())
        }
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_are_accepted() {
        let a = socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
        a.set_reuse_port(true).unwrap();
        a.bind(
            &"127.0.0.1:0"
                .parse::<std::net::SocketAddr>()
                .unwrap()
                .into(),
        )
        .unwrap();
        a.listen(16).unwrap();
        set_tcp_defer_accept(&a, Duration::from_secs(5)).unwrap();
        set_tcp_defer_accept(&a, Duration::ZERO).unwrap();
        steer_reuseport_by_cpu(&a, &[0, 1]).unwrap();
        assert!(steer_reuseport_by_cpu(&a, &[]).is_err());
        // Taken off, then again with none attached (ENOENT): both fine.
        unsteer_reuseport(&a).unwrap();
        unsteer_reuseport(&a).unwrap();
        set_incoming_cpu(&a, Some(0)).unwrap();
        assert_eq!(a.cpu_affinity().unwrap(), 0);
        set_incoming_cpu(&a, None).unwrap();
        assert_eq!(a.cpu_affinity().unwrap(), usize::MAX, "-1: no preference");
        // A socket in no `SO_REUSEPORT` group (EINVAL) has nothing to take off.
        let plain =
            socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).unwrap();
        unsteer_reuseport(&plain).unwrap();
    }

    #[test]
    fn the_defer_accept_wait_is_rounded_up_to_whole_seconds() {
        let ms = Duration::from_millis;
        assert_eq!(whole_seconds_up(Duration::ZERO), 0);
        assert_eq!(whole_seconds_up(ms(1)), 1);
        assert_eq!(whole_seconds_up(ms(1000)), 1);
        assert_eq!(whole_seconds_up(ms(1500)), 2);
        assert_eq!(whole_seconds_up(Duration::MAX), libc::c_int::MAX);
    }
}
