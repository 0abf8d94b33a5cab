"""Incentives: the public funding and procedures an investor can use, filterable by who, where and what (issue 13)."""
