#!/usr/bin/env python3
"""Writes a container seccomp profile: a runtime's default profile plus io_uring.

    scripts/seccomp-io_uring.py [DEFAULT_PROFILE] > deploy/seccomp-io_uring.json

DEFAULT_PROFILE is the runtime's own default profile in the OCI/Docker JSON format; without
one, containers-common's (/usr/share/containers/seccomp.json: podman's and CRI-O's default,
from Debian's golang-github-containers-common package) is read. The three io_uring system
calls (io_uring_setup, io_uring_enter, io_uring_register) are added as one unconditional
SCMP_ACT_ALLOW rule, after removing them from any rule that mentions them, so the result is
the same however often the script runs. Everything else the default refuses stays refused.
"""

import json
import sys

IO_URING = ["io_uring_enter", "io_uring_register", "io_uring_setup"]
DEFAULT = "/usr/share/containers/seccomp.json"


def with_io_uring(profile):
    """The profile with io_uring allowed; raises ValueError on a file that is not a profile."""
    if not isinstance(profile, dict) or not isinstance(profile.get("syscalls"), list):
        raise ValueError("not a seccomp profile: no \"syscalls\" list")
    rules = []
    for rule in profile["syscalls"]:
        names = [n for n in rule.get("names", []) if n not in IO_URING]
        if names:
            rules.append(dict(rule, names=names))
    rules.append({
        "names": IO_URING,
        "action": "SCMP_ACT_ALLOW",
        "comment": "percore: io_uring, for its io_uring backend (epoll otherwise)",
    })
    return dict(profile, syscalls=rules)


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else DEFAULT
    try:
        with open(path, encoding="utf-8") as f:
            profile = json.load(f)
        out = with_io_uring(profile)
    except (OSError, ValueError) as e:
        sys.exit(f"seccomp-io_uring.py: {path}: {e}")
    json.dump(out, sys.stdout, indent="\t")
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
