"""Chinese → English with a seq2seq model (hf or ct2 Generator), done as ../design.md asks.

    text → sentences → clauses (only where a sentence exceeds the model's window)
         → names replaced by placeholders (Z1, Z2 …; their English comes from the glossary, never the model)
         → for an instruct LLM, figures with a Chinese magnitude written in English (55亿元 → 5.5 billion yuan):
           a 1.5B model multiplies 亿 by ten in most sentences, and copies Latin figures it is shown
         → cache lookup (memory, then optional SQLite on disk) → one length-batched generate call
         → checks: repetition loop, dropped content, placeholders lost, a figure changed, Chinese left
         → retry of failures (and of answers with Chinese left) with beam search and no-repeat n-grams (an
           LLM: a repeat penalty); a lost name: retried with the names written in English inline
         → what the model still cannot write: the phrase grammar's English for that segment's clauses
           (summarizer/english), clause by clause; a clause neither can write is left out (never a word gloss)
         → placeholders restored (also when the model spaced, lower-cased or bracketed them) → joined

Names (translate_name) always come from the glossary translator: a name's English is the same in every
field, every article and with every model. Each repair is counted and reported by pop_warnings(), which
the engine puts into the brief's meta.warnings.
"""
from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
from collections import Counter, OrderedDict
from pathlib import Path
from typing import Optional

from ..generation.backends import Generator
from ..text.article import split_sentences
from .glossary import _PUNCT, GlossaryTranslator

_CJK = re.compile(r"[\u3400-\u9fff]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff\d，、]*")
_CLAUSE_END = re.compile(r"[，；：、;:]|,(?!\d)")  # not the comma of 1,024
# Full-width ASCII ("Ｚ２", "（") to ASCII: what some models write for a placeholder; km² and ① stay.
_FULLWIDTH = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)}
_CJK_PUNCT = str.maketrans({k: v for k, v in _PUNCT.items() if len(k) == 1})  # the glossary's own mapping
_PLACEHOLDER_LETTERS = "ZQXJ"
MIN_RATIO = 0.9  # English characters per Chinese character below which content was dropped (typical: 2–4)
MAX_RATIO = 14.0  # above: the model ran on (a loop the n-gram check missed)


class Seq2SeqTranslator:
    """The Translator protocol over a seq2seq Generator, with the glossary translator for names and repairs."""

    def __init__(self, generator: Generator, glossary: GlossaryTranslator, template: str = "{text}",
                 cache_path: Optional[str] = None, max_cache: int = 100_000, max_tokens: int = 200,
                 templates: Optional[dict[str, str]] = None) -> None:
        self.gen = generator
        self.glossary = glossary
        self.template = template
        # Per kind of field, a prompt of its own (an instruct LLM writes a goal as a verb phrase when shown
        # verb phrases); a kind without one takes `template`.
        self.templates = {k: v for k, v in (templates or {}).items() if v}
        self.name = f"{generator.name}:{generator.model}" + (f" ({generator.quantize})" if getattr(generator, "quantize", "") else "")
        # Clause splitting keeps inputs under the window and under the length where small models degrade.
        overhead = len(template.replace("{text}", ""))
        self.max_tokens = max(16, min(max_tokens, generator.max_input_tokens - 4 - overhead))
        # An instruct LLM reads figures in English (its prompt says so); other models read the Chinese as is.
        self.english_figures = getattr(generator, "prompt_family", "") == "llm"
        self._mem: OrderedDict[str, str] = OrderedDict()
        self._max_cache = max_cache
        self._disk = _DiskCache(cache_path, self._fingerprint()) if cache_path else None
        self._lock = threading.Lock()  # the caches and counters
        # One model call at a time: tokenizers are not safe across threads, and the model takes every core.
        self._gen_lock = threading.Lock()
        # Repairs are counted per thread: the web app runs two briefs at once on one translator.
        self._local = threading.local()
        self.stats: Counter[str] = Counter()  # segments, generated, cache_hits, retried, fallback, patched

    def _fingerprint(self) -> str:
        """What the disk cache's entries depend on: the model (its weights' file, size and time), how it
        runs, and the prompt template."""
        g = self.gen
        weights = ""
        path = Path(str(getattr(g, "path", "")))
        for f in ("model.bin", "model.safetensors", "pytorch_model.bin", ""):  # "": the path is the weights (GGUF)
            if (path / f).is_file():
                st = (path / f).stat()
                weights = f"{f}:{st.st_size}:{st.st_mtime_ns}"
                break
        key = f"{g.name}|{g.model}|{path}|{weights}|{getattr(g, 'quantize', '')}|{self.template}"
        key += "".join(f"|{k}:{v}" for k, v in sorted(self.templates.items()))
        return hashlib.sha1(key.encode()).hexdigest()[:16]

    @property
    def _warn(self) -> Counter:
        if not hasattr(self._local, "warn"):
            self._local.warn, self._local.failure = Counter(), ""
        return self._local.warn

    # ---- the protocol --------------------------------------------------------------------------
    def translate_name(self, zh: str, kind: str = "org") -> str:
        return self.glossary.translate_name(zh, kind)

    def short_forms(self, text: str, names=()) -> dict[str, str]:
        return self.glossary.short_forms(text, names)  # names, the glossary's: the same on every engine

    def with_its_place(self, zh: str, owner: str, text: str) -> str:
        return self.glossary.with_its_place(zh, owner, text)  # the bare 市政府's city: the same on every engine

    def translate(self, text: str, names: Optional[dict[str, str]] = None) -> str:
        return self.translate_batch([text], names)[0]

    def pop_warnings(self) -> list[str]:
        """What was repaired since the last call in this thread, one line per kind, for meta.warnings.
        (A segment served from the cache was repaired when it was first translated, and is not counted.)"""
        w = Counter(self._warn)
        self._warn.clear()
        msgs = {"retried": "{n} segment(s) re-translated with beam search (an instruct LLM: a repeat penalty) after a bad first output",
                "inline": "{n} segment(s) lost a protected name in the model and were re-translated with the names in English",
                "name_lost": "{n} segment(s) lost a protected name in the model, also with the names written inline: "
                             "the model's English is used without that name",
                "fallback_loop": "{n} segment(s) looped in the model; the phrase grammar wrote them",
                "fallback_dropped": "{n} segment(s) lost content in the model; the phrase grammar wrote them",
                "fallback_placeholder": "{n} segment(s) lost a protected name in the model; the phrase grammar wrote them",
                "fallback_invented": "{n} segment(s) got a name placeholder from the model that the Chinese does not "
                                     "have; the phrase grammar wrote them",
                "uninvented": "{n} segment(s) got a name placeholder from the model that the Chinese does not have, "
                              "where a subject was missing: it reads \"it\"",
                "fallback_figure": "{n} segment(s) had a figure changed or lost by the model; the phrase grammar wrote them",
                "left_out": "{n} clause(s) neither the model nor the phrase grammar could write are left out of the English",
                "patched": "{n} segment(s) kept Chinese in the model's English; the phrase grammar wrote those words "
                           "or they are left out"}
        out = [msgs[k].format(n=n) for k, n in w.items() if k in msgs]
        if w.get("model_failed"):
            out.append(f"the translation model failed ({self._local.failure}); the phrase grammar wrote "
                       f"{w['model_failed']} segment(s)")
        return out

    def translate_batch(self, texts: list[str], names: Optional[dict[str, str]] = None, kind: str = "") -> list[str]:
        """English of each text; `kind` ("goal") picks that kind's prompt where the model has one."""
        names = {n: en for n, en in (names or {}).items() if n}
        # One pattern for the whole call, longest name first (the same names serve every text).
        names_rx = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True)))) if names else None
        template = self.templates.get(kind, self.template)
        plans = [self._plan(t, names, names_rx, template) for t in texts]
        segs = [s for p in plans for s in p if s.source]
        self.stats["segments"] += len(segs)
        todo: dict[str, list[_Segment]] = {}
        for s in segs:
            hit = self._cached(s.source)
            if hit is not None:
                s.out = hit
                self.stats["cache_hits"] += 1
            else:
                todo.setdefault(s.source, []).append(s)
        if todo:
            uniq = [v[0] for v in todo.values()]
            with self._gen_lock:
                done = self._translate_unique(uniq)
            for key, (out, keep) in zip(todo, done):
                if keep:  # a stand-in for a model that failed is not remembered: next time the model may work
                    self._store(key, out)
                for s in todo[key]:
                    s.out = out
        return [_join(p) for p in plans]

    # ---- planning: sentences, clauses, placeholders --------------------------------------------
    def _plan(self, text: str, names: dict[str, str], names_rx: Optional[re.Pattern],
              template: Optional[str] = None) -> list["_Segment"]:
        pieces: list[tuple[str, str]] = []  # (chinese, what joins it to the next)
        for line in text.split("\n"):
            sents = [line[a:b] for a, b in split_sentences(line)] or [line]
            for s in sents:
                pieces.extend((c, " ") for c in self._clauses(s))
            if pieces:
                pieces[-1] = (pieces[-1][0], "\n")
        if pieces:
            pieces[-1] = (pieces[-1][0], "")
        return [self._protect(zh, joiner, names, names_rx, template) for zh, joiner in pieces]

    def _clauses(self, sent: str) -> list[str]:
        """The sentence, or its clauses (cut after ，；：、) greedily packed under the token limit."""
        if not _CJK.search(sent) or self.gen.count_tokens([sent])[0] <= self.max_tokens:
            return [sent]
        cuts = [m.end() for m in _CLAUSE_END.finditer(sent)]
        parts, start = [], 0
        for c in cuts + [len(sent)]:
            if c > start:
                parts.append(sent[start:c])
                start = c
        lens = self.gen.count_tokens(parts)
        out, cur, cur_len = [], "", 0
        for p, n in zip(parts, lens):
            if cur and cur_len + n > self.max_tokens:
                out.append(cur)
                cur, cur_len = "", 0
            cur, cur_len = cur + p, cur_len + n
        if cur:
            out.append(cur)
        # A clause alone over the limit (no punctuation for hundreds of characters): cut by characters.
        final = []
        for c in out:
            n = self.gen.count_tokens([c])[0]
            if n <= self.max_tokens:
                final.append(c)
            else:
                step = max(8, len(c) * self.max_tokens // n)
                final.extend(c[i : i + step] for i in range(0, len(c), step))
        return final

    def _protect(self, zh: str, joiner: str, names: dict[str, str], names_rx: Optional[re.Pattern],
                 template: Optional[str] = None) -> "_Segment":
        letter = next((x for x in _PLACEHOLDER_LETTERS if not re.search(fr"(?i){x}\s*\d", zh)), "Z")
        found = self._names_in(zh, names, names_rx)
        src, slots, pos = [], [], 0
        for s, e, en in found:
            src.append(zh[pos:s])
            slots.append(en)
            # Spaced, so that a following figure or word cannot run into it ("华为5G" is not "Z15G").
            src.append(f" {letter}{len(slots)} ")
            pos = e
        src.append(zh[pos:])
        text = re.sub(r" {2,}", " ", "".join(src)).strip()
        text = re.sub(r" (?=[，。、；：！？）”])|(?<=[（“]) ", "", text)
        if not _CJK.search(_placeholder_rx(letter).sub("", text)):
            # Nothing left to translate (a bare name, a figure, a heading in Latin letters).
            return _Segment(zh, joiner, text, "", letter, slots, out=text.translate(_CJK_PUNCT))
        seg = _Segment(zh, joiner, text, self._prompt(text, template), letter, slots)
        seg.template = template
        return seg

    def _prompt(self, text: str, template: Optional[str] = None) -> str:
        return (template or self.template).format(text=english_figures(text) if self.english_figures else text)

    def _names_in(self, zh: str, names: dict[str, str], names_rx: Optional[re.Pattern]) -> list[tuple[int, int, str]]:
        """Spans of names to protect: those the caller gave, then organisations and places of the glossary."""
        spans: list[tuple[int, int, str]] = []
        taken = [False] * len(zh)
        rx = [(names_rx, lambda m: names[m.group(0)])] if names_rx else []
        finder = self.glossary.glossary.finder(("org", "place"))
        if finder is not None:
            rx.append((finder, lambda m: self.glossary.glossary.get(m.group(0)).en))
        for r, lookup in rx:
            for m in r.finditer(zh):
                if r is finder and _everyday_nickname(self.glossary.glossary, m.group(0)):
                    continue  # "重大" is "major" here, not Chongqing University
                if m.end() > m.start() and not any(taken[m.start() : m.end()]):
                    en = lookup(m)
                    if en:
                        spans.append((m.start(), m.end(), en))
                        taken[m.start() : m.end()] = [True] * (m.end() - m.start())
        return sorted(spans)

    # ---- caches --------------------------------------------------------------------------------
    def _cached(self, key: str) -> Optional[str]:
        with self._lock:
            if key in self._mem:
                self._mem.move_to_end(key)
                return self._mem[key]
        if self._disk is not None:
            hit = self._disk.get(key)
            if hit is not None:
                self._remember(key, hit)
            return hit
        return None

    def _remember(self, key: str, out: str) -> None:
        with self._lock:
            self._mem[key] = out
            while len(self._mem) > self._max_cache:
                self._mem.popitem(last=False)

    def _store(self, key: str, out: str) -> None:
        self._remember(key, out)
        if self._disk is not None:
            self._disk.put(key, out)

    # ---- the model, its checks and repairs -------------------------------------------------------
    def _generate(self, segs: list["_Segment"], **kw) -> Optional[list[str]]:
        """The model's outputs, or None when it failed (counted; the caller falls back)."""
        try:
            return [o.translate(_FULLWIDTH) for o in self.gen.generate([s.source for s in segs], **kw)]
        except Exception as e:  # a model that fails at run time (memory, a broken checkpoint) costs fluency, not text
            self._warn["model_failed"] += len(segs)
            self._local.failure = f"{type(e).__name__}: {e}"[:200]
            return None

    def _translate_unique(self, segs: list["_Segment"]) -> list[tuple[str, bool]]:
        """(English with placeholders still in, whether to cache it) for each segment, repaired where the
        checks fail."""
        outs = self._generate(segs)
        if outs is None:
            return [(self._fallback(s, None), False) for s in segs]
        self.stats["generated"] += len(segs)
        keep = [True] * len(segs)
        first = [_problem(s, o) for s, o in zip(segs, outs)]
        # Chinese left in an otherwise good answer ("for成果转化") is retried too: a second pass usually
        # writes the word; failing that, the first answer is patched below.
        bad = [i for i, (p, o) in enumerate(zip(first, outs)) if p or _CJK.search(o)]
        if bad:
            self.stats["retried"] += len(bad)
            self._warn["retried"] += len(bad)
            retry = self._generate([segs[i] for i in bad], beam=4, no_repeat_ngram=3)
            lost = []
            for k, i in enumerate(bad):
                problem = _problem(segs[i], retry[k]) if retry is not None else None
                if first[i] is None:  # only Chinese left: the retry where it is clean
                    if retry is not None and problem is None and not _CJK.search(retry[k]):
                        outs[i] = retry[k]
                elif retry is not None and problem == "placeholder":
                    lost.append((i, retry[k]))
                elif problem == "invented" and _problem(segs[i], _uninvent(segs[i], retry[k])) is None:
                    # Still a placeholder it was not given, where a subject-less clause needs a subject: the
                    # platform the field is about, "it" (the grammar's clause-by-clause English says less).
                    self._warn["uninvented"] += 1
                    outs[i] = _uninvent(segs[i], retry[k])
                elif retry is None or problem in ("loop", "dropped", "figure", "invented"):
                    outs[i] = self._fallback(segs[i], problem)
                    keep[i] = retry is not None
                else:
                    outs[i] = retry[k]
            for i, out in self._names_inline(segs, lost):
                outs[i] = out
        for i, o in enumerate(outs):
            if _CJK.search(o):
                outs[i] = self._patch(segs[i], o)
        return list(zip(outs, keep))

    def _names_inline(self, segs: list["_Segment"], lost: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """Segments whose model output lost a name: translated again with the names written in English inline
        (models copy Latin text they are shown). Where a name is still lost, the model's English stands if it
        kept at least two names in three (a dateline or an apposition dropped: the sentence still says what
        the Chinese says, and the grammar's clause-by-clause English of a long sentence would say less);
        otherwise the phrase grammar writes the segment (an inserted name at a guessed place would garble
        the model's sentence)."""
        if not lost:
            return []
        inline = [_Segment(segs[i].zh, segs[i].joiner, segs[i].inline(),
                           self._prompt(segs[i].inline(), segs[i].template), segs[i].letter, []) for i, _ in lost]
        outs = self._generate(inline)
        done = []
        for k, (i, first) in enumerate(lost):
            seg, out = segs[i], (outs[k] if outs is not None else None)
            inline_ok = out is not None and _problem(inline[k], out) is None
            if inline_ok and all(_norm(n) in _norm(out) for n in seg.slots):
                self._warn["inline"] += 1
                done.append((i, _escape_slots(out, seg)))
                continue
            # The model's answers that are good but for lost names, with how many names each kept.
            kept = [(sum(_norm(n) in _norm(out) for n in seg.slots), _escape_slots(out, seg))] if inline_ok else []
            if _problem(seg, first, names=False) is None:
                kept.append((sum(c > 0 for c in _placeholder_counts(seg, first)), first))
            best = max(kept, key=lambda x: x[0], default=None)
            if best is not None and 3 * (len(seg.slots) - best[0]) <= len(seg.slots):
                self._warn["name_lost"] += 1
                done.append((i, best[1]))
                continue
            written = self._fallback(seg, "placeholder")
            if not written and best is not None:
                self._warn["name_lost"] += 1  # nothing else could write it: the model's English, names short
                written = best[1]
            done.append((i, written))
        return done

    def _grammar(self):
        """The embedded engine's phrase grammar (names by the glossary translator, as every field's names)."""
        from ..english.lexicon import Lexicon
        from ..english.phrases import Grammar

        g = getattr(self._local, "grammar", None)
        if g is None:
            g = self._local.grammar = Grammar(Lexicon())
        return g

    def _write(self, text: str) -> str:
        """The phrase grammar's English of a segment, clause by clause (a sentence with its subject, a figure,
        a verb-first clause, a noun phrase); a clause it cannot write is left out and counted."""
        from ..english.scale import ScaleWriter

        g = self._grammar()
        out = []
        for clause in re.split(r"[，,；;。！？!?]", text):
            if not _CJK.search(clause):
                if clause.strip():
                    out.append(clause.strip())
                continue
            en = g.sentence(clause) or _figure_clause(ScaleWriter(g), clause) or g.clause(clause) \
                or g.noun_phrase(clause)
            if en and not _CJK.search(en):
                out.append(en)
            else:
                self._warn["left_out"] += 1
        s = ", ".join(out)
        return (s[:1].upper() + s[1:] + ("." if re.search(r"[。.!！?？]\s*$", text) else "")) if s else ""

    def _fallback(self, seg: "_Segment", problem: Optional[str]) -> str:
        self.stats["fallback"] += 1
        if problem:
            self._warn[f"fallback_{problem}"] += 1
        # Placeholders stay as they are (Latin to the grammar) and are restored with the rest.
        return self._write(seg.text)

    def _patch(self, seg: "_Segment", out: str) -> str:
        """Chinese the model left in: the phrase grammar's noun phrase for it, or left out; the rest of the
        model's English kept."""
        self.stats["patched"] += 1
        self._warn["patched"] += 1
        g = self._grammar()

        def sub(m: re.Match) -> str:
            en = g.noun_phrase(m.group(0).strip("，、"))
            return f" {en} " if en and not _CJK.search(en) else " "

        return re.sub(r"\s{2,}", " ", _CJK_RUN.sub(sub, out)).strip()


class _Segment:
    """One unit sent to the model: a sentence or a clause (`zh`), with its names taken out (`text`, names as
    placeholders), as the model reads it (`source`: the template applied; "" when there is nothing for the
    model, and also the cache key)."""

    __slots__ = ("zh", "joiner", "text", "source", "letter", "slots", "out", "template")

    def __init__(self, zh: str, joiner: str, text: str, source: str, letter: str, slots: list[str],
                 out: Optional[str] = None) -> None:
        self.zh, self.joiner, self.text, self.source, self.letter, self.slots = zh, joiner, text, source, letter, slots
        self.out = out
        self.template: Optional[str] = None  # the prompt it was made with (None: the translator's own)

    def inline(self) -> str:
        """The source with each placeholder replaced by its name's English (for a retry after a lost name)."""
        if not self.slots:
            return self.text
        return _placeholder_rx(self.letter).sub(
            lambda m: self.slots[int(m.group("n")) - 1] if 1 <= int(m.group("n")) <= len(self.slots) else m.group(0),
            self.text)

    def restored(self) -> str:
        out = self.out or ""
        if not self.slots:
            return _tidy(out)
        rx = _placeholder_rx(self.letter, brackets=True)
        # Brackets the source put around a name stay; brackets the model added around a placeholder go.
        own = {int(m.group(1)) for m in re.finditer(fr"[(（\[]\s*{self.letter}(\d+)\s*[)）\]]", self.text)}

        def put(m: re.Match) -> str:
            k = int(m.group("n") or m.group("nb"))
            if not 1 <= k <= len(self.slots):
                return m.group(0)
            return f"({self.slots[k - 1]})" if m.group("nb") and k in own else self.slots[k - 1]

        return _tidy(rx.sub(put, out))


def _placeholder_rx(letter: str, brackets: bool = False) -> re.Pattern:
    """A placeholder as models write it back: "Z1", "z 1", "Z-1", alone (not inside a word or number);
    with `brackets`, also "( Z1 )" as one match (group nb)."""
    ph = fr"(?<![A-Za-z0-9]){letter}\s?[-_]?\s?(?P<n>\d{{1,2}})(?!\d)"
    if brackets:
        return re.compile(fr"[\[(]\s*{ph.replace('?P<n>', '?P<nb>')}\s*[\])]|{ph}", re.IGNORECASE)
    return re.compile(ph, re.IGNORECASE)


def _placeholder_counts(seg: _Segment, out: str) -> list[int]:
    found = Counter(int(m.group("n")) for m in _placeholder_rx(seg.letter).finditer(out))
    return [found.get(k + 1, 0) for k in range(len(seg.slots))]


def is_loop(out: str) -> bool:
    """A repetition loop: a word 4+ times or a phrase of up to 6 words 3+ times in a row."""
    words = out.lower().split()
    for n in range(1, 7):
        need = 4 if n == 1 else 3
        for i in range(0, len(words) - n * need + 1):
            unit = words[i : i + n]
            if all(words[i + k * n : i + (k + 1) * n] == unit for k in range(1, need)):
                return True
    # Output without spaces ("华华华华", "wwwwww"): a unit of up to 12 letters 4+ times inside one token.
    return any(re.search(r"([^\W\d_]{1,12}?)\1{3,}", t) for t in words)


def _problem(seg: _Segment, out: str, names: bool = True) -> Optional[str]:
    """What is wrong with a model output, or None (`names=False`: the placeholders are not checked)."""
    if is_loop(out):
        return "loop"
    if names:
        counts = _placeholder_counts(seg, out)
        if any(c > 1 for c in counts):
            return "loop"
        # A placeholder the segment does not have: an instruct model copies "Z1" from its examples into
        # a subject-less goal ("making Z1 an important hub"); restored, it would stay "Z1".
        if any(not 1 <= int(m.group("n")) <= len(seg.slots) for m in _placeholder_rx(seg.letter).finditer(out)):
            return "invented"
        if any(c == 0 for c in counts):
            return "placeholder"
    plain = _placeholder_rx(seg.letter).sub("", seg.text)  # the Chinese without its names
    n_zh = len(_CJK.findall(plain))
    n_en = len(re.sub(r"\s+", "", _CJK.sub("", out)))
    if not out.strip() or (n_zh >= 10 and n_en < MIN_RATIO * n_zh):
        return "dropped"
    if n_zh >= 4 and n_en > MAX_RATIO * n_zh + 40:
        return "loop"
    if not figures_kept(plain, out):
        return "figure"
    return None


# Figures written with digits, with their Chinese magnitude: 6.8亿 is 680,000,000. Not a month or a day
# (3月28日 reads "March 28"), not an ordinal (第3), not a small count (models write "three").
# 千 before 瓦, 克, 米 … is the unit's (5千瓦 is 5 kW, not 5,000).
_ZH_FIGURE = re.compile(r"(?<![第\d.])(\d+(?:,\d{3})*(?:\.\d+)?)(万亿|千万|亿|万|千(?![瓦克米伏卡帕赫]))?(?![\d月])")
_EN_FIGURE = re.compile(r"(\d+(?:,\d{3})*(?:\.\d+)?)\s*(trillion|billion|million|thousand)?", re.IGNORECASE)
_ZH_MAG = {"千": 1e3, "万": 1e4, "千万": 1e7, "亿": 1e8, "万亿": 1e12}
_EN_MAG = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def figures_kept(zh: str, en: str) -> bool:
    """Every figure of the Chinese is in the English, at the same value (the brief's scale is made of
    them: a model that turns 6.8亿元 into "500 million yuan" must not pass)."""
    want = []
    for m in _ZH_FIGURE.finditer(zh):
        v = float(m.group(1).replace(",", "")) * _ZH_MAG.get(m.group(2) or "", 1)
        if v > 10 and not zh[m.end():m.end() + 1] == "日":
            want.append(v)
    if not want:
        return True
    have = [float(m.group(1).replace(",", "")) * _EN_MAG.get((m.group(2) or "").lower(), 1) for m in _EN_FIGURE.finditer(en)]
    return all(any(abs(v - h) <= 1e-6 * max(v, 1) for h in have) for v in want)


# A figure (or a range) with a Chinese magnitude, and the 元 after it: 55亿元, 6.54万, 3-5万, 1.2万亿.
_MAG_FIGURE = re.compile(r"(?<![\d.,A-Za-z])(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*[-~～至到—]\s*(\d+(?:,\d{3})*(?:\.\d+)?))?"
                         r"(万亿|千万|亿|万)(元)?")


def english_figures(text: str) -> str:
    """`text` with every figure that has a Chinese magnitude written as English writes it ("总投资55亿元" →
    "总投资 5.5 billion yuan"), so that the model copies the figure instead of converting it. 千 stays (千瓦,
    千克 are units, not a magnitude); figures without a magnitude stay as they are."""
    from ..english.lexicon import number_en

    def sub(m: re.Match) -> str:
        mag = _ZH_MAG[m.group(3)]
        nums = [number_en(float(g.replace(",", "")) * mag) for g in (m.group(1), m.group(2)) if g]
        return f" {' to '.join(nums)}{' yuan' if m.group(4) else ''} "

    out = re.sub(r" {2,}", " ", _MAG_FIGURE.sub(sub, text))
    return re.sub(r" (?=[，。、；：！？）”])|(?<=[（“，。、；：！？]) ", "", out).strip()


def _uninvent(seg: _Segment, out: str) -> str:
    """`out` with each placeholder the segment does not have read as "it" ("its" before 's; "It" starting
    a sentence)."""
    def sub(m: re.Match) -> str:
        if 1 <= int(m.group("n")) <= len(seg.slots):
            return m.group(0)
        start = not out[:m.start()].strip() or re.search(r"[.!?]\s*$", out[:m.start()])
        word = "its" if m.group("s") else "it"
        return word.capitalize() if start else word

    rx = re.compile(_placeholder_rx(seg.letter).pattern + r"(?P<s>['’]s\b)?", re.IGNORECASE)
    return rx.sub(sub, out)


def _norm(s: str) -> str:
    return re.sub(r"[\s\-]+", " ", s.lower()).strip()


def _escape_slots(out: str, seg: _Segment) -> str:
    """A retry's output with its names written out: placeholders again, so restoring puts back the names'
    own spelling (a model may change their case)."""
    for k, en in enumerate(seg.slots):
        out = re.sub(re.escape(en).replace(r"\ ", r"[\s\-]+"), f"{seg.letter}{k + 1}", out, count=1, flags=re.I)
    return out


def _figure_clause(writer, clause: str) -> Optional[str]:
    """A clause that states a figure, by the figure grammar ("项目总投资5亿元" → total investment of …)."""
    from ..extract.numbers import parse_number

    m = re.search(r"(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![\d.年月日号])|[一二两三四五六七八九十百千]+(?=[万亿千个家项名位栋座台套条所款件种批])",
                  clause)  # not the digits of a placeholder (Z1), a code (5G) or a date (2022年: "2,022")
    v = parse_number(m.group(0)) if m else None
    return writer.write(clause, v) if v is not None else None


def _tidy(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return re.sub(r"\s+([,.;:!?%)])", r"\1", s)


def _join(plan: list[_Segment]) -> str:
    out = []
    for s in plan:
        out.append(s.restored())
        out.append(s.joiner)
    return re.sub(r" *\n *", "\n", "".join(out)).strip()


class _DiskCache:
    """Translations kept across runs (batch runs repeat boilerplate and names), keyed by the model's
    fingerprint and the placeholder-form source. SQLite: several worker processes may share one file."""

    def __init__(self, path: str, fingerprint: str) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.fp = fingerprint
        self.db = sqlite3.connect(path, timeout=60, check_same_thread=False, isolation_level=None)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS tr (k TEXT PRIMARY KEY, en TEXT NOT NULL)")
        self._lock = threading.Lock()

    def _k(self, key: str) -> str:
        return hashlib.sha1(f"{self.fp}|{key}".encode("utf-8")).hexdigest()

    def get(self, key: str) -> Optional[str]:
        with self._lock:
            row = self.db.execute("SELECT en FROM tr WHERE k=?", (self._k(key),)).fetchone()
        return row[0] if row else None

    def put(self, key: str, en: str) -> None:
        with self._lock:
            self.db.execute("INSERT OR REPLACE INTO tr VALUES (?, ?)", (self._k(key), en))


def _everyday_nickname(glossary, key: str) -> bool:
    """A two-character alias of an organisation that is also an everyday word (重大, 成电 …)."""
    from .glossary import cedict_sense

    e = glossary.get(key)
    return e is not None and e.kind == "org" and len(key) <= 2 and key != e.zh and cedict_sense(key) is not None
