"""Numbers about the course data in 04-campaign-strategy's text, computed from the data.

Each fragment below must appear word for word in source/04-campaign-strategy (tests/test_prose_numbers.py).
The calculations repeat the notebook's own steps (the baseline, best hours, the calendar) so that a
regenerated dataset shows which sentence to rewrite.
"""
from __future__ import annotations

import pandas as pd
from _common import inr

TZ = "Asia/Kolkata"

# The notebook's post ideas (idea, platform, scheme), most important first; heat-wave alerts are kept apart.
IDEAS = [
    ("How to apply: Mahila Rozgar", "Facebook", "Mahila Rozgar"),
    ("Beneficiary story reel", "Instagram", "Mahila Rozgar"),
    ("Student Credit Card: documents needed", "Facebook", "Student Credit Card"),
    ("Student Credit Card: campus reel", "Instagram", "Student Credit Card"),
    ("Mahila Rozgar: FAQ thread", "X", "Mahila Rozgar"),
    ("Pension status: check online", "Facebook", "Vriddhajan Pension"),
    ("JEEViKA didi success story", "YouTube", "JEEViKA"),
    ("Mahila Rozgar: district camps list", "Facebook", "Mahila Rozgar"),
    ("Kanya Utthan: instalment dates", "Facebook", "Kanya Utthan"),
    ("Mahila Rozgar: explainer video", "YouTube", "Mahila Rozgar"),
    ("Student Credit Card: FAQ", "X", "Student Credit Card"),
]


def _calendar(best_hours, min_gap_hours):
    week = pd.date_range("2026-04-06", periods=7, freq="D", tz=TZ)
    slots = [(platform, day + pd.Timedelta(hours=hour)) for platform in ["Facebook", "Instagram", "X", "YouTube"]
             for hour in best_hours for day in week]
    plan = []
    for idea, platform, scheme in IDEAS:
        for slot_platform, time in slots:
            if slot_platform != platform:
                continue
            taken = any(p == platform and t == time for _, p, _, t in plan)
            same_day = sum(1 for _, p, _, t in plan if p == platform and t.date() == time.date())
            close = any(s == scheme and abs(t - time) < pd.Timedelta(hours=min_gap_hours) for _, _, s, t in plan)
            if not taken and not close and same_day < 1:
                plan.append((idea, platform, scheme, time))
                break
    return plan


def claims(load):
    out = []
    posts = load("posts")

    # Objectives: the Instagram example target
    quarter = posts[posts["posted_at"] >= pd.Timestamp("2026-01-01", tz=TZ)]
    insta = quarter.loc[quarter["platform"] == "Instagram", "reach"].median()
    out.append(("Instagram baseline and target", f"from about {round(insta, -2):,.0f} to {round(insta * 1.1, -2):,.0f} "
                                                 "by 30 June"))

    # Best and worst hours
    engagement = (posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]) / posts["reach"] * 100
    by_hour = engagement.groupby(posts["posted_at"].dt.hour).median().sort_values(ascending=False)
    best3, worst3 = sorted(by_hour.index[:3]), sorted(by_hour.index[-3:])
    assert best3[-1] - best3[0] == 2 and worst3[-1] - worst3[0] == 2, "the text names two 3-hour windows"
    out.append(("the hours' chart title", f"Evening posts ({best3[0]}:00 to {best3[-1]}:59) get the most engagement"))
    out.append(("best and worst 3-hour windows", f"the evening ({best3[0]}:00 to {best3[-1]}:59) and the three "
                                                 f"worst the early afternoon ({worst3[0]}:00 to {worst3[-1]}:59)"))

    # The week's calendar with one post a day per platform and 24 hours between posts on one scheme
    plan = _calendar(list(by_hour.index[:6]), 24)
    hours = {t.hour for _, _, _, t in plan}
    assert len(hours) == 1, "the text says every post landed at the same hour"
    out.append(("calendar", f"Every post landed at {hours.pop()}:00, the best hour, and all {len(plan)} ideas "
                            "found a slot"))
    assert len(plan) == len(IDEAS)
    tuesday = [(idea, scheme, platform) for idea, platform, scheme, t in plan
               if t == pd.Timestamp("2026-04-07 20:00", tz=TZ) and scheme == "Mahila Rozgar"]
    assert len(tuesday) == 1, "Exercise 4 names the one Mahila Rozgar post planned for Tuesday evening"
    out.append(("Exercise 4's evening post on Tuesday 7 April",
                'Tonight your plan has the "{}" ({}, {}) at 20:00'.format(*tuesday[0])))
    stricter = _calendar(list(by_hour.index[:6]), 48)
    left_out = [idea for idea, _, _ in IDEAS if idea not in {i for i, _, _, _ in stricter}]
    assert len(left_out) == 1, "the text names the one idea left out"
    out.append(("calendar with 48 hours", f'Only {len(stricter)} of the {len(IDEAS)} ideas fit now: "{left_out[0]}" '
                                          "is left out"))

    # Exercise 2 (a decision): Darbhanga's Mahila Rozgar posts last quarter
    mine = quarter[(quarter["district"] == "Darbhanga") & (quarter["scheme"] == "Mahila Rozgar")]
    median_reach = mine["reach"].median()
    out.append(("Darbhanga's Mahila Rozgar posts last quarter",
                f"Last quarter the Darbhanga pages published {len(mine)} posts on Mahila Rozgar: the median post "
                f"reached {median_reach:,.0f} people, their reach adds up to {inr(mine['reach'].sum())}, and they "
                f"got {mine['link_clicks'].sum():,} link clicks"))
    out.append(("option A's target", f"the median reach per post, from {median_reach:,.0f} to "
                                     f"{round(median_reach * 1.1, -2):,.0f} (+10%)"))
    out.append(("option B's target (about double)", f"the total reach of the posts, from {inr(mine['reach'].sum())} "
                                                    f"to {inr(round(mine['reach'].sum() * 2, -4))}"))

    return out
