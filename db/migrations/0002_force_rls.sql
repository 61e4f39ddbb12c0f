-- drizzle-kit cannot express FORCE ROW LEVEL SECURITY. Every programme-owned table gets it here,
-- in the migration after the one that creates it; tenancy.db.test.ts fails when one is missing.
ALTER TABLE "programme_page" FORCE ROW LEVEL SECURITY;
