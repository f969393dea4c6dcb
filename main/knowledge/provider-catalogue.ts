/**
 * The provider catalogue behind the citizen's free choice: the districts, and the providers of one
 * kind in one district with the same facts for each. No ranking: the page sorts them by name.
 */
import type { CatalogueProvider, CatalogueProviderKind } from '../../shared/contract/knowledge.js';
import type { Queryable } from '../data/database.js';
import { districtsSql, providersSql } from './knowledge-desk-sql.js';

export async function readDistricts(db: Queryable): Promise<{ districtId: string; name: string; municipality: string }[]> {
  const rows = await db.query<{ district_id: string; name: string; municipality: string }>(districtsSql);
  return rows.map((row) => ({ districtId: row.district_id, name: row.name, municipality: row.municipality }));
}

export async function readProviders(db: Queryable, districtId: string, kind: CatalogueProviderKind): Promise<CatalogueProvider[]> {
  const rows = await db.query<{ provider_id: string; name: string; phone: string | null; street_address: string }>(providersSql, [districtId, kind]);
  return rows.map((row) => ({
    providerId: row.provider_id,
    name: row.name,
    ...(row.phone ? { phone: row.phone } : {}),
    streetAddress: row.street_address,
  }));
}
