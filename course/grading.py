"""Cohort grading: parallel, sandboxed, repair-first autograding on top of nbgrader, then feedback and export.

    course grade 00-getting-started        grade new or changed submissions in submitted/
    course grade --all --force              regrade everything

How it works (all of it nbgrader underneath):

1. The trainer's gradebook learns the assignment (nbgrader GenerateAssignment, as `nbgrader
   generate_assignment` would), and a *template* course folder is made once per assignment: the release
   and a throw-away sqlite gradebook that knows the assignment's cells and checksums.
2. Each submission is graded by a worker process in its own copy of the template: nbgrader's Autograde
   runs in-process with two extra preprocessors from this module: `RepairFromRelease` (first sanitizer:
   rebuilds the notebook's structure from the release, matching cells by grade id) and `SandboxedExecute`
   (nbgrader's Execute with the kernel in `course.sandbox`, a guard before each test cell, and a rerun
   when participant code kills the kernel), then `LimitOutputSize` (nbgrader's LimitOutput counts lines,
   not characters). Workers share nothing: no sqlite lock is ever contended, a crash loses one submission.
3. The parent process is the only writer of the trainer's gradebook: it copies each worker's scores in
   as the worker finishes (the same fields nbgrader's SaveAutoGrades writes; hand-given scores are kept),
   in one transaction per submission, retried on a conflict (PostgreSQL with several trainers at once).
4. Feedback (nbgrader GenerateFeedback plus `SanitizeFeedback`), the CSV export and the HTML report.

Idempotent: a fingerprint of each submission folder and of the release is kept in
`autograded/.course-grading.json`; unchanged submissions are skipped unless forced. `submitted/` is only read.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import shutil
import sys
import tempfile
import time
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat
from nbconvert.exporters import HTMLExporter
from nbgrader.preprocessors import Execute, NbGraderPreprocessor
from traitlets import Enum, Integer, Unicode

from course.build import ROOT, Assignment, generate, nbgrader_config, run_logged

MANIFEST = ".course-grading.json"
RECORD = "grading.json"

# ------------------------------------------------------------------------------------------------
# Reading cells


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
# Execution: nbgrader's Execute, in the sandbox, with a guard and a rerun after a kernel death

# Before each test cell: fresh copies of the checks, so an answer that replaced `expect_number` (or
# course.checks itself) in the kernel cannot make a test pass. If the participant broke importing, the
# guard fails and the test cell fails with it: closed, not open.
GUARD = (
    "import sys as _g_sys, importlib as _g_il\n"
    "for _g_n in ('course.checks', 'course.messages'): _g_sys.modules.pop(_g_n, None)\n"
    "_g_checks = _g_il.import_module('course.checks')\n"
    "globals().update({_g_n: getattr(_g_checks, _g_n) for _g_n in _g_checks.__all__})\n"
    "_g_il.import_module('course.messages').install()\n"
    "del _g_sys, _g_il, _g_n, _g_checks\n"
)


class SandboxedExecute(Execute):
    """nbgrader's Execute with the kernel in the sandbox, a guard before test cells, and reruns.

    When participant code kills the kernel (os._exit, the CPU cap, a crash), the cell that was running
    is disabled and the notebook runs again from the top, so the rest of the notebook is still graded;
    that cell gets an error output that says what happened.
    """

    # A big output (say 100 MB) can reach us well after the cell's reply on a busy machine; nbgrader's
    # 4 s would fail the whole notebook. The output is cut afterwards by LimitOutputSize.
    iopub_timeout = Integer(30, allow_none=False).tag(config=True)

    # The kernel's scratch folder is deleted afterwards, so a graceful shutdown protects nothing; it cost
    # 0.2 to 0.5 s per notebook, most of our overhead over plain nbclient (benchmarks/grading.py).
    shutdown_kernel = Enum(["graceful", "immediate"], default_value="immediate").tag(config=True)

    max_reruns = Integer(3, help="Kernel deaths tolerated before the rest of the notebook scores zero.").tag(
        config=True)

    def __init__(self, *args, **kwargs):
        from course.sandbox import SandboxedKernelManager

        kwargs["kernel_manager_class"] = SandboxedKernelManager
        super().__init__(*args, **kwargs)
        self._running: int | None = None

    def preprocess_cell(self, cell, resources, index):
        self._running = index
        original = cell.source
        if cell.cell_type == "code" and _is_test(cell):
            cell.source = GUARD + original
        try:
            return super().preprocess_cell(cell, resources, index)
        finally:
            cell.source = original

    def preprocess(self, nb, resources=None, km=None):
        from nbclient.exceptions import DeadKernelError

        disabled: dict[int, str] = {}
        for _attempt in range(self.max_reruns + 1):
            work = copy.deepcopy(nb)
            for index in disabled:
                work.cells[index].source = "raise RuntimeError('disabled: this cell stopped the kernel')"
            self._running = None
            try:
                work, resources = super().preprocess(work, resources, km=km)
                break
            except Exception as error:  # noqa: BLE001 - whatever the cell did, grade the rest without it
                if self._running is None or self._running in disabled:
                    raise
                dead = isinstance(error, DeadKernelError) or "died" in str(error).lower()
                disabled[self._running] = _death_reason(self) if dead else (
                    f"grading could not finish this cell ({type(error).__name__}: {str(error)[:120]})")
        else:
            raise RuntimeError("the kernel kept dying")
        for index, reason in disabled.items():
            work.cells[index].source = nb.cells[index].source
            work.cells[index].outputs = [nbformat.v4.new_output(
                "error", ename="KernelDied", evalue=reason, traceback=[f"KernelDied: {reason}"])]
        findings = work.metadata.setdefault("course", {}).setdefault("findings", [])
        for index, reason in disabled.items():
            findings.append(f"cell {index + 1} stopped the kernel ({reason}); graded the rest without it")
        return work, resources


def _death_reason(execute) -> str:
    from course.sandbox import Sandbox

    settings = Sandbox(config=execute.config)
    return (f"the kernel stopped while running this cell (os._exit, a crash, or more than "
            f"{settings.cpu_seconds} s of CPU time)")


class LimitOutputSize(NbGraderPreprocessor):
    """Cap each output's size in characters (nbgrader's LimitOutput counts lines: one 100 MB line
    passes it)."""

    max_chars = Integer(20_000, help="Characters kept of one text output.").tag(config=True)
    max_data_bytes = Integer(2_000_000, help="Largest rich output (image, HTML) kept.").tag(config=True)

    def preprocess_cell(self, cell, resources, index):
        if cell.cell_type != "code":
            return cell, resources
        for output in cell.outputs:
            if output.output_type == "stream" and len(output.text) > self.max_chars:
                cut = len(output.text) - self.max_chars
                output.text = output.text[: self.max_chars] + f"\n... output truncated ({cut:,} characters) ..."
            elif output.output_type == "error":
                output.evalue = str(output.evalue)[: self.max_chars]
                output.traceback = [line[: self.max_chars] for line in output.traceback]
            elif "data" in output:
                for mime, value in list(output.data.items()):
                    text = value if isinstance(value, str) else json.dumps(value)
                    if len(text) > self.max_data_bytes:
                        output.data.pop(mime)
                        output.data.setdefault("text/plain", f"... {mime} output dropped ({len(text):,} bytes) ...")
        return cell, resources


# ------------------------------------------------------------------------------------------------
# Feedback: what a participant may see


class SanitizeFeedback(NbGraderPreprocessor):  # enabled by default, unlike nbconvert's Preprocessor
    """GenerateFeedback step: show scores and friendly check messages, never hidden tests or tracebacks.

    Test cells are shown as they are in the release (hidden tests are not in it); an error output keeps
    only its one-line message. A summary table (exercise, points, message) is put on top.

    Answers a trainer grades by hand are not scored 0 while they wait: each such cell not graded yet is
    marked `awaiting`, and `resources["nbgrader"]["course"]` gives the autograded total apart from the
    hand-graded one, which the course's feedback page (`FeedbackExporter`) shows instead of nbgrader's
    single "Score: x / y" until every answer of the notebook is graded.
    """

    release_root = Unicode("", help="Folder holding release/<assignment>/ (nbgrader_config.py sets it to "
                                    "its own folder; default: CourseDirectory.root).").tag(config=True)

    def preprocess(self, nb, resources):
        info = resources.get("nbgrader", {})
        root = Path(self.release_root or self.config.CourseDirectory.get("root", ROOT))
        release_dir = self.config.CourseDirectory.get("release_directory", "release")
        release_path = root / release_dir / info.get("assignment", "") / f"{info.get('notebook', '')}.ipynb"
        if not release_path.exists():  # test cells then show no code at all, hidden or not
            self.log.warning("SanitizeFeedback: no release at %s; test cells are shown without code",
                             release_path)
        release = {}
        exercises: dict[str, list[str]] = {}
        if release_path.exists():
            release_nb = nbformat.read(str(release_path), as_version=4)
            release = {_gid(c): c for c in release_nb.cells if _gid(c)}
            exercises = exercises_of(release_nb)
        scores: dict[str, tuple[float, float, str]] = {}
        failed: dict[str, str] = {}  # answer grade id -> why the answer cell itself failed
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            gid = _gid(cell)
            if _is_test(cell):
                shown = release.get(gid)
                cell.source = _source(shown) if shown is not None else "# (check)"
            for output in cell.get("outputs", []):
                if output.output_type == "error":
                    output.traceback = [friendly_error(output)]
            errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
            if _is_answer(cell) and errors:
                failed[gid] = friendly_error(errors[0])
            if _is_test(cell):
                message = friendly_error(errors[0]) if errors else ""
                points = float(_meta(cell).get("points", 0))
                scores[gid] = (0.0 if message else points, points, message)
        rows = []
        for answer, tests in exercises.items():
            got = sum(scores.get(t, (0, 0, ""))[0] for t in tests)
            top = sum(float(_meta(release[t]).get("points", 0)) for t in tests if t in release)
            message = next((scores[t][2] for t in tests if t in scores and scores[t][2]), "")
            if message.startswith(_MISSING) and answer in failed:
                message = failed[answer]  # the answer cell's own error says more ("No answer yet", ...)
            mark = "✅" if got == top and top else ("🟡" if got else "❌")
            rows.append(f"| {mark} `{answer}` | {got:g} / {top:g} | {_md_escape(message) or 'all checks pass'} |")
        totals = self._totals(nb, resources)
        for cell in nb.cells:  # answers graded by hand, after the autograded exercises
            if _by_hand(cell):
                meta = cell.metadata.nbgrader
                points = float(meta.get("points") or 0)
                if meta.get("awaiting"):
                    rows.append(f"| ⏳ `{_gid(cell)}` | – / {points:g} | {AWAITING} ({_points(points)}) |")
                else:
                    got = float(meta.get("score") or 0)
                    mark = "✅" if got == points and points else ("🟡" if got else "❌")
                    rows.append(f"| {mark} `{_gid(cell)}` | {got:g} / {points:g} | graded by your trainer |")
        if rows:
            table = ("## Your results\n\n| exercise | points | what the checks said |\n| --- | --- | --- |\n"
                     + "\n".join(rows))
            if totals["awaiting"]:
                table += f"\n\n**{totals['summary']}**"
            nb.cells.insert(0, nbformat.v4.new_markdown_cell(table))
        return nb, resources

    def _totals(self, nb, resources) -> dict:
        """Mark hand-graded cells not graded yet (`awaiting`), and put the autograded and hand-graded
        totals into resources["nbgrader"]["course"] for the page's header."""
        info = resources.setdefault("nbgrader", {})
        pending = _pending_by_hand(info, [_gid(c) for c in nb.cells if _by_hand(c)], self.log)
        auto = auto_top = by_hand = by_hand_top = awaiting = 0.0
        for cell in nb.cells:
            meta = _meta(cell)
            if not meta.get("grade"):
                continue
            points = float(meta.get("points") or 0)
            if _by_hand(cell):
                if _gid(cell) in pending:
                    cell.metadata.nbgrader["awaiting"] = True
                    awaiting += points
                else:
                    by_hand += float(meta.get("score") or 0)
                    by_hand_top += points
            elif _is_test(cell):
                auto += float(meta.get("score") or 0)
                auto_top += points
        late = float(info.get("late_penalty") or 0)
        auto_shown = max(auto - late, 0.0)
        summary = f"Autograded: {auto_shown:g} / {auto_top:g}"
        if late:
            summary += f" (after a late penalty of {late:g})"
        if awaiting:
            graded = f"{by_hand:g} / {by_hand_top:g} graded, " if by_hand_top else ""
            summary += f"; written answers: {graded}{AWAITING} ({_points(awaiting)})"
        totals = {"autograded": auto_shown, "autograded_max": auto_top, "by_hand": by_hand,
                  "by_hand_max": by_hand_top, "awaiting": awaiting, "summary": summary}
        info["course"] = totals
        return totals


AWAITING = "awaiting your trainer"


def _points(points: float) -> str:
    return f"{points:g} point{'' if points == 1 else 's'}"


def _by_hand(cell) -> bool:
    """A cell a trainer grades by hand: a graded answer (written or code) or a graded task."""
    meta = _meta(cell)
    return bool(meta.get("grade")) and bool(meta.get("solution") or meta.get("task"))


def _pending_by_hand(info: dict, grade_ids: list, log) -> set:
    """The hand-graded cells of this notebook that no trainer has graded yet, as the gradebook says
    (nbgrader's own rule, also the CSV export's: no score, or still flagged for manual grading)."""
    if not grade_ids or not info.get("db_url"):
        return set()
    from nbgrader.api import Gradebook

    pending = set()
    try:
        with Gradebook(info["db_url"]) as gb:
            for gid in grade_ids:
                grade = gb.find_grade(gid, info["notebook"], info["assignment"], info["student"])
                if grade.manual_score is None and (grade.needs_manual_grade or grade.score is None):
                    pending.add(gid)
    except Exception as error:  # noqa: BLE001 - no gradebook entry: show nbgrader's scores as they are
        log.warning("SanitizeFeedback: could not read the hand grades (%s)", error)
    return pending


class FeedbackExporter(HTMLExporter):
    """nbgrader's feedback page (its `feedback` template), with a header and per-cell scores that say
    "awaiting your trainer" for hand-graded answers not graded yet, and the autograded total apart.

    Set as `c.GenerateFeedback.exporter_class` in nbgrader_config.py, so Formgrader's "Generate Feedback"
    (which forces the template name `feedback`), plain `nbgrader generate_feedback` and `course grade` all
    use it. The course template is held in memory and extends nbgrader's, so nothing else changes (and
    nothing needs installing beside the package)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.raw_template = FEEDBACK_TEMPLATE


# The course's feedback page: nbgrader's `feedback` template (found as `index.html.j2` in its folder) with
# three parts replaced: the header, the table of contents and the score in each graded cell's heading.
# A hand-graded cell not graded yet (`awaiting`, set by SanitizeFeedback) says so instead of "Score: 0.0";
# until all are graded the header gives the autograded total apart (resources.nbgrader.course.summary).
FEEDBACK_TEMPLATE = r"""{%- extends 'index.html.j2' -%}

{% macro course_score(cell) -%}
{%- if cell.metadata.nbgrader.awaiting -%}
Awaiting your trainer ({{ '%g' % (cell.metadata.nbgrader.points | float) }} point{{ '' if (cell.metadata.nbgrader.points | float) == 1 else 's' }})
{%- else -%}
Score: {{ cell.metadata.nbgrader.score | float | round(2) }} / {{ cell.metadata.nbgrader.points | float | round(2) }}
{%- endif -%}
{%- endmacro %}

{% macro score(cell) -%}
  <span class="pull-right">
      {{ course_score(cell) }} <a href="#top">(Top)</a>
  </span>
{%- endmacro %}

{% macro nbgrader_heading(cell) -%}
{%- if cell.metadata.nbgrader.solution or cell.metadata.nbgrader.task -%}
<a name="comment-{{ cell.metadata.nbgrader.grade_id }}"></a>
{%- endif -%}
{%- if cell.metadata.nbgrader.grade -%}
<a name="{{ cell.metadata.nbgrader.grade_id }}"></a>
{%- endif -%}
<div class="panel-heading">
{%- if cell.metadata.nbgrader.solution -%}
  <span class="nbgrader-label">Student's answer</span>
  {%- if cell.metadata.nbgrader.grade  -%}
  {{ score(cell) }}
  {%- else -%}
  <span class="pull-right"><a href="#top">(Top)</a></span>
  {%- endif -%}
{%- elif cell.metadata.nbgrader.task -%}
  <span class="nbgrader-label">Student's task</span>
  {{ score(cell) }}
{%- elif cell.metadata.nbgrader.grade -%}
  <span class="nbgrader-label">Grade cell: <code>{{ cell.metadata.nbgrader.grade_id }}</code></span>
  {{ score(cell) }}
{%- endif -%}
</div>
{%- endmacro %}

{% macro nbgrader_footer(cell) -%}
{%- if (cell.metadata.nbgrader.solution and cell.metadata.nbgrader.comment) or (cell.metadata.nbgrader.task and cell.metadata.nbgrader.comment) -%}
<div class="panel-footer">
  <div>
    <b>Comments:</b> {{ cell.metadata.nbgrader.comment | markdown2html | strip_files_prefix }}
  </div>
</div>
{%- endif -%}
{%- endmacro %}

{% block body %}
{%- set course = resources.nbgrader.course or {} -%}
<body>
  <a name="top"></a>
  <div class="container">
    <div class="panel panel-default">
      <div class="panel-heading">
        {%- if course.awaiting %}
        <h4>{{ resources.nbgrader.notebook }} ({{ course.summary }})</h4>
        {%- else %}
        <h4>{{ resources.nbgrader.notebook }} (Score: {{ resources.nbgrader.score | float | round(2) }} / {{ resources.nbgrader.max_score | float | round(2) }})</h4>
        {%- endif %}
        <div id="toc">
          <ol>
          {% for cell in nb.cells %}
            {% if cell.metadata.nbgrader and cell.metadata.nbgrader.grade and not cell.metadata.nbgrader.solution and not cell.metadata.nbgrader.task %}
            <li><a href="#{{ cell.metadata.nbgrader.grade_id }}">Test cell</a> ({{ course_score(cell) }})</li>
            {% elif cell.cell_type == "code" and cell.metadata.nbgrader and cell.metadata.nbgrader.grade and not cell.metadata.nbgrader.task %}
            <li><a href="#{{ cell.metadata.nbgrader.grade_id }}">Coding free-response</a> ({{ course_score(cell) }})</li>
            {% elif cell.cell_type == "markdown" and cell.metadata.nbgrader and cell.metadata.nbgrader.grade and not cell.metadata.nbgrader.task %}
            <li><a href="#{{ cell.metadata.nbgrader.grade_id }}">Written response</a> ({{ course_score(cell) }})</li>
            {% elif cell.cell_type == "markdown" and cell.metadata.nbgrader and cell.metadata.nbgrader.task %}
            <li><a href="#{{ cell.metadata.nbgrader.grade_id }}">Task</a> ({{ course_score(cell) }})</li>
            {% endif %}
            {% if cell.metadata.nbgrader and cell.metadata.nbgrader.comment and cell.metadata.nbgrader.comment %}
            <li><a href="#comment-{{ cell.metadata.nbgrader.grade_id }}">Comment</a></li>
            {% endif %}
          {% endfor %}
          {% if resources.nbgrader.late_penalty > 0 %}
            <li class="late-penalty">Late submission penalty (Score: -{{ resources.nbgrader.late_penalty | float | round(2) }})</li>
          {% endif %}
          </ol>
        </div>
      </div>
      <div class="panel-body">
        <div id="notebook" class="border-box-sizing">
          <div class="container" id="notebook-container">
            {{ super.super() }}
          </div>
        </div>
      </div>
    </div>
  </div>
</body>
{%- endblock body %}

{#- nbgrader's two blocks as they are, so that they call the macros above (Jinja resolves a macro in the
    template whose block runs). -#}
{% block markdowncell scoped %}
<div class="cell border-box-sizing text_cell rendered">
  {{ self.empty_in_prompt() }}

  {%- if 'nbgrader' in cell.metadata and (cell.metadata.nbgrader.solution or cell.metadata.nbgrader.grade or cell.metadata.nbgrader.task) -%}
  <div class="panel panel-primary nbgrader_cell">
    {{ nbgrader_heading(cell) }}
    <div class="panel-body">
      <div class="text_cell_render border-box-sizing rendered_html">
        {{ cell.source  | markdown2html | strip_files_prefix }}
      </div>
    </div>
    {{ nbgrader_footer(cell) }}
  </div>

  {%- else -%}

  <div class="inner_cell">
    <div class="text_cell_render border-box-sizing rendered_html">
      {{ cell.source  | markdown2html | strip_files_prefix }}
    </div>
  </div>

  {%- endif -%}

</div>
{% endblock markdowncell %}

{% block input %}
  {%- if 'nbgrader' in cell.metadata and (cell.metadata.nbgrader.solution or cell.metadata.nbgrader.grade) -%}
  <div class="panel panel-primary nbgrader_cell">
    {{ nbgrader_heading(cell) }}
    <div class="panel-body">
      <div class="input_area">
        {{ cell.source | highlight_code(metadata=cell.metadata) }}
      </div>
    </div>
    {{ nbgrader_footer(cell) }}
  </div>

  {%- else -%}

  <div class="inner_cell">
    <div class="input_area">
      {{ cell.source | highlight_code(metadata=cell.metadata) }}
    </div>
  </div>
  {%- endif -%}

{% endblock input %}
"""


_MISSING = "✋ No answer for"


def friendly_error(output) -> str:
    """One line a participant can act on: the check's message, never a traceback."""
    ename, evalue = str(output.get("ename", "")), str(output.get("evalue", ""))
    if ename == "CheckFailed":
        return "❌ " + evalue.strip()[:500]
    if ename == "NotImplementedError":
        return "✋ No answer yet: replace `raise NotImplementedError()` with your code."
    if ename == "NameError":
        # A check meets a name the answer cell never created: not attempted, blank, stopped by an error.
        match = re.search(r"name '([^']{1,80})' is not defined", evalue)
        name = f"`{match.group(1)}`" if match else "this exercise"
        return (f"{_MISSING} {name} yet: the answer cell did not create it (not written, stopped by an "
                "error, or the name is spelled differently).")
    if ename == "KernelDied":
        return evalue[:300]
    if ename == "CellTimeoutError":
        return "⏱ This cell took too long (the time limit stopped it)."
    return f"{ename}: {evalue.strip().splitlines()[0][:300] if evalue.strip() else ''}".rstrip(": ")


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# ------------------------------------------------------------------------------------------------
# Configuration of nbgrader's apps


def use_course_pipeline(config) -> None:
    """Put the course's preprocessors into nbgrader's Autograde (for plain `nbgrader autograde` too)."""
    from nbconvert.preprocessors import ClearMetadataPreprocessor
    from nbgrader.preprocessors import (
        AssignLatePenalties,
        CheckCellMetadata,
        ClearOutput,
        DeduplicateIds,
        IgnorePattern,
        LimitOutput,
        OverwriteCells,
        OverwriteKernelspec,
        SaveAutoGrades,
    )

    config.Autograde.sanitize_preprocessors = [RepairFromRelease, ClearOutput, DeduplicateIds,
                                               OverwriteKernelspec, OverwriteCells, CheckCellMetadata]
    config.Autograde.autograde_preprocessors = [SandboxedExecute, IgnorePattern, ClearMetadataPreprocessor,
                                                LimitOutputSize, LimitOutput, SaveAutoGrades, AssignLatePenalties,
                                                CheckCellMetadata]


def autograde_config(course_root: Path, work_root: Path, db_url: str, *, sandbox: bool = True,
                     timeout: int | None = None):
    from traitlets.config import Config

    config = nbgrader_config(course_root, root=str(work_root), db_url=db_url)
    extra = Config()
    use_course_pipeline(extra)
    extra.RepairFromRelease.release_root = str(work_root)
    # Kernel scratch folders live in the worker's own folder, which is removed whatever the kernel did
    # (a kernel that died does not always get its clean-up call).
    scratch = work_root.parent / "sandbox"
    scratch.mkdir(exist_ok=True)
    extra.Sandbox.scratch_root = str(scratch)
    if not sandbox:
        extra.Sandbox.enabled = False
    if timeout is not None:
        extra.Execute.timeout = timeout
    config.merge(extra)
    return config


# ------------------------------------------------------------------------------------------------
# One submission, in a worker process


@dataclass
class Outcome:
    assignment: str
    student: str
    fingerprint: str
    notebooks: dict = field(default_factory=dict)  # name -> {grades, comments, late_penalty}
    timestamp: str | None = None
    findings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    worker_rss_mb: float = 0.0
    kernel_rss_mb: float = 0.0
    error: str | None = None
    workdir: str | None = None  # the worker's course folder (the parent copies autograded/ out, then deletes it)


def grade_one(template: str, course_root: str, assignment: str, student: str, submitted: str,
              fingerprint: str, sandbox: bool = True, timeout: int | None = None) -> Outcome:
    """Autograde one submission in a private copy of the template course folder."""
    import resource

    from nbgrader.api import Gradebook
    from nbgrader.converters import Autograde
    from nbgrader.coursedir import CourseDirectory

    start = time.perf_counter()
    outcome = Outcome(assignment, student, fingerprint)
    work = Path(tempfile.mkdtemp(prefix="course-grade-"))
    outcome.workdir = str(work)
    course = work / "course"
    try:
        shutil.copytree(template, course)
        release_dir = course / "release" / assignment
        expected = sorted(p.name for p in release_dir.glob("*.ipynb"))
        target = course / "submitted" / student / assignment
        target.mkdir(parents=True)
        folder = Path(submitted)
        db_url = f"sqlite:///{course / 'gradebook.db'}"
        config = autograde_config(Path(course_root), course, db_url, sandbox=sandbox, timeout=timeout)
        coursedir = CourseDirectory(config=config)
        # Every other file as nbgrader's Autograde would carry it: timestamp.txt, submission_secret.txt
        # (release_feedback needs it to address the feedback), data files; not what CourseDirectory.ignore
        # names (.ipynb_checkpoints, __pycache__, ...).
        outcome.findings += copy_submitted_files(folder, target, coursedir.ignore)
        stamp = target / "timestamp.txt"
        if stamp.is_file():
            outcome.timestamp = stamp.read_text(errors="replace").strip()[:64]
        for name in expected:
            intake = read_submitted(folder, name, set(expected) - {name})
            outcome.findings += intake.findings
            data = intake.notebook
            if data is None:  # unreadable: grade the blank release in its place (0 points, say why)
                data = json.loads((release_dir / name).read_text(encoding="utf-8"))
                data.setdefault("metadata", {})["course"] = {"findings": intake.findings}
            else:
                data.setdefault("metadata", {})
                if not isinstance(data["metadata"], dict):
                    data["metadata"] = {}
                data["metadata"]["course"] = {"findings": []}
                data.setdefault("nbformat", 4)
                data.setdefault("nbformat_minor", 5)
            (target / name).write_text(json.dumps(data), encoding="utf-8")
        coursedir.assignment_id = assignment
        coursedir.student_id = student
        app = Autograde(coursedir=coursedir, config=config)
        app.force = True
        app.create_student = True
        try:
            run_logged(app)
        except Exception as error:  # noqa: BLE001 - reported per submission, never fatal for the cohort
            lines = [line for line in str(error).strip().splitlines() if line.strip()] or [repr(error)]
            outcome.error = " / ".join(dict.fromkeys([lines[0], lines[-1]]))[:500]
        with Gradebook(db_url) as gb:
            for name in expected:
                stem = Path(name).stem
                try:
                    sub = gb.find_submission_notebook(stem, assignment, student)
                except Exception:  # noqa: BLE001 - not graded at all
                    continue
                outcome.notebooks[stem] = {
                    "grades": {g.name: [g.auto_score, g.max_score, g.needs_manual_grade] for g in sub.grades},
                    "comments": {c.name: c.auto_comment for c in sub.comments},
                    "late_penalty": sub.late_submission_penalty,
                }
        for name in expected:
            graded = course / "autograded" / student / assignment / name
            if graded.exists():
                meta = json.loads(graded.read_text(encoding="utf-8")).get("metadata", {})
                for finding in meta.get("course", {}).get("findings", []):
                    if finding not in outcome.findings:
                        outcome.findings.append(finding)
    except Exception as error:  # noqa: BLE001
        outcome.error = f"{type(error).__name__}: {error}"[:300]
    outcome.seconds = time.perf_counter() - start
    outcome.worker_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    outcome.kernel_rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return outcome


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


# ------------------------------------------------------------------------------------------------
# The cohort, in the parent process


def fingerprint(folder: Path, release_dir: Path, ignore: list[str] | None = None) -> str:
    """What a submission is, for deciding whether to grade it again: its files (not those nbgrader
    ignores: an editor's checkpoint changing regrades nothing) and the release's."""
    digest = hashlib.sha256()
    for base in (folder, release_dir):
        for path in submitted_files(base, ignore):
            digest.update(str(path.relative_to(base)).encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def db_url_of(course_root: Path) -> str:
    return nbgrader_config(course_root).CourseDirectory.db_url


def register_assignment(assignment: Assignment, course_root: Path, db_url: str, out: Path) -> Path:
    """Make nbgrader's gradebook(s) know the assignment: GenerateAssignment from source/ into `out`."""
    return generate(Assignment(assignment.name, Path(course_root)), out, db_url)


def known_to_gradebook(assignment: Assignment, db_url: str) -> bool:
    """Does the gradebook already hold this assignment with the release's graded cells? (Then it is not
    regenerated: several graders doing that at once on PostgreSQL would delete each other's cells.)"""
    from nbgrader.api import Gradebook

    wanted = set()
    for notebook in assignment.notebooks:
        release = nbformat.read(str(assignment.release(notebook)), as_version=4)
        wanted |= {(Path(notebook).stem, _gid(c)) for c in release.cells if _meta(c).get("grade")}
    try:
        with Gradebook(db_url) as gb:
            found = gb.find_assignment(assignment.name)
            have = {(nb.name, cell.name) for nb in found.notebooks for cell in nb.grade_cells}
    except Exception:  # noqa: BLE001 - MissingEntry: not there yet
        return False
    return wanted == have


def make_template(assignment: Assignment, course_root: Path, real_db_url: str, where: Path) -> Path:
    """A course folder a worker copies: the release, support files, a gradebook knowing the assignment."""
    template = where / f"template-{assignment.name}"
    template.mkdir(parents=True)
    db = template / "gradebook.db"
    register_assignment(assignment, course_root, f"sqlite:///{db}", template / "release")
    support = template / "source" / assignment.name
    support.mkdir(parents=True)
    from nbgrader.coursedir import CourseDirectory

    ignore = CourseDirectory(config=nbgrader_config(course_root)).ignore
    # Data files only (the notebooks hold the solutions), as nbgrader's Autograde picks them.
    for path in submitted_files(assignment.source_dir, list(ignore) + ["*.ipynb"]):
        if path.is_file():
            dest = support / path.relative_to(assignment.source_dir)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, dest)
    _copy_duedate(assignment.name, real_db_url, f"sqlite:///{db}")
    return template


def _copy_duedate(name: str, from_url: str, to_url: str) -> None:
    from nbgrader.api import Gradebook

    with Gradebook(from_url) as real:
        duedate = real.find_assignment(name).duedate
    if duedate is not None:
        with Gradebook(to_url) as gb:
            gb.find_assignment(name).duedate = duedate
            gb.db.commit()


def record(db_url: str, outcome: Outcome, attempts: int = 5) -> None:
    """Write one worker's scores into the trainer's gradebook (one transaction, retried on conflicts)."""
    import warnings

    from nbgrader.api import Gradebook
    from sqlalchemy.exc import IntegrityError, OperationalError, SAWarning

    warnings.filterwarnings("ignore", category=SAWarning)  # nbgrader's own autoflush notices
    for attempt in range(attempts):
        try:
            with Gradebook(db_url) as gb:
                try:
                    gb.find_student(outcome.student)
                except Exception:  # noqa: BLE001 - MissingEntry
                    gb.add_student(outcome.student)
                kwargs = {"timestamp": outcome.timestamp} if outcome.timestamp else {}
                gb.update_or_create_submission(outcome.assignment, outcome.student, **kwargs)
                for stem, data in outcome.notebooks.items():
                    sub = gb.find_submission_notebook(stem, outcome.assignment, outcome.student)
                    sub.late_submission_penalty = data["late_penalty"]
                    for grade in sub.grades:
                        if grade.name not in data["grades"]:
                            continue
                        auto, _, needs_manual = data["grades"][grade.name]
                        grade.auto_score = auto
                        grade.needs_manual_grade = bool(needs_manual) or grade.manual_score is not None
                    for comment in sub.comments:
                        if comment.name in data["comments"]:
                            comment.auto_comment = data["comments"][comment.name]
                gb.db.commit()
            return
        except (IntegrityError, OperationalError):
            if attempt == attempts - 1:
                raise
            time.sleep(0.2 * (attempt + 1))


@dataclass
class Job:
    assignment: str
    student: str
    folder: Path
    fingerprint: str


def find_jobs(assignments: list[Assignment], course_root: Path, force: bool) -> tuple[list[Job], int]:
    """Submissions to grade (new or changed unless forced), and how many were skipped as unchanged."""
    from nbgrader.coursedir import CourseDirectory

    manifest = load_manifest(course_root)
    ignore = CourseDirectory(config=nbgrader_config(course_root)).ignore
    jobs, skipped = [], 0
    submitted = course_root / "submitted"
    for assignment in assignments:
        if not submitted.is_dir():
            break
        for student_dir in sorted(p for p in submitted.iterdir() if p.is_dir()):
            folder = student_dir / assignment.name
            if not folder.is_dir():
                continue
            print_ = fingerprint(folder, assignment.release_dir, ignore)
            key = f"{assignment.name}/{student_dir.name}"
            done = (course_root / "autograded" / student_dir.name / assignment.name).is_dir()
            if not force and done and manifest.get(key) == print_:
                skipped += 1
                continue
            jobs.append(Job(assignment.name, student_dir.name, folder, print_))
    return jobs, skipped


def load_manifest(course_root: Path) -> dict:
    path = course_root / "autograded" / MANIFEST
    try:
        return json.loads(path.read_text())
    except (OSError, ValueError):
        return {}


def save_manifest(course_root: Path, manifest: dict) -> None:
    path = course_root / "autograded" / MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, indent=1, sort_keys=True))
    tmp.replace(path)


class Progress:
    """A one-line progress bar with ETA on stderr (plain lines when stderr is not a terminal)."""

    def __init__(self, total: int, stream=None, width: int = 28):
        self.total, self.done, self.width = total, 0, width
        self.stream = stream or sys.stderr
        self.start = time.perf_counter()
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()

    def step(self, label: str) -> None:
        self.done += 1
        elapsed = time.perf_counter() - self.start
        rate = elapsed / self.done
        eta = rate * (self.total - self.done)
        filled = int(self.width * self.done / max(self.total, 1))
        bar = "#" * filled + "-" * (self.width - filled)
        line = (f"[{bar}] {self.done}/{self.total} graded  {elapsed:5.0f} s elapsed  "
                f"ETA {eta:4.0f} s  ({label})")
        if self.tty:
            self.stream.write("\r" + line[:150].ljust(150))
            if self.done == self.total:
                self.stream.write("\n")
        else:
            self.stream.write(line + "\n")
        self.stream.flush()


@dataclass
class GradingRun:
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: int = 0
    seconds: float = 0.0
    workers: int = 0
    sandbox: str = ""


def grade(assignments: list[Assignment], course_root: Path = ROOT, *, force: bool = False,
          workers: int | None = None, db_url: str | None = None, sandbox: bool = True,
          timeout: int | None = None, progress_stream=None) -> GradingRun:
    """Autograde every new or changed submission of `assignments` in parallel; record the scores."""
    from course import sandbox as sandbox_module

    start = time.perf_counter()
    course_root = Path(course_root)
    db_url = db_url or db_url_of(course_root)
    run = GradingRun()
    if sandbox:
        level, why = sandbox_module.probe()
        run.sandbox = f"{level}: {why}"
        required = sandbox_module.Sandbox(config=nbgrader_config(course_root)).required
        # As root the kernel also switches to the sandbox user ("full"). In a trainer's own account on a hub,
        # bubblewrap runs in a user namespace ("namespaces"): the same private mounts, no network, no view of
        # source/ or the gradebook, as the trainer's uid. Only rlimits alone are refused.
        if level == "rlimits" and required:
            raise SystemExit(f"The grading sandbox is not available ({why}). Run .ci/setup.d/20-grading.sh, "
                             "or pass --no-sandbox to grade without it.")
    else:
        run.sandbox = "off (--no-sandbox): participant code runs as the grader, with rlimits only"
    jobs, run.skipped = find_jobs(assignments, course_root, force)
    run.workers = max(1, min(workers or os.cpu_count() or 1, len(jobs) or 1))
    if not jobs:
        run.seconds = time.perf_counter() - start
        return run
    _byte_compile_course()
    manifest = load_manifest(course_root)
    with tempfile.TemporaryDirectory(prefix="course-templates-") as scratch:
        templates = {}
        for assignment in assignments:
            if any(j.assignment == assignment.name for j in jobs):
                if not known_to_gradebook(assignment, db_url):
                    with tempfile.TemporaryDirectory(prefix="course-register-") as out:
                        register_assignment(assignment, course_root, db_url, Path(out))
                templates[assignment.name] = make_template(assignment, course_root, db_url, Path(scratch))
        bar = Progress(len(jobs), progress_stream)
        import multiprocessing

        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=run.workers, mp_context=context) as pool:
            pending = {
                pool.submit(grade_one, str(templates[j.assignment]), str(course_root), j.assignment, j.student,
                            str(j.folder), j.fingerprint, sandbox, timeout): j
                for j in jobs
            }
            while pending:
                finished, _ = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    job = pending.pop(future)
                    try:
                        outcome = future.result()
                    except Exception as error:  # noqa: BLE001 - a worker crashed: that submission only
                        outcome = Outcome(job.assignment, job.student, job.fingerprint,
                                          error=f"worker crashed: {error}"[:300])
                    _collect(outcome, course_root, db_url, manifest)
                    run.outcomes.append(outcome)
                    bar.step(f"{job.student}/{job.assignment}")
    save_manifest(course_root, manifest)
    run.seconds = time.perf_counter() - start
    return run


def _byte_compile_course() -> None:
    """Byte-compile the course package while we may write to it: the kernel sees it read-only and writes
    no bytecode, and the guard re-imports course.checks before every test cell (2 ms from .pyc, 5 ms from
    source)."""
    import compileall

    from course.sandbox import COURSE_PACKAGE

    compileall.compile_dir(str(COURSE_PACKAGE), quiet=2)  # a read-only install just stays slower


def _collect(outcome: Outcome, course_root: Path, db_url: str, manifest: dict) -> None:
    """Parent side: scores into the gradebook, the autograded notebook into autograded/, a record."""
    dest = course_root / "autograded" / outcome.student / outcome.assignment
    try:
        if outcome.notebooks:
            try:
                record(db_url, outcome)
            except Exception as error:  # noqa: BLE001 - this submission stays ungraded; the others go on
                outcome.error = f"scores not saved in the gradebook: {type(error).__name__}: {error}"[:300]
        if outcome.workdir:
            made = Path(outcome.workdir) / "course" / "autograded" / outcome.student / outcome.assignment
            if made.is_dir():
                if dest.exists():
                    shutil.rmtree(dest)
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copytree(made, dest)
        dest.mkdir(parents=True, exist_ok=True)
        record_data = asdict(outcome)
        record_data.pop("workdir", None)
        (dest / RECORD).write_text(json.dumps(record_data, indent=1), encoding="utf-8")
        if outcome.notebooks and not outcome.error:
            manifest[f"{outcome.assignment}/{outcome.student}"] = outcome.fingerprint
    finally:
        if outcome.workdir:
            shutil.rmtree(outcome.workdir, ignore_errors=True)


# ------------------------------------------------------------------------------------------------
# Feedback and export


def generate_feedback(assignment: Assignment, course_root: Path = ROOT, db_url: str | None = None,
                      students: list[str] | None = None) -> list[Path]:
    """nbgrader GenerateFeedback for the graded students, exactly as configured in nbgrader_config.py.

    That file puts SanitizeFeedback into GenerateFeedback's pipeline, so this, plain `nbgrader
    generate_feedback` and Formgrader's "Generate Feedback" make the same pages; a config without it is
    refused rather than showing participants the hidden tests.
    """
    from nbgrader.converters import GenerateFeedback
    from nbgrader.coursedir import CourseDirectory

    db_url = db_url or db_url_of(course_root)
    config = nbgrader_config(course_root, root=str(course_root), db_url=db_url)
    require_sanitized_feedback(config, course_root)
    made = []
    graded = course_root / "autograded"
    names = students or sorted(p.name for p in graded.iterdir() if (p / assignment.name).is_dir()) \
        if graded.is_dir() else []
    names = [n for n in names if any((graded / n / assignment.name).glob("*.ipynb"))]
    if not names:
        return made
    coursedir = CourseDirectory(config=config)
    coursedir.assignment_id = assignment.name
    # One nbgrader run for the whole cohort (a run per participant costs a second of start-up each).
    coursedir.student_id = names[0] if len(names) == 1 else "*"
    app = GenerateFeedback(coursedir=coursedir, config=config)
    app.force = True
    try:
        run_logged(app)
    except Exception as error:  # noqa: BLE001 - nbgrader goes on past a bad notebook; say which failed
        print(f"feedback: nbgrader reported a problem: {str(error)[:300]}", file=sys.stderr)
    for student in names:
        made += sorted((course_root / "feedback" / student / assignment.name).glob("*.html"))
    return made


def require_sanitized_feedback(config, course_root: Path = ROOT) -> None:
    """Refuse a configuration whose GenerateFeedback would show hidden tests (no SanitizeFeedback)."""
    from nbgrader.converters import GenerateFeedback

    steps = GenerateFeedback(config=config).preprocessors
    names = [step if isinstance(step, str) else f"{step.__module__}.{step.__qualname__}" for step in steps]
    if f"{__name__}.SanitizeFeedback" not in names:
        raise SystemExit(f"{Path(course_root) / 'nbgrader_config.py'} does not put course.grading.SanitizeFeedback "
                         "into c.GenerateFeedback.preprocessors: feedback would show the hidden tests. Copy the "
                         "setting from the course's nbgrader_config.py.")


def scores(assignments: list[Assignment], course_root: Path = ROOT, db_url: str | None = None) -> list[dict]:
    """One row per participant: exercise scores, per-assignment totals with late penalty, grand total."""
    from nbgrader.api import Gradebook

    db_url = db_url or db_url_of(course_root)
    rows: dict[str, dict] = {}
    with Gradebook(db_url) as gb:
        for assignment in assignments:
            try:
                gb.find_assignment(assignment.name)
            except Exception:  # noqa: BLE001 - never graded
                continue
            layout = {}
            for notebook in assignment.notebooks:
                release = nbformat.read(str(assignment.release(notebook)), as_version=4)
                layout[Path(notebook).stem] = release
            for student in gb.students:
                try:
                    submission = gb.find_submission(assignment.name, student.id)
                except Exception:  # noqa: BLE001 - did not submit
                    continue
                row = rows.setdefault(student.id, {"participant": student.id})
                total = top = penalty = 0.0
                pending = False
                for stem, release in layout.items():
                    sub = gb.find_submission_notebook(stem, assignment.name, student.id)
                    grades = {g.name: g for g in sub.grades}
                    for answer, tests in exercises_of(release).items():
                        got = sum((grades[t].score or 0) for t in tests if t in grades)
                        most = sum(grades[t].max_score for t in tests if t in grades)
                        row[f"{assignment.name}/{answer}"] = round(got, 3)
                        total += got
                        top += most
                    for cell in release.cells:  # hand-graded answers
                        gid = _gid(cell)
                        if _is_answer(cell) and _meta(cell).get("grade") and gid in grades:
                            grade = grades[gid]
                            pending = pending or grade.needs_manual_grade
                            row[f"{assignment.name}/{gid}"] = "" if grade.score is None or \
                                grade.needs_manual_grade else round(grade.score, 3)
                            total += grade.score or 0
                            top += grade.max_score
                    penalty += sub.late_submission_penalty or 0
                row[f"{assignment.name}/late_penalty"] = round(penalty, 3)
                row[f"{assignment.name}/total"] = round(max(total - penalty, 0), 3)
                row[f"{assignment.name}/max"] = round(top, 3)
                row[f"{assignment.name}/needs_hand_grading"] = "yes" if pending else ""
                row["timestamp"] = str(submission.timestamp or "")
    for row in rows.values():
        row["total"] = round(sum(v for k, v in row.items() if k.endswith("/total")), 3)
        row["max"] = round(sum(v for k, v in row.items() if k.endswith("/max")), 3)
    return sorted(rows.values(), key=lambda r: r["participant"])


def export_csv(rows: list[dict], path: Path) -> Path:
    import csv

    columns: list[str] = ["participant"]
    for row in rows:
        for key in row:
            if key not in columns and key not in ("total", "max", "timestamp"):
                columns.append(key)
    columns += ["total", "max"]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
    return path


def records(course_root: Path, assignment: str) -> dict[str, dict]:
    """The grading records (findings, timing) of every graded participant of an assignment."""
    out = {}
    graded = course_root / "autograded"
    if not graded.is_dir():
        return out
    for student in sorted(p for p in graded.iterdir() if p.is_dir()):
        path = student / assignment / RECORD
        if path.exists():
            out[student.name] = json.loads(path.read_text(encoding="utf-8"))
    return out
