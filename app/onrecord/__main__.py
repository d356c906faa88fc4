import sys

from onrecord.cli import main

sys.exit(main())
