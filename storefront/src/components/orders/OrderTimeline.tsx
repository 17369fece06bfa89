import { getFormatter, getTranslations } from "next-intl/server"
import { isOrderStatus, type TimelineEntry } from "@/lib/orders/types"

const ACTIONS = [
  "submitted",
  "approve",
  "reject",
  "request_changes",
  "auto_approve",
  "changes_confirmed",
  "changes_declined",
  "cancelled",
] as const
type Action = (typeof ACTIONS)[number]
const isAction = (a: unknown): a is Action => (ACTIONS as readonly unknown[]).includes(a)

/** The order's history, oldest first as the backend sends it, in Beijing time (the i18n config's zone). */
export default async function OrderTimeline({ entries }: { entries: TimelineEntry[] }) {
  const t = await getTranslations("OrderDetail.timeline")
  const ts = await getTranslations("OrderStatus")
  const format = await getFormatter()
  const label = (e: TimelineEntry) =>
    isAction(e.action) ? t(`actions.${e.action}`) : isOrderStatus(e.status) ? ts(e.status) : t("actions.other")

  return (
    <section aria-labelledby="timeline-heading" className="rounded-lg border border-gray-200 bg-white p-4" data-testid="order-timeline">
      <h2 id="timeline-heading" className="text-base font-semibold text-gray-900">{t("title")}</h2>
      {entries.length === 0 ? (
        <p className="mt-3 text-sm text-gray-500">{t("empty")}</p>
      ) : (
        <ol className="mt-4 flex flex-col">
          {entries.map((e, i) => {
            const last = i === entries.length - 1
            return (
              <li key={`${e.at}-${i}`} className="relative flex gap-3 pb-5 last:pb-0" data-testid="timeline-entry" data-action={e.action ?? e.status ?? ""}>
                {!last && <span aria-hidden="true" className="absolute left-[5px] top-4 h-full w-px bg-gray-200" />}
                <span
                  aria-hidden="true"
                  className={`relative mt-1.5 h-[11px] w-[11px] shrink-0 rounded-full ${last ? "bg-brand-600" : "bg-gray-300"}`}
                />
                <div className="min-w-0 flex-1">
                  <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
                    <span className="font-medium text-gray-900">{label(e)}</span>
                    {e.stage_name && (
                      <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-700" data-testid="timeline-stage">{e.stage_name}</span>
                    )}
                  </p>
                  <p className="mt-0.5 text-xs text-gray-500">
                    <span data-testid="timeline-actor">{t(`actors.${e.actor_type}`)}</span>
                    {" · "}
                    <time dateTime={e.at}>{format.dateTime(new Date(e.at), { dateStyle: "medium", timeStyle: "short" })}</time>
                  </p>
                  {e.note && <p className="mt-1 whitespace-pre-line break-words rounded bg-gray-50 px-2 py-1 text-sm text-gray-700">{e.note}</p>}
                </div>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
