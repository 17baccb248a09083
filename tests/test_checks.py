"""course.checks: right answers pass, common slips get the message that helps, and nothing fools them."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from course.checks import (  # noqa: E402
    CheckFailed,
    call,
    expect_choice,
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
    fails("no answer yet", expect_number, None, 1, name="x")
    fails("it is text", expect_number, "5", 5, name="x")
    fails("whole Series", expect_number, pd.Series([1, 2]), 1, name="x")
    fails("multiply by 100", expect_number, 0.033, 3.3, name="rate")
    fails("NaN", expect_number, float("nan"), 1, name="x")
    fails("at least 1", expect_number, 0.5, name="x", minimum=1)
    fails("whole number", expect_number, 2.5, name="x", integer=True)
    fails("should be a number", expect_number, True, 1, name="x")


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
