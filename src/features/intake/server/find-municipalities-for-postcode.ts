import { eq } from 'drizzle-orm';
import type { Executor } from '../../../server/db.ts';
import { findMunicipality, type Municipality } from '../../../shared/municipalities.ts';
import { postcodeMunicipality } from './postcode.table.ts';

/**
 * The municipalities a postcode lies in, in kommunekode order: one for most postcodes, several
 * where the postcode's area spans municipalities (then the applicant is asked which one). Empty
 * for a postcode the imported table does not know, and before any table has been imported.
 */
export async function findMunicipalitiesForPostcode(
  exec: Executor,
  postcode: string,
): Promise<Municipality[]> {
  const wanted = postcode.trim();
  if (!/^[0-9]{4}$/.test(wanted)) return [];
  const rows = await exec
    .select({ code: postcodeMunicipality.municipalityCode })
    .from(postcodeMunicipality)
    .where(eq(postcodeMunicipality.postcode, wanted))
    .orderBy(postcodeMunicipality.municipalityCode);
  // The import only stores codes of the 98, so every row has a municipality.
  return rows.map((r) => findMunicipality(r.code)).filter((m): m is Municipality => m !== undefined);
}
