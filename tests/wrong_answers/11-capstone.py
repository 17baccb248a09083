"""Plausible wrong answers for 11-capstone: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

_ER = '''def er_by_reach(df):
    return (df["reactions"] + df["comments"] + df["shares"] + df["saves"]) / df["reach"] * 100

'''


WRONG_ANSWERS = {
    "baseline": [
        # mean instead of median
        _ER + '''def format_baseline(df):
    table = df.copy()
    table["er"] = er_by_reach(table)
    out = table.groupby("format", observed=True).agg(
        posts=("reach", "size"), median_reach=("reach", "mean"), median_er=("er", "mean"))
    return out.sort_values("median_reach", ascending=False).reset_index()
''',
        # the right median reach, but the mean of the rates (a participant reviewer's variant scored 3/3)
        _ER + '''def format_baseline(df):
    table = df.copy()
    table["er"] = er_by_reach(table)
    out = table.groupby("format", observed=True).agg(
        posts=("reach", "size"), median_reach=("reach", "median"), median_er=("er", "mean"))
    return out.sort_values("median_reach", ascending=False).reset_index()
''',
        # the notebook's scheme_posts instead of the table it is given (a participant reviewer's variant)
        _ER + '''def format_baseline(df):
    table = scheme_posts.copy()
    table["er"] = er_by_reach(table)
    out = table.groupby("format", observed=True).agg(
        posts=("reach", "size"), median_reach=("reach", "median"), median_er=("er", "median"))
    return out.sort_values("median_reach", ascending=False).reset_index()
''',
        # engagement rate by followers, not by reach
        '''def er_by_reach(df):
    return (df["reactions"] + df["comments"] + df["shares"] + df["saves"]) / df["followers_at_post"] * 100

def format_baseline(df):
    table = df.copy()
    table["er"] = er_by_reach(table)
    out = table.groupby("format", observed=True).agg(
        posts=("reach", "size"), median_reach=("reach", "median"), median_er=("er", "median"))
    return out.sort_values("median_reach", ascending=False).reset_index()
''',
        # counts the hashtags column, not the posts: a post without hashtags is left out (a participant
        # reviewer's variant scored 3/3 when every post had hashtags)
        _ER + '''def format_baseline(df):
    table = df.copy()
    table["er"] = er_by_reach(table)
    out = table.groupby("format", observed=True).agg(
        posts=("hashtags", "count"), median_reach=("reach", "median"), median_er=("er", "median"))
    return out.sort_values("median_reach", ascending=False).reset_index()
''',
        # no .reset_index(): the formats stay the table's index, so there is no `format` column
        _ER + '''def format_baseline(df):
    table = df.copy()
    table["er"] = er_by_reach(table)
    out = table.groupby("format", observed=True).agg(
        posts=("reach", "size"), median_reach=("reach", "median"), median_er=("er", "median"))
    return out.sort_values("median_reach", ascending=False)
''',
        # rate of the medians instead of the median of the rates; forgot saves
        '''def er_by_reach(df):
    return (df["reactions"] + df["comments"] + df["shares"]) / df["reach"] * 100

def format_baseline(df):
    table = df.copy()
    table["er"] = er_by_reach(table)
    out = table.groupby("format", observed=True).agg(
        posts=("reach", "size"), median_reach=("reach", "median"), median_er=("er", "median"))
    return out.sort_values("median_reach", ascending=False).reset_index()
''',
    ],
    "kpi_targets": [
        # uplift added as points, not as a percentage
        '''def kpi_targets(df, uplift):
    return {"reach_per_post": float(df["reach"].median() + uplift),
            "er_by_reach": float(er_by_reach(df).median() + uplift),
            "clicks_per_1000": float(df["link_clicks"].sum() / df["reach"].sum() * 1000 + uplift)}
''',
        # mean reach instead of median
        '''def kpi_targets(df, uplift):
    factor = 1 + uplift / 100
    return {"reach_per_post": float(df["reach"].mean() * factor),
            "er_by_reach": float(er_by_reach(df).mean() * factor),
            "clicks_per_1000": float(df["link_clicks"].sum() / df["reach"].sum() * 1000 * factor)}
''',
        # clicks per 1000 as the mean of each post's ratio
        '''def kpi_targets(df, uplift):
    factor = 1 + uplift / 100
    return {"reach_per_post": float(df["reach"].median() * factor),
            "er_by_reach": float(er_by_reach(df).median() * factor),
            "clicks_per_1000": float((df["link_clicks"] / df["reach"] * 1000).mean() * factor)}
''',
        # the notebook's scheme_posts instead of the table it is given (a participant reviewer's variant: the
        # message blamed the uplift)
        '''def kpi_targets(df, uplift):
    factor = 1 + uplift / 100
    return {"reach_per_post": float(scheme_posts["reach"].median() * factor),
            "er_by_reach": float(er_by_reach(scheme_posts).median() * factor),
            "clicks_per_1000": float(scheme_posts["link_clicks"].sum() / scheme_posts["reach"].sum() * 1000 * factor)}
''',
        # engagement rate by followers, written inline instead of reusing er_by_reach
        '''def kpi_targets(df, uplift):
    factor = 1 + uplift / 100
    rate = (df["reactions"] + df["comments"] + df["shares"] + df["saves"]) / df["followers_at_post"] * 100
    return {"reach_per_post": float(df["reach"].median() * factor),
            "er_by_reach": float(rate.median() * factor),
            "clicks_per_1000": float(df["link_clicks"].sum() / df["reach"].sum() * 1000 * factor)}
''',
    ],
    "make_calendar": [
        # the last format repeated once the list runs out, instead of going round it
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    rows = []
    for i, d in enumerate(pd.date_range(start, periods=days)):
        rows.append({"date": d.strftime("%Y-%m-%d"), "weekday": d.day_name(),
                     "format": formats[min(i, len(formats) - 1)], "hour": hour})
    return pd.DataFrame(rows)
''',
        # one day too many (off by one)
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    rows = []
    for i, d in enumerate(pd.date_range(start, periods=days + 1)):
        rows.append({"date": d.strftime("%Y-%m-%d"), "weekday": d.day_name(),
                     "format": formats[i % len(formats)], "hour": hour})
    return pd.DataFrame(rows)
''',
        # the example's hour hard-coded
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    rows = []
    for i, d in enumerate(pd.date_range(start, periods=days)):
        rows.append({"date": d.strftime("%Y-%m-%d"), "weekday": d.day_name(),
                     "format": formats[i % len(formats)], "hour": POST_HOUR})
    return pd.DataFrame(rows)
''',
        # goes round a list of 7 formats: formats[i % 7] (fails on a shorter list)
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    rows = []
    for i, d in enumerate(pd.date_range(start, periods=days)):
        rows.append({"date": d.strftime("%Y-%m-%d"), "weekday": d.day_name(),
                     "format": formats[i % 7], "hour": hour})
    return pd.DataFrame(rows)
''',
        # the notebook's FORMATS instead of the list it is given (a participant reviewer's variant)
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    rows = []
    for i, d in enumerate(pd.date_range(start, periods=days)):
        rows.append({"date": d.strftime("%Y-%m-%d"), "weekday": d.day_name(),
                     "format": FORMATS[i % len(FORMATS)], "hour": hour})
    return pd.DataFrame(rows)
''',
        # starts one day late: counts the days from 1
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    rows = []
    for i in range(days):
        d = pd.Timestamp(start) + pd.Timedelta(days=i + 1)
        rows.append({"date": d.strftime("%Y-%m-%d"), "weekday": d.day_name(),
                     "format": formats[i % len(formats)], "hour": hour})
    return pd.DataFrame(rows)
''',
        # the right day written day-month-year, "06-04-2026" (a participant reviewer's variant: the message blamed
        # an off-by-one day)
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    rows = []
    for i, d in enumerate(pd.date_range(start, periods=days)):
        rows.append({"date": d.strftime("%d-%m-%Y"), "weekday": d.day_name(),
                     "format": formats[i % len(formats)], "hour": hour})
    return pd.DataFrame(rows)
''',
        # the date as str(d), "2026-04-06 00:00:00": text, but with the time (a participant reviewer's variant)
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    rows = []
    for i, d in enumerate(pd.date_range(start, periods=days)):
        rows.append({"date": str(d), "weekday": d.day_name(), "format": formats[i % len(formats)], "hour": hour})
    return pd.DataFrame(rows)
''',
        # the date kept as a Timestamp, not text
        '''FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]

def make_calendar(start, days, formats, hour):
    dates = pd.date_range(start, periods=days)
    return pd.DataFrame({"date": dates, "weekday": dates.day_name(),
                         "format": [formats[i % len(formats)] for i in range(days)], "hour": hour})
''',
    ],
    "budget_line": [
        # the projection as a count of women: false precision, double counting, accounts are not women
        'budget_line = "A"',
        # the optimiser's amounts with the wrong reason: the size of the platform
        'budget_line = "B"',
        # an equal split: fewer accounts for the same money
        'budget_line = "D"',
    ],
    "holding_draft": [
        # a bit.ly link to "the official form", and no place for official updates: what the tools flag
        'holding_draft = "A"',
        # passes both tools, but states what nobody knows an hour in (who did it, arrests, no data taken)
        'holding_draft = "C"',
        # vague: "some posts", "soon", "our official channels": three of the four elements missing
        'holding_draft = "D"',
    ],
}
