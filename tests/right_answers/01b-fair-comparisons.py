"""Right answers for 01b-fair-comparisons (part two of module 01): each must score its exercise's
full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

RIGHT_ANSWERS = {
    "typical": [
        # .agg("median") and an intermediate name
        'def typical(df, group, metric):\n    medians = df.groupby(group)[metric].agg("median")\n'
        "    return medians.sort_values(ascending=False)",
        # observed=True, as the notebook's own cells write it
        "def typical(df, group, metric):\n"
        "    return df.groupby(group, observed=True)[metric].median().sort_values(ascending=False)",
        # a pivot table, then its one column
        'def typical(df, group, metric):\n    table = df.pivot_table(index=group, values=metric, aggfunc="median")\n'
        "    return table[metric].sort_values(ascending=False)",
        # a one-column table: the text does not ask for a Series, so the checks take its column
        "def typical(df, group, metric):\n"
        "    return df.groupby(group)[[metric]].median().sort_values(metric, ascending=False)",
        # rounded to 2 decimals, as the exercise allows
        "def typical(df, group, metric):\n"
        "    return df.groupby(group)[metric].median().sort_values(ascending=False).round(2)",
    ],
    "invite_team": [
        'invite_team = "a"',
        'invite_team = " A "',  # spaces around the letter
        'invite_team = "the median rate by reach"',  # option A's label pasted
        'invite_team = "A, because it shows what the people who saw the posts did"',  # the letter and a reason
    ],
    "top_posts": [
        # nlargest instead of sort + head
        "def top_posts(df, metric, n):\n    return df.nlargest(n, metric)",
        # sort with by=, then the first n rows by position
        "def top_posts(df, metric, n):\n    return df.sort_values(by=metric, ascending=False).iloc[:n]",
        # lowest first, take the last n, then reverse
        "def top_posts(df, metric, n):\n    return df.sort_values(metric).tail(n).iloc[::-1]",
        # numbered 0, 1, 2 ... again: the rows and columns are what count
        "def top_posts(df, metric, n):\n    return df.sort_values(metric, ascending=False).head(n).reset_index(drop=True)",
    ],
    "best_time": [
        # sort the medians and take the first label
        'def best_hour(df):\n    medians = df.groupby(df["posted_at"].dt.hour)["er_reach"].median()\n'
        "    return medians.sort_values(ascending=False).index[0]\n\n\n"
        'def best_weekday(df):\n    medians = df.groupby(df["posted_at"].dt.day_name())["er_reach"].median()\n'
        "    return medians.sort_values(ascending=False).index[0]",
        # new columns with assign, grouped by name; int() and str() on the result
        'def best_hour(df):\n    table = df.assign(hour=df["posted_at"].dt.hour)\n'
        '    return int(table.groupby("hour")["er_reach"].median().idxmax())\n\n\n'
        'def best_weekday(df):\n    table = df.assign(weekday=df["posted_at"].dt.strftime("%A"))\n'
        '    return str(table.groupby("weekday")["er_reach"].median().idxmax())',
        # weekday number, then its name from the calendar module
        "import calendar\n\n\n"
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].median().idxmax()\n\n\n'
        'def best_weekday(df):\n    number = df.groupby(df["posted_at"].dt.weekday)["er_reach"].median().idxmax()\n'
        "    return calendar.day_name[number]",
        # the hour and the weekday as new columns of a copy, then grouped by their names
        'def best_hour(df):\n    table = df.copy()\n    table["hour"] = table["posted_at"].dt.hour\n'
        '    return table.groupby("hour")["er_reach"].median().idxmax()\n\n\n'
        'def best_weekday(df):\n    table = df.copy()\n    table["day"] = table["posted_at"].dt.day_name()\n'
        '    return table.groupby("day")["er_reach"].median().idxmax()',
        # the weekday's number (.dt.day_of_week, 0 is Monday), then its name from a list of the days
        'def best_hour(df):\n    return df.groupby(df["posted_at"].dt.hour)["er_reach"].median().idxmax()\n\n\n'
        'def best_weekday(df):\n    number = df.groupby(df["posted_at"].dt.day_of_week)["er_reach"].median().idxmax()\n'
        '    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]\n'
        "    return days[number]",
    ],
    "evening_posts": [
        'evening_posts = "c"',
        'evening_posts = "C."',
        'choice = "C"\nevening_posts = choice',  # through an intermediate name
    ],
}
