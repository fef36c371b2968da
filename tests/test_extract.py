"""Fields per platform on hand-written fixture briefs: names, partners, scale, goal, evidence."""
import re

import pytest
from conftest import FIXTURES, fixture_cases, matches

CASES = fixture_cases()


def _brief(engine, src):
    return engine.brief(src)


@pytest.mark.parametrize("src,exp", CASES, ids=[c[0].stem for c in CASES])
def test_every_platform_found_and_nothing_else(engine, src, exp):
    b = _brief(engine, src)
    got = [p.name.zh for p in b.platforms]
    for p in exp["platforms"]:
        assert any(matches(p["name"], g) for g in got), f"missing {p['name']} in {got}"
    extra = [g for g in got if not any(matches(p["name"], g) for p in exp["platforms"])]
    assert not extra, f"not platforms: {extra}"


def _pairs(engine):
    for src, exp in CASES:
        b = _brief(engine, src)
        for ep in exp["platforms"]:
            gp = next((p for p in b.platforms if matches(ep["name"], p.name.zh)), None)
            if gp is not None:
                yield src, ep, gp


def test_partner_recall_and_precision(engine):
    hit = want = got = 0
    for _, ep, gp in _pairs(engine):
        names = [x.zh for x in gp.partners]
        hit += sum(1 for x in ep["partners"] if any(x in y or y in x for y in names))
        want += len(ep["partners"])
        got += len(names)
    assert hit / want >= 0.9 and hit / got >= 0.85, (hit, want, got)


def test_scale_recall(engine):
    hit = want = 0
    for _, ep, gp in _pairs(engine):
        items = [(s.value, s.unit) for s in gp.scale]
        for x in ep["scale"]:
            want += 1
            hit += any(abs(v - x["value"]) < 1e-9 and (x["unit"] in u or u in x["unit"]) for v, u in items)
    assert hit / want >= 0.9, (hit, want)


def test_no_reporters_editors_or_press_as_partners(engine):
    bad = re.compile(r"(记者|编辑|通讯员|日报|晚报|新闻网|新华社)")
    for src, _ in CASES:
        for p in _brief(engine, src).platforms:
            assert not [x.zh for x in p.partners if bad.search(x.zh)]


def test_chinese_numerals_are_parsed(engine):
    b = _brief(engine, FIXTURES / "chinese_numerals.txt")
    scale = {(s.value, s.unit, s.qualifier) for p in b.platforms for s in p.scale}
    assert (6, "个研究团队", "") in scale
    assert (20, "名博士", "余") in scale
    assert (10, "家企业", "余") in scale
    assert (3, "大中心", "") in scale


def test_four_platform_article(engine):
    b = _brief(engine, FIXTURES / "four_platforms.txt")
    assert len(b.platforms) == 4
    names = [p.name.zh for p in b.platforms]
    assert names == sorted(names, key=b.text.index)  # in article order
    for p in b.platforms:
        assert p.partners and p.scale, p.name.zh


def test_one_platform_article(engine):
    b = _brief(engine, FIXTURES / "one_platform.txt")
    assert [p.name.zh for p in b.platforms] == ["宜昌城市智算中心"]
    scale = {(s.value, s.unit) for s in b.platforms[0].scale}
    assert {(12, "亿元"), (300, "P"), (1.8, "万平方米")} <= scale


def test_no_platform_article(engine):
    b = _brief(engine, FIXTURES / "no_platform.txt")
    assert b.platforms == []
    assert b.summary.zh and b.meta.warnings


def test_aliases_merge_to_one_partner(engine):
    b = _brief(engine, FIXTURES / "alliance.txt")
    partners = [x.zh for x in b.platforms[0].partners]
    assert sum(1 for x in partners if x.startswith("华为")) == 1
    assert sum(1 for x in partners if x.startswith("西安交")) == 1


@pytest.mark.parametrize("src,exp", CASES, ids=[c[0].stem for c in CASES])
def test_evidence_slices_cleaned_text_to_the_value(engine, src, exp):
    b = _brief(engine, src)
    for p in b.platforms:
        assert p.name.evidence and all(b.span_text(s) in (p.name.zh,) or b.span_text(s) in p.name.zh or p.name.zh.endswith(b.span_text(s)[-2:])
                                       for s in p.name.evidence)
        assert b.span_text(p.name.evidence[0]) == p.name.zh
        for x in p.partners:
            assert x.evidence and b.span_text(x.evidence[0]) == x.zh
        for s in p.scale:
            src_text = "".join(b.span_text(e) for e in s.evidence)
            assert s.unit[:1] in src_text
        if p.goal.zh:
            assert all(b.span_text(e) in p.goal.zh for e in p.goal.evidence)
    for s in b.summary.evidence:
        assert b.span_text(s)


def test_goal_is_condensed(engine):
    for src, _ in CASES:
        for p in _brief(engine, src).platforms:
            assert len(p.goal.zh) <= 100, p.goal.zh


CLOSING = """东湖三大平台同日揭牌
本报讯（记者 王敏）3月28日，东湖高新区为甲乙光电创新中心、丙丁激光研究院和戊己遥感数据平台揭牌。
甲乙光电创新中心：打造光电子中试高地
甲乙光电创新中心由华中科技大学牵头建设，总投资6亿元，已服务17家企业。
丙丁激光研究院：攻关超快激光
丙丁激光研究院由武汉大学与华为共同组建，集聚研发人员150余名。
戊己遥感数据平台：让遥感数据用起来
戊己遥感数据平台依托武汉大学建设，数据存储能力达到20PB。
据了解，东湖高新区将为三大平台提供场地、资金和人才政策支持，首期安排资金3亿元。
“平台建起来只是第一步。”东湖高新区管委会负责人表示，将由东湖高新区建立绩效评价机制。
"""


def test_closing_remarks_about_all_platforms_belong_to_none(engine):
    b = engine.brief(CLOSING)
    assert [p.name.zh for p in b.platforms] == ["甲乙光电创新中心", "丙丁激光研究院", "戊己遥感数据平台"]
    last = b.platforms[-1]
    assert [x.zh for x in last.partners] == ["武汉大学"]
    assert {(s.value, s.unit) for s in last.scale} == {(20, "PB")}
    assert [x.zh for x in b.platforms[1].partners] == ["武汉大学", "华为"]


def test_a_university_is_not_taken_for_the_abbreviation_of_another(engine):
    text = ("长沙智能制造研究院揭牌\n长沙智能制造研究院由湖南大学、湖南工商大学和长沙市政府共建，总投资3亿元。"
            "该研究院将聚焦工业软件和智能装备开展技术攻关。")
    p = engine.brief(text).platforms[0]
    names = [x.zh for x in p.partners]
    assert "湖南大学" in names and "湖南工商大学" in names, names


def test_a_platform_introduced_with_an_indefinite_article_is_a_description(engine):
    text = ("美国杜克大学的工程师开发了一个新型人工智能（AI）平台，可分析扫描数据中的潜在病变。"
            "与之前的系统不同，该平台能够解释其结论。")
    assert engine.brief(text).platforms == []


def test_a_platform_named_once_where_it_opens_is_found(engine):
    b = engine.brief("由江州大学与江州研究院共建的江州智能计算中心今日正式启用，总投资12亿元。")
    assert [p.name.zh for p in b.platforms] == ["江州智能计算中心"]
    assert {"江州大学", "江州研究院"} <= {x.zh for x in b.platforms[0].partners}


def test_a_quoted_name_is_taken_whole(engine):
    b = engine.brief("成功大学与工业技术研究院共同成立的「南部先进封装研究中心」今日在台南正式启用。"
                     "中心总经费12亿元，研究人员42名。")
    assert [p.name.zh for p in b.platforms] == ["南部先进封装研究中心"]


def test_organisations_in_a_sentence_about_other_players_are_not_partners(engine):
    b = engine.brief("江州量子研究院由江州大学与本源量子共建，总投资5亿元。"
                     "例如，深圳量子研究院则由南方科技大学牵头建设，已取得多项突破。")
    names = {x.zh for x in b.platforms[0].partners}
    assert "江州大学" in names and "南方科技大学" not in names, names


def test_units_from_taiwan_and_hong_kong_and_latin_units_after_a_space(engine):
    b = engine.brief("台中智慧机械中心由精密机械研究发展中心建设，总经费新台币18亿元，建置AI算力达40 PFLOPS，"
                     "测场地面积3,200平方公尺，开设课程40门，配备无人机180架，已有27家厂商进驻。")
    got = {(s.value, s.unit) for s in b.platforms[0].scale}
    assert {(18, "亿元"), (40, "PFLOPS"), (3200, "平方公尺"), (40, "门"), (180, "架"), (27, "家厂商")} <= got, got


def test_partners_joined_by_lac_are_split_and_seats_in_brackets_kept(engine):
    b = engine.brief("成功大学与工业技术研究院共同成立的「南部先进封装研究中心」今日启用。"
                     "中心由东软睿驰汽车技术（上海）有限公司参与运营，并联合隆基绿能科技股份有限公司开展研发。")
    names = [x.zh for x in b.platforms[0].partners]
    assert "东软睿驰汽车技术（上海）有限公司" in names and "隆基绿能科技股份有限公司" in names, names
    assert not any(n.startswith(("联合", "上海")) or "与" in n for n in names), names


def test_rates_regions_and_indefinite_articles_are_not_scale(engine):
    b = engine.brief("江州智能计算中心今日正式启用，总投资12亿元，已接入全市4.3万亩农田的数据。"
                     "全省集成电路产业规模已超过1000亿元。中心识别准确率达到92%，园区内有一栋银灰色建筑，"
                     "中心为零部件企业提供检测服务，已服务企业30家。")
    got = {(s.value, s.unit) for s in b.platforms[0].scale}
    assert (12, "亿元") in got and (4.3, "万亩农田") in got and (30, "家") in got, got
    assert not {v for v, u in got} & {1000, 92, 1, 0}, got


def test_parts_distances_idioms_and_others_places_are_not_scale(engine):
    # Floors above/below ground after the total (in brackets, or in the next sentence after 其中), the rest of the
    # buildings, a distance, an idiom, 唯一一个: none is a size of the platform.
    b = engine.brief("清溪智造创新中心位于清溪新城，建筑面积约8万平方米(地上约5.6万平方米，地下2.4万平方米)，由6座建筑组成。"
                     "除主楼外，其余五栋楼用于中试和检测。中心总投资9亿元，距离清溪高铁站12公里，"
                     "具备公路、铁路、水运四位一体的物流优势，是全省唯一一个省级智造中心。"
                     "中心另有总建筑面积3万平方米的人才公寓。其中，地上建筑面积2万平方米。")
    got = {(s.value, s.unit) for s in b.platforms[0].scale}
    assert {(8, "万平方米"), (9, "亿元")} <= got, got
    assert not {v for v, u in got} & {5.6, 2.4, 2, 5, 12, 4, 11}, got


def test_a_figure_of_another_named_park_and_a_tally_of_other_platforms_are_not_its_scale(engine):
    b = engine.brief("南湾云计算中心7月投产\n今年一季度，南湾云计算中心一期工程完成主体封顶。南湾云计算中心分两期建设，"
                     "一期工程用地30亩，投资8亿元。依托云计算中心，南湾高新区规划建设了占地面积800亩以上的南湾数字产业园。"
                     "活动中，还启动了南湾智能网联实验室、南湾储能检测平台、南湾工业互联网平台三个重大创新平台。")
    p = next(p for p in b.platforms if p.name.zh.startswith("南湾云计算中心"))
    got = {(s.value, s.unit) for s in p.scale}
    assert (30, "亩") in got and (8, "亿元") in got, got
    assert not {v for v, u in got} & {800, 3}, got


def test_a_tally_of_its_kind_before_a_bare_count_and_a_party_congress_are_not_scale(engine):
    # "国家重点实验室增至7家": how many labs the city has, not the lab's size; "十九大报告": a congress, no count
    b = engine.brief("江州新增一家国家重点实验室\n近日，科技部批准江州动物疫苗国家重点实验室建设，这是对十九大报告提出的"
                     "创新驱动战略的落实。至此，江州的国家重点实验室增至7家。该实验室总投资2亿元，建筑面积1万平方米。")
    got = {(s.value, s.unit) for s in b.platforms[0].scale}
    assert (2, "亿元") in got and (1, "万平方米") in got, got
    assert not {v for v, u in got} & {7, 19}, got


def test_projects_counted_by_their_progress_and_a_districts_holdings_are_not_scale(engine):
    b = engine.brief("江州科学城建设提速\n江州科学城规划面积100平方公里，辖区内有高校17所。城内29个重大科技项目中，"
                     "土建工程完工6个，正在施工建设19个，前期手续办理4个。")
    got = {(s.value, s.unit[:1]) for s in b.platforms[0].scale}
    assert (100, "平") in got, got
    assert not {v for v, u in got} & {17, 6, 19, 4}, got


def test_an_events_audience_and_invited_guests_are_not_scale(engine):
    b = engine.brief("江州实验室举办真空技术论坛\n11月26日，江州真空科技论坛在江州实验室举行。来自省内外的150余家单位、"
                     "350余名专家学者参加本次大会。论坛特邀十多位国内外著名专家做大会报告。江州实验室总投资11亿元。")
    p = next(p for p in b.platforms if p.name.zh == "江州实验室")
    got = {(s.value, s.unit[:1]) for s in p.scale}
    assert (11, "亿") in got, got
    assert not {v for v, u in got} & {150, 350, 10}, got


def test_a_counted_noun_stops_before_the_clause_verb(engine):
    # "两个阶段|建设": phases are ideas (abstract), the verb is not part of the noun; "3个国家重点实验室" is cut to its head.
    b = engine.brief("江州新材料研究院由江州市政府建设，共分两个阶段建设，包括3个国家重点实验室和4个省级工程中心。")
    got = {(s.value, s.unit[:1]) for s in b.platforms[0].scale}
    assert (3, "个") in got and (4, "个") in got and (2, "个") not in got, got


def test_a_declared_short_name_with_a_numeral_counts_nothing(engine):
    b = engine.brief("江州新材料研究院揭牌。江州新材料研究院由江州电子第七研究所(以下简称“七所”)与东陵高新区共建，"
                     "将发挥七所检测试验能力优势，总投资3亿元。七所副所长出席仪式。")
    got = {(s.value, s.unit) for s in b.platforms[0].scale}
    assert (3, "亿元") in got and not any(v == 7 for v, u in got), got


def test_a_noun_cut_short_is_an_idea_unless_a_platform_kind_heads_it(engine):
    b = engine.brief("5月4日，江州高新区举行重大项目签约仪式，江州新材料研究院项目签约落地，计划总投资5亿元。"
                     "江州高新区高端装备制造、新一代信息技术、现代服务业三大产业创新集群招商中心也于当日揭牌。")
    got = {(s.value, s.unit[:1]) for s in b.platforms[0].scale}
    assert not any(v == 3 for v, u in got), got  # "三大…集群|招商中心": clusters (ideas), cut before 招商


def test_a_list_of_centres_counted_as_its_teams_is_its_size(engine):
    b = engine.brief("江州计算研究院揭牌\n江州计算研究院由江州市政府建设，总投资2亿元。目前，先进计算研究中心、数字经济研究中心、"
                     "工业智能研究中心三个人才团队已到位。")
    got = {(s.value, s.unit) for s in b.platforms[0].scale}
    assert (3, "个人才团队") in got, got


def test_areas_in_square_metre_signs_and_a_space_before_the_unit_are_read(engine):
    # 12000㎡, "3,000 m2", "2000 平方米": the same unit written three ways, each a size, each in square metres
    b = engine.brief("江州数据中心揭牌\n5月1日，江州数据中心正式揭牌。江州数据中心由江州大学建设，总投资5亿元，"
                     "建筑面积12000㎡，机房面积3,000 m2，另有办公区2000 平方米。")
    got = {(s.value, s.unit): s.en for s in b.platforms[0].scale}
    assert {(12000, "㎡"), (3000, "m2"), (2000, "平方米")} <= set(got), got
    assert all("square metres" in got[k] for k in [(12000, "㎡"), (3000, "m2"), (2000, "平方米")]), got


def test_a_unit_written_two_ways_is_the_same_figure():
    from eval import metrics
    assert metrics.figures_match(12000, "m2", 1.2, "万平方米") and metrics.figures_match(5, "千米", 5, "公里")
    assert metrics.figure_of_phrase("建筑面积12,000 m²")[:2] == (12000, "m2")


def test_a_park_called_by_its_name_with_yuanqu_is_the_same_park(engine):
    # news names a park both ways, 示范园 and 示范园区; one park, and its figure's phrase leaves the name out
    b = engine.brief("江州中法产业示范园开园\n6月2日，江州中法产业示范园正式开园。据悉，江州中法产业示范园区总建筑面积达5.2万平方米，"
                     "将优先引入法国企业。")
    assert [p.name.zh for p in b.platforms] == ["江州中法产业示范园"]
    assert [s.zh for s in b.platforms[0].scale] == ["总建筑面积达5.2万平方米"]


def test_a_name_whose_fields_are_joined_by_ji_or_yu_is_one_platform(engine):
    # 与 and 及 join the same name's fields as the writer pleases: one platform, not two
    b = engine.brief("本报讯 国家发展改革委对41个国家地方联合工程研究中心进行了授牌。江州理工大学晶体生长设备与系统集成国家地方联合"
                     "工程研究中心获得授牌。\n我校组织申报了晶体生长设备与系统集成国家地方联合工程研究中心。\n近年来，我校晶体生长设备"
                     "研发取得长足进步，晶体生长设备及系统集成国家地方联合工程研究中心进入国家创新能力建设体系。")
    assert [p.name.zh for p in b.platforms] == ["晶体生长设备与系统集成国家地方联合工程研究中心"]
