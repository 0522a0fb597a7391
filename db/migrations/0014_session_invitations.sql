CREATE TABLE "session_invitations" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"answer" text DEFAULT 'none' NOT NULL,
	"reason" text,
	"answered_at" timestamp with time zone,
	"invited_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outbox_emails" ADD COLUMN "attachments" jsonb;--> statement-breakpoint
ALTER TABLE "session_invitations" ADD CONSTRAINT "session_invitations_session_id_committee_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."committee_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_invitations" ADD CONSTRAINT "session_invitations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "session_invitations_session_id_member_id_index" ON "session_invitations" USING btree ("session_id","member_id");--> statement-breakpoint
CREATE INDEX "session_invitations_session_id_answer_id_index" ON "session_invitations" USING btree ("session_id","answer","id");--> statement-breakpoint
CREATE INDEX "session_invitations_session_id_id_index" ON "session_invitations" USING btree ("session_id","id");--> statement-breakpoint
CREATE INDEX "session_invitations_member_id_index" ON "session_invitations" USING btree ("member_id");