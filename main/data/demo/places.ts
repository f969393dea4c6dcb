/**
 * Where demo citizens live: each district's postal codes and post town, and street names common
 * enough to exist in many towns, so an address names no real household. House numbers are drawn.
 */
import type { Municipality } from './districts.js';

export interface DistrictPlace {
  /** Postal codes start with one of these (Sweden: first three digits; Denmark: the whole code). */
  readonly postalPrefixes: readonly string[];
  readonly city: string;
}

export const districtPlaces: Readonly<Record<string, DistrictPlace>> = {
  'Stockholm:Bromma': { postalPrefixes: ['167', '168'], city: 'Bromma' },
  'Stockholm:Enskede-Årsta': { postalPrefixes: ['120', '122'], city: 'Enskede' },
  'Stockholm:Farsta': { postalPrefixes: ['123'], city: 'Farsta' },
  'Stockholm:Hägersten': { postalPrefixes: ['126', '129'], city: 'Hägersten' },
  'Stockholm:Hässelby-Vällingby': { postalPrefixes: ['162', '165'], city: 'Vällingby' },
  'Stockholm:Katarina-Sofia': { postalPrefixes: ['116'], city: 'Stockholm' },
  'Stockholm:Kista': { postalPrefixes: ['164'], city: 'Kista' },
  'Stockholm:Kungsholmen': { postalPrefixes: ['112'], city: 'Stockholm' },
  'Stockholm:Liljeholmen': { postalPrefixes: ['117'], city: 'Stockholm' },
  'Stockholm:Maria-Gamla Stan': { postalPrefixes: ['111', '118'], city: 'Stockholm' },
  'Stockholm:Norrmalm': { postalPrefixes: ['113'], city: 'Stockholm' },
  'Stockholm:Rinkeby': { postalPrefixes: ['163'], city: 'Spånga' },
  'Stockholm:Skarpnäck': { postalPrefixes: ['128'], city: 'Skarpnäck' },
  'Stockholm:Skärholmen': { postalPrefixes: ['127'], city: 'Skärholmen' },
  'Stockholm:Spånga-Tensta': { postalPrefixes: ['163'], city: 'Spånga' },
  'Stockholm:Vantör': { postalPrefixes: ['124'], city: 'Bandhagen' },
  'Stockholm:Älvsjö': { postalPrefixes: ['125'], city: 'Älvsjö' },
  'Stockholm:Östermalm': { postalPrefixes: ['114', '115'], city: 'Stockholm' },
  'Aarhus:Midtbyen': { postalPrefixes: ['8000'], city: 'Aarhus C' },
  'Aarhus:Nord': { postalPrefixes: ['8200'], city: 'Aarhus N' },
  'Aarhus:Syd': { postalPrefixes: ['8270'], city: 'Højbjerg' },
  'Aarhus:Vest': { postalPrefixes: ['8210'], city: 'Aarhus V' },
  'Aarhus:Øst': { postalPrefixes: ['8240'], city: 'Risskov' },
  'Aarhus:Viby': { postalPrefixes: ['8260'], city: 'Viby J' },
  'Aarhus:Brabrand': { postalPrefixes: ['8220'], city: 'Brabrand' },
};

export const streetNames: Readonly<Record<Municipality, readonly string[]>> = {
  Stockholm: [
    'Björkvägen', 'Storgatan', 'Skolvägen', 'Kyrkvägen', 'Ekvägen', 'Parkvägen', 'Lindvägen', 'Granvägen', 'Tallvägen',
    'Ängsvägen', 'Bergsgatan', 'Solvägen', 'Torggatan', 'Åsvägen', 'Backvägen', 'Sjövägen', 'Rosenvägen', 'Stationsvägen',
    'Järnvägsgatan', 'Hagvägen', 'Kvarngatan', 'Trädgårdsgatan', 'Norra vägen', 'Södra vägen', 'Lärkvägen', 'Nygatan',
  ],
  Aarhus: [
    'Skovvej', 'Kirkevej', 'Skolevej', 'Vestergade', 'Østergade', 'Nørregade', 'Søndergade', 'Bakkevej', 'Engvej',
    'Lindevej', 'Birkevej', 'Ahornvej', 'Stationsvej', 'Møllevej', 'Parkvej', 'Rosenvej', 'Strandvej', 'Bøgevej',
  ],
};
