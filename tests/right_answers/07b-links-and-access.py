"""Right answers for 07b-links-and-access: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them). A decision (Exercises 2, 4
and 5) may be written as its letter in any case, with brackets or "option", or as the option's words.
"""

RIGHT_ANSWERS = {
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
        # the host cut out of the text by hand, carefully: after "//", before "/", after "@", before ":", lowercased
        "def classify_link(url):\n"
        '    host = url.split("//")[-1].split("/")[0].split("@")[-1].split(":")[0].lower()\n'
        "    if host in SHORTENERS:\n"
        '        return "shortened"\n'
        "    for domain in OFFICIAL_DOMAINS:\n"
        '        if host == domain or host.endswith("." + domain):\n'
        '            return "official"\n'
        "    for zone in GOVERNMENT_ZONES:\n"
        '        if host == zone or host.endswith("." + zone):\n'
        '            return "government"\n'
        '    if "xn--" in host:\n'
        '        return "lookalike"\n'
        "    for domain in OFFICIAL_DOMAINS:\n"
        '        if host.startswith(domain + ".") or levenshtein(host, domain) <= 3:\n'
        '            return "lookalike"\n'
        '    return "unknown"',
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
    "link_action": [
        'link_action = "c"',  # lower case
        'link_action = "(C)"',  # in brackets, as the options are shown
        'link_action = "Option C."',  # the word and a full stop
        'link_action = "check the page in the app yourself, report the message"',  # the option's words, pasted
    ],
    "siwan_action": [
        'siwan_action = "b"',  # lower case
        'siwan_action = "(B)"',  # in brackets, as the options are shown
        'siwan_action = "Option B."',  # the word and a full stop
        'siwan_action = "remove her today, a second serving officer gets full control, IT checks her account"',  # the option's words, pasted
    ],
    "takeover_action": [
        'takeover_action = "a"',  # lower case
        'takeover_action = "(A)"',  # in brackets, as the options are shown
        'takeover_action = "Option A."',  # the word and a full stop
        'takeover_action = "secure the page, keep evidence, correct it publicly, report to CERT-In"',  # the option's words, pasted
    ],
}
