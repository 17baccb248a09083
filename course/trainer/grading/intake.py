"""Intake and repair: which file of a submission is the notebook, can it be read at all, and the notebook
rebuilt from the release with only the participant's answers put in (`RepairFromRelease`, the first of
nbgrader's sanitizing preprocessors in the course's pipeline)."""

from __future__ import annotations

import copy
import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

from course.trainer.build import ROOT
from course.trainer.grading.cells import _gid, _is_answer, _is_test, _source

# ------------------------------------------------------------------------------------------------
# File intake: which file is the notebook, and can it be read at all


@dataclass
class Intake:
    notebook: dict | None  # the parsed notebook (as a plain dict), or None when unreadable
    findings: list[str]


def read_submitted(folder: Path, expected: str, others: set[str]) -> Intake:
    """Find and parse `expected` in a submission folder; a renamed copy is accepted, with a note."""
    path = folder / expected
    findings: list[str] = []
    if not path.exists():
        candidates = sorted(p for p in folder.glob("*.ipynb") if p.name not in others)
        if not candidates:
            return Intake(None, [f"{expected}: not submitted"])
        path = max(candidates, key=lambda p: _similarity(p.name, expected))
        findings.append(f"{expected}: submitted under another name ({path.name}); graded as {expected}")
    raw = path.read_bytes()
    if not raw.strip():
        return Intake(None, findings + [f"{expected}: the file is empty (0 points)"])
    try:
        data = json.loads(raw.decode("utf-8", errors="replace"))
    except json.JSONDecodeError as error:
        return Intake(None, findings + [
            f"{expected}: not a readable notebook (broken JSON at line {error.lineno}, column {error.colno}); "
            "0 points"])
    if not isinstance(data, dict) or not isinstance(data.get("cells"), list):
        return Intake(None, findings + [f"{expected}: not a notebook (no list of cells); 0 points"])
    return Intake(data, findings)


def _similarity(a: str, b: str) -> float:
    import difflib

    return difflib.SequenceMatcher(None, a.lower(), b.lower()).ratio()


# ------------------------------------------------------------------------------------------------
# Repair: rebuild the notebook from the release, keeping only the participant's answers


def _as_cells(data) -> list[dict]:
    cells = []
    for cell in data.get("cells", []):
        if isinstance(cell, dict) and cell.get("cell_type") in ("code", "markdown", "raw"):
            cells.append(cell)
    return cells


def rebuild(submitted: dict, release_nb) -> tuple[nbformat.NotebookNode, list[str]]:
    """The release notebook with the participant's answers put in; what was wrong with it, in words.

    Answer cells are found by grade id; when nbgrader's metadata was stripped, by position after the
    release cell that precedes them. Test cells, instructions and setup cells always come from the
    release, so deleted, duplicated, edited, reordered or retyped cells cannot change a grade. Code cells
    the participant inserted are kept, in their order, before the next answer they preceded (they may
    define helpers an answer uses); markdown they inserted is dropped.
    """
    findings: list[str] = []
    cells = _as_cells(submitted)
    release_sources = {_source(c).strip() for c in release_nb.cells}
    by_gid: dict[str, list[int]] = {}
    for index, cell in enumerate(cells):
        gid = _gid(cell)
        if gid:
            by_gid.setdefault(gid, []).append(index)
    if not by_gid and cells:
        findings.append("nbgrader's cell metadata is missing (copied into a new notebook?); answers found "
                        "by position")
    used: set[int] = set()
    answers: dict[str, int] = {}  # answer grade id -> index in `cells`
    for position, rcell in enumerate(release_nb.cells):
        if not _is_answer(rcell):
            continue
        gid = _gid(rcell)
        stub = _source(rcell).strip()
        matches = [i for i in by_gid.get(gid, []) if _is_answer(cells[i]) or True]
        if len(matches) > 1:
            edited = [i for i in matches if _source(cells[i]).strip() != stub]
            chosen = (edited or matches)[-1]
            findings.append(f"answer `{gid}` appears {len(matches)} times; graded the last edited copy")
        elif matches:
            chosen = matches[0]
        else:
            chosen = _find_by_position(cells, release_nb.cells, position, used)
            if chosen is None:
                findings.append(f"answer `{gid}` was deleted (0 points for it)")
                continue
            if by_gid:
                findings.append(f"answer `{gid}` had lost its nbgrader metadata; found by position")
        used.add(chosen)
        answers[gid] = chosen
        if cells[chosen].get("cell_type") != rcell.cell_type:
            findings.append(f"answer `{gid}` had been changed to {cells[chosen].get('cell_type')}; "
                            f"graded as {rcell.cell_type}")
    # Test cells: report what happened to them (they are restored from the release either way).
    for rcell in release_nb.cells:
        if not _is_test(rcell):
            continue
        gid = _gid(rcell)
        copies = by_gid.get(gid, [])
        if not copies and by_gid:
            findings.append(f"test `{gid}` was deleted (restored)")
        elif len(copies) > 1:
            findings.append(f"test `{gid}` appears {len(copies)} times (restored once)")
        elif copies and _source(cells[copies[0]]).strip() != _source(rcell).strip():
            findings.append(f"test `{gid}` was edited (restored)")
    # Order of answers as the participant had them, to notice reordering.
    seen_order = [gid for gid, _ in sorted(answers.items(), key=lambda item: item[1])]
    release_order = [g for g in (_gid(c) for c in release_nb.cells if _is_answer(c)) if g in answers]
    if seen_order != release_order:
        findings.append("cells had been moved; graded in the release's order")
    # Inserted code cells: those neither an answer nor a copy of a release cell.
    pending: list[dict] = []
    extra_before: dict[str, list[dict]] = {}
    answer_at = {index: gid for gid, index in answers.items()}
    inserted = 0
    for index, cell in enumerate(cells):
        if index in answer_at:
            if pending:
                extra_before.setdefault(answer_at[index], []).extend(pending)
                pending = []
            continue
        if _gid(cell) or cell.get("cell_type") != "code":
            continue
        text = _source(cell).strip()
        if not text or text in release_sources:
            continue
        pending.append(nbformat.v4.new_code_cell(text))
        inserted += 1
    if inserted:
        findings.append(f"{inserted} code cell(s) added by the participant; kept before the answer they "
                        "precede" + (f" ({len(pending)} after the last answer dropped)" if pending else ""))
    # Assemble.
    rebuilt = copy.deepcopy(release_nb)
    out = []
    for rcell in rebuilt.cells:
        gid = _gid(rcell) if _is_answer(rcell) else None
        if gid in answers:
            out.extend(extra_before.get(gid, []))
            rcell.source = _source(cells[answers[gid]])
        out.append(rcell)
    rebuilt.cells = out
    for cell in rebuilt.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    return rebuilt, findings


def _find_by_position(cells, release_cells, position, used) -> int | None:
    """The participant's cell standing where the release's answer cell stands: right after the
    (unchanged) release cell before it."""
    anchor_text = None
    for back in range(position - 1, -1, -1):
        if _source(release_cells[back]).strip():
            anchor_text = _source(release_cells[back]).strip()
            break
    if anchor_text is None:
        return None
    release_sources = {_source(c).strip() for c in release_cells}
    for index, cell in enumerate(cells):
        if _source(cell).strip() == anchor_text:
            for nxt in range(index + 1, len(cells)):
                if nxt in used:
                    continue
                text = _source(cells[nxt]).strip()
                if text in release_sources and text != _source(release_cells[position]).strip():
                    return None  # the answer cell itself is gone: the next release cell follows
                return nxt
    return None


class RepairFromRelease(NbGraderPreprocessor):
    """nbgrader sanitize step (first, before OverwriteCells): rebuild the notebook from the release.

    Findings go to the notebook's metadata (`course.findings`), for the report and for the trainer.
    """

    release_root = Unicode("", help="Folder holding release/<assignment>/ (default: the course root).").tag(
        config=True)

    def preprocess(self, nb, resources):
        info = resources.get("nbgrader", {})
        root = Path(self.release_root or self.parent_root(resources))
        release_path = root / "release" / info.get("assignment", "") / f"{info.get('notebook', '')}.ipynb"
        if not release_path.exists():
            self.log.warning("RepairFromRelease: no release at %s; notebook left as it is", release_path)
            return nb, resources
        release_nb = nbformat.read(str(release_path), as_version=4)
        rebuilt, findings = rebuild(json.loads(json.dumps(nb)), release_nb)
        previous = nb.get("metadata", {}).get("course", {}).get("findings", [])
        rebuilt.metadata.setdefault("course", {})["findings"] = list(previous) + findings
        for finding in findings:
            self.log.info("repair: %s", finding)
        return rebuilt, resources

    def parent_root(self, resources) -> str:
        return str(self.config.CourseDirectory.get("root", ROOT))


# ------------------------------------------------------------------------------------------------
# The other files of a submission folder


def submitted_files(folder: Path, ignore: list[str] | None = None) -> list[Path]:
    """The files of a submission folder that grading reads, as nbgrader's converters find them
    (`nbgrader.utils.find_all_files` with CourseDirectory.ignore): no .ipynb_checkpoints, __pycache__, ..."""
    from nbgrader.utils import find_all_files

    if ignore is None:
        from nbgrader.coursedir import CourseDirectory

        ignore = CourseDirectory().ignore
    return sorted(Path(p) for p in find_all_files(str(folder), list(ignore)))


def copy_submitted_files(folder: Path, target: Path, ignore: list[str]) -> list[str]:
    """Copy a submission's files other than notebooks into `target` (nbgrader's Autograde copies them
    from submitted/ to autograded/, and GenerateFeedback on to feedback/). Symbolic links are not
    followed: a participant's link could point at source/ or the gradebook. Returns findings."""
    findings = []
    for path in submitted_files(folder, list(ignore) + ["*.ipynb"]):
        relative = path.relative_to(folder)
        if path.is_symlink():  # (os.walk does not enter linked folders)
            findings.append(f"{relative}: a symbolic link, not copied")
            continue
        dest = target / relative
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, dest)
    return findings
