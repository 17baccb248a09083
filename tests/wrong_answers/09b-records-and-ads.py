"""Plausible wrong answers for 09b-records-and-ads: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
`correction` and `boost_decision` moved here from 09-digital-governance with their answers.
"""

_CHANGED = "def changed_posts(table):\n"
_CODE = "def achievement_in_code(table):\n"
_MISSING = "def missing_disclaimer(table):\n"
_EXPORT = "def export_month(table, start, end):\n"
_WRITE = ('    name = "post_archive_" + start.strftime("%Y-%m") + ".csv"\n'
          '    rows.to_csv(name, index=False)\n    return name')

WRONG_ANSWERS = {
    "changed_posts": [
        # every changed row: a post edited twice is listed twice
        _CHANGED + '    return sorted(table.loc[table["change"] != "none", "post_id"])',
        # the edits only: deletions forgotten
        _CHANGED + '    return sorted(table.loc[table["change"] == "edited", "post_id"].unique())',
        # the originals instead of the changes
        _CHANGED + '    return sorted(table.loc[table["change"] == "none", "post_id"].unique())',
        # not a list: the array .unique() gives
        _CHANGED + '    return table.loc[table["change"] != "none", "post_id"].unique()',
        # each changed post once but not sorted: right only when the table happens to be in alphabetical order
        _CHANGED + '    return list(table[table.change != "none"].post_id.unique())',
        # a list that claims to equal every list
        "class Anything(list):\n    def __eq__(self, other):\n        return True\n\n\n"
        + _CHANGED + '    return Anything(["AR-001"])',
    ],
    "export_month": [
        # filtered on the publication date: March edits of February posts left out
        _EXPORT + '    rows = table[(table["published_at"] >= start) & (table["published_at"] < end)]\n' + _WRITE,
        # up to the last day at midnight: the evening of 31 March lost
        _EXPORT + '    last = end - pd.Timedelta(days=1)\n'
                  '    rows = table[(table["version_at"] >= start) & (table["version_at"] <= last)]\n' + _WRITE,
        # the whole table
        _EXPORT + '    rows = table\n' + _WRITE,
        # up to and including end: a version made at midnight on the 1st of the next month slips in
        _EXPORT + '    rows = table[(table["version_at"] >= start) & (table["version_at"] <= end)]\n' + _WRITE,
        # after the start, not on it: a version made at midnight on the 1st is left out
        _EXPORT + '    rows = table[(table["version_at"] > start) & (table["version_at"] < end)]\n' + _WRITE,
        # between() includes both ends by default: midnight on the 1st of the next month slips in
        _EXPORT + '    rows = table[table["version_at"].between(start, end)]\n' + _WRITE,
        # a name without the month
        _EXPORT + '    rows = table[(table["version_at"] >= start) & (table["version_at"] < end)]\n'
                  '    rows.to_csv("post_archive.csv", index=False)\n    return "post_archive.csv"',
        # the row numbers written as a first column
        _EXPORT + '    rows = table[(table["version_at"] >= start) & (table["version_at"] < end)]\n'
                  '    name = "post_archive_" + start.strftime("%Y-%m") + ".csv"\n'
                  '    rows.to_csv(name)\n    return name',
        # the name given back, the file never written
        _EXPORT + '    return "post_archive_" + start.strftime("%Y-%m") + ".csv"',
        # the rows given back instead of the file's name
        _EXPORT + '    rows = table[(table["version_at"] >= start) & (table["version_at"] < end)]\n'
                  '    rows.to_csv("post_archive_" + start.strftime("%Y-%m") + ".csv", index=False)\n    return rows',
    ],
    "deleted_request": ['deleted_request = "B"', 'deleted_request = "C"', 'deleted_request = "D"'],
    "correction": ['correction = "A"', 'correction = "B"', 'correction = "C"'],
    "boost_decision": ['boost_decision = "A"', 'boost_decision = "C"', 'boost_decision = "D"'],
    "achievement_in_code": [
        # only the boosts that started under the Code
        "from course.governance import mcc_in_force\n\n\n"
        + _CODE + '    started = table["start"].map(mcc_in_force)\n'
                  '    return list(table.loc[started & (table["topic"] == "scheme achievement"), "ad_id"])',
        # every boost that ran under the Code, whatever its topic
        _CODE + '    return list(table.loc[mcc_overlap(table["start"], table["end"]), "ad_id"])',
        # achievement boosts, whenever they ran
        _CODE + '    return list(table.loc[table["topic"] == "scheme achievement", "ad_id"])',
        # the notebook's in_code column, which the table it receives does not have
        _CODE + '    keep = table["in_code"] & (table["topic"] == "scheme achievement")\n'
                '    return list(table.loc[keep, "ad_id"])',
        # the notebook's ledger["in_code"] read inside the function
        _CODE + '    keep = ledger["in_code"] & (table["topic"] == "scheme achievement")\n'
                '    return list(table.loc[keep, "ad_id"])',
        # a boost counted only if its start or its end falls inside the Code: one that ran right through it is missed
        "from course.governance import mcc_in_force\n\n\n"
        + _CODE + '    inside = table["start"].map(mcc_in_force) | table["end"].map(mcc_in_force)\n'
                  '    return list(table.loc[inside & (table["topic"] == "scheme achievement"), "ad_id"])',
        # only the boosts that ended under the Code
        "from course.governance import mcc_in_force\n\n\n"
        + _CODE + '    ended = table["end"].map(mcc_in_force)\n'
                  '    return list(table.loc[ended & (table["topic"] == "scheme achievement"), "ad_id"])',
    ],
    "missing_disclaimer": [
        # every ad without a disclaimer, safety alerts included
        _MISSING + '    return list(table.loc[table["disclaimer"].isna(), "ad_id"])',
        # the ads that carry one
        _MISSING + '    return list(table.loc[table["topic"].isin(NEEDS) & table["disclaimer"].notna(), "ad_id"])',
        # an empty text instead of a missing value: nothing found
        _MISSING + '    return list(table.loc[table["topic"].isin(NEEDS) & (table["disclaimer"] == ""), "ad_id"])',
        # the social_issue_ad column instead of the topic: the undeclared ads are exactly the ones missed
        _MISSING + '    return list(table.loc[table["social_issue_ad"] & table["disclaimer"].isna(), "ad_id"])',
        # only voter awareness
        _MISSING + '    keep = (table["topic"] == "voter awareness") & table["disclaimer"].isna()\n'
                   '    return list(table.loc[keep, "ad_id"])',
    ],
}
