import sys

from course.trainer.cli import main

sys.exit(main())
