ALTER TABLE "match_proposal" DROP CONSTRAINT "match_proposal_round_peer_unique";--> statement-breakpoint
ALTER TABLE "match_proposal" ADD COLUMN "offered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD COLUMN "peer_answer" text;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD COLUMN "peer_answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD COLUMN "peer_reason_sealed" text;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD COLUMN "mentor_answer" text;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD COLUMN "mentor_answered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD COLUMN "mentor_reason_sealed" text;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD COLUMN "meeting_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD COLUMN "meeting_place" text;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD COLUMN "meeting_note" text;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD COLUMN "mentorship_id" uuid;--> statement-breakpoint
ALTER TABLE "match_proposal" ADD COLUMN "decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "wishes_profile" ADD COLUMN "share" jsonb DEFAULT '{"firstName":false,"activities":false,"background":false}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "wishes_profile" ADD COLUMN "share_words_sealed" text;--> statement-breakpoint
ALTER TABLE "wishes_profile" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "match_proposal_live_peer_unique" ON "match_proposal" USING btree ("peer_id") WHERE "match_proposal"."status" in ('approved', 'offered', 'accepted');