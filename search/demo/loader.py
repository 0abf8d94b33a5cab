"""The demo's search synonyms (synonyms.yaml), for each language whose locale exists.

Idempotent: a group is added only when no group of that language holds the same terms.
"""

from pathlib import Path

import yaml
from wagtail.models import Locale

from search.models import SearchSynonyms
from search.synonyms import parse_terms


class SynonymsLoader:
    def __init__(self, log=print):
        self.log = log

    def run(self):
        data = yaml.safe_load((Path(__file__).parent / "synonyms.yaml").read_text(encoding="utf-8"))
        groups = {entry["language"]: entry["groups"] for entry in data["synonyms"]}
        for locale in Locale.objects.filter(language_code__in=groups):
            kept = {tuple(parse_terms(row.terms)) for row in SearchSynonyms.objects.filter(locale=locale)}
            added = 0
            for terms in groups[locale.language_code]:
                group = SearchSynonyms(locale=locale, terms=terms)
                group.full_clean()
                if tuple(parse_terms(group.terms)) not in kept:
                    group.save()
                    added += 1
            if added:
                self.log(f"Search synonyms ({locale.language_code}): {added} groups")
