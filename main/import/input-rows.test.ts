import { describe, expect, it } from 'vitest';
import { readInputRows } from './input-rows.js';

const columns = { all: ['id', 'name', 'kind'], required: ['id', 'kind'] };

describe('readInputRows from CSV', () => {
  it('maps fields to columns by the header, in any order and case, blank meaning absent', () => {
    const input = readInputRows('Kind;ID;name\nmobile; 7 ;\n', 'csv', columns);
    expect(input.problems).toEqual([]);
    expect(input.rows).toEqual([{ at: { line: 2 }, values: { id: '7', name: undefined, kind: 'mobile' } }]);
  });

  it('reports a missing required column once, and unknown or repeated columns', () => {
    const input = readInputRows('id;nmae;id\n1;x;1\n', 'csv', columns);
    expect(input.missingColumns).toEqual(new Set(['kind']));
    expect(input.problems.map((p) => p.reason)).toEqual([
      "unknown column 'nmae' (expected: id, name, kind)",
      "column 'id' appears twice in the header",
      "required column 'kind' is missing from the header",
    ]);
  });

  it('reports a row with the wrong number of fields instead of guessing which is which', () => {
    const input = readInputRows('id;kind\n1;a\n2;b;c\n', 'csv', columns);
    expect(input.rows).toHaveLength(1);
    expect(input.problems).toEqual([{ at: { line: 3 }, reason: 'has 3 fields where the header has 2' }]);
  });

  it('asks for a header when the file is empty', () => {
    expect(readInputRows('\n', 'csv', columns).problems).toEqual([
      { at: { line: 1 }, reason: 'the file is empty: a header line with the column names is expected' },
    ]);
  });
});

describe('readInputRows from JSON', () => {
  it('keeps numbers, booleans and lists, and locates rows by array index', () => {
    const input = readInputRows('[{"id": 7, "kind": "a", "name": null}, {"id": "8", "kind": ["x"]}]', 'json', columns);
    expect(input.rows).toEqual([
      { at: { index: 0 }, values: { id: 7, name: undefined, kind: 'a' } },
      { at: { index: 1 }, values: { id: '8', name: undefined, kind: ['x'] } },
    ]);
  });

  it('reports unknown keys, nested objects and items that are not objects', () => {
    const input = readInputRows('[{"id": 1, "colour": "red"}, 5, {"id": {"x": 1}}]', 'json', columns);
    expect(input.problems).toEqual([
      { at: { index: 0 }, reason: "unknown field 'colour' (expected: id, name, kind)" },
      { at: { index: 1 }, reason: 'must be an object with the columns as keys' },
      { at: { index: 2 }, field: 'id', reason: 'must be text, a number, true/false, a list of text or null' },
    ]);
  });

  it('says where broken JSON breaks without quoting it', () => {
    const input = readInputRows('[\n{"id": "19340215-1231"},\n{"id": 19340215-1231x}\n]', 'json', columns);
    expect(input.problems).toEqual([{ at: { line: 3 }, reason: 'the file is not valid JSON' }]);
  });

  it('wants an array', () => {
    expect(readInputRows('{"id": 1}', 'json', columns).problems[0]?.reason).toBe('the file must hold a JSON array of objects, one per row');
  });
});
