/**
 * How node-postgres turns result text into values: with PGlite's own parsers, so the same SQL
 * gives equal rows on both engines (node-postgres alone would give int8 as a string, a date at
 * local midnight, an interval as an object and bytea as a Buffer).
 */
import { types as pglite } from '@electric-sql/pglite';
import type { CustomTypesConfig } from 'pg';

/**
 * Array types and their element types, by PostgreSQL's fixed OIDs for built-in types. PGlite
 * reads this pairing from pg_type when it starts; node-postgres has to be told.
 */
const arrayElements = new Map<number, number>([
  [1000, 16], // bool
  [1001, 17], // bytea
  [1005, 21], // int2
  [1007, 23], // int4
  [1016, 20], // int8
  [1021, 700], // float4
  [1022, 701], // float8
  [1028, 26], // oid
  [199, 114], // json
  [3807, 3802], // jsonb
  [1009, 25], // text
  [1014, 1042], // bpchar
  [1015, 1043], // varchar
  [1231, 1700], // numeric
  [2951, 2950], // uuid
  [1182, 1082], // date
  [1115, 1114], // timestamp
  [1185, 1184], // timestamptz
  [1183, 1083], // time
  [1187, 1186], // interval
]);

type TextParser = (text: string) => unknown;

const asText: TextParser = (text) => text;

function parserFor(oid: number): TextParser {
  const scalar = pglite.parsers[oid];
  if (scalar) return (text) => scalar(text, oid);
  const elementOid = arrayElements.get(oid);
  if (elementOid === undefined) return asText;
  const element = pglite.parsers[elementOid];
  const parseElement = element ? (text: string) => element(text, elementOid) : asText;
  return (text) => pglite.arrayParser(text, parseElement, oid);
}

const cache = new Map<number, TextParser>();

/**
 * For `new Pool({ types })`. Types neither engine parses (user-defined enums, ranges, geometry)
 * come back as PostgreSQL's text on both; arrays of them differ (PGlite may split them), so cast
 * such arrays to `text[]` in the SQL.
 */
export const pgliteCompatibleTypes: CustomTypesConfig = {
  getTypeParser: ((oid: number) => {
    let parser = cache.get(oid);
    if (!parser) {
      parser = parserFor(oid);
      cache.set(oid, parser);
    }
    return parser;
  }) as CustomTypesConfig['getTypeParser'],
};
