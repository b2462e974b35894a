"""Demo content: deterministic synthetic enterprises and conversion cases.

Everything here is flagged synthetic (示例) and exists only for the demo project
(``db.demo_project.write_demo_project``) and its tests; real registers are
imported. ``DEMO_SEED`` is the seed the shipped demo project is built with.
"""

DEMO_SEED = 2016
