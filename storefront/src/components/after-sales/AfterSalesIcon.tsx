import type { SVGProps } from "react"

/** A parcel with a return arrow: the 售后 tile's icon, drawn like the other account icons. */
export default function AfterSalesIcon(p: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false" {...p}>
      <path d="M3.5 7.5 12 3.5l8.5 4v9L12 20.5l-8.5-4z" />
      <path d="M3.5 7.5 12 11.5l8.5-4M12 11.5v9" />
      <path d="M15 14.5h3.5M16.5 13l-1.5 1.5 1.5 1.5" />
    </svg>
  )
}
