import { MedusaError } from "@medusajs/framework/utils"
import type { Locale } from "../dealer/messages"
import { codedError, fillMessage } from "../../utils/coded-error"

type Params = Record<string, string | number>

/** Every order-review refusal a dealer or staff member can meet, by machine code. */
export const REVIEW_MESSAGES = {
  order_not_found: { zh: "订单不存在", en: "Order not found" },
  rule_not_found: { zh: "自动审核规则不存在", en: "Auto-approval rule not found" },
  review_not_found: { zh: "该订单没有审核记录", en: "This order has no review" },
  review_closed: { zh: "该订单已是「{status}」状态，不能再审核", en: "This order is already {status_en} and cannot be decided again" },
  not_stage_reviewer: { zh: "您不是「{stage}」环节的审核人", en: "You are not a reviewer of the \"{stage}\" stage" },
  reason_required: { zh: "请填写原因", en: "A reason is required" },
  order_not_cancellable: { zh: "订单当前状态不能取消", en: "The order can no longer be cancelled" },
  no_pending_change: { zh: "没有待确认的订单修改", en: "There is no change waiting for confirmation" },
  address_required: { zh: "请选择或填写收货地址", en: "Choose or enter a delivery address" },
  address_not_found: { zh: "收货地址不存在", en: "Address not found" },
  shipping_required: { zh: "请选择配送方式", en: "Choose a shipping method" },
  cart_empty: { zh: "进货单是空的", en: "The cart is empty" },
  out_of_stock: { zh: "「{title}」库存不足，当前可订 {available} 件", en: "{title}: only {available} in stock" },
  role_cannot_edit_addresses: { zh: "只有负责人和采购可以修改收货地址", en: "Only owners and buyers can change addresses" },
} satisfies Record<string, { zh: string; en: string }>

export type ReviewCode = keyof typeof REVIEW_MESSAGES

export function reviewMessage(code: ReviewCode, locale: Locale, params: Params = {}) {
  return fillMessage(REVIEW_MESSAGES[code][locale === "en" ? "en" : "zh"], params)
}

/** A coded review refusal (see utils/coded-error.ts). */
export function reviewError(code: ReviewCode, details: Record<string, string | number> = {}, type: string = MedusaError.Types.CONFLICT) {
  return codedError(code, REVIEW_MESSAGES[code].zh, details, type)
}
