"""Fill the Region table from the gazetteer (GB/T 2260 codes from pinned PyPI data packages).

Idempotent: running it again updates names and adds new codes, never deletes (articles point at regions).
"""
from archive.regions.gazetteer import load_gazetteer


def sync_regions(Region) -> int:
    """Takes the model class as an argument so the data migration can pass its historical model."""
    existing = {r.code: r for r in Region.objects.all()}
    by_code = dict(existing)
    written = 0
    for entry in load_gazetteer().entries():
        fields = {
            "name": entry.name,
            "short_name": entry.short_name or "",
            "abbreviation": entry.abbreviation or "",
            "level": entry.level,
            "longitude": entry.longitude,
            "latitude": entry.latitude,
            "is_current": entry.is_current,
            "parent": by_code.get(entry.parent_code) if entry.parent_code else None,
            "province": by_code.get(entry.province_code) if entry.province_code != entry.code else None,
            "prefecture": by_code.get(entry.prefecture_code) if entry.prefecture_code not in (None, entry.code)
            else None,
        }
        region = by_code.get(entry.code)
        if region is None:
            region = Region.objects.create(code=entry.code, **fields)
            by_code[entry.code] = region
            written += 1
        elif any(getattr(region, k) != v for k, v in fields.items()):
            for key, value in fields.items():
                setattr(region, key, value)
            region.save()
            written += 1
    return written
