CREATE TABLE "important_person" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"sealed" text NOT NULL,
	CONSTRAINT "important_person_position_unique" UNIQUE("questionnaire_id","position")
);
--> statement-breakpoint
ALTER TABLE "important_person" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "instrument" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"key" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"reference" text NOT NULL,
	"licence" text NOT NULL,
	"direction" text NOT NULL,
	"scoring_rule" text NOT NULL,
	"missing_rule" text NOT NULL,
	"items" jsonb NOT NULL,
	"option_sets" jsonb NOT NULL,
	"scoring" jsonb,
	"optional" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instrument_programme_key_unique" UNIQUE("programme_id","key")
);
--> statement-breakpoint
ALTER TABLE "instrument" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "instrument_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"instrument_id" uuid NOT NULL,
	"language" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"wording" jsonb NOT NULL,
	"wording_hash" text NOT NULL,
	"source" text NOT NULL,
	"translation_log" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	CONSTRAINT "instrument_version_wording_unique" UNIQUE("instrument_id","language","wording_hash"),
	CONSTRAINT "instrument_version_number_unique" UNIQUE("instrument_id","language","version")
);
--> statement-breakpoint
ALTER TABLE "instrument_version" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "questionnaire" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"wave" text NOT NULL,
	"role" text NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	"instrument_keys" jsonb NOT NULL,
	"sent_by" uuid,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"roster_saved_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	CONSTRAINT "questionnaire_person_wave_unique" UNIQUE("programme_id","user_id","role","wave")
);
--> statement-breakpoint
ALTER TABLE "questionnaire" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "questionnaire_answer" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"instrument_id" uuid NOT NULL,
	"version_id" uuid NOT NULL,
	"item" integer NOT NULL,
	"value_sealed" text,
	"skipped" boolean DEFAULT false NOT NULL,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_answer_item_unique" UNIQUE("questionnaire_id","instrument_id","item")
);
--> statement-breakpoint
ALTER TABLE "questionnaire_answer" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "wellbeing_alert" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wellbeing_alert_reason_unique" UNIQUE("questionnaire_id","reason")
);
--> statement-breakpoint
ALTER TABLE "wellbeing_alert" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "important_person" ADD CONSTRAINT "important_person_questionnaire_id_questionnaire_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaire"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "important_person" ADD CONSTRAINT "important_person_version_id_instrument_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."instrument_version"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "important_person" ADD CONSTRAINT "important_person_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument" ADD CONSTRAINT "instrument_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_version" ADD CONSTRAINT "instrument_version_instrument_id_instrument_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instrument"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_version" ADD CONSTRAINT "instrument_version_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_version" ADD CONSTRAINT "instrument_version_approved_by_app_user_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instrument_version" ADD CONSTRAINT "instrument_version_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire" ADD CONSTRAINT "questionnaire_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire" ADD CONSTRAINT "questionnaire_sent_by_app_user_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire" ADD CONSTRAINT "questionnaire_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_answer" ADD CONSTRAINT "questionnaire_answer_questionnaire_id_questionnaire_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaire"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_answer" ADD CONSTRAINT "questionnaire_answer_instrument_id_instrument_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."instrument"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_answer" ADD CONSTRAINT "questionnaire_answer_version_id_instrument_version_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."instrument_version"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_answer" ADD CONSTRAINT "questionnaire_answer_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_alert" ADD CONSTRAINT "wellbeing_alert_questionnaire_id_questionnaire_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaire"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_alert" ADD CONSTRAINT "wellbeing_alert_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wellbeing_alert" ADD CONSTRAINT "wellbeing_alert_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "questionnaire_user_idx" ON "questionnaire" USING btree ("user_id");--> statement-breakpoint
CREATE POLICY "important_person_programme_isolation" ON "important_person" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "instrument_programme_isolation" ON "instrument" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "instrument_version_programme_isolation" ON "instrument_version" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "questionnaire_programme_isolation" ON "questionnaire" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "questionnaire_answer_programme_isolation" ON "questionnaire_answer" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "wellbeing_alert_programme_isolation" ON "wellbeing_alert" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express it; keep at the end when regenerating). See 0002:
-- every programme-owned table forces row-level security.
ALTER TABLE "instrument" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "instrument_version" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "questionnaire" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "questionnaire_answer" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "important_person" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "wellbeing_alert" FORCE ROW LEVEL SECURITY;
