"""WARC files for tests, written with warcio as a crawler would: three pages (one in GB18030) with their
request records, plus an image, a revisit, a DNS record, a 404 page and a warcinfo record."""
import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

CAPTURED = "2022-06-01T08:00:00Z"
PAGES = [
    ("http://www.zeku.gov.cn/news/2022/0501.html", "utf-8", "泽库县部署五一假期疫情防控工作",
     "2022-05-01", "县疫情防控指挥部召开专题会议，要求各乡镇严格落实返乡人员排查和核酸检测，做好假期值班值守，"
                   "确保节日期间社会大局稳定，人民群众过一个安全祥和的假期。"),
    ("http://www.tongren.gov.cn/xwzx/2022/0503.shtml", "gb18030", "同仁市开展重点场所消杀工作",
     "2022-05-03", "市卫生健康局组织专业队伍对农贸市场、商场超市和公共交通工具开展全面消杀，同时督促经营者落实"
                   "扫码测温和佩戴口罩等防控措施，切实降低传播风险。"),
    ("https://www.huangnan.gov.cn/zwgk/notice.jsp?id=17", "utf-8", "黄南州关于调整风险区域的通告",
     "2022-05-06", "根据疫情防控形势变化，经州应对疫情工作领导小组研究决定，自即日起将相关小区调整为低风险区，"
                   "解除封控管理措施，请广大群众继续做好个人防护。"),
]


def page_html(title: str, day: str, paragraph: str, encoding: str) -> bytes:
    charset = "gb2312" if encoding == "gb18030" else encoding
    return (f'<!doctype html><html><head><meta charset="{charset}"><title>{title}</title></head><body>'
            f'<div class="nav">首页 | 新闻中心 | 政务公开</div><h1>{title}</h1><p>发布时间：{day}</p>'
            f'<p>{paragraph}</p><p>{paragraph[::-1]}</p><div class="footer">主办：人民政府办公室</div>'
            f'</body></html>').encode(encoding)


def _response(writer, uri: str, payload: bytes, content_type: str, status: str = "200 OK", date=CAPTURED):
    headers = StatusAndHeaders(status, [("Content-Type", content_type), ("Content-Length", str(len(payload)))],
                               protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(payload), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)
    return record


def _request(writer, uri: str):
    headers = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", uri.split("/")[2])], is_http_request=True)
    writer.write_record(writer.create_warc_record(uri, "request", http_headers=headers))


def build_warc(*, gzip: bool = True) -> tuple[bytes, list[dict]]:
    """The WARC bytes and, per page, what the archive should make of it (uri, payload, title)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    writer.write_record(writer.create_warcinfo_record("crawl.warc", {"software": "tests/warc_samples.py"}))
    expected = []
    for uri, encoding, title, day, paragraph in PAGES:
        payload = page_html(title, day, paragraph, encoding)
        _request(writer, uri)
        content_type = "text/html; charset=GBK" if encoding == "gb18030" else "text/html; charset=utf-8"
        record = _response(writer, uri, payload, content_type)
        expected.append({"uri": uri, "payload": payload, "title": title, "day": day,
                         "digest": record.rec_headers.get_header("WARC-Payload-Digest")})
    _response(writer, "http://www.zeku.gov.cn/images/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
    _response(writer, "http://www.zeku.gov.cn/js/site.js", b"var a = 1;", "application/javascript")
    _response(writer, "http://www.zeku.gov.cn/missing.html", b"<html>not found</html>", "text/html",
              status="404 Not Found")
    writer.write_record(writer.create_revisit_record(
        PAGES[0][0], digest=expected[0]["digest"], refers_to_uri=PAGES[0][0], refers_to_date=CAPTURED,
        warc_headers_dict={"WARC-Date": "2022-06-02T08:00:00Z"}))
    dns = writer.create_warc_record("dns:www.zeku.gov.cn", "response", payload=io.BytesIO(b"www.zeku.gov.cn. 60 IN A 10.0.0.1"),
                                    warc_content_type="text/dns")
    writer.write_record(dns)
    return out.getvalue(), expected
