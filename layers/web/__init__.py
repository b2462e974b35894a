"""Building blocks of the offline web map (see :mod:`layers.web_export`).

assets: vendored Leaflet inlined; features: layer -> escaped columnar data;
page: folium elements and page panels; vocabulary: Chinese popup wording;
sample: synthetic projects for tests and benchmarks. Import folium only
through :mod:`layers.web.page`, which the exporter imports lazily.
"""
