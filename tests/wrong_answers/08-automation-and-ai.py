"""Plausible wrong answers for 08-automation-and-ai: each must lose its exercise's points under autograde.

WRONG_ANSWERS maps an answer cell's grade id to code a participant might really write there.
"""

_REPORT_HEAD = '''def weekly_report(week_posts):
    table = week_posts.copy()
'''

WRONG_ANSWERS = {
    "weekly_report": [
        # average of each post's rate instead of total engagement / total reach
        _REPORT_HEAD + '''    table["engagement"] = table["reactions"] + table["comments"] + table["shares"] + table["saves"]
    table["rate"] = table["engagement"] / table["reach"] * 100
    report = table.groupby("platform", observed=True).agg(
        posts=("reach", "size"), reach=("reach", "sum"), engagement=("engagement", "sum"),
        engagement_rate=("rate", "mean"))
    return report.sort_values("reach", ascending=False).reset_index()
''',
        # forgot saves in engagement
        _REPORT_HEAD + '''    table["engagement"] = table["reactions"] + table["comments"] + table["shares"]
    report = table.groupby("platform", observed=True).agg(
        posts=("reach", "size"), reach=("reach", "sum"), engagement=("engagement", "sum"))
    report["engagement_rate"] = report["engagement"] / report["reach"] * 100
    return report.sort_values("reach", ascending=False).reset_index()
''',
        # sorted the wrong way round
        _REPORT_HEAD + '''    table["engagement"] = table["reactions"] + table["comments"] + table["shares"] + table["saves"]
    report = table.groupby("platform", observed=True).agg(
        posts=("reach", "size"), reach=("reach", "sum"), engagement=("engagement", "sum"))
    report["engagement_rate"] = report["engagement"] / report["reach"] * 100
    return report.sort_values("reach").reset_index()
''',
        # the week of the example, hard-coded: ignores its input
        '''def weekly_report(week_posts):
    table = week.copy()
    table["engagement"] = table["reactions"] + table["comments"] + table["shares"] + table["saves"]
    report = table.groupby("platform", observed=True).agg(
        posts=("reach", "size"), reach=("reach", "sum"), engagement=("engagement", "sum"))
    report["engagement_rate"] = report["engagement"] / report["reach"] * 100
    return report.sort_values("reach", ascending=False).reset_index()
''',
        # the rate rounded to 1 decimal, as a printed report shows it: 4.3 is not 4.29 (2 decimals asked)
        _REPORT_HEAD + '''    table["engagement"] = table["reactions"] + table["comments"] + table["shares"] + table["saves"]
    report = table.groupby("platform", observed=True).agg(
        posts=("reach", "size"), reach=("reach", "sum"), engagement=("engagement", "sum"))
    report["engagement_rate"] = (report["engagement"] / report["reach"] * 100).round(1)
    return report.sort_values("reach", ascending=False).reset_index()
''',
        # posts counted with "count" on a column with empty cells: the posts without a scheme are left out
        _REPORT_HEAD + '''    table["engagement"] = table["reactions"] + table["comments"] + table["shares"] + table["saves"]
    report = table.groupby("platform", observed=True).agg(
        posts=("scheme", "count"), reach=("reach", "sum"), engagement=("engagement", "sum"))
    report["engagement_rate"] = report["engagement"] / report["reach"] * 100
    return report.sort_values("reach", ascending=False).reset_index()
''',
        # divided by followers instead of reach
        _REPORT_HEAD + '''    table["engagement"] = table["reactions"] + table["comments"] + table["shares"] + table["saves"]
    report = table.groupby("platform", observed=True).agg(
        posts=("reach", "size"), reach=("reach", "sum"), engagement=("engagement", "sum"),
        followers=("followers_at_post", "sum"))
    report["engagement_rate"] = report["engagement"] / report["followers"] * 100
    report = report.sort_values("reach", ascending=False).reset_index()
    return report[["platform", "posts", "reach", "engagement", "engagement_rate"]]
''',
        # the rate as a fraction: no x 100
        _REPORT_HEAD + '''    table["engagement"] = table["reactions"] + table["comments"] + table["shares"] + table["saves"]
    report = table.groupby("platform", observed=True).agg(
        posts=("reach", "size"), reach=("reach", "sum"), engagement=("engagement", "sum"))
    report["engagement_rate"] = report["engagement"] / report["reach"]
    return report.sort_values("reach", ascending=False).reset_index()
''',
        # posts counted with "count" on the district column, which is empty for state-level posts
        _REPORT_HEAD + '''    table["engagement"] = table["reactions"] + table["comments"] + table["shares"] + table["saves"]
    report = table.groupby("platform", observed=True).agg(
        posts=("district", "count"), reach=("reach", "sum"), engagement=("engagement", "sum"))
    report["engagement_rate"] = report["engagement"] / report["reach"] * 100
    return report.sort_values("reach", ascending=False).reset_index()
''',
        # a sixth column left in: the exercise asks for exactly five
        _REPORT_HEAD + '''    table["engagement"] = table["reactions"] + table["comments"] + table["shares"] + table["saves"]
    report = table.groupby("platform", observed=True).agg(
        posts=("reach", "size"), reach=("reach", "sum"), engagement=("engagement", "sum"),
        followers=("followers_at_post", "max"))
    report["engagement_rate"] = report["engagement"] / report["reach"] * 100
    return report.sort_values("reach", ascending=False).reset_index()
''',
    ],
    "report_chart": [
        # upright bars (ax.bar) instead of horizontal ones: the hidden check names it, not the labels
        '''def report_chart(report):
    fig, ax = plt.subplots()
    ax.bar(report["platform"].astype(str), report["engagement_rate"])
    ax.set_title("Engagement rate by platform, this week")
    ax.set_xlabel("engagement rate (% of reach)")
    return fig
''',
        # bars labelled by the table's index (0, 1, 2) instead of the platform names
        '''def report_chart(report):
    fig, ax = plt.subplots()
    ax.barh(report.index, report["engagement_rate"])
    ax.set_title("Engagement rate by platform, this week")
    ax.set_xlabel("engagement rate (% of reach)")
    return fig
''',
        # platforms sorted by name but rates left in the table's order: wrongly paired bars
        '''def report_chart(report):
    fig, ax = plt.subplots()
    ax.barh(sorted(report["platform"].astype(str)), report["engagement_rate"])
    ax.set_title("Engagement rate by platform, this week")
    ax.set_xlabel("engagement rate (% of reach)")
    return fig
''',
        # charted reach, not the engagement rate
        '''def report_chart(report):
    fig, ax = plt.subplots()
    ax.barh(report["platform"].astype(str), report["reach"])
    ax.set_title("Reach by platform")
    ax.set_xlabel("reach")
    return fig
''',
        # no title
        '''def report_chart(report):
    fig, ax = plt.subplots()
    ax.barh(report["platform"].astype(str), report["engagement_rate"])
    ax.set_xlabel("engagement rate (% of reach)")
    return fig
''',
        # showed the chart instead of returning it
        '''def report_chart(report):
    fig, ax = plt.subplots()
    ax.barh(report["platform"].astype(str), report["engagement_rate"])
    ax.set_title("Engagement rate by platform")
    ax.set_xlabel("engagement rate (%)")
    plt.show()
''',
        # an x-axis label that does not name the denominator (reach)
        '''def report_chart(report):
    fig, ax = plt.subplots()
    ax.barh(report["platform"].astype(str), report["engagement_rate"])
    ax.set_title("Engagement rate by platform")
    ax.set_xlabel("engagement rate (%)")
    return fig
''',
        # ignores the table it is given: always this week's report
        '''def report_chart(report):
    this_week = weekly_report(week)
    fig, ax = plt.subplots()
    ax.barh(this_week["platform"].astype(str), this_week["engagement_rate"])
    ax.set_title("Engagement rate by platform, this week")
    ax.set_xlabel("engagement rate (% of reach)")
    return fig
''',
        # the axes returned instead of the figure: the check says return the figure, not ax
        '''def report_chart(report):
    fig, ax = plt.subplots()
    ax.barh(report["platform"].astype(str), report["engagement_rate"])
    ax.set_title("Engagement rate by platform, this week")
    ax.set_xlabel("engagement rate (% of reach)")
    return ax
''',
        # a Hindi x-axis label that does not name the denominator (पहुँच or reach)
        '''def report_chart(report):
    fig, ax = plt.subplots()
    ax.barh(report["platform"].astype(str), report["engagement_rate"])
    ax.set_title("हर प्लैटफ़ॉर्म की सहभागिता दर")
    ax.set_xlabel("सहभागिता दर (%)")
    return fig
''',
        # bars rounded to 1 decimal: coarser than the report's 2 decimals (the exercise says so)
        '''def report_chart(report):
    fig, ax = plt.subplots()
    ax.barh(report["platform"].astype(str), report["engagement_rate"].round(1))
    ax.set_title("Engagement rate by platform, this week")
    ax.set_xlabel("engagement rate (% of reach)")
    return fig
''',
    ],
    "accuracy_by": [
        # each group's predictions compared with the labels of the whole table
        '''def accuracy_by(results, column):
    return results.groupby(column).apply(lambda g: (g["predicted"] == results["label"]).mean() * 100)
''',
        # grouped by the column's name instead of the column: a True/False Series has no column 'language'
        '''def accuracy_by(results, column):
    right = results["predicted"] == results["label"]
    return right.groupby(column).mean() * 100
''',
        # a share, not a percentage
        '''def accuracy_by(results, column):
    right = results["predicted"] == results["label"]
    return right.groupby(results[column], observed=True).mean()
''',
        # counted correct rows instead of the share
        '''def accuracy_by(results, column):
    right = results["predicted"] == results["label"]
    return right.groupby(results[column], observed=True).sum() * 1.0
''',
        # share of all rows, not of the group
        '''def accuracy_by(results, column):
    right = results["predicted"] == results["label"]
    return right.groupby(results[column], observed=True).sum() / len(results) * 100
''',
        # rounded to 1 decimal: 66.7 is not 66.67 (2 decimals asked)
        '''def accuracy_by(results, column):
    right = results["predicted"] == results["label"]
    return (right.groupby(results[column], observed=True).mean() * 100).round(1)
''',
        # groupby(column).apply reading g["label"]: pandas leaves the grouping column out of each group,
        # so grouping by "label" stops with KeyError (the exercise text warns)
        '''def accuracy_by(results, column):
    return results.groupby(column).apply(lambda g: (g["predicted"] == g["label"]).mean() * 100)
''',
    ],
    # a decision: each letter other than the defensible B loses the points
    "reach_headline": ['reach_headline = "A"', 'reach_headline = "C"', 'reach_headline = "D"'],
}
