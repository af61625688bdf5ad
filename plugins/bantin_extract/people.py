"""Finds named people with honorific, degree and role, once per name in order of first mention."""

from bantin_extract.bylines import byline
from bantin_extract.honorifics import list_intro
from bantin_extract.hotspots import name_sentences
from bantin_extract.lines import ends_article, is_footer, sentence_lines
from bantin_extract.mentions import Mention, merge_mentions
from bantin_extract.scanner import LineScanner
from bantin_extract.tokens import tokenize

# Tokens a list line may open with before its name: "1.", "-", "a)", "+".
_LIST_MARKER = 2
# Lines shorter than this (in tokens) are headings, captions or furniture, not body text.
_BODY_LINE = 12


def find_people(text: str) -> list[dict]:
    """People named in `text` (prepared by text.prepare), as SCHEMA.md dicts."""
    mentions: list[Mention] = []
    body_seen = False
    carried = None
    for line in sentence_lines(text):
        if body_seen and ends_article(line):
            break  # what follows is other articles' headlines or comments
        if line.islower() or not line or is_footer(line):
            continue  # no capitals, no name; a footer names the site's editors, not the news
        if not carried and not _ends_on_colon(line):
            # Only the sentences that can hold a name are read. A line that opens on a name
            # may be a byline or a list item, and is read whole below.
            sentences, opens_on_name = name_sentences(line)
            if not opens_on_name:
                if sentences:  # most lines hold no name at all
                    scanner = LineScanner()
                    for tokens, stop in sentences:
                        scanner.scan(tokens, stop)
                    mentions.extend(_from_line(scanner.found, line))
                body_seen = body_seen or _long(line)
                continue
        tokens = tokenize(line)
        if not tokens:
            continue
        authors = byline(tokens) if body_seen else None
        if authors:
            mentions.extend(Mention(name, None, None, None, incidental=True) for name in authors)
            continue
        found = _from_line(LineScanner().scan(tokens), line)
        # "Chi ủy gồm các đồng chí:" then one name per line: each line inherits the honorific.
        if carried and found and found[0].position <= _LIST_MARKER:
            found[0].honorific = found[0].honorific or carried
        else:
            carried = list_intro(tokens)
        mentions.extend(found)
        body_seen = body_seen or len(tokens) >= _BODY_LINE
    return merge_mentions(mentions)


def _ends_on_colon(line: str) -> bool:
    # Lines seldom end on white space: the stripped copy is made only when one does.
    return line.endswith(":") or (line[-1:].isspace() and line.rstrip().endswith(":"))


def _long(line: str) -> bool:
    """Has the line `_BODY_LINE` tokens or more? (Words are counted first: it is cheaper.)"""
    return len(line.split()) >= _BODY_LINE or len(tokenize(line)) >= _BODY_LINE


def _from_line(found: list[Mention], line: str) -> list[Mention]:
    for mention in found:
        mention.line = line
    return found
