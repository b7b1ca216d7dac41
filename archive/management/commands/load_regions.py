from django.core.management.base import BaseCommand

from archive.management.database_ready import require_migrated_database
from archive.models import Region
from archive.region_table import sync_regions


class Command(BaseCommand):
    help = "Add or update regions from the pinned GB/T 2260 data packages (the migration runs this once)."

    def handle(self, *args, **options):
        require_migrated_database()
        self.stdout.write(f"{sync_regions(Region)} regions added or updated")
