from django.db import migrations


def load_regions(apps, schema_editor):
    from archive.region_table import sync_regions

    sync_regions(apps.get_model("archive", "Region"))


class Migration(migrations.Migration):
    dependencies = [("archive", "0001_initial")]

    operations = [migrations.RunPython(load_regions, migrations.RunPython.noop)]
