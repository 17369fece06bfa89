import { z } from "zod"

const fields = {
  name: z.string().trim().min(1).max(60),
  enabled: z.boolean(),
  max_total: z.number().positive().max(1e10).nullable(),
  tier_group_id: z.string().min(1).nullable(),
  require_all_checks: z.boolean(),
}

export const RuleBody = z.object({
  ...fields,
  enabled: fields.enabled.default(true),
  max_total: fields.max_total.default(null),
  tier_group_id: fields.tier_group_id.default(null),
  require_all_checks: fields.require_all_checks.default(true),
})
// No defaults here: a partial update changes only what it names.
export const RuleUpdateBody = z.object(fields).partial()

export const presentRule = (r: any) => ({
  id: r.id,
  name: r.name,
  enabled: r.enabled,
  max_total: r.max_total == null ? null : Number(r.max_total),
  tier_group_id: r.tier_group_id ?? null,
  require_all_checks: r.require_all_checks,
  created_at: r.created_at,
})
