"""Site statistics counted in the same single pass: articles per month and unit, admissions per year."""

from collections import Counter

from bantin_indexes.entries import Entry
from bantin_indexes.keys import key
from bantin_text import canon, nfc

# An admission article is one whose category or title speaks of "kết nạp" (admitting members).
ADMISSION_WORDS = canon("kết nạp")
MEMBER_UNIT = canon("đảng viên")
OFFICIAL = canon("chính thức")
NEW_MEMBER_WORDS = (canon("mới"), canon("dự bị"))
OTHER_UNITS = "Đơn vị khác"
NO_UNIT = "Chưa ghi đơn vị"


def admitted_in(figures: list[dict]) -> int | None:
    """Members an admission article's figures report admitting, or None when they give no count.

    Candidates are figures counted in a kind of "đảng viên" ("đảng viên mới", "đảng viên dự
    bị"), minus ratios ("18/18 đảng viên" present) and "đảng viên chính thức" (recognition,
    not admission); those naming new or probationary members win. The smallest candidate is
    taken: the cell's head count ("chi bộ hiện có 19 đảng viên") is always the larger one.
    """
    candidates, preferred = [], []
    for figure in figures:
        unit, value = key(figure.get("unit")), figure.get("value")
        if figure.get("total") or MEMBER_UNIT not in unit or OFFICIAL in unit:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 10_000:
            continue
        candidates.append(int(value))
        if any(word in unit for word in NEW_MEMBER_WORDS):
            preferred.append(int(value))
    chosen = preferred or candidates
    return min(chosen) if chosen else None


def is_admission(entry: Entry) -> bool:
    """An admission article: its category or title speaks of "kết nạp"."""
    # Categories repeat (keyed once); titles are unique, so skip canon unless "nạp" is there.
    if ADMISSION_WORDS in key(entry.category):
        return True
    return "nạp" in nfc(entry.title or "").casefold() and ADMISSION_WORDS in canon(entry.title)


class SiteStats:
    """Counts gathered article by article; result() shapes them for the charts and tables."""

    def __init__(self):
        self.by_month_unit: Counter = Counter()
        self.by_unit: Counter = Counter()
        self.admitted: Counter = Counter()
        self.admission_articles: Counter = Counter()
        self.admission_without_count: Counter = Counter()
        self.articles = 0

    def add(self, entry: Entry) -> None:
        unit = entry.unit or NO_UNIT
        month = f"{entry.date.year:04d}-{entry.date.month:02d}"
        self.articles += 1
        self.by_month_unit[month, unit] += 1
        self.by_unit[unit] += 1
        if is_admission(entry):
            year = entry.date.year
            self.admission_articles[year] += 1
            count = admitted_in(entry.facts.get("figures") or ())
            if count is None:
                self.admission_without_count[year] += 1
            else:
                self.admitted[year] += count

    def monthly_series(self, top_units: int = 5, months: int = 24) -> dict:
        """The last `months` months (gaps filled with 0) by the `top_units` busiest units plus the rest."""
        all_months = sorted({month for month, _ in self.by_month_unit})
        if not all_months:
            return {"months": [], "units": [], "counts": {}}
        window = _month_range(all_months[0], all_months[-1])[-months:]
        top = [unit for unit, _ in self.by_unit.most_common(top_units)]
        units = top + ([OTHER_UNITS] if len(self.by_unit) > len(top) else [])
        counts = {unit: [0] * len(window) for unit in units}
        position = {month: index for index, month in enumerate(window)}
        for (month, unit), count in self.by_month_unit.items():
            if month in position:
                series = unit if unit in counts and unit != OTHER_UNITS else OTHER_UNITS
                counts[series][position[month]] += count
        return {"months": window, "units": units, "counts": counts}

    def admissions(self) -> list[dict]:
        """One row per year with admission articles, oldest first."""
        return [
            {
                "year": year,
                "admitted": self.admitted[year],
                "articles": self.admission_articles[year],
                "without_count": self.admission_without_count[year],
            }
            for year in sorted(self.admission_articles)
        ]


def _month_range(first: str, last: str) -> list[str]:
    year, month = map(int, first.split("-"))
    end = tuple(map(int, last.split("-")))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def most_mentioned(people: list[dict], limit: int = 15) -> list[dict]:
    """People attending the most articles (bylines and passing mentions do not count)."""
    ranked = [p for p in people if p["articles_attended"]]
    ranked.sort(key=lambda p: -p["articles_attended"])
    return ranked[:limit]
