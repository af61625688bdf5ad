"""Settings for publishing: pelicanconf.py plus what only the public site needs."""

import os
import sys

sys.path.append(os.curdir)
from pelicanconf import *  # noqa: F403

# CI sets SITEURL to the address the site is served from (GitHub or GitLab Pages).
SITEURL = os.environ.get("SITEURL", "https://bantin.example.vn")
FEED_DOMAIN = SITEURL
RELATIVE_URLS = False
DELETE_OUTPUT_DIRECTORY = True

# Drafts are previewed locally under ban-nhap/; the public site does not carry them at all.
DRAFT_SAVE_AS = ""
DRAFT_PAGE_SAVE_AS = ""

# The counter service on the site's own origin (nginx proxies /api/v1 to it, see
# docs/counter-operations.md), and the counts snapshot the build bakes into the pages.
COUNTER_API = os.environ.get("COUNTER_API", "/api/v1")
COUNTER_SNAPSHOT = os.environ.get("COUNTER_SNAPSHOT") or None
