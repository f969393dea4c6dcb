/**
 * The two municipalities of the demo and their districts: Stockholm's 18 stadsdelsområden as the
 * Äldre direkt proposal lists them, and 7 home-care areas for Aarhus. The Aarhus status report
 * gives only the count, so those 7 names are demo names.
 */
export type Municipality = 'Stockholm' | 'Aarhus';

export const districtNames: Readonly<Record<Municipality, readonly string[]>> = {
  Stockholm: [
    'Bromma',
    'Enskede-Årsta',
    'Farsta',
    'Hägersten',
    'Hässelby-Vällingby',
    'Katarina-Sofia',
    'Kista',
    'Kungsholmen',
    'Liljeholmen',
    'Maria-Gamla Stan',
    'Norrmalm',
    'Rinkeby',
    'Skarpnäck',
    'Skärholmen',
    'Spånga-Tensta',
    'Vantör',
    'Älvsjö',
    'Östermalm',
  ],
  Aarhus: ['Midtbyen', 'Nord', 'Syd', 'Vest', 'Øst', 'Viby', 'Brabrand'],
};

export const municipalities: readonly Municipality[] = ['Stockholm', 'Aarhus'];
