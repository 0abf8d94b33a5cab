"""Saved searches: a brief or filters with a confirmed address, and digests of matching sites (issue 14)."""
