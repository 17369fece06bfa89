import { getFormatter, getTranslations } from "next-intl/server"
import type { DealerEvent } from "@/lib/auth/dealer"

const KNOWN = ["applied", "approved", "rejected", "info_requested", "resubmitted", "suspended", "reinstated"] as const
type Known = (typeof KNOWN)[number]
const isKnown = (a: string): a is Known => (KNOWN as readonly string[]).includes(a)

/** The application's history, newest first, in Beijing time (the i18n config's time zone). */
export default async function HistoryTimeline({ events }: { events: DealerEvent[] }) {
  const t = await getTranslations("Account")
  const format = await getFormatter()

  return (
    <section
      aria-labelledby="history-heading"
      data-testid="history"
      className="rounded-xl border border-gray-200 bg-white p-5 md:p-6"
    >
      <h2 id="history-heading" className="text-lg font-semibold text-gray-900">
        {t("historyTitle")}
      </h2>
      {events.length === 0 ? (
        <p className="mt-4 text-sm text-gray-500">{t("historyEmpty")}</p>
      ) : (
        <ol className="mt-4 flex flex-col">
          {events.map((event, i) => (
            <li key={`${event.created_at}-${i}`} className="relative flex gap-3 pb-5 last:pb-0" data-testid="history-event">
              {i < events.length - 1 && (
                <span aria-hidden="true" className="absolute left-[5px] top-4 h-full w-px bg-gray-200" />
              )}
              <span
                aria-hidden="true"
                className={`relative mt-1.5 h-[11px] w-[11px] shrink-0 rounded-full ${i === 0 ? "bg-brand-600" : "bg-gray-300"}`}
              />
              <div className="min-w-0 flex-1">
                <p className="text-sm font-medium text-gray-900" data-action={event.action}>
                  {isKnown(event.action) ? t(`events.${event.action}`) : t("events.other")}
                </p>
                {event.note && <p className="mt-0.5 whitespace-pre-line break-words text-sm text-gray-600">{event.note}</p>}
                <time dateTime={event.created_at} className="mt-0.5 block text-xs text-gray-500">
                  {format.dateTime(new Date(event.created_at), { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
