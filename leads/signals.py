"""Signals for the apps above leads (the desk): leads never import them, they listen here."""

from django.dispatch import Signal

# Sent in the transaction that saved a form: lead, submission, created (a new lead).
submission_saved = Signal()
