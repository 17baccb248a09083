"""Grading benchmark: prints figures (it is not a timed test).

    .venv/bin/python benchmarks/grading.py [--participants 40] [--assignment 00-getting-started]

On the same cohort of submissions, in one run:
1. plain sequential `nbgrader autograde` (the CLI, course config, no sandbox) vs `course grade`
   (parallel workers, sandbox, repair): wall time and ratio;
2. per notebook: one submission graded by `course grade`'s worker vs plain nbclient execution of the same
   notebook (median of a few alternating runs), and the ratio;
3. peak memory per worker (the grading process and its kernel).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from course.trainer import build as builder  # noqa: E402
from course.trainer import demo, gates, grading  # noqa: E402


def make_course(where: Path, assignment: builder.Assignment, participants: int) -> builder.Assignment:
    where.mkdir(parents=True)
    shutil.copy(ROOT / "nbgrader_config.py", where)
    for part in ("source", "release"):
        shutil.copytree(ROOT / part / assignment.name, where / part / assignment.name)
    local = builder.Assignment(assignment.name, where)
    rng = random.Random(7)
    kinds = [k for k in demo.cohort_kinds(participants * 2, rng) if k not in ("absent", "hostile", "damaged")][:participants]
    wrong = gates.load_wrong_answers(assignment)
    for i, kind in enumerate(kinds):
        folder = where / "submitted" / f"p{i:02d}" / assignment.name
        folder.mkdir(parents=True)
        for notebook in local.notebooks:
            source, release = gates.read(local.source(notebook)), gates.read(local.release(notebook))
            nb, _ = demo._work(kind, rng, source, release, wrong)
            nbformat.write(nb, str(folder / notebook))
    return local


def plain_nbgrader(course: Path, name: str) -> float:
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}")
    subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "generate_assignment", name, "--force",
                    "--log-level=ERROR"], cwd=course, env=env, check=True, stderr=subprocess.DEVNULL)
    start = time.perf_counter()
    # Plain nbgrader cannot grade damaged notebooks (the cohort here has none); its exit code is not ours.
    subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "autograde", name, "--force",
                    "--log-level=ERROR"], cwd=course, env=env, check=False, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def per_notebook(local: builder.Assignment, runs: int) -> tuple[list[float], list[float]]:
    from nbclient import NotebookClient
    from nbgrader.utils import setenv

    student = sorted((local.root / "submitted").iterdir())[0].name
    folder = local.root / "submitted" / student / local.name
    notebook = local.notebooks[0]
    plain, graded = [], []
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        template = grading.make_template(local, local.root, grading.db_url_of(local.root), Path(scratch))
        for _ in range(runs):
            nb = nbformat.read(str(folder / notebook), as_version=4)
            start = time.perf_counter()
            with setenv(NBGRADER_EXECUTION="autograde"):  # as nbgrader runs it: explorer widgets stay off
                NotebookClient(nb, timeout=60, kernel_name="python3", allow_errors=True,
                               resources={"metadata": {"path": str(folder)}}).execute()
            plain.append(time.perf_counter() - start)
            outcome = grading.grade_one(str(template), str(local.root), local.name, student, str(folder), "bench")
            shutil.rmtree(outcome.workdir, ignore_errors=True)
            graded.append(outcome.seconds)
    return plain, graded


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=40)
    parser.add_argument("--assignment", default="00-getting-started")
    parser.add_argument("--runs", type=int, default=5, help="alternating runs for the per-notebook figure")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds of plain vs course grade")
    args = parser.parse_args()
    assignment = builder.select([args.assignment])[0]
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="bench-grading-") as scratch:
        plain_course = make_course(Path(scratch) / "plain", assignment, args.participants)
        ours = Path(scratch) / "ours"
        shutil.copytree(plain_course.root, ours)
        local = builder.Assignment(assignment.name, ours)

        # Rounds alternate (plain, ours, plain, ours) so that a neighbour's load on this shared machine
        # falls on both sides of the ratio rather than on one.
        ratios, run = [], None
        for round_ in range(1, args.rounds + 1):
            sequential = plain_nbgrader(plain_course.root, assignment.name)
            print(f"round {round_}: plain sequential nbgrader autograde: {sequential:7.1f} s "
                  f"for {args.participants} submissions")
            run = grading.grade([local], ours, force=True, progress_stream=open(os.devnull, "w"))  # noqa: SIM115
            errors = sum(1 for o in run.outcomes if o.error)
            print(f"round {round_}: course grade ({run.workers} workers, sandbox):  {run.seconds:7.1f} s  "
                  f"({errors} errors)  speed-up {sequential / run.seconds:.2f}x")
            ratios.append(sequential / run.seconds)
        print(f"speed-up: {statistics.median(ratios):.2f}x, median of {len(ratios)} rounds "
              f"({', '.join(f'{r:.2f}' for r in ratios)})  (target >= 1.8x on 2 cores)")
        worker = max(o.worker_rss_mb for o in run.outcomes)
        kernel = max(o.kernel_rss_mb for o in run.outcomes)
        print(f"peak memory per worker: grading process {worker:.0f} MB + kernel {kernel:.0f} MB")

        plain, graded = per_notebook(local, args.runs)
        p, g = statistics.median(plain), statistics.median(graded)
        print(f"per notebook: plain nbclient {p:.2f} s, course grade worker {g:.2f} s (medians of {args.runs}); "
              f"ratio {g / p:.2f}  (target <= 1.3)")
    load_after = os.getloadavg()
    print(f"machine: nproc={os.cpu_count()}, load average before {load_before[0]:.1f}, after {load_after[0]:.1f} "
          "(shared with other users)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
