"""Feedback: what a participant may see.

`SanitizeFeedback` (a GenerateFeedback preprocessor) and `FeedbackExporter` (the page, from the template
`feedback.html.j2` beside this file) are named in nbgrader_config.py, so Formgrader's "Generate Feedback",
plain `nbgrader generate_feedback` and `course grade` (`generate_feedback` below) make the same pages.
"""

from __future__ import annotations

import html
import importlib.resources
import re
import sys
from pathlib import Path

import nbformat
from nbconvert.exporters import HTMLExporter
from nbgrader.preprocessors import NbGraderPreprocessor
from traitlets import Unicode

from course.messages import UNQUOTED_LETTER, UNQUOTED_WORD
from course.trainer.build import ROOT, Assignment, nbgrader_config, run_logged
from course.trainer.grading.cells import _gid, _is_answer, _is_test, _meta, _source, exercises_of
from course.trainer.grading.gradebook import db_url_of

EXPLANATION = "📘 "  # course.checks.EXPLANATION: a decision's explanation, kept in hidden tests' feedback


def _explanations(output):
    """A stream output cut down to the decision explanations it holds (an error output is returned as is)."""
    if output.output_type != "stream":
        return output
    kept = [line for line in output.get("text", "").splitlines() if line.startswith(EXPLANATION)]
    return nbformat.v4.new_output("stream", name="stdout", text="\n".join(kept) + "\n")


class SanitizeFeedback(NbGraderPreprocessor):  # enabled by default, unlike nbconvert's Preprocessor
    """GenerateFeedback step: show scores and friendly check messages, never hidden tests or tracebacks.

    Test cells are shown as they are in the release (hidden tests are not in it); an error output keeps
    only its one-line message, and a cell with hidden tests keeps nothing else (what it printed would show
    the hidden inputs). A summary table (exercise, points, message) is put on top.

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
        words = feedback_words(nb)
        scores: dict[str, tuple[float, float, str]] = {}
        failed: dict[str, str] = {}  # answer grade id -> why the answer cell itself failed
        for cell in nb.cells:
            if cell.cell_type != "code":
                continue
            gid = _gid(cell)
            if _is_test(cell):
                if "### BEGIN HIDDEN TESTS" in _source(cell):
                    # What a hidden test prints (a participant's print inside their function, the value of
                    # the last line) shows the hidden inputs: keep only the failure's message, and a
                    # decision's explanation (course.checks.expect_decision prints it, marked, for a right
                    # choice; a decision's test calls no participant code, so nothing else can print there).
                    decision = "expect_decision(" in _source(cell)
                    cell.outputs = [o if o.output_type == "error" else _explanations(o)
                                    for o in cell.get("outputs", [])
                                    if o.output_type == "error" or (decision and o.output_type == "stream"
                                                                    and EXPLANATION in o.get("text", ""))]
                shown = release.get(gid)
                cell.source = _source(shown) if shown is not None else "# (check)"
            for output in cell.get("outputs", []):
                if output.output_type == "error":
                    output.traceback = [friendly_error(output, words)]
            errors = [o for o in cell.get("outputs", []) if o.output_type == "error"]
            if _is_answer(cell) and errors:
                failed[gid] = friendly_error(errors[0], words)
            if _is_test(cell):
                message = friendly_error(errors[0], words) if errors else ""
                points = float(_meta(cell).get("points", 0))
                scores[gid] = (0.0 if message else points, points, message)
        rows = []
        for answer, tests in exercises.items():
            got = sum(scores.get(t, (0, 0, ""))[0] for t in tests)
            top = sum(float(_meta(release[t]).get("points", 0)) for t in tests if t in release)
            message = next((scores[t][2] for t in tests if t in scores and scores[t][2]), "")
            if message.startswith(words["missing"]) and answer in failed:
                message = failed[answer]  # the answer cell's own error says more ("No answer yet", ...)
            mark = "✅" if got == top and top else ("🟡" if got else "❌")
            rows.append(f"| {mark} `{answer}` | {got:g} / {top:g} | {_md_escape(message) or words['pass']} |")
        totals = self._totals(nb, resources)
        for cell in nb.cells:  # answers graded by hand, after the autograded exercises
            if _by_hand(cell):
                meta = cell.metadata.nbgrader
                points = float(meta.get("points") or 0)
                if meta.get("awaiting"):
                    rows.append(f"| ⏳ `{_gid(cell)}` | – / {points:g} | {words['awaiting']} ({_points(points, words)}) |")
                else:
                    got = float(meta.get("score") or 0)
                    mark = "✅" if got == points and points else ("🟡" if got else "❌")
                    blank = meta.get("comment") == NO_RESPONSE  # nbgrader's own note on an answer left as released
                    rows.append(f"| {mark} `{_gid(cell)}` | {got:g} / {points:g} | "
                                f"{words['blank'] if blank else words['by_trainer']} |")
                if meta.get("comment") == NO_RESPONSE:
                    meta["comment"] = words["blank"]
        if rows:
            table = (f"## {words['results']}\n\n| {words['columns']} |\n| --- | --- | --- |\n"
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
        words = feedback_words(nb)
        summary = f"{words['autograded']}: {auto_shown:g} / {auto_top:g}"
        if late:
            summary += f" ({words['late']} {late:g})"
        if awaiting:
            graded = f"{by_hand:g} / {by_hand_top:g} {words['graded']}, " if by_hand_top else ""
            summary += f"; {words['written']}: {graded}{words['awaiting']} ({_points(awaiting, words)})"
        totals = {"autograded": auto_shown, "autograded_max": auto_top, "by_hand": by_hand,
                  "by_hand_max": by_hand_top, "awaiting": awaiting, "summary": summary}
        info["course"] = totals
        return totals


AWAITING = "awaiting your trainer"
NO_RESPONSE = "No response."  # nbgrader's comment on a hand-graded answer left as released (scored 0)

# Python's errors a participant's answer most often stops with, explained before Python's own words.
PYTHON_ERRORS = {"SyntaxError": "syntax", "IndentationError": "indentation", "KeyError": "key",
                 "ZeroDivisionError": "zero"}

# The page's own words, in the language of the edition the notebook belongs to (its metadata
# `course_edition`, set by course/trainer/editions.py); the checks' messages are translated by course.i18n.
WORDS = {
    "en": {"results": "Your results", "columns": "exercise | points | what the checks said",
           "pass": "all checks pass", "awaiting": AWAITING, "by_trainer": "graded by your trainer",
           "blank": "no answer written",
           "autograded": "Autograded", "late": "after a late penalty of", "graded": "graded",
           "written": "written answers", "point": "point", "points": "points",
           "not_written": "✋ No answer yet: replace `raise NotImplementedError()` with your code.",
           "letter": "✋ `{name}` is not something Python knows: a letter you choose goes in quotes, e.g. \"{name}\".",
           "word": "✋ `{name}` is not something Python knows: if you meant the word, it goes in quotes, e.g. "
                   "\"{name}\"; if it is a name made in a cell above, check its spelling.",
           "missing": "✋ No answer for",
           "missing_rest": " {name} yet: the answer cell did not create it (not written, stopped by an error, or the "
                           "name is spelled differently), or the code uses a name that was never defined.",
           "this_exercise": "this exercise",
           "timeout": "⏱ This cell took too long (the time limit stopped it).",
           "syntax": "the code is not valid Python: often `=` where `==` is meant, or a bracket or quote left open",
           "indentation": "the lines inside a `def` or an `if` must be indented (moved right) under it",
           "key": "there is no column or label of that name: check its spelling and capital letters",
           "zero": "a division by 0"},
    "hi": {"results": "आपके नतीजे", "columns": "अभ्यास | अंक | जाँच का नतीजा",
           "pass": "सभी जाँच पास", "awaiting": "आपके ट्रेनर की जाँच बाकी है", "by_trainer": "आपके ट्रेनर ने जाँचा",
           "blank": "कोई उत्तर नहीं लिखा गया",
           "autograded": "अपने-आप जाँचे गए (autograded) अंक", "late": "देर से जमा करने की कटौती के बाद:",
           "graded": "जाँचे गए", "written": "लिखित उत्तर", "point": "अंक", "points": "अंक",
           "not_written": "✋ अभी उत्तर नहीं लिखा गया: `raise NotImplementedError()` की जगह अपना कोड लिखिए।",
           "letter": "✋ Python `{name}` को नहीं पहचानता: आप जो अक्षर चुनें, उसे उद्धरण चिह्नों (quotes) में लिखिए, "
                     "जैसे \"{name}\"।",
           "word": "✋ Python `{name}` को नहीं पहचानता: अगर आपका मतलब यही शब्द है, तो उसे quotes में लिखिए, जैसे "
                   "\"{name}\"; अगर यह ऊपर के किसी सेल में बनाया गया नाम है, तो उसकी spelling जाँचिए।",
           "missing": "✋ अभी कोई उत्तर नहीं:",
           "missing_rest": " {name} उत्तर वाले सेल ने नहीं बनाया (लिखा नहीं गया, किसी error से रुक गया, या नाम की "
                           "spelling अलग है), या कोड ऐसे नाम का इस्तेमाल करता है जो कभी बनाया ही नहीं गया।",
           "this_exercise": "इस अभ्यास का उत्तर",
           "timeout": "⏱ इस सेल में बहुत समय लगा (समय-सीमा ने इसे रोक दिया)।",
           "syntax": "कोड Python के नियमों के हिसाब से नहीं लिखा गया: अक्सर `==` की जगह `=`, या कोई ब्रैकेट या quote खुला "
                     "छूट गया",
           "indentation": "`def` या `if` के अंदर की लाइनें उसके नीचे अंदर खिसकाकर (indent करके) लिखिए",
           "key": "इस नाम का कोई कॉलम या लेबल नहीं है: spelling और छोटे-बड़े अक्षर जाँचिए",
           "zero": "0 से भाग दिया गया"},
}


def feedback_words(nb) -> dict[str, str]:
    edition = nb.metadata.get("course_edition") if hasattr(nb, "metadata") else None
    language = edition.get("language") if isinstance(edition, dict) else None
    return WORDS.get(language, WORDS["en"])


def _points(points: float, words: dict[str, str] | None = None) -> str:
    words = words or WORDS["en"]
    return f"{points:g} {words['point'] if points == 1 else words['points']}"


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
    use it. The course template (`feedback.html.j2` in this package) is read into memory and extends
    nbgrader's, so nothing else changes (and nothing needs installing beside the package)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.raw_template = FEEDBACK_TEMPLATE


# The course's feedback page: nbgrader's `feedback` template with the header, the table of contents and the
# score in each graded cell's heading replaced (the file says how and why). Package data, read once.
FEEDBACK_TEMPLATE = importlib.resources.files(__package__).joinpath("feedback.html.j2").read_text(encoding="utf-8")


def friendly_error(output, words: dict[str, str] | None = None) -> str:
    """One line a participant can act on: the check's message, never a traceback (in the edition's language:
    `words`, from feedback_words; a check's own message is in it already, course.i18n)."""
    words = words or WORDS["en"]
    ename, evalue = str(output.get("ename", "")), str(output.get("evalue", ""))
    if ename == "CheckFailed":
        return "❌ " + evalue.strip()[:2000]  # a decision's explanation is a few sentences: never cut it
    if ename == "NotImplementedError":
        return words["not_written"]
    if ename == "NameError":
        # A check meets a name the answer cell never created: not attempted, blank, stopped by an error.
        match = re.search(r"name '([^']{1,80})' is not defined", evalue)
        if match and UNQUOTED_LETTER.fullmatch(match.group(1)):  # `choice = C`: a decision's letter without quotes
            return words["letter"].format(name=match.group(1))
        if match and UNQUOTED_WORD.fullmatch(match.group(1)):  # `best = YouTube`, no quotes
            return words["word"].format(name=match.group(1))
        name = f"`{match.group(1)}`" if match else words["this_exercise"]
        return words["missing"] + words["missing_rest"].format(name=name)
    if ename == "KernelDied":
        return evalue[:300]
    if ename == "CellTimeoutError":
        return words["timeout"]
    said = f"{ename}: {evalue.strip().splitlines()[0][:300] if evalue.strip() else ''}".rstrip(": ")
    if ename in PYTHON_ERRORS:  # Python's own words, after what they mean
        return f"✋ {words[PYTHON_ERRORS[ename]]} ({said})"
    return said


def _md_escape(text: str) -> str:
    """A message as one cell of a markdown table: a `|` would end the cell. Outside code `\\|` escapes it; inside
    a code span the renderer shows the backslash (a reviewer saw `\\|`), so such a span becomes HTML code."""
    def code(span: re.Match) -> str:
        inner = span.group(1)
        if "|" not in inner:
            return span.group(0)
        return "<code>" + html.escape(inner).replace("|", "&#124;") + "</code>"

    return re.sub(r"`([^`\n]+)`", code, text).replace("|", "\\|").replace("\n", " ")


def generate_feedback(assignment: Assignment, course_root: Path = ROOT, db_url: str | None = None,
                      students: list[str] | None = None) -> list[Path]:
    """nbgrader GenerateFeedback for the graded students (every one, or only `students`), exactly as
    configured in nbgrader_config.py. `course grade` passes only those whose page is missing or out of date
    (`course.trainer.grading.fresh.stale_feedback`); without `students` every page is made again.

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
    if students is not None:
        names = list(students)
    else:
        names = sorted(p.name for p in graded.iterdir() if (p / assignment.name).is_dir()) if graded.is_dir() else []
    names = [n for n in names if any((graded / n / assignment.name).glob("*.ipynb"))]
    if not names:
        return made
    coursedir = CourseDirectory(config=config)
    coursedir.assignment_id = assignment.name
    # One nbgrader run for the whole cohort (a run per participant costs a second of start-up each); given
    # `students`, the others are left out (nbgrader's own student_id_exclude), their pages untouched.
    coursedir.student_id = names[0] if len(names) == 1 else "*"
    if students is not None and len(names) > 1:
        chosen = set(names)
        coursedir.student_id_exclude = ",".join(p.name for p in graded.iterdir()
                                                if p.is_dir() and p.name not in chosen)
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
    # The name nbgrader_config.py gives (the package's), or the class itself (its module's).
    accepted = {f"{__package__}.SanitizeFeedback", f"{SanitizeFeedback.__module__}.SanitizeFeedback"}
    if not accepted & set(names):
        raise SystemExit(f"{Path(course_root) / 'nbgrader_config.py'} does not put course.trainer.grading.SanitizeFeedback "
                         "into c.GenerateFeedback.preprocessors: feedback would show the hidden tests. Copy the "
                         "setting from the course's nbgrader_config.py.")
