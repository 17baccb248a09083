"""Which recorded wrong answers may share one graded submission (course/trainer/batching.py).

Sharing is sound only if no wrong answer can change what another shared one's exercise is graded on; a pair
the analysis cannot prove apart must be graded apart. Each case below is a way one answer reaches another.
"""

from course.trainer.batching import Case, names, plan

# A small notebook: a table, two exercises graded on their own, and a given cell that builds on the first.
CELLS = [
    (None, "given", "import pandas as pd\nposts = pd.DataFrame({'reach': [1, 2, 3]})"),
    ("total", "answer", "total = posts['reach'].sum()"),
    ("total_check", "test", "from course.checks import expect_number\nexpect_number(total, 6, name='total')"),
    ("biggest", "answer", "biggest = posts['reach'].max()"),
    ("biggest_check", "test", "_got = biggest\nassert _got == 3"),
    (None, "given", "doubled = total * 2"),
    ("share", "answer", "share = 0.5"),
    ("share_check", "test", "assert share == 0.5"),
]
TESTS = {"total": ["total_check"], "biggest": ["biggest_check"], "share": ["share_check"]}


def _groups(cells, cases):
    return [[f"{c.answer_id}#{c.k}" for c in group] for group in plan(cells, TESTS, cases)]


def test_answers_that_cannot_reach_each_other_share_one_submission():
    cases = [Case("total", 1, "total = posts['reach'].mean()"), Case("biggest", 1, "biggest = posts['reach'].min()"),
             Case("share", 1, "share = 0.2")]
    assert _groups(CELLS, cases) == [["total#1", "biggest#1", "share#1"]]


def test_two_wrong_answers_of_one_exercise_are_never_graded_together():
    cases = [Case("share", 1, "share = 0.2"), Case("share", 2, "share = 2")]
    assert _groups(CELLS, cases) == [["share#1"], ["share#2"]]


def test_an_exercise_graded_on_another_answer_is_graded_apart_from_it():
    cells = CELLS[:7] + [("share_check", "test", "assert share == 0.5 and total > 0")]
    cases = [Case("total", 1, "total = 0"), Case("share", 1, "share = 0.2")]
    assert _groups(cells, cases) == [["total#1"], ["share#1"]]


def test_what_a_given_cell_builds_from_an_answer_carries_it_on():
    # `doubled` comes from `total`: an exercise graded on `doubled` depends on `total`'s answer.
    cells = CELLS[:7] + [("share_check", "test", "assert share == doubled / 24")]
    cases = [Case("total", 1, "total = 0"), Case("share", 1, "share = 0.2")]
    assert _groups(cells, cases) == [["total#1"], ["share#1"]]


def test_a_name_bound_anew_from_what_does_not_differ_no_longer_differs():
    # Both tests use `_got`; the second binds it anew before reading it, so the first answer cannot reach it.
    cells = CELLS[:4] + [("biggest_check", "test", "_got = biggest\nassert _got == 3")]
    cells[2] = ("total_check", "test", "_got = total\nassert _got == 6")
    cases = [Case("total", 1, "total = 0"), Case("biggest", 1, "biggest = 0")]
    assert _groups(cells, cases) == [["total#1", "biggest#1"]]
    # ... but a binding inside an `if` may not happen: then the old value is read.
    cells[4] = ("biggest_check", "test", "if biggest:\n    _got = biggest\nassert _got == 3")
    assert _groups(cells, cases) == [["total#1"], ["biggest#1"]]


def test_a_wrong_answer_that_changes_a_shared_table_is_graded_alone():
    cases = [Case("total", 1, "posts.drop(index=0, inplace=True)\ntotal = posts['reach'].sum()"),
             Case("share", 1, "share = 0.2")]
    assert _groups(CELLS, cases) == [["total#1"], ["share#1"]]
    for code in ("posts['reach'] = 0\ntotal = 0", "posts.loc[0, 'reach'] = 9\ntotal = 9", "posts.pop('reach')\ntotal = 1",
                 "rows = posts\nrows['x'] = 1\ntotal = 1"):
        assert _groups(CELLS, [Case("total", 1, code), Case("share", 1, "share = 0.2")]) == [["total#1"], ["share#1"]], code


def test_a_function_that_changes_what_it_is_given_is_graded_alone():
    # A test may pass it the shared table; the change would last into every later cell.
    code = "def total_of(df):\n    df['reach'] = df['reach'] * 2\n    return df['reach'].sum()\ntotal = total_of(posts)"
    assert names(code).changes
    assert names("def total_of(df):\n    out = df\n    out['r'] = 1\n    return out").changes  # the same table
    assert names("def total_of(df):\n    out = pd.DataFrame(df)\n    out.loc[0, 'r'] = 1\n    return out").changes
    # A copy, a new list: changing them changes nothing another cell holds.
    assert not names("def total_of(df):\n    out = df.copy()\n    out['r'] = 1\n    out.loc[0, 'r'] = 2\n"
                     "    return out").changes
    assert not names("def flags(df):\n    wrong = []\n    wrong.append('x')\n    return wrong").changes
    # ... but an element of a copied list is the original's element.
    assert names("def f(rows):\n    out = list(rows)\n    out[0]['x'] = 1\n    return out").changes


def test_code_that_could_stall_or_change_python_itself_is_graded_alone():
    for code in ("while True:\n    pass", "import sys\nsys.exit()", "exec('total = 6')", "globals()['total'] = 6",
                 "import random\ntotal = random.random()", "%time total = 6"):
        assert names(code).alone, code


def test_a_cell_that_draws_changes_the_current_figure():
    # Two chart exercises both read matplotlib's current figure: their wrong answers are graded apart.
    assert "plt" in names("import matplotlib.pyplot as plt\nplt.title('x')").writes
    assert "plt" in names("plt.bar([1], [2])").writes


def test_what_a_cell_assigns_before_reading_is_its_own():
    found = names("_got = total\nfor _x, _y in pairs:\n    print(_x + _y)\ndef f():\n    return later_name\n"
                  "later_name = 1\ntry:\n    _r = 1\nexcept ValueError as error:\n    print(error)\nprint(_r)")
    assert found.reads == {"total", "pairs", "print", "ValueError", "_r"}
    assert {"_got", "_x", "_y", "f", "later_name", "_r", "error"} <= found.writes
