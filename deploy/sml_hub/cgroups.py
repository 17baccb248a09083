"""Per-user memory and CPU caps with Linux cgroups, for spawners that do not enforce them.

JupyterHub's `Spawner.mem_limit` and `Spawner.cpu_limit` are only *enforced* by spawners that run
servers in a container or a systemd unit (DockerSpawner, KubeSpawner, SystemdSpawner). The plain
LocalProcessSpawner only passes them on as MEM_LIMIT / CPU_LIMIT environment variables. On a machine
without systemd as PID 1 (containers, VMs like the CI one) this module does what systemd would: one
cgroup per user, created by the hub (root) before the spawn, joined by the server process between
fork and exec, so the server, its kernels and everything they start share the caps:

* memory: cgroup v1 `memory.limit_in_bytes` / v2 `memory.max` -> the kernel's OOM killer ends the
  largest process of that user (usually the kernel that loaded too much data), nobody else's;
* CPU: cgroup v1 `cpu.cfs_quota_us` / v2 `cpu.max` -> at most `cpu_limit` cores of CPU time.
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")
PERIOD_US = 100_000


def _own_paths() -> dict[str, str]:
    """controller -> this process's cgroup path, from /proc/self/cgroup ("" for the v2 entry)."""
    paths = {}
    for line in Path("/proc/self/cgroup").read_text().splitlines():
        _, controllers, path = line.split(":", 2)
        for name in controllers.split(",") if controllers else [""]:
            paths[name] = path
    return paths


def version() -> int:
    """2 on a pure cgroup v2 host, 1 when the v1 memory and cpu controllers are mounted, else 0."""
    if (ROOT / "cgroup.controllers").exists():
        return 2
    if (ROOT / "memory" / "memory.limit_in_bytes").exists() and (ROOT / "cpu" / "cpu.cfs_quota_us").exists():
        return 1
    return 0


@dataclass
class UserCgroup:
    name: str
    dirs: list[Path] = field(default_factory=list)

    def join(self) -> None:
        """Move the calling process into the cgroup (call as root, e.g. in a preexec_fn)."""
        pid = str(os.getpid())
        for directory in self.dirs:
            with open(directory / "cgroup.procs", "w") as handle:
                handle.write(pid)

    def pids(self) -> set[int]:
        found: set[int] = set()
        for directory in self.dirs:
            try:
                found |= {int(p) for p in (directory / "cgroup.procs").read_text().split()}
            except OSError:
                pass
        return found

    def memory_bytes(self) -> int | None:
        """Current memory charged to the cgroup (RSS + page cache), or None."""
        for directory in self.dirs:
            for name in ("memory.usage_in_bytes", "memory.current"):
                if (directory / name).exists():
                    return int((directory / name).read_text())
        return None

    def remove(self, timeout: float = 10.0) -> None:
        """Kill what is left in the cgroup and remove it."""
        deadline = time.monotonic() + timeout
        while self.pids() and time.monotonic() < deadline:
            for pid in self.pids():
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.1)
        for directory in reversed(self.dirs):
            try:
                directory.rmdir()
            except OSError:
                pass


def _dirs(name: str) -> list[Path]:
    kind = version()
    if kind == 1:
        own = _own_paths()
        return [ROOT / controller / own.get(controller, "/").lstrip("/") / "sml-hub" / name
                for controller in ("memory", "cpu")]
    if kind == 2:
        return [ROOT / "sml-hub" / name]
    return []


def find(name: str) -> UserCgroup | None:
    """The existing cgroup `name` (nothing is created or changed), or None."""
    dirs = _dirs(name)
    if not dirs or not all(d.is_dir() for d in dirs):
        return None
    return UserCgroup(name, dirs)


def create(name: str, mem_limit: int | None, cpu_limit: float | None) -> UserCgroup | None:
    """Create (or reuse) the cgroup `name` with the caps; None when cgroups cannot be used here."""
    kind = version()
    group = UserCgroup(name)
    try:
        if kind == 1:
            memory, cpu = _dirs(name)
            for directory in (memory, cpu):
                directory.mkdir(parents=True, exist_ok=True)
            if mem_limit:
                (memory / "memory.limit_in_bytes").write_text(str(int(mem_limit)))
            if cpu_limit:
                (cpu / "cpu.cfs_period_us").write_text(str(PERIOD_US))
                (cpu / "cpu.cfs_quota_us").write_text(str(int(cpu_limit * PERIOD_US)))
            group.dirs = [memory, cpu]
        elif kind == 2:
            # v2 forbids processes in inner nodes with controllers on, so user groups live in a
            # top-level sml-hub group (the root cgroup is exempt from that rule).
            parent = ROOT / "sml-hub"
            parent.mkdir(exist_ok=True)
            (ROOT / "cgroup.subtree_control").write_text("+memory +cpu")
            (parent / "cgroup.subtree_control").write_text("+memory +cpu")
            (directory,) = _dirs(name)
            directory.mkdir(exist_ok=True)
            if mem_limit:
                (directory / "memory.max").write_text(str(int(mem_limit)))
            if cpu_limit:
                (directory / "cpu.max").write_text(f"{int(cpu_limit * PERIOD_US)} {PERIOD_US}")
            group.dirs = [directory]
        else:
            return None
    except OSError:
        return None
    return group


def limits_of(group: UserCgroup) -> dict[str, float | None]:
    """The caps as the kernel holds them (bytes, cores): what the tests check."""
    memory = cpu = None
    for directory in group.dirs:
        if (directory / "memory.limit_in_bytes").exists():
            memory = int((directory / "memory.limit_in_bytes").read_text())
        if (directory / "memory.max").exists():
            value = (directory / "memory.max").read_text().strip()
            memory = None if value == "max" else int(value)
        if (directory / "cpu.cfs_quota_us").exists():
            quota = int((directory / "cpu.cfs_quota_us").read_text())
            period = int((directory / "cpu.cfs_period_us").read_text())
            cpu = None if quota < 0 else quota / period
        if (directory / "cpu.max").exists():
            quota, period = (directory / "cpu.max").read_text().split()
            cpu = None if quota == "max" else int(quota) / int(period)
    return {"memory": memory, "cpu": cpu}
