"""Enterprises: the producer-service register (import, zones, statistics, export).

Qt-free. Submodules: ``credit_code`` (GB 32100-2015), ``demo`` (synthetic
register), ``importer`` (CSV/XLSX to a clean frame + problem report),
``assignment`` (points to zones/districts), ``statistics``, ``export``, ``cli``.
"""

#: Columns of the ``enterprises`` table the model and importer produce
#: (the table adds fid, row_version, updated_at and updated_by).
ENTERPRISE_COLUMNS = (
    "credit_code",
    "name",
    "address",
    "category",
    "gbt4754",
    "employees",
    "revenue_wan",
    "founded",
    "district_adcode",
    "zone_codes",
    "coord_source",
    "synthetic",
    "ps_edition",
)
