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

_AUDIT = '''def audit_admins(admins, today):
    table = admins.copy()
    table["no_2fa"] = ~table["two_factor"]
    table["personal_email"] = {email}
    table["inactive_90d"] = table["last_active"] < {today} - pd.Timedelta(days=90)
    table["departed"] = table["status"] != "serving"
    table["issues"] = table[["no_2fa", "personal_email", "inactive_90d", "departed"]].sum(axis=1)
    return table


full_control_counts = {counts}
'''
_OFFICIAL = '~table["email"].str.endswith("@bihar.gov.example")'
_COUNTS = 'admins[admins["access"] == "full control"]["page"].value_counts()'

_ENTROPY = '''import string


def password_entropy(password):
    if password == "":
        return 0.0
    size = 0
    if any(c in string.ascii_lowercase for c in password):
        size += 26
    if any(c in string.ascii_uppercase for c in password):
        size += 26
    if any(c in string.digits for c in password):
        size += 10
    if any({symbol_test} for c in password):
        size += {symbols}
    return len(password) * math.log2(size)


passphrase_bits = 5 * math.log2(7776)
'''

_OTHER = "c not in string.ascii_letters + string.digits"

_CLASSIFY = '''def classify_link(url):
    host = {host}
    if host in SHORTENERS:
        return "shortened"
    for domain in OFFICIAL_DOMAINS:
        if {official}:
            return "official"
    for zone in GOVERNMENT_ZONES:
        if {government}:
            return "government"
    if "xn--" in host:
        return "lookalike"
    for domain in OFFICIAL_DOMAINS:
        if host.startswith(domain + ".") or levenshtein(host, domain) <= 3:
            return "lookalike"
    return "unknown"
'''
_HOST = "host_of(url)"
_IS_OFFICIAL = 'host == domain or host.endswith("." + domain)'
_IS_GOVERNMENT = 'host == zone or host.endswith("." + zone)'
_GOVERNMENT_RULE = """    for zone in GOVERNMENT_ZONES:
        if host == zone or host.endswith("." + zone):
            return "government"
"""

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
    ],
    "failure_bursts": [
        # total failures over three months, no time window
        'def failure_bursts(logins, min_failures=10, window_minutes=10):\n'
        '    counts = logins[~logins["success"]]["ip"].value_counts()\n'
        '    return list(counts[counts >= min_failures].index)',
        # hard-coded the address seen in the chart
        'def failure_bursts(logins, min_failures=10, window_minutes=10):\n'
        '    return ["192.0.2.66"]',
        # counted every attempt, successes too
        'def failure_bursts(logins, min_failures=10, window_minutes=10):\n'
        '    tries = logins.sort_values("timestamp")\n'
        '    gap = tries.groupby("ip")["timestamp"].diff(min_failures - 1)\n'
        '    return list(tries[gap <= pd.Timedelta(minutes=window_minutes)]["ip"].unique())',
        # forgot to sort by time before .diff
        'def failure_bursts(logins, min_failures=10, window_minutes=10):\n'
        '    failed = logins[~logins["success"]]\n'
        '    gap = failed.groupby("ip")["timestamp"].diff(min_failures - 1)\n'
        '    return list(failed[gap <= pd.Timedelta(minutes=window_minutes)]["ip"].unique())',
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
    ],
    "haversine_km": [
        # forgot to convert degrees to radians
        'def haversine_km(lat1, lon1, lat2, lon2):\n'
        '    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2\n'
        '    return 2 * 6371 * np.arcsin(np.sqrt(a))',
        # forgot the factor 2
        'def haversine_km(lat1, lon1, lat2, lon2):\n'
        '    lat1, lon1, lat2, lon2 = np.radians(lat1), np.radians(lon1), np.radians(lat2), np.radians(lon2)\n'
        '    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2\n'
        '    return 6371 * np.arcsin(np.sqrt(a))',
        # rounded to whole km inside the function: 854 instead of 853.5
        'def haversine_km(lat1, lon1, lat2, lon2):\n'
        '    lat1, lon1, lat2, lon2 = np.radians(lat1), np.radians(lon1), np.radians(lat2), np.radians(lon2)\n'
        '    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2\n'
        '    return np.round(2 * 6371 * np.arcsin(np.sqrt(a)))',
        # math.* works for one pair of numbers only, not for columns
        'def haversine_km(lat1, lon1, lat2, lon2):\n'
        '    lat1, lon1, lat2, lon2 = math.radians(lat1), math.radians(lon1), math.radians(lat2), math.radians(lon2)\n'
        '    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2\n'
        '    return 2 * 6371 * math.asin(math.sqrt(a))',
    ],
    "impossible_travel": [
        # shifted over the whole table: compares logins of different people
        'def impossible_travel(logins, max_speed_kmh=900):\n'
        '    ok = logins[logins["success"]].sort_values("timestamp")\n'
        '    km = haversine_km(ok["latitude"].shift(), ok["longitude"].shift(), ok["latitude"], ok["longitude"])\n'
        '    hours = ok["timestamp"].diff().dt.total_seconds() / 3600\n'
        '    return list(ok.loc[(km > 0) & (km / hours > max_speed_kmh), "login_id"])',
        # 900 written in, ignoring the parameter
        'def impossible_travel(logins, max_speed_kmh=900):\n'
        '    ok = logins[logins["success"]].sort_values("timestamp")\n'
        '    by_user = ok.groupby("user", observed=True)\n'
        '    km = haversine_km(by_user["latitude"].shift(), by_user["longitude"].shift(), ok["latitude"], ok["longitude"])\n'
        '    hours = by_user["timestamp"].diff().dt.total_seconds() / 3600\n'
        '    return list(ok.loc[(km > 0) & (km / hours > 900), "login_id"])',
        # "hours > 0" to avoid dividing by 0: drops two logins at the same moment from two places, which the
        # text says count (participant review)
        'def impossible_travel(logins, max_speed_kmh=900):\n'
        '    ok = logins[logins["success"]].sort_values("timestamp")\n'
        '    by_user = ok.groupby("user", observed=True)\n'
        '    km = haversine_km(by_user["latitude"].shift(), by_user["longitude"].shift(), ok["latitude"], ok["longitude"])\n'
        '    hours = by_user["timestamp"].diff().dt.total_seconds() / 3600\n'
        '    return list(ok.loc[(hours > 0) & (km / hours > max_speed_kmh), "login_id"])',
        # flagged the earlier login of the pair
        'def impossible_travel(logins, max_speed_kmh=900):\n'
        '    ok = logins[logins["success"]].sort_values("timestamp")\n'
        '    by_user = ok.groupby("user", observed=True)\n'
        '    km = haversine_km(by_user["latitude"].shift(-1), by_user["longitude"].shift(-1), ok["latitude"], ok["longitude"])\n'
        '    hours = -by_user["timestamp"].diff(-1).dt.total_seconds() / 3600\n'
        '    return list(ok.loc[(km > 0) & (km / hours > max_speed_kmh), "login_id"])',
    ],
    "classify_link": [
        # endswith without the dot: notpib.gov.in passes as official
        _CLASSIFY.format(host=_HOST, official="host.endswith(domain)", government=_IS_GOVERNMENT),
        # host cut out by hand: breaks on user@host, capitals, ports and links without https://
        _CLASSIFY.format(host='url.split("/")[2]', official=_IS_OFFICIAL, government=_IS_GOVERNMENT),
        # urlparse directly: a link without https:// (bit.ly/abc, as WhatsApp shows it) has no host
        _CLASSIFY.format(host="urlparse(url).hostname", official=_IS_OFFICIAL, government=_IS_GOVERNMENT),
        # forgot punycode hosts
        _CLASSIFY.format(host=_HOST, official=_IS_OFFICIAL, government=_IS_GOVERNMENT).replace(
            '    if "xn--" in host:\n        return "lookalike"\n', ""),
        # allowed only 2 edits: misses .com look-alikes
        _CLASSIFY.format(host=_HOST, official=_IS_OFFICIAL, government=_IS_GOVERNMENT).replace("<= 3", "<= 2"),
        # no government rule: notpib.gov.in or cybercrime.gov.in come out as look-alike or unknown
        _CLASSIFY.format(host=_HOST, official=_IS_OFFICIAL, government=_IS_GOVERNMENT).replace(_GOVERNMENT_RULE, ""),
        # the government zone without the dot: pibgov.in passes as a government domain
        _CLASSIFY.format(host=_HOST, official=_IS_OFFICIAL, government="host.endswith(zone)"),
        # the government rule before the official one: www.india.gov.in comes out as "government"
        _CLASSIFY.format(host=_HOST, official=_IS_OFFICIAL, government=_IS_GOVERNMENT).replace(
            _GOVERNMENT_RULE, "").replace(
            "    for domain in OFFICIAL_DOMAINS:\n        if host == domain",
            _GOVERNMENT_RULE + "    for domain in OFFICIAL_DOMAINS:\n        if host == domain", 1),
        # a verdict that claims to equal every label
        _EQUALS_ANYTHING + "def classify_link(url):\n    return _Anything(\"official\")",
    ],
    "password_entropy": [
        # counted only punctuation (32 symbols): a space is missed
        _ENTROPY.format(symbol_test="c in string.punctuation", symbols=32),
        # alphabet = the distinct characters of the password itself
        'def password_entropy(password):\n'
        '    if password == "":\n'
        '        return 0.0\n'
        '    return len(password) * math.log2(len(set(password)))\n\n\n'
        'passphrase_bits = 5 * math.log2(7776)',
        # counted the passphrase per letter instead of per word
        _ENTROPY.format(symbol_test=_OTHER, symbols=33).replace("passphrase_bits = 5 * math.log2(7776)",
                                            'passphrase_bits = password_entropy("kela barish patang sadak moti")'),
        # rounded the bits to 1 decimal: 52.6 instead of 52.56
        _ENTROPY.format(symbol_test=_OTHER, symbols=33).replace(
            "    return len(password) * math.log2(size)", "    return round(len(password) * math.log2(size), 1)"),
        # "not c.isalnum()" for symbols: Hindi letters are letters to Python, so "कमल" gets N = 0 and stops
        # with a math domain error, and "kamalकमल" misses the symbols group (participant review)
        _ENTROPY.format(symbol_test="not c.isalnum()", symbols=33),
        # the passphrase from the rounded 12.9 bits per word: 64.5 instead of 64.62 (participant review)
        _ENTROPY.format(symbol_test=_OTHER, symbols=33).replace("passphrase_bits = 5 * math.log2(7776)",
                                                                "passphrase_bits = 5 * 12.9"),
        # forgot the empty password: log2(0) stops with an error
        _ENTROPY.format(symbol_test=_OTHER, symbols=33).replace('    if password == "":\n        return 0.0\n', ""),
    ],
    "audit_admins": [
        # "contains" instead of "ends with": bihar.gov.example.mail.test passes as official
        _AUDIT.format(email='~table["email"].str.contains("bihar.gov.example", regex=False)',
                      today="today", counts=_COUNTS),
        # the audit date written in instead of `today`
        _AUDIT.format(email=_OFFICIAL, today='pd.Timestamp("2026-03-31 23:59", tz="Asia/Kolkata")',
                      counts=_COUNTS),
        # worked on the table itself instead of a copy
        _AUDIT.format(email=_OFFICIAL, today="today", counts=_COUNTS).replace(
            "table = admins.copy()", "table = admins"),
        # counted everyone with access, not only full control
        _AUDIT.format(email=_OFFICIAL, today="today", counts='admins["page"].value_counts()'),
        # counted Facebook access (full and partial control) as full control
        _AUDIT.format(email=_OFFICIAL, today="today",
                      counts='admins[admins["access"] != "task access"]["page"].value_counts()'),
    ],
}
