"""Numbers about the course data in 09b-records-and-ads's text and checks, computed from the data.

Each fragment must appear word for word in source/09b-records-and-ads (tests/test_prose_numbers.py): the
posts changed after publication, March's export, the deleted post of Exercise 4, the ledger's spend under
the Model Code, the achievement boosts that ran into it and the ads without their disclaimer, computed
from `post_archive` and `ad_ledger` without the course's helpers.
"""
from __future__ import annotations

import pandas as pd
from _common import inr, word

TZ = "Asia/Kolkata"
MCC = (pd.Timestamp("2025-10-06 00:00", tz=TZ), pd.Timestamp("2025-11-16 23:59:59", tz=TZ))
NEEDS = ["scheme achievement", "voter awareness", "health advisory"]


def _ids(values) -> str:
    values = list(values)
    return ", ".join(values[:-1]) + " and " + values[-1]


def claims(load):
    arc = load("post_archive")
    led = load("ad_ledger")
    out = []

    changed = arc[arc["change"] != "none"]
    n_posts = changed["post_id"].nunique()
    n_edit = int((changed["change"] == "edited").sum())
    n_del = int((changed["change"] == "deleted").sum())
    out.append(("posts changed after publication",
                f"{word(n_posts).capitalize()} posts were changed after publication: {word(n_edit)} edits and "
                f"{word(n_del)} deletions (AR-041 counts in both)."))
    assert n_edit + n_del == n_posts + 1 and set(changed[changed["change"] == "edited"]["post_id"]) \
        & set(changed[changed["change"] == "deleted"]["post_id"]) == {"AR-041"}
    out.append(("the visible check's count", f"len(_found) == {n_posts}"))
    a41 = arc[arc["post_id"] == "AR-041"]
    gone = a41[a41["change"] == "deleted"].iloc[0]
    assert list(a41["change"]) == ["none", "edited", "deleted"]
    assert a41["version_at"].iloc[1].date() == a41["published_at"].iloc[0].date()
    days = (gone["version_at"] - gone["published_at"]).days
    out.append(("AR-041", f"the post was deleted {word(days)} days after publication"))

    start, end = pd.Timestamp("2026-03-01", tz=TZ), pd.Timestamp("2026-04-01", tz=TZ)
    month = arc[(arc["version_at"] >= start) & (arc["version_at"] < end)]
    by_pub = arc[(arc["published_at"] >= start) & (arc["published_at"] < end)]
    left_out = sorted(set(month["post_id"]) - set(by_pub["post_id"]))
    assert left_out == ["AR-026"]
    a26 = arc[(arc["post_id"] == "AR-026") & (arc["change"] == "edited")].iloc[0]
    assert a26["published_at"].month == 2
    out.append(("March's export",
                f"March's file holds {len(month)} versions. Filtering on `published_at` instead would give "
                f"{len(by_pub)} rows and leave out AR-026, a February post whose wording was changed on "
                f"{a26['version_at'].day} {a26['version_at']:%B}."))

    a60 = arc[arc["post_id"] == "AR-060"]
    d60 = a60[a60["change"] == "deleted"].iloc[0]
    out.append(("Exercise 4's deleted post",
                f"AR-060, a form deadline posted on {d60['published_at'].day} {d60['published_at']:%B}, was deleted "
                f"on {d60['version_at'].day} {d60['version_at']:%B}"))
    assert "aakhri tareekh" in d60["text"] and d60["version_at"].hour >= 12

    started_in = led[(led["start"] >= MCC[0]) & (led["start"] <= MCC[1])]
    election = started_in.loc[started_in["paid_by"] == "District Election Office", "spend_inr"].sum()
    out.append(("spend that started under the Code",
                f"of ₹{inr(started_in['spend_inr'].sum())} in boosts that started under it, ₹{inr(election)} is "
                "the election office's voter awareness"))

    ach = led[(led["topic"] == "scheme achievement") & (led["start"] <= MCC[1]) & (led["end"] >= MCC[0])]
    assert (ach["start"] < MCC[0]).all()
    out.append(("achievement boosts under the Code",
                f"{word(len(ach)).capitalize()} achievement boosts ran under the Code: {_ids(ach['ad_id'])}, all "
                "started before 6 October."))
    out.append(("the visible check's count of boosts", f"`achievement_in_code(ledger)` should list {len(ach)} boosts"))

    lacking = led[led["topic"].isin(NEEDS) & led["disclaimer"].isna()]
    out.append(("ads without their disclaimer",
                f"{word(len(lacking)).capitalize()} ads lacked the disclaimer they needed: {_ids(lacking['ad_id'])}."))
    out.append(("the visible check's count of ads", f"`missing_disclaimer(ledger)` should list {len(lacking)} ads"))
    return out
