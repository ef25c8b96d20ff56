"""The SQLite project file: the only package that runs SQL."""

from annotator.store.documents import DuplicateDocumentError
from annotator.store.project import NewerProjectError, Project
from annotator.store.schema import SCHEMA_VERSION

__all__ = ["DuplicateDocumentError", "NewerProjectError", "Project", "SCHEMA_VERSION"]
