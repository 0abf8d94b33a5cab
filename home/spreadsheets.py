"""Cells of a downloaded spreadsheet (CSV, XLSX) never start a formula, whoever wrote their text."""

# What Excel, LibreOffice and Google Sheets read as the start of a formula (OWASP's CSV injection list).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value):
    """Text that a spreadsheet would run as a formula, prefixed with an apostrophe so it stays text.

    Only text is touched: a number (a negative longitude, say) is still a number.
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value
