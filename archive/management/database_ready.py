"""A command that reads or writes articles stops with a reason when its database has no tables yet."""
from django.conf import settings
from django.core.management.base import CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def require_migrated_database() -> None:
    """A fresh DATA_DIR holds an empty database: say so, rather than fail on the first missing table."""
    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        name = settings.DATABASES["default"]["NAME"]
        raise CommandError(f"the database ({name}) is not set up: {len(pending)} migration(s) not applied; "
                           f"run `python manage.py migrate` first")
