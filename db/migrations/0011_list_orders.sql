DROP INDEX "branches_province_id_name_ar_index";--> statement-breakpoint
DROP INDEX "rooting_activities_branch_id_date_index";--> statement-breakpoint
DROP INDEX "training_meetings_starts_on_index";--> statement-breakpoint
CREATE INDEX "branches_province_id_name_ar_id_index" ON "branches" USING btree ("province_id","name_ar","id");--> statement-breakpoint
CREATE INDEX "evaluation_campaigns_opens_on_id_index" ON "evaluation_campaigns" USING btree ("opens_on","id");--> statement-breakpoint
CREATE INDEX "notifications_user_id_created_at_id_index" ON "notifications" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "rooting_activities_branch_id_date_id_index" ON "rooting_activities" USING btree ("branch_id","date","id");--> statement-breakpoint
CREATE INDEX "training_meetings_starts_on_id_index" ON "training_meetings" USING btree ("starts_on","id");