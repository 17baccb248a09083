"""The gates must be able to fail: each is fed a broken copy of a real assignment and must object."""

import json
import shutil

import nbformat
import pytest

from course.trainer import gates
from course.trainer.build import Assignment, build

NAME = "00-getting-started"


@pytest.fixture
def course_copy(tmp_path, root):
    for part in (f"source/{NAME}", f"release/{NAME}", "tests/wrong_answers", "tests/right_answers"):
        shutil.copytree(root / part, tmp_path / part)
    shutil.copy(root / "nbgrader_config.py", tmp_path)
    return Assignment(NAME, tmp_path)


def _edit(path, edit):
    nb = nbformat.read(str(path), as_version=4)
    edit(nb)
    nbformat.write(nb, str(path))


def _cell(nb, grade_id):
    return next(c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)


def test_the_copy_passes_the_quick_gates(course_copy):
    for gate in (gates.gate_clean, gates.gate_sync, gates.gate_leaks, gates.gate_teaching, gates.gate_pedagogy):
        assert gate(course_copy) == [], gate.__name__


def _drop_source_line(course_copy, grade_id, predicate):
    def drop(nb):
        cell = _cell(nb, grade_id)
        cell.source = "\n".join(line for line in cell.source.splitlines() if not predicate(line))

    _edit(course_copy.source(f"{NAME}.ipynb"), drop)


def test_deleting_the_begin_hidden_line_is_caught_by_drift_and_leak_gates(course_copy):
    _drop_source_line(course_copy, "n_posts_hidden", lambda line: line.strip() == gates.BEGIN_HIDDEN)
    drift = gates.gate_sync(course_copy)
    assert any("differs from a fresh build" in p for p in drift), drift
    leaks = " ".join(gates.gate_leaks(course_copy))
    assert "do not pair up" in leaks and "'n_posts' has no hidden tests" in leaks, leaks


def test_deleting_the_end_hidden_line_is_caught(course_copy):
    _drop_source_line(course_copy, "views_per_person_hidden", lambda line: line.strip() == gates.END_HIDDEN)
    drift = " ".join(gates.gate_sync(course_copy))
    assert "course build` fails" in drift or "differs from a fresh build" in drift, drift
    assert any("do not pair up" in p for p in gates.gate_leaks(course_copy))


def test_deleting_a_line_inside_hidden_tests_leaves_the_release_unchanged(course_copy):
    # Hidden lines never reach the release, so the release is still in sync: nothing to flag, nothing leaked.
    _drop_source_line(course_copy, "n_posts_hidden", lambda line: "hint=" in line)
    assert gates.gate_sync(course_copy) == []
    assert gates.gate_leaks(course_copy) == []


def test_hidden_test_text_in_the_release_is_a_leak(course_copy):
    source = nbformat.read(str(course_copy.source(f"{NAME}.ipynb")), as_version=4)
    release = course_copy.release(f"{NAME}.ipynb").read_text()
    # a hidden line the release does not show anyway (some hidden tests repeat their visible check's lines)
    secret = [line for cell in source.cells if gates.BEGIN_HIDDEN in cell.source
              for line in gates._region_lines(cell.source, gates.BEGIN_HIDDEN, gates.END_HIDDEN)
              if len(line) > 20 and json.dumps(line)[1:-1] not in release]
    assert secret, "00 has no hidden-test line of its own to plant"

    def plant(nb):
        _cell(nb, "views_per_person_hidden").source += "\n" + secret[0]

    _edit(course_copy.release(f"{NAME}.ipynb"), plant)
    problems = gates.gate_leaks(course_copy)
    assert any("hidden test line leaks" in p for p in problems), problems


def test_solution_marker_in_the_release_is_a_leak(course_copy):
    def plant(nb):
        _cell(nb, "n_posts").source = "### BEGIN SOLUTION\nn_posts = len(posts)\n### END SOLUTION"

    _edit(course_copy.release(f"{NAME}.ipynb"), plant)
    problems = gates.gate_leaks(course_copy)
    assert any("marker" in p for p in problems) and any("solution line leaks" in p for p in problems)


def test_outputs_and_duplicate_ids_are_not_clean(course_copy):
    def dirty(nb):
        nb.cells[2].outputs = [nbformat.v4.new_output("stream", text="hello")]
        nb.cells[2].execution_count = 3
        _cell(nb, "views_per_person_check").metadata.nbgrader["grade_id"] = "views_per_person_hidden"

    _edit(course_copy.source(f"{NAME}.ipynb"), dirty)
    problems = " ".join(gates.gate_clean(course_copy))
    assert "has outputs" in problems and "execution count" in problems and "used twice" in problems


def test_missing_hint_and_time_are_teaching_problems(course_copy):
    def strip(nb):
        nb.cells[0].source = nb.cells[0].source.replace("Estimated time", "Time")
        for cell in nb.cells:
            if "Exercise 3" in cell.source:
                cell.source = cell.source.split("<details>")[0]

    _edit(course_copy.source(f"{NAME}.ipynb"), strip)
    problems = " ".join(gates.gate_teaching(course_copy))
    assert "estimated time" in problems and "'n_posts' has no hint" in problems


def _points_cells(nb):
    return [c for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade") and c.metadata["nbgrader"].get("points")]


def test_a_cell_without_its_kind_and_too_little_judgement_are_pedagogy_problems(course_copy):
    def relabel(nb):
        cells = [c for c in _points_cells(nb) if c.cell_type == "code"]
        cells[0].metadata.pop("course", None)
        for cell in cells[1:]:
            cell.metadata["course"] = {"kind": "code"}

    _edit(course_copy.source(f"{NAME}.ipynb"), relabel)
    problems = " ".join(gates.gate_pedagogy(course_copy))
    assert "metadata['course']['kind'] is None" in problems, problems
    assert "at least a third wanted" in problems, problems


def test_an_idiom_used_before_its_explanation_and_a_made_up_time_are_pedagogy_problems(course_copy):
    def edit(nb):
        nb.cells[0].source = nb.cells[0].source.replace("Estimated time: ", "Estimated time: 4")
        nb.cells.insert(1, nbformat.v4.new_code_cell("best = max([3, 1, 2], key=lambda x: -x)"))

    _edit(course_copy.source(f"{NAME}.ipynb"), edit)
    problems = " ".join(gates.gate_pedagogy(course_copy))
    assert "'lambda' is first used in cell 2 with no explanation" in problems, problems
    assert "more than 30% away from the pace rule" in problems, problems

    def explain(nb):
        nb.cells.insert(1, nbformat.v4.new_markdown_cell(
            "`lambda x: -x` is a one-line function without a name: it takes `x` and gives back `-x`."))

    _edit(course_copy.source(f"{NAME}.ipynb"), explain)
    assert "'lambda'" not in " ".join(gates.gate_pedagogy(course_copy))


def test_an_assignment_over_an_hour_fails_unless_it_is_still_listed_to_split(course_copy, monkeypatch):
    from course.trainer import pedagogy

    def lengthen(nb):  # 00 fits an hour since its split (#16): a copy made longer on purpose does not
        nb.cells.insert(1, nbformat.v4.new_markdown_cell(" ".join(["word"] * 1500)))

    _edit(course_copy.source(f"{NAME}.ipynb"), lengthen)
    computed, _ = pedagogy.minutes(gates.read(course_copy.source(f"{NAME}.ipynb")))
    assert computed > 60
    monkeypatch.setattr(pedagogy, "NOT_YET_SPLIT", {NAME})
    problems, figures = gates.pedagogy_figures(course_copy)
    assert not any("an assignment fits 30 to 60" in p for p in problems), problems
    assert any("still to split" in f for f in figures), figures
    monkeypatch.setattr(pedagogy, "NOT_YET_SPLIT", set())
    assert any("an assignment fits 30 to 60" in p for p in gates.gate_pedagogy(course_copy))


@pytest.mark.slow
def test_weakened_test_lets_a_wrong_answer_through_and_gate_4_fails(course_copy):
    def weaken(nb):
        # Both checks reduced to a type check: "engagement = reactions + comments" now scores full marks.
        # (It keeps the imports the later checks use.)
        _cell(nb, "engagement_check").source = ("import numbers\nfrom course.checks import expect_number, passed\n"
                                                "expect_number(engagement, name='engagement')")
        _cell(nb, "engagement_hidden").source = (
            "# More checks run on other data when your work is graded.\n"
            "### BEGIN HIDDEN TESTS\nexpect_number(engagement, name='engagement')\n### END HIDDEN TESTS"
        )

    _edit(course_copy.source(f"{NAME}.ipynb"), weaken)
    build([course_copy], root=course_copy.root)
    # Recorded with it: a "wrong" answer that is right, and a wrong letter that also empties the shared table.
    (course_copy.root / "tests/wrong_answers" / f"{NAME}.py").write_text(
        "WRONG_ANSWERS = {'engagement': ['engagement = reactions + comments'],\n"
        "                 'views_per_person': ['views_per_person = post[\"views\"] / post[\"reach\"] + 0'],\n"
        "                 'typical_choice': ['posts.drop(index=posts.index, inplace=True)\\ntypical_choice = \"B\"']}\n")
    problems, report = gates.gate_autograde(course_copy)
    assert any("wrong answer #1 for 'engagement' still scores 2/2" in p for p in problems), problems
    assert any("'n_posts' has no recorded wrong answer" in p for p in problems), problems
    # The first two cannot reach each other's exercise: graded in one submission, each is still caught.
    assert any("wrong answer #1 for 'views_per_person' still scores" in p for p in problems), problems
    assert "wrong-together-1" in report.scores and "wrong-engagement-1" not in report.scores, list(report.scores)
    # The one that changes `posts` in place could cost any exercise that reads it: graded alone, and it
    # costs `n_posts` nothing there because `n_posts` comes before it.
    assert "wrong-typical_choice-1" in report.scores, list(report.scores)
    assert not any("typical_choice" in p for p in problems), problems


@pytest.mark.slow
def test_a_wrong_answer_keeps_no_point_unless_partial_credit_says_why(course_copy):
    def weaken(nb):
        # The visible check reduced to a type check: a wrong sum keeps its visible point, loses the hidden one.
        cell = _cell(nb, "engagement_check")
        strict = 'expect_number(engagement, reactions + comments + shares, name="engagement", hint=_engagement_slip(engagement))'
        assert strict in cell.source
        cell.source = cell.source.replace(strict, 'expect_number(engagement, name="engagement")')

    _edit(course_copy.source(f"{NAME}.ipynb"), weaken)
    build([course_copy], root=course_copy.root)
    path = course_copy.root / "tests/wrong_answers" / f"{NAME}.py"
    path.write_text(path.read_text() + (
        "\nWRONG_ANSWERS['engagement'] = ['engagement = reactions + comments', 'engagement = reactions + shares']\n"
        "PARTIAL = {'engagement': {2: 'the test of this copy checks the type first', 3: 'no such case'}}\n"))
    problems, report = gates.gate_autograde(course_copy)
    assert any("wrong answer #1 for 'engagement' keeps 1/2" in p for p in problems), problems
    assert not any("wrong answer #2 for 'engagement'" in p for p in problems), problems
    assert any("PARTIAL names wrong answer #3 for 'engagement', which is not recorded" in p for p in problems), problems
    assert any("engagement #2 1/2 (partial credit: the test of this copy" in w for w in report.wrong_with_points)


@pytest.mark.slow
def test_a_right_answer_that_loses_points_and_too_few_right_answers_fail_the_gate(course_copy):
    # A "right" answer the checks reject (it forgot shares), one that passes, and too few for the rest.
    (course_copy.root / "tests/right_answers" / f"{NAME}.py").write_text(
        "RIGHT_ANSWERS = {'engagement': ['engagement = reactions + comments',\n"
        "                                'engagement = shares + comments + reactions'],\n"
        "                 'n_posts': ['n_posts = posts.shape[0]']}\n")
    (course_copy.root / "tests/wrong_answers" / f"{NAME}.py").write_text("WRONG_ANSWERS = {}\n")
    problems, report = gates.gate_autograde(course_copy)
    assert "right-1" in report.scores  # graded in the same single autograde run, all #1 answers together
    lost = [p for p in problems if "right answer #" in p]
    assert len(lost) == 1 and "right answer #1 for 'engagement' scores only" in lost[0], problems
    assert any("'n_posts' has 1 recorded right answer(s)" in p for p in problems), problems
    assert any("'views_per_person' has 0 recorded right answer(s)" in p for p in problems), problems
    assert not any("'engagement' has" in p and "right answer" in p for p in problems), problems


def test_two_precisions_in_one_exercise_are_caught(course_copy):
    from course.trainer import fairness

    def checks(visible, hidden):
        def edit(nb):
            _cell(nb, "views_per_person_check").source = (
                f"expect_number(views_per_person, 26400 / 18250, name='v', {visible})")
            _cell(nb, "views_per_person_hidden").source = (
                "# More checks run on other data when your work is graded.\n### BEGIN HIDDEN TESTS\n"
                f"expect_number(views_per_person, 26400 / 18250, name='v', {hidden})\n"
                "### END HIDDEN TESTS")
        _edit(course_copy.source(f"{NAME}.ipynb"), edit)
        nb = gates.read(course_copy.source(f"{NAME}.ipynb"))
        return [p for p in fairness.precision_problems(NAME, nb, gates.exercises(nb)) if "'views_per_person'" in p]

    assert checks("places=2", "places=2") == []
    problems = checks("rel_tol=1e-3", "rel_tol=1e-6")  # the visible check looser than the hidden test
    assert len(problems) == 1 and "tolerances" in problems[0], problems
    problems = checks("places=2", "places=3")
    assert any("different precisions (places=[2, 3])" in p for p in problems), problems


def test_a_cell_the_text_asks_to_change_must_be_an_answer_cell(course_copy):
    from course.trainer import fairness

    def invite(nb):
        nb.cells.insert(3, nbformat.v4.new_code_cell("# Change the district below and run the cell again.\n"
                                                     "district = 'Patna'"))
        nb.cells.insert(4, nbformat.v4.new_markdown_cell("Try another district in the cell above."))

    _edit(course_copy.source(f"{NAME}.ipynb"), invite)
    problems = fairness.edit_cell_problems(NAME, gates.read(course_copy.source(f"{NAME}.ipynb")))
    assert len(problems) == 2 and all("grading resets that cell" in p for p in problems), problems


@pytest.mark.slow
def test_fairness_cases_catch_raw_equality_a_stricter_hidden_test_and_silent_rounding(course_copy):
    def weaken(nb):
        # A raw == on the participant's object: an object that equals everything passes it.
        _cell(nb, "n_posts_hidden").source = (
            "# More checks run on other data when your work is graded.\n"
            "### BEGIN HIDDEN TESTS\nassert n_posts == len(load('posts')), 'count all rows'\n### END HIDDEN TESTS")
        # places=2 in the checks, but a hidden assertion that wants every digit: a rounding loses points.
        _cell(nb, "views_per_person_hidden").source = (
            "# More checks run on other data when your work is graded.\n### BEGIN HIDDEN TESTS\n"
            "_want = post['views'] / post['reach']\n"
            "expect_number(views_per_person, _want, name='views_per_person', places=2)\n"
            "assert abs(float(views_per_person) - _want) < 1e-9, 'check your method'\n### END HIDDEN TESTS")

        # A hint whose code is the whole answer: pasted as the answer, it solves the exercise.
        answer = nb.cells.index(_cell(nb, "n_posts"))
        lead = next(c for c in reversed(nb.cells[:answer]) if c.cell_type == "markdown")
        lead.source += "\n\n<details><summary>Hint 3</summary>\n\n```python\nlen(posts)\n```\n</details>"

    _edit(course_copy.source(f"{NAME}.ipynb"), weaken)
    build([course_copy], root=course_copy.root)
    problems, report = gates.gate_autograde(course_copy)
    assert any("the code in the hints of 'n_posts', pasted as the answer, solves it" in p for p in problems), problems
    assert report.hints_solving[f"{NAME}.ipynb"] == ["n_posts"], report.hints_solving
    assert {"rounded-0", "rounded-2", "always-equal-object", "always-equal-float"} <= set(report.scores)
    assert any("'n_posts' answered with an object that equals everything (object) scores" in p
               for p in problems), problems
    assert any("'views_per_person' rounded to 2 decimals scores" in p and "places=2" in p for p in problems), problems
    assert not any("did not survive grading" in p for p in problems), problems
    # everything else in the real notebook is fair
    others = [p for p in problems if "'n_posts'" not in p and "'views_per_person'" not in p]
    assert not others, others


def test_edit_marks_must_stay_in_their_own_cell():
    from course.trainer import fairness

    nb = nbformat.v4.new_notebook()
    meta = {"nbgrader": {"solution": True, "grade": False, "grade_id": "my_draft", "locked": False}}
    nb.cells = [nbformat.v4.new_code_cell("my_draft = ''", metadata=meta)]
    marked, ids = fairness.with_edit_marks(nb)
    assert ids == ["my_draft"] and fairness.edit_marks_kept(marked, ids) == []
    marked.cells[0].source = "my_draft = ''"  # what repair from the release did to 09's draft cell
    assert fairness.edit_marks_kept(marked, ids) == ["my_draft"]
    moved = nbformat.v4.new_notebook()  # kept, but moved into another cell (06's "Try your checker")
    moved.cells = [nbformat.v4.new_code_cell("my_draft = ''", metadata=meta),
                   nbformat.v4.new_code_cell(fairness.EDIT_MARK.format(grade_id="my_draft"))]
    assert fairness.edit_marks_kept(moved, ids) == ["my_draft"]


def test_a_wrong_answer_that_costs_another_exercise_is_charged_twice():
    report = gates.GradeReport(scores={"wrong-a-1": {"nb.ipynb": {
        "a_check": (0.0, 1.0), "a_hidden": (0.0, 2.0),  # its own exercise loses: right
        "b_check": (1.0, 1.0), "b_hidden": (0.0, 2.0),  # b, answered correctly, loses too: charged twice
        "c_check": (1.0, 1.0)}}})
    tests = {"nb.ipynb": {"a": ["a_check", "a_hidden"], "b": ["b_check", "b_hidden"], "c": ["c_check"]}}
    problems = gates._charged_twice([("wrong-a-1", "nb.ipynb", "a", tests["nb.ipynb"]["a"], 1)], report, tests)
    assert len(problems) == 1 and "wrong answer #1 for 'a' also costs 'b' 2 of 3 points" in problems[0], problems


def test_a_kernel_that_could_not_start_is_graded_again_and_any_other_error_is_not(monkeypatch):
    """Two kernels started at once can take the same port (a CI run lost 10's gate to it): the student whose
    kernel did not start is graded again; a real error in grading still fails."""
    from course.trainer.build import NbgraderFailed

    calls = []

    def fake_run(app):
        calls.append(app)
        if app == "all":
            raise NbgraderFailed("zmq.error.ZMQError: Address already in use\nKernel didn't respond in 120 seconds\n"
                                 "There was an error processing assignment '10-x' for student 'right-1'")

    monkeypatch.setattr(gates, "run_logged", fake_run)
    gates.run_with_kernel_retry(lambda student=None: student or "all")
    assert calls == ["all", "right-1"]

    def broken(app):
        raise NbgraderFailed("There was an error processing assignment '10-x' for student 'wrong-1': KeyError")

    monkeypatch.setattr(gates, "run_logged", broken)
    with pytest.raises(NbgraderFailed, match="KeyError"):
        gates.run_with_kernel_retry(lambda student=None: student or "all")


def test_a_lint_error_in_a_notebook_is_caught_by_course_check(course_copy, root):
    """`course check` runs ruff over the assignment's notebooks with the repository's settings: fix passes that
    only ran `course check` once left lint errors for the test suite to find."""
    shutil.copy(root / "pyproject.toml", course_copy.root)

    def add(nb):
        cell = next(c for c in nb.cells if c.cell_type == "code" and not c.metadata.get("nbgrader"))
        cell.source += "\npairs = list(zip([1, 2], [3, 4]))"

    _edit(course_copy.source(f"{NAME}.ipynb"), add)
    problems = " ".join(gates.gate_clean(course_copy))
    assert "lint:" in problems and "B905" in problems, problems
