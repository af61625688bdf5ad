"""The statistics page's charts and tables, from the aggregated counts (pure: no Pelican)."""

from markupsafe import Markup

from bantin_indexes import svg
from bantin_indexes.stats import SiteStats, most_mentioned


def month_label(month: str) -> str:
    """ "2024-03" as Vietnamese write a month: "3/2024"."""
    year, number = month.split("-")
    return f"{int(number)}/{year}"


def statistics_context(stats: SiteStats, people: list[dict], months: int, top_people: int) -> dict:
    """Everything statistics.html needs: three SVG charts (Markup) and their data tables."""
    monthly = stats.monthly_series(months=months)
    labels = [month_label(m) for m in monthly["months"]]
    monthly_rows = [
        {"month": label, "counts": [monthly["counts"][u][i] for u in monthly["units"]]}
        for i, label in enumerate(labels)
    ]
    admissions = stats.admissions()
    ranked = most_mentioned(people, top_people)
    context = {
        "articles_total": stats.articles,
        "monthly_units": monthly["units"],
        "monthly_rows": monthly_rows,
        "admissions": admissions,
        "top_people": ranked,
        "chart_monthly": None,
        "chart_admitted": None,
        "chart_people": None,
    }
    if labels:
        context["chart_monthly"] = Markup(
            svg.stacked_columns(
                "bd-thang",
                "Số bài viết theo tháng và đơn vị",
                f"Cột chồng: số bài viết mỗi tháng từ {labels[0]} đến {labels[-1]}, "
                "mỗi màu là một đơn vị; số liệu đầy đủ ở bảng ngay dưới.",
                labels,
                monthly["counts"],
            )
        )
    if admissions:
        context["chart_admitted"] = Markup(
            svg.columns(
                "bd-ket-nap",
                "Số đảng viên được kết nạp theo năm",
                "Cột: số đảng viên mới được kết nạp mỗi năm, cộng từ các bài tin kết nạp; "
                "số liệu đầy đủ ở bảng ngay dưới.",
                [(str(row["year"]), row["admitted"]) for row in admissions],
            )
        )
    if ranked:
        context["chart_people"] = Markup(
            svg.bars(
                "bd-nguoi",
                "Những người được nhắc đến nhiều nhất",
                "Thanh ngang: số bài viết có mặt mỗi người; số liệu đầy đủ ở bảng ngay dưới.",
                [(p["name"], p["articles_attended"]) for p in ranked],
            )
        )
    return context
