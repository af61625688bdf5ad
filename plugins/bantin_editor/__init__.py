"""Editors' tools: `bantin import` (legacy pages), `bantin new`, `bantin check`, the Decap admin.

Pure logic apart from `reading.py` (Pelican's readers) and `admin.py` (files for /admin/).
Not a Pelican plugin: nothing here is registered in PLUGINS.
"""
