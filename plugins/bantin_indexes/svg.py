"""Accessible inline SVG charts drawn at build time (no JavaScript): columns, stacks, bars.

Every chart carries <title> and <desc> (read by screen readers through aria-labelledby);
the page pairs each with a data table. All text is escaped here, numbers are Vietnamese.
"""

import math
from html import escape

from bantin_text import format_vi_number

# Dark enough for 3:1 against white (WCAG non-text contrast) and told apart without colour
# by the legend order and the data table.
PALETTE = ("#1f5fa8", "#b3401b", "#2e7d32", "#7b3fa0", "#8a6100", "#4d5966")
WIDTH = 720
AXIS = "#4d5966"
TEXT = "#1d2733"


def _open(chart_id: str, title: str, desc: str, height: int) -> list[str]:
    return [
        f'<svg class="bieu-do" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{chart_id}-t {chart_id}-d" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-t">{escape(title)}</title>',
        f'<desc id="{chart_id}-d">{escape(desc)}</desc>',
    ]


def nice_scale(value: float) -> tuple[int, int]:
    """(top, step) for a count axis: whole steps of 1, 2 or 5 × 10ⁿ, four or fewer of them."""
    if value <= 0:
        return 1, 1
    rough = value / 4
    power = 10 ** max(math.floor(math.log10(rough)), 0) if rough >= 1 else 1
    step = next(s * power for s in (1, 2, 5, 10) if s * power >= rough)
    return step * math.ceil(value / step), step


def _grid(value: float, left: int, plot_top: int, plot_height: int) -> tuple[int, list[str]]:
    top, step = nice_scale(value)
    parts = []
    for tick in range(0, top + 1, step):
        y = plot_top + plot_height - plot_height * tick / top
        parts.append(
            f'<line x1="{left}" x2="{WIDTH - 8}" y1="{y:.1f}" y2="{y:.1f}" stroke="#d5dae0"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{TEXT}" '
            f'font-size="12">{format_vi_number(tick)}</text>'
        )
    return top, parts


def stacked_columns(
    chart_id: str, title: str, desc: str, labels: list[str], series: dict[str, list[int]]
) -> str:
    """Columns per label (month) stacked by series (unit), with a legend under the plot."""
    names = list(series)
    legend_rows = math.ceil(len(names) / 2)
    left, plot_top, plot_height = 44, 12, 200
    height = plot_top + plot_height + 34 + legend_rows * 20
    totals = [sum(series[name][i] for name in names) for i in range(len(labels))]
    top, grid = _grid(max(totals, default=0), left, plot_top, plot_height)
    parts = _open(chart_id, title, desc, height) + grid
    step = (WIDTH - 8 - left) / max(len(labels), 1)
    bar = max(step * 0.7, 1)
    every = math.ceil(len(labels) / 12)
    for index, label in enumerate(labels):
        x = left + index * step + (step - bar) / 2
        y = plot_top + plot_height
        for colour, name in zip(PALETTE, names, strict=False):
            value = series[name][index]
            if not value:
                continue
            h = plot_height * value / top
            y -= h
            parts.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{colour}">'
                f"<title>{escape(label)} · {escape(name)}: {format_vi_number(value)}</title></rect>"
            )
        if index % every == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{plot_top + plot_height + 16}" '
                f'text-anchor="middle" fill="{TEXT}" font-size="11">{escape(label)}</text>'
            )
    for index, (colour, name) in enumerate(zip(PALETTE, names, strict=False)):
        x = left + (index % 2) * 330
        y = plot_top + plot_height + 34 + (index // 2) * 20
        parts.append(
            f'<rect x="{x}" y="{y - 10}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 18}" y="{y}" fill="{TEXT}" font-size="12">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def columns(chart_id: str, title: str, desc: str, items: list[tuple[str, float]]) -> str:
    """One column per item with its value written on top."""
    left, plot_top, plot_height = 44, 20, 200
    height = plot_top + plot_height + 24
    top, grid = _grid(max((value for _, value in items), default=0), left, plot_top, plot_height)
    parts = _open(chart_id, title, desc, height) + grid
    step = (WIDTH - 8 - left) / max(len(items), 1)
    bar = min(step * 0.7, 60)
    for index, (label, value) in enumerate(items):
        x = left + index * step + (step - bar) / 2
        h = plot_height * value / top
        y = plot_top + plot_height - h
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{PALETTE[0]}"/>'
            f'<text x="{x + bar / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" fill="{TEXT}" '
            f'font-size="12">{format_vi_number(value)}</text>'
            f'<text x="{x + bar / 2:.1f}" y="{plot_top + plot_height + 16}" text-anchor="middle" '
            f'fill="{TEXT}" font-size="12">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def bars(chart_id: str, title: str, desc: str, items: list[tuple[str, float]]) -> str:
    """Horizontal bars, label on the left, value at the bar's end: fits long Vietnamese names."""
    left, row = 220, 24
    height = max(len(items), 1) * row + 8
    top = max((value for _, value in items), default=0) or 1
    parts = _open(chart_id, title, desc, height)
    span = WIDTH - left - 60
    for index, (label, value) in enumerate(items):
        y = 4 + index * row
        w = max(span * value / top, 1)
        parts.append(
            f'<text x="{left - 8}" y="{y + 15}" text-anchor="end" fill="{TEXT}" '
            f'font-size="13">{escape(label)}</text>'
            f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row - 8}" fill="{PALETTE[0]}"/>'
            f'<text x="{left + w + 6:.1f}" y="{y + 15}" fill="{TEXT}" '
            f'font-size="13">{format_vi_number(value)}</text>'
        )
    parts.append(f'<line x1="{left}" x2="{left}" y1="0" y2="{height}" stroke="{AXIS}"/></svg>')
    return "".join(parts)
