"""What both catalogue engines share (opportunities.catalogue_engines.CatalogueSearchEngine).

An engine is built with the catalogue's side of the contract (opportunities.catalogue_engines.Catalogue)
and finds there the filters, the sites, their labels and the result shape, so that no module of
search/ imports the catalogue when it is loaded.
"""


class CatalogueEngine:
    name = ""

    def __init__(self, catalogue):
        self.catalogue = catalogue

    @classmethod
    def is_available(cls):
        """Whether it can run here; an engine that needs a service says whether it is configured."""
        return True
