/**
 * Reads the CSV the care and finance systems export: RFC 4180 quoting (separators, line breaks
 * and doubled quotes inside quoted fields), the separator taken from the header line, and each
 * record tagged with the physical line it starts on, because that is the line a person opens in
 * an editor. Reasons never quote a field's text: it may be a personal identity number.
 */

export type Separator = ';' | ',';

export interface CsvRecord {
  /** Physical line (1-based) the record starts on. */
  line: number;
  fields: string[];
}

export interface CsvProblem {
  line: number;
  reason: string;
}

export interface CsvTable {
  separator: Separator;
  header: CsvRecord | null;
  records: CsvRecord[];
  problems: CsvProblem[];
}

/** The header names fields, so whichever separator occurs more often in it is the separator. */
export function detectSeparator(text: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons += 1;
    else if (!quoted && char === ',') commas += 1;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(text: string): CsvTable {
  const separator = detectSeparator(text);
  const reader = new CsvReader(text, separator);
  const all = reader.readAll();
  // A line with nothing on it is not a record (a trailing newline, a blank line between blocks).
  const nonEmpty = all.filter((record) => record.fields.length > 1 || record.fields[0] !== '');
  const [header = null, ...records] = nonEmpty;
  return { separator, header, records, problems: reader.problems };
}

class CsvReader {
  readonly problems: CsvProblem[] = [];
  private position = 0;
  private line = 1;
  /** Where an unquoted field ends; a regular expression scans a 100k-row file far faster than a loop. */
  private readonly fieldEnd: RegExp;

  constructor(
    private readonly text: string,
    private readonly separator: Separator,
  ) {
    this.fieldEnd = new RegExp(`[${separator}\\r\\n]`, 'g');
  }

  readAll(): CsvRecord[] {
    const records: CsvRecord[] = [];
    while (this.position < this.text.length) {
      const record = this.readRecord();
      if (record !== null) records.push(record);
    }
    return records;
  }

  /** Null when the record cannot be read (an unclosed quote swallows the rest of the file). */
  private readRecord(): CsvRecord | null {
    const record: CsvRecord = { line: this.line, fields: [] };
    for (;;) {
      const field = this.peek() === '"' ? this.readQuoted() : this.readPlain();
      if (field === null) return null;
      record.fields.push(field);
      const next = this.peek();
      if (next === this.separator) {
        this.position += 1;
        continue;
      }
      this.skipLineBreak();
      return record;
    }
  }

  private readPlain(): string {
    const start = this.position;
    this.fieldEnd.lastIndex = start;
    const end = this.fieldEnd.exec(this.text)?.index ?? this.text.length;
    this.position = end;
    return this.text.slice(start, end);
  }

  private readQuoted(): string | null {
    const opened = this.line;
    this.position += 1;
    let value = '';
    for (;;) {
      const close = this.text.indexOf('"', this.position);
      if (close === -1) {
        this.problems.push({ line: opened, reason: 'a quoted field opened on this line is never closed' });
        this.position = this.text.length;
        return null;
      }
      value += this.text.slice(this.position, close);
      this.line += countLineBreaks(this.text, this.position, close);
      this.position = close + 1;
      if (this.peek() !== '"') break;
      value += '"';
      this.position += 1;
    }
    this.skipTrailingText(opened);
    return value;
  }

  /** Spaces after a closing quote are harmless; anything else means the quoting is broken. */
  private skipTrailingText(opened: number): void {
    const rest = this.readPlain();
    if (rest.trim() !== '') this.problems.push({ line: opened, reason: 'has text after the closing quote of a field' });
  }

  private skipLineBreak(): void {
    if (this.peek() === '\r') this.position += 1;
    if (this.peek() === '\n') this.position += 1;
    this.line += 1;
  }

  private peek(): string | undefined {
    return this.text[this.position];
  }
}

/** "\r\n" is one break, and so are a lone "\n" or "\r". */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index += 1) {
    const char = text[index];
    if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) count += 1;
  }
  return count;
}
