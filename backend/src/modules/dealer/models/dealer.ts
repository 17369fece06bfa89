import { model } from "@medusajs/framework/utils"
import { DealerMember } from "./dealer-member"
import { DealerEvent } from "./dealer-event"
import { DealerInvitation } from "./dealer-invitation"
import { DealerAddress } from "./dealer-address"

export const DEALER_STATUSES = ["pending", "info_requested", "approved", "rejected", "suspended"] as const
export type DealerStatus = (typeof DEALER_STATUSES)[number]

/** A dealer company: its application, its review state and the terms it was approved on. */
export const Dealer = model
  .define("dealer", {
    id: model.id({ prefix: "dlr" }).primaryKey(),
    company_name: model.text().searchable(),
    // Unified Social Credit Code (统一社会信用代码), upper-cased.
    uscc: model.text().searchable(),
    // False when only the GB 32100 check digit fails: some legal early codes do.
    uscc_checksum_ok: model.boolean(),
    contact_name: model.text(),
    mobile: model.text().searchable(),
    email: model.text().searchable(),
    province: model.text(),
    city: model.text(),
    district: model.text(),
    address: model.text(),
    license_file_id: model.text(),
    license_file_name: model.text(),
    license_mime: model.text(),
    status: model.enum([...DEALER_STATUSES]).default("pending"),
    tier_group_id: model.text().nullable(),
    credit_limit: model.bigNumber().nullable(),
    payment_terms_days: model.number().nullable(),
    review_note: model.text().nullable(),
    reviewed_by: model.text().nullable(),
    reviewed_at: model.dateTime().nullable(),
    members: model.hasMany(() => DealerMember, { mappedBy: "dealer" }),
    events: model.hasMany(() => DealerEvent, { mappedBy: "dealer" }),
    invitations: model.hasMany(() => DealerInvitation, { mappedBy: "dealer" }),
    addresses: model.hasMany(() => DealerAddress, { mappedBy: "dealer" }),
  })
  .indexes([
    // One live application per company, enforced by the database so two racing requests cannot both pass.
    { on: ["uscc"], unique: true, where: "deleted_at IS NULL" },
    { on: ["status", "created_at"] },
    { on: ["tier_group_id"] },
  ])
