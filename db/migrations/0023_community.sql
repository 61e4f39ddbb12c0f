CREATE TABLE "cafe_code_attempt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cafe_code_attempt" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "cafe_session" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"slot_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text NOT NULL,
	"host_id" uuid,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text DEFAULT '' NOT NULL,
	"check_in_code_hash" text,
	"check_in_code_expires_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cafe_session_slot_start_unique" UNIQUE("slot_id","starts_at")
);
--> statement-breakpoint
ALTER TABLE "cafe_session" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "cafe_slot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"weekday" integer NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"place" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cafe_slot" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "cafe_visit" (
	"programme_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"via" text NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cafe_visit_session_id_user_id_pk" PRIMARY KEY("session_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "cafe_visit" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "community_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"place" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"cost_kr" integer DEFAULT 0 NOT NULL,
	"sign_up_deadline" timestamp with time zone NOT NULL,
	"audience" text NOT NULL,
	"guest_allowed" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "community_event" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "event_sign_up" (
	"programme_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"status" text NOT NULL,
	"guest" boolean DEFAULT false NOT NULL,
	"signed_up_at" timestamp with time zone DEFAULT now() NOT NULL,
	"attended" boolean,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "event_sign_up_event_id_user_id_pk" PRIMARY KEY("event_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "event_sign_up" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cafe_code_attempt" ADD CONSTRAINT "cafe_code_attempt_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_code_attempt" ADD CONSTRAINT "cafe_code_attempt_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_session" ADD CONSTRAINT "cafe_session_slot_id_cafe_slot_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."cafe_slot"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_session" ADD CONSTRAINT "cafe_session_host_id_app_user_id_fk" FOREIGN KEY ("host_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_session" ADD CONSTRAINT "cafe_session_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_slot" ADD CONSTRAINT "cafe_slot_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_visit" ADD CONSTRAINT "cafe_visit_session_id_cafe_session_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."cafe_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_visit" ADD CONSTRAINT "cafe_visit_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_visit" ADD CONSTRAINT "cafe_visit_recorded_by_app_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cafe_visit" ADD CONSTRAINT "cafe_visit_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_event" ADD CONSTRAINT "community_event_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_event" ADD CONSTRAINT "community_event_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sign_up" ADD CONSTRAINT "event_sign_up_event_id_community_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."community_event"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sign_up" ADD CONSTRAINT "event_sign_up_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_sign_up" ADD CONSTRAINT "event_sign_up_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cafe_code_attempt_user_idx" ON "cafe_code_attempt" USING btree ("user_id","at");--> statement-breakpoint
CREATE INDEX "cafe_session_programme_idx" ON "cafe_session" USING btree ("programme_id","starts_at");--> statement-breakpoint
CREATE INDEX "cafe_visit_user_idx" ON "cafe_visit" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "community_event_programme_idx" ON "community_event" USING btree ("programme_id","starts_at");--> statement-breakpoint
CREATE INDEX "event_sign_up_user_idx" ON "event_sign_up" USING btree ("user_id");--> statement-breakpoint
CREATE POLICY "cafe_code_attempt_programme_isolation" ON "cafe_code_attempt" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "cafe_session_programme_isolation" ON "cafe_session" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "cafe_slot_programme_isolation" ON "cafe_slot" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "cafe_visit_programme_isolation" ON "cafe_visit" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "community_event_programme_isolation" ON "community_event" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "event_sign_up_programme_isolation" ON "event_sign_up" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express it; keep at the end when regenerating). See 0002:
-- every programme-owned table forces row-level security.
ALTER TABLE "cafe_slot" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cafe_session" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cafe_visit" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cafe_code_attempt" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "community_event" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "event_sign_up" FORCE ROW LEVEL SECURITY;
