import type { Locale } from "../dealer/messages"
import { fillMessage } from "../../utils/coded-error"

type Params = Record<string, string | number>
type Message = { zh: string; en: string }

/** Every ordering-rule and pricing refusal a dealer or staff member can meet, by machine code. */
export const WHOLESALE_MESSAGES = {
  below_min_quantity: { zh: "「{title}」起订量为 {min_quantity} 件", en: "{title}: the minimum order quantity is {min_quantity}" },
  not_multiple: {
    zh: "「{title}」须按 {multiple} 件的整倍数订货",
    en: "{title} is sold in multiples of {multiple}",
  },
  above_max_quantity: { zh: "「{title}」每单限购 {max_quantity} 件", en: "{title}: at most {max_quantity} per order" },
  below_min_order_amount: {
    zh: "订单商品金额未达到起订金额 ¥{min_order_amount}（当前 ¥{subtotal}）",
    en: "The order is below the minimum order amount of ¥{min_order_amount} (now ¥{subtotal})",
  },
  unknown_sku: { zh: "找不到商品编码 {sku}", en: "No product with SKU {sku}" },
  bad_quantity: { zh: "数量须为正整数", en: "The quantity must be a positive whole number" },
  bad_line: { zh: "无法识别这一行，请按「商品编码 数量」填写", en: "Cannot read this line: write \"SKU quantity\"" },
  out_of_stock: { zh: "「{title}」已缺货", en: "{title} is out of stock" },
  insufficient_stock: { zh: "「{title}」库存不足，当前可订 {available} 件", en: "{title}: only {available} in stock" },
  unavailable: { zh: "「{title}」已下架", en: "{title} is no longer available" },
  not_orderable: { zh: "该商品暂不可订购", en: "This product cannot be ordered" },
  tier_in_use: { zh: "该等级下还有 {count} 家经销商，不能删除", en: "{count} dealers are in this tier; it cannot be deleted" },
  tier_not_found: { zh: "经销商等级不存在", en: "Tier not found" },
  dealer_not_found: { zh: "经销商不存在", en: "Dealer not found" },
  tier_name_taken: { zh: "已有同名等级", en: "A tier with this name already exists" },
  dealer_not_approved_for_tier: { zh: "只有已通过审核的经销商可以调整等级", en: "Only approved dealers can change tier" },
  order_list_not_found: { zh: "常购清单不存在", en: "Order list not found" },
  order_not_found: { zh: "订单不存在", en: "Order not found" },
  cart_not_found: { zh: "进货单不存在", en: "Cart not found" },
  csv_empty: { zh: "CSV 文件为空", en: "The CSV file is empty" },
  csv_header: { zh: "CSV 表头不正确：缺少列「{column}」", en: "The CSV header is wrong: column \"{column}\" is missing" },
  file_type: { zh: "请上传 CSV 或 XLSX 文件", en: "Upload a CSV or XLSX file" },
  too_many_lines: { zh: "一次最多 {max} 行", en: "At most {max} lines at once" },
} satisfies Record<string, Message>

export type WholesaleCode = keyof typeof WHOLESALE_MESSAGES

export function wholesaleMessage(code: WholesaleCode, locale: Locale, params: Params = {}): string {
  return fillMessage(WHOLESALE_MESSAGES[code][locale === "en" ? "en" : "zh"], params)
}
