import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server"
import { Link } from "@/i18n/navigation"
import { toLocale } from "@/i18n/routing"
import { getCase } from "@/lib/after-sales-data"
import { isCaseKind } from "@/lib/after-sales-types"
import { getCurrentDealer } from "@/lib/auth/dealer"
import { redirectTo } from "@/lib/auth/redirect"
import { firstParam } from "@/lib/pagination"
import EmptyState from "@/components/common/EmptyState"
import CancelCaseButton from "@/components/after-sales/CancelCaseButton"
import CaseHistory from "@/components/after-sales/CaseHistory"
import CaseLines from "@/components/after-sales/CaseLines"
import CaseReasons from "@/components/after-sales/CaseReasons"
import CaseRefund from "@/components/after-sales/CaseRefund"
import CaseStatusBadge from "@/components/after-sales/CaseStatusBadge"

type Props = {
  params: Promise<{ locale: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = toLocale((await params).locale)
  const t = await getTranslations({ locale, namespace: "AfterSales" })
  return { title: t("title"), robots: { index: false } }
}

/** One case: kind, status, order, goods with photos, reasons, refund and history; 撤销申请 while nobody has acted on it. */
export default async function AfterSalesCasePage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params
  const locale = toLocale(raw)
  setRequestLocale(locale)
  if (!(await getCurrentDealer())) redirectTo("/sign-in", locale)
  const t = await getTranslations("AfterSales")
  const format = await getFormatter()
  const found = await getCase(id, locale)
  // Another company's case looks exactly like one that does not exist.
  if (found === "missing") notFound()
  const back = (
    <Link href="/account/after-sales" className="inline-flex min-h-[44px] items-center text-sm text-brand-600 hover:underline">
      ← {t("backToList")}
    </Link>
  )
  if (!found) {
    return (
      <div className="flex flex-col gap-4">
        {back}
        <EmptyState title={t("unavailable")} />
      </div>
    )
  }
  const c = found
  const created = firstParam((await searchParams).created) === "1"
  const kind = isCaseKind(c.kind) ? t(`kinds.${c.kind}`) : c.kind_label
  // 收货异常 is opened by the receipt check, not asked for: it is not a "申请".
  const title = c.kind === "receipt_discrepancy" ? kind : t("detail.title", { kind })
  const refunded = c.refund_amount !== null && (c.status === "received" || c.status === "completed")

  return (
    <div className="flex flex-col gap-4" data-testid="case-page" data-case-id={c.id} data-status={c.status}>
      <div>
        {back}
        <h1 className="flex flex-wrap items-center gap-3 text-2xl font-bold text-gray-900">
          <span data-testid="case-title">{title}</span>
          <CaseStatusBadge status={c.status} label={c.status_label} />
        </h1>
        <dl className="mt-2 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
          <dt className="text-gray-500">{t("createdAt")}</dt>
          <dd className="text-gray-800">
            <time dateTime={c.created_at}>{format.dateTime(new Date(c.created_at), { dateStyle: "medium", timeStyle: "short" })}</time>
          </dd>
          <dt className="text-gray-500">{t("caseRef")}</dt>
          <dd className="break-all font-mono text-gray-800" data-testid="case-ref">{c.id}</dd>
        </dl>
        <Link
          href={`/account/orders/${c.order_id}`}
          data-testid="case-order-link"
          className="mt-2 inline-flex min-h-[44px] items-center text-sm font-medium text-brand-600 hover:underline"
        >
          {t("order", { id: c.display_id })} ›
        </Link>
      </div>
      {created && c.status === "requested" && (
        <p role="status" className="rounded-lg border border-green-300 bg-green-50 px-4 py-3 text-sm text-green-900" data-testid="case-created">
          ✓ {t("detail.created")}
        </p>
      )}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_24rem] lg:items-start">
        <div className="flex min-w-0 flex-col gap-4">
          {/* First thing under the title: once the goods are back, the money is what the dealer opens the case for. */}
          {refunded && <CaseRefund amount={c.refund_amount ?? 0} method={c.refund_method} />}
          <CaseReasons reason={c.reason} decision={c.decision_reason} rejected={c.status === "rejected"} />
          <CaseLines caseId={c.id} lines={c.lines} />
        </div>
        <div className="flex min-w-0 flex-col gap-4">
          <CaseHistory entries={c.history} />
        </div>
      </div>
      {c.status === "requested" && (
        <div className="flex flex-wrap gap-2" data-testid="case-actions">
          <CancelCaseButton id={c.id} />
        </div>
      )}
    </div>
  )
}
