"""`python -m summarizer.eval.cleaning`: the share of each page that cleaning keeps, and gold strings it cuts."""
import json

from summarizer.eval import cleaning

_ARTICLE = ("青湾新材料中试基地建成投用\n首页 > 新闻 > 科技\n本报讯(记者 周明远)9月12日,青湾新材料中试基地在青湾高新区建成投用。"
            "基地由青湾理工大学与青湾化工集团共建,总投资2.6亿元,建有8条中试线。\n责任编辑:李华\n相关新闻\n青湾再添两家省级创新平台")
_GOLD = {"title": {"zh": "青湾新材料中试基地建成投用"}, "summary": {"zh": "青湾新材料中试基地建成投用。"},
         "platforms": [{"name": {"zh": "青湾新材料中试基地"}, "partners": [{"zh": "青湾化工集团"}, {"zh": "青湾日报社"}],
                        "scale": [{"zh": "总投资2.6亿元"}]}]}


def _refs(tmp_path):
    path = tmp_path / "refs.jsonl"
    path.write_text(json.dumps({"id": "q-1", "article": _ARTICLE, **_GOLD}, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_share_kept_and_gold_strings(tmp_path, capsys):
    assert cleaning.main(["--refs", str(_refs(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "articles: 1" in out and "reduced to nothing (refused, e.g. EmptyInput, or no text): 0" in out
    # 青湾日报社 is not in the page: only the two gold strings the page holds count, and neither is cut.
    assert "gold strings cut away by cleaning: 0 of 3" in out
    row = cleaning.measure(cleaning.load_references(_refs(tmp_path))[0])["rows"][0]
    assert 0.5 < row["kept"] < 1.0 and row["after"] < row["before"]  # the menu, byline and tail went


def test_one_line_pages_with_a_label_are_measured(tmp_path, capsys):
    assert cleaning.main(["--refs", str(_refs(tmp_path)), "--one-line", "--label", "原标题:"]) == 0
    out = capsys.readouterr().out
    assert "reduced to nothing (refused, e.g. EmptyInput, or no text): 0" in out
    assert "gold strings cut away by cleaning: 0 of 3" in out


def test_a_missing_file_is_one_line(tmp_path, capsys):
    assert cleaning.main(["--refs", str(tmp_path / "none.jsonl")]) == 1
    assert capsys.readouterr().err.startswith("error: no such file")
