#!/usr/bin/env python3
"""Whether every use of GRDB (and so every line of SQL) stays in the store.

    tools/sql-in-store.py [Sources]

Only `CasebookStore` may import GRDB (or SQLite): the core, the filings and the command line ask
the store through its named methods (`StoreTransaction`), which is the seam a second backend
implements. Prints each file that imports GRDB outside the store and exits 1 if there is one.
Tests may reach the store and are not checked.
"""
import pathlib
import re
import sys

ALLOWED = {'CasebookStore'}
IMPORT = re.compile(
    r'^\s*(?:@[\w()]+\s+)*(?:(?:public|package|internal|fileprivate|private)\s+)?import\s+'
    r'(?:(?:struct|class|enum|protocol|typealias|func|var|let)\s+)?(GRDB\w*|SQLite3|CSQLite)\b', re.M)


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else 'Sources')
    found = []
    for target in sorted(p for p in root.iterdir() if p.is_dir() and p.name not in ALLOWED):
        for path in sorted(target.rglob('*.swift')):
            for match in IMPORT.finditer(path.read_text()):
                found.append(f'{path}: imports {match.group(1)}; ask the store instead (CasebookStore)')
    for line in found:
        print(line)
    if found:
        return 1
    print(f'GRDB is imported by {", ".join(sorted(ALLOWED))} only')
    return 0


if __name__ == '__main__':
    sys.exit(main())
