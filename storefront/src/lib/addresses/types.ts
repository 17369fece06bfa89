// The dealer company's delivery addresses (docs/order-review-api.md), shared by its members.

export type Address = {
  id: string
  contact_name: string
  phone: string
  province: string
  city: string
  district: string
  address: string
  postal_code: string | null
  is_default: boolean
}

export const ADDRESS_FIELDS = ["contact_name", "phone", "province", "city", "district", "address", "postal_code"] as const
export type AddressField = (typeof ADDRESS_FIELDS)[number]
export type AddressInput = Record<AddressField, string> & { is_default?: boolean }

/** 浙江省杭州市西湖区文三路 100 号: Chinese addresses read from the largest unit down, without spaces. */
export function addressLine(a: Pick<Address, "province" | "city" | "district" | "address">): string {
  // Municipalities repeat themselves (上海市上海市): say it once.
  const city = a.city === a.province ? "" : a.city
  return [a.province, city, a.district, a.address].filter(Boolean).join("")
}
