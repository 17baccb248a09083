"""Accounts, monthly followers, posts, audience snapshot, reel retention."""
from __future__ import annotations

import numpy as np
import pandas as pd

from course.data import AGE_BANDS, AUDIENCE_LANGUAGES, DISTRICTS, PLATFORMS, TZ

from . import text as T
from .common import END, START, fields, fmt_int, pct, rng
from .reference import DISTRICT_ROWS, slug

STATE = "@iprd_bihar_demo"
HI_NAME = {r[0]: r[1] for r in DISTRICT_ROWS}
LOCAL = {r[0]: r[6] for r in DISTRICT_ROWS}
BIG = ["Patna", "Muzaffarpur", "Gaya", "Bhagalpur", "Darbhanga", "Purnia"]
MONTHS = pd.date_range("2025-03-01", "2026-03-01", freq="MS", tz=TZ)  # 13 month starts

ENGLISH_STRONG = {"Patna": 1.25, "Bhagalpur": 1.12, "Muzaffarpur": 1.12}  # English >= Hindi here
HOUR_W = np.array([0, 0, 0, 0, 0, 0, 1, 3, 5, 8, 10, 10, 8, 7, 6, 6, 6, 7, 8, 8, 7, 5, 2, 1],
                  dtype=float)
HOUR_ER = np.array([1, 1, 1, 1, 1, 1, 1.05, 1.05, 1.05, 1.0, 1.0, 1.0, 0.86, 0.74, 0.74, 0.74,
                    0.95, 0.97, 1.36, 1.36, 1.36, 1.12, 0.9, 0.9])
WEEKDAY_ER = np.array([0.86, 0.95, 1.0, 1.0, 0.97, 1.06, 1.16])  # Mon..Sun
FORMAT_P = {
    "Facebook": {"text": .08, "image": .40, "carousel": .10, "link": .12, "reel": .22,
                 "long_video": .08},
    "Instagram": {"image": .38, "carousel": .22, "reel": .40},
    "X": {"text": .30, "image": .38, "link": .20, "reel": .12},
    "YouTube": {"reel": .65, "long_video": .35},
}
FORMAT_REACH = {"text": 0.40, "link": 0.55, "image": 1.0, "carousel": 1.2, "long_video": 1.3,
                "reel": 2.4}
FORMAT_ER = {"text": 0.7, "link": 0.6, "image": 1.0, "carousel": 1.15, "long_video": 0.9,
             "reel": 1.25}
PLAT_REACH = {"Facebook": 0.18, "Instagram": 0.30, "X": 0.10, "YouTube": 0.25}
PLAT_ER = {"Facebook": 0.045, "Instagram": 0.06, "X": 0.016, "YouTube": 0.03}
PLAT_SPLIT = {  # reactions, comments, shares, saves
    "Facebook": [.72, .08, .15, .05], "Instagram": [.80, .05, .05, .10],
    "X": [.65, .08, .25, .02], "YouTube": [.86, .10, .04, 0.0],
}
POSTS_PER_YEAR = {  # state, district
    "Facebook": (500, 140), "Instagram": (250, 50), "X": (550, 80), "YouTube": (120, 15)}
BASE_FOLLOWERS = {  # state, district (scaled by district size)
    "Facebook": (420_000, 60_000), "Instagram": (150_000, 20_000), "X": (260_000, 15_000),
    "YouTube": (90_000, 8_000)}
MONTHLY_GROWTH = {"Facebook": 0.012, "Instagram": 0.030, "X": 0.002, "YouTube": 0.022}

GENERIC_TAGS = [("#Bihar", .40), ("#BiharSarkar", .20), ("#IPRDBihar", .15), ("#बिहार", .10)]
RARE_TAGS = ["#GoodGovernance", "#JanSamvad", "#DigitalBihar", "#BiharKaVikas", "#NariShakti",
             "#SwachhBihar", "#GramSwaraj", "#YuvaShakti"]
TAG_REACH = {"#ChhathPuja": 1.9, "#BiharDiwas": 1.6, "#MahilaRozgar": 1.5, "#FloodAlert": 1.5,
             "#Heatwave": 1.15, "#IPRDBihar": 0.95}
LUCKY_TAG = "#BiharKaVikas"  # one of its few posts goes viral: a "noise" hashtag


def accounts() -> pd.DataFrame:
    r = rng("accounts")
    rows = [(STATE, "state", None, 1.0)]
    for d in DISTRICTS:
        size = 1.0 if d == "Patna" else (0.6 if d in BIG else float(r.uniform(0.25, 0.45)))
        rows.append((f"@dpro_{slug(d)}_demo", "district", d, size))
    return pd.DataFrame(rows, columns=["account", "account_type", "district", "size"])


def audience_monthly(acc: pd.DataFrame) -> pd.DataFrame:
    r = rng("audience_monthly")
    rows = []
    for a in acc.itertuples():
        for p in PLATFORMS:
            base = BASE_FOLLOWERS[p][0] if a.account_type == "state" else \
                BASE_FOLLOWERS[p][1] * a.size * r.uniform(0.8, 1.25)
            f = int(round(base))
            g0 = MONTHLY_GROWTH[p] * r.uniform(0.7, 1.3)
            for i, m in enumerate(MONTHS):
                g = g0 + r.normal(0, 0.004)
                if m.month in (9, 10) and m.year == 2025:
                    g += 0.02  # Mahila Rozgar launch brings followers
                if p == "X" and m.year == 2026:
                    g -= 0.006  # X slowly losing followers in 2026
                unf_rate = r.uniform(0.005, 0.012)
                unf = int(round(f * unf_rate))
                new = max(0, int(round(f * (g + unf_rate))))
                f = f + new - unf
                rows.append((a.account, a.account_type, a.district, p, m, f, new, unf))
    return pd.DataFrame(rows, columns=["account", "account_type", "district", "platform", "month",
                                       "followers", "new_followers", "unfollows"])


def _followers_at(monthly: pd.DataFrame, account: np.ndarray, platform: np.ndarray,
                  t: pd.Series) -> np.ndarray:
    key = monthly.set_index(["account", "platform"])["followers"]
    out = np.empty(len(t), dtype=np.int64)
    mi = ((t.dt.year - 2025) * 12 + t.dt.month - 3).to_numpy()  # 1..12
    day = t.dt.day.to_numpy() - 1
    dim = t.dt.days_in_month.to_numpy()
    cache = {}
    for i in range(len(t)):
        k = (account[i], platform[i])
        if k not in cache:
            cache[k] = key.loc[k].to_numpy()
        arr = cache[k]
        frac = day[i] / dim[i]
        out[i] = int(round(arr[mi[i] - 1] + (arr[mi[i]] - arr[mi[i] - 1]) * frac))
    return out


def _event_on(day: pd.Timestamp):
    for key, (_, _, _, _, (a, b)) in T.EVENTS.items():
        if pd.Timestamp(a, tz=TZ) <= day <= pd.Timestamp(b + " 23:59", tz=TZ):
            return key
    return None


def _language(r, account_type, district):
    if account_type == "state":
        return r.choice(["Hindi", "English", "Hinglish", "Urdu"], p=[.55, .28, .12, .05])
    if district == "Patna":
        return r.choice(["Hindi", "English", "Hinglish", "Urdu"], p=[.42, .36, .17, .05])
    eng = 0.25 if district in ENGLISH_STRONG else 0.20
    local = LOCAL[district].split("; ")[1]
    if district in ("Kishanganj",):
        local = "Urdu"
    if local in ("Maithili", "Bhojpuri", "Urdu"):
        p = [0.55 - (eng - .2), eng, .10, .15]
        return r.choice(["Hindi", "English", "Hinglish", local], p=p)
    if "Urdu" in LOCAL[district]:
        return r.choice(["Hindi", "English", "Hinglish", "Urdu"], p=[.64 - (eng - .2), eng, .10, .06])
    return r.choice(["Hindi", "English", "Hinglish"], p=[.70 - (eng - .2), eng, .10])


def _lang_er(lang, account_type, district):
    if lang == "Hindi":
        return 1.0
    if lang == "English":
        if account_type == "state":
            return 0.85
        return ENGLISH_STRONG.get(district, 0.70)
    if lang == "Hinglish":
        return 0.95
    home = account_type == "district" and (lang in LOCAL[district])
    return 1.15 if home else 0.85


def _fill(template, lang, scheme, district, event, n):
    d_en = district or "Bihar"
    if lang == "Urdu":
        s = T.URDU_SCHEME.get(scheme, "") if scheme else ""
        d = T.URDU_DISTRICT.get(district, "بہار") if district else "بہار"
        e = T.URDU_EVENT.get(event, "") if event else ""
    else:
        idx = {"Hindi": 0, "Maithili": 0, "Bhojpuri": 0, "English": 1, "Hinglish": 2}[lang]
        s = T.SCHEME_NAMES[scheme][idx] if scheme else ""
        d = (HI_NAME.get(district, "बिहार") if district else "बिहार") if idx == 0 else d_en
        e = T.EVENTS[event][[0, 1, 2][idx]] if event else ""
    return template.format(s=s, d=d, e=e, n=n)


def _make_text(r, lang, topic, kind, scheme, district, event, platform, fmt, n_extra):
    pool = T.P[lang]
    if lang in ("Maithili", "Bhojpuri", "Urdu"):
        key = {"scheme": "scheme", "event": "event"}.get(topic, "generic")
    else:
        key = kind if topic == "advisory" else topic
    block = pool[key]
    if "{s}" in " ".join(block["lead"]) and not scheme:
        leads = [x for x in block["lead"] if "{s}" not in x]
    else:
        leads = block["lead"]
    parts = [leads[r.integers(len(leads))]]
    extras = list(block["extra"]) + T.GENERIC_EXTRA.get(lang, [])
    order = r.permutation(len(extras))
    for j in order[:n_extra]:
        parts.append(extras[j])
    if r.random() < 0.5:
        parts.append(pool["cta"][r.integers(len(pool["cta"]))])
    n = int(r.integers(12, 900)) * 10
    txt = " ".join(_fill(p, lang, scheme, district, event, n) for p in parts)
    if fmt == "link":
        path = slug(scheme).replace("_", "-") if scheme else topic.replace("_", "-")
        txt += f" https://state.bihar.gov.in/demo/{path}"
    if platform == "X":
        while len(txt) > 280 and len(parts) > 1:
            parts.pop()
            txt = " ".join(_fill(p, lang, scheme, district, event, n) for p in parts)
    return txt


def posts(acc: pd.DataFrame, monthly: pd.DataFrame) -> pd.DataFrame:
    r = rng("posts")
    recs = []
    n_days = (END - START).days
    for a in acc.itertuples():
        for p in PLATFORMS:
            n = POSTS_PER_YEAR[p][0] if a.account_type == "state" else \
                int(round(POSTS_PER_YEAR[p][1] * (1.6 if a.district == "Patna" else 1.0)
                          * r.uniform(0.85, 1.15)))
            days = r.integers(0, n_days, n)
            hours = r.choice(24, n, p=HOUR_W / HOUR_W.sum())
            mins = r.integers(0, 60, n)
            for dd, hh, mm in zip(days, hours, mins, strict=False):
                recs.append((a.account, a.account_type, a.district, p,
                             START + pd.Timedelta(days=int(dd), hours=int(hh), minutes=int(mm))))
    df = pd.DataFrame(recs, columns=["account", "account_type", "district", "platform", "posted_at"])
    df = df.sort_values(["posted_at", "account", "platform"], kind="mergesort").reset_index(drop=True)
    N = len(df)
    mahila_start = pd.Timestamp("2025-09-01", tz=TZ)
    other_schemes = ["Kanya Utthan", "Student Credit Card", "Saat Nishchay", "Vriddhajan Pension",
                     "JEEViKA"]
    cols = {k: [] for k in ["format", "language", "topic", "scheme", "text", "hashtags",
                            "tag_mult", "event"]}
    for row in df.itertuples():
        t = row.posted_at
        dist = row.district if isinstance(row.district, str) else None
        fp = FORMAT_P[row.platform]
        fmt = r.choice(list(fp), p=list(fp.values()))
        lang = _language(r, row.account_type, dist)
        ev = _event_on(t)
        if ev and r.random() < 0.6:
            topic = "event"
        else:
            topic = r.choice(["scheme", "advisory", "achievement", "public_service"],
                             p=[.48, .18, .17, .17])
        scheme = None
        if topic in ("scheme", "achievement"):
            if t >= mahila_start and r.random() < 0.45:
                scheme = "Mahila Rozgar"
            elif topic == "scheme" or r.random() < 0.5:
                scheme = other_schemes[r.integers(len(other_schemes))]
        kind = T.ADVISORY_SEASON[t.month] if topic == "advisory" else None
        event = ev if topic == "event" else None
        n_extra = int(r.choice(12, p=[.12, .18, .18, .14, .1, .07, .06, .05, .04, .03, .02, .01]))
        if row.platform == "X":
            n_extra = min(n_extra, 2)
        txt = _make_text(r, lang, topic, kind, scheme, dist, event, row.platform, fmt,
                         n_extra)
        tags = []
        if scheme:
            tags.append(f"#{scheme.replace(' ', '')}")
        if event:
            tags.append(T.EVENTS[event][3])
        if kind and r.random() < 0.8:
            tags.append(T.ADVISORY_TAGS[kind])
        for tag, pr in GENERIC_TAGS:
            if r.random() < pr:
                tags.append(tag)
        if dist and r.random() < 0.3:
            tags.append("#" + dist.replace(" ", ""))
        for tag in RARE_TAGS:
            if r.random() < 0.0006:
                tags.append(tag)
        mult = 1.0
        for tag in tags:
            mult *= TAG_REACH.get(tag, 1.0)
        cols["format"].append(fmt)
        cols["language"].append(lang)
        cols["topic"].append(topic)
        cols["scheme"].append(scheme)
        cols["text"].append(txt)
        cols["hashtags"].append(" ".join(tags) if tags else None)
        cols["tag_mult"].append(mult)
        cols["event"].append(event)
    for k, v in cols.items():
        df[k] = v
    df["text_length"] = df["text"].str.len().astype("int64")
    df["followers_at_post"] = _followers_at(monthly, df.account.to_numpy(), df.platform.to_numpy(),
                                            df.posted_at)
    fmt = df["format"].to_numpy()
    plat = df["platform"].to_numpy()
    # --- reach: heavy-tailed -------------------------------------------------------
    log_reach = (np.log(df.followers_at_post.to_numpy() * np.array([PLAT_REACH[p] for p in plat]))
                 + np.log([FORMAT_REACH[f] for f in fmt]) + np.log(df.tag_mult.to_numpy())
                 + r.normal(0, 0.75, N))
    viral = r.random(N) < 0.012
    lucky = df.index[df.hashtags.fillna("").str.contains(LUCKY_TAG)]
    if len(lucky):
        viral[lucky[0]] = True
    log_reach += np.where(viral, 1.5 + r.exponential(0.8, N), 0.0)
    organic = np.maximum(10, np.round(np.exp(log_reach))).astype(np.int64)
    # --- paid boost ------------------------------------------------------------------
    p_boost = np.where(df.topic.eq("scheme"), 0.09, 0.02)
    boosted = r.random(N) < p_boost
    spend = np.where(boosted, r.choice([500, 1000, 2000, 3000, 5000, 10000, 20000], N,
                                       p=[.15, .25, .2, .12, .15, .09, .04]), 0).astype(np.int64)
    paid = np.round(spend * r.uniform(12, 30, N) / (1 + spend / 15000)).astype(np.int64)
    reach = organic + paid
    # --- views >= reach ------------------------------------------------------------------
    freq = 1.0 + r.gamma(2.0, 0.25, N)
    freq *= np.where(np.isin(fmt, ["reel", "long_video"]), 1.3, 1.0)
    freq *= np.where(plat == "X", 1.4, 1.0)
    views = np.maximum(reach, np.round(reach * freq)).astype(np.int64)
    # --- engagement rate by reach -----------------------------------------------------------
    hour = df.posted_at.dt.hour.to_numpy()
    wd = df.posted_at.dt.weekday.to_numpy()
    L = df.text_length.to_numpy()
    len_m = np.exp(-0.5 * ((np.log(L) - np.log(160)) / 1.1) ** 2)
    lang_m = np.array([_lang_er(l, a, d) for l, a, d in
                       zip(df.language, df.account_type, df.district, strict=False)])
    er = (np.array([PLAT_ER[p] for p in plat]) * np.array([FORMAT_ER[f] for f in fmt])
          * HOUR_ER[hour] * WEEKDAY_ER[wd] * lang_m * len_m * np.exp(r.normal(0, 0.35, N)))
    er = np.where(boosted, er * (organic + 0.3 * paid) / reach, er)
    er = np.minimum(er, 0.5)
    eng = np.minimum(r.poisson(reach * er), views)
    split = np.zeros((N, 4), dtype=np.int64)
    for i in range(N):
        base = np.array(PLAT_SPLIT[plat[i]])
        if df.topic.iat[i] == "scheme":
            base = base * [1, 1.8, 1, 1.3]
        if df.topic.iat[i] == "advisory":
            base = base * [1, 1, 1.8, 1.2]
        base = base / base.sum()
        split[i] = r.multinomial(int(eng[i]), base)
    has_url = df.text.str.contains("http", regex=False).to_numpy()
    ctr = np.where(fmt == "link", r.uniform(0.008, 0.025, N), 0.0)
    link_clicks = np.where(has_url, r.binomial(views, ctr), 0).astype(np.int64)
    vid_len = np.full(N, -1)
    is_reel = fmt == "reel"
    is_long = fmt == "long_video"
    vid_len[is_reel] = np.clip(np.round(np.exp(r.normal(np.log(32), 0.45, is_reel.sum()))), 8, 90)
    vid_len[is_long] = np.clip(np.round(np.exp(r.normal(np.log(420), 0.6, is_long.sum()))), 90, 2400)
    watch = np.where(is_reel, vid_len * r.uniform(0.3, 0.7, N),
                     np.where(is_long, vid_len * r.uniform(0.12, 0.35, N), np.nan))
    df["reach"] = reach
    df["views"] = views
    df["reactions"], df["comments"], df["shares"], df["saves"] = split.T
    df["link_clicks"] = link_clicks
    df["video_length_s"] = pd.array(np.where(vid_len > 0, vid_len, 0), dtype="Int64")
    df.loc[vid_len < 0, "video_length_s"] = pd.NA
    df["avg_watch_time_s"] = np.round(watch, 1)
    df["boosted"] = boosted
    df["spend_inr"] = spend
    df.insert(0, "post_id", [f"P{i + 1:05d}" for i in range(N)])
    return df[["post_id", "account", "account_type", "district", "platform", "format", "language",
               "topic", "scheme", "posted_at", "text", "hashtags", "text_length",
               "followers_at_post", "reach", "views", "reactions", "comments", "shares", "saves",
               "link_clicks", "video_length_s", "avg_watch_time_s", "boosted", "spend_inr"]]


# ----------------------------------------------------------------------------------------
AGE_P = {
    "Facebook": [.02, .22, .33, .21, .12, .07, .03],
    "Instagram": [.04, .38, .34, .14, .06, .03, .01],
    "X": [.01, .20, .36, .24, .12, .05, .02],
    "YouTube": [.05, .33, .32, .16, .08, .04, .02],
}
MALE_P = {"Facebook": .72, "Instagram": .64, "X": .80, "YouTube": .70}
LOCAL_SHARE = {  # district -> {language: share} (before Hindi takes the remainder)
    "Darbhanga": {"Maithili": .24, "Urdu": .07}, "Madhubani": {"Maithili": .27},
    "Supaul": {"Maithili": .17}, "Saharsa": {"Maithili": .17}, "Madhepura": {"Maithili": .16},
    "Samastipur": {"Maithili": .14}, "Begusarai": {"Maithili": .08, "Angika": .05},
    "Khagaria": {"Maithili": .07, "Angika": .07},
    "Sitamarhi": {"Bajjika": .12, "Maithili": .06}, "Sheohar": {"Bajjika": .13},
    "Muzaffarpur": {"Bajjika": .12}, "Vaishali": {"Bajjika": .14},
    "Bhojpur": {"Bhojpuri": .25}, "Buxar": {"Bhojpuri": .26}, "Siwan": {"Bhojpuri": .24},
    "Saran": {"Bhojpuri": .23}, "Gopalganj": {"Bhojpuri": .19}, "Rohtas": {"Bhojpuri": .17},
    "Kaimur": {"Bhojpuri": .16}, "East Champaran": {"Bhojpuri": .15},
    "West Champaran": {"Bhojpuri": .14},
    "Patna": {"Magahi": .06, "Urdu": .04}, "Nalanda": {"Magahi": .13}, "Gaya": {"Magahi": .14},
    "Jehanabad": {"Magahi": .14}, "Arwal": {"Magahi": .13}, "Nawada": {"Magahi": .14},
    "Aurangabad": {"Magahi": .12}, "Sheikhpura": {"Magahi": .12},
    "Lakhisarai": {"Magahi": .08, "Angika": .05}, "Jamui": {"Magahi": .07, "Angika": .06},
    "Munger": {"Angika": .10, "Magahi": .04}, "Bhagalpur": {"Angika": .12, "Urdu": .06},
    "Banka": {"Angika": .14},
    "Kishanganj": {"Urdu": .32}, "Araria": {"Urdu": .14, "Maithili": .08},
    "Purnia": {"Urdu": .12, "Maithili": .08}, "Katihar": {"Urdu": .12, "Angika": .05},
}
ENGLISH_SHARE = {"Patna": .22}


def audience(acc: pd.DataFrame, monthly: pd.DataFrame) -> pd.DataFrame:
    r = rng("audience")
    last = monthly[monthly.month == MONTHS[-1]].set_index(["account", "platform"])["followers"]
    dist_w = np.array([6.0 if d == "Patna" else (2.0 if d in BIG else 1.0) for d in DISTRICTS])
    dist_w = dist_w * r.uniform(0.8, 1.5, len(DISTRICTS))
    dist_w /= dist_w.sum()
    lang_idx = {l: i for i, l in enumerate(AUDIENCE_LANGUAGES)}
    lang_by_d = {}
    for d in DISTRICTS:
        v = np.zeros(len(AUDIENCE_LANGUAGES))
        v[lang_idx["English"]] = ENGLISH_SHARE.get(d, r.uniform(0.06, 0.11))
        for l, s in LOCAL_SHARE.get(d, {}).items():
            v[lang_idx[l]] = s * r.uniform(0.9, 1.1)
        v[lang_idx["Urdu"]] = max(v[lang_idx["Urdu"]], 0.02)
        v[lang_idx["Hindi"]] = 1 - v.sum()
        lang_by_d[d] = v
    rows = []
    for a in acc.itertuples():
        ds = DISTRICTS if a.account_type == "state" else [a.district]
        dw = dist_w if a.account_type == "state" else np.array([1.0])
        for p in PLATFORMS:
            F = int(last.loc[(a.account, p)])
            age = np.array(AGE_P[p])
            probs = []
            keys = []
            for di, d in enumerate(ds):
                for ai, band in enumerate(AGE_BANDS):
                    male = min(0.9, MALE_P[p] + 0.02 * (ai - 2))
                    lv = lang_by_d[d].copy()
                    boost = (0.05 if p in ("Instagram", "X") else 0) + (0.03 if ai <= 2 else -0.02)
                    lv[lang_idx["English"]] = max(0.01, lv[lang_idx["English"]] + boost)
                    lv[lang_idx["Hindi"]] = 1 - lv.sum() + lv[lang_idx["Hindi"]]
                    for g, gp in (("female", 1 - male), ("male", male)):
                        for li, l in enumerate(AUDIENCE_LANGUAGES):
                            probs.append(dw[di] * age[ai] * gp * lv[li])
                            keys.append((d, band, g, l))
            probs = np.array(probs)
            counts = r.multinomial(F, probs / probs.sum())
            for (d, band, g, l), c in zip(keys, counts, strict=False):
                if c > 0:
                    rows.append((a.account, p, d, band, g, l, int(c)))
    return pd.DataFrame(rows, columns=["account", "platform", "district", "age_band", "gender",
                                       "preferred_language", "followers"])


# ----------------------------------------------------------------------------------------
def reel_watch(df: pd.DataFrame):
    """Pick 30 reels; second-by-second retention. Returns (reel_watch, updated posts)."""
    r = rng("reel_watch")
    cand = df[(df.format == "reel") & df.platform.isin(["Instagram", "Facebook"])
              & df.video_length_s.between(15, 60) & df.views.between(3000, 300000)]
    pick = np.sort(r.choice(cand.index.to_numpy(), 30, replace=False))
    # shapes: (hook range, decay range)
    shapes = (["strong_steep"] * 9 + ["weak_flat"] * 9 + ["middling"] * 10 + ["weak_steep"] * 1
              + ["best"] * 1)
    shapes = list(r.permutation(shapes))
    params = {"strong_steep": ((0.70, 0.84), (0.055, 0.09)),
              "weak_flat": ((0.33, 0.48), (0.004, 0.012)),
              "middling": ((0.50, 0.66), (0.02, 0.035)),
              "weak_steep": ((0.30, 0.38), (0.06, 0.08)),
              "best": ((0.90, 0.90), (0.0045, 0.0045))}
    rows = []
    posts = df.copy()
    kinds = {}
    for idx, shape in zip(pick, shapes, strict=False):
        (h0, h1), (k0, k1) = params[shape]
        hook = r.uniform(h0, h1)
        k = r.uniform(k0, k1)
        L = int(posts.at[idx, "video_length_s"])
        V = int(posts.at[idx, "views"])
        s = np.arange(L + 1)
        curve = np.where(s <= 3, 1 - (1 - hook) * s / 3, hook * np.exp(-k * (s - 3)))
        curve[-1] *= 0.93  # people drop just before the end
        n = np.empty(L + 1, dtype=np.int64)
        n[0] = V
        for i in range(1, L + 1):
            n[i] = r.binomial(n[i - 1], min(1.0, curve[i] / curve[i - 1]))
        pid = posts.at[idx, "post_id"]
        kinds[pid] = shape
        posts.at[idx, "avg_watch_time_s"] = round(float(n[1:].sum() / V), 1)
        for i in range(L + 1):
            rows.append((pid, i, int(n[i]), V, int(n[3]), L))
    rw = pd.DataFrame(rows, columns=["reel_id", "second", "viewers_remaining", "views", "views_3s",
                                     "video_length_s"])
    return rw, posts, kinds


# ---------------------------------------------------------------------------------------- cards
def _er(d):
    e = d.reactions + d.comments + d.shares + d.saves
    return e / d.reach * 100


def posts_stats(df: pd.DataFrame) -> dict:
    s = {}
    d = df.assign(er=_er(df), er_f=(df.reactions + df.comments + df.shares + df.saves)
                  / df.followers_at_post * 100)
    s["n"] = len(d)
    s["mean_reach"], s["median_reach"] = d.reach.mean(), d.reach.median()
    top = d.reach.sort_values(ascending=False)
    s["top1_share"] = top.iloc[: max(1, len(top) // 100)].sum() / top.sum()
    s["fmt_median"] = d.groupby("format", observed=True).reach.median().sort_values(ascending=False)
    win = pd.cut(d.posted_at.dt.hour, [0, 9, 12, 15, 18, 21, 24], right=False,
                 labels=["06-08", "09-11", "12-14", "15-17", "18-20", "21-23"])
    s["hour_win"] = d.groupby(win, observed=True).er.median()
    s["hour"] = d.groupby(d.posted_at.dt.hour).er.median()
    s["weekday"] = d.groupby(d.posted_at.dt.day_name()).er.median()
    dist = d[d.account_type == "district"]
    lang = dist[dist.language.isin(["Hindi", "English"])].groupby(
        ["district", "language"], observed=True).er.median().unstack()
    s["lang"] = lang
    s["eng_wins"] = sorted(lang.index[lang.English >= lang.Hindi].astype(str))
    s["er_reach_median"], s["er_f_median"] = d.er.median(), d.er_f.median()
    s["ratio"] = (d.er / d.er_f)
    s["spearman"] = d.er.rank().corr(d.er_f.rank())
    tags = d.assign(tag=d.hashtags.fillna("").str.split()).explode("tag")
    tags = tags[tags.tag.notna() & tags.tag.ne("")]
    s["tags"] = tags.groupby("tag").agg(posts=("post_id", "size"), median_reach=("reach", "median"),
                                         mean_reach=("reach", "mean")).sort_values("posts",
                                                                                    ascending=False)
    lb = pd.cut(d.text_length, [0, 80, 150, 250, 400, 600, 2000], right=False)
    s["len"] = d.groupby(lb, observed=True).er.agg(["size", "median"])
    fb = d[d.platform == "Facebook"]
    s["len_fb"] = fb.groupby(lb[fb.index], observed=True).er.agg(["size", "median"])
    s["tag_posts"] = tags
    s["boost"] = d.groupby("boosted").spend_inr.agg(["size", "min", "median"])
    s["views_ge_reach"] = bool((d.views >= d.reach).all())
    return s


def posts_card(df: pd.DataFrame) -> str:
    s = posts_stats(df)
    fm = s["fmt_median"]
    hw = s["hour_win"]
    wk = s["weekday"].sort_values(ascending=False)
    tg = s["tags"]
    big = tg[tg.posts >= 30]
    rare = tg[tg.posts < 15].sort_values("mean_reach", ascending=False)
    overall_med = s["median_reach"]
    lang = s["lang"]
    lb = s["len"]
    lbf = s["len_fb"]
    tp = s["tag_posts"]
    tr = tp[tp.tag == rare.index[0]].reach
    top_share = tr.max() / tr.sum()
    info = {
        "post_id": ("", "post key, `P00001`…, in time order"),
        "account": ("", f"invented handle: `{STATE}` (state department) or `@dpro_<district>_demo` (38 district PR offices)"),
        "account_type": ("", "state or district"),
        "district": ("", "district of the account; missing for the state account"),
        "platform": ("", "Facebook, Instagram, X, YouTube"),
        "format": ("", "text, image, carousel, link, reel (Instagram/Facebook reels, YouTube Shorts, X short video), long_video"),
        "language": ("", "language of the post text"),
        "topic": ("", "scheme, advisory (heat, flood, cold, cyber, road safety), event, achievement, public_service"),
        "scheme": ("", "scheme the post is about (see `schemes`); missing if none"),
        "posted_at": ("IST", "when the post was published"),
        "text": ("", "post text (templated; Hindi in Devanagari, Hinglish romanised, Urdu in Arabic script); hashtags not included"),
        "hashtags": ("", "space-separated hashtags; missing if none"),
        "text_length": ("characters", "`len(text)`"),
        "followers_at_post": ("accounts", "followers of the account on that platform on the day (from `audience_monthly`)"),
        "reach": ("accounts", "unique accounts that saw the post (organic + paid)"),
        "views": ("views", "times on screen, repeats included (plays for video; impressions on X); always ≥ reach"),
        "reactions": ("count", "likes/reactions"),
        "comments": ("count", "comments/replies"),
        "shares": ("count", "shares/reposts"),
        "saves": ("count", "saves/bookmarks"),
        "link_clicks": ("count", "clicks on the link in the post (0 when there is none)"),
        "video_length_s": ("seconds", "video length; missing for non-video posts"),
        "avg_watch_time_s": ("seconds", "average watch time per view; missing for non-video posts"),
        "boosted": ("", "paid boost (True/False)"),
        "spend_inr": ("₹", "boost spend; 0 when not boosted"),
    }
    eng_wins = s["eng_wins"]
    return f"""# posts — a year of department posts on four platforms

**Synthetic data.** Invented by `python -m datagen` (seeded, byte-identical every run). Real:
district names, scheme names, languages, festival/observance names (dates approximate).
Invented: every account, handle, post, text, number and timestamp. Handles end in `_demo` and
do not belong to any real page. Period: 2025-04-01 to 2026-03-31 (IST). {s["n"]:,} posts.

{fields("posts", info)}

Engagement = reactions + comments + shares + saves. Engagement rate (ER) below is **by reach**
(engagement / reach × 100) unless it says "by followers".

## How it was generated
Each account posts a fixed yearly number of times per platform at random days and hours
(more 9–12h). Format mix depends on the platform. Text is built from sentence templates in the
post's language (lead + 0–11 extra sentences + optional call to action; X ≤ 280 characters).
Reach = followers × platform share × format effect × topic effect × log-normal noise, with
1.2% of posts going viral (heavy tail); boosted posts add paid reach. The topic effect (festival,
flood-advisory and new-scheme posts reach more) rides on the hashtag that marks the topic, so in this
data a tag cannot be told apart from its topic and moment: it goes with the reach, it does not cause it. Views = reach × (1 +
gamma repeat rate). Engagement = Poisson(reach × ER) where ER multiplies platform, format, hour
of day, weekday, language (by district), text length (peak near 160 characters) and noise.

## What the data shows
- **Heavy-tailed reach**: mean {fmt_int(s["mean_reach"])} vs median {fmt_int(overall_med)};
  the top 1% of posts hold {pct(s["top1_share"])} of all reach.
- **Format** (median reach): {", ".join(f"{k} {fmt_int(v)}" for k, v in fm.items())}.
  Reels > images > text.
- **When to post** (median ER by reach, 3-hour windows by posting hour):
  {", ".join(f"{k}h {v:.2f}%" for k, v in hw.items())}. Best window {hw.idxmax()}h, worst
  {hw.idxmin()}h; best single hours {", ".join(f"{h}h" for h in s["hour"].nlargest(3).index)},
  worst single hours {", ".join(f"{h}h" for h in s["hour"].nsmallest(3).index)}.
- **Weekday** (median ER by reach): {", ".join(f"{k} {v:.2f}%" for k, v in wk.items())}.
  Best {wk.index[0]}, worst {wk.index[-1]}.
- **Language**: for district accounts, Hindi has a higher median ER by reach than English in
  {int((lang.Hindi > lang.English).sum())} of 38 districts; English ≥ Hindi in
  {", ".join(eng_wins)}. (Planted: English does well in Patna, Bhagalpur and Muzaffarpur.)
- **Views ≥ reach** on every post: {s["views_ge_reach"]}.
- **ER by reach vs by followers**: medians {s["er_reach_median"]:.2f}% by reach vs
  {s["er_f_median"]:.2f}% by followers; for the same post the ratio of the two ranges from
  {s["ratio"].quantile(.05):.2f} (5th percentile) to {s["ratio"].quantile(.95):.1f} (95th);
  rank correlation between them {s["spearman"]:.2f}.
- **Boosts**: {int(s["boost"].loc[True, "size"])} boosted posts, all with spend > 0 (median
  ₹{fmt_int(s["boost"].loc[True, "median"])}); non-boosted posts have spend 0.
- **Hashtags whose posts reach more** (posts ≥ 30; overall median reach {fmt_int(overall_med)};
  each tag marks a topic, a moment or a page, and those, not the tag, go with the reach):
  {", ".join(f"{k} n={int(v.posts)} median {fmt_int(v.median_reach)}" for k, v in big.sort_values("median_reach", ascending=False).head(8).iterrows())}.
  Generic tags: {", ".join(f"{k} n={int(big.loc[k, 'posts'])} median {fmt_int(big.loc[k, 'median_reach'])}" for k in ["#Bihar", "#BiharSarkar", "#IPRDBihar"] if k in big.index)}.
- **Noise hashtags** (fewer than 15 posts; a mean on so few posts means little):
  {", ".join(f"{k} n={int(v.posts)} mean {fmt_int(v.mean_reach)}" for k, v in rare.head(8).iterrows())}.
  {rare.index[0]} has the highest mean, but one post holds {pct(top_share)} of its reach and its
  median is {fmt_int(rare.iloc[0].median_reach)}: a few lucky posts, not a hashtag effect.
- **Post length** (median ER by reach, by text length in characters, bins [a, b)). Facebook
  only (compare within a platform: X posts are short and X has lower ER):
  {", ".join(f"{str(k)} n={int(v['size'])} {v['median']:.2f}%" for k, v in lbf.iterrows())}.
  All platforms: {", ".join(f"{str(k)} n={int(v['size'])} {v['median']:.2f}%" for k, v in lb.iterrows())}.
  A mild inverted U: best around 80–250 characters, falling steadily for longer posts.
"""


def audience_monthly_card(m: pd.DataFrame) -> str:
    first = m[m.month == MONTHS[0]].groupby("platform", observed=True).followers.sum()
    last = m[m.month == MONTHS[-1]].groupby("platform", observed=True).followers.sum()
    g = ((last - first) / first * 100).sort_values(ascending=False)
    return f"""# audience_monthly — followers per account, platform and month

**Synthetic data.** Invented by `python -m datagen`. Real: district names. Invented: every
account (handles end in `_demo`) and every number.

{fields("audience_monthly", {
    "account": ("", "invented handle (state account or one of 38 district accounts)"),
    "account_type": ("", "state or district"),
    "district": ("", "district of the account; missing for the state account"),
    "platform": ("", "platform"),
    "month": ("IST", "first day of the month, 00:00"),
    "followers": ("accounts", "followers at the **end** of the month"),
    "new_followers": ("accounts", "follows gained during the month"),
    "unfollows": ("accounts", "follows lost during the month"),
})}

`followers` of a month = previous month's `followers` + `new_followers` − `unfollows`. The first
month (March 2025) is the baseline for the posts year (April 2025 – March 2026).
Follower growth rate = (end − start) / start × 100.

## How it was generated
Monthly growth per platform (Instagram fastest, X slowest) with noise; +2 points in Sept and
Oct 2025 (Mahila Rozgar launch); X loses a little each month in 2026.

## What the data shows
- Growth from end of March 2025 to end of March 2026, all accounts together:
  {", ".join(f"{k} {v:.1f}%" for k, v in g.items())}.
- The followers at 2026-03 equal the totals of the `audience` snapshot for each account and
  platform.
"""


def audience_card(a: pd.DataFrame) -> str:
    by_d = a.groupby(["district", "preferred_language"], observed=True).followers.sum().unstack(
        fill_value=0)
    share = by_d.div(by_d.sum(axis=1), axis=0)
    top = lambda l: ", ".join(f"{d} {pct(v)}" for d, v in share[l].sort_values(ascending=False).head(4).items())
    tot = a.groupby("gender", observed=True).followers.sum()
    age = a.groupby(["platform", "age_band"], observed=True).followers.sum().unstack()
    young = (age[["18-24", "25-34"]].sum(axis=1) / age.sum(axis=1)).sort_values(ascending=False)
    return f"""# audience — who follows the department's accounts (survey estimate, end of March 2026)

**Synthetic data.** Invented by `python -m datagen`. Real: district names and the broad language
geography of Bihar (Maithili in the north-east/Mithila, Bhojpuri in the west, Urdu strongest in
Kishanganj, Magahi around Patna/Gaya, Angika around Bhagalpur, Bajjika around
Muzaffarpur/Vaishali), described approximately. Invented: every account and every count.

**What kind of data this is.** No platform exports this table. Meta's audience insights give an
account's followers by age band, gender and top towns and countries (the Instagram API's
`follower_demographics`: age, city, country, gender; Meta for Developers, Instagram Account Insights
reference); they do not give a follower's home district or the language they prefer to read. Read the
table as a **survey estimate**: age band and gender as the platforms report them, home district and
preferred language from a short follower survey (a poll in a post or a story), scaled up to each
account's follower count. Real language shares for a district come from the Census 2011
mother-tongue tables (C-16, district by district) or from such surveys; check them with small tests,
such as the same post in two languages.

{fields("audience", {
    "account": ("", "invented handle"),
    "platform": ("", "platform"),
    "district": ("", "follower's home district, as the survey estimates it (for a district account: its own district)"),
    "age_band": ("years", "age band (ordered)"),
    "gender": ("", "female or male (as platforms report; others not modelled)"),
    "preferred_language": ("", "language the follower says they prefer to read (survey estimate; platforms do not report it)"),
    "followers": ("accounts", "followers in this segment"),
})}

One row per segment with at least one follower. Summing `followers` over an account and
platform gives its followers at the end of March 2026 (as in `audience_monthly`).

## How it was generated
Each account–platform total is split by multinomial draws: district (state account: Patna
heaviest), age band by platform (Instagram youngest), gender by platform (male majority), and
preferred language by district (regional shares as below; English higher on Instagram/X and
among under-35s; Hindi the rest).

## What the data shows
- Maithili share highest in: {top("Maithili")}.
- Bhojpuri share highest in: {top("Bhojpuri")}.
- Urdu share highest in: {top("Urdu")}.
- English share highest in: {top("English")}.
- Women are {pct(tot["female"] / tot.sum())} of followers overall.
- Share aged 18–34 by platform: {", ".join(f"{k} {pct(v)}" for k, v in young.items())}.
"""


def reel_watch_card(rw: pd.DataFrame, kinds: dict) -> str:
    g = rw.groupby("reel_id", observed=True)
    t = pd.DataFrame({"views": g.views.first(), "hook": g.views_3s.first() / g.views.first(),
                      "end": g.viewers_remaining.last() / g.views.first(),
                      "length": g.video_length_s.first()})
    t["avg_watch_share"] = g.viewers_remaining.apply(lambda s: s.iloc[1:].sum()) / t.views / t.length
    best = t.end.idxmax()
    assert best == t.hook.idxmax() == t.avg_watch_share.idxmax()
    steep = t[(t.hook > t.hook.median()) & (t.end < t.end.median())]
    flat = t[(t.hook < t.hook.median()) & (t.end > t.end.median())]
    # The lesson's shapes and its one clear reel to boost are in the data; the card leaves them to find.
    assert len(steep) and len(flat)
    return f"""# reel_watch — second-by-second retention of 30 reels

**Synthetic data.** Invented by `python -m datagen`. Invented: every reel and count. Each
`reel_id` is a `post_id` in `posts` (format `reel`, Instagram or Facebook); `views` equals that
post's views and the post's `avg_watch_time_s` is computed from this curve.

{fields("reel_watch", {
    "reel_id": ("", "post_id of the reel in `posts`"),
    "second": ("s", "second of the video, 0 … video_length_s"),
    "viewers_remaining": ("views", "views still playing at this second (non-increasing; second 0 = views)"),
    "views": ("views", "views of the reel (same on every row of a reel)"),
    "views_3s": ("views", "3-second views = viewers_remaining at second 3, counted like `views` (same on every row)"),
    "video_length_s": ("s", "length of the reel"),
})}

Hook rate = views_3s / views. Retention at second s = viewers_remaining / views. Average watch
time = sum of viewers_remaining over seconds 1…L / views.

## How it was generated
Each reel gets a hook level (share left at 3 s) and a decay rate after 3 s, drawn so that reels
differ in both; then viewers leave second by second by binomial draws (so counts never increase).

## What the data shows
(What the rows hold and how far to trust them; which reel works best is for you to work out.)
- {len(t)} reels, {fmt_int(len(rw))} rows: one row per second from 0 to the reel's length, so a
  reel of L seconds has L + 1 rows. Reels are {int(t.length.min())} to {int(t.length.max())} s long,
  with {fmt_int(t.views.min())} to {fmt_int(t.views.max())} views.
- A view is a play, not a person: someone who watches a reel twice counts twice, and
  `viewers_remaining` counts plays still running, not people.
- Here the counts agree by construction (never increasing; `views_3s` is the count at second 3). A
  platform's own export rounds counts and defines a "3-second view" its own way, so they need not
  add up exactly: on Meta a reel's views count every replay while its 3-second views leave replays
  out, so there views_3s / views comes out lower than the share of plays that lasted 3 seconds.
"""
