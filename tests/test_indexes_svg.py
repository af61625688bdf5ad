"""bantin_indexes.svg: charts carry title/desc, escape labels and write Vietnamese numbers."""

from bs4 import BeautifulSoup

from bantin_indexes import svg


def parse(markup):
    return BeautifulSoup(markup, "html.parser").svg


def test_bars_escape_labels_and_format_numbers_the_vietnamese_way():
    chart = parse(svg.bars("c", "Tiêu đề <b>", "Mô tả & chú thích", [("<script>x", 1234)]))
    assert chart["role"] == "img" and chart["aria-labelledby"] == "c-t c-d"
    assert chart.title.get_text() == "Tiêu đề <b>" and chart.desc.get_text() == "Mô tả & chú thích"
    assert chart.find("script") is None
    assert [t.get_text() for t in chart.find_all("text")] == ["<script>x", "1.234"]


def test_axis_steps_are_whole_numbers():
    assert svg.nice_scale(3) == (3, 1)
    assert svg.nice_scale(37) == (40, 10)
    columns = parse(svg.columns("k", "t", "d", [("2024", 7)]))
    ticks = [t.get_text() for t in columns.find_all("text")][:5]
    assert ticks == ["0", "2", "4", "6", "8"]


def test_stacked_columns_stack_each_series_with_a_legend():
    chart = parse(svg.stacked_columns("s", "t", "d", ["3/2024"], {"A": [2], "B": [1]}))
    tips = [rect.title.get_text() for rect in chart.find_all("rect") if rect.title]
    assert tips == ["3/2024 · A: 2", "3/2024 · B: 1"]
    assert {"A", "B"} <= {t.get_text() for t in chart.find_all("text")}
