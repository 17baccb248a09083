"""Governance registers for 09-digital-governance: Bihar's 2026 holidays (an example list) and an RTI and
grievance register with planted deadlines met, missed and still running; for 09b-records-and-ads, the
department's post archive (every version) and its boosted-post ledger around the 2025 election."""
from __future__ import annotations

import pandas as pd

from course import governance as gov
from course.data import DISTRICTS, TZ

from .common import SYNTHETIC, fields, rng

TODAY = pd.Timestamp("2026-04-30 17:00", tz=TZ)  # the day the officer reads the register
FIRST = pd.Timestamp("2026-01-02", tz=TZ)
LAST = pd.Timestamp("2026-04-28", tz=TZ)

HOLIDAY_SOURCE = (
    "Government of Bihar, General Administration Department, holiday calendar for 2026 approved by the "
    "state cabinet in August 2025, as reported by Jagran English (\"Bihar Govt Holiday Calendar 2026\", "
    "20 August 2025, https://www.thedailyjagran.com/bihar/bihar-govt-holiday-calendar-2026-check-full-list-"
    "of-holidays-for-state-govt-employees-10261572) and Sakshi Post (20 August 2025, "
    "https://www.sakshipost.com/news/national/bihar-govt-releases-2026-holiday-calendar-44-official-holidays-"
    "announced-442788)"
)
# (date, English, Hindi, kind): every holiday the two reports name with a date. The reports name all 11
# general holidays and only 10 of the 24 public (NI Act) holidays; most festivals dated by the moon (Eid,
# Muharram) are not dated there, though two are (Shab-e-Barat, Chehallum).
HOLIDAYS_2026 = [
    ("2026-01-23", "Vasant Panchami", "वसंत पंचमी", "general"),
    ("2026-01-26", "Republic Day", "गणतंत्र दिवस", "public (NI Act)"),
    ("2026-02-01", "Sant Ravidas Jayanti", "संत रविदास जयंती", "general"),
    ("2026-02-04", "Shab-e-Barat", "शब-ए-बरात", "general"),
    ("2026-02-15", "Maha Shivratri", "महाशिवरात्रि", "general"),
    ("2026-03-03", "Holi", "होली", "public (NI Act)"),
    ("2026-03-04", "Holi (second day)", "होली (दूसरा दिन)", "public (NI Act)"),
    ("2026-03-22", "Bihar Day", "बिहार दिवस", "public (NI Act)"),
    ("2026-03-26", "Samrat Ashok Ashtami", "सम्राट अशोक अष्टमी", "general"),
    ("2026-04-23", "Veer Kunwar Singh Jayanti", "वीर कुंवर सिंह जयंती", "general"),
    ("2026-04-25", "Janaki Navami", "जानकी नवमी", "general"),
    ("2026-06-29", "Kabir Jayanti", "कबीर जयंती", "general"),
    ("2026-08-04", "Chehallum", "चेहल्लुम", "general"),
    ("2026-08-15", "Independence Day", "स्वतंत्रता दिवस", "public (NI Act)"),
    ("2026-10-02", "Gandhi Jayanti", "गांधी जयंती", "public (NI Act)"),
    ("2026-10-17", "Durga Puja (Saptami)", "दुर्गा पूजा (सप्तमी)", "general"),
    ("2026-11-08", "Deepawali", "दीपावली", "public (NI Act)"),
    ("2026-11-10", "Chitragupta Puja / Bhai Dooj", "चित्रगुप्त पूजा / भाई दूज", "general"),
    ("2026-11-15", "Chhath Puja", "छठ पूजा", "public (NI Act)"),
    ("2026-11-16", "Chhath Puja (second day)", "छठ पूजा (दूसरा दिन)", "public (NI Act)"),
    ("2026-12-25", "Christmas", "क्रिसमस", "public (NI Act)"),
]

RTI_SUBJECTS = ["boosted-post spending", "deleted or edited posts", "page access list", "comment moderation",
                "press releases"]
GRIEVANCE_SUBJECTS = ["scheme benefit not received", "no reply on social media", "wrong information in a post"]
URGENT = "a person's safety (urgent)"
SUBJECTS = RTI_SUBJECTS + [URGENT] + GRIEVANCE_SUBJECTS
CHANNELS = ["online portal", "post", "in person", "helpline"]
N_RTI, N_GRIEVANCE = 84, 56


def holidays() -> pd.DataFrame:
    df = pd.DataFrame(HOLIDAYS_2026, columns=["date", "name_en", "name_hi", "kind"])
    df["date"] = pd.to_datetime(df["date"]).dt.tz_localize(TZ)
    return df


def _received(r, n):
    """n receipt times on working days between FIRST and LAST, office hours, in time order."""
    days = [d for d in pd.date_range(FIRST, LAST, freq="D") if d.weekday() < 5]
    picks = sorted(r.choice(len(days), n, replace=True))
    return [days[i] + pd.Timedelta(hours=int(r.integers(10, 17)), minutes=int(r.choice([0, 15, 30, 45])))
            for i in picks]


def register() -> pd.DataFrame:
    r = rng("governance")
    hol = holidays()
    rows = []
    for k, at in enumerate(_received(r, N_RTI), start=1):
        u = r.random()
        if u < 0.78:
            delay = pd.Timedelta(days=int(r.integers(6, 30)), hours=int(r.integers(-3, 4)))
        elif u < 0.9:
            delay = pd.Timedelta(days=int(r.integers(33, 50)))
        else:
            delay = None  # never answered
        replied = at + delay if delay is not None and at + delay <= TODAY else pd.NaT
        rows.append(dict(kind="RTI", received_at=at, channel=["online portal", "post", "in person"][r.integers(3)],
                         subject=RTI_SUBJECTS[r.integers(len(RTI_SUBJECTS))], district=DISTRICTS[r.integers(38)],
                         life_or_liberty=False, replied_at=replied))
    for k, at in enumerate(_received(r, N_GRIEVANCE), start=1):
        u = r.random()
        if u < 0.75:
            wd = int(r.integers(20, 59))
        elif u < 0.9:
            wd = int(r.integers(63, 80))
        else:
            wd = None
        replied = gov.add_working_days(at, wd, hol) if wd is not None else pd.NaT
        if pd.notna(replied) and replied > TODAY:
            replied = pd.NaT
        rows.append(dict(kind="grievance", received_at=at, channel=["online portal", "in person", "helpline"][r.integers(3)],
                         subject=GRIEVANCE_SUBJECTS[r.integers(len(GRIEVANCE_SUBJECTS))],
                         district=DISTRICTS[r.integers(38)], life_or_liberty=False, replied_at=replied))
    df = pd.DataFrame(rows)
    # planted: three requests about life or liberty (a person missing after a flood-relief camp closed,
    # a detained applicant's papers, a patient's referral): two answered within 48 hours, one after 70,
    # each reply sent in office hours (10:00 to 18:00), as a real reply would be.
    lol = df.index[(df.kind == "RTI") & df.replied_at.notna()][[9, 31, 52]]
    for i, hours in zip(lol, [26, 30, 70], strict=True):
        df.loc[i, ["life_or_liberty", "subject"]] = [True, URGENT]
        df.loc[i, "replied_at"] = df.loc[i, "received_at"] + pd.Timedelta(hours=hours)
        assert 10 <= df.loc[i, "replied_at"].hour < 18
    # planted: two early grievances decided after their 60 working days (64 and 67)
    early = df.index[(df.kind == "grievance") & (df.received_at < pd.Timestamp("2026-01-25", tz=TZ))][:2]
    for i, wd in zip(early, [64, 67], strict=True):
        df.loc[i, "replied_at"] = gov.add_working_days(df.loc[i, "received_at"], wd, hol)
    assert (df.loc[early, "replied_at"] <= TODAY).all()
    # planted: a grievance that is overdue if you skip weekends but forget the holidays, and not overdue
    # with them (received on a working day, not a holiday, no decision yet on TODAY)
    weekends_only = [d for d in pd.date_range("2026-01-20", "2026-02-20", freq="D", tz=TZ)
                     if gov.is_working_day(d, hol)
                     and gov.add_working_days(d, 60, None) < TODAY.normalize()
                     and gov.add_working_days(d, 60, hol) > TODAY]
    g = df.index[(df.kind == "grievance") & (df.received_at >= weekends_only[0])][0]
    df.loc[g, ["received_at", "replied_at"]] = [weekends_only[-1] + pd.Timedelta(hours=11), pd.NaT]
    df = df.sort_values("received_at", kind="stable").reset_index(drop=True)
    n_rti = n_grv = 0
    ids = []
    for kind in df["kind"]:
        if kind == "RTI":
            n_rti += 1
            ids.append(f"RTI-{n_rti:03d}")
        else:
            n_grv += 1
            ids.append(f"GRV-{n_grv:03d}")
    df.insert(0, "case_id", ids)
    df["replied_at"] = pd.to_datetime(df["replied_at"]).dt.tz_convert(TZ)
    return df[["case_id", "kind", "received_at", "channel", "subject", "district", "life_or_liberty",
               "replied_at"]]


def planted(df: pd.DataFrame, hol: pd.DataFrame) -> dict:
    """The effects the notebook finds, computed with the course tool (tests/test_dataset_governance.py)."""
    st = gov.status(df, TODAY, hol)
    no_hol = gov.status(df, TODAY, None)
    return dict(
        status=st,
        overdue=list(gov.overdue(df, TODAY, hol)["case_id"]),
        holiday_sensitive=list(df.loc[(no_hol == "overdue") & (st != "overdue"), "case_id"]),
        late_lol=list(df.loc[df.life_or_liberty & (st == "answered late"), "case_id"]),
    )


def holidays_card(h: pd.DataFrame) -> str:
    weekday = h[h["date"].dt.day_of_week < 5]
    return f"""# holidays — Bihar government holidays in 2026 (an example list: verify against the notification)

**Synthetic data: none in this table.** These dates are public facts, but the list is **incomplete**
(the register in `rti_register` is the synthetic part). Source: {HOLIDAY_SOURCE}. The reports name all 11
general holidays (executive order) and 10 of the 24 public holidays under the Negotiable Instruments Act
1881; most holidays whose date depends on the moon (Eid, Muharram and others; Shab-e-Barat and
Chehallum are dated and listed) and the rest of the public holidays are not in this table. **Example list: verify against the current notification of the General
Administration Department (state.bihar.gov.in/gad) before you count a real deadline.**

{fields("holidays", {
    "date": ("IST", "the holiday (midnight at its start)"),
    "name_en": ("", "name in English, as reported"),
    "name_hi": ("", "name in Hindi"),
    "kind": ("", "general (executive order) or public (NI Act 1881)"),
})}

## Working week
The same reports say the secretariat and directorates keep a five-day week (Saturday and Sunday off)
and field offices a six-day week (Sunday off). `course.governance` counts a five-day week unless told
otherwise (`weekend=SIX_DAY_WEEK` for a district office).

## What the data shows
- {len(h)} dated holidays in 2026, {len(weekday)} of them on a weekday (Monday to Friday).
- Between {FIRST:%-d %B} and {TODAY:%-d %B %Y} (the register's period): {int(((h["date"] >= FIRST) & (h["date"] <= TODAY)
                                                                                 & (h["date"].dt.day_of_week < 5)).sum())} weekday holidays.
"""


def register_card(df: pd.DataFrame, hol: pd.DataFrame) -> str:
    p = planted(df, hol)
    st = p["status"]
    counts = st.groupby([df["kind"], st], observed=True).size()

    def n(kind, state):
        return int(counts.get((kind, state), 0))

    lol = df[df.life_or_liberty]
    hours = ((lol.replied_at - lol.received_at).dt.total_seconds() / 3600).round().astype(int)
    return f"""# rti_register — RTI requests and grievances received by the department, January to April 2026

{SYNTHETIC} No person is named; districts and the laws' deadlines are real.

The register of an Information & Public Relations department's headquarters (a five-day week, so
grievance deadlines count Monday to Friday): requests under the Right
to Information Act 2005 about its social media work, and complaints under the Bihar Right to Public
Grievance Redressal Act 2015. Read on {TODAY:%-d %B %Y} at {TODAY:%H:%M} (the notebook's "today").

{fields("rti_register", {
    "case_id": ("", "RTI-nnn or GRV-nnn, numbered in order of receipt"),
    "kind": ("", "RTI request or grievance (complaint)"),
    "received_at": ("IST", "when the office received it"),
    "channel": ("", "how it arrived"),
    "subject": ("", "what it is about"),
    "district": ("", "the applicant's district"),
    "life_or_liberty": ("", "True if the RTI request concerns the life or liberty of a person (48-hour rule)"),
    "replied_at": ("IST", "when the reply (RTI) or the decision after a hearing (grievance) was sent; "
                          "missing if none yet"),
})}

## How it was generated
{N_RTI} RTI requests and {N_GRIEVANCE} grievances arrive on working days between {FIRST:%-d %B} and
{LAST:%-d %B %Y}, in office hours. Most RTI replies take 6 to 29 days; about one in eight comes after 33 to 49
days; about one in ten never comes. Most grievance decisions take 20 to 58 working days (counted with
the `holidays` table and a five-day week); about one in seven takes 63 to 79; about one in ten never
comes. A reply that would fall after "today" is missing.

## Deadlines (course.governance)
RTI: 30 days after receipt, 48 hours where life or liberty is concerned (RTI Act 2005, s.7(1)).
Grievance: the 60th working day after the day of receipt, at the same clock time (five-day week,
holidays from `holidays`).

## What the data shows (on {TODAY:%-d %B %Y}, 17:00)
- RTI: {n("RTI", "answered in time")} answered in time, {n("RTI", "answered late")} answered late,
  {n("RTI", "overdue")} overdue (no reply, deadline passed), {n("RTI", "pending")} pending.
- Grievances: {n("grievance", "answered in time")} decided in time, {n("grievance", "answered late")} late,
  {n("grievance", "overdue")} overdue, {n("grievance", "pending")} pending.
- Overdue, oldest deadline first: {", ".join(p["overdue"])}.
- Life or liberty (planted): {", ".join(f"{c} answered after {h} hours" for c, h in zip(lol.case_id, hours, strict=True))};
  answered late: {", ".join(p["late_lol"])}.
- Planted: {", ".join(p["holiday_sensitive"])} is overdue if you count weekends but forget the holidays,
  and still within its 60 working days when the holidays are counted.
"""


# --- 09b-records-and-ads: the post archive and the boosted-post ledger ---------------------------------

ARCHIVE_ACCOUNTS = ["@ipr_bihar_demo", "@dpro_gaya_demo"]
ARCHIVE_FIRST = pd.Timestamp("2026-02-02", tz=TZ)
ARCHIVE_LAST = pd.Timestamp("2026-04-24", tz=TZ)
ARCHIVE_MONTH = ("2026-03-01", "2026-04-01")  # the month 09b exports

_POST_TEXTS = [
    ("Hindi", "मुख्यमंत्री वृद्धजन पेंशन योजना: {d} प्रखंड कार्यालयों में आवेदन शिविर {day} को सुबह 10 बजे से। आवेदन निःशुल्क है।"),
    ("Hindi", "लू से बचें: दोपहर 12 से 3 बजे तक धूप में न निकलें, पानी पीते रहें। सहायता के लिए अपने प्रखंड कार्यालय से संपर्क करें।"),
    ("English", "Student Credit Card: the {d} district camp on {day} will help students apply. Bring your marksheet and bank passbook."),
    ("English", "Kanya Utthan: {n} girls in {d} received their graduation incentive this month. Congratulations to every student!"),
    ("Hinglish", "{d} ke sabhi JEEViKA didi dhyan dein: training camp {day} ko block office mein hai. Apna passbook saath layein."),
    ("Hindi", "जीविका: {d} जिले में {n} स्वयं सहायता समूहों को इस माह ऋण स्वीकृत हुआ।"),
    ("English", "Beware of fake calls asking for your OTP in the name of a scheme. The department never asks for it."),
    ("Hinglish", "Mahila Rozgar yojana ka form bharne ki aakhri tareekh {day} hai. Form free hai, kisi ko paisa na dein."),
]
_REPLY_TEXTS = [
    ("Hindi", "आपकी शिकायत दर्ज कर ली गई है। कृपया लोक शिकायत पोर्टल पर अपनी संख्या से स्थिति देखें।"),
    ("English", "Thank you. The camp list for your block is on the district's official website."),
    ("Hinglish", "Aapka sawal sambandhit prakhand karyalay ko bhej diya gaya hai. Dhanyavaad."),
    ("Hindi", "कृपया अपना आधार या मोबाइल नंबर यहाँ न लिखें। विवरण पोर्टल पर ही दें।"),
]
# (post number, [(hours after publication, change, old fragment, new fragment)]): the planted changes
_PLANTED_CHANGES = {
    7: [(20, "edited", "{day}", "{day2}")],                    # a camp date corrected
    19: [(3, "edited", "{n}", "{n2}")],                       # a figure corrected
    26: [(168, "edited", "Congratulations", "Best wishes")],  # a word changed, a week later (in March)
    33: [(30, "deleted", None, None)],                        # deleted a day later
    41: [(5, "edited", "{day}", "{day2}"), (196, "deleted", None, None)],  # corrected, then deleted
    52: [(26, "edited", "{n}", "{n2}")],
    60: [(26, "deleted", None, None)],                        # deleted on the evening of 31 March
    68: [(9, "edited", "aakhri", "antim")],
}


def _fill(template: str, r, district: str, when: pd.Timestamp, language: str) -> tuple[str, dict]:
    if language == "Hindi":  # the district's name in Devanagari in a Hindi post
        from .reference import districts
        names = districts().set_index("name_en")["name_hi"]
        district = str(names[district])
    day = when + pd.Timedelta(days=int(r.integers(4, 12)))
    n = int(r.integers(120, 900))
    month = {2: "फ़रवरी", 3: "मार्च", 4: "अप्रैल", 5: "मई"} if language == "Hindi" else {}
    day2 = day + pd.Timedelta(days=2)
    vals = dict(d=district, day=f"{day.day} {month.get(day.month, f'{day:%B}')}",
                day2=f"{day2.day} {month.get(day2.month, f'{day2:%B}')}",
                n=f"{n:,}", n2=f"{n + int(r.integers(20, 90)):,}")
    return template.format(**vals), vals


def post_archive() -> pd.DataFrame:
    """One row per version of every post and official reply: the original (change "none"), each edit,
    and, for a deleted post, the copy kept when it was deleted."""
    r = rng("post_archive")
    days = [d for d in pd.date_range(ARCHIVE_FIRST, ARCHIVE_LAST, freq="D") if d.weekday() < 6]
    n = 84
    picks = sorted(r.choice(len(days), n, replace=True))
    rows = []
    for k, i in enumerate(picks, start=1):
        when = days[i] + pd.Timedelta(hours=int(r.integers(9, 19)), minutes=int(r.choice([0, 10, 20, 30, 40, 50])))
        account = ARCHIVE_ACCOUNTS[0] if r.random() < 0.6 else ARCHIVE_ACCOUNTS[1]
        district = "Gaya" if account == ARCHIVE_ACCOUNTS[1] else DISTRICTS[int(r.integers(38))]
        is_reply = k not in _PLANTED_CHANGES and r.random() < 0.3
        pool = _REPLY_TEXTS if is_reply else _POST_TEXTS
        language, template = pool[int(r.integers(len(pool)))]
        if k in _PLANTED_CHANGES:  # a post whose text has the fragment its change needs
            need = _PLANTED_CHANGES[k][0][2]
            options = [t for t in _POST_TEXTS if need is None or need in t[1]]
            language, template = options[int(r.integers(len(options)))]
        text, vals = _fill(template, r, district, when, language)
        platform = ["Facebook", "X", "Instagram"][int(r.choice(3, p=[0.6, 0.3, 0.1]))]
        pid = f"AR-{k:03d}"
        base = dict(post_id=pid, account=account, platform=platform, kind="reply" if is_reply else "post",
                    language=language, published_at=when)
        rows.append(dict(base, version=1, version_at=when, change="none", text=text))
        at, v = when, 1
        for hours, change, old, new in _PLANTED_CHANGES.get(k, []):
            at = when + pd.Timedelta(hours=hours)
            v += 1
            if change == "edited":
                old, new = old.format(**vals), new.format(**vals)
                assert old in text, (pid, old, text)
                text = text.replace(old, new)
            rows.append(dict(base, version=v, version_at=at, change=change, text=text))
    df = pd.DataFrame(rows)
    # planted for the month's export: a post published in February and corrected in March (AR-019 or
    # whichever the calendar gives) and a version late on 31 March are checked in the tests
    df = df.sort_values(["version_at", "post_id"], kind="stable").reset_index(drop=True)
    return df[["post_id", "account", "platform", "kind", "language", "published_at", "version", "version_at",
               "change", "text"]]


def archive_planted(df: pd.DataFrame) -> dict:
    changed = df.loc[df["change"] != "none", "post_id"]
    start, end = (pd.Timestamp(x, tz=TZ) for x in ARCHIVE_MONTH)
    month = df[(df["version_at"] >= start) & (df["version_at"] < end)]
    return dict(
        changed=sorted(changed.unique()),
        edited=sorted(df.loc[df["change"] == "edited", "post_id"].unique()),
        deleted=sorted(df.loc[df["change"] == "deleted", "post_id"].unique()),
        month=month,
        month_by_published=df[(df["published_at"] >= start) & (df["published_at"] < end)],
    )


def post_archive_card(df: pd.DataFrame) -> str:
    p = archive_planted(df)
    posts = df.drop_duplicates("post_id")
    return f"""# post_archive — every version of the department's posts and replies, February to April 2026

{SYNTHETIC} Districts, platforms and scheme names are real; the accounts (`@ipr_bihar_demo`, the state
department, and `@dpro_gaya_demo`, the Gaya district office) and every text are invented.

The archive a department keeps because its posts and replies are records (RTI Act 2005, s.2(f) and
2(i): information includes data in electronic form, a record any material produced by a computer).
One row per **version**: version 1 is the post as first published (`change` "none"); each later row is
an edit (the text after it) or a deletion (the last text, kept when the post was taken down).

{fields("post_archive", {
    "post_id": ("", "AR-nnn, one per post or reply, numbered in order of publication"),
    "account": ("", "the state department's account or the Gaya district office's"),
    "platform": ("", "where it was published"),
    "kind": ("", "post, or the office's reply to a citizen's comment"),
    "language": ("", "Hindi, English or Hinglish"),
    "published_at": ("IST", "when the post first went out"),
    "version": ("", "1 for the original, 2, 3... for later versions"),
    "version_at": ("IST", "when this version was made (publication, edit or deletion)"),
    "change": ("", "none (the original), edited, or deleted"),
    "text": ("", "the text of this version"),
})}

## How it was generated
{len(posts)} posts and replies published between {ARCHIVE_FIRST:%-d %B} and {ARCHIVE_LAST:%-d %B %Y}
(Monday to Saturday, 09:00 to 19:00), from templates in Hindi, English and Hinglish; 60% from the state
account. Eight are changed by hand (planted): a camp date or a figure corrected, a word changed, a post
deleted, one corrected and later deleted.

## What the data shows
- {len(df)} versions of {len(posts)} posts and replies; {len(p["changed"])} were changed after publication:
  edited {", ".join(p["edited"])}; deleted {", ".join(p["deleted"])}.
- March 2026 (the month 09b exports): {len(p["month"])} versions made in March; counting by publication
  date instead gives {len(p["month_by_published"])} rows and misses the March edits of February posts.
"""


AD_TOPICS = ["scheme achievement", "safety alert", "voter awareness", "recruitment notice", "health advisory"]
SIEP_TOPICS = ["scheme achievement", "voter awareness", "health advisory"]  # the department's list (09b)
LEDGER_FIRST = pd.Timestamp("2025-08-04", tz=TZ)
LEDGER_LAST = pd.Timestamp("2025-12-22", tz=TZ)
PAID_FOR = {"I&PR Department": "Paid for by Information & Public Relations Department, Government of Bihar (demo)",
            "District Election Office": "Paid for by District Election Office, Patna (demo)"}


def ad_ledger() -> pd.DataFrame:
    """The department's boosted posts around Bihar's 2025 Assembly election (Model Code 6 Oct to 16 Nov)."""
    r = rng("ad_ledger")
    start_mcc, end_mcc = gov.MCC_BIHAR_2025
    rows = []
    days = pd.date_range(LEDGER_FIRST, LEDGER_LAST, freq="D")
    for _ in range(64):
        start = days[int(r.integers(len(days)))] + pd.Timedelta(hours=10)
        in_code = start_mcc <= start <= end_mcc
        weights = ([0.0, 0.3, 0.35, 0.15, 0.2] if in_code else [0.45, 0.15, 0.05, 0.2, 0.15])
        topic = AD_TOPICS[int(r.choice(len(AD_TOPICS), p=weights))]
        length = int(r.integers(3, 11))
        end = start + pd.Timedelta(days=length, hours=-1)
        if topic == "scheme achievement" and not in_code and start < start_mcc <= end:
            end = start_mcc - pd.Timedelta(days=1, hours=1)  # the random ones stop before the Code
        payer = "District Election Office" if topic == "voter awareness" else "I&PR Department"
        spend = int(round(length * float(r.uniform(900, 2600)), -2))
        rows.append(dict(topic=topic, paid_by=payer, start=start, end=end, spend_inr=spend))
    # planted: three achievement boosts approved in September that ran into the Model Code
    for s, e, spend in [("2025-09-26", "2025-10-12", 21400), ("2025-10-01", "2025-10-20", 18600),
                        ("2025-10-03", "2025-10-09", 7400)]:
        rows.append(dict(topic="scheme achievement", paid_by="I&PR Department", start=pd.Timestamp(s + " 10:00", tz=TZ),
                         end=pd.Timestamp(e + " 09:00", tz=TZ), spend_inr=spend))
    # planted: one that ended the day before the Code, and one that started the day after it ceased
    for s, e, spend in [("2025-09-28", "2025-10-05", 8200), ("2025-11-17", "2025-11-24", 9100)]:
        rows.append(dict(topic="scheme achievement", paid_by="I&PR Department", start=pd.Timestamp(s + " 10:00", tz=TZ),
                         end=pd.Timestamp(e + " 09:00", tz=TZ), spend_inr=spend))
    df = pd.DataFrame(rows).sort_values(["start", "topic"], kind="stable").reset_index(drop=True)
    df.insert(0, "ad_id", [f"BOOST-{k:02d}" for k in range(1, len(df) + 1)])
    df["platform"] = ["Facebook" if r.random() < 0.75 else "Instagram" for _ in range(len(df))]
    needs = df["topic"].isin(SIEP_TOPICS)
    df["social_issue_ad"] = needs
    df["disclaimer"] = [PAID_FOR[p] if n else pd.NA for p, n in zip(df["paid_by"], needs, strict=True)]
    # planted: three ads that needed a disclaimer ran without one (boosted from the post's button,
    # not declared as ads about social issues, elections or politics)
    lacking = [i for i in df.index[needs] if df.loc[i, "topic"] != "scheme achievement"][2:21:9]
    lacking = lacking[:2] + [int(df.index[needs & (df["topic"] == "scheme achievement")][5])]
    df.loc[lacking, ["social_issue_ad", "disclaimer"]] = [False, pd.NA]
    df["disclaimer"] = df["disclaimer"].astype("str").where(df["disclaimer"].notna(), None)
    return df[["ad_id", "platform", "topic", "paid_by", "start", "end", "spend_inr", "social_issue_ad", "disclaimer"]]


def ledger_planted(df: pd.DataFrame) -> dict:
    ran = gov.mcc_overlap(df["start"], df["end"])
    ach = df["topic"] == "scheme achievement"
    started = df["start"].map(gov.mcc_in_force)
    return dict(
        in_code=list(df.loc[ran & ach, "ad_id"]),
        started_in_code=list(df.loc[started & ach, "ad_id"]),
        ran=list(df.loc[ran, "ad_id"]),
        lacking=list(df.loc[df["topic"].isin(SIEP_TOPICS) & df["disclaimer"].isna(), "ad_id"]),
        no_disclaimer=list(df.loc[df["disclaimer"].isna(), "ad_id"]),
    )


def ad_ledger_card(df: pd.DataFrame) -> str:
    p = ledger_planted(df)
    start, end = gov.MCC_BIHAR_2025
    return f"""# ad_ledger — the department's boosted posts around Bihar's 2025 Assembly election

{SYNTHETIC} The election's dates are real: the Election Commission announced the schedule on
6 October 2025, and the Model Code of Conduct applied until 16 November 2025 (`course.governance.MCC_BIHAR_2025`).
Every ad, amount and disclaimer is invented; "(demo)" marks the invented disclaimers.

{fields("ad_ledger", {
    "ad_id": ("", "BOOST-nn, in order of start"),
    "platform": ("", "Facebook or Instagram (Meta's ads)"),
    "topic": ("", "what the boosted post is about"),
    "paid_by": ("", "whose budget paid: the I&PR Department, or the District Election Office for voter awareness"),
    "start": ("IST", "when the boost started"),
    "end": ("IST", "when it stopped"),
    "spend_inr": ("₹", "amount spent"),
    "social_issue_ad": ("", "True if it was run as an ad about social issues, elections or politics (authorised)"),
    "disclaimer": ("", "the 'Paid for by' line shown on the ad; missing if none"),
})}

## How it was generated
{len(df)} boosts starting between {LEDGER_FIRST:%-d %B} and {LEDGER_LAST:%-d %B %Y}, 3 to 10 days each.
While the Code is in force no achievement boost starts and voter-awareness ads (paid by the election office)
are common. The department treats {", ".join(SIEP_TOPICS)} as ads about social issues, elections or
politics (Meta's rule; the department's list, not Meta's): those carry a "Paid for by" disclaimer.

## What the data shows
- Scheme-achievement boosts that ran while the Code was in force ({start:%-d %B} to {end:%-d %B %Y}):
  {", ".join(p["in_code"])} (planted: approved in September, still running); none of them started during it
  ({len(p["started_in_code"])} did).
- Ads that needed a disclaimer and lacked one (planted): {", ".join(p["lacking"])}.
- Ads without a disclaimer that did not need one (safety alerts, recruitment notices): {len(p["no_disclaimer"]) - len(p["lacking"])}.
"""
