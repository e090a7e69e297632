#!/usr/bin/env python3
"""Writes the pagerduty.* configuration keys that pdkit's starter declares, for the start-up check of unknown keys.

Reads the configuration metadata that the build generates (compile pagerduty-spring-boot-autoconfigure first) and
writes pagerduty-spring-boot-autoconfigure/src/main/resources/io/pdkit/autoconfigure/diagnostics/configuration-keys.txt:
one key per line, followed by a tab and "map" for map-valued keys (any key below them is accepted).
ConfigurationKeysFileTest fails when the file and the metadata disagree.

usage: scripts/generate-configuration-keys.py [path/to/target/classes]
"""
import json
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODULE = os.path.join(ROOT, "pagerduty-spring-boot-autoconfigure")
CLASSES = sys.argv[1] if len(sys.argv) > 1 else os.path.join(MODULE, "target", "classes")
OUT = os.path.join(MODULE, "src", "main", "resources", "io", "pdkit", "autoconfigure", "diagnostics",
                   "configuration-keys.txt")

keys = {}
for name in ("spring-configuration-metadata.json", "additional-spring-configuration-metadata.json"):
    path = os.path.join(CLASSES, "META-INF", name)
    if not os.path.exists(path):
        continue
    with open(path, encoding="utf-8") as f:
        for prop in json.load(f).get("properties", []):
            key = prop.get("name", "")
            if key.startswith("pagerduty."):
                is_map = prop.get("type", "").startswith("java.util.Map")
                keys[key] = keys.get(key, False) or is_map
if not keys:
    sys.exit("no pagerduty.* keys found under " + CLASSES + "; compile pagerduty-spring-boot-autoconfigure first")

os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w", encoding="utf-8") as f:
    f.write("# pagerduty.* keys of the starter's configuration metadata; written by scripts/generate-configuration-keys.py\n")
    for key in sorted(keys):
        f.write(key + ("\tmap" if keys[key] else "") + "\n")
print("wrote %d keys to %s" % (len(keys), OUT))
