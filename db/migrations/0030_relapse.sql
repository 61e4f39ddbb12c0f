CREATE TABLE "mentor_relapse" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentor_id" uuid,
	"recorded_on" date NOT NULL,
	"recorded_by" uuid,
	"paused_pairs" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mentor_relapse" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "mentor_relapse" ADD CONSTRAINT "mentor_relapse_mentor_id_app_user_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_relapse" ADD CONSTRAINT "mentor_relapse_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentor_relapse" ADD CONSTRAINT "mentor_relapse_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mentor_relapse_programme_day_idx" ON "mentor_relapse" USING btree ("programme_id","recorded_on");--> statement-breakpoint
CREATE INDEX "mentor_relapse_mentor_idx" ON "mentor_relapse" USING btree ("mentor_id");--> statement-breakpoint
CREATE INDEX "mentor_relapse_recorded_by_idx" ON "mentor_relapse" USING btree ("recorded_by");--> statement-breakpoint
CREATE POLICY "mentor_relapse_programme_isolation" ON "mentor_relapse" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express it; keep at the end when regenerating). See 0002:
-- every programme-owned table forces row-level security.
ALTER TABLE "mentor_relapse" FORCE ROW LEVEL SECURITY;
