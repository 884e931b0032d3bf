//! Whether a file a server appends to (its log, an access log) can be, checked before it
//! starts: so that `--check-config` reports it with its key and line, rather than every
//! write failing once it serves.

use std::fs::OpenOptions;
use std::io;
use std::path::Path;

use crate::ConfigError;

/// Pushes an error under `key` when `path` could not be appended to: its directory does not
/// exist, it is a directory, it exists and this process may not append to it, or it is
/// missing and `may_create` says this process may not create files in its directory
/// (`EACCES`, `EROFS`; another error lets it pass). Checked as the user running the check:
/// run it as the service's user. A missing file is not created (run as root, that would leave
/// a file the service's user could not open); a FIFO or a device (`/dev/stdout`) is left
/// alone (opening a FIFO with no reader would block). For a relative path the directory is
/// the working directory: `/` for a service systemd starts without `WorkingDirectory=`,
/// which only root may write and `ProtectSystem=strict` makes read-only. The servers pass
/// `percore_proactor::fs::may_create_in` (`faccessat(2)`, a call this crate does not make).
pub fn check_append_file_with(
    key: &str,
    path: &Path,
    may_create: &dyn Fn(&Path) -> io::Result<()>,
    errors: &mut Vec<ConfigError>,
) {
    let opened = match std::fs::metadata(path) {
        Ok(m) if m.is_file() => OpenOptions::new().append(true).open(path).map(drop),
        Ok(m) if m.is_dir() => Err(io::Error::other("it is a directory")),
        Ok(_) => return,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let dir = path
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let problem = if !dir.is_dir() {
                Some("its directory does not exist".to_string())
            } else {
                // Only a refusal counts: another error says the check itself could not be made
                // (a seccomp filter's EPERM for a system call it does not know, ENOSYS).
                may_create(dir)
                    .err()
                    .filter(|e| matches!(e.raw_os_error(), Some(EACCES | EROFS)))
                    .map(|e| {
                        format!(
                            "it is missing, and no file can be made in {}: {e}",
                            dir.display()
                        )
                    })
            };
            if let Some(problem) = problem {
                errors.push(ConfigError::new(
                    key,
                    format!("cannot create {}: {problem}", path.display()),
                ));
            }
            return;
        }
        // Whether it exists may itself be unknowable (a directory on the way closed to this
        // user).
        Err(e) => Err(e),
    };
    if let Err(e) = opened {
        errors.push(ConfigError::new(
            key,
            format!("cannot open {} to append to it: {e}", path.display()),
        ));
    }
}

/// Linux's `EACCES` and `EROFS` (the same on every architecture).
const EACCES: i32 = 13;
const EROFS: i32 = 30;

#[cfg(test)]
mod tests {
    use super::*;

    fn check(path: &Path) -> Vec<String> {
        let mut errors = Vec::new();
        check_append_file_with("log", path, &|_| Ok(()), &mut errors);
        errors.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn a_file_that_cannot_be_appended_to_is_reported() {
        let dir = std::env::temp_dir().join(format!("percore-append-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("a.log");
        // Missing, in a directory that exists: created later, not now.
        assert!(check(&file).is_empty());
        assert!(!file.exists());
        std::fs::write(&file, "").unwrap();
        assert!(check(&file).is_empty());
        let errors = check(&dir);
        assert!(errors[0].contains("is a directory"), "{errors:?}");
        let errors = check(&dir.join("missing/a.log"));
        assert!(errors[0].contains("does not exist"), "{errors:?}");
        assert!(check(Path::new("relative.log")).is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_missing_file_whose_directory_takes_no_new_file_is_reported() {
        let dir = std::env::temp_dir();
        let name = format!("percore-missing-{}.log", std::process::id());
        // The directory asked about: the file's, or the working directory.
        for (path, checked) in [
            (dir.join(&name), dir.clone()),
            (name.clone().into(), ".".into()),
        ] {
            let asked = std::cell::RefCell::new(Vec::new());
            let refuse = |d: &Path| {
                asked.borrow_mut().push(d.to_path_buf());
                Err(io::Error::from_raw_os_error(30))
            };
            let mut errors = Vec::new();
            check_append_file_with("log", &path, &refuse, &mut errors);
            let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(
                errors[0].contains(&format!("cannot create {}", path.display()))
                    && errors[0].contains(&format!("no file can be made in {}", checked.display()))
                    && errors[0].contains("Read-only file system"),
                "{errors:?}"
            );
            assert_eq!(*asked.borrow(), [checked]);
            let mut errors = Vec::new();
            check_append_file_with("log", &path, &|_| Ok(()), &mut errors);
            assert!(errors.is_empty(), "{errors:?}");
        }
        // A check that could not be made (EPERM from a seccomp filter, ENOSYS) lets it pass.
        for errno in [1, 38] {
            let mut errors = Vec::new();
            let unknown = |_: &Path| Err(io::Error::from_raw_os_error(errno));
            check_append_file_with("log", &dir.join(&name), &unknown, &mut errors);
            assert!(errors.is_empty(), "{errno}: {errors:?}");
        }
        // A file that exists is opened, whatever its directory would say.
        let file = dir.join(format!("percore-exists-{}.log", std::process::id()));
        std::fs::write(&file, "").unwrap();
        let mut errors = Vec::new();
        check_append_file_with("log", &file, &|_| Err(io::Error::other("no")), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        std::fs::remove_file(&file).unwrap();
    }

    #[test]
    fn a_file_this_user_may_not_append_to_is_reported_with_its_path() {
        use std::os::unix::fs::PermissionsExt;
        let dir = std::env::temp_dir().join(format!("percore-append-ro-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("read-only.log");
        std::fs::write(&file, "kept\n").unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
        // Root may write to any file by its mode: then a read-only kernel attribute stands
        // in, which the kernel refuses to open for writing to anyone.
        let refused = if OpenOptions::new().append(true).open(&file).is_err() {
            file.clone()
        } else {
            let attribute = std::path::PathBuf::from("/sys/devices/system/cpu/online");
            assert!(attribute.is_file(), "run as root, this test needs sysfs");
            attribute
        };
        let errors = check(&refused);
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains(&format!(
                "cannot open {} to append to it",
                refused.display()
            )),
            "{errors:?}"
        );
        // Nothing was written to the file or truncated.
        assert_eq!(std::fs::read_to_string(&file).unwrap(), "kept\n");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
