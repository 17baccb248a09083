"""Plausible wrong answers for 07-cyber-security: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

_NEW_COUNTRY_HEAD = '''def new_country_logins(logins, days=30):
    ok = logins[logins["success"]].sort_values("timestamp")
    window = pd.Timedelta(days=days)
    flagged = []
    for _user, mine in ok.groupby("user", observed=True):
        times = list(mine["timestamp"])
        countries = list(mine["country"])
        ids = list(mine["login_id"])
        for i in range(1, len(mine)):
'''

# An answer that claims to equal anything: the checks look at the type first, so it scores 0.
_EQUALS_ANYTHING = '''class _Anything(str):
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False

    __hash__ = str.__hash__


'''

WRONG_ANSWERS = {
    "failures_per_ip": [
        'failures_per_ip = logins["ip"].value_counts()',  # forgot to keep only the failures
        'failures_per_ip = logins[~logins["success"]]["user"].value_counts()',  # per user, not per IP
        'failures_per_ip = logins[~logins["success"]]["ip"].value_counts(ascending=True)',  # smallest first
        # a table instead of a Series: told to leave out .to_frame(), not "use single brackets" (participant review)
        'failures_per_ip = logins[~logins["success"]]["ip"].value_counts().to_frame()',
        # counted per address but not sorted: groupby gives the addresses in alphabetical order (participant
        # review: it kept the hidden point, which now tests the order the task asks for too)
        'failures_per_ip = logins[~logins["success"]].groupby("ip").size()',
        # double brackets: a one-column table, whose counts have ('192.0.2.66',) as index; told so, not "per user"
        # (participant review)
        'failed = logins[~logins["success"]]\nfailures_per_ip = failed[["ip"]].value_counts()',
        # .count() after groupby: a table with a count for every column; told to use .size() (participant review)
        'failures_per_ip = logins[~logins["success"]].groupby("ip").count()',
        # the country column counted: not an address, and not called a username
        'failures_per_ip = logins[~logins["success"]]["country"].value_counts()',
    ],
    "new_country_logins": [
        # compared with every earlier login, not only the last `days` days
        _NEW_COUNTRY_HEAD
        + '            if countries[i] not in set(countries[:i]):\n'
          '                flagged.append(ids[i])\n'
          '    return flagged',
        # 30 days written in, ignoring the parameter
        _NEW_COUNTRY_HEAD
        + '            start = times[i] - pd.Timedelta(days=30)\n'
          '            recent = {countries[j] for j in range(i) if times[j] >= start}\n'
          '            if len(recent) > 0 and countries[i] not in recent:\n'
          '                flagged.append(ids[i])\n'
          '    return flagged',
        # the flagged ids replaced by a value that claims to equal anything
        _EQUALS_ANYTHING + _NEW_COUNTRY_HEAD
        + '            pass\n'
          '    return [_Anything("L")]',
        # compared only with the login just before, not with every country in the window: flags the
        # return home after a trip (participant review)
        _NEW_COUNTRY_HEAD
        + '            start = times[i] - window\n'
          '            if times[i - 1] >= start and countries[i] != countries[i - 1]:\n'
          '                flagged.append(ids[i])\n'
          '    return flagged',
        # did not skip users with no login in the window
        _NEW_COUNTRY_HEAD
        + '            start = times[i] - window\n'
          '            recent = {countries[j] for j in range(i) if times[j] >= start}\n'
          '            if countries[i] not in recent:\n'
          '                flagged.append(ids[i])\n'
          '    return flagged',
        # the rule right, but the country appended instead of the login's id: told "Germany is a country name,
        # not a login_id" (participant review)
        _NEW_COUNTRY_HEAD
        + '            start = times[i] - window\n'
          '            recent = {countries[j] for j in range(i) if times[j] >= start}\n'
          '            if len(recent) > 0 and countries[i] not in recent:\n'
          '                flagged.append(countries[i])\n'
          '    return flagged',
    ],
    "travel_action": [  # every letter but the defensible one
        'travel_action = "A"',  # trusts two-factor, which a real-time phishing page relays
        'travel_action = "C"',  # silences the alert instead of checking it
        'travel_action = "D"',  # public alarm before anyone asked Alok
    ],
    "password_rule": [  # every letter but the defensible one
        'password_rule = "A"',  # composition rules and forced changes, which NIST rules out
        'password_rule = "B"',  # one password reused on every account
        'password_rule = "C"',  # a predictable password shared by the team
    ],
}

# Wrong answers that keep part of an exercise's points because part of the work is right.
# (An unsorted or smallest-first failures_per_ip keeps none: the task asks for the biggest count first, and the
# visible check and the hidden test both test the order; a participant review found the hidden one did not.)
PARTIAL = {
    "new_country_logins": {
        2: "the rule itself is right and finds the planted login with the default 30 days (the visible check's "
           "point); only the parameter `days` is ignored, which the hidden test tries with 60 and names in its "
           "message, so the hidden point is the part that is wrong",
    },
}
