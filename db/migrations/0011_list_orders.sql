DROP INDEX "branches_province_id_name_ar_index";--> statement-breakpoint
DROP INDEX "rooting_activities_branch_id_date_index";--> statement-breakpoint
DROP INDEX "training_meetings_starts_on_index";--> statement-breakpoint
DROP INDEX "agreements_signed_on_index";--> statement-breakpoint
DROP INDEX "diplomatic_meetings_date_index";--> statement-breakpoint
DROP INDEX "partner_parties_name_ar_index";--> statement-breakpoint
DROP INDEX "party_events_starts_on_index";--> statement-breakpoint
CREATE INDEX "branches_province_id_name_ar_id_index" ON "branches" USING btree ("province_id","name_ar","id");--> statement-breakpoint
CREATE INDEX "users_name_id_index" ON "users" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "evaluation_campaigns_opens_on_id_index" ON "evaluation_campaigns" USING btree ("opens_on","id");--> statement-breakpoint
CREATE INDEX "notifications_user_id_created_at_id_index" ON "notifications" USING btree ("user_id","created_at","id");--> statement-breakpoint
CREATE INDEX "rooting_activities_branch_id_date_id_index" ON "rooting_activities" USING btree ("branch_id","date","id");--> statement-breakpoint
CREATE INDEX "training_meetings_starts_on_id_index" ON "training_meetings" USING btree ("starts_on","id");--> statement-breakpoint
CREATE INDEX "agreements_signed_on_id_index" ON "agreements" USING btree ("signed_on","id");--> statement-breakpoint
CREATE INDEX "diplomatic_meetings_date_id_index" ON "diplomatic_meetings" USING btree ("date","id");--> statement-breakpoint
CREATE INDEX "partner_parties_name_ar_id_index" ON "partner_parties" USING btree ("name_ar","id");--> statement-breakpoint
CREATE INDEX "party_events_starts_on_id_index" ON "party_events" USING btree ("starts_on","id");