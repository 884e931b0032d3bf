#!/usr/bin/env python3
"""Writes a container seccomp profile: a runtime's default profile plus io_uring.

    scripts/seccomp-io_uring.py [--arch ARCH] [DEFAULT_PROFILE] > deploy/seccomp-io_uring.json

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
conditional rule into an unconditional one. The conditions are resolved here, as the runtime
itself resolves them:
  - for a container with no capabilities (percore needs none: its deployments drop them all):
    a rule for a capability is left out, a rule that applies unless one is held is kept, so
    `--cap-add` has no effect with the result;
  - for one architecture, ARCH in Go's names (amd64, arm64, ...; by default this machine's):
    a rule for other architectures is left out (Docker's default has an s390 `clone` rule
    that, kept everywhere, would allow clone() of new namespaces), a rule that applies except
    on it too, and `architectures` lists its family alone (amd64: x86_64, x86 and x32).
A profile for another architecture is made with --arch.

With io_uring allowed, a call the default refuses by its arguments (socket() of an audit
netlink socket, say) could also be made as an io_uring operation, which seccomp does not see:
the profile allows io_uring and what io_uring can do.
"""

import json
import platform
import sys

ADDED = ["cachestat", "io_uring_enter", "io_uring_register", "io_uring_setup"]
DEFAULT = "/usr/share/containers/seccomp.json"


# Go's architecture names (what the profiles' conditions say) for libseccomp's.
SCMP = {
    "amd64": "SCMP_ARCH_X86_64",
    "arm64": "SCMP_ARCH_AARCH64",
    "386": "SCMP_ARCH_X86",
    "arm": "SCMP_ARCH_ARM",
    "ppc64le": "SCMP_ARCH_PPC64LE",
    "s390x": "SCMP_ARCH_S390X",
    "riscv64": "SCMP_ARCH_RISCV64",
    "mips64": "SCMP_ARCH_MIPS64",
    "mips64le": "SCMP_ARCH_MIPSEL64",
}
# `uname -m` for Go's names.
MACHINE = {"x86_64": "amd64", "aarch64": "arm64", "i686": "386", "armv7l": "arm"}


def applies(rule, arch):
    """Whether a rule holds in a container with no capabilities on `arch` (Go's name)."""
    includes, excludes = rule.get("includes", {}), rule.get("excludes", {})
    if includes.get("caps"):
        return False
    if includes.get("arches") and arch not in includes["arches"]:
        return False
    if arch in excludes.get("arches", []):
        return False
    return True


def architectures(profile, arch):
    """The architectures of `arch`'s family, from the profile's archMap (or its own list)."""
    native = SCMP.get(arch)
    if native is None:
        raise ValueError(f"unknown architecture {arch!r}: one of {', '.join(SCMP)}")
    for entry in profile.get("archMap") or []:
        if entry["architecture"] == native:
            return [native, *entry.get("subArchitectures", [])]
    # A profile in the plain form already (this script's own output, say): its list.
    own = profile.get("architectures") or []
    return own if native in own else [native]


def with_io_uring(profile, arch):
    """The profile with io_uring allowed, in the plain OCI form for `arch` (Go's name); raises
    ValueError on a file that is not a profile."""
    if not isinstance(profile, dict) or not isinstance(profile.get("syscalls"), list):
        raise ValueError("not a seccomp profile: no \"syscalls\" list")
    rules = []
    for rule in profile["syscalls"]:
        if not applies(rule, arch):
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
    out["architectures"] = architectures(profile, arch)
    out["syscalls"] = rules
    return out


def main():
    args = sys.argv[1:]
    arch = MACHINE.get(platform.machine(), platform.machine())
    if args[:1] == ["--arch"] and len(args) >= 2:
        arch, args = args[1], args[2:]
    path = args[0] if args else DEFAULT
    try:
        with open(path, encoding="utf-8") as f:
            profile = json.load(f)
        out = with_io_uring(profile, arch)
    except (OSError, ValueError) as e:
        sys.exit(f"seccomp-io_uring.py: {path}: {e}")
    json.dump(out, sys.stdout, indent="\t")
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
