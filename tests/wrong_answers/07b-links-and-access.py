"""Plausible wrong answers for 07b-links-and-access: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

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
        # no "official domain followed by another domain" rule: pib.gov.in.account-help.example is "unknown"
        _CLASSIFY.format(host=_HOST, official=_IS_OFFICIAL, government=_IS_GOVERNMENT).replace(
            'host.startswith(domain + ".") or ', ""),
        # neither the xn-- rule nor the "followed by another domain" rule (participant review: was ✅ visibly)
        _CLASSIFY.format(host=_HOST, official=_IS_OFFICIAL, government=_IS_GOVERNMENT).replace(
            '    if "xn--" in host:\n        return "lookalike"\n', "").replace('host.startswith(domain + ".") or ', ""),
        # return "unknown" inside the look-alike loop: gives up after the first official domain
        _CLASSIFY.format(host=_HOST, official=_IS_OFFICIAL, government=_IS_GOVERNMENT).replace(
            '            return "lookalike"\n    return "unknown"',
            '            return "lookalike"\n        return "unknown"'),
        # `else: break` inside the official loop: stops after the first domain (participant review: the message
        # blamed the order of the rules)
        _CLASSIFY.format(host=_HOST, official=_IS_OFFICIAL, government=_IS_GOVERNMENT).replace(
            '            return "official"\n', '            return "official"\n        else:\n            break\n', 1),
        # host cut out of the text by hand (participant review: was ✅ visibly): capitals and a port like :443 stay
        _CLASSIFY.format(host='url.split("//")[-1].split("/")[0]', official=_IS_OFFICIAL, government=_IS_GOVERNMENT),
        # a verdict that claims to equal every label
        _EQUALS_ANYTHING + "def classify_link(url):\n    return _Anything(\"official\")",
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
        # the comparison the wrong way round: flags the people active in the last 90 days (participant review)
        _AUDIT.format(email=_OFFICIAL, today="today", counts=_COUNTS).replace(
            'table["last_active"] < today', 'table["last_active"] > today'),
        # issues adds only three of the four flags (participant review)
        _AUDIT.format(email=_OFFICIAL, today="today", counts=_COUNTS).replace(
            '[["no_2fa", "personal_email", "inactive_90d", "departed"]]', '[["no_2fa", "personal_email", "departed"]]'),
        # issues adds only three of the four flags, departed left out (participant review: was blamed on inactive_90d)
        _AUDIT.format(email=_OFFICIAL, today="today", counts=_COUNTS).replace(
            '[["no_2fa", "personal_email", "inactive_90d", "departed"]]', '[["no_2fa", "personal_email", "inactive_90d"]]'),
        # a right audit, but the counts as a table (.to_frame()): only the counts' point is lost (participant review)
        _AUDIT.format(email=_OFFICIAL, today="today", counts=_COUNTS + ".to_frame()"),
        # the counts not sorted, biggest first (participant review: the hidden test gave its points)
        _AUDIT.format(email=_OFFICIAL, today="today",
                      counts='admins[admins["access"] == "full control"].groupby("page", observed=True).size()'),
        _AUDIT.format(email=_OFFICIAL, today="today",
                      counts='admins[admins["access"] == "full control"].groupby("page")["person"].count()'),
        # counted everyone with access, not only full control
        _AUDIT.format(email=_OFFICIAL, today="today", counts='admins["page"].value_counts()'),
        # counted Facebook access (full and partial control) as full control
        _AUDIT.format(email=_OFFICIAL, today="today",
                      counts='admins[admins["access"] != "task access"]["page"].value_counts()'),
        # issues with + between the True/False columns: pandas gives True/False ("or"), not a count (participant
        # review: the message said "add up the four columns", which they had done)
        _AUDIT.format(email=_OFFICIAL, today="today", counts=_COUNTS).replace(
            'table[["no_2fa", "personal_email", "inactive_90d", "departed"]].sum(axis=1)',
            'table["no_2fa"] + table["personal_email"] + table["inactive_90d"] + table["departed"]'),
    ],
    "link_action": [  # every letter but the defensible one
        'link_action = "A"',  # opens the phishing link 'just to look'
        'link_action = "B"',  # acts on the 24-hour threat
        'link_action = "D"',  # asks the scammer for proof
    ],
    "siwan_action": [  # every letter but the defensible one
        'siwan_action = "A"',  # keeps a departed officer on the page
        'siwan_action = "C"',  # waits for the quarterly review
        'siwan_action = "D"',  # more people with full control
    ],
    "takeover_action": [  # every letter but the defensible one
        'takeover_action = "B"',  # tells nobody: no correction, no report to CERT-In
        'takeover_action = "C"',  # reports only after the investigation: misses the 6 hours
        'takeover_action = "D"',  # deletes the page and the evidence
    ],
}

_COUNTS_RIGHT = "full_control_counts is right and earns its own point; only the function audit_admins is wrong"
_AUDIT_RIGHT = "audit_admins is right and earns its 3 points; only full_control_counts is wrong"
# Wrong answers that keep part of an exercise's points because part of the work is right.
PARTIAL = {
    "audit_admins": {1: _COUNTS_RIGHT, 2: _COUNTS_RIGHT, 3: _COUNTS_RIGHT, 4: _COUNTS_RIGHT, 5: _COUNTS_RIGHT,
                     6: _COUNTS_RIGHT, 7: _AUDIT_RIGHT, 8: _AUDIT_RIGHT, 9: _AUDIT_RIGHT, 10: _AUDIT_RIGHT,
                     11: _AUDIT_RIGHT, 12: _COUNTS_RIGHT},
}
