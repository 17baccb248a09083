"""`course grade` run again grades only what is new or changed (unless forced), and keeps hand grades."""

from __future__ import annotations

import io
import shutil

import nbformat
import pytest

from course.trainer import gates, grading
from course.trainer.build import Assignment

NAME = "00-getting-started"
pytestmark = pytest.mark.slow


def _course(tmp_path, root, submissions: dict) -> Assignment:
    """A copy of the 00 course in tmp_path with one submitted notebook per participant."""
    for part in (f"source/{NAME}", f"release/{NAME}"):
        shutil.copytree(root / part, tmp_path / part)
    shutil.copy(root / "nbgrader_config.py", tmp_path)
    for student, nb in submissions.items():
        folder = tmp_path / "submitted" / student / NAME
        folder.mkdir(parents=True)
        nbformat.write(nb, str(folder / f"{NAME}.ipynb"))
    return Assignment(NAME, tmp_path)


def test_only_new_or_changed_submissions_are_regraded(tmp_path, root):
    from nbgrader.api import Gradebook

    source, release = gates.read(root / "source" / NAME / f"{NAME}.ipynb"), gates.read(root / "release" / NAME / f"{NAME}.ipynb")
    assignment = _course(tmp_path, root, {"ana": gates.solved_submission(source, release), "ben": release})

    progress = io.StringIO()
    first = grading.grade([assignment], tmp_path, progress_stream=progress)
    assert sorted(o.student for o in first.outcomes) == ["ana", "ben"]
    assert "2/2 graded" in progress.getvalue() and "ETA" in progress.getvalue()

    with Gradebook(grading.db_url_of(tmp_path)) as gb:  # a trainer hand-grades the written answer
        grade = gb.find_grade("reach_explained", NAME, NAME, "ana")
        grade.manual_score = 2
        gb.db.commit()

    again = grading.grade([assignment], tmp_path)
    assert again.outcomes == [] and again.skipped == 2

    nbformat.write(gates.solved_submission(source, release), str(tmp_path / "submitted" / "ben" / NAME / f"{NAME}.ipynb"))
    changed = grading.grade([assignment], tmp_path)
    assert [o.student for o in changed.outcomes] == ["ben"] and changed.skipped == 1

    forced = grading.grade([assignment], tmp_path, force=True)
    assert len(forced.outcomes) == 2
    rows = {r["participant"]: r for r in grading.scores([assignment], tmp_path)}
    assert rows["ben"][f"{NAME}/total"] == rows["ben"][f"{NAME}/max"] - 2  # autograded part full now
    assert rows["ana"][f"{NAME}/total"] == rows["ana"][f"{NAME}/max"]  # the hand grade survived regrading


def test_a_gradebook_write_that_fails_costs_one_submission_only(tmp_path, root, monkeypatch):
    release = gates.read(root / "release" / NAME / f"{NAME}.ipynb")
    assignment = _course(tmp_path, root, {"ana": release, "ben": release})
    real_record = grading.record

    def flaky_record(db_url, outcome, attempts=5):
        if outcome.student == "ana":
            raise RuntimeError("database went away")
        return real_record(db_url, outcome, attempts)

    monkeypatch.setattr(grading.gradebook, "record", flaky_record)
    run = grading.grade([assignment], tmp_path)
    errors = {o.student: o.error for o in run.outcomes}
    assert "database went away" in (errors["ana"] or "") and errors["ben"] is None
    assert f"{NAME}/ben" in grading.load_manifest(tmp_path)
    assert f"{NAME}/ana" not in grading.load_manifest(tmp_path)  # graded again next time
    monkeypatch.setattr(grading.gradebook, "record", real_record)
    again = grading.grade([assignment], tmp_path)
    assert [o.student for o in again.outcomes] == ["ana"] and again.outcomes[0].error is None
