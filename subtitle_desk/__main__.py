import sys

from subtitle_desk.cli.main import main

sys.exit(main())
