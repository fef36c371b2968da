"""Partners by kinds of phrasing met in real regional news, on short passages written for these tests (invented
places and bodies; no real article is copied here)."""
import pytest


def _partners(b, key):
    p = next(p for p in b.platforms if key in p.name.zh)
    return {x.zh for x in p.partners}


@pytest.mark.parametrize("text, name, partners", [
    # an aside in brackets after a body stands with it ("以A(下称“B”)为牵引")
    ("东陵新材料基地今日开园。东陵新区以江州先进材料研究院(下称“江材院”)为牵引，建设东陵新材料基地。",
     "东陵新材料基地", {"江州先进材料研究院"}),
    ("江州创新研究院由中国石油大学（华东）和江州大学(江大)共建。", "江州创新研究院", {"中国石油大学（华东）", "江州大学"}),
    # 以A作为建设主体
    ("江州锂电实验室揭牌。江州锂电实验室以东陵锂业股份有限公司作为建设主体，联合江州大学共建。", "江州锂电实验室",
     {"东陵锂业股份有限公司", "江州大学"}),
    # a university's campus in brackets is part of its name
    ("江州创新研究院揭牌。江州创新研究院由中国矿业大学(北京)、东陵大学、市政府三方共建。", "江州创新研究院",
     {"中国矿业大学(北京)", "东陵大学"}),
    # 由A、B等共同支撑建设: the bodies that support building it, each by its own name (never "B等共同支撑")
    ("江州电力实验室揭牌。江州电力实验室由清华大学电机系、能动系等共同支撑建设。", "江州电力实验室",
     {"清华大学电机系", "能动系"}),
    # a bare 所 closes an institute's name after its parent's ("…研究院有机材料与应用技术所")
    ("东陵化工中试平台启用。该平台由东陵经济开发区和江州省产业技术研究院有机材料与应用技术所共建。", "东陵化工中试平台",
     {"东陵经济开发区", "江州省产业技术研究院有机材料与应用技术所"}),
    # 该研究中心 (the kind its name ends with, after 该) is this platform; "等政产学研用四方合作共建": the builders
    ("江州大豆研究中心在江州揭牌。该研究中心是由江州农业大学、东陵市政府、江州种业集团等政产学研用四方合作共建的新型"
     "研发机构。", "江州大豆研究中心", {"江州农业大学", "东陵市政府", "江州种业集团"}),
])
def test_partners_by_role_phrasings(engine, text, name, partners):
    assert partners <= _partners(engine.brief(text), name)


def test_tenants_named_after_a_count_of_tenants(engine):
    # in the same sentence ("已有30多家企业签约入驻P，其中包括A、B")
    b = engine.brief("东陵科技园开园。目前已有30多家企业签约入驻东陵科技园，其中包括江州云帆科技有限公司、东陵智造集团。"
                     "园区规划面积2平方公里。")
    assert {"江州云帆科技有限公司", "东陵智造集团"} <= _partners(b, "东陵科技园")
    # in the next sentence, opening with 其中; a professor's or an academician's body is no tenant
    b = engine.brief("东陵科技城开园\n4月2日，规划面积5平方公里的东陵科技城正式开园。自建设以来，60多个项目已入驻东陵科技城。"
                     "其中，江州大学李明教授团队的无人机项目已试产；东陵电气股份有限公司的研发中心即将投用；"
                     "中国科学院院士王刚团队已建立江州精密制造创新中心。")
    got = _partners(b, "东陵科技城")
    assert {"东陵电气股份有限公司", "江州精密制造创新中心"} <= got, got
    assert not got & {"江州大学", "中国科学院"}, got
    # 其中 without a count of tenants before it names no tenant
    b = engine.brief("东陵科技城开园\n4月2日，规划面积5平方公里的东陵科技城正式开园。园区分为三个片区。"
                     "其中，东陵电气股份有限公司的研发中心即将投用。")
    assert "东陵电气股份有限公司" not in _partners(b, "东陵科技城")


def test_the_subject_of_a_clause_chain_builds_with_each_partner_it_names(engine):
    # "A与B联合申报的X和与C联合申报的P": A is elided before the second 与; the notice's publisher is no party
    b = engine.brief("近日，江州省科技厅公布了工程技术研究中心立项名单，东陵理工学院与江州新材科技有限公司联合申报的"
                     "“江州省氮化硅材料工程技术研究中心”和与东陵电器股份有限公司联合申报的“江州省智能厨电工程技术研究中心”获得立项。")
    got = _partners(b, "江州省智能厨电工程技术研究中心")
    assert {"东陵理工学院", "东陵电器股份有限公司"} <= got and "江州省科技厅" not in got, got
    # "A与N家高校签订X，与C签订“共同推动建设P协议”"
    b = engine.brief("江州科技厅与三家区外高校签订“科技合作协议”，与东陵农林大学签订“共同推动建设东陵农林大学江州研究院协议”。")
    assert {"江州科技厅", "东陵农林大学"} <= _partners(b, "东陵农林大学江州研究院")
    # "A宣布与B、C共建的P"
    b = engine.brief("9月3日，东陵云帆科技有限公司宣布与东陵市政府、江州发展集团共建的江州人工智能计算中心正式落地。")
    assert {"东陵云帆科技有限公司", "东陵市政府", "江州发展集团"} <= _partners(b, "江州人工智能计算中心")
    # a province and a city that list it among their key projects do not build it
    b = engine.brief("11月6日，江州省和东陵市双重点建设项目——东陵国际创新中心在东陵正式揭牌，迎来首批企业。"
                     "东陵国际创新中心由江州电子城集团投资建设。")
    assert not _partners(b, "东陵国际创新中心") & {"江州省", "东陵市"}


def test_who_a_builder_joins_with_builds_too(engine):
    # "由A联合相关高校…，组建P"; "由A牵头，联合…企业、B等高校、C等机构共同成立P" (never the province the firms are from)
    b = engine.brief("东陵检测国家工程研究中心获批。由东陵生物股份有限公司联合相关高校、科研院所和上下游企业，组建东陵检测国家工程研究中心。")
    assert "东陵生物股份有限公司" in _partners(b, "东陵检测国家工程研究中心")
    b = engine.brief("7月7日，由东陵锂业集团牵头，联合江州省锂产业上下游25家企业、江州理工大学等7所高校、中国科学院东陵过程研究所"
                     "等2家研究机构共同成立江州省锂产业科技创新联合体。")
    got = _partners(b, "江州省锂产业科技创新联合体")
    assert {"东陵锂业集团", "江州理工大学", "中国科学院东陵过程研究所"} <= got and "江州省" not in got, got


def test_this_school_is_the_university_named_before_it(engine):
    b = engine.brief("江州海洋实验室揭牌\n东陵大学21日透露，江州海洋实验室是由东陵市政府牵头，该校和江州海洋研究所共建的新型研发机构。")
    assert {"东陵市政府", "东陵大学", "江州海洋研究所"} <= _partners(b, "江州海洋实验室")


def test_who_provides_its_space_and_who_refits_it_are_partners_and_a_kind_of_firm_is_no_role(engine):
    b = engine.brief("东陵半导体中心南部基地启用\n东陵半导体中心南部基地位于江州大学校区，由江州大学提供校内空间，"
                     "再由东陵研究院半导体中心修缮、增建。")
    assert {"江州大学", "东陵研究院半导体中心"} <= _partners(b, "东陵半导体中心南部基地")
    b = engine.brief("江州云谷数据中心开工。江州云谷数据中心总投资20亿元，规划机柜5000个。"
                     "江州数联集团是中国第三方数据中心运营商百强企业之一。")
    assert not _partners(b, "江州云谷数据中心")  # "X运营商" says what kind of firm, not who runs it


def test_another_platform_is_a_partner_where_it_leads_this_one_not_where_it_is_founded_beside_it(engine):
    b = engine.brief("东陵产业研究院投用 东陵绿色产业技术创新联盟同日成立\n11月4日，东陵产业研究院投用仪式暨东陵绿色产业技术创新联盟"
                     "成立大会举行。东陵产业研究院由东陵区政府与江州高新技术产业研究院共同组建。于当日挂牌成立的东陵绿色产业技术创新联盟，"
                     "由东陵产业研究院牵头，联合两地高校院所和相关企业共同成立，汇聚专家学者1000余名。")
    assert "东陵产业研究院" in _partners(b, "东陵绿色产业技术创新联盟")
    assert "东陵绿色产业技术创新联盟" not in _partners(b, "东陵产业研究院")


def test_tenants_named_by_the_projects_that_signed(engine):
    b = engine.brief("东陵创业园开园\n东陵创业园规划用地300亩，已建成标准化厂房10栋。目前，已有江州云帆集团无人机组装项目、"
                     "东陵精工股份有限公司轴承项目和江州印业集团包装印刷项目等正式签约，并有部分企业开始入驻装修。")
    assert {"江州云帆集团", "东陵精工股份有限公司", "江州印业集团"} <= _partners(b, "东陵创业园")


@pytest.mark.parametrize("text, name, partners", [
    # a government's bureau is named after it ("X政府经济及科技发展局"); "P是A为配合…设立的平台"
    ("东陵青年创业孵化中心揭牌。据介绍，东陵青年创业孵化中心是东陵特区政府经济及科技发展局为配合特区政府的施政方针和政策目标"
     "设立的创新创业平台。", "东陵青年创业孵化中心", {"东陵特区政府经济及科技发展局"}),
    # 由A和B按照“…”的机制设立
    ("东陵生态软件园是东陵发展数字经济的主要载体，规划面积3平方公里。园区由江州电子信息集团和东陵省政府按照“政府支持、"
     "市场化运作”的机制设立。", "东陵生态软件园", {"江州电子信息集团", "东陵省政府"}),
    # the bodies it houses ("为A、B等8家科创平台提供基础设施保障"), a name that opens with 同/和 kept whole
    ("东陵科创基地开工\n东陵科创基地总投资30亿元，项目包括科技展厅、高校科研区和人才公寓，为江州大学、同江大学等8家"
     "“大院大所”科创平台提供基础设施保障。", "东陵科创基地", {"江州大学", "同江大学"}),
])
def test_partners_by_role_phrasings_of_notices_and_parks(engine, text, name, partners):
    assert partners <= _partners(engine.brief(text), name)


def test_who_approves_it_and_parties_of_other_agreements_are_not_partners(engine):
    b = engine.brief("近日，由江州产学研合作促进会批复成立的“江州坚果产业技术创新战略联盟”成立大会在东陵召开。联盟由东陵投资集团牵头组建。")
    got = _partners(b, "江州坚果产业技术创新战略联盟")
    assert "东陵投资集团" in got and "江州产学研合作促进会" not in got, got
    # "…;C与D签订X研究院共建协议": another agreement, about another institute, in a part that does not name this one
    b = engine.brief("江北农林大学江州研究院揭牌\n江州科技厅与江北农林大学签订“共同推动建设江北农林大学江州研究院协议”;"
                     "江州农林科学院与东陵农业大学签订全面合作协议;东陵水务集团有限公司与江州农业大学签订东陵现代农业创新研究院共建协议。")
    got = _partners(b, "江北农林大学江州研究院")
    assert {"江州科技厅", "江北农林大学"} <= got, got
    assert not got & {"东陵水务集团有限公司", "江州农业大学", "东陵现代农业创新研究院", "江州农林科学院"}, got
    # a customer it serves is not a partner
    b = engine.brief("东陵算力中心启用\n东陵算力中心总投资30亿元，将为江州云帆科技有限公司、东陵智造集团等企业提供算力服务。")
    assert not _partners(b, "东陵算力中心")


def test_owners_by_what_the_news_says_they_did(engine):
    # "P是A和B深化校地合作的具体行动"; a university's school named by its field alone is a department, not a tenant
    b = engine.brief("东陵大学江州园区开园\n9月2日，东陵大学江州园区正式开园运行，第一批建筑与环境学院、机械工程学院等12个团队正式入驻。"
                     "东陵大学江州园区是江州市和东陵大学深化校地合作的具体行动。")
    got = _partners(b, "东陵大学江州园区")
    assert {"江州市", "东陵大学"} <= got and not got & {"机械工程学院", "建筑与环境学院"}, got
    # "P项目作为A在华南地区战略布局的关键一环": A's own project
    b = engine.brief("江州云谷算力产业园开工\n5月6日，总投资30亿元的江州云谷算力产业园在江州经开区开工。江州云谷算力产业园项目作为"
                     "东陵数联集团在华南地区战略布局的关键一环，致力于构建高效的算力中心。")
    assert "东陵数联集团" in _partners(b, "江州云谷算力产业园")
    # "A已建成…规模的数据中心": who built it
    b = engine.brief("东陵云科技集团数据中心\n东陵云科技集团数据中心总投资20亿元，规划机柜1万个。如今，王明创办的东陵云科技集团已建成"
                     "8万平方米、1万机柜规模的国家绿色数据中心。")
    assert "东陵云科技集团" in _partners(b, "东陵云科技集团数据中心")


def test_an_agreement_to_build_another_named_body_is_not_this_ones(engine):
    b = engine.brief("江北农林大学江州研究院揭牌\n江州科技厅与江北农林大学签订“共同推动建设江北农林大学江州研究院协议”。"
                     "东陵水务集团有限公司与江州农业大学签订东陵现代农业创新研究院共建协议。")
    got = _partners(b, "江北农林大学江州研究院")
    assert {"江州科技厅", "江北农林大学"} <= got and not got & {"东陵水务集团有限公司", "江州农业大学"}, got


def test_a_body_named_with_and_without_its_province_is_one_partner(engine):
    b = engine.brief("东陵云计算数据中心签约\n江州云帆公司与江西东陵高新技术产业开发区管理委员会、东陵卓越科技发展有限公司签订三方合作协议，"
                     "共同建设运营东陵云计算数据中心。东陵高新技术产业开发区管理委员会作为甲方，将与东陵卓越科技发展有限公司共同出资成立项目公司。")
    got = _partners(b, "东陵云计算数据中心")
    assert "江西东陵高新技术产业开发区管理委员会" in got and "东陵高新技术产业开发区管理委员会" not in got, got


def test_who_drives_the_building_of_a_programme_builds_each_of_its_platforms(engine):
    b = engine.brief("东陵省实验室建设取得进展\n2022年以来，东陵省科技厅积极推进省实验室建设工作，东陵光电实验室、东陵生物医药实验室等"
                     "4个省实验室陆续建成。东陵光电实验室聚焦激光器件研发，东陵生物医药实验室聚焦创新药研发。")
    for name in ("东陵光电实验室", "东陵生物医药实验室"):
        assert "东陵省科技厅" in _partners(b, name), (name, _partners(b, name))


def test_tenant_brands_keep_their_trade_and_their_joined_words(engine):
    # "A机电项目、B创意设计项目等正式签约": LAC cuts a brand at 和 (tagging 和X a conjunction) and before an X业 trade
    b = engine.brief("东陵产业园开园\n东陵产业园首期厂房已完工。目前，已有江州集团服务外包项目、瑞丰和泰机电监测项目和"
                     "新浪印业创意设计数字印刷项目等正式签约入驻东陵产业园。")
    got = _partners(b, "东陵产业园")
    assert {"瑞丰和泰", "新浪印业"} <= got and not {"新浪", "瑞丰"} & got, got


@pytest.mark.parametrize("text, name, partners, not_partners", [
    # a company whose brand the platform carries, made the subject of its own sentence: the platform is its project
    ("江州云帆研发中心开工\n江州云帆研发中心项目近日在东陵区开工，项目占地约30亩。"
     "云帆光电近年在激光测距领域快速成长，已成为行业标兵。新项目的开工将延伸其产业链。", "江州云帆研发中心", {"云帆光电"}, set()),
    # named as a speaker, a speaker's affiliation or a modifier, it plays no stated role
    ("江州云帆研发中心开工\n江州云帆研发中心项目近日在东陵区开工，项目占地约30亩。"
     "云帆光电总经理李明表示，新项目将延伸产业链。该中心是云帆光电未来研发的主要载体。云帆光电表示，将加快建设进度。",
     "江州云帆研发中心", set(), {"云帆光电"}),
    # a ministry that unveils a lab named after it does not own it
    ("江州大学与东陵大学成立教育部联合实验室\n江州大学与东陵大学签署合作协议，成立“教育部联合实验室”。"
     "教育部领导率团到江州大学揭牌，见证实验室的诞生。", "教育部联合实验室", set(), {"教育部"}),
    # "以A、B为龙头": the sentence has no other role word, and is still read
    ("东陵科技城开园\n东陵科技城规划面积12平方公里。目前科技城已形成以江州大学、东陵材料研究所为龙头，"
     "软件园、芯片园蓬勃发展的“双核两园”格局。", "东陵科技城", {"江州大学", "东陵材料研究所"}, set()),
    # "X—Y分中心" opens; "X是依托Z建设的…，该中心…": Z built the parent X, not the branch
    ("江州稀土材料国家工程研究中心—东陵分中心揭牌\n11月3日，江州稀土材料国家工程研究中心—东陵分中心揭牌仪式在"
     "东陵有色金属研究院举行。江州稀土材料国家工程研究中心是首批依托江州理工大学建设的国家工程实验室之一，"
     "该中心围绕稀土提纯开展研究。中心负责人对东陵有色金属研究院的加入表示欢迎。", "东陵分中心",
     {"江州稀土材料国家工程研究中心", "东陵有色金属研究院"}, {"江州理工大学"}),
    # who funds a fund beside the platform does not build it
    ("东陵大学江州园区开园\n东陵大学江州园区正式开园，占地200亩，由江州市与东陵大学共建。园区将设立人才专项基金，"
     "由江州酒业集团出资组建高端人才专项基金，用于东陵大学人才引进。", "东陵大学江州园区", {"东陵大学"}, {"江州酒业集团"}),
    # a district and its government are one partner, named as the government
    ("江州大学东陵新材料研究院将落户东陵\n3月2日，江州大学与东陵市西湖区签署了合作框架协议，共建江州大学东陵新材料研究院。"
     "经西湖区人民政府与江州大学友好协商，共同组建江州大学东陵新材料研究院。", "江州大学东陵新材料研究院",
     {"江州大学", "西湖区人民政府"}, {"东陵市西湖区"}),
    # who takes a platform's founding as its occasion ("将以成立P为契机") plays no role in it
    ("东陵新材料产业技术创新战略联盟成立\n东陵新材料产业技术创新战略联盟由江州新材料有限公司牵头成立。"
     "副市长在成立大会上表示，东陵市政府将以成立东陵新材料产业技术创新战略联盟为契机，大力支持联盟开展科研。",
     "东陵新材料产业技术创新战略联盟", {"江州新材料有限公司"}, {"东陵市政府"}),
    # "X是今年新入驻中心的团队": a tenant, named by its place in the phrase where NER misses the brand
    ("东陵青年创业孵化中心迎来新团队\n东陵青年创业孵化中心去年启用，面积3000平方米。"
     "禾甡是今年新入驻中心的团队，致力于解决废弃物问题。言川科技有限公司是去年入驻中心的企业。", "东陵青年创业孵化中心",
     {"禾甡", "言川科技有限公司"}, set()),
], ids=["owner-by-brand", "owner-only-speaks", "ministry-unveils", "lead-bodies", "branch-parent", "fund", "district-government",
        "occasion", "new-tenant"])
def test_partners_by_phrasings_of_owners_tenants_and_branches(engine, text, name, partners, not_partners):
    got = _partners(engine.brief(text), name)
    assert partners <= got and not got & not_partners, got


def test_a_bodys_headquarters_campus_is_its_seat_not_a_platform_of_its_own(engine):
    # "以X(下称“Y”)为牵引，建设Y总部园区…": the base is built around the institute's seat; the institute leads it
    b = engine.brief("江州先进材料创新基地开园\n江州先进材料创新基地开园活动近日在东陵区举行。"
                     "东陵区以江州先进材料研究院(下称“江材院”)为牵引，建设江材院总部园区、东陵材料谷“一园一谷”重大平台。"
                     "该园区总建筑面积达30万平方米。这里将成为江材院的总部研发基地。")
    names = {p.name.zh for p in b.platforms}
    assert not any("总部" in n for n in names), names
    assert "江州先进材料研究院" in _partners(b, "江州先进材料创新基地")


def test_a_known_short_name_before_its_corporate_suffix_is_the_same_partner(engine):
    # a glossary body's short name (华为) and its registered company name are one partner
    b = engine.brief("江州人工智能研究院揭牌\n江州大学携手华为共建江州人工智能研究院。江州大学与华为集团有限公司签署协议，"
                     "共同建设江州人工智能研究院。")
    got = _partners(b, "江州人工智能研究院")
    assert "江州大学" in got and len([n for n in got if n.startswith("华为")]) == 1, got


def test_an_event_organiser_and_a_city_with_ambitions_of_its_own_are_not_partners(engine):
    # "该活动由A主办": the ceremony's organiser; "B市将打造成为…中心", "B市建设全国科技创新中心": the city's own aims
    b = engine.brief("东陵孵化器开园\n6月2日，东陵孵化器开园仪式在东陵大厦举行。该活动由东陵国有控股集团有限公司主办。"
                     "东陵孵化器建筑面积2万平方米，将助推江州市建设全国科技创新中心。到2025年，江州市将打造成为区域数字经济中心。")
    got = _partners(b, "东陵孵化器")
    assert not got & {"东陵国有控股集团有限公司", "江州市"}, got
    # but a body that builds it stays
    b = engine.brief("东陵孵化器开园\n东陵孵化器由东陵国有控股集团有限公司投资建设，建筑面积2万平方米。")
    assert "东陵国有控股集团有限公司" in _partners(b, "东陵孵化器")


def test_signers_of_another_agreement_are_not_builders(engine):
    # two agreements in one sentence: the parties of the first are not who co-builds the platform of the second
    b = engine.brief("江州研究院与东陵市签署合作协议\n4月8日，江州物质科学研究院、东陵市人民政府签署战略合作协议。"
                     "院长和市长代表双方签署《东陵市人民政府与江州物质科学研究院战略合作协议，江州研究院材料所、东陵市北城区签署"
                     "《北城区人民政府与东陵材料创新研究院共建“东陵材料创新研究院”合作协议》。"
                     "根据协议，北城区政府将与材料所共建“东陵材料创新研究院”，建设地点位于北城区大学科技园。")
    got = _partners(b, "东陵材料创新研究院")
    assert not got & {"东陵市人民政府", "江州物质科学研究院"}, got
    assert "北城区政府" in got, got


def test_letters_of_intent_and_agreements_to_build_something_else_make_no_partners(engine):
    # the platform signs letters of intent: no partnership yet
    # (a group named after the city the institute is named after is no owner by its brand: the brand is a place)
    b = engine.brief("洛阳市产业技术研究院成立\n12月8日，洛阳产业技术研究院正式成立。揭牌仪式上，洛阳产业技术研究院分别与东陵大学科研团队，"
                     "洛阳航空产业集团，云帆投资公司签署合作意向协议。")
    assert not _partners(b, "产业技术研究院") & {"洛阳航空产业集团", "云帆投资公司"}
    # the platform signs with a district to build another platform together
    b = engine.brief("江州能源研究院与北城区签约\n10月9日，江州能源研究院与江州市北城区政府签约，合力打造能源领域高水平研究平台。"
                     "江州能源研究院是为能源安全提供科技支撑的综合性研究基地。")
    assert "江州市北城区政府" not in _partners(b, "江州能源研究院")
    # a signed cooperation agreement still makes a partner
    b = engine.brief("江州能源研究院揭牌\n10月9日，江州能源研究院揭牌。江州能源研究院已与东陵大学签署合作协议。")
    assert "东陵大学" in _partners(b, "江州能源研究院")


def test_tenants_gathered_in_another_place_are_not_partners(engine):
    b = engine.brief("南湾云计算中心7月投产\n南湾云计算中心分两期建设，一期投资8亿元。依托云计算中心，南湾高新区规划建设了南湾数字产业园。"
                     "在3平方公里的数字产业园里，聚集了东陵数据有限公司、江州云帆科技有限公司等知名企业。")
    got = _partners(b, "南湾云计算中心")
    assert not got & {"东陵数据有限公司", "江州云帆科技有限公司"}, got
    b = engine.brief("南湾数字产业园开园\n南湾数字产业园占地3平方公里，已聚集了东陵数据有限公司、江州云帆科技有限公司等知名企业。")
    assert {"东陵数据有限公司", "江州云帆科技有限公司"} <= _partners(b, "南湾数字产业园")


def test_a_body_that_signs_with_the_platform_itself_is_no_builder(engine):
    b = engine.brief("江州物质科学研究院与东陵市签署协议\n4月8日，江州物质科学研究院、东陵市人民政府签署战略合作协议。"
                     "江州物质科学研究院将在东陵建设中试基地。")
    assert "东陵市人民政府" not in _partners(b, "江州物质科学研究院")


def test_the_guarded_patterns_keep_their_roles():
    # a pattern opened by lookbehinds (guards) is still known as an agreement or a signing pattern
    from summarizer.extract.partners import PartnerExtractor
    from summarizer.translate.glossary_data import builtin_glossary

    x = PartnerExtractor(builtin_glossary())
    assert len(x.agreement_roles) == 1 and len(x.signing_roles) == 1 and len(x.tenant_roles) == 1


def test_the_adverb_of_the_next_verb_is_no_part_of_a_partners_name(engine):
    # LAC reads "国防科大将" (NUDT + "will") as one organisation
    b = engine.brief("江州超算中心投用\n江州超算中心由江州大学、国防科大将共同建设，总投资5亿元。")
    partners = [x.zh for p in b.platforms for x in p.partners]
    assert "国防科大" in partners and "国防科大将" not in partners, partners


def test_a_partner_is_named_once_and_as_itself(engine):
    from types import SimpleNamespace

    from summarizer.extract.partners import Partner, PartnerExtractor, _merge_abbreviations

    # a short form the article declares for a partner is that partner, not a second one, even where the short
    # form is a known nickname of its own
    text = "由江州教育大学(教大)和中山大学（简称“中大”）共建的江州发展研究中心开幕。中大党委书记出席。"
    got = _merge_abbreviations([Partner("江州教育大学", "a", [(1, 7)]), Partner("中山大学", "b", [(12, 16)]),
                                Partner("中大", "c", [(40, 42)])], lambda n: n == "中大", text)
    assert [p.name for p in got] == ["江州教育大学", "中山大学"] and (40, 42) in got[1].spans
    # the parent a unit belongs to is no part of the unit's name ("A所属B与C所属D合作共建")
    doc = SimpleNamespace(sentences=[SimpleNamespace(start=0, text="东陵电力集团所属东陵电力研究院与江州大学合作共建联合实验室。")])
    assert [o[0] for o in PartnerExtractor._known_in(doc, 0, ["东陵电力集团所属东陵电力研究院"])] == ["东陵电力研究院"]
    # 我市 names the city of the report, not the company after it
    b = engine.brief("科技部批准建设第三批企业国家重点实验室，我市东陵生物工程有限公司申报的“江州疫苗国家重点实验室”入选。")
    got = _partners(b, "江州疫苗国家重点实验室")
    assert "东陵生物工程有限公司" in got and not any(x.startswith("市") for x in got), got


def test_our_university_is_the_one_whose_news_site_the_page_is(engine):
    # "我校与A签约共建P" on 江州大学's news site: 江州大学 and A build P; with no such byline, 我校 names nobody
    text = ("我校与东陵高新区合作共建江州未来光电技术研究院\n2025-03-11 李江平 江州大学新闻网\n3月7日，我校与东陵高新区管委会举行签约仪式，"
            "合作共建江州未来光电技术研究院，创新校地合作新范式。东陵高新区管委会主任赵东陵出席仪式。")
    b = engine.brief(text)
    assert [x.zh for p in b.platforms for x in p.partners] == ["江州大学", "东陵高新区管委会"]
    b = engine.brief(text.replace("江州大学新闻网", ""))
    assert "江州大学" not in [x.zh for p in b.platforms for x in p.partners]


def test_a_party_hand_in_hand_and_named_tenants_that_sign_in(engine):
    # "A牵手B共建P": 牵手 joins the builders as 携手 does
    b = engine.brief("江州开发区牵手江州建筑大学共建江州智能建造产学研基地。基地将开展智能建造研究，总投资1亿元。")
    assert {x.zh for x in b.platforms[0].partners} == {"江州开发区", "江州建筑大学"}
    # "已有A、B以及一家…企业正式签约入驻": named tenants that moved in
    b = engine.brief("江州高端装备产业园昨日开园。园区将建设4栋厂房，目前已有江州永誉机械有限公司、青山重工集团以及一家核电配套企业"
                     "正式签约入驻。")
    assert {x.zh for x in b.platforms[0].partners} == {"江州永誉机械有限公司", "青山重工集团"}


def test_the_two_bodies_a_joint_platform_is_named_after_build_it(engine):
    b = engine.brief("江州大学-青山电气集团股份有限公司先进制造联合研究院昨日揭牌。研究院将开展先进制造技术研究。")
    assert [x.zh for x in b.platforms[0].partners] == ["江州大学", "青山电气集团股份有限公司"]


def test_the_bodies_a_park_is_built_on_are_the_parks_not_the_platforms_in_it(engine):
    # "X是在以A和B为主体的C园区": A and B are the park's main bodies, not X's builders.
    b = engine.brief("江州中欧合作中心开工。该项目由江州龙城公司负责投资建设。江州中欧合作中心是在以江州科教城和东陵高新区为"
                     "主体的中欧创新园区内建设的实体平台。")
    assert _partners(b, "江州中欧合作中心") == {"江州龙城公司"}


def test_platforms_listed_then_built_respectively_each_take_their_own_builder(engine):
    # "P、Q、R，分别依托A、B、C建设": A builds P, B builds Q, C builds R (not each all three).
    b = engine.brief("江州新增3家省级工程研究中心\n此次获批的平台包括河南省高分子膜材料工程研究中心、河南省智能农机装备工程研究中心、"
                     "河南省海洋生物制品工程研究中心，分别依托江州膜科技有限公司、江州农机有限公司、江州海洋生物有限公司建设。"
                     "这些平台将围绕膜材料、农机装备、海洋生物等方向开展技术攻关。")
    assert _partners(b, "高分子膜材料") == {"江州膜科技有限公司"}
    assert _partners(b, "智能农机装备") == {"江州农机有限公司"}
