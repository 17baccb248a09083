"""course.security: the tools module 07 (07-cyber-security, 07b-links-and-access) uses to make decisions, held to the `logins` card's rules.

The small logs below are the ones 07's hidden tests used when participants wrote these detectors
themselves: each row says why the rule flags it or not.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from course import security
from course.data import load


@pytest.fixture(scope="module")
def logins():
    return load("logins")


# ------------------------------------------------------------------------------------------------
# The course data: each detector finds exactly the incident the card planted


def test_detectors_find_exactly_the_planted_incidents(logins):
    planted = {incident: sorted(logins.loc[logins["incident"] == incident, "login_id"])
               for incident in ["credential_stuffing", "impossible_travel"]}
    script = sorted(set(logins.loc[logins["incident"] == "credential_stuffing", "ip"].astype(str)))
    assert sorted(security.failure_bursts(logins)) == script
    assert sorted(logins[logins["ip"].astype(str).isin(script)]["login_id"]) == planted["credential_stuffing"]
    assert security.impossible_travel(logins) == planted["impossible_travel"]
    report = security.travel_report(logins)
    assert list(report["login_id"]) == planted["impossible_travel"]
    assert report.loc[0, "speed_kmh"] > security.AIRLINER_KMH
    assert {"previous_login_id", "previous_city", "city", "km", "hours", "two_factor_used"} <= set(report.columns)


# ------------------------------------------------------------------------------------------------
# failure_bursts


def _burst_log(rows):
    log = pd.DataFrame(rows, columns=["ip", "minute", "success"])
    log["timestamp"] = pd.Timestamp("2026-05-02 01:00", tz="Asia/Kolkata") + pd.to_timedelta(log["minute"], unit="m")
    log["user"] = "someone"
    return log.sample(frac=1, random_state=7).reset_index(drop=True)  # not in time order


BURST_LOG = _burst_log(
    [("192.0.2.1", 0.8 * k, False) for k in range(10)]             # 10 failures in 7.2 min
    + [("192.0.2.2", 0.2 * k, False) for k in range(9)]            # only 9 failures
    + [("192.0.2.3", 2.5 * k, False) for k in range(12)]           # 12 failures over 27.5 min
    + [("192.0.2.4", 0.4 * k, k % 2 == 0) for k in range(16)]      # 16 tries, only 8 failed
    + [("198.51.100.5", 300 + 0.5 * k, False) for k in range(11)]  # 11 in 5 min, later
)


@pytest.mark.parametrize(("min_failures", "window", "expected"), [
    (10, 10, ["192.0.2.1", "198.51.100.5"]),
    (8, 10, ["192.0.2.1", "192.0.2.2", "192.0.2.4", "198.51.100.5"]),
    (5, 11, ["192.0.2.1", "192.0.2.2", "192.0.2.3", "192.0.2.4", "198.51.100.5"]),
])
def test_failure_bursts_counts_failures_within_the_window(min_failures, window, expected):
    found = security.failure_bursts(BURST_LOG, min_failures, window)
    assert sorted(found) == expected
    assert all(type(ip) is str for ip in found) and len(found) == len(set(found))


# ------------------------------------------------------------------------------------------------
# impossible_travel

P, D, B, G, L = (25.59, 85.14), (28.61, 77.21), (12.97, 77.59), (24.79, 85.0), (51.51, -0.13)
TRAVEL_ROWS = [
    ("r1", "ravi", "10:00", P, True), ("r2", "ravi", "10:42", B, True),    # 2,300 km/h: flag r2
    ("s1", "sita", "08:00", P, True), ("s2", "sita", "10:00", D, True),    # 427 km/h
    ("t1", "tara", "09:00", P, True), ("t2", "tara", "09:02", G, True),    # 90 km in 2 minutes
    ("u1", "uday", "09:00", P, True), ("u2", "uday", "09:00", P, True),    # same place: never
    ("v1", "vimal", "09:00", P, True), ("v2", "vimal", "09:20", L, False),  # a failure: ignored
    ("v3", "vimal", "09:40", P, True),
    ("w1", "wasim", "09:30", B, True), ("w2", "wasim", "12:30", B, True),
    ("x1", "xena", "11:00", P, True), ("x2", "xena", "11:00", D, True),    # same moment, two places
]
TRAVEL_LOG = pd.DataFrame(
    [(i, u, pd.Timestamp("2026-06-01 " + t, tz="Asia/Kolkata"), p[0], p[1], s) for i, u, t, p, s in TRAVEL_ROWS],
    columns=["login_id", "user", "timestamp", "latitude", "longitude", "success"],
).sample(frac=1, random_state=5).reset_index(drop=True)


@pytest.mark.parametrize(("speed", "expected"), [(900, ["r2", "t2"]), (300, ["r2", "s2", "t2"])])
def test_impossible_travel_flags_the_later_login_of_each_too_fast_pair(speed, expected):
    found = security.impossible_travel(TRAVEL_LOG, speed)
    same_moment = set(found) & {"x1", "x2"}
    assert len(same_moment) == 1  # infinite speed: one login of xena's pair, never both
    assert sorted(set(found) - same_moment) == expected
    assert len(found) == len(set(found))


def test_travel_report_shows_the_pair_behind_each_flag():
    report = security.travel_report(TRAVEL_LOG)
    ravi = report[report["login_id"] == "r2"].iloc[0]
    assert ravi["previous_login_id"] == "r1"
    assert ravi["hours"] == pytest.approx(0.7)
    assert ravi["speed_kmh"] == pytest.approx(ravi["km"] / 0.7)
    assert sorted(report["login_id"]) == sorted(security.impossible_travel(TRAVEL_LOG))


# ------------------------------------------------------------------------------------------------
# haversine_km, levenshtein, password_entropy


def _reference_km(la1, lo1, la2, lo2):
    la1, lo1, la2, lo2 = (math.radians(v) for v in (la1, lo1, la2, lo2))
    a = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


@pytest.mark.parametrize("points", [(25.59, 85.14, 28.61, 77.21), (25.59, 85.14, 12.97, 77.59),
                                    (26.12, 85.39, 26.12, 85.39), (24.79, 85.0, 50.11, 8.68),
                                    (-33.87, 151.21, 51.51, -0.13), (0.0, 0.0, 0.0, 180.0)])
def test_haversine_matches_the_formula(points):
    assert float(security.haversine_km(*points)) == pytest.approx(_reference_km(*points), abs=1e-6)


def test_haversine_works_on_columns_row_by_row():
    lat = pd.Series([25.59, 24.79, 12.97])
    lon = pd.Series([85.14, 85.0, 77.59])
    together = security.haversine_km(lat, lon, lat + 1, lon)
    one_by_one = [float(security.haversine_km(a, b, a + 1, b)) for a, b in zip(lat, lon, strict=True)]
    assert isinstance(together, pd.Series)
    assert np.allclose(together.to_numpy(), one_by_one)
    assert float(security.haversine_km(25.59, 85.14, 28.61, 77.21)) == pytest.approx(853.5122, abs=1e-4)


@pytest.mark.parametrize(("a", "b", "edits"), [("p1b-gov.in", "pib.gov.in", 2), ("pib.gov.in", "pib.gov.in", 0),
                                               ("", "abc", 3), ("kitten", "sitting", 3), ("pibgov.in", "pib.gov.in", 1)])
def test_levenshtein_counts_one_letter_edits(a, b, edits):
    assert security.levenshtein(a, b) == edits
    assert security.levenshtein(b, a) == edits


@pytest.mark.parametrize(("password", "bits"), [
    ("Patna@24", 8 * math.log2(95)), ("kela barish", 11 * math.log2(59)), ("कमल", 3 * math.log2(33)),
    ("abc", 3 * math.log2(26)), ("ABCdef", 6 * math.log2(52)), ("abc123", 6 * math.log2(36)),
    ("1234", 4 * math.log2(10)), ("a b", 3 * math.log2(59)), ("!!!!!!", 6 * math.log2(33)),
    ("correcthorsebatterystaple", 25 * math.log2(26)), ("Zz9#", 4 * math.log2(95)), ("GAYA2025", 8 * math.log2(36)),
    ("नमस्ते", 6 * math.log2(33)), ("kamalकमल", 8 * math.log2(59)), ("पटना 2025", 9 * math.log2(43)), ("", 0.0),
])
def test_password_entropy_is_length_times_log2_of_the_alphabet(password, bits):
    assert security.password_entropy(password) == pytest.approx(bits, abs=1e-9)


def test_charts_have_titles(logins, monkeypatch):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from course.plots import figure_title

    titles = []
    monkeypatch.setattr(plt, "show", lambda: titles.append(figure_title(plt.gcf())))
    security.failures_chart(logins)
    security.login_map(logins, security.impossible_travel(logins))
    plt.close("all")
    assert len(titles) == 2 and all(t.strip() for t in titles)
