#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes N share files in OUT from the persona shares in WORK, each with
its own member id and name (one in three agrees to be shown)."""

import glob
import os
import re
import sys
import uuid

work, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
templates = [open(path, encoding="utf-8").read()
             for path in sorted(glob.glob(os.path.join(work, "persona-*.sseshare")))]
member = re.compile(r'<member [^>]*/>')
os.makedirs(out, exist_ok=True)
for i in range(n):
    text = member.sub(f'<member id="{uuid.uuid4()}" name="Member {i}" '
                      f'show-name="{"true" if i % 3 == 0 else "false"}"/>',
                      templates[i % len(templates)], count=1)
    with open(os.path.join(out, f"member-{i:05d}.sseshare"), "w", encoding="utf-8") as f:
        f.write(text)
