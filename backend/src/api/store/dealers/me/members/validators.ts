import { z } from "zod"

export const Role = z.enum(["owner", "buyer", "finance"])
export const ChangeRoleBody = z.object({ role: Role })
export const InviteBody = z.object({
  email: z.string().trim().toLowerCase().email().max(120).optional(),
  phone: z.string().trim().max(20).optional(),
  role: Role,
})
export const AcceptBody = z.object({
  token: z.string().trim().min(10).max(200),
  first_name: z.string().trim().min(1).max(40).optional(),
  last_name: z.string().trim().max(40).optional(),
  phone: z.string().trim().max(20).optional(),
})
