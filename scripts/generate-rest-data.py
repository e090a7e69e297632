#!/usr/bin/env python3
"""Generates pdkit's REST API v2 data files from PagerDuty's OpenAPI spec and python-pagerduty's path data.

Usage (from the repository root):

    python3 scripts/generate-rest-data.py [--spec PATH] [--paths PATH]

Defaults: --spec ../shared/pagerduty-api/REST.json, --paths ../shared/reference/pagerduty-paths.json,
both relative to the repository root. Python 3 standard library only. Writes:

    pagerduty-core/src/main/resources/io/pdkit/rest/canonical-paths.txt
    pagerduty-core/src/main/resources/io/pdkit/rest/cursor-paths.txt
    pagerduty-core/src/main/resources/io/pdkit/rest/historical-paths.txt
    pagerduty-core/src/main/resources/io/pdkit/rest/entity-wrappers.tsv
    pagerduty-core/src/main/resources/io/pdkit/rest/list-parameters.tsv
    pagerduty-core/src/test/resources/io/pdkit/rest/operations.tsv
    docs/rest-wrapper-differences.md
"""

import argparse
import json
import os
import sys

METHODS = ("get", "post", "put", "patch", "delete")
ANCILLARY = {"limit", "offset", "more", "total", "next_cursor", "response_metadata", "cursor", "after", "before"}
NONE = "-"


def is_param(node):
    return node.startswith("{") and node.endswith("}")


def literal_count(pattern):
    return sum(1 for node in pattern.split("/")[1:] if not is_param(node))


def matches(pattern, path):
    pattern_nodes = pattern.split("/")[1:]
    path_nodes = path.split("/")[1:]
    if len(pattern_nodes) != len(path_nodes):
        return False
    return all(is_param(p) or p == n for p, n in zip(pattern_nodes, path_nodes))


def resolve_path(patterns, path):
    """pdkit's rule: exact match, else the single match with the most literal nodes (ties are ambiguous)."""
    found = [p for p in patterns if matches(p, path)]
    if not found:
        return None
    if path in found:
        return path
    best = max(literal_count(p) for p in found)
    top = [p for p in found if literal_count(p) == best]
    return top[0] if len(top) == 1 else "AMBIGUOUS:" + ",".join(sorted(top))


def singular(name):
    """python-pagerduty's singular_name: `ies` becomes `y`, otherwise every trailing `s` is dropped."""
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name.rstrip("s")


def infer_wrapper(method, path):
    nodes = path.split("/")
    if is_param(nodes[-1]):
        return singular(nodes[-2])
    if method == "POST":
        return singular(nodes[-1])
    return nodes[-1]


def config_pair(config, method, path):
    hits = [value for key, value in config.items()
            if (key.startswith(method + " ") or key.startswith("* ")) and key.endswith(" " + path)]
    if len(hits) > 1:
        raise SystemExit("Wrapper config has more than one entry for %s %s" % (method, path))
    if not hits:
        return None
    value = hits[0]
    if value is None or isinstance(value, str):
        return (value, value)
    return (value[0], value[1])


def python_pair(config, method, path):
    explicit = config_pair(config, method, path)
    if explicit is not None:
        return explicit, True
    wrapper = infer_wrapper(method, path)
    return (wrapper, wrapper), False


class Spec:
    def __init__(self, document):
        self.document = document

    def deref(self, node, depth=0):
        while isinstance(node, dict) and "$ref" in node and depth < 50:
            target = self.document
            for part in node["$ref"][2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target[int(part)] if isinstance(target, list) else target[part]
            node = target
            depth += 1
        return node

    def properties(self, schema, depth=0):
        """Top-level property names of a schema, or None when it is not an object with properties."""
        schema = self.deref(schema)
        if not isinstance(schema, dict) or depth > 10:
            return None
        names = set()
        found = False
        if isinstance(schema.get("properties"), dict):
            names.update(schema["properties"].keys())
            found = True
        for combiner in ("allOf", "oneOf", "anyOf"):
            for part in schema.get(combiner, []) or []:
                sub = self.properties(part, depth + 1)
                if sub is not None:
                    names.update(sub)
                    found = True
        return names if found else None

    def json_schema(self, holder):
        holder = self.deref(holder)
        content = (holder or {}).get("content") or {}
        for media, body in content.items():
            if "json" in media and isinstance(body, dict) and "schema" in body:
                return body["schema"]
        return None

    def request_properties(self, operation):
        body = operation.get("requestBody")
        if body is None:
            return "absent", None
        schema = self.json_schema(body)
        if schema is None:
            return "absent", None
        props = self.properties(schema)
        return ("object", props) if props is not None else ("other", None)

    def response_properties(self, operation):
        responses = operation.get("responses") or {}
        for status in sorted(responses):
            if status.startswith("2"):
                schema = self.json_schema(responses[status])
                if schema is None:
                    continue
                props = self.properties(schema)
                return ("object", props) if props is not None else ("other", None)
        return "absent", None


def content_properties(props):
    return sorted(p for p in props if p not in ANCILLARY)


def check_side(side, wrapper, kind, props, explicit, in_python):
    """Returns (resolved wrapper, reason or None)."""
    if wrapper is None:
        if in_python and explicit:
            return None, None
        if in_python:
            return None, None
    if kind == "absent":
        if side == "request":
            return wrapper, None
        if wrapper is None:
            return None, None
        return None, "the spec documents no JSON %s body, so there is nothing to unwrap" % side
    if kind == "other":
        if wrapper is None:
            return None, None
        return None, "the documented %s body is not an object with properties (an array or free-form value)" % side
    if wrapper is not None and wrapper in props:
        return wrapper, None
    content = content_properties(props)
    if len(content) == 1:
        if wrapper is None:
            return content[0], "derived from the spec: the %s body's single content property" % side
        return content[0], ("`%s` is not a property of the documented %s body; its single content property is `%s`"
                            % (wrapper, side, content[0]))
    if wrapper is None:
        return None, None
    listed = ", ".join("`%s`" % p for p in sorted(props)) or "none"
    return None, ("`%s` is not a property of the documented %s body (properties: %s), which has no single "
                  "content property, so the body is used as is" % (wrapper, side, listed))


def fixed_config(config):
    """Python's keys with `{id}` where the path has `{service_id}` never match (bug #5). A fixed key that names a
    wrapper applies; one that disables wrapping (null) does not, as Python never disabled it: the spec decides."""
    fixed = {}
    for key, value in config.items():
        method, path = key.split(" ", 1)
        if path.startswith("/event_orchestrations/services/{id}"):
            if value is None:
                continue
            path = path.replace("/event_orchestrations/services/{id}", "/event_orchestrations/services/{service_id}", 1)
        fixed[method + " " + path] = value
    return fixed


def list_parameters(spec, path_item, operation):
    """Array-typed query parameters the spec declares without `[]`: (name, explode)."""
    found = []
    for parameter in (path_item.get("parameters") or []) + (operation.get("parameters") or []):
        parameter = spec.deref(parameter)
        if not isinstance(parameter, dict) or parameter.get("in") != "query":
            continue
        schema = spec.deref(parameter.get("schema") or {})
        name = parameter.get("name", "")
        if isinstance(schema, dict) and schema.get("type") == "array" and not name.endswith("[]"):
            style = parameter.get("style", "form")
            explode = parameter.get("explode", style == "form")
            found.append((name, "true" if explode else "false"))
    return found


def sample_url(path, patterns):
    for template in ("P%dABC", "Q%dXYZ", "R%dLMN"):
        counter = [0]

        def fill(node):
            if not is_param(node):
                return node
            counter[0] += 1
            return template % counter[0]
        url = "/".join(fill(node) for node in path.split("/"))
        if resolve_path(patterns, url) == path:
            return url
    return None


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    parser = argparse.ArgumentParser(description="Generate pdkit REST API v2 data files.")
    parser.add_argument("--spec", default=os.path.join(root, "..", "shared", "pagerduty-api", "REST.json"))
    parser.add_argument("--paths", default=os.path.join(root, "..", "shared", "reference", "pagerduty-paths.json"))
    args = parser.parse_args()
    with open(args.spec, encoding="utf-8") as f:
        spec = Spec(json.load(f))
    with open(args.paths, encoding="utf-8") as f:
        python = json.load(f)

    python_paths = python["canonical_paths"]
    python_config = python["entity_wrapper_config"]
    config = fixed_config(python_config)
    spec_paths = list(spec.document["paths"].keys())
    canonical = list(spec_paths) + [p for p in python_paths if p not in spec_paths]

    cursor = list(python["cursor_based_pagination_paths"])
    historical = list(python["historical_record_paths"])
    for path, item in spec.document["paths"].items():
        get = item.get("get") or {}
        refs = [prm.get("$ref", "") for prm in get.get("parameters", [])]
        if "#/components/parameters/cursor_cursor" in refs and path not in cursor:
            cursor.append(path)
        if path.endswith("/audit/records") and get and path not in historical:
            historical.append(path)

    ambiguous = []
    list_rows = []
    rows = []
    differences = []
    for path, item in spec.document["paths"].items():
        for method in METHODS:
            if method not in item:
                continue
            operation = item[method]
            upper = method.upper()
            for name, explode in list_parameters(spec, item, operation):
                list_rows.append((upper, path, name, explode))
            url = sample_url(path, canonical)
            if url is None:
                ambiguous.append("%s %s" % (upper, path))
                url = path
            in_python = path in python_paths
            if in_python:
                py_pair, py_explicit = python_pair(python_config, upper, path)
            else:
                py_pair, py_explicit = None, False
            explicit_pair = config_pair(config, upper, path)
            if explicit_pair is not None:
                start, explicit = explicit_pair, True
            elif in_python:
                start, explicit = py_pair, False
            else:
                inferred = infer_wrapper(upper, path)
                start, explicit = (inferred, inferred), False
            req_kind, req_props = spec.request_properties(operation)
            res_kind, res_props = spec.response_properties(operation)
            reasons = []
            if explicit_pair is not None and in_python and explicit_pair != py_pair:
                reasons.append("python-pagerduty's wrapper key for this path names `{id}` where the path has "
                               "`{service_id}`, so it never matched (bug #5); the fixed key applies")
            if upper == "DELETE" and res_kind == "absent":
                response = start[1]
            else:
                response, why = check_side("response", start[1], res_kind, res_props, explicit, True)
                if why:
                    reasons.append("response: " + why)
            if req_kind == "absent" and start[0] == start[1]:
                request = response
            else:
                request, why = check_side("request", start[0], req_kind, req_props, explicit, True)
                if why:
                    reasons.insert(len(reasons) - (1 if reasons and reasons[-1].startswith("response") else 0),
                                   "request: " + why)
            if not in_python:
                reasons.insert(0, "not listed by python-pagerduty; derived from the spec")
            pair = (request, response)
            if in_python and pair == py_pair:
                reasons = []
            reason = "; ".join(reasons)
            rows.append((upper, path, url, pair, py_pair if in_python else None, reason))
            if reason:
                differences.append((upper, path, pair, py_pair if in_python else None, reason))

    documented = {(m, p) for m, p, _, _, _, _ in rows}
    fallback_rows = []
    for key, value in config.items():
        method, path = key.split(" ", 1)
        if path not in canonical or (method != "*" and (method, path) in documented):
            continue
        pair = (value, value) if value is None or isinstance(value, str) else (value[0], value[1])
        fallback_rows.append((method, path, pair))

    resources = os.path.join(root, "pagerduty-core", "src", "main", "resources", "io", "pdkit", "rest")
    test_resources = os.path.join(root, "pagerduty-core", "src", "test", "resources", "io", "pdkit", "rest")
    os.makedirs(resources, exist_ok=True)
    os.makedirs(test_resources, exist_ok=True)
    header = "# Generated by scripts/generate-rest-data.py; do not edit by hand.\n"

    def write(path, text):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    def show(value):
        return NONE if value is None else value

    write(os.path.join(resources, "canonical-paths.txt"), header + "".join(p + "\n" for p in canonical))
    write(os.path.join(resources, "cursor-paths.txt"), header + "".join(p + "\n" for p in cursor))
    write(os.path.join(resources, "historical-paths.txt"), header + "".join(p + "\n" for p in historical))
    write(os.path.join(resources, "entity-wrappers.tsv"),
          header + "# method\tcanonical path\trequest wrapper\tresponse wrapper ('-' = none)\n"
          + "".join("%s\t%s\t%s\t%s\n" % (m, p, show(pair[0]), show(pair[1])) for m, p, _, pair, _, _ in rows)
          + "# python-pagerduty's configuration for methods the spec does not document ('*' = any method)\n"
          + "".join("%s\t%s\t%s\t%s\n" % (m, p, show(pair[0]), show(pair[1])) for m, p, pair in fallback_rows))
    write(os.path.join(resources, "list-parameters.tsv"),
          header + "# method\tcanonical path\tlist query parameter the spec names without []\texplode "
          + "(true: name=a&name=b, false: name=a,b)\n"
          + "".join("%s\t%s\t%s\t%s\n" % row for row in list_rows))
    write(os.path.join(test_resources, "operations.tsv"),
          header + "# method\tcanonical path\tsample URL\trequest\tresponse\tpython request\tpython response\treason\n"
          + "".join("%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n" % (
              m, p, u, show(pair[0]), show(pair[1]),
              "n/a" if py is None else show(py[0]), "n/a" if py is None else show(py[1]), r)
              for m, p, u, pair, py, r in rows))

    lines = ["# REST API v2: entity wrappers that differ from python-pagerduty", "",
             "Generated by `scripts/generate-rest-data.py` from PagerDuty's OpenAPI spec (`REST.json`, %d paths, "
             "%d operations) and python-pagerduty 7.0.0's data (%d canonical paths, %d wrapper entries). Do not edit "
             "by hand." % (len(spec_paths), len(rows), len(python_paths), len(python_config)), "",
             "pdkit resolves a (request, response) wrapper pair per operation as python-pagerduty does (its "
             "explicit configuration first, then its inference from the path), and then checks each side against "
             "the spec (DESIGN.md §5): a wrapper must name a property of the documented body; if it does not, the "
             "body's single content property (ignoring pagination fields such as `limit`, `offset`, `more`, "
             "`total`, `next_cursor` and `response_metadata`) wins; a deliberate `null` stays `null`. An "
             "operation without a documented request body uses its response wrapper on both sides (only a caller's "
             "own body would be wrapped). `DELETE` follows the same rule: where the spec documents a body with another "
             "wrapper than python-pagerduty's, the spec wins; where it documents no body, nothing contradicts "
             "python-pagerduty's pair, which is kept. python-pagerduty's inferred wrappers singularise as it does "
             "(`ies` becomes `y`: `escalation_policies` → `escalation_policy`; otherwise trailing `s` are dropped). "
             "Its null for `/event_orchestrations/services/{id}/active` never applied (the key names `{id}`), so "
             "that path follows the spec's single property `active`, as python-pagerduty's inference does.", "",
             "Pairs are written `request / response`; `-` means no wrapping, `n/a` that python-pagerduty does "
             "not know the path.", "",
             "Operations listed: %d of %d." % (len(differences), len(rows)), "",
             "| operation | pdkit | python-pagerduty | why |", "|---|---|---|---|"]
    for m, p, pair, py, reason in differences:
        lines.append("| `%s %s` | %s / %s | %s | %s |" % (
            m, p, show(pair[0]), show(pair[1]), "n/a" if py is None else "%s / %s" % (show(py[0]), show(py[1])),
            reason.replace("|", "\\|")))
    if ambiguous:
        lines += ["", "Operations whose path cannot be reached unambiguously:", ""]
        lines += ["* `%s`" % a for a in ambiguous]
    write(os.path.join(root, "docs", "rest-wrapper-differences.md"), "\n".join(lines) + "\n")
    print("%d canonical paths, %d cursor paths, %d historical paths, %d operations, %d differences, %d ambiguous, "
          "%d list parameters without []"
          % (len(canonical), len(cursor), len(historical), len(rows), len(differences), len(ambiguous),
             len(list_rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
