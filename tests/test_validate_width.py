"""`nbgrader validate` shows a failing check's whole message (issue #14).

nbgrader's Validator cuts every line of a failed cell's code and error at `Validator.width` (90 by
default), so check messages and hints ended mid-sentence. The course's nbgrader_config.py (trainers,
`course`, plain `nbgrader`) and deploy/jupyter/common/nbgrader_config.py (every hub user's server) widen it.
"""

from __future__ import annotations

import io
from pathlib import Path

import nbformat
import pytest
from traitlets.config.loader import PyFileConfigLoader

from course.trainer.build import nbgrader_config

MESSAGE = ("`engagement` should be the sum of reactions, comments and shares of each post, "
           "but it leaves out the shares: add them and run this check again.")
HINT = "Hint: engagement counts every reaction, comment and share a post received, whatever the platform."


def _notebook(folder: Path) -> Path:
    """A participant's notebook whose visible check fails with a long message and a long hint."""
    meta = {"schema_version": 3, "locked": False, "solution": True, "grade": False, "grade_id": "engagement"}
    check = {"schema_version": 3, "locked": True, "solution": False, "grade": True, "points": 2,
             "grade_id": "engagement_check"}
    source = ("from course.checks import CheckFailed\n\n"
              f"raise CheckFailed({MESSAGE!r}, {HINT.removeprefix('Hint: ')!r})")
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("engagement = 310 + 42", metadata={"nbgrader": meta}),
        nbformat.v4.new_code_cell(source, metadata={"nbgrader": check}),
    ])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = folder / "validate-me.ipynb"
    nbformat.write(nb, str(path))
    return path


def _validate(config, path: Path) -> tuple[str, dict]:
    from nbgrader.validator import Validator

    validator = Validator(config=config)
    validator.stream = io.StringIO()
    validator.validate_and_print(str(path))  # what `nbgrader validate` prints
    return validator.stream.getvalue(), validator.validate(str(path))  # and what Lab's button receives


def _common_config(root: Path):
    return PyFileConfigLoader("nbgrader_config.py", path=str(root / "deploy" / "jupyter" / "common")).load_config()


@pytest.mark.parametrize("which", ["course", "hub"])
def test_validate_shows_the_whole_message(tmp_path, root, which):
    assert len(MESSAGE) > 90 and len(HINT) > 90
    config = nbgrader_config(root) if which == "course" else _common_config(root)
    printed, result = _validate(config, _notebook(tmp_path))
    assert "VALIDATION FAILED ON 1 CELL(S)" in printed, printed
    assert f"CheckFailed: {MESSAGE}\n" in printed, printed
    assert f"    {HINT}\n" in printed, printed
    (failed,) = result["failed"]
    assert MESSAGE in failed["raw_error"] and HINT in failed["raw_error"]


def test_nbgraders_default_width_cuts_it(tmp_path):
    """The reason for the setting: without it the same message ends mid-sentence."""
    from traitlets.config import Config

    printed, _ = _validate(Config(), _notebook(tmp_path))
    assert MESSAGE not in printed and MESSAGE[:60] in printed and "..." in printed
