import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261126100226 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "dealer_invitation" drop constraint if exists "dealer_invitation_token_hash_unique";`);
    this.addSql(`create table if not exists "dealer_invitation" ("id" text not null, "email" text null, "phone" text null, "role" text check ("role" in ('owner', 'buyer', 'finance')) not null, "token_hash" text not null, "expires_at" timestamptz not null, "invited_by" text not null, "accepted_at" timestamptz null, "accepted_customer_id" text null, "revoked_at" timestamptz null, "dealer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "dealer_invitation_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_invitation_dealer_id" ON "dealer_invitation" ("dealer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_dealer_invitation_deleted_at" ON "dealer_invitation" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_dealer_invitation_token_hash_unique" ON "dealer_invitation" ("token_hash") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "dealer_invitation" add constraint "dealer_invitation_dealer_id_foreign" foreign key ("dealer_id") references "dealer" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dealer_invitation" cascade;`);
  }

}
