"""Entry script of the PyInstaller bundle: the same ``subtitle-desk`` command as the console script."""

import multiprocessing
import sys

from subtitle_desk.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless when unused; required if a worker process is ever spawned
    sys.exit(main())
