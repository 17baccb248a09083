"""`course.trainer.grading.rebuild`, without a kernel: the notebook's structure always comes from the release."""

from __future__ import annotations

import json

import nbformat
import pytest

from course.trainer import gates, grading

NAME = "00-getting-started"
PART_TWO = "00b-tables-and-functions"  # the module's second part: its engagement_rate follows 00's engagement


@pytest.fixture(scope="module")
def notebooks(root):
    source = gates.read(root / "source" / NAME / f"{NAME}.ipynb")
    release = gates.read(root / "release" / NAME / f"{NAME}.ipynb")
    return source, release


def _plain(nb) -> dict:
    return json.loads(json.dumps(nb))


def _answers(nb) -> dict[str, str]:
    return {gates.nbgrader_meta(c)["grade_id"]: c.source for c in nb.cells if gates.nbgrader_meta(c).get("solution")}


def _structure(nb) -> list[tuple[str, str]]:
    return [(c.cell_type, c.source) for c in nb.cells if not gates.nbgrader_meta(c).get("solution")]


def test_an_intact_submission_is_left_as_it_is(notebooks):
    source, release = notebooks
    solved = gates.solved_submission(source, release)
    rebuilt, findings = grading.rebuild(_plain(solved), release)
    assert findings == []
    assert [(c.cell_type, c.source) for c in rebuilt.cells] == [(c.cell_type, c.source) for c in solved.cells]


def test_stripped_metadata_and_shuffled_tests_still_find_every_answer(notebooks):
    source, release = notebooks
    solved = _plain(gates.solved_submission(source, release))
    for cell in solved["cells"]:
        cell["metadata"] = {}
    rebuilt, findings = grading.rebuild(solved, release)
    assert _answers(rebuilt) == _answers(gates.solved_submission(source, release))
    assert _structure(rebuilt) == _structure(release)
    assert any("metadata is missing" in f for f in findings)


def test_a_deleted_answer_stays_a_stub_and_tests_are_restored(notebooks):
    source, release = notebooks
    solved = _plain(gates.solved_submission(source, release))
    solved["cells"] = [c for c in solved["cells"]
                       if c["metadata"].get("nbgrader", {}).get("grade_id") not in ("views_per_person", "views_per_person_hidden")]
    rebuilt, findings = grading.rebuild(solved, release)
    assert _answers(rebuilt)["views_per_person"] == _answers(release)["views_per_person"]
    assert _structure(rebuilt) == _structure(release)
    assert "answer `views_per_person` was deleted (0 points for it)" in findings
    assert "test `views_per_person_hidden` was deleted (restored)" in findings


def test_an_inserted_helper_is_kept_before_its_answer_and_foreign_markdown_dropped(notebooks):
    source, release = notebooks
    solved = _plain(gates.solved_submission(source, release))
    at = next(i for i, c in enumerate(solved["cells"])
              if c["metadata"].get("nbgrader", {}).get("grade_id") == "n_posts")
    solved["cells"].insert(at - 2, {"cell_type": "code", "metadata": {}, "source": "helper = 1",
                                    "outputs": [], "execution_count": None})
    solved["cells"].insert(1, {"cell_type": "markdown", "metadata": {}, "source": "my notes"})
    rebuilt, _ = grading.rebuild(solved, release)
    sources = [c.source for c in rebuilt.cells]
    assert "my notes" not in sources
    assert sources.index("helper = 1") == sources.index(_answers(rebuilt)["n_posts"]) - 1


def test_exercises_belong_to_the_longest_matching_answer(notebooks, root):
    _, release = notebooks
    release = json.loads(json.dumps(release))  # 00's engagement, then 00b's engagement_rate in one notebook
    release["cells"] += json.loads((root / "release" / PART_TWO / f"{PART_TWO}.ipynb").read_text())["cells"]
    owned = grading.exercises_of(nbformat.from_dict(release))
    assert owned["engagement"] == ["engagement_check", "engagement_hidden"]
    assert "engagement_rate_check" in owned["engagement_rate"]
