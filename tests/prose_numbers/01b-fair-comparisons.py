"""Numbers about the course data in 01b-fair-comparisons' text and sample answer, computed from the data.

Each fragment below must appear word for word in source/01b-fair-comparisons (tests/test_prose_numbers.py).
A sentence that ranks or compares (which format reached most, which page is first on which number) is built
from the data, so a regenerated dataset that changes the ranking changes the fragment and names the sentence.
Module 01's first part, 01-analytics, has its own file.
"""
from __future__ import annotations

import math

import pandas as pd

STATE = "@iprd_bihar_demo"
WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 100: "a hundred", 1000: "a thousand"}


def _er(df: pd.DataFrame, denominator: str) -> pd.Series:
    engagement = df["reactions"] + df["comments"] + df["shares"] + df["saves"]
    return engagement / df[denominator] * 100


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def claims(load):
    posts = load("posts").copy()
    posts["engagement"] = posts["reactions"] + posts["comments"] + posts["shares"] + posts["saves"]
    posts["er_reach"] = _er(posts, "reach")
    posts["er_followers"] = _er(posts, "followers_at_post")
    out = []

    by_platform = posts.groupby("platform", observed=True)["reach"].agg(["mean", "median"])
    ratio = by_platform["mean"] / by_platform["median"]
    x = posts[posts["platform"] == "X"]
    below = (x["reach"] < x["reach"].mean()).mean()
    out.append(("mean reach over median reach, by platform",
                f"The mean is {ratio.min():.0f} to {ratio.max():.0f} times the median."))
    out.append(("X: the mean reach and the share of X posts below it",
                (f"On X it is about {ratio['X']:.0f} times the median: reporting \"average reach "
                 f"{x['reach'].mean():,.0f}\" would describe a post that reached more people than {below:.0%} "
                 "of our X posts did") if ratio.idxmax() == "X" else "X no longer has the largest ratio"))

    reach_rank = posts.groupby("format", observed=True)["reach"].median().sort_values(ascending=False)
    facebook = posts[posts["platform"] == "Facebook"]
    er_rank = facebook.groupby("format", observed=True)["er_reach"].median().sort_values(ascending=False)
    as_written = (reach_rank.index[0] == er_rank.index[0] == "reel"
                  and set(reach_rank.index[-2:]) == set(er_rank.index[-2:]) == {"text", "link"})
    out.append(("formats: highest and lowest median reach and Facebook engagement rate",
                "Reels reached the most people (all platforms) and had the highest engagement rate on Facebook; "
                "text and link posts the lowest on both counts" if as_written
                else f"reach order {list(reach_rank.index)}, Facebook ER order {list(er_rank.index)}"))

    by_reach, by_rate = posts.nlargest(5, "reach"), posts.nlargest(5, "er_reach")
    shared = len(set(by_reach["post_id"]) & set(by_rate["post_id"]))
    times = by_reach["reach"] / by_reach["followers_at_post"]
    out.append(("the two top-5 lists", "The two lists share no post" if shared == 0 else f"share {shared} posts"))
    all_facebook = (by_reach["platform"] == "Facebook").all() and (times > 1).all()
    out.append(("the top 5 by reach: platform, reach over followers, boosts",
                (f"The top 5 by reach are all Facebook posts, and each reached more people than its page has "
                 f"followers ({times.min():.0f} to {times.max():.0f} times as many); "
                 f"{WORDS[int(by_reach['boosted'].sum())]} of them was boosted") if all_facebook
                else "the top 5 by reach changed"))
    insta_reels = int(((by_rate["platform"] == "Instagram") & (by_rate["format"] == "reel")).sum())
    out.append(("the top 5 by rate", f"The top 5 by rate are mostly Instagram reels ({insta_reels} of the 5)"
                if insta_reels >= 3 else f"only {insta_reels} of the top 5 by rate are Instagram reels"))

    hour = posts["posted_at"].dt.hour
    window = pd.cut(hour, [0, 9, 12, 15, 18, 21, 24], right=False)
    best = posts.groupby(window, observed=True)["er_reach"].median().idxmax()
    out.append(("the 3-hour window with the highest median rate (chart title)",
                f"Posts published {int(best.left):02d}:00 to {int(best.right) - 1:02d}:59 had the highest "
                "engagement rates"))
    counts = hour.value_counts()
    fewest, most = round(counts.min(), -2), round(counts.max(), -3)
    out.append(("posts per hour, fewest and most",
                f"a median of {WORDS.get(fewest, fewest)} posts jumps around more than a median of "
                f"{WORDS.get(most, most)}"))

    # Decision 1: four district Instagram pages, each the best on one number
    posts["reach_per_follower"] = posts["reach"] / posts["followers_at_post"] * 100
    ig = posts[(posts["platform"] == "Instagram") & (posts["account_type"] == "district")].sort_values("posted_at")
    pages = ig.groupby("account", observed=True).agg(
        posts=("post_id", "size"), followers=("followers_at_post", "last"), er_reach=("er_reach", "median"),
        er_followers=("er_followers", "median"), total=("engagement", "sum"), top=("engagement", "max"),
        reach_per_follower=("reach_per_follower", "median"))
    su, kh, be, pa = (pages["total"].idxmax(), pages["er_reach"].idxmax(), pages["er_followers"].idxmax(),
                      pages["followers"].idxmax())
    for account in (su, kh, be, pa):
        r = pages.loc[account]
        out.append((f"Decision 1: the table's row for {account}",
                    f"| {account} | {r['posts']:.0f} | {r['followers']:,.0f} | {r['er_reach']:.2f}% | "
                    f"{r['er_followers']:.2f}% | {r['total']:,.0f} | {r['top']:,.0f} |"))
    out.append(("Decision 1: the district pages ranked", f"rank the {len(pages)} district pages by one number"))
    out.append(("Decision 1: posts per district Instagram page (median, to the nearest 10)",
                f"a page has about {round(pages['posts'].median(), -1):.0f} Instagram posts in the year"))
    out.append(("Decision 1, option B: total engagement",
                f"total engagement, which puts {su} first ({pages.loc[su, 'total']:,.0f} actions)"))
    out.append(("Decision 1, option A: the median rate by reach",
                f"the median engagement rate by reach, which puts {kh} first ({pages.loc[kh, 'er_reach']:.2f}%)"))
    out.append(("Decision 1, option C: the median rate by followers",
                f"the median engagement rate by followers, which puts {be} first "
                f"({pages.loc[be, 'er_followers']:.2f}%)"))
    out.append(("Decision 1, option D: followers",
                f"followers, which puts {pa} first, the biggest page"))
    out.append(("Decision 1, why not D: Patna has the most followers and the most posts",
                "Patna has the most followers and posts" if pages["posts"].idxmax() == pa
                else f"{pa} has the most followers, {pages['posts'].idxmax()} the most posts"))
    named = (su, kh, be, pa) == ("@dpro_supaul_demo", "@dpro_khagaria_demo", "@dpro_begusarai_demo",
                                 "@dpro_patna_demo")
    out.append(("Decision 1: the explanations name the pages, and Supaul's biggest post is over half its total",
                "came from one post" if named and pages.loc[su, "top"] > pages.loc[su, "total"] / 2
                else "the pages of Decision 2 changed: rewrite its explanations"))
    out.append(("Decision 1, why not B: Supaul's biggest post in its total",
                f"{pages.loc[su, 'top']:,.0f} of Supaul's {pages.loc[su, 'total']:,.0f} actions "
                f"({pages.loc[su, 'top'] / pages.loc[su, 'total']:.0%})"))
    rank = pages["er_reach"].rank(ascending=False, method="min").astype(int)
    out.append(("Decision 1, why not B: Supaul's typical post and its rank by reach",
                f"Its typical post engages {pages.loc[su, 'er_reach']:.2f}% of the people who see it, "
                f"{_ordinal(rank[su])} of the {len(pages)} pages"))
    out.append(("Decision 1, why not C: reach per follower",
                f"{pages.loc[be, 'reach_per_follower']:.0f}% of the page's followers, a typical Khagaria post "
                f"{pages.loc[kh, 'reach_per_follower']:.0f}%"
                if pages.loc[be, "reach_per_follower"] > pages.loc[kh, "reach_per_follower"]
                else "Begusarai no longer reaches more people per follower than Khagaria"))
    out.append(("Decision 1, why not D: Patna's typical post and its rank by reach",
                f"typical post engages {pages.loc[pa, 'er_reach']:.2f}% of the people who see it, "
                f"{_ordinal(rank[pa])} of the {len(pages)} pages"))

    # Decision 2: the best and the worst hour, and the early hour with few posts
    by_hour = posts.groupby(hour)["er_reach"].agg(["median", "size"])
    best_h, worst_h = by_hour["median"].idxmax(), by_hour["median"].idxmin()
    outside = by_hour.drop([18, 19, 20])["median"].idxmax()
    b, w, e = by_hour.loc[best_h], by_hour.loc[worst_h], by_hour.loc[6]
    out.append(("Decision 2: best and worst hour",
                f"posts published at 20:00 had a median rate of {b['median']:.2f}% by reach, against "
                f"{w['median']:.2f}% at 14:00" if (best_h, worst_h) == (20, 14)
                else f"best hour {best_h}, worst {worst_h}"))
    out.append(("Decision 2, why not B", f"({b['median']:.2f}% at 20:00 against {w['median']:.2f}% at 14:00, "
                "each on hundreds of posts)" if min(b["size"], w["size"]) >= 200 else "fewer than 200 posts"))
    out.append(("Decision 2, option D: 06:00 is the best outside the evening",
                f"its median ({e['median']:.2f}%) is the best outside the evening" if outside == 6
                else f"the best hour outside the evening is now {outside}"))
    out.append(("Decision 2, why not D: posts at 06:00 and 20:00",
                f"its median rests on fewer posts ({e['size']:,.0f}, against {b['size']:,.0f} at 20:00)"))
    per_page = posts[posts["account_type"] == "district"].groupby("account", observed=True).size().median()
    out.append(("Decision 2, option C: a district's posts in three months (median over the year / 4)",
                f"for three months (about {round(per_page / 4, -1):.0f} posts on a district's pages)"))
    out.append(("Decision 2, why not A: accounts in the chart",
                f"it mixes the posts of {posts['account'].nunique()} accounts"))

    # Exercise 4 compares the screenshot's image post with the median Facebook image post (printed in the cell)
    images = facebook[facebook["format"] == "image"]
    img_er, img_eng, img_shares = images["er_reach"].median(), images["engagement"].median(), images["shares"].median()
    low = math.floor(min(1900 / img_eng, 300 / img_shares))
    high = math.ceil(max(1900 / img_eng, 300 / img_shares))
    out.append(("sample answer: the typical Facebook image post's rate by reach",
                f"Our typical (median) Facebook image post gets about {img_er:.1f}% by reach"))
    out.append(("sample answer: the post's 1,900 actions and 300 shares against the typical Facebook image post",
                f"are about {low} to {high} times what our typical Facebook image post gets ({img_eng:,.0f} "
                f"actions and {img_shares:,.0f} shares)" if high - low == 1
                else f"between {1900 / img_eng:.1f} and {300 / img_shares:.1f} times"))
    return out
