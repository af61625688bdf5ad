"""bantin_theme.shown and .notes: figure notes and periods of real articles, made when read."""

import test_facts

from bantin_theme.notes import figure_notes

# The articles of the next build, captured from Pelican's own signal.
built_articles = test_facts.built_articles


def test_notes_read_like_a_list_of_figures_with_their_sentence(site_from, built_articles):
    site_from("theme/full_sidebars.md", "theme/older.md")
    article = next(a for a in built_articles if "kết nạp" in a.title)
    notes = article.figure_notes
    money = next(note for note in notes if note.get("unit") == "đồng")
    assert money["value"] == 37_900_000
    assert money["quote"] == {
        "before": "Tổng kinh phí hỗ trợ là ",
        "match": "37,9 triệu đồng",
        "after": ".",
    }
    assert len(notes) == len(list(notes)) == len(notes[:])
    assert bool(notes) and notes[0] == next(iter(notes))


def test_notes_follow_the_article_read_last(site_from, built_articles):
    site_from("theme/full_sidebars.md", "theme/hostile_facts.md")
    first, second = built_articles
    expected = [figure_notes(first), figure_notes(second)]
    assert expected[0] and expected[1] and expected[0] != expected[1]
    # Reading one article's notes, then another's, then the first again gives each its own.
    assert [list(first.figure_notes), list(second.figure_notes)] == expected
    assert first.figure_notes == expected[0] and second.figure_notes == expected[1]
    assert first.figure_notes != second.figure_notes


def test_periods_read_like_a_dict_made_when_read(site_from, built_articles):
    site_from("theme/full_sidebars.md", "theme/older.md")
    ket_nap = next(a for a in built_articles if "kết nạp" in a.title)
    other = next(a for a in built_articles if a is not ket_nap)
    assert dict(ket_nap.periods) == {"school_year": "2023–2024", "term": "2020–2025"}
    assert not other.periods and dict(other.periods) == {}
    assert ket_nap.periods["term"] == "2020–2025" and ket_nap.periods.get("x") is None
    assert ket_nap.periods == {"school_year": "2023–2024", "term": "2020–2025"}
