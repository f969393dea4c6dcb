/**
 * A week of each district's urgent on-call rota, Monday to Sunday of the generated "today": the
 * district's care managers carry the mobile in turns from 07:00 to 19:00, so the agents can reach
 * someone all day. Weekend shifts carry the deputy mobile, as the regular one is then off duty.
 */
import { isoDate, isoInstant, isWorkingDay, localInstant, mondayOf } from './calendar.js';
import type { DemoCareManager, DemoDistrict } from './demo-data.js';
import type { DemoOncallShift } from './organisation-rows.js';
import { stableId } from './stable-id.js';

const SHIFT_START = 7 * 3600;
const SHIFT_END = 19 * 3600;

export function generateOncallShifts(today: number, districts: readonly DemoDistrict[], careManagers: readonly DemoCareManager[]): DemoOncallShift[] {
  const shifts: DemoOncallShift[] = [];
  const monday = mondayOf(today);
  for (const district of districts) {
    const rota = careManagers.filter((manager) => manager.districtId === district.id);
    for (let offset = 0; offset < 7; offset += 1) {
      const day = monday + offset;
      const manager = rota[day % rota.length];
      if (!manager) continue;
      const externalId = `ONCALL-${district.externalId}-${isoDate(day)}`;
      shifts.push({
        id: stableId(`oncall-shift:${externalId}`),
        externalId,
        districtId: district.id,
        careManagerId: manager.id,
        startsAt: isoInstant(localInstant(day, SHIFT_START)),
        endsAt: isoInstant(localInstant(day, SHIFT_END)),
        phone: isWorkingDay(day) ? null : district.oncallDeputyNumber,
      });
    }
  }
  return shifts;
}
