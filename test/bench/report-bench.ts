// (b) The monthly report the seeds ask for: cases by type, class and district for one calendar
// month (local time), over the whole case register, run as a team lead would run it.
import type { Queryable } from '../../main/data/database.js';
import { isoDate, isoInstant, localInstant, monthStart, toDay } from '../../main/data/demo/calendar.js';
import { summarize, type Summary } from './stats.js';

export const monthlyReportSql = `
  select t.name_sv as case_type, k.name_sv as case_class, coalesce(d.name, '') as district, count(*)::int as cases
    from cases c
    join case_types t on t.code = c.case_type_code
    join case_classes k on k.code = c.case_class_code
    left join districts d on d.id = c.district_id
   where c.created_at >= $1 and c.created_at < $2
   group by t.name_sv, k.name_sv, d.name
   order by t.name_sv, k.name_sv, d.name`;

export interface ReportResult {
  month: string;
  first: number;
  warm: Summary;
  groups: number;
  cases: number;
  plan: string[];
}

const RUNS = 6;

/** The last whole month before `today`; instants from local midnight to local midnight. */
export function lastWholeMonth(today: string): { label: string; from: string; to: string } {
  const start = monthStart(toDay(today), -1);
  const end = monthStart(toDay(today));
  return { label: isoDate(start).slice(0, 7), from: isoInstant(localInstant(start, 0)), to: isoInstant(localInstant(end, 0)) };
}

export async function benchMonthlyReport(lead: Queryable, owner: Queryable, today: string): Promise<ReportResult> {
  const month = lastWholeMonth(today);
  const times: number[] = [];
  let rows: { cases: number }[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    rows = await lead.query<{ cases: number }>(monthlyReportSql, [month.from, month.to]);
    times.push(performance.now() - started);
  }
  const plan = await owner.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers off, costs off, timing off) ${monthlyReportSql}`, [month.from, month.to]);
  return {
    month: month.label,
    first: times[0] ?? Number.NaN,
    warm: summarize(times.slice(1)),
    groups: rows.length,
    cases: rows.reduce((sum, row) => sum + row.cases, 0),
    plan: plan.map((row) => row['QUERY PLAN']),
  };
}
