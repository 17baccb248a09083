"""Right answers for 09b-records-and-ads: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them). `correction` and
`boost_decision` moved here from 09-digital-governance with their answers.
"""

_CHANGED = "def changed_posts(table):\n"
_CODE = "def achievement_in_code(table):\n"
_MISSING = "def missing_disclaimer(table):\n"
_EXPORT = "def export_month(table, start, end):\n"

RIGHT_ANSWERS = {
    "changed_posts": [
        # isin on the two kinds, then a set sorted
        _CHANGED + '    rows = table[table["change"].isin(["edited", "deleted"])]\n'
                   '    return sorted(set(rows["post_id"]))',
        # drop_duplicates and sort_values, then a list
        _CHANGED + '    rows = table.loc[table["change"] != "none", ["post_id"]].drop_duplicates()\n'
                   '    return rows.sort_values("post_id")["post_id"].tolist()',
        # the versions after the first: version 2, 3... are the later versions
        _CHANGED + '    return sorted(table[table["version"] > 1]["post_id"].unique())',
        # drop_duplicates and sort_values on the column, then list(...)
        _CHANGED + '    changed = table[table["change"] != "none"]\n'
                   '    return list(changed["post_id"].drop_duplicates().sort_values())',
        # a loop
        _CHANGED + '    ids = []\n    for pid, change in zip(table["post_id"], table["change"]):\n'
                   '        if change != "none" and pid not in ids:\n            ids.append(pid)\n'
                   '    return sorted(ids)',
    ],
    "export_month": [
        # between, with an end just before the next month
        _EXPORT + '    keep = table["version_at"].between(start, end - pd.Timedelta(seconds=1))\n'
                  '    name = "post_archive_" + start.strftime("%Y-%m") + ".csv"\n'
                  '    table[keep].to_csv(name, index=False)\n    return name',
        # an f-string for the name
        _EXPORT + '    month = start.strftime("%Y-%m")\n'
                  '    rows = table[(table["version_at"] >= start) & (table["version_at"] < end)]\n'
                  '    rows.to_csv(f"post_archive_{month}.csv", index=False)\n'
                  '    return f"post_archive_{month}.csv"',
        # the month of each version compared as text (a version at midnight on the 1st belongs to that 1st's month)
        _EXPORT + '    month = start.strftime("%Y-%m")\n'
                  '    rows = table[table["version_at"].dt.strftime("%Y-%m") == month]\n'
                  '    name = "post_archive_" + month + ".csv"\n'
                  '    rows.to_csv(name, index=False)\n    return name',
        # between with inclusive="left": from start, not including end
        _EXPORT + '    rows = table[table["version_at"].between(start, end, inclusive="left")]\n'
                  '    name = "post_archive_" + start.strftime("%Y-%m") + ".csv"\n'
                  '    rows.to_csv(name, index=False)\n    return name',
        # two steps
        _EXPORT + '    after_start = table[table["version_at"] >= start]\n'
                  '    month = after_start[after_start["version_at"] < end]\n'
                  '    file_name = "post_archive_" + str(start)[:7] + ".csv"\n'
                  '    month.to_csv(file_name, index=False)\n    return file_name',
    ],
    "deleted_request": ['deleted_request = "a"', 'deleted_request = "(A)"',
                        'deleted_request = "A, because the archive still holds it"'],
    "correction": ['correction = "d"', 'correction = " D "', 'correction = "correct in the open, keep the original"'],
    "boost_decision": ['boost_decision = "b"', 'boost_decision = "(b)"'],
    "achievement_in_code": [
        # the overlap written out with the Code's two dates
        "from course.governance import MCC_BIHAR_2025\n\n\n"
        + _CODE + '    first, last = MCC_BIHAR_2025\n'
                  '    ran = (table["start"] <= last) & (table["end"] >= first)\n'
                  '    return table.loc[ran & (table["topic"] == "scheme achievement"), "ad_id"].tolist()',
        # topic first, then the helper, with .loc
        _CODE + '    ach = table[table["topic"] == "scheme achievement"]\n'
                '    return list(ach.loc[mcc_overlap(ach["start"], ach["end"]), "ad_id"])',
        # a loop over rows with the helper on one boost at a time
        _CODE + '    out = []\n    for ad, topic, s, e in zip(table["ad_id"], table["topic"], table["start"], table["end"]):\n'
                '        if topic == "scheme achievement" and mcc_overlap(s, e):\n            out.append(ad)\n'
                '    return out',
    ],
    "missing_disclaimer": [
        # notna negated
        _MISSING + '    rows = table[table["topic"].isin(NEEDS) & ~table["disclaimer"].notna()]\n'
                   '    return rows["ad_id"].tolist()',
        # two steps
        _MISSING + '    needed = table[table["topic"].isin(NEEDS)]\n'
                   '    return list(needed[needed["disclaimer"].isna()]["ad_id"])',
        # pd.isna and a list of topics written out
        _MISSING + '    topics = ["scheme achievement", "voter awareness", "health advisory"]\n'
                   '    keep = table["topic"].isin(topics) & pd.isna(table["disclaimer"])\n'
                   '    return list(table.loc[keep, "ad_id"])',
    ],
}
