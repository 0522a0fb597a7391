CREATE TABLE "branch_member_counts" (
	"branch_id" integer PRIMARY KEY NOT NULL,
	"active" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "branch_member_counts" ADD CONSTRAINT "branch_member_counts_branch_id_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "public"."branches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Written by hand: the trigger that keeps branch_member_counts equal to a count of members. It
-- runs once per statement over its transition tables, so a bulk insert costs one grouped upsert,
-- and an update that changes neither a status nor a branch writes nothing.
CREATE FUNCTION "branch_member_counts_apply"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	IF TG_OP = 'INSERT' THEN
		INSERT INTO branch_member_counts AS c (branch_id, active, total)
		SELECT branch_id, count(*) FILTER (WHERE status = 'active'), count(*) FROM new_rows GROUP BY branch_id
		ON CONFLICT (branch_id) DO UPDATE SET active = c.active + excluded.active, total = c.total + excluded.total;
	ELSIF TG_OP = 'DELETE' THEN
		UPDATE branch_member_counts AS c SET active = c.active - d.active, total = c.total - d.total
		FROM (SELECT branch_id, count(*) FILTER (WHERE status = 'active') AS active, count(*) AS total FROM old_rows GROUP BY branch_id) d
		WHERE c.branch_id = d.branch_id;
	ELSIF TG_OP = 'UPDATE' THEN
		INSERT INTO branch_member_counts AS c (branch_id, active, total)
		SELECT d.branch_id, sum(d.active)::int, sum(d.total)::int
		FROM (
			SELECT branch_id, (status = 'active')::int AS active, 1 AS total FROM new_rows
			UNION ALL
			SELECT branch_id, -(status = 'active')::int, -1 FROM old_rows
		) d
		GROUP BY d.branch_id
		HAVING sum(d.active) <> 0 OR sum(d.total) <> 0
		ON CONFLICT (branch_id) DO UPDATE SET active = c.active + excluded.active, total = c.total + excluded.total;
	ELSIF TG_OP = 'TRUNCATE' THEN
		DELETE FROM branch_member_counts;
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "members_count_insert" AFTER INSERT ON "members" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "branch_member_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "members_count_update" AFTER UPDATE ON "members" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "branch_member_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "members_count_delete" AFTER DELETE ON "members" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "branch_member_counts_apply"();
--> statement-breakpoint
CREATE TRIGGER "members_count_truncate" AFTER TRUNCATE ON "members" FOR EACH STATEMENT EXECUTE FUNCTION "branch_member_counts_apply"();
--> statement-breakpoint
INSERT INTO "branch_member_counts" ("branch_id", "active", "total")
SELECT "branch_id", count(*) FILTER (WHERE "status" = 'active'), count(*) FROM "members" GROUP BY "branch_id";
