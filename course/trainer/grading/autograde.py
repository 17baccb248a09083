"""One submission, graded in a worker process: nbgrader's Autograde with the course's pipeline (repair
from the release, sandboxed execution, output limits) in a private copy of a template course folder."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from course.trainer.build import nbgrader_config, run_logged
from course.trainer.grading.cells import _gid, _is_test
from course.trainer.grading.execute import SandboxedExecute
from course.trainer.grading.intake import RepairFromRelease, copy_submitted_files, read_submitted
from course.trainer.grading.limits import LimitOutputSize

# ------------------------------------------------------------------------------------------------
# Configuration of nbgrader's apps


def use_course_pipeline(config) -> None:
    """Put the course's preprocessors into nbgrader's Autograde (for plain `nbgrader autograde` too)."""
    from nbconvert.preprocessors import ClearMetadataPreprocessor
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        ClearOutput,
        DeduplicateIds,
        IgnorePattern,
        LimitOutput,
        OverwriteCells,
        OverwriteKernelspec,
        SaveAutoGrades,
    )

    config.Autograde.sanitize_preprocessors = [RepairFromRelease, ClearOutput, DeduplicateIds,
                                               OverwriteKernelspec, OverwriteCells, CheckCellMetadata]
    config.Autograde.autograde_preprocessors = [SandboxedExecute, IgnorePattern, ClearMetadataPreprocessor,
                                                LimitOutputSize, LimitOutput, SaveAutoGrades, AssignLatePenalties,
                                                CheckCellMetadata]


def autograde_config(course_root: Path, work_root: Path, db_url: str, *, sandbox: bool = True,
                     timeout: int | None = None):
    from traitlets.config import Config

    config = nbgrader_config(course_root, root=str(work_root), db_url=db_url)
    extra = Config()
    use_course_pipeline(extra)
    extra.RepairFromRelease.release_root = str(work_root)
    # Kernel scratch folders live in the worker's own folder, which is removed whatever the kernel did
    # (a kernel that died does not always get its clean-up call).
    scratch = work_root.parent / "sandbox"
    scratch.mkdir(exist_ok=True)
    extra.Sandbox.scratch_root = str(scratch)
    if not sandbox:
        extra.Sandbox.enabled = False
    if timeout is not None:
        extra.Execute.timeout = timeout
    config.merge(extra)
    return config


# ------------------------------------------------------------------------------------------------
# One submission, in a worker process


def failing_checks(notebook: dict) -> dict[str, list[str]]:
    """An autograded notebook's failing test cells: {grade id: [ename, evalue]} of each one's first error
    (evalue cut at 4,000 characters: `friendly_error` keeps at most 2,000)."""
    out = {}
    for cell in notebook.get("cells", []):
        if not _is_test(cell):
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                out[_gid(cell)] = [str(output.get("ename", "")), str(output.get("evalue", ""))[:4000]]
                break
    return out


@dataclass
class Outcome:
    assignment: str
    student: str
    fingerprint: str
    notebooks: dict = field(default_factory=dict)  # name -> {grades, comments, late_penalty}
    timestamp: str | None = None
    findings: list[str] = field(default_factory=list)
    # Each failing check's first error, per notebook (stem): {test grade id: [ename, evalue]}. Kept in the
    # submission's grading.json, so the cohort report need not read every autograded notebook for its
    # failure messages (#20: 15,000 notebooks for 1,000 participants); one graded before has none.
    failures: dict = field(default_factory=dict)
    seconds: float = 0.0
    worker_rss_mb: float = 0.0
    kernel_rss_mb: float = 0.0
    error: str | None = None
    workdir: str | None = None  # the worker's course folder (the parent copies autograded/ out, then deletes it)


def grade_one(template: str, course_root: str, assignment: str, student: str, submitted: str,
              fingerprint: str, sandbox: bool = True, timeout: int | None = None) -> Outcome:
    """Autograde one submission in a private copy of the template course folder."""
    import resource

    from nbgrader.api import Gradebook
    from nbgrader.converters import Autograde
    from nbgrader.coursedir import CourseDirectory

    start = time.perf_counter()
    outcome = Outcome(assignment, student, fingerprint)
    work = Path(tempfile.mkdtemp(prefix="course-grade-"))
    outcome.workdir = str(work)
    course = work / "course"
    try:
        shutil.copytree(template, course)
        release_dir = course / "release" / assignment
        expected = sorted(p.name for p in release_dir.glob("*.ipynb"))
        target = course / "submitted" / student / assignment
        target.mkdir(parents=True)
        folder = Path(submitted)
        db_url = f"sqlite:///{course / 'gradebook.db'}"
        config = autograde_config(Path(course_root), course, db_url, sandbox=sandbox, timeout=timeout)
        coursedir = CourseDirectory(config=config)
        # Every other file as nbgrader's Autograde would carry it: timestamp.txt, submission_secret.txt
        # (release_feedback needs it to address the feedback), data files; not what CourseDirectory.ignore
        # names (.ipynb_checkpoints, __pycache__, ...).
        outcome.findings += copy_submitted_files(folder, target, coursedir.ignore)
        # An edition in another language: its messages as the course ships them (a participant's edited or
        # deleted edition.json changes nothing), and what its hidden tests say, so the feedback is in that
        # language: put beside the notebook only while its kernel runs (SandboxedExecute.extra_files), so it
        # reaches neither autograded/ nor feedback/.
        shipped = Path(course_root) / "source" / assignment
        if (shipped / "edition.json").is_file():
            shutil.copy(shipped / "edition.json", target / "edition.json")
        if (shipped / "edition.grading.json").is_file():
            config.SandboxedExecute.extra_files = {
                "edition.grading.json": (shipped / "edition.grading.json").read_text(encoding="utf-8")}
        stamp = target / "timestamp.txt"
        if stamp.is_file():
            outcome.timestamp = stamp.read_text(errors="replace").strip()[:64]
        for name in expected:
            intake = read_submitted(folder, name, set(expected) - {name})
            outcome.findings += intake.findings
            data = intake.notebook
            if data is None:  # unreadable: grade the blank release in its place (0 points, say why)
                data = json.loads((release_dir / name).read_text(encoding="utf-8"))
                data.setdefault("metadata", {})["course"] = {"findings": intake.findings}
            else:
                data.setdefault("metadata", {})
                if not isinstance(data["metadata"], dict):
                    data["metadata"] = {}
                data["metadata"]["course"] = {"findings": []}
                data.setdefault("nbformat", 4)
                data.setdefault("nbformat_minor", 5)
            (target / name).write_text(json.dumps(data), encoding="utf-8")
        coursedir.assignment_id = assignment
        coursedir.student_id = student
        app = Autograde(coursedir=coursedir, config=config)
        app.force = True
        app.create_student = True
        try:
            run_logged(app)
        except Exception as error:  # noqa: BLE001 - reported per submission, never fatal for the cohort
            lines = [line for line in str(error).strip().splitlines() if line.strip()] or [repr(error)]
            outcome.error = " / ".join(dict.fromkeys([lines[0], lines[-1]]))[:500]
        with Gradebook(db_url) as gb:
            for name in expected:
                stem = Path(name).stem
                try:
                    sub = gb.find_submission_notebook(stem, assignment, student)
                except Exception:  # noqa: BLE001 - not graded at all
                    continue
                outcome.notebooks[stem] = {
                    "grades": {g.name: [g.auto_score, g.max_score, g.needs_manual_grade] for g in sub.grades},
                    "comments": {c.name: c.auto_comment for c in sub.comments},
                    "late_penalty": sub.late_submission_penalty,
                }
        for name in expected:
            graded = course / "autograded" / student / assignment / name
            if graded.exists():
                data = json.loads(graded.read_text(encoding="utf-8"))
                meta = data.get("metadata", {})
                for finding in meta.get("course", {}).get("findings", []):
                    if finding not in outcome.findings:
                        outcome.findings.append(finding)
                outcome.failures[Path(name).stem] = failing_checks(data)
    except Exception as error:  # noqa: BLE001
        outcome.error = f"{type(error).__name__}: {error}"[:300]
    outcome.seconds = time.perf_counter() - start
    outcome.worker_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    outcome.kernel_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return outcome
