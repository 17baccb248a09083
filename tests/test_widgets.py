"""course.widgets.explore: inert while nbgrader grades, an ordinary interact otherwise."""

import ipywidgets

from course import widgets


def test_explore_runs_nothing_under_grading(monkeypatch, capsys):
    calls = []
    monkeypatch.setenv("NBGRADER_EXECUTION", "autograde")
    assert widgets.explore(calls.append, platform=["Facebook", "X"]) is None
    assert calls == []
    assert "switched off" in capsys.readouterr().out


def test_explore_calls_interact_and_shows_no_return_value(monkeypatch):
    seen = {}
    monkeypatch.delenv("NBGRADER_EXECUTION", raising=False)
    monkeypatch.setattr(ipywidgets, "interact", lambda function, **controls: seen.update(controls) or function)
    assert widgets.explore(print, platform=["Facebook", "X"]) is None
    assert seen == {"platform": ["Facebook", "X"]}
