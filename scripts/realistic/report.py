#!/usr/bin/env python3
"""Pass rates of the realistic question sets per language and per kind, from an eval report.json.

    scripts/realistic/report.py --run                  # ./cohost eval run eval/realistic --report-dir out/realistic,
                                                       # then the tables
    scripts/realistic/report.py out/realistic          # the tables of an earlier run (a folder or a report.json)
    scripts/realistic/report.py out/realistic --failures   # also every failed dev turn: question, reply, checks
    scripts/realistic/report.py --run --set mori-home out/outsider   # a set over another store (eval/realistic/NAME)
    scripts/realistic/report.py --run --set cloudpeach out/cloudpeach   # the third store's set (eval/realistic/cloudpeach)

Conversation ids are KIND.LANG.NN (eval/realistic/README.md); a conversation passes when every assertion of every
turn passes (judge assertions without an LLM are skipped, not failed). Failures are shown for the dev set only:
the holdout questions are not for reading. Python 3 standard library only.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
LANGS = ["en", "es", "pt", "fr", "de", "id", "ja", "ko", "zh", "ar"]


def split_of(suite_file):
    """dev or holdout for the demo sets; for a set over another store, its folder's name (eval/realistic/NAME)."""
    parts = suite_file.replace("\\", "/").split("/")
    if "holdout" in parts:
        return "holdout"
    if "dev" in parts:
        return "dev"
    if "realistic" in parts and parts.index("realistic") + 2 < len(parts):
        return parts[parts.index("realistic") + 1]
    return "other"


def load(path):
    if os.path.isdir(path):
        path = os.path.join(path, "report.json")
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    rows = []
    for suite in report["suites"]:
        for c in suite["conversations"]:
            kind, lang = (c["id"].split(".") + ["?", "?"])[:2]
            failed = c.get("error") is not None or any(
                ch["status"] == "FAIL" for t in c["turns"] for ch in t["checks"])
            # a turn whose answer only a judge can check (no facts to look for) was not really checked without an LLM
            judged = any(any(ch["assertion"] == "judge" and ch["status"] == "SKIP" for ch in t["checks"])
                         and not any(ch["assertion"] == "facts" for ch in t["checks"]) for t in c["turns"])
            rows.append({"split": split_of(suite["file"]), "kind": kind, "lang": lang, "id": c["id"],
                         "passed": not failed, "unjudged": judged, "conv": c})
    return rows


def pct(p, n):
    return "%5.1f%% (%d/%d)" % (100.0 * p / n, p, n) if n else "   -"


def table(title, rows, key, order=None):
    groups = collections.OrderedDict()
    for r in rows:
        groups.setdefault(r[key], []).append(r)
    keys = order or sorted(groups)
    print("\n%s" % title)
    for k in keys:
        g = groups.get(k, [])
        if g:
            print("  %-22s %s" % (k, pct(sum(r["passed"] for r in g), len(g))))


def failed_assertions(rows):
    count = collections.Counter()
    for r in rows:
        for t in r["conv"]["turns"]:
            for ch in t["checks"]:
                if ch["status"] == "FAIL":
                    count[ch["assertion"]] += 1
    return count


def show_failures(rows, other_set=None):
    split = other_set or "dev"
    print("\nFailed %s turns" % split)
    for r in rows:
        if r["split"] != split or r["passed"]:
            continue
        c = r["conv"]
        print("\n%s  (%s)" % (c["id"], c.get("description") or ""))
        if c.get("error"):
            print("  error: %s" % c["error"])
        for t in c["turns"]:
            bad = [ch for ch in t["checks"] if ch["status"] == "FAIL"]
            if not bad:
                continue
            o = t["observation"]
            print("  %s: %s" % (t["speaker"], t["text"]))
            print("  reply (%s, %s): %s" % (o.get("outcome"), o.get("intent"), o.get("text")))
            for ch in bad:
                print("    %s: %s" % (ch["assertion"], ch["detail"]))


def read_verdicts(path):
    """Ids a reader failed, from a TSV of id, verdict, why ('#' lines are comments)."""
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(cols) < 2:
                continue
            if cols[1] == "fail":
                out.add(cols[0])
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("report", nargs="?", default=os.path.join(ROOT, "out", "realistic"),
                    help="a report folder or report.json (default out/realistic)")
    ap.add_argument("--run", action="store_true", help="run the sets first (in-process, demo store)")
    ap.add_argument("--failures", action="store_true",
                    help="print every failed dev turn (with --set, every failed turn of that set)")
    ap.add_argument("--verdicts", metavar="FILE",
                    help="a TSV of conversation ids a reader failed (id, fail, why): counted as failed, and said so")
    ap.add_argument("--set", metavar="NAME",
                    help="with --run, run only eval/realistic/NAME (a set over another store); report only that set")
    args = ap.parse_args()
    if args.run:
        suites = os.path.join(ROOT, "eval", "realistic", *([args.set] if args.set else []))
        # exit status 1 only means some assertion failed, which these sets expect for now
        code = subprocess.call([os.path.join(ROOT, "cohost"), "eval", "run", suites,
                                "--report-dir", args.report], stdout=subprocess.DEVNULL)
        if code not in (0, 1):
            sys.exit("cohost eval run failed with exit status %d" % code)
    rows = load(args.report)
    if args.verdicts:
        read_fail = read_verdicts(args.verdicts)
        # conversation ids repeat across sets (product-variant.en.01 is in each): a verdicts file is about one set,
        # the one --set names, else the set whose folder holds the file (eval/realistic/NAME/read-verdicts.tsv)
        target = args.set or os.path.basename(os.path.dirname(os.path.abspath(args.verdicts)))
        if not any(r["split"] == target for r in rows):
            target = None
        flipped = [r for r in rows if r["passed"] and r["id"] in read_fail and target in (None, r["split"])]
        for r in flipped:
            r["passed"] = False
        print("read verdicts (%s): %d passed conversations failed by a reader" % (args.verdicts, len(flipped)))
    if args.set:
        rows = [r for r in rows if r["split"] == args.set]
    others = sorted({r["split"] for r in rows} - {"dev", "holdout"})
    for split in ("dev", "holdout", "all") + tuple(others):
        # "all" is the demo store's sets; a set over another store is reported on its own
        part = [r for r in rows if r["split"] == split or split == "all" and r["split"] in ("dev", "holdout")]
        if not part:
            continue
        print("\n=== %s: %s conversations passed" % (split, pct(sum(r["passed"] for r in part), len(part))))
        table("per language", part, "lang", [l for l in LANGS if any(r["lang"] == l for r in part)])
        table("per kind", part, "kind")
        fa = failed_assertions(part)
        print("\nfailed assertions: " + ", ".join("%s %d" % kv for kv in fa.most_common()))
        unjudged = sum(r["passed"] and r["unjudged"] for r in part)
        if unjudged:
            print("of the passed, %d have a turn only a judge can check (no facts to look for), not run without an "
                  "LLM (COHOST_LLM_BASE_URL)" % unjudged)
    if args.failures:
        show_failures(rows, args.set)


if __name__ == "__main__":
    main()
