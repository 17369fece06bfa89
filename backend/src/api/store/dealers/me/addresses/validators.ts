import { z } from "zod"
import { normalizeMobile } from "../../../../../modules/dealer/mobile"

const text = (max: number) => z.string().trim().min(1, "required").max(max)

export const AddressBody = z.object({
  contact_name: text(40),
  phone: z.string().trim().refine((v) => !!normalizeMobile(v) || /^0\d{2,3}-?\d{7,8}$/.test(v), "mobile_invalid"),
  province: text(40),
  city: text(40),
  district: text(40),
  address: text(200),
  postal_code: z.string().trim().regex(/^\d{6}$/, "postal_code_invalid").nullable().optional(),
  is_default: z.boolean().optional(),
})

export const AddressUpdateBody = AddressBody.partial()
