"""The grading sandbox, tried for real: a kernel started by `SandboxedKernelManager` runs participant code.

Skipped only where the machine cannot run it (no root, no bubblewrap); .ci/setup.d/20-grading.sh installs it.
"""

from __future__ import annotations

import json
import os

import nbformat
import pytest

from course.trainer import sandbox

pytestmark = pytest.mark.skipif(os.geteuid() != 0 or not sandbox.bwrap_path(),
                                reason="the full sandbox needs root and bubblewrap (.ci/setup.d/20-grading.sh)")

PROBE = """
import json, os, resource, socket
facts = {"uid": os.getuid(), "cwd": os.getcwd(), "env": sorted(os.environ)}
facts["sees"] = {p: os.path.exists(p) for p in PATHS}
facts["writes"] = {}
for p in WRITES:
    try:
        with open(p, "a") as handle:
            handle.write("x")
        facts["writes"][p] = "wrote"
    except OSError as error:
        facts["writes"][p] = type(error).__name__
try:
    socket.create_connection(("1.1.1.1", 53), timeout=2)
    facts["network"] = "connected"
except OSError as error:
    facts["network"] = type(error).__name__
facts["as_limit"] = resource.getrlimit(resource.RLIMIT_AS)[0]
facts["cpu_limit"] = resource.getrlimit(resource.RLIMIT_CPU)[0]
try:
    hog = bytearray(8 * 1024 ** 3)
    facts["bomb"] = "allocated"
except MemoryError:
    facts["bomb"] = "MemoryError"
import course.checks
facts["course"] = course.checks.__file__
print("FACTS" + json.dumps(facts))
"""


def _run(code: str, tmp_path, **settings):
    from nbclient import NotebookClient
    from traitlets.config import Config

    config = Config()
    for key, value in settings.items():
        setattr(config.Sandbox, key, value)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(code)])
    work = tmp_path / "work"
    work.mkdir(exist_ok=True)
    (work / "data.csv").write_text("a,b\n1,2\n")
    client = NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True, config=config,
                            kernel_manager_class=sandbox.SandboxedKernelManager,
                            resources={"metadata": {"path": str(work)}})
    client.execute()
    return nb.cells[0].outputs


def test_the_full_sandbox_is_available_here():
    level, why = sandbox.probe()
    assert level == "full", why


def test_participant_code_is_confined(tmp_path, root, monkeypatch):
    monkeypatch.setenv("COURSE_DB_URL", "postgresql://secret@db/x")
    secret_dir = tmp_path / "instructor"
    secret_dir.mkdir()
    (secret_dir / "gradebook.db").write_text("grades")
    paths = [str(root / "source"), str(root / "nbgrader_config.py"), str(secret_dir / "gradebook.db"), str(root / ".git"),
             str(root / "course" / "checks.py")]
    writes = [str(root / "course" / "hacked.py"), str(secret_dir / "gradebook.db"), "/tmp/hacked", "/etc/hacked",
              "data.csv"]
    outputs = _run(f"PATHS = {paths!r}\nWRITES = {writes!r}\n" + PROBE, tmp_path, memory_mb=1024)
    text = "".join(o.get("text", "") for o in outputs)
    assert "FACTS" in text, outputs
    facts = json.loads(text.split("FACTS", 1)[1])
    assert facts["uid"] == sandbox.sandbox_ids("course-sandbox")[0] != 0
    assert facts["sees"] == {**{p: False for p in paths[:4]}, paths[4]: True}
    assert facts["writes"]["data.csv"] == "wrote"  # its own scratch copy of the assignment's files
    assert all(v != "wrote" for k, v in facts["writes"].items() if k != "data.csv"), facts["writes"]
    assert (secret_dir / "gradebook.db").read_text() == "grades"
    assert not (root / "course" / "hacked.py").exists()
    assert facts["network"] != "connected"
    assert facts["as_limit"] == 1024 * 1024 * 1024
    assert facts["cpu_limit"] == sandbox.Sandbox().cpu_seconds
    assert facts["bomb"] == "MemoryError"
    assert "COURSE_DB_URL" not in facts["env"]
    assert facts["course"] == str(root / "course" / "checks.py")


def test_the_cpu_cap_stops_a_loop_that_ignores_interrupts(tmp_path):
    from nbclient.exceptions import DeadKernelError

    # sum() over a huge range runs in C and never sees KeyboardInterrupt; only RLIMIT_CPU ends it.
    with pytest.raises(DeadKernelError):
        _run("sum(range(10 ** 13))", tmp_path, cpu_seconds=3)


def test_explorers_stay_inert_in_a_grading_kernel(tmp_path, monkeypatch):
    # nbgrader sets NBGRADER_EXECUTION around execution; the sandbox's clean environment must pass it on,
    # or every explorer widget would run its callback while a cohort is graded.
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    outputs = _run("from course.widgets import explore\nexplore(print, text=['a', 'b'])", tmp_path)
    text = "".join(o.get("text", "") for o in outputs)
    assert "switched off while the notebook is being graded" in text, outputs
