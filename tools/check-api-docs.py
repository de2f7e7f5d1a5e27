#!/usr/bin/env python3
"""Runs every example of docs/api.md against a real `govgraph run` and checks each answer the page prints.

docs/api.md says its examples are real calls against a `govgraph run` on an empty SQLite file with the reference
document in its inbox. This script makes that true and keeps it true:
  1. starts `govgraph run --urls http://127.0.0.1:5080` on a fresh store and inbox in a temporary folder, with the
     reference document (../shared/corpus/seed/000_9ee01519f96f8700.txt) in the inbox, and waits for its ingest;
  2. writes the files the upload examples send (note.txt, big.txt, random.bin; see UPLOADS) into the folder the
     commands run in;
  3. runs every `$ curl ...` line of the page's code blocks, in the page's order (the uploads, the candidate
     decision and the delete change the store, as they would for a reader following along), and compares its
     answer with the lines printed under it. JSON is compared as `jq .` prints it; `curl -si` answers keep the
     status line and the headers the page shows. A block cut with "... (N more lines)" is compared up to the cut.
     Values that differ on every run or every word-list change (trace ids, timestamps, the extractor version) are
     compared by shape.
`--update` rewrites the answers from this run instead (after an extraction change). The binary is $GOVGRAPH_BIN,
else the Debug build `./test.sh` makes, else `./govgraph` (which builds Release). Prints TAP lines and ends with
"api-docs: N passed, N failed, N skipped". Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import types
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DOCS = REPO / "docs" / "api.md"
PORT = 5080
REFERENCE = Path("corpus") / "seed" / "000_9ee01519f96f8700.txt"
INGEST_TIMEOUT_S = 5 * 60

# What the upload examples send, written beside the commands.
UPLOADS = {
    "note.txt": b"President Xi called for stronger platform governance.",
    "big.txt": b"x" * (32 * 1024 * 1024 + 1),  # one byte over GovGraph:Api:MaxUploadBytes
    "random.bin": bytes((i * 7919 + 13) % 251 for i in range(4096)),  # no document format's signature
}
# Headers a `curl -si` example shows; the others (Date, Server, Transfer-Encoding) change or say nothing.
SHOWN_HEADERS = ("content-type", "location", "content-disposition")
VOLATILE_KEYS = ("traceId", "ingestedAt", "decidedAt", "failedAt", "updatedAt", "extractorVersion")  # the last hashes every word list
VOLATILE_VALUE = re.compile(r'("(?:%s)": ?)"[^"]*"' % "|".join(VOLATILE_KEYS))
CUT = re.compile(r"^\.\.\. \((\d+) more lines?\)$")


def load_readme_check():
    """tools/check-readme.py's TAP writer, shell runner and Markdown block finder: one copy of each."""
    spec = importlib.util.spec_from_file_location("check_readme", REPO / "tools" / "check-readme.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_readme"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


readme_check = load_readme_check()


def examples(lines: list[str]) -> list[tuple[int, str, list[str]]]:
    """(index of the `$ ` line, command, the answer lines under it) for every `$ curl` line in a code block."""
    return [found for first, end, _ in readme_check.fenced_blocks(lines)
            for found in readme_check.commands_with_answers(lines, first, end) if found[1].startswith("curl ")]


def shown(command: str, stdout: str) -> list[str]:
    """The answer as the page shows it: JSON as `jq .` prints it, `-i` answers with the shown headers only."""
    if " -si " in f" {command} " or " -i " in f" {command} ":
        head, _, body = stdout.replace("\r\n", "\n").partition("\n\n")
        status, *headers = head.splitlines()
        kept = [h for h in headers if h.split(":", 1)[0].strip().lower() in SHOWN_HEADERS]
        return [status, *kept] + (["", *body.rstrip("\n").splitlines()] if body.strip() else [])
    if "jq" not in command:
        try:
            return json.dumps(json.loads(stdout), indent=2, ensure_ascii=False).splitlines()
        except json.JSONDecodeError:
            pass
    return stdout.rstrip("\n").splitlines()


def comparable(line: str) -> str:
    """A line with its run-specific values (trace ids, timestamps) blanked."""
    return VOLATILE_VALUE.sub(r'\1"*"', line)


def check(promised: list[str], got: list[str]) -> tuple[bool, list[str]]:
    """Whether the answer matches what the page prints, and the lines --update would write (cut as the page cuts)."""
    cut = CUT.match(promised[-1]) if promised else None
    keep = len(promised) - 1 if cut else len(got)
    fresh = got[:keep] + ([f"... ({len(got) - keep} more lines)"] if len(got) > keep else [])
    same = [comparable(l) for l in promised[:keep]] == [comparable(l) for l in got[:keep]]
    return same and (cut is None or len(got) > keep), fresh


def settle(answer: str) -> None:
    """After an upload's 202, wait as a reader would until the worker has stored it (or failed it), so the
    examples that follow see the document."""
    match = re.search(r'"statusUrl":\s*"([^"]+)"', answer)
    deadline = time.monotonic() + 60
    while match and time.monotonic() < deadline:
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{match.group(1)}", timeout=5) as response:
            if json.load(response).get("status") != "pending":
                return
        time.sleep(0.2)


def binary() -> list[str]:
    if os.environ.get("GOVGRAPH_BIN"):
        return [os.environ["GOVGRAPH_BIN"]]
    debug = REPO / "artifacts" / "bin" / "GovGraph.Service" / "debug" / "govgraph"
    return [str(debug)] if debug.exists() else [str(REPO / "govgraph")]


def wait_for_ingest(log: Path, proc: subprocess.Popen, deadline: float) -> bool:
    while time.monotonic() < deadline and proc.poll() is None:
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            match = readme_check.IDLE_LINE.search(line)
            if match and match.group(1) != "0":
                return True
        time.sleep(0.5)
    return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--update", action="store_true", help="rewrite the page's answers from this run")
    args = parser.parse_args()
    tap = readme_check.Tap()
    shared = Path(os.environ.get("GOVGRAPH_SHARED", REPO.parent / "shared")).resolve()
    if not (shared / REFERENCE).is_file():
        tap.skip("docs/api.md examples", f"no reference document at {shared / REFERENCE}")
        return finish(tap)

    work = Path(tempfile.mkdtemp(prefix="govgraph-api-docs."))
    (work / "inbox").mkdir()
    shutil.copy(shared / REFERENCE, work / "inbox" / REFERENCE.name)
    for name, content in UPLOADS.items():
        (work / name).write_bytes(content)
    log = work / "run.log"
    command = binary() + ["run", "--db", str(work / "graph.db"), "--inbox", str(work / "inbox"), "--urls", f"http://127.0.0.1:{PORT}"]
    with log.open("w", encoding="utf-8") as sink:
        proc = subprocess.Popen(command, cwd=work, stdout=sink, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        if not wait_for_ingest(log, proc, time.monotonic() + INGEST_TIMEOUT_S):
            tap.not_ok(f"govgraph run on port {PORT} ingests the reference document", readme_check.tail(log))
            return finish(tap, work)
        lines = DOCS.read_text(encoding="utf-8").splitlines()
        rewritten = dict[int, list[str]]()
        for index, example, promised in examples(lines):
            result = readme_check.shell(example, work, dict(os.environ))
            got = shown(example, result.stdout)
            settle(result.stdout)
            same, fresh = check(promised, got)
            rewritten[index] = fresh
            name = f"docs/api.md line {index + 1}: {example[:90]}"
            if result.returncode != 0:
                tap.not_ok(name, f"exit {result.returncode}\n{result.stderr}")
            elif same or args.update:
                tap.ok(name + (" (rewritten)" if args.update and not same else ""))
            else:
                diff = [f"page: {l}" for l in promised[:12]] + [f"now:  {l}" for l in got[:12]]
                tap.not_ok(name, "the answer differs from the page (tools/check-api-docs.py --update rewrites it)\n" + "\n".join(diff))
        if args.update:
            page = types.SimpleNamespace(lines=lines, answers=examples(lines))
            readme_check.rewrite_answers(DOCS, page, rewritten)
            print(f"# rewrote the answers in {DOCS}", flush=True)
    finally:
        readme_check.stop(proc)
    return finish(tap, work)


def finish(tap, work: Path | None = None) -> int:
    if work is not None:
        shutil.rmtree(work, ignore_errors=True)
    print(f"api-docs: {tap.passed} passed, {tap.failed} failed, {tap.skipped} skipped", flush=True)
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
