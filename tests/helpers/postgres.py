"""A throwaway PostgreSQL server for the test session: initdb in a temporary directory, a unix
socket only (no TCP port to collide with), durability off for speed, removed at the end.

Debian's server refuses to run as root, so under root it runs as the `postgres` user (`runuser`),
in a directory that user owns. Where no server binary (or no psycopg/libpq) is found, `why_not()`
gives the reason the PostgreSQL tests are skipped.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from pathlib import Path

_PORT = 5432  # names the socket file; nothing listens on TCP
_SERVER_OPTIONS = ("-c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c max_connections=60 -c shared_buffers=16MB")

_NO_BINARIES = "no PostgreSQL server binaries (initdb, pg_ctl) found in $PG_BIN, /usr/lib/postgresql/*/bin or PATH"


def server_bin() -> Path | None:
    """The directory holding initdb and pg_ctl: $PG_BIN, Debian's newest /usr/lib/postgresql/N/bin, or PATH."""
    candidates = [os.environ.get("PG_BIN", "")]
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name)
                         if Path(p).parent.name.isdigit() else 0, reverse=True)
    which = shutil.which("initdb")
    candidates.append(str(Path(which).parent) if which else "")
    for folder in filter(None, candidates):
        if (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


def why_not() -> str | None:
    """Why a server cannot be started here, or None when it can."""
    try:
        import psycopg  # noqa: F401 - imported only to see whether it loads (it needs libpq)
    except ImportError as exc:
        return f"psycopg cannot be loaded ({exc})"
    if server_bin() is None:
        return _NO_BINARIES
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as"
        if shutil.which("runuser") is None:
            return "running as root and runuser is missing"
    return None


# Under /tmp: a short socket path (107-byte limit), and one the postgres user can reach under root
# (a $TMPDIR inside /root could not be).
_TMP = "/tmp" if Path("/tmp").is_dir() else None
_PREFIX = "phone-advisor-pg-"
_OWNER = "owner.pid"  # the test process that started the server


def reap_orphans() -> None:
    """Stop the servers of test sessions that were killed before their teardown (their owner is gone)."""
    for root in Path(_TMP or tempfile.gettempdir()).glob(f"{_PREFIX}*"):
        try:
            owner = int((root / _OWNER).read_text())
            os.kill(owner, 0)
        except ProcessLookupError:
            PostgresServer(root).stop()
        except (OSError, ValueError):
            continue  # alive (or not ours to judge): left alone


class PostgresServer:
    """One server process in a temporary directory; `url(schema)` connects to a schema of its database."""

    def __init__(self, root: Path | None = None) -> None:
        """A new server directory, or (`root`) the directory of one started earlier."""
        self.bin = server_bin()
        self._as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if root is None:
            root = Path(tempfile.mkdtemp(prefix=_PREFIX, dir=_TMP))
            (root / _OWNER).write_text(str(os.getpid()))
            if self._as:
                user = pwd.getpwnam("postgres")
                os.chown(root, user.pw_uid, user.pw_gid)
        self.root = root
        self.data = self.root / "data"

    def start(self) -> None:
        """initdb and start; raises with the server's log when either fails."""
        reap_orphans()
        self._run([self._tool("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                   "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions"])
        self._run([self._tool("pg_ctl"), "-D", str(self.data), "-l", str(self.root / "server.log"), "-w",
                   "-t", "60", "-o", f"-k {self.root} -p {_PORT} {_SERVER_OPTIONS}", "start"])

    def url(self, schema: str | None = None) -> str:
        """A libpq URL to the `postgres` database over the socket, optionally with `schema` as search path."""
        options = f"&options=-csearch_path%3D{schema}" if schema else ""
        return f"postgresql://postgres@/postgres?host={self.root}&port={_PORT}{options}"

    def stop(self) -> None:
        """Stop the server at once (its data is thrown away) and remove the directory."""
        try:
            if (self.data / "postmaster.pid").exists():
                self._run([self._tool("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop"])
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def _tool(self, name: str) -> str:
        """The path of one of the server's programs (conftest skips the tests when there are none)."""
        if self.bin is None:
            raise RuntimeError(_NO_BINARIES)
        return str(self.bin / name)

    def _run(self, command: list[str]) -> None:
        result = subprocess.run(self._as + command, check=False, capture_output=True, text=True, timeout=120, cwd=self.root)
        if result.returncode != 0:
            log = self.root / "server.log"
            raise RuntimeError(f"{' '.join(command[:1])} failed ({result.returncode}): {result.stderr[-2000:]}"
                               + (f"\nserver log:\n{log.read_text()[-2000:]}" if log.exists() else ""))
