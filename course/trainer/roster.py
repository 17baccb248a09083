"""The roster: who the participants are, by name (`course roster import FILE`).

The file a trainer fills in, one row per participant: a CSV in UTF-8 with a header row (a spreadsheet's
"CSV UTF-8" export), columns in any order:

    username,name_en,name_hi,designation,district,office,email
    po-gaya-03,Priyanka Kumari,प्रियंका कुमारी,District Public Relations Officer,Gaya,Media Cell,

- `username` (required): the participant's account on the hub, in lower case: the id nbgrader files their
  work under (`submitted/<username>/`);
- `name_en`, `name_hi` (required): the full name in English and in Hindi (Devanagari), as printed on
  the certificate;
- `designation`, `district`, `office`: as the department writes them (the columns must be there; a cell
  may be empty); `email` and `designation_hi` (the designation in Hindi) are optional columns.

Where it goes, the nbgrader way:

- nbgrader's students table in the gradebook (what `nbgrader db student import` fills from a CSV with
  id, first_name, last_name, email): id = username, last_name = the last word of `name_en`, first_name
  = the words before it, email. Formgrader shows these names.
- `roster.csv` in the course folder: the file exactly as imported (mode 0640: it holds personal data),
  for what nbgrader has no column for: the Hindi name, designation, district and office. `grades.csv`,
  the cohort report and the certificates read it (`people`).

An import is all or nothing: every row is checked first (required columns, usernames well formed, no
username twice, names in the right script, and, where the hub's accounts can be listed, no username
without an account), every problem is reported with its line, and only a clean file reaches the
gradebook, in one transaction, and replaces `roster.csv`. Importing again updates names and adds people;
nobody is removed from the gradebook (their grades would go with them): participants graded but not in
the roster are listed instead.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROSTER = "roster.csv"
REQUIRED = ("username", "name_en", "name_hi", "designation", "district", "office")
OPTIONAL = ("email", "designation_hi")
# The one-machine hub (deploy/add-user.sh) puts every participant's account in this group.
PARTICIPANTS_GROUP = os.environ.get("SML_PARTICIPANTS_GROUP", "sml-participants")

# Hub usernames: JupyterHub lowercases what people type at login, and nbgrader makes a folder of each.
USERNAME = re.compile(r"^[a-z0-9_][a-z0-9._-]{0,63}$")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")

# Bihar's 38 districts in Hindi (shared/DOMAIN.md), for the certificate's Hindi line.
DISTRICTS_HI = {
    "Araria": "अररिया", "Arwal": "अरवल", "Aurangabad": "औरंगाबाद", "Banka": "बांका", "Begusarai": "बेगूसराय",
    "Bhagalpur": "भागलपुर", "Bhojpur": "भोजपुर", "Buxar": "बक्सर", "Darbhanga": "दरभंगा",
    "East Champaran": "पूर्वी चंपारण", "Gaya": "गया", "Gopalganj": "गोपालगंज", "Jamui": "जमुई",
    "Jehanabad": "जहानाबाद", "Kaimur": "कैमूर", "Katihar": "कटिहार", "Khagaria": "खगड़िया",
    "Kishanganj": "किशनगंज", "Lakhisarai": "लखीसराय", "Madhepura": "मधेपुरा", "Madhubani": "मधुबनी",
    "Munger": "मुंगेर", "Muzaffarpur": "मुजफ्फरपुर", "Nalanda": "नालंदा", "Nawada": "नवादा", "Patna": "पटना",
    "Purnia": "पूर्णिया", "Rohtas": "रोहतास", "Saharsa": "सहरसा", "Samastipur": "समस्तीपुर", "Saran": "सारण",
    "Sheikhpura": "शेखपुरा", "Sheohar": "शिवहर", "Sitamarhi": "सीतामढ़ी", "Siwan": "सिवान", "Supaul": "सुपौल",
    "Vaishali": "वैशाली", "West Champaran": "पश्चिम चंपारण",
}


@dataclass(frozen=True)
class Person:
    username: str
    name_en: str
    name_hi: str = ""
    designation: str = ""
    district: str = ""
    office: str = ""
    email: str = ""
    designation_hi: str = ""
    line: int = 0  # in the roster file; 0 for a name known only from the gradebook

    @property
    def district_hi(self) -> str:
        return DISTRICTS_HI.get(self.district, "")

    @property
    def first_last(self) -> tuple[str, str]:
        """(first_name, last_name) for nbgrader's students table: the last word is the last name."""
        words = self.name_en.split()
        return " ".join(words[:-1]), (words[-1] if words else "")


class RosterError(ValueError):
    """A roster that cannot be imported: every problem, each naming its line."""

    def __init__(self, path: Path | str, problems: list[str]):
        self.path, self.problems = Path(path), problems
        super().__init__(f"{self.path}: nothing imported, {len(problems)} problem(s) to fix:\n"
                         + "\n".join(f"  {p}" for p in problems))


@dataclass
class Imported:
    people: list[Person]
    added: list[str] = field(default_factory=list)  # new to the gradebook
    updated: list[str] = field(default_factory=list)
    checked_against: str | None = None  # where the usernames were checked, None when nowhere
    graded_not_in_roster: list[str] = field(default_factory=list)
    path: Path | None = None


def read(path: Path | str, accounts: set[str] | None = None) -> list[Person]:
    """The people of a roster file, checked; RosterError lists every problem with its line. With
    `accounts`, a username that is not among them is a problem too."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")  # a spreadsheet's "CSV UTF-8" starts with a BOM
    except FileNotFoundError:
        raise RosterError(path, ["no such file"]) from None
    except UnicodeDecodeError as error:
        raise RosterError(path, [f"not UTF-8 (byte {error.start}): save it from the spreadsheet as "
                                 "'CSV UTF-8', which keeps the Hindi names"]) from None
    return _parse(text, path, accounts)


def _parse(text: str, path: Path, accounts: set[str] | None) -> list[Person]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [(name or "").strip().lower() for name in (reader.fieldnames or [])]
    if not header:
        raise RosterError(path, ["the file is empty: the first line names the columns, "
                                 f"{','.join(REQUIRED)}"])
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise RosterError(path, [f"line 1: the header has no column {', '.join(missing)} (it has: "
                                 f"{', '.join(h for h in header if h) or 'nothing'}); the columns are "
                                 f"{','.join(REQUIRED)}, and optionally {', '.join(OPTIONAL)}"])
    reader.fieldnames = header
    problems: list[str] = []
    people: list[Person] = []
    first_line: dict[str, int] = {}
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            problems.append(f"line {reader.line_num}: {error}")
            break
        line = reader.line_num
        values = {k: (v or "").strip() for k, v in row.items() if k}
        if not any(values.values()):
            continue  # a blank line
        if None in row:
            problems.append(f"line {line}: more cells than the header has columns (a comma inside a "
                            "name? put the name in double quotes)")
            continue
        username = values.get("username", "")
        problem = _username_problem(username)
        if problem:
            problems.append(f"line {line}: {problem}")
            continue
        if username in first_line:
            problems.append(f"line {line}: duplicate username {username!r}, already on line "
                            f"{first_line[username]}: one row per participant")
            continue
        first_line[username] = line
        if accounts is not None and username not in accounts:
            near = _nearest(username, accounts)
            problems.append(f"line {line}: unknown username {username!r}: no such participant account"
                            + (f" (did you mean {near!r}?)" if near else ""))
        name_en, name_hi = values.get("name_en", ""), values.get("name_hi", "")
        if not name_en:
            problems.append(f"line {line}: {username}: name_en is empty")
        elif DEVANAGARI.search(name_en):
            problems.append(f"line {line}: {username}: name_en {name_en!r} is in Devanagari: the English "
                            "name goes in name_en, the Hindi one in name_hi")
        if not name_hi:
            problems.append(f"line {line}: {username}: name_hi is empty (the name in Hindi, as printed on "
                            "the certificate)")
        elif not DEVANAGARI.search(name_hi):
            problems.append(f"line {line}: {username}: name_hi {name_hi!r} is not in Devanagari: write the "
                            "name in Hindi script")
        people.append(Person(line=line, **{k: values.get(k, "") for k in REQUIRED + OPTIONAL}))
    if problems:
        raise RosterError(path, problems)
    if not people:
        raise RosterError(path, ["no participant: the file has a header and nothing else"])
    return people


def _username_problem(username: str) -> str | None:
    if not username:
        return "the username is empty"
    if username != username.lower() and USERNAME.match(username.lower()):
        return (f"username {username!r} has capitals: hub usernames are lower case (the hub lowercases what "
                f"people type), so write {username.lower()!r}")
    if not USERNAME.match(username):
        return (f"username {username!r} is not a hub username: lower-case letters, digits, '-', '_' and '.', "
                "no spaces, at most 64 characters")
    return None


def _nearest(username: str, accounts: set[str]) -> str | None:
    import difflib

    close = difflib.get_close_matches(username, sorted(accounts), n=1, cutoff=0.8)
    return close[0] if close else None


def hub_accounts(group: str = PARTICIPANTS_GROUP) -> set[str] | None:
    """The participants' accounts on this machine (the one-machine hub: deploy/add-user.sh puts each in the
    group), or None when the machine has no such group (a laptop, Kubernetes: give `--accounts FILE`)."""
    import grp
    import pwd

    try:
        entry = grp.getgrnam(group)
    except KeyError:
        return None
    return set(entry.gr_mem) | {user.pw_name for user in pwd.getpwall() if user.pw_gid == entry.gr_gid}


def read_accounts(path: Path | str) -> set[str]:
    """A list of accounts, one username a line (blank lines and lines starting with # are skipped): what
    the hub's admin page or a Kubernetes deployment can give where the accounts are not on this machine."""
    lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")}


def import_roster(path: Path | str, course_root: Path, accounts: set[str] | None = None,
                  accounts_from: str | None = None, db_url: str | None = None) -> Imported:
    """Check the file, then put the names into nbgrader's students table (one transaction) and keep the
    file as `roster.csv` in the course folder. `accounts` are the usernames that may appear (default: the
    participants group of this machine's hub, when it has one); a RosterError changes nothing."""
    from nbgrader.api import Gradebook, MissingEntry, Student

    from course.trainer.grading.gradebook import db_url_of

    path, course_root = Path(path), Path(course_root)
    if accounts is None:
        accounts = hub_accounts()
        accounts_from = f"the members of group {PARTICIPANTS_GROUP} on this machine" if accounts is not None \
            else None
    people = read(path, accounts)
    result = Imported(people=people, checked_against=accounts_from if accounts is not None else None)
    target = course_root / ROSTER
    # Written beside its final place first, so that replacing it cannot fail half-way.
    handle, temporary = tempfile.mkstemp(prefix=".roster-", suffix=".csv", dir=course_root)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(path.read_bytes())
        os.chmod(temporary, 0o640)
        with Gradebook(db_url or db_url_of(course_root)) as gb:
            try:
                for person in people:
                    first, last = person.first_last
                    try:
                        student = gb.find_student(person.username)
                        result.updated.append(person.username)
                    except MissingEntry:
                        student = Student(id=person.username)
                        gb.db.add(student)
                        result.added.append(person.username)
                    student.first_name, student.last_name = first or None, last or None
                    student.email = person.email or student.email
                gb.db.commit()
            except BaseException:
                gb.db.rollback()
                raise
            listed = {p.username for p in people}
            result.graded_not_in_roster = sorted(s.id for s in gb.students if s.submissions and s.id not in listed)
        os.replace(temporary, target)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    result.path = target
    return result


def load(course_root: Path, strict: bool = True) -> dict[str, Person]:
    """The roster kept in the course folder (username -> Person); empty when none was imported. A roster
    edited by hand into something `read` refuses raises RosterError, or, not `strict`, is left out with a
    warning on stderr (scores and reports still come out, without its names)."""
    path = Path(course_root) / ROSTER
    if not path.is_file():
        return {}
    try:
        return {p.username: p for p in read(path)}
    except RosterError as error:
        if strict:
            raise
        import sys

        print(f"Names left out: {error}\nFix it, then import it again: course roster import FILE", file=sys.stderr)
        return {}


def people(course_root: Path, db_url: str | None = None, gradebook=None, strict: bool = True
           ) -> dict[str, Person]:
    """Everyone with a name: the roster, and the students the gradebook has a name for (added in
    Formgrader or with `nbgrader db student import`) that the roster does not list."""
    found = load(course_root, strict)
    if gradebook is not None:
        return _with_gradebook_names(found, gradebook)
    from nbgrader.api import Gradebook

    from course.trainer.grading.gradebook import db_url_of

    with Gradebook(db_url or db_url_of(course_root)) as gb:
        return _with_gradebook_names(found, gb)


def _with_gradebook_names(found: dict[str, Person], gb) -> dict[str, Person]:
    out = dict(found)
    for student in gb.students:
        name = " ".join(filter(None, [student.first_name, student.last_name]))
        if student.id not in out and name:
            out[student.id] = Person(username=student.id, name_en=name, email=student.email or "")
    return out


def describe(result: Imported) -> list[str]:
    """What an import did, in lines for the terminal."""
    lines = [f"Roster: {len(result.people)} participant(s) imported into the gradebook "
             f"({len(result.added)} new, {len(result.updated)} updated); kept as {result.path}"]
    if result.checked_against:
        lines.append(f"  usernames checked against {result.checked_against}")
    else:
        lines.append(f"  usernames NOT checked against accounts: this machine has no group {PARTICIPANTS_GROUP} "
                     "(not the one-machine hub); give --accounts FILE (one username a line) to check them")
    if result.graded_not_in_roster:
        lines.append(f"  graded but not in the roster (no name on reports, no certificate): "
                     f"{', '.join(result.graded_not_in_roster)}")
    return lines
