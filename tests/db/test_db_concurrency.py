"""Several editor processes race on the same features: nothing is lost silently."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections import defaultdict
from pathlib import Path

from db.open_store import open_store

REPO = Path(__file__).resolve().parents[2]
WORKERS = 4
SECONDS = 2.0

EDITOR = textwrap.dedent(
    """
    import json, random, sys, time
    from db.errors import ConflictError
    from db.open_store import open_store
    target, name, seconds, out = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
    rng = random.Random(name)
    log = []
    with open_store(target) as store:
        end = time.monotonic() + seconds
        k = 0
        while time.monotonic() < end:
            zones = store.read_table("zones")
            fid = int(rng.choice(list(zones.index)))
            row = zones.loc[[fid]].copy()
            token = f"{name}-{k}"
            row["remarks"] = token
            time.sleep(rng.uniform(0, 0.01))  # widen the race window
            try:
                new = store.update_features("zones", row, name)
                log.append(["ok", fid, token, int(new[fid])])
            except ConflictError as exc:
                assert exc.fids == [fid], exc.fids
                log.append(["conflict", fid, token, None])
            k += 1
    with open(out, "w") as f:
        json.dump(log, f)
    """
)


def test_concurrency_racing_editors_every_change_audited_or_refused(
    project_target: str, tmp_path: Path
) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs, outs = [], []
    for i in range(WORKERS):
        out = tmp_path / f"w{i}.json"
        outs.append(out)
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    EDITOR,
                    project_target,
                    f"w{i}",
                    str(SECONDS),
                    str(out),
                ],
                cwd=REPO,
                env=env,
                stderr=subprocess.PIPE,
                text=True,
            )
        )
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    results = [r for out in outs for r in json.loads(out.read_text())]
    ok = {r[2]: (r[1], r[3]) for r in results if r[0] == "ok"}
    refused = {r[2] for r in results if r[0] == "conflict"}
    assert ok and refused, "the editors should both win and lose races"
    with open_store(project_target) as store:
        log = store.read_table("zp_audit_log")
        final = store.read_table("zones")
    updates = log[(log["action"] == "update") & (log["table_name"] == "zones")]
    audited: dict[str, tuple[int, int]] = {}
    by_fid: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for fid, after in zip(updates["row_fid"], updates["after_json"], strict=True):
        a = json.loads(after)
        audited[a["remarks"]] = (int(fid), int(a["row_version"]))
        by_fid[int(fid)].append((int(a["row_version"]), a["remarks"]))
    # Every committed change is in the audit log with the version it got;
    # every lost race was refused and left no trace.
    assert audited == ok
    assert not refused & set(audited)
    # The final state equals the audit replay: versions 2..n without gaps.
    for fid, row in final.iterrows():
        history = sorted(by_fid.get(int(fid), []))
        assert [v for v, _ in history] == list(range(2, 2 + len(history)))
        if history:
            assert row["row_version"] == history[-1][0]
            assert row["remarks"] == history[-1][1]
