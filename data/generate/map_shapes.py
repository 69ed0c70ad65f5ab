#!/usr/bin/env python3
"""Write data/map_shapes.tsv: the world map's shapes, projected and
quantized, one row per country or territory of Natural Earth's 1:110m
admin-0 boundaries, and a locator point for every country too small to
see at world scale.

Source (see data/generate/sources/README.md): the npm package world-atlas
2.0.2, Natural Earth 4.1.0 as TopoJSON (public domain; the package is ISC).

  countries-110m.json  the shapes drawn (Antarctica left out: no treaty
                       concerns it, and it would take a third of the map).
  countries-50m.json   only where a country has no 1:110m shape: the
                       centroid of its largest 1:50m polygon places its
                       locator circle.
  LOCATOR_ONLY below   a country in neither file (Tuvalu), placed by hand
                       at its capital, with the source named on its row.

Each longitude and latitude is projected with the Equal Earth projection
(Šavrič, Patterson and Jenny, 2018), then scaled by SCALE and rounded to
integer units; x grows east, y grows south (as in SVG), and (0, 0) is the
projection's centre. Rings that cross the antimeridian (Fiji, Russia) are
cut there first. A shape's `path` is SVG path data in those units, relative
(delta-encoded) after its first point. A shape whose largest ring's box
covers under TINY square units also gets a locator point.

Run from the repository root, then regenerate the Rust table:

    python3 data/generate/map_shapes.py
    HANOI_REGENERATE=1 cargo test --test map_generated

The script uses only Python's standard library and is idempotent.
"""
import json
import math

SOURCE_DIR = "data/generate/sources/world-atlas-2.0.2"
OUT = "data/map_shapes.tsv"
SOURCE = "Natural Earth 4.1.0 admin-0 {scale} via npm world-atlas 2.0.2 ({file})"
# Units per unit of the projection's plane: the whole world is about
# 3,790 units wide, a quarter of a pixel on a map 940 pixels wide.
SCALE = 700.0
# A shape whose largest ring's box covers less than this many square units
# (about 18 square pixels there: Luxembourg, Palestine, Lebanon, Qatar,
# Brunei, Cyprus, Trinidad and Tobago, Fiji, the Bahamas, ...) gets a
# circle too.
TINY = 300
ANTARCTICA = "010"
LOCATOR_ONLY = [
    # (ISO numeric, name, longitude, latitude, confidence, source)
    ("798", "Tuvalu", 179.2, -8.517, "high",
     "Funafuti, the capital of Tuvalu, 8°31'S 179°12'E "
     "(https://en.wikipedia.org/wiki/Funafuti; https://www.countrycoordinate.com/city-funafuti-tuvalu/ "
     "gives -8.521, 179.196); Tuvalu has no shape in Natural Earth 1:50m or 1:110m admin-0"),
]

A1, A2, A3, A4 = 1.340264, -0.081106, 0.000893, 0.003796
M = math.sqrt(3) / 2


def equal_earth(lon, lat):
    """Equal Earth, in radians of the unit sphere; y grows north."""
    lam, phi = math.radians(lon), math.radians(lat)
    theta = math.asin(M * math.sin(phi))
    t2 = theta * theta
    t6 = t2 * t2 * t2
    x = lam * math.cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)))
    y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
    return x, y


def units(lon, lat):
    x, y = equal_earth(lon, lat)
    return round(x * SCALE), round(-y * SCALE)


def decode(topology):
    """The arcs of a TopoJSON topology, as lists of (lon, lat)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(arcs, indexes):
    points = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def polygons(geometry, arcs):
    """The polygons of a geometry, each a list of rings of (lon, lat)."""
    if geometry["type"] == "Polygon":
        return [[ring(arcs, r) for r in geometry["arcs"]]]
    if geometry["type"] == "MultiPolygon":
        return [[ring(arcs, r) for r in p] for p in geometry["arcs"]]
    return []


def unwrap(points):
    """The ring with longitudes made continuous across the antimeridian."""
    out = [points[0]]
    for lon, lat in points[1:]:
        prev = out[-1][0]
        while lon - prev > 180:
            lon -= 360
        while lon - prev < -180:
            lon += 360
        out.append((lon, lat))
    return out


def clip(points, low, high):
    """Sutherland-Hodgman: the ring cut to low <= lon <= high."""
    for inside, edge in ((lambda p: p[0] >= low, low), (lambda p: p[0] <= high, high)):
        out = []
        for i, cur in enumerate(points):
            prev = points[i - 1]
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur, edge))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur, edge))
        points = out
        if not points:
            break
    return points


def cross(a, b, lon):
    t = (lon - a[0]) / (b[0] - a[0])
    return (lon, a[1] + t * (b[1] - a[1]))


def split(points):
    """A ring as one or more rings inside -180..180 degrees."""
    points = unwrap(points)
    lons = [p[0] for p in points]
    if min(lons) >= -180 and max(lons) <= 180:
        return [points]
    out = []
    for shift in (-360, 0, 360):
        moved = [(lon + shift, lat) for lon, lat in points]
        part = clip(moved, -180, 180)
        if len(part) >= 3:
            out.append(part)
    return out


def densify(points):
    """Points added along the antimeridian, which Equal Earth curves."""
    out = []
    for i, (lon, lat) in enumerate(points):
        nlon, nlat = points[(i + 1) % len(points)]
        out.append((lon, lat))
        if abs(lon) == 180 and lon == nlon and abs(nlat - lat) > 1:
            steps = int(abs(nlat - lat))
            out.extend((lon, lat + (nlat - lat) * k / steps) for k in range(1, steps))
    return out


def numbers(values):
    """Numbers for SVG path data: a minus sign separates them itself."""
    text = ""
    for v in values:
        if text and v >= 0:
            text += " "
        text += str(v)
    return text


def path_of(polys):
    """SVG path data (units) of polygons, the box of its points, and the
    area of its largest ring's box (an archipelago of small islands, or
    Fiji cut in two by the antimeridian, is small)."""
    parts, start, box, cover = [], None, [math.inf, math.inf, -math.inf, -math.inf], 0
    for poly in polys:
        for r in poly:
            for piece in split(r):
                pts = []
                for lon, lat in densify(piece):
                    p = units(lon, lat)
                    if not pts or pts[-1] != p:
                        pts.append(p)
                if len(pts) > 1 and pts[0] == pts[-1]:
                    pts.pop()
                if len(pts) < 3:
                    continue
                for x, y in pts:
                    box = [min(box[0], x), min(box[1], y), max(box[2], x), max(box[3], y)]
                xs, ys = [p[0] for p in pts], [p[1] for p in pts]
                cover = max(cover, (max(xs) - min(xs)) * (max(ys) - min(ys)))
                x0, y0 = pts[0]
                move = "M" + numbers([x0, y0]) if start is None else "m" + numbers([x0 - start[0], y0 - start[1]])
                deltas = []
                for (ax, ay), (bx, by) in zip(pts, pts[1:]):
                    deltas += [bx - ax, by - ay]
                parts.append(move + "l" + numbers(deltas) + "z")
                start = (x0, y0)
    return "".join(parts), box, cover


def centroid(polys):
    """The centroid (lon, lat) of the largest ring, by planar area."""
    best, best_area = None, -1.0
    for poly in polys:
        for piece in split(poly[0]):
            a = cx = cy = 0.0
            for (x1, y1), (x2, y2) in zip(piece, piece[1:] + piece[:1]):
                f = x1 * y2 - x2 * y1
                a += f
                cx += (x1 + x2) * f
                cy += (y1 + y2) * f
            if abs(a) > best_area and a != 0:
                best_area, best = abs(a), (cx / (3 * a), cy / (3 * a))
    return best


def main() -> None:
    with open(f"{SOURCE_DIR}/countries-110m.json", encoding="utf-8") as f:
        small = json.load(f)
    with open(f"{SOURCE_DIR}/countries-50m.json", encoding="utf-8") as f:
        medium = json.load(f)
    rows = []
    arcs = decode(small)
    drawn = set()
    source = SOURCE.format(scale="1:110m", file="countries-110m.json")
    for g in small["objects"]["countries"]["geometries"]:
        code, name = g.get("id", ""), g["properties"]["name"]
        if code == ANTARCTICA:
            continue
        polys = polygons(g, arcs)
        path, _, cover = path_of(polys)
        locator = ""
        if cover < TINY:
            locator = "{} {}".format(*units(*centroid(polys)))
        rows.append((code or "", name, locator, path, "high", source))
        drawn.add(code)
    arcs = decode(medium)
    source = SOURCE.format(scale="1:50m", file="countries-50m.json, centroid of the largest polygon")
    for g in medium["objects"]["countries"]["geometries"]:
        code = g.get("id")
        if not code or code in drawn or code == ANTARCTICA:
            continue
        c = centroid(polygons(g, arcs))
        rows.append((code, g["properties"]["name"], "{} {}".format(*units(*c)), "", "high", source))
    for code, name, lon, lat, confidence, cite in LOCATOR_ONLY:
        rows.append((code, name, "{} {}".format(*units(lon, lat)), "", confidence, cite))
    rows.sort(key=lambda r: (r[0] == "", r[0], r[1]))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("iso_numeric\tname\tlocator\tpath\tconfidence\tsource\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
