"""The full-page cache of public HTML for anonymous visitors, and its purge when content changes (issue 11)."""
