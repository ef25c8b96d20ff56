"""Entry point of the frozen (PyInstaller) app: the same ``annotator`` command.

``freeze_support`` must run before anything else: the import of many files
analyses them in a process pool, and a frozen app's worker processes start
this same executable, which has to become a worker instead of a new app
(spawn on Windows and macOS; harmless under fork on Linux).
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from annotator.cli import main

    main(prog_name="annotator")
