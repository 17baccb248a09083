"""Decisions must be answered by judgement, not by a pattern: the same letter every time, or the longest option."""

import nbformat

from course.trainer import pedagogy


def _decision(grade_id, right, options):
    lines = "\n".join(f"- **{letter}**: {text}" for letter, text in options.items())
    return [
        nbformat.v4.new_markdown_cell(f"### Exercise: {grade_id}\n\n{lines}"),
        nbformat.v4.new_code_cell(f'{grade_id} = ...', metadata={"nbgrader": {
            "grade_id": grade_id, "solution": True, "grade": False, "locked": False}}),
        nbformat.v4.new_code_cell(
            f'expect_decision({grade_id}, name="{grade_id}", options=O, right="{right}", why={{}})',
            metadata={"nbgrader": {"grade_id": f"{grade_id}_hidden", "grade": True, "solution": False,
                                   "locked": True, "points": 2}}),
    ]


def _notebook(*decisions):
    nb = nbformat.v4.new_notebook()
    nb.cells = [cell for d in decisions for cell in _decision(*d)]
    return nb


SHORT = "do it now"
LONG = "check the facts with the department, then reply in public with the official link"


def test_always_b_and_always_the_longest_are_caught():
    nb = _notebook(*[(f"d{i}", "B", {"A": SHORT, "B": LONG, "C": SHORT, "D": SHORT}) for i in range(4)])
    found = pedagogy.decisions(nb)
    assert [d.right for d in found] == ["B"] * 4 and all(d.right_is_longest for d in found)
    problems = pedagogy.decision_problems(found)
    assert any("4 of 4 decisions have 'B'" in p for p in problems), problems
    assert any("in 4 of 4 decisions the defensible option is the longest" in p for p in problems), problems


def test_varied_letters_and_lengths_pass():
    nb = _notebook(("d1", "A", {"A": SHORT, "B": LONG, "C": SHORT}),
                   ("d2", "C", {"A": LONG, "B": SHORT, "C": LONG + " now"}),  # about as long: no cue
                   ("d3", "B", {"A": LONG, "B": SHORT, "C": SHORT}),
                   ("d4", "D", {"A": SHORT, "B": SHORT, "C": LONG, "D": SHORT}))
    found = pedagogy.decisions(nb)
    assert [d.right for d in found] == ["A", "C", "B", "D"]
    assert [d.right_is_longest for d in found] == [False, False, False, False]
    assert pedagogy.decision_problems(found) == []


def test_two_decisions_may_share_a_letter_but_not_both_be_the_longest():
    same = _notebook(("d1", "C", {"A": LONG, "C": SHORT}), ("d2", "C", {"A": LONG, "C": SHORT}))
    assert pedagogy.decision_problems(pedagogy.decisions(same)) == []
    longest = _notebook(("d1", "A", {"A": LONG, "C": SHORT}), ("d2", "C", {"A": SHORT, "C": LONG}))
    assert any("2 of 2" in p for p in pedagogy.decision_problems(pedagogy.decisions(longest)))


def _course(letters):
    options = {"A": SHORT, "B": SHORT + " here", "C": SHORT + " there", "D": SHORT + " later"}
    return pedagogy.decisions(_notebook(*[(f"d{i}", letter, options) for i, letter in enumerate(letters)]))


def test_a_letter_rarely_or_often_right_across_the_course_is_caught():
    # Each notebook may pass alone (two decisions, two letters) while the course says "never A".
    rare_a = _course("BC" * 10 + "DD")
    problems = pedagogy.course_letter_problems(rare_a)
    assert problems and "A 0, B 10, C 10, D 2" in problems[0], problems
    assert pedagogy.course_letter_problems(_course("ABCD" * 5)) == []
    assert pedagogy.course_letter_problems(_course("BBB")) == []  # too few decisions to judge a course


def test_the_course_as_it_is_varies_its_letters():
    from course.trainer.build import ROOT, english_of

    # An edition's decisions are its English assignment's (the same code): counted once.
    found = [d for path in sorted((ROOT / "source").glob("*/*.ipynb")) if english_of(path.parent.name) is None
             for d in pedagogy.decisions(nbformat.read(path, 4))]
    assert len(found) >= 12
    assert pedagogy.course_letter_problems(found) == []
