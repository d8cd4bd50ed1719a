ALTER TABLE "classification_items" ADD COLUMN "valid_from" integer;--> statement-breakpoint
ALTER TABLE "classification_items" ADD COLUMN "valid_to" integer;--> statement-breakpoint
-- The funding sources already seeded get the years their law starts (and, for the PNRR, ends).
UPDATE "classification_items" SET "valid_from" = v.valid_from, "valid_to" = v.valid_to
FROM (VALUES
  ('FNPS', 1998, NULL::integer),
  ('FNA', 2007, NULL::integer),
  ('DDN', 2016, NULL::integer),
  ('FPOV-SERV', 2018, NULL::integer),
  ('FPOV-EXT', 2018, NULL::integer),
  ('PNRR-M5C2', 2021, 2026),
  ('FSE-PNI', 2021, NULL::integer)
) AS v(code, valid_from, valid_to)
WHERE "classification_items"."scheme" = 'fundingSource'
  AND "classification_items"."code" = v.code
  AND "classification_items"."valid_from" IS NULL
  AND "classification_items"."valid_to" IS NULL;
