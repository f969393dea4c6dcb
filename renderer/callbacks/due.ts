/** How late a callback is, counted in the office's calendar days from the core's "today". */

export type Due = { kind: 'today' } | { kind: 'overdue'; days: number } | { kind: 'later'; days: number };

const DAY_MS = 86_400_000;

export function dueOf(today: string, dueDate: string): Due {
  const days = Math.round((Date.parse(`${dueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  if (days === 0) return { kind: 'today' };
  return days < 0 ? { kind: 'overdue', days: -days } : { kind: 'later', days };
}
