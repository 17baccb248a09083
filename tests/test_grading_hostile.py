"""Every kind of broken or hostile submission, graded through the real pipeline (`course.trainer.grading.grade`).

The submissions are made here from the 00 release and source (no fixtures on disk). One cohort is graded
once for the module, in a throw-away copy of the course; each test then checks one participant's scores,
the reason given, and that nobody else was affected. Feedback and the CSV export are checked on the same run.
"""

from __future__ import annotations

import csv
import fcntl
import html
import json
import os
import shutil
import sqlite3
from dataclasses import asdict
from pathlib import Path

import nbformat
import pytest

from course.trainer import gates, grading
from course.trainer.build import Assignment

NAME = "00-getting-started"
NOTEBOOK = f"{NAME}.ipynb"
ON_TIME = "2026-12-01 09:00:00.000000 UTC"
LATE = "2026-12-20 09:00:00.000000 UTC"
DUE = "2026-12-10 00:00:00"

pytestmark = pytest.mark.slow


def _cell(nb, grade_id):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def _index(nb, grade_id):
    return next(i for i, c in enumerate(nb.cells) if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def _cohort(source, release, course_root: Path) -> dict[str, object]:
    """participant -> a notebook (NotebookNode), raw bytes, or (file name, notebook) for a renamed file."""
    solved = lambda **replace: gates.solved_submission(source, release, replace)  # noqa: E731
    cohort: dict[str, object] = {"solved": solved(), "blank": release, "late": solved()}

    cohort["malformed-json"] = nbformat.writes(solved())[:-200].encode()
    cohort["empty-file"] = b""
    cohort["renamed"] = ("00-getting-started (1).ipynb", solved())

    nb = solved()
    del nb.cells[_index(nb, "engagement")]
    cohort["deleted-answer"] = nb

    nb = solved()
    at = _index(nb, "engagement_check")
    nb.cells.insert(at, nbformat.from_dict(json.loads(json.dumps(nb.cells[at]))))
    nb.cells.insert(at, nbformat.from_dict(json.loads(json.dumps(nb.cells[_index(nb, "engagement_hidden")]))))
    cohort["duplicated-tests"] = nb

    nb = solved(engagement="engagement = reactions + comments + shares + bonus - 7")
    nb.cells.insert(_index(nb, "engagement"), nbformat.v4.new_code_cell("bonus = 7  # my helper"))
    nb.cells.insert(3, nbformat.v4.new_markdown_cell("My notes"))
    cohort["inserted-cells"] = nb

    nb = solved()
    block = nb.cells[_index(nb, "typical_choice") - 1:_index(nb, "typical_choice_hidden") + 1]
    del nb.cells[_index(nb, "typical_choice") - 1:_index(nb, "typical_choice_hidden") + 1]
    nb.cells[_index(nb, "n_posts"):_index(nb, "n_posts")] = block  # the decision's block moved before n_posts
    cohort["reordered"] = nb

    nb = solved()
    cell = _cell(nb, "engagement")
    nb.cells[_index(nb, "engagement")] = nbformat.v4.new_markdown_cell(cell.source, metadata=cell.metadata)
    cohort["code-to-markdown"] = nb

    nb = solved()
    for cell in nb.cells:
        cell.metadata.pop("nbgrader", None)
    cohort["metadata-stripped"] = nb

    nb = solved(engagement="engagement = 1")
    _cell(nb, "engagement_hidden").source = "pass"
    _cell(nb, "views_per_person_hidden").source = ""
    cohort["edited-tests"] = nb

    cohort["lying-eq"] = solved(engagement=(
        "class Anything(int):\n    def __eq__(self, other):\n        return True\n    __hash__ = int.__hash__\n"
        "engagement = Anything(1)"))
    cohort["traceback-hooks"] = solved(engagement=(
        "import sys\nip = get_ipython()\nip.showtraceback = lambda *a, **k: None\n"
        "ip.set_custom_exc((BaseException,), lambda *a, **k: None)\nsys.excepthook = lambda *a: None\n"
        "engagement = 1"))
    cohort["rebinds-checks"] = solved(engagement=(
        "import course.checks\nexpect_number = lambda *a, **k: None\n"
        "course.checks.expect_number = lambda *a, **k: None\nengagement = 1"))
    cohort["infinite-loop"] = solved(engagement="while True:\n    pass")
    cohort["input"] = solved(engagement="engagement = int(input('How many? '))")
    cohort["os-exit"] = solved(engagement="import os\nos._exit(1)")
    cohort["memory-bomb"] = solved(engagement="hog = bytearray(50 * 1024 ** 3)\nengagement = 1")
    cohort["huge-output"] = solved(engagement=(
        "print('x' * 100_000_000)\nengagement = reactions + comments + shares"))
    secret = course_root / "source" / NAME / NOTEBOOK
    gradebook = course_root / "gradebook.db"
    cohort["snoops"] = solved(engagement=(
        "import os\nfound = []\n"
        f"for path in [{str(secret)!r}, {str(gradebook)!r}, {str(Path(__file__).parents[1] / 'source')!r}, {str(Path(__file__).parents[1] / '.git')!r}]:\n"
        "    found.append(os.path.exists(path))\n"
        "for path in [" + repr(str(gradebook)) + ", '/usr/lib/hacked.txt', '/etc/hacked.txt']:\n"
        "    try:\n        open(path, 'a').write('hacked')\n        found.append('wrote ' + path)\n"
        "    except OSError as error:\n        found.append(type(error).__name__)\n"
        "print('SNOOP', found)\nengagement = reactions + comments + shares"))
    return cohort


def _shared_dir(tmp_path_factory) -> Path:
    """A folder all pytest-xdist workers of this session share (the session's own one without xdist)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="module")
def graded(tmp_path_factory, root):
    """Grade the cohort once per test session: the first xdist worker grades, the other reuses it."""
    shared = _shared_dir(tmp_path_factory)
    course_root = shared / "hostile-cohort"
    assignment = Assignment(NAME, course_root)
    with open(shared / "hostile-cohort.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = shared / "hostile-cohort.json"
        if not done.exists():
            summary = _grade_cohort(course_root, root)
            done.write_text(json.dumps(summary))
    summary = json.loads(done.read_text())
    source = gates.read(course_root / "source" / NAME / NOTEBOOK)
    release = gates.read(course_root / "release" / NAME / NOTEBOOK)
    outcomes = {o["student"]: grading.Outcome(**o) for o in summary["outcomes"]}
    rows = grading.scores([assignment], course_root)
    return {"root": course_root, "sandbox": summary["sandbox"], "outcomes": outcomes,
            "source": source, "release": release, "feedback": [Path(p) for p in summary["feedback"]],
            "csv": course_root / "grades.csv", "rows": {r["participant"]: r for r in rows},
            "submitted_unchanged": summary["submitted_unchanged"], "cohort": _cohort(source, release, course_root),
            "assignment": assignment}


def _grade_cohort(course_root: Path, root: Path) -> dict:
    for part in (f"source/{NAME}", f"release/{NAME}"):
        shutil.copytree(root / part, course_root / part)
    config = (root / "nbgrader_config.py").read_text()
    # Late work scores zero here, to see nbgrader's late-penalty plugin applied in the export.
    config += '\nc.LateSubmissionPlugin.penalty_method = "zero"\n'
    (course_root / "nbgrader_config.py").write_text(config)
    assignment = Assignment(NAME, course_root)
    source = gates.read(assignment.source(NOTEBOOK))
    release = gates.read(assignment.release(NOTEBOOK))
    cohort = _cohort(source, release, course_root)
    for student, item in cohort.items():
        folder = course_root / "submitted" / student / NAME
        folder.mkdir(parents=True)
        (folder / "timestamp.txt").write_text(LATE if student == "late" else ON_TIME)
        name = NOTEBOOK
        if isinstance(item, tuple):
            name, item = item
        if isinstance(item, bytes):
            (folder / name).write_bytes(item)
        else:
            nbformat.write(item, str(folder / name))
    before = {p: p.read_bytes() for p in (course_root / "submitted").rglob("*") if p.is_file()}
    from nbgrader.api import Gradebook

    db_url = grading.db_url_of(course_root)
    with tempfile_dir() as out:
        grading.register_assignment(assignment, course_root, db_url, out)
    with Gradebook(db_url) as gb:
        gb.update_or_create_assignment(NAME, duedate=DUE)
    run = grading.grade([assignment], course_root, timeout=8, workers=2)
    feedback = grading.generate_feedback(assignment, course_root)
    grading.export_csv(grading.scores([assignment], course_root), course_root / "grades.csv")
    after = {p: p.read_bytes() for p in (course_root / "submitted").rglob("*") if p.is_file()}
    return {"sandbox": run.sandbox, "outcomes": [asdict(o) for o in run.outcomes],
            "feedback": [str(p) for p in feedback], "submitted_unchanged": before == after}


class tempfile_dir:
    def __enter__(self):
        import tempfile

        self.name = tempfile.mkdtemp()
        return Path(self.name)

    def __exit__(self, *exc):
        shutil.rmtree(self.name, ignore_errors=True)


EXERCISES = ["engagement", "views_per_person", "n_posts", "typical_choice"]


def _score(graded, student, answer):
    row = graded["rows"][student]
    return row[f"{NAME}/{answer}"]


def _full(graded, answer):
    return graded["rows"]["solved"][f"{NAME}/{answer}"]


def _findings(graded, student):
    return " | ".join(graded["outcomes"][student].findings)


def _expect(graded, student, zero=(), finding=None, lose=()):
    """`zero` exercises score 0, `lose` ones less than full marks, every other exercise full marks; the
    reason given mentions `finding`."""
    outcome = graded["outcomes"][student]
    assert outcome.error is None, outcome.error
    for answer in EXERCISES:
        got, full = _score(graded, student, answer), _full(graded, answer)
        assert full > 0
        if answer in zero:
            assert got == 0, f"{student}: {answer} should score 0, has {got}"
        elif answer in lose:
            assert got < full, f"{student}: {answer} should lose points, has {got} of {full}"
        else:
            assert got == full, f"{student}: {answer} should score {full}, has {got}; {_findings(graded, student)}"
    if finding:
        assert finding in _findings(graded, student), _findings(graded, student)


def test_everyone_was_graded_and_submitted_was_not_touched(graded):
    assert set(graded["outcomes"]) == set(graded["cohort"])
    assert graded["submitted_unchanged"]
    assert graded["sandbox"].startswith("full"), graded["sandbox"]


def test_solved_scores_full_and_blank_zero(graded):
    _expect(graded, "solved")
    _expect(graded, "blank", zero=EXERCISES)


@pytest.mark.parametrize("student, finding", [
    ("malformed-json", "broken JSON"),
    ("empty-file", "empty"),
])
def test_unreadable_files_score_zero_with_a_reason(graded, student, finding):
    _expect(graded, student, zero=EXERCISES, finding=finding)


@pytest.mark.parametrize("student, lose, finding", [
    ("renamed", (), "another name"),
    ("deleted-answer", ("engagement",), "answer `engagement` was deleted"),
    ("duplicated-tests", (), "appears 2 times"),
    ("inserted-cells", (), "added by the participant"),
    ("reordered", (), "moved"),
    ("code-to-markdown", (), "changed to markdown"),
    ("metadata-stripped", (), "metadata is missing"),
    ("edited-tests", ("engagement",), "was edited (restored)"),
])
def test_damaged_notebooks_are_repaired_from_the_release(graded, student, lose, finding):
    # `engagement = 1` passes the visible check (a whole number), and must fail the restored hidden one.
    _expect(graded, student, lose=lose, finding=finding)


@pytest.mark.parametrize("student", ["lying-eq", "traceback-hooks", "rebinds-checks"])
def test_cheating_answers_do_not_pass(graded, student):
    _expect(graded, student, lose=("engagement",))
    hidden = graded["root"] / "autograded" / student / NAME / NOTEBOOK
    assert _cell(nbformat.read(str(hidden), as_version=4), "engagement_hidden").outputs[-1].output_type == "error"


@pytest.mark.parametrize("student, finding", [
    ("infinite-loop", None),
    ("input", None),
    ("os-exit", "stopped the kernel"),
    ("memory-bomb", None),
])
def test_runaway_code_loses_only_its_own_exercise(graded, student, finding):
    _expect(graded, student, zero=("engagement",), finding=finding)


def _autograded(graded, student):
    return graded["root"] / "autograded" / student / NAME / NOTEBOOK


def test_a_100_mb_output_line_is_cut(graded):
    _expect(graded, "huge-output")
    assert _autograded(graded, "huge-output").stat().st_size < 2_000_000


def test_participant_code_cannot_see_or_touch_instructor_files(graded):
    _expect(graded, "snoops")
    nb = nbformat.read(str(_autograded(graded, "snoops")), as_version=4)
    text = "".join(o.get("text", "") for o in _cell(nb, "engagement").outputs)
    assert "SNOOP [False, False, False, False," in text, text
    assert "wrote" not in text, text
    assert text.count("OSError") + text.count("PermissionError") + text.count("FileNotFoundError") == 3, text
    with sqlite3.connect(graded["root"] / "gradebook.db") as db:  # still a sound gradebook
        assert db.execute("pragma integrity_check").fetchone()[0] == "ok"


def test_late_penalty_from_nbgrader_config_is_in_the_export(graded):
    rows = graded["rows"]
    assert rows["late"][f"{NAME}/total"] == 0
    assert rows["late"][f"{NAME}/late_penalty"] > 0
    assert rows["solved"][f"{NAME}/total"] == rows["solved"][f"{NAME}/max"] - 2  # the hand-graded answer
    with graded["csv"].open() as handle:
        table = list(csv.DictReader(handle))
    assert {r["participant"] for r in table} == set(graded["cohort"])
    assert f"{NAME}/engagement" in table[0] and "total" in table[0]


def _secret_lines(source) -> set[str]:
    lines = set()
    for cell in source.cells:
        text = cell.source
        lines |= {line.strip() for line in gates._region_lines(text, gates.BEGIN_HIDDEN, gates.END_HIDDEN)}
        lines |= {line.strip() for line in gates._region_lines(text, gates.BEGIN_SOLUTION, gates.END_SOLUTION)}
    return {line for line in lines if len(line) >= 8}


def test_feedback_shows_scores_and_messages_but_no_hidden_test_or_solution(graded):
    feedback = graded["feedback"]
    assert len(feedback) == len(graded["cohort"])  # unreadable files are graded (and explained) as blank
    public = "\n".join(c.source for c in graded["release"].cells)
    # A solution line the release itself prints (the prose defines engagement the same way) is no secret.
    secrets = {line for line in _secret_lines(graded["source"]) if line not in public}
    assert len(secrets) > 5
    leaks = []
    for path in feedback:
        student = path.parts[-3]
        html = path.read_text(encoding="utf-8")
        import html as html_module
        import re

        # Highlighted code is split into <span>s: compare the text a reader sees.
        text = html_module.unescape(re.sub(r"<[^>]+>", "", html))
        own = graded["cohort"][student]
        own = own[1] if isinstance(own, tuple) else own
        # What the participant typed may show in their own feedback (an unreadable file: nothing).
        written = "" if isinstance(own, bytes) else "\n".join(c.source for c in own.cells)
        for line in secrets:
            if line in text and line not in written:
                leaks.append((student, line))
        for marker in ("Traceback (most recent call last)", "Cell In[", "----> ", "File \"/"):
            assert marker not in text, (student, marker)
        assert "Your results" in text, student
    assert not leaks, leaks[:5]
    wrong = next(p for p in feedback if p.parts[-3] == "edited-tests").read_text(encoding="utf-8")
    assert "engagement" in wrong and "❌" in wrong


def test_the_report_shows_the_cohort(graded):
    from course.trainer import report

    path = report.build_report([graded["assignment"]], graded["root"])
    page = path.read_text(encoding="utf-8")
    assert page.count("src='data:image/png;base64,") >= 3  # completion, distribution, difficulty
    at_risk = json.loads(path.with_suffix(".json").read_text())["at_risk"]
    names = {name for name, _, _ in at_risk}
    assert {"blank", "malformed-json", "empty-file", "late"} <= names
    assert "solved" not in names
    edited = nbformat.read(str(_autograded(graded, "edited-tests")), as_version=4)
    message = grading.friendly_error(_cell(edited, "engagement_hidden").outputs[-1])
    assert message.startswith("❌ ")
    # the check's own words are the most common failure of `engagement`, as the trainer reads them
    assert html.escape(message.split("\nHint:")[0].removeprefix("❌ ")) in page
    assert "submitted under another name" in page and "broken JSON" in page
