#!/usr/bin/env python3
"""Writes the static PagerDuty-shaped pages that scripts/bench.sh serves with nginx.

usage: bench-data.py DIR

DIR/users/offset_N.json   GET /users?offset=N: 100 pages of 100 users (more=false on the last)
DIR/users/PUSER01         GET /users/PUSER01: one wrapped user
DIR/audit/cursor_C.json   GET /audit/records?cursor=C: 1,000 cursor pages of 100 records (C empty = first)
"""
import json
import os
import sys

USERS = 10_000
RECORDS = 100_000
PAGE = 100


def user(n):
    uid = "PUSER%05d" % n
    return {
        "id": uid, "type": "user", "summary": "User %d" % n, "name": "User %d" % n,
        "self": "https://api.pagerduty.com/users/" + uid,
        "html_url": "https://example.pagerduty.com/users/" + uid,
        "email": "user%d@example.com" % n, "time_zone": "Europe/Berlin", "color": "purple",
        "role": "user", "avatar_url": "https://secure.gravatar.com/avatar/%032d.png" % n,
        "description": "Benchmark user number %d" % n, "invitation_sent": False, "job_title": "Engineer",
        "teams": [{"id": "PTEAM01", "type": "team_reference", "summary": "Platform",
                   "self": "https://api.pagerduty.com/teams/PTEAM01"}],
        "contact_methods": [{"id": "PCM%05d" % n, "type": "email_contact_method_reference",
                             "summary": "Default", "self": "https://api.pagerduty.com/users/%s/contact_methods/PCM%05d" % (uid, n)}],
        "notification_rules": [{"id": "PNR%05d" % n, "type": "assignment_notification_rule_reference",
                                "summary": "0 minutes: channel PCM%05d" % n,
                                "self": "https://api.pagerduty.com/users/%s/notification_rules/PNR%05d" % (uid, n)}],
    }


def record(n):
    return {
        "id": "PREC%06d" % n, "self": None, "execution_time": "2026-01-01T00:%02d:%02dZ" % (n // 60 % 60, n % 60),
        "execution_context": {"request_id": "req-%d" % n, "remote_address": "192.0.2.1"},
        "actors": [{"id": "PUSER00001", "type": "user_reference", "summary": "User 1"}],
        "method": {"type": "api_token", "truncated_token": "abcd"},
        "root_resource": {"id": "PSVC01", "type": "service_reference", "summary": "Checkout"},
        "action": "update", "details": {"resource": {"id": "PSVC01", "type": "service_reference"},
                                       "fields": [{"name": "description", "value": "v%d" % n}]},
    }


def write(path, body):
    with open(path, "w") as f:
        json.dump(body, f, separators=(",", ":"))


def main(root):
    os.makedirs(os.path.join(root, "users"), exist_ok=True)
    os.makedirs(os.path.join(root, "audit"), exist_ok=True)
    for offset in range(0, USERS, PAGE):
        write(os.path.join(root, "users", "offset_%d.json" % offset), {
            "users": [user(n) for n in range(offset, offset + PAGE)], "limit": PAGE, "offset": offset,
            "more": offset + PAGE < USERS, "total": None})
    write(os.path.join(root, "users", "PUSER01"), {"user": user(1)})
    pages = RECORDS // PAGE
    for page in range(pages):
        cursor = "" if page == 0 else "c%04d" % page
        nxt = "c%04d" % (page + 1) if page + 1 < pages else None
        write(os.path.join(root, "audit", "cursor_%s.json" % cursor), {
            "records": [record(n) for n in range(page * PAGE, (page + 1) * PAGE)], "limit": PAGE,
            "next_cursor": nxt, "response_metadata": None})


if __name__ == "__main__":
    main(sys.argv[1])
