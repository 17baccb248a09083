"""Certificates (issue #19): `course certificates` makes a PDF for each participant who meets the criteria
(modules submitted, minimum score, written answers graded, a row in the roster), bilingual, fonts embedded,
Hindi shaped; `course certificates --verify CODE` accepts a real code and refuses a changed one, a register
line altered by hand and a certificate whose scores changed since.

The cohort is test_roster.py's (scores written straight into a made-up course's gradebook):

    participant     01-tiny (4 auto + 1 by hand)   02-small (5)   roster   by default
    po-gaya-01      5/5                            5/5            yes      certificate (100%)
    po-patna-02     5/5                            4/5            yes      certificate (90%)
    po-siwan-03     5/5                            —              yes      not submitted: 02-small
    po-saran-04     1/5                            2/5            yes      score 30% below 60%
    po-nalanda-05   4/5, written answer ungraded   5/5            yes      written answer still to grade
    po-buxar-06     —                              —              yes      not submitted
    po-kaimur-07    5/5                            5/5            no       not in the roster
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zlib
from datetime import date
from pathlib import Path

import pytest
from test_roster import ACCOUNTS, ROSTER_ROWS, make_course, record_work, write_csv

from course.trainer import certificates, cli, roster

TRAINER = ["--trainer", "Sushma Sinha", "--trainer-hi", "सुषमा सिन्हा"]
ISSUED = date(2026, 3, 14)


@pytest.fixture(scope="module")
def issued_course(tmp_path_factory, root) -> Path:
    """The cohort with its roster imported and certificates issued with the default criteria."""
    where = tmp_path_factory.mktemp("certificates")
    course = make_course(where / "course", root)
    record_work(course)
    roster.import_roster(write_csv(where / "participants.csv", ROSTER_ROWS), course, accounts=set(ACCOUNTS))
    assert cli.main(["certificates", *TRAINER, "--date", ISSUED.isoformat(), "--root", str(course)]) == 0
    return course


@pytest.fixture
def course(issued_course, tmp_path) -> Path:
    return Path(shutil.copytree(issued_course, tmp_path / "course"))


def _made(course: Path) -> set[str]:
    return {p.stem for p in (course / certificates.FOLDER).glob("*.pdf")}


def _register(course: Path) -> dict[str, dict]:
    return {row["username"]: row for row in certificates._read_register(course / certificates.FOLDER /
                                                                       certificates.REGISTER).values()}


def test_only_those_who_meet_the_criteria_get_one(issued_course):
    assert _made(issued_course) == {"po-gaya-01", "po-patna-02"}
    register = _register(issued_course)
    assert set(register) == {"po-gaya-01", "po-patna-02"}
    assert register["po-patna-02"]["score"] == "90%" and register["po-patna-02"]["issued"] == "2026-03-14"
    assert register["po-patna-02"]["name_hi"] == "मोहम्मद इमरान अंसारी"
    chosen = certificates.settings(issued_course)
    reasons = {s.username: "; ".join(s.reasons) for s in certificates.standings(issued_course, chosen)}
    assert reasons == {
        "po-gaya-01": "", "po-patna-02": "",
        "po-siwan-03": "not submitted: 02-small",
        "po-saran-04": "score 30% is below the minimum 60%",
        "po-nalanda-05": "written answers still to grade in 01-tiny",
        "po-buxar-06": "not submitted: 01-tiny, 02-small",
        "po-kaimur-07": "not in the roster, whose names the certificate prints: import a roster that lists them",
    }


def test_the_criteria_are_configurable(course, capsys):
    # in nbgrader_config.py, as nbgrader's own settings are
    with (course / "nbgrader_config.py").open("a") as handle:
        handle.write("\nc.Certificates.modules = ['01-tiny']\nc.Certificates.min_score = 80\n"
                     "c.Certificates.trainer = 'Sushma Sinha'\n")
    shutil.rmtree(course / certificates.FOLDER)
    assert cli.main(["certificates", "--root", str(course)]) == 0
    assert _made(course) == {"po-gaya-01", "po-patna-02", "po-siwan-03"}  # 02-small not required
    out = capsys.readouterr().out
    assert "Criteria: 01-tiny submitted, at least 80% of their points" in out, out
    # the command's options win over the file
    shutil.rmtree(course / certificates.FOLDER)
    assert cli.main(["certificates", "--min-score", "25", "--modules", "01-tiny", "02-small",
                     "--count-ungraded-as-zero", "--root", str(course)]) == 0
    assert _made(course) == {"po-gaya-01", "po-patna-02", "po-saran-04", "po-nalanda-05"}


def test_without_a_trainer_nothing_is_made(course, capsys):
    shutil.rmtree(course / certificates.FOLDER)
    assert cli.main(["certificates", "--root", str(course)]) == 2
    assert "name the trainer printed on the certificates: --trainer" in capsys.readouterr().err
    assert not (course / certificates.FOLDER).exists()


def _verify(course: Path, code: str, capsys) -> tuple[int, str]:
    status = cli.main(["certificates", "--verify", code, "--root", str(course)])
    return status, capsys.readouterr().out


def test_verification_accepts_a_real_code_and_refuses_a_changed_one(course, capsys):
    code = _register(course)["po-patna-02"]["code"]
    assert re.fullmatch(r"SML(-[0-9A-HJKMNP-TV-Z]{4}){4}", code), code
    status, out = _verify(course, code, capsys)
    assert status == 0 and out.startswith(f"VALID: {code}: issued 2026-03-14 to Mohammad Imran Ansari "
                                          "(मोहम्मद इमरान अंसारी), username po-patna-02"), out
    assert "01-tiny (2026-03-04), 02-small (2026-03-06)" in out  # dates in India time: 20:15 UTC is the next day
    assert "score 9 of 10 (90%)" in out and "The gradebook agrees" in out
    # as people type it: lower case, spaces for dashes, O for 0
    status, _ = _verify(course, code.lower().replace("-", " ").replace("0", "o"), capsys)
    assert status == 0
    # one character changed
    last = code[-1]
    changed = code[:-1] + ("A" if last != "A" else "B")
    status, out = _verify(course, changed, capsys)
    assert status == 1 and out.startswith(f"NOT VALID: {changed} was not issued by this course"), out
    status, out = _verify(course, "SML-1234", capsys)
    assert status == 1 and "is not a certificate code" in out


def test_verification_checks_the_gradebook_and_the_register(course, capsys):
    register_path = course / certificates.FOLDER / certificates.REGISTER
    code = _register(course)["po-gaya-01"]["code"]
    # someone edits the register so that it states a better score for another participant
    text = register_path.read_text(encoding="utf-8")
    patna = _register(course)["po-patna-02"]["code"]
    register_path.write_text(text.replace('[""02-small"",""2026-03-06"",4.0,5.0]',
                                          '[""02-small"",""2026-03-06"",5.0,5.0]'), encoding="utf-8")
    assert register_path.read_text(encoding="utf-8") != text
    status, out = _verify(course, patna, capsys)
    assert status == 1 and "the register's line for" in out and "was altered" in out, out
    register_path.write_text(text, encoding="utf-8")
    # a regrade after issue: the certificate no longer says what the gradebook says
    record_work(course, {"po-gaya-01": {"02-small": (3, None)}})
    status, out = _verify(course, code, capsys)
    assert status == 1 and out.startswith(f"NOT VALID ANY MORE: {code}: issued"), out
    assert "02-small: 5/5 on the certificate, 3/5 in the gradebook" in out
    # the secret is what makes a code: without it, nothing verifies
    (course / certificates.SECRET).unlink()
    with pytest.raises(certificates.CertificateError, match="no certificate was issued"):
        certificates.verify(course, patna)


def test_the_secret_is_private(course):
    secret = course / certificates.SECRET
    assert secret.stat().st_mode & 0o777 == 0o600
    assert len(certificates.secret(course)) == 32
    secret.chmod(0o644)
    with pytest.raises(certificates.CertificateError, match=r"can be read by others \(mode 644\).*chmod 600"):
        certificates.secret(course)


def test_issuing_again_gives_the_same_codes_and_dates(course):
    before = {u: (r["code"], r["issued"]) for u, r in _register(course).items()}
    pdf = (course / certificates.FOLDER / "po-gaya-01.pdf").read_bytes()
    chosen = certificates.settings(course, trainer="Sushma Sinha", trainer_hi="सुषमा सिन्हा")
    certificates.issue(course, chosen, issued=date(2026, 4, 1))
    assert {u: (r["code"], r["issued"]) for u, r in _register(course).items()} == before
    assert (course / certificates.FOLDER / "po-gaya-01.pdf").read_bytes() == pdf


def _pdf_objects(data: bytes) -> list[tuple[bytes, bytes]]:
    """(dictionary, decompressed stream or b'') of each object of a PDF that fpdf2 wrote."""
    out = []
    for match in re.finditer(rb"\d+ 0 obj\s*<<(.*?)>>\s*(stream\r?\n)?", data, re.S):
        head, stream = match.group(1), b""
        if match.group(2):
            length = int(re.search(rb"/Length (\d+)", head).group(1))
            stream = data[match.end():match.end() + length]
            if b"/FlateDecode" in head:
                stream = zlib.decompress(stream)
        out.append((head, stream))
    return out


def test_the_pdf_embeds_its_fonts_and_shapes_the_hindi(issued_course):
    data = (issued_course / certificates.FOLDER / "po-gaya-01.pdf").read_bytes()
    objects = _pdf_objects(data)
    descriptors = [head for head, _ in objects if b"/Type /FontDescriptor" in head]
    assert descriptors and all(b"/FontFile2" in head for head in descriptors)  # every font embedded
    names = {re.search(rb"/FontName /(\S+)", head).group(1).split(b"+")[-1] for head in descriptors}
    assert {b"NotoSansDevanagari", b"NotoSansDevanagariBold"} <= names, names  # course/fonts/
    assert any(name.startswith(b"DejaVuSans") for name in names), names  # matplotlib's, for the Latin text
    # Shaped: HarfBuzz turns प + ् + र (in "प्रमाण-पत्र", on every certificate) into one conjunct glyph,
    # which the font's ToUnicode map gives back as the three characters. Unshaped, each glyph is one character.
    maps = b"".join(stream for _, stream in objects if b"begincmap" in stream)
    clusters = {bytes.fromhex(m.decode()).decode("utf-16-be")
                for m in re.findall(rb"<[0-9A-F]{4}> <([0-9A-F]{8,})>", maps)}
    assert "प्र" in clusters and "त्र" in clusters, clusters


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (.ci/setup.d/20-grading.sh)")
def test_a_page_renders(issued_course, tmp_path):
    pdf = issued_course / certificates.FOLDER / "po-gaya-01.pdf"
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(pdf), str(tmp_path / "page")], check=True)
    pages = list(tmp_path.glob("page*.png"))
    assert len(pages) == 1 and pages[0].stat().st_size > 5000


def _standing_with(modules):
    person = roster.Person("po-gaya-01", "Priyanka Kumari Sinha", "प्रियंका कुमारी सिन्हा",
                           "District Public Relations Officer", "Gaya", "DPRO Gaya")
    return certificates.Standing("po-gaya-01", person, modules, [])


def test_every_assignment_of_the_course_fits_one_page_with_parts_as_one_row(root):
    """A module taught in parts (04, 04b, 04c) is one row; the whole course fits the page, and a table that
    would run past the frame is an error, not a cut-off certificate (auto page breaks are off)."""
    from course.trainer.build import modules

    every = [certificates.Module(a.name, certificates.module_title(a), date(2026, 12, 1), 9.0, 10.0, False)
             for a in modules(root)]
    groups = certificates.module_groups(every)
    assert len(groups) < len(every) and [number for number, _ in groups][:2] == ["00", "01"]
    chosen = certificates.settings(root, trainer="A Trainer")
    assert certificates.render(_standing_with(every), chosen, "SML-TEST", date(2026, 12, 2))[:4] == b"%PDF"
    many = [certificates.Module(f"{n:02d}-m", "A long module title that wraps onto a second line of the table, "
                                "as the real ones do", date(2026, 12, 1), 1.0, 1.0, False) for n in range(40)]
    with pytest.raises(certificates.CertificateError, match="does not fit on one page"):
        certificates.render(_standing_with(many), chosen, "SML-TEST", date(2026, 12, 2))


def test_every_assignment_has_a_hindi_title_on_the_certificate():
    """The bilingual certificate names each module in Hindi: a new assignment (or a split's new part) needs its
    title in the template's HINDI table, or its row would be half empty."""
    import re

    from course.trainer.build import ROOT, english_of

    template = (ROOT / "course" / "trainer" / "templates" / "certificate.html.j2").read_text()
    titled = set(re.findall(r'^\s*"([0-9]{2}[a-z]?-[a-z0-9-]+)":\s*"[^"]*[\u0900-\u097F][^"]*"', template, re.M))
    assignments = {p.name for p in (ROOT / "source").iterdir() if p.is_dir() and re.match(r"[0-9]{2}", p.name)
                   and not english_of(p.name)}  # an edition is its module's row
    assert assignments, "no assignments found"
    assert not assignments - titled, f"no Hindi title in certificate.html.j2 for {sorted(assignments - titled)}"
