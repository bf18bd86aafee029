"""Remove quoted history from an HTML e-mail body using the containers mail clients wrap it in.

Two kinds of markers: *containers* whose content is the quote (``<blockquote type=cite>``, Gmail's
``div.gmail_quote``, Thunderbird's ``div.moz-cite-prefix``, Yahoo/AOL quote divs) are cut out; *dividers* after
which everything is the quote (Outlook's ``div#divRplyFwdMsg`` and ``border-top:solid`` header divs, Hotmail's
``hr#stopSpelling``, Outlook for Mac's ``OLK_SRC_BODY_SECTION``) cut the rest of the document. The remaining HTML
is turned into text with :func:`cxmine.text.html.html_to_text`; text-level rules then catch what is left.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from cxmine.text.html import html_to_text

# Class/id fragments of quote containers, per client (structure of mail clients, not language data).
_CONTAINER_CLASS = re.compile(
    r"gmail_quote|gmail_attr|moz-cite-prefix|yahoo_quoted|ydp\w*yahoo_quoted|aolmsgpart|aol_quote|protonmail_quote"
    r"|zmail_extra|tutanota_quote|x_gmail_quote|ecxgmail_quote",
    re.IGNORECASE,
)
_DIVIDER_ID = re.compile(
    r"^(?:x_)?(?:divRplyFwdMsg|OLK_SRC_BODY_SECTION|stopSpelling|appendonsend|mail-editor-reference-message-container)",
    re.IGNORECASE,
)
# Outlook 2007-2016 put the reply header in a div with a solid top border (#B5C4DF, #E1E1E1, rgb(229,229,229)...).
_BORDER_TOP = re.compile(r"border-top(?:-style)?\s*:\s*(?:[^;\"']*\s)?solid", re.IGNORECASE)
_NO_BORDER = re.compile(r"border(?:-left)?\s*:\s*none", re.IGNORECASE)


class _QuoteFinder(HTMLParser):
    """Collect character ranges of quote containers and the offset where a reply divider starts."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=False)
        self.html = html
        self.line_starts = [0]
        for m in re.finditer("\n", html):
            self.line_starts.append(m.end())
        self.ranges: list[tuple[int, int]] = []
        self.cut_at: int | None = None
        self.skip_tag: str | None = None  # tag name of the container being skipped
        self.skip_depth = 0
        self.skip_start = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _is_container(self, tag: str, attrs: dict[str, str]) -> bool:
        if tag == "blockquote":
            # Gmail's "indent" is a borderless blockquote: formatting, not a quote.
            return not _NO_BORDER.search(attrs.get("style", "")) or attrs.get("type", "").lower() == "cite"
        cls = attrs.get("class", "") + " " + attrs.get("id", "")
        return bool(_CONTAINER_CLASS.search(cls))

    def _is_divider(self, tag: str, attrs: dict[str, str]) -> bool:
        if _DIVIDER_ID.match(attrs.get("id", "")) or _DIVIDER_ID.match(attrs.get("name", "")):
            return True
        return tag == "div" and bool(_BORDER_TOP.search(attrs.get("style", "")))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.cut_at is not None:
            return
        if self.skip_tag is not None:
            if tag == self.skip_tag:
                self.skip_depth += 1
            return
        amap = {k.lower(): (v or "") for k, v in attrs}
        if self._is_divider(tag, amap):
            self.cut_at = self._offset()
        elif self._is_container(tag, amap):
            self.skip_tag, self.skip_depth, self.skip_start = tag, 1, self._offset()

    def handle_endtag(self, tag: str) -> None:
        if self.skip_tag is None or tag != self.skip_tag or self.cut_at is not None:
            return
        self.skip_depth -= 1
        if self.skip_depth == 0:
            start = self._offset()
            end = self.html.find(">", start)
            self.ranges.append((self.skip_start, len(self.html) if end < 0 else end + 1))
            self.skip_tag = None


def split_html_quotes(html: str) -> tuple[str, str]:
    """Split an HTML body into (text of the new part, text of the quoted containers), both as plain text."""
    finder = _QuoteFinder(html)
    try:
        finder.feed(html)
        finder.close()
    except Exception:  # malformed markup: let the text rules do all the work
        return html_to_text(html), ""
    end = len(html) if finder.cut_at is None else finder.cut_at
    if finder.skip_tag is not None:  # unclosed container: the quote runs to the end
        end = min(end, finder.skip_start)
    kept: list[str] = []
    removed: list[str] = []
    pos = 0
    for start, stop in finder.ranges:
        if start >= end:
            break
        kept.append(html[pos:start])
        removed.append(html[start:min(stop, end)])
        pos = stop
    if pos < end:
        kept.append(html[pos:end])
    removed.append(html[end:])
    return html_to_text("".join(kept)), html_to_text("\n".join(removed))
