CREATE TABLE "agenda_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"sitting_id" integer,
	"workshop_id" integer,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"start_time" time,
	"duration_minutes" integer,
	"speaker" text,
	"notes" text,
	CONSTRAINT "agenda_items_one_owner" CHECK (("agenda_items"."sitting_id" is null) <> ("agenda_items"."workshop_id" is null))
);
--> statement-breakpoint
CREATE TABLE "committee_sessions" (
	"id" serial PRIMARY KEY NOT NULL,
	"ordinal" integer NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"venue" text NOT NULL,
	"city" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"final_statement" text,
	"minutes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "paper_assignees" (
	"paper_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	CONSTRAINT "paper_assignees_paper_id_member_id_pk" PRIMARY KEY("paper_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "paper_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"paper_id" integer NOT NULL,
	"version" integer NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"attachment_key" text,
	"attachment_name" text,
	"attachment_type" text,
	"attachment_size" bigint,
	"submitted" boolean DEFAULT false NOT NULL,
	"author_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decision" text,
	"review_comment" text,
	"reviewer_id" integer,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "recommendations" (
	"id" serial PRIMARY KEY NOT NULL,
	"workshop_id" integer NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sitting_attendance" (
	"sitting_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"status" text NOT NULL,
	CONSTRAINT "sitting_attendance_sitting_id_member_id_pk" PRIMARY KEY("sitting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "sittings" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"date" date NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time,
	"chairs" text,
	"rapporteur_id" integer
);
--> statement-breakpoint
CREATE TABLE "thematic_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"city" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"venue" text,
	"theme" text NOT NULL,
	"speakers" text,
	"status" text DEFAULT 'planned' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "working_papers" (
	"id" serial PRIMARY KEY NOT NULL,
	"workshop_id" integer NOT NULL,
	"title" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'assigned' NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop_participants" (
	"workshop_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	CONSTRAINT "workshop_participants_workshop_id_member_id_pk" PRIMARY KEY("workshop_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "workshops" (
	"id" serial PRIMARY KEY NOT NULL,
	"session_id" integer NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"theme" text,
	"questions" text[] DEFAULT '{}' NOT NULL,
	"date" date NOT NULL,
	"start_time" time NOT NULL,
	"end_time" time NOT NULL,
	"room" text,
	"facilitator_id" integer,
	"rapporteur_id" integer,
	"capacity" integer
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "calendar_token" text;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_sitting_id_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_assignees" ADD CONSTRAINT "paper_assignees_paper_id_working_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."working_papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_assignees" ADD CONSTRAINT "paper_assignees_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_versions" ADD CONSTRAINT "paper_versions_paper_id_working_papers_id_fk" FOREIGN KEY ("paper_id") REFERENCES "public"."working_papers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_versions" ADD CONSTRAINT "paper_versions_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "paper_versions" ADD CONSTRAINT "paper_versions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendations" ADD CONSTRAINT "recommendations_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sitting_attendance" ADD CONSTRAINT "sitting_attendance_sitting_id_sittings_id_fk" FOREIGN KEY ("sitting_id") REFERENCES "public"."sittings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sitting_attendance" ADD CONSTRAINT "sitting_attendance_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sittings" ADD CONSTRAINT "sittings_session_id_committee_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."committee_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sittings" ADD CONSTRAINT "sittings_rapporteur_id_members_id_fk" FOREIGN KEY ("rapporteur_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thematic_meetings" ADD CONSTRAINT "thematic_meetings_session_id_committee_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."committee_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_papers" ADD CONSTRAINT "working_papers_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_participants" ADD CONSTRAINT "workshop_participants_workshop_id_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop_participants" ADD CONSTRAINT "workshop_participants_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_session_id_committee_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."committee_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_facilitator_id_members_id_fk" FOREIGN KEY ("facilitator_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshops" ADD CONSTRAINT "workshops_rapporteur_id_members_id_fk" FOREIGN KEY ("rapporteur_id") REFERENCES "public"."members"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_items_sitting_id_position_index" ON "agenda_items" USING btree ("sitting_id","position");--> statement-breakpoint
CREATE INDEX "agenda_items_workshop_id_position_index" ON "agenda_items" USING btree ("workshop_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "committee_sessions_ordinal_index" ON "committee_sessions" USING btree ("ordinal");--> statement-breakpoint
CREATE INDEX "committee_sessions_status_starts_on_index" ON "committee_sessions" USING btree ("status","starts_on");--> statement-breakpoint
CREATE INDEX "committee_sessions_starts_on_index" ON "committee_sessions" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "paper_assignees_member_id_index" ON "paper_assignees" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "paper_versions_paper_id_version_index" ON "paper_versions" USING btree ("paper_id","version");--> statement-breakpoint
CREATE INDEX "recommendations_workshop_id_position_index" ON "recommendations" USING btree ("workshop_id","position");--> statement-breakpoint
CREATE INDEX "sitting_attendance_member_id_index" ON "sitting_attendance" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "sittings_session_id_date_start_time_index" ON "sittings" USING btree ("session_id","date","start_time");--> statement-breakpoint
CREATE INDEX "sittings_rapporteur_id_index" ON "sittings" USING btree ("rapporteur_id");--> statement-breakpoint
CREATE INDEX "thematic_meetings_session_id_index" ON "thematic_meetings" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "thematic_meetings_starts_at_index" ON "thematic_meetings" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "working_papers_workshop_id_index" ON "working_papers" USING btree ("workshop_id");--> statement-breakpoint
CREATE INDEX "working_papers_status_due_on_index" ON "working_papers" USING btree ("status","due_on");--> statement-breakpoint
CREATE INDEX "workshop_participants_member_id_index" ON "workshop_participants" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "workshops_session_id_number_index" ON "workshops" USING btree ("session_id","number");--> statement-breakpoint
CREATE INDEX "workshops_date_start_time_index" ON "workshops" USING btree ("date","start_time");--> statement-breakpoint
CREATE INDEX "workshops_facilitator_id_index" ON "workshops" USING btree ("facilitator_id");--> statement-breakpoint
CREATE INDEX "workshops_rapporteur_id_index" ON "workshops" USING btree ("rapporteur_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_calendar_token_index" ON "users" USING btree ("calendar_token");