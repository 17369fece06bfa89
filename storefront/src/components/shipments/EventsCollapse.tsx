"use client"

import { Children, useId, useState, type ReactNode } from "react"

const SHOWN = 3

/**
 * The newest few events, with the rest behind 展开全部: a long trip has
 * dozens of scans and the dealer usually wants the last one.
 */
export default function EventsCollapse({ children, expandLabel, collapseLabel }: { children: ReactNode; expandLabel: string; collapseLabel: string }) {
  const id = useId()
  const [open, setOpen] = useState(false)
  const all = Children.toArray(children)
  const shown = open ? all : all.slice(0, SHOWN)
  return (
    <>
      <ol id={id} className="mt-2 flex flex-col" data-testid="shipment-events">
        {shown}
      </ol>
      {all.length > SHOWN && (
        <button
          type="button"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          aria-controls={id}
          data-testid="shipment-events-toggle"
          className="mt-1 inline-flex min-h-[44px] items-center text-sm font-medium text-brand-600 hover:underline"
        >
          {open ? collapseLabel : expandLabel}
        </button>
      )}
    </>
  )
}
