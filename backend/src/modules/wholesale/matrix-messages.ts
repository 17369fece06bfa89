import type { Locale } from "../dealer/messages"

/** Per-cell problems of a price matrix save or CSV import. */
export const MATRIX_MESSAGES: Record<string, { zh: string; en: string }> = {
  required: { zh: "必填", en: "required" },
  not_a_number: { zh: "须为数字（最多两位小数）", en: "must be a number with at most two decimals" },
  bad_breaks: { zh: "阶梯价格式应为「数量:单价」，多个用分号分隔，如 50:90;100:85", en: "write breaks as qty:price separated by semicolons, e.g. 50:90;100:85" },
  missing_column: { zh: "缺少此列", en: "column missing" },
  unknown_sku: { zh: "找不到该商品编码", en: "unknown SKU" },
  duplicate_sku: { zh: "商品编码重复出现", en: "SKU appears more than once" },
  unknown_variant: { zh: "商品规格不存在", en: "unknown variant" },
  unknown_tier: { zh: "经销商等级不存在", en: "unknown tier" },
  amount: { zh: "价格须大于 0；设置阶梯价前须先有等级价", en: "the price must be above 0, and a tier price is needed before breaks" },
  "breaks.min_quantity": { zh: "阶梯起订数量须为大于 1 的整数且逐级递增", en: "break quantities must be whole numbers above 1, increasing" },
  "breaks.amount": { zh: "阶梯单价须逐级降低且低于等级价", en: "break prices must fall as quantities rise, below the tier price" },
  base_amount: { zh: "基础价须大于 0", en: "the base price must be above 0" },
  min_quantity: { zh: "起订量须为正整数", en: "the minimum quantity must be a positive whole number" },
  multiple: { zh: "订货倍数须为正整数", en: "the multiple must be a positive whole number" },
  max_quantity: { zh: "限购数量须为正整数，且不小于起订量", en: "the maximum must be a positive whole number, not below the minimum" },
}

export function matrixMessage(code: string, locale: Locale) {
  const m = MATRIX_MESSAGES[code]
  return m ? (locale === "en" ? m.en : m.zh) : code
}
