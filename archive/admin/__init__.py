"""Admin for curating the archive. Importing this package registers every model admin."""
from archive.admin.articles import ArticleAdmin
from archive.admin.raw_pages import RawPageAdmin
from archive.admin.regions import RegionAdmin
from archive.admin.tombstones import TombstoneAdmin

__all__ = ["ArticleAdmin", "RawPageAdmin", "RegionAdmin", "TombstoneAdmin"]
