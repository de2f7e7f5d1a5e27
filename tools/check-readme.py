#!/usr/bin/env python3
"""Runs the README as a newcomer would and checks every answer it promises.

From a fresh clone of this checkout's HEAD (commit first: uncommitted changes are not in the clone), with
../shared beside the clone as it is beside the repository:
  1. the set-up's first command (`./govgraph run --inbox ../shared/corpus`), exactly as the README writes it,
     timed to its first answer and to the end of the corpus ingest;
  2. every `curl` line of the README's "Try it while it runs" block: each must answer JSON;
  3. every command in a block the README marks `<!-- readme-check: answers -->`: its output must equal the
     lines the README prints under it (`--update` rewrites those lines from this run instead);
  4. with `--with-tests`, the set-up's second command (`./test.sh`) in the clone. CI runs that one anyway
     (`.ci/run` is the test command in a fresh clone), so test.sh leaves it out when it calls this script.

The store is a fresh file ($GOVGRAPH_DB in a temporary folder, which the README documents), so a
developer's own ~/.local/share/govgraph store is never touched. Prints TAP lines and ends with
"readme: N passed, N failed, N skipped". Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ANSWERS_MARK = "<!-- readme-check: answers -->"
# `govgraph run` prints this once the inbox scan has been worked off (Cli/HostBanner.cs).
IDLE_LINE = re.compile(r"govgraph: ingest: ([\d,]+) documents stored, ([\d,]+) failed .*idle, watching")
INGEST_TIMEOUT_S = 15 * 60


@dataclass
class Readme:
    """The commands and promised answers the README holds, in the order it shows them."""

    run_command: str
    test_command: str
    try_commands: list[str]
    # (line index of the `$ command` line, command, the answer lines printed under it)
    answers: list[tuple[int, str, list[str]]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def strip_comment(line: str) -> str:
    return re.split(r"\s+#\s", line, maxsplit=1)[0].strip()


def fenced_blocks(lines: list[str]) -> list[tuple[int, int, str]]:
    """(first content line, end fence line, the line before the opening fence) of every ``` block."""
    blocks, start = [], None
    for i, line in enumerate(lines):
        if line.startswith("```"):
            if start is None:
                start = i
            else:
                before = lines[start - 1].strip() if start > 0 else ""
                blocks.append((start + 1, i, before))
                start = None
    return blocks


def commands_with_answers(lines: list[str], first: int, end: int) -> list[tuple[int, str, list[str]]]:
    """(index of each `$ command` line in lines[first:end], the command, the answer lines printed under it)."""
    found, i = [], first
    while i < end:
        if lines[i].startswith("$ "):
            j = i + 1
            while j < end and not lines[j].startswith("$ "):
                j += 1
            found.append((i, lines[i][2:].strip(), lines[i + 1:j]))
            i = j
        else:
            i += 1
    return found


def parse_readme(path: Path) -> Readme:
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks = fenced_blocks(lines)
    run_command = test_command = None
    try_commands: list[str] = []
    answers = []
    for first, end, before in blocks:
        body = lines[first:end]
        if before == ANSWERS_MARK:
            answers.extend(commands_with_answers(lines, first, end))
            continue
        for line in body:
            command = strip_comment(line)
            if run_command is None and command.startswith("./govgraph run"):
                run_command = command
            elif test_command is None and command.startswith("./test.sh"):
                test_command = command
            elif run_command is not None and not try_commands and command.startswith("curl "):
                try_commands = [strip_comment(c) for c in body if strip_comment(c).startswith("curl ")]
    if run_command is None or test_command is None:
        raise SystemExit(f"{path}: no set-up block with `./govgraph run` and `./test.sh` found")
    return Readme(run_command, test_command, try_commands, answers, lines)


class Tap:
    def __init__(self) -> None:
        self.n = self.passed = self.failed = self.skipped = 0

    def ok(self, name: str) -> None:
        self.n += 1
        self.passed += 1
        print(f"ok {self.n} - {name}", flush=True)

    def not_ok(self, name: str, why: str) -> None:
        self.n += 1
        self.failed += 1
        print(f"not ok {self.n} - {name}", flush=True)
        for line in why.rstrip().splitlines()[:40]:
            print(f"  # {line}", flush=True)

    def skip(self, name: str, why: str) -> None:
        self.n += 1
        self.skipped += 1
        print(f"ok {self.n} - {name} # SKIP {why}", flush=True)


def shell(command: str, cwd: Path, env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=cwd, env=env, text=True,
                          capture_output=True, timeout=timeout, check=False)


def wait_for_first_answer(proc: subprocess.Popen[str], url: str, deadline: float) -> bool:
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


def wait_for_idle(log: Path, proc: subprocess.Popen[str], deadline: float) -> re.Match[str] | None:
    while time.monotonic() < deadline and proc.poll() is None:
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            match = IDLE_LINE.search(line)
            if match and match.group(1) != "0":
                return match
        time.sleep(1)
    return None


def stop(proc: subprocess.Popen) -> None:
    """Ends a `govgraph run` as Ctrl-C would (its process group: the wrapper, the service, its parse children)."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


def tail(path: Path, n: int = 30) -> str:
    return "\n".join(path.read_text(encoding="utf-8", errors="replace").splitlines()[-n:])


def check_answers(readme: Readme, clone: Path, env: dict[str, str], tap: Tap, update: bool) -> dict[int, list[str]]:
    """Runs each promised command; returns the new answer lines by command line index (for --update)."""
    fresh = {}
    for index, command, promised in readme.answers:
        result = shell(command, clone, env)
        got = result.stdout.rstrip("\n").splitlines()
        fresh[index] = got
        name = f"README answer: {command}"
        if result.returncode != 0:
            tap.not_ok(name, f"exit {result.returncode}\n{result.stderr}")
        elif update or got == promised:
            tap.ok(name + (" (rewritten)" if update and got != promised else ""))
        else:
            diff = [f"README: {line}" for line in promised[:10]] + [f"now:    {line}" for line in got[:10]]
            tap.not_ok(name, "the answer differs from the README (tools/check-readme.py --update rewrites it)\n" + "\n".join(diff))
    return fresh


def rewrite_answers(readme_path: Path, readme: Readme, fresh: dict[int, list[str]]) -> None:
    lines, out, skip_until = readme.lines, [], -1
    ends = {index: index + 1 + len(promised) for index, _, promised in readme.answers}
    for i, line in enumerate(lines):
        if i < skip_until:
            continue
        out.append(line)
        if i in fresh:
            out.extend(fresh[i])
            skip_until = ends[i]
    readme_path.write_text("\n".join(out) + "\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite the README's marked answers from this run")
    parser.add_argument("--with-tests", action="store_true", help="also run the set-up's second command in the clone")
    parser.add_argument("--keep", action="store_true", help="keep the temporary clone and store")
    args = parser.parse_args()

    readme_path = REPO / "README.md"
    readme = parse_readme(readme_path)
    shared = Path(os.environ.get("GOVGRAPH_SHARED", REPO.parent / "shared")).resolve()
    tap = Tap()
    if not (shared / "corpus").is_dir():
        tap.skip("the README's set-up", f"no {shared}/corpus beside the repository")
        print(f"readme: {tap.passed} passed, {tap.failed} failed, {tap.skipped} skipped")
        return 0

    work = Path(tempfile.mkdtemp(prefix="govgraph-readme."))
    clone = work / "govgraph"
    subprocess.run(["git", "clone", "--quiet", str(REPO), str(clone)], check=True)
    (work / "shared").symlink_to(shared)
    env = dict(os.environ, GOVGRAPH_DB=str(work / "store" / "govgraph.db"))
    log = work / "run.log"
    started = time.monotonic()
    print(f"# fresh clone of {REPO} at {work}; `{readme.run_command}` with GOVGRAPH_DB={env['GOVGRAPH_DB']}", flush=True)
    with log.open("w", encoding="utf-8") as sink:
        proc = subprocess.Popen(["bash", "-c", readme.run_command], cwd=clone, env=env, stdout=sink,
                                stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + INGEST_TIMEOUT_S
        if not wait_for_first_answer(proc, "http://localhost:5000/api/stats", deadline):
            tap.not_ok(f"`{readme.run_command}` answers on localhost:5000", tail(log))
            return finish(tap, work, args.keep)
        first_answer = time.monotonic() - started
        tap.ok(f"`{readme.run_command}` answers on localhost:5000 after {first_answer:.0f} s (clone, npm ci, build, start)")
        idle = wait_for_idle(log, proc, deadline)
        if idle is None:
            tap.not_ok("the corpus ingest finishes", tail(log))
            return finish(tap, work, args.keep)
        failed = int(idle.group(2).replace(",", ""))
        summary = f"{idle.group(1)} documents stored, {failed} failed, {time.monotonic() - started:.0f} s after the clone"
        if failed == 0:
            tap.ok(f"the corpus ingest finishes: {summary}")
        else:
            tap.not_ok(f"the corpus ingest finishes: {summary}", "every corpus document should store; see /api/dead-letters\n" + tail(log))

        for command in readme.try_commands:
            result = shell(command, clone, env)
            name = f"README example: {command}"
            try:
                answer = json.loads(result.stdout)
                empty = answer in ([], {}) or (isinstance(answer, dict) and answer.get("items") == [])
                if empty:
                    tap.not_ok(name, "an empty answer")
                else:
                    tap.ok(name)
            except json.JSONDecodeError:
                tap.not_ok(name, f"not JSON (exit {result.returncode}): {result.stdout[:300]}{result.stderr[:300]}")

        fresh = check_answers(readme, clone, env, tap, args.update)
        if args.update:
            rewrite_answers(readme_path, readme, fresh)
            print(f"# rewrote the marked answers in {readme_path}", flush=True)
    finally:
        stop(proc)

    if args.with_tests:
        result = shell(readme.test_command, clone, env, timeout=20 * 60)
        last = (result.stdout.strip().splitlines() or [""])[-1]
        name = f"`{readme.test_command}` in the clone: {last}"
        if result.returncode == 0:
            tap.ok(name)
        else:
            tap.not_ok(name, result.stdout[-3000:])
    else:
        tap.skip(f"`{readme.test_command}` in the clone", "CI runs it from its own fresh clone; --with-tests runs it here")
    return finish(tap, work, args.keep)


def finish(tap: Tap, work: Path, keep: bool) -> int:
    if keep:
        print(f"# kept {work}", flush=True)
    else:
        shutil.rmtree(work, ignore_errors=True)
    print(f"readme: {tap.passed} passed, {tap.failed} failed, {tap.skipped} skipped", flush=True)
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
