"""CPU time of ``redact_text`` over the bench corpus with the cxmine of one source tree, for before/after runs.

Run from outside the repo so that ``import cxmine`` resolves to TREE (a git worktree of an older commit, say):
``cd /tmp && python /work/main/bench/redact_speed_ab.py TREE`` prints the best of 5 passes over 20,000 generated
chat messages (``bench_redact.generate(20000, 1)``) in CPU seconds (``time.process_time``: less disturbed by other
jobs than wall time on a shared machine). Alternate the two trees a few times and compare the ratios.
"""

import sys
import time

root = sys.argv[1]
sys.path.insert(0, root)
import cxmine  # noqa: E402

assert cxmine.__file__.startswith(root), cxmine.__file__
from cxmine.text.redact import redact_text  # noqa: E402

sys.path.insert(0, root + "/bench")
sys.path.insert(0, root + "/tests/text")
import bench_redact as b  # noqa: E402

texts = [b.parse_marked(m)[0] for m, _ in b.generate(20000, 1)]
best = 1e9
for _ in range(5):
    t = time.process_time()
    for x in texts:
        redact_text(x)
    best = min(best, time.process_time() - t)
print(f"{best:.3f}")
