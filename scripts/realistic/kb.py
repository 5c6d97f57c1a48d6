"""A store's facts, read from its files, as the realistic question sets need them.

Every number and name an expectation asserts is computed here from the store's folder (the demo store,
knowledge/src/main/resources/cohost/demo-store/, unless load() is given another) or checked against it, never typed
by hand, so a set cannot expect a fact the store does not state. Python 3 standard library only.
"""
import csv
import io
import json
import os
import re

DEMO = os.path.join(os.path.dirname(__file__), "..", "..", "knowledge", "src", "main", "resources", "cohost",
                    "demo-store")
CURRENCY_SIGNS = {"USD": "$", "EUR": "\u20ac", "GBP": "\u00a3"}


def _read(name):
    with open(os.path.join(STORE, name), encoding="utf-8") as f:
        return f.read()


def _lines(name):
    return [json.loads(l) for l in _read(name).splitlines() if l.strip()]


def load(folder=DEMO):
    """Reads a store's KB folder into this module's tables (the demo store unless another folder is given)."""
    global STORE, STORE_JSON, REGIONS, RULES, POLICIES, METHODS, PRODUCTS, FAQ, CURRENCY
    STORE = folder
    STORE_JSON = json.loads(_read("store.json"))
    global CURRENCY_OF_CSV
    CURRENCY_OF_CSV = STORE_JSON["currency"]
    REGIONS = STORE_JSON.get("regions", {})
    RULES = json.loads(_read("shipping.json"))["rules"]
    POLICIES = json.loads(_read("returns.json"))["policies"]
    METHODS = json.loads(_read("payments.json"))["methods"]
    PRODUCTS = ({p["sku"]: p for p in _lines("products.jsonl")} if os.path.exists(os.path.join(folder, "products.jsonl"))
                else _shopify_products("products.csv"))
    FAQ = {f["id"]: f for f in _lines("faq.jsonl")}
    CURRENCY = STORE_JSON["currency"]


def _shopify_products(name):
    """A Shopify product export (products.csv) read as README.md "The knowledge base folder" says the engine reads it,
    into the same shape as a products.jsonl line: the handle is the SKU, Body (HTML) without its tags the description,
    Type (else the last part of Product Category) the category, each variant its own price and stock, the product's
    price the lowest. Only what the builder checks facts against is kept."""
    rows = list(csv.DictReader(io.StringIO(_read(name))))
    products = {}
    for row in rows:
        row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
        handle = row.get("handle") or row.get("url handle")
        price = row.get("variant price") or row.get("price")
        if not handle or not price:
            continue  # an image row
        p = products.get(handle)
        if p is None:
            category = row.get("type") or row.get("product category", "").split(">")[-1].strip()
            p = products[handle] = {
                "sku": handle, "title": row.get("title"), "brand": row.get("vendor"), "category": category,
                "description": re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", row.get("body (html)") or row.get("description") or "")).strip(),
                "tags": [t.strip() for t in row.get("tags", "").split(",") if t.strip()],
                "option_names": [row.get("option%d name" % i) for i in (1, 2, 3)], "variants": [], "grams": set()}
        options = {n: row.get("option%d value" % i) for i, n in enumerate(p["option_names"], 1)
                   if n and row.get("option%d value" % i) and row.get("option%d value" % i) != "Default Title"}
        qty = row.get("variant inventory qty") or row.get("inventory quantity") or "0"
        v = {"sku": row.get("variant sku") or row.get("sku") or "%s#%d" % (handle, len(p["variants"]) + 1),
             "options": options, "price": {"amount": float(price), "currency": CURRENCY_OF_CSV},
             "stock": max(0, int(float(qty)))}
        compare = row.get("variant compare at price") or row.get("compare-at price")
        if compare:
            v["compareAtPrice"] = {"amount": float(compare), "currency": CURRENCY_OF_CSV}
        p["variants"].append(v)
        grams = row.get("variant grams") or row.get("weight value (grams)")
        if grams:
            p["grams"].add(grams)
    for p in products.values():
        p["price"] = min((v["price"] for v in p["variants"]), key=lambda m: m["amount"])
        grams = p.pop("grams")
        p.pop("option_names")
        p["attributes"] = {"weight": "%s g" % grams.pop()} if len(grams) == 1 else {}
    return products


load()


def text(value, lang):
    """A localized text in lang, else the store's default language (en)."""
    if isinstance(value, dict):
        return value.get(lang) or value.get("en") or next(iter(value.values()))
    return value


def all_texts(value):
    """Every language's version of a localized text (or the text itself)."""
    if isinstance(value, dict):
        return list(value.values())
    return [value] if value is not None else []


def markets_of(country):
    """The market names a country matches: its code, every region that lists it, and '*'."""
    return {country, "*"} | {r for r, members in REGIONS.items() if country in members}


def rules_for(country):
    """Shipping rules to the country, cheapest first (the order a buyer compares them in)."""
    m = markets_of(country)
    return sorted((r for r in RULES if m & set(r["destinations"])), key=lambda r: (r["price"]["amount"], r["minDays"]))


def rule(country, service=None):
    """The cheapest rule to the country, or the one of that service ('Express', 'Standard', 'Economy')."""
    rs = rules_for(country)
    if service:
        rs = [r for r in rs if r["service"] == service]
    return rs[0] if rs else None


def policy_for(country):
    """The return policy that applies: the country's own, else a region's, else '*'."""
    regions = markets_of(country) - {"*", country}
    for matches in (lambda p: country in p["markets"],
                    lambda p: bool(regions & set(p["markets"])),
                    lambda p: "*" in p["markets"]):
        for p in POLICIES:
            if matches(p):
                return p
    return None


def methods_for(country):
    m = markets_of(country)
    return [x for x in METHODS if m & set(x["markets"])]


def method(method_id):
    return next(x for x in METHODS if x["id"] == method_id)


def accepts(country, method_id):
    return bool(markets_of(country) & set(method(method_id)["markets"]))


def countries_of_market(market):
    return REGIONS.get(market, [market])


def method_countries(method_id):
    """The countries where a method is taken (regions expanded); ['*'] when everywhere."""
    out = []
    for m in method(method_id)["markets"]:
        for c in countries_of_market(m):
            if c not in out:
                out.append(c)
    return out


# ---- how facts are written in a suite: numbers compare as numbers (README, "Evaluation suites")

def money(amount):
    return CURRENCY_SIGNS[CURRENCY] + "%.2f" % amount


def days(lo, hi):
    return "%d-%d days" % (lo, hi)


def number_forms(value):
    """How a reply may write a number: 4.99 / 4,99, 39 / 39.00 / 39,00."""
    v = float(value)
    forms = {"%.2f" % v, ("%.2f" % v).replace(".", ",")}
    if v == int(v):
        forms.add(str(int(v)))
    return forms


NUMBER = re.compile(r"\d+(?:[.,]\d+)?")


def numbers_in(obj):
    """Every number written anywhere in a JSON value (keys excluded), as floats."""
    out = set()

    def walk(o):
        if isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
        elif isinstance(o, bool):
            pass
        elif isinstance(o, (int, float)):
            out.add(float(o))
        elif isinstance(o, str):
            for n in NUMBER.findall(o.replace("\u202f", "").replace(",000", "000")):
                out.add(float(n.replace(",", ".")))
    walk(obj)
    return out


def strings_in(obj):
    out = []

    def walk(o):
        if isinstance(o, dict):
            for v in o.values():
                walk(v)
        elif isinstance(o, list):
            for v in o:
                walk(v)
        elif isinstance(o, str):
            out.append(o)
    walk(obj)
    return out


# ---- names a buyer reads, in the asker's language (the JDK's/CLDR's names, as the engine prints them)

COUNTRY_NAMES = {
    # en es pt fr de id ja ko zh ar
    "BR": "Brazil|Brasil|Brasil|Brésil|Brasilien|Brasil|ブラジル|브라질|巴西|البرازيل",
    "PT": "Portugal|Portugal|Portugal|Portugal|Portugal|Portugal|ポルトガル|포르투갈|葡萄牙|البرتغال",
    "MX": "Mexico|México|México|Mexique|Mexiko|Meksiko|メキシコ|멕시코|墨西哥|المكسيك",
    "ES": "Spain|España|Espanha|Espagne|Spanien|Spanyol|スペイン|스페인|西班牙|إسبانيا",
    "AR": "Argentina|Argentina|Argentina|Argentine|Argentinien|Argentina|アルゼンチン|아르헨티나|阿根廷|الأرجنتين",
    "CL": "Chile|Chile|Chile|Chili|Chile|Cile|チリ|칠레|智利|تشيلي",
    "CO": "Colombia|Colombia|Colômbia|Colombie|Kolumbien|Kolombia|コロンビア|콜롬비아|哥伦比亚|كولومبيا",
    "US": "United States|Estados Unidos|Estados Unidos|États-Unis|Vereinigte Staaten|Amerika Serikat|アメリカ合衆国|미국|美国|الولايات المتحدة",
    "GB": "United Kingdom|Reino Unido|Reino Unido|Royaume-Uni|Vereinigtes Königreich|Inggris Raya|イギリス|영국|英国|المملكة المتحدة",
    "CA": "Canada|Canadá|Canadá|Canada|Kanada|Kanada|カナダ|캐나다|加拿大|كندا",
    "AU": "Australia|Australia|Austrália|Australie|Australien|Australia|オーストラリア|오스트레일리아|澳大利亚|أستراليا",
    "FR": "France|Francia|França|France|Frankreich|Prancis|フランス|프랑스|法国|فرنسا",
    "BE": "Belgium|Bélgica|Bélgica|Belgique|Belgien|Belgia|ベルギー|벨기에|比利时|بلجيكا",
    "CH": "Switzerland|Suiza|Suíça|Suisse|Schweiz|Swiss|スイス|스위스|瑞士|سويسرا",
    "DE": "Germany|Alemania|Alemanha|Allemagne|Deutschland|Jerman|ドイツ|독일|德国|ألمانيا",
    "AT": "Austria|Austria|Áustria|Autriche|Österreich|Austria|オーストリア|오스트리아|奥地利|النمسا",
    "NL": "Netherlands|Países Bajos|Países Baixos|Pays-Bas|Niederlande|Belanda|オランダ|네덜란드|荷兰|هولندا",
    "PL": "Poland|Polonia|Polônia|Pologne|Polen|Polandia|ポーランド|폴란드|波兰|بولندا",
    "ID": "Indonesia|Indonesia|Indonésia|Indonésie|Indonesien|Indonesia|インドネシア|인도네시아|印度尼西亚|إندونيسيا",
    "MY": "Malaysia|Malasia|Malásia|Malaisie|Malaysia|Malaysia|マレーシア|말레이시아|马来西亚|ماليزيا",
    "SG": "Singapore|Singapur|Singapura|Singapour|Singapur|Singapura|シンガポール|싱가포르|新加坡|سنغافورة",
    "PH": "Philippines|Filipinas|Filipinas|Philippines|Philippinen|Filipina|フィリピン|필리핀|菲律宾|الفلبين",
    "TH": "Thailand|Tailandia|Tailândia|Thaïlande|Thailand|Thailand|タイ|태국|泰国|تايلاند",
    "JP": "Japan|Japón|Japão|Japon|Japan|Jepang|日本|일본|日本|اليابان",
    "KR": "South Korea|Corea del Sur|Coreia do Sul|Corée du Sud|Südkorea|Korea Selatan|韓国|대한민국|韩国|كوريا الجنوبية",
    "TW": "Taiwan|Taiwán|Taiwan|Taïwan|Taiwan|Taiwan|台湾|대만|台湾|تايوان",
    "SA": "Saudi Arabia|Arabia Saudí|Arábia Saudita|Arabie saoudite|Saudi-Arabien|Arab Saudi|サウジアラビア|사우디아라비아|沙特阿拉伯|المملكة العربية السعودية",
    "AE": "United Arab Emirates|Emiratos Árabes Unidos|Emirados Árabes Unidos|Émirats arabes unis|Vereinigte Arabische Emirate|Uni Emirat Arab|アラブ首長国連邦|아랍에미리트|阿拉伯联合酋长国|الإمارات العربية المتحدة",
    "KW": "Kuwait|Kuwait|Kuwait|Koweït|Kuwait|Kuwait|クウェート|쿠웨이트|科威特|الكويت",
}
LANGS = ["en", "es", "pt", "fr", "de", "id", "ja", "ko", "zh", "ar"]


def country_name(code, lang):
    return COUNTRY_NAMES[code].split("|")[LANGS.index(lang)]
