CREATE TABLE "agreement_parties" (
	"agreement_id" integer NOT NULL,
	"party_id" integer NOT NULL,
	CONSTRAINT "agreement_parties_agreement_id_party_id_pk" PRIMARY KEY("agreement_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "agreements" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"signed_on" date NOT NULL,
	"place" text,
	"signatories" text[] DEFAULT '{}' NOT NULL,
	"aims" text[] DEFAULT '{}' NOT NULL,
	"duration_months" integer,
	"document_key" text,
	"document_name" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delegations" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"party_id" integer,
	"country" text NOT NULL,
	"head_of_delegation" text NOT NULL,
	"members" text[] DEFAULT '{}' NOT NULL,
	"arrived_on" date,
	"left_on" date,
	"spoke" boolean DEFAULT false NOT NULL,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "diplomatic_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"place" text NOT NULL,
	"received" boolean DEFAULT true NOT NULL,
	"our_participants" text[] DEFAULT '{}' NOT NULL,
	"their_participants" text[] DEFAULT '{}' NOT NULL,
	"topics" text,
	"outcome" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "follow_up_actions" (
	"id" serial PRIMARY KEY NOT NULL,
	"agreement_id" integer NOT NULL,
	"title" text NOT NULL,
	"owner_member_id" integer,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"done_on" date,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "meeting_parties" (
	"meeting_id" integer NOT NULL,
	"party_id" integer NOT NULL,
	CONSTRAINT "meeting_parties_meeting_id_party_id_pk" PRIMARY KEY("meeting_id","party_id")
);
--> statement-breakpoint
CREATE TABLE "partner_parties" (
	"id" serial PRIMARY KEY NOT NULL,
	"name_original" text NOT NULL,
	"name_ar" text NOT NULL,
	"country" text NOT NULL,
	"orientation" text,
	"relations_since" date,
	"contacts" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "party_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"ordinal" integer,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"venue" text,
	"city" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_party_id_partner_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."partner_parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_event_id_party_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."party_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delegations" ADD CONSTRAINT "delegations_party_id_partner_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."partner_parties"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_agreement_id_agreements_id_fk" FOREIGN KEY ("agreement_id") REFERENCES "public"."agreements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_up_actions" ADD CONSTRAINT "follow_up_actions_owner_member_id_members_id_fk" FOREIGN KEY ("owner_member_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_parties" ADD CONSTRAINT "meeting_parties_meeting_id_diplomatic_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."diplomatic_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_parties" ADD CONSTRAINT "meeting_parties_party_id_partner_parties_id_fk" FOREIGN KEY ("party_id") REFERENCES "public"."partner_parties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agreement_parties_party_id_index" ON "agreement_parties" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "agreements_signed_on_index" ON "agreements" USING btree ("signed_on");--> statement-breakpoint
CREATE INDEX "delegations_event_id_index" ON "delegations" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "delegations_party_id_index" ON "delegations" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "delegations_country_index" ON "delegations" USING btree ("country");--> statement-breakpoint
CREATE INDEX "diplomatic_meetings_date_index" ON "diplomatic_meetings" USING btree ("date");--> statement-breakpoint
CREATE INDEX "follow_up_actions_agreement_id_index" ON "follow_up_actions" USING btree ("agreement_id");--> statement-breakpoint
CREATE INDEX "follow_up_actions_status_due_on_index" ON "follow_up_actions" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "follow_up_actions_owner_member_id_index" ON "follow_up_actions" USING btree ("owner_member_id");--> statement-breakpoint
CREATE INDEX "meeting_parties_party_id_index" ON "meeting_parties" USING btree ("party_id");--> statement-breakpoint
CREATE INDEX "partner_parties_country_index" ON "partner_parties" USING btree ("country");--> statement-breakpoint
CREATE INDEX "partner_parties_name_ar_index" ON "partner_parties" USING btree ("name_ar");--> statement-breakpoint
CREATE INDEX "party_events_starts_on_index" ON "party_events" USING btree ("starts_on");