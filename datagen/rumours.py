"""Rumours about schemes: claims, hourly shares, per-account amplification."""
from __future__ import annotations

import numpy as np
import pandas as pd

from course.data import TZ

from .common import fields, fmt_int, pct, rng

HOURS = 120
CLAIMS = [
    # id, scheme, claim_en, claim_hi, fact_en, rating, first_seen, rebuttal_hour, size K
    ("R01", "Mahila Rozgar", "The Mahila Rozgar scheme has closed and takes no new applications.",
     "महिला रोजगार योजना बंद हो गई है, अब नए आवेदन नहीं लिए जाएँगे।",
     "In this exercise, applications are open; check the official portal or block office.",
     "False", "2025-10-03 09:00", 4, 9000),
    ("R02", "Mahila Rozgar", "You must pay a ₹500 registration fee to apply for Mahila Rozgar.",
     "महिला रोजगार योजना में आवेदन के लिए ₹500 रजिस्ट्रेशन फ़ीस देनी होगी।",
     "Applying is free; no one should ask for a fee.", "False", "2025-10-20 18:00", 6, 12000),
    ("R03", "Student Credit Card", "All Student Credit Card loans have been waived; no one has to repay.",
     "सभी स्टूडेंट क्रेडिट कार्ड ऋण माफ़ हो गए, अब किसी को चुकाना नहीं है।",
     "In this exercise, no waiver has been announced; repayment terms are on the official portal.",
     "False", "2025-07-14 20:00", 36, 8000),
    ("R04", "Kanya Utthan", "Kanya Utthan money is now only for girls who scored above 90%.",
     "कन्या उत्थान योजना का पैसा अब सिर्फ़ 90% से ज़्यादा अंक वाली छात्राओं को मिलेगा।",
     "In this exercise, the marks condition is invented; eligibility is on the official portal.",
     "Partly false", "2025-08-02 11:00", 8, 7000),
    ("R05", "Vriddhajan Pension", "Old-age pensions will stop on Friday for anyone without a new smart card.",
     "नया स्मार्ट कार्ड नहीं बनवाया तो शुक्रवार से वृद्धजन पेंशन बंद हो जाएगी।",
     "No new card is needed in this exercise; pensions continue.", "False", "2025-12-05 07:00",
     30, 15000),
    ("R06", "Saat Nishchay", "A video shows an official announcing ₹50,000 for every family under Saat Nishchay.",
     "वीडियो में अधिकारी सात निश्चय के तहत हर परिवार को ₹50,000 देने की घोषणा कर रहे हैं।",
     "The video was edited from an older speech; no such announcement exists.", "Altered",
     "2025-09-10 21:00", 14, 11000),
    ("R07", "JEEViKA", "JEEViKA self-help group loans now need a bank guarantee.",
     "जीविका स्वयं सहायता समूह के ऋण के लिए अब बैंक गारंटी ज़रूरी है।",
     "In this exercise, no such rule exists; ask the block JEEViKA office.", "False",
     "2025-11-18 10:00", 20, 6000),
    ("R08", "Vriddhajan Pension", "The old-age pension amount doubles from next month.",
     "अगले महीने से वृद्धजन पेंशन की राशि दोगुनी हो जाएगी।",
     "Only a proposal was discussed; nothing has changed yet (invented scenario).",
     "Missing context", "2026-01-08 16:00", 48, 7000),
    ("R09", "Mahila Rozgar", "Mahila Rozgar forms are only filled at one private cyber café for ₹200.",
     "महिला रोजगार योजना का फ़ॉर्म सिर्फ़ एक निजी साइबर कैफ़े से ₹200 में भरा जाता है।",
     "Forms are free at official centres and online.", "False", "2026-02-02 12:00", None, 8000),
    ("R10", "Saat Nishchay", "Saat Nishchay ended in 2020, so all its services have stopped.",
     "सात निश्चय 2020 में ख़त्म हो गया, अब इसकी कोई सेवा नहीं मिलती।",
     "Launched in 2015, parts continue under later programmes; check the official portal.",
     "Missing context", "2025-06-12 08:00", 10, 5000),
    ("R11", "Student Credit Card", "Students must send their Aadhaar to a WhatsApp number to keep their Student Credit Card.",
     "स्टूडेंट क्रेडिट कार्ड बचाने के लिए छात्रों को अपना आधार एक व्हाट्सएप नंबर पर भेजना होगा।",
     "Never send Aadhaar to a WhatsApp number; the department does not ask for it.", "False",
     "2026-03-09 19:00", 6, 10000),
    ("R12", "Kanya Utthan", "A photo shows crowds at a block office because Kanya Utthan money ran out.",
     "फ़ोटो में ब्लॉक कार्यालय पर भीड़ है क्योंकि कन्या उत्थान का पैसा ख़त्म हो गया।",
     "The photo is from an unrelated event years ago.", "False", "2025-05-21 13:00", 40, 9000),
]
ACCOUNT_WORDS = ["khabar", "news", "samachar", "update", "yojana", "sarkari", "bihar", "jobs",
                 "info", "live", "express", "times", "adda", "junction", "tak", "today"]


def _curves(r):
    hourly, meta = [], []
    for cid, sch, cen, chi, fen, rating, first, rh, K in CLAIMS:
        growth = r.uniform(0.20, 0.28)
        reach = None
        rate = np.full(HOURS, growth)
        if rh is not None:
            reach = int(r.integers(40, 400)) * 1000
            tau = 3.0 + 6.0 * (100_000 / reach) ** 0.5  # bigger rebuttal reach: faster decay
            hh = np.arange(HOURS)
            rate = np.where(hh >= rh, growth * (0.02 + 0.3 * np.exp(-(hh - rh) / tau)), growth)
        c = 50.0  # shares already out when monitoring first sees the claim
        new = np.empty(HOURS)
        for hh in range(HOURS):  # discrete logistic growth with a time-varying rate
            new[hh] = rate[hh] * c * (1 - c / K)
            c += new[hh]
        shares = r.poisson(new)
        start = pd.Timestamp(first, tz=TZ)
        for h in range(HOURS):
            hourly.append((cid, h, start + pd.Timedelta(hours=h), int(shares[h]),
                           rh is not None and h >= rh))
        meta.append((cid, sch, cen, chi, fen, rating, start, rh,
                     start + pd.Timedelta(hours=rh) if rh is not None else pd.NaT, reach))
    return hourly, meta


def rumours():
    r = rng("rumours")
    hourly, meta = _curves(r)
    h = pd.DataFrame(hourly, columns=["rumour_id", "hour", "timestamp", "shares", "rebutted"])
    m = pd.DataFrame(meta, columns=["rumour_id", "scheme", "claim_en", "claim_hi", "fact_en",
                                    "rating", "first_seen", "rebuttal_hour", "rebuttal_at",
                                    "rebuttal_reach"])
    m["rebuttal_hour"] = m["rebuttal_hour"].astype("Int64")
    m["rebuttal_reach"] = m["rebuttal_reach"].astype("Int64")
    # amplifiers: every share is traced to the account whose post it re-shared
    rows = []
    used = set()
    for cid, g in h.groupby("rumour_id", sort=True):
        total = int(g.shares.sum())
        n_acc = int(r.integers(60, 140))
        w = 1.0 / np.arange(1, n_acc + 1) ** 1.3  # Zipf-like: a few accounts carry most shares
        w = w[r.permutation(n_acc)]
        counts = r.multinomial(total, w / w.sum())
        cum = g.shares.cumsum().to_numpy()
        for k in range(n_acc):
            while True:
                name = f"@{ACCOUNT_WORDS[r.integers(len(ACCOUNT_WORDS))]}_" \
                       f"{ACCOUNT_WORDS[r.integers(len(ACCOUNT_WORDS))]}{r.integers(10, 999)}_demo"
                if name not in used:
                    used.add(name)
                    break
            typ = r.choice(["page", "group", "profile"], p=[.35, .25, .40])
            fol = int(np.exp(r.normal(8.5 if typ != "profile" else 6.5, 1.2)))
            big = counts[k] / max(1, total)
            fol = int(fol * (1 + 40 * big))  # big amplifiers have big audiences
            # early hours belong to the biggest amplifiers
            q = min(0.95, r.uniform(0.0, 0.6) if big < 0.05 else r.uniform(0.0, 0.15))
            first_h = int(np.searchsorted(cum, q * total))
            rows.append((cid, name, typ, fol, min(first_h, HOURS - 1), int(counts[k])))
    s = pd.DataFrame(rows, columns=["rumour_id", "account", "account_type", "followers",
                                    "first_share_hour", "shares"])
    s = s[s.shares > 0].sort_values(["rumour_id", "shares", "account"],
                                    ascending=[True, False, True], kind="mergesort")
    return m, h, s.reset_index(drop=True)


def _summary(m, h):
    rows = []
    for cid, g in h.groupby("rumour_id", sort=True):
        rh = m.set_index("rumour_id").rebuttal_hour[cid]
        tot = g.shares.sum()
        first6 = g.shares.iloc[:6].sum()
        if pd.notna(rh):
            before = g[(g.hour >= rh - 6) & (g.hour < rh)].shares.mean()
            first = g[(g.hour >= rh) & (g.hour < rh + 6)].shares.mean()  # 06's Exercise 4 window
            after = g[(g.hour >= rh + 6) & (g.hour < rh + 18)].shares.mean()
        else:
            before = first = after = np.nan
        rows.append((cid, rh, tot, first6, before, first, after))
    return pd.DataFrame(rows, columns=["rumour_id", "rebuttal_hour", "total", "first6", "before",
                                       "first", "after"]).set_index("rumour_id")


def rumours_card(m, h, s) -> str:
    sm = _summary(m, h)
    early = sm[sm.rebuttal_hour <= 8]
    late = sm[sm.rebuttal_hour >= 30]
    never = sm[sm.rebuttal_hour.isna()]
    r05 = sm.loc["R05"]
    reb = sm[sm.rebuttal_hour.notna()]
    assert (reb.first < reb.before).all() and (reb.after < reb.first).all(), reb
    assert early.total.max() < late.total.min()
    tbl = "\n".join(f"| {i} | {m.set_index('rumour_id').rating[i]} | "
                    f"{'never' if pd.isna(v.rebuttal_hour) else int(v.rebuttal_hour)} | "
                    f"{fmt_int(v.total)} | "
                    f"{'' if pd.isna(v.before) else f'{v.before:.1f} → {v.first:.1f} → {v.after:.1f}'} |"
                    for i, v in sm.iterrows())
    return f"""# rumours — false claims about schemes and how they spread

**Synthetic data.** Invented by `python -m datagen`. Real: the scheme names and the fact-check
rating names. **Invented: every claim (all are made-up falsehoods for the exercise), every
"fact" line, time, count and account.** The `fact_en` lines describe the exercise's scenario, not
current scheme rules: check the official portal before telling the public anything.

Three tables: `rumours` (one row per claim), `rumour_hourly` (shares per hour for 120 hours from
first sighting) and `rumour_shares` (amplifying accounts).

**What the shares are.** Public shares only: shares of public Facebook posts and reposts on X, as a
social-listening tool that reads public posts would count them (here invented, not collected). Nothing
here counts WhatsApp: its messages are end-to-end encrypted, so "only you and the person you're
communicating with can read what's sent, and nobody in between, not even WhatsApp" (WhatsApp Help
Center, "About end-to-end encryption", faq.whatsapp.com), and no tool can count forwards there.

{fields("rumours", {
    "rumour_id": ("", "claim key R01–R12"),
    "scheme": ("", "scheme the claim is about"),
    "claim_en": ("", "the (invented, false) claim in English"),
    "claim_hi": ("", "the claim in Hindi"),
    "fact_en": ("", "what is true in the exercise's scenario"),
    "rating": ("", "fact-check rating"),
    "first_seen": ("IST", "when monitoring first saw the claim (hour 0)"),
    "rebuttal_hour": ("hours", "hours from first_seen to the department's rebuttal; missing = never rebutted"),
    "rebuttal_at": ("IST", "time of the rebuttal; missing = never"),
    "rebuttal_reach": ("accounts", "reach of the rebuttal post(s); missing = never"),
})}

{fields("rumour_hourly", {
    "rumour_id": ("", "claim key"),
    "hour": ("hours", "hours since first_seen, 0–119"),
    "timestamp": ("IST", "start of that hour"),
    "shares": ("shares", "new public shares of the claim during that hour (Facebook shares, X reposts)"),
    "rebutted": ("", "True from the rebuttal hour on"),
})}

{fields("rumour_shares", {
    "rumour_id": ("", "claim key"),
    "account": ("", "invented public account (handle ends in `_demo`) whose post was re-shared"),
    "account_type": ("", "page, group or profile"),
    "followers": ("accounts", "followers of that account"),
    "first_share_hour": ("hours", "hour (since first_seen) when the account first shared the claim"),
    "shares": ("shares", "shares traced to this account over the 120 hours"),
})}

For each claim, `rumour_shares.shares` sums to the total of `rumour_hourly.shares`.

## How it was generated
Spread is discrete logistic growth from 50 shares at hour 0: new shares per hour = rate ×
C × (1 − C/K), with rate 0.20–0.28 per hour (nearly exponential in the first day) and K the
claim's ceiling. From the rebuttal hour on, the rate drops to rate × (0.02 + 0.3·exp(−(h −
rebuttal)/τ)), with τ shorter when the rebuttal reaches more people. Counts are Poisson draws.
Shares are split over 60–140 accounts with Zipf-like weights, so a handful of amplifiers carry
most of the spread.

## What the data shows
| rumour | rating | rebuttal hour | total shares (120 h) | mean shares/h: 6 h before → first 6 h from the rebuttal → hours 6–17 after |
| --- | --- | --- | --- | --- |
{tbl}

- Growth is fast early: across claims, shares in hour 12–17 are on average
  {h[h.hour.between(12, 17)].shares.mean() / max(0.01, h[h.hour.between(0, 5)].shares.mean()):.1f}×
  those in hours 0–5.
- Every rebutted claim slows after its rebuttal. Module 06 (Exercise 4) compares the 6 hours
  before the rebuttal with the first 6 hours from it: R05, rebutted at hour {r05.rebuttal_hour}, goes from
  {r05.before:.1f} to {r05.first:.1f} shares an hour (hours {r05.rebuttal_hour - 6}–{r05.rebuttal_hour - 1} against
  {r05.rebuttal_hour}–{r05.rebuttal_hour + 5}). Hours 6–17 after are lower still ({r05.after:.1f} for R05): the
  generator cuts the growth rate at the rebuttal to about a third, then lower over the next hours (τ above).
- Early rebuttals (≤ 8 h: {", ".join(early.index)}) end with a median of
  {fmt_int(early.total.median())} shares; late ones (≥ 30 h: {", ".join(late.index)}) with
  {fmt_int(late.total.median())}; the never-rebutted claim ({", ".join(never.index)}) with
  {fmt_int(never.total.median())}.
- Top amplifiers: in every claim the top 5 accounts carry
  {pct(s.groupby("rumour_id", observed=True).shares.apply(lambda x: x.nlargest(5).sum() / x.sum()).min(), 0)}–{pct(s.groupby("rumour_id", observed=True).shares.apply(lambda x: x.nlargest(5).sum() / x.sum()).max(), 0)}
  of the shares.
"""
