"""Evidence packages: export a case as a signed BagIt bag with a report, and verify one.

Public API (no Qt is imported until a PDF is drawn):

- :func:`onrecord.evidence.export.export_case` ``(ws, case_id, out_dir, options=None,
  progress=None, cancel=None) -> ExportResult`` builds a package (see its module doc for the
  progress/cancel contract); raises ``ExportError`` / ``ExportCancelled``.
- :func:`onrecord.evidence.verify.verify_package` ``(path, *, password=None, progress=None,
  cancel=None) -> VerifyReport`` checks a folder or zip; raises ``VerifyInputError`` when the
  path cannot be opened at all.
- :func:`onrecord.evidence.charts.contact_counts` the per-day / per-hour numbers for charts.
"""
