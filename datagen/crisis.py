"""Crisis data for 10-crisis-and-incident-response: an incident log of four page takeovers, and a flood-
and heat-season feed of alerts, advisories and corrections with planted late alerts and corrections that
did not catch up with their errors."""
from __future__ import annotations

import pandas as pd

from course import incidents as inc
from course.data import TZ

from .common import SYNTHETIC, fields, fmt_int, rng

INCIDENT_EVENTS = ["login alert", "takeover noticed", "fake post published", "recovery request to Meta",
                   "warning on other channels", "CERT-In report", "cybercrime portal complaint",
                   "page recovered", "fake post removed", "holding post", "update post"]
ACTORS = ["attacker", "department", "platform"]
ACTOR = {"fake post published": "attacker", "page recovered": "platform", "login alert": "platform"}

# (incident, page, [(time, event, detail)]): written by hand, each a realistic morning; planted lapses:
# INC-01 reports to CERT-In after 6 h 55 min (waited for the page to come back); INC-03 never warns on
# other channels; INC-04 ignored a login alert for two days and asked Meta for recovery after 2 hours.
INCIDENTS = [
    ("INC-01", "district page, Saran (Facebook)", [
        ("2026-03-09 06:42", "fake post published", "post offering a 'flood relief top-up' through a link"),
        ("2026-03-09 07:10", "takeover noticed", "duty officer cannot sign in; citizens comment on the fake post"),
        ("2026-03-09 07:25", "recovery request to Meta", "reported through Meta's hacked-account route"),
        ("2026-03-09 07:45", "warning on other channels", "X account, WhatsApp channel, district website"),
        ("2026-03-09 08:30", "holding post", "holding statement on the district website and X"),
        ("2026-03-09 11:30", "cybercrime portal complaint", "complaint on cybercrime.gov.in"),
        ("2026-03-09 12:40", "page recovered", "access restored; attacker's admin removed"),
        ("2026-03-09 12:55", "fake post removed", "kept a screenshot and the link as evidence"),
        ("2026-03-09 13:30", "update post", "update on the recovered page"),
        ("2026-03-09 14:05", "CERT-In report", "report sent by the nodal officer"),
    ]),
    ("INC-02", "scheme page, Gaya (Facebook)", [
        ("2026-05-18 21:50", "takeover noticed", "admin e-mail changed; night duty officer alerted"),
        ("2026-05-18 22:05", "recovery request to Meta", "reported through Meta's hacked-account route"),
        ("2026-05-18 22:20", "warning on other channels", "X account and district WhatsApp groups"),
        ("2026-05-18 22:40", "holding post", "holding statement on X"),
        ("2026-05-19 01:15", "CERT-In report", "report sent by the nodal officer"),
        ("2026-05-19 10:30", "cybercrime portal complaint", "complaint on cybercrime.gov.in"),
        ("2026-05-19 15:10", "page recovered", "access restored"),
        ("2026-05-19 16:00", "update post", "update on the recovered page"),
    ]),
    ("INC-03", "district page, Purnia (Instagram)", [
        ("2026-07-02 09:05", "takeover noticed", "profile name and picture changed"),
        ("2026-07-02 09:15", "fake post published", "story asking followers to 'verify' their scheme account"),
        ("2026-07-02 09:40", "recovery request to Meta", "reported through Meta's hacked-account route"),
        ("2026-07-02 12:05", "CERT-In report", "report sent by the nodal officer"),
        ("2026-07-02 16:20", "cybercrime portal complaint", "complaint on cybercrime.gov.in"),
        ("2026-07-03 11:45", "page recovered", "access restored"),
        ("2026-07-03 12:10", "fake post removed", "kept a screenshot as evidence"),
        ("2026-07-03 12:30", "update post", "update on the recovered account"),
    ]),
    ("INC-04", "department page, Patna (Facebook)", [
        ("2026-09-21 23:12", "login alert", "new login from an unknown device; not acted on"),
        ("2026-09-24 08:05", "takeover noticed", "page posting unrelated videos"),
        ("2026-09-24 08:30", "warning on other channels", "X account and the department website"),
        ("2026-09-24 09:00", "holding post", "holding statement on the department website"),
        ("2026-09-24 10:10", "recovery request to Meta", "reported through Meta's hacked-account route"),
        ("2026-09-24 12:50", "CERT-In report", "report sent by the nodal officer"),
        ("2026-09-25 06:30", "cybercrime portal complaint", "complaint on cybercrime.gov.in"),
        ("2026-09-25 13:00", "page recovered", "access restored; two-factor authentication turned on"),
        ("2026-09-25 13:20", "fake post removed", "videos removed, kept as evidence"),
    ]),
]


def incident_log() -> pd.DataFrame:
    rows = []
    for incident_id, page, events in INCIDENTS:
        for at, event, detail in events:
            rows.append(dict(incident_id=incident_id, page=page, at=pd.Timestamp(at, tz=TZ), event=event,
                             actor=ACTOR.get(event, "department"), detail=detail))
    df = pd.DataFrame(rows).sort_values(["incident_id", "at"], kind="stable").reset_index(drop=True)
    return df[["incident_id", "page", "at", "event", "actor", "detail"]]


# --- the flood and heat season feed -----------------------------------------------------------------------
FEED_DISTRICTS = ["Supaul", "Saharsa", "Madhubani", "Darbhanga", "Sitamarhi", "Muzaffarpur", "Purnia",
                  "Katihar", "Khagaria", "Bhagalpur", "Gaya", "Aurangabad", "Nawada", "Patna"]
FLOOD_DISTRICTS = FEED_DISTRICTS[:10]
HEAT_DISTRICTS = FEED_DISTRICTS[10:]
HAZARDS = ["flood", "heatwave"]
KINDS = ["alert", "advisory", "correction"]
SLOT_HOUR = 20  # the page's best engagement slot (8 pm), where some alerts were held back
N_ALERTS, N_HELD, N_ADVISORIES = 36, 9, 30

_FLOOD_ALERT = "Water level rising in the {river}: low-lying villages of {district} may flood by {when}. " \
               "Move to the relief camp or high ground; call the district control room."
_HEAT_ALERT = "Severe heat expected in {district} from {when}: stay indoors 12 noon to 4 pm, drink water " \
              "often, check on the elderly."
_RIVERS = {"Supaul": "Kosi", "Saharsa": "Kosi", "Madhubani": "Kamla Balan", "Darbhanga": "Bagmati",
           "Sitamarhi": "Bagmati", "Muzaffarpur": "Burhi Gandak", "Purnia": "Mahananda", "Katihar": "Mahananda",
           "Khagaria": "Burhi Gandak", "Bhagalpur": "Ganga"}
_ADVICE = {"flood": ["Relief camp open at the block high school", "Boats on duty at the ghat", "Do not cross "
                     "flowing water on foot", "Community kitchen open from noon", "Keep documents in a "
                     "plastic bag"],
           "heatwave": ["Anganwadi centres open in the morning only", "ORS available at health centres",
                        "Water points open at the bus stand", "Labour work paused 12 noon to 4 pm"]}
# (what was wrong, what the correction says) for the planted errors
_ERRORS = [("the relief camp address", "The relief camp is at the block high school, not the college"),
           ("the control room number", "The control room number in our earlier post was wrong: use the one on the district website"),
           ("the date of the camp", "The health camp is on Friday, not Thursday"),
           ("the closing hour", "Anganwadi centres close at 10:30 am, not 12:30 pm"),
           ("the boat ghat", "Boats leave from the north ghat; the south ghat is closed"),
           ("the kitchen timing", "The community kitchen opens at noon, not 10 am"),
           ("the water point", "The water point is at the bus stand, not the railway station"),
           ("the school closure", "Schools are closed on Monday and Tuesday only")]
N_AMPLIFIED = 2  # corrections pinned and shared by the district administration: they catch up


def _round15(ts: pd.Timestamp) -> pd.Timestamp:
    return ts.floor("15min")


def flood_feed() -> pd.DataFrame:
    r = rng("flood_feed")
    rows = []
    # alerts: the warning reaches the department, the post goes out; needed_by = when the hazard arrives
    held = set(r.choice(N_ALERTS, N_HELD, replace=False).tolist())
    for k in range(N_ALERTS):
        hazard = "flood" if k < 26 else "heatwave"
        if hazard == "flood":
            day = pd.Timestamp("2025-07-01", tz=TZ) + pd.Timedelta(days=int(r.integers(0, 85)))
            district = FLOOD_DISTRICTS[int(r.integers(len(FLOOD_DISTRICTS)))]
        else:
            day = pd.Timestamp("2025-05-05", tz=TZ) + pd.Timedelta(days=int(r.integers(0, 50)))
            district = HEAT_DISTRICTS[int(r.integers(len(HEAT_DISTRICTS)))]
        received = _round15(day + pd.Timedelta(hours=float(r.uniform(5.5, 15.5))))
        warning = float(r.uniform(10, 20)) if hazard == "flood" else float(r.uniform(18, 30))
        needed = _round15(received + pd.Timedelta(hours=warning))
        if k in held:  # held back to the 8 pm slot
            slot = received.normalize() + pd.Timedelta(hours=SLOT_HOUR)
            posted = slot if slot > received else slot + pd.Timedelta(days=1)
            reach = int(r.integers(52_000, 90_000))
        else:
            posted = _round15(received + pd.Timedelta(minutes=int(r.integers(10, 50))))
            reach = int(r.integers(28_000, 60_000))
        when = f"{needed:%-d %B}, {needed:%-I %p}".replace("AM", "am").replace("PM", "pm")
        text = (_FLOOD_ALERT.format(river=_RIVERS[district], district=district, when=when) if hazard == "flood"
                else _HEAT_ALERT.format(district=district, when=when))
        rows.append(dict(district=district, hazard=hazard, kind="alert", warning_received_at=received,
                         posted_at=posted, needed_by=needed, text=text, reach=reach, corrects="", amplified=False))
    # advisories, eight of them with an error that a later correction fixes
    errs = set(r.choice(N_ADVISORIES, len(_ERRORS), replace=False).tolist())
    amplified = set(sorted(errs)[i] for i in r.choice(len(_ERRORS), N_AMPLIFIED, replace=False))
    e = 0
    for k in range(N_ADVISORIES):
        hazard = "flood" if k < 20 else "heatwave"
        if hazard == "flood":
            day = pd.Timestamp("2025-07-03", tz=TZ) + pd.Timedelta(days=int(r.integers(0, 80)))
            district = FLOOD_DISTRICTS[int(r.integers(len(FLOOD_DISTRICTS)))]
        else:
            day = pd.Timestamp("2025-05-06", tz=TZ) + pd.Timedelta(days=int(r.integers(0, 48)))
            district = HEAT_DISTRICTS[int(r.integers(len(HEAT_DISTRICTS)))]
        posted = _round15(day + pd.Timedelta(hours=float(r.uniform(8, 19))))
        reach = int(r.integers(20_000, 70_000))
        advice = _ADVICE[hazard][int(r.integers(len(_ADVICE[hazard])))]
        rows.append(dict(district=district, hazard=hazard, kind="advisory", warning_received_at=pd.NaT,
                         posted_at=posted, needed_by=pd.NaT, text=f"{district}: {advice}.", reach=reach,
                         corrects="", amplified=False, _key=k))
        if k in errs:
            wrong, fix = _ERRORS[e]
            e += 1
            later = _round15(posted + pd.Timedelta(hours=float(r.uniform(2, 20))))
            boost = k in amplified
            ratio = float(r.uniform(1.05, 1.4)) if boost else float(r.uniform(0.15, 0.55))
            rows.append(dict(district=district, hazard=hazard, kind="correction", warning_received_at=pd.NaT,
                             posted_at=later, needed_by=pd.NaT,
                             text=f"Correction: {fix}. We are sorry for the error in our earlier post "
                                  f"({wrong}).",
                             reach=int(round(reach * ratio, -2)), corrects=f"@{k}", amplified=boost, _key=None))
    df = pd.DataFrame(rows)
    df = df.sort_values("posted_at", kind="stable").reset_index(drop=True)
    df.insert(0, "post_id", [f"FL-{i:03d}" for i in range(1, len(df) + 1)])
    key_to_id = {int(k): pid for k, pid in zip(df["_key"], df["post_id"], strict=True) if pd.notna(k)}
    df["corrects"] = [key_to_id[int(c[1:])] if c else "" for c in df["corrects"]]
    for col in ("warning_received_at", "posted_at", "needed_by"):
        df[col] = pd.to_datetime(df[col], utc=True).dt.tz_convert(TZ)
    df["corrects"] = df["corrects"].replace("", pd.NA).astype("string")
    return df[["post_id", "district", "hazard", "kind", "warning_received_at", "posted_at", "needed_by", "text",
               "reach", "corrects", "amplified"]]


def planted(log: pd.DataFrame, feed: pd.DataFrame) -> dict:
    """The effects the notebook finds, computed with the course tool (tests/test_dataset_crisis.py)."""
    rep = inc.duty_report(log)
    alerts = feed[feed["kind"] == "alert"].copy()
    alerts["lead"] = inc.lead_hours(alerts)
    alerts["delay"] = (alerts["posted_at"] - alerts["warning_received_at"]) / pd.Timedelta(hours=1)
    held = alerts[alerts["posted_at"].dt.hour == SLOT_HOUR]
    pairs = inc.pair_corrections(feed)
    pairs["ratio"] = pairs["correction_reach"] / pairs["error_reach"]
    return dict(
        missed=rep.loc[~rep["met"], ["incident_id", "duty"]].apply(tuple, axis=1).tolist(),
        alerts=alerts, held=held, pairs=pairs,
    )


def incident_card(log: pd.DataFrame, feed: pd.DataFrame) -> str:
    p = planted(log, feed)
    missed = "; ".join(f"{i}: {d}" for i, d in p["missed"])
    return f"""# incident_log — four takeovers of official pages, event by event (2026)

{SYNTHETIC} The pages are described by district and platform only; no account, person or post is
real. The duties and their sources are real (below).

Each row is one logged event of one incident: when it happened (or was logged), what it was, and who
did it. Read one incident at a time (`incident_id`).

{fields("incident_log", {
    "incident_id": ("", "INC-01 to INC-04"),
    "page": ("", "which official page (district and platform only)"),
    "at": ("IST", "when the event happened"),
    "event": ("", "what happened; 'takeover noticed' starts the clock"),
    "actor": ("", "who did it: the attacker, the department or the platform"),
    "detail": ("", "a note from the log"),
})}

## How it was generated
Written by hand (`datagen/crisis.py`, `INCIDENTS`), each incident a realistic morning or night. Nothing
random.

## Duties (course.incidents.DUTIES), counted from "takeover noticed"
- Report to CERT-In within **6 hours** of noticing the incident: CERT-In, Directions under sub-section
  (6) of section 70B of the Information Technology Act 2000, No. 20(3)/2022-CERT-In, 28 April 2022,
  direction (ii) and Annexure I ("unauthorised access of IT systems/data", "unauthorised access to
  social media accounts"), https://www.cert-in.org.in/PDF/CERT-In_Directions_70B_28.04.2022.pdf.
- Ask Meta to recover the page within 1 hour, warn followers on other official channels within 1 hour,
  complain on the national cybercrime portal (cybercrime.gov.in) within 24 hours: **example targets** for
  a department's own procedure, invented for the course; no law sets them.

## What the data shows (planted)
- Duties missed: {missed}.
- INC-01 reported to CERT-In {inc.hours_after_notice(log[log.incident_id == "INC-01"], "CERT-In report"):.2f}
  hours after the takeover was noticed (it waited for the page to come back).
- INC-04 ignored a login alert {(log.loc[(log.incident_id == "INC-04") & (log.event == "takeover noticed"), "at"].iloc[0]
  - log.loc[(log.incident_id == "INC-04") & (log.event == "login alert"), "at"].iloc[0]) / pd.Timedelta(hours=1):.1f}
  hours before the takeover was noticed.
"""


def feed_card(feed: pd.DataFrame, log: pd.DataFrame) -> str:
    p = planted(log, feed)
    a, held, pairs = p["alerts"], p["held"], p["pairs"]
    now = a[a["posted_at"].dt.hour != SLOT_HOUR]
    return f"""# flood_feed — a department's flood and heatwave posts, May to September 2025

{SYNTHETIC} Districts, rivers and the kinds of advice are real; every post, time and reach figure is
invented.

One row per post of an (invented) state page during the 2025 heatwave (May, June) and flood season
(July to September): **alerts** written from an official warning, **advisories** with practical
information, and **corrections** of advisories that had an error.

{fields("flood_feed", {
    "post_id": ("", "FL-001 ... in order of posting"),
    "district": ("", "the district the post is about"),
    "hazard": ("", "flood or heatwave"),
    "kind": ("", "alert (from an official warning), advisory, or correction"),
    "warning_received_at": ("IST", "alerts: when the official warning reached the department"),
    "posted_at": ("IST", "when the post went out"),
    "needed_by": ("IST", "alerts: when the hazard was expected to arrive (water in the villages, the heat's onset)"),
    "text": ("", "the post"),
    "reach": ("accounts", "accounts the post reached (as the platform counts them)"),
    "corrects": ("", "corrections: the post_id of the advisory it corrects"),
    "amplified": ("", "corrections: pinned, and shared by the district administration's own accounts"),
})}

## How it was generated
{N_ALERTS} alerts: the warning arrives between 05:30 and 15:30 with 10 to 20 hours of notice (floods) or 18
to 30 (heat). Most are posted 10 to 50 minutes after the warning; {N_HELD} were held back to the page's best
engagement slot, 8 pm, and reached more accounts (52,000 to 90,000 against 28,000 to 60,000).
{N_ADVISORIES} advisories; {len(_ERRORS)} have an error, corrected 2 to 20 hours later by a new post that reaches 15 to 55%
of the error's reach, or 105 to 140% when pinned and shared by the district administration
({N_AMPLIFIED} corrections). Seeded (`rng("flood_feed")`).

## What the data shows (planted)
- Alerts posted at once: median lead time {now["lead"].median():.1f} hours before the hazard. Held to 8 pm:
  median {held["lead"].median():.1f} hours; {int((held["lead"] < 0).sum())} of the {len(held)} went out after the hazard
  was expected, although their median reach was {fmt_int(held["reach"].median())} against {fmt_int(now["reach"].median())}.
- Corrections: {int((pairs["ratio"] >= 1).sum())} of {len(pairs)} reached at least as many accounts as the error, both
  amplified; the median correction reached {pairs["ratio"].median():.2f} of its error's reach.
"""
