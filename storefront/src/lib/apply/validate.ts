import { isEmail, isPhone } from "@/lib/validation"
import { PASSWORD_MIN, TEXT_FIELDS, licenseProblem, type ApplyField, type TextField } from "./fields"

export type ApplyErrorKey =
  | "required"
  | "emailInvalid"
  | "mobileInvalid"
  | "passwordShort"
  | "passwordMismatch"
  | "licenseMissing"
  | "licenseTooLarge"

type Input = {
  values: Partial<Record<TextField, string>>
  password?: string
  confirm?: string
  license?: { name: string; size: number } | null
  /** Resubmitting: no password, and the licence may stay as it is. */
  resubmit?: boolean
}

/**
 * The checks both the form (before sending) and the server actions (before
 * registering a login) make. The USCC is not among them: the backend decides.
 */
export function validateApplication({ values, password = "", confirm = "", license, resubmit = false }: Input) {
  const errors: Partial<Record<ApplyField, ApplyErrorKey>> = {}
  for (const field of TEXT_FIELDS) if (!values[field]?.trim()) errors[field] = "required"
  if (values.email?.trim() && !isEmail(values.email)) errors.email = "emailInvalid"
  if (values.mobile?.trim() && !isPhone(values.mobile)) errors.mobile = "mobileInvalid"
  if (!resubmit) {
    if (password.length < PASSWORD_MIN) errors.password = "passwordShort"
    else if (password !== confirm) errors.confirm = "passwordMismatch"
  }
  const problem = licenseProblem(license)
  if (problem === "missing" && !resubmit) errors.license = "licenseMissing"
  if (problem === "tooLarge") errors.license = "licenseTooLarge"
  return errors
}
