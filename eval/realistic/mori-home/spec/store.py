"""Which store the mori-home set is about, and the builder tables (scripts/realistic/dsl.py) that name its carriers,
tax words, payment methods, customs FAQ entries and the destinations each is confused with."""

KB = "../stores/mori-home"

TABLES = {
    # carriers and tax words of one destination that must not leak into another's answer
    "CARRIER_AND_TAX_TOKENS": ["Cainiao", "Correos", "CTT", "InPost", "Paczkomat", "IOSS", "J&T", "FedEx", "4PX",
                               "cédula", "RUT", "DNI", "Jadlog", "ICMS", "CPF", "Yanwen", "USPS", "GST", "HST",
                               "TPS", "Canada Post", "Postes Canada", "Sagawa", "佐川", "SF Express", "顺丰",
                               "Hanjin", "PCCC", "개인통관고유부호", "T-Cat", "EZ WAY", "易利委", "Ninja Van", "LBC",
                               "Aramex", "SMSA", "Australia Post", "DHL"],
    "CUSTOMS_FAQ": ("customs-general",),
    "DEFAULT_CONFUSIONS": {
        "ES": ["MX", "FR"], "PT": ["BR", "FR"], "FR": ["CA", "ES"], "BE": ["CA", "ES"], "NL": ["DE", "BE"],
        "DE": ["PL", "US"], "AT": ["PL"], "IT": ["ES"], "IE": ["US"], "PL": ["DE"],
        "MX": ["ES", "US", "CO"], "CO": ["MX", "ES"], "PE": ["MX", "CO"], "CL": ["MX", "ES"], "EC": ["MX"],
        "BR": ["PT", "US"], "US": ["CA", "MX"], "CA": ["US", "FR"], "JP": ["KR", "US"], "KR": ["JP", "US"],
        "TW": ["JP", "KR"], "ID": ["MY", "PH"], "PH": ["ID", "US"], "MY": ["ID", "SG"], "SG": ["MY"],
        "TH": ["ID"], "VN": ["ID"], "SA": ["AE", "EG"], "AE": ["SA"], "KW": ["SA"], "QA": ["SA"],
        "EG": ["SA", "AE"], "MA": ["FR", "ES"], "AU": ["US"], "NZ": ["US"],
    },
    "SHORT_METHOD": {},
    # method ids whose names no common word of the ten languages contains (so they can be forbidden as text)
    "SAFE_METHOD_TOKENS": ["pix", "oxxo", "mercado-pago", "gcash", "promptpay", "paypay", "kakaopay", "tosspay",
                           "tabby", "afterpay", "bancontact", "klarna", "konbini", "bizum", "blik", "yape",
                           "webpay", "jkopay", "grabpay", "mbway", "stc-pay", "cartes-bancaires"],
    # short country names both the CLDR name and everyday usage contain (for "where can I use X?")
    "SHORT_NAMES": {
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
        "ES": "Spain|España|Espanha|Espagne|Spanien|Spanyol|スペイン|스페인|西班牙|إسبانيا",
        "PT": "Portugal|Portugal|Portugal|Portugal|Portugal|Portugal|ポルトガル|포르투갈|葡萄牙|البرتغال",
        "FR": "France|Francia|França|France|Frankreich|Prancis|フランス|프랑스|法国|فرنسا",
        "CO": "Colombia|Colombia|Colômbia|Colombie|Kolumbien|Kolombia|コロンビア|콜롬비아|哥伦比亚|كولومبيا",
        "CL": "Chile|Chile|Chile|Chili|Chile|Cile|チリ|칠레|智利|تشيلي",
        "PE": "Peru|Perú|Peru|Pérou|Peru|Peru|ペルー|페루|秘鲁|بيرو",
        "KR": "Korea|Corea|Coreia|Corée|Korea|Korea|韓国|한|韩国|كوريا",
        "TW": "Taiwan|Taiw|Taiwan|Taïwan|Taiwan|Taiwan|台湾|대만|台湾|تايوان",
        "MY": "Malaysia|Malasia|Malásia|Malaisie|Malaysia|Malaysia|マレーシア|말레이시아|马来西亚|ماليزيا",
        "SG": "Singapore|Singapur|Singapura|Singapour|Singapur|Singapura|シンガポール|싱가포르|新加坡|سنغافورة",
    },
    "COUNTRY_NAMES": {
    "PE": "Peru|Perú|Peru|Pérou|Peru|Peru|ペルー|페루|秘鲁|بيرو",
    "IT": "Italy|Italia|Itália|Italie|Italien|Italia|イタリア|이탈리아|意大利|إيطاليا",
    "QA": "Qatar|Catar|Catar|Qatar|Katar|Qatar|カタール|카타르|卡塔尔|قطر",
    "EG": "Egypt|Egipto|Egito|Égypte|Ägypten|Mesir|エジプト|이집트|埃及|مصر",
    "MA": "Morocco|Marruecos|Marrocos|Maroc|Marokko|Maroko|モロッコ|모로코|摩洛哥|المغرب",
    "NZ": "New Zealand|Nueva Zelanda|Nova Zelândia|Nouvelle-Zélande|Neuseeland|Selandia Baru|ニュージーランド|뉴질랜드|新西兰|نيوزيلندا",
    },
}
