"""Reading article files into articles and rejections — nothing lost, nothing stops the run.

Every file found under the inputs ends up either as one :class:`Article`
(or one per row for CSV, JSONL and Parquet corpora) or as a
:class:`Rejection` with a reason a person understands.  The only files not
reported are hidden ones (names starting with a dot: ``.gitkeep``,
``.DS_Store``) which are never inputs.  Finding the files is
:mod:`analysis.input_files`, turning their bytes into text
:mod:`analysis.decoding`; this module splits the text into an article
(with :mod:`analysis.front_matter`) and reads tabular corpora row by row.

>>> from pathlib import Path
>>> articles = [a for a in iter_articles([Path("data/raw")]) if isinstance(a, Article)]
>>> sorted(a.language for a in articles)
['en', 'fr', 'fr', 'fr']
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import config
from .decoding import (  # noqa: F401  (re-exported from analysis.load)
    _BOMS, Rejected, _guess_utf16, clean_text, decode_bytes, printable, reject_if_binary)
from .front_matter import DATELINE, dateline_date, split_front_matter, split_yaml_front_matter
from .input_files import (  # noqa: F401  (re-exported)
    Rejection, _os_reason, _unique, iter_input_files)
from .language import detect_language

__all__ = ["Article", "Rejection", "iter_input_files", "iter_articles", "read_file", "parse_article",
           "decode_bytes", "clean_text"]


@dataclass
class Article:
    """One article as read from disk, before annotation."""

    doc_id: str
    path: str
    text: str
    published: dt.date | None = None
    source: str | None = None
    agency: str | None = None
    author: str | None = None
    title: str | None = None
    dateline_place: str | None = None
    language: str = "und"
    date_origin: str | None = None
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.doc_id, self.path = printable(self.doc_id), printable(self.path)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8", "surrogatepass")).hexdigest()




# --------------------------------------------------------------------------- article layout

_HEADER = re.compile(
    r"^[ \t\u00a0]*date[ \t]+(?P<date>\S+)(?:[ \t]+(?:par|by|de|from)[ \t]+(?P<source>.+?))?"
    r"(?:[ \t]+(?:avec|with)[ \t]+(?P<agency>[^\n]+?))?[ \t]*$",
    re.IGNORECASE,
)
# A last line of initials is the author: "S.L", "A.B", "M.K.", "(A.B)", "ABO".
_SIGNATURE = re.compile(r"^\(?(?:[A-ZÀ-Ý]{1,3}[./]){1,3}[A-ZÀ-Ý]{0,3}\.?\)?$|^[A-Z]{2,3}$")
_FILENAME_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def parse_article(raw: str, *, doc_id: str, path: str, meta: dict | None = None) -> Article:
    """Split a cleaned file text into header, title, dateline, body and signature.

    ``meta`` holds values a tabular corpus gives in its columns (``published``,
    ``source``, ``title``, ``url``); they win over what the text says.
    Raises :class:`Rejected` when no body text remains.
    """
    meta = meta or {}
    warnings: list[str] = []
    # "---\ntitle: …\ndate: …\n---": a YAML-like block (static sites, exports) comes first
    yaml, raw, yaml_language = split_yaml_front_matter(raw.strip())
    lines = raw.strip().split("\n")
    published, source, agency, origin = None, None, None, None
    if yaml is not None and (yaml.published or yaml.updated) is not None:
        published, origin = yaml.published or yaml.updated, "front_matter"

    header = _HEADER.match(lines[0]) if lines else None
    if header:
        lines = lines[1:]
        source = _clean_field(header["source"])
        agency = _clean_field(header["agency"])
        published, origin = _iso_date(header["date"], warnings, "header"), "header"
        if published is None:
            origin = None

    while lines and not lines[-1].strip():
        lines.pop()
    author = None
    if len(lines) > 1 and _SIGNATURE.match(lines[-1].strip()):
        author = lines.pop().strip().strip("()")

    body = "\n".join(lines).strip()
    top, body = split_front_matter(body)
    title = top.title
    if published is None and (top.published or top.updated) is not None:
        # the publication date; a revision date only when the page gives no other
        published, origin = top.published or top.updated, "byline"
    source = source or top.source
    agency = agency or top.agency
    author = top.author or author
    if yaml is not None:
        title = yaml.title or title
        source = yaml.source or source
        author = yaml.author or author

    dateline_place = top.place
    dateline = DATELINE.match(body)
    if dateline and len(dateline["place"]) <= 40:
        dateline_place = dateline["place"].strip()
        agency = agency or dateline["agency1"] or dateline["agency2"]
        dl_date = dateline_date(dateline, context=published or _filename_date(path) or meta.get("published"))
        if published is None and dl_date is not None:
            published, origin = dl_date, "dateline"
        body = body[dateline.end():].lstrip()

    if not body:
        raise Rejected("no article text: the file has a header or dateline but no body"
                       if header or dateline_place or top.bylines or yaml else "no article text")

    if meta.get("published") is not None:
        published, origin = meta["published"], "column"
    if published is None:
        published = _filename_date(path)
        origin = "filename" if published else None

    return Article(
        doc_id=doc_id, path=path, text=body, published=published,
        source=meta.get("source") or source, agency=_clean_field(agency), author=author,
        title=meta.get("title") or title, dateline_place=dateline_place,
        language=_language(body, yaml_language), date_origin=origin, warnings=warnings,
    )


def _language(body: str, declared: str | None) -> str:
    """The language detected in ``body``; the front matter's ``lang:`` when detection fails."""
    detected = detect_language(body)
    return declared if detected == "und" and declared else detected


def _clean_field(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _iso_date(value: str, warnings: list[str], where: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        warnings.append(f"impossible date {value!r} in the {where}: published left empty")
        return None


def _filename_date(path: str) -> dt.date | None:
    match = _FILENAME_DATE.search(os.path.basename(path))
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


# --------------------------------------------------------------------------- readers

def iter_articles(inputs: Iterable[Path], *, max_bytes: int | None = None
                  ) -> Iterator[Article | Rejection]:
    """Every article (or rejection) found under ``inputs``, one at a time (streamed).

    Doc_ids are unique across the run (a clash, which only odd names can
    cause, is resolved with a ``~n`` suffix and a warning).
    """
    used: set[str] = set()
    for item in iter_input_files(inputs):
        if isinstance(item, Rejection):
            yield item
            continue
        for article in read_file(*item, max_bytes=max_bytes):
            if isinstance(article, Article):
                _claim_doc_id(article, used)
            yield article


def _claim_doc_id(article: Article, used: set[str]) -> None:
    """Give ``article`` a doc_id not in ``used`` (warning when it had to change)."""
    wanted = article.doc_id
    article.doc_id = _unique(wanted, used)
    if article.doc_id != wanted:
        article.warnings.append(f"doc_id {wanted!r} already used: renamed {article.doc_id!r}")


def read_file(path: Path, rel: str, *, max_bytes: int | None = None
              ) -> Iterator[Article | Rejection]:
    """The articles (or rejections) of one regular file; ``rel`` is its doc_id base.

    Doc_ids are unique within the file (repeated ``id`` values in a table get a
    ``~n`` suffix), so files read by separate workers never clash either.
    """
    used: set[str] = set()
    for item in _read_file(path, rel, max_bytes=max_bytes):
        if isinstance(item, Article):
            _claim_doc_id(item, used)
        yield item


def _read_file(path: Path, rel: str, *, max_bytes: int | None = None
               ) -> Iterator[Article | Rejection]:
    max_bytes = config.MAX_ARTICLE_BYTES if max_bytes is None else max_bytes
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        if suffix in config.TEXT_SUFFIXES:
            yield _read_text_file(path, rel, max_bytes)
        elif suffix == ".csv":
            yield from _read_csv(path, rel, max_bytes)
        elif suffix in (".jsonl", ".ndjson"):
            yield from _read_jsonl(path, rel, max_bytes)
        elif suffix == ".parquet":
            yield from _read_parquet(path, rel, max_bytes)
        else:
            known = ", ".join(config.TEXT_SUFFIXES + config.TABLE_SUFFIXES)
            yield Rejection(str(path), f"unsupported file type {suffix or '(no extension)'!r}; "
                                       f"articles are read from {known}")
    except Rejected as exc:
        yield Rejection(str(path), str(exc))
    except OSError as exc:
        yield Rejection(str(path), _os_reason(exc))
    except Exception as exc:  # a bug must not lose the file: report it
        yield Rejection(str(path), f"unexpected error while reading: {type(exc).__name__}: {exc}")


def _read_limited(path: Path, max_bytes: int) -> bytes:
    size = os.stat(path).st_size
    if size > max_bytes:
        raise Rejected(f"file is {size / 1e6:.1f} MB, above the {max_bytes / 1e6:.1f} MB limit "
                       f"for one article (set ANALYSIS_MAX_ARTICLE_BYTES to change it)")
    with open(path, "rb") as fh:
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise Rejected(f"file grew above the {max_bytes / 1e6:.1f} MB limit while being read")
    return data


def _read_text_file(path: Path, rel: str, max_bytes: int) -> Article:
    text, _encoding, warnings = decode_bytes(_read_limited(path, max_bytes))
    reject_if_binary(text)
    article = parse_article(clean_text(text), doc_id=rel, path=str(path))
    article.warnings[:0] = warnings
    return article


_TEXT_COLUMNS = ("text", "body", "content")
_DATE_COLUMNS = ("published", "date", "published_at", "pubdate")


def _row_article(row: dict, *, path: Path, rel: str, number: int, max_bytes: int) -> Article:
    """One row of a tabular corpus as an article (raises :class:`Rejected`)."""
    text = next((row[c] for c in _TEXT_COLUMNS if c in row), None)
    if text is None or (isinstance(text, float) and text != text):
        raise Rejected("no text in this row")
    if not isinstance(text, str):
        raise Rejected(f"text is a {type(text).__name__}, not a string")
    if len(text) > max_bytes:
        raise Rejected(f"text of {len(text) / 1e6:.1f} M characters is above the article size limit")
    if not text.strip():
        raise Rejected("empty text")
    reject_if_binary(text)
    warnings: list[str] = []
    meta: dict = {}
    raw_date = next((row[c] for c in _DATE_COLUMNS if row.get(c) not in (None, "")), None)
    if raw_date is not None:
        meta["published"] = _coerce_date(raw_date, warnings)
    for key in ("source", "title", "url"):
        value = row.get(key)
        if isinstance(value, str) and value.strip():
            meta[key] = clean_text(value).strip()
    ident = row.get("id")
    ident = clean_text(str(ident)).strip() if isinstance(ident, (str, int)) else ""
    suffix = ident if ident and len(ident) <= 200 else str(number)
    article = parse_article(clean_text(text), doc_id=f"{rel}#{suffix}", path=str(path), meta=meta)
    article.warnings[:0] = warnings
    return article


def _coerce_date(value, warnings: list[str]) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        warnings.append(f"unreadable date {text[:40]!r}: published left empty")
        return None


def _rows(path: Path, rel: str, rows: Iterator[tuple[int, dict | Rejection]], max_bytes: int):
    any_row = False
    used: set[str] = set()
    for number, row in rows:
        any_row = True
        if isinstance(row, Rejection):
            yield row
            continue
        try:
            article = _row_article(row, path=path, rel=rel, number=number, max_bytes=max_bytes)
        except Rejected as exc:
            yield Rejection(str(path), f"row {number}: {exc}", row=number)
            continue
        _claim_doc_id(article, used)  # two rows with the same id stay two articles
        yield article
    if not any_row:
        yield Rejection(str(path), "no rows: the table is empty")


def _open_table_text(path: Path) -> io.TextIOBase:
    size = os.stat(path).st_size
    if size > config.MAX_TABLE_BYTES:
        raise Rejected(f"table file is {size / 1e9:.1f} GB, above the limit "
                       f"(set ANALYSIS_MAX_TABLE_BYTES to change it)")
    with open(path, "rb") as fh:
        head = fh.read(65536)
    if not head.strip():
        raise Rejected("empty file")
    encoding = "utf-8-sig"
    for bom, name in _BOMS:
        if head.startswith(bom):
            encoding = {"utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}.get(name, name)
            break
    else:
        nuls = head.count(0)
        utf16 = _guess_utf16(head) if nuls else None
        if utf16:
            encoding = utf16
        elif nuls > 0.1 * len(head):
            raise Rejected("binary file: contains NUL bytes and is not a text table")
        else:  # a stray NUL in a cell is the row's problem, not the file's
            try:
                head.decode("utf-8")
            except UnicodeDecodeError as exc:
                if exc.start < len(head) - 4:
                    encoding = "cp1252"
    return open(path, encoding=encoding, errors="replace", newline="")


def _read_csv(path: Path, rel: str, max_bytes: int):
    with _open_table_text(path) as fh:
        csv.field_size_limit(max(max_bytes, 131072))
        reader = csv.reader(fh)
        try:
            header = next(reader)
        except StopIteration:
            raise Rejected("empty file")
        except csv.Error as exc:
            raise Rejected(f"not a readable CSV file: {exc}")
        columns = [clean_text(c).strip().lower() for c in header]
        if not any(c in columns for c in _TEXT_COLUMNS):
            shown = ", ".join(columns[:8]) or "none"
            raise Rejected(f"no 'text' column in this CSV (columns: {shown})")

        def rows():
            number = 0
            while True:
                number += 1
                try:
                    values = next(reader)
                except StopIteration:
                    return
                except csv.Error as exc:
                    yield number, Rejection(str(path), f"row {number} and after: CSV error ({exc}); "
                                                       f"the rest of the file was not read", row=number)
                    return
                if not values or not any(v.strip() for v in values):
                    number -= 1
                    continue
                if len(values) != len(columns):
                    yield number, Rejection(str(path), f"row {number}: {len(values)} fields, "
                                                       f"the header has {len(columns)}", row=number)
                    continue
                yield number, dict(zip(columns, values))

        yield from _rows(path, rel, rows(), max_bytes)


def _read_jsonl(path: Path, rel: str, max_bytes: int):
    with _open_table_text(path) as fh:
        # JSON escapes make a line longer than its text: a line of more than
        # twice the article limit is skipped in pieces, never read whole.
        limit = 2 * max_bytes + 65536

        def rows():
            number = 0
            while line := fh.readline(limit):
                if len(line) >= limit and line[-1] not in "\r\n":
                    while (rest := fh.readline(limit)) and rest[-1] not in "\r\n":
                        pass
                    number += 1
                    yield number, Rejection(str(path), f"row {number}: line longer than "
                                                       f"{limit / 1e6:.1f} M characters, above the "
                                                       f"article size limit: skipped", row=number)
                    continue
                if not line.strip():
                    continue
                number += 1
                try:
                    obj = json.loads(line)
                except (json.JSONDecodeError, RecursionError) as exc:
                    reason = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
                    yield number, Rejection(str(path), f"row {number}: invalid JSON ({reason})", row=number)
                    continue
                if not isinstance(obj, dict):
                    yield number, Rejection(str(path), f"row {number}: a JSON {type(obj).__name__}, "
                                                       f"not an object with a 'text' field", row=number)
                    continue
                yield number, {str(k).lower(): v for k, v in obj.items()}

        yield from _rows(path, rel, rows(), max_bytes)


def _read_parquet(path: Path, rel: str, max_bytes: int):
    import pyarrow.parquet as pq

    try:
        table_file = pq.ParquetFile(path)
        names = [n.lower() for n in table_file.schema_arrow.names]
    except Exception as exc:
        raise Rejected(f"not a readable Parquet file: {str(exc)[:200]}")
    if not any(c in names for c in _TEXT_COLUMNS):
        raise Rejected(f"no 'text' column in this Parquet file (columns: {', '.join(names[:8])})")

    def rows():
        number = 0
        try:
            for batch in table_file.iter_batches(batch_size=1024):
                columns = [n.lower() for n in batch.schema.names]
                for record in batch.to_pylist():
                    number += 1
                    yield number, dict(zip(columns, record.values()))
        except Exception as exc:
            yield number + 1, Rejection(str(path), f"rows after {number}: unreadable Parquet data "
                                                   f"({str(exc)[:200]})", row=number + 1)

    yield from _rows(path, rel, rows(), max_bytes)
