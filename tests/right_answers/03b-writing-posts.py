"""Right answers for 03b-writing-posts: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
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
        # rounded to 2 decimals (the precision the exercise allows) before sorting: ties such as #JEEViKA and
        # #IPRDBihar (both 20.55) may then come in either order (review of 03b-hi: the hidden test wanted one)
        "def hashtag_table(tagged, min_posts):\n"
        '    table = tagged.groupby("tag")["reach_rate"].agg(posts="size", median_reach_rate="median").round(2)\n'
        '    table = table[table["posts"] >= min_posts]\n'
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
