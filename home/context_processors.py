from django.conf import settings


def map_tiles(request):
    """The tile server every map uses; configurable so a region can use its own."""
    return {"map_tiles": {"url": settings.MAP_TILE_URL, "attribution": settings.MAP_TILE_ATTRIBUTION}}
