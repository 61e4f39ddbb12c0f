-- The application role: not the owner of any table and not a superuser, so row-level security
-- applies to it. Roles belong to the whole cluster, so this tolerates a role that another
-- database (or a concurrent migration) created first.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'makker_app') THEN
    CREATE ROLE makker_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL;
END
$$;
--> statement-breakpoint
-- The connecting (owner) role switches to makker_app for every application query.
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'makker_app', 'MEMBER') THEN
    EXECUTE format('GRANT makker_app TO %I', current_user);
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO makker_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO makker_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO makker_app;
--> statement-breakpoint
-- Readiness checks run as the application role and read the migration journal.
GRANT USAGE ON SCHEMA drizzle TO makker_app;
--> statement-breakpoint
GRANT SELECT ON drizzle.__drizzle_migrations TO makker_app;
