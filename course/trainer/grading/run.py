"""The parallel run: which submissions are new or changed (a manifest of fingerprints), a template course
folder per assignment, one worker process per core grading one submission at a time
(`course.trainer.grading.autograde.grade_one`), and the parent collecting each result as it comes: the only writer
of the trainer's gradebook, with a progress bar on stderr."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path

from tqdm import tqdm

from course.trainer.build import ROOT, Assignment, nbgrader_config
from course.trainer.grading import gradebook
from course.trainer.grading.autograde import Outcome, grade_one
from course.trainer.grading.gradebook import (
    RECORD,
    _copy_duedate,
    db_url_of,
    known_to_gradebook,
    register_assignment,
)
from course.trainer.grading.intake import submitted_files

MANIFEST = ".course-grading.json"  # in autograded/: each graded submission's fingerprint


def fingerprint(folder: Path, release_dir: Path, ignore: list[str] | None = None,
                release_part: bytes | None = None) -> str:
    """What a submission is, for deciding whether to grade it again: its files (not those nbgrader
    ignores: an editor's checkpoint changing regrades nothing) and the release's (`release_part`: the
    release's `_files_digest`, worked out once for a cohort, not once per submission)."""
    digest = hashlib.sha256(_files_digest(folder, ignore))
    digest.update(_files_digest(release_dir, ignore) if release_part is None else release_part)
    return digest.hexdigest()


def _files_digest(base: Path, ignore: list[str] | None) -> bytes:
    """Each file's path and content digest, one after the other (what `fingerprint` hashes)."""
    parts = []
    for path in submitted_files(base, ignore):
        parts.append(str(path.relative_to(base)).encode())
        parts.append(hashlib.sha256(path.read_bytes()).digest())
    return b"".join(parts)


def make_template(assignment: Assignment, course_root: Path, real_db_url: str, where: Path) -> Path:
    """A course folder a worker copies: the release, support files, a gradebook knowing the assignment."""
    template = where / f"template-{assignment.name}"
    template.mkdir(parents=True)
    db = template / "gradebook.db"
    register_assignment(assignment, course_root, f"sqlite:///{db}", template / "release")
    support = template / "source" / assignment.name
    support.mkdir(parents=True)
    from nbgrader.coursedir import CourseDirectory

    ignore = CourseDirectory(config=nbgrader_config(course_root)).ignore
    # Data files only (the notebooks hold the solutions), as nbgrader's Autograde picks them.
    for path in submitted_files(assignment.source_dir, list(ignore) + ["*.ipynb"]):
        if path.is_file():
            dest = support / path.relative_to(assignment.source_dir)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, dest)
    _copy_duedate(assignment.name, real_db_url, f"sqlite:///{db}")
    return template


@dataclass
class Job:
    assignment: str
    student: str
    folder: Path
    fingerprint: str


def find_jobs(assignments: list[Assignment], course_root: Path, force: bool) -> tuple[list[Job], int]:
    """Submissions to grade (new or changed unless forced), and how many were skipped as unchanged."""
    from nbgrader.coursedir import CourseDirectory

    manifest = load_manifest(course_root)
    ignore = CourseDirectory(config=nbgrader_config(course_root)).ignore
    jobs, skipped = [], 0
    submitted = course_root / "submitted"
    for assignment in assignments:
        if not submitted.is_dir():
            break
        release_part = _files_digest(assignment.release_dir, ignore)
        for student_dir in sorted(p for p in submitted.iterdir() if p.is_dir()):
            folder = student_dir / assignment.name
            if not folder.is_dir():
                continue
            print_ = fingerprint(folder, assignment.release_dir, ignore, release_part)
            key = f"{assignment.name}/{student_dir.name}"
            done = (course_root / "autograded" / student_dir.name / assignment.name).is_dir()
            if not force and done and manifest.get(key) == print_:
                skipped += 1
                continue
            jobs.append(Job(assignment.name, student_dir.name, folder, print_))
    return jobs, skipped


def load_manifest(course_root: Path) -> dict:
    path = course_root / "autograded" / MANIFEST
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def save_manifest(course_root: Path, manifest: dict) -> None:
    path = course_root / "autograded" / MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True))
    tmp.replace(path)


class _Bar(tqdm):
    monitor_interval = 0  # no monitor thread: worker processes are forked from this one


class _Lines:
    """A stream for tqdm that gets one plain line per update instead of a line redrawn with carriage
    returns: a CI log or a file keeps every step, readable."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> None:
        line = text.replace("\r", "").rstrip()
        if line:
            self.stream.write(line + "\n")

    def flush(self) -> None:
        self.stream.flush()


def _terminal_width(stream) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns if stream.isatty() else 0
    except (AttributeError, OSError, ValueError):
        return 0


def progress_bar(total: int, stream=None) -> tqdm:
    """tqdm's bar with the ETA, on stderr: redrawn in place on a terminal; on anything else (a CI log, a
    file) one plain line per graded submission, nothing redrawn. TQDM_DISABLE=1 hides it (tqdm reads it)."""
    stream = stream or sys.stderr
    tty = _terminal_width(stream) > 0  # (a terminal that reports no width, as some CI runners' do, gets lines)
    return _Bar(total=total, file=stream if tty else _Lines(stream), leave=tty, dynamic_ncols=tty,
                ascii=None if tty else "-#", mininterval=0.1 if tty else 0, miniters=1,
                bar_format="[{bar:28}] {n_fmt}/{total_fmt} graded  {elapsed} elapsed  ETA {remaining}{postfix}")


@dataclass
class GradingRun:
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: int = 0
    seconds: float = 0.0
    workers: int = 0
    sandbox: str = ""


def grade(assignments: list[Assignment], course_root: Path = ROOT, *, force: bool = False,
          workers: int | None = None, db_url: str | None = None, sandbox: bool = True,
          timeout: int | None = None, progress_stream=None) -> GradingRun:
    """Autograde every new or changed submission of `assignments` in parallel; record the scores."""
    from course.trainer import sandbox as sandbox_module

    start = time.perf_counter()
    course_root = Path(course_root)
    db_url = db_url or db_url_of(course_root)
    run = GradingRun()
    if sandbox:
        level, why = sandbox_module.probe()
        run.sandbox = f"{level}: {why}"
        required = sandbox_module.Sandbox(config=nbgrader_config(course_root)).required
        # As root the kernel also switches to the sandbox user ("full"). In a trainer's own account on a hub,
        # bubblewrap runs in a user namespace ("namespaces"): the same private mounts, no network, no view of
        # source/ or the gradebook, as the trainer's uid. Only rlimits alone are refused.
        if level == "rlimits" and required:
            raise SystemExit(f"The grading sandbox is not available ({why}). Run .ci/setup.d/20-grading.sh, "
                             "or pass --no-sandbox to grade without it.")
    else:
        run.sandbox = "off (--no-sandbox): participant code runs as the grader, with rlimits only"
    jobs, run.skipped = find_jobs(assignments, course_root, force)
    run.workers = max(1, min(workers or os.cpu_count() or 1, len(jobs) or 1))
    if not jobs:
        run.seconds = time.perf_counter() - start
        return run
    _byte_compile_course()
    manifest = load_manifest(course_root)
    with tempfile.TemporaryDirectory(prefix="course-templates-") as scratch:
        templates = {}
        for assignment in assignments:
            if any(j.assignment == assignment.name for j in jobs):
                if not known_to_gradebook(assignment, db_url):
                    with tempfile.TemporaryDirectory(prefix="course-register-") as out:
                        register_assignment(assignment, course_root, db_url, Path(out))
                templates[assignment.name] = make_template(assignment, course_root, db_url, Path(scratch))
        import multiprocessing

        context = multiprocessing.get_context("fork")
        with progress_bar(len(jobs), progress_stream) as bar, \
                ProcessPoolExecutor(max_workers=run.workers, mp_context=context) as pool:
            pending = {
                pool.submit(grade_one, str(templates[j.assignment]), str(course_root), j.assignment, j.student,
                            str(j.folder), j.fingerprint, sandbox, timeout): j
                for j in jobs
            }
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    job = pending.pop(future)
                    try:
                        outcome = future.result()
                    except Exception as error:  # noqa: BLE001 - a worker crashed: that submission only
                        outcome = Outcome(job.assignment, job.student, job.fingerprint,
                                          error=f"worker crashed: {error}"[:300])
                    _collect(outcome, course_root, db_url, manifest)
                    run.outcomes.append(outcome)
                    bar.set_postfix_str(f"{job.student}/{job.assignment}", refresh=False)
                    bar.update()
    save_manifest(course_root, manifest)
    run.seconds = time.perf_counter() - start
    return run


def _byte_compile_course() -> None:
    """Byte-compile the course package while we may write to it: the kernel sees it read-only and writes
    no bytecode, and the guard re-imports course.checks before every test cell (2 ms from .pyc, 5 ms from
    source)."""
    import compileall

    from course.trainer.sandbox import COURSE_PACKAGE

    compileall.compile_dir(str(COURSE_PACKAGE), quiet=2)  # a read-only install just stays slower


def _collect(outcome: Outcome, course_root: Path, db_url: str, manifest: dict) -> None:
    """Parent side: scores into the gradebook, the autograded notebook into autograded/, a record."""
    dest = course_root / "autograded" / outcome.student / outcome.assignment
    try:
        if outcome.notebooks:
            try:
                gradebook.record(db_url, outcome)  # (looked up here: tests replace it)
            except Exception as error:  # noqa: BLE001 - this submission stays ungraded; the others go on
                outcome.error = f"scores not saved in the gradebook: {type(error).__name__}: {error}"[:300]
        if outcome.workdir:
            made = Path(outcome.workdir) / "course" / "autograded" / outcome.student / outcome.assignment
            if made.is_dir():
                if dest.exists():
                    shutil.rmtree(dest)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copytree(made, dest)
        dest.mkdir(parents=True, exist_ok=True)
        record_data = asdict(outcome)
        record_data.pop("workdir", None)
        (dest / RECORD).write_text(json.dumps(record_data, indent=1), encoding="utf-8")
        if outcome.notebooks and not outcome.error:
            manifest[f"{outcome.assignment}/{outcome.student}"] = outcome.fingerprint
    finally:
        if outcome.workdir:
            shutil.rmtree(outcome.workdir, ignore_errors=True)
