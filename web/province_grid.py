"""A tile-grid map of China's 34 province-level divisions: one equal square per province.

A tile grid gives small provinces (上海, 香港, 澳门) the same room as 新疆 or 西藏, so a count is as
readable and as easy to tap on a phone wherever it is. The layout below is written by hand from the
provinces' rough relative positions (capital longitude → column, latitude → row, neighbours kept
adjacent where a 7 × 8 grid allows); the codes are GB/T 2260, the Latin codes ISO 3166-2:CN.

    列 0  1  2  3  4  5  6
    0                    黑
    1           蒙 京 辽 吉
    2  新 甘 宁 晋 冀 津
    3     青 陕 豫 鲁
    4  藏 川 渝 鄂 皖 苏 沪
    5     云 贵 湘 赣 浙
    6        桂 粤 闽 台
    7        琼 澳 港
"""
from dataclasses import dataclass

COLUMNS = 7
ROWS = 8


@dataclass(frozen=True)
class ProvinceTile:
    code: str  # the first two digits of the GB/T 2260 code
    name: str  # full official name, as Region.name stores it
    short: str  # what fits on a tile
    iso: str  # ISO 3166-2:CN subdivision code, shown on tiles in Latin-script interfaces
    english: str
    column: int
    row: int


PROVINCE_TILES: tuple[ProvinceTile, ...] = (
    ProvinceTile("23", "黑龙江省", "黑龙江", "HL", "Heilongjiang", 6, 0),
    ProvinceTile("15", "内蒙古自治区", "内蒙古", "NM", "Inner Mongolia", 3, 1),
    ProvinceTile("11", "北京市", "北京", "BJ", "Beijing", 4, 1),
    ProvinceTile("21", "辽宁省", "辽宁", "LN", "Liaoning", 5, 1),
    ProvinceTile("22", "吉林省", "吉林", "JL", "Jilin", 6, 1),
    ProvinceTile("65", "新疆维吾尔自治区", "新疆", "XJ", "Xinjiang", 0, 2),
    ProvinceTile("62", "甘肃省", "甘肃", "GS", "Gansu", 1, 2),
    ProvinceTile("64", "宁夏回族自治区", "宁夏", "NX", "Ningxia", 2, 2),
    ProvinceTile("14", "山西省", "山西", "SX", "Shanxi", 3, 2),
    ProvinceTile("13", "河北省", "河北", "HE", "Hebei", 4, 2),
    ProvinceTile("12", "天津市", "天津", "TJ", "Tianjin", 5, 2),
    ProvinceTile("63", "青海省", "青海", "QH", "Qinghai", 1, 3),
    ProvinceTile("61", "陕西省", "陕西", "SN", "Shaanxi", 2, 3),
    ProvinceTile("41", "河南省", "河南", "HA", "Henan", 3, 3),
    ProvinceTile("37", "山东省", "山东", "SD", "Shandong", 4, 3),
    ProvinceTile("54", "西藏自治区", "西藏", "XZ", "Tibet", 0, 4),
    ProvinceTile("51", "四川省", "四川", "SC", "Sichuan", 1, 4),
    ProvinceTile("50", "重庆市", "重庆", "CQ", "Chongqing", 2, 4),
    ProvinceTile("42", "湖北省", "湖北", "HB", "Hubei", 3, 4),
    ProvinceTile("34", "安徽省", "安徽", "AH", "Anhui", 4, 4),
    ProvinceTile("32", "江苏省", "江苏", "JS", "Jiangsu", 5, 4),
    ProvinceTile("31", "上海市", "上海", "SH", "Shanghai", 6, 4),
    ProvinceTile("53", "云南省", "云南", "YN", "Yunnan", 1, 5),
    ProvinceTile("52", "贵州省", "贵州", "GZ", "Guizhou", 2, 5),
    ProvinceTile("43", "湖南省", "湖南", "HN", "Hunan", 3, 5),
    ProvinceTile("36", "江西省", "江西", "JX", "Jiangxi", 4, 5),
    ProvinceTile("33", "浙江省", "浙江", "ZJ", "Zhejiang", 5, 5),
    ProvinceTile("45", "广西壮族自治区", "广西", "GX", "Guangxi", 2, 6),
    ProvinceTile("44", "广东省", "广东", "GD", "Guangdong", 3, 6),
    ProvinceTile("35", "福建省", "福建", "FJ", "Fujian", 4, 6),
    ProvinceTile("71", "台湾省", "台湾", "TW", "Taiwan", 5, 6),
    ProvinceTile("46", "海南省", "海南", "HI", "Hainan", 2, 7),
    ProvinceTile("82", "澳门特别行政区", "澳门", "MO", "Macao", 3, 7),
    ProvinceTile("81", "香港特别行政区", "香港", "HK", "Hong Kong", 4, 7),
)

_BY_KEY: dict[str, ProvinceTile] = {}
for _tile in PROVINCE_TILES:
    for _key in (_tile.code, _tile.code + "0000", _tile.name, _tile.short, _tile.english.lower()):
        _BY_KEY[_key] = _tile


def tile_for(value: str) -> ProvinceTile | None:
    """The tile of a facet value, whether it is a code (44, 440000), a full name (广东省) or a short one."""
    key = str(value or "").strip()
    return _BY_KEY.get(key) or _BY_KEY.get(key.lower())


def english_name(value: str) -> str | None:
    tile = tile_for(value)
    return tile.english if tile else None
