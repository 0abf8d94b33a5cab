"""The catalogue's Elasticsearch index: one per language, each behind an alias.

One index per language (`<prefix>-opportunities-en`, `-it`, each an alias of a dated index) rather
than one index with a locale field: each language gets its own analyzers on the same field names
(the index's default analyzer), a query can only ever see one language, and a rebuild of one
language never touches the other. Documents still carry `locale`, and queries still filter on it.

Writes go to the alias; `rebuild()` fills a new dated index and swaps the alias only when it holds
enough documents, so searches never see an empty or partial index.
"""

import hashlib
import json
import logging
from datetime import UTC, datetime

from django.conf import settings
from django.utils.html import strip_tags
from elasticsearch.dsl import Boolean, Completion, Date, Document, Float, GeoPoint, Integer, Keyword, Long, Text

from home.translation_state import translated_only
from search.cluster import UPDATE_TIMEOUT, WRITE_TIMEOUT, get_client
from search.elasticsearch_profiles import catalogue_analysis

logger = logging.getLogger(__name__)
BATCH = 500
# Below this share of the expected documents, a rebuilt index is not put in service.
REBUILD_MIN_SHARE = 0.999


class OpportunityDocument(Document):
    """One published, consented opportunity, as the catalogue searches it.

    Facet fields load their global ordinals at refresh time (eager_global_ordinals): the catalogue
    changes a few times a day and is searched all the time, so the first search after a change
    should not pay for them.
    """

    page_id = Integer()
    locale = Keyword()
    url_path = Keyword()
    title = Text(fields={"raw": Keyword()})
    summary = Text()
    address = Text()
    planning_zone = Text()
    incentives = Text()
    body = Text()
    municipality = Keyword(eager_global_ordinals=True, fields={"text": Text()})
    province = Keyword(eager_global_ordinals=True)
    kind = Keyword(eager_global_ordinals=True)
    category = Keyword(eager_global_ordinals=True)
    tenure = Keyword(eager_global_ordinals=True)
    ownership = Keyword()
    permitted_uses = Keyword(multi=True, eager_global_ordinals=True)
    # Translation keys of the sectors the site suits: a brief's sector matches in every language.
    sectors = Keyword(multi=True)
    in_zls = Boolean()
    in_zis = Boolean()
    in_state_aid_area = Boolean()
    site_area_m2 = Long()
    covered_area_m2 = Long()
    asking_price_eur = Long()
    power_kw = Long()
    ceiling_height_m = Float()
    available_from = Date()
    readiness_level = Integer()
    distance_motorway_km = Float()
    distance_airport_km = Float()
    distance_rail_km = Float()
    distance_port_km = Float()
    location = GeoPoint()
    first_published_at = Date()
    # Place names and titles for the autocomplete endpoint (the completion suggester needs no
    # analysis-common module: it works on the bare CI node too).
    suggest = Completion(analyzer="simple", preserve_separators=True)
    # A hash of the rest of the document: reconcile() finds stale documents by comparing it.
    fingerprint = Keyword(index=False)

    @classmethod
    def from_page(cls, page):
        doc = cls(meta={"id": page.pk})
        doc.page_id = page.pk
        doc.locale = page.locale.language_code
        doc.url_path = page.url_path
        for name in ("title", "summary", "address", "planning_zone", "incentives", "municipality"):
            setattr(doc, name, getattr(page, name) or "")
        doc.body = prepare_body(page)
        for name in (*FACT_FIELDS, *NUMBER_FIELDS):
            setattr(doc, name, getattr(page, name))
        doc.permitted_uses = list(page.permitted_uses or [])
        doc.sectors = sorted(str(sector.translation_key) for sector in page.sectors.all())
        doc.ceiling_height_m = float(page.ceiling_height_m) if page.ceiling_height_m is not None else None
        doc.available_from = page.available_from
        if page.latitude is not None and page.longitude is not None:
            doc.location = {"lat": page.latitude, "lon": page.longitude}
        doc.first_published_at = page.first_published_at
        doc.suggest = {"input": [value for value in (page.municipality, page.title) if value]}
        if page.parcel_geojson and settings.ELASTICSEARCH_ANALYSIS == "full":
            doc.parcel = page.parcel_geojson
        doc.fingerprint = fingerprint(doc.to_dict())
        return doc


FACT_FIELDS = ("province", "kind", "category", "tenure", "ownership", "in_zls", "in_zis", "in_state_aid_area")
NUMBER_FIELDS = (
    "site_area_m2",
    "covered_area_m2",
    "asking_price_eur",
    "power_kw",
    "distance_motorway_km",
    "distance_airport_km",
    "distance_rail_km",
    "distance_port_km",
    "readiness_level",
)


def prepare_body(page):
    """The words of the description: every string in the StreamField's raw data, tags removed."""
    words = []

    def collect(value):
        if isinstance(value, str):
            words.append(strip_tags(value))
        elif isinstance(value, dict):
            for item in value.values():
                collect(item)
        elif isinstance(value, list):
            for item in value:
                collect(item)

    collect(page.body.raw_data if page.body else [])
    return " ".join(w for w in words if w)[:20000]


def fingerprint(data):
    data = {key: value for key, value in data.items() if key != "fingerprint"}
    return hashlib.sha1(json.dumps(data, sort_keys=True, default=str).encode(), usedforsecurity=False).hexdigest()


def languages():
    return [code for code, _name in settings.LANGUAGES]


def alias_name(language):
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-opportunities-{language}"


def index_body(language):
    mapping = OpportunityDocument._doc_type.mapping.to_dict()
    if settings.ELASTICSEARCH_ANALYSIS == "full":
        # geo_shape needs a module the bare CI node lacks: parcels are indexed on full clusters only.
        mapping["properties"]["parcel"] = {"type": "geo_shape"}
    return {
        "settings": {
            # One shard holds millions of catalogue entries; one replica where the cluster has nodes.
            "number_of_shards": 1,
            "number_of_replicas": getattr(settings, "ELASTICSEARCH_REPLICAS", 0),
            "analysis": catalogue_analysis(settings.ELASTICSEARCH_ANALYSIS, language),
        },
        "mappings": mapping,
    }


def create_index(client, language):
    stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")
    name = f"{alias_name(language)}-{stamp}"
    client.indices.create(index=name, **index_body(language))
    return name


def ensure_indices(client):
    """Creates each language's index and alias if missing (first write to a new cluster)."""
    for language in languages():
        alias = alias_name(language)
        if not client.indices.exists_alias(name=alias):
            name = create_index(client, language)
            client.indices.put_alias(index=name, name=alias)


def indexable_pages():
    """What belongs in the catalogue index: what the database engine would find."""
    from opportunities.models import OpportunityPage

    return (
        translated_only(OpportunityPage.objects.live().public().filter(owner_consent=True))
        .select_related("locale")
        .prefetch_related("sectors")
        .defer("gallery", "documents")
        .order_by("pk")
    )


def _actions_for(pages_by_id, ids, index_for):
    """Bulk actions putting each id right: the document where the page belongs, deleted elsewhere."""
    for page_id in ids:
        page = pages_by_id.get(page_id)
        for language in languages():
            if page is not None and page.locale.language_code == language:
                doc = OpportunityDocument.from_page(page)
                yield {"_op_type": "index", "_index": index_for(language), "_id": page_id, "_source": doc.to_dict()}
            else:
                yield {"_op_type": "delete", "_index": index_for(language), "_id": page_id}


def bulk(client, actions, refresh=False):
    """Sends actions in batches; a delete of a missing document is not an error."""
    from elasticsearch.helpers import streaming_bulk

    failures = []
    for ok, item in streaming_bulk(
        client,
        actions,
        chunk_size=BATCH,
        raise_on_error=False,
        raise_on_exception=True,
        refresh=refresh,
    ):
        result = next(iter(item.values()))
        if not ok and not (result.get("status") == 404 and "delete" in item):
            failures.append(result)
    if failures:
        raise RuntimeError(f"{len(failures)} index operations failed, first: {failures[0]}")


def sync_pages(page_ids, client=None, refresh=None):
    """Puts the documents of these pages right, from the database (index, update or delete)."""
    client = client or get_client(timeout=UPDATE_TIMEOUT)
    ensure_indices(client)
    ids = sorted(set(page_ids))
    pages = {page.pk: page for page in indexable_pages().filter(pk__in=ids)}
    if refresh is None:
        refresh = getattr(settings, "ELASTICSEARCH_REFRESH_ON_WRITE", False)
    bulk(client, _actions_for(pages, ids, alias_name), refresh=refresh)


def indexed_fingerprints(client, index):
    """{page id: fingerprint} of every document in an index (scroll: works on any cluster)."""
    from elasticsearch.helpers import scan

    found = {}
    for hit in scan(client, index=index, query={"query": {"match_all": {}}}, _source=["fingerprint"], size=2000):
        found[int(hit["_id"])] = hit["_source"].get("fingerprint")
    return found


def reconcile(client=None, progress=None, dry_run=False):
    """Compares the database with the index and repairs drift: {language: counts}."""
    client = client or get_client(timeout=WRITE_TIMEOUT)
    ensure_indices(client)
    say = progress or (lambda message: None)
    report = {}
    for language in languages():
        alias = alias_name(language)
        indexed = indexed_fingerprints(client, alias)
        expected = {}
        pages = {}
        for page in indexable_pages().filter(locale__language_code=language).iterator(chunk_size=2000):
            doc = OpportunityDocument.from_page(page)
            expected[page.pk] = doc.fingerprint
            if indexed.get(page.pk) != doc.fingerprint:
                pages[page.pk] = (page, doc)
        missing = [pk for pk in pages if pk not in indexed]
        stale = [pk for pk in pages if pk in indexed]
        extra = [pk for pk in indexed if pk not in expected]
        say(
            f"{alias}: {len(expected)} expected, {len(indexed)} indexed; "
            f"{len(missing)} missing, {len(stale)} stale, {len(extra)} extra"
        )
        if not dry_run and (pages or extra):
            actions = [
                {"_op_type": "index", "_index": alias, "_id": pk, "_source": doc.to_dict()}
                for pk, (_page, doc) in pages.items()
            ]
            actions += [{"_op_type": "delete", "_index": alias, "_id": pk} for pk in extra]
            for start in range(0, len(actions), BATCH):
                bulk(client, actions[start : start + BATCH])
                say(f"  {min(start + BATCH, len(actions))} / {len(actions)} repaired")
            client.indices.refresh(index=alias)
        report[language] = {"missing": len(missing), "stale": len(stale), "extra": len(extra)}
    return report


class RebuildRefused(Exception):
    """The new index holds too few documents: the alias stays on the old one."""


def rebuild(language, client=None, progress=None):
    """A new index filled from the database, put in service by swapping the alias atomically."""
    client = client or get_client(timeout=WRITE_TIMEOUT)
    say = progress or (lambda message: None)
    alias = alias_name(language)
    started = datetime.now(UTC)
    name = create_index(client, language)
    say(f"{alias}: building {name}")
    pages = indexable_pages().filter(locale__language_code=language)
    expected = pages.count()

    def actions():
        for number, page in enumerate(pages.iterator(chunk_size=2000), start=1):
            yield {
                "_op_type": "index",
                "_index": name,
                "_id": page.pk,
                "_source": OpportunityDocument.from_page(page).to_dict(),
            }
            if number % 5000 == 0:
                say(f"  {number} / {expected}")

    try:
        client.indices.put_settings(index=name, settings={"refresh_interval": "-1"})  # faster bulk loading
        bulk(client, actions())
        client.indices.put_settings(index=name, settings={"refresh_interval": None})
        client.indices.refresh(index=name)
        count = client.count(index=name)["count"]
        if count < expected * REBUILD_MIN_SHARE:
            raise RebuildRefused(f"{name} holds {count} of {expected} documents; the alias was not moved")
    except Exception:
        client.indices.delete(index=name, ignore_unavailable=True)
        raise
    old = (
        list(client.indices.get_alias(name=alias, ignore_unavailable=True))
        if client.indices.exists_alias(name=alias)
        else []
    )
    # One request: at every instant the alias points at exactly one full index.
    client.indices.update_aliases(
        actions=[{"remove": {"index": index, "alias": alias}} for index in old]
        + [{"add": {"index": name, "alias": alias}}]
    )
    for index in old:
        client.indices.delete(index=index, ignore_unavailable=True)
    say(f"{alias} -> {name}: {count} documents; {len(old)} old index(es) removed")
    # Changes published while the new index was filling went to the old one: catch them up.
    from search.indexing import changed_since

    changed = changed_since(started)
    if changed:
        sync_pages(changed, client=client)
    return name, count
