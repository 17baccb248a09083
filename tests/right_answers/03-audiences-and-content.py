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
    ],
    "gaya_choice": [
        "gaya_choice = 'c'",  # single quotes, small letter
        'gaya_choice = "C."',  # with a full stop
        'gaya_choice = "option C"',  # "option C"
    ],
    "hashtag_table": [
        # query for the filter
        "def hashtag_table(tagged, min_posts):\n"
        '    table = tagged.groupby("tag")["reach_rate"].agg(posts="size", median_reach_rate="median")\n'
        '    return table.query("posts >= @min_posts").sort_values("median_reach_rate", ascending=False)',
        # sorted first, filtered after (with .loc)
        "def hashtag_table(tagged, min_posts):\n"
        '    table = tagged.groupby("tag")["reach_rate"].agg(posts="size", median_reach_rate="median")\n'
        '    table = table.sort_values("median_reach_rate", ascending=False)\n'
        '    return table.loc[table["posts"] >= min_posts]',
        # keep the frequent tags first with value_counts, then group
        "def hashtag_table(tagged, min_posts):\n"
        '    counts = tagged["tag"].value_counts()\n'
        "    frequent = counts[counts >= min_posts].index\n"
        '    kept = tagged[tagged["tag"].isin(frequent)]\n'
        '    table = kept.groupby("tag").agg(posts=("reach_rate", "size"), median_reach_rate=("reach_rate", "median"))\n'
        '    return table.sort_values("median_reach_rate", ascending=False)',
    ],
    "hashtag_choice": [
        'hashtag_choice = "c"',  # small letter
        'hashtag_choice = " C "',  # spaces around it
        'advice = "C"\nhashtag_choice = advice',  # an intermediate name
    ],
    "er_by_length": [
        # query, and the bands as a new column
        "fb = posts.query('platform == \"Facebook\"')\n"
        'fb = fb.assign(band=pd.cut(fb["text_length"], bins=LENGTH_BINS, labels=LENGTH_LABELS))\n'
        'er_by_length = fb.groupby("band")["engagement_rate"].median()',
        # .loc and one line
        'fb = posts.loc[posts["platform"] == "Facebook"]\n'
        'er_by_length = fb.groupby(pd.cut(fb["text_length"], LENGTH_BINS, labels=LENGTH_LABELS))["engagement_rate"].median()',
        # a loop over the bands, collected into a Series
        'fb = posts[posts["platform"] == "Facebook"]\n'
        'bands = pd.cut(fb["text_length"], bins=LENGTH_BINS, labels=LENGTH_LABELS)\n'
        "medians = {}\n"
        "for label in LENGTH_LABELS:\n"
        '    medians[label] = fb.loc[bands == label, "engagement_rate"].median()\n'
        "er_by_length = pd.Series(medians)",
    ],
    "length_choice": [
        'length_choice = "b"',  # small letter
        'length_choice = "[B]"',  # in square brackets
        'length_choice = "Option B"',  # "Option B"
    ],
}
