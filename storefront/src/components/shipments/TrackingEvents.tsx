import { getFormatter, getTranslations } from "next-intl/server"
import type { TrackingEvent } from "@/lib/shipments/types"
import EventsCollapse from "./EventsCollapse"

/**
 * The carrier's timeline, newest first as the backend sends it. Times are
 * formatted here, on the server, in Beijing time (the i18n config's zone), so
 * a phone set to another zone still reads the carrier's own clock.
 */
export default async function TrackingEvents({ events }: { events: TrackingEvent[] }) {
  const t = await getTranslations("Shipments.events")
  const format = await getFormatter()
  return (
    <div>
      <h3 className="text-sm font-medium text-gray-700">{t("title")}</h3>
      {events.length === 0 ? (
        <p className="mt-1 text-sm text-gray-500" data-testid="shipment-events-empty">{t("empty")}</p>
      ) : (
        <EventsCollapse expandLabel={t("expand", { count: events.length })} collapseLabel={t("collapse")}>
          {events.map((e, i) => (
            <li key={e.id} className="relative flex gap-3 pb-4 last:pb-0" data-testid="shipment-event" data-state={e.state ?? ""}>
              {/* The connector stops at whichever event is last on screen, collapsed or not. */}
              <span aria-hidden="true" className="absolute left-[5px] top-4 h-full w-px bg-gray-200 [li:last-child>&]:hidden" />
              <span aria-hidden="true" className={`relative mt-1.5 h-[11px] w-[11px] shrink-0 rounded-full ${i === 0 ? "bg-brand-600" : "bg-gray-300"}`} />
              <div className="min-w-0 flex-1 text-sm">
                <p className={`break-words ${i === 0 ? "font-medium text-gray-900" : "text-gray-700"}`} data-testid="shipment-event-description">
                  {e.description}
                </p>
                <p className="mt-0.5 flex flex-wrap gap-x-2 text-xs text-gray-500">
                  <time dateTime={e.occurred_at} data-testid="shipment-event-time">
                    {format.dateTime(new Date(e.occurred_at), { dateStyle: "short", timeStyle: "short" })}
                  </time>
                  {e.location && <span className="break-words" data-testid="shipment-event-location">{e.location}</span>}
                </p>
              </div>
            </li>
          ))}
        </EventsCollapse>
      )}
    </div>
  )
}
