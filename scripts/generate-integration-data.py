#!/usr/bin/env python3
"""Generates pdkit's integration API data files from PagerDuty's OpenAPI specs and python-pagerduty's path data.

Usage (from the repository root):

    python3 scripts/generate-integration-data.py [--specs DIR] [--paths PATH]

Defaults: --specs ../shared/pagerduty-api, --paths ../shared/reference/pagerduty-paths.json, both relative to
the repository root. Python 3 standard library only; reuses the wrapper rules of generate-rest-data.py.
Each operation of integration-*.json, scim.json and mcp.json is given to the client whose default US base URL
is a path-segment prefix of the operation's server URL + path. Writes, per client folder <name>:

    pagerduty-core/src/main/resources/io/pdkit/integrations/<name>/canonical-paths.txt
    pagerduty-core/src/main/resources/io/pdkit/integrations/<name>/cursor-paths.txt      (empty: none paginate by cursor)
    pagerduty-core/src/main/resources/io/pdkit/integrations/<name>/historical-paths.txt  (empty)
    pagerduty-core/src/main/resources/io/pdkit/integrations/<name>/entity-wrappers.tsv   (REST-style clients only)
    pagerduty-core/src/main/resources/io/pdkit/integrations/<name>/operations.txt        (REST-style clients only)
    pagerduty-core/src/test/resources/io/pdkit/integrations/operations.tsv
    docs/integration-wrapper-differences.md
"""

import argparse
import importlib.util
import json
import os
import sys
import urllib.parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_loader = importlib.util.spec_from_file_location("rest_data", os.path.join(ROOT, "scripts", "generate-rest-data.py"))
rest = importlib.util.module_from_spec(_loader)
_loader.loader.exec_module(rest)
rest.ANCILLARY = rest.ANCILLARY | {"warnings"}

NONE = rest.NONE

# folder, Java class, python-pagerduty class (None: not a REST-style client), US base URL, permitted methods
CLIENTS = [
    ("slack", "SlackIntegrationApiClient", "SlackIntegrationApiClient",
     "https://api.pagerduty.com/integration-slack"),
    ("slack-connections", "SlackIntegrationConnectionsApiClient", "SlackIntegrationConnectionsApiClient",
     "https://app.pagerduty.com/integration-slack"),
    ("ms-teams", "MsTeamsIntegrationApiClient", "MsTeamsIntegrationApiClient",
     "https://api.pagerduty.com/integration-ms-teams"),
    ("jira-cloud", "JiraCloudIntegrationApiClient", "JiraCloudIntegrationApiClient",
     "https://api.pagerduty.com/integration-jira-cloud"),
    ("jira-server", "JiraServerIntegrationApiClient", "JiraServerIntegrationApiClient",
     "https://app.pagerduty.com/integration-jira-service"),
    ("scim", "ScimApiClient", None, "https://api.pagerduty.com/scim/v2"),
    ("mcp", "McpApiClient", None, "https://mcp.pagerduty.com"),
]

ORDER = ["GET", "POST", "PUT", "PATCH", "DELETE"]

PYTHON_METHODS = {"ScimApiClient": ["GET", "POST", "PUT", "PATCH", "DELETE"], "McpApiClient": ["POST"]}

SPECS = ["integration-slack-service.json", "integration-ms-teams-service.json", "integration-jira-cloud.json",
         "integration-jira-service.json", "scim.json", "mcp.json"]


class Spec(rest.Spec):
    def deref(self, node, depth=0):
        while isinstance(node, dict) and "$ref" in node and depth < 50:
            target = self.document
            for part in node["$ref"][2:].split("/"):
                part = urllib.parse.unquote(part).replace("~1", "/").replace("~0", "~")
                target = target[int(part)] if isinstance(target, list) else target[part]
            node = target
            depth += 1
        return node


    def required(self, schema, depth=0):
        """Names a schema requires at its top level (through allOf/oneOf/anyOf too)."""
        schema = self.deref(schema)
        if not isinstance(schema, dict) or depth > 10:
            return set()
        names = set(schema.get("required") or [])
        for combiner in ("allOf", "oneOf", "anyOf"):
            for part in schema.get(combiner, []) or []:
                names |= self.required(part, depth + 1)
        return names

    def body_schema(self, operation, side):
        if side == "request":
            body = operation.get("requestBody")
            return self.json_schema(body) if body is not None else None
        responses = operation.get("responses") or {}
        for status in sorted(responses):
            if status.startswith("2"):
                schema = self.json_schema(responses[status])
                if schema is not None:
                    return schema
        return None


def required_rule(spec, operation, side, wrapper):
    """Integration bodies are checked against the spec's required fields too: a wrapper that names an optional
    field beside required ones is a field, not a wrapper (the body is sent flat); a body whose single content
    property is required is wrapped in it even where python-pagerduty disables wrapping."""
    schema = spec.body_schema(operation, side)
    if schema is None:
        return wrapper, None
    props = spec.properties(schema)
    if props is None:
        return wrapper, None
    required = spec.required(schema)
    content = rest.content_properties(props)
    if wrapper is not None and wrapper in props and required and wrapper not in required:
        return None, ("`%s` is an optional field of the documented %s body, which requires %s, so the body is "
                      "not wrapped" % (wrapper, side, ", ".join("`%s`" % r for r in sorted(required))))
    if wrapper is None and len(content) == 1 and content[0] in required:
        return content[0], ("the documented %s body requires its single content property `%s`, so it is wrapped "
                            "in it" % (side, content[0]))
    return wrapper, None


def server_url(document, item, operation):
    for holder in (operation, item, document):
        servers = holder.get("servers")
        if servers:
            return servers[0]["url"].rstrip("/")
    raise SystemExit("No server URL for an operation")


def owner(full_url):
    for client in CLIENTS:
        base = client[3]
        if full_url == base or full_url.startswith(base + "/"):
            return client, full_url[len(base):]
    raise SystemExit("No client owns " + full_url)


def python_data(python, python_class):
    if python_class is None:
        return [], {}
    data = python["integration_clients"][python_class]
    return list(data.get("canonical_paths_intended", data["canonical_paths"])), data["entity_wrapper_config"]


def wrapper_pair(spec, operation, upper, path, python_paths, config):
    """The REST generator's rules: python-pagerduty's pair, then each side checked against the spec."""
    in_python = path in python_paths
    explicit_pair = rest.config_pair(config, upper, path)
    if explicit_pair is not None:
        start, explicit = explicit_pair, True
    else:
        inferred = rest.infer_wrapper(upper, path)
        start, explicit = (inferred, inferred), False
    py_pair = start if in_python else None
    req_kind, req_props = spec.request_properties(operation)
    res_kind, res_props = spec.response_properties(operation)
    reasons = []
    if upper == "DELETE" and res_kind == "absent":
        response = start[1]
    else:
        response, why = rest.check_side("response", start[1], res_kind, res_props, explicit, True)
        if why:
            reasons.append("response: " + why)
        response, why = required_rule(spec, operation, "response", response)
        if why:
            reasons.append("response: " + why)
    if req_kind == "absent" and start[0] == start[1]:
        request = response
    else:
        request, why = rest.check_side("request", start[0], req_kind, req_props, explicit, True)
        if why:
            reasons.insert(0, "request: " + why)
        request, why = required_rule(spec, operation, "request", request)
        if why:
            reasons.insert(0, "request: " + why)
    if not in_python:
        reasons.insert(0, "not listed by python-pagerduty; derived from the spec")
    pair = (request, response)
    if in_python and pair == py_pair:
        reasons = []
    return pair, py_pair, "; ".join(reasons)


def main():
    parser = argparse.ArgumentParser(description="Generate pdkit integration API data files.")
    parser.add_argument("--specs", default=os.path.join(ROOT, "..", "shared", "pagerduty-api"))
    parser.add_argument("--paths", default=os.path.join(ROOT, "..", "shared", "reference", "pagerduty-paths.json"))
    args = parser.parse_args()
    with open(args.paths, encoding="utf-8") as f:
        python = json.load(f)

    operations = {client[0]: [] for client in CLIENTS}
    for name in SPECS:
        with open(os.path.join(args.specs, name), encoding="utf-8") as f:
            spec = Spec(json.load(f))
        for path, item in spec.document["paths"].items():
            for method in rest.METHODS:
                if method in item:
                    operation = item[method]
                    client, relative = owner(server_url(spec.document, item, operation) + path)
                    operations[client[0]].append((method.upper(), relative, operation, spec, name))

    header = "# Generated by scripts/generate-integration-data.py; do not edit by hand.\n"
    resources = os.path.join(ROOT, "pagerduty-core", "src", "main", "resources", "io", "pdkit", "integrations")
    test_resources = os.path.join(ROOT, "pagerduty-core", "src", "test", "resources", "io", "pdkit", "integrations")

    def write(path, text):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)

    def show(value):
        return NONE if value is None else value

    table = []
    differences = []
    summary = []
    methods = []
    for folder, java_class, python_class, base in CLIENTS:
        python_paths, config = python_data(python, python_class)
        spec_paths = []
        for _, path, _, _, _ in operations[folder]:
            if path not in spec_paths:
                spec_paths.append(path)
        canonical = spec_paths + [p for p in python_paths if p not in spec_paths]
        folder_path = os.path.join(resources, folder)
        write(os.path.join(folder_path, "canonical-paths.txt"), header + "".join(p + "\n" for p in canonical))
        for missing in (p for p in python_paths if p not in spec_paths):
            differences.append((java_class, "*", missing, None, None,
                                "listed by python-pagerduty but not documented by the spec; kept"))
        rest_style = python_class is not None
        documented_methods = sorted({o[0] for o in operations[folder]}, key=ORDER.index)
        python_methods = (python["integration_clients"][python_class]["permitted_methods"] if rest_style
                          else PYTHON_METHODS[java_class])
        union = sorted(set(documented_methods) | set(python_methods), key=ORDER.index)
        methods.append("| `%s` | %s | %s | %s |" % (java_class, ", ".join(python_methods),
                                                     ", ".join(documented_methods), ", ".join(union)))
        rows = []
        for upper, path, operation, spec, spec_name in operations[folder]:
            url = rest.sample_url(path, canonical) or path
            if rest_style:
                pair, py_pair, reason = wrapper_pair(spec, operation, upper, path, python_paths, config)
            else:
                pair, py_pair, reason = (None, None), None, ""
            rows.append((upper, path, pair))
            table.append((java_class, upper, path, url, pair))
            if reason:
                differences.append((java_class, upper, path, pair, py_pair, reason))
        summary.append("| `%s` | `%s` | %s | %d | %d |" % (
            java_class, base, ", ".join("`%s`" % s for s in sorted({o[4] for o in operations[folder]})),
            len(canonical), len(rows)))
        if not rest_style:
            continue
        write(os.path.join(folder_path, "cursor-paths.txt"), header)
        write(os.path.join(folder_path, "historical-paths.txt"), header)
        documented = {(m, p) for m, p, _ in rows}
        fallback = []
        for key, value in config.items():
            method, path = key.split(" ", 1)
            if path not in canonical or (method != "*" and (method, path) in documented):
                continue
            fallback.append((method, path, (value, value) if value is None or isinstance(value, str)
                             else (value[0], value[1])))
        allowed = []
        for upper, path, _ in rows:
            if (upper, path) not in allowed:
                allowed.append((upper, path))
        for path in python_paths:
            for upper in python_methods:
                if (upper, path) not in allowed:
                    allowed.append((upper, path))
        write(os.path.join(folder_path, "operations.txt"),
              header + "# method\tcanonical path: the operations the spec documents or python-pagerduty permits\n"
              + "".join("%s\t%s\n" % op for op in allowed))
        write(os.path.join(folder_path, "entity-wrappers.tsv"),
              header + "# method\tcanonical path\trequest wrapper\tresponse wrapper ('-' = none)\n"
              + "".join("%s\t%s\t%s\t%s\n" % (m, p, show(pr[0]), show(pr[1])) for m, p, pr in rows)
              + "# python-pagerduty's configuration for methods the spec does not document ('*' = any method)\n"
              + "".join("%s\t%s\t%s\t%s\n" % (m, p, show(pr[0]), show(pr[1])) for m, p, pr in fallback))

    write(os.path.join(test_resources, "operations.tsv"),
          header + "# client\tmethod\tcanonical path\tsample path\trequest wrapper\tresponse wrapper\n"
          + "".join("%s\t%s\t%s\t%s\t%s\t%s\n" % (c, m, p, u, show(pr[0]), show(pr[1])) for c, m, p, u, pr in table))

    lines = ["# Integration APIs: paths and entity wrappers that differ from python-pagerduty", "",
             "Generated by `scripts/generate-integration-data.py` from PagerDuty's OpenAPI specs of the integration "
             "APIs, SCIM and MCP, and python-pagerduty 7.0.0's `integration_clients` data. Do not edit by hand.", "",
             "Each documented operation belongs to the client whose default base URL (US) is a path-segment prefix "
             "of the operation's server URL + path; the rest of the URL is the canonical path. A client's canonical "
             "paths are the documented ones plus any python-pagerduty lists beyond them. For "
             "`SlackIntegrationApiClient` python-pagerduty's intended paths are used, not its broken literal "
             "(its bug #2). Entity wrappers follow the REST rules of `docs/rest-wrapper-differences.md` "
             "(`warnings` counts as an ancillary field next to the entity) and, in addition, the spec's required "
             "fields: a wrapper naming an optional field beside required ones is a field (the body is sent flat, "
             "as MS Teams' `POST /incidents/{incident_id}/meeting` requires `mst_team_id` at the top), and a body "
             "whose single content property is required is wrapped in it even where python-pagerduty disables "
             "wrapping (Slack's `POST /incidents/{incident_id}/notification_channels` requires `channel`). SCIM and MCP bodies are never wrapped; "
             "their canonical paths serve as the `endpoint` of metrics.", "",
             "| client | US base URL | spec | canonical paths | operations |", "|---|---|---|---|---|"]
    lines += summary
    lines += ["", "## Permitted methods", "",
              "A client permits python-pagerduty's methods and every method its spec documents (each class's "
              "`API.permittedMethods()`; `IntegrationOperationsTest` checks every documented operation against it). "
              "`MsTeamsIntegrationApiClient` also checks each operation before sending: a method is accepted on a "
              "path only where the spec documents it or python-pagerduty permits it (`operations.txt`), so `GET` "
              "and `DELETE` are refused on `/incidents/{incident_id}/meeting` (only `POST` there) and accepted on "
              "`/incidents/{incident_id}/dedicated_chat`, where the spec documents them.",
              "", "| client | python-pagerduty | documented | pdkit |", "|---|---|---|---|"]
    lines += methods
    lines += ["", "## Entity wrappers", ""]
    lines += ["Pairs are written `request / response`; `-` means no wrapping, `n/a` that python-pagerduty does "
              "not know the path.", "", "Operations listed: %d of %d." % (
                  sum(1 for d in differences if d[1] != "*"), len(table)), "",
              "| client | operation | pdkit | python-pagerduty | why |", "|---|---|---|---|---|"]
    for java_class, m, p, pair, py, reason in differences:
        pdkit = "n/a" if pair is None else "%s / %s" % (show(pair[0]), show(pair[1]))
        lines.append("| `%s` | `%s %s` | %s | %s | %s |" % (
            java_class, m, p, pdkit, "n/a" if py is None else "%s / %s" % (show(py[0]), show(py[1])),
            reason.replace("|", "\\|")))
    write(os.path.join(ROOT, "docs", "integration-wrapper-differences.md"), "\n".join(lines) + "\n")
    print("%d clients, %d operations, %d differences" % (len(CLIENTS), len(table), len(differences)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
