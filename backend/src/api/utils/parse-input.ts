import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "zod"

/** Parses a body or query with a zod schema; bad input is a 400 naming each offending field. */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input ?? {})
  if (parsed.success) return parsed.data
  const message = parsed.error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ")
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}
