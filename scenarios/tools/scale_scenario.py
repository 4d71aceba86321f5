#!/usr/bin/env python3
"""Scales a scenario and its player script up to an exercise of NISC's 2016 size (docs/domain.md:
about 500 organisations and 2,000 people), for rehearsing the engine at that scale.

Every organisation is a room (docs/domain.md: "A room is an organisation, often with several people
at several computers"). The base scenario's operator rooms are the templates: the extra rooms
are further operators of the same sectors, dealt round-robin over the templates, and each clone
is played exactly like its template:

- it receives every inject its template receives (added next to the template in `to`/`cc`), and
  gets a copy of each of the template's expected actions (id `E-ID.NNN`);
- it may request the template's responses and post where the template posts;
- the player script gets a copy of each of the template's actions, acting as the clone, a
  minute or two later (its people are not the template's); messages that the template sends to
  another template go to that template's clone of the same number, and messages that others send
  to a template (advisories from a CEPTOAR, say) go to its clones too, in the same mail;
  the control team approves the clone's requests as it approves the template's.

People: the participants are spread over the rooms (NISC and the ministries get more, the
CEPTOARs a few, the operators the rest), each room gets one phone line per person, and every
person beyond the first in an operator room sends one situation update (a report to the room's
ministry, cc its CEPTOAR) during the second half of the exercise: the traffic that 2,000 people
make on top of what the base script already does (--updates-per-person, default 2, counted for
every person of an operator room but one, whose messages are the template's). A roster (room,participant) is written next
to the scenario, for a networked rehearsal with `crossdrill join URL --name NAME`.

Deterministic: the same inputs give the same files (no randomness).
Python 3 standard library only.

Usage: scale_scenario.py SCENARIO.cxs.json --players SCRIPT.json [--rooms 500]
       [--participants 2000] [--updates-per-person 2] [-o OUT_PREFIX]
writes OUT_PREFIX.cxs.json, OUT_PREFIX.players.json and OUT_PREFIX.participants.csv
(OUT_PREFIX defaults to the scenario's name + "-x<rooms>" in the current directory).
"""
import argparse
import copy
import csv
import json
import os
import re
import sys


def offset(s):
    m = re.fullmatch(r"\+(\d+):([0-5]\d)", s)
    if m:
        return int(m.group(1)) * 60 + int(m.group(2))
    m = re.fullmatch(r"\+(\d+)m", s)
    if m:
        return int(m.group(1))
    raise ValueError(f"bad time offset {s!r}")


def fmt(minutes):
    return f"+{minutes // 60:02d}:{minutes % 60:02d}"


def text_of(t, lang):
    return t.get(lang, "") if isinstance(t, dict) else t


class Scaler:
    def __init__(self, scenario, script, rooms, participants, updates_per_person=2):
        self.updates_per_person = updates_per_person
        self.s = scenario
        self.script = script
        self.target_rooms = rooms
        self.participants = participants
        self.templates = [r for r in scenario["rooms"] if r.get("role") == "operator"]
        if not self.templates:
            raise SystemExit("error: the scenario has no operator rooms to scale")
        base = len(scenario["rooms"])
        if rooms < base:
            raise SystemExit(f"error: --rooms {rooms} is below the scenario's {base} rooms")
        self.clones = {t["id"]: [] for t in self.templates}  # template id -> [clone ids]
        self.number = {}  # clone id -> its number (1-based, per template)
        self.template_of = {}
        for k in range(rooms - base):
            t = self.templates[k % len(self.templates)]
            n = len(self.clones[t["id"]]) + 1
            cid = f"{t['id']}-{n:03d}"
            self.clones[t["id"]].append(cid)
            self.number[cid] = n
            self.template_of[cid] = t["id"]

    # --- the scenario -------------------------------------------------------------------------
    def sector_name(self, sector, lang):
        for n in self.s.get("graph", {}).get("nodes", []):
            if n["id"] == sector:
                return text_of(n.get("name", sector), lang) or sector
        return sector

    def with_clones(self, ids):
        out = []
        for i in ids:
            out.append(i)
            out.extend(self.clones.get(i, []))
        return out

    def scale_rooms(self):
        out = []
        for r in self.s["rooms"]:
            out.append(r)
            for cid in self.clones.get(r["id"], []):
                c = copy.deepcopy(r)
                c["id"] = cid
                n = self.number[cid]
                sector = r.get("sector", "")
                c["name"] = {"ja": f"{self.sector_name(sector, 'ja')}事業者{n:03d}",
                             "en": f"{self.sector_name(sector, 'en')} operator {n:03d}"}
                out.append(c)
        self.s["rooms"] = out

    def scale_injects(self):
        for inj in self.s.get("injects", []):
            for key in ("to", "cc"):
                if key in inj:
                    inj[key] = self.with_clones(inj[key])
            extra = []
            for e in inj.get("expected", []):
                for who in ("room", "to"):
                    for cid in self.clones.get(e.get(who), []):
                        c = dict(e)
                        c[who] = cid
                        c["id"] = f"{e['id']}.{self.number[cid]:03d}"
                        extra.append(c)
            if extra:
                inj["expected"] = inj["expected"] + extra

    def scale_rights(self):
        for r in self.s.get("responses", []):
            r["rooms"] = self.with_clones(r["rooms"])
        for site in self.s.get("sites", []):
            for key in ("read", "post"):
                if key in site:
                    site[key] = self.with_clones(site[key])

    # --- people -------------------------------------------------------------------------------
    def people(self):
        """Participants per room: NISC 12, a ministry 8, a CEPTOAR 3, operators share the rest."""
        fixed = {"nisc": 12, "ministry": 8, "ceptoar": 3, "agency": 3, "observer": 2}
        counts = {r["id"]: fixed.get(r["role"], 0) for r in self.s["rooms"]}
        ops = [r["id"] for r in self.s["rooms"] if r["role"] == "operator"]
        left = max(len(ops), self.participants - sum(counts.values()))
        for k, rid in enumerate(ops):
            counts[rid] = left // len(ops) + (1 if k < left % len(ops) else 0)
        for r in self.s["rooms"]:
            r["phone_lines"] = max(1, counts[r["id"]])
        return counts

    # --- the player script --------------------------------------------------------------------
    def clone_action(self, a, cid, shift):
        c = copy.deepcopy(a)
        n = self.number[cid]
        c["room"] = cid
        c["at"] = self.later(a["at"], shift)
        for key in ("to", "cc"):
            if isinstance(c.get(key), list):
                c[key] = [self.peer(x, n) for x in c[key]]
            elif isinstance(c.get(key), str):
                c[key] = self.peer(c[key], n)
        if c.get("do") == "post" and "path" in c:
            c["path"] = f"{c['path']}-{n:03d}"
        return c

    def later(self, at, shift):
        """`at` moved by `shift` minutes, but never from inside the exercise to its end (after
        the end only the survey is accepted)."""
        t = offset(at)
        return at if t >= self.duration else fmt(min(t + shift, self.duration - 1))

    def peer(self, rid, n):
        """The same-numbered clone of another template (so clone 7 of logistics asks clone 7 of
        the port), or the room itself when it has no such clone."""
        clones = self.clones.get(rid, [])
        return clones[n - 1] if n <= len(clones) else rid

    def scale_script(self, counts):
        self.duration = offset(self.s["meta"]["duration"])
        out = []
        for a in self.script:
            room = a.get("room")
            b = copy.deepcopy(a)
            # Messages to a template reach its clones too (advisories down the official path).
            if room not in self.clones and b.get("do") in ("mail", "forward"):
                for key in ("to", "cc"):
                    if isinstance(b.get(key), list):
                        b[key] = self.with_clones(b[key])
            out.append(b)
            if room in self.clones:
                for cid in self.clones[room]:
                    # Answers stay in the minute (a call rings for a few minutes only).
                    shift = 0 if a.get("do") in ("answer", "say", "hangup") else 1 + self.number[cid] % 2
                    out.append(self.clone_action(a, cid, shift))
            elif room == "control" and a.get("do") in ("approve", "decline") and a.get("of") in self.clones:
                for cid in self.clones[a["of"]]:
                    c = copy.deepcopy(a)
                    c["of"] = cid
                    c["at"] = self.later(a["at"], 1 + self.number[cid] % 2)
                    out.append(c)
        out.extend(self.updates(counts))
        out.sort(key=lambda x: offset(x["at"]))  # stable: same-minute order is kept
        return out

    def updates(self, counts):
        """`updates_per_person` situation updates per person beyond the first in each operator
        room, in the second half of the exercise (before its last 15 minutes)."""
        ministry = {}
        for r in self.s["rooms"]:
            if r["role"] == "ministry":
                for sector in r.get("sectors", []):
                    ministry.setdefault(sector, r["id"])
        ceptoar = {r.get("sector"): r["id"] for r in self.s["rooms"] if r["role"] == "ceptoar"}
        start, end = self.duration // 2, self.duration - 15
        out = []
        for k, r in enumerate(x for x in self.s["rooms"] if x["role"] == "operator"):
            to = ministry.get(r.get("sector"))
            if not to:
                continue
            for p in range(1, 1 + self.updates_per_person * (counts[r["id"]] - 1)):
                at = start + (k * 7 + p * 23) % max(1, end - start)
                a = {"at": fmt(at), "room": r["id"], "do": "mail", "to": [to], "kind": "report",
                     "subject": f"【続報{p}】状況報告", "body": f"続報{p}: 対応状況の報告です(規模演習の自動生成)。"}
                if r.get("sector") in ceptoar:
                    a["cc"] = [ceptoar[r["sector"]]]
                out.append(a)
        return out

    def run(self):
        self.scale_rooms()
        self.scale_injects()
        self.scale_rights()
        counts = self.people()
        script = self.scale_script(counts)
        meta = self.s["meta"]
        meta["id"] = f"{meta['id']}-x{len(self.s['rooms'])}"
        for key, ja, en in (("title", "【規模演習】", "[Scale rehearsal] "),):
            t = meta.get(key)
            meta[key] = {"ja": ja + text_of(t, "ja"), "en": en + text_of(t, "en")} if isinstance(t, dict) else en + str(t)
        return self.s, script, counts


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("scenario")
    p.add_argument("--players", required=True, help="the base scenario's player script")
    p.add_argument("--rooms", type=int, default=500, help="rooms (organisations) in all (default 500)")
    p.add_argument("--participants", type=int, default=2000, help="people in all (default 2000)")
    p.add_argument("--updates-per-person", type=int, default=2,
                   help="situation updates each operator-room person sends (default 2)")
    p.add_argument("-o", "--out", help="output prefix")
    args = p.parse_args()
    with open(args.scenario, encoding="utf-8") as f:
        scenario = json.load(f)
    with open(args.players, encoding="utf-8") as f:
        script = json.load(f)
    prefix = args.out or re.sub(r"\.cxs\.json$", "", os.path.basename(args.scenario)) + f"-x{args.rooms}"
    scaled, scaled_script, counts = Scaler(scenario, script, args.rooms, args.participants,
                                            args.updates_per_person).run()
    with open(prefix + ".cxs.json", "w", encoding="utf-8") as f:
        json.dump(scaled, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(prefix + ".players.json", "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(" " + json.dumps(a, ensure_ascii=False) for a in scaled_script) + "\n]\n")
    with open(prefix + ".participants.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["room", "participant"])
        for r in scaled["rooms"]:
            for k in range(counts[r["id"]]):
                w.writerow([r["id"], f"{r['id']}/p{k + 1}"])
    expected = sum(len(i.get("expected", [])) for i in scaled.get("injects", []))
    print(f"{prefix}: {len(scaled['rooms'])} rooms, {sum(counts.values())} participants, "
          f"{len(scaled.get('injects', []))} injects, {expected} expected actions, "
          f"{len(scaled_script)} scripted actions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
