import { z } from "zod"

const money = z.number().positive().max(1e9)
const count = z.number().int().positive().max(1e6).nullable()

export const MatrixQuery = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
})

const TierPriceBody = z.object({
  amount: money.nullable(),
  breaks: z.array(z.object({ min_quantity: z.number().int(), amount: money })).max(20).default([]),
})

export const MatrixBody = z.object({
  rows: z
    .array(
      z.object({
        variant_id: z.string().min(1),
        base_amount: money.nullable().optional(),
        rules: z.object({ min_quantity: count, multiple: count, max_quantity: count }).optional(),
        prices: z.record(z.string(), TierPriceBody).optional(),
      })
    )
    .min(1)
    .max(1000),
})

export const ImportBody = z.object({
  csv: z.string().min(1).max(5_000_000),
  dry_run: z.boolean().optional().default(false),
})
