import gc
import sys

# The imports below create tens of thousands of objects (modules, classes, compiled
# patterns) that live as long as the process. Collecting while they are created only
# scans them again and again (81 collections, about 6% of a one-article check), so the
# collector waits for the imports and then sets their objects aside for good
# (gc.freeze): later collections look only at what the run itself allocates.
gc.disable()
from factcheck.cli import main  # noqa: E402 - after the collector is paused
gc.freeze()
gc.enable()

sys.exit(main())
