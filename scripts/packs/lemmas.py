#!/usr/bin/env python3
"""Derive Sources/KroniekPacks/Packs/nl/lemmas-verbs.tsv from spaCy's Dutch lemma tables.

Input: ../shared/reference/nl_lemma_lookup.json.gz and nl_lemma_exc.json.gz
(PyPI spacy-lookups-data 1.0.5, MIT). Keeps verb forms only (lemma ending in -en,
-n after a vowel, or listed in the verb exceptions), so that event patterns written
with infinitives ("aankondigen", "trekken") match inflected forms ("kondigde",
"getrokken"). Run from the repository root: python3 scripts/packs/lemmas.py
"""
import gzip, json, os, sys

ref = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "reference")
out = os.path.join(os.path.dirname(__file__), "..", "..", "Sources", "KroniekPacks", "Packs", "nl", "lemmas-verbs.tsv")
lookup = json.load(gzip.open(os.path.join(ref, "nl_lemma_lookup.json.gz")))
exc = json.load(gzip.open(os.path.join(ref, "nl_lemma_exc.json.gz")))["verb"]

pairs = {}
for form, lemma in lookup.items():
    if form != lemma and lemma.endswith("en") and form.isalpha() and lemma.isalpha():
        pairs.setdefault(form, set()).add(lemma)
for form, lemmas in exc.items():
    for lemma in lemmas:
        if form != lemma and form.isalpha() and lemma.isalpha() and lemma.endswith("n"):
            pairs.setdefault(form, set()).add(lemma)

with open(out, "w", encoding="utf-8") as f:
    f.write("# Dutch verb forms and their infinitives (lemmas), for matching event patterns.\n")
    f.write("# Source: spacy-lookups-data 1.0.5 (PyPI), files nl_lemma_lookup.json and nl_lemma_exc.json\n")
    f.write("# (verb forms only), derived by scripts/packs/lemmas.py. Licence: MIT, Copyright (c) 2016-2021\n")
    f.write("# ExplosionAI GmbH. Columns: form<TAB>lemma[,lemma...]. Incomplete: the engine also\n")
    f.write("# derives regular (weak) forms itself.\n")
    for form in sorted(pairs):
        f.write(f"{form}\t{','.join(sorted(pairs[form]))}\n")
print(len(pairs), "forms", file=sys.stderr)
