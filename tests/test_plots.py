"""Hindi text in charts: a Devanagari font is found, so no glyph is missing (no boxes)."""

import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from course import plots  # noqa: E402


def test_devanagari_font_is_used_and_no_glyph_is_missing(tmp_path):
    plots.use_house_style()
    path = font_manager.findfont(font_manager.FontProperties(family=plots.HINDI_FONT), fallback_to_default=False)
    assert "NotoSansDevanagari" in path
    fig, ax = plt.subplots()
    ax.bar(["पटना", "गया", "Patna"], [3, 2, 1])
    ax.set_title("ज़िलेवार पहुँच / Reach by district")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" would become an error here
        fig.savefig(tmp_path / "hindi.png")
    assert (tmp_path / "hindi.png").stat().st_size > 5000
    plt.close(fig)


def test_libraqm_shapes_complex_scripts():
    import matplotlib.ft2font as ft2font

    assert getattr(ft2font, "__libraqm_version__", None), "this matplotlib cannot shape Devanagari"


def test_figure_title_reads_suptitle_and_axes_titles():
    fig, ax = plt.subplots()
    assert plots.figure_title(fig) == ""
    ax.set_title("left title", loc="left")
    assert plots.figure_title(fig) == "left title"
    fig.suptitle("main")
    assert plots.figure_title(fig) == "main"
    plt.close(fig)
