"""Governance registers for 09-digital-governance: Bihar's 2026 holidays (an example list) and an RTI and
grievance register with planted deadlines met, missed and still running."""
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
