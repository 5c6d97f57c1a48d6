"""The cloudpeach-shopify set: the same shop with its catalogue as a Shopify product export (products.csv, English
titles, specs inside Body (HTML), options Size/Shade/Color/Plug/Model, compare-at prices, an untracked variant, a
negative quantity, a variant sold on backorder). Its builder tables are the cloudpeach set's."""
import importlib.util
import os

KB = "../stores/cloudpeach-shopify"

_spec = importlib.util.spec_from_file_location(
    "cloudpeach_store", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "cloudpeach", "spec",
                                     "store.py"))
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)
TABLES = _mod.TABLES
