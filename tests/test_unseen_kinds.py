"""Kinds of phrasing that cost platforms, partners or figures on real regional news the engine was not tuned on
(a read set of pages checked by hand, session 28), each on a short passage written for these tests."""


def _names(b):
    return [p.name.zh for p in b.platforms]


def _platform(b, key):
    return next(p for p in b.platforms if key in p.name.zh)


def _scale(p):
    return [s.zh for s in p.scale]


def _partners(p):
    return [x.zh for x in p.partners]


# ---- scale -----------------------------------------------------------------------------------------
def test_what_tenants_spend_earn_or_patent_is_not_the_platforms_size(engine):
    b = engine.brief("青州中关村创新中心是青州市政府和中关村发展集团共同推动成立的协同创新基地。创新中心目前已吸引60家企业和"
                     "机构入驻，签约面积2.1万平方米。入驻企业累积研发投入超过3000万元，年营业额达5.2亿元，专利数量120个。")
    got = {(s.value, s.unit) for s in _platform(b, "创新中心").scale}
    assert (2.1, "万平方米") in got
    assert not any(v in (3000, 5.2, 120) for v, _ in got), got


def test_firms_that_sign_with_the_district_are_not_the_platforms(engine):
    b = engine.brief("近日，江淮科创协同中心在江州揭牌。“江淮科创协同中心”规划面积2600平方米，主要用于成果展示和日常办公。"
                     "在当天举行的签约仪式上，江州数世科技有限公司等12家企业分别与青山区签约，涵盖信息技术、新能源等领域。")
    p = _platform(b, "协同中心")
    assert _scale(p) == ["规划面积2600平方米"]


def test_figures_of_a_counted_group_of_platforms_are_the_groups(engine):
    b = engine.brief("近日“江州钢铁高性能轴承钢工程研究中心”等18家市级工程研究中心获批成立。此次新增的18家市级工程研究中心"
                     "覆盖新材料、高端装备等领域，拥有研发场地近6万平方米，研发人员600余人，上年度研发投入超3亿元。")
    assert _names(b) == ["江州钢铁高性能轴承钢工程研究中心"]
    assert b.platforms[0].scale == []


def test_labs_counted_as_they_receive_plaques_are_no_size(engine):
    b = engine.brief("青州大学两个全国重点实验室获授牌\n青州大学两个全国重点实验室昨日获国家授牌。昨天的仪式上，青州大学副校长、"
                     "智能感知全国重点实验室主任李明，海洋药物活性与质量全国重点实验室主任陈华分别上台领取了牌匾。")
    assert all(p.scale == [] for p in b.platforms), [(p.name.zh, _scale(p)) for p in b.platforms]


def test_equipment_installed_so_far_and_an_audience_are_no_size(engine):
    b = engine.brief("江州智算中心项目总投资12亿元，规划承载1500P算力。目前，已顺利完成8台柴油发电机、两百多个智算机柜的安装工作。")
    assert {s.value for s in b.platforms[0].scale} == {12, 1500}
    b = engine.brief("5月8日，我院与安平县合作共建慧谷材料研究院签约仪式举行。安平县经开区管委会副主任张强一行五人出席签约仪式。")
    assert all(p.scale == [] for p in b.platforms)
