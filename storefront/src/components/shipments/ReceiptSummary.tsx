import { getFormatter, getTranslations } from "next-intl/server"
import { isIssue, type Receipt, type ShipmentItem } from "@/lib/shipments/types"
import { Link } from "@/i18n/navigation"

/**
 * 已验收: when the package was checked, and what the dealer reported short,
 * damaged or wrong, with the after-sales case it opened. Photos are private
 * files (staff see them in the admin); the dealer sees how many were sent.
 */
export default async function ReceiptSummary({ receipt, items }: { receipt: Receipt; items: ShipmentItem[] }) {
  const t = await getTranslations("Shipments.receipt")
  const format = await getFormatter()
  const titles = new Map(items.map((i) => [i.line_item_id, i.title]))
  const reported = receipt.lines.filter((l) => l.issue || l.received < l.expected)

  return (
    <div
      className={`rounded-lg border px-4 py-3 text-sm ${reported.length ? "border-amber-300 bg-amber-50" : "border-green-300 bg-green-50"}`}
      data-testid="receipt-summary"
      data-discrepancy={receipt.discrepancy || undefined}
    >
      <p className="flex flex-wrap items-baseline gap-x-2">
        <span className="font-semibold text-gray-900" data-testid="receipt-done">✓ {t("done")}</span>
        <time dateTime={receipt.confirmed_at} className="text-gray-600">
          {format.dateTime(new Date(receipt.confirmed_at), { dateStyle: "medium", timeStyle: "short" })}
        </time>
      </p>
      {receipt.auto && <p className="mt-1 text-gray-700" data-testid="receipt-auto">{t("auto")}</p>}
      {reported.length === 0 ? (
        <p className="mt-1 text-green-900">{t("allGood")}</p>
      ) : (
        <>
          <p className="mt-2 font-medium text-gray-900">{t("reported")}</p>
          <ul className="mt-1 flex flex-col gap-2">
            {reported.map((l) => (
              <li key={l.line_item_id} className="rounded bg-white/70 px-3 py-2" data-testid="receipt-reported-line" data-line-item-id={l.line_item_id} data-issue={l.issue ?? ""}>
                <p className="break-words font-medium text-gray-900">{titles.get(l.line_item_id) ?? l.line_item_id}</p>
                <p className="mt-0.5 flex flex-wrap gap-x-3 text-gray-700">
                  {isIssue(l.issue) && <span className="font-semibold text-amber-900">{t(`issues.${l.issue}`)}</span>}
                  <span className="tabular-nums">{t("lineReceived", { received: l.received, expected: l.expected })}</span>
                  {(l.photos?.length ?? 0) > 0 && <span>{t("photosAttached", { count: l.photos.length })}</span>}
                </p>
                {l.note && <p className="mt-1 whitespace-pre-line break-words text-gray-700">{l.note}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      {receipt.case_id && (
        <p className="mt-2 text-gray-900" data-testid="receipt-case" data-case-id={receipt.case_id}>
          {/* The reference on a line of its own when it does not fit: a dealer reads it out on the phone. */}
          <span className="font-medium">
            {t.rich("caseOpened", { id: receipt.case_id, ref: (chunks) => (
                <Link href={`/account/after-sales/${receipt.case_id}`} className="inline-block break-all font-mono text-red-700 underline" data-testid="receipt-case-link">
                  {chunks}
                </Link>
              ),
            })}
          </span>
          <span className="block text-gray-600">{t("caseHint")}</span>
        </p>
      )}
    </div>
  )
}
