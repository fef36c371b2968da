"""Kinds of phrasing that cost platforms, partners or figures on real regional news from the east and south the
engine was not tuned on (a read set of pages checked by hand, session 31), each on a short passage written for
these tests."""

from test_unseen_kinds import _names, _partners, _platform, _scale  # noqa: F401 (the same helpers)


# ---- names ------------------------------------------------------------------------------------------
def test_two_fields_joined_inside_a_name_after_a_particle_a_province_or_a_long_field(engine):
    # "…建设的眼表与角膜病重点实验室": the field before 与 opens the name although 的 stands right before it;
    # "…科学与技术福建省创新实验室": a province between the fields and the kind;
    # "储能技术与创新科技研发制造中心": four words after the conjunction.
    b = engine.brief("近日，江州市2家实验室通过省级验收。分别是依托江州大学建设的土壤与肥料科学重点实验室、"
                     "依托江州食品股份有限公司建设的米面制品加工重点实验室。")
    assert "土壤与肥料科学重点实验室" in _names(b)
    b = engine.brief("12月20日，海洋药物科学与技术福建省创新实验室项目开工。项目位于江州大学南侧，总建筑面积6万平方米，"
                     "建成后将打造国家实验室预备队。")
    assert _names(b) == ["海洋药物科学与技术福建省创新实验室"]
    b = engine.brief("江州新能源有限公司拟投资20亿元，在江州高新区建设氢能技术与创新科技研发制造中心。"
                     "氢能技术与创新科技研发制造中心建成后将服务长三角新能源企业。")
    assert _names(b) == ["氢能技术与创新科技研发制造中心"]


# ---- scale ------------------------------------------------------------------------------------------
def test_a_count_of_the_platforms_own_kind_is_its_batch_not_its_size(engine):
    # "15家工程研究中心获评…", "通过验收的6家实验室", and the bare counts after such a tally ("其中264家…，21家…").
    b = engine.brief("近日，江州省发展改革委公布2024年省工程研究中心名单，12家工程研究中心获评为江州省工程研究中心。"
                     "其中“盐碱地改良技术江州省工程研究中心”由江州农业大学牵头建设，将开展盐碱地改良新技术研究。")
    assert _names(b) == ["盐碱地改良技术江州省工程研究中心"]
    assert _scale(b.platforms[0]) == []
    b = engine.brief("此次年度评价共有120家工程研究中心参评，其中110家评价结果为合格以上，10家被撤销资格。"
                     "江州大学“智能传感技术江州省工程研究中心”评价结果为良好。")
    assert all(_scale(p) == [] for p in b.platforms), [(p.name.zh, _scale(p)) for p in b.platforms]


def test_a_platforms_own_units_of_its_kind_are_still_its_size(engine):
    b = engine.brief("江州实验室日前揭牌。江州实验室由江州市人民政府牵头建设，下设4个专业实验室，总投资20亿元。")
    p = _platform(b, "江州实验室")
    assert {s.value for s in p.scale} >= {4, 20}


# ---- partners ---------------------------------------------------------------------------------------
def test_builders_listed_item_by_item_between_semicolons_build_their_own_items_platform(engine):
    # "A投资2亿元，在甲地建设的“P”；B投资3亿元，在乙地建设的“Q”": no platform in the builder's own clause, so the
    # item between semicolons says which platform it builds.
    b = engine.brief("江州电力集团公司投资2亿元，在江州高新区建设的“国家能源储能电站"
                     "技术研发中心”；江州石化集团公司投资3亿元，在江州港区建设的“氢能输运装备研发中心”；江州煤业集团公司和江州大学"
                     "投资1亿元，在江州新区建设的“煤炭清洁转化技术研发中心”。")
    owners = {p.name.zh: sorted(_partners(p)) for p in b.platforms}
    assert owners == {"国家能源储能电站技术研发中心": ["江州电力集团公司"],
                      "氢能输运装备研发中心": ["江州石化集团公司"],
                      "煤炭清洁转化技术研发中心": ["江州大学", "江州煤业集团公司"]}, owners


def test_a_joint_field_word_read_as_an_adverb_stays_in_the_name(engine):
    # LAC reads "联合创新/vd" in "跨国企业联合创新中心" as an adverb: the name still opens at 跨国; the park that
    # holds the ceremony is no platform of its own.
    b = engine.brief("“江州工业园区发布”消息，6月2日，江州工业园区举行重点项目集中签约及跨国企业联合创新中心启用入驻活动。"
                     "新启用的跨国企业联合创新中心，将推动跨国企业与本地企业、高校进行资源对接，江州生物研发中心、"
                     "江州材料测试中心等机构率先入驻。")
    assert _names(b) == ["跨国企业联合创新中心"]


def test_a_sentence_that_opens_with_another_project_by_name_holds_that_projects_figures(engine):
    b = engine.brief("江州区重点项目观摩活动举行。江州亮相的2个项目分别为：江州生物医药产业园项目、江州新材料芯片项目。"
                     "其中，江州生物医药产业园项目位于江州东部新城，总投资5亿元，建设标准厂房12栋。"
                     "江州新材料芯片项目总投资3亿元，占地30亩，建筑面积4.3万平方米。")
    p = _platform(b, "江州生物医药产业园")
    assert {s.value for s in p.scale} == {5, 12}, _scale(p)
