"""A throwaway PostgreSQL + PostGIS cluster for the test suite.

The cluster lives in a temporary folder, listens on a Unix socket in that
folder and on 127.0.0.1 at a free port, and is stopped and removed when the
test session ends (also when tests fail, and from ``atexit`` if the session
is interrupted). PostgreSQL refuses to run as root: as root, the folder
belongs to the ``postgres`` system user and every server command runs as
that user through ``runuser``.

Authentication: trust on the socket (tests sign in as any role by name, so
the server's GRANTs are what is tested); password (scram) on 127.0.0.1, for
the ~/.pgpass and service-file tests.
"""

from __future__ import annotations

import atexit
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PG_BIN_CANDIDATES = (
    "/usr/lib/postgresql/15/bin",
    "/usr/lib/postgresql/16/bin",
    "/usr/lib/postgresql/17/bin",
)
SUPERUSER = "zp_super"
SUPERUSER_PASSWORD = "super-secret-pw"


def find_pg_bin() -> Path | None:
    """Return the folder of initdb/pg_ctl, or None if PostgreSQL is missing."""
    for cand in PG_BIN_CANDIDATES:
        if (Path(cand) / "initdb").exists() and (Path(cand) / "pg_ctl").exists():
            return Path(cand)
    found = shutil.which("initdb")
    return Path(found).parent if found else None


def postgis_installed() -> bool:
    """Return True if the PostGIS extension files are installed."""
    return any(Path("/usr/share/postgresql").glob("*/extension/postgis.control"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgCluster:
    """A running test cluster: where it listens and who may sign in."""

    bin_dir: Path
    root: Path
    port: int
    run_as: str | None  # "postgres" when we are root, else None
    watchdog: subprocess.Popen | None = None

    @property
    def data_dir(self) -> Path:
        """Return the cluster's data folder."""
        return self.root / "data"

    @property
    def socket_dir(self) -> str:
        """Return the folder of the Unix socket (a libpq ``host``)."""
        return str(self.root)

    def _cmd(self, *args: str) -> list[str]:
        if self.run_as:
            return ["runuser", "-u", self.run_as, "--", *args]
        return list(args)

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """Run a server program (initdb, pg_ctl) as the cluster's owner."""
        return subprocess.run(
            self._cmd(*args), check=check, capture_output=True, text=True, timeout=120
        )

    def url(self, dbname: str, user: str = SUPERUSER) -> str:
        """Return a ``postgresql://`` URL over the Unix socket (trust)."""
        from urllib.parse import quote

        return (
            f"postgresql://{quote(user)}@/{quote(dbname)}"
            f"?host={quote(self.socket_dir, safe='')}&port={self.port}"
        )

    def conninfo(self, dbname: str, user: str = SUPERUSER) -> str:
        """Return a libpq keyword conninfo over the Unix socket."""
        return f"host={self.socket_dir} port={self.port} dbname={dbname} user={user}"

    def start(self) -> None:
        """Start the server and wait until it accepts connections."""
        log = self.root / "server.log"
        self.run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data_dir),
            "-l",
            str(log),
            "-w",
            "-t",
            "60",
            "-o",
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c full_page_writes=off -c max_connections=60 "
            "-c shared_buffers=64MB",
            "start",
        )

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (``immediate`` simulates a crash)."""
        self.run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data_dir),
            "-m",
            mode,
            "-w",
            "-t",
            "60",
            "stop",
            check=False,
        )

    def is_running(self) -> bool:
        """Return True while the server's postmaster is alive."""
        res = self.run(
            str(self.bin_dir / "pg_ctl"),
            "-D",
            str(self.data_dir),
            "status",
            check=False,
        )
        return res.returncode == 0

    def destroy(self) -> None:
        """Stop the server (immediately) and remove its folder."""
        if self.data_dir.exists() and self.is_running():
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)
        if self.watchdog is not None and self.watchdog.poll() is None:
            self.watchdog.terminate()
            self.watchdog.wait(timeout=10)

    def start_watchdog(self) -> None:
        """Stop and remove the cluster if this process dies without cleaning up.

        A killed test run (SIGKILL, a CI timeout) runs no ``finally`` and no
        ``atexit``; a small shell in its own session waits for our pid to go
        and then stops the server and deletes its folder.
        """
        stop = " ".join(
            shlex.quote(a)
            for a in self._cmd(
                str(self.bin_dir / "pg_ctl"),
                "-D",
                str(self.data_dir),
                "-m",
                "immediate",
                "-w",
                "stop",
            )
        )
        script = (
            'while kill -0 "$1" 2>/dev/null; do sleep 1; done; '
            f'if [ -d "$2/data" ]; then {stop} >/dev/null 2>&1; rm -rf "$2"; fi'
        )
        self.watchdog = subprocess.Popen(
            ["sh", "-c", script, "zp-pg-watchdog", str(os.getpid()), str(self.root)],
            start_new_session=True,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def create_cluster() -> PgCluster:
    """Initialise and start a new cluster in a temporary folder.

    Raises
    ------
    RuntimeError
        If PostgreSQL is missing or the server does not start (with its log).
    """
    bin_dir = find_pg_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL server programs (initdb, pg_ctl) not found")
    root = Path(tempfile.mkdtemp(prefix="zp-pg-"))
    run_as = None
    if os.geteuid() == 0:
        run_as = "postgres"
        pw = pwd.getpwnam(run_as)
        os.chown(root, pw.pw_uid, pw.pw_gid)
    os.chmod(root, 0o755)
    cluster = PgCluster(bin_dir, root, _free_port(), run_as)
    atexit.register(cluster.destroy)
    cluster.start_watchdog()
    pwfile = root / "pw"
    pwfile.write_text(SUPERUSER_PASSWORD + "\n")
    if run_as:
        os.chown(pwfile, pw.pw_uid, pw.pw_gid)
    try:
        cluster.run(
            str(bin_dir / "initdb"),
            "-D",
            str(cluster.data_dir),
            "-U",
            SUPERUSER,
            "--pwfile",
            str(pwfile),
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )
        cluster.start()
    except subprocess.CalledProcessError as exc:
        log = root / "server.log"
        text = log.read_text() if log.exists() else ""
        cluster.destroy()
        raise RuntimeError(
            f"test PostgreSQL did not start: {exc.stderr}\n{text}"
        ) from exc
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        ready = subprocess.run(
            [str(bin_dir / "pg_isready"), "-h", str(root), "-p", str(cluster.port)],
            capture_output=True,
        )
        if ready.returncode == 0:
            break
        time.sleep(0.1)
    return cluster
