CREATE TABLE "cascade_region_counts" (
	"plan_id" integer NOT NULL,
	"region_id" integer NOT NULL,
	"regional" integer DEFAULT 0 NOT NULL,
	"provincial" integer DEFAULT 0 NOT NULL,
	"local" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "cascade_region_counts_plan_id_region_id_pk" PRIMARY KEY("plan_id","region_id")
);
--> statement-breakpoint
CREATE TABLE "province_counts" (
	"province_id" integer PRIMARY KEY NOT NULL,
	"branches" integer DEFAULT 0 NOT NULL,
	"restructured" integer DEFAULT 0 NOT NULL,
	"bureau_renewed" integer DEFAULT 0 NOT NULL,
	"cells" integer DEFAULT 0 NOT NULL,
	"active_members" integer DEFAULT 0 NOT NULL,
	"last_activity_on" date,
	"trainings_held" integer DEFAULT 0 NOT NULL,
	"trainers_trained" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "province_quarter_counts" (
	"province_id" integer NOT NULL,
	"quarter" date NOT NULL,
	"restructured" integer DEFAULT 0 NOT NULL,
	"cells" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "province_quarter_counts_province_id_quarter_pk" PRIMARY KEY("province_id","quarter")
);
--> statement-breakpoint
CREATE TABLE "region_training_counts" (
	"region_id" integer PRIMARY KEY NOT NULL,
	"trainings_held" integer DEFAULT 0 NOT NULL,
	"trainings_held_unplaced" integer DEFAULT 0 NOT NULL,
	"trainers_trained" integer DEFAULT 0 NOT NULL,
	"trained" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_totals" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"trainings_held" integer DEFAULT 0 NOT NULL,
	"trainers_trained" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cascade_region_counts" ADD CONSTRAINT "cascade_region_counts_plan_id_rooting_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."rooting_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cascade_region_counts" ADD CONSTRAINT "cascade_region_counts_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_counts" ADD CONSTRAINT "province_counts_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_quarter_counts" ADD CONSTRAINT "province_quarter_counts_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "region_training_counts" ADD CONSTRAINT "region_training_counts_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "branches_bureau_renewed_on_index" ON "branches" USING btree ("bureau_renewed_on");--> statement-breakpoint
CREATE INDEX "cells_founded_on_index" ON "cells" USING btree ("founded_on");--> statement-breakpoint
CREATE INDEX "training_meetings_ends_on_starts_on_index" ON "training_meetings" USING btree ("ends_on","starts_on");--> statement-breakpoint
-- Written by hand: the functions that recompute the kept counts of some provinces or regions from
-- the tables they count, and the statement-level triggers that call them with the places each
-- statement touched (read from its transition tables), in the writing transaction. A training is
-- held when its status is 'held' or 'reported' (lib/rooting/coverage-queries.ts `held`).
CREATE FUNCTION "province_counts_refresh"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
	INSERT INTO province_counts AS c (province_id, branches, restructured, bureau_renewed, cells, active_members, last_activity_on)
	SELECT p.id,
		(SELECT count(*) FROM branches b WHERE b.province_id = p.id),
		(SELECT count(*) FROM branches b WHERE b.province_id = p.id AND b.restructured_on IS NOT NULL),
		(SELECT count(*) FROM branches b WHERE b.province_id = p.id AND b.bureau_renewed_on IS NOT NULL),
		(SELECT count(*) FROM cells x JOIN branches b ON b.id = x.branch_id WHERE b.province_id = p.id),
		(SELECT coalesce(sum(m.active), 0) FROM branch_member_counts m JOIN branches b ON b.id = m.branch_id WHERE b.province_id = p.id),
		(SELECT max(a.date) FROM rooting_activities a JOIN branches b ON b.id = a.branch_id WHERE b.province_id = p.id)
	FROM provinces p WHERE p.id = ANY(ids)
	ON CONFLICT (province_id) DO UPDATE SET branches = excluded.branches, restructured = excluded.restructured,
		bureau_renewed = excluded.bureau_renewed, cells = excluded.cells, active_members = excluded.active_members,
		last_activity_on = excluded.last_activity_on;
	DELETE FROM province_quarter_counts WHERE province_id = ANY(ids);
	INSERT INTO province_quarter_counts (province_id, quarter, restructured, cells)
	SELECT q.province_id, q.quarter, sum(q.r)::int, sum(q.c)::int FROM (
		SELECT b.province_id, date_trunc('quarter', b.restructured_on::timestamp)::date AS quarter, 1 AS r, 0 AS c
		FROM branches b WHERE b.province_id = ANY(ids) AND b.restructured_on IS NOT NULL
		UNION ALL
		SELECT b.province_id, date_trunc('quarter', x.founded_on::timestamp)::date, 0, 1
		FROM cells x JOIN branches b ON b.id = x.branch_id WHERE b.province_id = ANY(ids) AND x.founded_on IS NOT NULL
	) q GROUP BY q.province_id, q.quarter;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "province_counts_refresh_members"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
	UPDATE province_counts c SET active_members =
		(SELECT coalesce(sum(m.active), 0) FROM branch_member_counts m JOIN branches b ON b.id = m.branch_id WHERE b.province_id = c.province_id)
	WHERE c.province_id = ANY(ids);
END
$$;
--> statement-breakpoint
CREATE FUNCTION "province_counts_refresh_trainings"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
	UPDATE province_counts c SET
		trainings_held = (SELECT count(*) FROM training_meetings t WHERE t.province_id = c.province_id AND t.status IN ('held', 'reported')),
		trainers_trained = (SELECT count(DISTINCT tp.member_id) FROM training_people tp JOIN training_meetings t ON t.id = tp.training_id
			WHERE tp.province_id = c.province_id AND tp.role = 'trained_trainer' AND t.status IN ('held', 'reported'))
	WHERE c.province_id = ANY(ids);
END
$$;
--> statement-breakpoint
CREATE FUNCTION "region_training_counts_refresh"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
	INSERT INTO region_training_counts AS c (region_id, trainings_held, trainings_held_unplaced, trainers_trained, trained)
	SELECT r.id,
		(SELECT count(*) FROM (
			SELECT tr.training_id FROM training_regions tr JOIN training_meetings t ON t.id = tr.training_id
			WHERE tr.region_id = r.id AND t.status IN ('held', 'reported')
			UNION
			SELECT t.id FROM training_meetings t JOIN provinces p ON p.id = t.province_id
			WHERE p.region_id = r.id AND t.status IN ('held', 'reported')) x),
		(SELECT count(*) FROM training_regions tr JOIN training_meetings t ON t.id = tr.training_id
			WHERE tr.region_id = r.id AND t.province_id IS NULL AND t.status IN ('held', 'reported')),
		(SELECT count(DISTINCT tp.member_id) FROM training_people tp JOIN provinces p ON p.id = tp.province_id
			JOIN training_meetings t ON t.id = tp.training_id
			WHERE p.region_id = r.id AND tp.role = 'trained_trainer' AND t.status IN ('held', 'reported')),
		EXISTS (SELECT 1 FROM training_regions tr JOIN training_meetings t ON t.id = tr.training_id
			WHERE tr.region_id = r.id AND t.status IN ('held', 'reported'))
		OR EXISTS (SELECT 1 FROM training_meetings t JOIN provinces p ON p.id = t.province_id
			WHERE p.region_id = r.id AND t.status IN ('held', 'reported')
			AND NOT EXISTS (SELECT 1 FROM training_regions tr WHERE tr.training_id = t.id))
	FROM regions r WHERE r.id = ANY(ids)
	ON CONFLICT (region_id) DO UPDATE SET trainings_held = excluded.trainings_held,
		trainings_held_unplaced = excluded.trainings_held_unplaced, trainers_trained = excluded.trainers_trained, trained = excluded.trained;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "cascade_region_counts_refresh"(ids integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
	DELETE FROM cascade_region_counts WHERE region_id = ANY(ids);
	INSERT INTO cascade_region_counts (plan_id, region_id, regional, provincial, local)
	SELECT x.plan_id, x.region_id, count(*) FILTER (WHERE x.level = 'regional'), count(*) FILTER (WHERE x.level = 'provincial'),
		count(*) FILTER (WHERE x.level = 'local')
	FROM (
		SELECT t.plan_id, tr.region_id, t.id, t.level FROM training_meetings t JOIN training_regions tr ON tr.training_id = t.id
		WHERE tr.region_id = ANY(ids)
		UNION
		SELECT t.plan_id, p.region_id, t.id, t.level FROM training_meetings t JOIN provinces p ON p.id = t.province_id
		WHERE p.region_id = ANY(ids)
	) x GROUP BY x.plan_id, x.region_id;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "training_totals_refresh"() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
	INSERT INTO training_totals AS c (id, trainings_held, trainers_trained)
	SELECT 1, (SELECT count(*) FROM training_meetings t WHERE t.status IN ('held', 'reported')),
		(SELECT count(DISTINCT tp.member_id) FROM training_people tp JOIN training_meetings t ON t.id = tp.training_id
			WHERE tp.role = 'trained_trainer' AND t.status IN ('held', 'reported'))
	ON CONFLICT (id) DO UPDATE SET trainings_held = excluded.trainings_held, trainers_trained = excluded.trainers_trained;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "regions_of_provinces"(ids integer[]) RETURNS integer[] LANGUAGE sql STABLE AS $$
	SELECT array_agg(DISTINCT region_id) FROM provinces WHERE id = ANY(ids)
$$;
--> statement-breakpoint
-- Branches: an update counts only when it moves a branch or changes one of its dates.
CREATE FUNCTION "kept_counts_of_branches"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids integer[];
BEGIN
	IF TG_OP = 'INSERT' THEN
		SELECT array_agg(DISTINCT province_id) INTO ids FROM new_rows;
	ELSIF TG_OP = 'DELETE' THEN
		SELECT array_agg(DISTINCT province_id) INTO ids FROM old_rows;
	ELSE
		SELECT array_agg(DISTINCT v.id) INTO ids
		FROM old_rows o JOIN new_rows n ON n.id = o.id, LATERAL (VALUES (o.province_id), (n.province_id)) v(id)
		WHERE o.province_id IS DISTINCT FROM n.province_id OR o.restructured_on IS DISTINCT FROM n.restructured_on
			OR o.bureau_renewed_on IS DISTINCT FROM n.bureau_renewed_on;
	END IF;
	PERFORM province_counts_refresh(ids);
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- Cells and activities: the provinces of their branches, before and after. A branch deleted with
-- them is counted again by the branches' own trigger, which runs after theirs.
CREATE FUNCTION "kept_counts_of_cells"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids integer[];
BEGIN
	IF TG_OP = 'INSERT' THEN
		SELECT array_agg(DISTINCT b.province_id) INTO ids FROM new_rows x JOIN branches b ON b.id = x.branch_id;
	ELSIF TG_OP = 'DELETE' THEN
		SELECT array_agg(DISTINCT b.province_id) INTO ids FROM old_rows x JOIN branches b ON b.id = x.branch_id;
	ELSE
		SELECT array_agg(DISTINCT b.province_id) INTO ids
		FROM old_rows o JOIN new_rows n ON n.id = o.id, LATERAL (VALUES (o.branch_id), (n.branch_id)) v(id) JOIN branches b ON b.id = v.id
		WHERE o.branch_id IS DISTINCT FROM n.branch_id OR o.founded_on IS DISTINCT FROM n.founded_on;
	END IF;
	PERFORM province_counts_refresh(ids);
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "kept_counts_of_activities"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids integer[];
BEGIN
	IF TG_OP = 'INSERT' THEN
		SELECT array_agg(DISTINCT b.province_id) INTO ids FROM new_rows x JOIN branches b ON b.id = x.branch_id;
	ELSIF TG_OP = 'DELETE' THEN
		SELECT array_agg(DISTINCT b.province_id) INTO ids FROM old_rows x JOIN branches b ON b.id = x.branch_id;
	ELSE
		SELECT array_agg(DISTINCT b.province_id) INTO ids
		FROM old_rows o JOIN new_rows n ON n.id = o.id, LATERAL (VALUES (o.branch_id), (n.branch_id)) v(id) JOIN branches b ON b.id = v.id
		WHERE o.branch_id IS DISTINCT FROM n.branch_id OR o.date IS DISTINCT FROM n.date;
	END IF;
	PERFORM province_counts_refresh(ids);
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- The members' counts per branch (migration 0008) move the province's active members.
CREATE FUNCTION "kept_counts_of_member_counts"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids integer[];
BEGIN
	IF TG_OP = 'DELETE' THEN
		SELECT array_agg(DISTINCT b.province_id) INTO ids FROM old_rows x JOIN branches b ON b.id = x.branch_id;
	ELSE
		SELECT array_agg(DISTINCT b.province_id) INTO ids FROM new_rows x JOIN branches b ON b.id = x.branch_id;
	END IF;
	PERFORM province_counts_refresh_members(ids);
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- Trainings: where they are held, the regions they cover, and the provinces of their trained
-- trainers, for a status, place, plan or level that changed.
CREATE FUNCTION "kept_counts_of_trainings"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	touched integer[];
	places integer[];
	areas integer[];
BEGIN
	IF TG_OP = 'INSERT' THEN
		SELECT array_agg(id), array_agg(DISTINCT province_id) INTO touched, places FROM new_rows;
	ELSIF TG_OP = 'DELETE' THEN
		SELECT array_agg(id), array_agg(DISTINCT province_id) INTO touched, places FROM old_rows;
	ELSE
		SELECT array_agg(DISTINCT n.id), array_agg(DISTINCT v.id) INTO touched, places
		FROM old_rows o JOIN new_rows n ON n.id = o.id, LATERAL (VALUES (o.province_id), (n.province_id)) v(id)
		WHERE o.status IS DISTINCT FROM n.status OR o.province_id IS DISTINCT FROM n.province_id
			OR o.plan_id IS DISTINCT FROM n.plan_id OR o.level IS DISTINCT FROM n.level;
	END IF;
	IF touched IS NULL THEN RETURN NULL; END IF;
	SELECT array_agg(DISTINCT x) INTO places FROM (
		SELECT unnest(places) AS x
		UNION SELECT tp.province_id FROM training_people tp WHERE tp.training_id = ANY(touched) AND tp.role = 'trained_trainer'
	) p WHERE x IS NOT NULL;
	SELECT array_agg(DISTINCT x) INTO areas FROM (
		SELECT unnest(regions_of_provinces(places)) AS x
		UNION SELECT tr.region_id FROM training_regions tr WHERE tr.training_id = ANY(touched)
	) r WHERE x IS NOT NULL;
	PERFORM province_counts_refresh_trainings(places);
	PERFORM region_training_counts_refresh(areas);
	PERFORM cascade_region_counts_refresh(areas);
	PERFORM training_totals_refresh();
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE FUNCTION "kept_counts_of_training_regions"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE areas integer[];
BEGIN
	IF TG_OP = 'INSERT' THEN
		SELECT array_agg(DISTINCT region_id) INTO areas FROM new_rows;
	ELSIF TG_OP = 'DELETE' THEN
		SELECT array_agg(DISTINCT region_id) INTO areas FROM old_rows;
	ELSE
		SELECT array_agg(DISTINCT x) INTO areas FROM (SELECT region_id AS x FROM old_rows UNION SELECT region_id FROM new_rows) r;
	END IF;
	PERFORM region_training_counts_refresh(areas);
	PERFORM cascade_region_counts_refresh(areas);
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- Training people: only the trained trainers are counted.
CREATE FUNCTION "kept_counts_of_training_people"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	changed boolean;
	places integer[];
BEGIN
	IF TG_OP = 'INSERT' THEN
		SELECT count(*) > 0, array_agg(DISTINCT province_id) INTO changed, places FROM new_rows WHERE role = 'trained_trainer';
	ELSIF TG_OP = 'DELETE' THEN
		SELECT count(*) > 0, array_agg(DISTINCT province_id) INTO changed, places FROM old_rows WHERE role = 'trained_trainer';
	ELSE
		SELECT count(*) > 0, array_agg(DISTINCT x) INTO changed, places
		FROM (SELECT province_id AS x FROM old_rows WHERE role = 'trained_trainer' UNION ALL SELECT province_id FROM new_rows WHERE role = 'trained_trainer') r;
	END IF;
	IF NOT changed THEN RETURN NULL; END IF;
	SELECT array_agg(x) INTO places FROM unnest(places) AS x WHERE x IS NOT NULL;
	PERFORM province_counts_refresh_trainings(places);
	PERFORM region_training_counts_refresh(regions_of_provinces(places));
	PERFORM training_totals_refresh();
	RETURN NULL;
END
$$;
--> statement-breakpoint
-- Provinces: a new one gets its row; one moved to another region moves its figures with it.
CREATE FUNCTION "kept_counts_of_provinces"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
	ids integer[];
	areas integer[];
BEGIN
	IF TG_OP = 'INSERT' THEN
		SELECT array_agg(id) INTO ids FROM new_rows;
		PERFORM province_counts_refresh(ids);
		PERFORM province_counts_refresh_trainings(ids);
	ELSE
		SELECT array_agg(DISTINCT v.id) INTO areas
		FROM old_rows o JOIN new_rows n ON n.id = o.id, LATERAL (VALUES (o.region_id), (n.region_id)) v(id)
		WHERE o.region_id IS DISTINCT FROM n.region_id;
		PERFORM region_training_counts_refresh(areas);
		PERFORM cascade_region_counts_refresh(areas);
	END IF;
	RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "branches_counts_insert" AFTER INSERT ON "branches" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_branches"();
--> statement-breakpoint
CREATE TRIGGER "branches_counts_update" AFTER UPDATE ON "branches" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_branches"();
--> statement-breakpoint
CREATE TRIGGER "branches_counts_delete" AFTER DELETE ON "branches" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_branches"();
--> statement-breakpoint
CREATE TRIGGER "cells_counts_insert" AFTER INSERT ON "cells" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_cells"();
--> statement-breakpoint
CREATE TRIGGER "cells_counts_update" AFTER UPDATE ON "cells" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_cells"();
--> statement-breakpoint
CREATE TRIGGER "cells_counts_delete" AFTER DELETE ON "cells" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_cells"();
--> statement-breakpoint
CREATE TRIGGER "activities_counts_insert" AFTER INSERT ON "rooting_activities" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_activities"();
--> statement-breakpoint
CREATE TRIGGER "activities_counts_update" AFTER UPDATE ON "rooting_activities" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_activities"();
--> statement-breakpoint
CREATE TRIGGER "activities_counts_delete" AFTER DELETE ON "rooting_activities" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_activities"();
--> statement-breakpoint
CREATE TRIGGER "member_counts_counts_insert" AFTER INSERT ON "branch_member_counts" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_member_counts"();
--> statement-breakpoint
CREATE TRIGGER "member_counts_counts_update" AFTER UPDATE ON "branch_member_counts" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_member_counts"();
--> statement-breakpoint
CREATE TRIGGER "member_counts_counts_delete" AFTER DELETE ON "branch_member_counts" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_member_counts"();
--> statement-breakpoint
CREATE TRIGGER "trainings_counts_insert" AFTER INSERT ON "training_meetings" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_trainings"();
--> statement-breakpoint
CREATE TRIGGER "trainings_counts_update" AFTER UPDATE ON "training_meetings" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_trainings"();
--> statement-breakpoint
CREATE TRIGGER "trainings_counts_delete" AFTER DELETE ON "training_meetings" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_trainings"();
--> statement-breakpoint
CREATE TRIGGER "training_regions_counts_insert" AFTER INSERT ON "training_regions" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_training_regions"();
--> statement-breakpoint
CREATE TRIGGER "training_regions_counts_update" AFTER UPDATE ON "training_regions" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_training_regions"();
--> statement-breakpoint
CREATE TRIGGER "training_regions_counts_delete" AFTER DELETE ON "training_regions" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_training_regions"();
--> statement-breakpoint
CREATE TRIGGER "training_people_counts_insert" AFTER INSERT ON "training_people" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_training_people"();
--> statement-breakpoint
CREATE TRIGGER "training_people_counts_update" AFTER UPDATE ON "training_people" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_training_people"();
--> statement-breakpoint
CREATE TRIGGER "training_people_counts_delete" AFTER DELETE ON "training_people" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_training_people"();
--> statement-breakpoint
CREATE TRIGGER "provinces_counts_insert" AFTER INSERT ON "provinces" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_provinces"();
--> statement-breakpoint
CREATE TRIGGER "provinces_counts_update" AFTER UPDATE ON "provinces" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "kept_counts_of_provinces"();
--> statement-breakpoint
SELECT province_counts_refresh(array(SELECT id FROM provinces));
--> statement-breakpoint
SELECT province_counts_refresh_trainings(array(SELECT id FROM provinces));
--> statement-breakpoint
SELECT region_training_counts_refresh(array(SELECT id FROM regions));
--> statement-breakpoint
SELECT cascade_region_counts_refresh(array(SELECT id FROM regions));
--> statement-breakpoint
SELECT training_totals_refresh();
--> statement-breakpoint
ANALYZE "province_counts", "province_quarter_counts", "region_training_counts", "training_totals", "cascade_region_counts";
