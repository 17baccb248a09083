"""`course certificates`: a PDF certificate for each participant who completed the course, in English and
Hindi, and `course certificates --verify CODE` to check one against the gradebook.

Who gets one (`c.Certificates.*` in nbgrader_config.py, or the command's options, which win):

- `modules`: the assignments to complete (default: every assignment in source/); each must be submitted;
- `min_score`: the least score, in percent of all the points of those modules after any late penalty
  (default 60);
- `wait_for_hand_grading` (default True): nobody gets one while a written answer of theirs awaits
  grading (it counts 0 until graded); `--count-ungraded-as-zero` issues anyway;
- and a row in the roster (`course roster import`): the certificate prints the name in both scripts.

Each certificate gives the name in English and Hindi, the designation, office and district, the modules
with the date each was submitted (India time), the overall score, the trainer's name (`trainer`,
`trainer_hi`; required) and the date of issue. It is `certificates/<username>.pdf` in the course folder;
the fonts are embedded (Noto Sans Devanagari, shipped in course/fonts/, and DejaVu Sans, shipped with
matplotlib), and Hindi is shaped by HarfBuzz through fpdf2 (conjuncts and vowel signs in place).

The verification code, printed on the certificate as SML-XXXX-XXXX-XXXX-XXXX, is an HMAC-SHA256 of what
the certificate states (course id, username, both names, each module with its date and score, the total),
keyed with a secret that `course certificates` makes on first use: `.certificate-secret` in the course
folder, 32 random bytes, mode 0600 (refused when others can read it: whoever reads it can make codes).
The first 80 bits, in Crockford's base 32 (no I, L, O or U; case, spaces and dashes ignored when typed).
Every certificate issued is recorded in `certificates/issued.csv`, the register (what was stated, the
code, the date of issue). `--verify CODE` finds the code in the register, recomputes its HMAC (a register
line altered by hand fails), and compares what the certificate states with the gradebook now: the same
modules submitted on the same dates with the same scores, under the same names. A changed or mistyped
code is not in the register and is refused; so is a certificate whose scores were changed since.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import json
import os
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from traitlets import Bool, Float, List, Unicode
from traitlets.config import Configurable

from course.trainer import roster
from course.trainer.build import Assignment, nbgrader_config
from course.trainer.build import modules as course_modules

FOLDER = "certificates"
REGISTER = "issued.csv"
SECRET = ".certificate-secret"
PREFIX = "SML"
FONTS = Path(__file__).resolve().parents[1] / "fonts"
PAGE_BOTTOM = 282  # mm: the inner frame ends at 284; text below it is cut off (auto page breaks are off)
FOOTER_TOP = 228  # mm from the top of the A4 page: where the trainer, date and code start at the latest
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RFC4648 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


class Certificates(Configurable):
    """Who gets a certificate and what it says; set in nbgrader_config.py as `c.Certificates.<name>`."""

    modules = List(Unicode(), default_value=[],
                   help="assignments a participant must submit (default: every assignment in source/)"
                   ).tag(config=True)
    min_score = Float(60.0, help="least score over those modules, in percent of their points after late "
                      "penalty").tag(config=True)
    wait_for_hand_grading = Bool(True, help="issue no certificate while a written answer awaits grading"
                                 ).tag(config=True)
    trainer = Unicode("", help="the trainer's name as printed on the certificates").tag(config=True)
    trainer_hi = Unicode("", help="the trainer's name in Hindi (optional)").tag(config=True)
    issuer = Unicode("", help="who issues the certificates, e.g. the training institution (optional)"
                     ).tag(config=True)
    issuer_hi = Unicode("", help="the same in Hindi (optional)").tag(config=True)
    timezone = Unicode("Asia/Kolkata", help="the time zone of the submission dates printed").tag(config=True)


class CertificateError(RuntimeError):
    """Something a trainer has to fix before certificates can be made or checked."""


@dataclass(frozen=True)
class Module:
    name: str  # the assignment, e.g. 01-analytics
    title: str  # from the release notebook's title
    submitted: date
    score: float
    max: float
    pending: bool  # written answers still to grade


@dataclass
class Standing:
    """One participant against the criteria."""

    username: str
    person: roster.Person | None
    modules: list[Module] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)  # why not (yet): empty when eligible

    @property
    def score(self) -> float:
        return round(sum(m.score for m in self.modules), 3)

    @property
    def max(self) -> float:
        return round(sum(m.max for m in self.modules), 3)

    @property
    def percent(self) -> float:
        return 100 * self.score / self.max if self.max else 0.0

    @property
    def eligible(self) -> bool:
        return not self.reasons


@dataclass
class Issued:
    settings: Certificates
    made: list[tuple[Standing, str, Path]] = field(default_factory=list)  # (standing, code, pdf)
    not_eligible: list[Standing] = field(default_factory=list)
    register: Path | None = None


def settings(course_root: Path, **overrides) -> Certificates:
    """The criteria and names from the course's nbgrader_config.py, with the given values on top."""
    config = nbgrader_config(Path(course_root))
    chosen = Certificates(config=config)
    for name, value in overrides.items():
        if value is not None:
            setattr(chosen, name, value)
    return chosen


def course_id(course_root: Path) -> str:
    return nbgrader_config(Path(course_root)).CourseDirectory.course_id


def module_title(assignment: Assignment) -> str:
    """'Analytics: reach, views, ...' from the release notebook's heading '# 01 · Analytics: ...'."""
    import nbformat

    for notebook in assignment.notebooks:
        path = assignment.release(notebook) if assignment.release(notebook).exists() else assignment.source(notebook)
        for cell in nbformat.read(str(path), as_version=4).cells:
            for line in cell.source.splitlines() if cell.cell_type == "markdown" else []:
                if line.startswith("# "):
                    return re.sub(r"^\d+\s*[·.:-]\s*", "", line[2:].strip())
    return assignment.name


def standings(course_root: Path, chosen: Certificates, db_url: str | None = None) -> list[Standing]:
    """Every participant (in the gradebook with a submission, or in the roster) against the criteria."""
    from zoneinfo import ZoneInfo

    from nbgrader.api import Gradebook

    from course.trainer.grading import db_url_of, scores

    course_root = Path(course_root)
    everything = {a.name: a for a in course_modules(course_root)}  # a module counts whichever edition was submitted
    wanted = list(chosen.modules) or list(everything)
    unknown = [m for m in wanted if m not in everything]
    if unknown:
        raise CertificateError(f"no assignment {', '.join(unknown)} in {course_root / 'source'} "
                               f"(there are: {', '.join(everything) or 'none'})")
    if not wanted:
        raise CertificateError(f"{course_root / 'source'} has no assignment: nothing to complete")
    assignments = [everything[m] for m in wanted]
    db_url = db_url or db_url_of(course_root)
    rows = {r["participant"]: r for r in scores(assignments, course_root, db_url)}
    titles = {a.name: module_title(a) for a in assignments}
    zone = ZoneInfo(chosen.timezone)
    people = roster.people(course_root, db_url)
    listed = roster.load(course_root)
    out = []
    with Gradebook(db_url) as gb:
        for username in sorted(set(rows) | set(listed)):
            row = rows.get(username, {})
            standing = Standing(username, listed.get(username) or people.get(username))
            missing = []
            for name in wanted:
                if f"{name}/max" not in row:
                    missing.append(name)
                    continue
                edition = row.get(f"{name}/edition") or "en"
                when = gb.find_submission(name if edition == "en" else f"{name}-{edition}", username).timestamp
                when = (when.replace(tzinfo=UTC) if when.tzinfo is None else when) if when else None
                standing.modules.append(Module(
                    name=name, title=titles[name], submitted=when.astimezone(zone).date() if when else None,
                    score=float(row[f"{name}/total"]), max=float(row[f"{name}/max"]),
                    pending=bool(row.get(f"{name}/needs_hand_grading"))))
            if missing:
                standing.reasons.append("not submitted: " + ", ".join(missing))
            pending = [m.name for m in standing.modules if m.pending]
            if pending and chosen.wait_for_hand_grading:
                standing.reasons.append("written answers still to grade in " + ", ".join(pending))
            if not missing and standing.percent < chosen.min_score:
                standing.reasons.append(f"score {standing.percent:.0f}% is below the minimum {chosen.min_score:g}%")
            if username not in listed:
                standing.reasons.append("not in the roster, whose names the certificate prints: "
                                        "import a roster that lists them")
            out.append(standing)
    return out


# --- the code -------------------------------------------------------------------------------------------

def statement(course: str, standing: Standing) -> dict:
    """What a certificate states, as its code signs it."""
    person = standing.person
    return {
        "course": course,
        "username": standing.username,
        "name_en": person.name_en if person else "",
        "name_hi": person.name_hi if person else "",
        "modules": [[m.name, m.submitted.isoformat() if m.submitted else "", m.score, m.max]
                    for m in standing.modules],
        "score": standing.score,
        "max": standing.max,
    }


def _canonical(stated: dict) -> bytes:
    return json.dumps(stated, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def code_of(key: bytes, stated: dict) -> str:
    """SML-XXXX-XXXX-XXXX-XXXX: the first 80 bits of HMAC-SHA256(key, statement), Crockford base 32."""
    digest = hmac.new(key, _canonical(stated), hashlib.sha256).digest()[:10]
    letters = base64.b32encode(digest).decode().translate(str.maketrans(_RFC4648, _CROCKFORD))
    return "-".join([PREFIX] + [letters[i:i + 4] for i in range(0, 16, 4)])


def normalize(code: str) -> str:
    """A code as typed, in its printed form: case, spaces and dashes ignored, O read as 0, I and L as 1."""
    text = re.sub(r"[\s\-_.]", "", code.upper())
    text = text.removeprefix(PREFIX)
    text = text.translate(str.maketrans("OIL", "011"))
    if len(text) != 16 or any(c not in _CROCKFORD for c in text):
        return ""
    return "-".join([PREFIX] + [text[i:i + 4] for i in range(0, 16, 4)])


def secret(course_root: Path, create: bool = False) -> bytes:
    """The course's signing key, `.certificate-secret` (0600), made on first use when `create`."""
    path = Path(course_root) / SECRET
    if not path.exists():
        if not create:
            raise CertificateError(f"{path} does not exist: no certificate was issued from this course folder")
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_hex(32) + "\n")
    mode = path.stat().st_mode & 0o777
    if mode & 0o077:
        raise CertificateError(f"{path} can be read by others (mode {mode:o}): whoever reads it can make codes "
                               f"that verify. Make it private (chmod 600 {path}); if it may have been copied, "
                               "delete it and issue the certificates again, which makes a new one.")
    try:
        return bytes.fromhex(path.read_text().strip())
    except PermissionError:
        import pwd

        owner = pwd.getpwuid(path.stat().st_uid).pw_name
        raise CertificateError(f"{path} is readable by its owner only ({owner}), who issued the certificates: "
                               f"issue and verify them as {owner}") from None


# --- issuing ---------------------------------------------------------------------------------------------

def issue(course_root: Path, chosen: Certificates, issued: date | None = None, db_url: str | None = None
          ) -> Issued:
    """Make the PDFs of everyone eligible and record them in the register."""
    course_root = Path(course_root)
    if not chosen.trainer.strip():
        raise CertificateError("name the trainer printed on the certificates: --trainer 'NAME' (and "
                               "--trainer-hi 'नाम'), or c.Certificates.trainer in nbgrader_config.py")
    everyone = standings(course_root, chosen, db_url)
    key = secret(course_root, create=True)
    course = course_id(course_root)
    folder = course_root / FOLDER
    folder.mkdir(mode=0o750, exist_ok=True)  # names and scores: for the trainers, not for everyone
    register = _read_register(folder / REGISTER)
    result = Issued(settings=chosen, register=folder / REGISTER)
    today = issued or datetime.now(UTC).date()
    for standing in everyone:
        if not standing.eligible:
            result.not_eligible.append(standing)
            continue
        stated = statement(course, standing)
        code = code_of(key, stated)
        # The same statement gets the same code; reissued, it keeps its first date of issue.
        on = date.fromisoformat(register[code]["issued"]) if code in register else today
        path = folder / f"{standing.username}.pdf"
        path.write_bytes(render(standing, chosen, code, on))
        os.chmod(path, 0o640)
        register[code] = {"code": code, "username": standing.username, "name_en": stated["name_en"],
                          "name_hi": stated["name_hi"], "district": standing.person.district,
                          "modules": " ".join(m.name for m in standing.modules),
                          "score": f"{standing.percent:.0f}%", "issued": on.isoformat(), "file": path.name,
                          "statement": _canonical(stated).decode("utf-8")}
        result.made.append((standing, code, path))
    _write_register(folder / REGISTER, register)
    return result


REGISTER_COLUMNS = ["code", "username", "name_en", "name_hi", "district", "modules", "score", "issued", "file",
                    "statement"]


def _read_register(path: Path) -> dict[str, dict]:
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["code"]: row for row in csv.DictReader(handle)}


def _write_register(path: Path, register: dict[str, dict]) -> None:
    temporary = path.with_name(f".{path.name}.new")
    with temporary.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=REGISTER_COLUMNS)
        writer.writeheader()
        for row in sorted(register.values(), key=lambda r: (r["issued"], r["username"], r["code"])):
            writer.writerow(row)
    os.chmod(temporary, 0o640)
    os.replace(temporary, path)


# --- checking --------------------------------------------------------------------------------------------

@dataclass
class Verdict:
    valid: bool
    lines: list[str]


def verify(course_root: Path, code: str, db_url: str | None = None) -> Verdict:
    """Is `code` a certificate this course issued, and does the gradebook still say what it states?"""
    course_root = Path(course_root)
    printed = normalize(code)
    if not printed:
        return Verdict(False, [f"{code!r} is not a certificate code: they read {PREFIX}-XXXX-XXXX-XXXX-XXXX "
                               "(16 letters and digits after SML)"])
    register = _read_register(course_root / FOLDER / REGISTER)
    entry = register.get(printed)
    if entry is None:
        return Verdict(False, [f"NOT VALID: {printed} was not issued by this course (not in "
                               f"{course_root / FOLDER / REGISTER}): the code was mistyped or changed"])
    stated = json.loads(entry["statement"])
    if not hmac.compare_digest(code_of(secret(course_root), stated), printed):
        return Verdict(False, [f"NOT VALID: the register's line for {printed} was altered: what it states "
                               "does not give this code"])
    now = next((s for s in standings(course_root, settings(course_root, modules=[m[0] for m in stated["modules"]]),
                                     db_url) if s.username == stated["username"]), None)
    current = statement(stated["course"], now) if now else None
    modules = ", ".join(f"{name} ({day})" for name, day, _, _ in stated["modules"])
    percent = 100 * stated["score"] / stated["max"] if stated["max"] else 0
    said = (f"{printed}: issued {entry['issued']} to {stated['name_en']} ({stated['name_hi']}), "
            f"username {stated['username']}, for {modules}; score {stated['score']:g} of {stated['max']:g} "
            f"({percent:.0f}%)")
    if current == stated:
        return Verdict(True, [f"VALID: {said}.", "The gradebook agrees with every line of it."])
    differences = _differences(stated, current)
    newer = [c for c, row in register.items() if row["username"] == stated["username"] and c != printed
             and row["issued"] >= entry["issued"]]
    return Verdict(False, [f"NOT VALID ANY MORE: {said};", "but the gradebook now says otherwise:",
                           *[f"  {d}" for d in differences]]
                   + ([f"A later certificate for {stated['username']}: {', '.join(newer)}."] if newer else []))


def _differences(stated: dict, current: dict | None) -> list[str]:
    if current is None:
        return [f"{stated['username']} has no submission of these modules in the gradebook"]
    out = []
    for key in ("name_en", "name_hi"):
        if stated[key] != current[key]:
            out.append(f"{key}: {stated[key]!r} on the certificate, {current[key]!r} in the roster")
    had = {m[0]: m for m in stated["modules"]}
    for name, day, score, top in current["modules"]:
        old = had.get(name)
        if old and old[1] != day:
            out.append(f"{name}: submitted {old[1]} on the certificate, {day or 'never'} in the gradebook")
        if old and (old[2], old[3]) != (score, top):
            out.append(f"{name}: {old[2]:g}/{old[3]:g} on the certificate, {score:g}/{top:g} in the gradebook")
    gone = sorted(set(had) - {m[0] for m in current["modules"]})
    if gone:
        out.append("no submission in the gradebook now for " + ", ".join(gone))
    return out or ["the statement differs"]


# --- the page --------------------------------------------------------------------------------------------

def _latin_fonts() -> tuple[Path, Path]:
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    return folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"


def render(standing: Standing, chosen: Certificates, code: str, issued: date) -> bytes:
    """The certificate as PDF bytes: templates/certificate.html.j2 laid out by fpdf2, on one A4 page."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    regular, bold = _latin_fonts()
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    pdf.set_margins(24, 22, 24)
    pdf.set_auto_page_break(False)
    pdf.add_font("dejavu", "", str(regular))
    pdf.add_font("dejavu", "B", str(bold))
    pdf.add_font("devanagari", "", str(FONTS / "NotoSansDevanagari-Regular.ttf"))
    pdf.add_font("devanagari", "B", str(FONTS / "NotoSansDevanagari-Bold.ttf"))
    pdf.set_fallback_fonts(["devanagari"])  # Hindi in any line: Noto Sans Devanagari, same weight
    pdf.set_text_shaping(True)  # HarfBuzz: conjuncts, reph, vowel signs before their consonant
    person = standing.person
    pdf.set_title(f"Certificate: {person.name_en}")
    pdf.set_author(chosen.trainer)
    pdf.set_subject(f"{PREFIX} certificate {code}")
    pdf.set_creator("course certificates")
    pdf.set_lang("en")
    pdf.set_creation_date(datetime(issued.year, issued.month, issued.day, tzinfo=UTC))
    pdf.add_page()
    blue = (59, 110, 165)
    pdf.set_draw_color(*blue)
    pdf.set_line_width(1.2)
    pdf.rect(10, 10, 190, 277)
    pdf.set_line_width(0.3)
    pdf.rect(13, 13, 184, 271)
    pdf.set_font("dejavu", size=11)
    parts = _template().make_module({"person": person, "standing": standing, "chosen": chosen, "code": code,
                                     "issued": issued, "modules": standing.modules,
                                     "groups": module_groups(standing.modules)})
    styles = {"h1": FontFace(color=blue, size_pt=24, emphasis="BOLD"),
              "h2": FontFace(color=(60, 60, 60), size_pt=15, emphasis="BOLD")}
    pdf.write_html(str(parts.body()), font_family="dejavu", tag_styles=styles)
    pdf.set_y(max(pdf.get_y() + 6, FOOTER_TOP))  # the footer near the bottom, below a long table
    pdf.write_html(str(parts.footer()), font_family="dejavu", tag_styles=styles)
    if pdf.page_no() != 1 or pdf.get_y() > PAGE_BOTTOM:
        raise CertificateError(f"{standing.username}'s certificate does not fit on one page "
                               f"({len(standing.modules)} modules): shorten the template's text")
    return bytes(pdf.output())


def module_groups(modules: list[Module]) -> list[tuple[str, list[Module]]]:
    """The modules by their number: a module taught in parts (04-..., 04b-..., 04c-...) is one row of the
    certificate, as the syllabus counts modules; the page has room for about twelve rows."""
    groups: dict[str, list[Module]] = {}
    for module in modules:
        number = re.match(r"\d+", module.name)
        groups.setdefault(number.group(0) if number else module.name, []).append(module)
    return list(groups.items())


def _template():
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader(__package__, "templates"), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["day"] = lambda when: when.strftime("%d.%m.%Y") if when else "—"
    env.filters["truncate_name"] = lambda name: name.split("-")[0]  # 04b-budget-and-boosts -> 04b
    return env.get_template("certificate.html.j2")


def describe(result: Issued, course_root: Path) -> list[str]:
    """What `issue` did, in lines for the terminal."""
    chosen = result.settings
    names = list(chosen.modules) or [a.name for a in course_modules(Path(course_root))]
    span = names[0] if len(names) == 1 else f"{names[0]} … {names[-1]} ({len(names)})"
    lines = [f"Criteria: {span} submitted, at least {chosen.min_score:g}% of their points"
             + (", written answers graded" if chosen.wait_for_hand_grading else
                ", written answers not yet graded counted as 0") + ", a row in the roster",
             f"Certificates: {len(result.made)} made in {Path(course_root) / FOLDER}/ "
             f"(register: {result.register})"]
    for standing, code, _ in result.made:
        lines.append(f"  {standing.username:20} {standing.person.name_en:28} {standing.percent:3.0f}%  {code}")
    if result.not_eligible:
        lines.append(f"Not (yet) eligible: {len(result.not_eligible)}")
        for standing in result.not_eligible:
            name = standing.person.name_en if standing.person else ""
            lines.append(f"  {standing.username:20} {name:28} {'; '.join(standing.reasons)}")
    return lines
