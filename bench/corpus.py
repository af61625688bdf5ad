"""Deterministic synthetic bulletins for the build benchmark: Markdown articles plus site data.

Article i depends only on the seed and on articles before it, so the corpus of 1,000 is the
first 1,000 articles of the corpus of 10,000. Usage:
    python bench/corpus.py OUT_DIR --n 200   (writes OUT_DIR/content/articles and OUT_DIR/data)
"""

import argparse
import functools
import random
import runpy
from datetime import datetime, timedelta
from pathlib import Path

import corpus_words as words
import yaml
from pelican.utils import slugify

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SEED = 20240305
UNIT_COUNT = 320
FIRST_DAY = datetime(2014, 1, 1, 7, 0)
DAYS_SPANNED = 12 * 365
LEADER_COUNT = 40


@functools.cache
def slug_rules() -> list:
    """The site's own slug substitutions, so collisions are found as the build will find them."""
    return runpy.run_path(str(ROOT / "pelicanconf.py"))["SLUG_REGEX_SUBSTITUTIONS"]


def unit(name: str, kind: str, parent: str | None) -> dict:
    """One entry of data/units.yml, in the fields the example site's file documents."""
    return {
        "name": name,
        "slug": slugify(name, regex_subs=slug_rules()),
        "kind": kind,
        "parent": parent,
        "profile": None,
        "description": f"{name} (đơn vị giả lập cho phép đo hiệu năng).",
        "aliases": [],
    }


def build_units() -> list[dict]:
    """Hundreds of chi bộ, each under one đảng bộ bộ phận; the same list for every seed."""
    rng = random.Random("units")
    names = [f"Chi bộ {kind} {field}" for field in words.UNIT_FIELDS for kind in words.UNIT_KINDS]
    cohort = 1
    while len(names) < UNIT_COUNT:
        names.extend(f"Chi bộ Sinh viên {field} {cohort}" for field in words.UNIT_FIELDS)
        cohort += 1
    top = unit(words.TOP_UNIT, "đảng bộ", None)
    parents = [unit(name, "đảng bộ", top["slug"]) for name in words.PARENT_UNITS]
    cells = [unit(name, "chi bộ", rng.choice(parents)["slug"]) for name in names[:UNIT_COUNT]]
    return [*cells, top, *parents]


def site_data(units: list[dict]) -> dict[str, object]:
    """The data/*.yml files of the bench site, in the shape plugins/bantin_sitedata loads."""
    rules = slug_rules()
    categories = [
        {
            "name": name,
            "slug": slugify(name, regex_subs=rules),
            "description": f"Tin {name.lower()}.",
        }
        for name in words.CATEGORIES
    ]
    menu = [
        {"label": "Trang chủ", "url": "index.html"},
        {"label": "Lưu trữ", "url": "luu-tru/index.html"},
    ]
    menu[1:1] = [
        {"label": c["name"], "url": f"chuyen-muc/{c['slug']}.html"} for c in categories[:4]
    ]
    return {"units": units, "categories": categories, "menu": menu}


class Person:
    """An invented person: honorific, degree, name and role as an article writes them."""

    def __init__(self, rng: random.Random, role: str):
        woman = rng.random() < 0.45
        middle = words.MIDDLE_WOMEN if woman else words.MIDDLE_MEN
        given = words.GIVEN_WOMEN if woman else words.GIVEN_MEN
        self.name = f"{rng.choice(words.SURNAMES)} {rng.choice(middle)} {rng.choice(given)}"
        self.honorific = rng.choice(words.HONORIFICS_WOMEN if woman else words.HONORIFICS_MEN)
        self.degree = rng.choice(words.DEGREES)
        self.role = role

    def mention(self, unit: str) -> str:
        degree = f"{self.degree} " if self.degree else ""
        return f"{self.honorific} {degree}{self.name} – {self.role.format(unit=unit)}"


@functools.cache
def leaders() -> tuple[Person, ...]:
    """The đảng bộ's leaders: the same few people recur across the whole site."""
    rng = random.Random("leaders")
    return tuple(Person(rng, rng.choice(words.LEADER_ROLES)) for _ in range(LEADER_COUNT))


@functools.cache
def roster(unit: str) -> tuple[Person, ...]:
    """A unit's officers, the same in every article of that unit."""
    rng = random.Random(f"roster-{unit}")
    return tuple(Person(rng, role) for role in words.UNIT_ROLES)


def vi_date(day: datetime) -> str:
    return day.strftime("%d/%m/%Y")


def document(rng: random.Random, around: datetime) -> str:
    kind, code = rng.choice(words.DOC_KINDS)
    issued = around - timedelta(days=rng.randint(5, 400))
    number = f"{rng.randint(1, 480):02d}-{code}/{rng.choice(words.DOC_ISSUERS)}"
    return f"{kind} số {number} ngày {vi_date(issued)}"


def money(rng: random.Random) -> str:
    whole, tenth = rng.randint(2, 250), rng.randint(0, 9)
    return f"{whole},{tenth}" if tenth else str(whole)


def percent(rng: random.Random) -> str:
    whole, tenth = rng.randint(60, 99), rng.randint(0, 9)
    return f"{whole},{tenth}" if tenth else str(whole)


class Article:
    """One synthetic bulletin: metadata and a Markdown body of 300–1,500 words."""

    def __init__(self, index: int, seed: int, units: list[dict]):
        rng = self.rng = random.Random(f"{seed}-{index}")
        self.index = index
        self.unit = rng.choice(units[:UNIT_COUNT])["name"]
        self.category = rng.choice(words.CATEGORIES)
        self.date = FIRST_DAY + timedelta(
            days=rng.randrange(DAYS_SPANNED), minutes=rng.randrange(600)
        )
        self.term = f"{self.date.year}–{self.date.year + 5}"
        self.topic = rng.choice(words.TOPICS)
        guests = [Person(rng, rng.choice(words.UNIT_ROLES))] if rng.random() < 0.3 else []
        self.people = [
            *rng.sample(leaders(), rng.randint(0, 2)),
            *rng.sample(roster(self.unit), rng.randint(2, 4)),
            *guests,
        ]
        self.author = rng.choice(roster(self.unit)).name
        form = words.TITLE_FORMS[self.category]
        self.title = form.format(
            unit=self.unit,
            topic=self.topic,
            term=self.term,
            count=f"{rng.randint(1, 9):02d}",
            month=self.date.month,
            year=self.date.year,
        )
        self.event, self.event_short = words.EVENTS.get(self.category, words.DEFAULT_EVENT)
        self.event = self.event.format(term=self.term)

    def fields(self) -> dict:
        """Values for the sentence templates, drawn afresh for each sentence."""
        rng = self.rng
        first, second = rng.sample(self.people, 2)
        event_day = self.date - timedelta(days=rng.randint(0, 3))
        return {
            "date": vi_date(event_day),
            "date2": vi_date(self.date + timedelta(days=rng.randint(10, 90))),
            "place": rng.choice(words.PLACES),
            "unit": self.unit,
            "event": self.event,
            "event_short": self.event_short,
            "doc": document(rng, self.date),
            "person": first.mention(self.unit),
            "person2": second.mention(self.unit),
            "count": f"{rng.randint(2, 120):02d}",
            "count2": f"{rng.randint(1, 9):02d}",
            "big": f"{rng.randint(1, 9)}.{rng.randint(0, 999):03d}",
            "long_date": f"{event_day.day} tháng {event_day.month} năm {event_day.year}",
            "fig_unit": rng.choice(words.FIGURE_UNITS),
            "percent": percent(rng),
            "money": money(rng),
            "topic": rng.choice(words.TOPICS),
            "hour": rng.randint(11, 17),
        }

    def body(self) -> str:
        rng = self.rng
        target = rng.randint(300, 1500)
        sentences = [
            rng.choice(words.OPENINGS).format(**self.fields()),
            rng.choice(words.ATTENDANCE).format(**self.fields()),
        ]
        count = sum(len(s.split()) for s in sentences)
        while count < target:
            sentence = rng.choice(words.BODY).format(**self.fields())
            sentences.append(sentence)
            count += len(sentence.split())
        sentences.append(rng.choice(words.CLOSINGS).format(**self.fields()))
        paragraphs, start = [], 0
        while start < len(sentences):
            size = rng.randint(2, 5)
            paragraphs.append(" ".join(sentences[start : start + size]))
            start += size
        return "\n\n".join(paragraphs) + f"\n\n*Tin: {self.author}*\n"

    def markdown(self, slug: str | None) -> str:
        rng = self.rng
        tags = ", ".join(rng.sample(words.TAGS, rng.randint(1, 4)))
        header = [
            f"Title: {self.title}",
            f"Date: {self.date:%Y-%m-%d %H:%M}",
            f"Unit: {self.unit}",
            f"Category: {self.category}",
            f"Tags: {tags}",
            f"Author: {self.author}",
            f"Views: {rng.randint(0, 5000)}",
        ]
        if rng.random() < 0.5:
            header.append(f"Location: {rng.choice(words.PLACES)}")
        if slug:
            header.append(f"Slug: {slug}")
        return "\n".join(header) + "\n\n" + self.body()


def write_corpus(out: Path, count: int, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write `count` articles under out/content/articles and the site data under out/data."""
    units = build_units()
    data = out / "data"
    data.mkdir(parents=True, exist_ok=True)
    for name, value in site_data(units).items():
        text = yaml.safe_dump(value, allow_unicode=True, sort_keys=False)
        (data / f"{name}.yml").write_text(text, encoding="utf-8")
    rules, taken, paths = slug_rules(), set(), []
    for index in range(count):
        article = Article(index, seed, units)
        base = slugify(article.title, regex_subs=rules)
        slug, suffix = base, 1
        while (article.date.year, article.date.month, slug) in taken:
            suffix += 1
            slug = f"{base}-{suffix}"
        taken.add((article.date.year, article.date.month, slug))
        path = out / "content" / "articles" / str(article.date.year) / f"{index:05d}.md"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article.markdown(slug if slug != base else None), encoding="utf-8")
        paths.append(path)
    return paths


def edit_one(paths: list[Path], generation: int = 1) -> Path:
    """Fix a "typo" in the middle article, as an editor would: one changed sentence."""
    path = paths[len(paths) // 2]
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text + f"\nBài viết được biên tập viên đính chính lần {generation}.\n", encoding="utf-8"
    )
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    options = parser.parse_args()
    paths = write_corpus(options.out, options.n, options.seed)
    print(
        f"{len(paths)} bài viết trong {options.out / 'content'}; dữ liệu trong {options.out / 'data'}"
    )


if __name__ == "__main__":
    main()
