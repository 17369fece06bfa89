type Facts = { company_name: string; display_id: number | string; kind: string; reason: string | null; refund: string | null }

/** Who hears what as a case moves, in Chinese. */
export const CASE_NOTICES: Record<string, { to: "dealer" | "staff"; subject: (f: Facts) => string; body: (f: Facts) => string }> = {
  requested: {
    to: "staff",
    subject: (f) => `新售后申请（${f.kind}）订单 #${f.display_id}`,
    body: (f) => `${f.company_name} 对订单 #${f.display_id} 提交了${f.kind}申请：${f.reason ?? ""}。请在管理后台「售后」中处理。`,
  },
  accepted: {
    to: "dealer",
    subject: (f) => `售后申请已受理（订单 #${f.display_id}）`,
    body: (f) => `${f.company_name}：您对订单 #${f.display_id} 的${f.kind}申请已受理。${f.reason ? `说明：${f.reason}。` : ""}`,
  },
  rejected: {
    to: "dealer",
    subject: (f) => `售后申请未通过（订单 #${f.display_id}）`,
    body: (f) => `${f.company_name}：您对订单 #${f.display_id} 的${f.kind}申请未通过。原因：${f.reason ?? "未注明"}。`,
  },
  completed: {
    to: "dealer",
    subject: (f) => `售后已完成（订单 #${f.display_id}）`,
    body: (f) => `${f.company_name}：您对订单 #${f.display_id} 的${f.kind}已处理完成${f.refund ? `，退款 ${f.refund}` : ""}。`,
  },
}
