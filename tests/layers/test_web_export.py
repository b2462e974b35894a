"""Web-map export: offline assets, escaping, embedded data, options."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pytest

from geo.offsets import wgs84_to_gcj02
from layers.web.assets import head_assets, remote_references
from layers.web.web_font import licence_text
from layers.web.web_map import (
    ExportCancelledError,
    WebExportError,
    export_web_map,
)
from tests.factories.web_sample import (
    HOSTILE_NAME,
    HOSTILE_ZONE,
    TEMPLATE_TEXT,
    sample_project,
)

REPO = Path(__file__).resolve().parents[2]


class _Page(HTMLParser):
    """Collect script srcs, link hrefs, inline styles and JSON data blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.srcs: list[str] = []
        self.hrefs: list[str] = []
        self.styles: list[str] = []
        self.data: dict[str, str] = {}
        self.title = ""
        self._in: tuple[str, str] | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "script" and a.get("src"):
            self.srcs.append(a["src"])
        if tag == "link" and a.get("href"):
            self.hrefs.append(a["href"])
        if tag == "script" and a.get("type") == "application/json":
            self._in = ("data", a["id"])
            self.data[a["id"]] = ""
        elif tag in ("style", "title"):
            self._in = (tag, "")

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in is None:
            return
        kind, key = self._in
        if kind == "data":
            self.data[key] += data
        elif kind == "style":
            self.styles.append(data)
        elif kind == "title":
            self.title += data


def _export(tmp_path: Path, project=None, **kw):
    out = tmp_path / "map.html"
    result = export_web_map(project or sample_project(300), out, **kw)
    text = out.read_text(encoding="utf-8")
    page = _Page()
    page.feed(text)
    return result, text, page


def _hosts(text: str) -> set[str]:
    return set(re.findall(r"https?://([a-z0-9.{}-]+)", text))


def _vendored_hosts() -> set[str]:
    """Hosts named in the comments of vendored assets (Leaflet, the font licence)."""
    return _hosts(head_assets()) | _hosts(licence_text())


def _layer_data(page: _Page, key: str) -> dict:
    return json.loads(page.data[f"zp-data-{key}"])


def _row(data: dict, i: int) -> list[str]:
    return [
        d[c[i]] if d else c[i] for c, d in zip(data["cols"], data["dicts"], strict=True)
    ]


def test_web_export_references_no_remote_script_or_stylesheet(tmp_path: Path) -> None:
    _, text, page = _export(tmp_path)
    assert page.srcs == [] and page.hrefs == []
    urls = [u for css in page.styles for u in re.findall(r"url\(([^)]*)\)", css)]
    assert urls and not [u for u in urls if re.match(r"['\"]?(https?:)?//", u)]
    assert remote_references(text) == []
    for cdn in ("cdn.jsdelivr", "code.jquery", "cdnjs", "bootstrapcdn", "unpkg"):
        assert cdn not in text
    assert 't.version="1.9.4"' in text  # Leaflet itself is inlined


def test_web_export_embeds_every_feature_per_layer(tmp_path: Path) -> None:
    project = sample_project(777)
    result, _, page = _export(tmp_path, project)
    expected = {lyr.id: lyr.feature_count for lyr in project.layers}
    assert result.n_features == expected
    for key, n in expected.items():
        data = _layer_data(page, key)
        assert len(data["s"]) == n
        assert all(len(col) == n for col in data["cols"])
    pts = _layer_data(page, "enterprises")
    assert len(pts["x"]) == len(pts["y"]) == 777
    assert len(_layer_data(page, "cases")["g"]) == 2


def test_web_export_escapes_hostile_values(tmp_path: Path) -> None:
    _, text, page = _export(tmp_path)
    assert HOSTILE_NAME not in text
    assert "<img src=x" not in text
    assert text.count("</script>") == text.count("<script")
    ent = _layer_data(page, "enterprises")
    assert _row(ent, 0)[0] == "&lt;script&gt;alert(1)&lt;/script&gt;"
    zones = _layer_data(page, "functional_areas")
    names = [_row(zones, i)[0] for i in range(len(zones["s"]))]
    assert "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in names
    assert HOSTILE_ZONE not in zones["l"]


def test_web_export_leaves_template_syntax_literal(tmp_path: Path) -> None:
    _, _, page = _export(tmp_path)
    cases = _layer_data(page, "cases")
    assert any(TEMPLATE_TEXT in v for v in _row(cases, 1))


def test_web_export_escapes_title_and_layer_names(tmp_path: Path) -> None:
    project = sample_project(10)
    project.find("cases").name = "<b>案例</b>"
    _, text, page = _export(tmp_path, project, title="<i>标题</i> & 说明")
    assert "<i>标题</i>" not in text and "<b>案例</b>" not in text
    assert page.title == "<i>标题</i> & 说明"
    assert "&lt;i&gt;标题&lt;/i&gt; &amp; 说明" in text


def test_web_export_popups_show_zh_fields_and_geodesic_area(tmp_path: Path) -> None:
    from geo.measure import geodesic_area

    project = sample_project(10)
    _, text, page = _export(tmp_path, project)
    cases = _layer_data(page, "cases")
    area = geodesic_area(project.find("cases").gdf.geometry.iloc[0])
    assert _row(cases, 0)[-1] == f"{area.ha:,.2f} 公顷 / {area.mu:,.1f} 亩"
    # Coded values by name, Chinese and English each on its own line.
    assert '已批准<span class="zp-en">approved</span>' in _row(cases, 0)
    ent = _layer_data(page, "enterprises")
    assert '04 金融服务<span class="zp-en">04 Financial services</span>' in [
        v for d in ent["dicts"] if d for v in d
    ]
    for label in ("名称", "类别", "案件编号", "面积(测地线)", "Case number", "Area"):
        assert label in text
    assert "营业收入（万元）" in text and "Revenue (10k yuan)" in text


def test_web_export_legend_title_source_date_and_note(tmp_path: Path) -> None:
    import datetime as dt

    _, text, _ = _export(tmp_path, date=dt.date(2016, 5, 1), source="测试来源")
    for needle in (
        'id="zp-legend"',
        "图例",
        "测试来源",
        "2016-05-01",
        "示意范围",
        "L.control.scale({metric: true, imperial: false",
    ):
        assert needle in text


def test_web_export_omits_note_without_indicative_zone(tmp_path: Path) -> None:
    _, text, _ = _export(tmp_path, layer_ids=["enterprises", "cases"])
    assert 'id="zp-note"' not in text


def test_web_export_default_is_visible_layers(tmp_path: Path) -> None:
    project = sample_project(10)
    project.find("basemap").visible = False
    result, _, page = _export(tmp_path, project)
    assert "basemap" not in result.n_features
    assert "zp-data-basemap" not in page.data


def test_web_export_unknown_layer_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(WebExportError, match="no layer 'nope'"):
        export_web_map(sample_project(10), tmp_path / "m.html", layer_ids=["nope"])


def test_web_export_online_basemap_is_the_only_remote_reference(tmp_path: Path) -> None:
    result, text, _ = _export(tmp_path, basemap="osm")
    assert result.remote_urls == ("https://tile.openstreetmap.org/{z}/{x}/{y}.png",)
    assert remote_references(text) == []
    assert _hosts(text) - _vendored_hosts() == {"tile.openstreetmap.org"}


def test_web_export_offline_page_names_no_host_beyond_vendored_comments(
    tmp_path: Path,
) -> None:
    _, text, _ = _export(tmp_path)
    assert _hosts(text) - _vendored_hosts() == set()


def test_web_export_tianditu_needs_a_key(tmp_path: Path) -> None:
    with pytest.raises(WebExportError, match="密钥"):
        export_web_map(sample_project(10), tmp_path / "m.html", basemap="tianditu")
    result, text, _ = _export(tmp_path, basemap="tianditu", tianditu_key="abc123def456")
    assert len(result.remote_urls) == 2 and "tk=abc123def456" in text


def test_web_export_amap_shifts_data_to_gcj02(tmp_path: Path) -> None:
    project = sample_project(50)
    _, text, page = _export(tmp_path, project, basemap="amap")
    pts = _layer_data(page, "enterprises")
    gdf = project.find("enterprises").gdf
    gx, gy = wgs84_to_gcj02(gdf.geometry.x.to_numpy(), gdf.geometry.y.to_numpy())
    assert np.allclose(pts["x"], gx, atol=1e-6) and np.allclose(pts["y"], gy, atol=1e-6)
    assert not np.allclose(pts["x"], gdf.geometry.x, atol=1e-4)
    assert "GCJ-02" in text


def test_web_export_extent_keeps_features_touching_it(tmp_path: Path) -> None:
    project = sample_project(2000)
    box = (116.3, 39.85, 116.5, 40.0)
    result, text, _ = _export(tmp_path, project, extent_ll=box)
    gdf = project.find("enterprises").gdf
    inside = gdf.cx[box[0] : box[2], box[1] : box[3]]
    assert result.n_features["enterprises"] == len(inside)
    assert "[[39.85, 116.3], [40.0, 116.5]]" in text


def test_web_export_cancel_leaves_existing_file(tmp_path: Path) -> None:
    out = tmp_path / "m.html"
    out.write_text("old", encoding="utf-8")
    with pytest.raises(ExportCancelledError):
        export_web_map(sample_project(10), out, progress=lambda f, m: f < 0.5)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["m.html"]


def test_web_export_import_does_not_load_folium() -> None:
    code = (
        "import sys, layers.web.web_map, cli.web; "
        "print('folium' in sys.modules, 'PySide6' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.split() == ["False", "False"]
