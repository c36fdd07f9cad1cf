#!/usr/bin/env python3
"""Mutation harness: make one known edit to a real report, diff the two, and check that the
diff reports that edit and nothing else. It measures how well changes are found on real
text, where the layout probes measure that nothing is found when nothing changed.

    scripts/mutations.py [--bin target/release/govdiff] [--seeds 1-3] [FILE...]

FILE defaults to ../shared/corpus/*.txt. Each report gets, on a line drawn at random from its
second half (where the plan is), one edit of each kind, in a copy under a temporary folder:

  raise   a figure with a unit (300个, 2.5万亩…) doubled: the diff must show it raised,
          on one commitment, list item or target, and change nothing else;
  delete  a sentence deleted: the diff must show commitments removed (the sentence's pieces),
          at most one changed and at most one list item changed;
  insert  a new task sentence inserted: the diff must show it added and nothing else;
  intro   (each list of each report) a sentence inserted after the list's heading sentence:
          the list must read the same;
  heading (each seed, one area and one run-in heading of the plan) the heading reworded
          (着力 put before it): the diff must say something changed (run-ins: 0 of 26
          before diff::reworded_run_ins, 2026-12-07).

A miss is not always the tool's: an edit that lands in the review, a glossary note or a
quoted policy name (出台“21条”) rightly changes no commitment. Misses are printed with the
edit, to be read.
"""
import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile

FIGURE = re.compile(
    r"(?<![\d.])(\d{2,4})(个|家|所|公里|万亩|亩|座|条|处|户|套|名|万人|人次|万千瓦|亿元|万吨)(?![\d级])"
)
YEARS = {"2024", "2025", "2026", "2030", "2035"}
NEW_TASK = "新建智慧停车场一百二十个并开通定制公交专线。"
INTRO = "我们将定点定责、压实责任。"


def run(binary, *args):
    r = subprocess.run([binary, *args], capture_output=True)
    return json.loads(r.stdout) if r.stdout else None


def squeeze(text):
    return re.sub(r"[，。；、：“”（）,.;:()\"\s]", "", text)


def edit(lines, kind, rng):
    """The edited text and what the edit was, or None when no line fits."""
    n = len(lines)
    order = list(range(n // 2, max(n // 2, n - 5)))
    rng.shuffle(order)
    for i in order:
        line = lines[i]
        if len(line) < 60 or "民生实事" in line:
            continue
        sentences = re.findall(r"[^。]*。", line)
        if kind == "raise":
            found = [m for m in FIGURE.finditer(line) if m.group(1) not in YEARS]
            if not found:
                continue
            m = rng.choice(found)
            new = line[: m.start(1)] + str(int(m.group(1)) * 2) + line[m.end(1) :]
            what = m.group(0)
        elif kind == "delete":
            fit = [s for s in sentences[1:] if 15 <= len(s) <= 80 and "：" not in s]
            if not fit:
                continue
            what = rng.choice(fit)
            new = line.replace(what, "", 1)
        else:
            if len(sentences) < 3:
                continue
            k = rng.randrange(1, len(sentences))
            new = "".join(sentences[:k]) + NEW_TASK + line[len("".join(sentences[:k])) :]
            what = NEW_TASK
        return "\n".join(lines[:i] + [new] + lines[i + 1 :]), what
    return None


def judge(d, kind, what):
    cs = d["commitments"]
    changed = [c for c in cs if c["status"] != "unchanged"]
    items = [i for l in d["lists"] for i in l["items"] if i["status"] != "unchanged"]
    targets = [t for t in d["targets"] if t["status"] != "unchanged"]
    if kind == "raise":
        ups = [q for c in cs for q in c["changes"]]
        ups += [q for i in items for q in i["changes"]]
        ups += [t["change"] for t in targets if t.get("change")]
        raised = any(
            q["old"] and q["new"] and q["direction"] == "up" and what in q["old"]["text"]
            for q in ups
        )
        return raised and len(changed) <= 1 and len(items) <= 1 and all(
            c["status"] == "changed" for c in changed
        )
    if targets:
        return False
    if kind == "delete":
        removed = [c for c in changed if c["status"] == "removed"]
        pieces = all(squeeze(c["old"]["text"]) in squeeze(what) for c in removed)
        others = [c for c in changed if c["status"] not in ("removed", "changed")]
        return (changed or items) and pieces and not others and len(changed) - len(removed) <= 1 and len(items) <= 1
    added = [c for c in changed if c["status"] == "added" and "智慧停车场" in c["new"]["text"]]
    return (added and len(changed) <= 2 and all(c["status"] == "added" for c in changed) and len(items) <= 1) or (
        not changed and len(items) == 1
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default="target/release/govdiff")
    ap.add_argument("--seeds", default="1-3", help="a range of random seeds, e.g. 1-3")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()
    files = a.files or sorted(glob.glob("../shared/corpus/*.txt"))
    if not files:
        sys.exit("mutations.py: no reports (../shared/corpus absent and none given)")
    lo, hi = (int(x) for x in a.seeds.split("-"))
    tmp = tempfile.mkdtemp(prefix="govdiff-mutations-")
    for kind in ("raise", "delete", "insert"):
        done = found = 0
        for seed in range(lo, hi + 1):
            rng = random.Random(seed)
            for f in files:
                made = edit(open(f, encoding="utf-8").read().split("\n"), kind, rng)
                if made is None:
                    continue
                text, what = made
                copy = os.path.join(tmp, f"{kind}-{seed}-{os.path.basename(f)}")
                open(copy, "w", encoding="utf-8").write(text)
                d = run(a.bin, "diff", f, copy, "--format", "json")
                done += 1
                if d is not None and judge(d, kind, what):
                    found += 1
                else:
                    print(f"  miss {kind} {os.path.basename(f)} (seed {seed}): {what[:60]}")
        print(f"{kind}: {found} of {done} edits reported exactly")
    done = found = 0
    for f in files:
        text = open(f, encoding="utf-8").read()
        report = run(a.bin, "parse", f, "--format", "json") or {"lists": []}
        for k, lst in enumerate(report["lists"]):
            at = text.find(lst["title"])
            end = at + len(lst["title"])
            if at < 0 or text[end : end + 1] != "。":
                continue
            copy = os.path.join(tmp, f"intro-{k}-{os.path.basename(f)}")
            open(copy, "w", encoding="utf-8").write(text[: end + 1] + INTRO + text[end + 1 :])
            d = run(a.bin, "diff", f, copy, "--format", "json")
            done += 1
            same = d is not None and not any(
                i["status"] != "unchanged" for l in d["lists"] for i in l["items"]
            )
            found += same
            if not same:
                print(f"  miss intro {os.path.basename(f)}: {lst['title']}")
    print(f"intro: {found} of {done} lists read the same")
    for kind in ("area", "run_in"):
        done = found = 0
        for seed in range(lo, hi + 1):
            rng = random.Random(seed)
            for f in files:
                text = open(f, encoding="utf-8").read()
                report = run(a.bin, "parse", f, "--format", "json") or {"outline": []}
                # Headings over tasks: a review's headings, like its sentences, are not
                # compared (last year's results differ every year).
                spans = [c["span"] for c in report["commitments"]]
                heads = [
                    s for s in report["outline"]
                    if s["kind"] == kind and len(s["title"]) >= 4 and text.count(s["title"]) == 1
                    and any(s["span"]["start"] <= c["start"] and c["end"] <= s["span"]["end"] for c in spans)
                ]
                if not heads:
                    continue
                title = rng.choice(heads)["title"]
                copy = os.path.join(tmp, f"{kind}-{seed}-{os.path.basename(f)}")
                open(copy, "w", encoding="utf-8").write(text.replace(title, "着力" + title, 1))
                d = run(a.bin, "diff", f, copy, "--format", "json")
                done += 1
                if d is not None and d["substantive"]:
                    found += 1
                else:
                    print(f"  miss {kind} heading {os.path.basename(f)} (seed {seed}): {title[:40]}")
        print(f"{kind} headings reworded: {found} of {done} reported")


if __name__ == "__main__":
    main()
