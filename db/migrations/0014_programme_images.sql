CREATE TABLE "programme_image" (
	"programme_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"content_type" text NOT NULL,
	"decorative" boolean DEFAULT false NOT NULL,
	"alt_da" text DEFAULT '' NOT NULL,
	"alt_en" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_image_programme_id_id_unique" UNIQUE("programme_id","id")
);
--> statement-breakpoint
ALTER TABLE "programme_image" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "programme_image_file" (
	"programme_id" uuid NOT NULL,
	"image_id" uuid NOT NULL,
	"width" integer NOT NULL,
	"height" integer NOT NULL,
	"byte_size" integer NOT NULL,
	"content_hash" text NOT NULL,
	"data" "bytea",
	CONSTRAINT "programme_image_file_image_id_width_pk" PRIMARY KEY("image_id","width")
);
--> statement-breakpoint
ALTER TABLE "programme_image_file" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "programme_image" ADD CONSTRAINT "programme_image_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_image_file" ADD CONSTRAINT "programme_image_file_image_fk" FOREIGN KEY ("programme_id","image_id") REFERENCES "public"."programme_image"("programme_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "programme_image_programme_isolation" ON "programme_image" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "programme_image_file_programme_isolation" ON "programme_image_file" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
-- See 0002: every programme-owned table forces row-level security.
ALTER TABLE "programme_image" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "programme_image_file" FORCE ROW LEVEL SECURITY;
