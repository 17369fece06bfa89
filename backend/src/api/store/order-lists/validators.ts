import { z } from "zod"

const items = z
  .array(z.object({ variant_id: z.string().min(1), quantity: z.number().int().min(1).max(1_000_000) }))
  .max(500)

export const CreateOrderListBody = z.object({
  name: z.string().trim().min(1, "请填写清单名称 / a name is required").max(60),
  items: items.optional(),
})
export const UpdateOrderListBody = z.object({ name: z.string().trim().min(1).max(60).optional(), items: items.optional() })
export const ListToCartBody = z.object({ cart_id: z.string().min(1).optional() })
