"""Hand-written facts about how region names appear in news text.

The gazetteer gives names; these lists say which of them are also ordinary
words, which phrases only look like place names, and which words point at
national or foreign matters. Each list is small and reviewed by eye.
"""

from __future__ import annotations

import re

# Names used as ordinary nouns: never evidence, whatever the context
# (城区 in 在城区每个楼盘 is "downtown", not 城区 of 大同).
GENERIC_NAMES = frozenset({
    "城区", "郊区", "矿区", "新区", "市辖区", "东区", "西区", "南区", "北区", "中区",
    "一区", "二区", "市中区", "市中", "城中", "城关", "城东", "城西", "城南", "城北",
    "新城", "老城", "市郊", "河东", "河西", "江北", "江南", "南岸", "山上", "港口",
    "桥头", "台前", "中方", "南部", "工农", "回民", "二七", "二道", "四方", "万年",
    "万里", "三元", "大内", "三重", "九龙", "中正",
})

# Short names that are also common words (合作 → 合作市, 公安 → 公安县): the short
# form is read as a word, not a place; the full name (合作市, 公安县) still is.
COMMON_WORD_SHORT_NAMES = frozenset({
    "比如", "资源", "动力", "将军", "解放", "运河", "先锋", "前锋", "前进", "东风",
    "红旗", "红星", "向阳", "胜利", "团结", "友好", "友谊", "合作", "和平", "平安",
    "光明", "复兴", "振兴", "新兴", "新华", "建华", "宏伟", "富裕", "安居", "安定",
    "延长", "通道", "公安", "共和", "东方", "东方红", "大方", "太平", "长寿", "永安",
    "清水", "淡水", "温泉", "莲花", "芙蓉", "大树", "石门", "凤凰", "阿里", "太和",
    "平和", "平定", "清新", "互助", "会同", "大名", "高明", "名山", "六合", "大堂",
    "开元", "大观", "建安", "永和", "小河", "元宝", "宝塔", "平房", "太白", "灯塔",
    "白玉", "木兰", "天涯", "七星", "海棠", "博爱", "同仁", "钟楼", "盐水", "大通",
    "麒麟", "新民", "黑水", "龙凤", "鼓楼", "富民", "下关", "清流", "信义", "爱民",
    "惠民", "新星", "民权", "无为", "同心", "吉利", "金山", "白云", "青山", "江山",
    "龙井", "长子", "安宁", "新市", "中原", "康乐", "长安", "双桥",
    "高台", "方正", "紫金", "丰满", "小店", "黄龙", "石林", "石龙", "龙泉", "月湖",
    "文峰", "江岸", "湖里", "马尾", "武功", "威信", "光泽", "洞口", "三门",
    "上街",  # to go out ('每两天可指派1名家庭成员上街采购'), not 郑州's 上街区
    # a town's east or west side ('西城高速公路互通口' in 尤溪); '北京西城' still names the district
    "东城", "西城",
})

# Phrases that contain a region name but do not mention the region. Matching
# them first (longest match wins) keeps 长治久安 from counting as 长治.
NON_PLACE_PHRASES = frozenset({
    "长治久安", "大同小异", "世界大同", "太平洋", "中山装", "中山大学", "长安街",
    "平安夜", "北京时间", "新华社", "新华网", "凤凰网", "凤凰卫视", "中山医院",
    "朝鲜族", "中东部", "非洲猪瘟", "阿里巴巴", "阿里健康",
    "天山网",  # the Xinjiang news site, not 天山区
    "中国台湾网",  # the national site on Taiwan affairs (its pages are hijacked and mirrored often), not Taiwan's news
    "代县长", "代市长", "代区长", "代省长",  # an acting head (代县长孟令选), not 代县
    "武汉肺炎",  # the disease as Taiwan and Hong Kong media name it, not news of Wuhan
    "重于泰山", "稳如泰山", "泰山压顶", "有眼不识泰山",  # idioms (生命重于泰山), not 泰山区
    "阳春三月", "阳春白雪", "光明正大", "安定团结",  # idioms opening a feature ('阳春三月,蕲阳大地'), not 阳春市, 光明区
    # any place's departments ('…被公安部门查处', '卫健、教育部门'), not the ministry (公安部, 教育部)
    "公安部门", "教育部门", "商务部门", "财政部门", "民政部门", "交通运输部门", "应急管理部门", "生态环境部门",
    "农业农村部门", "文化和旅游部门",
    "北京冬奥", "北京冬残奥",  # the Games (北京冬奥会), the country's event, not news of Beijing
    "图们江",  # the river, and 珲春's paper named after it (图们江报), not 图们市
    "我旗下", "本旗舰", "全旗帜",  # a group's subsidiaries, a flagship store, a banner: not a 旗's own voice
    "建三江",  # 黑龙江's farming district (建三江管理局), not 广西's 三江侗族自治县
})

# Aliases that the suffix rules cannot derive.
EXTRA_ALIASES: dict[str, str] = {
    "内蒙": "150000",
    "陜西": "610000",  # (陜, a variant of 陝 that Traditional copies print and OpenCC leaves: '來源:陜西日報')
    # Inner Mongolia's banners go by these shortenings in their own news ('察右后旗新冠肺炎疫情防控指挥部公告').
    "察右前旗": "150926", "察右中旗": "150927", "察右后旗": "150928",
    "科右前旗": "152221", "科右中旗": "152222", "科左中旗": "150521", "科左后旗": "150522",
    "达茂旗": "150223", "土右旗": "150221", "土左旗": "150121", "鄂前旗": "150623",
    "乌前旗": "150823", "乌中旗": "150824", "乌后旗": "150825",
    "阿左旗": "152921", "阿右旗": "152922", "新右旗": "150727", "新左旗": "150726",
    "莫旗": "150722",  # 莫力达瓦达斡尔族自治旗
    # A city district's shortening that its own government site goes by: '昆区政府网'.
    "昆区": "150203",  # 昆都仑区, 包头市
    # Long autonomous counties too: '前郭县委、县政府高度重视…'.
    "前郭县": "220721",  # 前郭尔罗斯蒙古族自治县
}

# One-character city abbreviations that 2020 news uses after a verb (离汉, 来蓉).
CITY_ABBREVIATIONS: dict[str, str] = {
    "汉": "420100",  # 武汉
    "蓉": "510100",  # 成都
    "穗": "440100",  # 广州
    "甬": "330200",  # 宁波
    "榕": "350100",  # 福州
    "邕": "450100",  # 南宁
    "筑": "520100",  # 贵阳
    "莞": "441900",  # 东莞 (来莞返莞, 在莞)
}

# Verbs that turn an abbreviation into a place: 入晋 返晋 来京 赴鄂 援鄂 在川 离汉.
ABBREVIATION_VERBS = "入返来赴抵在离援进回驻留访滞出"

# Abbreviations that after those verbs are too often another word (在新冠, 出台,
# 在云端, 进港 of a ship, 来澳 for Australia) or another place (宁 is also 南京).
UNSAFE_VERB_ABBREVIATIONS = frozenset({
    "新", "台", "青", "云", "宁", "吉", "黑", "甘", "贵", "秦", "蒙", "苏", "港", "澳",
})

# Words that follow some abbreviations and turn them into another word.
ABBREVIATION_BLOCKERS: dict[str, str] = {
    "京": "剧东都",
    "汉": "族字语人堡代朝口阳葭",
    "川": "流剧菜普",
    "藏": "族品匿身书",
    "鲁": "莽",
    "湘": "菜",
    "粤": "语剧菜",
    "闽": "南语",
    "蜀": "山",
    "莞": "尔",  # 莞尔, a smile
}

# Hosts of provincial government sites (wjw.beijing.gov.cn): a dot-separated
# label of a *.gov.cn host names the publishing province.
GOV_HOST_LABELS: dict[str, str] = {
    "beijing": "110000", "tj": "120000", "hebei": "130000", "shanxi": "140000",
    "nmg": "150000", "ln": "210000", "jl": "220000", "hlj": "230000",
    "sh": "310000", "jiangsu": "320000", "js": "320000", "zj": "330000",
    "zjwjw": "330000", "ah": "340000", "fujian": "350000", "jiangxi": "360000",
    "shandong": "370000", "henan": "410000", "hnwsjsw": "410000", "hubei": "420000",
    "hunan": "430000", "gd": "440000", "gxzf": "450000", "hainan": "460000",
    "cq": "500000", "sc": "510000", "guizhou": "520000", "gzhfpc": "520000",
    "yn": "530000", "xizang": "540000", "shaanxi": "610000", "gansu": "620000",
    "qinghai": "630000", "nx": "640000", "xinjiang": "650000", "xjhfpc": "650000",
    "wuhan": "420100", "hebwst": "130000",
}

# Bodies whose news concerns the whole country.
NATIONAL_BODIES = frozenset({
    "国家卫健委", "国家卫生健康委", "国家卫生健康委员会", "国家卫生计生委", "国务院",
    "国务院办公厅", "联防联控机制", "党中央", "中共中央", "中央应对", "中央指导组",
    "外交部", "教育部", "商务部", "财政部", "民政部", "公安部", "交通运输部", "工信部",
    "工业和信息化部", "人社部", "人力资源社会保障部", "文化和旅游部", "农业农村部",
    "国家发改委", "国家发展改革委", "国家医保局", "国家药监局", "国家市场监管总局",
    "市场监管总局", "海关总署", "国家移民管理局", "民航局", "中国民航局", "国铁集团",
    "中国国家铁路集团", "中国疾控中心", "中国疾病预防控制中心", "全国人大", "全国政协",
    "最高人民法院", "最高人民检察院", "最高法", "最高检", "中国红十字会", "中国科学院",
    "央行", "中国人民银行", "银保监会", "证监会", "应急管理部", "生态环境部",
    "31个省", "31省", "各省份", "各省区市", "多省份", "多个省份", "湖北以外", "除湖北",
    "湖北外", "发改委", "中央", "和新疆生产建设兵团", "及新疆生产建设兵团",
    "各省、自治区、直辖市",  # (the salutation of a national body's notice) "国家队", "军队",
    # Officials and experts who spoke for the whole country in 2020–2022.
    "钟南山", "李兰娟", "高福", "马晓伟", "吴尊友", "王辰", "梁万年",
    # National broadcaster programmes: a story they run is national, whatever place it visits.
    "新闻1+1", "新闻联播", "焦点访谈", "东方时空", "新闻调查", "面对面",
    "国家体育总局", "体育总局", "外交部", "国家移民管理局", "海关总署", "交通运输部", "国家疾控局",
})

# Words that lean national but appear in local news too (我国, 全国): weak.
NATIONAL_WORDS = frozenset({"全国", "国内", "我国", "中国", "中国内地", "全球", "世界各地"})
# ... of which these, in a title, make the article national: 全国新增40例，武汉新增36例.
NATIONAL_TITLE_WORDS = frozenset({"全国", "国内", "我国", "中国内地"})

# Foreign countries and bodies: news about them is not local news.
FOREIGN_TERMS = frozenset({
    "美国", "日本", "韩国", "朝鲜", "意大利", "伊朗", "法国", "德国", "西班牙", "英国",
    "俄罗斯", "印度", "泰国", "新加坡", "马来西亚", "越南", "菲律宾", "印度尼西亚",
    "印尼", "澳大利亚", "加拿大", "巴西", "墨西哥", "阿根廷", "智利", "秘鲁", "埃及",
    "南非", "尼日利亚", "以色列", "沙特", "阿联酋", "卡塔尔", "科威特", "巴林", "伊拉克",
    "土耳其", "希腊", "荷兰", "比利时", "瑞士", "瑞典", "挪威", "丹麦", "芬兰", "奥地利",
    "波兰", "捷克", "葡萄牙", "爱尔兰", "冰岛", "新西兰", "巴基斯坦", "孟加拉", "尼泊尔",
    "斯里兰卡", "柬埔寨", "老挝", "缅甸", "蒙古国", "哈萨克斯坦", "乌克兰", "白俄罗斯",
    "塞尔维亚", "匈牙利", "罗马尼亚", "委内瑞拉", "哥伦比亚", "厄瓜多尔", "古巴",
    "阿富汗", "黎巴嫩", "约旦", "欧洲", "欧盟", "非洲", "中东", "北美", "拉美", "东南亚",
    "世卫组织", "世界卫生组织", "WHO", "联合国", "钻石公主号", "白宫", "特朗普",
    "纽约", "加州", "华盛顿", "伦敦", "巴黎", "东京", "京都", "首尔", "大邱", "米兰", "伦巴第",
    "吉尔吉斯斯坦",
    "海外", "境外国家",
    # Embassies and consulates speak about the country they are in.
    "使馆", "大使馆", "领事馆", "总领馆", "领事直通车",
})

# Lines from these labels on describe the page, not the news.
FOOTER_LABELS = (
    "地址", "邮编", "电话", "传真", "邮箱", "E-mail", "Email", "ICP", "备案", "公网安备",
    "版权", "Copyright", "©", "免责声明", "本文地址", "举报电话", "违法和不良信息",
    "技术支持", "网站标识码", "网站地图", "联系我们", "扫一扫", "转载", "声明:",
)
PUBLISHER_LABELS = ("主办", "承办", "主管", "协办", "出品", "发布单位", "来源")
RELATED_MARKERS = (
    "相关阅读", "相关新闻", "相关链接", "相关信息", "相关文章", "相关推荐", "为您推荐",
    "推荐阅读", "延伸阅读", "热点推荐", "热门推荐", "猜你喜欢", "友情链接", "最新消息",
    "最新回复", "更多新闻", "上一篇", "下一篇", "热点新闻", "精彩推荐",
)
NEIGHBOUR_WORDS = (
    "毗邻", "接壤", "相邻", "交界", "邻省", "周边省", "周边地区", "周边城市", "周边区县",
    "邻近省", "邻近地区", "沿线省",
)

# A place right after these words is where help or people go, or where a case
# came from (驰援武汉, 来自湖北): the news is usually about somewhere else.
MOVEMENT_BEFORE = (
    "驰援", "支援", "援助", "援建", "对口支援", "奔赴", "飞赴", "赶赴", "赴", "前往",
    "发往", "运往", "送往", "运抵", "飞抵", "抵达", "到达", "进入", "捐赠", "捐助",
    "捐给", "来自", "途经", "去过", "到过", "曾到", "曾赴", "向", "支持", "增援", "补助", "派往",
    "调往", "援", "送", "出征", "防范", "严防",  # '关于防范新疆喀什疫情的公告': where the threat comes from
    "接",  # '接甘肃省疫情防控指挥部协查函': who sent the request, not where the news is
)
MOVEMENT_AFTER = (
    "加油", "捐款", "捐赠", "捐助", "籍", "旅行史", "旅居史", "居住史", "接触史", "旅游史", "暴露史", "返回", "返乡",
    "回来", "归来", "输入",
)

# A source that is a news outlet (人民网-贵州频道, 贵州日报, 甘肃发布), not the body that issued the text.
MEDIA_NAME = re.compile(r"日报|晚报|时报|商报|都市报|报社|网|频道|电视台|广播|融媒|新闻|客户端|发布$")
# A government body's name, as it signs a notice: '迪庆州应对疫情工作领导小组指挥部办公室', '镇江市卫生健康委员会'.
GOVERNMENT_BODY_END = re.compile(r"(指挥部|办公室|领导小组|委员会|人民政府|政府|局|卫健委|防控办|工作组)$")
# Words of a text written for a whole province.
PROVINCE_VOICE = frozenset({"我省", "全省", "本省", "省委", "省政府", "省长", "省卫健委"})
# Words of a text written from inside a county or banner (not 全区: that is also an autonomous region).
COUNTY_VOICE = frozenset({"我县", "全县", "本县", "县委", "县政府", "县长", "县人民政府",
                          "我旗", "全旗", "本旗", "旗委", "旗政府", "旗长", "旗人民政府"})
# The same voice from a city's district; only under a city or a municipality, since an autonomous region
# (西藏, 广西) says 我区 of itself.
DISTRICT_VOICE = frozenset({"我区", "区委", "区政府"})
# An autonomous prefecture's own voice (全州…会议, 州委常委).
PREFECTURE_VOICE = frozenset({"我州", "全州", "州委"})
# A city's own voice (a county-level city says 我市 too: only with a city's body signing it).
CITY_VOICE = frozenset({"我市", "全市", "本市"})
MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})

# Words of an article written from inside a province or city (我省, 全市): they
# make national words in it (国务院 ...) directives, not the subject. Every voice above, and a city's or an
# autonomous region's bodies (市委, 自治区政府) that no one voice owns.
LOCAL_FOCUS_WORDS = tuple(sorted(
    PROVINCE_VOICE | COUNTY_VOICE | DISTRICT_VOICE | PREFECTURE_VOICE | CITY_VOICE
    | {"市委", "市政府", "市长", "市卫健委", "市人民政府", "全区", "自治区党委", "自治区政府"}
))

# Places that 2020 news names without their city.
LANDMARKS: dict[str, str] = {
    "火神山": "420100",
    "雷神山": "420100",
    "金银潭": "420100",
    "华南海鲜": "420100",
    "新型冠状病毒感染应变协调中心": "820000",  # Macau's own response centre (its papers never add 澳门)
    "永兴岛": "460300",  # 三沙市's seat, an island (not 永兴县 in 湖南: '三沙市永興島開展全員核酸檢測')
}

# A place name followed by one of these names an institution or local medium of that place (杞县关于…,
# 兴县融媒, 临县宣传事业发展中心, 环县召开…): evidence as strong as a full name, even for a two-character county.
INSTITUTION_AFTER = (
    "关于", "召开", "人民政府", "政府", "县委", "市委", "区委", "融媒", "发布", "新闻", "宣传", "卫健", "卫生健康", "疾控",
    "疫情防控", "新冠", "应对", "公安", "人民医院", "医院", "教育", "应急", "指挥部", "领导小组", "委员会", "人大", "政协",
    "电视台", "广播电视", "日报", "融媒体", "党委", "纪委", "组织部", "统计局", "市场监管", "交通", "住建", "民政",
    "头条", "互联网", "全域", "全县", "境内", "城区",
    "县直", "市直", "区直",  # 滑县县直单位: the units the county runs directly
)
# Casino brands that carry a place name (澳门金沙…): SEO spam, not Macau.
CASINO_BRANDS = frozenset({"澳门金沙", "澳门新葡京", "澳门葡京", "澳门威尼斯人", "澳门银河", "澳门皇冠", "澳门赌场", "澳门博彩",
                           "澳门娱乐", "澳门永利", "澳门美高梅", "澳门巴黎人", "澳门太阳城"})
# A news agency's dateline ('新华社北京7月9日电') says where the reporter filed from, not what the news is about.
AGENCY_BEFORE = ("新华社", "中新社", "中新网", "人民网", "新华网", "央视网", "央视新闻", "国际在线", "中国新闻网", "记者")
# Common surnames: a short place name right after one, in a person's context, is part of a name (李兴平).
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟"
    "谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢"
    "安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛"
)
# Around a person's name: the role before it, or what a person does after it.
PERSON_BEFORE = ("书记", "县长", "市长", "区长", "省长", "主任", "局长", "委员", "记者", "同志", "主席", "镇长", "乡长",
                 "部长", "厅长", "处长", "科长", "院长", "校长", "经理", "队长", "所长", "代表", "主持人", "编辑",
                 "副", "常委", "秘书长", "组长", "专家", "医生", "护士", "教授", "干部", "村民", "居民", "患者",
                 "志愿者", "民警", "辅警", "网格员", "老师", "指挥长")
PERSON_AFTER = ("同志", "书记", "县长", "市长", "主任", "指出", "强调", "表示", "介绍", "说", "主持", "出席", "参加",
                "讲话", "要求", "一行", "带队", "调研", "督导", "、", ",", "等")
