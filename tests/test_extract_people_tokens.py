"""tokens.tokenize: every visible mark of the line, in order, with its spacing and shape."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bantin_extract.tokens import tokenize

PIECES = re.compile(r"[A-ZĐ]['’][^\W\d_]+|\w+|[^\w\s]")


def test_shapes_keys_and_spacing():
    tokens = tokenize("Đ/c NGUYỄN Văn uỷ, lớp 12A1")
    assert [(t.text, t.spaced, t.shape) for t in tokens] == [
        ("Đ", True, "title"),
        ("/", False, "punct"),
        ("c", False, "lower"),
        ("NGUYỄN", True, "caps"),
        ("Văn", True, "title"),
        ("uỷ", True, "lower"),
        (",", False, "punct"),
        ("lớp", True, "lower"),
        ("12A1", True, "num"),
    ]
    # Old and new tone placement give one key.
    assert tokenize("ủy")[0].key == tokens[5].key


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_tokens_are_the_visible_pieces_of_the_line(line):
    tokens = tokenize(line)
    assert [t.text for t in tokens] == PIECES.findall(line)
    rebuilt = "".join((" " if t.spaced and i else "") + t.text for i, t in enumerate(tokens))
    assert rebuilt == " ".join(line.split())


def test_apostrophe_inside_an_ede_name_keeps_the_syllable_whole():
    tokens = tokenize("bà H'Hen Niê và H’Yâm, l'an")
    assert [(t.text, t.shape) for t in tokens][1:4] == [
        ("H'Hen", "title"),
        ("Niê", "title"),
        ("và", "lower"),
    ]
    assert tokens[4].text == "H’Yâm"
    assert [t.text for t in tokens[-3:]] == ["l", "'", "an"]
