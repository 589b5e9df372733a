"""Start a built image as compose.yaml's `bot` service would, with the Bot API emulator as Telegram, and check it.

Run from the repository root with the project's environment (the emulator lives in tests/):

    PYTHONPATH=. .venv/bin/python deploy/smoke_webhook.py IMAGE --database-url postgresql://...

The container shares the host's network (the emulator, PostgreSQL and the webhook are on 127.0.0.1), gets
a fresh data volume owned by the image's user and a store key mounted where compose puts its secret.
Checked, in order: /healthz answers from every worker, and the image's HEALTHCHECK passes; the webhook was
registered with its secret; a post without the secret is refused (403); a shopper's messages, delivered by
the emulator through the webhook, are answered and their update ids are in PostgreSQL; the container stops
on SIGTERM, starts again on the same data volume (as in a rolling restart) and answers. Prints one JSON object of what it saw and exits 1 when any check failed.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import secrets
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from cryptography.fernet import Fernet

from tests.emulator import BotApiEmulator
from tests.emulator.harness import Shopper

IMAGE_UID = 10001  # the `advisor` user the Dockerfile creates
PORT = 8443  # what deploy/entrypoint.sh serves on
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def main(argv: list[str] | None = None) -> int:
    """Run the checks; 0 when all passed."""
    args = _parser().parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="phone-advisor-smoke-"))
    name = f"phone-advisor-smoke-{secrets.token_hex(3)}"
    seen: dict[str, object] = {"image": args.image, "workers": args.workers}
    with BotApiEmulator() as emulator:
        command = _run_command(args, emulator, work, name)
        try:
            seen["seconds_to_healthy"], seen["health"] = _start(args, command, name)
            seen["worker_pids"] = sorted(_worker_pids(30))
            if args.engine == "podman":  # the image's own HEALTHCHECK command, run once (no systemd timer here)
                seen["image_healthcheck"] = subprocess.run(["podman", "healthcheck", "run", name],
                                                           check=False, capture_output=True, text=True).returncode
            webhook = emulator._bots[emulator.token].webhook or {}
            seen["webhook_registered"] = {"url": webhook.get("url"), "secret_matches": webhook.get("secret_token") == args.secret}
            seen["without_secret"] = _post_status(b"{}", {})
            seen["wrong_secret"] = _post_status(b"{}", {SECRET_HEADER: "guess"})
            seen["replies"] = asyncio.run(_converse(emulator))
            seen["deliveries"] = list(emulator.deliveries)
            seen["processed_updates_in_postgres"] = _processed_updates(args.database_url)
            seen["stop"] = _stop(args, name)
            # The same data volume again, as after a rolling restart: the index and the ONNX export are there now.
            subprocess.run([args.engine, "rm", "-f", name], check=False, capture_output=True)
            seen["seconds_to_healthy_again"], _ = _start(args, command, name)
            seen["replies_after_restart"] = asyncio.run(_converse(emulator, ("cheaper",)))
        except Exception as exc:  # noqa: BLE001 - report what failed beside what was seen, with the container's log
            seen["error"] = f"{exc.__class__.__name__}: {exc}"
        finally:
            seen["log_tail"] = _logs(args, name)[-3000:]
            seen["stop_again"] = _stop(args, name)
            subprocess.run([args.engine, "rm", "-f", name], check=False, capture_output=True)
            shutil.rmtree(work, ignore_errors=True)
    failures = _failures(seen, args)
    seen["failures"] = failures
    print(json.dumps(seen, indent=2, ensure_ascii=False))
    return 1 if failures else 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("image")
    parser.add_argument("--database-url", required=True, help="a PostgreSQL URL the container can reach")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--secret", default=f"smoke_{secrets.token_hex(8)}")
    parser.add_argument("--engine", default="podman", help="podman or docker")
    parser.add_argument("--engine-args", default="", help="extra `run` options, e.g. a runtime or ulimits")
    parser.add_argument("--start-timeout", type=float, default=900.0,
                        help="seconds a first start may take (it builds the index and the ONNX export)")
    return parser


def _run_command(args, emulator: BotApiEmulator, work: Path, name: str) -> list[str]:
    """`ENGINE run -d` with compose.yaml's environment, a fresh data volume and the key as its secret file."""
    data, key = work / "data", work / "store_key"
    data.mkdir()
    key.write_text(Fernet.generate_key().decode())
    key.chmod(0o600)
    for path in (work, data, key):
        shutil.chown(path, IMAGE_UID, IMAGE_UID)
    env = {"TELEGRAM_BOT_TOKEN": emulator.token, "TELEGRAM_API_URL": emulator.api_url,
           "PHONE_ADVISOR_WEBHOOK_URL": f"http://127.0.0.1:{PORT}/telegram",
           "PHONE_ADVISOR_WEBHOOK_SECRET": args.secret, "PHONE_ADVISOR_WORKERS": str(args.workers),
           "PHONE_ADVISOR_DATABASE_URL": args.database_url, "PHONE_ADVISOR_KEY_FILE": "/run/secrets/store_key"}
    return [args.engine, "run", "-d", "--name", name, "--network", "host", *shlex.split(args.engine_args),
            "-v", f"{data}:/var/lib/phone-advisor", "-v", f"{key}:/run/secrets/store_key:ro",
            *(item for k, v in env.items() for item in ("-e", f"{k}={v}")), args.image]


def _start(args, command: list[str], name: str) -> tuple[float, dict]:
    """Start the container; seconds until /healthz answered, and its answer."""
    started = time.monotonic()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    health = _wait_healthy(args, name, args.start_timeout)
    return round(time.monotonic() - started, 1), health


def _wait_healthy(args, name: str, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=4) as response:
                return json.loads(response.read())
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            state = subprocess.run([args.engine, "inspect", "-f", "{{.State.Running}}", name],
                                   check=False, capture_output=True, text=True).stdout.strip()
            if state != "true":
                raise RuntimeError(f"the container stopped before it was healthy (running: {state or 'gone'})") from None
            time.sleep(2)
    raise TimeoutError(f"no answer from /healthz within {timeout:.0f} s")


def _worker_pids(tries: int) -> set[int]:
    """The worker processes that answered /healthz over several new connections."""
    pids = set()
    for _ in range(tries):
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}/healthz", timeout=4) as response:
            pids.add(json.loads(response.read())["worker"])
    return pids


def _post_status(body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(f"http://127.0.0.1:{PORT}/telegram", data=body, method="POST",
                                     headers={"Content-Type": "application/json", **headers})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


async def _converse(emulator: BotApiEmulator, texts: tuple[str, ...] = ("/start", "phone under $400")) -> list[str]:
    """Messages from one shopper, each delivered through the webhook with the secret; the replies' texts."""
    ann = Shopper(emulator, emulator.user(1))
    replies = [await ann.say(text, timeout=120) for text in texts]
    return [message.text for answer in replies for message in answer]


def _processed_updates(database_url: str) -> int:
    """How many update ids the workers recorded in the shared PostgreSQL store."""
    import psycopg

    with psycopg.connect(database_url) as connection:
        return connection.execute("SELECT count(*) FROM processed_updates").fetchone()[0]


def _stop(args, name: str) -> dict:
    started = time.monotonic()
    stopped = subprocess.run([args.engine, "stop", "-t", "60", name], check=False, capture_output=True, text=True)
    code = subprocess.run([args.engine, "inspect", "-f", "{{.State.ExitCode}}", name],
                          check=False, capture_output=True, text=True).stdout.strip()
    return {"returncode": stopped.returncode, "exit_code": code, "seconds": round(time.monotonic() - started, 1)}


def _logs(args, name: str) -> str:
    result = subprocess.run([args.engine, "logs", name], check=False, capture_output=True, text=True)
    return result.stdout + result.stderr


def _failures(seen: dict, args) -> list[str]:
    replies = seen.get("replies") or []
    checks = {
        "healthz answered ok": (seen.get("health") or {}).get("status") == "ok",
        f"{args.workers} workers answered": len(seen.get("worker_pids") or []) == args.workers,
        "webhook registered with the secret": (seen.get("webhook_registered") or {}).get("secret_matches") is True,
        "posts without the right secret refused": (seen.get("without_secret"), seen.get("wrong_secret")) == (403, 403),
        "greeting and answer through the webhook": len(replies) == 2 and replies[0].startswith("Hi Ann")
                                                   and "$400" in replies[1],
        "the image's HEALTHCHECK passed": seen.get("image_healthcheck", 0) == 0,
        "both updates recorded in PostgreSQL": seen.get("processed_updates_in_postgres") == 2,
        "stopped on SIGTERM": (seen.get("stop") or {}).get("exit_code") == "0",
        "restarted and went on from the dialogue in PostgreSQL": _cheaper_than(seen.get("replies_after_restart"), 400),
        "stopped again on SIGTERM": (seen.get("stop_again") or {}).get("exit_code") == "0",
    }
    return [name for name, passed in checks.items() if not passed] + ([seen["error"]] if "error" in seen else [])


def _cheaper_than(replies: list[str] | None, budget: int) -> bool:
    """True when the one reply to "cheaper" filters on a budget below the one the shopper gave before the restart."""
    found = re.search(r"budget: ≤ \$([\d,]+)", replies[0]) if replies and len(replies) == 1 else None
    return found is not None and int(found.group(1).replace(",", "")) < budget


if __name__ == "__main__":
    sys.exit(main())
