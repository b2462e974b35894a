"""Building blocks of the offline web map (see :mod:`layers.web.web_map`).

assets: vendored Leaflet inlined; features: layer -> escaped columnar data;
page: folium elements and page panels; vocabulary: Chinese popup wording;
sample: synthetic projects for tests and benchmarks. Import folium only
through :mod:`layers.web.page_elements`, which the exporter imports lazily.
"""
