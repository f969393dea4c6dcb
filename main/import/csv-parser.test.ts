import { describe, expect, it } from 'vitest';
import { detectSeparator, parseCsv } from './csv-parser.js';

describe('detectSeparator', () => {
  it('takes the separator the header uses most, ignoring quoted text', () => {
    expect(detectSeparator('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectSeparator('a,b,c\n1;2;3')).toBe(',');
    expect(detectSeparator('"a;b;c",d\n')).toBe(',');
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, and knows each record’s first line', () => {
    const table = parseCsv('id;note;amount\n1;"a; b";"1 234,50"\n2;"say ""hi""";3\n3;"two\nlines";4\n4;x;5\n');
    expect(table.separator).toBe(';');
    expect(table.header?.fields).toEqual(['id', 'note', 'amount']);
    expect(table.records).toEqual([
      { line: 2, fields: ['1', 'a; b', '1 234,50'] },
      { line: 3, fields: ['2', 'say "hi"', '3'] },
      { line: 4, fields: ['3', 'two\nlines', '4'] },
      { line: 6, fields: ['4', 'x', '5'] },
    ]);
    expect(table.problems).toEqual([]);
  });

  it('counts CRLF inside a quoted field as one line, and keeps counting after blank lines', () => {
    const table = parseCsv('a,b\r\n"x\r\ny",1\r\n\r\nz,2\r\nw,3');
    expect(table.records.map((record) => [record.line, record.fields[0]])).toEqual([
      [2, 'x\r\ny'],
      [5, 'z'],
      [6, 'w'],
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a;b;c\n;;\n1;;\n').records.map((record) => record.fields)).toEqual([
      ['', '', ''],
      ['1', '', ''],
    ]);
  });

  it('reports a quote that is never closed at the line where it opened, without quoting the text', () => {
    const table = parseCsv('a;b\n1;ok\n2;"19340215-1231\n3;x\n');
    expect(table.records).toEqual([{ line: 2, fields: ['1', 'ok'] }]);
    expect(table.problems).toEqual([{ line: 3, reason: 'a quoted field opened on this line is never closed' }]);
    expect(JSON.stringify(table.problems)).not.toContain('1934');
  });

  it('reports text after a closing quote, but allows spaces there', () => {
    expect(parseCsv('a;b\n"x"y;1\n"z"  ;2\n').problems).toEqual([{ line: 2, reason: 'has text after the closing quote of a field' }]);
  });

  it('gives no header and no records for an empty file', () => {
    expect(parseCsv('')).toEqual({ separator: ',', header: null, records: [], problems: [] });
  });
});
