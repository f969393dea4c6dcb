/**
 * The core's log: one JSON line per entry on stderr. Entries carry call ids, states and codes,
 * never personal data; callers pass only such fields, and digits long enough to be a phone or
 * personal identity number are masked as a second line of defence.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const LONG_DIGIT_RUN = /\+?\d[\d\s-]{5,}\d/g;

export function maskNumbers(text: string): string {
  return text.replace(LONG_DIGIT_RUN, '[number]');
}

export function createJsonLogger(write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const entry = (level: string) => (message: string, fields: Record<string, unknown> = {}) => {
    const body = maskNumbers(JSON.stringify({ level, message, ...fields }));
    write(`{"at":"${new Date().toISOString()}",${body.slice(1)}\n`);
  };
  return { info: entry('info'), warn: entry('warn'), error: entry('error') };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };
