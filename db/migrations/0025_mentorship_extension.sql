CREATE TABLE "extension_answer" (
	"programme_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"party" text NOT NULL,
	"user_id" uuid,
	"wants_to_continue" boolean NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "extension_answer_mentorship_id_party_pk" PRIMARY KEY("mentorship_id","party")
);
--> statement-breakpoint
ALTER TABLE "extension_answer" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "mentorship" ADD COLUMN "extension_asked_on" date;--> statement-breakpoint
ALTER TABLE "mentorship" ADD COLUMN "extension_outcome" text;--> statement-breakpoint
ALTER TABLE "extension_answer" ADD CONSTRAINT "extension_answer_mentorship_id_mentorship_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorship"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_answer" ADD CONSTRAINT "extension_answer_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "extension_answer" ADD CONSTRAINT "extension_answer_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "extension_answer_user_idx" ON "extension_answer" USING btree ("user_id");--> statement-breakpoint
CREATE POLICY "extension_answer_programme_isolation" ON "extension_answer" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express it; keep at the end when regenerating). See 0002:
-- every programme-owned table forces row-level security.
ALTER TABLE "extension_answer" FORCE ROW LEVEL SECURITY;
