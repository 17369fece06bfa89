import { z } from "zod"

const amount = z.coerce.number().min(0).max(1e10).nullable()

export const CreateTierBody = z.object({
  name: z.string().trim().min(1, "请填写等级名称 / a name is required").max(60),
  min_order_amount: amount.optional(),
})

export const UpdateTierBody = z.object({
  name: z.string().trim().min(1).max(60).optional(),
  min_order_amount: amount.optional(),
})

export const ReorderTiersBody = z.object({ ids: z.array(z.string().min(1)).min(1).max(100) })
