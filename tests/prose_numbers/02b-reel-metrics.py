"""Numbers about the course data in 02b-reel-metrics's text and sample answer, computed from the data.

Each fragment below must appear word for word in source/02b-reel-metrics (tests/test_prose_numbers.py).
The reels the sample answer and the decisions name are checked for the shape they give them, so a regenerated
dataset that moves a reel to another shape fails here.
"""
from __future__ import annotations

import math

import pandas as pd


def _reels(watch: pd.DataFrame) -> pd.DataFrame:
    per_reel = watch.groupby("reel_id")
    reels = pd.DataFrame({"views": per_reel["views"].first(), "length": per_reel["video_length_s"].first(),
                          "hook": per_reel["views_3s"].first() / per_reel["views"].first() * 100})
    watched = watch[watch["second"] >= 1].groupby("reel_id")["viewers_remaining"].sum()
    reels["avg_watch"] = watched / reels["views"]
    reels["share"] = reels["avg_watch"] / reels["length"] * 100
    reels["end"] = per_reel["viewers_remaining"].last() / reels["views"] * 100
    return reels


def claims(load):
    out = []
    watch = load("reel_watch")
    reels = _reels(watch)
    n = len(reels)
    out += [("reels in reel_watch", f"The table `watch` has, for {n} reels"),
            ("reels in reel_watch", f"for all {n} reels"),
            ("reels in reel_watch", f"boost **one** of the {n} reels")]
    example = reels.loc["P12199"]
    out.append(("the example reel's length",
                f"{example['length']:.0f} seconds long: {example['length'] + 1:.0f} rows, seconds 0 to {example['length']:.0f}"))
    out.append(("the example reel's share still watching at the end (chart title)",
                f"Reel P12199 keeps {round(example['end'] / 10)} in 10 viewers to the end"))

    best = str(reels["end"].idxmax())
    top_everywhere = best == reels["hook"].idxmax() == reels["share"].idxmax()
    b = reels.loc[best]
    out.append(("sample answer: the reel to boost and its numbers",
                f"I would boost {best}. It has the highest hook rate (3-second views ÷ views: about {b['hook']:.0f}%), "
                f"people watch about {b['avg_watch']:.0f} of its {b['length']:.0f} seconds on average ({b['share']:.0f}%), "
                f"and about {b['end']:.0f}% are still watching at the last second"))
    out.append(("sample answer: best on all three", f"the highest of all {n} reels on all three"
                if top_everywhere else "no reel is best on all three"))
    out.append(("sample answer: the example reel's views", f"It has only about {round(b['views'], -2):,.0f} views so far"))
    most = str(reels["views"].idxmax())
    m = reels.loc[most]
    out.append(("sample answer: the most-viewed reel",
                f"{most} has {m['views'] / 1e5:.1f} lakh views yet only {m['hook']:.0f}% get past 3 seconds and "
                f"{m['end']:.0f}% reach the end"))
    hook_mid, end_mid = reels["hook"].median(), reels["end"].median()

    # Decision 1: an agency's benchmark against our median hook rate
    platform = load("posts").set_index("post_id").loc[reels.index, "platform"].astype(str)
    per_platform = platform.value_counts()
    assert sorted(per_platform.index) == ["Facebook", "Instagram"], per_platform
    out.append(("Decision 1 hint: the reels per platform",
                f"our {n} reels are {per_platform['Facebook']} on Facebook and {per_platform['Instagram']} on Instagram"))
    weak_ig = reels.loc[platform == "Instagram", "hook"].nsmallest(1)
    weak_fb = reels.loc[platform == "Facebook", "hook"].nsmallest(1)
    out.append(("Decision 1: the median hook rate of our reels",
                f"Your {n} reels have a median hook rate of {hook_mid:.0f}%"))
    out.append(("Decision 1: our weakest hook on each platform",
                f"({weak_ig.index[0]} on Instagram, {weak_ig.iloc[0]:.0f}%; {weak_fb.index[0]} on Facebook, "
                f"{weak_fb.iloc[0]:.0f}%)"))
    out.append(("Decision 1 feedback: our strongest hook", f"{reels['hook'].idxmax()} keeps {reels['hook'].max():.0f}%"))

    # Decision 2: P10850, strong hook and steep drop; P05532, weak hook and flat
    steep, flat = reels.loc["P10850"], reels.loc["P05532"]
    assert steep["hook"] > hook_mid and steep["end"] < end_mid, "P10850 is no longer strong-hook, steep-drop"
    assert flat["hook"] < hook_mid and flat["end"] > end_mid, "P05532 is no longer weak-hook, flat"
    one = watch[watch["reel_id"] == "P10850"].set_index("second")
    curve = one["viewers_remaining"] / one["views"] * 100
    below_half = int(curve[curve < 50].index.min())
    rank = int((reels["hook"] > steep["hook"]).sum()) + 1
    ranked = {1: "strongest", 2: "second-strongest", 3: "third-strongest", 4: "fourth-strongest"}[rank]
    out.append(("Decision 2: P10850's length", f"Reel P10850 ({steep['length']:.0f} seconds)"))
    flat_fb = reels.loc[platform == "Facebook", "end"].idxmax()
    assert platform["P10850"] == "Facebook" and flat_fb == "P06326", (platform["P10850"], flat_fb)
    out.append(("Decision 2 hint: the Facebook reel kept best to the end, to compare with P10850",
                f"Pick P10850 and {flat_fb} (both Facebook reels)"))
    out.append(("Decision 2: P10850's hook and its rank",
                f"{steep['hook']:.0f}% of its views get past 3 seconds, the {ranked} hook of the {n}"))
    out.append(("Decision 2: where P10850 falls below half", f"fewer than half are still watching at second {below_half}"))
    out.append(("Decision 2: P10850 at the end", f"under {math.ceil(steep['end'])}% reach the end"))
    out.append(("Decision 2 feedback: P10850's hook", f"{steep['hook']:.0f}% of its views get past 3 seconds."))
    out.append(("Decision 2 feedback: P10850 after the opening",
                f"fewer than half watch past second {below_half} and"))
    out.append(("Decision 2 feedback: P10850 at the end", f"under {math.ceil(steep['end'])}% see the helpline number"))
    out.append(("Decision 2 feedback: P05532, weak hook and flat",
                f"P05532 ({flat['hook']:.0f}% hook, but {round(flat['end'] / flat['hook'] * 10)} in 10 of the views "
                "that pass second 3"))
    kept = int((reels["hook"] >= 70).sum())
    out.append(("Decision 1 feedback: reels that keep 70% past 3 seconds", f"{kept} of our {n} already keep 70% or more of"))
    out.append(("Decision 1 feedback: P12199's hook", f"(P12199 keeps {reels.loc['P12199', 'hook']:.0f}%)"))
    return out
