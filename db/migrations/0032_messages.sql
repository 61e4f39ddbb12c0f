CREATE TABLE "pair_message" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"mentorship_id" uuid NOT NULL,
	"sender_id" uuid,
	"text_sealed" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "pair_message" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "pair_message_report" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"reporter_id" uuid,
	"reason_sealed" text,
	"reported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"handled_at" timestamp with time zone,
	"handled_by" uuid
);
--> statement-breakpoint
ALTER TABLE "pair_message_report" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "pair_message" ADD CONSTRAINT "pair_message_mentorship_id_mentorship_id_fk" FOREIGN KEY ("mentorship_id") REFERENCES "public"."mentorship"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_message" ADD CONSTRAINT "pair_message_sender_id_app_user_id_fk" FOREIGN KEY ("sender_id") REFERENCES "public"."app_user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_message" ADD CONSTRAINT "pair_message_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_message_report" ADD CONSTRAINT "pair_message_report_message_id_pair_message_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."pair_message"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_message_report" ADD CONSTRAINT "pair_message_report_reporter_id_app_user_id_fk" FOREIGN KEY ("reporter_id") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_message_report" ADD CONSTRAINT "pair_message_report_handled_by_app_user_id_fk" FOREIGN KEY ("handled_by") REFERENCES "public"."app_user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pair_message_report" ADD CONSTRAINT "pair_message_report_programme_id_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programme"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "pair_message_thread_idx" ON "pair_message" USING btree ("mentorship_id","sent_at");--> statement-breakpoint
CREATE INDEX "pair_message_sender_idx" ON "pair_message" USING btree ("sender_id","sent_at");--> statement-breakpoint
CREATE UNIQUE INDEX "pair_message_report_message_idx" ON "pair_message_report" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "pair_message_report_open_idx" ON "pair_message_report" USING btree ("programme_id","handled_at");--> statement-breakpoint
CREATE INDEX "pair_message_report_reporter_idx" ON "pair_message_report" USING btree ("reporter_id");--> statement-breakpoint
CREATE INDEX "pair_message_report_handler_idx" ON "pair_message_report" USING btree ("handled_by");--> statement-breakpoint
CREATE POLICY "pair_message_programme_isolation" ON "pair_message" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
CREATE POLICY "pair_message_report_programme_isolation" ON "pair_message_report" AS PERMISSIVE FOR ALL TO public USING ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid)) WITH CHECK ((programme_id = nullif(current_setting('makker.programme_id', true), '')::uuid));--> statement-breakpoint
-- Hand-written (drizzle-kit cannot express it; keep at the end when regenerating). See 0002:
-- every programme-owned table forces row-level security.
ALTER TABLE "pair_message" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "pair_message_report" FORCE ROW LEVEL SECURITY;
