CREATE TABLE "chapters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"objective_id" uuid,
	"action_id" uuid,
	"code" text DEFAULT '' NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"data_source" text DEFAULT '' NOT NULL,
	"frequency" text NOT NULL,
	"reported_by" text DEFAULT '' NOT NULL,
	"direction" text DEFAULT 'increase' NOT NULL,
	"baseline_value" double precision,
	"baseline_year" integer,
	"targets" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"partial_percent" integer DEFAULT 60 NOT NULL,
	"achieved_percent" integer DEFAULT 100 NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "indicators_one_owner" CHECK (("indicators"."objective_id" is null) <> ("indicators"."action_id" is null))
);
--> statement-breakpoint
CREATE TABLE "municipal_share_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"district_id" uuid NOT NULL,
	"plan_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"source_code" text NOT NULL,
	"population_year" integer NOT NULL,
	"kind" text NOT NULL,
	"population_basis_points" integer,
	"shares" jsonb
);
--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "lead_organization_id" uuid;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "partners" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "start_date" date;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "end_date" date;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "milestones" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "target_groups" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "actions" ADD COLUMN "status" text DEFAULT 'planned' NOT NULL;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "macro_area_code" text;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "kind" text DEFAULT 'strategic' NOT NULL;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "shared_with_other_districts" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "need" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "target_groups" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "leps_codes" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "policy_integration" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "health_involvement" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "co_programming" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "co_design" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "staff" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "grading" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "objectives" ADD COLUMN "status" text DEFAULT 'planned' NOT NULL;--> statement-breakpoint
ALTER TABLE "chapters" ADD CONSTRAINT "chapters_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "chapters" ADD CONSTRAINT "chapters_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_objective_id_objectives_id_fk" FOREIGN KEY ("objective_id") REFERENCES "public"."objectives"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_share_rules" ADD CONSTRAINT "municipal_share_rules_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipal_share_rules" ADD CONSTRAINT "municipal_share_rules_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "chapters_plan_idx" ON "chapters" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "indicators_plan_idx" ON "indicators" USING btree ("plan_id");--> statement-breakpoint
CREATE UNIQUE INDEX "municipal_share_rules_plan_uq" ON "municipal_share_rules" USING btree ("plan_id");--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_lead_organization_id_organizations_id_fk" FOREIGN KEY ("lead_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;