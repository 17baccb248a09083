"""Security tools for module 07 (07-cyber-security and 07b-links-and-access): what an analyst runs on a sign-in log, a web address or a password.

An officer *uses* these to decide what to do (the sign-in log in 07-cyber-security, links in 07b-links-and-access); the notebooks' optional "How it works"
sections show the idea behind each one. The detectors follow the rules of the `logins` data card
(`course.data.card("logins")`, "Detection rules") and work on any table with the same columns:

- `failure_bursts(logins)`: IP addresses with 10 or more failed logins within 10 minutes (a script
  trying passwords: credential stuffing);
- `impossible_travel(logins)`: successful logins too far from the same user's previous one for the
  time between them (faster than an airliner, 900 km/h); `travel_report(logins)` shows each such pair;
- `haversine_km(...)`: the great-circle distance between two points on the globe, in km;
- `levenshtein(a, b)`: how many one-letter edits turn one text into another (look-alike web addresses);
- `password_entropy(password)`: a password's strength in bits, if every character were chosen at random.

Two charts draw what the detectors found: `failures_chart(logins)` and `login_map(logins, flagged)`.
"""

from __future__ import annotations

import math
import string

import numpy as np
import pandas as pd

EARTH_RADIUS_KM = 6371
AIRLINER_KMH = 900  # the card's threshold: about the speed of an airliner

__all__ = ["AIRLINER_KMH", "EARTH_RADIUS_KM", "failure_bursts", "failures_chart", "haversine_km",
           "impossible_travel", "levenshtein", "login_map", "password_entropy", "travel_report"]


def haversine_km(lat1, lon1, lat2, lon2):
    """Great-circle distance in km between two points given by latitude and longitude in degrees.

    The haversine formula with R = 6,371 km. Works on single numbers and on whole columns (numpy).
    """
    lat1, lon1, lat2, lon2 = np.radians(lat1), np.radians(lon1), np.radians(lat2), np.radians(lon2)
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(a))


def failure_bursts(logins: pd.DataFrame, min_failures: int = 10, window_minutes: float = 10) -> list[str]:
    """IP addresses with at least `min_failures` failed logins within any `window_minutes` minutes.

    Each address once, as text. Needs the columns `ip`, `timestamp` and `success`. The idea: in one
    address's failures sorted by time, `min_failures` of them fit in the window when some failure and
    the one `min_failures - 1` places before it are at most `window_minutes` apart.
    """
    failed = logins[~logins["success"].astype(bool)].sort_values("timestamp", kind="stable")
    gap = failed.groupby("ip", observed=True)["timestamp"].diff(min_failures - 1)
    burst = failed[gap <= pd.Timedelta(minutes=window_minutes)]
    return [str(ip) for ip in burst["ip"].unique()]


def _consecutive(logins: pd.DataFrame) -> pd.DataFrame:
    """Successful logins in time order, each with the same user's previous successful login beside it."""
    ok = logins[logins["success"].astype(bool)].sort_values("timestamp", kind="stable").copy()
    by_user = ok.groupby("user", observed=True)
    for column in ["login_id", "timestamp", "latitude", "longitude"] + [c for c in ["city", "device"] if c in ok]:
        ok[f"previous_{column}"] = by_user[column].shift()
    ok["km"] = haversine_km(ok["previous_latitude"], ok["previous_longitude"], ok["latitude"], ok["longitude"])
    ok["hours"] = (ok["timestamp"] - ok["previous_timestamp"]).dt.total_seconds() / 3600
    with np.errstate(divide="ignore", invalid="ignore"):
        ok["speed_kmh"] = ok["km"] / ok["hours"]  # km / 0 hours is infinite: two places at the same moment
    return ok


def impossible_travel(logins: pd.DataFrame, max_speed_kmh: float = AIRLINER_KMH) -> list[str]:
    """login_id of successful logins faster than `max_speed_kmh` from the same user's previous successful login.

    The later login of each pair is flagged. Two logins at the same moment from two places count (the
    speed is infinite); two logins from the same place never count. Needs the columns `login_id`, `user`,
    `timestamp`, `latitude`, `longitude` and `success`; failed logins are ignored.
    """
    ok = _consecutive(logins)
    too_fast = (ok["km"] > 0) & (ok["speed_kmh"] > max_speed_kmh)
    return [str(login_id) for login_id in ok.loc[too_fast, "login_id"]]


def travel_report(logins: pd.DataFrame, max_speed_kmh: float = AIRLINER_KMH) -> pd.DataFrame:
    """The pairs behind `impossible_travel`: for each flagged login, where and when the user was before.

    One row per flagged login: the user, the previous login and the flagged one (id, time, city, device
    when the log has it), whether the flagged login used a second factor, the distance in km, the hours
    between the two and the speed in km/h.
    """
    ok = _consecutive(logins)
    flagged = ok[(ok["km"] > 0) & (ok["speed_kmh"] > max_speed_kmh)]
    columns = ["user", "previous_login_id", "previous_timestamp", "previous_city", "previous_device", "login_id",
               "timestamp", "city", "device", "two_factor_used", "km", "hours", "speed_kmh"]
    return flagged[[c for c in columns if c in flagged]].reset_index(drop=True)


def levenshtein(a: str, b: str) -> int:
    """Fewest one-letter insertions, deletions or substitutions that turn text `a` into text `b`."""
    previous = list(range(len(b) + 1))
    for i, letter_a in enumerate(a, start=1):
        current = [i]
        for j, letter_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1,                              # delete a letter
                               current[j - 1] + 1,                           # insert a letter
                               previous[j - 1] + (letter_a != letter_b)))    # substitute
        previous = current
    return previous[-1]


GROUPS = {  # the groups of characters that make up the alphabet size N, and what each adds
    "lowercase a-z": 26,
    "uppercase A-Z": 26,
    "digits 0-9": 10,
    "symbols (anything else: ! @ #, a space, Hindi letters)": 33,
}


def password_entropy(password: str) -> float:
    """A password's entropy in bits, L × log2(N), if every character were chosen at random.

    L is the length; N adds 26 if the password has a lowercase letter a-z, 26 for an uppercase A-Z, 10
    for a digit and 33 for any other character (a symbol, a space, a Hindi letter). An empty password
    has 0 bits. This is the best case: a password a person made up is guessed far sooner.
    """
    if password == "":
        return 0.0
    size = 0
    if any(c in string.ascii_lowercase for c in password):
        size += 26
    if any(c in string.ascii_uppercase for c in password):
        size += 26
    if any(c in string.digits for c in password):
        size += 10
    if any(c not in string.ascii_letters + string.digits for c in password):
        size += 33
    return len(password) * math.log2(size)


# ------------------------------------------------------------------------------------------------
# Charts


def failures_chart(logins: pd.DataFrame, min_failures: int = 10, window_minutes: float = 10):
    """Failed logins per hour over the whole log, the hours of a burst (`failure_bursts`) highlighted."""
    import matplotlib.pyplot as plt

    from course.plots import HIGHLIGHT

    failed = logins[~logins["success"].astype(bool)].sort_values("timestamp")
    per_hour = failed.set_index("timestamp").resample("1h")["ip"].count()
    per_hour = per_hour[per_hour > 0]
    burst_ips = failure_bursts(logins, min_failures, window_minutes)
    burst_hours = set(failed[failed["ip"].astype(str).isin(burst_ips)]["timestamp"].dt.floor("1h"))
    colours = [HIGHLIGHT if hour in burst_hours else "#868e96" for hour in per_hour.index]
    fig, ax = plt.subplots(figsize=(9, 3.8))
    ax.vlines(per_hour.index, 0, per_hour.values, colors=colours, linewidth=2)
    if len(per_hour):
        peak = per_hour.idxmax()
        most, when = int(per_hour.max()), f"{peak:%d %b %H:%M}"
        # each label one sentence with a fixed ending, so that an edition finds and translates it whole
        ax.annotate(f"{most} failed logins in one hour,\nat {when}, from {burst_ips[0]}." if burst_ips
                    else f"{most} failed logins in one hour,\nat {when}.",
                    xy=(peak, per_hour.max()), xytext=(25, -45), textcoords="offset points", color=HIGHLIGHT,
                    arrowprops={"arrowstyle": "->", "color": HIGHLIGHT})
        ax.set_ylim(0, per_hour.max() * 1.1)
    ax.set_title("One night's credential-stuffing burst dwarfs three months of typos" if burst_ips
                 else "Failed logins per hour")
    ax.set_ylabel("failed logins per hour")
    plt.show()


def login_map(logins: pd.DataFrame, flagged: list[str], max_speed_kmh: float = AIRLINER_KMH):
    """Where the successful logins came from (longitude across, latitude up), with `flagged` login_ids
    highlighted, the burst address of `failure_bursts` marked and the first impossible journey drawn."""
    import matplotlib.pyplot as plt

    from course.plots import HIGHLIGHT, MUTED

    ok = logins[logins["success"].astype(bool)]
    places = ok.groupby(["city", "longitude", "latitude"], observed=True).size().reset_index(name="logins")
    shown = ok[ok["login_id"].isin([str(x) for x in flagged])]
    fig, ax = plt.subplots(figsize=(8, 5.2))
    ax.scatter(places["longitude"], places["latitude"], s=10 + places["logins"] / 3, color=MUTED, alpha=0.8,
               label="normal successful logins (size = number)")
    ax.scatter(shown["longitude"], shown["latitude"], s=120, color=HIGHLIGHT, label="flagged successful login",
               zorder=3)
    for row in shown.head(4).itertuples():
        ax.annotate(f"{row.city}, {row.timestamp:%d %b %H:%M}", (row.longitude, row.latitude),
                    xytext=(10, -16), textcoords="offset points", color=HIGHLIGHT)
    script = logins[logins["ip"].astype(str).isin(failure_bursts(logins))]
    if len(script):
        first = script.iloc[0]
        ax.scatter([first["longitude"]], [first["latitude"]], s=120, marker="x", color="black",
                   label="credential-stuffing script (failures)", zorder=3)
        ax.annotate(f"{first['city']}", (first["longitude"], first["latitude"]), xytext=(10, 2),
                    textcoords="offset points")
    journeys = travel_report(logins, max_speed_kmh)
    if len(journeys):
        trip = _consecutive(logins).set_index("login_id").loc[journeys["login_id"].iloc[0]]
        ax.plot([trip["previous_longitude"], trip["longitude"]], [trip["previous_latitude"], trip["latitude"]],
                "--", color=HIGHLIGHT)
        minutes = trip["hours"] * 60
        ax.annotate(f"{trip['previous_city']} → {trip['city']} in {minutes:.0f} minutes",
                    ((trip["previous_longitude"] + trip["longitude"]) / 2,
                     (trip["previous_latitude"] + trip["latitude"]) / 2),
                    xytext=(-190, 0), textcoords="offset points", color=HIGHLIGHT)
    ax.annotate("Bihar offices", (85.3, 26.0), xytext=(-10, 25), textcoords="offset points", color="0.35")
    ax.set_ylim(5, 58)
    ax.set_xlabel("longitude (° E)")
    ax.set_ylabel("latitude (° N)")
    ax.set_title("Flagged logins came from places our officers were not")
    ax.legend(loc="lower left", fontsize=9)
    plt.show()
