"""Numbers about the course data in 10-crisis-and-incident-response's text, computed from the data.

Each fragment must appear word for word in source/10-crisis-and-incident-response (tests/test_prose_numbers.py):
INC-01's morning, the three missed duties, the alerts held to 8 pm and the corrections' reach are built
from `incident_log` and `flood_feed` with `course.incidents`.
"""
from __future__ import annotations

import pandas as pd

from course import incidents as inc

WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


def _at(log, incident, event):
    return log.loc[(log["incident_id"] == incident) & (log["event"] == event), "at"].min()


def claims(load):
    log = load("incident_log")
    feed = load("flood_feed")
    out = []

    one = log[log["incident_id"] == "INC-01"]
    noticed, fake = _at(log, "INC-01", "takeover noticed"), _at(log, "INC-01", "fake post published")
    report, back = _at(log, "INC-01", "CERT-In report"), _at(log, "INC-01", "page recovered")
    out.append(("INC-01's morning",
                f"takeover on {noticed.day} {noticed:%B %Y}. The clock starts at **takeover noticed** ({noticed:%H:%M}), "
                f"not at the fake post ({fake:%H:%M})"))
    out.append(("INC-01's report after the page was back",
                f"The CERT-In report went out at {report:%H:%M}, after the page was back ({back:%H:%M})."))

    rep = inc.duty_report(log)
    late = rep[~rep["met"]]
    assert list(late["incident_id"]) == ["INC-01", "INC-03", "INC-04"]
    assert late["hours"].isna().tolist() == [False, True, False]
    out.append(("the missed duties",
                f"{WORDS[len(late)].capitalize()} lapses, {WORDS[len(late)]} lessons. **INC-01** waited to report "
                f"to CERT-In until the page was back: {inc.hours_after_notice(one, 'CERT-In report'):.2f} hours"))
    four = log[log["incident_id"] == "INC-04"]
    alert_gap = (_at(log, "INC-04", "takeover noticed") - _at(log, "INC-04", "login alert")) / pd.Timedelta(days=1)
    assert 2 < alert_gap < 3
    out.append(("INC-04's late recovery request",
                f"**INC-04** asked Meta for help after {inc.hours_after_notice(four, 'recovery request to Meta'):.2f} "
                "hours, and had ignored a login alert for more than two days before."))
    out.append(("the exercise's visible check",
                "_hours_check(_one, \"CERT-In report\", 415 / 60, from_first_event=443 / 60)"))
    assert inc.hours_after_notice(one, "CERT-In report") == 415 / 60
    assert (_at(log, "INC-01", "CERT-In report") - one["at"].min()) / pd.Timedelta(minutes=1) == 443

    alerts = feed[feed["kind"] == "alert"].copy()
    alerts["lead"] = inc.lead_hours(alerts)
    held = alerts["posted_at"].dt.hour == 20
    med = alerts.groupby(held)[["lead", "reach"]].median()
    n_after = int((alerts.loc[held, "lead"] < 0).sum())
    out.append(("alerts held to 8 pm",
                f"The {int(held.sum())} alerts held to 8 pm reached more accounts (median {med.loc[True, 'reach']:,.0f} "
                f"against {med.loc[False, 'reach']:,.0f}), but gave a median {med.loc[True, 'lead']:.1f} hours of "
                f"warning instead of {med.loc[False, 'lead']:.1f}, and {WORDS[n_after]} went out after the water was "
                "expected."))
    assert abs(med.loc[True, "lead"] / med.loc[False, "lead"] - 0.5) < 0.05
    out.append(("the decision's feedback on held alerts",
                f"alerts held to 8 pm gave half the warning and {WORDS[n_after]} came after the hazard"))

    pairs = inc.pair_corrections(feed)
    ratio = pairs["correction_reach"] / pairs["error_reach"]
    caught = ratio >= 1
    assert (caught == pairs["amplified"]).all()
    out.append(("corrections that caught up",
                f"{int(caught.sum())} of the {len(pairs)} corrections reached at least as many accounts as their error: "
                f"the {WORDS[int(caught.sum())]} that were pinned and shared by the district administration's own "
                f"accounts. The median correction reached {ratio.median():.2f} of its error's reach."))
    return out
