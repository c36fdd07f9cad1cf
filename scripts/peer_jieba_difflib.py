#!/usr/bin/env python3
"""The peer govdiff is measured against: what a researcher would write by hand to compare two
years of a government work report. Segments both files with jieba (jieba.lcut, the usual
default mode), runs difflib.SequenceMatcher over the two token lists and prints the opcodes
that are not 'equal', with the tokens involved.

Usage: scripts/peer_jieba_difflib.py OLD NEW        (needs: pip install jieba)
"""
import difflib
import sys

import jieba


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    jieba.setLogLevel(60)  # no "Building prefix dict" chatter on stderr
    with open(sys.argv[1], encoding="utf-8") as f:
        old = jieba.lcut(f.read())
    with open(sys.argv[2], encoding="utf-8") as f:
        new = jieba.lcut(f.read())
    # Defaults, as most scripts have them (autojunk on: the faster setting).
    matcher = difflib.SequenceMatcher(None, old, new)
    changed = 0
    out = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        changed += 1
        out.append(f"{tag} old[{i1}:{i2}] new[{j1}:{j2}]: {''.join(old[i1:i2])!r} -> {''.join(new[j1:j2])!r}")
    sys.stdout.write("\n".join(out) + "\n")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
