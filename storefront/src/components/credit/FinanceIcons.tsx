import type { SVGProps } from "react"

// Drawn like components/common/icons.tsx (24-unit grid, 1.8 stroke), kept
// here so the money pages do not edit the shared icon file.
type IconProps = SVGProps<SVGSVGElement>

const base = {
  viewBox: "0 0 24 24",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.8,
  strokeLinecap: "round",
  strokeLinejoin: "round",
  "aria-hidden": true,
  focusable: "false",
} as const

export const WalletIcon = (p: IconProps) => (
  <svg width="20" height="20" {...base} {...p}>
    <path d="M4 7.5A2.5 2.5 0 0 1 6.5 5H18v3" />
    <path d="M4 7.5V17a2 2 0 0 0 2 2h13a1 1 0 0 0 1-1V9a1 1 0 0 0-1-1H6.5A2.5 2.5 0 0 1 4 7.5Z" />
    <path d="M16 13.5h.01" strokeWidth={2.6} />
  </svg>
)

export const StatementIcon = (p: IconProps) => (
  <svg width="20" height="20" {...base} {...p}>
    <path d="M7 3h7l4 4v14H7a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1Z" />
    <path d="M14 3v4h4" />
    <path d="M9.5 12h5M9.5 15.5h5M9.5 8.5h2" />
  </svg>
)
