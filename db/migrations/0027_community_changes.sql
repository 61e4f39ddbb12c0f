ALTER TABLE "cafe_slot" ADD COLUMN "ended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "community_event" ADD COLUMN "cancelled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "community_event" ADD COLUMN "cancel_reason" text DEFAULT '' NOT NULL;