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
          before diff::run_in_heading_rows, 2026-12-07).

Edits placed by the report's own parse (`govdiff parse`), each seed drawing again:

  target   a 主要预期目标 figure raised (by 0.5 for a percentage, else doubled): that target
           row, and nothing else but the commitment saying it, changed;
  qualifier  a commitment's 左右 made 以上 (or the reverse): a change of qualifier shown;
  move     a whole task sentence moved into another run-in heading or area of the plan: the
           pair flagged moved, nothing added or removed (202 of 244 before
           align::KeptRunIns, 243 after, seeds 1-5 over corpus, 21 held-out reports and
           Taiyuan, 2026-12-07: moves between headings of one area were silent);
  reorder  two neighbouring work areas swapped, their numbers kept in order (（三）↔（四)):
           an area flagged moved, no commitment, item or target changed;
  drop     a middle 民生实事 item on a line of its own deleted, the later ones renumbered:
           that item removed and nothing else;
  split    a new （…）area heading put before the middle line of an area, the later areas
           renumbered: that area split, no commitment, item or target changed (122 of 126
           before the titled split part in align::sections, 2026-12-07);
  merge    an area heading on a line of its own deleted, the later areas renumbered: that
           area merged into the one before, nothing else changed;
  numeral  a small count written in Chinese numerals (3个 → 三个): no change at all (146 of
           147 before diff::heading_key: a run-in heading's 10件 → 十件 was a change);
  gap      a 民生实事 item after the second (its line and any detail lines) deleted, the
           later ones NOT renumbered (a page that dropped it): that item removed and nothing
           else (5 of 25 before 2026-12-07, 25 after: paragraph lists such as Zhejiang's
           stopped at the gap);
  typo     a plan or review area's label mistyped as the one before it (（四） → （三）, the
           later ones kept): no commitment, section, item or target changed (42 of 230
           before 2026-12-07, 230 after: the area merged into the one before, its heading
           a new task);
  cut      a whole area of the plan (heading and body) deleted, the later areas renumbered:
           commitments removed and a section removed, nothing added, changed or moved; and
           the same diffed the other way round, the area added (230 of 230, 2026-12-07);
  unhead   a run-in heading over two tasks or more (not its area's first) deleted, its tasks
           now under the heading before: that heading removed, as a row of its own, and
           nothing else added or removed (0 of 90 before diff::run_in_heading_rows gave a
           dropped heading a row, seeds 1-2; 218 of 225 after, seeds 1-5 over corpus,
           held-out reports and Taiyuan, 2026-12-07: the comparison read as unchanged; the
           misses are the edit re-reading a neighbour: a paragraph's short first task is
           then a heading, as on such pages it would be);
  retitle  a run-in heading over two tasks or more given a title of other words
           (全力打造区域协同新优势): one changed row, the old title to the new, and nothing
           else (223 of 225, seeds 1-5, 2026-12-07, once diff::run_in_heading_rows paired
           headings by their tasks; none before; the two left are Zhejiang's list headings,
           就业创业方面, whose list changes with them);
  newhead  a new run-in heading (持续深化区域协同发展。) opening a paragraph before a task
           sentence amid a heading's tasks: that heading added, as a row of its own, and
           nothing else changed (219 of 225, seeds 1-5, 2026-12-07; none before; Inner
           Mongolia's and Jilin's sentence lines read it as a task). The
           tasks after it are not moved (align::KeptRunIns: in 80 of the 84 none is; before,
           each left a heading both years kept), which this check does not ask.

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
RETITLE = "全力打造区域协同新优势"
NEW_HEADING = "持续深化区域协同发展"


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


def lines_opening(lines, prefix):
    """The indices of the lines that open with `prefix` (leading spaces aside)."""
    return [i for i, x in enumerate(lines) if x.lstrip().startswith(prefix)]


def item_lines(lines, item):
    """The lines a list item may stand on: its label and the start of its text."""
    return lines_opening(lines, item["label"] + item["text"][:20])


def placed(text, report, kind, rng):
    """An edit placed by the report's parse: (edited text, what), or None when none fits."""
    if kind == "target":
        fit = [
            t for t in report["targets"]
            if t["quantity"] and t["quantity"]["value"] is not None and text.count(t["text"]) == 1
        ]
        rng.shuffle(fit)
        for t in fit:
            q = t["quantity"]
            v = "%g" % q["value"]
            at = t["text"].find(v)
            if at < 0:
                continue
            nv = "%g" % (q["value"] + 0.5) if q["unit"] == "%" else "%g" % (q["value"] * 2)
            new = t["text"][:at] + nv + t["text"][at + len(v) :]
            return text.replace(t["text"], new, 1), t["indicator"]
        return None
    if kind == "qualifier":
        fit = [
            q["text"] for c in report["commitments"] for q in c["quantities"]
            if q["qualifier"] in ("左右", "以上") and q["qualifier"] in q["text"]
            and q["value"] is not None and text.count(q["text"]) == 1
        ]
        if not fit:
            return None
        old = rng.choice(fit)
        new = old.replace("左右", "以上") if "左右" in old else old.replace("以上", "左右")
        return text.replace(old, new, 1), old
    if kind == "move":
        # Whole task sentences without figures, under a heading below a plan part.
        fit = [
            c for c in report["commitments"]
            if 20 <= len(c["text"]) <= 90 and c["text"].endswith("。") and not c["quantities"]
            and len(c["path"]) > 1 and text.count(c["text"]) == 1
            and re.search("(?<=[。\n])" + re.escape(c["text"]), text)
        ]
        if len(fit) < 2:
            return None
        c = rng.choice(fit)
        to = [o for o in fit if o["path"][0] == c["path"][0] and o["path"][1:] != c["path"][1:]]
        if not to:
            return None
        o = rng.choice(to)
        rest = text.replace(c["text"], "", 1)
        at = rest.find(o["text"]) + len(o["text"])
        return rest[:at] + c["text"] + rest[at:], c["text"]
    if kind == "reorder":
        lines = text.split("\n")
        outline = report["outline"]
        def line_of(s):
            k = lines_opening(lines, s["label"] + s["title"])
            return k[0] if len(k) == 1 and s["label"] else None
        areas = [s for s in outline if s["kind"] == "area"]
        fit = []
        for a, b in zip(areas, areas[1:]):
            after = [s for s in outline if s["parent"] == a["parent"] and s["span"]["start"] > b["span"]["start"]]
            if a["parent"] == b["parent"] and after:
                ia, ib, ic = line_of(a), line_of(b), line_of(after[0])
                if None not in (ia, ib, ic) and ia < ib < ic:
                    fit.append((a, b, ia, ib, ic))
        if not fit:
            return None
        a, b, ia, ib, ic = rng.choice(fit)
        first = [lines[ib].replace(b["label"], a["label"], 1)] + lines[ib + 1 : ic]
        second = [lines[ia].replace(a["label"], b["label"], 1)] + lines[ia + 1 : ib]
        return "\n".join(lines[:ia] + first + second + lines[ic:]), a["title"]
    if kind == "drop":
        lines = text.split("\n")
        fit = []
        for l in report["lists"]:
            items = l["items"]
            for k in range(1, len(items) - 1):
                at = item_lines(lines, items[k])
                later = [item_lines(lines, it) for it in items[k + 1 :]]
                if len(at) == 1 and all(len(x) == 1 for x in later) and items[k]["label"]:
                    fit.append((items, k, at[0], [x[0] for x in later]))
        if not fit:
            return None
        items, k, at, later = rng.choice(fit)
        for j, i in enumerate(later):
            lines[i] = lines[i].replace(items[k + 1 + j]["label"], items[k + j]["label"], 1)
        return "\n".join(lines[:at] + lines[at + 1 :]), items[k]["text"][:30]
    if kind in ("split", "merge", "typo", "cut"):
        return regrouped(text, report, kind, rng)
    if kind == "gap":
        lines = text.split("\n")
        fit = []
        for l in report["lists"]:
            items = l["items"]
            for k in range(2, len(items) - 1):
                at, nxt = item_lines(lines, items[k]), item_lines(lines, items[k + 1])
                if len(at) == 1 and len(nxt) == 1 and at[0] < nxt[0] and items[k]["label"]:
                    fit.append((at[0], nxt[0], items[k]["text"][:30]))
        if not fit:
            return None
        # The item's line and its detail lines, up to the next item.
        at, nxt, what = rng.choice(fit)
        return "\n".join(lines[:at] + lines[nxt:]), what
    if kind == "numeral":
        fit = [
            m for m in re.finditer(r"(?<![\d.%])([2-9]|1\d)(个|项|条|件|家|所|座)(?!\d)", text)
            if text.count(m.group(0)) <= 3
        ]
        if not fit:
            return None
        m = rng.choice(fit)
        n = int(m.group(1))
        digits = "一二三四五六七八九"
        words = digits[n - 1] if n < 10 else "十" + (digits[n - 11] if n > 10 else "")
        return text[: m.start()] + words + text[m.end(1) :], m.group(0)
    if kind == "newhead":
        # A new run-in heading opening a paragraph before a task sentence in the middle of a
        # heading's tasks (two before it, two after).
        commitments = report["commitments"]
        fit = []
        for s in report["outline"]:
            if s["kind"] != "run_in" or len(s["title"]) < 4 or text.count(s["title"]) != 1:
                continue
            inside = [
                c for c in commitments
                if s["span"]["start"] <= c["span"]["start"] and c["span"]["end"] <= s["span"]["end"]
            ]
            fit += [
                c["text"] for c in inside[2:-2]
                if text.count(c["text"]) == 1 and text[text.find(c["text"]) - 1 : text.find(c["text"])] == "。"
            ]
        if not fit:
            return None
        at = text.find(rng.choice(fit))
        return text[:at] + "\n" + NEW_HEADING + "。" + text[at:], NEW_HEADING
    if kind in ("unhead", "retitle"):
        # A run-in heading over two tasks or more (unhead: after another of its area) deleted
        # with its stop, its tasks now under the heading before; or (retitle) given a title
        # of other words, its tasks kept.
        spans = [c["span"] for c in report["commitments"]]
        outline = report["outline"]
        fit = [
            s for s in outline
            if s["kind"] == "run_in" and len(s["title"]) >= 4 and text.count(s["title"]) == 1
            and sum(s["span"]["start"] <= c["start"] and c["end"] <= s["span"]["end"] for c in spans) >= 2
            and (kind == "retitle" or any(
                o["kind"] == "run_in" and o["parent"] == s["parent"]
                and o["span"]["start"] < s["span"]["start"] for o in outline
            ))
        ]
        if not fit:
            return None
        title = rng.choice(fit)["title"]
        if kind == "retitle":
            return text.replace(title, RETITLE, 1), title
        at = text.find(title)
        end = at + len(title)
        end += text[end : end + 1] in ("。", "：", ":")
        return text[:at] + text[end:], title
    raise ValueError(kind)


AREA_NUMERALS = "一二三四五六七八九"


def area_number(label):
    """（三） → 3, （十二） → 12; None for other labels."""
    inner = label[1:-1] if label.startswith("（") and label.endswith("）") else ""
    if inner in AREA_NUMERALS and inner:
        return AREA_NUMERALS.index(inner) + 1
    if inner == "十":
        return 10
    if len(inner) == 2 and inner[0] == "十" and inner[1] in AREA_NUMERALS:
        return 11 + AREA_NUMERALS.index(inner[1])
    return None


def area_label(n):
    return "（" + (AREA_NUMERALS[n - 1] if n < 10 else "十" + (AREA_NUMERALS[n - 11] if n > 10 else "")) + "）"


def regrouped(text, report, kind, rng):
    """An area split in two by a new heading, or merged into the one before by deleting its
    heading, or cut whole; the later areas renumbered each way. Or one area's label mistyped
    as the one before it (typo), the later ones kept."""
    lines = text.split("\n")
    areas = [s for s in report["outline"] if s["kind"] == "area" and area_number(s["label"])]

    def line_of(s):
        k = lines_opening(lines, s["label"] + s["title"])
        return k[0] if len(k) == 1 else None

    fit = []
    for a, b in zip(areas, areas[1:]):
        if a["parent"] != b["parent"]:
            continue
        later = [s for s in areas if s["parent"] == a["parent"] and s["span"]["start"] >= b["span"]["start"]]
        at = [line_of(s) for s in later]
        ia = line_of(a)
        if ia is None or None in at or area_number(later[-1]["label"]) >= 19:
            continue
        if kind == "split" and at[0] - ia >= 4:
            fit.append((a, ia, later, at))
        if kind == "merge" and len(lines[at[0]].strip()) <= len(b["label"] + b["title"]) + 1:
            fit.append((a, ia, later, at))
        if kind == "typo" and len(later) >= 2:
            fit.append((a, ia, later, at))
        # (An area of the plan: a review's areas hold no commitment to remove.)
        holds = any(a["span"]["start"] <= c["span"]["start"] < a["span"]["end"] for c in report["commitments"])
        if kind == "cut" and at[0] - ia >= 1 and holds:
            fit.append((a, ia, later, at))
    if not fit:
        return None
    a, ia, later, at = rng.choice(fit)
    if kind == "typo":
        lines[at[0]] = lines[at[0]].replace(later[0]["label"], a["label"], 1)
        return "\n".join(lines), later[0]["title"]
    step = 1 if kind == "split" else -1
    for s, i in zip(later, at):
        lines[i] = lines[i].replace(s["label"], area_label(area_number(s["label"]) + step), 1)
    if kind == "cut":
        # The area from its heading up to the next one goes.
        return "\n".join(lines[:ia] + lines[at[0] :]), a["title"]
    if kind == "merge":
        return "\n".join(lines[: at[0]] + lines[at[0] + 1 :]), later[0]["title"]
    cut = ia + 1 + (at[0] - ia - 1) // 2
    heading = area_label(area_number(a["label"]) + 1) + "统筹推进相关重点工作"
    return "\n".join(lines[:cut] + [heading] + lines[cut:]), a["title"]


def judge_placed(d, kind, what):
    cs = [c for c in d["commitments"] if c["status"] != "unchanged"]
    items = [i for l in d["lists"] for i in l["items"] if i["status"] != "unchanged"]
    targets = [t for t in d["targets"] if t["status"] != "unchanged"]
    if kind == "target":
        return len(targets) == 1 and targets[0].get("change") and len(cs) <= 1 and not items
    if kind == "qualifier":
        changes = [q for c in cs for q in c["changes"]] + [q for i in items for q in i["changes"]]
        changes += [t["change"] for t in targets if t.get("change")]
        shown = any(q["old"] and q["new"] and q["old"]["qualifier"] != q["new"]["qualifier"] for q in changes)
        return shown and len(cs) <= 1 and len(targets) <= 1 and len(items) <= 1
    if kind == "move":
        moved = [
            c for c in d["commitments"]
            if c["moved"] and c["new"] and squeeze(what) in squeeze(c["new"]["text"])
        ]
        return bool(moved) and not any(c["status"] in ("added", "removed") for c in cs)
    if kind == "reorder":
        return any(s["moved"] for s in d["sections"]) and not cs and not items and not targets
    if kind in ("split", "merge"):
        status = "split" if kind == "split" else "merged"
        return any(s["status"] == status for s in d["sections"]) and not cs and not items and not targets
    if kind == "numeral":
        return not d["substantive"]
    if kind == "typo":
        return not cs and not items and not targets and all(
            s["status"] in ("matched", "renamed") for s in d["sections"]
        )
    if kind == "unhead":
        heads = [c for c in cs if c["status"] == "removed" and c["old"]["text"] == what]
        others = [c for c in cs if c["status"] in ("added", "removed") and c not in heads]
        return len(heads) == 1 and not others and not items and not targets
    if kind == "newhead":
        heads = [c for c in cs if c["status"] == "added" and c["new"]["text"] == what]
        return len(heads) == 1 and len(cs) == 1 and not items and not targets
    if kind == "retitle":
        pair = [
            c for c in cs if c["status"] == "changed" and c["old"] and c["new"]
            and c["old"]["text"] == what and c["new"]["text"] == RETITLE
        ]
        return len(pair) == 1 and len(cs) == 1 and not items and not targets
    if kind in ("cut", "uncut"):
        gone = "removed" if kind == "cut" else "added"
        moved = [c for c in d["commitments"] if c["moved"]]
        return (
            bool(cs) and all(c["status"] == gone for c in cs) and not moved and not targets
            and any(s["status"] == gone for s in d["sections"])
        )
    removed = [i for i in items if i["status"] == "removed"]
    return len(removed) == 1 and len(items) == 1


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
    kinds = ("target", "qualifier", "move", "reorder", "drop", "split", "merge", "numeral",
             "gap", "typo", "cut", "unhead", "retitle", "newhead")
    for kind in kinds:
        done = found = 0
        for seed in range(lo, hi + 1):
            rng = random.Random(seed)
            for f in files:
                text = open(f, encoding="utf-8").read()
                report = run(a.bin, "parse", f, "--format", "json")
                made = report and placed(text, report, kind, rng)
                if not made:
                    continue
                copy = os.path.join(tmp, f"{kind}-{seed}-{os.path.basename(f)}")
                open(copy, "w", encoding="utf-8").write(made[0])
                d = run(a.bin, "diff", f, copy, "--format", "json")
                done += 1
                ok = d is not None and judge_placed(d, kind, made[1])
                if ok and kind == "cut":
                    # The other way round: the area added.
                    d = run(a.bin, "diff", copy, f, "--format", "json")
                    ok = d is not None and judge_placed(d, "uncut", made[1])
                if ok:
                    found += 1
                else:
                    print(f"  miss {kind} {os.path.basename(f)} (seed {seed}): {made[1][:60]}")
        print(f"{kind}: {found} of {done} edits reported")
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
