import { useTranslations } from "next-intl"
import { isCaseKind } from "@/lib/after-sales-types"

/** 退货 / 换货 / 维修 / 收货异常 in the page's language; an unknown kind keeps the backend's label. Server or client. */
export default function KindName({ kind, label }: { kind: string; label?: string }) {
  const t = useTranslations("AfterSales.kinds")
  return <>{isCaseKind(kind) ? t(kind) : label || kind}</>
}
