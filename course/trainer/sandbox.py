"""A sandbox for participant code during grading: the kernel runs inside bubblewrap as another user.

Participant code runs in the notebook's kernel, so the kernel is what we lock in. `SandboxedKernelManager`
is a jupyter_client kernel manager (nbgrader's `Execute` preprocessor starts kernels through one) whose
launch command is

    bwrap <namespaces, read-only binds> -- setpriv <drop to the sandbox user> prlimit <rlimits> -- python -m ipykernel

- bubblewrap (run as root, without a user namespace) builds a private mount namespace where only the
  system, the Python install, the virtualenv and the `course` package are visible, read-only, plus one
  scratch folder that is the only writable place. `source/`, the gradebook, `submitted/`, other
  participants' work and `/root` simply do not exist in there. New network, PID, IPC and UTS namespaces:
  no network at all, no view of other processes. `--die-with-parent`: the kernel never outlives the grader.
- setpriv switches to an unprivileged user (`Sandbox.user`, created by .ci/setup.d/20-grading.sh; `nobody`
  if missing) with no groups, no capabilities and `no_new_privs`, so even the read-only mounts cannot be
  undone and files outside are reached only with "other" permissions.
- prlimit caps address space (RLIMIT_AS, a memory bomb gets MemoryError), CPU seconds (RLIMIT_CPU, a loop
  that ignores interrupts is killed), processes (RLIMIT_NPROC, no fork bomb) and file size (RLIMIT_FSIZE).
- ZeroMQ talks over `ipc` sockets (files in the scratch folder, bound at the same path inside and out):
  the kernel has no network namespace shared with the grader, so TCP loopback would not reach it.
- Interrupts (nbclient's per-cell timeout) are sent as messages: a signal to bwrap would kill the sandbox.

Without root (a trainer's own account), the user switch is skipped and bubblewrap runs unprivileged in a
user namespace; without bubblewrap, only the rlimits remain, and `Sandbox.required` decides whether that
is acceptable (`course grade` requires the full sandbox unless told `--no-sandbox`).
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import sys
import tempfile
from functools import lru_cache
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from traitlets import Bool, Integer, List, Unicode
from traitlets.config import Configurable

COURSE_PACKAGE = Path(__file__).resolve().parents[1]


class Sandbox(Configurable):
    """Settings of the grading sandbox (set them in nbgrader_config.py as `c.Sandbox.<name>`)."""

    enabled = Bool(True, help="Run grading kernels in the sandbox.").tag(config=True)
    required = Bool(False, help="Refuse to grade when the full sandbox is not available.").tag(config=True)
    user = Unicode("course-sandbox", help="Unprivileged user the kernel runs as (nobody if missing).").tag(
        config=True)
    memory_mb = Integer(1536, help="Address-space cap of the kernel (RLIMIT_AS), in MB.").tag(config=True)
    cpu_seconds = Integer(180, help="CPU-time cap of a whole notebook's kernel (RLIMIT_CPU).").tag(config=True)
    max_processes = Integer(512, help="RLIMIT_NPROC of the sandbox user (threads count).").tag(config=True)
    max_file_mb = Integer(100, help="Largest file the kernel may write (RLIMIT_FSIZE), in MB.").tag(config=True)
    extra_read_only = List(Unicode(), help="More host paths to show read-only (e.g. a shared data folder).").tag(
        config=True)
    scratch_root = Unicode("", help="Where scratch folders are made (default: the system temp folder).").tag(
        config=True)


# ------------------------------------------------------------------------------------------------
# What the machine offers


@lru_cache(maxsize=1)
def bwrap_path() -> str | None:
    return shutil.which("bwrap")


def is_root() -> bool:
    return os.geteuid() == 0


def sandbox_ids(user: str) -> tuple[int, int, str]:
    """(uid, gid, name) of the sandbox user; `nobody` when the configured one does not exist."""
    for name in (user, "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return entry.pw_uid, entry.pw_gid, name
    return 65534, 65534, "nobody"


@lru_cache(maxsize=4)
def probe(user: str = "course-sandbox") -> tuple[str, str]:
    """('full'|'namespaces'|'rlimits', why): the strongest mechanism that works here, tried for real."""
    if not bwrap_path():
        return "rlimits", "bubblewrap is not installed (apt-get install bubblewrap)"
    settings = Sandbox()
    settings.user = user
    scratch = make_scratch(settings, None)
    try:
        command = wrap_command(settings, scratch, [sys.executable, "-c", "import os; print(os.getuid())"])
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, env=kernel_env(scratch))
    except (OSError, subprocess.TimeoutExpired) as error:
        return "rlimits", f"bubblewrap does not start: {error}"
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if done.returncode != 0:
        return "rlimits", f"bubblewrap does not work here: {done.stderr.strip()[:300]}"
    if is_root():
        uid = sandbox_ids(user)[0]
        if done.stdout.strip() != str(uid):
            return "rlimits", f"the user switch did not happen (uid {done.stdout.strip()})"
        return "full", f"bubblewrap + user {sandbox_ids(user)[2]} + rlimits"
    return "namespaces", "bubblewrap in a user namespace + rlimits (not root: no separate user)"


# ------------------------------------------------------------------------------------------------
# The launch command


def _visible_paths() -> list[Path]:
    """Host paths the kernel needs to see (read-only): Python, the virtualenv, the course package."""
    paths = {Path(sys.base_prefix).resolve(), Path(sys.prefix), COURSE_PACKAGE}
    try:
        import matplotlib

        paths.add(Path(matplotlib.get_data_path()).resolve())
    except ImportError:  # pragma: no cover - matplotlib is a dependency
        pass
    return sorted(p for p in paths if p.exists())


def _ancestors(path: Path) -> list[Path]:
    return [p for p in reversed(path.parents) if str(p) != "/"]


def wrap_command(settings: Sandbox, scratch: Path, command: list[str]) -> list[str]:
    """The kernel command wrapped in bubblewrap, the user switch and the rlimits."""
    limits = [
        "prlimit",
        f"--as={settings.memory_mb * 1024 * 1024}",
        f"--cpu={settings.cpu_seconds}",
        f"--fsize={settings.max_file_mb * 1024 * 1024}",
        "--core=0",
        "--",
    ]
    if is_root():
        limits = [f"--nproc={settings.max_processes}"] + limits[1:]
        limits = ["prlimit"] + limits
    if not settings.enabled or not bwrap_path():
        return limits + command
    args = [
        bwrap_path(),
        "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try",
        "--die-with-parent", "--new-session",
        "--ro-bind", "/usr", "/usr",
        "--ro-bind", "/etc", "/etc",
        "--dev", "/dev",
        "--proc", "/proc",
    ]
    for name in ("bin", "sbin", "lib", "lib32", "lib64", "libx32"):
        target = Path("/") / name
        if target.is_symlink():
            args += ["--symlink", os.readlink(target), str(target)]
        elif target.is_dir():
            args += ["--ro-bind", str(target), str(target)]
    made: set[Path] = {Path("/usr"), Path("/etc"), Path("/dev"), Path("/proc")}
    binds = [(p, "--ro-bind") for p in _visible_paths()]
    binds += [(Path(p), "--ro-bind") for p in settings.extra_read_only if Path(p).exists()]
    binds.append((scratch, "--bind"))
    for path, kind in binds:
        if any(path == m or m in path.parents for m in made if m in {Path("/usr")}):
            continue  # already visible through /usr
        for parent in _ancestors(path):
            if parent not in made:
                args += ["--perms", "0755", "--dir", str(parent)]
                made.add(parent)
        args += [kind, str(path), str(path)]
        made.add(path)
    args += ["--chdir", str(scratch / "work")]
    if is_root():
        uid, gid, _ = sandbox_ids(settings.user)
        args += ["--", "setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups",
                 "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs"]
    else:
        args += ["--"]
    return args + limits + command


def kernel_env(scratch: Path) -> dict[str, str]:
    """A clean environment: nothing of the grader's (no database URL, no tokens) reaches the kernel."""
    return {
        "PATH": f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
        "HOME": str(scratch / "home"),
        "TMPDIR": str(scratch / "tmp"),
        "MPLCONFIGDIR": str(scratch / "mpl"),
        "MPLBACKEND": "module://matplotlib_inline.backend_inline",
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONIOENCODING": "utf-8",
        # Fewer malloc arenas and BLAS threads: address space is capped, and one core is plenty.
        "MALLOC_ARENA_MAX": "2",
        "OPENBLAS_NUM_THREADS": "1",
        "OMP_NUM_THREADS": "1",
        "MKL_NUM_THREADS": "1",
        # nbgrader sets this while it executes; course.widgets.explore stays inert when it sees it.
        **({"NBGRADER_EXECUTION": os.environ["NBGRADER_EXECUTION"]} if os.environ.get("NBGRADER_EXECUTION") else {}),
    }


def make_scratch(settings: Sandbox, workdir: Path | None) -> Path:
    """A fresh scratch folder owned by the sandbox user: home, tmp, matplotlib cache and a work copy."""
    root = settings.scratch_root or None
    scratch = Path(tempfile.mkdtemp(prefix="course-sandbox-", dir=root))
    for name in ("home", "tmp", "mpl", "work"):
        (scratch / name).mkdir()
    if workdir and workdir.is_dir() and workdir.resolve() not in scratch.parents:
        _copy_work_files(workdir, scratch / "work")
    try:  # matplotlib's font list, so every kernel does not rebuild it
        import matplotlib

        for cached in Path(matplotlib.get_cachedir()).glob("fontlist-*.json"):
            shutil.copy(cached, scratch / "mpl" / cached.name)
    except Exception:  # noqa: BLE001 - a missing cache only costs a second
        pass
    if is_root() and settings.enabled and bwrap_path():
        uid, gid, _ = sandbox_ids(settings.user)
        for path in [scratch, *scratch.rglob("*")]:
            os.chown(path, uid, gid)
        scratch.chmod(0o700)
    return scratch


def _copy_work_files(workdir: Path, target: Path, budget: int = 200_000_000) -> None:
    """Assignment files next to the notebook (data, images), one level deep, within a size budget."""
    for item in sorted(workdir.iterdir()):
        if item.is_symlink() or item.name.startswith(".") or item.suffix == ".ipynb":
            continue
        if item.is_file() and item.stat().st_size <= budget:
            shutil.copy(item, target / item.name)
            budget -= item.stat().st_size
        elif item.is_dir():
            (target / item.name).mkdir()
            for sub in sorted(item.iterdir()):
                if sub.is_file() and not sub.is_symlink() and sub.stat().st_size <= budget:
                    shutil.copy(sub, target / item.name / sub.name)
                    budget -= sub.stat().st_size


class SandboxedKernelManager(AsyncKernelManager):
    """A kernel manager that starts the kernel inside the sandbox (see the module's docstring)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.sandbox = Sandbox(parent=self)
        self.scratch: Path | None = None

    async def _async_pre_start_kernel(self, **kw):
        cwd = kw.get("cwd")
        if self.scratch is not None:  # a restart: start from a clean folder
            shutil.rmtree(self.scratch, ignore_errors=True)
        self.scratch = make_scratch(self.sandbox, Path(cwd) if cwd else None)
        if self.sandbox.enabled and bwrap_path():
            self.transport = "ipc"
            self.ip = str(self.scratch / "zmq")
        self.connection_file = str(self.scratch / "kernel.json")
        kw["cwd"] = str(self.scratch / "work")
        kw["env"] = kernel_env(self.scratch)
        cmd, kw = await super()._async_pre_start_kernel(**kw)
        # A signal to the process group would reach bwrap (which dies), not the kernel: use messages.
        self.kernel_spec.interrupt_mode = "message"
        kw["env"] = kernel_env(self.scratch)
        # The kernel's own stdout/stderr (banners, crash dumps) are not the grader's business.
        kw["stdout"] = kw["stderr"] = subprocess.DEVNULL
        return cmd, kw

    async def _async_launch_kernel(self, kernel_cmd, **kw):
        if is_root() and self.scratch is not None and self.sandbox.enabled and bwrap_path():
            uid, gid, _ = sandbox_ids(self.sandbox.user)
            os.chown(self.connection_file, uid, gid)
        # ipykernel watches its parent pid; inside the PID namespace the parent is bwrap's init, so the
        # watch would end the kernel at once. bwrap's --die-with-parent does that job instead.
        kernel_cmd = wrap_command(self.sandbox, self.scratch, list(kernel_cmd) + ["--IPKernelApp.parent_handle=0"])
        await super()._async_launch_kernel(kernel_cmd, **kw)

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if self.scratch is not None and not restart:
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None
