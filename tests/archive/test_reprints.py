"""The same text republished with other headers, footers or junk is linked as a reprint; a different notice
written to the same pattern is not."""
import pytest

from archive.services import article_ingest
from archive.models import Article

NOTICE = """关于解除部分区域临时管控措施的通告
根据疫情防控工作需要,经专家研判,某某区疫情防控指挥部决定,自2022年11月3日12时起,解除城东街道幸福社区、城西街道和平社区的临时管控措施,恢复正常生产生活秩序。
解除管控后,请广大居民群众继续做好个人防护,坚持戴口罩、勤洗手、常通风、少聚集,配合做好核酸检测、扫码测温等防控措施。
对拒不配合疫情防控工作、造成严重后果的,公安机关将依法依规追究相关责任。
特此通告。
某某区新冠肺炎疫情防控指挥部
2022年11月3日
"""

MIRROR = """热点资讯 | 社会新闻 | 本地生活
关于解除部分区域临时管控措施的通告
2022-11-04 08:12 来源:某某新闻网 作者:小编
根据疫情防控工作需要,经专家研判,某某区疫情防控指挥部决定,自2022年11月3日12时起,解除城东街道幸福社区、城西街道和平社区的临时管控措施,恢复正常生产生活秩序。
解除管控后,请广大居民群众继续做好个人防护,坚持戴口罩、勤洗手、常通风、少聚集,配合做好核酸检测、扫码测温等防控措施。
对拒不配合疫情防控工作、造成严重后果的,公安机关将依法依规追究相关责任。
以上措施请广大市民相互转告,共同遵守。
特此通告。
某某区新冠肺炎疫情防控指挥部
2022年11月3日
更多精彩内容,请下载某某新闻客户端。
相关阅读
某地开展冬季消防安全检查
"""

SAME_PATTERN = """关于解除部分区域临时管控措施的通告
根据疫情防控工作需要,经专家研判,某某县疫情防控指挥部决定,自2022年12月1日8时起,解除南关镇和北岗乡全域的临时管控措施,有序恢复生产经营和交通出行。
解除管控后,各乡镇要持续做好返乡人员排查,商超、农贸市场等场所要严格落实测温、扫码、戴口罩措施。
特此通告。
某某县新冠肺炎疫情防控指挥部
2022年12月1日
"""


@pytest.mark.django_db
def test_the_same_notice_on_another_site_is_linked_as_a_reprint():
    original = article_ingest(raw=NOTICE.encode(), origin="district.txt")
    mirror = article_ingest(raw=MIRROR.encode(), origin="mirror.txt")
    assert (original.status, mirror.status) == ("created", "created")
    copy = Article.objects.get(pk=mirror.article_id)
    assert copy.duplicate_of_id == original.article_id
    assert copy.duplicate_similarity >= 0.8


@pytest.mark.django_db
def test_a_copy_that_cleans_to_the_same_text_is_a_duplicate_whose_raw_page_is_kept():
    original = article_ingest(raw=NOTICE.encode(), origin="district.txt")
    copy = article_ingest(raw=("网站首页 | 通知公告 | 政务公开\n" + NOTICE + "扫一扫在手机打开当前页\n").encode(),
                          origin="copy.txt")
    assert (copy.status, copy.article_id) == ("duplicate", original.article_id)
    assert Article.objects.get(pk=original.article_id).raw_pages.count() == 2


@pytest.mark.django_db
def test_a_different_notice_in_the_same_pattern_is_not_a_reprint():
    article_ingest(raw=NOTICE.encode(), origin="district.txt")
    other = article_ingest(raw=SAME_PATTERN.encode(), origin="county.txt")
    assert Article.objects.get(pk=other.article_id).duplicate_of_id is None
