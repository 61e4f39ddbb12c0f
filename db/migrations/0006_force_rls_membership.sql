-- See 0002: every programme-owned table forces row-level security.
ALTER TABLE "membership" FORCE ROW LEVEL SECURITY;
