"""``python -m datagen [--out DIR]``: regenerate every course dataset and card."""
from __future__ import annotations

import argparse
import time
from pathlib import Path

from course.data import DATA_DIR, names

from . import campaign, comments, posts, reference, rumours, security
from .common import write_dataset


def build(out: Path) -> list[str]:
    out.mkdir(parents=True, exist_ok=True)
    written = []

    def put(name, df, card):
        write_dataset(out, name, df, card)
        written.append(name)

    d = reference.districts()
    put("districts", d, reference.districts_card(d))
    s = reference.schemes()
    put("schemes", s, reference.schemes_card(s))
    g = reference.glossary()
    put("glossary", g, reference.glossary_card(g))

    acc = posts.accounts()
    monthly = posts.audience_monthly(acc)
    p = posts.posts(acc, monthly)
    rw, p, kinds = posts.reel_watch(p)
    put("posts", p, posts.posts_card(p))
    a = posts.audience(acc, monthly)
    put("audience", a, posts.audience_card(a))
    put("audience_monthly", monthly, posts.audience_monthly_card(monthly))
    put("reel_watch", rw, posts.reel_watch_card(rw, kinds))

    c = comments.comments(p)
    put("comments", c, comments.comments_card(c))

    m, h, sh = rumours.rumours()
    card = rumours.rumours_card(m, h, sh)
    put("rumours", m, card)
    put("rumour_hourly", h, card)
    put("rumour_shares", sh, card)

    lg, adm = security.logins_and_admins()
    det = security.detect(lg, adm)
    assert (det.fillna("") == lg.incident.fillna("")).all(), "detectors disagree with planted incidents"
    put("logins", lg, security.logins_card(lg))
    put("admins", adm, security.admins_card(adm))
    ln = security.links()
    put("links", ln, security.links_card(ln))

    ab = campaign.ab_test()
    put("ab_test", ab, campaign.ab_card(ab))
    sr = campaign.spend_response()
    put("spend_response", sr, campaign.spend_card(sr))
    # --- 09-digital-governance datasets (datagen/governance.py) ---
    from . import governance

    hol = governance.holidays()
    put("holidays", hol, governance.holidays_card(hol))
    reg = governance.register()
    put("rti_register", reg, governance.register_card(reg, hol))
    arc = governance.post_archive()
    put("post_archive", arc, governance.post_archive_card(arc))
    led = governance.ad_ledger()
    put("ad_ledger", led, governance.ad_ledger_card(led))
    # --- end of 09-digital-governance datasets ---
    # --- 10-crisis-and-incident-response datasets (datagen/crisis.py) ---
    from . import crisis

    log = crisis.incident_log()
    feed = crisis.flood_feed()
    put("incident_log", log, crisis.incident_card(log, feed))
    put("flood_feed", feed, crisis.feed_card(feed, log))
    # --- end of 10-crisis-and-incident-response datasets ---
    missing = set(names()) - set(written)
    assert not missing, missing
    return written


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(prog="python -m datagen", description=__doc__)
    ap.add_argument("--out", type=Path, default=DATA_DIR, help="output directory (default: %(default)s)")
    args = ap.parse_args(argv)
    t = time.perf_counter()
    written = build(args.out)
    size = sum(f.stat().st_size for f in args.out.iterdir() if f.is_file())
    print(f"wrote {len(written)} datasets to {args.out} ({size / 1e6:.2f} MB) "
          f"in {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
