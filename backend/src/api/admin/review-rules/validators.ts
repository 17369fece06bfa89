import { z } from "zod"

export const RuleBody = z.object({
  name: z.string().trim().min(1).max(60),
  enabled: z.boolean().default(true),
  max_total: z.number().positive().max(1e10).nullable().default(null),
  tier_group_id: z.string().min(1).nullable().default(null),
  require_all_checks: z.boolean().default(true),
})
export const RuleUpdateBody = RuleBody.partial()

export const presentRule = (r: any) => ({
  id: r.id,
  name: r.name,
  enabled: r.enabled,
  max_total: r.max_total == null ? null : Number(r.max_total),
  tier_group_id: r.tier_group_id ?? null,
  require_all_checks: r.require_all_checks,
  created_at: r.created_at,
})
