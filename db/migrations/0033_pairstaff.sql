CREATE TABLE "mentorship_note" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"author_id" uuid,
	"text_sealed" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "mentorship_note" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "mentorship_task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key" text NOT NULL,
	"text_sealed" text,
	"due_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_by" uuid,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "mentorship_task" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "mentorship_note" ADD CONSTRAINT "mentorship_note_mentorship_id_mentorship_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorship"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_note" ADD CONSTRAINT "mentorship_note_author_id_app_user_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_note" ADD CONSTRAINT "mentorship_note_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_task" ADD CONSTRAINT "mentorship_task_mentorship_id_mentorship_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorship"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_task" ADD CONSTRAINT "mentorship_task_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_task" ADD CONSTRAINT "mentorship_task_done_by_app_user_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentorship_task" ADD CONSTRAINT "mentorship_task_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mentorship_note_mentorship_idx" ON "mentorship_note" USING btree ("mentorship_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "mentorship_task_key_idx" ON "mentorship_task" USING btree ("mentorship_id","key");--> statement-breakpoint
CREATE INDEX "mentorship_task_open_idx" ON "mentorship_task" USING btree ("mentorship_id") WHERE done_at is null;--> statement-breakpoint
CREATE INDEX "meeting_mentorship_status_idx" ON "meeting" USING btree ("mentorship_id","status","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_home_flag_idx" ON "meeting" USING btree ("mentorship_id") WHERE home_flag is not null;--> statement-breakpoint
CREATE POLICY "mentorship_note_programme_isolation" ON "mentorship_note" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "mentorship_task_programme_isolation" ON "mentorship_task" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express it; keep at the end when regenerating). See 0002:
-- every programme-owned table forces row-level security.
ALTER TABLE "mentorship_task" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "mentorship_note" FORCE ROW LEVEL SECURITY;
