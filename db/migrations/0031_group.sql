CREATE TABLE "group_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"author_id" uuid,
	"body_sealed" text NOT NULL,
	"status" text NOT NULL,
	"held_for" text,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "group_comment" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "group_member" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"rules_accepted_at" timestamp with time zone,
	"shares_full_name" boolean DEFAULT false NOT NULL,
	"warnings" integer DEFAULT 0 NOT NULL,
	"suspended_until" timestamp with time zone,
	"moderation_reason_sealed" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_member_programme_id_user_id_pk" PRIMARY KEY("programme_id","user_id"),
	CONSTRAINT "group_member_id_unique" UNIQUE("id")
);
--> statement-breakpoint
ALTER TABLE "group_member" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "group_post" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"author_id" uuid,
	"body_sealed" text NOT NULL,
	"status" text NOT NULL,
	"held_for" text,
	"pinned" boolean DEFAULT false NOT NULL,
	"image_data" "bytea",
	"image_width" integer,
	"image_height" integer,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "group_post" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "group_reaction" (
	"programme_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_reaction_post_id_user_id_pk" PRIMARY KEY("post_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "group_reaction" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "group_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"post_id" uuid NOT NULL,
	"reporter_id" uuid,
	"reason_sealed" text NOT NULL,
	"resolved_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "group_report" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "group_word" (
	"programme_id" uuid NOT NULL,
	"word" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "group_word_programme_id_word_pk" PRIMARY KEY("programme_id","word")
);
--> statement-breakpoint
ALTER TABLE "group_word" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "group_comment" ADD CONSTRAINT "group_comment_post_id_group_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."group_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_comment" ADD CONSTRAINT "group_comment_author_id_app_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_comment" ADD CONSTRAINT "group_comment_moderated_by_app_user_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_comment" ADD CONSTRAINT "group_comment_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_member" ADD CONSTRAINT "group_member_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_post" ADD CONSTRAINT "group_post_author_id_app_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_post" ADD CONSTRAINT "group_post_moderated_by_app_user_id_fk" FOREIGN KEY ("moderated_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_post" ADD CONSTRAINT "group_post_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_reaction" ADD CONSTRAINT "group_reaction_post_id_group_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."group_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_reaction" ADD CONSTRAINT "group_reaction_user_id_app_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_reaction" ADD CONSTRAINT "group_reaction_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_report" ADD CONSTRAINT "group_report_post_id_group_post_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."group_post"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_report" ADD CONSTRAINT "group_report_reporter_id_app_user_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_report" ADD CONSTRAINT "group_report_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_word" ADD CONSTRAINT "group_word_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "group_comment_post_idx" ON "group_comment" USING btree ("post_id","created_at");--> statement-breakpoint
CREATE INDEX "group_post_feed_idx" ON "group_post" USING btree ("programme_id","status","created_at");--> statement-breakpoint
CREATE INDEX "group_report_post_idx" ON "group_report" USING btree ("post_id");--> statement-breakpoint
CREATE POLICY "group_comment_programme_isolation" ON "group_comment" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "group_member_programme_isolation" ON "group_member" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "group_post_programme_isolation" ON "group_post" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "group_reaction_programme_isolation" ON "group_reaction" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "group_report_programme_isolation" ON "group_report" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "group_word_programme_isolation" ON "group_word" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express it; keep at the end when regenerating). See 0002:
-- every programme-owned table forces row-level security.
ALTER TABLE "group_post" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "group_comment" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "group_reaction" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "group_report" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "group_member" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "group_word" FORCE ROW LEVEL SECURITY;
