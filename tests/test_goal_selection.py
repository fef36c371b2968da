"""Which clause is a platform's goal: kinds of phrasing, each on a passage written for the test."""
from summarizer.extract.goal import _leaves_a_quotation, _strip_quotes


def _goal(engine, text: str, name: str = "") -> str:
    b = engine.brief(text)
    p = next((p for p in b.platforms if name in p.name.zh), None) if name else b.platforms[0]
    assert p is not None, [q.name.zh for q in b.platforms]
    return p.goal.zh


def test_a_quotation_is_kept_whole_or_not_at_all():
    assert _strip_quotes("“打造海洋实验室“先锋队”") == "打造海洋实验室“先锋队”"  # the closing mark pairs: it stays
    assert _strip_quotes("建设“智慧园区") == "建设“智慧园区"  # an opening mark inside the phrase is the caller's to judge
    assert _strip_quotes("“数据驱动种植、智能服务农户”") == "数据驱动种植、智能服务农户"  # one whole slogan: its words
    assert _strip_quotes("“一核”引领、“两翼”齐飞") == "“一核”引领、“两翼”齐飞"
    assert _leaves_a_quotation("聚焦光伏、锂电等主导产业”，抓住能源变革先机")
    assert not _leaves_a_quotation("打造“一核两翼”创新格局")


def test_a_goal_set_as_becoming_a_quoted_thing_keeps_its_closing_mark(engine):
    goal = _goal(engine, "江州海洋科学实验室近日揭牌。实验室以打造国家实验室“先锋队”为目标，重点建设海洋装备、海洋能源等研究方向。"
                         "实验室规划用地500亩。")
    assert "先锋队”" in goal and goal.count("“") == goal.count("”"), goal


def test_what_a_party_to_the_contract_gives_is_not_the_goal(engine):
    goal = _goal(engine, "东陵市政府与江州云科技有限公司签订协议，共同建设东陵云计算数据中心。根据协议，合作的目标是推动云计算在"
                         "重点工业企业的应用。江州云科技有限公司作为乙方，将提供必要的人员、技术和软硬件支撑。项目总投资20亿元。")
    assert "软硬件支撑" not in goal, goal
    assert "云计算在重点工业企业的应用" in goal, goal


def test_support_for_the_platform_itself_is_not_its_goal(engine):
    goal = _goal(engine, "江州大学碳材料重点实验室获批建设。实验室主要围绕碳基材料开展基础研究与成果转化，服务于江州新材料产业发展。"
                         "建设期间，江州大学将落实依托单位职责，为实验室的建设和发展提供全方位的保障。")
    assert "保障" not in goal and "开展基础研究与成果转化" in goal, goal


def test_what_a_kind_of_platform_means_is_not_this_ones_goal(engine):
    goal = _goal(engine, "东陵理工学院先进陶瓷重点实验室获批。省级重点实验室是解决区域创新瓶颈问题，提升区域创新能力的重要举措。"
                         "实验室以先进陶瓷材料高效制备为目标，开展应用基础研究。")
    assert "瓶颈" not in goal and "重要举措" not in goal and "先进陶瓷材料高效制备" in goal, goal


def test_a_further_aim_may_list_several_things(engine):
    goal = _goal(engine, "江州绿色数据中心开工建设。中心将打造国家级绿色数据中心，形成数据汇聚中心、价值创造中心和开放共享服务中心。"
                         "中心总投资30亿元。")
    assert "形成数据汇聚中心、价值创造中心和开放共享服务中心" in goal, goal


def test_a_clause_of_size_or_of_its_own_building_is_no_further_aim(engine):
    goal = _goal(engine, "江州银行东陵数据中心开工。数据中心建成后可满足20万台服务器部署，提升江州银行数字化竞争力，"
                         "成为江州银行辐射全国的算力中枢。")
    assert goal and "20万台" not in goal, goal


def test_a_park_that_draws_on_a_lab_states_its_own_aim(engine, monkeypatch):
    # The lab is what the park draws on (an object of 依托), the clause opens with the park: the aim is the park's.
    # Both are platforms here (the decision of which is not under test).
    monkeypatch.setattr(engine.finder, "decide", lambda cands: [0.9 if p.name.endswith(("省实验室", "海港园区")) else 0.0
                                                               for p in cands])
    text = ("江州海洋科学与工程省实验室近日揭牌，同时启动江州高新区海港园区建设。实验室以打造国家实验室“预备队”为目标，"
            "规划建设面积2000亩，选址海港园区。作为高新区的一园，海港园区将主要依托江州海洋科学与工程省实验室、江州大学等单位，"
            "重点发展海洋装备、生物医药产业。")
    assert "重点发展海洋装备" in _goal(engine, text, "海港园区")
    assert "重点发展海洋装备" not in _goal(engine, text, "省实验室")


def test_an_aim_said_of_two_platforms_together_yields_to_each_ones_own(engine):
    text = ("江州环保研究院暨江州环保产业联盟今日成立。据悉，江州环保研究院和江州环保产业联盟以科技创新引领产业发展为使命。"
            "江州环保研究院由江州水务集团组建，致力打造江州环保产业研究、投资、孵化的示范平台。"
            "江州环保产业联盟由江州水务集团联合20家企业组建，打造成江州环保科技创新交流中心。")
    assert "示范平台" in _goal(engine, text, "研究院")
    assert "交流中心" in _goal(engine, text, "联盟")


def test_serving_as_a_hub_is_a_goal(engine):
    goal = _goal(engine, "江州鲲鹏人工智能计算中心昨日落地。江州鲲鹏人工智能计算中心算力规模预计超过300P，未来将作为西部智能算力枢纽中心，"
                         "推动江州人工智能产业聚集发展。")
    assert "作为西部智能算力枢纽中心" in goal, goal


def test_a_sentence_that_names_the_platform_outside_its_scope_is_read_for_its_goal():
    from summarizer.extract.doc import Doc
    from summarizer.extract.goal import GoalExtractor
    from summarizer.text import build_article

    doc = Doc(build_article("甲中心昨日落地。乙园区位于江州西部。江州鲲鹏计算中心将推动江州人工智能产业聚集发展。"), None)
    own_by: dict = {}
    scope = GoalExtractor._with_named(doc, [0], {"江州鲲鹏计算中心"}, own_by)
    assert scope == [0, 2] and doc.text[slice(*own_by[2][0])] == "江州鲲鹏计算中心", (scope, own_by)


def test_a_second_aim_later_in_the_article_joins_the_first(engine):
    # What it provides (early) and what it is to become (late): both are its goal.
    goal = _goal(engine, "江州资安暨智慧科技研发中心B栋工程昨日上梁，预计明年底竣工，未来将招商国际大厂进驻，以及提供新创发展空间。"
                         "研发中心总建筑面积8万平方米。第二期B栋将提供国际级资安厂商及新创进驻场域，"
                         "成为亚太地区重要资安暨智慧科技产业发展基地。")
    assert "提供新创发展空间" in goal and "成为亚太地区重要资安暨智慧科技产业发展基地" in goal, goal


def test_a_list_of_what_it_builds_is_no_further_aim():
    from summarizer.extract.goal import _aim_beside

    assert not _aim_beside("建设农业大数据平台、智能农机调度系统和病虫害识别系统", set())
    assert _aim_beside("形成数据汇聚中心、价值创造中心和开放共享服务中心", set())
    assert not _aim_beside("实现江州数据中心一期建成", {"江州数据中心"})


def test_a_notice_gives_its_listed_units_the_aim_it_states_for_them(engine):
    text = ("江州市经信委关于确定首批制造业创新中心的通知\n各区经信局:\n经组织申报、专家论证,现确定第一批试点创新中心名单如下:\n"
            "1、江州市储能电池创新中心\n发起单位:江州能源集团有限公司\n2、江州市碳纤维创新中心\n发起单位:江州材料研究院\n"
            "希望试点单位以市场为导向,以产业共性技术研发和成果转化为目标,不断创新产学研合作方式。")
    b = engine.brief(text)
    assert len(b.platforms) == 2
    assert all("产业共性技术研发" in p.goal.zh for p in b.platforms), [p.goal.zh for p in b.platforms]


def test_a_notice_s_purpose_before_its_decision_is_the_aim_of_what_it_sets_up(engine):
    text = ("江州市组建产业研究院\n为加快建设先进制造业强市,打造制造业高质量发展新引擎,江州市政府决定组建江州市储能产业研究院。"
            "该研究院由江州能源集团有限公司牵头组建。")
    b = engine.brief(text)
    assert b.platforms and "打造制造业高质量发展新引擎" in b.platforms[0].goal.zh, [p.goal.zh for p in b.platforms]


def test_a_notice_s_purpose_for_the_batch_it_sets_up_is_each_listed_platform_s_aim_but_not_its_partner(engine):
    text = ("江州市组建首批产业研究院\n为深入贯彻落实市委工作会议精神,打造制造业高质量发展新引擎,江州市政府决定组建首批江州市产业研究院。"
            "由江州能源集团有限公司牵头组建江州市储能产业研究院,由江州材料股份有限公司牵头组建江州市碳纤维产业研究院,"
            "由江州电子股份有限公司牵头组建江州市传感器产业研究院。")
    b = engine.brief(text)
    assert len(b.platforms) == 3, [p.name.zh for p in b.platforms]
    for p in b.platforms:
        assert p.goal.zh.startswith("打造制造业高质量发展新引擎"), p.goal.zh  # the boilerplate before it goes
        assert not any("政府" in x.zh for x in p.partners)  # who decides is no builder


def test_a_platform_made_into_one_thing_is_a_goal_not_a_count(engine):
    # "一个" is the article "a" here, not a figure of its size ("建设2栋数据中心" is one).
    goal = _goal(engine, "江州大学与东陵材料集团签订协议，共建江州先进材料实验室。双方将在人才培养等方面开展全面合作。"
                         "东陵材料集团董事长表示，希望共同将江州先进材料实验室打造成一个具有示范性、引领性的科技创新平台。")
    assert "打造成一个具有示范性、引领性的科技创新平台" in goal, goal
    assert "开展全面合作" not in goal, goal  # what the parties to the agreement do together is no aim


def test_the_aim_of_a_platform_named_as_the_topic_is_not_the_one_it_takes_in(engine):
    # The platform is the topic of the first clause; the data centre is what it takes in ("新增…").
    text = ("被业内称为西部“算力大脑”的江州算力公共服务平台，新增东陵智算中心等三家数据中心，正全力构建全国一体化算力网络国家枢纽节点。"
            "东陵智算中心由江州电信建设。江州算力公共服务平台已累计接入20家数据中心。")
    assert "构建全国一体化算力网络国家枢纽节点" in _goal(engine, text, "公共服务平台")
    assert "枢纽节点" not in _goal(engine, text, "东陵智算中心")


def test_striving_for_a_hub_node_and_devoting_itself_are_goals(engine):
    goal = _goal(engine, "投资50亿元的江州智算中心项目昨日开工。该项目建成后，将助力江州数字化转型，争创国家算力枢纽节点。"
                         "项目主要建设智算中心、资源管理平台、算力产业基地。")
    assert "争创国家算力枢纽节点" in goal and "资源管理平台" not in goal, goal
    goal = _goal(engine, "东陵人工智能实验室昨日在江州科学园揭牌。据介绍，该实验室未来将致力突破关键技术，推动科研成果产业化。"
                         "实验室由东陵集团投资建设。")
    assert goal.startswith("突破关键技术"), goal


def test_a_purpose_after_what_the_parties_will_do_is_a_goal(engine):
    goal = _goal(engine, "由江州大学牵头成立的“江州太空机器人研究中心”昨日与东陵大学签署合作备忘录，建立长期战略合作伙伴关系。"
                         "双方合作范围将涵盖太空机器人、深空能源等领域的科研创新和人才培育，以贡献国家航天事业的发展。")
    assert "贡献国家航天事业的发展" in goal, goal


def test_a_deed_done_is_no_aim_and_an_aim_said_twice_is_said_once(engine):
    goal = _goal(engine, "江州铜材料重点实验室通过验收。实验室近日开展了项目验收。实验室将为传统产业提质赋能提供强有力的科技支撑。")
    assert "验收" not in goal and "科技支撑" in goal, goal
    goal = _goal(engine, "江州银行东陵数据中心昨日开工。项目将提升江州银行数字经济竞争力，作为国家算力枢纽。"
                         "数据中心建成后，将进一步提升江州银行在数字经济时代的核心竞争力。")
    assert goal.count("竞争力") == 1 and "作为国家算力枢纽" in goal, goal


def test_what_a_park_rests_on_is_no_aim_and_a_purpose_keeps_its_wei(engine):
    # "以A和B为主体的园区": A and B are what the park rests on. "为推动X注入新动能": the 为 is the verb's.
    goal = _goal(engine, "江州中德产业创新中心昨日揭牌。中心位于以江州科教城和东陵高新区为主体的中德创新园区。"
                         "中心将构建平台型核心载体，为推动江州产业转型升级注入新动能。")
    assert "科教城" not in goal and "为推动江州产业转型升级注入新动能" in goal, goal


def test_what_the_platform_will_do_as_subject_of_jiang_is_its_goal(engine):
    # No cue word: the bare kind noun is the subject of 将 and aim verbs follow.
    goal = _goal(engine, "2024年5月8日，东陵大学与江州市政府签约共建东陵大学(江州)智能装备研究院。研究院将集聚东陵大学的研发力量，"
                         "对接江州主导产业，促成高校科研成果就地转化。来自多所高校的专家出席签约仪式。")
    assert "集聚东陵大学的研发力量" in goal and "促成高校科研成果就地转化" in goal, goal


def test_a_quotation_opened_after_the_aim_leaves_the_clauses_before_it(engine):
    goal = _goal(engine, "江州晚报数字文化产业园签约落户江州高新区。据介绍，江州晚报数字文化产业园将引入数字出版项目、影视制作项目和"
                         "文化创意项目，“园区计划从这三大领域为江州文化产业发展贡献力量。”产业园总投资约8亿元。")
    assert "引入数字出版项目、影视制作项目和文化创意项目" in goal and "计划" not in goal, goal


def test_a_citys_own_aim_is_not_the_platforms(engine):
    goal = _goal(engine, "东陵新材料研究院近日揭牌。当前，岳阳正以打造有色金属全产业链为目标，着力强链、补链、延链。"
                         "研究院将围绕铝基材料开展关键技术攻关。")
    assert "全产业链" not in goal and "铝基材料" in goal, goal


def test_a_university_speaking_of_its_mission_is_not_the_platforms_goal(engine):
    goal = _goal(engine, "江州县与东陵大学签约共建先进材料研究院。东陵大学副校长表示，东陵大学始终坚持以服务地方发展为使命。"
                         "双方将以研究院为平台，打造具有区域影响力的新材料技术策源地。")
    assert "服务地方发展" not in goal and "新材料技术策源地" in goal, goal


def test_a_firms_own_aim_is_not_the_platforms_goal(engine):
    goal = _goal(engine, "江州钢铁材料工程研究中心与东陵云帆科技有限公司共建的创新设计基地揭牌。云帆科技致力于为工程机械行业提供"
                         "薄板加工服务。创新设计基地以开发轻量化结构件为目标。")
    assert "薄板加工服务" not in goal and "开发轻量化结构件" in goal, goal


def test_what_a_kind_of_platform_is_asked_to_do_is_not_this_ones_goal(engine):
    goal = _goal(engine, "东陵理工学院申报的“江州省智能网联汽车工程技术研究中心”获批。省级工程技术研究中心坚持研发、应用同步，"
                         "以提升省级工程中心研发能力和水平为目标。学校致力将该中心建设成为承担省重大科技攻关任务的重要载体。")
    assert "提升省级工程中心研发能力" not in goal and "重大科技攻关任务的重要载体" in goal, goal


def test_a_premise_and_an_agreement_are_not_aims(engine):
    goal = _goal(engine, "江州移动智算中心开放运营。江州移动在提供基础算力服务的基础上，将搭建大模型训练平台，服务本地高校。"
                         "中心已建成500P算力。")
    assert "提供基础算力服务" not in goal, goal
    goal = _goal(engine, "江州县与东陵大学签约共建智能制造研究院，双方围绕推动产教融合达成重要合作。研究院将打造智能制造技术策源地。")
    assert "达成" not in goal and "智能制造技术策源地" in goal, goal


def test_the_means_before_the_aim_and_the_schools_own_plans_are_left_out(engine):
    goal = _goal(engine, "江州市高层次人才产业园正式开园。“建设江州市高层次人才产业园的目的就是通过搭建这样一个平台，建设全市高层次人才的集聚高地。”"
                         "2023年，学校锚定“一流学科”发展战略，重点推进校地校企深度融合。产业园总投资50亿元。")
    assert goal.startswith("建设全市高层次人才的集聚高地") and "校地校企" not in goal, goal


def test_a_goal_cut_off_with_the_page_keeps_only_its_whole_clauses(engine):
    lead = ("1月16日，江州钢铁研究院与东陵云帆机械有限公司在江州经开区举行江州新材料创新设计基地签约暨授牌仪式。"
            "江州市科技局、工信局负责人出席见证，仪式由经开区管委会主任主持。")
    goal = _goal(engine, lead + "双方合作成立的创新设计基地，致力通过轻量化创新设", "创新设计基地")
    assert "创新设" not in goal, goal
    goal = _goal(engine, lead + "双方合作成立的创新设计基地，致力于开发轻量化结构件，提升装备制", "创新设计基地")
    assert "开发轻量化结构件" in goal and "装备制" not in goal, goal


def test_what_follows_a_count_of_the_kind_is_said_of_all_of_them(engine):
    goal = _goal(engine, "位于江州的东湖实验室和位于东陵的西岭实验室上周相继挂牌，使江南省实验室数量达到8家，聚焦信息、健康、材料三大领域。"
                         "西岭实验室规划用地300亩，将围绕脑疾病诊治、再生医学材料等开展研究。", "西岭实验室")
    assert "三大领域" not in goal and "再生医学材料" in goal, goal


def test_a_first_of_its_kind_descriptor_is_not_the_goal(engine):
    goal = _goal(engine, "江州人工智能计算中心5月正式投入运营，建设规模100P，是全国首个面向产业多样性算力公共服务平台。"
                         "中心将赋能江州产学研融合创新，打造一批人工智能应用示范成果。")
    assert "首个" not in goal and "多样性算力" not in goal and "赋能江州产学研融合创新" in goal, goal


def test_two_aims_that_grow_into_each_other_are_said_once(engine):
    # Two cue phrases of one sentence, each grown by the aims beside it, overlap: the goal is their union.
    goal = _goal(engine, "江州丘陵农机装备中试平台获批。平台依托江州四方集团有限公司建立，整合江州实验室、江州农机研究院等中试资源，"
                         "重点聚焦智能丘陵山地农机、林草装备、新能源农机等方向，建设多场景试验场与农事服务中心，开展试验示范与推广服务，"
                         "形成“研发—中试—产业化”全周期服务链，为推动农业现代化、保障粮食安全贡献力量。该平台拥有2万平方米中试空间。")
    assert goal.count("开展试验示范与推广服务") == 1 and "形成“研发—中试—产业化”全周期服务链" in goal, goal


def test_an_aim_framed_as_the_purpose_of_a_launch_is_the_aim_alone(engine):
    # 以X为主要目的启动的…: X is the aim; the body it rests on (以Y为主要力量) is none
    goal = _goal(engine, "江州创新实验室成立于2021年12月，是省政府以培育并打造国家实验室为主要目的启动的省实验室。实验室以"
                         "张华院士领衔建设的江州柔性电子研究院为主要力量，构建“研究院+实验室”联合创新体系。")
    assert goal.startswith("培育并打造国家实验室") and "为主要目的" not in goal and "柔性电子研究院" not in goal, goal


def test_thanks_a_first_approval_and_a_report_of_progress_are_no_aims(engine):
    goal = _goal(engine, "江州大学江州研究院一期项目总投资13.9亿元。校长向为江州研究院项目顺利推进付出辛勤劳动的相关部门和人员"
                         "表示诚挚问候。研究院成为我校首个获批的市级新型研发机构。研究院将聚焦新材料领域，开展应用技术研究。"
                         "专家调研了研究院开展校地合作相关情况。")
    assert "问候" not in goal and "首个" not in goal and "情况" not in goal and "开展应用技术研究" in goal, goal


def test_what_a_centre_mostly_does_is_no_aim_where_it_states_one_and_a_ba_clause_keeps_its_jiang(engine):
    goal = _goal(engine, "江州智算中心总投资约300亿元，以打造中部最大的人工智能产业集群为发展目标。江州智算一中心以训练算力为主，"
                         "二中心以推理算力为主。")
    assert goal == "打造中部最大的人工智能产业集群", goal
    goal = _goal(engine, "江州移动数据中心扩建工程开工。此次扩建旨在将东部密集的计算需求有序引导至西部枢纽。数据中心总投资20亿元。")
    assert goal.startswith("将东部密集的计算需求"), goal


def test_what_a_building_was_once_used_for_is_no_aim(engine):
    goal = _goal(engine, "江州电力全国重点实验室正式交付。曾经用于玻璃储存的仓库及生产车间,通过更新改造,承接了江州电力全国重点实验室。"
                         "江州电力全国重点实验室致力于解决电力系统运行中的重大问题,服务国家重大需求。")
    assert "仓库" not in goal and goal.startswith("解决电力系统运行中的重大问题"), goal


def test_a_principle_a_role_without_its_verb_and_this_years_construction_work_are_no_aims(engine):
    goal = _goal(engine, "江州高科技园区揭牌。该园区以“政府引导、园区主体、市场运作、合作共赢”为目标,采取“基金+项目+基地”发展模式。"
                         "园区年内完成项目建设任务。园区将重点打造新能源、新材料两大产业生态圈。")
    assert "市场运作" not in goal and "建设任务" not in goal and "打造新能源、新材料两大产业生态圈" in goal, goal


def test_some_tens_of_workers_is_no_figure(engine):
    b = engine.brief("江州科技孵化中心竣工。几十名工人正在忙碌。中心总投资1.4亿元,已有数十家企业洽谈。")
    assert [s.zh for p in b.platforms for s in p.scale] == ["总投资1.4亿元"]


def test_the_functions_a_platform_brings_together_and_what_it_matters_for_are_its_goal(engine):
    goal = _goal(engine, "江州智慧建筑研发基地揭牌\n江州建科院与江州大学联合共建的江州智慧建筑研发基地日前揭牌，建成后"
                         "集技术研发、工程设计、检验检测和人才培养等功能为一体，主要包括实验楼和办公楼。")
    assert goal.startswith("集技术研发"), goal
    goal = _goal(engine, "江州新增一家国家地方联合工程研究中心\n江州光纤激光器国家地方联合工程研究中心日前获批。该中心"
                         "将对完善区域创新体系、解决产业发展中的关键技术瓶颈问题具有重要作用。")
    assert "解决产业发展中的关键技术瓶颈问题" in goal, goal


def test_a_sentence_opened_by_a_bare_kind_and_an_aim_verb_is_that_platforms(engine):
    # "研究院围绕…，聚焦…，牵头建设了X": the institute's aims, the centre it built named last has none of them
    b = engine.brief("江州大学海洋研究院揭牌\n5月8日，江州大学海洋研究院在江州市揭牌成立，现有科研人员120名。研究院围绕深海装备和"
                     "海洋观测，聚焦国家海洋战略需求，牵头建设了“江州海洋大数据中心”。")
    goals = {p.name.zh: p.goal.zh for p in b.platforms}
    assert "深海装备" in goals.get("江州大学海洋研究院", ""), goals
    assert "深海装备" not in goals.get("江州海洋大数据中心", ""), goals


def test_a_count_of_fields_is_what_it_is_for_not_its_size(engine):
    # "将重点发展A、B、C等3个领域": the fields it will work in, counted; "建设2栋数据中心" stays a figure
    goal = _goal(engine, "江州协同创新研究院昨日在江州高新区揭牌，将重点发展先进制造、新能源、生物医药等3个领域。研究院由江州大学与"
                         "东陵大学共同建设。")
    assert "先进制造" in goal, goal


def test_what_a_platform_will_do_after_its_launch_is_its_goal(engine):
    # "…；X联盟正式揭牌，将带动Y": the clause after its launch says what it is for
    goal = _goal(engine, "江州港区首批项目集中签约。12个项目集中签约，涉及新材料、海洋能源等领域；江州海洋能源产业联盟正式揭牌，"
                         "将带动海上风电上下游产业链落地港区。")
    assert "带动海上风电上下游产业链落地港区" in goal, goal


def test_what_it_brings_together_and_what_it_supports_across_a_comma(engine):
    # "是集A、B、C一体的Z" (no 于): the functions it brings together; "为巩固X，实现Y提供科技支撑": what it supports
    goal = _goal(engine, "江州创新转化中心揭牌。江州创新转化中心规划占地面积70亩，是集科技成果转化中试平台、产业创新服务平台、"
                         "人才培养交流平台一体的江州“会客厅”。")
    assert "成果转化中试平台" in goal, goal
    goal = _goal(engine, "江州智能车辆重点实验室揭牌。江州智能车辆重点实验室由江州大学牵头建设，为巩固江州在智能车辆领域的优势地位，"
                         "实现汽车产业的可持续发展提供科技支撑。")
    assert "智能车辆领域的优势地位" in goal, goal
    goal = _goal(engine, "江州数智产业园开园。园区将推动企业集群入驻，探索产学研用一体化发展新模式。")
    assert not goal.startswith("集群"), goal


def test_what_it_will_play_a_part_in_is_its_goal(engine):
    # "将为X做大做强、促进产业集聚起到积极作用": what it matters for, as "对X具有重要作用" is
    goal = _goal(engine, "江州台商工业园挂牌成立。江州台商工业园在江州工业园区挂牌成立，将为江州电子信息产业做大做强、促进产业集聚"
                         "起到积极作用。")
    assert "促进产业集聚" in goal, goal


def test_a_schedule_a_necessity_and_a_teams_make_up_are_not_goals(engine):
    goal = _goal(engine, "江州海洋生物重点实验室近日揭牌。实验室以海藻学者、青年专家等优秀人才为主组成科研团队，"
                         "将打造成为面向产业化的海洋生物活性物质研究平台。建设实验室是推动海洋经济高质量发展的必然选择。"
                         "实验室配套楼宇计划于2025年6月全面完工，将加快推进室内装修及道路管网施工。")
    assert "研究平台" in goal, goal
    assert "优秀人才" not in goal and "必然选择" not in goal and "完工" not in goal and "施工" not in goal, goal


def test_the_fields_a_platform_matters_in_are_its_goal(engine):
    goal = _goal(engine, "江州精密轴承国家重点实验室获批建设。实验室依托江州轴承集团，将在提升我省自主创新能力、引领和带动产业转型升级"
                         "等方面发挥重要作用。")
    assert goal == "提升我省自主创新能力、引领和带动产业转型升级", goal


def test_what_a_platform_is_said_of_its_own_kind_is_not_its_goal(engine):
    b = engine.brief("江州移动数据中心近日正式投产。作为江州大数据产业园首个建成投产的数据中心，该中心上架服务器2000台。"
                     "中心总投资20亿元。")
    assert "数据中心" not in b.platforms[0].goal.zh, b.platforms[0].goal.zh


def test_what_a_platforms_work_has_already_been_used_for_is_no_goal(engine):
    # "其X技术已应用于Y": what is done, not what it is for.
    b = engine.brief("江州精密机床工程研究中心获批\n近日，江州精密机床工程研究中心获批省级工程研究中心，依托江州机床建设。"
                     "该中心研发的五轴加工技术已应用于航空航天零部件制造，带动上下游12家企业协同发展。")
    goal = next(p.goal.zh for p in b.platforms if p.name.zh == "江州精密机床工程研究中心")
    assert "航空航天零部件制造" not in goal


def test_a_notices_listed_platforms_with_no_aim_of_their_own_share_the_aim_said_of_them_all(engine):
    # "（A、B）…各中心将…开展X": the list's aim, said of each of them in a sentence naming none, is each member's.
    b = engine.brief("我校新增2个省工程技术研究中心\n近日，江州省科技厅公布了2024年度省工程技术研究中心立项名单，我校新增2个"
                     "省工程技术研究中心（江州智能测绘应用工程技术研究中心、江州绿色饲料工程技术研究中心）。我校将切实推进"
                     "中心建设，加强中心运行管理。各中心将充分对接产业发展需求，开展工程化研究和成果转化。")
    goals = {p.name.zh: p.goal.zh for p in b.platforms}
    assert len(goals) == 2 and all("开展工程化研究和成果转化" in g for g in goals.values()), goals


def test_an_articles_only_platform_takes_the_aim_a_strong_cue_states_outside_its_sentences(engine):
    # the aim stands before the platform is first named (no sentence of its own says one): still its aim
    b = engine.brief("江州产业技术研究院揭牌\n致力于打造区域产业创新高地，推动科技成果在本地转化。\n7月1日，江州产业技术研究院"
                     "揭牌成立，江州市市长出席仪式。江州产业技术研究院由江州大学建设，总投资2亿元。")
    assert b.platforms[0].goal.zh.startswith("打造区域产业创新高地")


def test_aims_said_with_a_kind_the_cues_had_missed():
    import summarizer
    # 打造成为…示范项目 (a project, a vehicle, a growth pole … are what a platform may become)
    b = summarizer.brief("青溪数据中心开工\n5月8日，青溪数据中心一期开工建设。项目总投资20亿元。青溪区将争取把青溪数据中心"
                         "打造成为“东数西算”的国家级示范项目。")
    assert b.platforms[0].goal.zh == "打造成为“东数西算”的国家级示范项目"
    # the platform will 持续完善 …: a weaker cue, where nothing else says its aim
    b = summarizer.brief("青溪科创园揭牌\n3月2日，青溪科创园正式揭牌。青溪科创园将持续完善“众创空间+孵化器+加速器”全链条创业孵化"
                         "生态。园区占地200亩。")
    assert b.platforms[0].goal.zh.startswith("持续完善")
    assert b.platforms[0].goal.en.startswith("continuously improve")
