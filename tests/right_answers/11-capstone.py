"""Right answers for 11-capstone: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

_BASELINE_DEMO = "\n\n\nbaseline = format_baseline(scheme_posts)\nbaseline.round(2)"

_KPI_DEMO = "\n\n\ntargets = kpi_targets(scheme_posts, 15)\ntargets"

_FORMATS = 'FORMATS = ["reel", "image", "carousel", "reel", "long_video", "image", "text"]\n\n\n'

_CALENDAR_DEMO = '\n\n\ncalendar = make_calendar("2026-04-06", 14, FORMATS, POST_HOUR)\ncalendar'


RIGHT_ANSWERS = {
    "baseline": [
        # sum across the four columns; assign and a count of the format column
        "def er_by_reach(df):\n"
        '    return df[["reactions", "comments", "shares", "saves"]].sum(axis=1) / df["reach"] * 100\n\n\n'
        "def format_baseline(df):\n"
        "    table = df.assign(er=er_by_reach(df))\n"
        '    out = table.groupby("format", observed=True).agg(\n'
        '        posts=("format", "count"), median_reach=("reach", "median"), median_er=("er", "median"))\n'
        '    return out.reset_index().sort_values("median_reach", ascending=False)' + _BASELINE_DEMO,
        # .div / .mul; a DataFrame from grouped Series, a fresh 0..n index
        "def er_by_reach(df):\n"
        '    engagement = df["reactions"] + df["comments"] + df["shares"] + df["saves"]\n'
        '    return engagement.div(df["reach"]).mul(100)\n\n\n'
        "def format_baseline(df):\n"
        '    groups = df.groupby("format", observed=True)\n'
        '    out = pd.DataFrame({"posts": groups.size(), "median_reach": groups["reach"].median(),\n'
        '                        "median_er": er_by_reach(df).groupby(df["format"], observed=True).median()})\n'
        '    out = out.sort_values("median_reach", ascending=False)\n'
        '    return out.rename_axis("format").reset_index()' + _BASELINE_DEMO,
        # a loop over the formats, one dictionary per row
        "def er_by_reach(df):\n"
        '    return 100 * (df["reactions"] + df["comments"] + df["shares"] + df["saves"]) / df["reach"]\n\n\n'
        "def format_baseline(df):\n"
        "    rows = []\n"
        '    for fmt, mine in df.groupby("format", observed=True):\n'
        '        rows.append({"format": fmt, "posts": len(mine), "median_reach": mine["reach"].median(),\n'
        '                     "median_er": er_by_reach(mine).median()})\n'
        '    return pd.DataFrame(rows).sort_values("median_reach", ascending=False).reset_index(drop=True)'
        + _BASELINE_DEMO,
        # counts each format's post ids (the table has every column of `posts`)
        "def er_by_reach(df):\n"
        '    return (df["reactions"] + df["comments"] + df["shares"] + df["saves"]) / df["reach"] * 100\n\n\n'
        "def format_baseline(df):\n"
        "    table = df.copy()\n"
        '    table["er"] = er_by_reach(table)\n'
        '    out = table.groupby("format", observed=True).agg(\n'
        '        posts=("post_id", "count"), median_reach=("reach", "median"), median_er=("er", "median"))\n'
        '    return out.sort_values("median_reach", ascending=False).reset_index()' + _BASELINE_DEMO,
        # "size" of the hashtags column counts every row, a post without hashtags too
        "def er_by_reach(df):\n"
        '    return (df["reactions"] + df["comments"] + df["shares"] + df["saves"]) / df["reach"] * 100\n\n\n'
        "def format_baseline(df):\n"
        '    table = df.assign(er=er_by_reach(df))\n'
        '    out = table.groupby("format", observed=True).agg(\n'
        '        posts=("hashtags", "size"), median_reach=("reach", "median"), median_er=("er", "median"))\n'
        '    return out.sort_values("median_reach", ascending=False).reset_index()' + _BASELINE_DEMO,
    ],
    "kpi_targets": [
        # the factor as (100 + uplift) / 100, the dictionary filled key by key
        "def kpi_targets(df, uplift):\n"
        "    factor = (100 + uplift) / 100\n"
        "    targets = {}\n"
        '    targets["reach_per_post"] = float(df["reach"].median() * factor)\n'
        '    targets["er_by_reach"] = float(er_by_reach(df).median() * factor)\n'
        '    targets["clicks_per_1000"] = float(df["link_clicks"].sum() * 1000 / df["reach"].sum() * factor)\n'
        "    return targets" + _KPI_DEMO,
        # baselines first, then each raised by adding uplift % of itself
        "def kpi_targets(df, uplift):\n"
        '    reach = df["reach"].median()\n'
        "    er = er_by_reach(df).median()\n"
        '    clicks = df["link_clicks"].sum() / df["reach"].sum() * 1000\n'
        "    return {\n"
        '        "reach_per_post": float(reach + reach * uplift / 100),\n'
        '        "er_by_reach": float(er + er * uplift / 100),\n'
        '        "clicks_per_1000": float(clicks + clicks * uplift / 100),\n'
        "    }" + _KPI_DEMO,
        # a dictionary of baselines, raised in a comprehension
        "def kpi_targets(df, uplift):\n"
        "    baseline = {\n"
        '        "reach_per_post": df["reach"].median(),\n'
        '        "er_by_reach": er_by_reach(df).median(),\n'
        '        "clicks_per_1000": 1000 * df["link_clicks"].sum() / df["reach"].sum(),\n'
        "    }\n"
        "    return {key: float(value * (1 + uplift / 100)) for key, value in baseline.items()}" + _KPI_DEMO,
    ],
    "make_calendar": [
        # whole columns at once from the dates
        _FORMATS + "def make_calendar(start, days, formats, hour):\n"
        "    dates = pd.date_range(start, periods=days)\n"
        "    return pd.DataFrame({\n"
        '        "date": dates.strftime("%Y-%m-%d"),\n'
        '        "weekday": dates.day_name(),\n'
        '        "format": [formats[i % len(formats)] for i in range(days)],\n'
        '        "hour": [hour] * days,\n'
        "    })" + _CALENDAR_DEMO,
        # Python's datetime module, isoformat and %A
        _FORMATS + "from datetime import date, timedelta\n\n\n"
        "def make_calendar(start, days, formats, hour):\n"
        "    first = date.fromisoformat(start)\n"
        "    rows = []\n"
        "    for i in range(days):\n"
        "        d = first + timedelta(days=i)\n"
        '        rows.append({"date": d.isoformat(), "weekday": d.strftime("%A"),\n'
        '                     "format": formats[i % len(formats)], "hour": hour})\n'
        "    return pd.DataFrame(rows)" + _CALENDAR_DEMO,
        # itertools.cycle goes round the formats
        _FORMATS + "import itertools\n\n\n"
        "def make_calendar(start, days, formats, hour):\n"
        "    rows = []\n"
        "    for d, fmt in zip(pd.date_range(start, periods=days), itertools.cycle(formats)):\n"
        '        rows.append([d.strftime("%Y-%m-%d"), d.day_name(), fmt, hour])\n'
        '    return pd.DataFrame(rows, columns=["date", "weekday", "format", "hour"])' + _CALENDAR_DEMO,
        # str() of the day's date (without the time) is "YYYY-MM-DD"; the hour from a numpy array
        _FORMATS + "def make_calendar(start, days, formats, hour):\n"
        "    dates = pd.date_range(start, periods=days)\n"
        "    return pd.DataFrame({\n"
        '        "date": [str(d.date()) for d in dates],\n'
        '        "weekday": [d.day_name() for d in dates],\n'
        '        "format": [formats[i % len(formats)] for i in range(days)],\n'
        '        "hour": np.full(days, hour),\n'
        "    })" + _CALENDAR_DEMO,
    ],
    "budget_line": ['budget_line = "c"', 'budget_line = "(C)"', "budget_line = 'C.'"],
    "holding_draft": ['holding_draft = "b"', 'holding_draft = "Option B."',
                      'holding_draft = "Facebook page taken over; the form is free; state.bihar.gov.in; next update at [time]"'],
}
