#!/usr/bin/env bash
# Checks deploy/ without a cluster or a container runtime:
#   - the Kubernetes manifests, and the io_uring overlay as kustomize would render it, against
#     the Kubernetes schemas (kubernetes-validate from PyPI, strict: unknown fields are errors),
#     for the oldest version the manifests support (1.30: the preStop sleep action) and the
#     newest the validator knows;
#   - the Deployment's shape: probes on the admin port, integer CPU requests equal to limits,
#     a grace period above preStop + shutdown_timeout, the securityContext;
#   - deploy/seccomp-io_uring.json: the default profile plus io_uring, in the plain OCI form
#     (no capability conditions, which containerd would drop), and, where the runtime's
#     default profile is installed (containers-common), exactly what scripts/seccomp-io_uring.py
#     makes of it.
# (The dashboard and the configurations inside deploy/ are checked by percore-static's tests.)
set -euo pipefail
cd "$(dirname "$0")/.."

if ! python3 -c 'import kubernetes_validate, yaml' 2>/dev/null; then
    python3 -m pip install --quiet kubernetes-validate
fi

python3 - <<'PY'
import json, os, re, sys
import yaml
import kubernetes_validate as kv

def load(path):
    with open(path, encoding="utf-8") as f:
        return [d for d in yaml.safe_load_all(f) if d]

def render(directory):
    """The resources of a kustomization: its resources (files or directories), with its
    JSON 6902 patches applied (replace/add on a target kind and name)."""
    kust = load(f"{directory}/kustomization.yaml")[0]
    docs = []
    for res in kust.get("resources", []):
        path = f"{directory}/{res}"
        if not res.endswith(".yaml"):
            # kustomize refuses a directory that contains the kustomization (a cycle).
            if os.path.abspath(directory).startswith(os.path.abspath(path) + os.sep):
                sys.exit(f"{directory}: resource {res} contains this kustomization (kustomize refuses the cycle)")
            docs += render(path)
        else:
            docs += load(path)
    for patch in kust.get("patches", []):
        target = patch["target"]
        ops = yaml.safe_load(patch["patch"])
        hits = [d for d in docs if d["kind"] == target["kind"] and d["metadata"]["name"] == target["name"]]
        if not hits:
            sys.exit(f"{directory}: patch target {target} matches nothing")
        for doc in hits:
            for op in ops:
                keys = op["path"].strip("/").split("/")
                node = doc
                for k in keys[:-1]:
                    node = node[int(k)] if isinstance(node, list) else node[k]
                if op["op"] == "replace" and keys[-1] not in node:
                    sys.exit(f"{directory}: replace of a missing {op['path']}")
                node[keys[-1]] = op["value"]
    return docs

failed = False
for directory in ["deploy/k8s/base", "deploy/k8s/io_uring"]:
    docs = render(directory)
    for version in ["1.30.0", None]:
        for doc in docs:
            try:
                kv.validate(doc, version or kv.latest_version(), strict=True)
            except kv.ValidationError as e:
                print(f"{directory}: {doc['kind']}/{doc['metadata']['name']} ({version or 'latest'}): {e}")
                failed = True
    kinds = sorted(d["kind"] for d in docs)
    print(f"{directory}: {', '.join(kinds)} valid against Kubernetes 1.30.0 and {kv.latest_version()}")
    assert kinds == ["ConfigMap", "Deployment", "PodDisruptionBudget", "Service"], kinds

base = {d["kind"]: d for d in render("deploy/k8s/base")}
overlay = {d["kind"]: d for d in render("deploy/k8s/io_uring")}
pod = base["Deployment"]["spec"]["template"]["spec"]
c = pod["containers"][0]
res = c["resources"]
assert res["requests"]["cpu"] == res["limits"]["cpu"] and re.fullmatch(r"[1-9][0-9]*", str(res["limits"]["cpu"])), res
assert res["requests"]["memory"] == res["limits"]["memory"], res
assert c["readinessProbe"]["httpGet"]["path"] == "/ready" and c["readinessProbe"]["httpGet"]["port"] == "admin"
assert c["livenessProbe"]["httpGet"]["path"] == "/healthz" and c["livenessProbe"]["httpGet"]["port"] == "admin"
assert pod["securityContext"]["runAsNonRoot"] is True
sc = c["securityContext"]
assert sc["readOnlyRootFilesystem"] is True and sc["capabilities"]["drop"] == ["ALL"] and sc["allowPrivilegeEscalation"] is False
conf = base["ConfigMap"]["data"]["static.toml"]
grace = int(re.search(r'shutdown_timeout = "(\d+)s"', conf).group(1))
pause = c["lifecycle"]["preStop"]["sleep"]["seconds"]
assert pod["terminationGracePeriodSeconds"] > pause + grace, (pod["terminationGracePeriodSeconds"], pause, grace)
assert pod["securityContext"]["seccompProfile"] == {"type": "RuntimeDefault"}
assert overlay["Deployment"]["spec"]["template"]["spec"]["securityContext"]["seccompProfile"] == {
    "type": "Localhost", "localhostProfile": "percore/seccomp-io_uring.json"}
assert base["Deployment"]["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
print(f"Deployment: probes on the admin port, {res['limits']['cpu']} whole CPUs (requests = limits), "
      f"grace {pod['terminationGracePeriodSeconds']} s > preStop {pause} s + shutdown_timeout {grace} s, "
      "non-root, read-only root, no capabilities")

with open("deploy/seccomp-io_uring.json", encoding="utf-8") as f:
    profile = json.load(f)
allowed = [r for r in profile["syscalls"] if r["action"] == "SCMP_ACT_ALLOW" and not r.get("args") and not r.get("includes")]
names = {n for r in allowed for n in r["names"]}
for call in ["io_uring_setup", "io_uring_enter", "io_uring_register", "cachestat", "epoll_wait", "accept4", "openat2", "splice", "sendfile"]:
    assert call in names, f"deploy/seccomp-io_uring.json does not allow {call}"
assert profile["defaultAction"] == "SCMP_ACT_ERRNO", profile["defaultAction"]
# The plain OCI form: containerd drops the Docker form's conditions, which would make every
# capability-conditional pair of rules an unconditional ALLOW.
conditional = [r["names"] for r in profile["syscalls"] if "includes" in r or "excludes" in r]
assert not conditional and "archMap" not in profile, f"conditions left in the profile: {conditional}"
for refused in ["bpf", "perf_event_open", "chroot", "init_module", "clock_settime", "open_by_handle_at"]:
    assert refused not in names, f"deploy/seccomp-io_uring.json allows {refused}, which the default refuses"
assert profile["architectures"] == ["SCMP_ARCH_X86_64", "SCMP_ARCH_X86", "SCMP_ARCH_X32"], profile["architectures"]

# The script resolves a rule's architecture conditions for the one it writes for: Docker's
# default has an s390 clone rule (argument 1 masked) that, kept on x86_64, would allow clone()
# of new namespaces.
import subprocess, tempfile
moby = {
    "defaultAction": "SCMP_ACT_ERRNO",
    "archMap": [{"architecture": "SCMP_ARCH_X86_64", "subArchitectures": ["SCMP_ARCH_X86", "SCMP_ARCH_X32"]},
                {"architecture": "SCMP_ARCH_S390X", "subArchitectures": ["SCMP_ARCH_S390"]}],
    "syscalls": [
        {"names": ["clone"], "action": "SCMP_ACT_ALLOW",
         "args": [{"index": 0, "value": 2114060288, "op": "SCMP_CMP_MASKED_EQ"}],
         "excludes": {"caps": ["CAP_SYS_ADMIN"], "arches": ["s390", "s390x"]}},
        {"names": ["clone"], "action": "SCMP_ACT_ALLOW",
         "args": [{"index": 1, "value": 2114060288, "op": "SCMP_CMP_MASKED_EQ"}],
         "includes": {"arches": ["s390", "s390x"]}, "excludes": {"caps": ["CAP_SYS_ADMIN"]}},
        {"names": ["clone"], "action": "SCMP_ACT_ALLOW", "includes": {"caps": ["CAP_SYS_ADMIN"]}},
    ],
}
with tempfile.NamedTemporaryFile("w", suffix=".json") as f:
    json.dump(moby, f)
    f.flush()
    for arch, index in [("amd64", 0), ("s390x", 1)]:
        out = json.loads(subprocess.run(["scripts/seccomp-io_uring.py", "--arch", arch, f.name],
                                        check=True, capture_output=True, text=True).stdout)
        clones = [r for r in out["syscalls"] if "clone" in r["names"]]
        assert [r["args"][0]["index"] for r in clones] == [index], (arch, clones)
print("scripts/seccomp-io_uring.py: capability and architecture conditions resolved")

print(f"deploy/seccomp-io_uring.json: default {profile['defaultAction']}, io_uring allowed, {len(names)} calls allowed unconditionally")
sys.exit(1 if failed else 0)
PY

default=/usr/share/containers/seccomp.json
if [[ -f $default ]]; then
    scripts/seccomp-io_uring.py --arch amd64 "$default" | cmp - deploy/seccomp-io_uring.json \
        || { echo "deploy/seccomp-io_uring.json differs from what scripts/seccomp-io_uring.py makes of $default" >&2; exit 1; }
    echo "deploy/seccomp-io_uring.json: what scripts/seccomp-io_uring.py makes of $default"
fi
