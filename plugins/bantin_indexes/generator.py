"""Pelican glue: one pass over the articles feeds the people, documents and statistics pages."""

import logging
import time
from functools import partial

from pelican.generators import Generator

from bantin_indexes.charts import statistics_context
from bantin_indexes.documents import DocumentsIndex, citation_key, group_by_kind
from bantin_indexes.entries import Entry
from bantin_indexes.keys import clean, key
from bantin_indexes.people import PeopleIndex, group_by_initial
from bantin_indexes.split import paged_groups
from bantin_indexes.stats import SiteStats
from bantin_theme.urls import DOCUMENT_URL, PERSON_URL, document_slug, person_slug

logger = logging.getLogger("bantin.indexes")

PAGES = {
    "people": "nguoi/index.html",
    "documents": "van-ban/index.html",
    "statistics": "thong-ke.html",
}
# Beyond BANTIN_INDEX_PAGE_LIMIT entries, each letter / kind gets a page of its own.
GROUP_PAGES = {"people": "nguoi/chu-{slug}.html", "documents": "van-ban/loai-{slug}.html"}


def entry_of(article, is_page=False) -> Entry:
    """An article or a page as the indexes see it."""
    category = getattr(article, "category", None)
    return Entry(
        ref=article,
        date=getattr(article, "date", None),
        title=article.metadata.get("title", ""),
        unit=article.metadata.get("unit"),
        category=str(category) if category else None,
        facts=getattr(article, "facts", None) or {},
        is_page=is_page,
        url=article.url,
    )


class IndexesGenerator(Generator):
    """Renders nguoi/, van-ban/ and thong-ke.html through the theme with Pelican's writer."""

    def generate_context(self):
        # Facts are untrusted text: escape whatever the theme's settings say.
        self.env.autoescape = True
        started = time.perf_counter()
        people, documents, stats = PeopleIndex(), DocumentsIndex(), SiteStats()
        articles = self.context.get("articles", [])
        if articles and not hasattr(articles[0], "facts"):
            logger.warning("bantin.indexes: bài viết chưa có facts; hãy bật plugin bantin_facts")
        for article in articles:
            entry = entry_of(article)
            people.add(entry)
            documents.add(entry)
            stats.add(entry)
        # Pages (a unit's profile naming its committee) count for people and documents only.
        for page in self.context.get("pages", []):
            entry = entry_of(page, is_page=True)
            people.add(entry)
            documents.add(entry)
        self.people = people.result(lambda name: person_slug(name, self.settings))
        self.documents = documents.result(
            lambda doc: document_slug(doc, self.settings),
            lambda slug: DOCUMENT_URL.format(slug=slug),
        )
        if documents.unidentified:
            logger.info(
                "bantin.indexes: %d văn bản không có số hiệu lẫn ngày, không lập trang riêng",
                documents.unidentified,
            )
        self.stats = statistics_context(
            stats,
            self.people,
            months=self.settings.get("BANTIN_STATS_MONTHS", 24),
            top_people=self.settings.get("BANTIN_STATS_TOP_PEOPLE", 15),
        )
        for person in self.people:
            person["url"] = PERSON_URL.format(slug=person["slug"])
        # Two names may share a slug ("Lê Văn An", "Lê Văn Ân": the second page gets "-2"), so
        # the theme's sidebars ask these lookups, by the same keys, for the page actually written.
        person_urls = {person["key"]: person["url"] for person in self.people}
        document_urls = {doc.key: doc.url for doc in self.documents}
        self.context["bantin_person_url"] = lambda name: person_urls.get(key(clean(name)))
        self.context["bantin_document_url"] = lambda doc: document_urls.get(
            "|".join(citation_key(doc) or ())
        )
        logger.info(
            "bantin.indexes: %d người, %d văn bản từ %d bài viết trong %.2f giây",
            len(self.people),
            len(self.documents),
            len(articles),
            time.perf_counter() - started,
        )
        # Other plugins and templates may list them (e.g. a sitemap or a home-page box).
        self.context["bantin_people"] = self.people
        self.context["bantin_documents"] = self.documents

    def generate_output(self, writer):
        relative = self.settings.get("RELATIVE_URLS")

        def write(save_as, template, **values):
            writer.write_file(
                save_as,
                self.get_template(template),
                self.context,
                relative,
                url=save_as,
                output_file=save_as,
                **values,
            )

        limit = self.settings.get("BANTIN_INDEX_PAGE_LIMIT", 500)
        slug = partial(person_slug, settings=self.settings)
        attending = [p for p in self.people if not p["incidental_only"]]
        letters = paged_groups(group_by_initial(attending), limit, slug, GROUP_PAGES["people"])
        incidental = [p for p in self.people if p["incidental_only"]]
        write(PAGES["people"], "people", people_groups=letters, people_incidental=incidental)
        for group in letters:
            if group["url"]:
                write(group["url"], "people", people_groups=letters, current=group)
        for person in self.people:
            write(person["url"], "person", person=person)
        kinds = paged_groups(group_by_kind(self.documents), limit, slug, GROUP_PAGES["documents"])
        write(PAGES["documents"], "documents", document_groups=kinds)
        for group in kinds:
            if group["url"]:
                write(group["url"], "documents", document_groups=kinds, current=group)
        for doc in self.documents:
            write(doc.url, "document", document=doc)
        write(PAGES["statistics"], "statistics", **self.stats)
