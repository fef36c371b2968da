"""English names by composition rules and glossaries; numbers and units; user glossaries win."""
import pytest

from summarizer.translate import GlossaryTranslator
from summarizer.translate.glossary_data import Glossary


@pytest.fixture(scope="module")
def tr():
    return GlossaryTranslator()


@pytest.mark.parametrize("zh,en", [
    ("国防科技大学", "National University of Defense Technology"),
    ("湖南湘江新区", "Hunan Xiangjiang New Area"),
    ("长沙市政府", None),  # checked below: a municipal government
    ("长沙人工智能创新中心", "Changsha Artificial Intelligence Innovation Center"),
    ("北京大学计算与数字经济研究院", "Peking University Institute of Computing and Digital Economy"),
    ("株洲先进材料实验室", "Zhuzhou Advanced Materials Laboratory"),
    ("邵阳市人民政府", "Shaoyang Municipal People's Government"),
    ("浏阳经开区", "Liuyang Economic and Technological Development Zone"),
    ("雄安城市计算(超算云)中心", "Xiong'an Urban Computing (Supercomputing Cloud) Center"),  # short place form, parens
    ("青溪市农业农村局", "Qingxi Municipal Bureau of Agriculture and Rural Affairs"),  # government bodies
    ("陕西省人民医院", "Shaanxi Provincial People's Hospital"),
    ("重庆两江产业集团有限公司", "Chongqing Liangjiang Industry Group Co., Ltd."),  # companies
    ("中国电信江州分公司", "China Telecom Jiangzhou Branch"),
    ("青溪市数字农业创新中心", "Qingxi Digital Agriculture Innovation Center"),  # the city is implied
    ("安徽中鼎密封件股份有限公司", None),  # a brand is said in pinyin, not glossed
    ("中国船舶集团有限公司第七〇二研究所", "No. 702 Research Institute of China State Shipbuilding Corporation Limited"),
    ("黔中智算中心", "Qianzhong Intelligent Computing Center"),
    ("华中集成电路产教融合联盟", None),
])
def test_names(tr, zh, en):
    got = tr.translate_name(zh)
    if en:
        assert got == en
    elif zh == "安徽中鼎密封件股份有限公司":
        assert got.startswith("Anhui Zhongding ") and got.endswith("Co., Ltd."), got
    elif zh == "华中集成电路产教融合联盟":
        assert got.startswith("Central China Integrated Circuit"), got
    else:
        assert got.startswith("Changsha Municipal")


def test_unknown_place_becomes_pinyin(tr):
    assert tr.translate_name("芷江创新中心") == "Zhijiang Innovation Center"


def test_numbers_and_units(tr):
    en = tr.translate("总投资120亿元，算力规模可达1024P，训练效率提升100倍以上，20余名员工")
    assert "12 billion yuan" in en and "1024P" in en and "100 times" in en and "more than 20" in en


def test_codes_years_and_magnitudes(tr):
    en = tr.translate("2022年会上，5G基站1.5万个，零件12亿个")
    assert "5G" in en and "2,022" not in en and "15,000" in en and "1.2 billion" in en and "part" in en, en
    assert tr.translate("2022创新大会").startswith("2022 ")


def test_dates(tr):
    assert tr.translate("2022年7月10日").startswith("July 10, 2022")


def test_names_stay_the_same_in_running_text(tr):
    en = tr.translate("湘潭智造研究院由湘潭大学牵头建设", names={"湘潭智造研究院": "Xiangtan Smart Manufacturing Institute"})
    assert "Xiangtan Smart Manufacturing Institute" in en and "Xiangtan University" in en


def test_no_chinese_left_in_english(tr):
    en = tr.translate("该中心是湖南省目前算力规模最大的人工智能创新中心，以“一中心四平台”支持产业发展。")
    assert not any("\u4e00" <= c <= "\u9fff" for c in en)


def test_user_glossary_tsv_and_yaml_override(tmp_path):
    tsv = tmp_path / "g.tsv"
    tsv.write_text("zh\ten\n湘江实验室\tXiangjiang Lab\n", encoding="utf-8")
    yml = tmp_path / "g.yaml"
    yml.write_text("湘江实验室: Xiang River Lab\n拓维信息: {en: Talkweb Information, aliases: [拓维]}\n", encoding="utf-8")
    assert GlossaryTranslator(user_glossary=Glossary.from_file(tsv)).translate_name("湘江实验室") == "Xiangjiang Lab"
    t = GlossaryTranslator(user_glossary=Glossary.from_file(yml))
    assert t.translate_name("湘江实验室") == "Xiang River Lab"
    assert t.translate_name("拓维") == "Talkweb Information"


def test_bad_glossary_is_a_clear_error(tmp_path):
    from summarizer.errors import ConfigError

    bad = tmp_path / "g.tsv"
    bad.write_text("only-one-column\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        Glossary.from_file(bad)
    with pytest.raises(ConfigError):
        Glossary.from_file(tmp_path / "missing.tsv")


def test_names_found_by_ner_are_names_in_running_text(engine):
    b = engine.brief("2023岳麓峰会开幕\n江州智能计算中心今日正式启用，青溪镇种粮大户周德明前来参观。总投资12亿元。")
    assert "Yuelu" in b.title.en and "wife" not in b.title.en
