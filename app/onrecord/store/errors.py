"""Errors the store raises for problems a user can understand and act on."""

from __future__ import annotations


class StoreError(Exception):
    """The case file cannot be opened or used; the message says why, in plain words."""


class NotFoundError(StoreError):
    """A case, party, number or event that was asked for does not exist."""


class InvalidInputError(StoreError, ValueError):
    """A value given to the store is not acceptable (the message names the field)."""
