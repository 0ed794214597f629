"""Imported by each worker of a local Ray cluster before it accepts work (Ray's ``preload_python_modules``).

Ray prestarts a cluster's workers with its raylet, while the rest of the cluster still starts and the
driver joins it; a worker then waits, idle, until the run's extractor actor is created in it, and only
then imported crossreach and, at its first task, loaded the lexicons. Imported here, at the worker's start,
that work overlaps the cluster's start rather than following it.
"""

from crossreach.ray_worker import warm_process

warm_process()
