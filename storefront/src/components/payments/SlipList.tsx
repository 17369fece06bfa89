import { useFormatter, useTranslations } from "next-intl"
import { Link } from "@/i18n/navigation"
import { formatCNY } from "@/lib/money"
import type { Slip } from "@/lib/credit/types"
import SlipStatusBadge from "./SlipStatusBadge"

type Props = {
  slips: Slip[]
  /** Order numbers by order id; without one the slip names no order (the order page itself). */
  numbers?: Map<string, number>
  title: string
  testId?: string
}

/** Remittance slips, newest first, with what finance decided and why a slip was refused. */
export default function SlipList({ slips, numbers, title, testId = "slip-list" }: Props) {
  const t = useTranslations("Slips")
  const format = useFormatter()
  const when = (at: string) => format.dateTime(new Date(at), { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" })
  return (
    <section aria-labelledby={`${testId}-heading`} className="rounded-lg border border-gray-200 bg-white p-4" data-testid={testId}>
      <h2 id={`${testId}-heading`} className="text-base font-semibold text-gray-900">{title}</h2>
      {slips.length === 0 ? (
        <p className="mt-2 text-sm text-gray-500">{t("empty")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-gray-100">
          {slips.map((s) => {
            const number = s.order_id ? numbers?.get(s.order_id) : undefined
            return (
              <li key={s.id} className="flex flex-col gap-1 py-3 text-sm" data-testid="slip" data-status={s.status} data-kind={s.kind}>
                <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                  <span className="flex min-w-0 flex-wrap items-center gap-2">
                    <SlipStatusBadge status={s.status} />
                    <span className="font-medium text-gray-900">{t(`kinds.${s.kind}`)}</span>
                    {number !== undefined && s.order_id && (
                      <Link href={`/account/orders/${s.order_id}`} className="text-brand-600 hover:underline">
                        {t("order", { id: number })}
                      </Link>
                    )}
                  </span>
                  <span className="whitespace-nowrap font-semibold tabular-nums text-gray-900" data-testid="slip-amount">
                    {formatCNY(s.amount)}
                  </span>
                </div>
                <p className="flex flex-wrap gap-x-4 gap-y-0.5 text-gray-500">
                  <span className="font-mono" data-testid="slip-reference">{t("reference", { code: s.reference_code })}</span>
                  {s.payer_name && <span className="break-all">{t("payer", { name: s.payer_name })}</span>}
                  <span>{t("uploadedAt", { date: when(s.created_at) })}</span>
                  {s.decided_at && <span>{t("decidedAt", { date: when(s.decided_at) })}</span>}
                </p>
                {s.status === "rejected" && s.reason && (
                  <p className="whitespace-pre-line break-words text-red-800" data-testid="slip-reason">{t("reason", { reason: s.reason })}</p>
                )}
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
