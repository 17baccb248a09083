"""Read the files officers download from their own pages, into the course's tables.

    from course.data import read_export, read_page_export
    posts = read_export("my-exports")         # a folder, or files: every post-level export in it
    days = read_page_export("my-exports")     # the page-level daily exports in the same folder

`read_export` recognises each file by its columns (never by its name) and returns one row per post in
the columns of the course's `posts` table, so every course function and chart works on it:

* Meta Business Suite content exports of a Facebook Page and of an Instagram account (views era);
* Facebook Insights "Export data" post files kept in archives (impressions era, a row of column
  descriptions under the header);
* X account analytics: the older "tweet activity" file and the newer content export;
* YouTube Studio's advanced-mode export (`Table data.csv`, alone or in the zip Studio gives).

`read_page_export` reads the page-level daily files (Meta Business Suite's one-metric files, UTF-16
with a `sep=,` line and the metric's name above the header, and the archived Insights page file) into
one row per day and one column per metric.

What a file does not hold stays missing (`<NA>`), never zero: a blank cell is missing, X gives no
reach, Meta's exports give no spend. Counts are the nullable `Int64`, times are in Asia/Kolkata. Three
columns the course's table does not have say where each row came from: `permalink`, `time_known`
(False when the file gives only a date, as YouTube does) and `source` (the kind of file).
The same post in several files (overlapping date ranges) is kept once, with its largest totals:
the exports hold lifetime totals on the day of export, which only grow. Every call prints what it
read, merged and skipped, and why; the same report is in `table.attrs["export_report"]`. A file that
cannot be read raises `ExportError` naming the file, what kind it looks like and what it lacks.

Column names, quirks, sources and what is not comparable across Meta's change from impressions to
views: docs/exports.md.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from course.data import CAT, FORMATS, PLATFORMS, SCHEMAS, TS, TZ

__all__ = ["ExportError", "ExportReport", "read_export", "read_page_export"]

TWITTER_EPOCH_MS = 1288834974657  # Twitter's Snowflake ids: milliseconds since this instant, shifted 22 bits
BLANKS = {"", "-", "–", "—", "n/a", "na", "none", "null"}
EXTRA_COLUMNS = ["permalink", "time_known", "source"]


class ExportError(ValueError):
    """A file that cannot be read as an export: the message names the file and what is wrong."""


# --- the kinds of file ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    label: str  # what the reader calls it in messages
    level: str  # "posts", "page" or "other" (recognised, not read)
    platform: str | None
    signature: tuple[str, ...]  # columns that identify it (matched case- and space-insensitively)
    required: tuple[str, ...]  # columns it cannot be read without
    excludes: tuple[str, ...] = ()  # columns it never has (YouTube's table has no Date; its chart data has)


FB_POSTS = Kind("Meta Business Suite: Facebook Page posts", "posts", "Facebook",
                ("Post ID", "Page ID", "Page name", "Title", "Description", "Publish time", "Permalink",
                 "Post type", "Views", "Reach", "Reactions", "Comments", "Shares"),
                ("Post ID", "Publish time", "Reach"))
IG_POSTS = Kind("Meta Business Suite: Instagram account posts", "posts", "Instagram",
                ("Post ID", "Account ID", "Account username", "Account name", "Description", "Publish time",
                 "Permalink", "Post type", "Views", "Reach", "Likes", "Comments", "Shares", "Follows", "Saves"),
                ("Post ID", "Publish time", "Reach"))
FB_ARCHIVE_POSTS = Kind("Facebook Insights archive: post data (impressions era)", "posts", "Facebook",
                        ("Post ID", "Permalink", "Post Message", "Type", "Posted", "Lifetime Post Total Reach",
                         "Lifetime Post Total Impressions", "Lifetime Engaged Users"),
                        ("Post ID", "Posted", "Lifetime Post Total Reach"))
X_ACTIVITY = Kind("X (Twitter) analytics: tweet activity", "posts", "X",
                  ("Tweet id", "Tweet permalink", "Tweet text", "time", "impressions", "engagements",
                   "retweets", "replies", "likes", "url clicks"),
                  ("Tweet id", "time", "impressions"))
X_CONTENT = Kind("X analytics: content export", "posts", "X",
                 ("Post id", "Date", "Post text", "Post Link", "Impressions", "Likes", "Engagements",
                  "Bookmarks", "Shares", "New follows", "Replies", "Reposts"),
                 ("Post id", "Date", "Impressions"))
YT_TABLE = Kind("YouTube Studio: content table (Table data.csv)", "posts", "YouTube",
                ("Content", "Video title", "Video publish time", "Duration", "Views", "Watch time (hours)",
                 "Average view duration", "Likes", "Comments added", "Shares"),
                ("Content", "Video publish time", "Views"), excludes=("Date",))
YT_CHART = Kind("YouTube Studio: chart data (a daily series, not posts)", "other", "YouTube",
                ("Date", "Content", "Video title", "Views"), ("Date", "Content"))
YT_TOTALS = Kind("YouTube Studio: totals (a daily series, not posts)", "other", "YouTube", ("Date", "Views"),
                 ("Date", "Views"))
META_PAGE_DAY = Kind("Meta Business Suite: page-level daily export", "page", None, ("Date", "Primary"),
                     ("Date", "Primary"))
FB_ARCHIVE_PAGE = Kind("Facebook Insights archive: page data (impressions era)", "page", "Facebook",
                       ("Date", "Lifetime Total Likes", "Daily New Likes", "Daily Page Engaged Users",
                        "Daily Total Reach", "Daily Total Impressions"),
                       ("Date",))
KINDS = [FB_POSTS, IG_POSTS, FB_ARCHIVE_POSTS, X_ACTIVITY, X_CONTENT, YT_TABLE, YT_CHART, YT_TOTALS, META_PAGE_DAY,
         FB_ARCHIVE_PAGE]


def _key(name: str) -> str:
    """A column name as matched: no BOM or quotes, lower case, single spaces."""
    return " ".join(str(name).replace("\ufeff", "").strip().strip('"').lower().split())


def _detect(header: list[str]) -> tuple[Kind | None, list[str]]:
    """The kind a header belongs to and the required columns it lacks (empty when readable)."""
    have = {_key(h) for h in header}
    scored = []
    for kind in KINDS:
        hits = sum(_key(c) in have for c in kind.signature)
        if hits >= 2 and hits / len(kind.signature) >= 0.3 and not any(_key(c) in have for c in kind.excludes):
            scored.append((hits, hits / len(kind.signature), kind))
    if not scored:
        return None, []
    _, _, kind = max(scored, key=lambda s: (s[0], s[1]))  # the kind that explains the most columns
    return kind, [c for c in kind.required if _key(c) not in have]


# --- one file as text, header and rows ----------------------------------------------------------------


@dataclass
class Table:
    """One CSV table from a file (a zip may hold several)."""

    name: str  # the file, or "archive.zip: Table data.csv"
    encoding: str
    preamble: list[str]  # cells of the lines above the header (Meta's metric name)
    header: list[str]
    rows: list[list[str]]

    def frame(self) -> pd.DataFrame:
        """The rows as text, columns named by `_key` (a repeated name keeps its first column)."""
        width = len(self.header)
        rows = [(r + [""] * width)[:width] for r in self.rows]
        out = pd.DataFrame(rows, columns=range(width), dtype="str")
        first = {}
        for i, h in enumerate(self.header):
            first.setdefault(_key(h), i)
        return pd.DataFrame({k: out[i] for k, i in first.items()})


def _decode(raw: bytes) -> tuple[str, str]:
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16"), "UTF-16"
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8"), "UTF-8 with byte-order mark"
    if raw[:400].count(b"\x00") > 40:  # UTF-16 without a byte-order mark
        return raw.decode("utf-16-le"), "UTF-16 (no byte-order mark)"
    try:
        return raw.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace"), "Windows-1252 (not UTF-8: Hindi text in it is lost)"


def _table(name: str, raw: bytes) -> Table:
    text, encoding = _decode(raw)
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise ExportError(f"{name}: the file is empty.")
    first, _, rest = text.partition("\n")
    delimiter = None
    if first.strip().lower().startswith("sep=") and len(first.strip()) == 5:
        delimiter, text = first.strip()[4], rest  # Excel's separator hint, written by Meta's page exports
    if delimiter is None:
        probe = text.partition("\n")[0]
        delimiter = max([",", ";", "\t"], key=probe.count)
    rows = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
    preamble = []
    while rows and sum(bool(c.strip()) for c in rows[0]) < 2:  # metric name, blank lines
        cells = [c.strip() for c in rows.pop(0) if c.strip()]
        preamble += cells
    if not rows:
        raise ExportError(f"{name}: no table found (no line with two or more columns).")
    return Table(name, encoding, preamble, rows[0], rows[1:])


def _tables(path: Path) -> list[Table]:
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xls"):
        raise ExportError(f"{path.name}: an Excel file. Open it in Excel or LibreOffice and save it as "
                          "CSV (comma-separated, UTF-8), or download the CSV version from the platform.")
    if suffix == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.namelist() if m.lower().endswith(".csv")]
            if not members:
                raise ExportError(f"{path.name}: a zip file without any .csv file inside.")
            return [_table(f"{path.name}: {m}", archive.read(m)) for m in sorted(members)]
    return [_table(path.name, path.read_bytes())]


def _files(paths) -> list[Path]:
    if not paths:
        raise ExportError("Give at least one file or folder, e.g. read_export(\"my-exports\").")
    found = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            inside = sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith(".")
                            and f.suffix.lower() in (".csv", ".zip", ".xlsx", ".xls"))
            if not inside:
                raise ExportError(f"The folder {p} holds no .csv or .zip file.")
            found += inside
        elif p.is_file():
            found.append(p)
        else:
            raise ExportError(f"No file or folder called {p}.")
    return found


# --- the report of what was read -----------------------------------------------------------------------


@dataclass
class FileReport:
    name: str
    kind: str
    encoding: str = ""
    rows_read: int = 0
    rows_kept: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def skip(self, reason: str, n: int = 1) -> None:
        if n:
            self.skipped[reason] = self.skipped.get(reason, 0) + int(n)


@dataclass
class ExportReport:
    """What a read did: per file rows read, kept and skipped with reasons; duplicates merged."""

    what: str
    files: list[FileReport] = field(default_factory=list)
    elsewhere: list[tuple[str, str]] = field(default_factory=list)  # (file, kind) of another level: not read
    merged: int = 0
    merge_note: str = ""
    result: int = 0
    period: str = ""

    def table(self) -> pd.DataFrame:
        return pd.DataFrame([{"file": f.name, "kind": f.kind, "rows read": f.rows_read, "rows kept": f.rows_kept,
                              "rows skipped": sum(f.skipped.values()),
                              "why skipped": "; ".join(f"{n} {r}" for r, n in f.skipped.items())}
                             for f in self.files])

    def __str__(self) -> str:
        lines = [f"Read {len(self.files)} file(s) for {self.what}:"]
        for f in self.files:
            line = f"- {f.name}: {f.kind}"
            if f.rows_read or f.rows_kept:
                line += f"; {f.rows_read} rows read, {f.rows_kept} kept"
            if f.skipped:
                line += ", skipped: " + "; ".join(f"{n} {r}" for r, n in f.skipped.items())
            lines.append(line)
            lines += [f"    note: {n}" for n in f.notes]
        if self.elsewhere:
            other = ("daily page exports are read by read_page_export" if self.what == "posts"
                     else "post exports are read by read_export")
            lines.append(f"Also recognised, not read here ({other}; YouTube's chart and totals files "
                         "are not needed):")
            kinds = {}
            for _, kind in self.elsewhere:
                kinds[kind] = kinds.get(kind, 0) + 1
            lines += [f"- {n} × {kind}" for kind, n in kinds.items()]
        if self.merged:
            lines.append(f"Merged {self.merged} duplicate(s): {self.merge_note}")
        lines.append(f"Result: {self.result} {self.what}{', ' + self.period if self.period else ''}.")
        return "\n".join(lines)

    def _repr_html_(self) -> str:  # shown as plain text in a notebook, like print
        import html

        return f"<pre>{html.escape(str(self))}</pre>"


# --- cell values -------------------------------------------------------------------------------------


def _numbers(text: pd.Series, column: str, report: FileReport) -> pd.Series:
    """Counts written as text ("1,234", "1,23,456", "29.0", blank) as numbers; blank is missing."""
    t = text.fillna("").str.replace("\u00a0", "").str.replace(" ", "").str.strip()
    blank = t.str.lower().isin(BLANKS)
    ok = t.str.fullmatch(r"[+-]?(\d[\d,]*)?(\.\d+)?%?") & ~blank & t.str.contains(r"\d")
    bad = ~ok & ~blank
    if bad.any():
        report.notes.append(f"{int(bad.sum())} value(s) in '{column}' are not numbers "
                            f"(e.g. {t[bad].iloc[0]!r}): left missing")
    return pd.to_numeric(t.where(ok).str.replace(",", "").str.rstrip("%"), errors="coerce").astype("Float64")


def _counts(values: pd.Series, column: str, report: FileReport) -> pd.Series:
    frac = values.notna() & (values.round() != values)
    if frac.any():
        report.notes.append(f"{int(frac.sum())} value(s) in '{column}' are not whole numbers: rounded")
    return values.round().astype("Int64")


def _seconds(text: pd.Series) -> pd.Series:
    """"0:01:05", "1:05" or "65" as seconds."""
    def one(value):
        value = (value or "").strip()
        if not value or value.lower() in BLANKS:
            return None
        try:
            total = 0.0
            for part in value.split(":"):
                total = total * 60 + float(part)
            return total
        except ValueError:
            return None
    return pd.Series([one(v) for v in text.fillna("")], index=text.index, dtype="Float64")


def _times(text: pd.Series, formats: list[str], tz: str) -> tuple[pd.Series, pd.Series]:
    """(timestamps in Asia/Kolkata, whether the file gave a time of day). Naive times are read in `tz`."""
    t = text.fillna("").str.strip()
    out = pd.Series(pd.NaT, index=t.index, dtype="datetime64[ns, UTC]")
    known = pd.Series(False, index=t.index)
    for fmt in formats:
        todo = out.isna() & (t != "")
        if not todo.any():
            break
        parsed = pd.to_datetime(t[todo], format=fmt, errors="coerce")
        if parsed.dt.tz is None:
            parsed = parsed.dt.tz_localize(tz)
        out[todo] = parsed.dt.tz_convert("UTC")
        known[todo & parsed.reindex(t.index).notna()] = "%H" in fmt or "%I" in fmt
    return out.dt.tz_convert(TZ), known


META_TIMES = ["%m/%d/%Y %H:%M", "%m/%d/%Y %H:%M:%S", "%m/%d/%Y %I:%M:%S %p", "%m/%d/%Y %I:%M %p",
              "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S", "%m/%d/%Y", "%Y-%m-%d"]
DAY_FORMATS = ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%d", "%m/%d/%Y", "%b %d, %Y", "%a, %b %d, %Y", "%d %b %Y"]
STYLED = re.compile("[\U0001d400-\U0001d7ff]")  # Mathematical Alphanumeric Symbols: 𝐁𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤, …
HASHTAG = re.compile(r"#[^\s#.,!?;:()\"'।]+")


def _plain_letters(text: pd.Series, report: FileReport) -> pd.Series:
    """Stylised letters (𝐁𝐢𝐡𝐚𝐫) as plain ones (Bihar); Hindi, emoji and everything else untouched."""
    styled = text.fillna("").str.contains(STYLED)
    if styled.any():
        report.notes.append(f"{int(styled.sum())} text(s) written in stylised letters (𝐛𝐨𝐥𝐝, 𝘪𝘵𝘢𝘭𝘪𝘤): "
                            "read as plain letters")
    return text.map(lambda s: STYLED.sub(lambda m: unicodedata.normalize("NFKC", m.group()), s),
                    na_action="ignore")


def _format_of(label: str) -> str | None:
    """A platform's post type as one of the course's formats; None when it does not say."""
    t = (label or "").lower()
    for words, fmt in [(("reel", "short"), "reel"), (("carousel", "album"), "carousel"),
                       (("photo", "image"), "image"), (("link",), "link"), (("status", "text"), "text"),
                       (("video", "live"), "long_video")]:
        if any(w in t for w in words):
            return fmt
    return None


# --- one mapping per kind of posts file ------------------------------------------------------------------


def _col(frame: pd.DataFrame, *names: str) -> pd.Series | None:
    for n in names:
        if _key(n) in frame:
            return frame[_key(n)]
    return None


def _count(frame, report, *names) -> pd.Series:
    column = _col(frame, *names)
    if column is None:
        return pd.Series(pd.NA, index=frame.index, dtype="Int64")
    return _counts(_numbers(column, names[0], report), names[0], report)


def _text(frame, *names) -> pd.Series:
    column = _col(frame, *names)
    if column is None:
        return pd.Series(pd.NA, index=frame.index, dtype="str")
    return column.str.strip().replace("", pd.NA)


def _meta_posts(frame, kind, report, tz):
    title, description = _text(frame, "Title"), _text(frame, "Description")
    if kind is FB_POSTS:  # the caption is in Title for some post types and in Description for others
        longer = description.fillna("").str.len() > title.fillna("").str.len()
        caption = title.where(~longer, description)
        account = _text(frame, "Page name")
        reactions = _count(frame, report, "Reactions")
        link_clicks = _count(frame, report, "Link clicks")
    else:
        caption = description.fillna(title)
        account = _text(frame, "Account username")
        account = account.where(account.isna() | account.str.startswith("@"), "@" + account)
        reactions = _count(frame, report, "Likes")
        link_clicks = pd.Series(pd.NA, index=frame.index, dtype="Int64")
    views = _count(frame, report, "Views")
    if _col(frame, "Views") is None and _col(frame, "Impressions") is not None:
        views = _count(frame, report, "Impressions")
        report.notes.append("no 'Views' column: 'Impressions' (the older name) read as views")
    dates = _text(frame, "Date").dropna().unique()
    if len(dates) and set(dates) != {"Lifetime"}:
        report.notes.append(f"'Date' reads {', '.join(map(str, dates[:3]))} (not only 'Lifetime'): "
                            "numbers may cover only those dates")
    posted, known = _times(_text(frame, "Publish time"), META_TIMES, tz)
    return dict(post_id=_text(frame, "Post ID"), account=account, format=_text(frame, "Post type"),
                posted_at=posted, time_known=known, text=caption, reach=_count(frame, report, "Reach"),
                views=views, reactions=reactions, comments=_count(frame, report, "Comments"),
                shares=_count(frame, report, "Shares"), saves=_count(frame, report, "Saves"),
                link_clicks=link_clicks, video_length_s=_count(frame, report, "Duration (sec)"),
                avg_watch_time_s=_numbers(_text(frame, "Average Seconds viewed"), "Average Seconds viewed",
                                          report).astype("float64"),
                permalink=_text(frame, "Permalink"))


def _archive_posts(frame, kind, report, tz):
    described = frame[_key("Lifetime Post Total Reach")].fillna("").str.startswith("Lifetime:")
    report.skip("row of column descriptions under the header", described.sum())
    frame = frame[~described]
    posted, known = _times(_text(frame, "Posted"), META_TIMES, tz)
    report.notes.append("impressions era: 'Lifetime Post Total Impressions' read as views; it is not the "
                        "same count as today's views (docs/exports.md)")
    return dict(post_id=_text(frame, "Post ID"), account=pd.Series(pd.NA, index=frame.index, dtype="str"),
                format=_text(frame, "Type"), posted_at=posted, time_known=known,
                text=_text(frame, "Post Message"), reach=_count(frame, report, "Lifetime Post Total Reach"),
                views=_count(frame, report, "Lifetime Post Total Impressions"),
                reactions=_count(frame, report, "Lifetime Post Stories by action type - like"),
                comments=_count(frame, report, "Lifetime Post Stories by action type - comment"),
                shares=_count(frame, report, "Lifetime Post Stories by action type - share"),
                link_clicks=_count(frame, report, "Lifetime Post Consumptions by type - link clicks"),
                permalink=_text(frame, "Permalink"))


def _handle(links: pd.Series) -> pd.Series:
    return "@" + links.str.extract(r"(?:twitter|x)\.com/([^/]+)/status", expand=False)


def _x_activity(frame, kind, report, tz):
    posted, known = _times(_text(frame, "time"), ["%Y-%m-%d %H:%M %z", "%Y-%m-%d %H:%M:%S %z"], tz)
    return dict(post_id=_text(frame, "Tweet id"), account=_handle(_text(frame, "Tweet permalink")),
                posted_at=posted, time_known=known, text=_text(frame, "Tweet text"),
                views=_count(frame, report, "impressions"),
                reactions=_count(frame, report, "likes", "favorites"), comments=_count(frame, report, "replies"),
                shares=_count(frame, report, "retweets"), link_clicks=_count(frame, report, "url clicks"),
                permalink=_text(frame, "Tweet permalink"))


def _snowflake_times(ids: pd.Series) -> pd.Series:
    """When an X post was created, from its id (Twitter's Snowflake scheme), in Asia/Kolkata."""
    def one(value):
        try:
            ms = (int(value) >> 22) + TWITTER_EPOCH_MS
        except (TypeError, ValueError):
            return pd.NaT
        return pd.Timestamp(ms, unit="ms", tz="UTC") if int(value) > 10**15 else pd.NaT
    return pd.Series([one(v) for v in ids], index=ids.index, dtype="datetime64[ns, UTC]").dt.tz_convert(TZ)


def _x_content(frame, kind, report, tz):
    ids = _text(frame, "Post id")
    day, _ = _times(_text(frame, "Date"), DAY_FORMATS, tz)
    from_id = _snowflake_times(ids)
    # The id gives the time; keep it only when it falls within a day of the file's date (whatever the zone).
    agrees = from_id.notna() & ((from_id - day).abs() <= pd.Timedelta(days=1))
    if (day.notna() & ~agrees).any():
        report.notes.append(f"{int((day.notna() & ~agrees).sum())} post(s) whose id does not give the time: "
                            "date only")
    return dict(post_id=ids, account=_handle(_text(frame, "Post Link")), posted_at=from_id.where(agrees, day),
                time_known=agrees, text=_text(frame, "Post text"), views=_count(frame, report, "Impressions"),
                reactions=_count(frame, report, "Likes"), comments=_count(frame, report, "Replies"),
                shares=_count(frame, report, "Reposts"), saves=_count(frame, report, "Bookmarks"),
                link_clicks=_count(frame, report, "URL Clicks"), permalink=_text(frame, "Post Link"))


def _youtube(frame, kind, report, tz):
    total = _text(frame, "Content").fillna("").str.lower().eq("total")
    report.skip("'Total' row (the sum of the others)", total.sum())
    frame = frame[~total]
    posted, known = _times(_text(frame, "Video publish time"), DAY_FORMATS, tz)
    ids = _text(frame, "Content")
    return dict(post_id=ids, format=_text(frame, "Content type", "Format"), posted_at=posted,
                time_known=known, text=_text(frame, "Video title"), reach=_count(frame, report, "Unique viewers"),
                views=_count(frame, report, "Views"), reactions=_count(frame, report, "Likes"),
                comments=_count(frame, report, "Comments added"), shares=_count(frame, report, "Shares"),
                video_length_s=_seconds(_text(frame, "Duration")).round().astype("Int64"),  # 212 or 0:03:32
                avg_watch_time_s=_seconds(_text(frame, "Average view duration")).astype("float64"),
                permalink="https://www.youtube.com/watch?v=" + ids)


MAPPERS = {FB_POSTS: _meta_posts, IG_POSTS: _meta_posts, FB_ARCHIVE_POSTS: _archive_posts,
           X_ACTIVITY: _x_activity, X_CONTENT: _x_content, YT_TABLE: _youtube}


def _posts_dtypes() -> dict:
    out = {}
    for column, dtype in SCHEMAS["posts"].items():
        if not isinstance(dtype, str):  # a category with its fixed list (CategoricalDtype == "category")
            out[column] = dtype
        elif dtype in ("int64", "Int64"):
            out[column] = "Int64"
        elif dtype == "bool":
            out[column] = "boolean"
        elif dtype == CAT:
            out[column] = "category"
        elif dtype != TS:
            out[column] = dtype
    return out


def _posts(table: Table, kind: Kind, report: FileReport, tz: str) -> pd.DataFrame:
    frame = table.frame()
    empty = frame.apply(lambda c: c.str.strip() == "").all(axis=1)
    report.skip("blank row(s)", empty.sum())
    frame = frame[~empty]
    report.rows_read = len(frame) + int(empty.sum())
    got = MAPPERS[kind](frame, kind, report, tz)
    index = got["post_id"].index
    out = pd.DataFrame(index=index)
    for column in list(SCHEMAS["posts"]) + EXTRA_COLUMNS:
        out[column] = got.get(column, pd.Series(pd.NA, index=index))
    out["platform"] = kind.platform
    unknown = out["format"].dropna()
    out["format"] = out["format"].map(_format_of, na_action="ignore")
    if (unmapped := unknown[out["format"].loc[unknown.index].isna()]).size:
        report.notes.append(f"post type(s) {', '.join(sorted(set(unmapped)))} not matched to a course format: "
                            "format left missing")
    out["text"] = _plain_letters(out["text"], report)
    out["hashtags"] = out["text"].map(lambda s: " ".join(HASHTAG.findall(s)) or pd.NA, na_action="ignore")
    out["text_length"] = out["text"].str.len()
    video = out["format"].isin(["reel", "long_video"]) | (kind.platform == "YouTube")
    out["video_length_s"] = out["video_length_s"].where(video)  # Meta writes 0 for photos: not a length
    out["source"] = kind.label
    mangled = out["post_id"].fillna("").str.fullmatch(r"\d(\.\d+)?[eE]\+\d+")
    if mangled.any():
        report.notes.append(f"{int(mangled.sum())} post id(s) like {out['post_id'][mangled].iloc[0]!r}: the file was "
                            "re-saved by Excel, which rounds long ids; posts in two files may not be merged. "
                            "Use the file as downloaded")
    no_id = out["post_id"].isna()
    no_time = out["posted_at"].isna() & ~no_id
    report.skip("row(s) without a post id", no_id.sum())
    report.skip("row(s) whose publish time is missing or unreadable", no_time.sum())
    out = out[~no_id & ~no_time]
    report.rows_kept = len(out)
    return out


def _typed(frame: pd.DataFrame) -> pd.DataFrame:
    for column, dtype in _posts_dtypes().items():
        if column in ("platform", "format"):
            frame[column] = pd.Categorical(frame[column], categories=PLATFORMS if column == "platform" else FORMATS)
        elif dtype == "float64":
            frame[column] = frame[column].astype("Float64").astype("float64")
        else:
            frame[column] = frame[column].astype(dtype)
    frame["posted_at"] = pd.to_datetime(frame["posted_at"], utc=True).dt.tz_convert(TZ)
    frame["permalink"] = frame["permalink"].astype("str")
    frame["time_known"] = frame["time_known"].astype(bool)
    frame["source"] = frame["source"].astype("category")
    return frame


# --- reading -------------------------------------------------------------------------------------------


def _scan(paths, want: str):
    """(table, kind, file report) for each table of each file; raises one ExportError for every bad file."""
    found, problems, reports, elsewhere = [], [], [], []
    for path in _files(paths):
        try:
            tables = _tables(path)
        except ExportError as error:
            problems.append(str(error))
            continue
        except (OSError, zipfile.BadZipFile, UnicodeError, csv.Error) as error:
            problems.append(f"{path.name}: cannot be read ({error}).")
            continue
        for table in tables:
            kind, missing = _detect(table.header)
            if kind is None:
                head = ", ".join(h for h in table.header[:6] if h.strip())
                problems.append(f"{table.name}: not an export this reader knows (its first columns: {head}). "
                                "Take it out of the folder, or see docs/exports.md for the files it reads.")
                continue
            if missing:
                problems.append(f"{table.name}: looks like {kind.label}, but lacks the column(s) "
                                f"{', '.join(missing)}. Download the export again without removing columns.")
                continue
            if kind.level != want:
                elsewhere.append((table.name, kind.label))
                continue
            report = FileReport(table.name, kind.label, table.encoding)
            reports.append(report)
            found.append((table, kind, report))
    if problems:
        raise ExportError("These files cannot be read:\n- " + "\n- ".join(problems))
    return found, reports, elsewhere


def read_export(*paths, tz: str = TZ, quiet: bool = False) -> pd.DataFrame:
    """Every post in the post-level exports among `paths` (files or folders), as the course's posts table.

    `tz`: the time zone of times that the file writes without one (Meta's "Publish time"); the files do
    not say, and the default is India's. The result is always in Asia/Kolkata.
    """
    found, reports, elsewhere = _scan(paths, "posts")
    report = ExportReport("posts", reports, elsewhere)
    parts = [_posts(table, kind, file_report, tz) for table, kind, file_report in found]
    columns = list(SCHEMAS["posts"]) + EXTRA_COLUMNS
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    frame = _typed(frame[columns].copy())
    # The same post in several files: keep the row with the largest lifetime totals (the latest export).
    engagement = frame[["reactions", "comments", "shares", "saves"]].sum(axis=1, min_count=1)
    order = frame.assign(_v=frame["views"], _r=frame["reach"], _e=engagement)
    order = order.sort_values(["_v", "_r", "_e"], ascending=False, na_position="last", kind="stable")
    before = len(order)
    frame = order.drop_duplicates(["platform", "post_id"])[columns]
    report.merged = before - len(frame)
    report.merge_note = "the same post in more than one file (or twice in one); kept its largest totals"
    frame = frame.sort_values(["posted_at", "platform", "post_id"], kind="stable").reset_index(drop=True)
    report.result = len(frame)
    if len(frame):
        report.period = (f"published {frame['posted_at'].min():%d %b %Y} to {frame['posted_at'].max():%d %b %Y}"
                         f" (times in {TZ}; times without a zone in the files read as {tz})")
    frame.attrs["export_report"] = report
    if not quiet:
        print(report)
    return frame


def _slug(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", "_", _key(name)).strip("_")


def read_page_export(*paths, quiet: bool = False) -> pd.DataFrame:
    """The page-level daily exports among `paths`: one row per day (`date`), one column per metric.

    Column names are the metric's name in the file, in lower case with underscores ("Facebook follows"
    becomes `facebook_follows`). A metric given for the same day by two files is kept once; when the
    files disagree, the file reaching later days wins (it was exported later, after Meta's revisions of
    the last days), and the report says how often that happened.
    """
    found, reports, elsewhere = _scan(paths, "page")
    report = ExportReport("days", reports, elsewhere)
    long = []
    for order, (table, kind, file_report) in enumerate(found):
        frame = table.frame()
        file_report.rows_read = len(frame)
        if kind is META_PAGE_DAY:
            metric = table.preamble[0] if table.preamble else Path(table.name).stem
            values = {_slug(metric): frame[_key("Primary")]}
        else:
            described = frame[_key("Date")].fillna("").str.strip().eq("") & frame.drop(
                columns=_key("Date")).apply(lambda c: c.fillna("").str.contains(":")).any(axis=1)
            file_report.skip("row of column descriptions under the header", described.sum())
            frame = frame[~described]
            values = {_slug(h): frame[_key(h)] for h in table.header if _key(h) != _key("Date")}
            file_report.notes.append("impressions era: metrics named 'impressions' are not today's views")
        day, _ = _times(frame[_key("Date")], DAY_FORMATS, TZ)
        bad_day = day.isna()
        file_report.skip("row(s) whose date is missing or unreadable", bad_day.sum())
        file_report.rows_kept = int((~bad_day).sum())
        for metric, text in values.items():
            numbers = _numbers(text, metric, file_report)
            long.append(pd.DataFrame({"date": day.dt.normalize(), "metric": metric, "value": numbers,
                                      "order": order})[~bad_day])
    if not long:
        frame = pd.DataFrame({"date": pd.Series(dtype=f"datetime64[ns, {TZ}]")})
    else:
        rows = pd.concat(long, ignore_index=True).dropna(subset=["value"])
        # Insights numbers are revised for a day or two: of two files, the one reaching later days was
        # exported later and wins (then the one named later).
        reach = rows.groupby("order")["date"].transform("max")
        rows = rows.assign(_reach=reach).sort_values(["_reach", "order"], kind="stable")
        last = rows.drop_duplicates(["date", "metric"], keep="last")
        distinct = rows.drop_duplicates(["date", "metric", "value"])
        report.merged = len(rows) - len(last)
        conflicts = len(distinct) - len(last)
        report.merge_note = (f"the same metric and day in more than one file; {conflicts} of them disagreed, "
                             "and the value of the file reaching later days was kept")
        metrics = list(dict.fromkeys(rows["metric"]))
        frame = last.pivot(index="date", columns="metric", values="value")[metrics]
        frame = frame.reset_index().rename_axis(columns=None).sort_values("date", ignore_index=True)
        for metric in metrics:
            whole = frame[metric].dropna()
            if (whole.round() == whole).all():
                frame[metric] = frame[metric].round().astype("Int64")
    report.result = len(frame)
    if len(frame):
        report.period = f"{frame['date'].min():%d %b %Y} to {frame['date'].max():%d %b %Y}"
    frame.attrs["export_report"] = report
    if not quiet:
        print(report)
    return frame
