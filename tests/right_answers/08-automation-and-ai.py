"""Right answers for 08-automation-and-ai: each must score its exercise's full marks under autograde.

RIGHT_ANSWERS maps an answer cell's grade id to correct code a participant might write there, other
than the solution in source/ (tests/check_right_answers.py grades them).
"""

_REPORT_DEMO = "\n\n\nreport = weekly_report(week)\nreport"
_CHART_DEMO = "\n\n\nfig = report_chart(report)\nplt.show()"
_ACCURACY_DEMO = '\n\n\naccuracy_by(results, "language").round(1)'

RIGHT_ANSWERS = {
    "weekly_report": [
        # assign for the new columns, sorted after reset_index
        "def weekly_report(week_posts):\n"
        "    table = week_posts.assign(\n"
        '        engagement=week_posts["reactions"] + week_posts["comments"] + week_posts["shares"] + week_posts["saves"])\n'
        '    report = table.groupby("platform", observed=True).agg(\n'
        '        posts=("reach", "count"), reach=("reach", "sum"), engagement=("engagement", "sum"))\n'
        '    report = report.assign(engagement_rate=report["engagement"] / report["reach"] * 100)\n'
        '    return report.reset_index().sort_values("reach", ascending=False)' + _REPORT_DEMO,
        # a DataFrame built from grouped Series, a fresh index at the end
        "def weekly_report(week_posts):\n"
        "    table = week_posts.copy()\n"
        '    table["engagement"] = table[["reactions", "comments", "shares", "saves"]].sum(axis=1)\n'
        '    groups = table.groupby("platform", observed=True)\n'
        '    report = pd.DataFrame({"posts": groups.size(), "reach": groups["reach"].sum(),\n'
        '                           "engagement": groups["engagement"].sum()})\n'
        '    report["engagement_rate"] = 100 * report["engagement"] / report["reach"]\n'
        '    report = report.sort_values("reach", ascending=False)\n'
        '    report = report.rename_axis("platform").reset_index()\n'
        "    return report" + _REPORT_DEMO,
        # a loop over the platforms, one dictionary per row
        "def weekly_report(week_posts):\n"
        "    rows = []\n"
        '    for platform, mine in week_posts.groupby("platform", observed=True):\n'
        '        engagement = (mine["reactions"] + mine["comments"] + mine["shares"] + mine["saves"]).sum()\n'
        '        reach = mine["reach"].sum()\n'
        '        rows.append({"platform": platform, "posts": len(mine), "reach": reach,\n'
        '                     "engagement": engagement, "engagement_rate": engagement / reach * 100})\n'
        "    report = pd.DataFrame(rows)\n"
        '    return report.sort_values("reach", ascending=False).reset_index(drop=True)' + _REPORT_DEMO,
        # the solution, but the posts counted on the post_id column (as 01's explorer cell does)
        "def weekly_report(week_posts):\n"
        "    table = week_posts.copy()\n"
        '    table["engagement"] = table["reactions"] + table["comments"] + table["shares"] + table["saves"]\n'
        '    report = table.groupby("platform", observed=True).agg(\n'
        '        posts=("post_id", "size"), reach=("reach", "sum"), engagement=("engagement", "sum"))\n'
        '    report["engagement_rate"] = report["engagement"] / report["reach"] * 100\n'
        '    return report.sort_values("reach", ascending=False).reset_index()' + _REPORT_DEMO,
        # the rate rounded to 2 decimals, as the exercise allows
        "def weekly_report(week_posts):\n"
        "    table = week_posts.copy()\n"
        '    table["engagement"] = table["reactions"] + table["comments"] + table["shares"] + table["saves"]\n'
        '    report = table.groupby("platform", observed=True).agg(\n'
        '        posts=("reach", "size"), reach=("reach", "sum"), engagement=("engagement", "sum"))\n'
        '    report["engagement_rate"] = (report["engagement"] / report["reach"] * 100).round(2)\n'
        '    return report.sort_values("reach", ascending=False).reset_index()' + _REPORT_DEMO,
    ],
    "report_chart": [
        # the platform column as it is (no astype), ax.set for title and label
        "def report_chart(report):\n"
        "    fig, ax = plt.subplots()\n"
        '    ax.barh(report["platform"], report["engagement_rate"])\n'
        '    ax.set(title="Engagement rate by platform, this week", xlabel="engagement rate (% of reach)")\n'
        "    return fig" + _CHART_DEMO,
        # pandas' own barh plot on a given ax
        "def report_chart(report):\n"
        "    fig, ax = plt.subplots(figsize=(7, 3))\n"
        '    report.plot.barh(x="platform", y="engagement_rate", ax=ax, legend=False)\n'
        '    ax.set_title("Instagram engages best this week")\n'
        '    ax.set_xlabel("Engagement rate, % of reach")\n'
        "    return fig" + _CHART_DEMO,
        # a figure first, then one axes in it; plain lists
        "def report_chart(report):\n"
        "    fig = plt.figure()\n"
        "    ax = fig.add_subplot()\n"
        '    platforms = [str(p) for p in report["platform"]]\n'
        '    rates = list(report["engagement_rate"])\n'
        "    ax.barh(platforms, rates)\n"
        '    ax.set_title("Engagement rate (by reach) per platform")\n'
        '    ax.set_xlabel("engagement ÷ reach × 100")\n'
        "    return fig" + _CHART_DEMO,
        # the rates rounded to 2 decimals for display, as the exercise allows
        "def report_chart(report):\n"
        "    fig, ax = plt.subplots()\n"
        '    ax.barh(report["platform"].astype(str), report["engagement_rate"].round(2))\n'
        '    ax.set_title("Engagement rate by platform, this week")\n'
        '    ax.set_xlabel("engagement rate (% of reach)")\n'
        "    return fig" + _CHART_DEMO,
        # the title and the x-axis label in Hindi: पहुँच names the denominator as well as reach does
        "def report_chart(report):\n"
        "    fig, ax = plt.subplots()\n"
        '    ax.barh(report["platform"].astype(str), report["engagement_rate"])\n'
        '    ax.set_title("हर प्लैटफ़ॉर्म की सहभागिता दर, इस हफ़्ते")\n'
        '    ax.set_xlabel("सहभागिता दर (पहुँच का %)")\n'
        "    return fig" + _CHART_DEMO,
        # pandas' plot gives an ax: its figure returned with ax.figure
        "def report_chart(report):\n"
        '    ax = report.plot.barh(x="platform", y="engagement_rate", legend=False)\n'
        '    ax.set_title("Engagement rate by platform, this week")\n'
        '    ax.set_xlabel("engagement rate (% of reach)")\n'
        "    return ax.figure" + _CHART_DEMO,
        # the title as the figure's suptitle
        "def report_chart(report):\n"
        "    fig, ax = plt.subplots()\n"
        '    ax.barh(report["platform"].astype(str), report["engagement_rate"])\n'
        '    fig.suptitle("Engagement rate by platform, this week")\n'
        '    ax.set_xlabel("engagement rate (% of reach)")\n'
        "    return fig" + _CHART_DEMO,
    ],
    "accuracy_by": [
        # a new column with assign, then groupby on the table
        "def accuracy_by(results, column):\n"
        '    marked = results.assign(right=results["predicted"] == results["label"])\n'
        '    return marked.groupby(column, observed=True)["right"].mean() * 100' + _ACCURACY_DEMO,
        # one expression, 100 first, without observed=
        "def accuracy_by(results, column):\n"
        '    return 100 * (results["predicted"] == results["label"]).groupby(results[column]).mean()'
        + _ACCURACY_DEMO,
        # a loop over the groups, collected into a Series
        "def accuracy_by(results, column):\n"
        "    shares = {}\n"
        "    for value, group in results.groupby(column, observed=True):\n"
        '        shares[value] = (group["predicted"] == group["label"]).mean() * 100\n'
        "    return pd.Series(shares)" + _ACCURACY_DEMO,
        # rounded to 2 decimals, as the exercise allows
        "def accuracy_by(results, column):\n"
        '    right = results["predicted"] == results["label"]\n'
        '    return (right.groupby(results[column], observed=True).mean() * 100).round(2)' + _ACCURACY_DEMO,
        # groupby + apply with the two columns picked after groupby (so label is inside each group)
        "def accuracy_by(results, column):\n"
        '    return results.groupby(column)[["predicted", "label"]].apply(\n'
        '        lambda group: (group["predicted"] == group["label"]).mean() * 100)' + _ACCURACY_DEMO,
    ],
    # a decision: the defensible letter written another way (lower case, brackets, full stop, the option's words)
    "reach_headline": ['reach_headline = "b"', 'reach_headline = "(B)"', 'reach_headline = "B."',
        'reach_headline = "total post reach, people from the insights"'],
}
