"""Reading article files into articles and rejections — nothing lost, nothing stops the run.

Every file found under the inputs ends up either as one :class:`Article`
(or one per row for CSV, JSONL and Parquet corpora) or as a
:class:`Rejection` with a reason a person understands.  The only files not
reported are hidden ones (names starting with a dot: ``.gitkeep``,
``.DS_Store``) which are never inputs.

>>> from pathlib import Path
>>> articles = [a for a in iter_articles([Path("data/raw")]) if isinstance(a, Article)]
>>> sorted(a.language for a in articles)
['en', 'fr', 'fr', 'fr']
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import hashlib
import io
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from . import config
from .front_matter import DATELINE, dateline_date, split_front_matter, split_yaml_front_matter
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


@dataclass
class Rejection:
    """An input (a file, or one row of a tabular file) that is not in the corpus, and why."""

    path: str
    reason: str
    row: int | None = None

    def __post_init__(self):
        self.path, self.reason = printable(self.path), printable(self.reason)


def printable(value: str) -> str:
    r"""``value`` without lone surrogates, so that it can be written to Parquet.

    A file name that is not valid UTF-8 reaches Python with its bad bytes as
    surrogates (``'\udcff'``); they are shown as ``\xff``, the way ``ls -b``
    shows them, which keeps two such names distinct.  Other lone surrogates
    are shown as ``\ud800``.

    >>> printable("d\udce9p\u00eache.txt"), printable("Rabat")
    ('d\\xe9pêche.txt', 'Rabat')
    """
    if not _SURROGATE.search(value):
        return value
    return _SURROGATE.sub(_escape_surrogate, value)


def _escape_surrogate(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xdc00:02x}" if 0xdc80 <= code <= 0xdcff else f"\\u{code:04x}"


class Rejected(Exception):
    """Raised inside the loader with the reason a file or a row is rejected."""


# --------------------------------------------------------------------------- files

def iter_input_files(inputs: Iterable[Path]) -> Iterator[tuple[Path, str] | Rejection]:
    """Regular files under ``inputs`` as ``(path, doc_id_base)``, or rejections.

    Directories are walked in sorted order, following symbolic links once (a
    link loop is reported, never followed twice; a folder reached again
    through another link is reported, not read again).  FIFOs, devices and
    sockets are rejected without being opened.  Doc_id bases are unique: a
    name seen before (two inputs named ``raw``) gets a ``~2`` suffix.
    """
    inputs = [Path(p) for p in inputs]
    prefix_roots = len(inputs) > 1
    used: set[str] = set()
    for root in inputs:
        try:
            st = os.stat(root)
        except OSError as exc:
            yield Rejection(str(root), _os_reason(exc))
            continue
        if stat.S_ISDIR(st.st_mode):
            label = root.resolve().name if prefix_roots else ""
            entries = _walk(root, label, (st.st_dev, st.st_ino))
        else:
            entries = _file_entry(root, root.name)
        for item in entries:
            if not isinstance(item, Rejection):
                item = item[0], _unique(item[1], used)
            yield item


def _unique(name: str, used: set[str]) -> str:
    """``name``, or ``name~2``, ``name~3``… if already in ``used`` (which it joins)."""
    candidate, n = name, 1
    while candidate in used:
        n += 1
        candidate = f"{name}~{n}"
    used.add(candidate)
    return candidate


def _list_folder(directory: Path) -> list | Rejection:
    try:
        with os.scandir(directory) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return Rejection(str(directory), f"cannot list folder: {_os_reason(exc)}")


def _walk(top: Path, rel: str, key: tuple) -> Iterator[tuple[Path, str] | Rejection]:
    """Depth-first walk with an explicit stack: a folder 5,000 levels deep is no recursion."""
    listing = _list_folder(top)
    if isinstance(listing, Rejection):
        yield listing
        return
    visited = {key}
    stack = [(iter(listing), rel, frozenset(visited))]
    while stack:
        entries, rel, ancestors = stack[-1]
        entry = next(entries, None)
        if entry is None:
            stack.pop()
            continue
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        child_rel = f"{rel}/{entry.name}" if rel else entry.name
        try:
            st = os.stat(path)
        except OSError as exc:
            yield Rejection(str(path), _os_reason(exc))
            continue
        if not stat.S_ISDIR(st.st_mode):
            yield from _file_entry(path, child_rel, st)
            continue
        key = (st.st_dev, st.st_ino)
        if key in ancestors:
            yield Rejection(str(path), "symbolic link loop: this folder was already read")
        elif key in visited:
            yield Rejection(str(path), "folder already read under another name "
                                       "(a symbolic link to it): not read twice")
        else:
            visited.add(key)
            listing = _list_folder(path)
            if isinstance(listing, Rejection):
                yield listing
            else:
                stack.append((iter(listing), child_rel, ancestors | {key}))


def _file_entry(path: Path, rel: str, st=None) -> Iterator[tuple[Path, str] | Rejection]:
    if st is None:
        try:
            st = os.stat(path)
        except OSError as exc:
            yield Rejection(str(path), _os_reason(exc))
            return
    if not stat.S_ISREG(st.st_mode):
        yield Rejection(str(path), f"not a regular file ({_file_kind(st.st_mode)}): skipped without reading")
        return
    yield path, rel


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "named pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def _os_reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno == errno.ENOENT:
        return "broken symbolic link or missing file"
    if exc.errno == errno.EACCES:
        return "cannot read: permission denied"
    return f"cannot read: {exc.strerror or exc}"


# --------------------------------------------------------------------------- decoding

_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"%PDF", "a PDF document"), (b"PK\x03\x04", "a ZIP archive (or .docx/.xlsx)"),
    (b"\x7fELF", "an executable"), (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"), (b"PAR1", "a Parquet file"),
    (b"RIFF", "a media file"), (b"\x00\x00\x01\x00", "an icon"), (b"7z\xbc\xaf", "a 7z archive"),
)
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
)
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Decode a file's bytes: ``(text, encoding, warnings)``, or raise :class:`Rejected`.

    BOMs first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then Windows-1252.
    Bytes that are mostly valid UTF-8 with a few broken sequences are decoded
    with replacement characters and a warning rather than as mojibake.
    """
    if not data.strip():
        raise Rejected("empty file" if not data else "file holds only whitespace")
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise Rejected(f"binary file: this is {kind}, not text")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding), encoding, []
            except UnicodeDecodeError as exc:
                raise Rejected(f"undecodable bytes: starts with a {encoding} byte-order mark "
                               f"but is not valid {encoding} ({exc.reason} at byte {exc.start})")
    head = data[:4096]
    if b"\x00" in head:
        utf16 = _guess_utf16(head)
        if utf16:
            try:
                return data.decode(utf16), utf16, [f"no byte-order mark; read as {utf16}"]
            except UnicodeDecodeError:
                pass
        try:  # valid UTF-8 with stray NULs is text (they are dropped by clean_text)
            return data.decode("utf-8"), "utf-8", []
        except UnicodeDecodeError:
            raise Rejected("binary file: contains NUL bytes and is not UTF-16 text") from None
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError as exc:
        first_error = exc.start
    valid = len(_UTF8_MULTIBYTE.findall(data))
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    if valid >= 2 * broken:
        return text, "utf-8", [f"{broken} invalid UTF-8 sequence(s) replaced by U+FFFD "
                                f"(first at byte {first_error})"]
    try:
        return data.decode("cp1252"), "cp1252", []
    except UnicodeDecodeError as exc:
        raise Rejected(f"undecodable bytes: not UTF-8, UTF-16 or Windows-1252 "
                       f"(byte 0x{data[exc.start]:02x} at offset {exc.start})")


def _guess_utf16(head: bytes) -> str | None:
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = max(len(head) // 2, 1)
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


# Control characters other than tab and newline; lone surrogates (from JSON
# "\ud800" or a Parquet cell) cannot be encoded and are replaced.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LINE_ENDS = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")


def clean_text(text: str) -> str:
    """Normalise line ends to ``\\n``, apply NFC, drop control characters.

    Typographic apostrophes and no-break spaces stay: the tokenizer handles them.

    >>> clean_text("L\u2019Alge\u0301rie\\r\\na rompu\\rses liens\\x00")
    'L’Algérie\\na rompu\\nses liens'
    """
    text = _LINE_ENDS.sub("\n", text)
    text = _SURROGATE.sub("\ufffd", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


_NOT_TEXT = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd]")


def reject_if_binary(text: str) -> None:
    """Raise :class:`Rejected` when decoded text is mostly control or replacement characters."""
    sample = text[:8192]
    if sample and len(_NOT_TEXT.findall(sample)) > 0.1 * len(sample):
        raise Rejected("binary file: mostly control characters, not text")


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
