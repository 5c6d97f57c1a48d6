#!/usr/bin/env python3
"""Builds the realistic question sets (eval/realistic/{dev,holdout}/<lang>.yaml) from their source,
eval/realistic/holdout/spec/<lang>.py, computing every expected fact from the demo store's files; and the sets over
other stores (eval/realistic/<name>/<lang>.yaml from eval/realistic/<name>/spec/, see other_sets()).

    python3 scripts/realistic/build.py          # rewrite the YAML files
    python3 scripts/realistic/build.py --check  # exit 1 if the YAML files are not what the source builds

The source lives under holdout/ because it holds the holdout questions too: developers read neither (see
eval/realistic/README.md). Conversation ids are KIND.LANG.NN; within each kind and language, every third conversation
(starting at an offset that rotates with kind and language) goes to dev/, the others to holdout/.
"""
import importlib.util
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import kb  # noqa: E402
import dsl  # noqa: E402
from dsl import KINDS, Asker, Chatter, Need, _number_strings, _safe  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SETS = os.path.join(ROOT, "eval", "realistic")
SPEC = os.path.join(SETS, "holdout", "spec")

NAMES = {
    "en": ["jess", "mike", "tay", "dan", "priya", "kev", "em", "sam", "luke", "nat"],
    "es": ["vale", "diego", "caro", "javi", "lupita", "nacho", "sofi", "andres", "meli", "pau"],
    "pt": ["ana", "joao", "bia", "lucas", "carol", "rafa", "duda", "pedro", "mari", "tiago"],
    "fr": ["chloe", "hugo", "manon", "lucas", "ines", "theo", "camille", "yanis", "lea", "remi"],
    "de": ["lena", "jonas", "mia", "finn", "sarah", "timo", "hanna", "luca", "jule", "max"],
    "id": ["putri", "budi", "sari", "agus", "dewi", "rizky", "ayu", "fajar", "nisa", "yoga"],
    "ja": ["yui", "haruto", "sakura", "ren", "mio", "sota", "aoi", "yuto", "hina", "kaito"],
    "ko": ["jiwoo", "minjun", "seoyeon", "doyun", "haeun", "jiho", "yuna", "siwoo", "eunji", "hyun"],
    "zh": ["xiaomei", "ahao", "tingting", "weijie", "lingling", "kaixin", "yiyi", "junjie", "nana", "zihan"],
    "ar": ["noura", "fahad", "mariam", "omar", "reem", "khaled", "huda", "yousef", "lama", "saad"],
}


class Turn:
    def __init__(self, speaker, text, need, at=None):
        self.speaker, self.text, self.need, self.at = speaker, text, need, at


class Conv:
    """One conversation of a set: a kind, the speakers (name -> Asker), an optional product on screen, turns."""

    def __init__(self, kind, lang, room, speakers, turns, showing=None, desc=None):
        assert kind in KINDS, "unknown kind " + kind
        self.kind, self.lang, self.room, self.speakers = kind, lang, room, speakers
        self.turns, self.showing, self.desc = turns, showing, desc
        self._facts = []

    def previous_facts(self):
        return self._facts


def _lang(spec_lang, lang):
    return lang or spec_lang


class Spec:
    """What a spec file builds with: desk(), room() and crowd(), in the file's language."""

    def __init__(self, lang):
        self.lang = lang
        self.convs = []

    def desk(self, kind, turns, need=None, country=None, declare=False, desc=None):
        """A desk conversation: turns is the text (with need) or a list of (text, need). declare: the widget sends
        the customer's language."""
        who = Asker("customer", self.lang if declare else None, country, None)
        self.convs.append(Conv(kind, self.lang, False, {"customer": who}, _turns("customer", turns, need),
                               desc=desc))

    def room(self, kind, turns, need=None, country=None, showing=None, lang=None, others=None, desc=None):
        """A live room with one viewer (declared language and country) and optionally the host and other viewers:
        turns is the text (with need) or a list of (text, need) / (speaker, text, need); speakers other than the
        viewer are 'host' or names in others {name: (lang, country)}."""
        name = NAMES[self.lang][len(self.convs) % 10]
        speakers = {name: Asker("viewer", lang or self.lang, country, name)}
        for n, (l, c) in (others or {}).items():
            speakers[n] = Asker("viewer", l, c, n)
        self.convs.append(Conv(kind, self.lang, True, speakers, _turns(name, turns, need), showing, desc))

    def crowd(self, texts, countries, need_for, showing=None, desc=None):
        """Viewers from several countries send the same words at the same moment (texts: one text, or one per
        viewer); need_for(country, all_countries) gives each its own need."""
        if isinstance(texts, str):
            texts = [texts] * len(countries)
        speakers, turns = {}, []
        for i, (c, t) in enumerate(zip(countries, texts)):
            n = "%s_%s" % (NAMES[self.lang][i % 10], c.lower())
            speakers[n] = Asker("viewer", self.lang, c, n)
            turns.append(Turn(n, t, need_for(c, countries), at=0))
        self.convs.append(Conv("cross-country-room", self.lang, True, speakers, turns, showing, desc))


def _turns(default, turns, need):
    if isinstance(turns, str):
        return [Turn(default, turns, need)]
    out = []
    for t in turns:
        if len(t) == 2:
            out.append(Turn(default, t[0], t[1]))
        else:
            out.append(Turn(t[0], t[1], t[2]))
    return out


def load_spec(lang, spec_dir=SPEC):
    path = os.path.join(spec_dir, lang + ".py")
    mod_spec = importlib.util.spec_from_file_location("spec_" + lang, path)
    mod = importlib.util.module_from_spec(mod_spec)
    mod.S = Spec(lang)
    mod_spec.loader.exec_module(mod)
    return mod.S.convs


# ---- YAML out (strings as JSON, which YAML reads as double-quoted scalars)

def q(s):
    return json.dumps(s, ensure_ascii=False)


def flow(items):
    return "[" + ", ".join(q(i) for i in items) + "]"


def render(conv, cid):
    lines = ["  - id: %s" % cid]
    notes = []
    for t in conv.turns:
        if isinstance(t.need, Need):
            a = conv.speakers.get(t.speaker)
            n = t.need.note(a if a else Asker("host", None, None, "host"))
            if n and n not in notes:
                notes.append(n)
    who = "; ".join("%s %s%s" % (a.role, a.country or "no country", "" if a.lang else ", language not declared")
                    for a in conv.speakers.values())
    desc = "%s | %s%s" % (who, "; ".join(notes), (" | " + conv.desc) if conv.desc else "")
    lines.append("    description: %s" % q(desc))
    lines.append("    lang: %s" % conv.lang)
    lines.append("    speakers:")
    for name, a in conv.speakers.items():
        fields = ["role: %s" % a.role]
        if a.role == "viewer":
            fields.append("name: %s" % q(a.name.split("_")[0].capitalize()))
        if a.lang:
            fields.append("lang: %s" % a.lang)
        if a.country:
            fields.append("country: %s" % a.country)
        lines.append("      %s: {%s}" % (name, ", ".join(fields)))
    lines.append("    turns:")
    if conv.showing:
        kb.PRODUCTS[conv.showing]  # must exist
        lines.append("      - showing: %s" % conv.showing)
    conv._facts = []
    for i, t in enumerate(conv.turns, 1):
        lines.append("      - %s: %s" % (t.speaker, q(t.text)))
        lines.append("        id: q%d" % i)
        if t.at is not None:
            lines.append("        at: %d" % t.at)
        if t.need is None:
            continue
        asker = conv.speakers.get(t.speaker) or Asker("host", None, None, "host")
        if t.speaker == "host":
            assert isinstance(t.need, Chatter), "the host only chats in these sets"
            e = {"outcome": "skipped", "skip_reason": "chatter"}
        else:
            e = t.need.expect(asker, conv.lang, conv)
            if conv.showing and e.get("not"):
                # a right answer may mention the product on screen: its figures are never forbidden
                e["not"] = _safe(e["not"], _number_strings(kb.numbers_in(dsl.without_stock(kb.PRODUCTS[conv.showing]))))
        lines.append("        expect:")
        for k in ("intent", "outcome", "skip_reason", "facts", "not", "grounded", "handoff", "judge"):
            if k not in e or e[k] == []:
                continue
            v = e[k]
            if isinstance(v, list):
                lines.append("          %s: %s" % (k, flow(v)))
            elif isinstance(v, bool):
                lines.append("          %s: %s" % (k, "true" if v else "false"))
            elif k in ("intent", "outcome", "skip_reason"):
                lines.append("          %s: %s" % (k, v))
            else:
                lines.append("          %s: %s" % (k, q(v)))
        conv._facts = e.get("facts", [])
    return "\n".join(lines)


HEADER = """# Realistic question set ({split}, {lang}): generated by scripts/realistic/build.py from the source under
# eval/realistic/holdout/spec/ and the demo store's files. Do not edit by hand; see eval/realistic/README.md.
suite: "Realistic questions, {lang} ({split})"
kb: demo
conversations:
"""


OTHER_HEADER = """# Realistic question set over another store ({name}, {lang}): generated by scripts/realistic/build.py from
# eval/realistic/{name}/spec/ and the store's files ({kb}). Do not edit by hand; see eval/realistic/{name}/README.md.
suite: "Realistic questions, {name}, {lang}"
kb: {kb}
conversations:
"""


def other_sets():
    """The sets over other stores: eval/realistic/<name>/spec/store.py says which store (KB, a folder relative to
    the set's folder) and which of dsl's tables it replaces (TABLES)."""
    for name in sorted(os.listdir(SETS)):
        profile = os.path.join(SETS, name, "spec", "store.py")
        if name not in ("dev", "holdout") and os.path.isfile(profile):
            mod_spec = importlib.util.spec_from_file_location("store_" + name.replace("-", "_"), profile)
            mod = importlib.util.module_from_spec(mod_spec)
            mod_spec.loader.exec_module(mod)
            yield name, mod


def build_other(name, profile):
    """A set over another store: every conversation in one file per language (no dev/holdout split: the whole set
    is for measuring, not for reading while working on the engine)."""
    out = {}
    folder = os.path.join(SETS, name)
    dsl.use_store(os.path.normpath(os.path.join(folder, profile.KB)), **profile.TABLES)
    try:
        for lang in kb.LANGS:
            if not os.path.exists(os.path.join(folder, "spec", lang + ".py")):
                continue
            counters, rendered = {}, []
            for c in load_spec(lang, os.path.join(folder, "spec")):
                counters[c.kind] = counters.get(c.kind, 0) + 1
                rendered.append(render(c, "%s.%s.%02d" % (c.kind, lang, counters[c.kind])))
            out[os.path.join(folder, lang + ".yaml")] = (OTHER_HEADER.format(name=name, lang=lang, kb=profile.KB)
                                                         + "\n".join(rendered) + "\n")
    finally:
        dsl.use_store()
    return out


def build():
    out = {}
    for lang in kb.LANGS:
        if not os.path.exists(os.path.join(SPEC, lang + ".py")):
            continue
        convs = load_spec(lang)
        counters = {}
        parts = {"dev": [], "holdout": []}
        for c in convs:
            counters[c.kind] = counters.get(c.kind, 0) + 1
            n = counters[c.kind]
            # a third to dev: every third of each kind, starting at a place that rotates with kind and language
            split = "dev" if (n - 1) % 3 == (kb.LANGS.index(lang) + KINDS.index(c.kind)) % 3 else "holdout"
            parts[split].append(render(c, "%s.%s.%02d" % (c.kind, lang, n)))
        for split, rendered in parts.items():
            path = os.path.join(SETS, split, lang + ".yaml")
            out[path] = HEADER.format(split=split, lang=lang) + "\n".join(rendered) + "\n"
    for name, profile in other_sets():
        out.update(build_other(name, profile))
    return out


def main():
    files = build()
    if "--check" in sys.argv:
        stale = [p for p, text in files.items()
                 if not os.path.exists(p) or open(p, encoding="utf-8").read() != text]
        for p in stale:
            print("out of date: " + os.path.relpath(p, ROOT))
        sys.exit(1 if stale else 0)
    for path, text in files.items():
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    print("wrote %d files" % len(files))


if __name__ == "__main__":
    main()
