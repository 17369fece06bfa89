import { ADDRESS_FIELDS, type AddressField, type AddressInput } from "./types"

// The backend's rules (AddressBody in backend/src/api/store/dealers/me/addresses/validators.ts),
// checked before sending so a slip is flagged beside its field at once.
export type AddressProblem = "required" | "phone" | "postal_code" | "too_long"
export type AddressErrors = Partial<Record<AddressField, AddressProblem>>

const MAX: Record<AddressField, number> = {
  contact_name: 40,
  phone: 20,
  province: 40,
  city: 40,
  district: 40,
  address: 200,
  postal_code: 6,
}
const MOBILE = /^1[3-9]\d{9}$/
// A landline is fine for a warehouse: 区号-号码.
const LANDLINE = /^0\d{2,3}-?\d{7,8}$/

export function isDeliveryPhone(raw: string): boolean {
  const compact = raw.replace(/[\s-]/g, "").replace(/^(\+?86)(?=1\d{10}$)/, "")
  return MOBILE.test(compact) || LANDLINE.test(raw.trim())
}

export function validateAddress(input: AddressInput): AddressErrors {
  const errors: AddressErrors = {}
  for (const field of ADDRESS_FIELDS) {
    const value = input[field].trim()
    if (!value && field !== "postal_code") errors[field] = "required"
    else if (value.length > MAX[field]) errors[field] = "too_long"
  }
  if (!errors.phone && !isDeliveryPhone(input.phone)) errors.phone = "phone"
  if (!errors.postal_code && input.postal_code.trim() && !/^\d{6}$/.test(input.postal_code.trim())) errors.postal_code = "postal_code"
  return errors
}

const CODE_TO_PROBLEM: Record<string, AddressProblem> = {
  required: "required",
  mobile_invalid: "phone",
  postal_code_invalid: "postal_code",
}

/**
 * The backend answers bad input with "phone: mobile_invalid; postal_code: …"
 * (English, machine words): turned back into field problems the form words.
 */
export function parseAddressRefusal(message: string | undefined): AddressErrors {
  const errors: AddressErrors = {}
  for (const part of (message ?? "").split(";")) {
    const [field, code] = part.split(":").map((s) => s.trim())
    if ((ADDRESS_FIELDS as readonly string[]).includes(field)) {
      errors[field as AddressField] = CODE_TO_PROBLEM[code] ?? "required"
    }
  }
  return errors
}
