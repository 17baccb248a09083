"""Numbers about the course data in 09-digital-governance's text and checks, computed from the data.

Each fragment must appear word for word in source/09-digital-governance (tests/test_prose_numbers.py):
the urgent request answered late, GRV-020's three deadlines, the overdue list on 30 April 2026 and the
scenario of Exercise 4 are built from `rti_register` and `holidays` with `course.governance`.
"""
from __future__ import annotations

import pandas as pd

from course import governance as gov

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve"}
TODAY = pd.Timestamp("2026-04-30 17:00", tz="Asia/Kolkata")


def _day(ts):
    return f"{ts.day} {ts:%B}"


def claims(load):
    reg = load("rti_register")
    hol = load("holidays")
    out = []

    out.append(("holidays the example list has",
                f"It has all {(hol['kind'] == 'general').sum()} general holidays but only "
                f"{(hol['kind'] == 'public (NI Act)').sum()} of the 24 public holidays"))

    urgent = reg[reg["life_or_liberty"]]
    out.append(("how many urgent requests", f"The {WORDS[len(urgent)]} urgent requests:"))
    hours = (urgent["replied_at"] - urgent["received_at"]).dt.total_seconds() / 3600
    late = urgent[hours > 48].iloc[0]
    h = round(float(hours[hours > 48].iloc[0]))
    out.append(("the urgent request answered late",
                f"{late['case_id']} arrived on a {late['received_at']:%A} at {late['received_at']:%H:%M} and was "
                f"answered on {late['replied_at']:%A}, {h} hours later: the 48 hours ran out on "
                f"{late['received_at'] + pd.Timedelta(hours=48):%A}."))

    g = reg[reg["case_id"] == "GRV-020"].iloc[0]
    start = g["received_at"]
    cal = start + pd.Timedelta(days=60)
    wk = gov.add_working_days(start, 60, None)
    wd = gov.add_working_days(start, 60, hol)
    assert wk < TODAY < wd and pd.isna(g["replied_at"]) and gov.is_working_day(start, hol)
    out.append(("GRV-020's three deadlines",
                f"GRV-020 arrived on {_day(start)} {start.year}. Sixty calendar days end on {_day(cal)}; sixty "
                f"weekdays on {_day(wk)}; sixty working days, with the holidays, on {_day(wd)}."))

    late_all = gov.overdue(reg, TODAY, hol)
    n_rti = int((late_all["kind"] == "RTI").sum())
    n_grv = int((late_all["kind"] == "grievance").sum())
    oldest = late_all.iloc[0]
    days = (TODAY - oldest["due"]).days
    out.append(("overdue on 30 April",
                f"{WORDS[len(late_all)].capitalize()} cases are overdue: {WORDS[n_rti]} RTI requests and "
                f"{WORDS[n_grv]} grievances. {oldest['case_id']} has waited {days} days past its deadline."))
    ids = ", ".join(f'"{c}"' for c in late_all["case_id"])
    out.append(("the overdue list in the visible check", f"[{ids}]"))
    last = late_all.iloc[-1]
    if last["due"].normalize() == TODAY.normalize() and last["due"].hour == 12:
        out.append(("the case overdue by hours", f"{last['case_id']}'s deadline passed at noon today"))

    r40 = reg[reg["case_id"] == "RTI-040"].iloc[0]
    assert pd.isna(r40["replied_at"]) and r40["subject"] == "boosted-post spending"
    out.append(("Exercise 4's scenario",
                f"It arrived by {r40['channel']} on {_day(r40['received_at'])} {r40['received_at'].year}; "
                f"the 30 days ended on {_day(gov.rti_due(r40['received_at']))}"))
    return out
