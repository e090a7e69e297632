#!/usr/bin/env python3
"""Generates the simulator's operation table from PagerDuty's REST OpenAPI spec.

Usage (from the repository root):

    python3 scripts/generate-simulator-data.py [SPEC]

SPEC defaults to ../shared/pagerduty-api/REST.json relative to the repository root. Python 3 standard
library only; the output is byte-for-byte reproducible. Writes

    pagerduty-test/src/main/resources/io/pdkit/test/rest-operations.json.gz

a gzip of one JSON document:

    {"components": {"schemas": {NAME: SCHEMA, ...}},
     "operations": [{"method", "path", "operationId", "parameters": [...], "request": {...} | null,
                     "responses": {STATUS: SCHEMA | null}, "pagination": "classic" | "cursor" | "none",
                     "wrapper": NAME | null, "requestWrapper": NAME | null}, ...]}

Schemas keep OpenAPI 3.0 keywords (nullable, readOnly, ...) and refer to shared schemas as
#/components/schemas/NAME, the spec's own layout, so one validator dialect reads both this file and the
spec. Parameters, request bodies and responses are resolved inline. Every description, summary and title
text, every example and every x- extension is dropped: only structure, names, types, formats and enums stay,
plus the example of a string with a pattern (a CIDR), which the simulator's sampler cannot invent. One
contradiction is reconciled: a LogEntry branch whose type its base LogEntry does not list (the spec's
acknowledgement_log_entry) takes the base's spelling (acknowledge_log_entry, what PagerDuty sends).

Two deliberate relaxations: the spec's oneOf branches overlap (every Channel branch accepts {"type": "api"}),
so PagerDuty's own bodies match several; the table keeps them as anyOf. Its discriminators name no mapping
while the type values (email_contact_method) are not schema names; the table drops them (the branches' type
enums still tell the shapes apart).
"""

import gzip
import io
import json
import os
import sys

METHODS = ("get", "post", "put", "patch", "delete")
DROPPED = {"description", "summary", "title", "example", "examples", "externalDocs", "xml", "discriminator"}
ANCILLARY = {"limit", "offset", "more", "total", "next_cursor", "response_metadata", "cursor"}
OUTPUT = os.path.join("pagerduty-test", "src", "main", "resources", "io", "pdkit", "test",
                      "rest-operations.json.gz")


class Spec:
    def __init__(self, document):
        self.document = document
        self.components = document["components"]

    def pointer(self, ref):
        node = self.document
        for token in ref[2:].split("/"):
            key = token.replace("~1", "/").replace("~0", "~")
            node = node[int(key)] if isinstance(node, list) else node[key]
        return node

    def deref(self, node):
        while isinstance(node, dict) and "$ref" in node:
            node = self.pointer(node["$ref"])
        return node

    def schema(self, node):
        """A schema without prose; references to shared schemas stay references."""
        if isinstance(node, list):
            return [self.schema(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            parts = node["$ref"].split("/")
            if len(parts) == 4 and parts[1:3] == ["components", "schemas"]:
                return {"$ref": node["$ref"]}
            return self.schema(self.pointer(node["$ref"]))
        result = {}
        for key, value in node.items():
            if key == "example" and "pattern" in node and isinstance(value, str):
                result[key] = value
                continue
            if key in DROPPED or key.startswith("x-"):
                continue
            if key in ("properties", "patternProperties", "$defs", "definitions") and isinstance(value, dict):
                result[key] = {name: self.schema(sub) for name, sub in value.items()}
            elif key == "enum" or key == "default" or key == "const":
                result[key] = value
            elif key == "oneOf":
                result["anyOf"] = self.schema(value)
            else:
                result[key] = self.schema(value)
        return result

    def parameter(self, node):
        node = self.deref(node)
        schema = self.deref(node.get("schema", {}))
        array = schema.get("type") == "array"
        element = self.deref(schema.get("items", {})) if array else schema
        entry = {"name": node["name"], "in": node["in"], "required": bool(node.get("required", False)),
                 "type": element.get("type", "string"), "array": array}
        if "enum" in element:
            entry["enum"] = element["enum"]
        return entry

    def properties(self, schema, depth=0):
        schema = self.deref(schema)
        if depth > 8 or not isinstance(schema, dict):
            return {}
        props = dict(schema.get("properties", {}))
        for part in schema.get("allOf", []):
            props.update(self.properties(part, depth + 1))
        return props

    def json_content(self, holder):
        holder = self.deref(holder)
        content = holder.get("content", {})
        for media, value in content.items():
            if "json" in media:
                return media, value.get("schema", {})
        for media, value in content.items():
            return media, value.get("schema", {})
        return None, None


def wrapper_of(spec, schema):
    if schema is None:
        return None
    names = [name for name in spec.properties(schema) if name not in ANCILLARY]
    return names[0] if len(names) == 1 else None


def operation(spec, path, method, item, op):
    params = [spec.parameter(p) for p in item.get("parameters", []) + op.get("parameters", [])]
    params = [p for p in params if p["in"] in ("path", "query")]
    names = {p["name"] for p in params}
    pagination = "cursor" if "cursor" in names else "classic" if "offset" in names else "none"
    request = None
    request_wrapper = None
    if "requestBody" in op:
        body = spec.deref(op["requestBody"])
        media, schema = spec.json_content(body)
        if media is not None:
            request = {"contentType": media, "required": bool(body.get("required", False)),
                       "schema": spec.schema(schema)}
            request_wrapper = wrapper_of(spec, schema) if "json" in media else None
    responses = {}
    wrapper = None
    for status, response in op.get("responses", {}).items():
        media, schema = spec.json_content(response)
        responses[status] = None if media is None else spec.schema(schema)
        if status.startswith("2") and wrapper is None and media is not None:
            wrapper = wrapper_of(spec, schema)
    return {"method": method.upper(), "path": path, "operationId": op.get("operationId"),
            "parameters": params, "request": request, "responses": responses,
            "pagination": pagination, "wrapper": wrapper, "requestWrapper": request_wrapper}


def reconcile_branch_types(schemas):
    """A LogEntry branch whose type enum names a value its base LogEntry does not know can match nothing: the
    spec's AcknowledgeLogEntry says acknowledgement_log_entry where LogEntry (and PagerDuty) say
    acknowledge_log_entry. Such a branch takes the base's spelling, the one that differs only by a suffix."""
    base = set(enum_of_type(schemas.get("LogEntry", {})))
    for name, schema in schemas.items():
        for part in schema.get("allOf", []):
            values = part.get("properties", {}).get("type", {}).get("enum")
            if not values or not base or name == "LogEntry":
                continue
            for index, value in enumerate(values):
                if value not in base:
                    stem = value[:-len("_log_entry")] if value.endswith("_log_entry") else value
                    matches = [known for known in base if known.endswith("_log_entry")
                               and stem.startswith(known[:-len("_log_entry")])]
                    if len(matches) == 1 and any(p.get("$ref") == "#/components/schemas/LogEntry"
                                                 for p in schema["allOf"]):
                        values[index] = matches[0]


def enum_of_type(schema):
    for part in schema.get("allOf", []):
        values = part.get("properties", {}).get("type", {}).get("enum")
        if values:
            return values
    return []


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    source = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "..", "shared", "pagerduty-api", "REST.json")
    with open(source, encoding="utf-8") as handle:
        spec = Spec(json.load(handle))
    operations = []
    for path, item in spec.document["paths"].items():
        for method in METHODS:
            if method in item:
                operations.append(operation(spec, path, method, item, item[method]))
    schemas = {name: spec.schema(schema) for name, schema in spec.components["schemas"].items()}
    reconcile_branch_types(schemas)
    document = {"components": {"schemas": schemas}, "operations": operations}
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0, compresslevel=9) as archive:
        archive.write(text)
    target = os.path.join(root, OUTPUT)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as handle:
        handle.write(buffer.getvalue())
    print(f"{len(operations)} operations, {len(schemas)} schemas, {len(text)} bytes JSON,"
          f" {len(buffer.getvalue())} bytes gzip -> {OUTPUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
