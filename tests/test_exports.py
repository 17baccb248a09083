"""course.exports: officers' own exports read into the course's tables (issue #18).

Every format has a fixture in tests/fixtures/exports/ (written by make_fixtures.py there) reproducing
the quirks public material shows; each test below names the quirk it pins down.
"""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pandas as pd
import pytest

from course.data import SCHEMAS, load
from course.exports import EXTRA_COLUMNS, ExportError, read_export, read_page_export

FIXTURES = Path(__file__).parent / "fixtures" / "exports"
FB_SEP = FIXTURES / "Sep-01-2026_Sep-30-2026_1079988776655443.csv"
IG_SEP = FIXTURES / "Sep-01-2026_Sep-30-2026_2233445566778899.csv"
ARCHIVE_POSTS = FIXTURES / "Facebook Insights Data Export (Post Level) - DPRO Gaya demo - 2019-03-31.csv"
ARCHIVE_PAGE = FIXTURES / "Facebook Insights Data Export - DPRO Gaya demo - 2019-03-31.csv"
X_OLD = FIXTURES / "tweet_activity_metrics_dpro_gaya_demo_20260901_20260930_en.csv"
X_NEW = FIXTURES / "account_analytics_content_2026-09-15_2026-10-14.csv"
YOUTUBE = FIXTURES / "Content 2026-09-01_2026-10-14 DPRO Gaya demo.zip"


@pytest.fixture(scope="module")
def posts() -> pd.DataFrame:
    return read_export(FIXTURES, quiet=True)


def row(frame: pd.DataFrame, post_id: str) -> pd.Series:
    found = frame[frame["post_id"] == post_id]
    assert len(found) == 1, (post_id, len(found))
    return found.iloc[0]


def ist(text: str) -> pd.Timestamp:
    return pd.Timestamp(text, tz="Asia/Kolkata")


def test_fixtures_are_what_the_script_writes(tmp_path):
    shutil.copy(FIXTURES / "make_fixtures.py", tmp_path)
    subprocess.run([sys.executable, str(tmp_path / "make_fixtures.py")], check=True)
    made = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file() and p.suffix != ".py")
    kept = sorted(p.relative_to(FIXTURES) for p in FIXTURES.rglob("*")
                  if p.is_file() and p.suffix != ".py" and "__pycache__" not in p.parts)
    assert made == kept
    changed = [str(p) for p in made if (tmp_path / p).read_bytes() != (FIXTURES / p).read_bytes()]
    assert not changed, f"run tests/fixtures/exports/make_fixtures.py and commit: {changed}"


def test_the_result_has_the_posts_columns_then_three_of_its_own(posts):
    assert list(posts.columns) == list(SCHEMAS["posts"]) + EXTRA_COLUMNS
    course = load("posts")
    for column in ["platform", "format", "language", "topic", "scheme", "district"]:
        assert list(posts[column].cat.categories) == list(course[column].cat.categories), column
    assert str(posts["posted_at"].dt.tz) == "Asia/Kolkata"
    for column in ["reach", "views", "reactions", "comments", "shares", "saves", "link_clicks", "spend_inr"]:
        assert str(posts[column].dtype) == "Int64", column  # blank is missing (<NA>), never zero
    assert posts["posted_at"].is_monotonic_increasing
    assert not posts.duplicated(["platform", "post_id"]).any()
    # what no export holds stays missing
    assert posts[["followers_at_post", "spend_inr", "boosted", "topic", "scheme"]].isna().all().all()


def test_course_functions_work_on_it(posts):
    engagement = posts[["reactions", "comments", "shares", "saves"]].sum(axis=1)
    by_platform = posts.assign(er=engagement / posts["reach"] * 100).groupby("platform", observed=True)["er"].median()
    assert set(by_platform.index) == {"Facebook", "Instagram", "X", "YouTube"}
    assert by_platform[["Facebook", "Instagram"]].between(0.5, 20).all()
    assert posts.groupby(posts["posted_at"].dt.hour)["reach"].sum().sum() > 0


def test_facebook_posts_views_era(posts):
    # "Publish time" like 09/12/2026 18:12, read in Asia/Kolkata; thousands separators in Indian grouping
    reel = row(posts, "1000000000000104")
    assert reel["posted_at"] == ist("2026-09-12 18:12")
    assert (reel["views"], reel["reach"], reel["reactions"]) == (123456, 61372, 2918)
    assert (reel["format"], reel["video_length_s"], reel["avg_watch_time_s"]) == ("reel", 31, 14.2)
    assert reel["account"] == "DPRO Gaya (demo)" and reel["platform"] == "Facebook"
    assert reel["permalink"].startswith("https://www.facebook.com/") and bool(reel["time_known"])
    # a blank metric is missing, never zero
    assert pd.isna(row(posts, "1000000000000105")["views"])
    # Meta writes a duration of 0 for photos: not a video length
    assert pd.isna(row(posts, "1000000000000105")["video_length_s"])
    assert row(posts, "1000000000000102")["link_clicks"] == 219
    assert pd.isna(row(posts, "1000000000000101")["saves"])  # Facebook's export has no saves


def test_facebook_caption_from_title_or_description_in_plain_letters(posts):
    # the caption is in Description here (Title holds a shorter heading), multi-line, stylised letters
    text = row(posts, "1000000000000103")["text"]
    assert text.startswith("Mahila Rozgar योजना\nआवेदन निःशुल्क है")
    assert "𝐌" not in text and text.endswith("#MahilaRozgar")
    assert row(posts, "1000000000000103")["hashtags"] == "#MahilaRozgar"
    # and in Title for others; Hindi and emoji kept exactly
    assert row(posts, "1000000000000101")["text"] == ("बाढ़ से बचाव: ऊँचे स्थान पर रहें, अफ़वाहों पर ध्यान न दें 🙏 "
                                                      "#FloodAlert #Gaya")
    assert row(posts, "1000000000000101")["text_length"] == len(row(posts, "1000000000000101")["text"])


def test_32_33_and_34_column_files_all_read(posts):
    report = posts.attrs["export_report"]
    read = {f.name: f for f in report.files}
    for name in ["Aug-01-2026_Aug-31-2026_1041122334455667.csv", FB_SEP.name,
                 "Sep-20-2026_Oct-31-2026_1102233445566778.csv"]:
        assert read[name].kind == "Meta Business Suite: Facebook Page posts"
        assert read[name].rows_read == read[name].rows_kept > 0


def test_overlapping_exports_keep_each_post_once_with_its_latest_totals(posts):
    # 102 is in the August and September files, 106 and 107 in September and October, two X posts in both X files
    assert row(posts, "1000000000000102")["views"] == 4410
    assert row(posts, "1000000000000106")["views"] == 10544
    report = posts.attrs["export_report"]
    assert report.merged == 5
    assert report.result == len(posts) == 26
    assert "Merged 5 duplicate(s)" in str(report)


def test_instagram_posts(posts):
    carousel = row(posts, "18000000000000202")
    assert carousel["platform"] == "Instagram" and carousel["account"] == "@dpro_gaya_demo"
    assert (carousel["format"], carousel["reactions"], carousel["saves"], carousel["shares"]) == ("carousel", 904,
                                                                                                 388, 201)
    assert carousel["text"] == "Mahila Rozgar — 5 steps to apply 👇 (swipe)"
    reel = row(posts, "18000000000000203")
    assert reel["format"] == "reel" and pd.isna(reel["saves"]) and reel["views"] == 51870


def test_archived_insights_post_file(posts):
    old = row(posts, "100064000000001_2000000000000303")
    assert old["posted_at"] == ist("2019-03-27 13:05")  # "03/27/2019 01:05:00 PM"
    # impressions era: total impressions stand in for views; reactions etc. are the "stories" counts
    assert (old["reach"], old["views"], old["reactions"], old["comments"], old["shares"]) == (7311, 11876, 744, 57, 63)
    assert old["format"] == "long_video" and old["source"].startswith("Facebook Insights archive")
    assert row(posts, "100064000000001_2000000000000302")["text"].count("\n") == 1
    report = {f.name: f for f in posts.attrs["export_report"].files}[ARCHIVE_POSTS.name]
    assert report.skipped == {"row of column descriptions under the header": 1}
    assert any("not the same count as today's views" in note for note in report.notes)


def test_x_tweet_activity_in_utc(posts):
    tweet = row(posts, "2095723526353847272")
    assert tweet["posted_at"] == ist("2026-09-04 09:30")  # "2026-09-04 04:00 +0000"
    assert (tweet["views"], tweet["reactions"], tweet["shares"], tweet["comments"]) == (5210, 131, 44, 6)
    assert pd.isna(tweet["reach"])  # X gives impressions, not reach
    assert tweet["account"] == "@dpro_gaya_demo"


def test_x_content_export_time_from_the_post_id(posts):
    later = row(posts, "2109256448209847276")  # only a date ("Sun, Oct 11, 2026") in the file
    assert later["posted_at"] == ist("2026-10-11 17:45") and bool(later["time_known"])
    assert (later["views"], later["shares"], later["saves"], later["link_clicks"]) == (9975, 140, 6, 611)
    merged = row(posts, "2099870854149047273")  # in both X files: the larger, later totals
    assert merged["views"] == round(12044 * 1.08)
    assert "\n" in merged["text"]


def test_youtube_studio_zip(posts):
    video = row(posts, "dEmO_vid001")
    assert video["posted_at"] == ist("2026-09-06") and not video["time_known"]  # a date, no time of day
    assert (video["views"], video["reactions"], video["comments"], video["video_length_s"]) == (14902, 902, 71, 212)
    assert video["avg_watch_time_s"] == 80.0 and pd.isna(video["reach"])
    report = posts.attrs["export_report"]
    table = {f.name: f for f in report.files}[f"{YOUTUBE.name}: Table data.csv"]
    assert table.skipped == {"'Total' row (the sum of the others)": 1}
    assert table.rows_read == 4 and table.rows_kept == 3
    assert (f"{YOUTUBE.name}: Chart data.csv", "YouTube Studio: chart data (a daily series, not posts)") in report.elsewhere


def test_the_report_lists_files_read_kept_and_skipped(posts, capsys):
    read_export(FIXTURES)
    printed = capsys.readouterr().out
    assert "Result: 26 posts" in printed
    assert "1 'Total' row" in printed and "1 row of column descriptions" in printed
    assert "- 6 × Meta Business Suite: page-level daily export" in printed  # recognised, not read here
    table = posts.attrs["export_report"].table()
    assert {"file", "kind", "rows read", "rows kept", "rows skipped", "why skipped"} <= set(table.columns)


def test_times_without_a_zone_follow_tz_and_zoned_ones_do_not():
    other = read_export(FB_SEP, X_OLD, tz="UTC", quiet=True)
    assert row(other, "1000000000000104")["posted_at"] == ist("2026-09-12 23:42")  # 18:12 UTC
    assert row(other, "2095723526353847272")["posted_at"] == ist("2026-09-04 09:30")  # the file says +0000


def test_one_file_and_a_folder_read_the_same(posts):
    alone = read_export(IG_SEP, quiet=True)
    assert len(alone) == 3 and set(alone["post_id"]) <= set(posts["post_id"])


def test_page_level_daily_exports():
    days = read_page_export(FIXTURES, quiet=True)
    assert {"views", "viewers", "facebook_follows", "daily_total_reach", "lifetime_total_likes"} <= set(days.columns)
    assert str(days["date"].dt.tz) == "Asia/Kolkata" and days["date"].is_unique
    recent = days[days["date"] >= ist("2026-09-01")]
    assert len(recent) == 61 and recent["views"].notna().all()  # 1 Sep-31 Oct from two overlapping files
    # the same day in both files, revised in the later one: the file reaching later days wins
    assert days.loc[days["date"] == ist("2026-09-20"), "views"].item() == 3800 + 41 * 19 + (19 * 37 % 900) + 25
    report = days.attrs["export_report"]
    assert report.merged == 33 and "1 of them disagreed" in report.merge_note


def test_archived_insights_page_file():
    days = read_page_export(ARCHIVE_PAGE, quiet=True)
    assert len(days) == 31 and days["date"].min() == ist("2019-03-01")
    assert pd.isna(days.loc[days["date"] == ist("2019-03-10"), "daily_total_reach"].item())  # blank: missing
    assert days["daily_new_likes"].dtype == "Int64"
    report = days.attrs["export_report"].files[0]
    assert report.skipped == {"row of column descriptions under the header": 1}


def test_utf16_page_file_with_its_metric_name():
    days = read_page_export(FIXTURES / "Follows.csv", quiet=True)
    assert list(days.columns) == ["date", "facebook_follows"] and len(days) == 30
    assert days.attrs["export_report"].files[0].encoding == "UTF-16"


@pytest.mark.parametrize("name, message", [
    ("fb-posts-columns-removed.csv", "fb-posts-columns-removed.csv: looks like Meta Business Suite: Facebook Page "
                                     "posts, but lacks the column(s) Publish time, Reach"),
    ("officers-phone-list.csv", "officers-phone-list.csv: not an export this reader knows (its first columns: "
                                "Name, Office, Phone)"),
    ("empty.csv", "empty.csv: the file is empty"),
    ("insights.xlsx", "insights.xlsx: an Excel file. Open it in Excel or LibreOffice and save it as CSV"),
])
def test_bad_files_get_a_message_naming_file_kind_and_missing_columns(name, message):
    with pytest.raises(ExportError) as error:
        read_export(FIXTURES / "bad" / name, quiet=True)
    assert message in str(error.value)


def test_a_folder_with_bad_files_lists_them_all():
    with pytest.raises(ExportError) as error:
        read_export(FIXTURES / "bad", quiet=True)
    text = str(error.value)
    assert text.startswith("These files cannot be read:")
    assert all(name in text for name in ["empty.csv", "insights.xlsx", "officers-phone-list.csv",
                                         "fb-posts-columns-removed.csv"])


def test_missing_paths_and_empty_folders(tmp_path):
    with pytest.raises(ExportError, match="No file or folder called"):
        read_export(tmp_path / "nowhere")
    with pytest.raises(ExportError, match="holds no .csv or .zip file"):
        read_export(tmp_path)
    with pytest.raises(ExportError, match="at least one file or folder"):
        read_export()
    (tmp_path / "broken.zip").write_bytes(b"not a zip")
    with pytest.raises(ExportError, match="broken.zip: cannot be read"):
        read_export(tmp_path / "broken.zip")
    with zipfile.ZipFile(tmp_path / "no-csv.zip", "w") as archive:
        archive.writestr("readme.txt", "hello")
    with pytest.raises(ExportError, match="a zip file without any .csv file inside"):
        read_export(tmp_path / "no-csv.zip")


def test_columns_match_whatever_their_case_spacing_and_order_and_the_separator(tmp_path):
    rows = list(csv.reader(io.StringIO(FB_SEP.read_text(encoding="utf-8-sig"))))
    header = [f"  {n.upper()} " if i % 2 else n.lower() for i, n in enumerate(rows[0])]
    order = list(reversed(range(len(header))))
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows([[r[i] for i in order] for r in [header] + rows[1:]])
    (tmp_path / "excel-resaved.csv").write_text(out.getvalue(), encoding="utf-8")  # no byte-order mark either
    again = read_export(tmp_path / "excel-resaved.csv", quiet=True)
    first = read_export(FB_SEP, quiet=True)
    pd.testing.assert_frame_equal(again.drop(columns="source"), first.drop(columns="source"))


def test_the_same_id_on_two_platforms_is_two_posts(tmp_path):
    shutil.copy(IG_SEP, tmp_path / "ig.csv")
    fb = FB_SEP.read_text(encoding="utf-8-sig").replace("1000000000000104", "18000000000000201")
    (tmp_path / "fb.csv").write_text(fb, encoding="utf-8-sig")
    both = read_export(tmp_path, quiet=True)
    assert set(both.loc[both["post_id"] == "18000000000000201", "platform"]) == {"Facebook", "Instagram"}


def test_unreadable_numbers_and_dates_are_reported_not_dropped_silently(tmp_path):
    text = IG_SEP.read_text(encoding="utf-8-sig").replace('"8410"', '"many"').replace("09/02/2026 10:05", "soon")
    text = text.replace(",8410,", ",many,")
    (tmp_path / "ig.csv").write_text(text, encoding="utf-8-sig")
    got = read_export(tmp_path / "ig.csv", quiet=True)
    report = got.attrs["export_report"].files[0]
    assert report.skipped == {"row(s) whose publish time is missing or unreadable": 1}
    assert any("'Views' are not numbers (e.g. 'many')" in note for note in report.notes)
    assert report.rows_read == 3 and report.rows_kept == 2


def test_the_card_names_every_required_column():
    from course.exports import KINDS

    card = (Path(__file__).parents[1] / "docs" / "exports.md").read_text(encoding="utf-8")
    for kind in KINDS:
        if kind.level in ("posts", "page"):
            missing = [c for c in kind.required if c not in card]
            assert not missing, (kind.label, missing)


def test_ids_rounded_by_excel_are_reported(tmp_path):
    text = IG_SEP.read_text(encoding="utf-8-sig").replace("18000000000000201", "1.8E+16")
    (tmp_path / "ig.csv").write_text(text, encoding="utf-8-sig")
    report = read_export(tmp_path / "ig.csv", quiet=True).attrs["export_report"].files[0]
    assert any("re-saved by Excel" in note and "'1.8E+16'" in note for note in report.notes)
