"""Build integrity: no article is skipped, overwritten or misdated without the build failing.

Settings read: BANTIN_EXTRA_METADATA (extra metadata names a site allows; default none),
BANTIN_KEEP_SERVING (true under `make devserver`: report errors without exiting).
Sets on content: nothing new. It installs the Markdown reader (NFC text, day-first dates,
integer Views, unknown fields reported with file:line) and stops the build, listing every
error, once all content is read and before any page is written.
"""

import logging
import os

from pelican import signals
from pelican.contents import Article, Page

from bantin_integrity.errors import BuildFailed, BuildFailedKeepServing, ErrorCollector
from bantin_integrity.fields import display_name
from bantin_integrity.reader import BantinReader
from bantin_integrity.writer import SourceNamingWriter

logger = logging.getLogger("bantin.integrity")

_CONTENT_LISTS = (
    "articles",
    "translations",
    "drafts",
    "drafts_translations",
    "pages",
    "hidden_pages",
    "hidden_translations",
    "draft_pages",
)

# Formats an editor may save an article in by mistake. Pelican silently skips files no
# reader opens, so these are reported; images and other static files are left alone.
_ARTICLE_LIKE = ("txt", "rst", "html", "htm", "doc", "docx", "odt", "rtf")
_SETTINGS_OF = {"ArticlesGenerator": "ARTICLE", "PagesGenerator": "PAGE"}

# Builds in one process run one after another (tests run several), never at once.
_collector: ErrorCollector | None = None
_keep_serving = False


def install_reader(readers):
    for extension in BantinReader.file_extensions:
        readers.reader_classes[extension] = BantinReader


def start_collecting(pelican_obj):
    global _collector, _keep_serving
    stop_collecting()
    _keep_serving = bool(pelican_obj.settings.get("BANTIN_KEEP_SERVING"))
    _collector = ErrorCollector()
    logging.getLogger().addHandler(_collector)


def stop_collecting():
    global _collector
    if _collector is not None:
        logging.getLogger().removeHandler(_collector)
    collected, _collector = _collector, None
    return collected


def report_missing_fields(content):
    # Static files (images) send content_object_init too but never carry a title.
    if not isinstance(content, (Article, Page)):
        return
    # Pelican skips such content with an English message; say in Vietnamese what to add.
    required = ("title", "date") if isinstance(content, Article) else ("title",)
    for name in required:
        # "Title:" with nothing after it passes Pelican's check and is written to 2024/03/.html.
        if not str(content.metadata.get(name) or "").strip():
            logger.error(
                "%s: thiếu trường '%s:' nên bài bị bỏ qua; hãy thêm dòng '%s: %s' vào đầu tệp",
                content.source_path,
                display_name(name),
                display_name(name),
                "05/03/2024 08:30" if name == "date" else "Tiêu đề bài viết",
            )
    if str(content.metadata.get("title") or "").strip() and not getattr(content, "slug", ""):
        logger.error(
            "%s: tiêu đề không có chữ hay số nào để làm đường dẫn; hãy thêm dòng "
            "'Slug: ten-bai-viet' vào đầu tệp",
            content.source_path,
        )


def report_url_collisions(generators):
    writers: dict[str, list[str]] = {}
    for generator in generators:
        for name in _CONTENT_LISTS:
            for content in getattr(generator, name, None) or []:
                if not content.save_as:
                    continue  # not written at all (e.g. DRAFT_SAVE_AS = ""): nothing to overwrite
                sources = writers.setdefault(os.path.normpath(content.save_as), [])
                if content.source_path not in sources:
                    sources.append(content.source_path)
    for path, sources in sorted(writers.items()):
        if len(sources) > 1:
            logger.error(
                "%s cùng được ghi ra %s: hãy đặt 'Slug:' khác nhau cho các bài này "
                "(ví dụ thêm '-2' vào cuối) để không bài nào bị ghi đè",
                " và ".join(sources),
                path,
            )


def report_unread_files(generators):
    static = {
        item.relative_source_path
        for generator in generators
        for item in getattr(generator, "staticfiles", None) or []
    }
    for generator in generators:
        prefix = _SETTINGS_OF.get(type(generator).__name__)
        if prefix is None:
            continue
        unread = [ext for ext in _ARTICLE_LIKE if ext not in generator.readers.extensions]
        found = generator.get_files(
            generator.settings[f"{prefix}_PATHS"],
            exclude=generator.settings[f"{prefix}_EXCLUDES"],
            extensions=unread,
        )
        for path in sorted(found - static):
            logger.error(
                "%s: bantin chỉ đọc bài viết Markdown nên tệp này sẽ bị bỏ qua; hãy lưu lại "
                "thành tệp .md có các dòng 'Title:' và 'Date:' ở đầu",
                os.path.normpath(os.path.join(generator.path, path)),
            )


def use_source_naming_writer(pelican_obj):
    return SourceNamingWriter


def fail(collected: ErrorCollector):
    raise (BuildFailedKeepServing if _keep_serving else BuildFailed)(collected.summary())


def stop_before_writing(generators):
    report_url_collisions(generators)
    report_unread_files(generators)
    if _collector is not None and _collector.messages:
        fail(stop_collecting())


def stop_after_writing(pelican_obj):
    collected = stop_collecting()
    if collected is not None and collected.messages:
        fail(collected)


def register():
    signals.initialized.connect(start_collecting)
    # A page whose slug matches a generated page (thong-ke, tim-kiem) is only caught while
    # writing; this writer says which file to rename instead of Pelican's bare path.
    signals.get_writer.connect(use_source_naming_writer)
    signals.readers_init.connect(install_reader)
    signals.content_object_init.connect(report_missing_fields)
    # Every generator has read its content here and nothing is written yet: errors stop
    # the build before a half-correct site reaches output/.
    signals.all_generators_finalized.connect(stop_before_writing)
    signals.finalized.connect(stop_after_writing)
