#!/usr/bin/env python3
"""Golden vectors for io.github.ddassets.core.yaml.PyYaml, produced by the real PyYAML.

The Java tests never run Python: they only read the JSON file this script writes. Regenerate it
(from the repository root, with PyYAML 6.0.3 installed and the shared corpus beside the project)
with:

    python3 core/src/test/python/pyyaml_vectors.py \
        > core/src/test/resources/io/github/ddassets/core/yaml/pyyaml-vectors.json

Each vector is {"name", "call", "input", "output"} plus "indent" for some block dumps. The calls are
the ones ddev's example consumer makes
(ddev/src/ddev/validation/configuration/consumers/example.py):

    block             safe_dump(v, default_flow_style=False, sort_keys=False[, indent=n])
    flow              safe_dump(v, default_flow_style=True, sort_keys=False, width=float('inf'))
    flowDoubleQuoted  safe_dump(v, default_flow_style=True, sort_keys=False, default_style='"')
    compactItem       the flowDoubleQuoted dump for a string item, the flow dump otherwise, then
                      str.strip(), as ddev writes each item of a `compact_example` list

JSON cannot tell every Python value apart, so inputs are encoded: a float is {"$float": repr(v)}
(including "nan", "inf", "-inf"), a date is {"$date": "YYYY-MM-DD"}, and a dict whose keys are not
all strings (or that has a key starting with "$") is {"$map": [[key, value], ...]}. Every other
value is plain JSON; ints of any size are JSON integers.
"""

import argparse
import datetime
import glob
import json
import math
import os
import random
import sys

import yaml

EXPECTED_PYYAML = '6.0.3'
INF = float('inf')


def encode(value):
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return {'$float': repr(value)}
    if isinstance(value, datetime.datetime):
        raise ValueError('datetimes are not supported')
    if isinstance(value, datetime.date):
        return {'$date': value.isoformat()}
    if isinstance(value, list):
        return [encode(item) for item in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith('$') for k in value):
            return {k: encode(v) for k, v in value.items()}
        return {'$map': [[encode(k), encode(v)] for k, v in value.items()]}
    raise ValueError('cannot encode %r' % (value,))


def dump(call, value, indent=None):
    if call == 'block':
        kwargs = {} if indent is None else {'indent': indent}
        return yaml.safe_dump(value, default_flow_style=False, sort_keys=False, **kwargs)
    if call == 'flow':
        return yaml.safe_dump(value, default_flow_style=True, sort_keys=False, width=INF)
    if call == 'flowDoubleQuoted':
        return yaml.safe_dump(value, default_flow_style=True, sort_keys=False, default_style='"')
    if call == 'compactItem':
        if isinstance(value, str):
            return dump('flowDoubleQuoted', value).strip()
        return dump('flow', value).strip()
    raise ValueError(call)


class Vectors:
    def __init__(self):
        self.vectors = []
        self.seen = set()

    def add(self, name, call, value, indent=None):
        # Hand-made cases are kept once; corpus cases once per file, so that every example of
        # every spec and template is there under its own file name.
        source = name if name.endswith('.yaml') or name.endswith('(compact)') else None
        key = (source, call, indent, repr(encode(value)))
        if key in self.seen:
            return
        self.seen.add(key)
        vector = {'name': name, 'call': call}
        if indent is not None:
            vector['indent'] = indent
        vector['input'] = encode(value)
        vector['output'] = dump(call, value, indent)
        self.vectors.append(vector)


LONG_WORDS = ' '.join('word%d' % i for i in range(30))
LONG_URL = 'https://example.com/' + 'a' * 90 + '?q=1'

SCALARS = [
    # Python's own types.
    None, True, False, 0, 1, -1, 123456, 2 ** 63, -(2 ** 63) - 1, 2 ** 100,
    0.0, -0.0, 1.0, -1.5, 0.5, 0.1, 1 / 3, 2.5e-5, 1e-05, 0.0001, 0.001, 100.0, 1e15, 1e16,
    1e17, 1e20, 1e22, 1.5e300, 5e-324, 1.7976931348623157e308, 123456789.123, 9007199254740993.0,
    math.nan, INF, -INF, 2 ** 0.5, 1e-7, 12345678901234567890.0,
    datetime.date(2021, 1, 1),
    # Strings that resolve to another type.
    '', 'true', 'True', 'TRUE', 'false', 'False', 'yes', 'Yes', 'YES', 'no', 'No', 'NO', 'on',
    'On', 'ON', 'off', 'Off', 'OFF', 'y', 'n', 'Y', 'N', 'tRUE', 'null', 'Null', 'NULL', '~',
    'nULL', 'None', '123', '-123', '+1', '0', '-0', '00', '07', '08', '089', '0o10', '0x10',
    '0xFF', '0x_', '0b101', '0b_', '0_', '1_000', '1__0', '1:30', '190:20:30', '-1:30',
    '1.5', '1.', '-1.5', '+1.5', '.5', '-.5', '+.5', '1e5', '1E5', '1e+5', '1.0e+5', '1.0e5',
    '1.0E-5', '.5e+3', '.5e3', '1_0.5', '1:30.5', '.inf', '.Inf', '.INF', '-.inf', '+.inf', '.nan',
    '.NaN', '.NAN', '-.nan', 'inf', 'nan', '1,000', '2021-01-01', '2021-1-1', '2021-01-01 10:00:00',
    '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '2001-12-14T21:59:43Z',
    '20210101', '=', '==', '<<', '<<<', '!', '&', '*', '1' * 1100, '0.' + '5' * 1100,
    # Indicators and special characters.
    'a: b', 'a:b', 'a:', 'a :b', ':', ':a', ': a', '::', 'a #b', 'a#b', '#a', '# a', '#',
    '*foo', '&foo', '!foo', '!!str', '%foo', '@foo', '`x`', '|', '|x', '>', '>x', 'x|', 'x>',
    '- x', '-x', '-', '--', '---', '--- x', '...', '... x', 'a...b', '? x', '?x', '?', 'a?',
    '[a]', 'a[0]', '{a}', 'a}', '{{ x }}', 'a, b', 'a,b', ',', '"q"', 'say "q"', "'q'", "it's",
    "it''s", 'a\\b', 'C:\\path\\to', '\\xe9', '%{a}', '${VAR}', '$foo', '/var/log/*.log',
    'https://example.com:8080/path?q=1#frag', 'http://localhost:8080', '<KEY_1>:<VALUE_1>',
    '^(?!foo).*$', '<HOST>', 'a = b', 'key=value', 'a;b', 'a|b', 'a>b', 'a<b', 'a&b', 'a*b',
    'a!b', 'a%b', 'a@b', 'a`b', "a'b", 'a"b', 'a~b', 'a - b', 'a ? b', '- ', ' -', 'x -',
    # Whitespace.
    ' ', '  ', ' x', 'x ', ' x ', 'a  b', '\t', '\tx', 'x\t', 'a\tb', 'a \tb',
    # Line breaks.
    '\n', '\n\n', 'a\n', 'a\n\n', '\na', 'a\nb', 'a\n\nb', 'a\n\n\nb', 'a \nb', 'a\n b',
    'a\n  b\n', 'line one\nline two\nline three\n', 'a\r\nb', 'a\rb', ' a\nb', 'a\nb ',
    # Non-ASCII and control characters.
    'caf\xe9', '\xe9', 'na\xefve \xfcber', '\xa0', 'a\xa0b', '\u65e5\u672c', 'emoji \U0001F600',
    '\u2028', 'a\u2029b', '\x85', 'a\x85b', '\ufeff', '\ufeffx', '\x00', 'a\x07b', '\x08',
    '\x0b', '\x0c', '\x1b[0m', '\x7f', '\x80', '\x9f', '\x01\x02\x1f', '\ud7ff', '\ue000',
    '\ufffd', '\ufffe', '\U0010fffd', '\U0010ffff',
    # Long strings (folding at width 80).
    LONG_WORDS, LONG_WORDS + ':', 'x' * 100, LONG_URL, ' '.join(['a' * 40] * 4),
    'a ' * 60, 'a  ' * 40, LONG_WORDS + ' #1', LONG_WORDS.replace(' ', '  '),
    "'" + LONG_WORDS, '"' + LONG_WORDS, 'caf\xe9 ' + LONG_WORDS, '\t' + LONG_WORDS,
    LONG_WORDS + '\n' + LONG_WORDS, 'x' * 79, 'x' * 80, 'x' * 81, ('y' * 38 + ' ') * 3,
    'word ' * 16 + 'caf\xe9 ' * 10, '\\' * 50 + ' ' + '"' * 50, ' ' * 90 + 'x',
    'a' * 70 + '          ' + 'b' * 20, 'a' * 77 + ' b c', 'a' * 78 + ' b c', 'a' * 76 + ' b c',
    ' ' + 'w ' * 50, 'w ' * 50 + ' ', 'a\n' + 'w ' * 50, 'w ' * 50 + '\nb', ('w ' * 45 + '\n') * 2,
    'w ' * 35 + '  ' + 'w ' * 10,
]

CONTAINERS = [
    [], {}, [[]], [{}], [[], {}], {'a': []}, {'a': {}}, [1, 2, 3], ['a', 'b'], [None, True, 1.5],
    [[1, 2], [3, [4, 5]]], [[[['deep']]]], [{'a': 1, 'b': 2}], [{'a': [1, 2]}, {'b': {'c': 'd'}}],
    {'a': {'b': {'c': [1, {'d': 'e'}]}}}, [{'a': 1}, [2, 3], 'x'], {'a': [[1, 2], [3]]},
    [['a', 'b'], {'c': ['d', {'e': 'f'}]}], {'k': [{'x': [], 'y': {}}]},
    {'tags': ['<KEY_1>:<VALUE_1>', '<KEY_2>:<VALUE_2>']},
    {'metrics': [{'metric_a': 'renamed_a'}, 'metric_b',
                 {'metric_c': {'name': 'c', 'type': 'gauge'}}]},
    {'true': 1, 'null': 2, '123': 3, '': 4, 'a b': 5, 'a: b': 6, '- x': 7, '?': 8},
    {None: 'n', True: 't', False: 'f', 1: 'one', -5: 'minus', 2 ** 70: 'big', 1.5: 'float'},
    # A key is simple below 128 characters, counting its unwritten tag: '!!str' + 122 is the most.
    {'k' * 122: 'simple key'}, {'k' * 123: 'complex key'}, {10 ** 121: 'int'}, {10 ** 122: 'int'},
    {'caf\xe9' * 29: 'escaped'}, {'caf\xe9' * 31: 'escaped'}, {'k' * 127: 'short key'},
    {'k' * 128: 'long key'}, {'k' * 200: ['v']}, {'a\nb': 'multi-line key'},
    {'caf\xe9': 'non-ascii key'}, {LONG_WORDS: LONG_WORDS}, [LONG_WORDS, [LONG_WORDS]],
    {'a': LONG_WORDS + '\n' + LONG_WORDS}, {'a': 'x\n'}, ['a\nb', 'c'], [[LONG_URL]],
    {'a': [LONG_WORDS, 'caf\xe9 ' * 30]}, [['x' * 50, 'y' * 50]],
    {'nested': {'list': [['x' * 45, 'y' * 45]]}},
    {'e': {'f': [[]]}}, {'x': [{}]}, {'a': {'': ''}},
    {('x' * 20): {('y' * 20): {('z' * 20): LONG_WORDS}}},
]

COMPACT_ITEMS = [
    'foo', '', 'true', '123', 'a: b', 'caf\xe9', 'emoji \U0001F600', 'a\nb', 'a"b\\c', "it's",
    ' x ', LONG_WORDS, 'x' * 100, LONG_WORDS + '\n' + LONG_WORDS, 'a\tb' + ' w' * 40, '\x00\x7f',
    '\u2028' + ' w' * 40, ' ' * 90 + 'x',
    0, -7, 2 ** 80, 1.5, 1e20, math.nan, None, True, False, datetime.date(2021, 1, 1),
    [], {}, [0, 1], ['a', 'b'], {'foo': 'bar', 'bar': 'baz'}, [[1, 2], {'a': [3]}],
    {'key': LONG_WORDS, 'other': [LONG_WORDS, LONG_WORDS]}, ['a, b', 'c]', '{d}', 'e: f', 'g #h'],
    {'a': 'x' * 200}, ['', 'true', '1.5', None], [LONG_WORDS + '\n' + LONG_WORDS], {'k' * 130: 1},
    {'': 1}, {None: 1, 1: 2, True: 3}, ['caf\xe9', '\ufeff'], {'a\nb': 'c'},
]


def random_cases(count, seed=20240601):
    """Seeded random texts of words, runs of spaces and line breaks, at random depths: folding."""
    rng = random.Random(seed)

    def text():
        parts = []
        for _ in range(rng.randint(1, 30)):
            letters = (rng.choice("abcdefghij'\"\\:#-\xe9") for _ in range(rng.randint(1, 20)))
            parts.append(''.join(letters))
            parts.append(rng.choice([' ', ' ', ' ', '  ', '   ', '\n', '\n\n', ' \n', '\n ', '\t']))
        value = ''.join(parts)
        return value.strip() if rng.random() < 0.3 else value

    cases = []
    for _ in range(count):
        value = text()
        for _ in range(rng.randint(0, 4)):
            key = 'key' * rng.randint(1, 3)
            value = rng.choice([[value], {key: value}, [{'a': 1, 'b': value}]])
        cases.append((rng.choice(['block', 'block', 'flow', 'compactItem']), value))
    return cases


def example_options(node, found):
    """Every (name, example, compact) in a spec or template: parameters and section examples."""
    if isinstance(node, dict):
        if isinstance(node.get('name'), str):
            value = node.get('value')
            if isinstance(value, dict) and 'example' in value:
                found.append((node['name'], value['example'], bool(value.get('compact_example'))))
            if 'example' in node:
                found.append((node['name'], node['example'], False))
        for child in node.values():
            example_options(child, found)
    elif isinstance(node, list):
        for child in node:
            example_options(child, found)


def corpus_files(shared):
    specs = sorted(glob.glob(os.path.join(shared, 'corpus/integrations-extras/*/spec.yaml')))
    templates = sorted(
        glob.glob(os.path.join(shared, 'reference/ddev-templates/**/*.yaml'), recursive=True))
    return specs + templates


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default_shared = os.path.normpath(os.path.join(here, '../../../../../shared'))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument('--shared', default=default_shared, help='the shared reference folder')
    args = parser.parse_args()
    if yaml.__version__ != EXPECTED_PYYAML:
        print('warning: PyYAML %s, the vectors were made with %s'
              % (yaml.__version__, EXPECTED_PYYAML), file=sys.stderr)

    vectors = Vectors()
    for value in SCALARS:
        vectors.add('scalar in a map', 'block', {'key': value})
        vectors.add('scalar in a list', 'block', {'key': [value]})
        vectors.add('scalar as a map key', 'block', {value: 'v'})
        vectors.add('bare scalar', 'block', value)
        vectors.add('scalar in a flow list', 'flow', [value])
        vectors.add('scalar in the first instance', 'block', [{'key': value}])
    for value in CONTAINERS:
        vectors.add('container', 'block', value)
        vectors.add('container in a map', 'block', {'key': value})
        vectors.add('container in the first instance', 'block', [{'key': value}])
        vectors.add('container in flow style', 'flow', value)
    for value in COMPACT_ITEMS:
        vectors.add('compact item', 'compactItem', value)
        vectors.add('compact item, flow', 'flow', value)
        if isinstance(value, str):
            vectors.add('compact item, double-quoted', 'flowDoubleQuoted', value)
    for indent in (1, 3, 4, 10):
        for value in ([{'a': 1, 'b': [1, {'c': [2, 3]}]}],
                      {'k': {'x': [[1, 2], {'y': LONG_WORDS}]}},
                      {'s': 'caf\xe9 ' + LONG_WORDS}, {'s': 'a\n\nb ' + LONG_WORDS}):
            vectors.add('indent %d' % indent, 'block', value, indent)

    for call, value in random_cases(120):
        vectors.add('seeded random text', call, value)

    count_before = len(vectors.vectors)
    for path in corpus_files(args.shared):
        with open(path, encoding='utf-8') as f:
            spec = yaml.safe_load(f)
        found = []
        example_options(spec, found)
        source = os.path.relpath(path, args.shared)
        for name, example, compact in found:
            vectors.add(source, 'block', {name: example})
            if compact and isinstance(example, list):
                for item in example:
                    vectors.add(source + ' (compact)', 'compactItem', item)
    if len(vectors.vectors) == count_before:
        print('warning: no corpus examples found under %s' % args.shared, file=sys.stderr)

    json.dump(vectors.vectors, sys.stdout, indent=1, ensure_ascii=True)
    sys.stdout.write('\n')


if __name__ == '__main__':
    main()
