"""`course guides`: printable PDFs of the guides people hold (issue #19), made from the Markdown in docs/.

    docs/trainer-guide.md   ->  build/guides/trainer-guide.pdf   running a cohort: before, on and after the day
    docs/quickstart.md      ->  build/guides/quickstart.pdf      one A4 page for participants
    docs/quickstart.hi.md   ->  build/guides/quickstart.hi.pdf   the same page in Hindi

The Markdown is parsed by mistune (installed already: nbconvert's Markdown parser) and laid out by fpdf2's
`write_html`, with the certificates' fonts (course.trainer.certificates: DejaVu Sans from matplotlib, Noto Sans
Devanagari from course/fonts/), embedded as subsets, and Hindi shaped by HarfBuzz (conjuncts, reph, the vowel
sign ि before its consonant). A character no font has is refused (a PDF with a hole in a word is worse than
none), except the check marks the notebooks print as emoji, drawn with DejaVu's ✔ and ✖.

Images, `![alt](path "width=60%")` with the path relative to the Markdown file: drawn at that share of the text
width (default: all of it), framed, and smaller when taller than the page. A missing image is a visible
placeholder line naming the file, not an error (a screenshot may come later than its guide). A guide meant
for one page (the quick starts) that runs onto a second is refused, as a certificate is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from course.trainer.build import ROOT
from course.trainer.certificates import FONTS, _latin_fonts

DOCS = ROOT / "docs"
OUT = ROOT / "build" / "guides"
BLUE = (59, 110, 165)
GREY = (110, 110, 110)
# What the fonts lack, drawn with a glyph they have: the notebooks' emoji check marks (and emoji selectors).
SUBSTITUTES = {"✅": "✔", "❌": "✖", "\ufe0f": ""}
IMAGE_WIDTH = re.compile(r"width\s*=\s*(\d+(?:\.\d+)?)\s*%")
IMAGE_CROP = re.compile(r"crop\s*=\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)")  # left, top, right, bottom (pixels)
SHRINK = 0.7  # an image may shrink to this share of its size to end a page instead of leaving a gap


@dataclass(frozen=True)
class Guide:
    source: str  # the Markdown file's name in docs/
    lang: str = "en"
    one_page: bool = False
    size: float = 10.0  # body text, in points
    line_height: float = 1.3  # times the font size; Devanagari needs room for its vowel signs

    @property
    def pdf(self) -> str:
        return self.source.removesuffix(".md") + ".pdf"


GUIDES = (
    Guide("trainer-guide.md", size=10.5),
    Guide("quickstart.md", one_page=True, size=12),
    Guide("quickstart.hi.md", lang="hi", one_page=True, size=12, line_height=1.45),
)


class GuideError(Exception):
    pass


@dataclass
class Made:
    path: Path
    pages: int
    missing: list[str] = field(default_factory=list)  # images named in the Markdown but not found


def build(docs: Path | None = None, out: Path | None = None, guides=GUIDES) -> list[Made]:
    """Write each guide's PDF into `out` (default build/guides/ in the repository)."""
    docs, out = Path(docs or DOCS), Path(out or OUT)
    if not docs.is_dir():
        raise GuideError(f"{docs} is not a folder: give the folder holding the guides' Markdown with --docs DIR")
    made = []
    for guide in guides:
        if not (docs / guide.source).is_file():
            raise GuideError(f"{docs / guide.source} does not exist")
        data, pages, missing = render(guide, docs)
        out.mkdir(parents=True, exist_ok=True)
        path = out / guide.pdf
        path.write_bytes(data)
        made.append(Made(path, pages, missing))
    return made


def describe(made: list[Made]) -> list[str]:
    lines = []
    for item in made:
        lines.append(f"  {item.path}  ({item.pages} page{'s' if item.pages != 1 else ''})")
        lines += [f"    image not found, a placeholder line printed instead: {name}" for name in item.missing]
    lines.append(f"Made {len(made)} PDF(s); print the quick starts one per participant.")
    return lines


# --- the page --------------------------------------------------------------------------------------------

def _document(guide: Guide):
    from fpdf import FPDF

    class Document(FPDF):
        def header(self):
            # The body font, set on the page itself: fpdf2 2.8.9 draws a list's first number with the font the
            # page's graphics state holds, which after a paragraph opening in the fallback (Devanagari) font
            # inside a saved state is none at all (the "1." was missing from the Hindi quick start).
            self.set_font("dejavu", size=guide.size)
            self._out(f"BT /F{self.current_font.i} {self.font_size_pt:.2f} Tf ET")
            self.current_font_is_set_on_page = True

        def footer(self):  # page numbers on a guide of several pages; the one-page quick starts have none
            if guide.one_page:
                return
            self.set_y(-11)
            self.set_font("dejavu", size=8)
            self.set_text_color(*GREY)
            self.cell(0, 5, f"{self.title}  ·  {self.page_no()}", align="C")

    pdf = Document(orientation="portrait", unit="mm", format="A4")
    regular, bold = _latin_fonts()  # the certificates' fonts: DejaVu Sans (matplotlib) and Noto Sans Devanagari
    folder = regular.parent
    pdf.add_font("dejavu", "", str(regular))
    pdf.add_font("dejavu", "B", str(bold))
    pdf.add_font("dejavu", "I", str(folder / "DejaVuSans-Oblique.ttf"))
    pdf.add_font("dejavu", "BI", str(folder / "DejaVuSans-BoldOblique.ttf"))
    pdf.add_font("dejavumono", "", str(folder / "DejaVuSansMono.ttf"))
    pdf.add_font("dejavumono", "B", str(folder / "DejaVuSansMono-Bold.ttf"))
    pdf.add_font("devanagari", "", str(FONTS / "NotoSansDevanagari-Regular.ttf"))
    pdf.add_font("devanagari", "B", str(FONTS / "NotoSansDevanagari-Bold.ttf"))
    pdf.set_fallback_fonts(["devanagari"])  # Hindi in any line: Noto Sans Devanagari, bold where bold
    pdf.set_text_shaping(True)  # HarfBuzz: conjuncts, reph, vowel signs before their consonant
    if guide.one_page:
        pdf.set_margins(15, 12, 15)
        pdf.set_auto_page_break(True, margin=10)
    else:
        pdf.set_margins(20, 18, 20)
        pdf.set_auto_page_break(True, margin=18)
    return pdf


def _styles(guide: Guide) -> dict:
    from fpdf.fonts import FontFace, TextStyle

    size = guide.size
    gap = 1.2 if guide.one_page else 2.0  # mm between paragraphs
    return {  # a heading's b_margin is in heights of its font, other margins in mm
        "h1": TextStyle(font_family="dejavu", font_style="B", font_size_pt=size * 1.65, color=BLUE,
                        t_margin=0, b_margin=0.3),
        "h2": TextStyle(font_family="dejavu", font_style="B", font_size_pt=size * 1.4, color=BLUE,
                        t_margin=7, b_margin=0.15),
        "h3": TextStyle(font_family="dejavu", font_style="B", font_size_pt=size * 1.15, color=(40, 40, 40),
                        t_margin=5, b_margin=0.1),
        "p": TextStyle(t_margin=gap),
        "li": TextStyle(l_margin=6, t_margin=gap / 2),
        "ul": TextStyle(t_margin=gap / 2),
        "ol": TextStyle(t_margin=gap / 2),
        "pre": TextStyle(font_family="dejavumono", font_size_pt=size * 0.9, color=(30, 30, 30), t_margin=2,
                         b_margin=1, l_margin=8),
        "code": FontFace(family="dejavumono", size_pt=size * 0.9, color=(120, 30, 30)),
        "a": FontFace(color=BLUE),
        "blockquote": TextStyle(color=GREY, t_margin=gap, l_margin=6),
    }


def _unwrap_list_paragraphs(html: str) -> str:
    """A loose list's items hold paragraphs (`<li><p>...</p><pre>...`), and fpdf2 drops the number of an item
    that opens with one: inside items, paragraphs become plain text, a line break between two of them."""
    parts = re.split(r"(<[^>]+>)", html)
    depth, out = 0, []
    for i, part in enumerate(parts):
        if part.startswith("<li"):
            depth += 1
        elif part == "</li>":
            depth -= 1
        elif depth and re.match(r"<p[\s>]", part):
            continue
        elif depth and part == "</p>":
            following = next((p for p in parts[i + 1:] if p.strip()), "")
            if not re.match(r"</li>|<pre|<ol|<ul", following):
                out.append("<br>")
            continue
        out.append(part)
    return "".join(out)


def _tune(html: str, guide: Guide) -> str:
    """mistune's HTML, adjusted for fpdf2: list items without paragraphs, line height on paragraphs and lists,
    ruled tables."""
    html = _unwrap_list_paragraphs(html)
    # No text between blocks: a line break after <ol> would be a line of its own, drawn with no font set.
    html = re.sub(r"(<(?:ol|ul|table|thead|tbody|tr)\b[^>]*>|</(?:p|li|ol|ul|h\d|pre|table|thead|tbody|tr|t[dh]|"
                  r"blockquote)>)\s+", r"\1", html)
    html = re.sub(r"<(p|ul|ol)(?=[\s>])", rf'<\1 line-height="{guide.line_height}"', html)
    # fpdf2 lays out a table cell's text in one font: bold or code inside a cell is printed plain.
    html = re.sub(r"(<t[dh](?:\s[^>]*)?>)(.*?)(</t[dh]>)", lambda m: m[1] + re.sub(r"<[^>]+>", "", m[2]) + m[3], html,
                  flags=re.S)
    return re.sub(r"<table>(.*?)</table>", _table, html, flags=re.S)


def _table(match: re.Match) -> str:
    """A table across the text width, ruled, left-aligned, each column as wide as its longest text needs
    (within 10% to 80% of the width)."""
    body = match[1]
    rows = [re.findall(r"<t[dh](?:\s[^>]*)?>(.*?)</t[dh]>", row, re.S) for row in re.findall(r"<tr>(.*?)</tr>", body, re.S)]
    columns = max((len(row) for row in rows), default=0)
    longest = [max((len(row[i]) for row in rows if i < len(row)), default=1) for i in range(columns)]
    shares = [min(max(n / sum(longest), 0.1), 0.8) for n in longest]
    widths = iter(f"{100 * share / sum(shares):.1f}%" for share in shares)
    first = re.search(r"<tr>(.*?)</tr>", body, re.S)
    if first:
        head = re.sub(r"<(t[dh])(?=[\s>])", lambda m: f'<{m[1]} width="{next(widths)}"', first[1])
        body = body[:first.start(1)] + head + body[first.end(1):]
    body = re.sub(r"<(t[dh])(?=[\s>])(?![^>]*align)", r'<\1 align="left"', body)
    return f'<table width="100%" border="1" cellpadding="1">{body}</table>'


def _images_only(token: dict) -> list[dict] | None:
    """The images of a paragraph made of images alone (drawn as figures), else None."""
    if token.get("type") != "paragraph":
        return None
    children = [c for c in token.get("children", [])
                if not (c["type"] in ("softbreak", "linebreak") or (c["type"] == "text" and not c["raw"].strip()))]
    if children and all(c["type"] == "image" for c in children):
        return children
    return None


def _alt(image: dict) -> str:
    return "".join(c.get("raw", "") for c in image.get("children", []))


def _figure(pdf, image: dict, folder: Path, guide: Guide) -> str | None:
    """Draw an image at its share of the text width, framed; the file's name if it is missing."""
    url = image["attrs"]["url"]
    wanted = IMAGE_WIDTH.search(image["attrs"].get("title") or "")
    share = min(float(wanted.group(1)) / 100, 1.0) if wanted else 1.0
    path = folder / url
    gap = 1.5 if guide.one_page else 3
    if not path.is_file():
        pdf.ln(gap)
        pdf.set_font("dejavu", "I", guide.size * 0.9)
        pdf.set_text_color(*GREY)
        pdf.multi_cell(0, guide.size * 0.55, f"[Screenshot not available yet: {url}. {_alt(image)}]", border=1,
                       align="C", padding=2)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(gap)
        return url
    from PIL import Image

    picture = Image.open(path)
    crop = IMAGE_CROP.search(image["attrs"].get("title") or "")
    if crop:  # the part of a screenshot that matters, large enough to read on paper
        picture = picture.crop(tuple(int(n) for n in crop.groups()))
    pixels_w, pixels_h = picture.size
    width = pdf.epw * share
    height = width * pixels_h / pixels_w
    room = pdf.eph - 2 * gap  # never taller than a page's text area
    if height > room:
        width, height = width * room / height, room
    left = pdf.page_break_trigger - pdf.get_y() - 2 * gap  # what is left of this page
    if height > left:
        if left >= height * SHRINK:
            width, height = width * left / height, left
        else:
            pdf.add_page()
    x, y = pdf.l_margin + (pdf.epw - width) / 2, pdf.get_y() + gap
    pdf.image(picture, x=x, y=y, w=width, h=height, alt_text=_alt(image))
    pdf.set_draw_color(190, 190, 190)
    pdf.set_line_width(0.2)
    pdf.rect(x, y, width, height)
    pdf.set_y(y + height + gap)
    return None


def _check_glyphs(pdf, text: str, source: str) -> None:
    covered = set()
    for font in pdf.fonts.values():
        covered |= set(font.cmap)
    missing = sorted({ch for ch in text if ord(ch) > 0x7E and ord(ch) not in covered})
    if missing:
        shown = ", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in missing)
        raise GuideError(f"{source}: no font of the guides has {shown}; add it to guides.SUBSTITUTES or reword")


def render(guide: Guide, docs: Path) -> tuple[bytes, int, list[str]]:
    """The guide as PDF bytes, its number of pages, and the images it names that were not found."""
    import mistune

    source = docs / guide.source
    text = source.read_text(encoding="utf-8")
    for emoji, glyph in SUBSTITUTES.items():
        text = text.replace(emoji, glyph)
    tokens, state = mistune.create_markdown(renderer=None, plugins=["table"]).parse(text)
    html = mistune.create_markdown(escape=True, plugins=["table"]).renderer  # with the table plugin's methods
    pdf = _document(guide)
    _check_glyphs(pdf, text, guide.source)
    title = next((t for t in tokens if t["type"] == "heading"), None)
    pdf.set_title(_alt(title) if title else guide.source)
    pdf.set_lang(guide.lang)
    pdf.set_creator("course guides")
    pdf.add_page()
    styles = _styles(guide)
    missing: list[str] = []
    pending: list[dict] = []

    def flush() -> None:
        if pending:
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("dejavu", size=guide.size)
            pdf.write_html(_tune(html(pending, state), guide), font_family="dejavu", tag_styles=styles,
                           ul_bullet_char="•", li_prefix_color=BLUE)
            pending.clear()

    for token in tokens:
        images = _images_only(token)
        if images is None:
            pending.append(token)
            continue
        flush()
        for image in images:
            gone = _figure(pdf, image, source.parent, guide)
            if gone:
                missing.append(gone)
    flush()
    pages = pdf.page_no()
    if guide.one_page and pages != 1:
        raise GuideError(f"{guide.source} takes {pages} pages; it must fit on one A4 page: shorten it, or make "
                         "its screenshot narrower (the width=NN% in its title)")
    return bytes(pdf.output()), pages, missing
