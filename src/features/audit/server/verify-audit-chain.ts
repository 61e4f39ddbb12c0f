import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../../../server/db.ts';
import type { AuditVerifyResult } from '../audit.contract.ts';

/**
 * Recomputes every record's hash from its content and its predecessor's hash and checks that the
 * sequence has no gaps. Any edit, deletion or insertion in the middle breaks the chain there.
 */
export async function verifyAuditChain(db: Database): Promise<AuditVerifyResult> {
  const [result] = await queryRows<{ checked: number; first_broken: number | null }>(
    db.db,
    sql`with chain as (
          select e.seq, e.hash, e.prev_hash,
            encode(sha256(convert_to(audit_event_canonical(e), 'UTF8')), 'hex') as computed,
            coalesce(lag(e.hash) over (order by e.seq), repeat('0', 64)) as expected_prev,
            row_number() over (order by e.seq) as position
          from audit_event e)
        select count(*)::int as checked,
          min(seq) filter (where computed <> hash or prev_hash <> expected_prev or seq <> position)::int as first_broken
        from chain`,
  );
  const firstBrokenSeq = result?.first_broken ?? null;
  return { ok: firstBrokenSeq === null, checked: result?.checked ?? 0, firstBrokenSeq };
}
