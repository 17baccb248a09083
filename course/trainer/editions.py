"""Editions of an assignment in another language (issue #21): one place to edit each language.

The English notebook in `source/<name>/` is where code, tests and English text are edited. The Hindi
text lives in `i18n/hi/<name>.md`, one block per text cell, keyed to the English it translates:

    <!-- cell 00-getting-started-001 en:3f2a9c0b1d4e -->
    ## 1. सेल: नोटबुक कैसे काम करती है
    ...

and, after the cells, the sentences the checks say (hints, a decision's options), English then Hindi:

    <!-- message -->
    you added reactions and comments: the shares are missing.
    <!-- hi -->
    आपने reactions और comments जोड़े: shares छूट गए।
    <!-- end -->

`en:` is the start of the SHA-256 of the English cell's text. When the English changes, its key
changes and the Hindi block no longer matches: the cell is *stale* and `course check` fails until the
Hindi is updated (`course translate NAME` lists what is missing or stale, and adds blocks for them).

`course build` writes the edition `source/<name>-hi/<name>-hi.ipynb` from the two: every code cell
(answers, tests, hidden tests, metadata, grade ids, points) byte for byte the English one, every text
cell the Hindi; and `edition.json` beside it (the language, the translations of the sentences its
*visible* checks say, for `course.i18n`). That folder is generated: edit the English notebook or the
Hindi file, never it (the gate `edition` regenerates it and fails on any difference).
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from course.trainer.build import ROOT, Assignment, english_of

LANGUAGES = {"hi": "Hindi"}  # as build.EDITION_LANGUAGES
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
_CELL = re.compile(r"^<!-- cell (?P<id>\S+) en:(?P<key>[0-9a-f]{12}) -->[ \t]*$", re.M)
_MESSAGE = re.compile(r"^<!-- message -->\n(?P<en>.*?)\n<!-- hi -->\n(?P<hi>.*?)\n<!-- end -->[ \t]*$", re.M | re.S)
_HIDDEN = re.compile(r"###\s*BEGIN HIDDEN TESTS.*?###\s*END HIDDEN TESTS", re.S)
TODO = "TODO: translate"
EDITION_FILE = "edition.json"  # released: the language and what the visible checks say
GRADING_FILE = "edition.grading.json"  # never released: what the hidden tests say (see edition_files)
_COMPARED_WITH_ERRORS = re.compile(r"^truth value of a Series is ambiguous$")  # Python's text, not ours


def key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def edition_of(english: str, lang: str = "hi") -> str:
    return f"{english}-{lang}"


def translation_file(english: str, lang: str = "hi", root: Path = ROOT) -> Path:
    return root / "i18n" / lang / f"{english}.md"


def translated(root: Path = ROOT, lang: str = "hi") -> list[str]:
    """The English assignments that have a translation file."""
    folder = root / "i18n" / lang
    return sorted(p.stem for p in folder.glob("*.md")) if folder.is_dir() else []


@dataclass
class Translation:
    cells: dict[str, str] = field(default_factory=dict)  # English key -> translated text
    ids: dict[str, str] = field(default_factory=dict)  # cell id -> the English key it was translated from
    messages: dict[str, str] = field(default_factory=dict)  # English sentence -> translated
    problems: list[str] = field(default_factory=list)


def parse(path: Path) -> Translation:
    result = Translation()
    if not path.exists():
        return result
    text = path.read_text(encoding="utf-8")
    first_message = text.find("<!-- message -->")
    cells_part = text if first_message < 0 else text[:first_message]
    marks = list(_CELL.finditer(cells_part))
    if cells_part[: marks[0].start() if marks else len(cells_part)].strip() and not marks:
        result.problems.append(f"{path.name}: no '<!-- cell ID en:KEY -->' block")
    for mark, after in zip(marks, [*marks[1:], None], strict=True):
        body = cells_part[mark.end(): after.start() if after else len(cells_part)].strip("\n")
        result.cells[mark["key"]] = body
        result.ids[mark["id"]] = mark["key"]
    if first_message >= 0:
        for found in _MESSAGE.finditer(text[first_message:]):
            result.messages[found["en"]] = found["hi"]
    return result


def text_cells(nb) -> list:
    return [cell for cell in nb.cells if cell.cell_type in ("markdown", "raw")]


def check_sentences(nb) -> tuple[list[str], list[str]]:
    """The sentences the notebook's test cells can say: (visible, hidden-only). A sentence is a string
    constant of two words or more; an f-string counts as its template, fields as `{expression}`."""
    visible: list[str] = []
    hidden: list[str] = []
    for cell in nb.cells:
        if cell.cell_type != "code" or not cell.metadata.get("nbgrader", {}).get("grade"):
            continue
        shown = _HIDDEN.sub("", cell.source)
        for found in _sentences(shown):
            if found not in visible:
                visible.append(found)
        for region in _HIDDEN.findall(cell.source):
            for found in _sentences(region):
                if found not in visible and found not in hidden:
                    hidden.append(found)
    hidden = [s for s in hidden if s not in visible]
    return visible, hidden


_DISPLAY_CALLS = {"set_title", "set_xlabel", "set_ylabel", "suptitle", "set_label", "text", "annotate", "print",
                  "title", "xlabel", "ylabel"}
_DISPLAY_KEYWORDS = {"label", "title", "xlabel", "ylabel"}


def display_texts(nb) -> list[str]:
    """The words the notebook's given code shows (chart titles, axis labels, legend entries, printed labels): the
    string constants passed to matplotlib's text setters, as `label=`/`title=`, or to `print`, in the code cells
    that are neither an answer nor a test, and in the course's own modules those cells import (`from
    course.security import failures_chart` draws a chart with its own titles). An edition translates those without
    Devanagari already; `course.setup()` shows the translation in its charts and printed lines (course.i18n.install)."""
    found: list[str] = []
    helpers: list[str] = []
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if cell.cell_type != "code" or meta.get("solution") or meta.get("grade"):
            continue
        try:
            tree = ast.parse(cell.source)
        except SyntaxError:
            continue
        _display_in(tree, found, checks=True)
        helpers += [(node.module.split(".", 1)[1], alias.name) for node in ast.walk(tree)
                    if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("course.")
                    and node.module.count(".") == 1 for alias in node.names]
    for helper in dict.fromkeys(module for module, _ in helpers):
        functions = _functions_of(helper) if helper not in _NOT_DISPLAYING else {}
        for name in _reached(functions, [name for module, name in helpers if module == helper]):
            _display_in(functions[name], found, checks=False)
    return found


@functools.cache
def _functions_of(helper: str) -> dict[str, ast.FunctionDef]:
    """A course module's top-level functions, parsed once per process (every edition's build asks again)."""
    path = Path(__file__).resolve().parent.parent / f"{helper}.py"
    if not path.is_file():
        return {}
    return {node.name: node for node in ast.parse(path.read_text(encoding="utf-8")).body
            if isinstance(node, ast.FunctionDef)}


def _reached(functions: dict[str, ast.FunctionDef], imported: list[str]) -> list[str]:
    """The module's functions the notebook imports, and those they call in turn (a chart drawn by a helper)."""
    reached, todo = [], [name for name in imported if name in functions]
    while todo:
        name = todo.pop(0)
        if name in reached:
            continue
        reached.append(name)
        todo += [node.func.id for node in ast.walk(functions[name]) if isinstance(node, ast.Call)
                 and isinstance(node.func, ast.Name) and node.func.id in functions]
    return reached


# the course's modules whose words are not drawn or printed by a helper: the checks' messages have templates of their
# own (course/hindi.py), and data and language are not display
_NOT_DISPLAYING = {"checks", "data", "i18n", "hindi", "messages"}


def _display_in(tree: ast.AST, found: list[str], *, checks: bool) -> None:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        values = list(node.args) if name in _DISPLAY_CALLS else []
        if name == "legend":  # ax.legend(["mean (average)", "median (typical post)"]): each entry is a label
            values += [e for a in node.args if isinstance(a, ast.List | ast.Tuple) for e in a.elts]
        values += [k.value for k in node.keywords if k.arg in _DISPLAY_KEYWORDS]
        # tick labels: ax.set_yticks(ys, labels=["others", "administration"]), ax.set_xticklabels([...])
        values += [e for k in node.keywords if k.arg == "labels" and isinstance(k.value, ast.List | ast.Tuple)
                   for e in k.value.elts]
        if name in ("set_xticklabels", "set_yticklabels"):
            values += [e for a in node.args[:1] if isinstance(a, ast.List | ast.Tuple) for e in a.elts]
        if name == "explore":  # course.widgets.explore labels each control with its parameter's name
            values += [ast.Constant(k.arg) for k in node.keywords if k.arg]
        if checks and (name.startswith("expect_") or name in _SAYING_CALLS):  # a check in a given cell: its message
            values += [v for v in [*node.args, *(k.value for k in node.keywords if k.arg != "name")]
                       if len(_text_of(v).split()) >= 2]
        while any(isinstance(v, ast.IfExp) for v in values):  # a title chosen by the data: "..." if burst else "..."
            values = [part for v in values for part in ((v.body, v.orelse) if isinstance(v, ast.IfExp) else (v,))]
        for value in values:
            text = _text_of(value)
            if not DEVANAGARI.search(text) and any(ch.isalpha() for ch in _fixed_part(value)) and text not in found:
                found.append(text)


_SAYING_CALLS = {"CheckFailed", "passed", "recorded", "_say"}


def _text_of(node: ast.AST) -> str:
    """A string constant's text; an f-string's template (fields as `{expression}`); else ""."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return template_of(node)
    return ""


def _fixed_part(node: ast.AST) -> str:
    """The literal text of a string or f-string: an f-string that is all fields (`f"{x}"`) shows no words of ours."""
    if isinstance(node, ast.JoinedStr):
        return "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
    return _text_of(node)


def _sentences(code: str) -> list[str]:
    lines = [line for line in code.splitlines() if not line.lstrip().startswith("###")]
    try:
        tree = ast.parse("\n".join(lines))
    except SyntaxError:
        return []
    found = []
    skip = {id(v) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr) for v in node.values}
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # a docstring
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args:
            skip.add(id(node.args[0]))  # a pattern matched against Python's own (English) error text
        if isinstance(node, ast.FunctionDef) and node.body and isinstance(node.body[0], ast.Expr):
            skip.add(id(node.body[0].value))
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
        elif isinstance(node, ast.JoinedStr):
            text = template_of(node)
        else:
            continue
        if len(text.split()) >= 2 and not _IMPORT.match(text) and \
                not _COMPARED_WITH_ERRORS.search(text):
            found.append(text)
    return found


# a line of code in a string ("from course.data import load"), not a sentence ("from the 'takeover noticed' time ...")
_IMPORT = re.compile(r"(import [\w.]+(\s+as \w+)?\s*(,|$)|from \.*[\w.]* import )")


def template_of(node: ast.JoinedStr) -> str:
    parts = []
    for value in node.values:
        if isinstance(value, ast.Constant):
            parts.append(str(value.value))
        else:
            parts.append("{" + ast.unparse(value.value) + "}")
    return "".join(parts)


# A bare URL in Markdown becomes a link up to the next space or closing punctuation; the Devanagari full stop
# (danda, ।) is not punctuation to it, so "(https://x.example/a)।" would link ".../a)।" and break. An explicit
# autolink <https://...> ends where it says. Markdown link targets and code are left alone.
_BARE_URL = re.compile(r"(?<!\]\()(?<![<`\"'/])\bhttps?://[^\s<>()\[\]\"'`।]+")
_CODE_SPAN = re.compile(r"`[^`\n]*`")


def autolinked(markdown: str) -> str:
    """Every bare URL of a translated text cell as an explicit autolink (see _BARE_URL)."""
    def link(match: re.Match) -> str:
        url = match.group(0)
        trimmed = url.rstrip(".,;:!?")
        return f"<{trimmed}>{url[len(trimmed):]}"

    pieces = []
    last = 0
    for code in _CODE_SPAN.finditer(markdown):
        pieces.append(_BARE_URL.sub(link, markdown[last:code.start()]))
        pieces.append(code.group(0))
        last = code.end()
    pieces.append(_BARE_URL.sub(link, markdown[last:]))
    return "".join(pieces)


_HASHTAG_LINE = re.compile(r"^#[^\s#]")


def hashtag_lines(markdown: str) -> list[int]:
    """Line numbers (from 1) of the text lines, outside code blocks, that start with a hashtag ("#ChhathPuja
    and ..."): nbconvert's Markdown, which writes the feedback page, makes each such line a heading."""
    found, fenced = [], False
    for number, line in enumerate(markdown.split("\n"), start=1):
        if line.lstrip().startswith("```"):
            fenced = not fenced
        elif not fenced and _HASHTAG_LINE.match(line):
            found.append(number)
    return found


def _unwrap_hashtag_lines(markdown: str) -> str:
    """A translated text line that starts with a hashtag joins the line before it (see hashtag_lines)."""
    lines = markdown.split("\n")
    for number in reversed(hashtag_lines(markdown)):
        if number > 1 and lines[number - 2].strip():
            lines[number - 2] = lines[number - 2] + " " + lines.pop(number - 1)
    return "\n".join(lines)


def render(english_nb, translation: Translation, lang: str, english_name: str):
    """The edition's notebook and the problems that stop it (missing or stale translations)."""
    problems = list(translation.problems)
    nb = nbformat.reads(nbformat.writes(english_nb), as_version=4)
    for cell in text_cells(nb):
        cell_key = key(cell.source)
        if cell_key in translation.cells:
            body = translation.cells[cell_key]
            if TODO in body or not DEVANAGARI.search(body):
                problems.append(f"cell {cell.get('id')}: not translated yet (no {LANGUAGES[lang]} in its block)")
            cell.source = _unwrap_hashtag_lines(autolinked(body))
        elif cell.get("id") in translation.ids:
            problems.append(f"cell {cell.get('id')}: stale: the English changed since it was translated "
                            f"(run `course translate {english_name}`)")
        else:
            problems.append(f"cell {cell.get('id')}: missing from {translation_file(english_name, lang).relative_to(ROOT)}")
    nb.metadata["course_edition"] = {"language": lang, "english": english_name}
    visible, hidden = check_sentences(english_nb)
    for sentence in visible + hidden + display_texts(english_nb):
        if sentence not in translation.messages:
            problems.append(f"check sentence not translated: {sentence[:90]!r}")
        elif TODO in translation.messages[sentence]:
            problems.append(f"check sentence not translated yet: {sentence[:90]!r}")
    return nb, problems


def edition_files(english: Assignment, lang: str = "hi", root: Path = ROOT) -> tuple[dict[str, str], list[str]]:
    """{file name: text} of the edition's source folder, and the problems found making it."""
    translation = parse(translation_file(english.name, lang, root))
    files: dict[str, str] = {}
    problems: list[str] = []
    visible: list[str] = []
    hidden: list[str] = []
    ours, theirs = [], []  # the text cells, for the glossary
    name = edition_of(english.name, lang)
    for notebook in english.notebooks:
        english_nb = nbformat.read(english.source(notebook), as_version=4)
        nb, found = render(english_nb, translation, lang, english.name)
        problems += [f"{notebook}: {p}" for p in found]
        files[notebook.replace(english.name, name, 1)] = nbformat.writes(nb) + "\n"
        shown, secret = check_sentences(english_nb)
        visible += shown + display_texts(english_nb)
        hidden += secret
        ours.append(markdown_text(nb))
        theirs.append(markdown_text(english_nb))
    problems += glossary_problems(english.name, "\n".join(ours), "\n".join(theirs), lang)
    messages = {s: translation.messages[s] for s in visible if s in translation.messages}
    files[EDITION_FILE] = json.dumps({"language": lang, "english": english.name, "messages": messages},
                                     ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    # What only the hidden tests say (a decision's "why"), for the grader alone: nbgrader_config.py's
    # CourseDirectory.ignore keeps it out of the release, the submissions and the feedback folders;
    # `course grade` puts it beside the submission while its kernel runs, so the feedback is Hindi.
    secret_messages = {s: translation.messages[s] for s in hidden if s in translation.messages}
    files[GRADING_FILE] = json.dumps({"messages": secret_messages}, ensure_ascii=False, indent=1,
                                     sort_keys=True) + "\n"
    return files, problems


def _bare(term: str) -> str:
    return re.sub(r"\s*\(.*?\)", "", term).strip()


def markdown_text(nb) -> str:
    """A notebook's text cells, joined."""
    return "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")


def glossary_problems(module: str, ours: str, theirs: str, lang: str = "hi") -> list[str]:
    """The glossary (`glossary` dataset) fixes each term's translation: a term the module introduces (its
    `module` column) and its English text (`theirs`) uses must appear in the edition's text (`ours`) as the glossary
    gives it (the words before any bracket: "रिटेंशन" for "रिटेंशन (दर्शक कितनी देर बने रहे)")."""
    if lang != "hi":
        return []
    from course.data import load

    problems = []
    for row in load("glossary").itertuples():
        term_en, term_hi = _bare(row.term_en), _bare(row.term_hi)
        if (row.module == module and re.search(rf"\b{re.escape(term_en)}\b", theirs, re.I)
                and term_hi not in ours):
            problems.append(f"glossary: '{row.term_en}' is introduced here; the Hindi text should say "
                            f"'{term_hi}' (the glossary's term_hi), at least where it first explains it")
    return problems


def refresh(root: Path = ROOT, lang: str = "hi") -> list[Path]:
    """Write every edition's source folder from its English source and translation; returns what changed."""
    changed = []
    for english_name in translated(root, lang):
        english = Assignment(english_name, root)
        if not english.source_dir.is_dir():
            continue
        files, _problems = edition_files(english, lang, root)
        folder = root / "source" / edition_of(english_name, lang)
        folder.mkdir(parents=True, exist_ok=True)
        for file_name, text in files.items():
            path = folder / file_name
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
                changed.append(path)
        for stray in folder.iterdir():
            if stray.is_file() and stray.name not in files:
                stray.unlink()
                changed.append(stray)
    return changed


def gate_edition(assignment: Assignment) -> list[str]:
    """An edition: complete, not stale, generated (not edited), its code and tests the English ones."""
    pair = english_of(assignment.name)
    if pair is None:
        return []
    english_name, lang = pair
    english = Assignment(english_name, assignment.root)
    if not translation_file(english_name, lang, assignment.root).exists():
        return [f"{assignment.name} has no {translation_file(english_name, lang, assignment.root)}"]
    files, problems = edition_files(english, lang, assignment.root)
    for file_name, text in files.items():
        path = assignment.source_dir / file_name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            problems.append(f"source/{assignment.name}/{file_name} differs from what `course build` makes from "
                            f"source/{english_name} and the translation: edit those, then run `course build`")
    if (assignment.release_dir / GRADING_FILE).exists():
        problems.append(f"release/{assignment.name}/{GRADING_FILE} exists: it holds what hidden tests say and must "
                        "never be released (CourseDirectory.ignore in nbgrader_config.py lists it)")
    for notebook in english.notebooks:
        edition_path = assignment.source_dir / notebook.replace(english_name, assignment.name, 1)
        if not edition_path.exists():
            continue
        ours = nbformat.read(edition_path, as_version=4)
        theirs = nbformat.read(english.source(notebook), as_version=4)
        code = [(c.source, json.dumps(c.metadata, sort_keys=True)) for c in ours.cells if c.cell_type == "code"]
        want = [(c.source, json.dumps(c.metadata, sort_keys=True)) for c in theirs.cells if c.cell_type == "code"]
        if code != want or len(ours.cells) != len(theirs.cells):
            problems.append(f"{edition_path.name}: its code and test cells are not the English ones byte for byte")
    return problems


def skeleton(english: Assignment, lang: str = "hi", root: Path = ROOT) -> tuple[str, list[str]]:
    """The translation file with a block for every cell and sentence still missing or stale (the
    English text in it, marked TODO), keeping every current translation; and what was added."""
    path = translation_file(english.name, lang, root)
    translation = parse(path)
    added: list[str] = []
    blocks: list[str] = []
    sentences: list[str] = []
    for notebook in english.notebooks:
        nb = nbformat.read(english.source(notebook), as_version=4)
        for cell in text_cells(nb):
            cell_key = key(cell.source)
            body = translation.cells.get(cell_key)
            if body is None:
                old = translation.cells.get(translation.ids.get(cell.get("id"), ""), "")
                body = f"{TODO}\n{cell.source}" + (f"\n\n(previous translation)\n{old}" if old else "")
                added.append(f"cell {cell.get('id')}")
            blocks.append(f"<!-- cell {cell.get('id')} en:{cell_key} -->\n{body}\n")
        visible, hidden = check_sentences(nb)
        sentences += [s for s in visible + hidden + display_texts(nb) if s not in sentences]
    for sentence in sentences:
        hindi = translation.messages.get(sentence)
        if hindi is None:
            hindi = f"{TODO} {sentence}"
            added.append(f"sentence {sentence[:60]!r}")
        blocks.append(f"<!-- message -->\n{sentence}\n<!-- hi -->\n{hindi}\n<!-- end -->\n")
    header = (f"<!-- {LANGUAGES[lang]} edition of {english.name}: see course/trainer/editions.py. Edit the text "
              "under each mark; keep the marks. -->\n\n")
    return header + "\n".join(blocks), added


def message_templates(paths: list[Path] | None = None) -> list[str]:
    """Every sentence the course's checks can show, as a template (`{expression}` for each field): each
    string of two words or more in course/checks.py, course/messages.py and course/widgets.py but their
    docstrings. A Hindi
    edition needs each in `course.hindi.TEMPLATES` (tests/test_editions.py)."""
    paths = paths or [ROOT / "course" / "checks.py", ROOT / "course" / "messages.py", ROOT / "course" / "widgets.py"]
    found: list[str] = []
    for path in paths:
        for sentence in _sentences(path.read_text(encoding="utf-8")):
            if sentence not in found:
                found.append(sentence)
    return found
