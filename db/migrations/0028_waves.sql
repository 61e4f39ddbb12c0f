CREATE TABLE "questionnaire_reminder" (
	"programme_id" uuid NOT NULL,
	"questionnaire_id" uuid NOT NULL,
	"day" integer NOT NULL,
	"reminded_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaire_reminder_questionnaire_id_day_pk" PRIMARY KEY("questionnaire_id","day")
);
--> statement-breakpoint
ALTER TABLE "questionnaire_reminder" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "wave_settings" (
	"programme_id" uuid NOT NULL,
	"waves" jsonb NOT NULL,
	"window_days" integer NOT NULL,
	"reminder_days" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wave_settings_programme_id_pk" PRIMARY KEY("programme_id")
);
--> statement-breakpoint
ALTER TABLE "wave_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "questionnaire_reminder" ADD CONSTRAINT "questionnaire_reminder_questionnaire_id_questionnaire_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaire"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaire_reminder" ADD CONSTRAINT "questionnaire_reminder_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wave_settings" ADD CONSTRAINT "wave_settings_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "questionnaire_reminder_programme_isolation" ON "questionnaire_reminder" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "wave_settings_programme_isolation" ON "wave_settings" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express it; keep at the end when regenerating). See 0002:
-- every programme-owned table forces row-level security.
ALTER TABLE "questionnaire_reminder" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "wave_settings" FORCE ROW LEVEL SECURITY;
