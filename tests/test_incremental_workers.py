"""Pages written by two processes are the pages one process writes; a failure in either fails the build."""

import pytest
from conftest import build_project_site
from incremental_support import EditedSite, differences


def build(site: EditedSite, folder: str, processes: int):
    return build_project_site(
        site.path("content"),
        site.path(folder) / "output",
        BANTIN_PROCESSES=processes,
        **site.settings(),
    )


def test_two_processes_write_what_one_writes(tmp_path):
    site = EditedSite(tmp_path)
    one = build(site, "one", 1)
    two = build(site, "two", 2)
    rendered = two.pelican.bantin_rendered_pages
    # Every page once, whichever process rendered it.
    assert sorted(rendered) == sorted(one.pelican.bantin_rendered_pages)
    assert len(rendered) == len(set(rendered)) > 100
    assert (one.pelican.bantin_render_processes, two.pelican.bantin_render_processes) == (1, 2)
    assert differences(one.output, two.output) == []
    assert differences(two.output, one.output) == []
    # A rebuild that reuses every page stays in one process.
    again = build(site, "two", 2)
    assert again.pelican.bantin_render_processes == 1
    assert again.pelican.bantin_rendered_pages == []


def test_a_page_failing_in_either_process_fails_the_build(tmp_path):
    site = EditedSite(tmp_path)
    template = site.path("theme/templates/article.html")
    # Every article page fails, so both processes meet a failing page.
    template.write_text(
        template.read_text(encoding="utf-8").replace(
            "{% block content %}", "{% block content %}{{ no_such_helper() }}", 1
        ),
        encoding="utf-8",
    )
    with pytest.raises(Exception, match="no_such_helper"):
        build(site, "failing", 2)
