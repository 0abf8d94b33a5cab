"""How the site talks to Elasticsearch, in the two shapes a cluster can have.

"full": a standard distribution, with the analysis-common module (language analyzers,
n-grams, ASCII folding); Wagtail's own index settings are used as they are.
"builtin": a bare cluster without analysis-common, such as the integ-test distribution CI
runs; every analyzer is rebuilt from components the server core ships.
"""

# Verified on Elasticsearch 8.19.21 integ-test-zip (modules: apm, transport-netty4,
# x-pack-core, x-pack-security; docs/elasticsearch.md). Wagtail deep-merges this into its
# defaults, and an empty dict replaces a key: that is how the ngram tokenizer and filters,
# which need analysis-common, are removed. Whole-word autocomplete still works; partial words
# and accent folding need the full distribution.
BUILTIN_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "analyzer": {
                "ngram_analyzer": {"filter": ["lowercase"]},
                "edgengram_analyzer": {"filter": ["lowercase"]},
            },
            "tokenizer": {},
            "filter": {},
        }
    }
}

PROFILES = {"full": {}, "builtin": BUILTIN_INDEX_SETTINGS}


def wagtail_backend_settings(url, index_prefix, profile):
    """The WAGTAILSEARCH_BACKENDS entry for Wagtail's Elasticsearch 8 backend."""
    if profile not in PROFILES:
        raise ValueError(f"ELASTICSEARCH_ANALYSIS must be one of {sorted(PROFILES)}, not {profile!r}")
    return {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [url],
        "INDEX_PREFIX": f"{index_prefix}-",
        "TIMEOUT": 5,
        "OPTIONS": {"retry_on_timeout": False, "max_retries": 1},
        "INDEX_SETTINGS": PROFILES[profile],
    }
