/**
 * The eligibility engine validates with zod in the browser too. Zod would try `new Function` to
 * compile faster validators; the CSP forbids eval (and reports the attempt), so it must not try.
 * Imported first by main.tsx, so this runs before any module builds a schema.
 */
import { z } from 'zod';

z.config({ jitless: true });
