#!/usr/bin/env python3
"""Which folders of a target use which other folders' types, and whether any of them form a cycle.

    tools/folder-deps.py [Sources/TARGET]

Without an argument, every target under Sources/ is checked in turn (a target without folders has
nothing to check).

For each folder, it collects the top-level types and functions declared there (struct, enum,
class, protocol, typealias, actor, func at the start of a line), then looks for their names in
every other folder's code, comments and string literals left out. It prints one line per folder
with the folders it uses, then every cycle it finds, and exits 1 if there is one (0 otherwise):
a folder may use a folder below it, never one that uses it back (issue 8).
"""
import pathlib
import re
import sys

DECLARATION = re.compile(
    r'^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|fileprivate|private|final|indirect)\s+)*'
    r'(?:struct|enum|class|protocol|typealias|actor|func)\s+(\w+)', re.M)


def code_of(text):
    """The text without comments and string literals, so a word in a sentence is not a use."""
    text = re.sub(r'"""(?:.|\n)*?"""', '""', text)
    text = re.sub(r'"(?:[^"\\\n]|\\.)*"', '""', text)
    text = re.sub(r'/\*(?:.|\n)*?\*/', '', text)
    return re.sub(r'//[^\n]*', '', text)


def main():
    if len(sys.argv) > 1:
        return check(pathlib.Path(sys.argv[1]))
    targets = sorted(p for p in pathlib.Path('Sources').iterdir() if p.is_dir())
    return max(check(t) for t in targets)


def check(root):
    """Prints the folders of one target and who uses whom; 1 if they form a cycle."""
    folders = sorted(p for p in root.iterdir() if p.is_dir())
    code = {f.name: {p: code_of(p.read_text()) for p in sorted(f.rglob('*.swift'))} for f in folders}
    declared = {}
    for folder, files in code.items():
        for text in files.values():
            for name in DECLARATION.findall(text):
                declared.setdefault(name, set()).add(folder)
    # A name declared in two folders says nothing about which one a use means.
    owner = {name: next(iter(where)) for name, where in declared.items() if len(where) == 1}
    uses = {folder: {} for folder in code}
    for folder, files in code.items():
        for path, text in files.items():
            for word in set(re.findall(r'\b[A-Za-z_]\w*\b', text)):
                other = owner.get(word)
                if other and other != folder:
                    uses[folder].setdefault(other, set()).add(word)
    for folder in code:
        used = uses[folder]
        listed = '; '.join(f"{other} ({', '.join(sorted(names)[:4])}{', …' if len(names) > 4 else ''})"
                           for other, names in sorted(used.items()))
        print(f"{folder} uses: {listed or 'nothing'}")
    cycles = find_cycles({f: set(u) for f, u in uses.items()})
    for cycle in cycles:
        print('cycle: ' + ' → '.join(cycle + [cycle[0]]))
        for a, b in zip(cycle, cycle[1:] + [cycle[0]]):
            print(f"  {a} → {b}: {', '.join(sorted(uses[a][b]))}")
    print(f"{len(cycles)} cycle(s) between the folders of {root}")
    return 1 if cycles else 0


def find_cycles(graph):
    """Every elementary cycle, each once (rotated to start at its smallest folder)."""
    found = set()
    def walk(start, node, path):
        for nxt in sorted(graph[node]):
            if nxt == start:
                found.add(tuple(path))
            elif nxt not in path and nxt > start:
                walk(start, nxt, path + [nxt])
    for start in sorted(graph):
        walk(start, start, [start])
    return [list(c) for c in sorted(found, key=lambda c: (len(c), c))]


if __name__ == '__main__':
    sys.exit(main())
