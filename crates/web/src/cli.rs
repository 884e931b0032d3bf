//! The command line of an app that serves a directory.

use std::path::PathBuf;

use percore_config::{AppSection, ConfigArgs};

/// `--root DIR` and percore's own flags (`-c`, `--listen`, `--check-config`, `--set`, ...):
/// flatten it into the app's `clap` parser.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct RootArgs {
    /// The directory to serve (sets `root` in the app's section of the configuration).
    #[arg(long, value_name = "DIR", value_parser = percore_config::utf8_path_parser())]
    pub root: Option<PathBuf>,
    /// The options every percore app takes (`-c`, `--listen`, `--check-config`, ...).
    #[command(flatten)]
    pub config: ConfigArgs,
}

impl RootArgs {
    /// Parses the process's command line as `name` at `version` (described by `about`) would:
    /// `--root` and percore's flags, `--help` and `--version`; returns the configuration flags
    /// (see [`RootArgs::into_config`]). Exits, as clap does, on `--help`, `--version` or a bad
    /// flag. Pass the app's own `env!("CARGO_PKG_VERSION")` as `version`.
    ///
    /// For an app whose section has a `root` key (a directory to serve, as `[static]` and
    /// `[hello]` have); an app without one flattens [`ConfigArgs`] into a `clap` parser of
    /// its own instead, so that it offers no `--root`.
    pub fn parse_for<S: AppSection>(
        name: &'static str,
        version: &'static str,
        about: &'static str,
    ) -> ConfigArgs {
        use clap::{Args, FromArgMatches};
        // The app's description set last: `augment_args` would put this struct's in its place.
        let matches = RootArgs::augment_args(clap::Command::new(name))
            .about(about)
            .version(version)
            .get_matches();
        match RootArgs::from_arg_matches(&matches) {
            Ok(args) => args.into_config::<S>(),
            Err(e) => e.exit(),
        }
    }

    /// The configuration flags, with `--root` given as `--set <section>.root="DIR"`.
    pub fn into_config<S: AppSection>(self) -> ConfigArgs {
        let mut config = self.config;
        if let Some(root) = &self.root {
            // UTF-8 when parsed from the command line (`utf8_path_parser`).
            config.set_string(&format!("{}.root", S::SECTION), &root.to_string_lossy());
        }
        config
    }
}

#[cfg(test)]
mod tests {
    use std::os::unix::ffi::OsStrExt;

    use clap::Parser;

    use super::*;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        args: RootArgs,
    }

    #[test]
    fn a_root_that_is_not_utf8_is_refused_naming_the_flag_not_changed() {
        let odd = std::ffi::OsStr::from_bytes(b"/srv/\xffsite");
        let Err(e) = Cli::try_parse_from([std::ffi::OsStr::new("app"), "--root".as_ref(), odd])
        else {
            panic!("a root that is not UTF-8 was taken");
        };
        let e = e.to_string();
        assert!(e.contains("--root") && e.contains("not valid UTF-8"), "{e}");
        let cli = Cli::try_parse_from(["app", "--root", "/srv/site"]).unwrap();
        assert_eq!(cli.args.root, Some(PathBuf::from("/srv/site")));
    }
}
