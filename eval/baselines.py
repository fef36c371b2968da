"""Baseline summarisers for the side-by-side comparison: LEAD and TextRank (sumy's implementation).

All systems see the same sentences (our sentence splitter on the same cleaned article) and the same
character budget, so the comparison is of which sentences they choose, not of how they split text.
"""
from __future__ import annotations

from functools import lru_cache


def fit(sentences: list[str], budget: int) -> str:
    """Sentences joined in the given order, cut at `budget` characters (the last one may be cut)."""
    return "".join(sentences)[:budget]


def lead(sentences: list[str], budget: int) -> str:
    """The article's leading sentences, up to the budget."""
    return fit(sentences, budget)


@lru_cache(maxsize=1)
def _textrank():
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.summarizers.text_rank import TextRankSummarizer

    import logging
    import warnings

    with warnings.catch_warnings():  # jieba imports pkg_resources, which warns on every import
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.WARNING)
    return TextRankSummarizer(), Tokenizer("chinese")  # sumy's Chinese word tokenizer is jieba


def textrank(sentences: list[str], budget: int) -> str:
    """TextRank (sumy) ranks the sentences; the best ones that fit the budget, in article order."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    if not sentences:
        return ""
    summarizer, tokenizer = _textrank()
    doc = ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in sentences])])
    ratings = summarizer.rate_sentences(doc)
    by_text: dict[str, float] = {}
    for sent, score in ratings.items():
        by_text[str(sent)] = max(score, by_text.get(str(sent), 0.0))
    order = sorted(range(len(sentences)), key=lambda i: (-by_text.get(sentences[i].strip(), 0.0), i))
    chosen, used = [], 0
    for i in order:
        if used + len(sentences[i]) <= budget or not chosen:
            chosen.append(i)
            used += len(sentences[i])
        if used >= budget:
            break
    return fit([sentences[i] for i in sorted(chosen)], budget)
