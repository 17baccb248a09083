"""Feedback goes back to the participant, sanitized, whichever way a trainer makes it; the cohort report
says what it counts (issue #13).

One real cycle in a copy of the course laid out as trainers keep it on the hub (nbgrader_config.py,
source/ and release/ only), with its own exchange: release, fetch and submit as a participant through
nbgrader's exchange, collect, `course grade`, then plain `nbgrader generate_feedback`, Formgrader's
`NbGraderAPI.generate_feedback`, `nbgrader release_feedback` and, as the participant, `fetch_feedback`.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from course.trainer import gates

NAME = "00-getting-started"
STUDENT = "ana"
UNATTEMPTED = "views_per_person"  # left as the release's stub in the submission
BLANK = "n_posts"  # answer cell emptied
WRITTEN = "reach_explained"  # the written answer, graded by hand
# A right answer that prints its inputs: the hidden test's inputs (7321, 250000) must not reach the feedback.
# The function exercise is in the module's second part (00 has no hidden test that tries other inputs).
PRINTS_IN = "00b-tables-and-functions"
PRINTS = ("engagement_rate", 'def engagement_rate(engagements, reach):\n    print("called with", engagements, reach)\n'
          "    return engagements / reach * 100")
HIDDEN_INPUT_PRINTED = "called with 7321 250000"
slow = pytest.mark.slow


def _run(args: list[str], cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "COURSE_DB_URL"}
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["PYTHONPATH"] = str(Path(__file__).resolve().parent.parent)  # the course package under test
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


def _nbgrader(*args: str, cwd: Path, exchange: Path, **kwargs) -> subprocess.CompletedProcess:
    nbgrader = str(Path(sys.executable).parent / "nbgrader")
    return _run([nbgrader, *args, f"--Exchange.root={exchange}"], cwd, **kwargs)


def _text(page: Path) -> str:
    """What a browser shows of a feedback page: tags dropped (code is split into highlighting spans)."""
    page_html = re.sub(r"(?s)<(style|script)\b.*?</\1>", "", page.read_text(encoding="utf-8"))
    return html.unescape(re.sub(r"<[^>]+>", "", page_html))


@pytest.fixture(scope="module")
def cycle(tmp_path_factory, root):
    tmp = tmp_path_factory.mktemp("feedback-cycle")
    os.chmod(tmp, 0o700)  # source/ holds the solutions
    course, exchange, home = tmp / "course", tmp / "exchange", tmp / STUDENT
    for part in (f"source/{NAME}", f"release/{NAME}"):
        shutil.copytree(root / part, course / part)
    shutil.copy(root / "nbgrader_config.py", course)
    exchange.mkdir()
    home.mkdir()
    student = [f"--Exchange.cache={home / '.nbgrader-cache'}", "--CourseDirectory.course_id=social-media-lab",
               f"--CourseDirectory.student_id={STUDENT}"]

    _nbgrader("release_assignment", NAME, cwd=course, exchange=exchange)
    _nbgrader("fetch_assignment", NAME, *student, cwd=home, exchange=exchange)
    source = gates.read(course / "source" / NAME / f"{NAME}.ipynb")
    release = gates.read(course / "release" / NAME / f"{NAME}.ipynb")
    stub = next(c.source for c in release.cells if gates.nbgrader_meta(c).get("grade_id") == UNATTEMPTED)
    answer = gates.solved_submission(source, release, replace={UNATTEMPTED: stub, BLANK: ""})
    nbformat.write(answer, str(home / NAME / f"{NAME}.ipynb"))
    _nbgrader("submit", NAME, *student, cwd=home, exchange=exchange)
    _nbgrader("collect", NAME, cwd=course, exchange=exchange)
    submitted = course / "submitted" / STUDENT / NAME
    assert (submitted / "submission_secret.txt").is_file()  # as nbgrader's collect lays it out
    # What the exchange leaves out but a hand-copied or zipped submission brings along.
    for junk in (".ipynb_checkpoints", "__pycache__"):
        (submitted / junk).mkdir()
        shutil.copy(submitted / f"{NAME}.ipynb", submitted / junk / f"{NAME}-checkpoint.ipynb")
    (submitted / "__pycache__" / "helper.cpython-311.pyc").write_bytes(b"\0")
    yield {"course": course, "exchange": exchange, "home": home, "student": student, "source": source,
           "release": release}
    shutil.rmtree(tmp, ignore_errors=True)


def _hidden_lines(source, release) -> set[str]:
    """Lines of the hidden tests that the release does not show anyway."""
    shown = {line.strip() for cell in release.cells for line in cell.source.splitlines()}
    hidden = set()
    for cell in source.cells:
        if gates.is_test(cell) and "### BEGIN HIDDEN TESTS" in cell.source:
            inside = cell.source.split("### BEGIN HIDDEN TESTS", 1)[1].split("### END HIDDEN TESTS", 1)[0]
            hidden |= {line.strip() for line in inside.splitlines() if line.strip()} - shown
    assert hidden
    return hidden


def _score(course: Path) -> tuple[float, float]:
    """The notebook's score and maximum in the gradebook (hand-graded points included)."""
    from nbgrader.api import Gradebook

    from course.trainer import grading

    with Gradebook(grading.db_url_of(course)) as gb:
        notebook = gb.find_submission_notebook(NAME, NAME, STUDENT)
        return notebook.score, notebook.max_score


def _set_hand_grade(course: Path, score: float | None) -> None:
    """What Formgrader does when a trainer types a written answer's score (None: not graded again)."""
    from nbgrader.api import Gradebook

    from course.trainer import grading

    with Gradebook(grading.db_url_of(course)) as gb:
        grade = gb.find_grade(WRITTEN, NAME, NAME, STUDENT)
        grade.manual_score = score
        grade.needs_manual_grade = score is None
        gb.db.commit()


def _assert_sanitized(page: Path, cycle, by_hand: float | None = None) -> str:
    raw = page.read_text(encoding="utf-8")
    text = _text(page)
    for marker in ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS", "BEGIN SOLUTION", "END SOLUTION"):
        assert marker not in raw and marker not in text, marker
    for line in _hidden_lines(cycle["source"], cycle["release"]):
        assert line not in text, line
    assert "Traceback (most recent call last)" not in text and "Cell In[" not in text
    assert "Your results" in text  # SanitizeFeedback's table ran
    score, top = _score(cycle["course"])
    assert 0 < score
    if by_hand is None:  # before the trainer grades the written answer: awaiting, not 0 of 2
        assert f"{NAME} (Autograded: {score:g} / {top - 2:g}; written answers: awaiting your trainer " \
               "(2 points))" in text, text[:2000]
        assert re.search(r"Written response \(Awaiting your trainer \(2 points\)\)", text), text[:2000]
        # ... and the answer's own heading in the page says it too, not nbgrader's "Score: 0.0 / 2.0"
        assert not re.search(r"Score: 0\.0 / 2\.0", raw), re.findall(r".{200}Score: 0\.0 / 2\.0.{50}", raw, re.S)[:1]
        assert re.search(rf"⏳ {WRITTEN}\s+– / 2\s+awaiting your trainer \(2 points\)", text), text[:3000]
        assert "Written response (Score" not in text and f"(Score: {score:.1f} / {top:.1f})" not in text
    else:  # graded: the real score, nbgrader's header
        assert f"{NAME} (Score: {score:.1f} / {top:.1f})" in text, text[:2000]
        assert f"Written response (Score: {by_hand:.1f} / 2.0)" in text, text[:2000]
        assert "awaiting" not in text.lower() and "Autograded:" not in text
    # Unattempted and blank exercises say so in the course's words, not as a raw NameError.
    assert "NameError" not in text and "is not defined" not in text
    assert re.search(rf"❌ {UNATTEMPTED}\s+0 / 2\s+✋ No answer yet: replace raise NotImplementedError\(\)", text)
    assert re.search(rf"❌ {BLANK}\s+0 / 2\s+✋ No answer for {BLANK} yet: the answer cell did not create it", text)
    return text


def _feedback_page(course: Path) -> Path:
    page = course / "feedback" / STUDENT / NAME / f"{NAME}.html"
    assert page.is_file()
    return page


@slow
def test_course_grade_keeps_nbgrader_files_and_ignores_checkpoints(cycle):
    from course.trainer import grading
    from course.trainer.build import Assignment

    course = cycle["course"]
    _run([sys.executable, "-m", "course", "grade", NAME, "--root", str(course), "--no-sandbox"], course)
    for step in ("autograded", "feedback"):
        folder = course / step / STUDENT / NAME
        kept = {p.name for p in folder.iterdir()}
        assert {"timestamp.txt", "submission_secret.txt"} <= kept, (step, kept)
        assert (folder / "submission_secret.txt").read_text() == \
            (course / "submitted" / STUDENT / NAME / "submission_secret.txt").read_text()
        assert not {".ipynb_checkpoints", "__pycache__"} & kept, (step, kept)
        assert not list(folder.rglob("*-checkpoint.ipynb")) and not list(folder.rglob("*.pyc"))
    _assert_sanitized(_feedback_page(course), cycle)
    # An editor saving a checkpoint does not make the submission new.
    checkpoint = course / "submitted" / STUDENT / NAME / ".ipynb_checkpoints" / f"{NAME}-checkpoint.ipynb"
    checkpoint.write_text("{}", encoding="utf-8")
    jobs, skipped = grading.find_jobs([Assignment(NAME, course)], course, force=False)
    assert (jobs, skipped) == ([], 1)


@slow
def test_what_a_hidden_test_printed_stays_out_of_the_feedback(tmp_path, root):
    """A right answer that prints its inputs, graded by `course grade`: the feedback shows what the visible
    check printed, and nothing the hidden test printed (its other inputs)."""
    os.chmod(tmp_path, 0o700)  # source/ holds the solutions
    course = tmp_path / "course"
    for part in (f"source/{PRINTS_IN}", f"release/{PRINTS_IN}"):
        shutil.copytree(root / part, course / part)
    shutil.copy(root / "nbgrader_config.py", course)
    source = gates.read(course / "source" / PRINTS_IN / f"{PRINTS_IN}.ipynb")
    release = gates.read(course / "release" / PRINTS_IN / f"{PRINTS_IN}.ipynb")
    folder = course / "submitted" / STUDENT / PRINTS_IN
    folder.mkdir(parents=True)
    (folder / "timestamp.txt").write_text("2026-12-01 09:00:00.000000 UTC")
    nbformat.write(gates.solved_submission(source, release, replace={PRINTS[0]: PRINTS[1]}),
                   str(folder / f"{PRINTS_IN}.ipynb"))
    _run([sys.executable, "-m", "course", "grade", PRINTS_IN, "--root", str(course), "--no-sandbox"], course)
    text = _text(course / "feedback" / STUDENT / PRINTS_IN / f"{PRINTS_IN}.html")
    assert "Your results" in text  # SanitizeFeedback's table ran
    assert "called with 409 12400" in text  # what the visible check printed stays
    assert HIDDEN_INPUT_PRINTED not in text  # what a hidden test printed does not


@slow
def test_plain_nbgrader_generate_feedback_is_sanitized(cycle):
    course = cycle["course"]
    _nbgrader("generate_feedback", NAME, "--force", cwd=course, exchange=cycle["exchange"])
    _assert_sanitized(_feedback_page(course), cycle)


@slow
def test_formgrader_generate_feedback_is_sanitized(cycle):
    """Formgrader's button calls NbGraderAPI.generate_feedback in the server, with the course's config."""
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    from course.trainer.build import nbgrader_config

    course = cycle["course"]
    page = _feedback_page(course)
    page.unlink()
    config = nbgrader_config(course)
    assert config.SanitizeFeedback.release_root == str(course.resolve())  # the copy's own folder
    result = NbGraderAPI(CourseDirectory(config=config), config=config).generate_feedback(NAME, STUDENT)
    assert result["success"], result
    _assert_sanitized(page, cycle)


@slow
def test_the_participant_fetches_the_feedback(cycle):
    course, home = cycle["course"], cycle["home"]
    _nbgrader("release_feedback", NAME, cwd=course, exchange=cycle["exchange"])
    _nbgrader("fetch_feedback", NAME, *cycle["student"], cwd=home, exchange=cycle["exchange"])
    fetched = list((home / NAME / "feedback").glob(f"*/{NAME}.html"))
    assert len(fetched) == 1, list(home.rglob("*.html"))
    _assert_sanitized(fetched[0], cycle)


@slow
def test_feedback_says_awaiting_until_the_trainer_grades_by_hand(cycle):
    """Before hand-grading the page gives the autograded total and "awaiting your trainer" for the
    written answer (not "0.0 / 2.0"); once a trainer's score is in the gradebook, the real score."""
    course = cycle["course"]
    if not (course / "autograded" / STUDENT / NAME).is_dir():  # (when run on its own)
        _run([sys.executable, "-m", "course", "grade", NAME, "--root", str(course), "--no-sandbox"], course)
    _nbgrader("generate_feedback", NAME, "--force", cwd=course, exchange=cycle["exchange"])
    _assert_sanitized(_feedback_page(course), cycle)
    # In the page's table of contents, a check worth no points (a decision's visible check) says so, not
    # "Score: 0.0 / 0.0" (a participant reviewer's noise).
    page = _feedback_page(course).read_text(encoding="utf-8")
    assert re.search(r'href="#typical_choice_check">Test cell</a> \(Check \(no points', page)
    assert not re.search(r"\(Score: 0\.0 / 0\.0\)", page)
    try:
        _set_hand_grade(course, 1.5)
        _nbgrader("generate_feedback", NAME, "--force", cwd=course, exchange=cycle["exchange"])
        text = _assert_sanitized(_feedback_page(course), cycle, by_hand=1.5)
        assert re.search(rf"🟡 {WRITTEN}\s+1\.5 / 2\s+graded by your trainer", text), text[:3000]
    finally:
        _set_hand_grade(course, None)


def test_messages_for_unattempted_answers_are_the_courses():
    from course.trainer.grading import friendly_error

    def error(ename, evalue):
        return nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=["Traceback ..."])

    missing = friendly_error(error("NameError", "name 'views_per_person' is not defined"))
    assert missing.startswith("✋ No answer for `views_per_person` yet") and "NameError" not in missing
    assert 'goes in quotes, e.g. "C"' in friendly_error(error("NameError", "name 'C' is not defined"))
    assert 'in quotes, e.g. "YouTube"' in friendly_error(error("NameError", "name 'YouTube' is not defined"))

    assert friendly_error(error("NotImplementedError", "")).startswith("✋ No answer yet")
    assert friendly_error(error("CheckFailed", "`x` should be a number")) == "❌ `x` should be a number"


def test_the_report_counts_participants_and_says_which_points(tmp_path, root, monkeypatch):
    from course.trainer import report
    from course.trainer.build import Assignment

    for part in (f"source/{NAME}", f"release/{NAME}"):
        shutil.copytree(root / part, tmp_path / part)
    assignment = Assignment(NAME, tmp_path)
    release = gates.read(tmp_path / "release" / NAME / f"{NAME}.ipynb")
    wrong = "`engagement` should be a number, but it is text: '409'."
    exercises = ["engagement", "views_per_person", BLANK, "typical_choice"]

    def row(name, scored, late=0.0, by_hand=0.0):
        got = dict(zip(exercises, scored, strict=True))
        total = sum(scored) + by_hand
        return {"participant": name, **{f"{NAME}/{a}": v for a, v in got.items()},
                f"{NAME}/reach_explained": by_hand, f"{NAME}/late_penalty": late,
                f"{NAME}/total": max(total - late, 0), f"{NAME}/max": 10.0, f"{NAME}/needs_hand_grading": ""}

    rows = [row("six", [0, 2, 2, 2]),  # 6 of 8 autograded points (hand grading pending)
            row("two", [0, 2, 0, 0]),
            row("late", [2, 2, 2, 2], late=8.0),
            row("done", [2, 2, 2, 2], by_hand=2.0)]
    assert report.autograded_points(assignment) == {"engagement": 2, "views_per_person": 2, BLANK: 2,
                                                    "typical_choice": 2}
    for name in ("six", "two"):  # the same failure in both of engagement's test cells
        nb = nbformat.from_dict(json.loads(json.dumps(release)))
        for cell in nb.cells:
            if gates.nbgrader_meta(cell).get("grade_id") in ("engagement_check", "engagement_hidden"):
                cell.outputs = [nbformat.v4.new_output("error", ename="CheckFailed", evalue=wrong, traceback=[])]
        folder = tmp_path / "autograded" / name / NAME
        folder.mkdir(parents=True)
        nbformat.write(nb, str(folder / f"{NAME}.ipynb"))
    monkeypatch.setattr(report, "scores", lambda *args, **kwargs: rows)

    path = report.build_report([assignment], tmp_path)
    page = path.read_text(encoding="utf-8")
    stats = {s["exercise"]: s for s in report.exercise_stats(assignment, rows, tmp_path)}
    assert stats["engagement"]["message"] == wrong and stats["engagement"]["message_count"] == 2
    assert "(2 participants)" in page and "×)" not in page
    at_risk = {name: share for name, share, _ in json.loads(path.with_suffix(".json").read_text())["at_risk"]}
    assert set(at_risk) == {"two", "late"}  # "six" has 75% of the autograded points
    assert at_risk["two"] == pytest.approx(2 / 8)
    assert "Below 50% of the autograded points (after any late penalty; hand-graded answers are not counted" in page


def test_course_grade_refuses_a_config_without_the_sanitizer(tmp_path, root):
    from course.trainer import grading
    from course.trainer.build import Assignment

    config = (root / "nbgrader_config.py").read_text(encoding="utf-8")
    (tmp_path / "nbgrader_config.py").write_text(config.replace("c.GenerateFeedback.preprocessors", "_unused"))
    with pytest.raises(SystemExit, match="SanitizeFeedback"):
        grading.generate_feedback(Assignment(NAME, tmp_path), tmp_path)


def test_feedback_keeps_a_decisions_explanation_and_nothing_else_a_hidden_test_printed(tmp_path):
    from course.trainer.grading import SanitizeFeedback

    def test_cell(grade_id, hidden, printed):
        cell = nbformat.v4.new_code_cell(f"### BEGIN HIDDEN TESTS\n{hidden}\n### END HIDDEN TESTS")
        cell.metadata["nbgrader"] = {"grade": True, "grade_id": grade_id, "locked": True, "points": 2,
                                     "schema_version": 3, "solution": False, "task": False}
        cell.outputs = [nbformat.v4.new_output("stream", name="stdout", text=printed)]
        return cell

    nb = nbformat.v4.new_notebook()
    nb.cells = [test_cell("choice_hidden", "expect_decision(choice, name='choice', options=O, right='B')",
                          "secret input 7321\n📘 `choice` is B (wait), the defensible choice.\n📘 Why not A (go): No.\n"),
                test_cell("rate_hidden", "expect_number(rate(7321, 250000), 2.93)", "📘 called with 7321 250000\n")]
    step = SanitizeFeedback()
    step.release_root = str(tmp_path)
    out, _ = step.preprocess(nb, {"nbgrader": {"assignment": "a", "notebook": "n"}})
    shown = {c.metadata["nbgrader"]["grade_id"]: "".join(o.get("text", "") for o in c.outputs) for c in out.cells
             if c.get("metadata", {}).get("nbgrader")}
    assert shown["choice_hidden"] == "📘 `choice` is B (wait), the defensible choice.\n📘 Why not A (go): No.\n"
    assert shown["rate_hidden"] == ""  # not a decision: nothing it printed is shown, marked or not


def test_a_bar_in_a_message_is_shown_as_a_bar_in_the_results_table():
    """`|` in a code span of a message (the brackets hint's `&`, `|` and `~`) is shown without a backslash."""
    from nbconvert.filters.markdown import markdown2html

    from course.trainer.grading.feedback import _md_escape

    cell = _md_escape("for columns use `&`, `|` and `~`; a | b")
    page = markdown2html(f"| exercise | message |\n| --- | --- |\n| x | {cell} |")
    assert "<code>|</code>" in page and "\\" not in page and page.count("<td>") == 2


def test_python_errors_are_explained_before_pythons_own_words():
    from course.trainer.grading import friendly_error
    from course.trainer.grading.feedback import WORDS

    def error(ename, evalue):
        return {"output_type": "error", "ename": ename, "evalue": evalue, "traceback": []}

    said = friendly_error(error("KeyError", "'Reach'"))
    assert said.startswith("✋ there is no column") and said.endswith("(KeyError: 'Reach')"), said
    hindi = friendly_error(error("SyntaxError", "cannot assign to subscript here"), WORDS["hi"])
    assert "अक्सर `==` की जगह `=`" in hindi and "(SyntaxError: cannot assign" in hindi, hindi
    assert friendly_error(error("RecursionError", "too deep")) == "RecursionError: too deep"
