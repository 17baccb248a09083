"""Shared helpers: seeded RNGs, deterministic CSV/gzip writing, card rendering."""
from __future__ import annotations

import gzip
import io
import zlib
from pathlib import Path

import numpy as np
import pandas as pd

from course.data import SCHEMAS, TS, TS_FORMAT, TZ

START = pd.Timestamp("2025-04-01 00:00", tz=TZ)  # posts year
END = pd.Timestamp("2026-04-01 00:00", tz=TZ)
AUDIT_DATE = pd.Timestamp("2026-03-31 23:59", tz=TZ)  # security audit "today"


def rng(name: str) -> np.random.Generator:
    """A generator seeded from a dataset name: stable across runs and machines."""
    return np.random.default_rng(zlib.crc32(name.encode("utf-8")))


def check_schema(name: str, df: pd.DataFrame) -> None:
    schema = SCHEMAS[name]
    assert list(df.columns) == list(schema), (name, list(df.columns), list(schema))
    for col, dt in schema.items():
        if isinstance(dt, pd.CategoricalDtype):
            bad = set(df[col].dropna().unique()) - set(dt.categories)
            assert not bad, (name, col, sorted(map(str, bad))[:5])
        if dt in ("int64", "bool"):
            assert df[col].notna().all(), (name, col, "has missing values")
        if dt == "int64":
            assert (df[col] >= 0).all(), (name, col, "negative")


def to_csv_bytes(name: str, df: pd.DataFrame) -> bytes:
    check_schema(name, df)
    out = df.copy()
    for col, dt in SCHEMAS[name].items():
        if dt == TS:
            s = pd.to_datetime(out[col])
            out[col] = s.dt.tz_convert(TZ).dt.strftime(TS_FORMAT).str.replace(
                r"(\d\d)(\d\d)$", r"\1:\2", regex=True)
        elif dt in ("Int64", "int64"):
            out[col] = out[col].astype("Int64")
        elif dt == "bool":
            out[col] = out[col].astype(bool)
    return out.to_csv(index=False, lineterminator="\n").encode("utf-8")


def write_gz(path: Path, payload: bytes) -> None:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(payload)
    path.write_bytes(buf.getvalue())


def write_dataset(out: Path, name: str, df: pd.DataFrame, card: str) -> None:
    write_gz(out / f"{name}.csv.gz", to_csv_bytes(name, df))
    text = card.strip() + "\n"
    (out / f"{name}.md").write_text(text, encoding="utf-8", newline="\n")


def field_table(rows: list[tuple[str, str, str, str]]) -> str:
    lines = ["| field | type | unit | meaning |", "| --- | --- | --- | --- |"]
    lines += [f"| `{a}` | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def fields(name: str, info: dict[str, tuple[str, str]]) -> str:
    """Field table with the type column taken from the schema (never out of date)."""
    rows = []
    for col, dt in SCHEMAS[name].items():
        unit, meaning = info[col]
        if isinstance(dt, pd.CategoricalDtype):
            cats = list(dt.categories)
            t = "category (" + ", ".join(map(str, cats)) + ")" if len(cats) <= 8 else "category"
        elif dt == TS:
            t = "timestamp (Asia/Kolkata)"
        elif dt == "category":
            t = "category"
        else:
            t = str(dt)
        rows.append((col, t, unit, meaning))
    return field_table(rows)


SYNTHETIC = (
    "**Synthetic data.** Everything in this table is invented by `python -m datagen` "
    "(seeded, byte-identical on every run) for teaching; it describes no real person, "
    "account, post or event."
)


def pct(x: float, nd: int = 1) -> str:
    return f"{100 * x:.{nd}f}%"


def fmt_int(x) -> str:
    return f"{int(round(float(x))):,}"
