"""The web app, launched for real on 127.0.0.1: its API through gradio_client, and the page in headless
Chromium (Debian's package) driven by Playwright. Screenshots go to test-output/ for a person to look at."""
import json
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, browser_page, running_app

pytest.importorskip("gradio", reason="the app extra is not installed")

SAMPLE = (ROOT / "examples" / "sample_article.txt").read_text(encoding="utf-8")
OUT = ROOT / "test-output"


@pytest.fixture(scope="module")
def app_url():
    with running_app() as url:
        yield url


@pytest.fixture(scope="module")
def client(app_url):
    from gradio_client import Client

    return Client(app_url, verbose=False)


def test_api_returns_the_brief(client):
    cards, article, json_path, md_path, status = client.predict(SAMPLE, None, "embedded", api_name="/brief")
    brief = json.loads(Path(json_path).read_text(encoding="utf-8"))
    names = [p["name"]["zh"] for p in brief["platforms"]]
    assert len(names) == 3 and "光谷硅光芯片中试平台" in names
    assert all(p["name"]["en"] for p in brief["platforms"])
    assert "华中科技大学" in cards and "Huazhong University of Science and Technology" in cards
    assert "## 1." in Path(md_path).read_text(encoding="utf-8")
    assert status.startswith("3 platform(s)")


@pytest.mark.parametrize("text,upload,expect", [
    ("", None, "paste an article"),
    ("   \n  ", None, "paste an article"),
    (None, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "PNG"),
    (None, bytes(range(128, 256)) * 60, "not in a text encoding"),
    (None, b"\xff\xfe\x00\xd8\x00\xd8" * 50, "utf-16"),  # a BOM that lies
    (None, b"\xff\xfe" + ("湘江实验室揭牌成立。" * 40).encode("utf-8"), "byte-order mark"),  # a UTF-16 BOM on UTF-8
    (None, "湘江实验室。".encode("utf-8") * 140_000, "at most"),
    ("/etc/passwd", None, "no article text"),  # typed text is text, never a path read on the server
])
def test_bad_input_gets_a_message_and_the_server_stays_up(client, tmp_path, text, upload, expect):
    from gradio_client import handle_file

    f = None
    if upload is not None:
        path = tmp_path / "upload.txt"
        path.write_bytes(upload)
        f = handle_file(str(path))
    cards, article, json_path, md_path, status = client.predict(text or "", f, "embedded", api_name="/brief")
    assert expect.lower() in (cards + status).lower(), (cards, status)
    assert "Traceback" not in cards and "root:" not in cards
    # still serving
    assert client.predict("江州智能计算中心今日正式启用，总投资12亿元。", None, "embedded", api_name="/brief")[4].startswith("1 platform")


def test_batch_api_with_a_bad_record(client, tmp_path):
    from gradio_client import handle_file

    good = tmp_path / "a.txt"
    good.write_text(SAMPLE, encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    jsonl, zpath, errors, status = client.predict([handle_file(str(good)), handle_file(str(bad))], "embedded",
                                                  api_name="/batch")
    lines = Path(jsonl).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["platforms"]
    rows = errors["data"] if isinstance(errors, dict) else errors
    assert len(rows) == 1 and rows[0][2] == "BinaryInput"
    assert status.startswith("1 brief(s), 1 failed")


def test_in_a_real_browser(app_url):
    with browser_page(app_url, 1000) as page:
        from playwright.sync_api import expect

        page.locator("#article-input textarea").fill(SAMPLE)
        page.locator("#make-brief").click()
        cards = page.locator("#cards .card.platform")
        expect(cards).to_have_count(3, timeout=60_000)
        expect(page.locator("#cards")).to_contain_text("光谷硅光芯片中试平台")
        expect(page.locator("#cards")).to_contain_text("Huazhong University of Science and Technology")
        expect(page.locator("#cards")).to_contain_text("Innovation Center")
        # Click a partner: where it is named is highlighted in the cleaned article.
        partner = page.locator("#cards .card.platform").first.locator("tr.partners .ev[data-spans]").first
        partner_text = partner.inner_text()
        partner.click()
        mark = page.locator("#article mark.hl").first
        expect(mark).to_be_visible()
        assert partner_text in mark.inner_text()
        expect(partner).to_have_class("ev zh selected")
        page.screenshot(path=str(OUT / "app-brief.png"), full_page=True)
        # Empty input: a message, no trace.
        page.locator("#article-input textarea").fill("")
        page.locator("#make-brief").click()
        expect(page.locator("#cards .error-msg")).to_contain_text("paste an article", timeout=30_000)
        page.screenshot(path=str(OUT / "app-empty.png"))


def _post(app_url: str, length: int, chunks: list[bytes], chunked: bool = False):
    """POST to the queue with a declared length (or chunked) and only `chunks` sent: the answer, and the
    server's status."""
    import http.client
    from urllib.parse import urlparse

    u = urlparse(app_url)
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    c.putrequest("POST", "/gradio_api/queue/join")
    c.putheader("Content-Type", "application/json")
    c.putheader("Transfer-Encoding" if chunked else "Content-Length", "chunked" if chunked else str(length))
    c.endheaders()
    try:
        for part in chunks:
            c.send(b"%x\r\n%s\r\n" % (len(part), part) if chunked else part)
    except OSError:  # the server answered and closed before we finished: what we want
        pass
    r = c.getresponse()
    return r.status, dict((k.lower(), v) for k, v in r.getheaders()), r.read()


def test_a_huge_body_is_refused_before_it_is_read(app_url, client):
    # 50 MB declared, 64 KB sent: the answer comes without the rest, so the body was never read or parsed.
    status, headers, body = _post(app_url, 50_000_000, [b'{"data": ["' + b"x" * 65_536])
    assert status == 413 and b"at most 2,000,000 bytes" in body
    # The same without a declared length: refused as soon as it passes the limit.
    status, _, body = _post(app_url, 0, [b"x" * 1_000_000] * 6, chunked=True)
    assert status == 413
    assert client.predict("江州智能计算中心今日正式启用，总投资12亿元。", None, "embedded", api_name="/brief")[4].startswith("1 platform")


def test_security_headers(app_url):
    with urllib.request.urlopen(app_url, timeout=10) as r:
        headers = {k.lower(): v for k, v in r.getheaders()}
    assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "SAMEORIGIN"
    assert "frame-ancestors" in headers["content-security-policy"]


def test_launch_never_shares_and_guards_requests(monkeypatch):
    """Gradio's public tunnel stays off whatever GRADIO_SHARE says; the request guard is installed."""
    monkeypatch.syspath_prepend(str(ROOT))
    import app
    import gradio as gr

    seen = {}
    monkeypatch.setenv("GRADIO_SHARE", "True")
    monkeypatch.setattr(gr.Blocks, "launch", lambda self, **kw: seen.update(kw))
    monkeypatch.setattr(app, "workers", lambda: None)
    app.launch("127.0.0.1", 0)
    assert seen["share"] is False
    assert [m.cls for m in seen["app_kwargs"]["middleware"]] == [app.RequestGuard]


def test_an_article_over_the_time_budget_frees_its_worker():
    """One article that runs past the budget gets a sentence, its worker is replaced, and the next article
    is briefed as usual: the budget holds whatever the work is (here a sleep standing in for a slow step)."""
    from summarizer.archives.runs import TimedWorkers
    from summarizer.errors import TimeBudgetExceeded

    pool = TimedWorkers(workers=1, budget_s=5)
    try:
        with pytest.raises(TimeBudgetExceeded, match="more than the 5 s"):
            pool.call(time.sleep, 600)
        brief = json.loads(pool.brief("江州智能计算中心今日正式启用，总投资12亿元。".encode("utf-8")))
        assert brief["platforms"][0]["name"]["zh"] == "江州智能计算中心"
    finally:
        pool.close()
