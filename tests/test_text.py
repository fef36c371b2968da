"""Cleaning, sentences and sections."""
from conftest import FIXTURES, ROOT, fixture_cases
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


# ---- hardening: every input gets an Article or a SummarizerError, in time linear in its length ------------
def test_a_deeply_nested_page_gives_its_text():
    depth = 100_000  # 1.1 MB of <div>: inserting newline nodes per tag took minutes here
    page = ("<html><head><title>标题_某某网</title></head><body>" + "<div>" * depth + "<nav>导航</nav><h1>江州智能计算中心启用</h1>"
            + "<p>江州智能计算中心今天正式启用。</p>" + "</div>" * depth + "<p>中心算力规模达到300P。</p></body></html>")
    art = build_article(page)
    assert art.title == "江州智能计算中心启用" and "导航" not in art.text
    assert [s.text for s in art.sentences] == ["江州智能计算中心今天正式启用。", "中心算力规模达到300P。"]


@pytest.mark.parametrize("text", ["。。。！！\n？？……", "123，456。\n7.8%", "<p>。。</p><p>，，——</p>", "★☆※\n→→"])
def test_text_without_a_word_is_refused(text):
    from summarizer.errors import EmptyInput

    with pytest.raises(EmptyInput):
        build_article(text)


def test_many_tail_markers_and_column_tags_are_removed():
    lines = ["【专题】"] * 3000 + ["江州智能计算中心启用", "江州智能计算中心今天正式启用，由江州大学与华为共建，算力规模达到300P。"]
    lines += ["相关新闻"] * 3000
    ct = clean("\n".join(lines))
    assert ct.title == "江州智能计算中心启用" and len(ct.paragraphs) == 1
    assert sum(r.reason == "column tag" for r in ct.removed) == 3000 and sum(r.reason == "page tail" for r in ct.removed) == 3000


def _sources() -> list[bytes]:
    paths = sorted(FIXTURES.glob("*.txt")) + sorted(FIXTURES.glob("*.html")) + sorted((ROOT / "examples").glob("*.txt"))
    return [p.read_bytes() for p in paths]


_ENCODINGS = ["utf-8", "gb18030", "big5", "utf-16", "utf-16-le", "utf-16-be", "utf-8-sig", "utf-32"]
_JUNK = [b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"<", b"<div>", b"</p>", b"\xe4\xb8", b"\x1b[31m", b"\r", "\u2028".encode(),
         b"&#0;", b"&#xD800;", b"<![CDATA[", b"<!--", b"\xc0\x80", "“".encode(), b"%PDF", b"<h1>", b"\t\t"]


def _mangle(kind: str, data: bytes, rng) -> bytes | str:
    import unicodedata

    text = data.decode("utf-8", "replace")
    if kind == "cut":  # in any encoding, at any byte, keeping the head or the tail
        enc = rng.choice(_ENCODINGS)
        b = text.encode(enc, "ignore")
        i = rng.randrange(len(b) + 1)
        return b[:i] if rng.random() < 0.5 else b[i:]
    if kind == "shuffle":  # lines, or the characters of a stretch
        if rng.random() < 0.5:
            lines = text.split("\n")
            rng.shuffle(lines)
            return "\n".join(lines).encode(rng.choice(_ENCODINGS), "ignore")
        chars = list(text)
        i = rng.randrange(len(chars))
        part = chars[i : i + rng.randrange(1, 300)]
        rng.shuffle(part)
        chars[i : i + len(part)] = part
        return "".join(chars)
    if kind == "strip":  # punctuation (or letters, or figures) removed
        drop = rng.choice("PPLN")
        return "".join(c for c in text if unicodedata.category(c)[0] != drop).encode(rng.choice(_ENCODINGS[:3]), "ignore")
    out = bytearray(data)  # junk: markup, BOMs, broken sequences, random bytes; or bytes flipped
    for _ in range(rng.randrange(1, 40)):
        if kind == "junk":
            i = rng.randrange(len(out) + 1)
            out[i:i] = rng.choice(_JUNK) if rng.random() < 0.7 else rng.randbytes(rng.randrange(1, 8))
        else:
            out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


@pytest.mark.parametrize("kind", ["cut", "shuffle", "junk", "flip", "strip"])
def test_mangled_input_gives_an_article_or_a_summarizer_error(kind):
    """Cut anywhere, shuffled, punctuation stripped, junk inserted: never another exception, never a hang."""
    import random

    from summarizer.errors import SummarizerError

    rng, sources, outcomes = random.Random(kind), _sources(), {"ok": 0, "refused": 0}
    for _ in range(150):
        data = _mangle(kind, rng.choice(sources), rng)
        with _watchdog(10):
            try:
                build_article(data)
                outcomes["ok"] += 1
            except SummarizerError:
                outcomes["refused"] += 1
    assert outcomes["ok"] > 0  # the mangling leaves articles to read, not only refusals


def test_a_long_unpunctuated_line_opening_with_a_byline_word_cleans():
    """A line that opens like a photo credit (记者…) but runs on without punctuation cleans at once."""
    with _watchdog(5):
        ct = clean("江州智能计算中心启用\n记者在中心的装备验证车间看到一台新研制的超快激光加工设备正在对一块玻璃盖板进行微孔加工切口光滑平整几乎看不到热影响痕迹工作人员介绍")
    assert len(ct.paragraphs) == 1


class _watchdog:
    """TimeoutError in this (main) thread after `seconds`: a hang fails the test instead of stalling the suite."""

    def __init__(self, seconds: int) -> None:
        self.seconds = seconds

    def __enter__(self):
        import signal

        def fire(*_):
            raise TimeoutError(f"no result after {self.seconds} s")

        self.old = signal.signal(signal.SIGALRM, fire)
        signal.alarm(self.seconds)

    def __exit__(self, *exc):
        import signal

        signal.alarm(0)
        signal.signal(signal.SIGALRM, self.old)
        return False


# ---- boilerplate never eats the article ---------------------------------------------------------------------
@pytest.mark.parametrize("colon", [":", "："])
def test_a_one_line_page_opening_with_the_original_title_keeps_its_article(colon):
    """A whole page on one line that opens with 原标题: is an article with a label, not a label."""
    raw = (f"原标题{colon}青湾新材料中试基地建成投用 本报讯(记者 周明远)9月12日,青湾新材料中试基地在青湾高新区建成投用。"
           "基地由青湾理工大学与青湾化工集团共建,总投资2.6亿元,建有8条中试线。基地将面向全市新材料企业开放,"
           "力争三年内转化科技成果30项以上。 版权所有 青湾日报社 青ICP备20231234号-1")
    art = build_article(raw)
    for piece in ("青湾新材料中试基地在青湾高新区建成投用", "青湾化工集团", "2.6亿元", "转化科技成果30项以上"):
        assert piece in art.text
    removed = [r.text for r in art.removed]
    assert f"原标题{colon}青湾新材料中试基地建成投用" in removed
    assert "原标题" not in art.text and "ICP备" not in art.text


def test_a_label_glued_to_a_sentence_takes_only_itself():
    ct = clean("原标题:近日,青湾智能网联汽车测试场通过验收。测试场由青湾交通集团建设,道路总长12公里,"
               "可模拟雨雾、隧道等40余种场景。")
    assert ct.paragraphs[0].startswith("近日,青湾智能网联汽车测试场通过验收。")
    assert [r.text for r in ct.removed] == ["原标题:"]


def test_a_tail_marker_early_in_the_page_does_not_cut_the_article():
    """Short paragraphs below an early 关键词 line are the article: the marker goes alone."""
    raw = ("青湾新材料中试基地投用\n关键词:新材料 中试\n青湾新材料中试基地昨日投用。\n基地由青湾理工大学与青湾化工集团共建。\n"
           "基地总投资2.6亿元,建有8条中试线。\n预计每年可转化成果30项。\n相关新闻\n青湾高新区再添两家省级创新平台\n青湾理工大学获批两个重点实验室")
    ct = clean(raw)
    assert ct.title == "青湾新材料中试基地投用"
    assert ct.paragraphs == ["青湾新材料中试基地昨日投用。", "基地由青湾理工大学与青湾化工集团共建。",
                             "基地总投资2.6亿元,建有8条中试线。", "预计每年可转化成果30项。"]
    tail = [r.text for r in ct.removed if r.reason == "page tail"]
    assert tail == ["关键词:新材料 中试", "相关新闻", "青湾高新区再添两家省级创新平台", "青湾理工大学获批两个重点实验室"]


def test_a_related_news_list_longer_than_the_article_is_still_cut():
    """The share a tail cut may take is of the page's sentences: a long list of headlines still goes."""
    headlines = [f"青湾第{n}届科技活动周开幕 多家实验室开放参观" for n in range(1, 21)]
    raw = "\n".join(["青湾新材料中试基地投用", "青湾新材料中试基地昨日投用,由青湾理工大学与青湾化工集团共建,总投资2.6亿元。",
                     "推荐阅读", *headlines])
    ct = clean(raw)
    assert ct.paragraphs == ["青湾新材料中试基地昨日投用,由青湾理工大学与青湾化工集团共建,总投资2.6亿元。"]
    assert sum(r.reason == "page tail" for r in ct.removed) == 21


def test_site_notices_are_still_removed_whole():
    notice = "免责声明:本文仅代表作者本人观点,与本网无关。文中陈述和内容未经本站证实,请读者仅作参考。"
    raw = ("青湾新材料中试基地投用\n青湾新材料中试基地昨日投用,由青湾理工大学与青湾化工集团共建,总投资2.6亿元。"
           f"基地建有8条中试线,预计每年可转化成果30项。\n{notice}\n版权所有 青湾日报社 青ICP备20231234号-1")
    ct = clean(raw)
    assert len(ct.paragraphs) == 1 and ct.paragraphs[0].endswith("转化成果30项。")
    assert [r.text for r in ct.removed] == [notice, "版权所有 青湾日报社 青ICP备20231234号-1"]


def test_a_page_the_full_cleaning_would_empty_is_cleaned_lightly():
    """A photo story is all captions: the caption rule would take every paragraph, so it is not applied."""
    captions = ["图为青湾智能计算中心的液冷机房,数百台机柜整齐排列。(周明远 摄)",
                "图为工程师在中心调试新一代国产算力服务器。(周明远 摄)",
                "图为青湾理工大学与中心共建的联合实验室揭牌现场。(周明远 摄)",
                "图为中心大屏实时显示全市企业的算力调度情况。(周明远 摄)"]
    raw = "\n".join(["组图:青湾智能计算中心启用", *captions, "分享到", "返回顶部"])
    ct = clean(raw)
    assert ct.paragraphs == captions
    assert [r.text for r in ct.removed] == ["分享到", "返回顶部"]
    assert ct.notes and "light" in ct.notes[0]
    assert build_article(raw).text.count("图为") == 4


_BODY = ("6月3日,江州市智能传感器创新中心在高新区揭牌成立。该中心由江州大学与江州电子集团共建,总投资2亿元,"
         "将围绕传感器芯片设计、封装测试等方向开展技术攻关。")


@pytest.mark.parametrize("top", [
    ["img_20240603_0912.jpg"],                                        # an image's file name
    ["您好,欢迎来到江州科技网! 登录 注册 | 返回首页 | 加入收藏"],           # login and site navigation
    ["您当前的位置 : 江州新闻 >> 科技要闻"],                               # a breadcrumb
    ["江州生活资讯网江州生活资讯网"],                                     # a site's name, twice
    ["传感器价格表,传感器厂家,压力传感器,温度传感器多少钱"],                  # a spam keyword list
    ["快讯> 正文", "资讯 政策 技术 创业 孵化"],                            # a menu
])
def test_the_headline_is_found_past_the_furniture_that_opens_a_page(top):
    page = "\n".join(top + ["江州市智能传感器创新中心揭牌", "2024-06-03 09:12 来源:江州日报", _BODY])
    ct = clean(page)
    assert ct.title == "江州市智能传感器创新中心揭牌"
    assert any(_BODY[:40] in p for p in ct.paragraphs)  # the article is all there
    assert not any(x in p for p in ct.paragraphs for x in top)


def test_a_page_without_a_headline_has_no_title_not_its_byline_or_a_caption():
    for top in ("□记者 王江 报道", "记者王江/江州报导", "(资料图片)"):
        ct = clean(f"{top}\n{_BODY}")
        assert ct.title == "" and ct.paragraphs[0].startswith("6月3日")


def test_a_headline_under_a_masthead_is_the_title_and_a_first_line_headline_stays_the_title():
    assert clean(f"江州日报 数字报纸\n00002版:要闻\n江州传感器创新中心揭牌\n{_BODY}").title == "江州传感器创新中心揭牌"
    assert clean(f"江州传感器创新中心揭牌\n副标题说明这是第二行\n{_BODY}").title == "江州传感器创新中心揭牌"


@pytest.mark.parametrize("opening", [
    "【江州新闻网/记者 王江/江州 报导】",                  # a source before the reporter, inside brackets
    "【江州商报网讯】",                                   # a site's dateline in brackets
    "(江州英文新闻 / 科技组 综合报导)",                     # a newsroom in parentheses
    "date 2024-06 ",                                      # an aggregator's date
    "日期:06-03 来源:未知",                                # a date and an unknown source glued to the text
    "date 2024-06 (江州英文新闻 / 科技组 综合报导)",          # one prefix after another
])
def test_datelines_and_bylines_before_the_text_go_and_the_text_stays(opening):
    ct = clean(f"江州传感器创新中心揭牌\n{opening}{_BODY}")
    assert ct.paragraphs[0] == _BODY


def test_a_byline_on_the_line_after_a_dateline_alone_goes_too():
    ct = clean(f"江州传感器创新中心揭牌\n江州晚报讯\n记者王江报道:{_BODY}")
    assert ct.paragraphs[0] == _BODY and ct.title == "江州传感器创新中心揭牌"
    ct = clean(f"江州传感器创新中心揭牌\n发布时间:2024年06月03日 来源:\n{_BODY}")
    assert ct.paragraphs == [_BODY]


def test_pinyin_glosses_inside_words_are_removed_and_real_brackets_stay():
    # Re-posting sites gloss readings after characters ("协(xié)同"); a name's English, an acronym, a status or
    # phase in brackets is the article's own.
    a = build_article("青州市协(xié)同创(chuàng)新中心揭牌\n"
                      "记者获悉，由内(nèi)蒙古青州大学与青州钢铁(集团)有限责任公司共建的青州市协(xié)同创(chuàng)"
                      "新中心（筹）日前揭牌，中心一期(一期工程)建设青州工业技术研究院(QITRI)分部和智能制造实验室(拟建)。")
    assert a.title == "青州市协同创新中心揭牌"
    assert "内蒙古青州大学与青州钢铁(集团)有限责任公司共建的青州市协同创新中心（筹）" in a.text
    for kept in ("(一期工程)", "(QITRI)", "(拟建)"):
        assert kept in a.text
    assert not any(g in a.text for g in ("xié", "chuàng", "nèi"))


def test_latin_words_without_tone_marks_in_brackets_are_kept():
    a = build_article("青州5G创新中心(beta)平台今天上线试运行，平台(platform)面向全市企业开放，已有二十家企业接入使用。")
    assert "(beta)" in a.text and "(platform)" in a.text


def test_a_betting_link_injected_into_sentences_goes_and_latin_names_stay():
    # a hacked page glues "<brand>官方入口" between the words of its sentences; a company's Latin name stays
    a = build_article("青州工程科技发展研究院揭牌\n双方签订合作协议abcbet官方入口，共建“青州工程科技发展abcbet官方入口战略研究院”。"
                      "研究院与Acme公司合作，提供官方入口网站建设服务。")
    assert "青州工程科技发展战略研究院" in a.text and "签订合作协议，共建" in a.text
    assert "abcbet" not in a.text and "Acme公司" in a.text and "提供官方入口网站" in a.text


def test_a_line_of_a_date_alone_above_the_headline_is_not_the_headline():
    art = build_article("2015年09月18日 星期五\n江州新增4家省级工程研究中心\n\n    本报讯 近日，江州市新增4家省级工程研究中心，"
                        "覆盖新材料、高端装备等领域。截至目前，全市省级工程研究中心增至23家。")
    assert art.title == "江州新增4家省级工程研究中心"
