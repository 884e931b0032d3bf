//! Whether a file a server appends to (its log, an access log) can be, checked before it
//! starts: so that `--check-config` reports it with its key and line, rather than every
//! write failing once it serves.

use std::fs::OpenOptions;
use std::io;
use std::path::Path;

use crate::ConfigError;

/// Pushes an error under `key` when `path` could not be appended to: its directory does not
/// exist, it is a directory, or it exists and this process may not append to it (checked as
/// the user running the check: run it as the service's user). A missing file is not created
/// (run as root, that would leave a file the service's user could not open), and a FIFO or
/// a device (`/dev/stdout`) is left alone (opening a FIFO with no reader would block).
///
/// A relative path whose working directory is `/` is refused: that is where a service
/// manager starts a service (systemd, without `WorkingDirectory=`), whose `/` is read-only
/// under `ProtectSystem=strict` and is no place for a log anyway.
pub fn check_append_file(key: &str, path: &Path, errors: &mut Vec<ConfigError>) {
    let cwd = std::env::current_dir().unwrap_or_default();
    check_append_file_in(key, path, &cwd, errors);
}

/// [`check_append_file`] with the working directory given.
fn check_append_file_in(key: &str, path: &Path, cwd: &Path, errors: &mut Vec<ConfigError>) {
    if path.is_relative() && cwd.parent().is_none() && cwd.has_root() {
        errors.push(ConfigError::new(
            key,
            format!(
                "{} is relative to the working directory, which is /: give the file an \
                 absolute path",
                path.display()
            ),
        ));
        return;
    }
    let opened = match std::fs::metadata(path) {
        Ok(m) if m.is_file() => OpenOptions::new().append(true).open(path).map(drop),
        Ok(m) if m.is_dir() => Err(io::Error::other("it is a directory")),
        Ok(_) => return,
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let parent = path.parent().filter(|p| !p.as_os_str().is_empty());
            if parent.is_some_and(|p| !p.is_dir()) {
                errors.push(ConfigError::new(
                    key,
                    format!("the directory of {} does not exist", path.display()),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn check(path: &Path) -> Vec<String> {
        let mut errors = Vec::new();
        check_append_file("log", path, &mut errors);
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
    fn a_relative_path_in_the_root_directory_is_refused() {
        let mut errors = Vec::new();
        check_append_file_in("log", Path::new("access.log"), Path::new("/"), &mut errors);
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains("access.log is relative to the working directory, which is /"),
            "{errors:?}"
        );
        // Elsewhere it is the working directory's, and absolute paths are taken as they are.
        let mut errors = Vec::new();
        let tmp = std::env::temp_dir();
        check_append_file_in("log", Path::new("access.log"), &tmp, &mut errors);
        check_append_file_in("log", &tmp.join("access.log"), Path::new("/"), &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
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
