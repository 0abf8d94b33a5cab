"""The catalogue's query language (DESIGN.md section 5): one query object in, one result out.

It belongs to the catalogue, not to an engine: every engine (opportunities.catalogue_engines names
them) takes a `CatalogueQuery` and returns a `CatalogueResult`, and tests/search/ runs the same tests
against each. Nothing here knows about HTTP or about any engine.

Filters (all optional; lists mean "any of", bounds are inclusive):
    province, municipality, kind, category, tenure, permitted_uses  -> list of codes / names
    zls, zis, state_aid                                             -> True to require the flag
    min_site_area, max_site_area, min_covered_area, max_covered_area,
    min_price, max_price, min_power_kw                              -> numbers
    max_motorway_km, max_airport_km, max_rail_km, max_port_km       -> numbers (straight-line km)
    min_readiness                                                   -> 0..3 (opportunities.readiness)

Sorts: SORTS; "readiness" puts the highest readiness level first, newest first within a level;
"fit" ranks by how well each site meets the query's brief (opportunities.brief), newest first among equals.

Brief: an investor's needs (opportunities.brief.Brief); its must-haves filter like the filters above,
its nice-to-haves score each site's fit. An empty brief changes nothing.

Facets: FACET_FIELDS, each counted over the results of every filter except its own ("disjunctive"
facets: choosing Bergamo still shows how many sites Brescia would add).

Map views: the results inside a query's bounding box, as points up to a limit and beyond it as
clusters, one per cell of the Web Mercator tile grid at a precision (the grid of map tiles, and of
Elasticsearch's geotile_grid): cell x = floor((lon + 180) / 360 * 2^precision), cell y =
floor((1/2 - ln((1 + sin lat) / (1 - sin lat)) / 4 pi) * 2^precision), latitudes clamped to the
grid's +-MAX_TILE_LATITUDE. Each cluster counts its sites and sits at their centroid (mean latitude
and longitude), so every engine draws the same clusters for the same grid.
"""

import math
from dataclasses import dataclass, field
from datetime import datetime

SORTS = ("relevance", "newest", "largest", "nearest", "readiness", "fit")
LIST_FILTERS = ("province", "municipality", "kind", "category", "tenure", "permitted_uses")
FLAG_FILTERS = {"zls": "in_zls", "zis": "in_zis", "state_aid": "in_state_aid_area"}
RANGE_FILTERS = {
    "min_site_area": ("site_area_m2", "gte"),
    "max_site_area": ("site_area_m2", "lte"),
    "min_covered_area": ("covered_area_m2", "gte"),
    "max_covered_area": ("covered_area_m2", "lte"),
    "min_price": ("asking_price_eur", "gte"),
    "max_price": ("asking_price_eur", "lte"),
    "min_power_kw": ("power_kw", "gte"),
    "max_motorway_km": ("distance_motorway_km", "lte"),
    "max_airport_km": ("distance_airport_km", "lte"),
    "max_rail_km": ("distance_rail_km", "lte"),
    "max_port_km": ("distance_port_km", "lte"),
    "min_readiness": ("readiness_level", "gte"),
}
FACET_FIELDS = ("province", "municipality", "kind", "category", "tenure", "permitted_uses", "special_zones")
MAX_PAGE_SIZE = 100
# Web Mercator's limit: the latitude whose y is the edge of the square world map.
MAX_TILE_LATITUDE = 85.0511287798066
MAX_TILE_PRECISION = 29


class InvalidQuery(ValueError):
    """A query the contract refuses (unknown filter or sort, nonsense geometry)."""


@dataclass(frozen=True)
class GeoRadius:
    lat: float
    lon: float
    km: float


@dataclass(frozen=True)
class BoundingBox:
    south: float
    west: float
    north: float
    east: float


@dataclass
class CatalogueQuery:
    text: str = ""
    filters: dict = field(default_factory=dict)
    radius: GeoRadius | None = None
    bbox: BoundingBox | None = None
    # "nearest" sorts by distance from `origin` (or the radius centre).
    origin: tuple[float, float] | None = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20
    locale: str = "en"
    # The language of the sites listed when it is not `locale`'s: the source language where no site is
    # translated into the visitor's yet (opportunities.site_language). Labels stay in `locale`.
    sites_locale: str = ""
    # Only pages under this url_path (a catalogue page's own); "" for every catalogue.
    root_path: str = ""
    # Also return every matching point (for a map of all results), not only the current page.
    with_points: bool = False
    # An opportunities.brief.Brief (not imported: the query language stays free of the criteria).
    brief: object = None

    def validate(self):
        unknown = set(self.filters) - set(LIST_FILTERS) - set(FLAG_FILTERS) - set(RANGE_FILTERS)
        if unknown:
            raise InvalidQuery(f"Unknown filters: {sorted(unknown)}")
        if self.sort not in SORTS:
            raise InvalidQuery(f"Unknown sort: {self.sort}")
        if self.sort == "nearest" and self.origin is None and self.radius is None:
            raise InvalidQuery("Sorting by distance needs an origin or a radius.")
        if self.sort == "fit" and not self.brief:
            raise InvalidQuery("Sorting by fit needs a brief.")
        if self.radius is not None and self.radius.km <= 0:
            raise InvalidQuery("The radius must be positive.")
        if self.page < 1 or not 1 <= self.page_size <= MAX_PAGE_SIZE:
            raise InvalidQuery("Page and page size out of range.")
        return self

    @property
    def sites_language(self):
        return self.sites_locale or self.locale

    @property
    def sort_origin(self):
        if self.origin is not None:
            return self.origin
        if self.radius is not None:
            return (self.radius.lat, self.radius.lon)
        return None


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int

    # Results can be read as (value, label, count) tuples, as DESIGN.md describes them.
    def __iter__(self):
        return iter((self.value, self.label, self.count))


@dataclass(frozen=True)
class Point:
    page_id: int
    title: str
    url_path: str
    lat: float
    lon: float


@dataclass(frozen=True)
class Cluster:
    """The sites of one grid cell: "precision/x/y" (Elasticsearch's geotile key), their centroid and number."""

    key: str
    lat: float
    lon: float
    count: int

    @property
    def bounds(self):
        """The cell as a BoundingBox."""
        precision, x, y = (int(part) for part in self.key.split("/"))
        return tile_bounds(precision, x, y)


@dataclass
class MapView:
    """What a map draws of a view: `points` when `total` is within the limit, else `clusters`."""

    total: int
    points: list | None = None  # Point
    clusters: list | None = None  # Cluster
    engine: str = ""
    took_ms: float = 0.0
    engine_took_ms: float | None = None
    degraded: bool = False


def tile_xy(precision, lat, lon):
    """The grid cell (x, y) of a point at a precision, as every engine must compute it."""
    tiles = 1 << precision
    lat = min(max(lat, -MAX_TILE_LATITUDE), MAX_TILE_LATITUDE)
    sin = math.sin(math.radians(lat))
    x = math.floor((lon + 180) / 360 * tiles)
    y = math.floor((0.5 - math.log((1 + sin) / (1 - sin)) / (4 * math.pi)) * tiles)
    return min(max(x, 0), tiles - 1), min(max(y, 0), tiles - 1)


def tile_bounds(precision, x, y):
    tiles = 1 << precision

    def latitude(row):
        return math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * row / tiles))))

    return BoundingBox(
        south=latitude(y + 1), west=x / tiles * 360 - 180, north=latitude(y), east=(x + 1) / tiles * 360 - 180
    )


def cells_spanned(precision, box):
    """How many grid cells a bounding box touches at a precision."""
    west, north = tile_xy(precision, box.north, box.west)
    east, south = tile_xy(precision, box.south, box.east)
    return (east - west + 1) * (south - north + 1)


@dataclass
class CatalogueResult:
    hits: list  # specific OpportunityPage objects of the requested page, in order
    total: int
    facets: dict  # field -> [FacetValue], most frequent first
    page: int = 1
    page_size: int = 20
    points: list | None = None  # every matching Point when the query asked for them
    distances: dict = field(default_factory=dict)  # page id -> km from the sort origin
    took_ms: float = 0.0
    engine: str = ""
    generated_at: datetime | None = None
    highlights: dict = field(default_factory=dict)  # page id -> HTML snippet (escaped, <mark>ed words)
    engine_took_ms: float | None = None  # the search engine's own time ("took"), when it reports one
    # True when the configured engine failed and another answered (catalogue_engines.search).
    degraded: bool = False
    # The BoundingBox of every located result (None when none is located): where a map of them opens.
    extent: BoundingBox | None = None

    @property
    def num_pages(self):
        return max(1, -(-self.total // self.page_size))

    @property
    def has_next(self):
        return self.page < self.num_pages

    @property
    def has_previous(self):
        return self.page > 1
