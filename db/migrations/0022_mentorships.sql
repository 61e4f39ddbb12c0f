CREATE TABLE "meeting" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"place_type" text NOT NULL,
	"note_sealed" text,
	"status" text NOT NULL,
	"planned_by" uuid,
	"logged_by" uuid,
	"logged_at" timestamp with time zone,
	"moved_to_id" uuid,
	"home_flag" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "meeting_rating" (
	"programme_id" uuid NOT NULL,
	"meeting_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"rating" integer NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_rating_meeting_id_user_id_pk" PRIMARY KEY("meeting_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "meeting_rating" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mentorship" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"peer_id" uuid,
	"mentor_id" uuid,
	"state" text NOT NULL,
	"rhythm" text NOT NULL,
	"start_date" date NOT NULL,
	"planned_end" date NOT NULL,
	"extended_end" date,
	"paused_since" date,
	"resume_agreed" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"end_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mentorship" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mentorship_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"type" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"by_party" text NOT NULL,
	"actor_id" uuid,
	"reason" text,
	"note_sealed" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mentorship_event" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mentorship_settings" (
	"programme_id" uuid NOT NULL,
	"months" integer NOT NULL,
	"extension_months" integer NOT NULL,
	"pause_moves_end" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentorship_settings_programme_id_pk" PRIMARY KEY("programme_id")
);
--> statement-breakpoint
ALTER TABLE "mentorship_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_mentorship_id_mentorship_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorship"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_planned_by_app_user_id_fk" FOREIGN KEY ("planned_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_logged_by_app_user_id_fk" FOREIGN KEY ("logged_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_rating" ADD CONSTRAINT "meeting_rating_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_rating" ADD CONSTRAINT "meeting_rating_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_rating" ADD CONSTRAINT "meeting_rating_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_peer_id_app_user_id_fk" FOREIGN KEY ("peer_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_mentor_id_app_user_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship" ADD CONSTRAINT "mentorship_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_event" ADD CONSTRAINT "mentorship_event_mentorship_id_mentorship_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorship"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_event" ADD CONSTRAINT "mentorship_event_actor_id_app_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_event" ADD CONSTRAINT "mentorship_event_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_settings" ADD CONSTRAINT "mentorship_settings_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_mentorship_idx" ON "meeting" USING btree ("mentorship_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_rating_user_idx" ON "meeting_rating" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "mentorship_programme_state_idx" ON "mentorship" USING btree ("programme_id","state");--> statement-breakpoint
CREATE INDEX "mentorship_peer_idx" ON "mentorship" USING btree ("peer_id");--> statement-breakpoint
CREATE INDEX "mentorship_mentor_idx" ON "mentorship" USING btree ("mentor_id");--> statement-breakpoint
CREATE INDEX "mentorship_event_mentorship_idx" ON "mentorship_event" USING btree ("mentorship_id","at");--> statement-breakpoint
CREATE POLICY "meeting_programme_isolation" ON "meeting" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "meeting_rating_programme_isolation" ON "meeting_rating" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "mentorship_programme_isolation" ON "mentorship" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "mentorship_event_programme_isolation" ON "mentorship_event" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "mentorship_settings_programme_isolation" ON "mentorship_settings" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express it; keep at the end when regenerating). See 0002:
-- every programme-owned table forces row-level security.
ALTER TABLE "mentorship_settings" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "mentorship" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "mentorship_event" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "meeting" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "meeting_rating" FORCE ROW LEVEL SECURITY;
