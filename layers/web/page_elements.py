"""Folium elements of the exported page: data layers, panels, scale, helpers.

Imported only by :func:`layers.web.web_map.export_web_map`, after folium, so
application start-up never pays for folium. Every string placed in HTML here was
escaped by :mod:`layers.web.feature_data` or is escaped here; JSON goes through
:func:`layers.web.feature_data.safe_json`.
"""

from __future__ import annotations

import html
import re
from typing import Any

from branca.element import Element, MacroElement
from folium.map import Layer
from jinja2 import Template

from layers.web.feature_data import LayerPayload, esc, safe_json
from layers.web.web_font import FONT_FAMILY

_HEX = re.compile(r"^#[0-9a-fA-F]{3,8}$")

HELPER_JS = r"""
window.zpLayers = {};
window.zpLabelSets = [];
L.Canvas.mergeOptions({tolerance: 3});  // 5 px points stay clickable
// Labels of all layers are placed without overlaps, like on the canvas:
// zones before districts before cases, large features first; a label wider
// than its feature is dropped. Positions come from the anchors, not the DOM,
// so the result does not depend on the order Leaflet repositions tooltips.
function zpDeclutter(map) {
  if (!map) return;
  var placed = [], sets = window.zpLabelSets.filter(function (s) {
    return map.hasLayer(s.group);
  }).sort(function (a, b) { return b.priority - a.priority; });
  sets.forEach(function (s) {
    var items = [];
    s.labels.eachLayer(function (t) {
      var el = t.getElement(), b = t.zpBounds;
      if (!el) return;
      var a = map.latLngToContainerPoint(b.getSouthWest());
      var c = map.latLngToContainerPoint(b.getNorthEast());
      var w = Math.abs(c.x - a.x), h = Math.abs(a.y - c.y);
      items.push({t: t, el: el, w: w, size: w * h});
    });
    items.sort(function (p, q) { return q.size - p.size; });
    items.forEach(function (it) {
      var p = map.latLngToContainerPoint(it.t.getLatLng());
      var hw = it.el.offsetWidth / 2 + 2, hh = it.el.offsetHeight / 2 + 2;
      var box = {l: p.x - hw, r: p.x + hw, t: p.y - hh, b: p.y + hh};
      var hit = it.w < s.minPx || placed.some(function (q) {
        return q.l < box.r && box.l < q.r && q.t < box.b && box.t < q.b;
      });
      it.el.style.visibility = hit ? "hidden" : "";
      if (!hit) placed.push(box);
    });
  });
}
function zpWatch(map) {
  if (!map || map.zpWatching) return;
  map.zpWatching = true;
  map.on("zoomend", function () { zpDeclutter(map); });
}
function zpRow(data, i) {
  return data.cols.map(function (col, k) {
    var d = data.dicts[k];
    return d ? d[col[i]] : col[i];
  });
}
function zpPopupHtml(cfg, data, i) {
  var rows = "", v = zpRow(data, i);
  for (var k = 0; k < cfg.fields.length; k++) {
    if (v[k] === "" || v[k] === null || v[k] === undefined) continue;
    rows += "<tr><th>" + cfg.fields[k] + "</th><td>" + v[k] + "</td></tr>";
  }
  return '<div class="zp-popup"><div class="zp-popup-layer">' + cfg.name +
    "</div><table>" + rows + "</table></div>";
}
function zpLayer(cfg, data) {
  var group = L.featureGroup(), n = data.s.length, parts = new Array(n), i;
  for (i = 0; i < n; i++) {
    var st = cfg.styles[data.s[i]];
    parts[i] = cfg.point ? L.circleMarker([data.y[i], data.x[i]], st)
      : L.GeoJSON.geometryToLayer({type: "Feature", properties: {},
                                   geometry: data.g[i]}).setStyle(st);
    parts[i].zpIndex = i;
  }
  var geo = L.featureGroup(parts);
  // The popup fits the window: narrower than the screen, scrolling if long,
  // and panned clear of the title panel, which would hide its heading.
  var title = document.getElementById("zp-title");
  var top = title ? Math.min(title.getBoundingClientRect().bottom + 8,
                             window.innerHeight * 0.3) : 16;
  geo.bindPopup(function (l) { return zpPopupHtml(cfg, data, l.zpIndex); },
                {maxWidth: Math.min(380, window.innerWidth * 0.8),
                 maxHeight: Math.max(160, window.innerHeight * 0.6),
                 autoPanPaddingTopLeft: [16, top],
                 autoPanPaddingBottomRight: [16, 16]});
  group.addLayer(geo);
  var labels = null;
  if (cfg.labels) {
    labels = L.layerGroup();
    for (i = 0; i < n; i++) {
      if (!data.l[i]) continue;
      var t = L.tooltip({permanent: true, direction: "center",
          className: "zp-label", interactive: false, opacity: 1})
        .setLatLng([data.lp[i][1], data.lp[i][0]])
        .setContent('<span style="' + cfg.labelCss + '">' + data.l[i] + "</span>");
      t.zpBounds = parts[i].getBounds();
      labels.addLayer(t);
    }
    group.addLayer(labels);
    window.zpLabelSets.push({group: group, labels: labels,
                             priority: cfg.labelPriority, minPx: cfg.minLabelPx});
    group.on("add", function () { zpWatch(group._map); zpDeclutter(group._map); });
    group.on("remove", function () { if (window.zpMap) zpDeclutter(window.zpMap); });
  }
  window.zpLayers[cfg.key] = {group: group, geo: geo, labels: labels, count: n,
    name: cfg.name, data: data, row: function (j) { return zpRow(data, j); }};
  return group;
}
"""

LEGEND_HEADING = "图例"
# The embedded subset first; installed fonts only for what a browser adds itself.
FONT_STACK = (
    f'"{FONT_FAMILY}", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", '
    '"WenQuanYi Micro Hei", sans-serif'
)
# Bold text is listed in bold_text(): the Bold face keeps only its characters.
PAGE_CSS = """
.leaflet-container { background: #eef2f5; font-family: FONT_STACK; }
.zp-panel { position: absolute; z-index: 1000; background: rgba(255,255,255,.92);
  border-radius: 4px; box-shadow: 0 1px 5px rgba(0,0,0,.4); padding: 6px 10px;
  font: 12px/1.4 FONT_STACK; color: #222; }
.zp-title { top: 10px; left: 50%; transform: translateX(-50%); text-align: center;
  max-width: 60vw; }
.zp-title h1 { font-size: 18px; margin: 0 0 2px 0; }
.zp-title .zp-meta { color: #555; }
.zp-legend { bottom: 24px; right: 10px; max-height: 46vh; overflow-y: auto;
  max-width: 300px; }
.zp-legend summary { cursor: pointer; }
.zp-legend .zp-legend-layer { font-weight: bold; margin-top: 4px; }
.zp-legend .zp-swatch { display: inline-block; width: 14px; height: 10px;
  margin-right: 5px; vertical-align: middle; border: 1px solid #555; }
.zp-legend .zp-dot { border-radius: 50%; width: 9px; height: 9px; border: 0; }
.zp-note { bottom: 24px; left: 50%; transform: translateX(-50%); max-width: 50vw;
  color: #7a3b00; }
.zp-popup table { border-collapse: collapse; }
.zp-popup th { text-align: left; padding: 2px 8px 2px 0; color: #555;
  font-weight: normal; vertical-align: top; max-width: 9em; }
.zp-popup td { padding: 2px 0; word-break: break-word; overflow-wrap: anywhere; }
.zp-popup tr + tr th, .zp-popup tr + tr td { border-top: 1px solid #eee; }
.zp-en { display: block; color: #888; font-size: 11px; line-height: 1.25; }
.zp-popup-layer { font-weight: bold; margin-bottom: 3px; }
.leaflet-tooltip.zp-label { background: transparent; border: 0; box-shadow: none;
  padding: 0; text-shadow: 0 0 2px #fff, 0 0 2px #fff, 0 0 3px #fff;
  white-space: nowrap; }
.leaflet-tooltip.zp-label::before { display: none; }
""".replace("FONT_STACK", FONT_STACK)


def safe_color(color: str, default: str = "#888888") -> str:
    """Return ``color`` if it is a hex colour, else ``default`` (used in CSS)."""
    return color if isinstance(color, str) and _HEX.match(color) else default


class DataLayer(Layer):
    """One project layer as a Leaflet feature group (an overlay in the control)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        var {{ this.get_name() }} = zpLayer({{ this.cfg_json }},
            JSON.parse(document.getElementById({{ this.data_id|tojson }}).textContent));
        {% endmacro %}
        """
    )

    def __init__(self, payload: LayerPayload, show: bool = True) -> None:
        super().__init__(name=payload.name_html, overlay=True, control=True, show=show)
        self._name = "DataLayer"
        self.data_id = f"zp-data-{re.sub(r'[^A-Za-z0-9_-]', '_', payload.key)}"
        label_css = (
            f"color:{safe_color(payload.label_color, '#202020')};"
            f"font-size:{float(payload.label_size) * 96 / 72:.1f}px"
        )
        self.cfg_json = safe_json(
            {
                "key": payload.key,
                "name": payload.name_html,
                "point": payload.geometry_type == "point",
                "styles": payload.styles,
                "fields": payload.fields_html,
                "labels": payload.has_labels,
                "labelCss": label_css,
                "labelPriority": payload.label_priority,
                "minLabelPx": 40,
            }
        )
        self.data_script = (
            f'<script type="application/json" id="{self.data_id}">'
            f"{payload.data_json}</script>"
        )


class MapHooks(MacroElement):
    """Expose the map as ``window.zpMap``, add a metric scale, plain attribution."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        window.zpMap = {{ this._parent.get_name() }};
        L.control.scale({metric: true, imperial: false, maxWidth: 160})
            .addTo({{ this._parent.get_name() }});
        {{ this._parent.get_name() }}.attributionControl.setPrefix("Leaflet");
        // A phone's screen is the map: the legend starts folded there.
        var zpLegend = document.querySelector("#zp-legend details");
        if (zpLegend && window.innerWidth < 640) { zpLegend.open = false; }
        window.zpReady = true;
        {% endmacro %}
        """
    )

    def __init__(self) -> None:
        # branca's MacroElement.__init__ carries no annotations.
        super().__init__()  # type: ignore[no-untyped-call]
        self._name = "MapHooks"


def bold_text(title: str, payloads: list[LayerPayload]) -> list[str]:
    """Return the plain text the page sets in bold.

    That is the title (``h1``), the legend heading and the layer names (legend
    sections and popup headings); the embedded Bold face is cut to these.
    """
    names = [html.unescape(p.name_html) for p in payloads]
    return [title, LEGEND_HEADING, *names]


def legend_html(payloads: list[LayerPayload]) -> str:
    """Return the legend panel (every label already escaped)."""
    # <details>: a click on the heading folds the legend away from the map.
    parts = [
        '<div class="zp-panel zp-legend" id="zp-legend"><details open>'
        f"<summary><b>{LEGEND_HEADING}</b></summary>"
    ]
    for p in payloads:
        parts.append(f'<div class="zp-legend-layer">{p.name_html}</div>')
        dot = " zp-dot" if p.geometry_type == "point" else ""
        for label, color in p.legend:
            parts.append(
                f'<div><span class="zp-swatch{dot}" style="background:'
                f'{safe_color(color)}"></span>{label}</div>'
            )
    parts.append("</details></div>")
    return "\n".join(parts)


def title_html(title: str, source: str, date_text: str, crs_note: str) -> str:
    """Return the title panel with data source, date and coordinate note."""
    return (
        '<div class="zp-panel zp-title" id="zp-title">'
        f"<h1>{esc(title)}</h1>"
        f'<div class="zp-meta">数据来源：{esc(source)}　|　日期：{esc(date_text)}</div>'
        f'<div class="zp-meta">{esc(crs_note)}</div></div>'
    )


def note_html(note: str) -> str:
    """Return the indicative-boundary note panel."""
    return f'<div class="zp-panel zp-note" id="zp-note">{esc(note)}</div>'


class RawHtml(Element):
    """Already-safe HTML placed in the page verbatim.

    branca's ``Element(text)`` compiles ``text`` as a Jinja template, so user
    data holding ``{{ ... }}`` would be evaluated; this element only outputs it.
    """

    _template = Template("{{ this.text }}")

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "RawHtml"
        self.text = text


def add_named(parent: Any, html_text: str, name: str) -> None:
    """Add raw, already-safe HTML to a figure section under a stable name."""
    parent.add_child(RawHtml(html_text), name=name)
