"""The course datasets load, are typed as promised, documented and reproducible.

Run from the repository root: ``python -m pytest tests/test_datasets.py``.
"""
from __future__ import annotations

import ipaddress
import re
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from course import data

ROOT = Path(__file__).resolve().parents[1]
EXPECTED = {"posts", "audience", "audience_monthly", "reel_watch", "comments", "rumours",
            "rumour_hourly", "rumour_shares", "logins", "admins", "links", "ab_test",
            "spend_response", "districts", "schemes", "glossary",
            "rti_register", "holidays",  # 09-digital-governance
            "post_archive", "ad_ledger",  # 09b-records-and-ads
            "incident_log", "flood_feed"}  # 10-crisis-and-incident-response
DISTRICTS_HI = {
    "Araria": "अररिया", "Arwal": "अरवल", "Aurangabad": "औरंगाबाद", "Banka": "बांका",
    "Begusarai": "बेगूसराय", "Bhagalpur": "भागलपुर", "Bhojpur": "भोजपुर", "Buxar": "बक्सर",
    "Darbhanga": "दरभंगा", "East Champaran": "पूर्वी चंपारण", "Gaya": "गया", "Gopalganj": "गोपालगंज",
    "Jamui": "जमुई", "Jehanabad": "जहानाबाद", "Kaimur": "कैमूर", "Katihar": "कटिहार",
    "Khagaria": "खगड़िया", "Kishanganj": "किशनगंज", "Lakhisarai": "लखीसराय", "Madhepura": "मधेपुरा",
    "Madhubani": "मधुबनी", "Munger": "मुंगेर", "Muzaffarpur": "मुजफ्फरपुर", "Nalanda": "नालंदा",
    "Nawada": "नवादा", "Patna": "पटना", "Purnia": "पूर्णिया", "Rohtas": "रोहतास", "Saharsa": "सहरसा",
    "Samastipur": "समस्तीपुर", "Saran": "सारण", "Sheikhpura": "शेखपुरा", "Sheohar": "शिवहर",
    "Sitamarhi": "सीतामढ़ी", "Siwan": "सिवान", "Supaul": "सुपौल", "Vaishali": "वैशाली",
    "West Champaran": "पश्चिम चंपारण",
}
# phone-SHAPED, as the comments card and module 05 define it: any 10 digits
PHONE_RE = re.compile(r"(?<![\d+])(?:\+91[ -]?|0)?\d{5}[ -]?\d{5}(?!\d)")
EMAIL_RE = re.compile(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")
ALLOWED_NETS = [ipaddress.ip_network(n) for n in
                ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "10.0.0.0/8")]


@pytest.fixture(scope="module")
def frames():
    return {n: data.load(n) for n in data.names()}


def text_columns(df):
    return [c for c in df.columns if pd.api.types.is_string_dtype(df[c].dtype)
            and not isinstance(df[c].dtype, pd.CategoricalDtype)]


def all_strings(df):
    out = []
    for c in df.columns:
        if isinstance(df[c].dtype, pd.CategoricalDtype):
            out += [(c, str(v)) for v in df[c].cat.categories]
        elif pd.api.types.is_string_dtype(df[c].dtype):
            out += [(c, v) for v in df[c].dropna()]
    return out


def test_names_are_exactly_the_documented_datasets():
    assert set(data.names()) == EXPECTED


def test_every_dataset_loads_quickly():
    for n in data.names():
        t = time.perf_counter()
        df = data.load(n)
        dt = time.perf_counter() - t
        print(f"{n}: {len(df)} rows in {dt * 1000:.0f} ms")
        assert len(df) > 0, n
        assert dt < 2.0, f"{n} took {dt:.2f} s to load"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_dtypes_follow_the_schema(frames, name):
    df = frames[name]
    schema = data.SCHEMAS[name]
    assert list(df.columns) == list(schema)
    for col, dt in schema.items():
        s = df[col]
        if dt == data.TS:
            assert isinstance(s.dtype, pd.DatetimeTZDtype), (col, s.dtype)
            assert str(s.dt.tz) == "Asia/Kolkata", (col, s.dt.tz)
        elif isinstance(dt, pd.CategoricalDtype) or dt == "category":
            assert isinstance(s.dtype, pd.CategoricalDtype), (col, s.dtype)
            if isinstance(dt, pd.CategoricalDtype):  # no value silently lost to NaN
                assert list(s.cat.categories) == list(dt.categories)
        elif dt == "int64":
            assert s.dtype == "int64", (col, s.dtype)
            assert (s >= 0).all(), col
        elif dt == "Int64":
            assert s.dtype == "Int64", (col, s.dtype)
        elif dt == "str":
            assert pd.api.types.is_string_dtype(s.dtype) and not isinstance(
                s.dtype, pd.CategoricalDtype), (col, s.dtype)
        else:
            assert str(s.dtype) == dt, (col, s.dtype, dt)


def test_categorical_values_survive_loading():
    """A value outside a fixed category list would turn into NaN silently: compare raw CSV."""
    for n in ["posts", "comments", "logins", "audience", "links"]:
        raw = pd.read_csv(data.path(n), dtype=str, keep_default_na=False)
        df = data.load(n)
        for col, dt in data.SCHEMAS[n].items():
            if isinstance(dt, pd.CategoricalDtype):
                assert ((raw[col] == "") == df[col].isna()).all(), (n, col)


def test_counts_are_integers_not_floats(frames):
    p = frames["posts"]
    for c in ["reach", "views", "reactions", "comments", "shares", "saves", "link_clicks",
              "spend_inr", "followers_at_post", "text_length"]:
        assert p[c].dtype == "int64"
    assert frames["audience"].followers.dtype == "int64"
    assert frames["reel_watch"].viewers_remaining.dtype == "int64"


def test_unknown_name_lists_valid_names_and_suggests():
    with pytest.raises((ValueError, KeyError)) as exc:
        data.load("post")
    msg = str(exc.value)
    assert "'posts'" in msg and "Did you mean" in msg
    for n in data.names():
        assert n in msg
    with pytest.raises((ValueError, KeyError)):
        data.card("loginz")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_card_says_synthetic_and_documents_every_field(name):
    text = data.card(name)
    assert "Synthetic data" in text
    assert "## What the data shows" in text
    for col in data.SCHEMAS[name]:
        assert f"`{col}`" in text, (name, col)


def test_regeneration_is_byte_identical(tmp_path):
    out = tmp_path / "ds"
    subprocess.run([sys.executable, "-m", "datagen", "--out", str(out)], cwd=ROOT, check=True,
                   capture_output=True)
    committed = sorted(p.name for p in data.DATA_DIR.iterdir() if p.is_file())
    fresh = sorted(p.name for p in out.iterdir())
    assert committed == fresh
    for name in committed:
        assert (data.DATA_DIR / name).read_bytes() == (out / name).read_bytes(), name


def test_gzip_headers_are_fixed():
    for p in data.DATA_DIR.glob("*.csv.gz"):
        head = p.read_bytes()[:10]
        assert head[:3] == b"\x1f\x8b\x08" and head[4:8] == b"\0\0\0\0", p.name  # mtime 0
        assert head[3] & 0x08 == 0 or p.read_bytes()[10:11] == b"\0", p.name  # no file name


def test_total_size_under_20_mb():
    total = sum(p.stat().st_size for p in data.DATA_DIR.iterdir())
    print(f"total {total / 1e6:.2f} MB")
    assert total < 20e6


def test_districts_are_the_38_with_hindi_names(frames):
    d = frames["districts"]
    assert len(d) == 38
    assert dict(zip(d.name_en.astype(str), d.name_hi, strict=False)) == DISTRICTS_HI
    assert set(d.division.astype(str)) == {"Patna", "Magadh", "Bhagalpur", "Munger", "Darbhanga",
                                           "Kosi", "Purnia", "Saran", "Tirhut"}
    assert d.latitude.between(24.2, 27.6).all() and d.longitude.between(83.3, 88.3).all()


def test_schemes_mark_benefits_as_invented(frames):
    s = frames["schemes"]
    assert "invented_benefit_inr" in s.columns
    assert "Invented" in data.card("schemes")
    assert {"मुख्यमंत्री महिला रोजगार योजना", "जीविका", "सात निश्चय"} <= set(s.name_hi)


def test_glossary_has_key_terms(frames):
    g = frames["glossary"]
    pairs = dict(zip(g.term_en, g.term_hi, strict=False))
    assert pairs["reach"] == "पहुँच" and pairs["engagement"] == "सहभागिता"
    assert pairs["misinformation"] == "भ्रामक सूचना" and pairs["rebuttal"] == "खंडन"
    assert pairs["two-factor authentication"] == "दो-चरणीय सत्यापन"
    er = g.set_index("term_en").definition["engagement rate"]
    assert "No platform-defined formula" in er and "denominator" in er
    assert "Retired on Meta" in g.set_index("term_en").definition["impressions"]
    # a citizen's complaint to a Bihar department: the state's grievance law, not the platforms' IT Rules
    grievance = g.set_index("term_en").loc["grievance"]
    assert "Bihar Right to Public Grievance Redressal Act 2015" in grievance.definition
    assert "Bihar Right to Public Grievance Redressal Act 2015" in grievance.source


def test_audience_card_says_where_district_and_language_come_from():
    # platforms report age, gender and towns; home district and preferred language need a survey
    text = data.card("audience")
    assert "survey estimate" in text and "Census 2011" in text
    assert "do not give a follower's home district" in text


def test_no_real_looking_public_ips(frames):
    for n, df in frames.items():
        for col, v in all_strings(df):
            for ip in IP_RE.findall(v):
                addr = ipaddress.ip_address(ip)
                assert any(addr in net for net in ALLOWED_NETS), (n, col, ip)


def test_phone_numbers_only_in_comments_and_emails_only_in_comments_and_admins(frames):
    for n, df in frames.items():
        for col, v in all_strings(df):
            if n != "comments":
                assert not PHONE_RE.search(v), (n, col, v)
            if not (n == "comments" or (n == "admins" and col == "email")):
                assert not EMAIL_RE.search(v), (n, col, v)
    reserved = ("example.com", "example.org", "example.net", ".example", ".test")
    for v in frames["comments"].text:
        for e in EMAIL_RE.findall(v):
            assert e.endswith(reserved), e
    assert frames["admins"].email.str.endswith(".example").all()


def test_flags_match_the_text(frames):
    c = frames["comments"]
    assert (c.text.str.contains(PHONE_RE) == c.contains_phone).all()
    assert (c.text.str.contains(EMAIL_RE) == c.contains_email).all()
    assert c.aadhaar_valid.isna().eq(~c.contains_aadhaar).all()


def _module_05(*cell_ids):
    """Run cells of module 05's source notebooks (its solutions) and return what they define.

    Module 05 has two parts (#16): the rules and the triage exercise are in 05-community-standards, the
    action table (`decide_action`) in 05b-privacy-and-actions. Each id is looked up in the parts in order.
    """
    import json
    cells = {}
    for stem in ("05b-privacy-and-actions", "05-community-standards"):  # part one wins on a shared id
        nb = json.loads((ROOT / "source" / stem / f"{stem}.ipynb").read_text(encoding="utf-8"))
        cells.update({cell["id"]: "".join(cell["source"]) for cell in nb["cells"]})
    namespace = {"pd": pd}
    for cell_id in cell_ids:
        exec(cells[cell_id], namespace)  # noqa: S102 - our own notebooks' solution cells
    return namespace


def test_no_grievance_is_dropped_by_the_action_table(frames):
    """Module 05's action table keeps every grievance in the grievance queue (issue #15): a citizen who
    posts their own phone or Aadhaar number is nearly always asking for help, so personal_data is hidden
    AND escalated, and a grievance that quotes a 12-digit application number stays in the queue whether a
    rule labels it grievance or, going by its digits, personal_data."""
    from datagen.comments import ACTIONS, GRIEVANCE_QUEUE
    solution = _module_05("05-community-standards-009", "05-community-standards-027", "triage", "decide_action")
    decide = solution["decide_action"]
    assert {label: decide(label) for label in data.COMMENT_LABELS} == ACTIONS, "notebook and card disagree"
    c = frames["comments"]
    label = c.label.astype(str)
    asks_for_help = label.isin(["grievance", "personal_data"])
    assert label[asks_for_help].map(decide).isin(GRIEVANCE_QUEUE).all()
    # the grievances that quote a number, whichever of the two labels a rule gives them
    quoting = c[(label == "grievance") & c.contains_aadhaar]
    assert len(quoting) >= 20
    for given in ("grievance", "personal_data"):
        assert decide(given) in GRIEVANCE_QUEUE, given
    by_rule = quoting.text.map(solution["triage"])
    assert (by_rule == "personal_data").any(), "the sample rule should meet the case this test is about"
    assert by_rule.map(decide).isin(GRIEVANCE_QUEUE).all()
    # and nothing that is not a request for help is escalated by the table itself
    assert not label[~asks_for_help].map(decide).isin(GRIEVANCE_QUEUE).any()


def test_verhoeff_known_vectors():
    from datagen.verhoeff import check_digit, is_valid
    assert check_digit("236") == 3 and is_valid("2363") and not is_valid("2364")
    assert check_digit("12345") == 1 and is_valid("123451")
    assert check_digit("142857") == 0 and is_valid("1428570")


def test_keys_link_tables(frames):
    p = frames["posts"]
    assert p.post_id.is_unique
    assert set(frames["comments"].post_id) <= set(p.post_id)
    reels = set(frames["reel_watch"].reel_id.astype(str))
    assert reels <= set(p.post_id[p.format == "reel"])
    assert set(frames["rumour_hourly"].rumour_id.astype(str)) == set(frames["rumours"].rumour_id)
    assert set(frames["admins"].user.astype(str)) >= set(
        frames["logins"][frames["logins"].success].user.astype(str))


def test_security_data_follows_the_access_and_domain_rules(frames):
    """07/09: only a government body can register under gov.in or nic.in, so no look-alike or
    phishing host is there; the access register plants one page with a single person with full
    control and one with far too many, the others have two (issue #15)."""
    ln = frames["links"]
    government = ln.host.map(lambda h: any(h == z or h.endswith("." + z) for z in ("gov.in", "nic.in")))
    assert not government[ln.label != "official"].any()
    assert government[ln.label == "official"].any()
    adm = frames["admins"]
    full = adm[adm.access == "full control"].groupby("page", observed=True).size()
    assert full.max() >= 5 and (full == 1).sum() == 1 and (full == 2).sum() >= 8
    card = data.card("admins")
    assert "new Pages experience" in card and "full control" in card and "task access" in card
    assert "no log of everyone's" in data.card("logins")


# Names as they are written in Bihar (issue #15): a surname that goes with the first name's gender and
# community. Checked independently of datagen's lists: women are never "Kumar", men never "Kumari",
# "Devi", "Khatoon", "Parveen", "Begum" or "Bano"; a Muslim first name never has a Hindu surname and back.
_WOMEN = {"Bina", "Divya", "Ila", "Jyoti", "Lata", "Rashmi", "Tanvi", "Vandana", "Bhavna", "Deepti", "Gunjan",
          "Indu", "Kajal", "Madhu", "Ritu", "Usha", "Nargis", "Zeba", "Parveen", "Sunita", "Pooja", "Anita",
          "Rekha", "Priya", "Kiran", "Nisha", "Geeta", "Neha", "Seema", "Kavita", "Meena", "Shabnam", "Farhana",
          "Rubi"}
_MUSLIM_FIRST = {"Faisal", "Yusuf", "Ehsan", "Nargis", "Zeba", "Parveen", "Imran", "Shabnam", "Farhana", "Rubi"}
_HINDU_SURNAMES = {"Kumar", "Kumari", "Devi", "Sinha", "Mishra", "Jha", "Prasad", "Singh", "Gupta", "Verma",
                   "Choudhary", "Rai", "Thakur", "Yadav", "Srivastava", "Pandey", "Mandal", "Ojha", "Sharma",
                   "Sah", "Manjhi", "Rajak", "Paswan", "Mahto", "Ram"}
_WOMENS_SURNAMES = {"Kumari", "Devi", "Khatoon", "Parveen", "Begum", "Bano", "Fatima", "Naaz", "Jahan", "Sultana"}


def _name_problem(first: str, last: str) -> str | None:
    woman, muslim = first in _WOMEN, first in _MUSLIM_FIRST
    if woman and last == "Kumar" or not woman and last in _WOMENS_SURNAMES:
        return "gender"
    if muslim == (last in _HINDU_SURNAMES):
        return "community"
    return None


def test_generated_names_are_coherent(frames):
    """Every admin's name, every name a comment gives and every name-based email user in the comments has
    a surname that goes with the first name's gender and community; usernames follow the names."""
    adm = frames["admins"]
    names = [tuple(p.split(" ")) for p in adm.person]
    assert (adm.user.astype(str) == adm.person.str.lower().str.replace(" ", ".", regex=False)).all()
    text = frames["comments"].text
    for pattern in (r"(?i)(?:\bI am|मैं) ([a-z]+) ([a-z]+),", r"(?i)\b([a-z]+) ([a-z]+) bol rah"):
        names += [(f.title(), s.title()) for found in text.str.findall(pattern) for f, s in found]
    firsts = _WOMEN | {"Aakash", "Chandan", "Faisal", "Gaurav", "Harsh", "Kamal", "Mukesh", "Om", "Pankaj",
                       "Sameer", "Umesh", "Yusuf", "Alok", "Chetan", "Ehsan", "Hemant", "Jitendra", "Lalit",
                       "Nitin", "Saurabh", "Tarun", "Ramesh", "Rakesh", "Manoj", "Sanjay", "Vikash", "Imran",
                       "Ajay", "Sushil", "Dinesh", "Rahul", "Amit", "Raju", "Deepak", "Arjun", "Santosh"}
    emails = [m for found in text.str.findall(r"\b([a-z]+)[._]([a-z]+)\d*@") for m in found]
    names += [(f.title(), s.title()) for f, s in emails if f.title() in firsts]
    assert len(names) > len(adm) + 50
    bad = [(f, s, _name_problem(f, s)) for f, s in names if f not in firsts or _name_problem(f, s)]
    assert not bad, bad[:10]
    bol = text[text.str.contains(" bol rah")]
    assert all((" bol rahi " in t) == (t.split(" bol rah")[0].split()[-2].title() in _WOMEN) for t in bol)


# No generated identifier may be a real person's (issue #15). Aadhaar-shaped: 12 digits, written
# together or split by spaces or hyphens. Every issued Aadhaar passes the Verhoeff check and starts
# with 2 to 9, so a 12-digit group in the data must fail the check AND start with 0 or 1. A phone
# number that a real Indian mobile could have: 10 digits starting with 6 to 9, with an optional
# +91 or 0 in front, spaces or hyphens anywhere. Numbers after "+" are country-coded phones, which
# the second pattern checks.
TWELVE_RE = re.compile(r"(?<![\d+])\d(?:[ -]?\d){11}(?![ -]?\d)")
REAL_MOBILE_RE = re.compile(r"(?<!\d)(?:(?:\+91|\+ 91|0)[ -]?)?[6-9](?:[ -]?\d){9}(?![ -]?\d)")


def _verhoeff(digits: str) -> bool:
    from datagen.verhoeff import is_valid
    return is_valid(digits)


def could_be_real(text: str) -> list[str]:
    """The substrings of ``text`` that could be a real Aadhaar or a real Indian mobile number."""
    bad = []
    for m in TWELVE_RE.finditer(text):
        digits = re.sub(r"[ -]", "", m.group())
        if digits[0] in "23456789" or _verhoeff(digits):
            bad.append(m.group())
    bad += REAL_MOBILE_RE.findall(text)
    return bad


def test_could_be_real_catches_every_shape():
    from datagen.verhoeff import check_digit
    real_shaped = "49182736455" + str(check_digit("49182736455"))
    valid_from_1 = "19182736455" + str(check_digit("19182736455"))
    for text in [real_shaped, f"{real_shaped[:4]} {real_shaped[4:8]} {real_shaped[8:]}",
                 f"{real_shaped[:4]}-{real_shaped[4:8]}-{real_shaped[8:]}", "aadhaar 2345 6789 0125",
                 valid_from_1, "call 9876543210", "+91 98765 43210", "+91-9876543210", "09876543210",
                 "98765-43210", "mob. 987 654 3210 plz"]:
        assert could_be_real(text), text
    from_0 = "01234567890"
    invalid_from_0 = from_0 + str((check_digit(from_0) + 1) % 10)
    assert not _verhoeff(invalid_from_0)
    for text in [invalid_from_0, f"{invalid_from_0[:4]} {invalid_from_0[4:8]} {invalid_from_0[8:]}",
                 "+91 04512 36789", "04512 36789", "+91-0451236789", "1800 345 6123", "₹10,000",
                 "2025-06-01 09:30", "application 2025", "12345"]:
        assert not could_be_real(text), text


def test_no_identifier_could_be_a_real_persons(frames):
    found = []
    for n, df in frames.items():
        for col, v in all_strings(df):
            found += [(n, col, s) for s in could_be_real(v)]
        for col in df.columns:
            if pd.api.types.is_integer_dtype(df[col].dtype):
                found += [(n, col, s) for v in df[col].dropna().unique() for s in could_be_real(str(v))]
    for card in sorted(data.DATA_DIR.glob("*.md")):
        found += [(card.name, "card", s) for s in could_be_real(card.read_text(encoding="utf-8"))]
    assert not found, f"{len(found)} numbers could be a real person's, e.g. {found[:5]}"
