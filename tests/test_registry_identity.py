"""Which platform mentions are one platform (summarizer/registry/identity.py). The records are written here
(made-up platforms in real cities, in the style of regional news); nothing comes from the shared corpus."""

import pytest

from summarizer.registry.identity import cluster, declared_names, keys, lookup_keys, name_forms, profile
from summarizer.registry.records import MentionRecord, PlatformRecord


def m(article: str, name: str, context: str = "", partners=(), i: int = 0) -> MentionRecord:
    return MentionRecord(ref=f"{article}#{i}", article_id=article, name_zh=name, context=context or name + "揭牌。",
                         partners=list(partners))


def groups(mentions, existing=()):
    """{ref: label} → a set of frozensets of refs, and the assignments by ref."""
    out = {a.ref: a for a in cluster(mentions, list(existing))}
    by = {}
    for a in out.values():
        by.setdefault(a.new_label or f"p{a.platform_id}", set()).add(a.ref)
    return {frozenset(v) for v in by.values()}, out


def together(gs, *refs) -> bool:
    return any(set(refs) <= g for g in gs)


def test_same_name_same_city_is_one_platform_with_a_reason_naming_both_articles():
    gs, out = groups([m("a1", "青岚湖实验室", "青岚湖实验室在南昌市揭牌。"),
                      m("a2", "青岚湖实验室", "位于南昌的青岚湖实验室二期开工。")])
    assert together(gs, "a1#0", "a2#0")
    assert "青岚湖实验室" in out["a2#0"].reason and "a1" in out["a2#0"].reason and "a2" in out["a2#0"].reason


def test_generic_name_in_two_cities_stays_two():
    gs, _ = groups([m("a1", "人工智能计算中心", "西安市人工智能计算中心正式上线。"),
                    m("a2", "人工智能计算中心", "南京市人工智能计算中心正式上线。"),
                    m("a3", "西安人工智能计算中心", "西安人工智能计算中心二期开工。"),
                    m("a4", "南京人工智能计算中心", "南京人工智能计算中心算力扩容。")])
    assert together(gs, "a1#0", "a3#0") and together(gs, "a2#0", "a4#0")
    assert not together(gs, "a1#0", "a2#0") and not together(gs, "a3#0", "a4#0")


def test_a_generic_name_without_a_place_is_not_merged():
    gs, _ = groups([m("a1", "数据交易所", "数据交易所挂牌。"), m("a2", "数据交易所", "数据交易所挂牌。"),
                    m("a3", "人工智能创新中心", "人工智能创新中心成立。"), m("a4", "人工智能创新中心", "人工智能创新中心成立。"),
                    m("a5", "人工智能创新中心", "合肥市人工智能创新中心成立。"),
                    m("a6", "人工智能创新中心", "合肥市人工智能创新中心二期开工。")])
    assert not together(gs, "a1#0", "a2#0") and not together(gs, "a3#0", "a4#0")
    assert not together(gs, "a3#0", "a5#0") and together(gs, "a5#0", "a6#0")


def test_same_distinctive_name_in_two_cities_stays_two():
    """A multi-site laboratory: the same name, reported from two cities, is two platforms."""
    gs, _ = groups([m("a1", "东海能源科学与工程浙江省实验室", "东海能源科学与工程浙江省实验室在宁波市揭牌。"),
                    m("a2", "东海能源科学与工程浙江省实验室", "东海能源科学与工程浙江省实验室在舟山市揭牌。")])
    assert not together(gs, "a1#0", "a2#0")


def test_declared_short_name_links_articles_in_one_city():
    gs, out = groups([m("a1", "云岭量子科学中心", "昆明市云岭量子科学中心（简称“云量中心”）昨日揭牌。"),
                      m("a2", "云量中心", "昆明市的云量中心发布首批成果。")])
    assert together(gs, "a1#0", "a2#0")
    assert "云量中心" in out["a1#0"].reason
    assert declared_names("云岭量子科学中心", "云岭量子科学中心（以下简称“云量中心”）") == ["云量中心"]


def test_short_name_alone_does_not_link_other_cities():
    gs, _ = groups([m("a1", "云岭量子科学中心", "昆明市云岭量子科学中心（简称“云量中心”）揭牌。"),
                    m("a2", "云量中心", "位于贵阳市的云量中心开业。")])
    assert not together(gs, "a1#0", "a2#0")


def test_formal_name_declared_in_brackets_and_by_naming():
    gs, _ = groups([
        m("a1", "赤水河实验室", "赤水河实验室（绿色酿造科学与技术贵州省实验室）在遵义市揭牌。"),
        m("a2", "绿色酿造科学与技术贵州省实验室", "遵义市绿色酿造科学与技术贵州省实验室启动建设。"),
        m("a3", "赤水河实验室", "遵义市，筹建中的绿色酿造科学与技术贵州省实验室正式命名为赤水河实验室。"),
    ])
    assert together(gs, "a1#0", "a2#0", "a3#0")


def test_traditional_and_simplified_are_one_name():
    gs, _ = groups([m("a1", "瀾湄數據交易所", "昆明瀾湄數據交易所開業。"), m("a2", "澜湄数据交易所", "昆明澜湄数据交易所开业。")])
    assert together(gs, "a1#0", "a2#0")


def test_phase_campus_and_company_suffixes_are_the_same_platform():
    assert name_forms("青岚湖实验室二期建设项目").base == "青岚湖实验室"
    assert name_forms("青岚湖实验室瑶湖园区一期工程").base == "青岚湖实验室"
    assert name_forms("青岚湖实验室瑶湖研发基地").base == "青岚湖实验室"
    assert name_forms("赣江数据交易所有限公司").base == "赣江数据交易所"
    # an undertaking of the platform, not a place, stays its own name
    assert name_forms("青岚湖实验室研发与产业化基地").base == "青岚湖实验室研发与产业化基地"
    gs, _ = groups([m("a1", "青岚湖实验室", "南昌市青岚湖实验室。"),
                    m("a2", "青岚湖实验室瑶湖园区一期", "南昌市青岚湖实验室瑶湖园区一期开工。"),
                    m("a3", "青岚湖实验室研发与产业化基地", "南昌市青岚湖实验室研发与产业化基地签约。")])
    assert together(gs, "a1#0", "a2#0") and not together(gs, "a1#0", "a3#0")


def test_city_prefix_and_bracketed_branch():
    f = name_forms("东海能源科学与工程浙江省实验室（舟山）")
    assert (f.base, f.branch) == ("东海能源科学与工程浙江省实验室", "舟山")
    assert name_forms("湖南湘江实验室").stripped[1] == "湘江实验室"
    gs, _ = groups([m("a1", "湖南湘江实验室", "湖南湘江实验室揭牌。"),
                    m("a2", "湘江实验室", "湘江实验室在长沙市开展研究。"),
                    m("a3", "东海能源科学与工程浙江省实验室（舟山）", "东海能源科学与工程浙江省实验室（舟山）揭牌。"),
                    m("a4", "东海能源科学与工程浙江省实验室", "舟山市东海能源科学与工程浙江省实验室启用。"),
                    m("a5", "东海能源科学与工程浙江省实验室", "宁波市东海能源科学与工程浙江省实验室启用。")])
    assert together(gs, "a1#0", "a2#0")
    assert together(gs, "a3#0", "a4#0") and not together(gs, "a3#0", "a5#0")


def test_platforms_of_one_article_stay_apart_unless_one_is_a_phase_of_the_other():
    gs, _ = groups([m("a1", "赣江数据交易所", "南昌市赣江数据交易所与赣江数据交易中心。", i=0),
                    m("a1", "赣江数据交易中心", "南昌市赣江数据交易所与赣江数据交易中心。", i=1),
                    m("a2", "青岚湖实验室", "南昌市青岚湖实验室。", i=0),
                    m("a2", "青岚湖实验室二期", "南昌市青岚湖实验室二期。", i=1)])
    assert not together(gs, "a1#0", "a1#1")
    assert together(gs, "a2#0", "a2#1")


def test_partners_and_place_link_a_planning_title_to_the_final_name():
    builders = ["中科院黄海海洋研究所", "青岛海洋地质调查中心"]
    gs, out = groups([m("a1", "青岛海洋科学与技术山东省实验室", "青岛市青岛海洋科学与技术山东省实验室建设方案通过论证。",
                        partners=builders),
                      m("a2", "黄海海洋科学与工程山东省实验室", "黄海海洋科学与工程山东省实验室在青岛市揭牌。",
                        partners=["中国科学院黄海海洋研究所", "青岛市政府"])])
    assert together(gs, "a1#0", "a2#0")
    assert "中科院黄海海洋研究所" in out["a2#0"].reason
    # only a government partner in common: not enough
    gs, _ = groups([m("a1", "青岛海洋科学与技术山东省实验室", "青岛市青岛海洋科学与技术山东省实验室。", partners=["青岛市政府"]),
                    m("a2", "黄海海洋科学与工程山东省实验室", "青岛市黄海海洋科学与工程山东省实验室。", partners=["青岛市政府"])])
    assert not together(gs, "a1#0", "a2#0")


def test_look_alike_names_of_one_kind_in_one_city_stay_apart():
    gs, _ = groups([m("a1", "赣江数据交易所", "南昌市赣江数据交易所开业。"), m("a2", "赣江数据交易中心", "南昌市赣江数据交易中心开业。"),
                    m("a3", "瑶湖智算中心", "南昌市瑶湖智算中心上线。"), m("a4", "南昌人工智能计算中心", "南昌人工智能计算中心上线。"),
                    m("a5", "赣江创新实验室", "南昌市赣江创新实验室。"), m("a6", "赣鄱创新实验室", "南昌市赣鄱创新实验室。")])
    assert all(len(g) == 1 for g in gs)


def test_existing_platform_is_reused_and_two_existing_are_never_joined():
    ex = [PlatformRecord(platform_id=7, names=["青岚湖实验室"], city="南昌", province="江西", kind="laboratory"),
          PlatformRecord(platform_id=9, names=["赣江实验室"], city="南昌", province="江西", kind="laboratory")]
    ex[1].keys = ["n:赣江实验室", "n:赣鄱前沿科学实验室"]  # the build's stored keys: a name declared earlier
    _, out = groups([m("b1", "青岚湖实验室", "南昌市青岚湖实验室二期开工。"),
                     m("b2", "赣鄱前沿科学实验室", "南昌市赣鄱前沿科学实验室。"),
                     m("b3", "青岚湖实验室", "南昌市青岚湖实验室与赣江实验室。")], ex)
    assert out["b1#0"].platform_id == 7 and out["b3#0"].platform_id == 7
    assert out["b2#0"].platform_id == 9
    # an existing platform in another city is not this one
    _, out = groups([m("b4", "青岚湖实验室", "九江市青岚湖实验室。")], ex[:1])
    assert out["b4#0"].platform_id is None and out["b4#0"].new_label


def test_keys_cover_names_places_and_short_forms():
    k = keys(m("a1", "云岭量子科学中心", "昆明市云岭量子科学中心（简称“云量中心”）揭牌。", partners=["云南大学"]))
    assert "n:云岭量子科学中心" in k and "n:云量中心" not in k  # a declared short form: only within its city
    assert "s:云量中心@昆明" in k and "c:云岭量子科学中心@昆明" in k
    # a partner key only where the partners+place rule could apply: a descriptive name of a known kind and city
    assert [x for x in k if x.startswith("p:")] == [f"p:云南大学@昆明|{profile(m('a1', '云岭量子科学中心', '')).kind}"]
    assert not [x for x in keys(m("a3", "天府永兴实验室", "成都市天府永兴实验室揭牌。", partners=["四川大学"]))
                if x.startswith("p:")]  # a brand name
    assert "s:云量所@昆明" in keys(m("a2", "云岭量子交易所", "昆明市云岭量子交易所（简称“云量所”）。"))


def test_a_large_batch_gives_one_assignment_per_mention():
    """Many look-alike names in one batch: every mention is assigned once (how long it takes is `bench registry`'s
    business: a timed unit test measures the neighbours on a shared machine)."""
    n = 3000
    batch = [m(f"x{i}", f"{'甲乙丙丁戊己庚辛壬癸'[i % 10]}{i}号创新实验室", f"南昌市{'甲乙丙丁戊己庚辛壬癸'[i % 10]}{i}号创新实验室。")
             for i in range(n)] + [m(f"y{i}", "人工智能计算中心", "南昌人工智能计算中心。") for i in range(n // 10)]
    out = cluster(batch, [])
    assert len(out) == n + n // 10


def test_canonical_name_prefers_the_base_form():
    from summarizer.registry.identity import canonical_name

    assert canonical_name(["青岚湖实验室二期", "青岚湖实验室"]) == "青岚湖实验室"
    assert canonical_name(["青岚湖实验室二期工程", "青岚湖实验室瑶湖园区"]) == "青岚湖实验室"
    assert canonical_name(["赣江实验室", "赣鄱实验室", "赣鄱实验室"]) == "赣鄱实验室"
    assert canonical_name([]) == ""


def test_a_provincial_lab_and_the_city_named_lab_of_its_city():
    desc = m("a1", "东海能源科学与工程浙江省实验室", "东海能源科学与工程浙江省实验室在舟山市揭牌。")
    named = m("a2", "舟山湾实验室", "舟山湾实验室作为舟山首个获批设立的浙江省实验室，在舟山市推进建设。")
    gs, out = groups([desc, named])
    assert together(gs, "a1#0", "a2#0") and "省实验室" in out["a2#0"].reason
    # not called a provincial lab, or a second city-named lab in that city: no way to tell, kept apart
    gs, _ = groups([desc, m("a2", "舟山湾实验室", "舟山湾实验室在舟山市推进建设。")])
    assert not together(gs, "a1#0", "a2#0")
    gs, _ = groups([desc, named, m("a3", "舟山港实验室", "舟山港实验室是舟山市的又一家浙江省实验室。")])
    assert not together(gs, "a1#0", "a2#0") and not together(gs, "a1#0", "a3#0")


def test_a_name_cut_short_at_the_front_joins_the_full_name_in_its_city_only():
    gs, _ = groups([m("a1", "海洋生物医药浙江省实验室", "舟山市海洋生物医药浙江省实验室启用。"),
                    m("a2", "深海资源与海洋生物医药浙江省实验室", "舟山市深海资源与海洋生物医药浙江省实验室揭牌。"),
                    m("a3", "半导体技术创新中心", "苏州市半导体技术创新中心。"),
                    m("a4", "国家第五代半导体技术创新中心", "苏州市国家第五代半导体技术创新中心。")])
    assert together(gs, "a1#0", "a2#0")
    assert not together(gs, "a3#0", "a4#0")  # "国家…" in front: another level of platform


def test_pair_scores_count_cross_article_pairs_only():
    from summarizer.registry.evaluate import Scored, pair_scores

    items = [Scored("a#0", "a", "甲", "P1", "x"), Scored("b#0", "b", "甲", "P1", "x"), Scored("c#0", "c", "甲", "P1", "y"),
             Scored("d#0", "d", "乙", "P2", "y"), Scored("d#1", "d", "乙二期", "P2", "y")]
    s = pair_scores(items)
    # gold pairs a-b, a-c, b-c (d#0-d#1 is one article); predicted a-b, c-d#0, c-d#1
    assert (s["tp"], s["fp"], s["fn"]) == (1, 2, 2)
    assert s["precision"] == pytest.approx(1 / 3, abs=1e-4) and s["recall"] == pytest.approx(1 / 3, abs=1e-4)


def test_evaluate_cli_on_a_small_hand_labelled_set(tmp_path, capsys):
    """The evaluation end to end on articles written for this test: two reports of one lab, a look-alike lab
    in another city, briefed by the embedded engine."""
    import json

    from summarizer.registry.evaluate import main

    rows = [
        {"id": "t1", "published": "2023-04-12", "article": "4月12日，青岚湖实验室在南昌市揭牌成立，由南昌大学与江西省科学院共同建设，总投资15亿元。",
         "platforms": [{"name": "青岚湖实验室", "mentions": [], "cluster": "A"}]},
        {"id": "t2", "published": "", "article": "6月3日，青岚湖实验室二期工程在南昌市开工建设，总投资15亿元，南昌大学继续参与。",
         "platforms": [{"name": "青岚湖实验室", "mentions": ["青岚湖实验室二期工程"], "cluster": "A"}]},
        {"id": "t3", "published": "", "article": "9月20日，瑶湖智算中心在杭州市上线运营，算力规模达到300P，由浙江大学建设。",
         "platforms": [{"name": "瑶湖智算中心", "mentions": [], "cluster": "B"}]},
        {"id": "t4", "published": "", "article": "10月8日，瑶湖智算中心在南昌市投入使用，算力规模达到500P，由南昌大学建设。",
         "platforms": [{"name": "瑶湖智算中心", "mentions": [], "cluster": "C"}]},
    ]
    (tmp_path / "platform_merge.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                                   encoding="utf-8")
    assert main(["--corpus", str(tmp_path), "--json", str(tmp_path / "r.json")]) == 0
    rep = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert (rep["gold"]["tp"], rep["gold"]["fp"], rep["gold"]["fn"]) == (1, 0, 0)
    assert rep["engine"]["mentions"] >= 2 and rep["registry"]["fp"] == 0
    assert "precision" in capsys.readouterr().out
    assert main(["--corpus", str(tmp_path / "nowhere")]) == 1


def test_cluster_does_not_depend_on_hash_order():
    """Two processes with different hash seeds assign the same labels with the same reasons (a resumed build
    must equal an uninterrupted one)."""
    import subprocess
    import sys

    code = ("import json; from summarizer.registry.identity import cluster;"
            "from summarizer.registry.records import MentionRecord as M;"
            "ms=[M(ref=f'a{i}#0', article_id=f'a{i}', name_zh=n, context=c, partners=p) for i,(n,c,p) in enumerate(["
            "('青岚湖实验室','南昌市青岚湖实验室。',['南昌大学','江西省科学院']),"
            "('青岚湖实验室二期','南昌市青岚湖实验室二期。',['江西省科学院','南昌大学']),"
            "('赣江数据交易所有限公司','南昌市赣江数据交易所有限公司。',[]),('赣江数据交易所','南昌赣江数据交易所（简称赣数所）。',[]),"
            "('赣数所','南昌市赣数所。',[]),('人工智能计算中心','南昌人工智能计算中心。',['华为','南昌大学'])])];"
            "print(json.dumps([(a.ref,a.new_label,a.reason) for a in cluster(ms,[])],ensure_ascii=False))")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1 and "赣数所" in outs.pop()


def test_a_shared_company_and_a_field_word_do_not_make_two_data_centres_one():
    gs, _ = groups([m("a1", "贵安云谷数据中心", "贵阳市贵安云谷数据中心由中国电信贵州分公司建设。", partners=["中国电信股份有限公司贵州分公司"]),
                    m("a2", "花溪大学城数据中心", "贵阳市花溪大学城数据中心由中国电信贵州分公司建设。",
                      partners=["中国电信股份有限公司贵州分公司"])])
    assert not together(gs, "a1#0", "a2#0")


def test_a_university_or_station_named_after_a_city_is_not_the_platforms_city():
    gs, _ = groups([m("a1", "珠江口海洋实验室", "中山大学牵头建设的珠江口海洋实验室揭牌。"),
                    m("a2", "珠江口海洋实验室", "珠江口海洋实验室位于珠海，毗邻珠海站。"),
                    m("a3", "珠江口海洋实验室", "中山市珠江口海洋实验室开工。")])
    assert together(gs, "a1#0", "a2#0") and not together(gs, "a1#0", "a3#0")


def test_two_brand_named_labs_of_one_city_and_builder_stay_two():
    gs, _ = groups([m("a1", "锦江永宁实验室", "成都市锦江永宁实验室由四川大学、中国科学院成都有机化学研究所共建。",
                      partners=["四川大学", "中国科学院成都有机化学研究所"]),
                    m("a2", "锦江星河实验室", "成都市锦江星河实验室由四川大学、中国科学院成都有机化学研究所共建。",
                      partners=["四川大学", "中国科学院成都有机化学研究所"])])
    assert not together(gs, "a1#0", "a2#0")


def test_a_declared_abbreviation_of_four_characters_links_only_within_its_city():
    gs, _ = groups([m("a1", "国家第五代通信技术创新中心", "南京市国家第五代通信技术创新中心（简称“国创中心”）揭牌。"),
                    m("a2", "国创中心", "国创中心发布年度成果。"),
                    m("a3", "国创中心", "南京市的国创中心发布年度成果。")])
    assert together(gs, "a1#0", "a3#0") and not together(gs, "a1#0", "a2#0")


def test_lookup_keys_find_names_cut_short_but_not_names_that_merely_end_alike():
    def stored(ref, name):  # the keys the build stores for a platform of this one mention
        return set(keys(m(ref, name, f"深圳市{name}揭牌。")))

    long_, short = "生命信息与生物医药广东省实验室", "生物医药广东省实验室"
    assert set(lookup_keys(m("e2", short, f"深圳市{short}揭牌。"))) & stored("e1", long_)
    assert set(lookup_keys(m("e3", long_, f"深圳市{long_}揭牌。"))) & stored("e4", short)
    a, b = "深圳智能制造创新中心", "深圳先进制造创新中心"
    assert set(keys(m("e5", a, f"{a}揭牌。"))) & stored("e6", b)  # both end in 制造创新中心 …
    assert not set(lookup_keys(m("e5", a, f"{a}揭牌。"))) & stored("e6", b)  # … which makes neither a candidate
