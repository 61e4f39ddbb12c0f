-- National reference data, not programme-owned: no programme_id, no row-level security. The
-- application role reads it and the import replaces it (DELETE + INSERT in one transaction) through
-- the default privileges of 0000 (SELECT, INSERT, UPDATE, DELETE on new tables), so no GRANT here.
CREATE TABLE "postcode_municipality" (
	"postcode" text NOT NULL,
	"municipality_code" text NOT NULL,
	"postcode_name" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "postcode_municipality_postcode_municipality_code_pk" PRIMARY KEY("postcode","municipality_code"),
	CONSTRAINT "postcode_municipality_postcode_format" CHECK ("postcode_municipality"."postcode" ~ '^[0-9]{4}$'),
	CONSTRAINT "postcode_municipality_code_format" CHECK ("postcode_municipality"."municipality_code" ~ '^[0-9]{3}$')
);
