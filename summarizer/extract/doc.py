"""Doc: an Article plus lazily computed tokens per sentence, shared by the field extractors."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.article import Article, Sentence
from .ner import Tagger, Token, default_tagger


@dataclass
class Doc:
    article: Article
    tagger: Tagger = field(default_factory=default_tagger)
    _tokens: dict[int, list[Token]] = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.article.text

    @property
    def sentences(self) -> list[Sentence]:
        return self.article.sentences

    def tag(self, indices: list[int]) -> None:
        """Tag these sentences now, together (the CRF decode is batched)."""
        todo = [i for i in dict.fromkeys(indices) if i not in self._tokens]
        if not todo:
            return
        results = self.tagger.tag([self.sentences[i].text for i in todo])
        for i, pairs in zip(todo, results):
            pos, toks = self.sentences[i].start, []
            for w, t in pairs:
                toks.append(Token(w, t, pos, pos + len(w)))
                pos += len(w)
            self._tokens[i] = toks

    def by_sentence(self, spans) -> dict[int, list[tuple[int, int]]]:
        """Spans grouped by the sentence they start in: what a per-sentence step reads, so that steps over an
        article's sentences stay linear however many mentions it has."""
        out: dict[int, list[tuple[int, int]]] = {}
        for sp in spans:
            out.setdefault(self.sentence_at(sp[0]), []).append(sp)
        return out

    def title_tokens(self) -> list[Token]:
        """The headline's tokens (offsets into the text), tagged once however many steps read them."""
        toks = self.__dict__.get("_title_tokens")
        if toks is None:
            toks, art = [], self.article
            if art.title:
                pos = art.title_span[0]
                for w, t in self.tagger.tag([art.title])[0]:
                    toks.append(Token(w, t, pos, pos + len(w)))
                    pos += len(w)
            self.__dict__["_title_tokens"] = toks
        return toks

    def tokens(self, i: int) -> list[Token]:
        if i not in self._tokens:
            self.tag([i])
        return self._tokens[i]

    def tagged_tokens(self):
        """Every token of the sentences tagged so far."""
        for toks in self._tokens.values():
            yield from toks

    def sentence_at(self, offset: int) -> int:
        """The sentence holding this offset, -1 if none (a binary search: sentences are in text order)."""
        import bisect

        starts = self.__dict__.get("_starts")
        if starts is None or len(starts) != len(self.sentences):
            starts = self.__dict__["_starts"] = [s.start for s in self.sentences]
        i = bisect.bisect_right(starts, offset) - 1
        return i if i >= 0 and offset < self.sentences[i].end else -1


def alternation(words: list[str]) -> re.Pattern:
    """One regex matching any of `words`, longest first."""
    return re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
