-- The day the approving body decided, kept apart from the moment the approval was entered.
ALTER TABLE "plan_versions" ADD COLUMN "decision_date" date;
--> statement-breakpoint
-- Versions approved before this column existed were decided the day they were entered. The
-- append-only trigger is lifted for this one backfill only, inside the migration's transaction.
ALTER TABLE "plan_versions" DISABLE TRIGGER plan_versions_append_only;
--> statement-breakpoint
UPDATE "plan_versions" SET "decision_date" = ("approved_at" AT TIME ZONE 'Europe/Rome')::date WHERE "decision_date" IS NULL;
--> statement-breakpoint
ALTER TABLE "plan_versions" ENABLE TRIGGER plan_versions_append_only;
--> statement-breakpoint
ALTER TABLE "plan_versions" ALTER COLUMN "decision_date" SET NOT NULL;
