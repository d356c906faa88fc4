"""Entry point of the PyInstaller bundle (the installed app uses `onrecord.cli:main` directly).

`multiprocessing.freeze_support()` must run first: the recorder runs in a "spawn" child, and in
a frozen app that child (and multiprocessing's resource tracker) is started by running this same
executable again with special arguments. freeze_support() recognises them, runs the child's
work and exits; in the app itself it returns at once.
"""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()

    from onrecord.cli import main

    sys.exit(main())
