/** Every credit and payment refusal, by machine code (localized by the API error handler). */
export const CREDIT_MESSAGES = {
  order_not_payable: { zh: "订单当前状态为「{status}」，不能付款", en: "The order cannot be paid while it is {status_en}" },
  deferred_payment_locked: { zh: "该款项由经销商付款流程管理：请在「付款确认」确认转账，或通过取消订单、售后退货退款", en: "This payment follows the dealer payment flow: confirm transfers under payment confirmation, refund by cancelling the order or through after-sales" },
  payment_method_unavailable: { zh: "您的账户不支持该付款方式", en: "This payment method is not available to your account" },
  credit_insufficient: { zh: "可用信用额度不足：可用 ¥{available}，订单 ¥{total}", en: "Not enough credit: ¥{available} available, the order is ¥{total}" },
  prepaid_insufficient: { zh: "预存款余额不足：余额 ¥{prepaid}，订单 ¥{total}", en: "Not enough prepaid balance: ¥{prepaid}, the order is ¥{total}" },
  slip_pending: { zh: "该订单已有待确认的汇款凭证，请等待财务确认", en: "A remittance slip for this order is already waiting for confirmation" },
  slip_not_found: { zh: "汇款凭证不存在", en: "Remittance slip not found" },
  slip_decided: { zh: "该汇款凭证已处理（{status}）", en: "This remittance slip was already {status_en}" },
  slip_amount_mismatch: { zh: "汇款金额 ¥{amount} 与应付金额 ¥{total} 不符", en: "The transfer of ¥{amount} does not match the ¥{total} due" },
  amount_invalid: { zh: "金额须为大于 0 且最多两位小数的数字", en: "The amount must be a number above 0 with at most two decimals" },
  currency_mismatch: { zh: "币种须为 {currency}", en: "The currency must be {currency}" },
  account_not_found: { zh: "该经销商没有信用账户", en: "This dealer has no credit account" },
  overdue_debt: { zh: "您有逾期未还的账款 ¥{overdue}，还款后才能下新单", en: "You have ¥{overdue} overdue; new orders are held until it is repaid" },
  statement_role: { zh: "只有负责人和财务可以查看对账单", en: "Only owners and finance members can see statements" },
  slip_file_missing: { zh: "请上传汇款凭证（JPG、PNG 或 PDF）", en: "Upload the remittance slip (JPG, PNG or PDF)" },
} satisfies Record<string, { zh: string; en: string }>

export type CreditCode = keyof typeof CREDIT_MESSAGES
