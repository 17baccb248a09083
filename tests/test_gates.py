"""The quality gates, run on every assignment found in source/: a new module needs no new test code."""

import pytest

from course.trainer import gates
from course.trainer.build import discover

ASSIGNMENTS = discover()
IDS = [a.name for a in ASSIGNMENTS]


def _report(problems: list[str]) -> str:
    return "\n".join(["", *problems])


def test_some_assignments_exist():
    assert IDS, "source/ has no assignments"


@pytest.mark.parametrize("assignment", ASSIGNMENTS, ids=IDS)
def test_gate_clean_notebooks(assignment):
    problems = gates.gate_clean(assignment)
    assert not problems, _report(problems)


@pytest.mark.parametrize("assignment", ASSIGNMENTS, ids=IDS)
def test_gate_release_in_sync(assignment):
    problems = gates.gate_sync(assignment)
    assert not problems, _report(problems)


@pytest.mark.parametrize("assignment", ASSIGNMENTS, ids=IDS)
def test_gate_no_leaks(assignment):
    problems = gates.gate_leaks(assignment)
    assert not problems, _report(problems)


@pytest.mark.parametrize("assignment", ASSIGNMENTS, ids=IDS)
def test_gate_teaching_conventions(assignment):
    problems = gates.gate_teaching(assignment)
    assert not problems, _report(problems)


@pytest.mark.slow
@pytest.mark.parametrize("assignment", ASSIGNMENTS, ids=IDS)
def test_gate_source_runs(assignment):
    problems, results = gates.gate_runs(assignment)
    for notebook, result in results.items():
        print(f"{assignment.name}/{notebook}: {result.seconds:.1f} s, kernel peak {result.peak_rss_mb:.0f} MB, "
              f"{result.figures} charts")
    assert not problems, _report(problems)


@pytest.mark.slow
@pytest.mark.parametrize("assignment", ASSIGNMENTS, ids=IDS)
def test_gate_autograde_solved_blank_wrong_and_right(assignment):
    problems, report = gates.gate_autograde(assignment)
    print(f"{assignment.name}: graded {len(report.scores)} submissions in {report.seconds:.1f} s")
    assert not problems, _report(problems)
