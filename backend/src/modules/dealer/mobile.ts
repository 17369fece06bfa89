/** Mainland China mobile numbers: 11 digits starting 13-19, optionally written with +86 and spaces. */
export function normalizeMobile(input: string): string | null {
  const digits = input.replace(/[\s-]/g, "").replace(/^(\+?86)(?=1\d{10}$)/, "")
  return /^1[3-9]\d{9}$/.test(digits) ? digits : null
}
