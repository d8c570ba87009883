#!/usr/bin/env python3
"""Derive the CAMEO codebook tables of the base pack.

Reads ../shared/reference/cameo_codes.json and cameo_goldstein.json (gdelt-py
0.1.11, MIT) and CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0),
writes Sources/KroniekPacks/Packs/base/cameo.tsv and cameo-plover.tsv.

Usage: python3 scripts/packs/cameo.py [REFERENCE_DIR]
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BASE = os.path.join(ROOT, "Sources", "KroniekPacks", "Packs", "base")


# Known defects of gdelt-py 0.1.11, corrected against the CAMEO 1.1b3 manual:
# code 183 is listed as "1883", and one name has a stray space.
CODE_FIXES = {"1883": "183"}
NAME_FIXES = {"Threate n": "Threaten"}


def quad_of_root(root):
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def write_cameo(ref):
    codes = json.load(open(os.path.join(ref, "cameo_codes.json"), encoding="utf-8"))
    weights = json.load(open(os.path.join(ref, "cameo_goldstein.json"), encoding="utf-8"))
    rows = []
    for source_code in sorted(codes, key=lambda c: CODE_FIXES.get(c, c)):
        entry = codes[source_code]
        code = CODE_FIXES.get(source_code, source_code)
        root = code[:2]
        quad = entry.get("quad_class") or quad_of_root(root)
        weight = weights[source_code]["value"]
        name = " ".join(entry["name"].split())
        for wrong, right in NAME_FIXES.items():
            name = name.replace(wrong, right)
        rows.append(f"{code}\t{name}\t{root}\t{quad}\t{weight:g}")
    header = [
        "# CAMEO event codes with their quad class and Goldstein weight.",
        "# Source: PyPI gdelt-py 0.1.11 (cameo_codes.json, cameo_goldstein.json),",
        "#   derived by scripts/packs/cameo.py; names whitespace-normalised. Edits: code",
        "#   1883 of the source is CAMEO 183 (a typo there), \"Threate n\" -> \"Threaten\".",
        "# Licence: MIT (gdelt-py). CAMEO itself: Schrodt, Gerner et al., public codebook.",
        "# Columns: code (2-4 digits), name, root (first two digits),",
        "#   quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict,",
        "#   4 material conflict), Goldstein weight (-10..10).",
    ]
    write(os.path.join(BASE, "cameo.tsv"), header, rows)
    return len(rows)


def write_plover(ref):
    rows = []
    seen = set()
    for raw in open(os.path.join(ref, "CAMEO2PLOVER-2021.txt"), encoding="utf-8"):
        line = raw.split("#", 1)[0].strip()
        if not line or ":" not in line or line.startswith("~"):
            continue
        code, rest = line.split(":", 1)
        code = code.strip()
        if not code.isdigit() or code in seen:
            continue  # the source lists root 08 twice (CONCEDE, RETREAT) and 175 twice: the first row wins
        seen.add(code)
        parts = [" ".join(p.split()) for p in rest.split(",", 2)] + ["", ""]
        plover, mode, context = parts[0], parts[1], parts[2].replace(" ", "")
        rows.append(f"{code}\t{plover}\t{mode}\t{context}")
    header = [
        "# CAMEO code -> PLOVER event type, mode and context.",
        "# Source: openeventdata/PLOVER, CAMEO2PLOVER-2021.txt (PLOVER manual draft 0.8,",
        "#   17 September 2021, edited by Philip Schrodt); derived by scripts/packs/cameo.py.",
        "#   Edits: comments dropped; where the source lists a code twice (root 08, 175)",
        "#   the first row is kept. Roots 01 and 02 have no row in the source: the codebook",
        "#   falls back to the root defaults of cameo-roots.tsv.",
        "# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).",
        "#   This file is a derivative of PLOVER and carries the same licence.",
        "# Columns: CAMEO code, PLOVER event type, mode (may be empty), context (may be empty; ';' separates).",
    ]
    write(os.path.join(BASE, "cameo-plover.tsv"), header, sorted(rows))
    return len(rows)


def write(path, header, rows):
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(header) + "\n")
        out.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    ref = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "reference")
    print("cameo.tsv", write_cameo(ref), "rows")
    print("cameo-plover.tsv", write_plover(ref), "rows")
