"""Right answers for 03-audiences-and-content: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
    "followers_by_age": [
        'followers_by_age = audience.groupby("age_band")["followers"].agg("sum")',  # .agg("sum")
        # a pivot table, then its one column
        'followers_by_age = audience.pivot_table(index="age_band", values="followers", aggfunc="sum")["followers"]',
        # observed=True and an explicit sort by age band
        'followers_by_age = audience.groupby("age_band", observed=True)["followers"].sum().sort_index()',
    ],
    "segment_share": [
        # divided by the sum of the group totals (the same total), intermediate names
        "def segment_share(table, column):\n"
        '    totals = table.groupby(column)["followers"].sum()\n'
        "    shares = totals / totals.sum() * 100\n"
        "    return shares.sort_values(ascending=False)",
        # .div and nlargest of every row instead of sort_values
        "def segment_share(table, column):\n"
        '    totals = table.groupby(column)["followers"].sum()\n'
        '    shares = totals.div(table["followers"].sum()).mul(100)\n'
        "    return shares.nlargest(len(shares))",
        # smallest first, then reversed
        "def segment_share(table, column):\n"
        '    total = table["followers"].sum()\n'
        '    shares = 100 * table.groupby(column)["followers"].sum() / total\n'
        "    return shares.sort_values()[::-1]",
        # rounded to the 2 decimals the text asks for
        "def segment_share(table, column):\n"
        '    totals = table.groupby(column)["followers"].sum()\n'
        '    return (totals / table["followers"].sum() * 100).round(2).sort_values(ascending=False)',
    ],
    "second_language": [
        # a mask instead of drop, idxmax instead of index[0]
        "def second_language(table, district):\n"
        '    rows = table[table["district"] == district]\n'
        '    shares = segment_share(rows, "preferred_language")\n'
        '    return str(shares[shares.index != "Hindi"].idxmax())',
        # query and raw follower totals instead of shares
        "def second_language(table, district):\n"
        '    rows = table.query("district == @district")\n'
        '    totals = rows.groupby("preferred_language")["followers"].sum().drop("Hindi")\n'
        "    return str(totals.idxmax())",
        # a loop down the sorted shares
        "def second_language(table, district):\n"
        '    rows = table.loc[table["district"] == district]\n'
        '    for language in segment_share(rows, "preferred_language").index:\n'
        '        if language != "Hindi":\n'
        "            return str(language)",
    ],
    "source_choice": [
        'source_choice = "b"',  # small letter
        'source_choice = "(B)"',  # in brackets
        'source_choice = "a follower survey, checked against the census"',  # the option's words pasted
    ],
    "language_table": [
        # named aggregation on the frame
        "def language_table(posts, district):\n"
        '    mine = posts[posts["district"] == district]\n'
        '    table = mine.groupby("language").agg(posts=("post_id", "count"),\n'
        '                                         median_er=("engagement_rate", "median"))\n'
        '    return table.sort_values("median_er", ascending=False)',
        # a DataFrame built from two Series
        "def language_table(posts, district):\n"
        '    mine = posts.query("district == @district")\n'
        '    groups = mine.groupby("language")\n'
        '    table = pd.DataFrame({"posts": groups.size(), "median_er": groups["engagement_rate"].median()})\n'
        '    return table.sort_values(by="median_er", ascending=False)',
        # .loc filter, nlargest instead of sort_values
        "def language_table(posts, district):\n"
        '    mine = posts.loc[posts["district"] == district]\n'
        '    table = mine.groupby("language")["engagement_rate"].agg(["size", "median"])\n'
        '    table.columns = ["posts", "median_er"]\n'
        '    return table.nlargest(len(table), "median_er")',
        # the engagement rate computed from the raw counts, by the course's definition (review s28: lost the hidden
        # test's 2 points, whose small table had only engagement_rate)
        "def language_table(posts, district):\n"
        '    mine = posts[posts["district"] == district].copy()\n'
        '    mine["rate"] = (mine["reactions"] + mine["comments"] + mine["shares"] + mine["saves"]) / mine["reach"] * 100\n'
        '    table = mine.groupby("language")["rate"].agg(posts="size", median_er="median")\n'
        '    return table.sort_values("median_er", ascending=False)',
    ],
    "gaya_choice": [
        "gaya_choice = 'a'",  # single quotes, small letter
        'gaya_choice = "A."',  # with a full stop
        'gaya_choice = "option A"',  # "option A"
    ],
}
