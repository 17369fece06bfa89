import { z } from "zod"
import { DEALER_STATUSES } from "../../../modules/dealer/models/dealer"

export const ListDealersQuery = z.object({
  status: z.enum(DEALER_STATUSES).optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).default(0),
})

const reason = z.string().trim().min(1, "请填写原因 / a reason is required").max(1000)

export const DecisionBodies = {
  approve: z.object({
    customer_group_id: z.string().min(1),
    credit_limit: z.coerce.number().min(0).max(1e10),
    payment_terms_days: z.coerce.number().int().min(0).max(365),
    note: z.string().trim().max(1000).optional(),
  }),
  reject: z.object({ reason }),
  "request-info": z.object({ message: reason }),
  suspend: z.object({ reason }),
  reinstate: z.object({ note: z.string().trim().max(1000).optional() }),
} as const

export type DecisionPath = keyof typeof DecisionBodies
