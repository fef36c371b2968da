"""The canonical article (../shared/seeds). Skipped where ../shared is absent; never copied into the repo."""
import pytest
from conftest import SEED

pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seeds is not beside this checkout")


@pytest.fixture(scope="module")
def seed_brief(engine):
    return engine.brief(SEED)


def _platform(b, key):
    return next(p for p in b.platforms if key in p.name.zh)


def test_three_platforms_in_order(seed_brief):
    names = [p.name.zh for p in seed_brief.platforms]
    assert len(names) == 3
    assert "人工智能创新中心" in names[0] and "北京大学" in names[1] and "湘江实验室" in names[2]


def test_english_names(seed_brief):
    ens = {p.name.en for p in seed_brief.platforms}
    assert "Xiangjiang Laboratory" in ens
    assert "Changsha Artificial Intelligence Innovation Center" in ens
    lab = _platform(seed_brief, "湘江实验室")
    en = {x.zh: x.en for x in lab.partners}
    assert en.get("国防科技大学") == "National University of Defense Technology"
    assert en.get("华为") == "Huawei"


def test_partners(seed_brief):
    pku = {x.zh for x in _platform(seed_brief, "北京大学").partners}
    assert {"北京大学", "湖南湘江新区"} <= pku and any("长沙市" in x for x in pku)
    lab = {x.zh for x in _platform(seed_brief, "湘江实验室").partners}
    assert {"国防科技大学", "中南大学", "湖南大学", "湖南工商大学", "湘潭大学", "华为", "百度", "三一重工", "拓维信息"} <= lab
    assert not any(x in lab for x in ("周秋燕", "何希", "长沙晚报"))


def test_scale(seed_brief):
    center = {(s.value, s.unit) for s in _platform(seed_brief, "创新中心").scale}
    assert (1024, "P") in center and (1024, "个节点") in center
    lab = {(s.value, s.unit) for s in _platform(seed_brief, "湘江实验室").scale}
    assert (24, "家企业") in lab and (7, "所高校") in lab
    pku = {(s.value, s.unit, s.qualifier) for s in _platform(seed_brief, "北京大学").scale}
    assert (20, "名员工", "余") in pku and (6, "个人才团队", "") in pku


def test_no_boilerplate_anywhere(seed_brief):
    dump = seed_brief.model_dump_json()
    for bp in ("周秋燕", "何希", "我要举报", "登录后发表评论", "回顶部", "热点新闻", "相链区块链", "关键词"):
        assert bp not in dump.replace(seed_brief.meta.model_dump_json(), "")


def test_evidence_contains_values(seed_brief):
    b = seed_brief
    for p in b.platforms:
        assert b.span_text(p.name.evidence[0]) == p.name.zh
        for x in p.partners:
            assert b.span_text(x.evidence[0]) == x.zh
        for s in p.scale:
            assert any(s.unit[:1] in b.span_text(e) for e in s.evidence)
