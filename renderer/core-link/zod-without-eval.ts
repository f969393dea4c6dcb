/**
 * Turns off zod's compiled parsers. zod probes `new Function` when a schema is built; under the
 * page's `script-src 'self'` that probe files a CSP violation report on every start, and the
 * interpreted parser is fast enough for our messages. Must be imported before any schema exists.
 */
import { z } from 'zod';

z.config({ jitless: true });
