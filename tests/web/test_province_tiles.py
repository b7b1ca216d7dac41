from web.province_grid import COLUMNS, PROVINCE_TILES, ROWS, english_name, tile_for


def test_the_grid_has_each_of_the_34_province_level_divisions_once():
    assert len(PROVINCE_TILES) == 34
    assert len({t.code for t in PROVINCE_TILES}) == 34
    assert len({t.iso for t in PROVINCE_TILES}) == 34


def test_no_two_provinces_share_a_tile_and_all_fit_the_grid():
    cells = [(t.column, t.row) for t in PROVINCE_TILES]
    assert len(set(cells)) == len(cells)
    assert all(0 <= c < COLUMNS and 0 <= r < ROWS for c, r in cells)


def test_a_facet_value_finds_its_tile_by_code_full_name_or_short_name():
    assert tile_for("440000").short == "广东"
    assert tile_for("44").short == "广东"
    assert tile_for("广东省").short == "广东"
    assert tile_for("内蒙古").name == "内蒙古自治区"
    assert tile_for("香港特别行政区").iso == "HK"
    assert tile_for("unknown") is None and tile_for("") is None


def test_tile_names_match_the_gazetteer_province_names():
    from archive.regions.gazetteer import load_gazetteer

    names = {e.code[:2]: e.name for e in load_gazetteer().entries() if e.level == "province"}
    for tile in PROVINCE_TILES:
        assert names.get(tile.code) == tile.name, tile


def test_english_names_come_from_the_grid():
    assert english_name("西藏自治区") == "Tibet"
    assert english_name("nowhere") is None
