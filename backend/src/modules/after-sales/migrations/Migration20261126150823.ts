import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126150823 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "after_sales_case" ("id" text not null, "order_id" text not null, "dealer_id" text null, "kind" text check ("kind" in ('return', 'exchange', 'repair', 'receipt_discrepancy')) not null, "status" text check ("status" in ('requested', 'accepted', 'rejected', 'completed', 'canceled')) not null default 'requested', "reason" text null, "lines" jsonb not null, "receipt_id" text null, "shipment_id" text null, "created_by" text null, "decided_by" text null, "decision_reason" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "after_sales_case_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_after_sales_case_deleted_at" ON "after_sales_case" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_after_sales_case_order_id" ON "after_sales_case" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_after_sales_case_dealer_id_created_at" ON "after_sales_case" ("dealer_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_after_sales_case_status_created_at" ON "after_sales_case" ("status", "created_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "after_sales_case" cascade;`);
  }

}
