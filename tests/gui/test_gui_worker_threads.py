"""Qt worker threads may use pyproj: the pinned pyproj must not crash in them.

pyproj 3.7.0-3.7.2 left a dangling thread-local PROJ context after a pyproj
object was freed, so the next one made on the same Qt pooled thread crashed the
process (pyproj issue #1509; pyproject.toml pins below 3.7). The import wizard's
validation, rendering, atlas and web export all run pyproj on Qt threads. Run in
a subprocess: a crash must fail this test, not kill the test run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import gc
    from PySide6.QtCore import QCoreApplication, QRunnable, QThreadPool
    import pyproj

    app = QCoreApplication([])

    class Job(QRunnable):
        def run(self):
            for _ in range(20):
                t = pyproj.Transformer.from_crs(4490, 4548, always_xy=True)
                t.transform(116.3, 39.9)
                del t
                gc.collect()

    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    for _ in range(100):
        pool.start(Job())
    pool.waitForDone()
    print("ok")
    """
)


def test_worker_threads_pyproj_objects_made_and_freed_on_pooled_qt_threads() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=240,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr[-2000:]
