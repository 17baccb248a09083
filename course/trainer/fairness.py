"""Gate cases for fairness, graded in the same autograde run as the solved, blank, wrong and right cases.

- **precision** (static): the checks of one exercise name one precision (`places=N`, README "Numbers"),
  and its hidden tests use the same numeric tolerances as its visible check.
- **rounding**: every answer of the solution rounded to 0, 1 and 2 decimals and to each `places` its
  notebook's checks name (functions' results too).
  An exercise rounded to at least its `places` keeps full marks; rounded more coarsely, it keeps them or
  its failing test says it is a rounding.
- **always-equal**: every answer replaced by an object whose `==` says True to everything (a plain object,
  and a float subclass), and every function by one returning such an object: every exercise scores 0.
- **edited cells**: a code cell the text asks participants to change ("try ... in the cell above",
  "change the text ... and run the cell again") must be an answer cell (worth 0 points if it is not an
  exercise), and every answer cell carries a participant's mark in the solved submission: grading must
  keep each one in its own cell.
"""

from __future__ import annotations

import ast
import re

import nbformat

from course.trainer.grading.cells import _meta
from course.trainer.markers import BEGIN_HIDDEN, END_HIDDEN, split_region

ROUNDING_DECIMALS = (0, 1, 2)  # and each exercise's own places
ROUNDING_MESSAGE = "looks like the right value"  # course.checks' words for a rounded answer
EDIT_MARK = "# edited by the participant: {grade_id}"

_PLACES = re.compile(r"\bplaces\s*=\s*(\d+)")
_TOLERANCE = re.compile(r"\b(rel_tol|abs_tol|rtol|atol|places)\s*=\s*([0-9.eE+-]+)")


def _split_hidden(source: str) -> tuple[str, str]:
    visible, hidden = split_region(source, BEGIN_HIDDEN, END_HIDDEN)
    return "\n".join(visible), "\n".join(hidden)


def _code_only(source: str) -> str:
    return "\n".join(line.split("#", 1)[0] if line.lstrip().startswith("#") else line
                     for line in source.splitlines())


def places_of(test_sources: list[str]) -> set[int]:
    return {int(m) for source in test_sources for m in _PLACES.findall(_code_only(source))}


def precision_problems(notebook: str, nb, exercises: dict[str, list[str]]) -> list[str]:
    """One precision per exercise; hidden tests no stricter (nor looser) than the visible check."""
    cells = {_meta(c).get("grade_id"): c for c in nb.cells}
    problems = []
    for answer_id, test_ids in exercises.items():
        sources = [cells[t].source for t in test_ids if t in cells]
        places = places_of(sources)
        if len(places) > 1:
            problems.append(f"{notebook}: {answer_id!r} checks name different precisions "
                            f"(places={sorted(places)}); one exercise, one precision (README, Numbers)")
        visible_tol, hidden_tol = set(), set()
        for source in sources:
            visible, hidden = _split_hidden(source)
            visible_tol |= {(k, float(v)) for k, v in _TOLERANCE.findall(_code_only(visible))}
            hidden_tol |= {(k, float(v)) for k, v in _TOLERANCE.findall(_code_only(hidden))}
        if visible_tol and hidden_tol and visible_tol != hidden_tol:
            problems.append(f"{notebook}: {answer_id!r}: the hidden test's tolerances "
                            f"{sorted(hidden_tol)} differ from the visible check's {sorted(visible_tol)}; "
                            "use places=N in both (README, Numbers)")
    return problems


_ASKS_TO_EDIT = re.compile(r"\b(try|change|edit|paste|adjust)\b[^.!?]*\b(cell|draft|address|link)\b"
                           r"|\b(change|edit|paste)\b[^.!?`]{0,20}`\w+`", re.I)
_COMMENT_ASKS_TO_EDIT = re.compile(r"^\s*#.*\b(paste|change|edit|try)\b", re.I | re.M)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def edit_cell_problems(notebook: str, nb) -> list[str]:
    """Code cells the text asks participants to change that grading would reset to the release."""
    problems = []
    cells = nb.cells
    for i, cell in enumerate(cells):
        if cell.cell_type == "code" and not _meta(cell).get("solution") and not _meta(cell).get("grade"):
            asked = _COMMENT_ASKS_TO_EDIT.search(cell.source)
            if asked:
                problems.append(f"{notebook}: a cell's comment asks participants to change it "
                                f"({asked.group(0).strip()[:70]!r}), but grading resets that cell to the release: "
                                "make it an answer cell worth 0 (nbgrader solution, not graded)")
        if cell.cell_type != "markdown":
            continue
        for sentence in _SENTENCE.split(cell.source):
            if not _ASKS_TO_EDIT.search(sentence) or "YOUR CODE HERE" in sentence:
                continue
            if re.search(r"\bcopy\b", sentence, re.I):
                continue  # "copy the cell above and change ...": the change goes into the answer cell
            above = re.search(r"\b(above|previous)\b", sentence, re.I)
            near = reversed(cells[:i]) if above else iter(cells[i + 1:])
            target = next((c for c in near if c.cell_type == "code"), None)
            if target is not None and not _meta(target).get("solution"):
                problems.append(f"{notebook}: the text asks participants to change a cell ({sentence.strip()[:70]!r}), "
                                "but grading resets that cell to the release: make it an answer cell worth 0 "
                                "(nbgrader solution, not graded)")
    return problems


# ------------------------------------------------------------------------------------------------
# What an answer cell defines


def _defined(code: str, shared: set[str]) -> tuple[list[ast.FunctionDef], list[str], list[ast.stmt]]:
    """Functions, variable names (not the notebook's shared ones, such as `posts`) and imports."""
    try:
        tree = ast.parse(code)
    except SyntaxError:
        return [], [], []
    functions, names, imports = [], [], []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            functions.append(node)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            imports.append(node)
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for leaf in ast.walk(target):
                    if isinstance(leaf, ast.Name) and leaf.id not in shared and leaf.id not in names:
                        names.append(leaf.id)
    return functions, [n for n in names if n not in {f.name for f in functions}], imports


def shared_names(nb) -> set[str]:
    """Names assigned outside answer cells (the datasets and helpers every exercise uses)."""
    shared: set[str] = set()
    for cell in nb.cells:
        if cell.cell_type != "code" or _meta(cell).get("solution"):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                shared.add(node.id)
            elif isinstance(node, ast.FunctionDef | ast.Import | ast.ImportFrom):
                shared |= {getattr(node, "name", None)} | {a.asname or a.name for a in getattr(node, "names", [])}
    return shared


# ------------------------------------------------------------------------------------------------
# Rounded answers

_ROUNDER = '''
def _gate_round(value, k):
    import numpy as _np
    import pandas as _pd
    if isinstance(value, bool | _np.bool_):
        return value
    if isinstance(value, float | _np.floating):
        return type(value)(round(float(value), k))
    if isinstance(value, _pd.DataFrame | _pd.Series):
        return value.round(k)
    if isinstance(value, _np.ndarray) and value.dtype.kind == "f":
        return _np.round(value, k)
    if isinstance(value, tuple | list):
        return type(value)(_gate_round(v, k) for v in value)
    if isinstance(value, dict):
        return {key: _gate_round(v, k) for key, v in value.items()}
    return value


def _gate_rounding(function, k):
    import functools
    @functools.wraps(function)
    def rounded(*args, **kwargs):
        return _gate_round(function(*args, **kwargs), k)
    return rounded
'''


def rounded_answer(code: str, k: int, shared: set[str]) -> str:
    """The answer, then every number it defines (and every function's result) rounded to k decimals."""
    functions, names, _ = _defined(code, shared)
    if not functions and not names:
        return code
    lines = [code, _ROUNDER]
    lines += [f"{f.name} = _gate_rounding({f.name}, {k})" for f in functions]
    lines += [f"try:\n    {n} = _gate_round({n}, {k})\nexcept NameError:\n    pass" for n in names]
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------------
# Objects that claim to equal everything

_ALWAYS_EQUAL = '''
class _AlwaysEqual:
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    __hash__ = object.__hash__
    def __repr__(self):
        return "AlwaysEqual()"


class _AlwaysEqualFloat(float):
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    __hash__ = float.__hash__
'''
ALWAYS_EQUAL_KINDS = {"object": "_AlwaysEqual()", "float": "_AlwaysEqualFloat(1.0)"}


def always_equal_answer(code: str, kind: str, shared: set[str]) -> str:
    """The answer's imports, its functions with their signatures returning the object, its names set to it."""
    functions, names, imports = _defined(code, shared)
    make = ALWAYS_EQUAL_KINDS[kind]
    parts = [ast.unparse(node) for node in imports] + [_ALWAYS_EQUAL]
    for function in functions:
        stub = ast.FunctionDef(name=function.name, args=function.args,
                               body=[ast.parse(f"return {make}").body[0]], decorator_list=[],
                               returns=None)
        parts.append(ast.unparse(ast.fix_missing_locations(stub)))
    parts += [f"{n} = {make}" for n in names]
    return "\n".join(parts)


# ------------------------------------------------------------------------------------------------
# Reading graded notebooks


def failing_messages(graded_nb, test_ids: list[str]) -> str:
    """The error text of the exercise's test cells in an autograded notebook."""
    text = []
    for cell in graded_nb.cells:
        if _meta(cell).get("grade_id") not in test_ids:
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                text.append(f"{output.get('ename')}: {output.get('evalue')}")
    return "\n".join(text)


def edit_marks_kept(graded_nb, answer_ids: list[str]) -> list[str]:
    """Answer ids whose participant's mark is missing from their own cell after grading."""
    cells = {_meta(c).get("grade_id"): c.source for c in graded_nb.cells if c.cell_type == "code"}
    return [a for a in answer_ids if EDIT_MARK.format(grade_id=a) not in cells.get(a, "")]


def with_edit_marks(nb: nbformat.NotebookNode) -> tuple[nbformat.NotebookNode, list[str]]:
    marked = []
    for cell in nb.cells:
        meta = _meta(cell)
        if cell.cell_type == "code" and meta.get("solution"):
            cell.source = f"{cell.source}\n{EDIT_MARK.format(grade_id=meta['grade_id'])}"
            marked.append(meta["grade_id"])
    return nb, marked
