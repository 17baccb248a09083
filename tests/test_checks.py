"""course.checks: right answers pass, common slips get the message that helps, and nothing fools them."""

import re
import sys
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from course.checks import (  # noqa: E402
    CheckFailed,
    call,
    expect_bool,
    expect_choice,
    expect_decision,
    expect_equal,
    expect_figure,
    expect_frame,
    expect_list,
    expect_number,
    expect_series,
    expect_text,
)


class EqualsEverything(float):
    def __eq__(self, other):
        return True

    __hash__ = float.__hash__


def fails(match, function, *args, **kwargs):
    with pytest.raises(CheckFailed, match=match):
        function(*args, **kwargs)


def test_numbers():
    expect_number(3.3, 3.3000001, name="x")
    expect_number(np.int64(5), 5, name="x", integer=True)
    fails("no answer yet", expect_number, ..., 1, name="x")
    fails("such as `print", expect_number, None, 1, name="x")  # engagement = print(...) gives None
    fails("it is text", expect_number, "5", 5, name="x")
    fails("whole Series", expect_number, pd.Series([1, 2]), 1, name="x")
    fails("multiply by 100", expect_number, 0.033, 3.3, name="rate")
    fails("NaN", expect_number, float("nan"), 1, name="x")
    fails("at least 1", expect_number, 0.5, name="x", minimum=1)
    fails("whole number", expect_number, 2.5, name="x", integer=True)
    fails("should be a number", expect_number, True, 1, name="x")


def test_precision_policy_accepts_rounding_within_places_and_names_coarser_rounding():
    exact = 409 / 12400 * 100  # 3.2983...
    for k in (2, 3, 6):  # rounded to `places` decimals or finer: right
        expect_number(round(exact, k), exact, name="rate", places=2)
        expect_number(np.float64(round(exact, k)), exact, name="rate", places=2)
    # rounded more coarsely: told it is a rounding, never that the method is wrong
    fails("rounded to 1 decimal place or fewer, which is too coarse here: keep at least 2 decimal places",
          expect_number, 33.0, exact * 10, name="rate", places=2)  # 32.98 to 1 decimal is 33.0 too: never blame
    fails("rounded to a whole number, which is too coarse", expect_number, 33.0, 33.4172, name="rate", places=2)
    fails("rounded to 2 decimal places or fewer, which is not precise enough here", expect_number, 3.3, exact,
          name="rate")  # 3.2983 to 2 decimals is 3.30: the finest rounding that gives 3.3
    fails("Hint: your method looks right", expect_number, 3.3, exact, name="rate")
    # a wrong value is not called a rounding, with or without places
    fails("not the expected value", expect_number, 3.4, exact, name="rate", places=2)
    fails("rounded to a whole number", expect_number, 3.0, exact, name="rate", places=2)
    fails("not the expected value", expect_number, 0.0, 0.3, name="share", places=2)  # 0 for a fraction: a method error
    # the tolerance is half a unit of the last decimal, both sides
    expect_number(2.345, 2.3449999, name="x", places=2)
    fails("not the expected value", expect_number, 2.36, 2.35, name="x", places=3)
    values = pd.Series([1.23456, 2.34567, 10.0], index=list("abc"))
    expect_series(values.round(2), values, name="s", places=2)
    fails("rounded to 1 decimal place, which is too coarse here: keep at least 2",
          expect_series, values.round(1), values, name="s", places=2)
    fails("values that differ", expect_series, values * 2, values, name="s", places=2)
    table = pd.DataFrame({"a": values.to_numpy(), "n": [1, 2, 3]})
    expect_frame(table.round(3), table, name="t", places=3)
    fails("rounded to 1 decimal place", expect_frame, table.round(1), table, name="t", places=3)


def test_objects_that_claim_equality_are_refused():
    fails("should be a number", expect_number, EqualsEverything(1.0), 7, name="x")
    fails("not what was expected", expect_list, [EqualsEverything(1.0)], [7], name="xs")
    fails("should be a number", expect_equal, EqualsEverything(0.0), 42, name="x")


def test_text_and_choices():
    expect_text(" Reel ", "reel", name="best")
    fails("empty", expect_text, "  ", name="best")
    fails("should be text", expect_text, 3, name="best")
    fails("not one of the options", expect_choice, "tiktok", "reel", name="f", choices=["reel", "image"])
    fails("not the expected answer", expect_choice, "image", "reel", name="f", choices=["reel", "image"])


def test_lists():
    expect_list([1, "a"], [1, "a"], name="xs")
    expect_list(["b", "a"], ["a", "b"], name="xs", ordered=False)
    fails("square brackets", expect_list, ("a",), name="xs")
    fails("item 2", expect_list, ["a", "c"], ["a", "b"], name="xs")
    fails("3 items", expect_list, ["a"], name="xs", length=3)


def test_frames_and_series():
    df = pd.DataFrame({"a": [1, 2], "b": [3.0, 4.0]})
    expect_frame(df.copy(), df, name="t")
    fails("missing the column", expect_frame, df[["a"]], df, name="t")
    fails("single column", expect_frame, df["a"], name="t")
    fails("some values differ", expect_frame, df.assign(b=[3.0, 5.0]), df, name="t")
    s = pd.Series([3, 1], index=["x", "y"])
    expect_series(s.copy(), s, name="s")
    fails("wrong order", expect_series, s.sort_values(), s, name="s")
    fails("one-column table", expect_series, s.to_frame(), name="s")


def test_call_explains_unwritten_crashing_and_returnless_functions():
    def unwritten(x):
        raise NotImplementedError()

    def crashing(x):
        return x / 0

    def printing(x):
        print(x)

    assert call(lambda x: x + 1, 1, name="f") == 2
    fails("not written yet", call, unwritten, 1, name="f")
    fails("ZeroDivisionError", call, crashing, 1, name="f")
    fails("forget `return`", call, printing, 1, name="f")
    fails("should be a function", call, 5, name="f")


def test_figures():
    fig, ax = plt.subplots()
    ax.bar(["a", "b"], [1, 2])
    fails("no title", expect_figure, fig, name="chart")
    ax.set_title("B is twice A", loc="left")  # the house style's place for titles
    assert expect_figure(fig, name="chart") is ax
    fails("no x-axis label", expect_figure, fig, name="chart", xlabel=True)
    fails("should give back a matplotlib Figure", expect_figure, ax, name="chart")
    plt.close("all")


def test_messages_explain_errors():
    from course.messages import explain

    assert "does not exist yet" in explain(NameError("name 'reach' is not defined"))
    assert "not written yet" in explain(NotImplementedError())
    assert explain(CheckFailed("x is wrong", "try y")).startswith("❌ x is wrong\nHint: try y")
    assert explain(ValueError("other")) is None


def test_booleans_are_checked_type_first():
    expect_bool(True, True, name="fits")
    expect_bool(np.False_, False, name="fits")  # what a pandas comparison gives
    fails("gave text", expect_bool, "False", False, name="fits")
    fails("gave the number 0", expect_bool, 0, False, name="fits")
    fails("gave a list", expect_bool, [False], False, name="fits")
    fails("rule 2", expect_bool, True, False, name="fits", message="should not fit (rule 2).")
    fails("should be True or False|should answer True or False", expect_equal, "True", True, name="x")


def test_a_one_column_table_counts_as_a_series_only_when_allowed():
    s = pd.Series([3.0, 1.0], index=["x", "y"])
    table = s.to_frame("reach")
    got = expect_series(table, s, name="t", one_column_table=True)
    assert type(got) is pd.Series
    # Not allowed: the message and the hint name the table, not the caller's hint about the values.
    with pytest.raises(CheckFailed, match="one-column table") as error:
        expect_series(table, s, name="t", hint="use .median(), not .mean()")
    assert "median" not in str(error.value)


def _old_pandas_style(x):
    warnings.warn("Series.dt.weekday is deprecated", DeprecationWarning, stacklevel=2)
    warnings.warn("a future default changes", FutureWarning, stacklevel=2)
    return x


def _to_stderr(message, category, filename, lineno, file=None, line=None):
    sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))


def test_warnings_in_participant_code_never_reach_stderr(capsys):
    # nbgrader scores a test cell that writes to stderr as 0; a kernel shows warnings on stderr.
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = _to_stderr  # as in a notebook kernel
        assert call(_old_pandas_style, 4, name="f") == 4
        expect_number(call(_old_pandas_style, 4, name="f"), 4, name="f")
        warnings.simplefilter("error")  # a participant's own filter cannot turn them into failures
        assert call(_old_pandas_style, 5, name="f") == 5
    assert capsys.readouterr().err == ""


def test_warnings_at_the_top_of_a_test_cell_go_to_stdout_in_a_kernel():
    """Through a real kernel, as nbgrader runs a test cell: no stderr output, so no lost points."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("import warnings\nimport course\ncourse.setup()"),
        nbformat.v4.new_code_cell(
            "from course.checks import call, expect_number\n"
            "def best_hour(x):\n"
            "    warnings.warn('Series.dt.weekday is deprecated', DeprecationWarning)\n"
            "    return x\n"
            "expect_number(call(best_hour, 3, name='best_hour'), 3, name='best_hour')\n"
            "warnings.warn('the test cell itself warns', FutureWarning)\n"
            "print('done')"),
    ]
    NotebookClient(nb, timeout=60, kernel_name="python3").execute()
    outputs = nb.cells[1].outputs
    assert not [o for o in outputs if o.get("name") == "stderr" or o.output_type == "error"], outputs
    shown = "".join(o.get("text", "") for o in outputs)
    assert "the test cell itself warns" in shown and "done" in shown  # the participant still sees it
    assert "weekday" not in shown  # inside a check: captured


def test_decision_accepts_any_way_of_writing_the_letter_and_explains_the_wrong_option():
    options = {"A": "hide the comment", "B": "reply in public with the number", "C": "hide, reply privately, log it"}
    why = {"A": "Hiding alone leaves the citizen's grievance unanswered.",
           "B": "Repeating the number in public exposes it further."}
    for written in ["C", "c", " C ", "(C)", "C.", "option C", "Option c", "hide, reply privately, log it"]:
        expect_decision(written, name="action", options=options)
        expect_decision(written, name="action", options=options, right="C", why=why)
    expect_decision("Ask the page's owner.", name="action", options={"A": "Ask the page's owner.", "B": "wait"})
    expect_decision(np.str_("C"), name="action", options=options, right="C")
    expect_decision("C) hide, reply privately", name="action", options=options, right="C")
    fails("not one of the options", expect_decision, "C) hide it", name="action", options=options)
    # A letter, then the participant's own reason, is that letter; two letters are no choice.
    for written in ["C, because the number must not stay public", "c: it protects her", "Option C - safest"]:
        expect_decision(written, name="action", options=options, right="C", why=why)
    fails("not one of the options", expect_decision, "A, or C", name="action", options=options)
    fails("not one of the options", expect_decision, "C, B", name="action", options=options)
    fails(r"The defensible choice is C \(hide, reply privately, log it\)", expect_decision, "A", name="action",
          options=options, right="C", why=why)
    fails("not one of the options A, B, C", expect_decision, "D", name="action", options=options)
    fails("not one of the options", expect_decision, "I would hide it", name="action", options=options)
    fails("one letter in quotes", expect_decision, 3, name="action", options=options)
    fails("one letter in quotes", expect_decision, EqualsEverything(1), name="action", options=options)
    fails("no answer yet", expect_decision, ..., name="action", options=options)
    fails(r"is A \(hide the comment\)\. Hiding alone leaves", expect_decision, "a", name="action",
          options=options, right="C", why=why)
    fails("Repeating the number", expect_decision, "B", name="action", options=options, right="C", why=why)

    class Sneaky(str):
        def __eq__(self, other):
            return True
        __hash__ = str.__hash__
    fails("one letter in quotes", expect_decision, Sneaky("A"), name="action", options=options, right="C")


def test_a_wrong_choice_learns_why_the_other_wrong_options_fail_too(capsys):
    options = {"A": "hide", "B": "reply in public", "C": "hide, reply privately, log it"}
    why = {"A": "Hiding alone leaves the grievance unanswered.", "B": "It exposes the number further."}
    fails("It exposes the number further", expect_decision, "B", name="action", options=options, right="C", why=why)
    printed = capsys.readouterr().out
    assert "📘 Why not A (hide): Hiding alone" in printed and "Why not B" not in printed and "Why not C" not in printed


def test_numpy_text_is_text():
    expect_text(np.array(["YouTube", "X"])[0], "youtube", name="next_platform")


def test_a_wrong_type_is_named_in_plain_words():
    fails(r"it is a whole number \(int64\)", expect_series, np.int64(3), name="x")
    fails(r"it is a method not yet called .*add brackets", expect_number, pd.Series([1.0]).median, name="x")
    fails(r"it is an index", expect_series, pd.Index([1, 2]), name="x")
    fails(r"it is text \(str\)", expect_series, "abc", name="x")


def test_a_crashing_function_gets_a_hint_for_its_error():
    def no_brackets(df):
        return df[df["a"] == "x" & df["b"] == "y"]

    def missing_column(df):
        return df["Reach"]

    frame = pd.DataFrame({"a": ["x"], "b": ["y"]})
    fails(r"brackets around each comparison", call, no_brackets, frame, name="f")

    def no_brackets_dates(df):  # pandas' own words when `&` meets a date column: "operation 'and_' not supported"
        return df[df["a"].isna() & df["d"] < pd.Timestamp("2026-01-15")]

    dated = pd.DataFrame({"a": [1.0, None], "d": pd.to_datetime(["2026-01-01", "2026-02-01"])})
    fails(r"brackets around each comparison", call, no_brackets_dates, dated, name="f")
    fails(r"no column or label 'Reach'", call, missing_column, frame, name="f")
    timed = pd.DataFrame({"reach": [5], "posted_at": pd.to_datetime(["2026-01-01 09:00"])})
    fails(r"did you mean `reach`\?", call, missing_column, timed, name="f")

    def quoted_parameter(df, metric):  # the input's name written in quotes: a column called "metric"
        return df["metric"]

    fails(r'`"metric"` in quotes means a column literally called metric.*`df\[metric\]`', call, quoted_parameter,
          timed, "reach", name="f")
    fails(r"its columns are `reach`, `posted_at`.*\.dt\.hour", call, lambda df: df.groupby("hour").size(), timed,
          name="f")
    fails(r"its columns are `reach`, `posted_at`\. Work from those", call, lambda df: df[df["version"] > 1], timed,
          name="f")  # a column the real data has but the check's small table does not: no talk of hours
    fails(r"pick its row first", call, lambda df: 1 if df["a"] == "x" else 0, frame, name="f")
    fails(r"its own parameters", call, lambda df: posts, frame, name="f")  # noqa: F821


def test_the_reason_for_the_defensible_option_is_shown_whatever_was_chosen(capsys):
    options = {"A": "hide", "B": "reply in public", "C": "hide, reply privately, log it"}
    why = {"A": "Hiding alone leaves the grievance unanswered.", "B": "It exposes the number further.",
           "C": "the citizen is answered and the number leaves public view."}
    fails("It exposes the number further", expect_decision, "B", name="action", options=options, right="C", why=why)
    printed = capsys.readouterr().out
    assert "📘 Why C (hide, reply privately, log it): The citizen is answered" in printed
    assert "Why not C" not in printed
    expect_decision("C", name="action", options=options, right="C", why=why)
    printed = capsys.readouterr().out
    assert "the defensible choice. The citizen is answered" in printed and "Why not C" not in printed
    expect_decision("C", name="action", options=options, right="C", why={"A": why["A"]})  # no reason given: as before
    assert "defensible choice.\n" in capsys.readouterr().out


def test_right_values_under_the_wrong_labels_are_named_as_such():
    # A groupby with as_index=False, or a column not set as the index: the values are right, the labels are not,
    # and the exercise's own hint (about computing the values) would blame the wrong thing.
    import pandas as pd

    from course.checks import CheckFailed, expect_series

    want = pd.Series([63.0, 32.0, 80.6, 12.0], index=["P1", "P2", "P3", "P4"])
    with pytest.raises(CheckFailed) as caught:
        expect_series(pd.Series([63.0, 32.0, 80.6, 12.0]), want, name="hook_rate", hint="views_3s ÷ views × 100")
    said = str(caught.value)
    assert "right values, but not the expected labels" in said and "[P1, P2, P3, …] expected, [0, 1, 2, …]" in said
    assert "views_3s" not in said
    with pytest.raises(CheckFailed) as caught:  # wrong values under the right labels: the usual message
        expect_series(want * 2, want, name="hook_rate", hint="views_3s ÷ views × 100")
    assert "differ from the expected ones" in str(caught.value)


def test_a_missing_column_message_lists_the_columns_and_says_when_it_cut_the_list():
    import pandas as pd

    from course.checks import CheckFailed, expect_columns

    with pytest.raises(CheckFailed) as fourteen:
        expect_columns(pd.DataFrame(columns=[f"c{i}" for i in range(14)]), ["departed"], name="t")
    assert "c13." in str(fourteen.value) and "…" not in str(fourteen.value)  # 07b's 13th column was left out
    with pytest.raises(CheckFailed) as many:
        expect_columns(pd.DataFrame(columns=[f"c{i}" for i in range(25)]), ["departed"], name="t")
    assert str(many.value).endswith("c19, ….")


def test_a_value_cut_off_instead_of_rounded_is_told_so_and_still_fails():
    # 1.4466 cut to 1.44 (rounded it is 1.45): the method is right, the last digit is not; the message says
    # so without giving the value away. A rounding within the precision still passes.
    with pytest.raises(CheckFailed) as failed:
        expect_number(1.44, 1.4466, name="v", places=2)
    assert "cut off after 2 decimal places instead of rounded" in str(failed.value)
    assert "1.45" not in str(failed.value)
    expect_number(1.45, 1.4466, name="v", places=2)
    with pytest.raises(CheckFailed) as other:  # another wrong value is not called a cut
        expect_number(1.43, 1.4466, name="v", places=2)
    assert "cut off" not in str(other.value)


def test_a_decision_hint_never_suggests_a_letter():
    # any letter may be the defensible one: the hint's example is the last letter, "if you chose" it
    options = {"A": "the mean", "B": "the median", "C": "the mode"}
    for value in ("something else", 3):
        with pytest.raises(CheckFailed) as failed:
            expect_decision(value, name="typical_choice", options=options)
        hint = str(failed.value).split("Hint:", 1)[1]
        assert 'typical_choice = "C" if you chose C' in hint and not re.search(r'= "[AB]"', hint), hint


def test_a_word_from_one_option_is_told_its_letter_and_still_fails():
    options = {"A": "the mean", "B": "the median", "C": "the mode"}
    with pytest.raises(CheckFailed) as failed:
        expect_decision("median", name="typical_choice", options=options)
    assert '"median" is in option B (the median)' in str(failed.value)
    with pytest.raises(CheckFailed) as shared:  # a word in two options names neither
        expect_decision("the", name="typical_choice", options=options)
    assert "is in option" not in str(shared.value)


def test_a_graded_decision_that_is_not_a_letter_still_explains_every_option(capsys):
    options = {"A": "the mean", "B": "the median"}
    with pytest.raises(CheckFailed):
        expect_decision("median", name="typical_choice", options=options, right="B",
                        why={"A": "one viral post pulls it up", "B": "a typical post"})
    shown = capsys.readouterr().out
    assert "Why B (the median)" in shown and "Why not A (the mean)" in shown
