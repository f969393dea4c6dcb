/**
 * How often each kind of case occurs, from the pilot's half-year volumes in the Stockholm proposal
 * (authority and provider calls added up) and its case-class shares. The codes are those
 * migration 3 seeds; the tables stay the source of names.
 */
export const MAIN_CATEGORY = 'elderly_care';

/** [code, calls in the pilot's half year] */
export const caseTypeVolumes = [
  ['home_care', 1244 + 637],
  ['forwarded_to_department', 1023],
  ['housing', 380 + 25],
  ['invoice_question', 343 + 10],
  ['transport_service', 316],
  ['handyman', 254],
  ['county_council_question', 166],
  ['safety_alarm', 104],
  ['day_activity', 32],
  ['national_transport_service', 26],
  ['guardianship', 25],
  ['personal_assistance', 18],
  ['car_adaptation_grant', 3],
] as const;

export type CaseType = (typeof caseTypeVolumes)[number][0];

/** [code, share in per cent] */
export const caseClassShares = [
  ['information_guidance', 40],
  ['new_application', 9],
  ['status_inquiry', 21],
  ['complaint_administration', 12],
  ['complaint_provider', 18],
] as const;

export type CaseClass = (typeof caseClassShares)[number][0];

/** How citizens ask to hear back when a case is not settled on the phone. */
export const feedbackChannelShares = [
  ['phone', 50],
  ['sms', 15],
  ['email', 15],
  ['letter', 12],
  ['my_pages', 8],
] as const;

/** The seeds' target: 70 % of questions are answered at first contact. */
export const RESOLVED_AT_FIRST_CONTACT = 0.7;

/** Notes as an agent would write them, by class, in the municipality's language. */
export const noteTemplates: Readonly<Record<'sv' | 'da', Readonly<Record<CaseClass, string>>>> = {
  sv: {
    information_guidance: 'Besvarade frågan med stöd av tjänsteguiden.',
    new_application: 'Vill ansöka. Uppgifterna skickade till handläggare.',
    status_inquiry: 'Frågade hur det går med pågående ärende.',
    complaint_administration: 'Synpunkt på handläggningen, dokumenterad och vidarebefordrad.',
    complaint_provider: 'Synpunkt på utföraren, vidarebefordrad till verksamhetschefen.',
  },
  da: {
    information_guidance: 'Besvarede spørgsmålet ud fra serviceguiden.',
    new_application: 'Ønsker at søge. Oplysningerne sendt til visitator.',
    status_inquiry: 'Spurgte til status på igangværende sag.',
    complaint_administration: 'Klage over sagsbehandlingen, noteret og videresendt.',
    complaint_provider: 'Klage over leverandøren, videresendt til lederen.',
  },
};
