/**
 * Every translation the renderer has. All languages are bundled: a few kilobytes each cost less
 * than a loading state in the middle of a language switch at the desk.
 */
import daCaller from '../../assets/locales/da/caller.json';
import daCases from '../../assets/locales/da/cases.json';
import daCommon from '../../assets/locales/da/common.json';
import daKnowledge from '../../assets/locales/da/knowledge.json';
import daPhone from '../../assets/locales/da/phone.json';
import daTeam from '../../assets/locales/da/team.json';
import enCaller from '../../assets/locales/en/caller.json';
import enCases from '../../assets/locales/en/cases.json';
import enCommon from '../../assets/locales/en/common.json';
import enKnowledge from '../../assets/locales/en/knowledge.json';
import enPhone from '../../assets/locales/en/phone.json';
import enTeam from '../../assets/locales/en/team.json';
import svCaller from '../../assets/locales/sv/caller.json';
import svCases from '../../assets/locales/sv/cases.json';
import svCommon from '../../assets/locales/sv/common.json';
import svKnowledge from '../../assets/locales/sv/knowledge.json';
import svPhone from '../../assets/locales/sv/phone.json';
import svTeam from '../../assets/locales/sv/team.json';
import type { Locale } from '../../shared/contract/index.js';

export const namespaces = ['common', 'phone', 'knowledge', 'team', 'caller', 'cases'] as const;
export type Namespace = (typeof namespaces)[number];

/** English is the typed source of keys (see i18next.d.ts); the others must match it. */
export const sourceCatalogs = { common: enCommon, phone: enPhone, knowledge: enKnowledge, team: enTeam, caller: enCaller, cases: enCases };

export const catalogs: Record<Locale, Record<Namespace, object>> = {
  sv: { common: svCommon, phone: svPhone, knowledge: svKnowledge, team: svTeam, caller: svCaller, cases: svCases },
  da: { common: daCommon, phone: daPhone, knowledge: daKnowledge, team: daTeam, caller: daCaller, cases: daCases },
  en: sourceCatalogs,
};
