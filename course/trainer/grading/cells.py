"""Reading nbgrader's cell metadata: which cell is an answer, which a test, and which tests check which answer."""

from __future__ import annotations


def _meta(cell) -> dict:
    try:
        return dict(cell.get("metadata", {}).get("nbgrader", {}) or {})
    except AttributeError:
        return {}


def _gid(cell) -> str | None:
    value = _meta(cell).get("grade_id")
    return str(value) if value else None


def _is_answer(cell) -> bool:
    return bool(_meta(cell).get("solution"))


def _is_test(cell) -> bool:
    meta = _meta(cell)
    return bool(meta.get("grade")) and not meta.get("solution") and cell.get("cell_type") == "code"


def _source(cell) -> str:
    text = cell.get("source", "")
    return "".join(text) if isinstance(text, list) else str(text)


def exercises_of(release_nb) -> dict[str, list[str]]:
    """Autograded exercises of a release notebook: answer grade id -> its test cells' grade ids."""
    answers = [_gid(c) for c in release_nb.cells if _is_answer(c) and c.cell_type == "code"]
    owned: dict[str, list[str]] = {}
    for test in (_gid(c) for c in release_nb.cells if _is_test(c)):
        # The longest answer id that prefixes the test owns it (`engagement_rate_check` is not `engagement`'s).
        owners = [a for a in answers if test.startswith(a + "_")]
        if owners:
            owned.setdefault(max(owners, key=len), []).append(test)
    return {a: owned[a] for a in answers if a in owned}
