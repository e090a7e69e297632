"""Calls the standalone pdkit simulator with an unchanged python-pagerduty, one check per line.

Run by python-pagerduty-vs-simulator.sh with PYTHONPATH pointing at the python-pagerduty sources. Arguments:
the simulator's base URL, its API key, a routing key and the From address. Prints PASS/FAIL per check and
exits 1 when any check failed.
"""
import sys
import traceback

import pagerduty

BASE, API_KEY, ROUTING_KEY, FROM = sys.argv[1:5]
RESULTS = []


def check(name):
    def run(function):
        try:
            detail = function()
            RESULTS.append((name, True, detail or ""))
        except Exception as error:  # noqa: BLE001 - every failure is reported, none stops the run
            last = traceback.format_exception_only(type(error), error)[-1].strip()
            RESULTS.append((name, False, last[:300]))
        return function
    return run


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


rest = pagerduty.RestApiV2Client(API_KEY, default_from=FROM)
rest.url = BASE
events = pagerduty.EventsApiV2Client(ROUTING_KEY)
events.url = BASE
state = {}


@check("iter_all users with query")
def _():
    users = list(rest.iter_all("users", params={"query": "grace"}))
    expect([u["email"] for u in users] == ["grace@pdkit.example"], users)
    return "1 user"


@check("iter_all incidents with statuses[] and date_range")
def _():
    open_incidents = list(rest.iter_all("incidents", params={"statuses[]": ["triggered", "acknowledged"],
                                                            "date_range": "all"}))
    expect(open_incidents and all(i["status"] in ("triggered", "acknowledged") for i in open_incidents),
           open_incidents)
    return "%d incidents" % len(open_incidents)


@check("iter_all services with team_ids[] over pages of 1")
def _():
    team = rest.find("teams", "Platform")
    services = list(rest.iter_all("services", params={"team_ids[]": [team["id"]]}, page_size=1))
    expect(sorted(s["name"] for s in services) == ["Primary Database", "Web Frontend"], services)
    return "2 services"


@check("find user by email and policy by name")
def _():
    expect(rest.find("users", "alan@pdkit.example", attribute="email")["name"] == "Alan Turing", "user")
    policy = rest.find("escalation_policies", "Platform On-Call")
    expect(policy is not None, "policy")
    state["policy"] = policy


@check("rpost service")
def _():
    service = rest.rpost("services", json={"type": "service", "name": "Python Billing",
                                            "escalation_policy": {"id": state["policy"]["id"],
                                                                  "type": "escalation_policy_reference"}})
    state["service"] = service
    return service["id"]


@check("rget service")
def _():
    expect(rest.rget(state["service"])["name"] == "Python Billing", "name")


@check("rput service")
def _():
    updated = rest.rput(state["service"], json={"description": "Invoices"})
    expect(updated["description"] == "Invoices", updated)


@check("rpost incident (From header)")
def _():
    incident = rest.rpost("incidents", json={"type": "incident", "title": "Billing job failed",
                                             "service": {"id": state["service"]["id"],
                                                         "type": "service_reference"}})
    state["incident"] = incident
    expect(incident["status"] == "triggered", incident)
    return incident["id"]


@check("rget incident")
def _():
    expect(rest.rget("incidents/" + state["incident"]["id"])["title"] == "Billing job failed", "title")


@check("rput incident (acknowledge)")
def _():
    updated = rest.rput(state["incident"], json={"type": "incident_reference", "status": "acknowledged"})
    expect(updated["status"] == "acknowledged", updated)


@check("rput incident (resolve)")
def _():
    updated = rest.rput(state["incident"], json={"type": "incident_reference", "status": "resolved"})
    expect(updated["status"] == "resolved", updated)


@check("rdelete service")
def _():
    response = rest.rdelete(state["service"])
    expect(response.status_code == 204, response.status_code)


@check("rpost user")
def _():
    user = rest.rpost("users", json={"type": "user", "name": "Python Person", "email": "py@pdkit.example"})
    state["user"] = user
    return user["id"]


@check("rget user")
def _():
    expect(rest.rget(state["user"])["email"] == "py@pdkit.example", "email")


@check("rput user")
def _():
    expect(rest.rput(state["user"], json={"job_title": "Tester"})["job_title"] == "Tester", "job_title")


@check("rdelete user")
def _():
    expect(rest.rdelete(state["user"]).status_code == 204, "status")


@check("iter_cursor audit records")
def _():
    records = list(rest.iter_cursor("audit/records"))
    expect(len(records) > 0 and all("action" in r for r in records), records[:1])
    return "%d records" % len(records)


@check("events trigger")
def _():
    state["dedup"] = events.trigger("Python disk full", "py-host-1")
    expect(state["dedup"], "dedup key")


@check("events acknowledge")
def _():
    events.acknowledge(state["dedup"])
    incidents = list(rest.iter_all("incidents", params={"incident_key": state["dedup"], "date_range": "all"}))
    expect([i["status"] for i in incidents] == ["acknowledged"], incidents)


@check("events resolve")
def _():
    events.resolve(state["dedup"])
    incidents = list(rest.iter_all("incidents", params={"incident_key": state["dedup"], "date_range": "all"}))
    expect([i["status"] for i in incidents] == ["resolved"], incidents)


@check("events change event")
def _():
    events.send_change_event(payload={"summary": "Deployed billing 1.2.3", "source": "ci"})
    changes = list(rest.iter_all("change_events"))
    expect(any(c.get("summary") == "Deployed billing 1.2.3" for c in changes), changes)


@check("unknown API key gets 401")
def _():
    stranger = pagerduty.RestApiV2Client("not-a-configured-key")
    stranger.url = BASE
    try:
        stranger.rget("users/me")
    except pagerduty.HttpError as error:
        expect(error.response.status_code == 401, error.response.status_code)
        return "401"
    raise AssertionError("no error")


for name, ok, detail in RESULTS:
    print("%s  %s%s" % ("PASS" if ok else "FAIL", name, ("  (" + detail + ")") if detail else ""))
passed = sum(1 for _, ok, _ in RESULTS if ok)
print("python-pagerduty %s: %d of %d checks passed" % (pagerduty.__version__, passed, len(RESULTS)))
sys.exit(0 if passed == len(RESULTS) else 1)
