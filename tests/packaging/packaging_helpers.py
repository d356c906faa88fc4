"""Paths shared by the packaging tests."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
APP_ID = "org.onrecord.OnRecord"
BUNDLE = REPO / "dist" / "onrecord"
