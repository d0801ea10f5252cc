#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The libraries export their public API and nothing else: every symbol a
library exports is declared with XC_AVAILABLE_IN_ALL in one of its public
headers, and every such declaration is exported. TAP output.

check-symbols.py LIBRARY HEADER... [-- LIBRARY HEADER...]"""
import re
import subprocess
import sys

DECLARED = re.compile(r'XC_AVAILABLE_IN_ALL\s*\n(?:G_DECLARE_\w+\s*\(\s*\w+\s*,\s*(\w+)|[^;(]*?\b(\w+)\s*\()')


def exported(library):
    out = subprocess.run(['nm', '-D', '--defined-only', '--extern-only', library],
                         check=True, capture_output=True, text=True).stdout
    names = set()
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in 'TDBRVW':
            names.add(parts[2].split('@')[0])
    return names - {'_init', '_fini', '_edata', '_end', '__bss_start'}


def declared(headers):
    names = set()
    for header in headers:
        for match in DECLARED.finditer(open(header).read()):
            names.add(match.group(1) + '_get_type' if match.group(1) else match.group(2))
    return names


groups = ' '.join(sys.argv[1:]).split(' -- ')
n = 0
failed = False
for group in groups:
    library, *headers = group.split()
    have, want = exported(library), declared(headers)
    for what, names in (('exported but not declared public', have - want),
                        ('declared public but not exported', want - have)):
        n += 1
        name = library.rsplit('/', 1)[-1]
        if names:
            failed = True
            print(f'not ok {n} - {name}: nothing {what}')
            for symbol in sorted(names):
                print(f'# {symbol}')
        else:
            print(f'ok {n} - {name}: nothing {what}')
print(f'1..{n}')
sys.exit(1 if failed else 0)
