-- See 0002: every programme-owned table forces row-level security.
ALTER TABLE "invitation" FORCE ROW LEVEL SECURITY;
