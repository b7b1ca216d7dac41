"""Screenshots of the web pages for the README: overview, search, article, the search on a phone, term
trends and the concordance.

    .venv/bin/python scripts/take_screenshots.py http://127.0.0.1:8000 docs/screenshots \
        [--query 核酸检测] [--article-query 澤庫縣] [--trends 隔离 --trends 核酸] [--concordance-query 复工复产]

Point it at a running archive (`make run`; the pictures in docs/screenshots show seeds/ plus the DXY
development corpus from ../shared). It drives Debian's chromium (apt-get install chromium, and
fonts-noto-cjk or fonts-wqy-microhei for Chinese glyphs) and refuses to load anything not on the server.
"""
import argparse
import sys
from pathlib import Path
from urllib.parse import quote, urlsplit

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}
MAX_HEIGHT = 2200  # long pages are cut here: the picture is of the page's top, not all of it


def shoot(page, url: str, path: Path) -> None:
    page.goto(url)
    height = min(page.evaluate("document.documentElement.scrollHeight"), MAX_HEIGHT)
    width = page.viewport_size["width"]
    page.screenshot(path=str(path), clip={"x": 0, "y": 0, "width": width, "height": height}, full_page=True)
    print(f"{path}  ← {url}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base_url", help="the running archive, e.g. http://127.0.0.1:8000")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--query", default="核酸检测", help="what the search screenshots search for")
    parser.add_argument("--article-query", default="澤庫縣",
                        help="the article shown is the first result of this search, with its matches marked")
    parser.add_argument("--trends", action="append", help="a search compared on the trends page (repeat it)")
    parser.add_argument("--trends-filters", default="date_from=2020-01&date_to=2020-03",
                        help="filters for the trends page (the DXY corpus covers early 2020)")
    parser.add_argument("--concordance-query", default="复工复产", help="what the concordance shows")
    args = parser.parse_args()
    trends = args.trends or ["隔离", "核酸", "复工"]
    base = args.base_url.rstrip("/")
    server = urlsplit(base).netloc
    args.out_dir.mkdir(parents=True, exist_ok=True)
    search_url = f"{base}/?q={quote(args.query)}"

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        foreign = []

        def local_only(route):
            if urlsplit(route.request.url).netloc == server:
                route.continue_()
            else:
                foreign.append(route.request.url)
                route.abort()

        for name, viewport in (("desktop", DESKTOP), ("phone", PHONE)):
            context = browser.new_context(viewport=viewport, locale="zh-CN", device_scale_factor=1)
            context.route("**/*", local_only)
            page = context.new_page()
            if name == "desktop":
                shoot(page, base + "/", args.out_dir / "overview.png")
                shoot(page, search_url, args.out_dir / "search.png")
                page.goto(f"{base}/?q={quote(args.article_query)}")
                article_link = page.locator("li.result h3 a").first.get_attribute("href")
                shoot(page, base + article_link, args.out_dir / "article.png")
                trends_url = f"{base}/trends?" + "&".join(f"q={quote(q)}" for q in trends) + "&" + args.trends_filters
                shoot(page, trends_url.rstrip("&"), args.out_dir / "trends.png")
                shoot(page, f"{base}/concordance?q={quote(args.concordance_query)}&sort=right",
                      args.out_dir / "concordance.png")
            else:
                shoot(page, search_url, args.out_dir / "search-375.png")
            context.close()
        browser.close()
    if foreign:
        print("pages asked for non-local URLs:", *foreign, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
