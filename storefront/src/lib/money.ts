const cny = new Intl.NumberFormat("zh-CN", { style: "currency", currency: "CNY" })

/**
 * Medusa v2 stores amounts in major units (yuan), so no /100 here.
 * Only for signed-in, approved dealers (R1.4): visitors never see prices.
 */
export function formatCNY(amount: number): string {
  return cny.format(amount)
}
