"""The case file: SQLite through SQLAlchemy, schema through Alembic, never Qt."""

from .engine import Store, open_store
from .errors import InvalidInputError, NotFoundError, StoreError
from .workspace import Workspace, open_workspace

__all__ = [
    "InvalidInputError",
    "NotFoundError",
    "Store",
    "StoreError",
    "Workspace",
    "open_store",
    "open_workspace",
]
