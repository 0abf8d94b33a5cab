from tests.sectors.conftest import _empty_cache, sector_site  # noqa: F401
