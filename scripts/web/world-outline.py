#!/usr/bin/env python3
"""Converts Natural Earth's low-resolution country outlines (public domain,
shipped in the geopandas 0.14.4 wheel as datasets/naturalearth_lowres) into
the compact JSON the web UI's map draws: Sources/KroniekServer/Resources/web/world.json.

Run once; the output is committed:
    pip download --no-deps geopandas==0.14.4 -d /tmp/ne && pip install pyshp
    python3 scripts/web/world-outline.py /tmp/ne/geopandas-0.14.4-py3-none-any.whl
Each country: ISO alpha-3 code, name, rings as flat [lon, lat, lon, lat, ...]
lists rounded to 0.1 degree, simplified (Douglas-Peucker, 0.15 degree) and
with rings under three points dropped.
"""
import io
import json
import sys
import zipfile
from pathlib import Path

import shapefile  # pyshp

OUT = Path(__file__).resolve().parents[2] / "Sources/KroniekServer/Resources/web/world.json"
TOLERANCE = 0.15
# naturalearth_lowres leaves these without an ISO code (-99).
MISSING_ISO = {"France": "FRA", "Norway": "NOR", "Kosovo": "XKX", "N. Cyprus": "CYN", "Somaliland": "SOL"}


def simplify(points, tolerance):
    """Douglas-Peucker on a list of (x, y)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            d = abs(dy * (px - x1) - dx * (py - y1)) / norm if norm else ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def main(wheel):
    prefix = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres."
    with zipfile.ZipFile(wheel) as archive:
        files = {ext: io.BytesIO(archive.read(prefix + ext)) for ext in ("shp", "shx", "dbf")}
    reader = shapefile.Reader(shp=files["shp"], shx=files["shx"], dbf=files["dbf"], encoding="latin-1")
    fields = [f[0] for f in reader.fields[1:]]
    countries = []
    for record, shape in zip(reader.records(), reader.shapes()):
        row = dict(zip(fields, record))
        parts = list(shape.parts) + [len(shape.points)]
        rings = []
        for start, end in zip(parts, parts[1:]):
            ring = simplify([tuple(p) for p in shape.points[start:end]], TOLERANCE)
            flat = []
            for x, y in ring:
                point = [round(x, 1), round(y, 1)]
                if flat[-2:] != point:
                    flat += point
            if len(flat) >= 6:
                rings.append(flat)
        if rings:
            iso = row["iso_a3"] if row["iso_a3"] != "-99" else MISSING_ISO.get(row["name"], "")
            countries.append({"iso": iso, "name": row["name"], "rings": rings})
    document = {
        "source": "Natural Earth 1:110m countries (public domain), via geopandas 0.14.4 naturalearth_lowres",
        "countries": countries,
    }
    OUT.write_text(json.dumps(document, separators=(",", ":")) + "\n")
    print(f"{OUT}: {len(countries)} countries, {OUT.stat().st_size} bytes")


if __name__ == "__main__":
    main(sys.argv[1])
