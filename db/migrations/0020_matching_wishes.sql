CREATE TABLE "match_proposal" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"peer_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"score" real NOT NULL,
	"status" text DEFAULT 'approved' NOT NULL,
	"approved_by" uuid,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_proposal_round_peer_unique" UNIQUE("round_id","peer_id")
);
--> statement-breakpoint
ALTER TABLE "match_proposal" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "matching_round" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_by" uuid,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "matching_round" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "matching_settings" (
	"programme_id" uuid NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "matching_settings_programme_id_pk" PRIMARY KEY("programme_id")
);
--> statement-breakpoint
ALTER TABLE "matching_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "must_not_match" (
	"programme_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"other_user_id" uuid NOT NULL,
	"marked_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "must_not_match_programme_id_user_id_other_user_id_pk" PRIMARY KEY("programme_id","user_id","other_user_id")
);
--> statement-breakpoint
ALTER TABLE "must_not_match" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "round_pin" (
	"programme_id" uuid NOT NULL,
	"round_id" uuid NOT NULL,
	"peer_id" uuid NOT NULL,
	"mentor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "round_pin_round_id_peer_id_mentor_id_pk" PRIMARY KEY("round_id","peer_id","mentor_id")
);
--> statement-breakpoint
ALTER TABLE "round_pin" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "wishes_profile" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"wishes" jsonb NOT NULL,
	"free_words_sealed" text,
	"avoid_names_sealed" text,
	"paused" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wishes_profile_programme_user_unique" UNIQUE("programme_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "wishes_profile" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD CONSTRAINT "match_proposal_round_id_matching_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."matching_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD CONSTRAINT "match_proposal_peer_id_app_user_id_fk" FOREIGN KEY ("peer_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD CONSTRAINT "match_proposal_mentor_id_app_user_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD CONSTRAINT "match_proposal_approved_by_app_user_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD CONSTRAINT "match_proposal_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_round" ADD CONSTRAINT "matching_round_opened_by_app_user_id_fk" FOREIGN KEY ("opened_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_round" ADD CONSTRAINT "matching_round_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matching_settings" ADD CONSTRAINT "matching_settings_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "must_not_match" ADD CONSTRAINT "must_not_match_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "must_not_match" ADD CONSTRAINT "must_not_match_other_user_id_app_user_id_fk" FOREIGN KEY ("other_user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "must_not_match" ADD CONSTRAINT "must_not_match_marked_by_app_user_id_fk" FOREIGN KEY ("marked_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "must_not_match" ADD CONSTRAINT "must_not_match_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_pin" ADD CONSTRAINT "round_pin_round_id_matching_round_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."matching_round"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_pin" ADD CONSTRAINT "round_pin_peer_id_app_user_id_fk" FOREIGN KEY ("peer_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_pin" ADD CONSTRAINT "round_pin_mentor_id_app_user_id_fk" FOREIGN KEY ("mentor_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "round_pin" ADD CONSTRAINT "round_pin_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wishes_profile" ADD CONSTRAINT "wishes_profile_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wishes_profile" ADD CONSTRAINT "wishes_profile_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wishes_profile" ADD CONSTRAINT "wishes_profile_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "match_proposal_peer_idx" ON "match_proposal" USING btree ("peer_id");--> statement-breakpoint
CREATE INDEX "match_proposal_mentor_idx" ON "match_proposal" USING btree ("mentor_id");--> statement-breakpoint
CREATE INDEX "matching_round_programme_idx" ON "matching_round" USING btree ("programme_id","opened_at");--> statement-breakpoint
CREATE INDEX "must_not_match_other_idx" ON "must_not_match" USING btree ("other_user_id");--> statement-breakpoint
CREATE INDEX "wishes_profile_user_idx" ON "wishes_profile" USING btree ("user_id");--> statement-breakpoint
CREATE POLICY "match_proposal_programme_isolation" ON "match_proposal" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "matching_round_programme_isolation" ON "matching_round" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "matching_settings_programme_isolation" ON "matching_settings" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "must_not_match_programme_isolation" ON "must_not_match" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "round_pin_programme_isolation" ON "round_pin" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "wishes_profile_programme_isolation" ON "wishes_profile" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express it; keep at the end when regenerating). See 0002:
-- every programme-owned table forces row-level security.
ALTER TABLE "matching_settings" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "wishes_profile" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "must_not_match" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "matching_round" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "round_pin" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "match_proposal" FORCE ROW LEVEL SECURITY;
