"""The Qt layer: the only package that imports QtWidgets. Thin over the core services."""
