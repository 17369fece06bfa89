/** Demo dealer companies, one or more in every review state, so the admin queue shows real cases. */
export type DemoDealer = {
  company_name: string
  // 17 characters; the seed appends the GB 32100 check character (or a wrong one when checksum_ok is false).
  uscc_body: string
  checksum_ok?: boolean
  contact_name: string
  mobile: string
  email: string
  province: string
  city: string
  district: string
  address: string
  status: "pending" | "info_requested" | "approved" | "rejected" | "suspended"
  tier?: string
  credit_limit?: number
  payment_terms_days?: number
  note?: string
}

export const DEMO_DEALER_PASSWORD = "DealerMall2026"

export const demoTiers = ["一级经销商", "二级经销商", "特约经销商"]

export const demoDealers: DemoDealer[] = [
  { company_name: "上海禾丰商贸有限公司", uscc_body: "91310115MA1K4HF01", contact_name: "王伟", mobile: "13800000001", email: "hefeng@dealer.demo", province: "上海市", city: "上海市", district: "浦东新区", address: "张江路 88 号 3 楼", status: "approved", tier: "一级经销商", credit_limit: 200000, payment_terms_days: 30, note: "老客户，资质齐全" },
  { company_name: "杭州百川食品贸易有限公司", uscc_body: "91330106MA2B7BC02", contact_name: "李娜", mobile: "13800000002", email: "baichuan@dealer.demo", province: "浙江省", city: "杭州市", district: "西湖区", address: "文三路 259 号", status: "approved", tier: "二级经销商", credit_limit: 80000, payment_terms_days: 15 },
  { company_name: "南京润生商行", uscc_body: "92320102MA1RS0003", contact_name: "张强", mobile: "13800000003", email: "runsheng@dealer.demo", province: "江苏省", city: "南京市", district: "玄武区", address: "中山路 18 号", status: "pending" },
  { company_name: "无锡老字号副食品经营部", uscc_body: "92320205MA1LZ0004", checksum_ok: false, contact_name: "陈静", mobile: "13800000004", email: "laozihao@dealer.demo", province: "江苏省", city: "无锡市", district: "锡山区", address: "东亭路 6 号", status: "pending" },
  { company_name: "苏州万家福超市有限公司", uscc_body: "91320505MA1WJ0005", contact_name: "刘洋", mobile: "13800000005", email: "wanjiafu@dealer.demo", province: "江苏省", city: "苏州市", district: "虎丘区", address: "狮山路 199 号", status: "info_requested", note: "营业执照照片不清晰，请重新上传彩色扫描件" },
  { company_name: "合肥众诚批发部", uscc_body: "92340104MA2ZC0006", contact_name: "赵敏", mobile: "13800000006", email: "zhongcheng@dealer.demo", province: "安徽省", city: "合肥市", district: "蜀山区", address: "长江西路 500 号", status: "rejected", note: "经营范围不含食品销售" },
  { company_name: "宁波海之鲜贸易有限公司", uscc_body: "91330203MA2HZ0007", contact_name: "孙磊", mobile: "13800000007", email: "haizhixian@dealer.demo", province: "浙江省", city: "宁波市", district: "海曙区", address: "中山西路 77 号", status: "suspended", tier: "二级经销商", credit_limit: 30000, payment_terms_days: 7, note: "账期逾期 60 天，暂停下单" },
]
