#!/usr/bin/env python3
"""No command-line words in the libraries below the command line.

    tools/core-words.py [TARGET_FOLDER ...]

The core, the store and the model say what is wrong with typed errors; the `casebook` target
words them for the terminal (Sources/casebook/FailureText.swift). This check reads every string
literal of the library targets below the command line (Core, Interchange, Protection, Store, Model) (comments, `///`
doc comments included, are left out) and prints file:line for each one that holds an option
(`--name`) or a command (`casebook ...`). It exits 1 if it finds one, 0 otherwise.

tools/core-words-known.txt lists, one a line, `path<TAB>text` for literals that are data rather
than words (for example a fixed plaintext a key is checked against): a literal of that file
holding that text is not reported. A line of that list that no longer matches fails the check
too, so the list only shrinks.
"""
import pathlib
import re
import sys

TARGETS = ['Sources/CasebookCore', 'Sources/CasebookInterchange', 'Sources/CasebookProtection', 'Sources/CasebookStore', 'Sources/CasebookModel']
WORDS = re.compile(r'--[a-z]|casebook ')
KNOWN = pathlib.Path(__file__).with_name('core-words-known.txt')


def literals(text):
    """Yields (line, content) for each string literal, skipping comments.

    An interpolation's code is kept in the literal's content (a nested literal is then checked
    with its outer one), which is enough to find words in a sentence.
    """
    i, line, n = 0, 1, len(text)
    while i < n:
        c = text[i]
        if c == '\n':
            line += 1
            i += 1
        elif text.startswith('//', i):
            end = text.find('\n', i)
            i = n if end < 0 else end
        elif text.startswith('/*', i):
            depth, i = 1, i + 2
            while i < n and depth:
                if text.startswith('/*', i):
                    depth, i = depth + 1, i + 2
                elif text.startswith('*/', i):
                    depth, i = depth - 1, i + 2
                else:
                    line += text[i] == '\n'
                    i += 1
        elif c == '#' or c == '"':
            hashes = 0
            while i + hashes < n and text[i + hashes] == '#':
                hashes += 1
            j = i + hashes
            if j >= n or text[j] != '"':
                i += max(hashes, 1)
                continue
            multi = text.startswith('"""', j)
            start_line = line
            i, content, line = read_literal(text, j + (3 if multi else 1), hashes, multi, line)
            yield start_line, content
        else:
            i += 1


def read_literal(text, i, hashes, multi, line):
    """Reads a literal's content from `i` to its closing quote; returns (next index, content, line)."""
    close = ('"""' if multi else '"') + '#' * hashes
    escape = '\\' + '#' * hashes
    out, n = [], len(text)
    while i < n:
        if text.startswith(close, i):
            return i + len(close), ''.join(out), line
        if text.startswith(escape + '(', i):
            # An interpolation: copy its code up to the matching parenthesis.
            i += len(escape) + 1
            depth = 1
            while i < n and depth:
                ch = text[i]
                if ch == '(':
                    depth += 1
                elif ch == ')':
                    depth -= 1
                    if depth == 0:
                        i += 1
                        break
                elif ch == '"':
                    nested_multi = text.startswith('"""', i)
                    i, inner, line = read_literal(text, i + (3 if nested_multi else 1), 0, nested_multi, line)
                    out.append(inner)
                    continue
                line += ch == '\n'
                out.append(ch)
                i += 1
            continue
        if text.startswith(escape, i):
            out.append(text[i:i + len(escape) + 1])
            i += len(escape) + 1
            continue
        line += text[i] == '\n'
        out.append(text[i])
        i += 1
    return n, ''.join(out), line


def main():
    roots = [pathlib.Path(p) for p in (sys.argv[1:] or TARGETS)]
    known = []
    if KNOWN.exists():
        for entry in KNOWN.read_text().splitlines():
            if entry.strip() and not entry.startswith('#'):
                path, _, words = entry.partition('\t')
                known.append([path, words, False])
    found = []
    for root in roots:
        for path in sorted(root.rglob('*.swift')):
            text = path.read_text()
            for line, content in literals(text):
                if not WORDS.search(content):
                    continue
                allowed = [k for k in known if k[0] == str(path) and k[1] in content]
                for k in allowed:
                    k[2] = True
                if not allowed:
                    found.append(f'{path}:{line}: {content.strip()[:120]}')
    checked = [k for k in known if any(pathlib.Path(k[0]).is_relative_to(root) for root in roots)]
    stale = [f'{KNOWN.name}: no longer found: {k[0]}\t{k[1]}' for k in checked if not k[2]]
    for entry in found + stale:
        print(entry)
    if found:
        print(f'{len(found)} string literal(s) in the libraries name an option or a command; '
              'give the error a typed case and word it in Sources/casebook/FailureText.swift.')
    return 1 if found or stale else 0


if __name__ == '__main__':
    sys.exit(main())
