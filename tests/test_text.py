"""Cleaning, sentences and sections."""
from conftest import FIXTURES, fixture_cases
import pytest

from summarizer.text import build_article, split_sentences
from summarizer.text.clean import clean


@pytest.mark.parametrize("src,exp", fixture_cases(), ids=lambda x: getattr(x, "name", ""))
def test_boilerplate_removed_and_content_kept(src, exp):
    art = build_article(src)
    for bp in exp["boilerplate"]:
        assert bp not in art.text, f"boilerplate survived: {bp}"
    assert art.title == exp["title"]
    for p in exp["platforms"]:  # cleaning never eats the content
        assert p["name"] in art.text


def test_removed_text_is_kept_for_debugging():
    raw = ("湘江实验室揭牌\n相链区块链\n长沙晚报掌上长沙8月30日讯(高新麓谷记者周秋燕)湘江实验室今天揭牌成立，由湖南省政府主导。\n"
           "实验室将建设三大创新中心。\n【作者:周秋燕】 【编辑:何希】\n关键词:长沙高新区\n>>我要举报\n登录后发表评论\n热点新闻\n回顶部 到底部")
    ct = clean(raw)
    removed = " ".join(r.text for r in ct.removed)
    assert ct.title == "湘江实验室揭牌"
    assert ct.paragraphs[0].startswith("湘江实验室今天揭牌成立")
    for piece in ("8月30日讯", "相链区块链", "编辑:何希", "关键词", "我要举报", "回顶部"):
        assert piece in removed
    assert all("编辑" not in p and "举报" not in p for p in ct.paragraphs)


def test_traditional_is_converted():
    art = build_article(FIXTURES / "traditional.txt")
    assert art.converted_from_traditional
    assert "深港微电子联合研究中心" in art.text and "實驗" not in art.text


def test_simplified_is_left_alone():
    text = "著名科学家张三表示，该研究院将着力发展先进计算。\n研究院于去年成立，已有20余名员工。"
    art = build_article(text)
    assert not art.converted_from_traditional
    assert "著名" in art.text


def test_full_width_digits_and_letters_are_normalised():
    art = build_article("标题\n算力规模可达１０２４Ｐ，共有２４家企业入驻，总投资３．５亿元。")
    assert "1024P" in art.text and "3.5亿元" in art.text and "，" in art.text  # Chinese punctuation kept


def test_html_page():
    art = build_article(FIXTURES / "news_page.html")
    assert art.was_html
    assert "<" not in art.text and "function(" not in art.text


def test_sentences_respect_quotes_numbers_and_ellipsis():
    para = ("总投资3.5亿元，算力达1,024P。“我们将齐心协力。把实验室建好！”主任陈晓红坦言。放眼深蓝……挺进深地……"
            "项目有望年底投用？是的。")
    sents = [para[s:e] for s, e in split_sentences(para)]
    assert sents[0] == "总投资3.5亿元，算力达1,024P。"
    assert sents[1] == "“我们将齐心协力。把实验室建好！”主任陈晓红坦言。"
    assert sents[2] == "放眼深蓝……"
    assert sents[3] == "挺进深地……"
    assert sents[4] == "项目有望年底投用？"


def test_headings_open_sections():
    text = ("标题\n导语介绍了两个平台的情况。\n湘江实验室：强化算力支撑，培育战略科技力量\n"
            "湘江实验室揭牌成立。\n岳麓山工业创新中心:打通成果转化“最后一公里”\n中心已服务50家企业。")
    art = build_article(text)
    subjects = [s.subject for s in art.sections]
    assert subjects == ["", "湘江实验室", "岳麓山工业创新中心"]
    assert art.sections[2].slogan == "打通成果转化“最后一公里”"
    heading = [s for s in art.sentences if s.is_heading]
    assert len(heading) == 2 and all(s.section > 0 for s in heading)


def test_empty_after_cleaning():
    from summarizer.errors import EmptyInput

    with pytest.raises(EmptyInput):
        build_article("我要举报\n回顶部\n")


def test_site_lines_bracket_bylines_and_closing_bylines_are_removed():
    raw = ("首页 > 新闻中心 > 本地要闻 > 正文\n"
           "江州新闻网 2024-05-21 08:30:12 来源：江州日报 字号：大 中 小 【打印】【关闭】\n"
           "江州智能计算中心启用\n"
           "【记者王小明/江州报导】江州智能计算中心今天正式启用，由江州大学与华为共建。\n"
           "中心算力规模达到300P。\n"
           "（江州日报记者 王小明 通讯员 李华）")
    ct = clean(raw)
    assert ct.title == "江州智能计算中心启用"
    assert ct.paragraphs[0].startswith("江州智能计算中心今天正式启用")
    assert ct.paragraphs[-1] == "中心算力规模达到300P。"
    removed = " ".join(r.text for r in ct.removed)
    assert "08:30:12" in removed and "江州报导" in removed and "通讯员 李华" in removed
