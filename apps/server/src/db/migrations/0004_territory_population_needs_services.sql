CREATE TABLE "municipality_year_facts" (
	"district_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"foreign_residents" integer,
	"households" integer,
	"household_members" integer
);
--> statement-breakpoint
CREATE TABLE "need_statements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"area_id" uuid NOT NULL,
	"title" text NOT NULL,
	"statement" text DEFAULT '' NOT NULL,
	"evidence" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "objective_needs" (
	"district_id" uuid NOT NULL,
	"objective_id" uuid NOT NULL,
	"need_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "population_counts" (
	"district_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"sex" text NOT NULL,
	"age_from" integer NOT NULL,
	"age_to" integer,
	"count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "population_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text DEFAULT '' NOT NULL,
	"years" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"rows" integer NOT NULL,
	"skipped_rows" integer DEFAULT 0 NOT NULL,
	"imported_by" uuid,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"provider_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"municipality_id" uuid,
	"address" text DEFAULT '' NOT NULL,
	"postal_code" text DEFAULT '' NOT NULL,
	"served_municipality_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"user_area_codes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"istat_category_code" text,
	"cisis_level_code" text,
	"facility_type_code" text,
	"capacity" integer,
	"authorization" text DEFAULT 'none' NOT NULL,
	"authorization_date" date,
	"eligibility" text DEFAULT '' NOT NULL,
	"costs" text DEFAULT '' NOT NULL,
	"contacts" jsonb DEFAULT '{"phone":"","email":"","website":""}'::jsonb NOT NULL,
	"opening_hours" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "social_worker_staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"permanent_fte" double precision NOT NULL,
	"other_fte" double precision DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "registry_number" text;--> statement-breakpoint
ALTER TABLE "municipality_year_facts" ADD CONSTRAINT "municipality_year_facts_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipality_year_facts" ADD CONSTRAINT "municipality_year_facts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_statements" ADD CONSTRAINT "need_statements_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_statements" ADD CONSTRAINT "need_statements_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_statements" ADD CONSTRAINT "need_statements_area_id_plan_areas_id_fk" FOREIGN KEY ("area_id") REFERENCES "public"."plan_areas"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_needs" ADD CONSTRAINT "objective_needs_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_needs" ADD CONSTRAINT "objective_needs_objective_id_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "objective_needs" ADD CONSTRAINT "objective_needs_need_id_need_statements_id_fk" FOREIGN KEY ("need_id") REFERENCES "public"."need_statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_counts" ADD CONSTRAINT "population_counts_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_counts" ADD CONSTRAINT "population_counts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_imports" ADD CONSTRAINT "population_imports_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "population_imports" ADD CONSTRAINT "population_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "social_worker_staff" ADD CONSTRAINT "social_worker_staff_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "municipality_year_facts_uq" ON "municipality_year_facts" USING btree ("municipality_id","year");--> statement-breakpoint
CREATE INDEX "need_statements_plan_idx" ON "need_statements" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "objective_needs_uq" ON "objective_needs" USING btree ("objective_id","need_id");--> statement-breakpoint
CREATE UNIQUE INDEX "population_counts_uq" ON "population_counts" USING btree ("municipality_id","year","sex","age_from");--> statement-breakpoint
CREATE INDEX "population_counts_district_year_idx" ON "population_counts" USING btree ("district_id","year");--> statement-breakpoint
CREATE INDEX "population_imports_district_idx" ON "population_imports" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "services_district_idx" ON "services" USING btree ("district_id");--> statement-breakpoint
CREATE UNIQUE INDEX "services_district_name_uq" ON "services" USING btree ("district_id","provider_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "social_worker_staff_uq" ON "social_worker_staff" USING btree ("district_id","year");