"""View counter: the counting service (`bantin counter`) and its build-side Pelican plugin.

Settings read: COUNTER_SNAPSHOT (file or URL of the latest counts snapshot; unset: legacy
counts only), COUNTER_SNAPSHOT_CACHE (last good snapshot; default CACHE_PATH/counter-snapshot.json),
COUNTER_TIMEOUT (seconds, default 3), COUNTER_API (URL the pages call; unset: no live script),
COUNTER_TOKEN_ENV (environment variable holding the export token for URL snapshots).
Sets on articles: counter_path ("/2024/03/slug.html"), view_count_base (legacy Views),
view_count (base + counted since), view_count_text ("1.234"). Adds COUNTER_SITE to the
template context and writes output/counter-manifest.json.
"""


def register():
    # Imported here so `bantin counter serve` does not load Pelican.
    from bantin_counter.build import register as register_build

    register_build()
