"""Renders the search page tim-kiem.html through the theme (Pagefind's UI runs inside it)."""

from pelican.generators import Generator

SEARCH_PAGE = "tim-kiem.html"


class SearchPageGenerator(Generator):
    """One page, written with Pelican's writer so its overwrite detection covers it."""

    def generate_output(self, writer):
        self.env.autoescape = True  # the page renders UI strings into a JSON script block
        writer.write_file(
            SEARCH_PAGE,
            self.get_template("search"),
            self.context,
            self.settings.get("RELATIVE_URLS"),
            url=SEARCH_PAGE,
            output_file=SEARCH_PAGE,
        )
