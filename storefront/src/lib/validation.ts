// Mainland mobile numbers: 11 digits starting 13–19. An optional +86/86
// prefix and spaces/dashes are tolerated because dealers paste from contacts.
const PHONE = /^1[3-9]\d{9}$/
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/
const CODE = /^\d{6}$/

export function normalizePhone(raw: string): string {
  return raw.replace(/[\s-]/g, "").replace(/^(\+?86)(?=1\d{10}$)/, "")
}

export const isPhone = (raw: string) => PHONE.test(normalizePhone(raw))
export const isEmail = (raw: string) => EMAIL.test(raw.trim())
export const isSmsCode = (raw: string) => CODE.test(raw.trim())
