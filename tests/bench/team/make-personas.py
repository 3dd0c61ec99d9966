#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes persona-ROLE.csv in DIR: 5 on the role's items, 2 elsewhere."""

import csv
import os
import sys

work = sys.argv[1]
with open(os.path.join(work, "items.csv"), encoding="utf-8", newline="") as f:
    items = list(csv.DictReader(f))
with open(os.path.join(work, "profiles.csv"), encoding="utf-8", newline="") as f:
    profiles = list(csv.DictReader(f))

for profile in profiles:
    own = set(profile["competences"].split(";"))
    with open(os.path.join(work, f"persona-{profile['profile_id']}.csv"), "w",
              encoding="utf-8") as out:
        out.write("item_id,value\n")
        for item in items:
            out.write(f"{item['item_id']},{5 if item['competence_id'] in own else 2}\n")
