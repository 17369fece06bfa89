import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126150504 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "logistics_warehouse_progress" drop constraint if exists "logistics_warehouse_progress_order_id_unique";`);
    this.addSql(`alter table if exists "logistics_tracking_event" drop constraint if exists "logistics_tracking_event_shipment_id_fingerprint_unique";`);
    this.addSql(`alter table if exists "logistics_shipment" drop constraint if exists "logistics_shipment_carrier_code_tracking_number_unique";`);
    this.addSql(`alter table if exists "logistics_shipment" drop constraint if exists "logistics_shipment_fulfillment_id_unique";`);
    this.addSql(`alter table if exists "logistics_receipt" drop constraint if exists "logistics_receipt_shipment_id_unique";`);
    this.addSql(`create table if not exists "logistics_receipt" ("id" text not null, "shipment_id" text not null, "order_id" text not null, "dealer_id" text null, "confirmed_by" text null, "auto" boolean not null default false, "discrepancy" boolean not null default false, "lines" jsonb not null, "case_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "logistics_receipt_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_logistics_receipt_deleted_at" ON "logistics_receipt" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_logistics_receipt_shipment_id_unique" ON "logistics_receipt" ("shipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_logistics_receipt_order_id" ON "logistics_receipt" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "logistics_shipment" ("id" text not null, "order_id" text not null, "fulfillment_id" text not null, "dealer_id" text null, "carrier_code" text not null, "carrier_name" text not null, "tracking_number" text not null, "tracking_url" text null, "state" text check ("state" in ('pending', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned')) not null default 'pending', "estimated_arrival" timestamptz null, "shipped_at" timestamptz not null, "delivered_at" timestamptz null, "last_event_at" timestamptz null, "provider" text not null default 'manual', "subscribed_at" timestamptz null, "items" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "logistics_shipment_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_logistics_shipment_deleted_at" ON "logistics_shipment" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_logistics_shipment_fulfillment_id_unique" ON "logistics_shipment" ("fulfillment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_logistics_shipment_carrier_code_tracking_number_unique" ON "logistics_shipment" ("carrier_code", "tracking_number") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_logistics_shipment_order_id" ON "logistics_shipment" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_logistics_shipment_dealer_id" ON "logistics_shipment" ("dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_logistics_shipment_state" ON "logistics_shipment" ("state") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "logistics_tracking_event" ("id" text not null, "shipment_id" text not null, "occurred_at" timestamptz not null, "location" text null, "description" text not null, "state" text check ("state" in ('pending', 'in_transit', 'out_for_delivery', 'delivered', 'exception', 'returned')) null, "source" text check ("source" in ('provider', 'staff')) not null default 'provider', "actor_id" text null, "fingerprint" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "logistics_tracking_event_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_logistics_tracking_event_shipment_id" ON "logistics_tracking_event" ("shipment_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_logistics_tracking_event_deleted_at" ON "logistics_tracking_event" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_logistics_tracking_event_shipment_id_fingerprint_unique" ON "logistics_tracking_event" ("shipment_id", "fingerprint") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "logistics_warehouse_progress" ("id" text not null, "order_id" text not null, "picked_at" timestamptz null, "picked_by" text null, "packed_at" timestamptz null, "packed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "logistics_warehouse_progress_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_logistics_warehouse_progress_deleted_at" ON "logistics_warehouse_progress" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_logistics_warehouse_progress_order_id_unique" ON "logistics_warehouse_progress" ("order_id") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "logistics_tracking_event" add constraint "logistics_tracking_event_shipment_id_foreign" foreign key ("shipment_id") references "logistics_shipment" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "logistics_tracking_event" drop constraint if exists "logistics_tracking_event_shipment_id_foreign";`);

    this.addSql(`drop table if exists "logistics_receipt" cascade;`);

    this.addSql(`drop table if exists "logistics_shipment" cascade;`);

    this.addSql(`drop table if exists "logistics_tracking_event" cascade;`);

    this.addSql(`drop table if exists "logistics_warehouse_progress" cascade;`);
  }

}
