#!/usr/bin/env python3
"""Writes a container seccomp profile: a runtime's default profile plus io_uring.

    scripts/seccomp-io_uring.py [DEFAULT_PROFILE] > deploy/seccomp-io_uring.json

DEFAULT_PROFILE is the runtime's own default profile in the OCI/Docker JSON format; without
one, containers-common's (/usr/share/containers/seccomp.json: podman's and CRI-O's default,
from Debian's golang-github-containers-common package) is read.

Added, as one unconditional SCMP_ACT_ALLOW rule (after removing them from any rule that
mentions them, so the result is the same however often the script runs): the three io_uring
system calls (io_uring_setup, io_uring_enter, io_uring_register) and cachestat (Linux 6.5,
which percore-static asks before sending a file from the page cache; a profile older than it
refuses it, and files then go through a buffer).

The result is written in the plain OCI form, which every runtime reads the same way: Docker,
podman and CRI-O, and containerd, which reads a Kubernetes Localhost profile as plain OCI
and would silently drop the Docker form's conditions (`includes`, `excludes`), turning each
capability-conditional pair of rules into an unconditional ALLOW. The conditions are resolved
here for a container with no capabilities (percore needs none: its deployments drop them
all): a rule for a capability is left out, a rule that applies unless one is held is kept.
Rules for some architectures only are kept (their calls exist on those alone) and `archMap`
becomes the flat `architectures` list.

With io_uring allowed, a call the default refuses by its arguments (socket() of an audit
netlink socket, say) could also be made as an io_uring operation, which seccomp does not see:
the profile allows io_uring and what io_uring can do.
"""

import json
import sys

ADDED = ["cachestat", "io_uring_enter", "io_uring_register", "io_uring_setup"]
DEFAULT = "/usr/share/containers/seccomp.json"


def applies_without_capabilities(rule):
    """Whether a rule holds in a container with no capabilities."""
    return not rule.get("includes", {}).get("caps")


def architectures(profile):
    """The profile's architectures as a flat list: its own, or those of its archMap."""
    if "architectures" in profile:
        return list(profile["architectures"])
    arches = []
    for entry in profile.get("archMap") or []:
        for arch in [entry["architecture"], *entry.get("subArchitectures", [])]:
            if arch not in arches:
                arches.append(arch)
    return arches


def with_io_uring(profile):
    """The profile with io_uring allowed, in the plain OCI form; raises ValueError on a file
    that is not a profile."""
    if not isinstance(profile, dict) or not isinstance(profile.get("syscalls"), list):
        raise ValueError("not a seccomp profile: no \"syscalls\" list")
    rules = []
    for rule in profile["syscalls"]:
        if not applies_without_capabilities(rule):
            continue
        names = [n for n in rule.get("names", []) if n not in ADDED]
        if names:
            plain = {k: v for k, v in rule.items() if k not in ("includes", "excludes")}
            rules.append(dict(plain, names=names))
    rules.append({
        "names": ADDED,
        "action": "SCMP_ACT_ALLOW",
        "comment": "percore: io_uring, for its io_uring backend (epoll otherwise), and cachestat",
    })
    out = {k: v for k, v in profile.items() if k not in ("archMap", "syscalls")}
    out["architectures"] = architectures(profile)
    out["syscalls"] = rules
    return out


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
