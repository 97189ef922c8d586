"""Longer fuzz run of the loader and the whole pipeline on hostile inputs (issue 8).

Each round builds a folder of generated hostile files — random bytes, hostile
Unicode around real sentences, broken encodings, odd names and nesting, CSV,
JSONL and Parquet tables with bad rows, now and then a FIFO, a link loop or a
folder named ``x.txt`` — runs :func:`analysis.annotate_corpus` on it and
checks the contract:

- no exception escapes and nothing hangs (a per-round time limit);
- every regular file is in ``documents`` or ``rejected``; every row of a
  generated table is a document or a rejected row;
- ``text[start:end] == row.text`` in sentences, mentions, terms and timexes;
- every table writes to Parquet and reads back.

Each round also runs :func:`analysis.pipeline.annotate_document` on a batch of
cleaned hostile texts.  The summary counts inputs tried, crashes, files lost,
rows lost, offset violations and Parquet failures; the exit status is 1 if any
is non-zero.  Failing inputs are kept in ``--keep`` with their traceback.

Usage::

    .venv/bin/python scripts/fuzz_inputs.py --seconds 180 --seed 1
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import time
import traceback
from pathlib import Path

PROJ_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJ_ROOT))

import pandas as pd  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from analysis import schema  # noqa: E402
from analysis.corpus import annotate_corpus  # noqa: E402
from analysis.load import clean_text, printable  # noqa: E402
from analysis.pipeline import annotate_document  # noqa: E402
from analysis.text import Document  # noqa: E402

OFFSET_TABLES = ("sentences", "mentions", "terms", "timexes")
HOSTILE = (
    [chr(c) for c in range(0, 32)] + ["\x7f", "\x85", "\x9f", "\u200b", "\u200c", "\u200d", "\u2060",
                                       "\ufeff", "\u200e", "\u200f", "\u202a", "\u202e", "\u2066",
                                       "\u2069", "\u0301", "\u0308", "\u0327", "\u20dd", "🇲🇦", "🇫🇷",
                                       "👩\u200d👩\u200d👧", "✊🏿", "المملكة المغربية", "Ελλάδα", "Москва",
                                       "ﬁ", "ﬂ", "ﬃ", "Ǆ", "İ", "ß", "ẞ", "\r\n", "\r", "\u2028",
                                       "\u2029", "\u00a0", "\u202f", "\u3000", "’", "«", "»", "…",
                                       "—", ".", "!", "?", "=cmd|' /C calc'!A0", "@SUM(A1)", "+1",
                                       "\ufffd", "\uffff", "\U0010ffff", "\ue000", "1er", "M.", "U.S.",
                                       "3 mars 2021", "le 16 octobre 2025", "March 5, 2024"]
)
SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\udc80"]
NAMES = ["a", "dépêche du 3 mars", "  spaces  ", "Ελλάδα – المغرب", "🇲🇦 maroc", "x", "-rf",
         "$(reboot)", "=cmd", "a\\b", "2021-08-25_algérie", "UPPER", "\u202etxt.exe"]
FOLDERS = ["", "sub", "sub dir é", "x.txt", "a/b/c", "Ελλάδα", "niveau " * 3]


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang("time limit exceeded")


class Fuzzer:
    def __init__(self, seed: int, keep: Path | None):
        self.rnd = random.Random(seed)
        self.keep = keep
        self.sentences = self._sentences()
        self.words = sorted({w for s in self.sentences for w in s.split()})
        self.counts = dict.fromkeys(("rounds", "files", "rows", "texts", "crashes", "hangs",
                                     "files_lost", "rows_lost", "offset_violations",
                                     "parquet_failures"), 0)

    @staticmethod
    def _sentences() -> list[str]:
        out = []
        for path in sorted((PROJ_ROOT / "data" / "raw").glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines()[1:]:
                out += [s.strip() + "." for s in line.split(". ") if len(s.split()) > 3]
        return out

    # ------------------------------------------------------------------ generators

    def text(self, *, surrogates: bool = False, parts: int = 30) -> str:
        r = self.rnd
        pieces = []
        for _ in range(r.randint(0, parts)):
            kind = r.random()
            if kind < 0.3:
                pieces.append(r.choice(self.sentences))
            elif kind < 0.5:
                pieces.append(r.choice(self.words))
            elif kind < 0.8:
                pieces.append(r.choice(HOSTILE))
            elif kind < 0.95:
                pieces.append("".join(chr(r.randint(1, 0x2FFF)) for _ in range(r.randint(1, 8))))
            else:  # a long run: spaces, dots, hyphens, digits, newlines, initials, dotted numbers
                piece = r.choice([" ", ".", "-", "1", "\n", "’", "\u2003", "!", "A. ", "123.", "l’"])
                pieces.append(piece * (r.randint(100, 20000) // len(piece)))
            pieces.append(r.choice([" ", "", "\n", "\n\n", "\r\n", ". ", "\t", "  \n"]))
        text = "".join(pieces)
        if surrogates and text:
            at = r.randint(0, len(text))
            text = text[:at] + r.choice(SURROGATES) + text[at:]
        return text

    def text_bytes(self) -> bytes:
        r = self.rnd
        kind = r.random()
        if kind < 0.15:
            return r.randbytes(r.randint(0, 4000))
        text = self.text(surrogates=r.random() < 0.3)
        encoding = r.choice(["utf-8", "utf-8", "utf-8", "utf-16-le", "utf-16-be", "utf-32", "cp1252"])
        data = text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")
        if r.random() < 0.2:
            data = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(encoding, b"\xef\xbb\xbf") + data
        if r.random() < 0.25 and data:  # corrupt a few bytes
            data = bytearray(data)
            for _ in range(r.randint(1, 5)):
                data[r.randrange(len(data))] = r.randrange(256)
            data = bytes(data)
        if r.random() < 0.05:
            data = data[: len(data) // 2]
        return data

    def cell(self):
        r = self.rnd
        return r.choice([None, "", "  ", self.text(parts=4), r.choice(HOSTILE), "2025-10-16",
                         "2025-02-30", "16/10/2025", str(r.randint(-5, 5)), "\x00",
                         "=HYPERLINK(\"http://x\")"])

    def rows(self) -> list[dict]:
        r = self.rnd
        rows = []
        ids = ["1", "2", "dup", "", "a/b", "\u202e", "x" * 300]
        for _ in range(r.randint(1, 10)):
            row = {"text": r.choice([self.text(parts=12), r.choice(self.sentences), None, "", "  "])}
            for key in ("date", "title", "source", "published", "Body", "TEXT"):
                if r.random() < 0.3:
                    row[key] = self.cell()
            if r.random() < 0.4:
                row["id"] = r.choice(ids)
            rows.append(row)
        return rows

    def write_table(self, path: Path, kind: str) -> int:
        """Write a table of hostile rows; returns how many rows the reader must account for."""
        r = self.rnd
        rows = self.rows()
        columns = sorted({k.lower() for row in rows for k in row} | {"text"})

        def value(row, column):
            v = next((row[k] for k in row if k.lower() == column), None)
            return "" if v is None else str(v)

        if kind == "csv":
            buffer = io.StringIO(newline="")
            writer = csv.writer(buffer)
            writer.writerow(columns)
            counted = 0
            for row in rows:
                values = [value(row, c) for c in columns]
                if r.random() < 0.1:
                    values = values[:-1] or ["x", "y"]  # wrong field count
                writer.writerow(values)
                counted += any(v.strip() for v in values)
            path.write_bytes(buffer.getvalue().encode("utf-8", "surrogatepass"))
            return counted
        if kind == "jsonl":
            lines = [json.dumps({k.lower(): v for k, v in row.items()}, ensure_ascii=r.random() < 0.5)
                     .encode("utf-8", "surrogatepass") for row in rows]
            for _ in range(r.randint(0, 3)):
                lines.insert(r.randint(0, len(lines)), r.choice(
                    [b"{not json", b"[1, 2]", b'"s"', b"null", b"[" * 3000, b'{"text": 5}',
                     b'{"text": "\\ud800\\udc00x"}', r.randbytes(20).replace(b"\n", b"").replace(b"\r", b"")]))
            path.write_bytes(b"\n".join(lines) + b"\n")
            return sum(1 for line in lines if line.strip())
        data = {c: [value(row, c).encode("utf-8", "replace").decode("utf-8") or None for row in rows]
                for c in columns}
        pq.write_table(pa.table(data), path)
        return len(rows)

    def build(self, root: Path) -> tuple[dict[str, int], int]:
        """A folder of hostile files; returns (rows expected per table path, number of files)."""
        r = self.rnd
        tables: dict[str, int] = {}
        n_files = 0
        for _ in range(r.randint(1, 12)):
            folder = root / r.choice(FOLDERS)
            name = r.choice(NAMES + ["".join(chr(r.randint(32, 0x2FFF)) for _ in range(6)).replace("/", "")])
            kind = r.choice(["txt", "txt", "txt", "md", "csv", "jsonl", "parquet", "TXT", "bin", ""])
            try:
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / (f"{name}.{kind}" if kind else name)
                if path.exists():
                    continue
                if kind in ("csv", "jsonl", "parquet"):
                    tables[str(path)] = self.write_table(path, kind)
                else:
                    path.write_bytes(self.text_bytes())
                n_files += 1
            except (OSError, ValueError):
                continue  # a name the file system refuses
        if r.random() < 0.1:  # a name that is not UTF-8 (Latin-1 bytes): surrogates in Python
            with open(os.path.join(os.fsencode(root), b"d\xe9p\xeache %d.txt" % r.randint(0, 9)), "wb") as fh:
                fh.write(self.text_bytes())
            n_files += 1
        if r.random() < 0.1:
            os.mkfifo(root / "pipe.txt")
        if r.random() < 0.1:
            os.symlink(root, root / "loop")
        if r.random() < 0.1:
            os.symlink("self.txt", root / "self.txt")
        if r.random() < 0.05:
            deep = root.joinpath(*["d"] * 45)
            deep.mkdir(parents=True, exist_ok=True)
            (deep / "deep.txt").write_bytes(self.text_bytes())
        if r.random() < 0.1 and (big := r.choice(self.sentences)):
            (root / "one-line.txt").write_text(" ".join([big] * r.randint(2000, 20000)), encoding="utf-8")
        return tables, n_files

    # ------------------------------------------------------------------ checks

    def check_corpus(self, root: Path, tables: dict[str, int], out: Path) -> list[str]:
        problems = []
        corpus = annotate_corpus([root], jobs=1, cache=False)
        reported = set(corpus.documents["path"]) | set(corpus.rejected["path"])
        for folder, dirs, files in os.walk(root):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in files:
                path = os.path.join(folder, name)
                if not name.startswith(".") and os.path.isfile(path) and not os.path.islink(path) \
                        and printable(path) not in reported:
                    self.counts["files_lost"] += 1
                    problems.append(f"file lost: {path!r}")
        for path, expected in tables.items():
            shown = printable(path)
            docs = int((corpus.documents["path"] == shown).sum())
            rejected = corpus.rejected.loc[corpus.rejected["path"] == shown]
            covering = rejected["reason"].str.contains("and after|rows after", regex=True).any()
            whole = rejected["row"].isna().any()
            accounted = docs + int(rejected["row"].notna().sum())
            if not whole and not covering and accounted != expected:
                self.counts["rows_lost"] += abs(expected - accounted)
                problems.append(f"{path!r}: {expected} rows, {docs} documents and "
                                f"{accounted - docs} rejected rows")
        texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
        if len(texts) != len(corpus.documents):
            problems.append("duplicate doc_ids in documents")
        for table in OFFSET_TABLES:
            frame = getattr(corpus, table)
            for doc_id, start, end, value in frame[["doc_id", "start", "end", "text"]].itertuples(index=False):
                if texts.get(doc_id, "")[int(start):int(end)] != value:
                    self.counts["offset_violations"] += 1
                    problems.append(f"{table}: {doc_id!r} [{start}:{end}] != {value!r}")
        try:
            corpus.write(out)
            for name, table in corpus.tables().items():
                back = pd.read_parquet(out / f"{name}.parquet")
                if len(back) != len(table) or list(back.columns) != list(schema.TABLES[name]):
                    raise AssertionError(f"{name} read back with {len(back)} rows")
        except Exception as exc:  # noqa: BLE001 - counted and reported
            self.counts["parquet_failures"] += 1
            problems.append(f"Parquet: {type(exc).__name__}: {exc}")
        return problems

    def check_texts(self, n: int) -> list[str]:
        problems = []
        for i in range(n):
            text = clean_text(self.text(surrogates=True))
            doc = Document(f"t{i}", text, self.rnd.choice(["fr", "en", "und"]), None)
            try:
                rows = annotate_document(doc)
            except Hang:
                raise
            except Exception:  # noqa: BLE001
                self.counts["crashes"] += 1
                problems.append(f"annotate_document crashed on {text[:300]!r}:\n{traceback.format_exc()}")
                continue
            for table in OFFSET_TABLES:
                for row in rows.get(table, []):
                    if text[row[2]:row[3]] != row[4]:
                        self.counts["offset_violations"] += 1
                        problems.append(f"{table}: {row!r} in {text[:200]!r}")
            self.counts["texts"] += 1
        return problems

    # ------------------------------------------------------------------ rounds

    def round(self, limit: float) -> list[str]:
        with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
            root = Path(tmp) / "in"
            root.mkdir()
            tables, n_files = self.build(root)
            self.counts["rounds"] += 1
            self.counts["files"] += n_files
            self.counts["rows"] += sum(tables.values())
            signal.signal(signal.SIGALRM, _alarm)
            signal.setitimer(signal.ITIMER_REAL, limit)
            try:
                problems = self.check_corpus(root, tables, Path(tmp) / "out")
                problems += self.check_texts(20)
            except Hang:
                self.counts["hangs"] += 1
                problems = [f"hang: a round took more than {limit} s"]
            except Exception:  # noqa: BLE001 - an exception escaped annotate_corpus
                self.counts["crashes"] += 1
                problems = [f"crash:\n{traceback.format_exc()}"]
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            if problems and self.keep:
                target = self.keep / f"round-{self.counts['rounds']:05d}"
                shutil.copytree(root, target / "in", symlinks=True, ignore_dangling_symlinks=True,
                                dirs_exist_ok=True, ignore=lambda d, names: [
                                    n for n in names if not (os.path.isfile(os.path.join(d, n))
                                                             or os.path.isdir(os.path.join(d, n)))])
                (target / "problems.txt").write_text("\n\n".join(problems), encoding="utf-8",
                                                     errors="backslashreplace")
            return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=120, help="time budget (default 120)")
    parser.add_argument("--rounds", type=int, default=0, help="stop after this many rounds instead")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--round-limit", type=float, default=60,
                        help="seconds one round may take before it counts as a hang")
    parser.add_argument("--keep", type=Path, help="folder to keep failing rounds in")
    args = parser.parse_args(argv)
    os.environ.setdefault("ANALYSIS_CACHE_DIR", tempfile.mkdtemp(prefix="fuzz-cache-"))
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)

    fuzzer = Fuzzer(args.seed, args.keep)
    started = time.perf_counter()
    shown = 0
    while True:
        if args.rounds and fuzzer.counts["rounds"] >= args.rounds:
            break
        if not args.rounds and time.perf_counter() - started > args.seconds:
            break
        for problem in fuzzer.round(args.round_limit):
            if shown < 20:
                print(problem[:2000], file=sys.stderr)
            shown += 1
    c = fuzzer.counts
    elapsed = time.perf_counter() - started
    inputs = c["files"] + c["rows"] + c["texts"]
    print(f"fuzz run (seed {args.seed}, {elapsed:.0f} s, {c['rounds']} folders): {inputs} inputs tried "
          f"({c['files']} files, {c['rows']} table rows, {c['texts']} texts through annotate_document)")
    failures = {k: c[k] for k in ("crashes", "hangs", "files_lost", "rows_lost", "offset_violations",
                                  "parquet_failures")}
    print("  " + ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in failures.items()))
    return 1 if any(failures.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
