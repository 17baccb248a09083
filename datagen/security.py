"""Page security: admins (access register), logins (sign-in log with planted incidents), links."""
from __future__ import annotations

import numpy as np
import pandas as pd

from course.data import TZ

from .common import AUDIT_DATE, fields, rng
from .reference import DISTRICT_ROWS

HQ = {r[0]: (r[3], r[4], r[5]) for r in DISTRICT_ROWS}  # district -> (town, lat, lon)
PAGES = [("@iprd_bihar_demo", "Patna"), ("@dpro_patna_demo", "Patna"), ("@dpro_gaya_demo", "Gaya"),
         ("@dpro_darbhanga_demo", "Darbhanga"), ("@dpro_muzaffarpur_demo", "Muzaffarpur"),
         ("@dpro_bhagalpur_demo", "Bhagalpur"), ("@dpro_purnia_demo", "Purnia"),
         ("@dpro_saran_demo", "Saran"), ("@dpro_nalanda_demo", "Nalanda"),
         ("@dpro_madhubani_demo", "Madhubani"), ("@dpro_kishanganj_demo", "Kishanganj"),
         ("@dpro_siwan_demo", "Siwan")]
# First names by gender and community, each with the surnames such a name is written with in Bihar:
# a Hindu woman is often "Kumari" and never "Kumar", a Muslim name takes a Muslim surname. FIRST keeps
# its order and every group has N_SURNAMES distinct surnames, so a person is still two draws
# (first name, then a number below N_SURNAMES mapped into that name's own list): the random stream,
# and every dataset after the names, stay as they were.
FIRST = ["Aakash", "Bina", "Chandan", "Divya", "Faisal", "Gaurav", "Harsh", "Ila", "Jyoti",
         "Kamal", "Lata", "Mukesh", "Nargis", "Om", "Pankaj", "Rashmi", "Sameer", "Tanvi", "Umesh",
         "Vandana", "Yusuf", "Zeba", "Alok", "Bhavna", "Chetan", "Deepti", "Ehsan", "Gunjan",
         "Hemant", "Indu", "Jitendra", "Kajal", "Lalit", "Madhu", "Nitin", "Parveen", "Ritu",
         "Saurabh", "Tarun", "Usha"]
N_SURNAMES = 16
SURNAMES = {
    "hindu_man": ["Kumar", "Sinha", "Mishra", "Jha", "Prasad", "Singh", "Gupta", "Verma", "Choudhary",
                  "Rai", "Thakur", "Yadav", "Srivastava", "Pandey", "Mandal", "Ojha"],
    "hindu_woman": ["Kumari", "Sinha", "Mishra", "Jha", "Singh", "Sharma", "Gupta", "Verma", "Choudhary",
                    "Rai", "Thakur", "Yadav", "Srivastava", "Pandey", "Mandal", "Ojha"],
    "muslim_man": ["Ahmad", "Siddiqui", "Khan", "Haque", "Imam", "Ansari", "Alam", "Akhtar", "Qureshi",
                   "Rahman", "Raza", "Hussain", "Hasan", "Ashraf", "Anwar", "Iqbal"],
    "muslim_woman": ["Khatoon", "Siddiqui", "Khan", "Fatima", "Begum", "Ansari", "Naaz", "Akhtar",
                     "Qureshi", "Rahman", "Jahan", "Hussain", "Bano", "Sultana", "Anjum", "Imam"],
}
GROUP = {**{f: "hindu_man" for f in ["Aakash", "Chandan", "Gaurav", "Harsh", "Kamal", "Mukesh", "Om",
                                     "Pankaj", "Sameer", "Umesh", "Alok", "Chetan", "Hemant", "Jitendra",
                                     "Lalit", "Nitin", "Saurabh", "Tarun"]},
         **{f: "hindu_woman" for f in ["Bina", "Divya", "Ila", "Jyoti", "Lata", "Rashmi", "Tanvi", "Vandana",
                                       "Bhavna", "Deepti", "Gunjan", "Indu", "Kajal", "Madhu", "Ritu", "Usha"]},
         **{f: "muslim_man" for f in ["Faisal", "Yusuf", "Ehsan"]},
         **{f: "muslim_woman" for f in ["Nargis", "Zeba", "Parveen"]}}
WOMEN = {f for f, g in GROUP.items() if g.endswith("woman")}


def full_name(first: str, k: int) -> str:
    """`first` with the k-th surname of its own group."""
    return f"{first} {SURNAMES[GROUP[first]][k]}"


WINDOW_START = pd.Timestamp("2026-01-01 00:00", tz=TZ)
STUFF_IP, NEWC_IP, TRAVEL_IP = "192.0.2.66", "192.0.2.140", "203.0.113.77"
DEPARTED = "departed"
SINGLE_FULL_CONTROL = "@dpro_kishanganj_demo"


def haversine_km(lat1, lon1, lat2, lon2):
    lat1, lon1, lat2, lon2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * np.arcsin(np.sqrt(a))


def _roster(r):
    names = set()
    people = []

    def person():
        while True:
            n = full_name(FIRST[r.integers(len(FIRST))], int(r.integers(N_SURNAMES)))
            if n not in names:
                names.add(n)
                return n

    for i, (page, dist) in enumerate(PAGES):
        # Page access as Meta names it today (see admins_card): full control, partial control, task access.
        if page == "@iprd_bihar_demo":
            levels = ["full control", "full control", "partial control", "partial control", "task access"]
        elif page == "@dpro_gaya_demo":  # planted: far more people with full control than needed
            levels = ["full control"] * 7 + ["partial control"]
        elif page == SINGLE_FULL_CONTROL:  # planted: one person with full control
            levels = ["full control"] + ["partial control"] * int(r.integers(1, 3))
        else:  # two people with full control (the transferred officer is one of Siwan's two)
            levels = ["full control", "full control"] + ["partial control"] * int(r.integers(1, 3)) + \
                     (["task access"] if r.random() < 0.5 else []) + (["task access"] if r.random() < 0.2 else [])
        for level in levels:
            people.append(dict(page=page, district=dist, person=person(), access=level))
    df = pd.DataFrame(people)
    df["user"] = df.person.str.lower().str.replace(" ", ".", regex=False)
    df["two_factor"] = True
    df["personal_email"] = False
    df["status"] = "serving"
    df["status_since"] = pd.Series(pd.NaT, index=df.index, dtype="datetime64[us, Asia/Kolkata]")
    df["inactive"] = False
    # plant: a transferred officer still holding full control of the old page (and still logging in)
    dep = df.index[(df.page == "@dpro_siwan_demo") & (df.access == "full control")][0]
    df.loc[dep, ["status", "status_since"]] = ["transferred", pd.Timestamp("2026-01-15", tz=TZ)]
    df.loc[dep, "two_factor"] = False
    df.loc[dep, "personal_email"] = True
    # plant: a retired officer with partial control never removed (also inactive > 90 days)
    ret = df.index[(df.page == "@dpro_purnia_demo") & (df.access == "partial control")][0]
    df.loc[ret, ["status", "status_since", "inactive"]] = ["retired",
                                                           pd.Timestamp("2025-09-30", tz=TZ), True]
    cand = [i for i in df.index if i not in (dep, ret)]
    pick = r.permutation(cand)
    for i in pick[:5]:
        df.loc[i, "two_factor"] = False
    for i in pick[3:7]:
        df.loc[i, "personal_email"] = True
    for i in pick[7:10]:
        df.loc[i, "inactive"] = True
    return df, df.loc[dep, "user"]


def _email(r, row):
    if row.personal_email:
        dom = ["gmail.example", "yahoo.example", "rediffmail.example"][r.integers(3)]
        return f"{row.user.replace('.', '')}{r.integers(10, 99)}@{dom}"
    return f"{row.user}@bihar.gov.example"


def logins_and_admins():
    r = rng("security")
    ro, departed_user = _roster(r)
    ro["email"] = [_email(r, row) for row in ro.itertuples()]
    users = ro.drop_duplicates("user").set_index("user")
    devices = ["Android phone", "iPhone", "Windows PC", "Mac laptop"]
    rows = []
    page_idx = {p: i for i, (p, _) in enumerate(PAGES)}
    days = pd.date_range(WINDOW_START, AUDIT_DATE.normalize(), freq="D")
    newc_user = ro[(~ro.two_factor) & (ro.status == "serving") & (~ro.inactive)].user.iloc[0]
    travel_user = ro[(ro.page == "@iprd_bihar_demo") & (ro.status == "serving")
                     & (~ro.inactive)].user.iloc[1]
    for u, p in users.iterrows():
        if p.inactive:
            continue
        town, lat, lon = HQ[p.district]
        devs = list(r.choice(devices, int(r.integers(1, 3)), replace=False))
        office_ip = f"10.{page_idx[p.page] + 10}.0.{r.integers(2, 250)}"
        mobile_ip = f"{['198.51.100', '203.0.113'][r.integers(2)]}.{r.integers(1, 255)}"
        for day in days:
            if p.status == "transferred" and day >= p.status_since:
                break
            lam = 1.3 if day.weekday() < 5 else 0.4
            n = r.poisson(lam)
            travel = r.random() < 0.03 and p.district != "Patna"
            c_town, c_lat, c_lon = ("Patna",) + HQ["Patna"][1:] if travel else (town, lat, lon)
            for _ in range(n):
                t = day + pd.Timedelta(minutes=int(r.integers(9 * 60, 21 * 60)))
                dev = devs[r.integers(len(devs))]
                ip = office_ip if (dev in ("Windows PC", "Mac laptop") and not travel) else mobile_ip
                fails = int(r.random() < 0.05) + int(r.random() < 0.01)
                for k in range(fails):
                    rows.append([t - pd.Timedelta(minutes=2 * (fails - k)), u, p.page, ip, "India",
                                 c_town, c_lat, c_lon, dev, False, False, None])
                rows.append([t, u, p.page, ip, "India", c_town, c_lat, c_lon, dev, True,
                             bool(p.two_factor), None])
    df = pd.DataFrame(rows, columns=["timestamp", "user", "page", "ip", "country", "city", "latitude",
                                     "longitude", "device", "success", "two_factor_used", "incident"])
    # --- planted incidents -----------------------------------------------------------------
    # 1. credential stuffing: 36 failures from one address in 7 minutes, many usernames
    t0 = pd.Timestamp("2026-02-14 02:10:00", tz=TZ)
    names = list(users.index[:14]) + ["admin", "iprd.bihar", "test", "dpro.patna"]
    stuff = []
    for k in range(36):
        stuff.append([t0 + pd.Timedelta(seconds=int(12 * k + r.integers(0, 8))),
                      names[r.integers(len(names))], "@iprd_bihar_demo", STUFF_IP, "Netherlands",
                      "Amsterdam", 52.37, 4.90, "Unknown (script)", False, False,
                      "credential_stuffing"])
    # 2. new country: a user without 2FA logs in from Frankfurt at night
    tn = pd.Timestamp("2026-03-03 03:12:00", tz=TZ)
    df = df[~((df.user == newc_user) & (df.timestamp > tn - pd.Timedelta(hours=12))
              & (df.timestamp < tn + pd.Timedelta(hours=12)))]
    newc = [[tn, newc_user, users.loc[newc_user, "page"], NEWC_IP, "Germany", "Frankfurt", 50.11,
             8.68, "Windows PC", True, False, "new_country"]]
    # 3. impossible travel: Patna at 10:05, Bengaluru at 10:47 the same morning
    ta = pd.Timestamp("2026-03-10 10:05:00", tz=TZ)
    df = df[~((df.user == travel_user) & (df.timestamp > ta - pd.Timedelta(hours=3))
              & (df.timestamp < ta + pd.Timedelta(hours=4)))]
    tp = users.loc[travel_user]
    trav = [[ta, travel_user, tp.page, f"10.{page_idx[tp.page] + 10}.0.9", "India", "Patna", 25.59,
             85.14, "Windows PC", True, bool(tp.two_factor), None],
            [ta + pd.Timedelta(minutes=42), travel_user, tp.page, TRAVEL_IP, "India", "Bengaluru",
             12.97, 77.59, "Android phone", True, bool(tp.two_factor), "impossible_travel"]]
    # 4. departed officer: logins after the transfer, from the new posting
    dp = users.loc[departed_user]
    dep = [[pd.Timestamp(ts, tz=TZ), departed_user, dp.page, "198.51.100.201", "India", "Motihari",
            26.65, 84.92, "Android phone", True, False, "departed_account_active"]
           for ts in ("2026-02-20 22:40:00", "2026-03-18 23:05:00")]
    df = pd.concat([df, pd.DataFrame(stuff + newc + trav + dep, columns=df.columns)],
                   ignore_index=True)
    df = df.sort_values(["timestamp", "user", "success"], kind="mergesort").reset_index(drop=True)
    df.insert(0, "login_id", [f"L{i + 1:05d}" for i in range(len(df))])
    df["latitude"] = df.latitude.astype(float).round(2)
    df["longitude"] = df.longitude.astype(float).round(2)
    # --- admins table ------------------------------------------------------------------------
    last = df[df.success].groupby("user", observed=True).timestamp.max()
    adm = ro.copy()
    la = []
    for row in adm.itertuples():
        if row.user in last.index:
            la.append(last[row.user])
        elif row.status == "retired":  # last seen shortly before retiring
            la.append(row.status_since - pd.Timedelta(days=int(r.integers(2, 20)), hours=int(r.integers(1, 9))))
        else:  # inactive: last seen 100-200 days before the audit
            la.append((AUDIT_DATE - pd.Timedelta(days=int(r.integers(100, 200)))).floor("min")
                      - pd.Timedelta(hours=int(r.integers(0, 10))))
    adm["last_active"] = la
    adm = adm[["page", "person", "user", "access", "email", "two_factor", "last_active", "status",
               "status_since"]]
    adm = adm.sort_values(["page", "access", "person"], kind="mergesort").reset_index(drop=True)
    return df, adm


# --- detectors (the card's rules; tests re-implement them independently) ---------------------
def detect(logins: pd.DataFrame, admins: pd.DataFrame) -> pd.Series:
    out = pd.Series(pd.NA, index=logins.index, dtype="object")
    f = logins[~logins.success].sort_values("timestamp")
    for ip, g in f.groupby("ip"):
        t = g.timestamp.to_numpy()
        j = 0
        for i in range(len(t)):
            while t[i] - t[j] > np.timedelta64(10, "m"):
                j += 1
            if i - j + 1 >= 10:
                out[logins.ip == ip] = "credential_stuffing"
                break
    s = logins[logins.success].sort_values("timestamp")
    for u, g in s.groupby("user", observed=True):
        g = g.reset_index()
        for i in range(1, len(g)):
            prev = g.iloc[:i]
            recent = prev[prev.timestamp >= g.timestamp[i] - pd.Timedelta(days=30)]
            if len(recent) and g.country[i] not in set(recent.country):
                out[g["index"][i]] = "new_country"
            km = haversine_km(g.latitude[i - 1], g.longitude[i - 1], g.latitude[i], g.longitude[i])
            hours = (g.timestamp[i] - g.timestamp[i - 1]).total_seconds() / 3600
            if km > 0 and (hours == 0 or km / hours > 900):
                out[g["index"][i]] = "impossible_travel"
    gone = admins[admins.status != "serving"].groupby("user", observed=True).status_since.min()
    for u, since in gone.items():
        out[logins.success & (logins.user == u) & (logins.timestamp > since)] = \
            "departed_account_active"
    return out


def logins_card(df: pd.DataFrame) -> str:
    inc = df[df.incident.notna()]
    lines = []
    for name, g in inc.groupby("incident", sort=False):
        ids = ", ".join(g.login_id) if len(g) <= 4 else f"{g.login_id.iloc[0]} … {g.login_id.iloc[-1]} ({len(g)} rows)"
        tried = sorted(set(g.user.astype(str)))  # every username, none cut off (the notebook counts them)
        who = ", ".join(tried) if len(tried) <= 3 else f"{len(tried)} usernames: {', '.join(tried)}"
        lines.append(f"| {name} | {ids} | {g.timestamp.min():%Y-%m-%d %H:%M}"
                     f"{'' if len(g) == 1 else f' – {g.timestamp.max():%Y-%m-%d %H:%M}'} | "
                     f"{who} | {', '.join(sorted(set(g.ip)))} |")
    trav = inc[inc.incident == "impossible_travel"].iloc[0]
    prev = df[(df.user == trav.user) & df.success & (df.timestamp < trav.timestamp)].iloc[-1]
    km = haversine_km(prev.latitude, prev.longitude, trav.latitude, trav.longitude)
    hrs = (trav.timestamp - prev.timestamp).total_seconds() / 3600
    return f"""# logins — sign-in log of the department's own login system, with planted incidents

**Synthetic data.** Invented by `python -m datagen`. Real: town names and approximate coordinates.
Invented: every person, username, login and device. IP addresses come only from ranges reserved
for documentation (192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24) and the private 10.0.0.0/8
range, so none belongs to a real machine. Period: 2026-01-01 to 2026-03-31 (IST).

**Who would see a log like this.** Meta gives the people who manage a Page no log of everyone's
logins with IP addresses. A table like this one is what a department's own login system (its
official email or single sign-on service, through which staff reach their work tools) records, and
what its IT or security team can read. Each officer sees only their own Facebook account: login
alerts about unrecognised logins and the list "Where you're logged in" (Accounts Centre ▸ Password
and security; Facebook Help Centre, "Login alerts and two-factor authentication"). The people with
full control of a Page see its access list (who has access), not their colleagues' logins.

{fields("logins", {
    "login_id": ("", "row key, in time order"),
    "timestamp": ("IST", "time of the attempt"),
    "user": ("", "username tried (usernames of staff; some attack rows try names that do not exist)"),
    "page": ("", "page the user manages (for attack rows: the page whose staff were targeted)"),
    "ip": ("", "source IP address (documentation/private ranges only)"),
    "country": ("", "country of the IP (geolocated)"),
    "city": ("", "city of the IP (geolocated)"),
    "latitude": ("degrees", "approximate latitude of the city"),
    "longitude": ("degrees", "approximate longitude of the city"),
    "device": ("", "device type"),
    "success": ("", "True if the login succeeded"),
    "two_factor_used": ("", "True if a second factor was used (only on successful logins)"),
    "incident": ("", "name of the planted incident this row belongs to; missing for normal traffic"),
})}

## Detection rules (the incidents are exactly what these rules flag)
1. **credential_stuffing**: an IP with ≥ 10 failed attempts within any 10-minute window; flag every
   attempt from that IP.
2. **new_country**: a successful login whose country is not among the countries of the same user's
   successful logins in the previous 30 days (users with no success in those 30 days are skipped).
3. **impossible_travel**: a successful login whose great-circle distance (haversine, R = 6371 km)
   from the same user's previous successful login, divided by the time between them, exceeds
   900 km/h; flag the later login.
4. **departed_account_active**: a successful login by a user whose `admins.status` is not
   `serving`, after their `status_since`.

Normal traffic never triggers these rules (checked when generating): failures are isolated
typos (1–2 before a success), staff log in from their district town or, on travel days, Patna.

## Planted incidents
| incident | login_id | time (IST) | user(s) | IP |
| --- | --- | --- | --- | --- |
{chr(10).join(lines)}

- The impossible-travel pair: {prev.login_id} ({prev.city}, {prev.timestamp:%H:%M}) →
  {trav.login_id} ({trav.city}, {trav.timestamp:%H:%M}): {km:,.0f} km in {hrs * 60:.0f} minutes
  = {km / hrs:,.0f} km/h.
- The new-country login uses no second factor; the departed officer's logins are late at night.

## What the data shows
- {len(df):,} attempts by {df.user.nunique()} usernames; {int((~df.success).sum())} failures
  ({int((~df.success & df.incident.isna()).sum())} of them ordinary typos).
- Successful logins with two-factor: {(df[df.success].two_factor_used.mean() * 100):.0f}%.
"""


def admins_card(adm: pd.DataFrame) -> str:
    no2fa = adm[~adm.two_factor]
    personal = adm[~adm.email.str.endswith("@bihar.gov.example")]
    inactive = adm[adm.last_active < AUDIT_DATE - pd.Timedelta(days=90)]
    gone = adm[adm.status != "serving"]
    full = adm[adm.access == "full control"].groupby("page", observed=True).size().sort_values(ascending=False)
    serving_full = adm[(adm.access == "full control") & (adm.status == "serving")].groupby("page", observed=True).size()
    two = full[full == 2]
    one = full[full == 1]
    lst = lambda d: ", ".join(f"{r.person} ({r.page})" for r in d.itertuples())
    return f"""# admins — who can manage which page (the department's access register, audit date 2026-03-31)

**Synthetic data.** Invented by `python -m datagen`. Invented: every person, username, email and
date. Official addresses use `@bihar.gov.example`, standing in for an official government mail
domain; personal addresses use `@gmail.example`, `@yahoo.example`, `@rediffmail.example`. All
are reserved, non-working domains.

{fields("admins", {
    "page": ("", "invented page handle"),
    "person": ("", "invented name"),
    "user": ("", "login username (matches `logins.user`)"),
    "access": ("", "the person's access to the page, as Meta names it today: full control or partial "
                   "control (Facebook access), or task access (see below)"),
    "email": ("", "email on the account: official or personal"),
    "two_factor": ("", "two-factor authentication switched on"),
    "last_active": ("IST", "last successful sign-in (from `logins`; earlier for people with none in 2026)"),
    "status": ("", "serving, transferred or retired"),
    "status_since": ("IST", "date of transfer/retirement; missing when serving"),
})}

## Page access today
Facebook Pages in the new Pages experience no longer have the classic roles admin, editor, moderator
and analyst. A Page gives trusted people **Facebook access**, with **full control** (everything,
including the Page's settings and giving or removing other people's access) or **partial control**
(content, messages, comments, ads, insights, but not settings or access), or **task access** to
chosen tasks in Meta Business Suite without switching into the Page (Meta Business Help Centre,
"About Page access in the new Pages experience", https://www.facebook.com/business/help/1101781386943864;
for Pages in a business portfolio the same levels are given as partial access or full control of the
asset). The register's `access` column uses these three levels. An older register may still say
admin, editor, moderator or analyst: when Pages moved to the new experience, admins kept full
control, editors got Facebook access and the other roles (advertiser, analyst and so on) got task
access (Meta for Government and Nonprofits, "Navigating the new Page permissions",
https://socialimpact.facebook.com/news-and-more/news/navigating-the-new-page-permissions).

## How it was generated
Each district page gets two people with full control and 1–2 with partial control, sometimes one or
two with task access; the state page @iprd_bihar_demo has two with full control, two with partial
control and one with task access.
The problems below were planted on purpose. `last_active` is computed from `logins`.

## What the data shows: planted problems (what an audit should find)
- No two-factor ({len(no2fa)}): {lst(no2fa)}.
- Personal email ({len(personal)}): {lst(personal)}.
- Inactive > 90 days before the audit, i.e. last active before 2026-01-01 ({len(inactive)}): {lst(inactive)}.
- Too many people with full control: {full.index[0]} has {full.iloc[0]} (each of them can remove all the
  others).
- Only one person with full control: {", ".join(one.index)} (if that one account is locked out or taken
  over, nobody can repair the page's access). {len(two)} pages have two.
- No longer serving but still holding access ({len(gone)}):
  {"; ".join(f"{r.person} ({r.page}, {r.access}, {r.status} since {r.status_since:%Y-%m-%d}, last active {r.last_active:%Y-%m-%d})" for r in gone.itertuples())}.
  The transferred officer still signs in (see `logins`, incident `departed_account_active`); once that
  officer is removed, {", ".join(f"{p} keeps {n} serving person with full control" for p, n in serving_full.items() if n < 2 and p not in set(one.index))}.
"""


# --------------------------------------------------------------------------------------- links
OFFICIAL = ["state.bihar.gov.in", "serviceonline.bihar.gov.in", "india.gov.in", "pib.gov.in",
            "mygov.in", "uidai.gov.in", "cert-in.org.in", "brlps.in"]
PATHS = ["/scheme/mahila-rozgar", "/scheme/kanya-utthan", "/scheme/student-credit-card",
         "/pension/status", "/notice/2025-26", "/press-release", "/fact-check", "/helpdesk",
         "/apply", "/documents", "/advisory/cyber-safety", "/faq"]
SHORTENERS = ["bit.ly", "tinyurl.com", "t.co", "rb.gy", "cutt.ly", "is.gd"]
GOVERNMENT_ZONES = ["gov.in", "nic.in"]
PHISH_HOSTS = ["bihar-scheme-kyc.example", "mahila-rozgar-apply.test", "pension-update-bihar.example",
               "free-laptop-yojana.test", "lottery-claim-india.example", "aadhaar-verify-now.test",
               "student-card-refund.example", "govt-job-bihar.test", "bonus-10000-yojana.example",
               "secure-login-meta-verify.test"]
PHISH_PATHS = ["/login", "/kyc", "/verify-aadhaar", "/claim-reward", "/update-bank", "/otp",
               "/apply-now", "/account/confirm"]
HOMO = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "i": "\u0456", "p": "\u0440", "c": "\u0441"}
DIGIT = {"i": "1", "o": "0", "l": "1", "a": "4", "e": "3"}
ALNUM = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def is_government(host: str) -> bool:
    """Registration under gov.in and nic.in is restricted to government bodies (registry.gov.in)."""
    return any(host == d or host.endswith("." + d) for d in GOVERNMENT_ZONES)


def _lookalike(r, host, tech):
    """An invented host imitating `host`. An attacker cannot register a name under gov.in, so a
    look-alike of a gov.in host changes the `gov` label or leaves the zone (`p1b-gov.in`)."""
    labels = host.split(".")
    gov = is_government(host)
    k = 1 if host.endswith("bihar.gov.in") else 0  # the label to imitate
    if gov and tech in ("typo", "homoglyph"):
        k = len(labels) - 2  # the "gov" label
    lab = labels[k]
    if tech == "typo":
        j = int(r.integers(len(lab)))
        op = r.integers(4 if gov else 3)
        if op == 3:  # the dot before "gov" dropped: pibgov.in
            return ".".join(labels[:k - 1] + [labels[k - 1] + lab] + labels[k + 1:])
        if op == 0:
            lab = lab[:j] + lab[j + 1:]  # drop a letter
        elif op == 1:
            lab = lab[:j] + lab[j] + lab[j:]  # double a letter
        else:
            j = min(j, len(lab) - 2)
            lab = lab[:j] + lab[j + 1] + lab[j] + lab[j + 2:]  # swap two letters
    elif tech == "digit_swap":
        js = [j for j, ch in enumerate(lab) if ch in DIGIT]
        if not js:
            return None
        j = js[r.integers(len(js))]
        lab = lab[:j] + DIGIT[lab[j]] + lab[j + 1:]
        if gov:  # outside the gov.in zone: p1b-gov.in
            labels[k] = lab
            return ".".join(labels[:-2]) + "-" + ".".join(labels[-2:])
    elif tech == "homoglyph":
        js = [j for j, ch in enumerate(lab) if ch in HOMO]
        if not js:
            return None
        j = js[r.integers(len(js))]
        lab = (lab[:j] + HOMO[lab[j]] + lab[j + 1:]).encode("idna").decode("ascii")
    elif tech == "hyphen":
        if len(labels) < 3:
            j = int(r.integers(2, len(labels[0]) - 1))
            return labels[0][:j] + "-" + labels[0][j:] + "." + ".".join(labels[1:])
        return ".".join(labels[:-3]) + ("." if len(labels) > 3 else "") + \
            f"{labels[-3]}-{labels[-2]}.{labels[-1]}"
    elif tech == "tld_swap":
        return ".".join(labels[:-1] + [["co", "com", "org", "in.net"][r.integers(4)]])
    elif tech == "subdomain":
        return host + "." + ["verify-kyc.example", "secure-login.test", "account-help.example"][
            r.integers(3)]
    labels[k] = lab
    out = ".".join(labels)
    return None if out == host else out


def links() -> pd.DataFrame:
    r = rng("links")
    rows = []
    t0 = pd.Timestamp("2025-10-01", tz=TZ)
    seen = set()

    def add(url, host, label, tech=None, imit=None, where_p=(.3, .3, .15, .15, .1)):
        if url in seen:
            return
        seen.add(url)
        when = t0 + pd.Timedelta(minutes=int(r.integers(0, 182 * 24 * 60)))
        times = int(np.ceil(np.exp(r.normal(1.2 if label == "official" else 1.8, 1.0))))
        rows.append((url, host, label, tech, imit, r.choice(
            ["WhatsApp", "comment", "DM", "email", "SMS"], p=list(where_p)), when, times))

    while sum(1 for x in rows if x[2] == "official") < 100:
        h = OFFICIAL[r.integers(len(OFFICIAL))]
        add(f"https://{h}{PATHS[r.integers(len(PATHS))]}" + ("" if r.random() < 0.6 else
            f"?id={r.integers(100, 9999)}"), h, "official")
    techs = ["typo", "digit_swap", "hyphen", "tld_swap", "subdomain", "homoglyph"]
    while sum(1 for x in rows if x[2] == "lookalike") < 90:
        h = OFFICIAL[r.integers(4) if r.random() < 0.7 else r.integers(len(OFFICIAL))]
        tech = techs[r.integers(len(techs))]
        fake = _lookalike(r, h, tech)
        if fake is None or fake in OFFICIAL or is_government(fake):
            continue
        add(f"{['https', 'http'][r.integers(2)]}://{fake}{PHISH_PATHS[r.integers(len(PHISH_PATHS))]}",
            fake, "lookalike", tech, h, (.45, .2, .15, .1, .1))
    while sum(1 for x in rows if x[2] == "shortened") < 50:
        h = SHORTENERS[r.integers(len(SHORTENERS))]
        code = "".join(ALNUM[j] for j in r.integers(0, len(ALNUM), int(r.integers(6, 9))))
        add(f"https://{h}/{code}", h, "shortened", where_p=(.5, .2, .1, .05, .15))
    while sum(1 for x in rows if x[2] == "phishing") < 70:
        if r.random() < 0.15:
            h = ["203.0.113.45", "198.51.100.23", "192.0.2.88"][r.integers(3)]
        else:
            h = PHISH_HOSTS[r.integers(len(PHISH_HOSTS))]
        add(f"http://{h}{PHISH_PATHS[r.integers(len(PHISH_PATHS))]}?ref={r.integers(1000, 99999)}",
            h, "phishing", where_p=(.45, .15, .1, .1, .2))
    df = pd.DataFrame(rows, columns=["url", "host", "label", "technique", "imitates", "seen_in",
                                     "first_seen", "times_seen"])
    df = df.sort_values(["first_seen", "url"], kind="mergesort").reset_index(drop=True)
    df.insert(0, "link_id", [f"U{i + 1:04d}" for i in range(len(df))])
    return df


def levenshtein(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def links_card(df: pd.DataFrame) -> str:
    cnt = df.label.value_counts()
    tech = df[df.label == "lookalike"].technique.value_counts()
    ex = df[df.label == "lookalike"].groupby("technique", observed=True).first()
    la = df[df.label == "lookalike"]
    dist = la.assign(d=[levenshtein(a, b) for a, b in zip(la.host, la.imitates, strict=False)]).groupby(
        "technique", observed=True).d.max()
    return f"""# links — URLs seen in messages to the department

**Synthetic data.** Invented by `python -m datagen`. Real: the official domains
({", ".join(OFFICIAL)}) and the shortener domains ({", ".join(SHORTENERS)}). Invented: every path,
query and short code (random: **do not open them**), every look-alike host (typo variants of
official hosts; some such strings could be registered by someone in reality — never visit them),
and every phishing host, which uses the reserved `.example`/`.test` domains or documentation IP
addresses. The dataset is for string analysis only.

{fields("links", {
    "link_id": ("", "row key"),
    "url": ("", "the URL as seen"),
    "host": ("", "host part of the URL (look-alikes with other scripts are in punycode, `xn--…`)"),
    "label": ("", "official, lookalike (imitates an official host), shortened (hides the target), phishing (lure on an unrelated domain)"),
    "technique": ("", "for look-alikes: how the host imitates the official one; missing otherwise"),
    "imitates": ("", "for look-alikes: the official host imitated; missing otherwise"),
    "seen_in": ("", "where the link was seen"),
    "first_seen": ("IST", "first time seen (Oct 2025 – Mar 2026)"),
    "times_seen": ("count", "times seen"),
})}

## Government domains
Registration under `gov.in` is restricted to government bodies, central, state, district and
sub-district (NIC's GOV.IN registry, FAQ "What are the eligibility requirements for obtaining a name
in the GOV.IN domain?", https://registry.gov.in/domain_faq.html; MeitY, "Guidelines for allocation of
registration under GOV.IN domain", F. No. L-13/14/2014-IGD, 6 April 2015), and the Guidelines for
Indian Government Websites require government sites to use `gov.in` or `nic.in` (GIGW, section 2.2
"Government Domains", https://web.guidelines.gov.in/2-2-government-domains). So a host that is
`gov.in` or `nic.in`, or ends with `.gov.in` or `.nic.in`, belongs to a government body: still check
it is the department you expect. No look-alike host in this dataset is under `gov.in` or `nic.in`: an
impostor cannot register one, so look-alikes of a `gov.in` host change the `gov` part or leave the
zone (`p1b-gov.in`, `pibgov.in`, `pib.gov.in.account-help.example`).

## How it was generated
Official URLs: official host + invented path. Look-alikes: an official host changed by one
technique — typo (drop, double or swap letters; for `gov.in` hosts in the `gov` label, or the dot
before it dropped), digit_swap (i→1, o→0, l→1, a→4, e→3; for `gov.in` hosts with `.gov.in` turned
into `-gov.in`), hyphen (`bihar-gov.in`), tld_swap (`.gov.co`, `.com`…), subdomain (official host
followed by another domain: the real domain is at the end) and homoglyph (a Cyrillic letter that
looks Latin, shown in punycode; for `gov.in` hosts in the `gov` label). Phishing: lure paths
(`/login`, `/kyc`, `/verify-aadhaar`…) on invented domains or bare IP addresses.

## What the data shows
- {len(df)} URLs: {", ".join(f"{k} {v}" for k, v in cnt.items())}.
- Look-alike techniques: {", ".join(f"{k} {v}" for k, v in tech.items())}.
- Examples: {"; ".join(f"{k}: `{v.host}` (imitates {v.imitates})" for k, v in ex.iterrows())}.
- Largest Levenshtein distance from a look-alike host to the host it imitates, by technique:
  {", ".join(f"{k} {v}" for k, v in dist.items())}. Homoglyph hosts, decoded from punycode and with
  Cyrillic letters mapped to Latin, equal the official host. Subdomain ones start with the
  official host but end in another domain.
- Every official URL uses https; {int((df[df.label != "official"].url.str.startswith("http://")).sum())}
  of the others use plain http.
- Look-alike hosts under `gov.in` or `nic.in`: {int(la.host.map(is_government).sum())}.
"""
