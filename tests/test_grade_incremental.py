"""`course grade` with nothing new makes nothing again (issue #20: a 1,000-officer gradebook): no feedback page,
no grades.csv, no report; a hand grade given in Formgrader remakes that participant's page only (and the CSV and
report); a missing page is made. Grading keeps each failing check's message in grading.json, and the report
reads it there (the autograded notebook only for a submission graded before). "At risk" at a state's size: the
most recent assignment missed, or a low score; an older one missed alone is "not submitted".

One real `course grade` (no sandbox) of three submissions of a copy of one assignment, in a private folder."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import nbformat
import pytest

from course.trainer import gates

STUDENTS = ("asha", "bina", "chand")


def _hand_graded_assignment(root: Path):
    """The first assignment with a written (hand-graded) answer and autograded exercises: (assignment, the
    written answer's grade id, an autograded answer's grade id, its notebook)."""
    from course.trainer import build
    from course.trainer.grading import exercises_of

    for assignment in build.discover(root):
        for notebook in assignment.notebooks:
            release = nbformat.read(str(assignment.release(notebook)), as_version=4)
            written = [gates.nbgrader_meta(c)["grade_id"] for c in release.cells
                       if gates.nbgrader_meta(c).get("solution") and gates.nbgrader_meta(c).get("grade")
                       and c.cell_type == "markdown"]
            exercises = exercises_of(release)
            if written and exercises and len(assignment.notebooks) == 1:
                return assignment, written[0], next(iter(exercises)), notebook
    pytest.skip("no single-notebook assignment with a written answer")


@pytest.fixture(scope="module")
def graded(tmp_path_factory, root):
    from course.trainer import build, cli

    assignment, written, blanked, notebook = _hand_graded_assignment(root)
    tmp = tmp_path_factory.mktemp("grade-incremental")
    os.chmod(tmp, 0o700)  # source/ holds the solutions
    course = tmp / "course"
    for part in ("source", "release"):
        shutil.copytree(root / part / assignment.name, course / part / assignment.name)
    shutil.copy(root / "nbgrader_config.py", course)
    source = gates.read(course / "source" / assignment.name / notebook)
    release = gates.read(course / "release" / assignment.name / notebook)
    for student in STUDENTS:
        folder = course / "submitted" / student / assignment.name
        folder.mkdir(parents=True)
        replace = {blanked: ""} if student == "bina" else {}  # bina's answer is blank: its checks fail
        nbformat.write(gates.solved_submission(source, release, replace=replace), str(folder / notebook))
    env = {k: os.environ.get(k) for k in ("COURSE_DB_URL", "COURSE_ROOT")}
    os.environ.pop("COURSE_DB_URL", None)
    os.environ.pop("COURSE_ROOT", None)
    try:
        assert cli.main(["grade", assignment.name, "--no-sandbox", "--root", str(course)]) == 0
        yield {"course": course, "assignment": build.Assignment(assignment.name, course), "written": written,
               "blanked": blanked, "stem": Path(notebook).stem, "cli": cli}
    finally:
        for key, value in env.items():
            if value is not None:
                os.environ[key] = value
        shutil.rmtree(tmp, ignore_errors=True)


def _pages(course: Path, name: str) -> dict[str, int]:
    return {p.parts[-3]: p.stat().st_mtime_ns for p in (course / "feedback").glob(f"*/{name}/*.html")}


def _again(graded, capsys) -> str:
    capsys.readouterr()
    course, name = graded["course"], graded["assignment"].name
    assert graded["cli"].main(["grade", name, "--no-sandbox", "--root", str(course)]) == 0
    return capsys.readouterr().out


def test_grading_json_keeps_the_failing_checks(graded):
    from course.trainer.grading import RECORD

    course, name, stem = graded["course"], graded["assignment"].name, graded["stem"]
    bina = json.loads((course / "autograded" / "bina" / name / RECORD).read_text(encoding="utf-8"))
    asha = json.loads((course / "autograded" / "asha" / name / RECORD).read_text(encoding="utf-8"))
    failing = bina["failures"][stem]
    assert failing and all(test.startswith(graded["blanked"] + "_") for test in failing), failing
    assert all(isinstance(ename, str) and isinstance(evalue, str) for ename, evalue in failing.values())
    assert asha["failures"] == {stem: {}}  # the solution: nothing fails


def test_nothing_new_makes_no_feedback_csv_or_report(graded, capsys):
    course, name = graded["course"], graded["assignment"].name
    before = _pages(course, name)
    assert set(before) == set(STUDENTS)
    outputs = [course / "grades.csv", course / "reports" / "cohort.html"]
    made = [p.stat().st_mtime_ns for p in outputs]
    out = _again(graded, capsys)
    assert "Feedback: 0 file(s) made for 0 participant(s)" in out and "3 up to date" in out, out
    assert "(up to date" in out
    assert _pages(course, name) == before
    assert [p.stat().st_mtime_ns for p in outputs] == made


def test_a_hand_grade_remakes_that_page_only(graded, capsys):
    from nbgrader.api import Gradebook

    from course.trainer import grading

    course, name, stem = graded["course"], graded["assignment"].name, graded["stem"]
    before = _pages(course, name)
    with Gradebook(grading.db_url_of(course)) as gb:  # what Formgrader does when a trainer types a score
        grade = gb.find_grade(graded["written"], stem, name, "chand")
        grade.manual_score = grade.max_score
        grade.needs_manual_grade = False
        gb.db.commit()
    out = _again(graded, capsys)
    assert "made for 1 participant(s)" in out and "2 up to date" in out, out
    after = _pages(course, name)
    assert after["chand"] != before["chand"]
    assert {s: after[s] for s in ("asha", "bina")} == {s: before[s] for s in ("asha", "bina")}
    page = (course / "feedback" / "chand" / name / f"{stem}.html").read_text(encoding="utf-8")
    assert "graded by your trainer" in page
    assert "(up to date" not in out  # the gradebook changed: grades.csv and the report are made again
    row = next(r for r in grading.scores([graded["assignment"]], course) if r["participant"] == "chand")
    assert row[f"{name}/{graded['written']}"] != ""


def test_a_missing_page_is_made(graded, capsys):
    course, name, stem = graded["course"], graded["assignment"].name, graded["stem"]
    (course / "feedback" / "asha" / name / f"{stem}.html").unlink()
    before = _pages(course, name)
    out = _again(graded, capsys)
    assert "made for 1 participant(s)" in out, out
    after = _pages(course, name)
    assert "asha" in after and {s: after[s] for s in ("bina", "chand")} == {s: before[s] for s in ("bina", "chand")}


def test_a_full_regeneration_still_makes_every_page(graded):
    from course.trainer import grading

    course, name = graded["course"], graded["assignment"].name
    before = _pages(course, name)
    grading.generate_feedback(graded["assignment"], course)
    after = _pages(course, name)
    assert set(after) == set(STUDENTS) and all(after[s] != before[s] for s in STUDENTS)


def test_the_report_reads_failures_from_grading_json_and_falls_back_to_the_notebook(graded):
    from course.trainer import grading, report
    from course.trainer.grading import RECORD

    course, assignment, stem = graded["course"], graded["assignment"], graded["stem"]
    rows = grading.scores([assignment], course)
    stats = {s["exercise"]: s for s in report.exercise_stats(assignment, rows, course)}
    blanked = stats[graded["blanked"]]
    assert blanked["message_count"] == 1 and blanked["message"], blanked
    # grading.json is what is read: a message only it holds is the one the report shows
    record_path = course / "autograded" / "bina" / assignment.name / RECORD
    record = json.loads(record_path.read_text(encoding="utf-8"))
    kept = json.loads(json.dumps(record))
    test = next(iter(record["failures"][stem]))
    record["failures"][stem] = {test: ["CheckFailed", "only in grading.json"]}
    record_path.write_text(json.dumps(record), encoding="utf-8")
    try:
        stats = {s["exercise"]: s for s in report.exercise_stats(assignment, rows, course)}
        assert stats[graded["blanked"]]["message"] == "only in grading.json"
        # a submission graded before grading.json kept failures: its autograded notebook is read
        del record["failures"]
        record_path.write_text(json.dumps(record), encoding="utf-8")
        stats = {s["exercise"]: s for s in report.exercise_stats(assignment, rows, course)}
        assert stats[graded["blanked"]] == blanked
    finally:
        record_path.write_text(json.dumps(kept), encoding="utf-8")


def test_the_fingerprint_of_a_cohort_is_the_one_of_each_submission(graded):
    from nbgrader.coursedir import CourseDirectory

    from course.trainer.build import nbgrader_config
    from course.trainer.grading import run

    course, assignment = graded["course"], graded["assignment"]
    ignore = CourseDirectory(config=nbgrader_config(course)).ignore
    folder = course / "submitted" / "asha" / assignment.name
    once = run._files_digest(assignment.release_dir, ignore)
    assert run.fingerprint(folder, assignment.release_dir, ignore, once) == \
        run.fingerprint(folder, assignment.release_dir, ignore)
    assert run.load_manifest(course)[f"{assignment.name}/asha"] == run.fingerprint(folder, assignment.release_dir,
                                                                                  ignore)


def _row(assignments, scored: dict[str, float | None]) -> dict:
    """A participant's row as grading.scores gives it: each assignment's autograded exercises at `share` of
    their points (None: not submitted)."""
    from course.trainer import report

    row = {}
    for assignment in assignments:
        share = scored.get(assignment.name)
        if share is None:
            continue
        points = report.autograded_points(assignment)
        for answer, top in points.items():
            row[f"{assignment.name}/{answer}"] = top * share
        row[f"{assignment.name}/late_penalty"] = 0.0
        row[f"{assignment.name}/total"] = sum(points.values()) * share
        row[f"{assignment.name}/max"] = sum(points.values())
    return row


def test_at_risk_is_the_latest_missed_or_a_low_score_not_an_old_one_missed(root):
    from course.trainer import build, report

    assignments = [a for a in build.modules(root) if report.autograded_points(a)][:4]
    assert len(assignments) == 4
    old, *_, before_last, last = assignments
    everyone = {"missed-one-old": {a.name: 1.0 for a in assignments if a is not old},
                "missed-the-latest-two": {a.name: 1.0 for a in assignments if a not in (before_last, last)},
                "missed-the-latest": {a.name: 0.9 for a in assignments if a is not last},
                "low-score": {a.name: 0.3 for a in assignments},
                "all-done": {a.name: 0.8 for a in assignments}}
    rows = [{"participant": name, **_row(assignments, scored)} for name, scored in everyone.items()]
    at_risk = {name: why for name, _, why in report._at_risk(assignments, rows, sorted(everyone) + ["nobody"])}
    assert set(at_risk) == {"missed-the-latest-two", "missed-the-latest", "low-score", "nobody"}
    assert at_risk["missed-the-latest-two"] == f"not submitted: {before_last.name}, {last.name}"
    assert at_risk["missed-the-latest"] == f"not submitted: {last.name}"
    assert at_risk["low-score"].startswith("low score in ")
    assert at_risk["nobody"] == "nothing submitted"
    assert report._not_submitted(assignments, rows, sorted(everyone)) == [("missed-one-old", [old.name])]


def test_the_report_lists_the_older_misses_apart(graded):
    from course.trainer import report

    course = graded["course"]
    path = report.build_report([graded["assignment"]], course)
    saved = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert saved["not_submitted"] == []  # one assignment: missing it is missing the latest
    assert {name for name, _, _ in saved["at_risk"]} <= set(STUDENTS)


def test_the_report_draws_again_only_the_charts_whose_data_changed(graded, monkeypatch):
    from course.trainer import report

    course = graded["course"]
    first = report.build_report([graded["assignment"]], course).read_text(encoding="utf-8")
    drawn = []
    real = report._png
    monkeypatch.setattr(report, "_png", lambda fig: drawn.append(fig) or real(fig))
    again = report.build_report([graded["assignment"]], course).read_text(encoding="utf-8")
    assert drawn == []  # nothing changed: every chart from reports/.charts/

    def strip(page):
        return page.split("UTC</p>", 1)[1]  # (the time it was made)

    assert strip(again) == strip(first)
    rows = [dict(r) for r in report.scores([graded["assignment"]], course)]
    name = graded["assignment"].name
    rows[0][f"{name}/total"] = 0.0  # one participant's total changes: its distribution chart only
    report.build_report([graded["assignment"]], course, rows=rows)
    assert len(drawn) == 1
    assert len(list((course / "reports" / report.CHARTS).glob("*.png"))) == 3  # the old distribution chart went


def test_the_charts_drawn_before_are_found_by_another_process(graded):
    """The cache key is the same in a new process (a code object's repr holds a memory address)."""
    import subprocess
    import sys

    from course.trainer import report

    code = "from course.trainer import report; print(report._CHART_CODE == open(0).read())"
    done = subprocess.run([sys.executable, "-c", code], input=report._CHART_CODE, capture_output=True, text=True,
                          timeout=120)
    assert done.stdout.strip() == "True", done.stderr[-2000:]
