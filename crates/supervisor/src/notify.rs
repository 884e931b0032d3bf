//! sd_notify: telling systemd (or whatever set `NOTIFY_SOCKET`) about readiness, reloads and
//! shutdown.

use std::os::unix::net::{SocketAddr, UnixDatagram};

/// A connection to the service manager's notification socket, when there is one.
#[derive(Debug)]
pub(crate) struct Notifier {
    socket: Option<(UnixDatagram, SocketAddr)>,
}

fn address(path: &str) -> std::io::Result<SocketAddr> {
    match path.strip_prefix('@') {
        Some(name) => {
            use std::os::linux::net::SocketAddrExt;
            SocketAddr::from_abstract_name(name.as_bytes())
        }
        None => SocketAddr::from_pathname(path),
    }
}

impl Notifier {
    /// From `NOTIFY_SOCKET`; a no-op when it is unset or unusable.
    pub(crate) fn from_env() -> Notifier {
        let socket = std::env::var("NOTIFY_SOCKET").ok().and_then(|path| {
            let addr = address(&path)
                .map_err(|e| tracing::warn!("NOTIFY_SOCKET={path} is unusable: {e}"))
                .ok()?;
            let socket = UnixDatagram::unbound()
                .map_err(|e| tracing::warn!("cannot notify the service manager: {e}"))
                .ok()?;
            Some((socket, addr))
        });
        Notifier { socket }
    }

    /// Sends one notification (lines of `KEY=VALUE`).
    pub(crate) fn send(&self, message: &str) {
        if let Some((socket, addr)) = &self.socket
            && let Err(e) = socket.send_to_addr(message.as_bytes(), addr)
        {
            tracing::debug!("sd_notify failed: {e}");
        }
    }

    /// Every worker accepts.
    pub(crate) fn ready(&self, status: &str) {
        self.send(&format!("READY=1\nSTATUS={status}"));
    }

    /// A reload starts (systemd wants the monotonic clock with it).
    pub(crate) fn reloading(&self) {
        let now = percore_proactor::time::monotonic_micros();
        self.send(&format!(
            "RELOADING=1\nMONOTONIC_USEC={now}\nSTATUS=reloading"
        ));
    }

    /// Shutdown starts.
    pub(crate) fn stopping(&self, status: &str) {
        self.send(&format!("STOPPING=1\nSTATUS={status}"));
    }

    /// A status line.
    pub(crate) fn status(&self, status: &str) {
        self.send(&format!("STATUS={status}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sends_to_a_path_socket() {
        let dir = std::env::temp_dir().join(format!("percore-notify-{}", std::process::id()));
        let _ = std::fs::remove_file(&dir);
        let server = UnixDatagram::bind(&dir).unwrap();
        let n = Notifier {
            socket: Some((
                UnixDatagram::unbound().unwrap(),
                address(dir.to_str().unwrap()).unwrap(),
            )),
        };
        n.ready("2 workers");
        let mut buf = [0u8; 256];
        let len = server.recv(&mut buf).unwrap();
        assert_eq!(&buf[..len], b"READY=1\nSTATUS=2 workers");
        n.reloading();
        let len = server.recv(&mut buf).unwrap();
        let text = std::str::from_utf8(&buf[..len]).unwrap();
        assert!(text.starts_with("RELOADING=1\nMONOTONIC_USEC="), "{text}");
        std::fs::remove_file(&dir).unwrap();
    }

    #[test]
    fn abstract_names_parse() {
        assert!(address("@percore/notify").is_ok());
    }
}
