"""Decoding article files: bytes to clean text, or a reason they are not text.

:func:`decode_bytes` picks the encoding (byte-order marks, UTF-8, UTF-16
without a mark, Windows-1252) and recognises binary files by their magic
numbers; :func:`clean_text` normalises what was decoded; :func:`printable`
makes names and reasons safe to store.  :class:`Rejected` carries the reason
a file or a row is refused, for :mod:`analysis.load` to report.

>>> decode_bytes("Alg\u00e9rie".encode("cp1252"))
('Algérie', 'cp1252', [])
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["Rejected", "printable", "decode_bytes", "clean_text", "reject_if_binary"]


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

