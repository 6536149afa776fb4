"""HTML: the visible text of a page, with a map from every character back to the raw file.

Scripts, styles, code and comments are not article text. Block-level tags
become paragraph breaks so segmentation sees the page's structure.
"""
from __future__ import annotations

import html
import re
from html.parser import HTMLParser

_SKIP = {"script", "style", "noscript", "template", "code", "pre", "svg", "head", "title"}
_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
    "table", "article", "section", "header", "footer", "blockquote", "figure", "figcaption",
    "aside", "nav", "main", "hr", "dd", "dt", "dl", "body", "html",
}


class _Visible(HTMLParser):
    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self.line_starts = [0] + [m.end() for m in re.finditer(r"\n", raw)]
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.skip_depth = 0
        self.title: str | None = None
        self._in_title = False
        self._title_parts: list[str] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, text: str, raw_start: int, step: bool = True) -> None:
        for i, ch in enumerate(text):
            self.chars.append(ch)
            self.offsets.append(raw_start + (i if step else 0))

    def _break(self) -> None:
        at = self._pos()
        self._emit("\n\n", at, step=False)

    def handle_starttag(self, tag, attrs):
        if tag == "title":
            self._in_title = True
        if tag in _SKIP:
            self.skip_depth += 1
        elif tag in _BLOCK:
            self._break()

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
            self.title = "".join(self._title_parts).strip() or None
        if tag in _SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in _BLOCK:
            self._break()

    def handle_data(self, data):
        if self._in_title:
            self._title_parts.append(data)
        if self.skip_depth:
            return
        self._emit(data, self._pos())

    def _ref(self, source: str) -> None:
        if self._in_title:
            self._title_parts.append(html.unescape(source))
        if self.skip_depth:
            return
        self._emit(html.unescape(source), self._pos(), step=False)

    def handle_entityref(self, name):
        self._ref(f"&{name};")

    def handle_charref(self, name):
        self._ref(f"&#{name};")


# A '<' that no '>' closes before the next '<' cannot open a tag. Python 3.11's
# html.parser is quadratic on runs of them ("<a " * 8000), so they become spaces
# (same length, so offsets are unchanged) before parsing.
_UNCLOSED_LT = re.compile(r"<(?=[^<>]*(?:<|\Z))")
# html.parser knows the marked sections "<![CDATA[", "<![if ...]>" and a few others, and
# raises AssertionError on any other "<![" ("<![img](y)" in pasted Markdown). A browser
# reads those as a bogus comment; here their '<' becomes a space (same length), so the
# rest is read as text and offsets are unchanged.
_UNKNOWN_MARKED_SECTION = re.compile(
    r"<(?=!\[(?!(?:temp|cdata|ignore|include|rcdata|if|else|endif)(?![-_.a-z0-9])))", re.I)


class UnreadableHTML(ValueError):
    """Markup Python's HTML parser refuses (it signals this with AssertionError)."""


def visible_text(raw: str) -> tuple[str, tuple[int, ...], str | None]:
    """Return (text, offsets, title); offsets has one raw offset per text character plus the end."""
    parser = _Visible(raw)
    prepared = _UNCLOSED_LT.sub(" ", raw)
    if "<![" in prepared:
        prepared = _UNKNOWN_MARKED_SECTION.sub(" ", prepared)
    try:
        parser.feed(prepared)
        parser.close()
    except AssertionError as exc:        # html.parser's way of refusing markup it cannot read
        raise UnreadableHTML(str(exc)) from None
    offsets = parser.offsets + [len(raw)]
    return "".join(parser.chars), tuple(offsets), parser.title


_META_DATE = re.compile(
    r"<meta\b[^<>]*?(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished|date|pubdate|publish-date)[\"'][^<>]*?content=[\"'](\d{4}-\d{2}-\d{2})",
    re.I,
)
_TIME_DATE = re.compile(r"<time\b[^<>]*?datetime=[\"'](\d{4}-\d{2}-\d{2})", re.I)


def published_hint(raw: str) -> str | None:
    """The page's own publication date, from its metadata, as YYYY-MM-DD."""
    m = _META_DATE.search(raw) or _TIME_DATE.search(raw)
    return m.group(1) if m else None
