"""course.incidents: duties counted from 'takeover noticed', lead times, correction pairs, holding statements."""
from __future__ import annotations

import math

import pandas as pd

from course import incidents as inc

TZ = "Asia/Kolkata"


def _log(rows):
    return pd.DataFrame([dict(incident_id=i, at=pd.Timestamp(t, tz=TZ), event=e) for i, t, e in rows])


def test_hours_after_notice_counts_from_noticed_not_from_the_first_event():
    log = _log([("X", "2026-01-01 05:00", "fake post published"), ("X", "2026-01-01 07:00", "takeover noticed"),
                ("X", "2026-01-01 13:30", "CERT-In report"), ("X", "2026-01-01 14:00", "CERT-In report")])
    assert inc.hours_after_notice(log, "CERT-In report") == 6.5
    assert math.isnan(inc.hours_after_notice(log, "page recovered"))


def test_duty_report_six_hours_is_in_time_and_a_missing_duty_is_not_met():
    log = _log([("A", "2026-01-01 07:00", "takeover noticed"), ("A", "2026-01-01 13:00", "CERT-In report"),
                ("A", "2026-01-01 07:30", "recovery request to Meta"),
                ("B", "2026-01-01 23:00", "takeover noticed"), ("B", "2026-01-02 05:01", "CERT-In report")])
    rep = inc.duty_report(log).set_index(["incident_id", "duty"])
    assert bool(rep.loc[("A", "report to CERT-In"), "met"])  # exactly 6 hours
    assert not bool(rep.loc[("B", "report to CERT-In"), "met"])  # 6 h 1 min, over midnight
    assert not bool(rep.loc[("A", "warn followers on other channels"), "met"])  # never done
    assert pd.isna(rep.loc[("A", "warn followers on other channels"), "done_at"])
    assert rep.loc[("B", "report to CERT-In"), "due"] == pd.Timestamp("2026-01-02 05:00", tz=TZ)
    assert len(rep) == 2 * len(inc.DUTIES)


def test_duty_report_takes_own_duties():
    log = _log([("A", "2026-01-01 07:00", "takeover noticed"), ("A", "2026-01-01 09:00", "holding post")])
    rep = inc.duty_report(log, {"holding post": ("holding post", 1.0, "own SOP")})
    assert rep["met"].tolist() == [False] and rep["hours"].tolist() == [2.0]


def test_lead_hours_negative_when_late_and_nan_without_a_hazard_time():
    feed = pd.DataFrame({"posted_at": pd.to_datetime(["2025-07-01 20:00", "2025-07-01 08:00", "2025-07-01 09:00"]).tz_localize(TZ),
                         "needed_by": pd.to_datetime(["2025-07-01 18:00", "2025-07-02 02:00", None]).tz_localize(TZ)})
    got = inc.lead_hours(feed)
    assert got.iloc[0] == -2 and got.iloc[1] == 18 and math.isnan(got.iloc[2])


def test_pair_corrections():
    t = pd.to_datetime(["2025-07-01 08:00", "2025-07-01 09:00", "2025-07-01 12:30"]).tz_localize(TZ)
    feed = pd.DataFrame({"post_id": ["P1", "P2", "P3"], "district": ["Supaul"] * 3,
                         "kind": ["advisory", "advisory", "correction"], "posted_at": t,
                         "reach": [1000, 500, 400], "corrects": [None, None, "P2"], "amplified": [False, False, True]})
    pairs = inc.pair_corrections(feed)
    assert pairs[["correction_id", "error_id", "error_reach", "correction_reach"]].values.tolist() == [["P3", "P2", 500, 400]]
    assert pairs["hours_later"].tolist() == [3.5] and pairs["amplified"].tolist() == [True]


def test_holding_statement_gaps():
    full = ("Our Facebook page was hacked this morning and a fake post was published. We have reported it and "
            "are working to restore the page. Official updates: state.bihar.gov.in. Next update at 11 am.")
    assert inc.holding_statement_gaps(full) == []
    assert inc.holding_statement_gaps(full.replace("Next update at 11 am.", "")) == ["when we will update next"]
    assert inc.holding_statement_gaps("Please ignore it.") == list(inc.HOLDING_ELEMENTS)
    assert inc.holding_statement_gaps(full.replace("11 am", "14:00")) == []
    hindi = "हमारा पेज हैक हो गया है। हम इसे वापस ले रहे हैं। अपडेट: state.bihar.gov.in पर, अगला अपडेट 2 बजे।"
    assert inc.holding_statement_gaps(hindi) == []


def test_links_not_official():
    text = "See https://state.bihar.gov.in/x, pib.gov.in, bit.ly/abc and www.relief-help.com now."
    assert inc.links_not_official(text) == ["bit.ly/abc", "www.relief-help.com"]
    assert inc.links_not_official("https://state.bihar.gov.in.example.com/x") == ["https://state.bihar.gov.in.example.com/x"]
