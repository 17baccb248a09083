"""Right answers for 07-cyber-security: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
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
    ],
    "failure_bursts": [
        # the text's other spelling: the column grouped by another column; drop_duplicates().tolist()
        "def failure_bursts(logins, min_failures=10, window_minutes=10):\n"
        '    failed = logins[logins["success"] == False].sort_values("timestamp")\n'
        '    gap = failed["timestamp"].groupby(failed["ip"]).diff(min_failures - 1)\n'
        '    return failed.loc[gap <= pd.Timedelta(minutes=window_minutes), "ip"].drop_duplicates().tolist()',
        # a loop over the addresses and their sorted failure times
        "def failure_bursts(logins, min_failures=10, window_minutes=10):\n"
        '    failed = logins[~logins["success"]]\n'
        "    window = pd.Timedelta(minutes=window_minutes)\n"
        "    found = []\n"
        '    for ip, rows in failed.groupby("ip", observed=True):\n'
        '        times = sorted(rows["timestamp"])\n'
        "        for k in range(min_failures - 1, len(times)):\n"
        "            if times[k] - times[k - (min_failures - 1)] <= window:\n"
        "                found.append(str(ip))\n"
        "                break\n"
        "    return found",
        # the gap as a new column, the addresses as a set turned into a list
        "def failure_bursts(logins, min_failures=10, window_minutes=10):\n"
        '    failed = logins[~logins["success"]].sort_values("timestamp").copy()\n'
        '    failed["gap"] = failed.groupby("ip")["timestamp"].diff(min_failures - 1)\n'
        '    bursts = failed[failed["gap"] <= pd.Timedelta(minutes=window_minutes)]\n'
        '    return list(set(bursts["ip"]))',
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
    "haversine_km": [
        # np.deg2rad, the differences in their own names
        "def haversine_km(lat1, lon1, lat2, lon2):\n"
        "    phi1, phi2 = np.deg2rad(lat1), np.deg2rad(lat2)\n"
        "    dphi = np.deg2rad(lat2 - lat1)\n"
        "    dlambda = np.deg2rad(lon2 - lon1)\n"
        "    a = np.sin(dphi / 2) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(dlambda / 2) ** 2\n"
        "    return 2 * 6371 * np.arcsin(np.sqrt(a))",
        # R as a name, the square written as a product, ** 0.5 for the root
        "R = 6371\n\n\n"
        "def haversine_km(lat1, lon1, lat2, lon2):\n"
        "    lat1 = np.radians(lat1)\n    lon1 = np.radians(lon1)\n"
        "    lat2 = np.radians(lat2)\n    lon2 = np.radians(lon2)\n"
        "    s_lat = np.sin((lat2 - lat1) / 2)\n    s_lon = np.sin((lon2 - lon1) / 2)\n"
        "    a = s_lat * s_lat + np.cos(lat1) * np.cos(lat2) * s_lon * s_lon\n"
        "    return 2 * R * np.arcsin(a ** 0.5)",
        # the arctan2 form of the same formula
        "def haversine_km(lat1, lon1, lat2, lon2):\n"
        "    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))\n"
        "    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2\n"
        "    return 2 * 6371 * np.arctan2(np.sqrt(a), np.sqrt(1 - a))",
    ],
    "impossible_travel": [
        # exactly as the hints say, by someone whose haversine_km (Exercise 4) forgot the factor 2: the hidden
        # tests give impossible_travel a correct distance, so Exercise 4's mistake is not charged twice here
        # (participant review); on our log the visible check still finds the planted login
        "def haversine_km(lat1, lon1, lat2, lon2):\n"
        "    lat1, lon1, lat2, lon2 = np.radians(lat1), np.radians(lon1), np.radians(lat2), np.radians(lon2)\n"
        "    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2\n"
        "    return 6371 * np.arcsin(np.sqrt(a))\n\n\n"
        "def impossible_travel(logins, max_speed_kmh=900):\n"
        '    ok = logins[logins["success"]].sort_values("timestamp")\n'
        '    by_user = ok.groupby("user", observed=True)\n'
        '    prev_lat = by_user["latitude"].shift()\n'
        '    prev_lon = by_user["longitude"].shift()\n'
        '    km = haversine_km(prev_lat, prev_lon, ok["latitude"], ok["longitude"])\n'
        '    hours = by_user["timestamp"].diff().dt.total_seconds() / 3600\n'
        "    speed = km / hours\n"
        "    too_fast = (km > 0) & (speed > max_speed_kmh)\n"
        '    return list(ok.loc[too_fast, "login_id"])',
        # new columns on a copy, the speed in its own column
        "def impossible_travel(logins, max_speed_kmh=900):\n"
        '    ok = logins[logins["success"]].sort_values("timestamp").copy()\n'
        '    ok["prev_lat"] = ok.groupby("user", observed=True)["latitude"].shift()\n'
        '    ok["prev_lon"] = ok.groupby("user", observed=True)["longitude"].shift()\n'
        '    ok["km"] = haversine_km(ok["prev_lat"], ok["prev_lon"], ok["latitude"], ok["longitude"])\n'
        '    ok["hours"] = ok.groupby("user", observed=True)["timestamp"].diff().dt.total_seconds() / 3600\n'
        '    ok["speed"] = ok["km"] / ok["hours"]\n'
        '    return ok.loc[(ok["km"] > 0) & (ok["speed"] > max_speed_kmh), "login_id"].tolist()',
        # a loop over each user's logins, pair by pair
        "def impossible_travel(logins, max_speed_kmh=900):\n"
        '    ok = logins[logins["success"]].sort_values("timestamp")\n'
        "    flagged = []\n"
        '    for _user, mine in ok.groupby("user", observed=True):\n'
        "        rows = list(mine.itertuples())\n"
        "        for before, after in zip(rows, rows[1:]):\n"
        "            km = haversine_km(before.latitude, before.longitude, after.latitude, after.longitude)\n"
        "            hours = (after.timestamp - before.timestamp).total_seconds() / 3600\n"
        "            if km > 0 and (hours == 0 or km / hours > max_speed_kmh):\n"
        "                flagged.append(after.login_id)\n"
        "    return flagged",
        # "same place" read as the same coordinates
        "def impossible_travel(logins, max_speed_kmh=900):\n"
        '    ok = logins[logins["success"]].sort_values("timestamp")\n'
        '    by_user = ok.groupby("user", observed=True)\n'
        '    prev_lat, prev_lon = by_user["latitude"].shift(), by_user["longitude"].shift()\n'
        '    moved = (ok["latitude"] != prev_lat) | (ok["longitude"] != prev_lon)\n'
        '    km = haversine_km(prev_lat, prev_lon, ok["latitude"], ok["longitude"])\n'
        '    hours = by_user["timestamp"].diff().dt.total_seconds() / 3600\n'
        '    return list(ok[moved & (km / hours > max_speed_kmh)]["login_id"])',
    ],
    "classify_link": [
        # any() for the official, government and look-alike tests
        "def classify_link(url):\n"
        "    host = host_of(url)\n"
        "    if host in SHORTENERS:\n"
        '        return "shortened"\n'
        '    if any(host == d or host.endswith("." + d) for d in OFFICIAL_DOMAINS):\n'
        '        return "official"\n'
        '    if any(host == z or host.endswith("." + z) for z in GOVERNMENT_ZONES):\n'
        '        return "government"\n'
        '    if "xn--" in host or any(host.startswith(d + ".") for d in OFFICIAL_DOMAINS):\n'
        '        return "lookalike"\n'
        "    if min(levenshtein(host, d) for d in OFFICIAL_DOMAINS) <= 3:\n"
        '        return "lookalike"\n'
        '    return "unknown"',
        # one verdict name, elif chain; the scheme added by hand before urlparse
        "def classify_link(url):\n"
        '    if "://" not in url:\n'
        '        url = "https://" + url\n'
        "    host = urlparse(url).hostname\n"
        "    official = False\n"
        "    for domain in OFFICIAL_DOMAINS:\n"
        '        if host == domain or host.endswith("." + domain):\n'
        "            official = True\n"
        "    government = False\n"
        "    for zone in GOVERNMENT_ZONES:\n"
        '        if host == zone or host.endswith("." + zone):\n'
        "            government = True\n"
        "    lookalike = False\n"
        "    for domain in OFFICIAL_DOMAINS:\n"
        '        if "xn--" in host or host.startswith(domain + ".") or levenshtein(host, domain) <= 3:\n'
        "            lookalike = True\n"
        "    if host in SHORTENERS:\n"
        '        verdict = "shortened"\n'
        "    elif official:\n"
        '        verdict = "official"\n'
        "    elif government:\n"
        '        verdict = "government"\n'
        "    elif lookalike:\n"
        '        verdict = "lookalike"\n'
        "    else:\n"
        '        verdict = "unknown"\n'
        "    return verdict",
        # small helper functions, the rules then read like the text; the zones split on the dots
        "def is_official(host):\n"
        '    return any(host == d or host.endswith("." + d) for d in OFFICIAL_DOMAINS)\n\n\n'
        "def is_government(host):\n"
        '    labels = host.split(".")\n'
        '    return labels[-2:] in (["gov", "in"], ["nic", "in"])\n\n\n'
        "def looks_official(host):\n"
        '    if "xn--" in host:\n'
        "        return True\n"
        "    for d in OFFICIAL_DOMAINS:\n"
        '        if host.startswith(d + ".") or levenshtein(host, d) <= 3:\n'
        "            return True\n"
        "    return False\n\n\n"
        "def classify_link(url):\n"
        "    host = host_of(url)\n"
        "    if host in SHORTENERS:\n"
        '        return "shortened"\n'
        "    if is_official(host):\n"
        '        return "official"\n'
        "    if is_government(host):\n"
        '        return "government"\n'
        "    if looks_official(host):\n"
        '        return "lookalike"\n'
        '    return "unknown"',
    ],
    "password_entropy": [
        # a set of the characters and set intersections; not password for the empty case
        "import string\n\n\n"
        "def password_entropy(password):\n"
        "    if not password:\n"
        "        return 0.0\n"
        "    chars = set(password)\n"
        "    size = 0\n"
        "    if chars & set(string.ascii_lowercase):\n"
        "        size += 26\n"
        "    if chars & set(string.ascii_uppercase):\n"
        "        size += 26\n"
        "    if chars & set(string.digits):\n"
        "        size += 10\n"
        "    if chars - set(string.ascii_letters + string.digits):\n"
        "        size += 33\n"
        "    return len(password) * math.log2(size)\n\n\n"
        "passphrase_bits = math.log2(7776) * 5",
        # character ranges compared directly, one loop over the characters
        "import string\n\n\n"
        "def password_entropy(password):\n"
        "    lower = upper = digit = other = False\n"
        "    for c in password:\n"
        '        if "a" <= c <= "z":\n'
        "            lower = True\n"
        '        elif "A" <= c <= "Z":\n'
        "            upper = True\n"
        '        elif "0" <= c <= "9":\n'
        "            digit = True\n"
        "        else:\n"
        "            other = True\n"
        "    size = 26 * lower + 26 * upper + 10 * digit + 33 * other\n"
        "    if size == 0:\n"
        "        return 0.0\n"
        "    return len(password) * math.log2(size)\n\n\n"
        "passphrase_bits = 5 * math.log(7776, 2)",
        # regular expressions for the groups; the passphrase as log2 of all the combinations
        "import re\nimport string\n\n\n"
        "def password_entropy(password):\n"
        "    if len(password) == 0:\n"
        "        return 0.0\n"
        "    size = 0\n"
        '    if re.search("[a-z]", password):\n'
        "        size = size + 26\n"
        '    if re.search("[A-Z]", password):\n'
        "        size = size + 26\n"
        '    if re.search("[0-9]", password):\n'
        "        size = size + 10\n"
        '    if re.search("[^a-zA-Z0-9]", password):\n'
        "        size = size + 33\n"
        "    return len(password) * math.log2(size)\n\n\n"
        "passphrase_bits = math.log2(7776 ** 5)",
    ],
    "audit_admins": [
        # the hint's astype(int) sum, == False, the time since last active
        "def audit_admins(admins, today):\n"
        "    table = admins.copy()\n"
        '    table["no_2fa"] = table["two_factor"] == False\n'
        '    table["personal_email"] = ~table["email"].str.endswith("@bihar.gov.example")\n'
        '    table["inactive_90d"] = (today - table["last_active"]) > pd.Timedelta(days=90)\n'
        '    table["departed"] = table["status"].ne("serving")\n'
        '    table["issues"] = (table["no_2fa"].astype(int) + table["personal_email"].astype(int)\n'
        '                       + table["inactive_90d"].astype(int) + table["departed"].astype(int))\n'
        "    return table\n\n\n"
        'full_control_counts = admins.query(\'access == "full control"\')["page"].value_counts()',
        # assign() makes the copy; issues from a list of the flag names
        "FLAGS = [\"no_2fa\", \"personal_email\", \"inactive_90d\", \"departed\"]\n\n\n"
        "def audit_admins(admins, today):\n"
        "    table = admins.assign(\n"
        '        no_2fa=~admins["two_factor"],\n'
        '        personal_email=~admins["email"].str.endswith("@bihar.gov.example"),\n'
        '        inactive_90d=admins["last_active"] < today - pd.Timedelta(days=90),\n'
        '        departed=admins["status"] != "serving",\n'
        "    )\n"
        '    table["issues"] = table[FLAGS].sum(axis=1).astype(int)\n'
        "    return table\n\n\n"
        "# .loc with a condition and a column; .eq() for ==\n"
        'full_control_counts = admins.loc[admins["access"].eq("full control"), "page"].value_counts()',
        # the solution's audit; the counts with groupby + size, sorted
        "def audit_admins(admins, today):\n"
        "    table = admins.copy()\n"
        '    table["no_2fa"] = ~table["two_factor"]\n'
        '    table["personal_email"] = ~table["email"].str.endswith("@bihar.gov.example")\n'
        '    table["inactive_90d"] = table["last_active"] < today - pd.Timedelta(days=90)\n'
        '    table["departed"] = table["status"] != "serving"\n'
        '    table["issues"] = table[["no_2fa", "personal_email", "inactive_90d", "departed"]].sum(axis=1)\n'
        "    return table\n\n\n"
        'full = admins[admins["access"] == "full control"]\n'
        'full_control_counts = full.groupby("page").size().sort_values(ascending=False)',
    ],
}
