"""The sentence of an article a figure was read from, so the sidebar can quote it."""

import re

from bantin_extract.htmltext import html_to_text
from bantin_text import collapse_space

# A full stop after these is part of a title ("TS. Nguyễn Văn A"), not the end of a sentence.
_ABBREVIATIONS = frozenset(
    "ts ths pgs gs bs cn ks ncs tp tt hđnd ubnd q p đ/c đc stt gv sv v.v tr pgs.ts gs.ts ths.bs".split()  # noqa: SIM905
)
_END = re.compile(r"[.!?…]+[\"”’)]*\s+")
# Neither white space nor changed by NFC, and never in an article's text in practice.
_SEPARATOR = "\x00"


def plain_paragraphs(html: str) -> list[str]:
    """The text of each block of `html` (paragraphs, list items, cells), white space folded.

    The extractor's own regex reader, not an HTML parser: the figures' text comes from it, so
    "<strong>12</strong>,5 tỷ" reads "12,5 tỷ" on both sides, and it is ~12× faster.
    """
    text = html_to_text(html or "")
    if _SEPARATOR in text:
        blocks = map(collapse_space, text.split("\n"))
    else:
        # One collapse_space over the whole text, lines kept apart by a character it leaves
        # alone, gives the same blocks as one call per line, in a fraction of the time.
        blocks = map(str.strip, collapse_space(text.replace("\n", _SEPARATOR)).split(_SEPARATOR))
    return [block for block in blocks if block]


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph; "1.234" and "TS. Lê" do not end a sentence."""
    sentences, start = [], 0
    for match in _END.finditer(paragraph):
        # Only the word before the stop matters: split once from the right, not into all words.
        words = paragraph[start : match.start()].rsplit(None, 1)
        last = words[-1].casefold() if words else ""
        if last in _ABBREVIATIONS:
            continue
        sentences.append(paragraph[start : match.end()].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def sentence_splitter():
    """`split_sentences` remembering each paragraph: an article's figures often share one."""
    split: dict[str, list[str]] = {}

    def sentences_of(paragraph: str) -> list[str]:
        sentences = split.get(paragraph)
        if sentences is None:
            sentences = split[paragraph] = split_sentences(paragraph)
        return sentences

    return sentences_of


QUOTE_CONTEXT = 80


def _trim_before(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[-limit:]
    return "…" + cut[cut.find(" ") + 1 :] if " " in cut else "…" + cut


def _trim_after(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit]
    return (cut[: cut.rfind(" ")] if " " in cut else cut) + "…"


def quote_in(
    fragment: str, paragraphs: list[str], context: int = QUOTE_CONTEXT, split=split_sentences
) -> dict | None:
    """{"before", "match", "after"}: the sentence of `paragraphs` holding `fragment`, split around it.

    At most `context` characters are kept on each side (cut at a word, marked with "…").
    `paragraphs` is `plain_paragraphs(html)`, computed once for all the figures of an article;
    `split` splits a paragraph into sentences (`sentence_splitter()` for many figures).
    """
    fragment = collapse_space(fragment or "")
    if not fragment:
        return None
    for paragraph in paragraphs:
        if fragment not in paragraph:
            continue
        for sentence in split(paragraph):
            at = sentence.find(fragment)
            if at >= 0:
                end = at + len(fragment)
                return {
                    "before": _trim_before(sentence[:at], context),
                    "match": fragment,
                    "after": _trim_after(sentence[end:], context),
                }
        return {"before": "", "match": fragment, "after": ""}
    return None


def quote_for(fragment: str, html: str, context: int = QUOTE_CONTEXT) -> dict | None:
    """`quote_in` for one fragment of `html` (parses `html`: use `quote_in` for many figures)."""
    return quote_in(fragment, plain_paragraphs(html), context)
