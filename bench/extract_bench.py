"""`make bench-extract`: articles per second of `extract()` on generated bulletins, and a 1 MB one.

The articles are assembled from sentence templates written for this bench (no real texts), at
300, 800 and 1,500 words, so the timing reflects the genre: dates, documents, counts, names.
With `--corpus N` it times instead what the site build runs on the build bench's corpus (see
bench/corpus.py): html_to_text and extract on each article as Pelican's reader gives it, in
CPU ms per article; `--dump FILE` also writes each article's text and facts (JSON lines,
sorted keys), to check that a speed change leaves them byte-identical.
"""

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bantin_extract import extract
from bantin_extract.dates import date_mentions, find_dates
from bantin_extract.documents import document_spans, find_documents
from bantin_extract.figures import find_figures
from bantin_extract.htmltext import html_to_text
from bantin_extract.text import prepare

ROOT = Path(__file__).resolve().parent.parent

TEMPLATES = (
    "Sáng ngày {d}/{m}/{y}, Chi bộ {unit} tổ chức hội nghị kiểm điểm, đánh giá, xếp loại đảng viên.",
    "Dự hội nghị có đồng chí {name}, Bí thư Đảng ủy phường, cùng {n} đảng viên của chi bộ.",
    "Thực hiện Hướng dẫn số {n}-HD/BTCTU ngày {d}/{m}/{y} của Ban Tổ chức Tỉnh ủy, chi bộ đã rà soát.",
    "Kết quả có {n}/{n} đồng chí hoàn thành tốt nhiệm vụ, đạt tỷ lệ {p}%.",
    "Chi bộ {unit} hiện có {n} đảng viên ({n} chính thức, 0{s} dự bị), sinh hoạt tại 0{s} tổ.",
    "Từ ngày {d} đến ngày {d2}/{m}/{y}, các chi bộ đã tổ chức đại hội nhiệm kỳ {y}-{y5}.",
    "Trong năm, đơn vị đã vận động ủng hộ {n},{s} triệu đồng và trao tặng {n} suất quà cho hộ nghèo.",
    "Chiều {d}/{m}, hai đồng chí {name} và {name2} được trao Huy hiệu 40 năm tuổi Đảng.",
    "Quyết định số {n}-QĐ/ĐU ngày {d} tháng {m} năm {y} về việc kết nạp đảng viên mới cho hai quần chúng ưu tú.",
    "Phát biểu tại buổi lễ, đồng chí {name} đề nghị các đảng viên tiếp tục phát huy tinh thần gương mẫu, "
    "tuyên truyền để nhân dân đồng thuận và chấp hành tốt chủ trương, đường lối của Đảng.",
    "Hội nghị đã nghe báo cáo tình hình thực hiện Nghị quyết số {n}-NQ/TW của Bộ Chính trị, "
    "với hơn {n}.{n3} lượt người tham gia và khoảng {p}% hộ gia đình đồng thuận.",
    "Đến nay, chi bộ khu dân cư số {s} đã hoàn thành {p},{s}% chỉ tiêu, thu hút {n} học sinh, sinh viên.",
)
# Sentences without numbers: most of a bulletin is prose like this.
PROSE = (
    "Chi bộ luôn đoàn kết, lãnh đạo nhân dân thực hiện tốt các phong trào thi đua của địa phương.",
    "Các đảng viên đã phát huy dân chủ, tinh thần thẳng thắn, tích cực góp ý kiến tại cuộc họp.",
    "Đồng chí {name} nhấn mạnh công tác phát triển đảng viên là nhiệm vụ thường xuyên, quan trọng.",
    "Hội nghị đề ra các giải pháp nâng cao chất lượng sinh hoạt chi bộ trong thời gian tới.",
    "Công tác kiểm tra, giám sát được tăng cường, kịp thời chấn chỉnh những hạn chế, khuyết điểm.",
    "Đảng ủy quan tâm bồi dưỡng, giáo dục lý tưởng cách mạng cho quần chúng ưu tú trong đoàn viên.",
    "Buổi sinh hoạt diễn ra trong không khí trang nghiêm, dân chủ và đạt được mục đích đề ra.",
    "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết, trách nhiệm vào dự thảo báo cáo.",
)
NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Thu Dung", "Võ Minh Giang")
UNITS = ("Trường Tiểu học Hòa Bình", "khu phố 3", "Công ty Cổ phần Sông Hồng", "thôn Đông")


def sentence(rng: random.Random) -> str:
    # About one sentence in three carries dates, documents or counts, as in real bulletins.
    template = rng.choice(TEMPLATES) if rng.random() < 0.35 else rng.choice(PROSE)
    return template.format(
        d=rng.randint(1, 20),
        d2=rng.randint(21, 28),
        m=rng.randint(1, 12),
        y=rng.randint(2015, 2025),
        y5=2030,
        n=rng.randint(2, 120),
        n3=f"{rng.randint(0, 999):03d}",
        p=rng.randint(50, 100),
        s=rng.randint(1, 9),
        name=rng.choice(NAMES),
        name2=rng.choice(NAMES),
        unit=rng.choice(UNITS),
    )


def article(rng: random.Random, words: int) -> str:
    parts, count = [], 0
    while count < words:
        paragraph = " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))
        parts.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(parts)


def finders_only(body: str) -> None:
    text = prepare(body)
    mentions = date_mentions(text)
    documents = find_documents(text, mentions)
    find_dates(text, documents=documents, mentions=mentions)
    find_figures(text, blocked=document_spans(documents), mentions=mentions)


def rate(function, rounds: list[list[str]]) -> float:
    """Best articles-per-second over the rounds, in CPU time of this process (one core; the
    machine may be shared, and wall time would then measure the neighbours). Each round has
    its own articles: the extractor remembers phrases it has read, and replaying the same
    texts would time those memories, not extraction."""
    best = 0.0
    for bodies in rounds:
        start = time.process_time()
        for body in bodies:
            function(body)
        best = max(best, len(bodies) / (time.process_time() - start))
    return best


def corpus_articles(count: int) -> list[tuple[str, dict]]:
    """(rendered body, metadata) of the first `count` bench-corpus articles, read as the build
    reads them: Pelican's Markdown reader with the site's settings and metadata readers."""
    import corpus
    from pelican import Pelican
    from pelican.contents import Article
    from pelican.readers import Readers
    from pelican.settings import read_settings

    with tempfile.TemporaryDirectory() as folder:
        corpus.write_corpus(Path(folder), count)
        content = Path(folder) / "content"
        settings = read_settings(
            str(ROOT / "pelicanconf.py"),
            override={
                "PATH": str(content),
                "SITE_DATA_PATH": str(Path(folder) / "data"),
                # Only the plugins that read metadata (Views as a number, site data).
                "PLUGINS": ["bantin_integrity", "bantin_sitedata"],
                "PLUGIN_PATHS": [str(ROOT / "plugins")],
            },
        )
        Pelican(settings)  # loads those plugins
        readers = Readers(settings)
        paths = sorted(content.rglob("*.md"))
        read = [
            readers.read_file(str(content), str(p.relative_to(content)), Article) for p in paths
        ]
    return [(article._content or "", article.metadata) for article in read]


def build_input(body: str, metadata: dict) -> str:
    """The text the build extracts from (bantin_facts.article_text): title, caption, body."""
    parts = [metadata.get("title", "")]
    if metadata.get("image_caption"):
        parts.append(metadata["image_caption"])
    parts.append(html_to_text(body))
    return "\n".join(parts)


def corpus_bench(count: int, repeat: int, dump: Path | None) -> int:
    articles = corpus_articles(count)
    texts = [build_input(body, metadata) for body, metadata in articles]

    def facts_of(text: str, metadata: dict) -> dict:
        date = metadata.get("date")
        published = date.date() if date else None
        return extract(
            text, title=metadata.get("title"), published=published, views=metadata.get("views")
        )

    to_text, extracting = [], []
    for _ in range(repeat):
        start = time.process_time()
        for body, metadata in articles:
            build_input(body, metadata)
        to_text.append(time.process_time() - start)
        start = time.process_time()
        for text, (_, metadata) in zip(texts, articles, strict=True):
            facts_of(text, metadata)
        extracting.append(time.process_time() - start)
    print(f"{count} bench-corpus articles, best of {repeat}, CPU ms per article:")
    print(f"  html_to_text (with title and caption) {min(to_text) / count * 1000:.3f}")
    print(f"  extract                               {min(extracting) / count * 1000:.3f}")
    # The first pass meets every phrase for the first time, as a build meets each article once;
    # later passes replay texts the extractor's memories already hold.
    print(f"  extract, first pass                   {extracting[0] / count * 1000:.3f}")
    if dump:
        with dump.open("w", encoding="utf-8") as out:
            for text, (_, metadata) in zip(texts, articles, strict=True):
                record = {"text": text, "facts": facts_of(text, metadata)}
                out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200, help="articles per size")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=int, metavar="N", help="time N bench-corpus articles")
    parser.add_argument("--dump", type=Path, help="with --corpus: write text and facts here")
    args = parser.parse_args(argv)
    if args.corpus:
        return corpus_bench(args.corpus, args.repeat, args.dump)
    rng = random.Random(20241)
    print(f"{'words':>6} {'KB':>6} {'extract art/s':>14} {'finders art/s':>14}")
    for words in (300, 800, 1500):
        rounds = [
            [article(rng, words) for _ in range(args.articles)] for _ in range(2 * args.repeat)
        ]
        size = statistics.mean(len(b.encode()) for b in rounds[0]) / 1024
        full = rate(lambda b: extract(b), rounds[: args.repeat])
        mine = rate(finders_only, rounds[args.repeat :])
        print(f"{words:>6} {size:>6.1f} {full:>14.0f} {mine:>14.0f}")
    print(f"\n{'size':>8} {'extract s':>10} {'s per MB':>9}")
    for megabytes in (0.25, 0.5, 1.0):
        body = article(rng, int(megabytes * 1024 * 1024 / 6.2))
        start = time.process_time()
        extract(body)
        seconds = time.process_time() - start
        real = len(body.encode()) / 1024 / 1024
        print(f"{real:>6.2f}MB {seconds:>10.3f} {seconds / real:>9.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
