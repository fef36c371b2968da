"""The web app's Registry tab in headless Chromium (Debian's package, driven by Playwright): a registry built
for real (`summarizer batch` then `summarizer registry build`) from articles written for this test, loaded by
path, searched, filtered by province, a platform opened with its evidence highlighted in each source article.
Screenshots go to test-output/ for a person to look at."""
import json
import subprocess
import sys

import pytest
from conftest import ROOT, browser_page, running_app

pytest.importorskip("gradio", reason="the app extra is not installed")

OUT = ROOT / "test-output"
CLI = [sys.executable, "-m", "summarizer.cli"]

# Original articles in the style of regional news (made-up platforms in real cities).
ARTICLES = [
    {"id": "r1", "published": "2023-04-12", "title": "青岚湖实验室在南昌揭牌",
     "text": "4月12日，青岚湖实验室在南昌市揭牌成立。该实验室由南昌大学与江西省科学院共同建设，总投资15亿元，"
             "将打造国内一流的新材料研发平台。南昌市副市长出席揭牌仪式。"},
    {"id": "r2", "published": "2024-06-03", "title": "青岚湖实验室二期开工",
     "text": "6月3日，青岚湖实验室二期工程在南昌市开工建设，总投资15亿元，建筑面积12万平方米。"
             "南昌大学、江西省科学院继续参与建设，目标是建成国内一流的新材料研发平台。"},
    {"id": "r3", "published": "2024-09-20", "title": "瑶湖智算中心上线",
     "text": "9月20日，瑶湖智算中心在南昌市正式上线运营，算力规模达到300P，由江西省科学院与中国电信江西分公司共同建设，"
             "将为全省企业提供普惠算力服务。"},
    {"id": "r4", "published": "2024-10-08", "title": "西湖智算中心投入使用",
     "text": "10月8日，西湖智算中心在杭州市投入使用，算力规模达到500P，由浙江大学与杭州市数据资源管理局共同建设，"
             "目标是打造长三角算力枢纽。"},
]


@pytest.fixture(scope="module")
def registry_db(tmp_path_factory):
    base = tmp_path_factory.mktemp("registry-app")
    arch = base / "news.jsonl"
    arch.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    run = base / "run"
    subprocess.run(CLI + ["batch", str(arch), "--out", str(run), "--no-progress"], check=True, timeout=300,
                   capture_output=True)
    p = subprocess.run(CLI + ["registry", "build", str(run), "--no-progress"], capture_output=True, text=True,
                       timeout=300)
    assert p.returncode == 0, p.stderr
    return run / "registry.sqlite"


@pytest.fixture(scope="module")
def app_url(registry_db):
    with running_app({"SUMMARIZER_REGISTRY_ROOTS": str(registry_db.parent)}) as url:
        yield url


def test_registry_helpers_refuse_paths_outside_the_allowed_folders(registry_db, monkeypatch):
    import app

    monkeypatch.setenv("SUMMARIZER_REGISTRY_ROOTS", "")
    assert "outside the folders" in app.registry_load("/etc/passwd", None)[-1]
    monkeypatch.setenv("SUMMARIZER_REGISTRY_ROOTS", str(registry_db.parent))
    db, *_, status = app.registry_load(str(registry_db.parent), None)  # a run directory finds its database
    assert db == str(registry_db) and "platform(s)" in status
    table, _, status = app.registry_rows(db, search="湖")
    ours = [r for r in table if r[1].startswith("青岚湖实验室")]  # the opening and phase two: one platform
    assert len(ours) == 1 and ours[0][5] == "江西" and ours[0][6] == 2
    assert {r[1] for r in table} >= {"瑶湖智算中心", "西湖智算中心"}
    assert app.registry_rows(None)[-1].startswith("**Error:**")
    assert "the year must be a number" in app.registry_rows(db, year="abc")[-1]
    bad = registry_db.parent / "not-a-registry.sqlite"
    bad.write_text("hello", encoding="utf-8")
    assert "not a registry" in app.registry_load(str(bad), None)[-1]
    assert "not a registry" in app.registry_load("", str(bad))[-1]  # an upload
    assert "no platform 9999" in app.registry_open_platform(db, 9999)
    # The Batch tab's briefs.jsonl becomes a registry in the app's own folder, loaded at once.
    db2, *_, status = app.registry_from_batch(str(registry_db.parent / "briefs.jsonl"))
    assert db2 != str(registry_db) and "Built from the batch run" in status and "3 platform(s)" in status
    assert "青岚湖实验室" in app.registry_open_platform(db2, app.registry_rows(db2, search="青岚湖")[0][0][0])
    assert "Run a batch first" in app.registry_from_batch(None)[-1]
    # A user's merge shows on the platform it made.
    import summarizer.registry as registry

    with registry.open(db2, write=True) as reg:
        reg.merge([reg.find("瑶湖智算中心")[0], reg.find("西湖智算中心")[0]], note="checked by hand")
        pid = reg.find("瑶湖智算中心")[0]
    page = app.registry_open_platform(db2, pid)
    assert "Your decisions" in page and "checked by hand" in page and page.count('class="reg-source"') == 2


def test_registry_tab_in_a_real_browser(app_url, registry_db):
    with browser_page(app_url, 1100) as page:
        from playwright.sync_api import expect

        page.get_by_role("tab", name="Registry").click()
        # A path outside the allowed folders: one sentence, nothing loaded.
        page.locator("#registry-path textarea, #registry-path input").first.fill("/etc")
        page.locator("#registry-load").click()
        expect(page.locator("#registry-status")).to_contain_text("outside the folders", timeout=30_000)
        page.locator("#registry-path textarea, #registry-path input").first.fill(str(registry_db))
        page.locator("#registry-load").click()
        expect(page.locator("#registry-status")).to_contain_text("platform(s)", timeout=30_000)
        table = page.locator("#registry-table")
        expect(table).to_contain_text("青岚湖实验室")
        expect(table).to_contain_text("西湖智算中心")
        # The two articles about 青岚湖实验室 (opening and phase two) are one row.
        rows = table.locator("tbody tr")
        expect(rows.filter(has_text="青岚湖实验室")).to_have_count(1)
        # Filter by province: only the Jiangxi platforms stay.
        page.locator("#registry-province input").click()
        page.get_by_role("option", name="江西").click()
        expect(table).not_to_contain_text("西湖智算中心", timeout=30_000)
        expect(table).to_contain_text("瑶湖智算中心")
        # Search, then open the platform: its facts and the evidence in each of its two articles.
        page.locator("#registry-search textarea, #registry-search input").first.fill("青岚湖")
        page.locator("#registry-filter").click()
        expect(rows).to_have_count(1, timeout=30_000)
        page.locator("#registry-open").click()
        detail = page.locator("#registry-detail")
        expect(detail.locator(".reg-source")).to_have_count(2, timeout=30_000)
        expect(detail.locator(".reg-platform h3")).to_contain_text("青岚湖实验室")
        expect(detail).to_contain_text("南昌大学")
        marks = detail.locator(".reg-source").nth(1).locator("mark.hl-name")
        expect(marks.first).to_be_visible()
        assert "青岚湖实验室" in marks.first.inner_text()
        expect(detail.locator(".reg-why").nth(1)).to_contain_text("青岚湖实验室")  # why it was merged
        page.screenshot(path=str(OUT / "app-registry.png"), full_page=True)
