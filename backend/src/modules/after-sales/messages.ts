import { MedusaError } from "@medusajs/framework/utils"
import { codedError } from "../../utils/coded-error"

/** Every after-sales refusal, by machine code. */
export const AFTER_SALES_MESSAGES = {
  case_not_found: { zh: "售后申请不存在", en: "After-sales case not found" },
  case_not_open: { zh: "该售后申请已是「{status}」，不能再这样处理", en: "The case is already {status_en}" },
  case_not_accepted: { zh: "请先受理该售后申请", en: "Accept the case first" },
  not_a_return: { zh: "验收差异没有寄回的商品，请处理后直接完成", en: "A receipt discrepancy has nothing sent back; complete it once settled" },
  reason_required: { zh: "请填写原因", en: "A reason is required" },
  nothing_received: { zh: "订单还没有验收过的商品，收货后才能申请售后", en: "Nothing in this order has been received yet" },
  quantity_exceeds_received: { zh: "「{title}」最多还能申请 {available} 件", en: "{title}: at most {available} can still be requested" },
  lines_required: { zh: "请选择要申请售后的商品和数量", en: "Choose the goods and quantities" },
  line_not_found: { zh: "订单中没有这一行商品", en: "That line is not in the order" },
  refund_exceeds_returned: { zh: "退款金额不能超过退回商品的金额 ¥{max}", en: "The refund cannot exceed the returned goods' ¥{max}" },
  refund_unpaid_order: { zh: "订单尚未付款，不能退款；请将退款金额设为 0（货款按退货后金额结算）", en: "The order is not paid yet; refund 0 and settle the reduced amount" },
  photo_type: { zh: "第 {index} 张照片不是 JPG、PNG 或 PDF 文件", en: "Photo {index} is not a JPG, PNG or PDF file" },
  photo_not_found: { zh: "照片不存在", en: "Photo not found" },
  use_after_sales: { zh: "请在「售后」页面申请退换货", en: "Request returns on the after-sales page" },
} satisfies Record<string, { zh: string; en: string }>

export type AfterSalesCode = keyof typeof AFTER_SALES_MESSAGES

export function afterSalesError(code: AfterSalesCode, details: Record<string, string | number | null> = {}, type: string = MedusaError.Types.CONFLICT) {
  return codedError(code, AFTER_SALES_MESSAGES[code].zh, details, type)
}

export const KIND_LABELS: Record<string, { zh: string; en: string }> = {
  return: { zh: "退货", en: "Return" },
  exchange: { zh: "换货", en: "Exchange" },
  repair: { zh: "维修", en: "Repair" },
  receipt_discrepancy: { zh: "验收差异", en: "Receipt discrepancy" },
}

export const STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  requested: { zh: "待处理", en: "Requested" },
  accepted: { zh: "已受理", en: "Accepted" },
  rejected: { zh: "已驳回", en: "Rejected" },
  received: { zh: "已收货", en: "Received" },
  completed: { zh: "已完成", en: "Completed" },
  canceled: { zh: "已撤销", en: "Canceled" },
}
