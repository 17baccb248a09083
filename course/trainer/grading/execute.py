"""Sandboxed execution: nbgrader's Execute with the kernel in `course.trainer.sandbox`, a guard before each test
cell, and a rerun without the cell when participant code kills the kernel."""

from __future__ import annotations

import copy
from pathlib import Path

import nbformat
from nbgrader.preprocessors import Execute
from traitlets import Dict, Enum, Integer

from course.trainer.grading.cells import _is_test

# Before each test cell: fresh copies of the checks, so an answer that replaced `expect_number` (or
# course.checks itself) in the kernel cannot make a test pass. If the participant broke importing, the
# guard fails and the test cell fails with it: closed, not open.
GUARD = (
    "import sys as _g_sys, importlib as _g_il\n"
    "for _g_n in ('course.checks', 'course.messages'): _g_sys.modules.pop(_g_n, None)\n"
    "_g_checks = _g_il.import_module('course.checks')\n"
    "globals().update({_g_n: getattr(_g_checks, _g_n) for _g_n in _g_checks.__all__})\n"
    "_g_il.import_module('course.messages').install()\n"
    "del _g_sys, _g_il, _g_n, _g_checks\n"
)


class SandboxedExecute(Execute):
    """nbgrader's Execute with the kernel in the sandbox, a guard before test cells, and reruns.

    When participant code kills the kernel (os._exit, the CPU cap, a crash), the cell that was running
    is disabled and the notebook runs again from the top, so the rest of the notebook is still graded;
    that cell gets an error output that says what happened.
    """

    # A big output (say 100 MB) can reach us well after the cell's reply on a busy machine; nbgrader's
    # 4 s would fail the whole notebook. The output is cut afterwards by LimitOutputSize.
    iopub_timeout = Integer(30, allow_none=False).tag(config=True)

    # The kernel's scratch folder is deleted afterwards, so a graceful shutdown protects nothing; it cost
    # 0.2 to 0.5 s per notebook, most of our overhead over plain nbclient (benchmarks/grading.py).
    shutdown_kernel = Enum(["graceful", "immediate"], default_value="immediate").tag(config=True)

    max_reruns = Integer(3, help="Kernel deaths tolerated before the rest of the notebook scores zero.").tag(
        config=True)

    extra_files = Dict({}, help="Files (name -> text) put beside the notebook while its kernel runs, and removed "
                              "after: a Hindi edition's edition.grading.json, what its hidden tests say, which "
                              "must reach neither the autograded nor the feedback folder.").tag(config=True)

    def __init__(self, *args, **kwargs):
        from course.trainer.sandbox import SandboxedKernelManager

        kwargs["kernel_manager_class"] = SandboxedKernelManager
        super().__init__(*args, **kwargs)
        self._running: int | None = None

    def preprocess_cell(self, cell, resources, index):
        self._running = index
        original = cell.source
        if cell.cell_type == "code" and _is_test(cell):
            cell.source = GUARD + original
        try:
            return super().preprocess_cell(cell, resources, index)
        finally:
            cell.source = original

    def preprocess(self, nb, resources=None, km=None):
        folder = Path(((resources or {}).get("metadata") or {}).get("path") or ".")
        placed = []
        try:
            for name, text in self.extra_files.items():
                path = folder / Path(name).name
                if not path.exists():
                    path.write_text(text, encoding="utf-8")
                    placed.append(path)
            return self._preprocess(nb, resources, km)
        finally:
            for path in placed:
                path.unlink(missing_ok=True)

    def _preprocess(self, nb, resources=None, km=None):
        from nbclient.exceptions import DeadKernelError

        disabled: dict[int, str] = {}
        for _attempt in range(self.max_reruns + 1):
            work = copy.deepcopy(nb)
            for index in disabled:
                work.cells[index].source = "raise RuntimeError('disabled: this cell stopped the kernel')"
            self._running = None
            try:
                work, resources = super().preprocess(work, resources, km=km)
                break
            except Exception as error:  # noqa: BLE001 - whatever the cell did, grade the rest without it
                if self._running is None or self._running in disabled:
                    raise
                dead = isinstance(error, DeadKernelError) or "died" in str(error).lower()
                disabled[self._running] = _death_reason(self) if dead else (
                    f"grading could not finish this cell ({type(error).__name__}: {str(error)[:120]})")
        else:
            raise RuntimeError("the kernel kept dying")
        for index, reason in disabled.items():
            work.cells[index].source = nb.cells[index].source
            work.cells[index].outputs = [nbformat.v4.new_output(
                "error", ename="KernelDied", evalue=reason, traceback=[f"KernelDied: {reason}"])]
        findings = work.metadata.setdefault("course", {}).setdefault("findings", [])
        for index, reason in disabled.items():
            findings.append(f"cell {index + 1} stopped the kernel ({reason}); graded the rest without it")
        return work, resources


def _death_reason(execute) -> str:
    from course.trainer.sandbox import Sandbox

    settings = Sandbox(config=execute.config)
    return (f"the kernel stopped while running this cell (os._exit, a crash, or more than "
            f"{settings.cpu_seconds} s of CPU time)")
