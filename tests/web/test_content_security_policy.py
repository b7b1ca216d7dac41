"""Every page carries a strict Content-Security-Policy: this site only, no inline script or style."""
import pytest

STRICT = ("default-src 'self'", "script-src 'self'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'")


def policy_of(response) -> str:
    return response.headers.get("Content-Security-Policy", "")


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/?q=疫情", "/en/", "/trends?q=疫情", "/concordance?q=疫情", "/admin/login/",
                                 "/api/search?q=疫情", "/no-such-page/"])
def test_every_page_has_a_strict_policy(client, data_dir, url):
    policy = policy_of(client.get(url, follow=True))
    assert all(part in policy for part in STRICT), policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


@pytest.mark.django_db
def test_the_upload_page_holds_no_inline_style(admin_client, data_dir):
    html = admin_client.get("/admin/archive/article/upload/").content.decode()
    assert "<style" not in html and "archive/admin.css" in html


@pytest.mark.django_db
def test_our_pages_hold_no_inline_script_or_style(client, data_dir):
    for url in ("/", "/?q=疫情", "/trends?q=疫情&q=核酸", "/concordance?q=疫情", "/admin/login/"):
        html = client.get(url, follow=True).content.decode()
        assert "style=\"" not in html and "<style" not in html, url
        assert all("src=" in tag or "application/json" in tag for tag in html.split("<script")[1:]), url
