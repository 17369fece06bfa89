/** What the applicant is told after each decision, in Chinese (the dealers' language). */
export const DEALER_NOTICES: Record<string, { subject: string; body: (d: NoticeData) => string }> = {
  approved: {
    subject: "经销商入驻审核已通过",
    body: (d) => `${d.company_name}：您的经销商入驻申请已审核通过，现在可以登录订货商城查看专属价格并下单。`,
  },
  rejected: {
    subject: "经销商入驻审核未通过",
    body: (d) => `${d.company_name}：很抱歉，您的经销商入驻申请未通过审核。原因：${d.note || "未注明"}。`,
  },
  info_requested: {
    subject: "经销商入驻申请需补充资料",
    body: (d) => `${d.company_name}：您的入驻申请需要补充资料：${d.note || "请登录查看"}。请登录订货商城修改后重新提交。`,
  },
  suspended: {
    subject: "经销商账号已停用",
    body: (d) => `${d.company_name}：您的经销商账号已被停用，暂时无法下单。原因：${d.note || "未注明"}。`,
  },
  reinstated: {
    subject: "经销商账号已恢复",
    body: (d) => `${d.company_name}：您的经销商账号已恢复，可以继续下单。`,
  },
}

export type NoticeData = { company_name: string; note: string | null }
