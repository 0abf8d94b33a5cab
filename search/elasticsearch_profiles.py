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

# The catalogue's own indices (one per language): the index's "default" analyzer is what every
# text field uses, so one mapping serves both languages. "full" folds accents and stems the
# language (light stemmers keep "capannoni" -> "capannon" without over-stemming place names);
# "builtin" only lowercases, as the bare cluster cannot do more.
FULL_CATALOGUE_ANALYSIS = {
    "it": {
        "filter": {
            "it_elision": {"type": "elision", "articles": ["l", "un", "dell", "dall", "all", "nell", "sull", "d"]},
            "it_stemmer": {"type": "stemmer", "language": "light_italian"},
        },
        "analyzer": {
            "default": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["it_elision", "lowercase", "asciifolding", "it_stemmer"],
            }
        },
    },
    "en": {
        "filter": {
            "en_possessive": {"type": "stemmer", "language": "possessive_english"},
            "en_stemmer": {"type": "stemmer", "language": "light_english"},
        },
        "analyzer": {
            "default": {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["en_possessive", "lowercase", "asciifolding", "en_stemmer"],
            }
        },
    },
}
BUILTIN_CATALOGUE_ANALYSIS = {"analyzer": {"default": {"type": "standard"}}}


def catalogue_analysis(profile, language):
    """The `analysis` index settings of the catalogue index of one language."""
    if profile not in PROFILES:
        raise ValueError(f"ELASTICSEARCH_ANALYSIS must be one of {sorted(PROFILES)}, not {profile!r}")
    if profile == "builtin":
        return BUILTIN_CATALOGUE_ANALYSIS
    return FULL_CATALOGUE_ANALYSIS.get(language, BUILTIN_CATALOGUE_ANALYSIS)


def wagtail_backend_settings(url, index_prefix, profile):
    """The WAGTAILSEARCH_BACKENDS entry for Wagtail's Elasticsearch 8 backend.

    Searches wait at most ~1 s (search.cluster's short connect timeout, 1 s read), then site search
    answers from the database; index updates (update_index, saving a page) may take up to 5 s.
    """
    if profile not in PROFILES:
        raise ValueError(f"ELASTICSEARCH_ANALYSIS must be one of {sorted(PROFILES)}, not {profile!r}")
    from search.cluster import SearchTimeoutNode

    return {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [url],
        "INDEX_PREFIX": f"{index_prefix}-",
        "TIMEOUT": 5,
        "OPTIONS": {"retry_on_timeout": False, "max_retries": 0, "node_class": SearchTimeoutNode},
        "INDEX_SETTINGS": PROFILES[profile],
    }
