"""Language data kept by the package (French and English), one module per kind.

Nothing here is code that does work: these are tables the text layer and the
annotators read. Each table has a coverage test in ``tests/lang``.
"""
