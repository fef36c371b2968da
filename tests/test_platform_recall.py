"""Phrasings that lost platforms on real news the engine was never tuned on, each on a short passage written for
these tests in the style of regional news (no real article is copied here)."""
from summarizer.extract.doc import Doc
from summarizer.text.article import build_article


def _names(b):
    return [p.name.zh for p in b.platforms]


def _partner_lists(b):
    return {p.name.zh: [x.zh for x in p.partners] for p in b.platforms}


def test_names_listed_before_a_count_share_one_kind_word(engine):
    # "A和B两所国家重点实验室": both are labs, each named by its head and the shared kind.
    b = engine.brief("江州科技奖励大会暨新建国家重点实验室揭牌仪式昨日举行。科技部今年5月批准在江州设立海洋牧场生态和"
                     "深海装备与材料两所国家重点实验室，江州的国家重点实验室由此增加到三所。")
    assert set(_names(b)) == {"海洋牧场生态国家重点实验室", "深海装备与材料国家重点实验室"}
    b = engine.brief("近日，青州市新认定青州农业大学数字农业、青州理工学院储能材料两个工程研究中心，并于本周揭牌。")
    assert set(_names(b)) == {"青州农业大学数字农业工程研究中心", "青州理工学院储能材料工程研究中心"}


def test_a_shared_kind_after_a_level_word_or_glued_to_its_count(engine):
    # "A、B和C等3个省级…中心": the level is the list's, not the names'; "A和B两家…中心/m" (LAC glues count and kind).
    b = engine.brief("近日，江州市新认定江州新材料、江州智能装备和江州生物医药等3个省级工程技术研究中心。")
    assert set(_names(b)) == {"江州新材料工程技术研究中心", "江州智能装备工程技术研究中心", "江州生物医药工程技术研究中心"}
    b = engine.brief("省科技厅公布名单，青山区的智能传感和精密仪器两家工程技术研究中心入选。")
    assert not any("两家" in n for n in _names(b))


def test_a_count_that_does_not_match_the_items_names_nothing(engine):
    # Three heads before "两个": the list is not the count's, no name is made up from it.
    b = engine.brief("青州市推进数字农业、储能材料、智能装备两个工程研究中心建设工作。")
    assert not any(n.startswith(("数字农业", "储能材料", "智能装备")) for n in _names(b))


def test_one_field_word_before_a_conjunction_stays_in_the_name(engine):
    # "，模拟与射频芯片全国重点实验室主任…": at a clause's start, "模拟与" is the name's, not a cut.
    b = engine.brief("青州大学三个全国重点实验室获授牌\n昨天的仪式上，青州大学副校长、智能感知全国重点实验室主任李明，"
                     "模拟与射频芯片全国重点实验室主任王强，海洋药物活性与质量全国重点实验室主任陈华分别上台领取了牌匾。")
    assert set(_names(b)) == {"智能感知全国重点实验室", "模拟与射频芯片全国重点实验室", "海洋药物活性与质量全国重点实验室"}


def test_traditional_lab_names_keep_their_first_field_character(engine):
    # "腦與認知科學…", "超精密加工…" in a traditional release: a one-character field before 與, and 超 read as an
    # adverb, are the names' own.
    b = engine.brief("江州大學今日宣布,校內三個全國重點實驗室正式獲授牌,包括腦與認知科學全國重點實驗室、海洋污染全國重點實驗室"
                     "及超精密加工全國重點實驗室。")
    assert set(_names(b)) == {"脑与认知科学全国重点实验室", "海洋污染全国重点实验室", "超精密加工全国重点实验室"}


def test_a_notice_list_with_each_host_between_items(engine):
    # "分别为依托A建设的P，依托B建设的Q" in a traditional-character re-post: both labs, with their region word.
    b = engine.brief("青州兩所高校各添一家國家重點實驗室\n省科技廳日前透露,兩家省部共建國家重點實驗室已獲准建設,"
                     "分別為依托青州農業大學建設的西南果樹資源發掘與利用國家重點實驗室,依托青州中醫藥大學建設的西南道地藥材資源"
                     "國家重點實驗室。")
    assert set(_names(b)) == {"西南果树资源发掘与利用国家重点实验室", "西南道地药材资源国家重点实验室"}
    partners = _partner_lists(b)
    assert partners["西南果树资源发掘与利用国家重点实验室"] == ["青州农业大学"]
    assert partners["西南道地药材资源国家重点实验室"] == ["青州中医药大学"]


def test_a_centre_created_under_a_lead_is_built_there(engine):
    # "由X牵头创建的Y拟认定为省级…": 创建 founds Y as 组建 does.
    b = engine.brief("近日，东陵省工信厅公示省级制造业创新中心拟认定名单。其中，由东陵纺织科学研究院有限公司牵头创建的"
                     "东陵省功能纺织品制造业创新中心拟认定为省级制造业创新中心。")
    assert _names(b) == ["东陵省功能纺织品制造业创新中心"]


def test_a_field_character_read_as_an_adverb_after_a_place_stays_in_the_name(engine):
    # LAC reads "超" of "超硬" as an adverb after the city: the name keeps it and the city.
    b = engine.brief("由青州磨具研究所有限公司牵头组建青州市超硬刀具及涂层产业研究院,由青州丰田农机股份有限公司牵头组建"
                     "青州市智能农机产业研究院。")
    assert set(_names(b)) == {"青州市超硬刀具及涂层产业研究院", "青州市智能农机产业研究院"}
    partners = _partner_lists(b)
    assert partners["青州市超硬刀具及涂层产业研究院"] == ["青州磨具研究所有限公司"]


def test_a_founding_verb_glued_to_the_name_is_no_part_of_it(engine):
    # LAC may tag "共建X实验室" as one verb: the name starts after 共建, and no agreement is folded into it.
    b = engine.brief("1月9日,東陵礦業集團與江州大學深圳研究院簽訂戰略合作協議及合作共建鈦金屬實驗室江州分中心協議。"
                     "雙方將共建鈦金屬實驗室江州分中心，打造鈦合金新材料中試平台。")
    assert _names(b) and all(n.startswith("钛金属实验室") for n in _names(b))
    # "X有限公司建Y研究院/ORG": the builder and its verb glued before the name
    b = engine.brief("签约项目中，科技研究院项目4个，例如青州清源生态科技有限公司建微生物科技研究院，总投资2亿元。")
    assert "青州清源生态科技有限公司建微生物科技研究院" not in _names(b)
    from summarizer.extract.doc import Doc
    from summarizer.text import build_article

    doc = Doc(build_article("例如青州清源生态科技有限公司建微生物科技研究院。"), engine.tagger)
    doc.tag([0])
    assert "微生物科技研究院" in [c[2] for c in engine.finder.candidates(doc.tokens(0), doc.text)]


def test_a_platforms_base_or_phase_is_the_platform_itself(engine):
    # "X实验室Y研发基地一期工程开工" beside X实验室: one platform, not two.
    b = engine.brief("青州湾实验室凤凰湾研发基地一期工程开工\n10月8日，青州湾实验室凤凰湾研发基地一期工程正式开工。"
                     "青州湾实验室作为第二批启动建设的省实验室之一，总投资12亿元。各参建单位要确保青州湾实验室建设高质量完成。")
    assert len(b.platforms) == 1 and b.platforms[0].name.zh.startswith("青州湾实验室")


def test_computing_power_inside_a_name_is_a_field_word(engine):
    # LAC tags 算力 as a verb inside "…集群算力公共服务平台": the name runs on over it.
    b = engine.brief("被业内称为“西部算力港”的成渝枢纽江州集群算力公共服务平台，近日新增接入六家数据中心。"
                     "截至目前，平台已累计接入34家数据中心。")
    assert _names(b) == ["成渝枢纽江州集群算力公共服务平台"]


def test_former_and_latter_refer_to_the_two_platforms_just_named(engine):
    b = engine.brief("江州拟申报两个国家实验室\n此次，江州拟申报的2个国家实验室分别为江州先进能源国家实验室和江州深海探测国家实验室。"
                     "据悉，前者将面向清洁能源的前沿领域，建设世界一流的能源研究基地；后者则瞄准深海探测装备，为海洋强国提供技术支撑。")
    goals = {p.name.zh: p.goal.zh for p in b.platforms}
    assert "能源研究基地" in goals["江州先进能源国家实验室"] and "深海" not in goals["江州先进能源国家实验室"]
    assert "深海探测装备" in goals["江州深海探测国家实验室"]


def test_a_valley_is_a_kind_of_park(engine):
    b = engine.brief("近日，总投资150亿元、占地面积约1.5平方公里的“青州数谷”建设正式拉开序幕。“青州数谷”项目由青州德泰控股有限公司"
                     "和青州天港科技集团有限公司联合打造，致力于建设成为继深圳云谷、武汉光谷之后的又一数字产业高地。")
    assert _names(b) == ["青州数谷"]
    assert {"青州德泰控股有限公司", "青州天港科技集团有限公司"} <= {x.zh for x in b.platforms[0].partners}
    # a park named after a valley brand keeps its full name ("…云谷" is its alias, not the platform)
    b = engine.brief("青州云谷算力产业园开工\n5月6日，总投资30亿元的青州云谷算力产业园在青州经开区开工。")
    assert _names(b) == ["青州云谷算力产业园"]


def test_two_platforms_opened_in_one_ceremony_joined_by_ji(engine):
    # LAC may tag "X产业园暨Y算力中心" as one organisation: two names.
    b = engine.brief("江州人工智能产业园暨江州算力中心揭牌仪式昨日举行。江州算力中心总投资10亿元，江州人工智能产业园占地300亩。")
    assert set(_names(b)) == {"江州人工智能产业园", "江州算力中心"}


def test_a_quoted_brand_inside_a_name(engine):
    b = engine.brief("江州“智造谷”产业园昨日开园，园区总投资20亿元，已有12家企业签约入驻。")
    assert [n.replace("“", "").replace("”", "") for n in _names(b)] == ["江州智造谷产业园"]


# ---- partners ------------------------------------------------------------------------------------
def _partners(b, name):
    return {x.zh for p in b.platforms if p.name.zh == name for x in p.partners}


def test_founders_that_announce_the_platform_on_a_day_are_its_partners(engine):
    # "A(股票代号)、B及C今日宣布合作成立「P」": a stock code after A and the day and 宣布 before the verbs.
    b = engine.brief("东陵电商集团(港交所代号:1234)、青山智能集团及江州科技园公司今日宣布合作成立「江州人工智能实验室」。"
                     "实验室致力于推动人工智能初创企业的发展。")
    assert _partners(b, "江州人工智能实验室") == {"东陵电商集团", "青山智能集团", "江州科技园公司"}


def test_who_approves_or_hosts_a_programme_does_not_build_the_platform(engine):
    # "科技部批准在X设立P": approval is no build role; "由A牵头、B于Y计划下成立的P": Y is a programme.
    b = engine.brief("科技部于今年5月批准在江州设立海洋牧场生态国家重点实验室。实验室将开展近海生态修复研究。")
    assert "科技部" not in _partners(b, "海洋牧场生态国家重点实验室")
    b = engine.brief("由江州科技大学牵头、江州市政府于InnoCity创新研发平台下成立的「江州机器人与能源中心」，与东陵大学签署合作"
                     "备忘录。")
    assert "江州科技大学" in _partners(b, "江州机器人与能源中心")
    assert not any("InnoCity" in x for x in _partners(b, "江州机器人与能源中心"))


def test_a_notice_shares_the_aim_it_states_for_the_category(engine):
    # The aim is said of the kind in a sentence naming neither lab: both take it, not only the first.
    b = engine.brief("青州两所高校各添一家国家重点实验室\n省科技厅日前透露，两家省部共建国家重点实验室已获准建设，"
                     "分别为依托青州农业大学建设的西南果树资源发掘与利用国家重点实验室，依托青州中医药大学建设的西南道地药材"
                     "资源国家重点实验室。为推动区域科研力量布局，国家自2005年起以部省联动的方式布局这类省部共建国家重点实验室。")
    goals = [p.goal.zh for p in b.platforms]
    assert len(goals) == 2 and goals[0] and goals[0] == goals[1]
    # An aim said of one of them by its bare kind ("中心聚焦…") stays its own.
    b = engine.brief("山东有3家入选，分别是：依托青州化学集团组建的先进涂层国家工程研究中心、依托青州科技大学组建的轮胎装备"
                     "国家工程研究中心、依托青州农业大学组建的土壤修复国家工程研究中心。轮胎装备国家工程研究中心是由青州科技大学于"
                     "2011年获批建设。中心聚焦橡胶新材料，以促进橡胶轮胎产业高质量发展为目标。")
    goals = {p.name.zh: p.goal.zh for p in b.platforms}
    assert goals.get("先进涂层国家工程研究中心", "") == "" and goals.get("土壤修复国家工程研究中心", "") == ""


def test_a_long_full_name_before_its_short_form_is_the_name(engine):
    # "位于X的<full name>项目(简称“Y”)": the tagger cuts the long name; the clause before the bracket is it
    b = engine.brief("5月12日，位于青溪区的全省一体化智能制造数据江州云中心北部区域分中心项目(简称“江北数据中心”)建设现场，"
                     "主体结构已经封顶。项目总投资12亿元，将为区域制造企业提供算力服务。")
    assert _names(b) == ["全省一体化智能制造数据江州云中心北部区域分中心"]


def test_a_verb_of_visiting_glued_to_a_lab_is_no_part_of_its_name(engine):
    # "赴A、B检查省部共建国家重点实验室": LAC tags "B检查…实验室" as one organisation; the name starts after the verb,
    # and what is left is the category the headline names, whose members the body visits.
    b = engine.brief("王明检查省部共建国家重点实验室(拟建)工作进展\n9月12日，副省长王明赴江州农业大学、江州理工大学检查省部共建"
                     "国家重点实验室(拟建)工作进展情况。在江州农业大学旱作节水农业省部共建国家重点实验室(拟建)，王明考察了节水灌溉、"
                     "土壤改良等实验平台，并与学校领导、专家进行了交流。在江州理工大学高原河流生态工程省部共建国家重点实验室(拟建)，"
                     "王明考察了河流泥沙、水土保持等试验场所。王明指出，两所学校的实验室特色鲜明，要全力做好评估验收准备。")
    names = _names(b)
    assert names and not any("检查" in n or n == "省部共建国家重点实验室" for n in names)
    assert all(n.endswith(("旱作节水农业省部共建国家重点实验室", "高原河流生态工程省部共建国家重点实验室")) for n in names)


def test_what_an_agreement_founds_is_the_platform_not_its_signers(engine):
    # "A与B签署共建X合作协议": X, a plain name without a place, is the platform; A and B are its partners.
    b = engine.brief("青州电子研究所与青州经开区管委会签署共建智能检测研究院合作协议\n6月3日，青州电子研究所与青州经济技术开发区"
                     "管理委员会签署了共建智能检测研究院合作协议。双方当日召开筹建工作座谈会，对研究院场地进行了考察。研究院将围绕"
                     "制造业高质量发展，聚焦智能检测，建设共性技术实验室和人才实训中心，争创国家级创新载体。")
    assert _names(b) == ["智能检测研究院"]
    assert set(_partner_lists(b)["智能检测研究院"]) == {"青州电子研究所", "青州经济技术开发区管理委员会"}


def test_a_parent_that_signs_a_strategic_agreement_is_not_a_platform(engine):
    # "A、B签署战略合作协议…A所属的C与D共建X": A signs and owns C; X is what is built.
    b = engine.brief("江州研究院与青山市签署战略合作协议\n4月8日，中国科学院江州物质研究院、青山市人民政府签署战略合作协议。"
                     "江州研究院院长李华、青山市市长王强代表双方签约。根据协议，江州研究院所属的江州技术创新工程院与青山区政府"
                     "合作共建青山先进制造技术研究院，建设地点位于青山科技园，将建成中试平台和产业化基地。")
    names = _names(b)
    assert "青山先进制造技术研究院" in names
    assert not any(n.endswith("江州物质研究院") for n in names)


def test_a_science_valley_is_a_platform_kind(engine):
    b = engine.brief("江川县三季度重大项目集中开工\n7月18日，江川县第三季度重大项目集中开工仪式在海川科学谷项目现场举行，本次共有"
                     "12个项目开工，总投资96亿元。其中，位于江川县城南的“海川科学谷”项目同步动工，总投资约25亿元。据介绍，海川科学谷"
                     "项目规划占地约120亩，总建筑面积约15万平方米，聚焦光电和智能装备两大产业。")
    assert _names(b) == ["海川科学谷"]


def test_a_province_level_category_conferred_on_companies_is_no_platform(engine):
    # "省工程技术研究中心", "省企业技术中心": the province's categories, named for the companies that join them.
    b = engine.brief("40家企业获冠名创建省级创新平台\n12日，冠名创建企业省级创新平台授牌仪式在江州举行，40家企业获冠名创建42个"
                     "省级创新平台。省科技厅、省工信厅相继开展了省重点实验室、省工程技术研究中心、省企业技术中心冠名创建工作。其中，"
                     "江州航空科技有限公司等6家企业获冠名创建省重点实验室，江州重型机械集团有限公司等28家企业获冠名创建省工程技术"
                     "研究中心，江州电站设备有限公司等6家企业获冠名创建省企业技术中心。")
    assert _names(b) == []


def test_a_list_opened_by_fenbiewei_and_separated_by_commas(engine):
    # "分别为:P,Q,R": all three, not the category they were named ("国家地方联合工程研究中心", XPCC a province-level unit).
    b = engine.brief("新疆兵团新增3家国家地方联合工程实验室\n据悉，此次由国家发展改革委批复的3家新疆兵团国家地方联合工程研究中心"
                     "(工程实验室)分别为：新疆兵团棉花机械化采收技术工程实验室，新疆兵团干旱区盐碱地改良利用工程实验室，新疆兵团"
                     "煤基新材料开发技术工程实验室。新疆兵团国家地方联合工程研究中心(工程实验室)，主要围绕所在区域的产业特色，着力"
                     "解决产业发展中的关键技术与装备问题。")
    assert set(_names(b)) == {"新疆兵团棉花机械化采收技术工程实验室", "新疆兵团干旱区盐碱地改良利用工程实验室",
                              "新疆兵团煤基新材料开发技术工程实验室"}


def test_pinyin_glosses_do_not_reach_the_platform_name(engine):
    b = engine.brief("内(nèi)蒙古江州大学牵头组建协(xié)同创(chuàng)新中心\n日前，由内(nèi)蒙古江州大学牵头，联合江州钢铁(集团)"
                     "有限责任公司共同组建的江州稀土资源综合利用协(xié)同创(chuàng)新中心正式揭牌成立。中心将围绕稀土资源高效"
                     "利用开展联合攻关。")
    assert _names(b) == ["江州稀土资源综合利用协同创新中心"]
    assert "内蒙古江州大学" in _partner_lists(b)["江州稀土资源综合利用协同创新中心"]


def test_a_count_or_series_opening_a_name_is_no_part_of_it(engine):
    # LAC reads "一系列高能级创新平台" as one name; "a series of" is said of the kind, never read as a brand ("Yixilie")
    # (and the description before the dash is no parent: the name is what follows it)
    text = "江州集聚一系列高能级创新平台\n近日，江州市引进了一系列高能级创新平台——中石化江州新材料高端创新平台于日前" \
           "正式揭牌，将围绕新材料开展研发。"
    doc = Doc(build_article(text), engine.tagger)
    engine.finder.find(doc)
    assert "中石化江州新材料高端创新平台" in engine.finder.names_seen(doc)
    assert not any(n.startswith(("一系列", "高能级")) for n in engine.finder.names_seen(doc))
    b = engine.brief(text)
    assert not any(p.name.zh.startswith(("一系列", "高能级")) or "Yixilie" in p.name.en for p in b.platforms)


def test_a_full_name_before_its_short_form_starts_after_who_acts(engine):
    # "X同志召集…统筹调度<name>(以下简称…)": the official and what they do are no part of the name
    b = engine.brief("近日，江州市政府党组成员李明同志召集市直部门统筹调度江州(上海)离岸科创中心(以下简称“科创中心”)开园前"
                     "各项准备工作。科创中心位于上海市杨浦区，总面积2000平方米，将为江州企业提供研发、孵化等服务。")
    assert "江州(上海)离岸科创中心" in _names(b)
    assert not any("同志" in n or "召集" in n for n in _names(b))


def test_a_phase_of_works_before_a_name_is_no_part_of_it(engine):
    b = engine.brief("今年，二期工程江州莲花山人工智能研究院已建成投用，将围绕人工智能开展研发。研究院总投资3亿元。")
    assert "江州莲花山人工智能研究院" in _names(b)
    assert not any(n.startswith("工程") for n in _names(b))


def test_a_description_before_a_name_is_no_part_of_it(engine):
    # a generic kind before a dash introduces the name: it is no parent ("一系列高能级创新平台——X")
    b = engine.brief("5月10日，人工智能计算中心——江州智算中心正式投运，总投资10亿元，由江州高新区与华为公司共同建设。")
    assert _names(b) == ["江州智算中心"]
    assert "人工智能计算中心" not in _partner_lists(b)["江州智算中心"]
    # an apposition ending in 机构 before the name
    b = engine.brief("近日，综合性稀土专业研发机构东陵稀土研究院揭牌成立，总投资5亿元，将为稀土产业提供技术支撑。")
    assert _names(b) == ["东陵稀土研究院"]


def test_for_example_glued_to_a_name_is_no_part_of_it(engine):
    from summarizer.extract.ner import Token

    def names(words, lead="", tail=""):
        toks, pos = [], len(lead)
        for w, tag in words:
            toks.append(Token(w, tag, pos, pos + len(w)))
            pos += len(w)
        return [c[2] for c in engine.finder.candidates(toks, lead + "".join(w for w, _ in words) + tail)]

    words = [("如之江", "ORG"), ("实验室", "n"), ("由", "p"), ("省政府", "ORG"), ("主导", "v"), ("举办", "v"), ("。", "w")]
    assert names(words, tail="之江实验室聚焦人工智能。") == ["之江实验室"]  # the name stands alone elsewhere
    assert names(words, lead="由省市共同推进。") == ["之江实验室"]  # "for example" opening a clause
    # a place whose name begins with 如 keeps it
    assert names([("如皋", "LOC"), ("高新区", "n"), ("科技园", "n"), ("开园", "v")]) == ["如皋高新区科技园"]


def test_counted_names_with_a_field_in_brackets_keep_their_place(engine):
    # "A(领域)、B(领域)等N家…实验室": the first item's name starts before its bracket, not inside it
    text = "我省先后布局建设了江州明湖(光电信息)、东陵新港(能源材料)、江州清源(化学工程)等3家省创新实验室，总投资10亿元。"
    doc = Doc(build_article(text), engine.tagger)
    engine.finder.find(doc)
    seen = engine.finder.names_seen(doc)
    assert "江州明湖(光电信息)省创新实验室" in seen, seen
    assert not any(n.startswith("光电信息") for n in seen), seen


def test_a_quoted_programme_that_counts_its_kind_is_no_platform(engine):
    b = engine.brief("6月8日，“两个稀土基地”建设科技创新与产业创新融合发展研讨会在江州市举行。会议由江州市政府主办。")
    assert not any(p.name.zh.startswith("两个") for p in b.platforms), _names(b)


def test_a_verb_before_a_whole_name_is_no_part_of_it(engine):
    # "召开座谈会研究龙门实验室建设运营工作": 研究 is what the meeting does, not the name's first word
    text = "3月22日，省委书记主持召开座谈会研究龙门实验室建设运营工作。龙门实验室总投资10亿元。"
    doc = Doc(build_article(text), engine.tagger)
    engine.finder.find(doc)
    assert not any("座谈会" in n or n.startswith("研究") for n in engine.finder.names_seen(doc)), engine.finder.names_seen(doc)


def test_a_platform_the_reporter_visits_is_the_subject_not_a_venue(engine):
    # "记者来到X", "走进X": a feature on X, not an event held at X (在X举行)
    t = ("10月21日,记者来到江州·中关村创新中心探班。进入A座一楼大厅,几名工人正在施工。中关村发展集团江州公司总经理张明介绍了"
         "创新中心的情况。目前共有36家企业及机构入驻中心A座。中心规划了智能电网、智慧能源等四个产业方向。")
    assert [p.name.zh for p in engine.brief(t).platforms] == ["江州·中关村创新中心"]


def test_a_project_taken_up_by_gai_xiangmu_inside_its_sentence_is_the_subject(engine):
    # "X项目,该项目是…,总投资30亿元": the project the report is about, taken up mid-sentence
    t = ("2月7日上午,全省重大项目视频连线集中开工活动举行。江州市列入本次集中开工重大项目22个,总投资156亿元。"
         "参加视频连线的是位于江州经济开发区的江州云计算数据中心项目,该项目是大力发展数字经济的体现,总投资30亿元,"
         "主要为央企提供优质CDN节点,计划投入5000个机柜。项目建成后,将辐射省内周边城市,有效带动商业计算等领域发展。")
    assert [p.name.zh for p in engine.brief(t).platforms] == ["江州云计算数据中心"]


def test_a_computing_dispatch_centre_is_a_platform_a_dispatch_office_is_not(engine):
    t = "江州算力调度中心开工建设,总投资10亿元。江州算力调度中心将为全省提供算力服务。"
    assert [p.name.zh for p in engine.brief(t).platforms] == ["江州算力调度中心"]
    assert engine.brief("江州120调度中心开工建设。江州120调度中心将为全市提供急救服务。").platforms == []



def test_a_name_inside_another_platforms_name_is_that_ones_mention():
    # "江州软件基地" inside "江州软件基地东陵软件园项目" (sentence 1) names the park: that sentence is no mention of the
    # base, whose own mentions elsewhere (sentence 0, 2) stay
    from summarizer.extract.platforms import Mention, Platform, PlatformFinder

    base, park = Platform("江州软件基地", (0, 6)), Platform("江州软件基地东陵软件园", (20, 31))
    base._ms = [Mention(0, 6, base.name, 0, True), Mention(20, 26, base.name, 1, True), Mention(50, 56, base.name, 2, True)]
    park._ms = [Mention(20, 31, park.name, 1, True)]
    for p in (base, park):
        p.mentions = [(m.start, m.end) for m in p._ms]
    PlatformFinder._drop_nested([base, park])
    assert [m.sent for m in base._ms] == [0, 2] and base.mentions == [(0, 6), (50, 56)]
    assert [m.sent for m in park._ms] == [1]


def test_a_programme_a_park_is_named_into_is_no_platform_and_a_valley_is_one(engine):
    # "获批国家火炬特色产业基地": a status the park wins (programme words only); "X数字谷": a park of its own
    b = engine.brief("江州光伏产业园近日获批国家火炬特色产业基地。园区总投资20亿元，已入驻企业45家，将打造千亿级光伏产业集群。")
    assert "国家火炬特色产业基地" not in _names(b), _names(b)
    assert "江州光伏产业园" in _names(b), _names(b)
    b = engine.brief("青山区江南数字谷昨日开园。园区总建筑面积12万平方米，首批入驻企业30家，将建设成为数字经济集聚区。")
    assert any(n.endswith("江南数字谷") for n in _names(b)), _names(b)


def test_a_name_that_opens_with_its_quoted_brand(engine):
    b = engine.brief("“江南之光”超算中心在江州正式投用。该中心算力达到200P，将服务长三角企业。")
    assert _names(b) == ["“江南之光”超算中心"] and b.platforms[0].name.en == "Jiangnan Light Supercomputing Center"
    # the last of a list of programmes in quotes is no name of its own
    b = engine.brief("江州大学先进制造工程研究中心获批建设。中心是“985工程”和“211工程”科技创新平台建设的重要组成部分。")
    assert not any("211" in n for n in _names(b)), _names(b)


def test_a_citys_role_as_a_sub_centre_is_no_platform(engine):
    b = engine.brief("江州城市副中心揭牌。江州城市副中心总投资30亿元，将打造区域创新高地。")
    assert not any(n.endswith("副中心") for n in _names(b)), _names(b)


def test_a_programme_of_international_cooperation_is_a_category():
    from summarizer.extract.platforms import PlatformFinder
    f = PlatformFinder()
    assert f.is_category("示范型国家国际科技合作基地") and f.is_category("国家国际科技合作基地")
    assert not f.is_category("江州国际合作产业园") and not f.is_category("中德合作创新园")


def test_a_notice_that_lists_a_provinces_new_centres_and_labs_once_keeps_them_all(engine):
    # Each item is named once, in one list, and no sentence dwells on any: still the notice's subject. Its items
    # may mix a province's engineering research centres and engineering labs (one programme).
    text = ("江州创新平台扩容助力产业升级\n发布日期：2025年10月12日\n"
            "在持续推进创新驱动发展战略的背景下，江州市新增3家省级工程研究中心，区域创新体系建设迈出新步伐。\n"
            "此次通过认定的省级创新平台包括河南省高分子膜材料工程研究中心、河南省智能农机装备工程实验室、"
            "河南省海洋生物制品工程研究中心，分别依托江州膜科技、江州农机、江州海洋生物建设。这些平台围绕膜材料、"
            "农机装备、海洋生物等方向开展技术攻关。\n"
            "随着新增平台的加入，江州市省级工程研究中心总量增至16家，覆盖新材料、高端装备、生物医药等产业。\n"
            "江州市将通过科技创新券等配套机制，引导企业加大研发投入。新获批平台将优先获得市级专项资金支持。\n"
            "以河南省高分子膜材料工程研究中心为例，其研发的分离膜已应用于水处理领域，带动上下游8家企业协同发展。")
    assert set(_names(engine.brief(text))) == {"河南省高分子膜材料工程研究中心", "河南省智能农机装备工程实验室",
                                              "河南省海洋生物制品工程研究中心"}


def test_a_notice_whose_model_keeps_nothing_still_names_its_likeliest_platform(engine):
    # No sentence but the list's names the centres: the likeliest of them (and its list-mates) is still the news,
    # not "no platform".
    text = ("江州创新平台扩容助力产业升级\n发布日期：2025年10月12日\n"
            "在持续推进创新驱动发展战略的背景下，江州市新增3家省级工程研究中心，区域创新体系建设迈出新步伐。\n"
            "此次通过认定的省级创新平台包括江海省高分子膜材料工程研究中心、江海省智能农机装备工程研究中心、"
            "江海省海洋生物制品工程研究中心，分别依托江州膜科技、江州农机、江州海洋生物建设。这些平台围绕膜材料、"
            "农机装备、海洋生物等方向开展技术攻关。\n"
            "随着新增平台的加入，江州市省级工程研究中心总量增至16家，覆盖新材料、高端装备、生物医药等产业。\n"
            "江州市将通过科技创新券等配套机制，引导企业加大研发投入。新获批平台将优先获得市级专项资金支持。")
    assert "江海省高分子膜材料工程研究中心" in _names(engine.brief(text))


def test_a_provinces_programme_a_notice_counts_before_listing_its_members_is_no_platform(engine):
    # "新增2个河南省工程技术研究中心（A、B）": the province's programme, counted; its members, listed after, are the platforms.
    text = ("我校新增2个河南省工程技术研究中心\n近日，河南省科技厅公布了2024年度河南省工程技术研究中心立项名单，"
            "我校新增2个河南省工程技术研究中心（河南省智能测绘应用工程技术研究中心、河南省绿色饲料工程技术研究中心），"
            "均依托我校建设。\n河南省工程技术研究中心是我省科技创新体系的重要组成部分，是开展科技成果工程化研究的"
            "重要基地。\n河南省智能测绘应用工程技术研究中心将围绕北斗导航开展工程化研究，河南省绿色饲料工程技术研究中心"
            "将聚焦新型饲料添加剂开展技术攻关。")
    assert set(_names(engine.brief(text))) == {"河南省智能测绘应用工程技术研究中心", "河南省绿色饲料工程技术研究中心"}


def test_kinds_of_park_news_names_are_platforms(engine):
    # 科创城, 科教园, 数创园, 留创园, 设计城, 科技小院: kinds of platform regional news names as often as 科技城.
    b = engine.brief("江州VR科创城开园\n9月1日，江州VR科创城正式开园。江州VR科创城总投资50亿元，规划面积2平方公里，"
                     "将打造虚拟现实产业集聚区。")
    assert "江州VR科创城" in _names(b)
    b = engine.brief("青州农业大学东陵科技小院揭牌\n近日，青州农业大学东陵科技小院在东陵县揭牌。科技小院将扎根田间，"
                     "开展玉米高产技术示范。")
    assert "青州农业大学东陵科技小院" in _names(b)


def test_a_platform_is_named_as_the_body_names_it_not_by_a_headlines_longer_form(engine):
    # "江州东陵区X基地" heads the report; its sentences say "东陵区X基地": the body's name (the headline adds its city).
    b = engine.brief("江州东陵区高端电气装备智能制造基地全面开工\n10月8日，记者在东陵区高端电气装备智能制造基地看到，"
                     "这里机器轰鸣。东陵区高端电气装备智能制造基地总投资50亿元，占地800亩。")
    assert _names(b) == ["东陵区高端电气装备智能制造基地"]


def test_a_description_in_apposition_before_a_name_is_no_part_of_it(engine):
    # "国内首个量子人工智能计算中心江州量子智算中心": what it is, then its name.
    b = engine.brief("江州量子智算中心揭牌\n9月3日，国内首个量子人工智能计算中心江州量子智算中心在江州揭牌。江州量子智算中心"
                     "由江州大学和江州算力公司共同成立，将为企业提供量子计算服务。")
    assert _names(b) == ["江州量子智算中心"]


def test_a_labs_branch_is_named_whole_from_the_labs_own_name(engine):
    # "X全国重点实验室新疆基地": the base of the lab, never "重点实验室新疆基地".
    b = engine.brief("江州生物催化全国重点实验室新疆基地揭牌\n5月20日，江州生物催化全国重点实验室新疆基地在石城大学揭牌。"
                     "江州大学与石城大学签署了共建江州生物催化全国重点实验室新疆基地的合作协议。")
    names = _names(b)
    assert "江州生物催化全国重点实验室新疆基地" in names and not any(n.startswith("重点实验室") for n in names)


def test_only_a_place_a_headline_adds_before_the_bodys_name_makes_the_body_name_win(engine):
    # "哈尔滨香坊区X基地" over "香坊区X基地" (a place), never "先进制造科学与技术广东省实验室" over the body's cut
    # "技术广东省实验室" (what the body's mention lost at 与).
    finder = engine.finder
    assert finder._place_prefix("哈尔滨") and finder._place_prefix("哈尔滨市")
    assert not finder._place_prefix("先进制造科学与") and not finder._place_prefix("")
