"""PyInstaller runtime hook: let Qt find the fonts shipped in the bundle (Linux).

A bundle on a bare machine finds no fonts (every glyph a box) unless it ships its own. Qt on
Linux asks fontconfig, so point fontconfig at the bundle's fonts.conf, which includes the
system's configuration (when there is one) and adds the bundle's fonts/ folder. Runs before the
app's code; a FONTCONFIG_FILE the user set is respected.
"""


def _use_bundled_fonts() -> None:
    import os
    import sys

    if not sys.platform.startswith("linux") or "FONTCONFIG_FILE" in os.environ:
        return
    conf = os.path.join(sys._MEIPASS, "fontconfig", "fonts.conf")
    if os.path.isfile(conf):
        os.environ["FONTCONFIG_FILE"] = conf


_use_bundled_fonts()
del _use_bundled_fonts
