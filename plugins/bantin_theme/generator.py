"""Pages Pelican does not make itself: one per unit (with its Atom feed), the unit list, 404."""

from pelican.generators import Generator

UNIT_URL = "don-vi/{slug}.html"
UNITS_URL = "don-vi/index.html"
UNIT_FEED_ATOM = "feeds/don-vi/{slug}.atom.xml"
NOT_FOUND_URL = "404.html"


class UnitPagesGenerator(Generator):
    """Writes don-vi/<slug>.html (paginated), its Atom feed, don-vi/index.html and 404.html."""

    def generate_context(self):
        # Nothing to read: the article generator has already grouped articles by unit.
        pass

    def generate_output(self, writer):
        relative = self.settings["RELATIVE_URLS"]
        groups = self.context.get("unit_groups") or []
        template = self.get_template("unit")
        feeds = self.settings.get("BANTIN_UNIT_FEEDS", True)
        for group in groups:
            unit, articles = group["unit"], group["articles"]
            writer.write_file(
                group["url"],
                template,
                self.context,
                relative,
                template_name="unit",
                url=group["url"],
                unit=unit,
                unit_profile=group.get("profile"),
                unit_feed=group["feed"] if feeds else None,
                articles=articles,
                dates=articles,
                page_name=group["url"][: -len(".html")],
            )
            # Written even while empty: readers can subscribe before a unit's first article.
            if feeds:
                writer.write_feed(
                    articles,
                    self.context,
                    group["feed"],
                    # Pelican puts the site's name before it.
                    feed_title=unit["name"],
                )
        writer.write_file(
            UNITS_URL, self.get_template("units"), self.context, relative, url=UNITS_URL
        )
        writer.write_file(
            NOT_FOUND_URL, self.get_template("404"), self.context, relative, url=NOT_FOUND_URL
        )
