import type { IncomingEvent } from "../tracking-merge"
import type { ShipmentState } from "../states"

export type TrackingUpdate = { carrier: string | null; number: string; state: ShipmentState | null; events: IncomingEvent[]; estimated_arrival?: Date | null }

/** A tracking service: takes numbers to watch and reports what happened to them. */
export interface TrackingProvider {
  readonly id: string
  /** Asks the service to push updates for this number; false when it refused. */
  subscribe(input: { carrier_code: string; tracking_number: string; mobile?: string | null }): Promise<boolean>
  /** The current timeline, for services without push or when a push went missing. */
  query(input: { carrier_code: string; tracking_number: string; mobile?: string | null }): Promise<TrackingUpdate | null>
}
