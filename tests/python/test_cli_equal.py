# SPDX-License-Identifier: MIT
"""Every Session answer equals the CLI verb's --json (or file) output, and every error the
CLI's one line: the same library call behind both."""

import json
import os

import numpy as np
import pandas as pd
import pytest

import rangemap
from conftest import cli, cli_error, cli_json


@pytest.mark.parametrize("a,b", [("Taiwan", "Japan"), ("26.3556,127.7675", "25.0330,121.5654"), ("Kadena", "Guam")])
def test_distance_equals_cli_json(session, a, b):
    assert session.distance(a, b) == cli_json("distance", a, b, "--json")


def test_distance_of_pairs_and_points_equals_the_text_form(session):
    via_pair = session.distance((26.3556, 127.7675), (25.0330, 121.5654))
    via_text = session.distance("26.3556,127.7675", "25.0330,121.5654")
    assert via_pair["distance_m"] == via_text["distance_m"]
    # The array function is `distance --batch`'s: to the batch output's printed precision, and
    # within the 0.1 mm and 1e-7 degrees its fast path keeps of the single answer.
    d, a1, a2 = rangemap.distance(26.3556, 127.7675, 25.0330, 121.5654)
    assert abs(d - via_text["distance_m"]) < 1e-4
    assert abs(a1 - via_text["azimuth_deg"]) < 1e-7 and abs(a2 - via_text["back_azimuth_deg"]) < 1e-7


def test_distance_of_arrays_equals_the_batch_verb(tmp_path):
    rng = np.random.default_rng(5)
    lat1, lat2 = np.degrees(np.arcsin(rng.uniform(-1, 1, (2, 2000))))
    lon1, lon2 = rng.uniform(-180, 180, (2, 2000))
    pairs = tmp_path / "pairs.csv"
    pd.DataFrame({"lat1": lat1, "lon1": lon1, "lat2": lat2, "lon2": lon2}).to_csv(pairs, index=False, float_format="%.6f")
    back = pd.read_csv(pairs)
    cli("distance", "--batch", str(pairs), "-o", str(tmp_path / "out.csv"))
    want = pd.read_csv(tmp_path / "out.csv")
    d, a1, a2 = rangemap.distance(back.lat1.to_numpy(), back.lon1.to_numpy(), back.lat2.to_numpy(), back.lon2.to_numpy())
    assert np.array_equal(np.round(d, 4), want.distance_m.to_numpy())
    assert np.max(np.abs(a1 - want.azi1_deg.to_numpy())) <= 5e-10
    assert np.max(np.abs(a2 - want.azi2_deg.to_numpy())) <= 5e-10


@pytest.mark.parametrize("centre,radius", [("Kadena", "1000km"), ("13.58N,144.93E", "5000km"), ("Misawa", "6000km")])
def test_ring_equals_cli_geojson_vertex_by_vertex(session, centre, radius):
    ours = session.ring(centre, radius)
    theirs = json.loads(cli("ring", centre, "--radius", radius)[1])
    assert ours.crs.to_epsg() == 4326 and len(ours) == 1
    props = theirs["features"][0]["properties"]
    for k, v in props.items():
        assert ours.iloc[0][k] == v, k
    geom = theirs["features"][0]["geometry"]
    assert json.loads(json.dumps(ours.geometry.iloc[0].__geo_interface__, default=list))["type"] == geom["type"]
    ours_xy = np.array(_coords(ours.geometry.iloc[0].__geo_interface__["coordinates"]))
    theirs_xy = np.array(_coords(geom["coordinates"]))
    assert np.array_equal(ours_xy, theirs_xy)
    # Every vertex at the radius within 1 m (GeographicLib-equal geodesics, see test_geodesic).
    r = ours.iloc[0]["radius_m"]
    d, _, _ = rangemap.distance(ours.iloc[0]["centre_lat"], ours.iloc[0]["centre_lon"], ours_xy[:, 1], ours_xy[:, 0])
    # Vertices added where the ring is cut at the antimeridian, or closed around a pole, lie inside.
    on_circle = (np.abs(ours_xy[:, 0]) < 179.999999) & (np.abs(ours_xy[:, 1]) < 90)
    assert np.max(np.abs(d[on_circle] - r)) < 1.0


def _coords(c):
    if isinstance(c[0], (int, float)):
        return [tuple(c)]
    out = []
    for x in c:
        out.extend(_coords(x))
    return out


@pytest.mark.parametrize(
    "call,cli_args",
    [
        (lambda s: s.ring("Kadena", "1000km", min_radius="300km", radials=8),
         ["ring", "Kadena", "--radius", "1000km", "--min-radius", "300km", "--radials", "8"]),
        (lambda s: s.sector("Kadena", 270, 60, "800km", radials=5),
         ["sector", "Kadena", "--azimuth", "270", "--width", "60", "--radius", "800km", "--radials", "5"]),
    ],
)
def test_radials_equal_cli_geojson(session, call, cli_args):
    ours = call(session)
    theirs = json.loads(cli(*cli_args)[1])["features"]
    assert len(ours) == len(theirs) == int(cli_args[-1]) + 1
    for i, feature in enumerate(theirs):
        for k, v in feature["properties"].items():
            assert ours.iloc[i][k] == v, (i, k)
        assert np.array_equal(np.array(_coords(ours.geometry.iloc[i].__geo_interface__["coordinates"])),
                              np.array(_coords(feature["geometry"]["coordinates"])))


@pytest.mark.parametrize(
    "py,cli_args",
    [
        (dict(azimuth=270, width=60, radius="1000km"), ["--azimuth", "270", "--width", "60", "--radius", "1000km"]),
        (dict(azimuth=10, width=300, radius="3000km", min_radius="500km"),
         ["--azimuth", "10", "--width", "300", "--radius", "3000km", "--min-radius", "500km"]),
    ],
)
def test_sector_equals_cli_geojson_vertex_by_vertex(session, py, cli_args):
    ours = session.sector("Kadena", **py)
    theirs = json.loads(cli("sector", "Kadena", *cli_args)[1])["features"][0]
    for k, v in theirs["properties"].items():
        assert ours.iloc[0][k] == v, k
    assert np.array_equal(np.array(_coords(ours.geometry.iloc[0].__geo_interface__["coordinates"])),
                          np.array(_coords(theirs["geometry"]["coordinates"])))
    # The outer arc's vertices lie at the radius within 1 m.
    xy = np.array(_coords(theirs["geometry"]["coordinates"]))
    d, _, _ = rangemap.distance(26.3556, 127.7675, xy[:, 1], xy[:, 0])
    r = float(py["radius"].removesuffix("km")) * 1000
    assert np.sum(np.abs(d - r) < 1.0) >= 10 and np.max(d) < r + 1.0


def test_annulus_and_tolerance_equal_cli(session):
    ours = session.ring("Kadena", "1000km", min_radius="300km")
    theirs = json.loads(cli("ring", "Kadena", "--radius", "1000km", "--min-radius", "300km")[1])["features"][0]
    assert ours.iloc[0]["name"] == theirs["properties"]["name"]
    assert np.array_equal(np.array(_coords(ours.geometry.iloc[0].__geo_interface__["coordinates"])),
                          np.array(_coords(theirs["geometry"]["coordinates"])))
    ours = session.buffer("Taiwan", "100km", tolerance="50m")
    theirs = json.loads(cli("ring", "Taiwan", "--radius", "100km", "--tolerance", "50m")[1])["features"][0]
    assert ours.iloc[0]["max_error_m"] == theirs["properties"]["max_error_m"] <= 50


def test_buffer_equals_cli(session):
    ours = session.buffer("Taiwan", "200km")
    theirs = json.loads(cli("ring", "Taiwan", "--radius", "200km")[1])["features"][0]
    for k in ("distance_m", "max_error_m", "method", "centre_name"):
        assert ours.iloc[0][k] == theirs["properties"][k]
    assert ours.iloc[0]["max_error_m"] <= 200.0  # 0.1% of the distance


@pytest.mark.parametrize("args", [("Kadena", "600nmi", None), ("Taiwan", "1000km", "bases")])
def test_within_equals_cli_json(session, args):
    centre, radius, layer = args
    extra = ["--layer", layer] if layer else []
    theirs = cli_json("within", centre, "--radius", radius, "--json", *extra)
    ours = session.within(centre, radius, layer=layer)
    assert ours.to_dict("records") == theirs


def test_within_a_large_point_file_equals_cli_json(tmp_path):
    # Over 1 MiB: the verb reads only the rows in reach, and so does the module given a name.
    rng = np.random.default_rng(9)
    n = 40_000
    pts = pd.DataFrame({"name": [f"p{i}" for i in range(n)], "lat": rng.uniform(0, 50, n), "lon": rng.uniform(100, 160, n)})
    path = tmp_path / "points.csv"
    pts.to_csv(path, index=False, float_format="%.6f")
    assert path.stat().st_size > 1 << 20
    theirs = cli_json("--data", str(path), "within", "Kadena", "--radius", "500km", "--json", "--layer", "points")
    ours = rangemap.Session(data=[str(path)]).within("Kadena", "500km", layer="points")
    assert len(theirs) > 100 and ours.to_dict("records") == theirs


def test_places_equal_cli_json(session):
    ours = session.places("bases")
    assert ours.drop(columns="country").to_dict("records") == cli_json("places", "--layer", "bases", "--json")
    assert (ours.country != "").all()  # every base has its country in bases.csv


def test_query_equals_cli_json(session, source_dir):
    path = os.path.join(source_dir, "geodata", "standoff_missiles.yaml")
    theirs = cli_json("query", path, "--json", "--set", "variables.reach=1500km")
    ours = session.query(path, set={"variables.reach": "1500km"})
    assert list(ours) == [a["id"] for a in theirs]
    for a in theirs:
        frame = ours[a["id"]]
        assert frame.attrs["method"] == a["method"] and frame.attrs["notes"] == a["notes"]
        assert frame.attrs["data"] == a["data"]
        assert json.loads(frame.to_json(orient="records")) == a["rows"] or frame.to_dict("records") == a["rows"]


def test_query_from_a_dict_equals_the_file(session, source_dir):
    import yaml  # PyYAML comes with dask

    path = os.path.join(source_dir, "geodata", "article.yaml")
    with open(path) as f:
        doc = yaml.safe_load(f)
    if not doc.get("questions"):
        pytest.skip("article.yaml has no questions")
    a = session.query(path)
    b = session.query(doc)
    assert list(a) == list(b)
    for k in a:
        pd.testing.assert_frame_equal(a[k], b[k])


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_render_bytes_equal_cli(session, tmp_path, fmt):
    out = tmp_path / f"article.{fmt}"
    cli("render", "-o", str(out), "--size", "800x600")
    assert session.render(format=fmt, size=(800, 600)) == out.read_bytes()


def test_render_of_a_scenario_with_options_equals_cli(session, tmp_path, source_dir):
    path = os.path.join(source_dir, "geodata", "command_distances.yaml")
    out = tmp_path / "pacific.png"
    cli("render", path, "-o", str(out), "--crs", "EPSG:3857", "--extent", "120,10,210,50", "--set", "title=Reach")
    ours = session.render(path, crs="EPSG:3857", extent=(120, 10, 210, 50), set={"title": "Reach"})
    assert ours == out.read_bytes()


def test_figure_shows_and_saves_the_render(session, tmp_path):
    fig = session.figure(size=(600, 400))
    png = fig._repr_png_()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert fig._repr_svg_().lstrip().startswith("<?xml")
    path = fig.save(tmp_path / "f.pdf")
    assert open(path, "rb").read() == session.render(format="pdf", size=(600, 400))
    with pytest.raises(rangemap.UsageError):
        fig.save(tmp_path / "f.gif")


@pytest.mark.parametrize(
    "args,call",
    [
        (("distance", "Atlantis", "Japan"), lambda s: s.distance("Atlantis", "Japan")),
        (("distance", "95,0", "Japan"), lambda s: s.distance("95,0", "Japan")),
        (("ring", "Kadena", "--radius", "25000km"), lambda s: s.ring("Kadena", "25000km")),
        (("ring", "Kadena", "--radius", "12 parsecs"), lambda s: s.ring("Kadena", "12 parsecs")),
        (("ring", "Kadena", "--radius", "10km", "--vertices", "3"), lambda s: s.ring("Kadena", "10km", 3)),
        (("within", "Kadena", "--radius", "10km", "--layer", "nope"), lambda s: s.within("Kadena", "10km", "nope")),
        (("render", "--size", "50x50", "-o", "/tmp/x.png"), lambda s: s.render(size=(50, 50))),
        (("render", "--crs", "EPSG:999999", "-o", "/tmp/x.png"), lambda s: s.render(crs="EPSG:999999")),
        (("query", "/nonexistent.yaml"), lambda s: s.query("/nonexistent.yaml")),
        (("sector", "Taiwan", "--azimuth", "0", "--width", "90", "--radius", "10km"),
         lambda s: s.sector("Taiwan", 0, 90, "10km")),
        (("sector", "Kadena", "--azimuth", "0", "--width", "400", "--radius", "10km"),
         lambda s: s.sector("Kadena", 0, 400, "10km")),
        (("ring", "Kadena", "--radius", "10km", "--radials", "0"), lambda s: s.ring("Kadena", "10km", radials=0)),
        (("ring", "Taiwan", "--radius", "10km", "--radials", "4"), lambda s: s.ring("Taiwan", "10km", radials=4)),
        (("sector", "Kadena", "--azimuth", "0", "--width", "90", "--radius", "10km", "--radials", "361"),
         lambda s: s.sector("Kadena", 0, 90, "10km", radials=361)),
        (("ring", "Taiwan", "--radius", "100km", "--tolerance", "90%"),
         lambda s: s.buffer("Taiwan", "100km", tolerance="90%")),
        (("query", os.path.join(os.environ.get("SOURCE_DIR", "."), "geodata", "article.yaml"), "--set", "nokey=1"),
         lambda s: s.query(os.path.join(os.environ.get("SOURCE_DIR", "."), "geodata", "article.yaml"), set={"nokey": 1})),
    ],
)
def test_usage_errors_carry_the_cli_line(session, args, call):
    code, line = cli_error(*args)
    assert code == 2
    with pytest.raises(rangemap.UsageError) as e:
        call(session)
    assert str(e.value) == line


def test_data_errors_carry_the_cli_line(tmp_path):
    bad = tmp_path / "broken.gpkg"
    bad.write_bytes(b"not a geopackage at all")
    code, line = cli_error("--data", str(bad), "places")
    assert code == 1
    with pytest.raises(rangemap.DataError) as e:
        rangemap.Session(data=[str(bad)]).places()
    assert str(e.value) == line


def test_version_equals_cli():
    out = cli("--version")[1].decode().split()
    assert out == ["rangemap", rangemap.__version__]
