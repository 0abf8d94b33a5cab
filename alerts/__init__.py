"""Saved searches: an investor's brief or filters with a confirmed address, and the digests of matching sites (issue 14)."""
