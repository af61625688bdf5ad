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
