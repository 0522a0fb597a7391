CREATE TABLE "rooting_activities" (
	"id" serial PRIMARY KEY NOT NULL,
	"branch_id" integer NOT NULL,
	"date" date NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"people_reached" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rooting_plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"adopted_by_session_id" integer,
	"adopted_on" date,
	"goals" text[] DEFAULT '{}' NOT NULL,
	"starts_on" date NOT NULL,
	"ended_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_attendance_counts" (
	"training_id" integer NOT NULL,
	"province_id" integer NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "training_attendance_counts_training_id_province_id_pk" PRIMARY KEY("training_id","province_id")
);
--> statement-breakpoint
CREATE TABLE "training_materials" (
	"id" serial PRIMARY KEY NOT NULL,
	"training_id" integer NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"storage_key" text,
	"file_name" text,
	"file_type" text,
	"file_size" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_meetings" (
	"id" serial PRIMARY KEY NOT NULL,
	"plan_id" integer NOT NULL,
	"level" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"start_time" text,
	"venue" text,
	"city" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"parent_id" integer,
	"province_id" integer,
	"branch_id" integer,
	"rapporteur" text,
	"summary" text,
	"discussion" text,
	"follow_up" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_people" (
	"training_id" integer NOT NULL,
	"member_id" integer NOT NULL,
	"role" text NOT NULL,
	"province_id" integer,
	CONSTRAINT "training_people_training_id_member_id_role_pk" PRIMARY KEY("training_id","member_id","role")
);
--> statement-breakpoint
CREATE TABLE "training_regions" (
	"training_id" integer NOT NULL,
	"region_id" integer NOT NULL,
	CONSTRAINT "training_regions_training_id_region_id_pk" PRIMARY KEY("training_id","region_id")
);
--> statement-breakpoint
CREATE TABLE "training_sittings" (
	"id" serial PRIMARY KEY NOT NULL,
	"training_id" integer NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"chair" text
);
--> statement-breakpoint
ALTER TABLE "branches" ADD COLUMN "restructured_on" date;--> statement-breakpoint
ALTER TABLE "branches" ADD COLUMN "bureau_renewed_on" date;--> statement-breakpoint
ALTER TABLE "rooting_activities" ADD CONSTRAINT "rooting_activities_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rooting_plans" ADD CONSTRAINT "rooting_plans_adopted_by_session_id_committee_sessions_id_fk" FOREIGN KEY ("adopted_by_session_id") REFERENCES "public"."committee_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance_counts" ADD CONSTRAINT "training_attendance_counts_training_id_training_meetings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."training_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_attendance_counts" ADD CONSTRAINT "training_attendance_counts_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_materials" ADD CONSTRAINT "training_materials_training_id_training_meetings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."training_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_meetings" ADD CONSTRAINT "training_meetings_plan_id_rooting_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."rooting_plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_meetings" ADD CONSTRAINT "training_meetings_parent_id_training_meetings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."training_meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_meetings" ADD CONSTRAINT "training_meetings_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_meetings" ADD CONSTRAINT "training_meetings_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_people" ADD CONSTRAINT "training_people_training_id_training_meetings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."training_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_people" ADD CONSTRAINT "training_people_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_people" ADD CONSTRAINT "training_people_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_regions" ADD CONSTRAINT "training_regions_training_id_training_meetings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."training_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_regions" ADD CONSTRAINT "training_regions_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_sittings" ADD CONSTRAINT "training_sittings_training_id_training_meetings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."training_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rooting_activities_branch_id_date_index" ON "rooting_activities" USING btree ("branch_id","date");--> statement-breakpoint
CREATE INDEX "rooting_activities_date_index" ON "rooting_activities" USING btree ("date");--> statement-breakpoint
CREATE INDEX "training_attendance_counts_province_id_index" ON "training_attendance_counts" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "training_materials_training_id_index" ON "training_materials" USING btree ("training_id");--> statement-breakpoint
CREATE INDEX "training_meetings_plan_id_level_index" ON "training_meetings" USING btree ("plan_id","level");--> statement-breakpoint
CREATE INDEX "training_meetings_starts_on_index" ON "training_meetings" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "training_meetings_parent_id_index" ON "training_meetings" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "training_meetings_province_id_index" ON "training_meetings" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "training_meetings_branch_id_index" ON "training_meetings" USING btree ("branch_id");--> statement-breakpoint
CREATE INDEX "training_meetings_status_index" ON "training_meetings" USING btree ("status");--> statement-breakpoint
CREATE INDEX "training_people_member_id_role_index" ON "training_people" USING btree ("member_id","role");--> statement-breakpoint
CREATE INDEX "training_people_province_id_index" ON "training_people" USING btree ("province_id");--> statement-breakpoint
CREATE INDEX "training_regions_region_id_index" ON "training_regions" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "training_sittings_training_id_position_index" ON "training_sittings" USING btree ("training_id","position");--> statement-breakpoint
CREATE INDEX "branches_restructured_on_index" ON "branches" USING btree ("restructured_on");