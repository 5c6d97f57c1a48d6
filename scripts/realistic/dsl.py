"""How the realistic question sets are written: a conversation is a kind, who asks (a desk customer or a live-room
viewer, with the country the platform declares, if any) and turns; each turn is what the person typed and what they
need. A need computes the turn's assertions from the store (kb.py) for that asker: the facts the answer must state,
the other countries' facts it must not, the intent, whether a human is offered.

Needs never contain a number typed by hand: ship(), returns(), pay() read the store; product() and faq() take the
facts the author chose and check that the product or FAQ entry states them.
"""
import re

import kb

KINDS = [
    "shipping", "shipping-city", "no-country", "customs", "returns", "returns-product", "payment",
    "payment-named-method", "product-attribute", "product-yes-no", "product-variant", "comparison", "faq-casual",
    "two-in-one", "chatter", "handoff", "cross-country-room",
]


class Asker:
    """Who sends a turn: role viewer (live room) or customer (desk), declared language and country (may be None)."""

    def __init__(self, role, lang, country, name):
        self.role, self.lang, self.country, self.name = role, lang, country, name


class Need:
    """What a turn needs from the answer, as assertions. Subclasses fill expect(asker, lang, conv)."""

    def expect(self, asker, lang, conv):
        raise NotImplementedError

    def note(self, asker):
        return ""

    def allowed(self, asker):
        """Texts a right answer may contain (its own figures and names): what a forbidden text must not be part of
        when this need shares a reply with another (Both)."""
        return set()


def _base(intent=None, handoff=False):
    e = {}
    if intent:
        e["intent"] = intent
    e["facts"] = []
    e["not"] = []
    e["grounded"] = True
    if handoff is not None:
        e["handoff"] = handoff
    return e


# ---- distinctive tokens of a destination: what must not leak into another country's answer

CARRIER_AND_TAX_TOKENS = ["ICMS", "CPF", "Correios", "Minhas Importações", "RUT", "GST", "TPS", "PCCC",
                          "개인통관고유부호", "EZ WAY", "IOSS", "Royal Mail", "Evri", "USPS", "Canada Post",
                          "Postes Canada", "Estafeta", "Aramex", "Japan Post", "日本郵便", "Yamato", "ヤマト",
                          "CJ Logistics", "CJ대한통운", "Australia Post", "NZ Post", "FedEx", "SF Express"]


def _rule_texts(country):
    return [s for r in kb.rules_for(country) for s in kb.strings_in(r)]


def _tokens(country):
    texts = " ".join(_rule_texts(country))
    return {t for t in CARRIER_AND_TAX_TOKENS if t in texts}


def _number_strings(numbers):
    out = set()
    for n in numbers:
        out |= kb.number_forms(n)
    return out


def _price_numbers(country):
    out = set()
    for r in kb.rules_for(country):
        out.add(r["price"]["amount"])
        if r.get("freeOver"):
            out.add(r["freeOver"]["amount"])
    return out


def _allowed_numbers(country):
    return set().union(*(kb.numbers_in(r) for r in kb.rules_for(country))) if kb.rules_for(country) else set()


def _safe(tokens, allowed_strings):
    """Forbidden texts that cannot occur inside a legitimate answer's own figures or words (compared like the
    `not:` assertion: substring, any case)."""
    low = [a.lower() for a in allowed_strings]
    return sorted(t for t in tokens if not any(t.lower() in a for a in low))


def shipping_not(country, others, names_in=None):
    """Texts of other destinations' shipping answers that must not appear in the answer for country: their prices
    (decimal amounts only; whole numbers are too common), carriers and tax words. With names_in (a language), also
    the other countries' names, for rooms where the same words come from several countries."""
    allowed = _number_strings(_allowed_numbers(country)) | set(_rule_texts(country))
    mine = {r["id"] for r in kb.rules_for(country)}
    tokens = set()
    for o in others:
        if o == country:
            continue
        if {r["id"] for r in kb.rules_for(o)} != mine:
            tokens |= {s for n in _price_numbers(o) if n != int(n) for s in kb.number_forms(n)}
            tokens |= _tokens(o) - _tokens(country)
        if names_in and o in kb.COUNTRY_NAMES:
            tokens.add(kb.country_name(o, names_in))
    if names_in and country in kb.COUNTRY_NAMES:
        allowed.add(kb.country_name(country, names_in))
    return _safe(tokens, allowed)


# ---- shipping

class Ship(Need):
    """Shipping to a destination (the text's place, else the asker's country): what='days' | 'price' | 'both' |
    'free' | 'express'. A generic question must get at least the cheapest service's figures; naming more services
    is fine."""

    def __init__(self, what="both", to=None, others=(), room_names=False):
        self.what, self.to, self.others, self.room_names = what, to, list(others), room_names

    def dest(self, asker):
        d = self.to or asker.country
        assert d, "Ship needs a destination or an asker country"
        assert kb.rules_for(d), "no shipping rules to %s: use NoShip" % d
        return d

    def expect(self, asker, lang, conv):
        d = self.dest(asker)
        e = _base("shipping")
        r = kb.rule(d, "Express" if self.what == "express" else None)
        if self.what in ("days", "both", "express"):
            e["facts"].append(kb.days(r["minDays"], r["maxDays"]))
        if self.what in ("price", "both", "express"):
            e["facts"].append(kb.money(r["price"]["amount"]))
        if self.what == "free":
            thresholds = [x["freeOver"]["amount"] for x in kb.rules_for(d) if x.get("freeOver")]
            if thresholds:
                e["facts"].append(kb.money(min(thresholds)))
            else:
                e["judge"] = "says there is no free-shipping threshold to %s" % d
        others = self.others or DEFAULT_CONFUSIONS.get(d, [])
        if asker.country and asker.country != d:
            others = others + [asker.country]
        e["not"] = shipping_not(d, others, lang if self.room_names else None)
        return e

    def allowed(self, asker):
        d = self.dest(asker)
        return _number_strings(_allowed_numbers(d)) | set(_rule_texts(d))

    def note(self, asker):
        d = self.dest(asker)
        r = kb.rule(d, "Express" if self.what == "express" else None)
        return "ship to %s, %s: rule %s" % (d, self.what, r["id"])


class NoExpress(Need):
    """Express asked to a destination that has no Express service: the cheapest service's days must be stated, and
    that there is no Express there."""

    def __init__(self, to=None, others=()):
        self.to, self.others = to, list(others)

    def expect(self, asker, lang, conv):
        d = self.to or asker.country
        assert kb.rules_for(d) and not kb.rule(d, "Express"), "%s has an Express service: use Ship('express')" % d
        e = Ship("days", to=d, others=self.others).expect(asker, lang, conv)
        e["judge"] = "says there is no Express service to %s (only %s)" % (d, kb.rule(d)["service"])
        return e

    def allowed(self, asker):
        return Ship("days", to=self.to, others=self.others).allowed(asker)

    def note(self, asker):
        d = self.to or asker.country
        return "no express to %s: rule %s" % (d, kb.rule(d)["id"])


class NoShip(Need):
    """A destination the store has no shipping rule for: say so and offer a human (the KB has no answer), never
    borrowing another country's figures."""

    def __init__(self, to, others=()):
        self.to, self.others = to, list(others)

    def expect(self, asker, lang, conv):
        assert not kb.rules_for(self.to)
        e = _base("shipping", handoff=True)
        e["not"] = _safe({s for o in self.others for n in _price_numbers(o) if n != int(n) for s in kb.number_forms(n)},
                         set())
        e["judge"] = "says the store does not ship to %s (or not yet), without inventing a delivery time or price" % self.to
        return e

    def note(self, asker):
        return "no shipping rule to %s" % self.to


# The store's FAQ entries about customs: where a customs fact may be stated besides the shipping rules' notes.
CUSTOMS_FAQ = ("duties", "eu-vat-ioss", "brazil-taxes", "tax-id", "customs-hold")

# Destinations a reply to a country is most often confused with (same language, neighbours, the store's default).
DEFAULT_CONFUSIONS = {
    "BR": ["PT", "US"], "PT": ["BR"], "ES": ["MX"], "MX": ["ES", "US"], "AR": ["MX", "ES"], "CL": ["MX", "ES"],
    "CO": ["MX", "ES"], "PE": ["MX"], "US": ["GB", "CA"], "GB": ["US"], "CA": ["US", "FR"], "AU": ["US"],
    "NZ": ["US"], "FR": ["CA", "CH"], "BE": ["CA", "CH"], "CH": ["DE", "FR"], "DE": ["CH", "US"], "AT": ["CH"],
    "LI": ["DE"], "ID": ["US"], "MY": ["SG"], "SG": ["MY"], "PH": ["US"], "JP": ["US", "KR"], "KR": ["US", "JP"],
    "TW": ["JP", "US"], "HK": ["JP", "US"], "MO": ["US"], "SA": ["US"], "AE": ["US"], "KW": ["US"], "QA": ["US"],
    "BH": ["US"], "OM": ["US"], "IE": ["GB", "US"], "NL": ["GB"], "IT": ["CH"], "NO": ["DE"], "TR": ["DE"],
    "IL": ["US"], "TH": ["US"], "VN": ["US"], "UY": ["BR"], "EC": ["MX"], "DO": ["US", "MX"], "GT": ["MX"],
}


class Customs(Need):
    """Duties/taxes/import-ID for a destination. facts are words the store's shipping notes or FAQ state for it
    (checked); the judge criterion says what the buyer must learn (included or paid on delivery)."""

    def __init__(self, to=None, facts=(), others=()):
        self.to, self.facts, self.others = to, list(facts), list(others)

    def expect(self, asker, lang, conv):
        d = self.to or asker.country
        rules = kb.rules_for(d)
        texts = " ".join(_rule_texts(d)) + " " + " ".join(
            s for f in CUSTOMS_FAQ for s in kb.strings_in(kb.FAQ[f]))
        for f in self.facts:
            assert f.lower() in texts.lower(), "customs fact %r is not in the store's texts for %s" % (f, d)
        e = _base(None)
        e["facts"] = list(self.facts)
        duties = {r["duties"] for r in rules}
        assert len(duties) == 1
        e["judge"] = ("says duties and taxes are already included, nothing to pay on delivery" if duties == {"DDP"}
                      else "says import taxes/duties are paid by the buyer on delivery (not included)")
        others = self.others or DEFAULT_CONFUSIONS.get(d, [])
        allowed = set(_rule_texts(d))
        e["not"] = _safe(set().union(*(_tokens(o) for o in others)) - _tokens(d), allowed) if others else []
        return e

    def note(self, asker):
        d = self.to or asker.country
        return "customs %s: %s" % (d, "/".join(sorted({r["duties"] for r in kb.rules_for(d)})))


# ---- returns

class Returns(Need):
    """The return policy for a country (the text's, else the asker's): what is one or more of 'window', 'refund',
    'cost' joined by '+'."""

    def __init__(self, what="window", country=None, others=()):
        self.what, self.country, self.others = set(what.split("+")), country, list(others)
        assert self.what <= {"window", "refund", "cost"}, what

    def expect(self, asker, lang, conv):
        c = self.country or asker.country
        p = kb.policy_for(c)
        e = _base("returns")
        if "window" in self.what:
            e["facts"].append("%d days" % p["windowDays"])
        if "refund" in self.what:
            e["facts"].append("%d days" % p["refundDays"])
        if "cost" in self.what:
            e["judge"] = ("says return shipping is free" if p["returnShipping"] == "free"
                          else "says the buyer pays the return shipping (for a change of mind)")
        others = self.others or DEFAULT_CONFUSIONS.get(c, [])
        allowed = _number_strings(kb.numbers_in(p))
        forbidden = set()
        for o in others:
            q = kb.policy_for(o)
            if q["id"] != p["id"]:
                forbidden |= {str(n) for n in (q["windowDays"], q["refundDays"]) if n >= 10}
        e["not"] = _safe(forbidden, allowed)
        return e

    def allowed(self, asker):
        return _number_strings(kb.numbers_in(kb.policy_for(self.country or asker.country)))

    def note(self, asker):
        c = self.country or asker.country
        return "returns %s: policy %s" % (c, kb.policy_for(c)["id"])


def without_stock(product):
    """A product's listing without its variants' stock counts: the figures an answer about it may say (a variant with
    14 in stock must not make a 14-day return window allowed)."""
    listed = {k: v for k, v in product.items() if k != "variants"}
    listed["variants"] = [{k: v for k, v in x.items() if k != "stock"} for x in product.get("variants", [])]
    return listed


class ReturnProduct(Need):
    """Can this product be returned (named, or on screen)? Excluded categories decide: no window for them."""

    def __init__(self, sku, country=None):
        self.sku, self.country = sku, country

    def expect(self, asker, lang, conv):
        c = self.country or asker.country
        p = kb.policy_for(c)
        prod = kb.PRODUCTS[self.sku]
        e = _base("returns")
        title = kb.text(prod["title"], "en")
        if prod["category"] in p["excludedCategories"]:
            e["not"] = _safe({"%d" % p["windowDays"]}, _number_strings(kb.numbers_in(without_stock(prod))))
            e["judge"] = "says the opened/used %s cannot be returned (its category is excluded)" % title
        else:
            e["facts"].append("%d days" % p["windowDays"])
            e["judge"] = "says the %s can be returned within %d days" % (title, p["windowDays"])
        return e

    def note(self, asker):
        c = self.country or asker.country
        p = kb.policy_for(c)
        prod = kb.PRODUCTS[self.sku]
        return "return %s (%s) from %s: policy %s, %s" % (self.sku, prod["category"], c, p["id"],
                                                          "excluded" if prod["category"] in p["excludedCategories"] else "returnable")


class ReturnsAnywhere(Need):
    """A returns question with no country known: the default window must be stated (others may follow)."""

    def expect(self, asker, lang, conv):
        p = kb.policy_for("*")
        e = _base("returns")
        e["facts"].append("%d days" % p["windowDays"])
        return e

    def note(self, asker):
        return "returns, no country: default policy"


# ---- payment

# Where a method's localized name is longer than what people call it.
SHORT_METHOD = {"boleto": {"ja": "ボレット", "ko": "볼레토", "ar": "بوليتو", "*": "Boleto"}}


def method_token(method_id, lang):
    """A method's name as a reply would write it: the localized name up to any explanation in brackets."""
    short = SHORT_METHOD.get(method_id)
    if short:
        return short.get(lang, short["*"])
    name = kb.text(kb.method(method_id)["name"], lang)
    for cut in (" (", "（", "("):
        name = name.split(cut)[0]
    return name.strip()


# Method names safe to forbid as plain text (no common word contains them in any of the ten languages).
SAFE_METHOD_TOKENS = ["pix", "boleto", "oxxo", "mercado-pago", "grabpay", "gcash", "promptpay", "paypay", "kakaopay",
                      "naverpay", "tabby", "tamara", "afterpay", "bancontact", "klarna", "konbini", "wechat-pay", "jcb"]


def _local(m):
    return "*" not in m["markets"] and m["id"] not in ("paypal", "apple-pay", "google-pay")


class Pay(Need):
    """Which methods can the asker (or the country named) use: the most local ones must be named, and no other
    market's local methods."""

    def __init__(self, country=None, count=1):
        self.country, self.count = country, count

    def expect(self, asker, lang, conv):
        c = self.country or asker.country
        ms = kb.methods_for(c)
        e = _base("payment")
        local = sorted((m for m in ms if _local(m)), key=lambda m: len(kb.method_countries(m["id"])))
        e["facts"] = [method_token(m["id"], lang) for m in local[:self.count]] or ["Visa"]
        mine = {m["id"] for m in ms}
        forbidden = {method_token(i, l) for i in SAFE_METHOD_TOKENS if i not in mine for l in (lang, "en")}
        e["not"] = _safe(forbidden, [method_token(i, lang) for i in mine] + [method_token(i, "en") for i in mine])
        return e

    def allowed(self, asker):
        ids = [m["id"] for m in kb.methods_for(self.country or asker.country)]
        return {method_token(i, l) for i in ids for l in kb.LANGS}

    def note(self, asker):
        return "payment methods for %s" % (self.country or asker.country)


class PayAnywhere(Need):
    """Payment with no country known: the methods taken everywhere must be named."""

    def expect(self, asker, lang, conv):
        e = _base("payment")
        everywhere = [m["id"] for m in kb.METHODS if "*" in m["markets"]]
        assert "visa" in everywhere and "mastercard" in everywhere
        e["facts"] = ["Visa", "Mastercard"]
        return e

    def note(self, asker):
        return "payment, no country: methods accepted everywhere"


class PayUnknown(Need):
    """A method the store does not list at all: the answer must not say yes (it may list what is taken)."""

    def __init__(self, name):
        assert not any(name.lower() in " ".join(kb.all_texts(m["name"])).lower() for m in kb.METHODS), name
        self.name = name

    def expect(self, asker, lang, conv):
        e = _base("payment", handoff=None)
        e["judge"] = "does not say %s is accepted (it is not among the store's methods)" % self.name
        return e

    def note(self, asker):
        return "payment: %s is not a store method" % self.name


# Short forms of country names that both the CLDR name and everyday usage contain (for "where does X apply").
SHORT_NAMES = {
    "BR": "Brazil|Brasil|Brasil|Brésil|Brasilien|Brasil|ブラジル|브라질|巴西|البرازيل",
    "MX": "Mexico|México|México|Mexique|Mexiko|Meksiko|メキシコ|멕시코|墨西哥|المكسيك",
    "JP": "Japan|Jap|Jap|Japon|Japan|Jepang|日本|일본|日本|اليابان",
    "SA": "Saudi|Saud|Saudita|saoudite|Saudi|Saudi|サウジ|사우디|沙特|السعودية",
    "NL": "Netherlands|Países Bajos|Países Baixos|Pays-Bas|Niederlande|Belanda|オランダ|네덜란드|荷兰|هولندا",
    "BE": "Belgium|Bélgica|Bélgica|Belgique|Belgien|Belgia|ベルギー|벨기에|比利时|بلجيكا",
    "PL": "Poland|Polonia|Polônia|Pologne|Polen|Polandia|ポーランド|폴란드|波兰|بولندا",
    "PH": "Philippines|Filipinas|Filipinas|Philippines|Philippinen|Filipina|フィリピン|필리핀|菲律宾|الفلبين",
    "TH": "Thailand|Tailandia|Tailândia|Thaïlande|Thailand|Thailand|タイ|태국|泰国|تايلاند",
    "ID": "Indonesia|Indonesia|Indonésia|Indonésie|Indonesien|Indonesia|インドネシア|인도네시아|印度尼西亚|إندونيسيا",
    "VN": "Vietnam|Vietnam|Vietn|Viêt Nam|Vietnam|Vietnam|ベトナム|베트남|越南|فيتنام",
}


class PayNamed(Need):
    """Can the asker pay with a named method? With a country: yes or no for it. Without one: where it applies."""

    def __init__(self, method_id, country=None, anywhere=False):
        self.method_id, self.country, self.anywhere = method_id, country, anywhere

    def expect(self, asker, lang, conv):
        e = _base("payment")
        name = kb.text(kb.method(self.method_id)["name"], "en")
        if self.anywhere:
            where = kb.method_countries(self.method_id)
            assert "*" not in where and len(where) <= 3, "name a method taken in at most 3 countries"
            for c in where:
                if c in SHORT_NAMES:
                    e["facts"].append(SHORT_NAMES[c].split("|")[kb.LANGS.index(lang)])
            e["facts"].append(method_token(self.method_id, lang))
            e["judge"] = "says where %s can be used (%s)" % (name, ", ".join(where))
            return e
        c = self.country or asker.country
        if kb.accepts(c, self.method_id):
            e["facts"].append(method_token(self.method_id, lang))
            e["judge"] = "says yes, %s is accepted" % name
        else:
            e["judge"] = "says %s is not available for %s" % (name, c)
        return e

    def note(self, asker):
        if self.anywhere:
            return "%s, no country: %s" % (self.method_id, ",".join(kb.method_countries(self.method_id)))
        c = self.country or asker.country
        return "%s in %s: %s" % (self.method_id, c, "yes" if kb.accepts(c, self.method_id) else "no")


# ---- products and FAQ: the author picks the facts, the store must state them

def _check_facts(facts, obj, where):
    numbers = kb.numbers_in(obj)
    strings = " ".join(kb.strings_in(obj)).lower()
    for f in facts:
        ns = [float(n.replace(",", ".")) for n in re.findall(r"(?<![A-Za-z0-9_])(?<![A-Za-z]-)\d+(?:[.,]\d+)?", f)]
        if ns:
            for n in ns:
                assert n in numbers, "%s: %r states %s, which %s does not" % (where, f, n, where)
        else:
            assert f.lower() in strings, "%s: %r is not written in %s" % (where, f, where)


class Product(Need):
    """A question about a product (on screen or named): facts are from its listing (checked); yes=True/False adds a
    judge criterion for the yes/no; missing=True means the listing does not say: a human must be offered."""

    def __init__(self, sku, facts=(), yes=None, judge=None, missing=False, also=()):
        self.skus = [sku] + list(also)
        self.facts, self.yes, self.judge, self.missing = list(facts), yes, judge, missing

    def expect(self, asker, lang, conv):
        union = [kb.PRODUCTS[s] for s in self.skus]
        _check_facts(self.facts, union, "product " + "+".join(self.skus))
        e = _base("product", handoff=True if self.missing else False)
        e["facts"] = list(self.facts)
        if self.yes is not None:
            e["judge"] = ("answers yes" if self.yes else "answers no") + (", " + self.judge if self.judge else "")
        elif self.judge:
            e["judge"] = self.judge
        elif self.missing:
            e["judge"] = "says the listing does not state this and offers a teammate, without guessing"
        return e

    def allowed(self, asker):
        return _number_strings(set().union(*(kb.numbers_in(kb.PRODUCTS[s]) for s in self.skus)))

    def note(self, asker):
        return "product " + " vs ".join(self.skus)


class Faq(Need):
    """A question an FAQ entry answers: facts from that entry's answer (checked)."""

    def __init__(self, faq_id, facts=(), judge=None):
        self.faq_id, self.facts, self.judge = faq_id, list(facts), judge

    def expect(self, asker, lang, conv):
        _check_facts(self.facts, kb.FAQ[self.faq_id]["answer"], "faq " + self.faq_id)
        e = _base(None)
        e["facts"] = list(self.facts)
        if self.judge:
            e["judge"] = self.judge
        return e

    def note(self, asker):
        return "faq " + self.faq_id


# ---- no answer, chatter, two at once

class Human(Need):
    """The store's facts do not answer this: say so and offer a human, inventing nothing."""

    def __init__(self, intent=None):
        self.intent = intent

    def expect(self, asker, lang, conv):
        e = _base(self.intent, handoff=True)
        return e

    def note(self, asker):
        return "no KB answer: handoff"


class Chatter(Need):
    """Asks nothing. A room skips it (reason chatter); a desk answers with no facts (forbids the figures of the
    answer before it)."""

    def expect(self, asker, lang, conv):
        if asker.role != "customer":
            return {"outcome": "skipped", "skip_reason": "chatter"}
        e = {"intent": "chatter", "handoff": False, "grounded": True}
        forbidden = set()
        for f in conv.previous_facts():
            for n in re.findall(r"\d+\.\d+", f):
                forbidden |= kb.number_forms(float(n))
        if forbidden:
            e["not"] = sorted(forbidden)
        return e

    def note(self, asker):
        return "chatter"


class Both(Need):
    """Two questions in one message: one reply must answer both halves."""

    def __init__(self, *needs):
        self.needs = needs

    def expect(self, asker, lang, conv):
        e = _base(None)
        judges = []
        for n in self.needs:
            x = n.expect(asker, lang, conv)
            e["facts"] += [f for f in x.get("facts", []) if f not in e["facts"]]
            e["not"] += [t for t in x.get("not", []) if t not in e["not"]]
            if "judge" in x:
                judges.append(x["judge"])
        allowed = set(e["facts"]).union(*(n.allowed(asker) for n in self.needs))
        e["not"] = _safe(set(e["not"]), allowed)
        if judges:
            e["judge"] = "; and ".join(judges)
        return e

    def note(self, asker):
        return " + ".join(n.note(asker) for n in self.needs)


# ---- another store: the tables above that name the demo store's carriers, methods and FAQ entries

_DEMO_TABLES = {name: globals()[name] for name in (
    "CARRIER_AND_TAX_TOKENS", "CUSTOMS_FAQ", "DEFAULT_CONFUSIONS", "SHORT_METHOD", "SAFE_METHOD_TOKENS", "SHORT_NAMES")}

_DEMO_COUNTRY_NAMES = dict(kb.COUNTRY_NAMES)


def use_store(folder=None, **tables):
    """Builds for the store in folder (the demo store when None): reads its files (kb.load) and replaces the
    demo store's tables named in tables (e.g. CARRIER_AND_TAX_TOKENS=[...]; COUNTRY_NAMES adds to kb's); the others
    are the demo's."""
    unknown = set(tables) - set(_DEMO_TABLES) - {"COUNTRY_NAMES"}
    assert not unknown, "no such table: %s" % ", ".join(sorted(unknown))
    kb.load(folder) if folder else kb.load()
    kb.COUNTRY_NAMES = dict(_DEMO_COUNTRY_NAMES, **tables.get("COUNTRY_NAMES", {}))
    for name, value in _DEMO_TABLES.items():
        globals()[name] = tables.get(name, value)
