"""`python -m factcheck`; run() is also fit to be the console script's entry point."""
import gc
import sys


def run() -> int:
    # The imports create tens of thousands of objects (modules, classes, compiled patterns)
    # that live as long as the process. Collecting while they are created only scans them
    # again and again (81 collections, about 6% of a one-article check), so the collector
    # waits for the imports and then sets their objects aside for good (gc.freeze): later
    # collections look only at what the run itself allocates.
    gc.disable()
    try:
        from factcheck.cli import main
    finally:
        gc.freeze()
        gc.enable()
    return main()


if __name__ == "__main__":
    sys.exit(run())
