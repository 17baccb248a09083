"""Right answers for 07-cyber-security: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them). A decision (Exercises 3 and 4)
may be written as its letter in any case, with brackets or "option", or as the option's words.
"""

# The given part of new_country_logins, around the participant's lines.
_NEW_COUNTRY = '''def new_country_logins(logins, days=30):
    """login_id of successful logins from a country the same user did not use in the previous `days` days."""
    ok = logins[logins["success"]].sort_values("timestamp")
    window = pd.Timedelta(days=days)
    flagged = []
    for _user, mine in ok.groupby("user", observed=True):
        times = list(mine["timestamp"])
        countries = list(mine["country"])
        ids = list(mine["login_id"])
        for i in range(1, len(mine)):
{body}
    return flagged'''


def _new_country(*lines):
    return _NEW_COUNTRY.format(body="\n".join(" " * 12 + line for line in lines))


RIGHT_ANSWERS = {
    "failures_per_ip": [
        'failures_per_ip = logins[logins["success"] == False]["ip"].value_counts()',  # the hint's == False
        'failures_per_ip = logins.loc[~logins["success"], "ip"].value_counts()',  # .loc with row mask and column
        # groupby + size, sorted biggest first
        'failed = logins[~logins["success"]]\n'
        'failures_per_ip = failed.groupby("ip").size().sort_values(ascending=False)',
        # the failures summed per address: addresses that never failed stay in, with 0 (participant review)
        'failures_per_ip = (~logins["success"]).groupby(logins["ip"]).sum().sort_values(ascending=False)',
        # the table's own .value_counts with the column's name (a plain index, unlike [["ip"]])
        'failures_per_ip = logins[~logins["success"]].value_counts("ip")',
        # one column counted per address, sorted biggest first
        'failures_per_ip = logins[~logins["success"]].groupby("ip")["ip"].count().sort_values(ascending=False)',
    ],
    "new_country_logins": [
        # an explicit loop building the set
        _new_country(
            "start = times[i] - window",
            "recent = set()",
            "for j in range(i):",
            "    if times[j] >= start:",
            "        recent.add(countries[j])",
            "if len(recent) > 0 and countries[i] not in recent:",
            "    flagged.append(ids[i])",
        ),
        # a list instead of a set, its truth value for "not empty"
        _new_country(
            "recent = [countries[j] for j in range(i) if times[j] >= times[i] - window]",
            "if recent and countries[i] not in recent:",
            "    flagged.append(ids[i])",
        ),
        # the window's earlier logins first, then their countries
        _new_country(
            "earlier = [j for j in range(i) if times[i] - times[j] <= window]",
            "recent = {countries[j] for j in earlier}",
            "if len(earlier) != 0 and not countries[i] in recent:",
            "    flagged.append(ids[i])",
        ),
    ],
    "travel_action": [
        'travel_action = "b"',  # lower case
        'travel_action = "(B)"',  # in brackets, as the options are shown
        'travel_action = "Option B."',  # the word and a full stop
        'travel_action = "ask Alok on a known number; secure the account if it was not him"',  # the option's words, pasted
    ],
    "password_rule": [
        'password_rule = "d"',  # lower case
        'password_rule = "(D)"',  # in brackets, as the options are shown
        'password_rule = "Option D."',  # the word and a full stop
        'password_rule = "15 characters or more, checked against a blocklist, one per account"',  # the option's words, pasted
    ],
}
